"""Change payloads: GitHub, Argo CD, Kubernetes events, PagerDuty, LaunchDarkly, native.

Every adapter returns :class:`~signalcraft.models.ChangeEvent` records whose
``timestamp`` is when the change happened and whose ``id`` is a hash of the
change's natural key, so a redelivered webhook is the same row. Project,
environment and service go through :meth:`AdaptContext.resolve`, so the
``sc-project``/``sc-environment``/``sc-service``/``sc-workspace`` headers win
over what a body says (native bodies excepted: there they only fill gaps). Bodies that carry no time of their own (Argo CD
``syncResult``, PagerDuty without ``payload.timestamp``) take it from the
``sc-event-time`` header (RFC 3339, or epoch milliseconds).

Formats are tried in the order below; each detector looks for the keys that
only its format has, so one never takes another's payload.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any, get_args

import msgspec

from signalcraft.models import ChangeEvent, make_id
from signalcraft.models.common import Record
from signalcraft.models.inputs import ChangeType
from signalcraft.sources.adapters.base import AdaptContext, AdaptError, parse_time, register, require
from signalcraft.sources.adapters.native import native

EVENT_TIME_HEADER = "sc-event-time"
CHANGE_TYPES: frozenset[str] = frozenset(get_args(ChangeType))
_ROLLBACK = re.compile(r"\broll(?:ed|ing)?[ _-]?back|\brevert", re.IGNORECASE)
_encode = msgspec.json.Encoder(order="sorted").encode


# -- shared helpers ------------------------------------------------------------------------


def _event_time(ctx: AdaptContext, what: str, missing: str) -> datetime:
    """The ``sc-event-time`` header as aware UTC, or an AdaptError saying what is missing."""
    raw = ctx.header(EVENT_TIME_HEADER)
    if raw is None:
        raise AdaptError(f"{what}: {missing}, and there is no {EVENT_TIME_HEADER} header")
    if raw.isascii() and raw.strip().isdigit():
        return from_epoch_ms(int(raw), f"{EVENT_TIME_HEADER} header")
    return parse_time(raw, f"{EVENT_TIME_HEADER} header")


def from_epoch_ms(ms: Any, what: str) -> datetime:
    """Milliseconds since the epoch as aware UTC.

    >>> from_epoch_ms(1472243938774, "date").isoformat()
    '2016-08-26T20:38:58.774000+00:00'
    """
    if isinstance(ms, bool) or not isinstance(ms, int) or ms <= 0:
        raise AdaptError(f"{what} {ms!r} is not epoch milliseconds")
    try:
        return datetime.fromtimestamp(ms // 1000, tz=timezone.utc).replace(microsecond=ms % 1000 * 1000)
    except (OverflowError, OSError, ValueError):
        raise AdaptError(f"{what} {ms!r} is out of range for epoch milliseconds") from None


def _details(**values: Any) -> dict[str, str]:
    """Details as strings, leaving out what is empty.

    >>> _details(sha="f95f852", ref=None, count=2, prerelease=False, images=[])
    {'sha': 'f95f852', 'count': '2', 'prerelease': 'false'}
    """
    out = {}
    for key, value in values.items():
        if value is None or value == "" or value == [] or value == {}:
            continue
        if isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, (list, dict)):
            value = _encode(value).decode()
        out[key] = str(value)
    return out


def _obj(doc: Any, key: str) -> dict[str, Any]:
    """``doc[key]`` if it is an object, else ``{}`` (for optional nested parts)."""
    value = doc.get(key) if isinstance(doc, dict) else None
    return value if isinstance(value, dict) else {}


def _list(doc: Any, key: str) -> list[Any]:
    """``doc[key]`` if it is an array, else ``[]``."""
    value = doc.get(key) if isinstance(doc, dict) else None
    return value if isinstance(value, list) else []


def _text(doc: Any, key: str) -> str | None:
    value = doc.get(key) if isinstance(doc, dict) else None
    return value if isinstance(value, str) and value else None


def _labels(value: Any) -> dict[str, str]:
    """Scalar entries of an object as labels; ``app.kubernetes.io/name`` also as ``app_kubernetes_io_name``.

    >>> _labels({"app.kubernetes.io/name": "api", "n": 3, "nested": {}})
    {'app.kubernetes.io/name': 'api', 'app_kubernetes_io_name': 'api', 'n': '3'}
    """
    out: dict[str, str] = {}
    for key, item in value.items() if isinstance(value, dict) else ():
        if isinstance(item, (str, int, float)) and not isinstance(item, bool) and item != "":
            out[str(key)] = str(item)
            out.setdefault(re.sub(r"[^A-Za-z0-9_]", "_", str(key)), str(item))
    return out


def _short(rev: str | None) -> str | None:
    """A git sha shortened to 7 characters; anything else unchanged.

    >>> _short("f95f852bd8fca8fcc58a9a2d6c842781e32a215e"), _short("v2.4.1")
    ('f95f852', 'v2.4.1')
    """
    if rev and re.fullmatch(r"[0-9a-f]{40}", rev):
        return rev[:7]
    return rev


def _repo_slug(url: str | None) -> str | None:
    """``owner/name`` of a git URL, to match GitHub's ``repository.full_name``.

    >>> _repo_slug("https://github.com/argoproj/argocd-example-apps.git")
    'argoproj/argocd-example-apps'
    >>> _repo_slug("git@github.com:acme/payments.git")
    'acme/payments'
    """
    if not url:
        return None
    m = re.search(r"[/:]([^/:]+/[^/:]+?)(?:\.git)?/?$", url)
    return m.group(1) if m else None


def _change(ctx: AdaptContext, source: str, key: tuple[Any, ...], labels: dict[str, str], **fields: Any) -> ChangeEvent:
    """A ChangeEvent whose id hashes ``source`` and the natural ``key``."""
    return ChangeEvent(
        id=make_id("change", source, *key),
        workspace_id=ctx.resolve(labels, "workspace"),
        source=source,
        **fields,
    )


# -- GitHub: deployment, deployment_status, release ---------------------------------------


def _github_detector(event: str, without: str | None = None):
    def detect(doc: Any, ctx: AdaptContext) -> bool:
        if not (isinstance(doc, dict) and isinstance(doc.get(event), dict) and isinstance(doc.get("repository"), dict)):
            return False
        header = ctx.header("x-github-event")
        if header is not None:
            return header.strip().lower() == event
        return without is None or without not in doc

    return detect


def _github_repo(doc: dict[str, Any], what: str) -> tuple[str, str, str | None]:
    repo = require(doc, "repository", dict, what)
    full = require(repo, "full_name", str, f"{what}: repository")
    return full, _text(repo, "name") or full.rsplit("/", 1)[-1], _text(repo, "html_url")


def _github_deployment(doc: Any, ctx: AdaptContext, status: dict[str, Any] | None) -> ChangeEvent:
    source = "github-deployment-status" if status is not None else "github-deployment"
    dep = require(doc, "deployment", dict, source)
    full, name, html = _github_repo(doc, source)
    dep_id = require(dep, "id", int, f"{source}: deployment")
    sha = require(dep, "sha", str, f"{source}: deployment")
    ref = _text(dep, "ref")
    payload = dep.get("payload")
    hints = _labels(payload)
    env = ctx.resolve({}, "environment", _text(status, "environment"), _text(dep, "environment"))
    service = ctx.resolve(hints, "service", name)
    said = [_text(dep, "task"), _text(dep, "description"), payload if isinstance(payload, str) else None, *hints.values()]
    rollback = (isinstance(payload, dict) and payload.get("rollback") is True) or any(
        _ROLLBACK.search(text) for text in said if text
    )
    what = f"{ref} ({_short(sha)})" if ref and ref != sha else _short(sha)
    noun = "rollback" if rollback else "deployment"
    if status is None:
        kind, state = noun, None
        when = parse_time(require(dep, "created_at", str, f"{source}: deployment"), "deployment.created_at")
        summary = f"{noun} of {service} {what} to {env} created"
        key: tuple[Any, ...] = (full, dep_id)
        actor = _text(_obj(dep, "creator"), "login")
    else:
        state = require(status, "state", str, f"{source}: deployment_status")
        raw_time = require(status, "created_at", str, f"{source}: deployment_status")
        when = parse_time(raw_time, "deployment_status.created_at")
        key = (full, dep_id, status.get("id"), state)
        actor = _text(_obj(status, "creator"), "login")
        if state == "success":
            kind = noun
            summary = f"rolled back {service} to {what} in {env}" if rollback else f"deployed {service} {what} to {env}"
        elif state in ("failure", "error"):
            kind, summary = noun, f"{noun} of {service} {what} to {env} failed ({state})"
        else:
            kind, summary = "other", f"{noun} of {service} {what} to {env} is {state.replace('_', ' ')}"
    return _change(
        ctx, source, key, hints,
        type=kind,
        project=ctx.resolve(hints, "project", full),
        environment=env,
        service=service,
        version=sha,
        summary=summary,
        details=_details(
            sha=sha, ref=ref, task=_text(dep, "task"), state=state, deployment_id=dep_id,
            status_id=(status or {}).get("id"), description=_text(status, "description") or _text(dep, "description"),
            commit_url=f"{html}/commit/{sha}" if html else None,
            log_url=_text(status, "log_url") or _text(status, "target_url"),
            environment_url=_text(status, "environment_url"), delivery=ctx.header("x-github-delivery"),
        ),
        actor=actor or _text(_obj(doc, "sender"), "login"),
        timestamp=when,
    )


@register("github-deployment-status", "changes", _github_detector("deployment_status"))
def parse_github_deployment_status(doc: Any, ctx: AdaptContext) -> list[Record]:
    """GitHub ``deployment_status`` webhook (``X-GitHub-Event: deployment_status``).

    Detected by the header, or without it by a ``deployment_status`` object. The time
    is ``deployment_status.created_at``, when the state was entered. States map as:

    - ``success``: the moment it went live, type ``deployment`` ("deployed ...").
    - ``failure``/``error``: still type ``deployment``, since a failed rollout often
      leaves a half-changed system; the summary says "failed" and ``details.state``
      the state.
    - ``pending``/``queued``/``in_progress``/``inactive`` and anything else: type
      ``other``, nothing has gone live (``inactive`` is GitHub retiring an older
      deployment after a newer one succeeded).

    A deployment whose task, description or payload speaks of a rollback or revert
    (or has ``payload.rollback: true``) is type ``rollback`` instead of ``deployment``.
    """
    return [_github_deployment(doc, ctx, require(doc, "deployment_status", dict, "github-deployment-status"))]


@register("github-deployment", "changes", _github_detector("deployment", without="deployment_status"))
def parse_github_deployment(doc: Any, ctx: AdaptContext) -> list[Record]:
    """GitHub ``deployment`` webhook: a deployment was requested (``deployment.created_at``).

    Detected by ``X-GitHub-Event: deployment``, or without the header by a
    ``deployment`` object and no ``deployment_status``. Project is
    ``repository.full_name``, environment ``deployment.environment``, service the
    ``deployment.payload`` hints (``service``, ``app``, ...) or ``repository.name``,
    version the sha. Type ``deployment``, or ``rollback`` as for statuses.
    The id is the repository and ``deployment.id``; statuses of the same deployment
    are separate records that share ``details.deployment_id``.
    """
    return [_github_deployment(doc, ctx, None)]


@register("github-release", "changes", _github_detector("release"))
def parse_github_release(doc: Any, ctx: AdaptContext) -> list[Record]:
    """GitHub ``release`` webhook: version ``tag_name``, time ``published_at``.

    Actions ``published``, ``released``, ``prereleased`` and ``created`` of a
    non-draft release are type ``release`` and share one id (GitHub sends several for
    one release). Drafts, ``edited``, ``deleted`` and ``unpublished`` are ``other``.
    ``target_commitish`` is a branch, kept in details, never used as the version.
    """
    rel = require(doc, "release", dict, "github-release")
    full, name, _ = _github_repo(doc, "github-release")
    tag = require(rel, "tag_name", str, "github-release: release")
    action = _text(doc, "action")
    raw_time = rel.get("published_at") or rel.get("created_at")
    if raw_time is None:
        raise AdaptError("github-release: release has neither 'published_at' nor 'created_at'")
    live = action in (None, "published", "released", "prereleased", "created") and rel.get("draft") is not True
    service = ctx.resolve({}, "service", name)
    pre = " (prerelease)" if rel.get("prerelease") is True else ""
    return [
        _change(
            ctx, "github-release", (full, rel.get("id"), "release" if live else action), {},
            type="release" if live else "other",
            project=ctx.resolve({}, "project", full),
            environment=ctx.resolve({}, "environment"),
            service=service,
            version=tag,
            summary=f"released {service} {tag}{pre}" if live else f"release {tag} of {service} {action or 'drafted'}",
            details=_details(
                tag=tag, target_commitish=_text(rel, "target_commitish"), name=_text(rel, "name"),
                action=action, prerelease=rel.get("prerelease"), draft=rel.get("draft"),
                url=_text(rel, "html_url"), delivery=ctx.header("x-github-delivery"),
            ),
            actor=_text(_obj(rel, "author"), "login") or _text(_obj(doc, "sender"), "login"),
            timestamp=parse_time(raw_time, "release.published_at" if rel.get("published_at") else "release.created_at"),
        )
    ]


# -- Argo CD notifications ------------------------------------------------------------------

_WORKLOADS = ("Deployment", "StatefulSet", "DaemonSet", "Rollout")
_COMMIT_STATUS_KEYS = frozenset({"state", "description", "target_url", "context"})


def _argo_app(doc: dict[str, Any]) -> dict[str, Any] | None:
    app = doc.get("app")
    if isinstance(app, dict) and isinstance(app.get("metadata"), dict):
        return app
    if doc.get("kind") == "Application" and str(doc.get("apiVersion", "")).startswith("argoproj.io/"):
        return doc
    return None


def _is_sync_result(doc: dict[str, Any]) -> bool:
    has_rev = isinstance(doc.get("revision"), str) or isinstance(doc.get("revisions"), list)
    return has_rev and any(isinstance(doc.get(k), (list, dict)) for k in ("resources", "source", "sources"))


def _is_argo_commit_status(doc: dict[str, Any]) -> bool:
    context, url = doc.get("context"), doc.get("target_url")
    return (
        doc.keys() <= _COMMIT_STATUS_KEYS
        and "state" in doc
        and isinstance(context, str)
        and (context.startswith("continuous-delivery/") or (isinstance(url, str) and "/applications/" in url))
    )


def _is_argocd(doc: Any, ctx: AdaptContext) -> bool:
    if not isinstance(doc, dict):
        return False
    return _argo_app(doc) is not None or _is_sync_result(doc) or _is_argo_commit_status(doc)


def _revision(sync: dict[str, Any]) -> str | None:
    revs = sync.get("revisions")
    if isinstance(revs, list) and revs:
        return ",".join(str(r) for r in revs)
    return _text(sync, "revision")


def _images(resources: Any) -> list[str]:
    out: list[str] = []
    for res in resources if isinstance(resources, list) else ():
        for image in _list(res, "images"):
            if isinstance(image, str) and image not in out:
                out.append(image)
    return out


def _phase_change(phase: str | None, service: str, rev: str | None, env: str | None, message: str | None) -> tuple[str, str]:
    """Type and summary of an Argo CD operation phase (``None`` when the body has no phase)."""
    what = (f"{service} {_short(rev)}" if rev else service) + (f" to {env}" if env else "")
    if phase in (None, "Succeeded"):
        return "deployment", f"deployed {what}"
    if phase in ("Failed", "Error"):
        return "deployment", f"sync of {what} {phase.lower()}" + (f": {message}" if message else "")
    return "other", f"sync of {what} is {phase.lower()}"


@register("argocd", "changes", _is_argocd)
def parse_argocd(doc: Any, ctx: AdaptContext) -> list[Record]:
    """Argo CD notification webhook bodies. Argo CD has no fixed body; three are read.

    (a) **Recommended**: an ``app`` object (or the whole ``{{toJson .app}}``), e.g.::

        template.signalcraft-change: |
          webhook:
            signalcraft:
              method: POST
              body: |
                {"app": {"metadata": {"name": {{toJson .app.metadata.name}},
                                      "labels": {{toJson .app.metadata.labels}}},
                         "spec": {"project": {{toJson .app.spec.project}},
                                  "source": {{toJson .app.spec.source}},
                                  "destination": {{toJson .app.spec.destination}}},
                         "status": {"sync": {{toJson .app.status.sync}},
                                    "health": {{toJson .app.status.health}},
                                    "operationState": {{toJson .app.status.operationState}}}},
                 "argocdUrl": {{toJson .context.argocdUrl}}}

       sent by the catalog ``on-deployed``/``on-sync-failed`` triggers. The app's
       ``metadata.labels`` are tried first (identity keys, ``app.kubernetes.io/name``
       read as ``app_kubernetes_io_name``); then service is ``metadata.name``,
       environment ``spec.destination.namespace`` (then ``.name``), project the repo
       of ``spec.source.repoURL`` as ``owner/name`` (GitHub's project key), then
       ``spec.project``. Version is the operation's
       ``syncResult.revision``, else ``status.sync.revision``. Time is
       ``operationState.finishedAt``. Phase ``Succeeded`` → ``deployment``;
       ``Failed``/``Error`` → ``deployment`` with "failed"/"error" in the summary;
       ``Running``/``Terminating`` → ``other``.
    (b) The documented ``{{toJson .app.status.operationState.syncResult}}`` body
       (``revision``, ``resources[]``). Service and environment come from the
       ``sc-service``/``sc-environment`` headers, else the first workload resource's
       name and namespace; images go to ``details.images``. Type ``deployment``.
    (c) The documented GitHub commit-status body (``state``, ``context``
       ``continuous-delivery/<app>``). It has no revision and no time, so it needs the
       ``sc-event-time`` header; ``success`` → ``deployment``, ``error`` → ``deployment``
       (failed), ``pending`` → ``other``.

    Without ``finishedAt`` the ``sc-event-time`` header is the time; with neither the
    body is refused.
    """
    if not isinstance(doc, dict):
        raise AdaptError(f"argocd body is {type(doc).__name__}, expected an object")
    app = _argo_app(doc)
    if app is not None:
        return [_argo_from_app(doc, app, ctx)]
    if _is_sync_result(doc):
        return [_argo_from_sync_result(doc, ctx)]
    if "state" in doc and "context" in doc:
        return [_argo_from_commit_status(doc, ctx)]
    raise AdaptError(
        "argocd body: expected an 'app' object, a syncResult ('revision' and 'resources') "
        f"or a commit-status body ('state', 'context'); got keys {sorted(map(str, doc))[:8]}"
    )


def _argo_from_app(doc: dict[str, Any], app: dict[str, Any], ctx: AdaptContext) -> ChangeEvent:
    meta = require(app, "metadata", dict, "argocd app")
    name = require(meta, "name", str, "argocd app.metadata")
    spec, status = _obj(app, "spec"), _obj(app, "status")
    op = _obj(status, "operationState")
    result = _obj(op, "syncResult")
    source = _obj(spec, "source") or next((s for s in _list(spec, "sources") if isinstance(s, dict)), {})
    dest = _obj(spec, "destination")
    revision = _revision(result) or _revision(_obj(status, "sync"))
    labels = _labels(meta.get("labels"))
    if _text(op, "finishedAt"):
        when = parse_time(op["finishedAt"], "app.status.operationState.finishedAt")
    else:
        when = _event_time(ctx, "argocd app", "status.operationState.finishedAt is missing")
    service = ctx.resolve(labels, "service", name)
    env = ctx.resolve(labels, "environment", _text(dest, "namespace"), _text(dest, "name"))
    phase, message = _text(op, "phase"), _text(op, "message")
    kind, summary = _phase_change(phase, service, revision, env, message)
    initiated = _obj(_obj(op, "operation"), "initiatedBy")
    argocd_url = _text(doc, "argocdUrl") or _text(_obj(doc, "context"), "argocdUrl")
    return _change(
        ctx, "argocd", (name, env, revision, phase, when.isoformat()), labels,
        type="rollback" if kind == "deployment" and _ROLLBACK.search(message or "") else kind,
        project=ctx.resolve(labels, "project", _repo_slug(_text(source, "repoURL")), _text(spec, "project")),
        environment=env,
        service=service,
        version=revision,
        summary=summary,
        details=_details(
            app=name, revision=revision, phase=phase, message=message,
            sync_status=_text(_obj(status, "sync"), "status"), health=_text(_obj(status, "health"), "status"),
            repo_url=_text(source, "repoURL"), target_revision=_text(source, "targetRevision"),
            images=", ".join(_images(result.get("resources"))), started_at=_text(op, "startedAt"),
            link=f"{argocd_url.rstrip('/')}/applications/{name}" if argocd_url else None,
        ),
        actor=_text(initiated, "username") or ("argocd (automated)" if initiated.get("automated") else None),
        timestamp=when,
    )


def _argo_from_sync_result(doc: dict[str, Any], ctx: AdaptContext) -> ChangeEvent:
    revision = _revision(doc)
    if revision is None:
        raise AdaptError(f"argocd syncResult: 'revision' is {doc.get('revision')!r}, expected a git revision")
    resources = [r for r in _list(doc, "resources") if isinstance(r, dict)]
    workload = next((r for r in resources if r.get("kind") in _WORKLOADS), resources[0] if resources else {})
    when = _event_time(ctx, "argocd syncResult", "the body carries no finishedAt (use the 'app' template)")
    service = ctx.resolve({}, "service", _text(workload, "name"))
    env = ctx.resolve({}, "environment", _text(workload, "namespace"))
    images = _images(resources)
    source = _obj(doc, "source")
    return _change(
        ctx, "argocd", (service, env, revision, when.isoformat()), {},
        type="deployment",
        project=ctx.resolve({}, "project", _repo_slug(_text(source, "repoURL"))),
        environment=env,
        service=service,
        version=revision,
        summary=f"deployed {service} {_short(revision)} to {env}" + (f" ({', '.join(images)})" if images else ""),
        details=_details(
            revision=revision, images=", ".join(images), repo_url=_text(source, "repoURL"),
            resources=", ".join(f"{r.get('kind')}/{r.get('name')} {r.get('status', '')}".strip() for r in resources),
        ),
        actor=None,
        timestamp=when,
    )


def _argo_from_commit_status(doc: dict[str, Any], ctx: AdaptContext) -> ChangeEvent:
    state = require(doc, "state", str, "argocd commit-status")
    context = require(doc, "context", str, "argocd commit-status")
    url = _text(doc, "target_url")
    app = context.split("/", 1)[1] if "/" in context else (url or "").rstrip("/").rsplit("/", 1)[-1]
    when = _event_time(ctx, "argocd commit-status", "the body carries no time and no revision (use the 'app' template)")
    service = ctx.resolve({}, "service", app)
    env = ctx.resolve({}, "environment")
    phase = {"success": "Succeeded", "error": "Error", "failure": "Failed", "pending": "Running"}.get(state, state)
    kind, summary = _phase_change(phase, service, None, ctx.header("sc-environment"), None)
    return _change(
        ctx, "argocd", (service, env, state, when.isoformat()), {},
        type=kind, project=ctx.resolve({}, "project"), environment=env, service=service, version=None,
        summary=summary, details=_details(state=state, context=context, target_url=url),
        actor=None, timestamp=when,
    )


# -- Kubernetes core/v1 Events --------------------------------------------------------------

_H = "[bcdfghjklmnpqrstvwxz2456789]"
_RS_HASH = rf"(?:{_H}{{6,10}}|\d{{9,10}})"
_SCALED = re.compile(r"Scaled (up|down) replica set (\S+) (?:from (\d+) )?to (\d+)")


def workload_of(kind: str, name: str) -> tuple[str, str | None]:
    """The workload name behind a ReplicaSet or Pod name, and the pod-template hash if one shows.

    >>> workload_of("Pod", "hello-world-6b9d85fbd6-klpv2")
    ('hello-world', '6b9d85fbd6')
    >>> workload_of("ReplicaSet", "hello-world-7ff854f459")
    ('hello-world', '7ff854f459')
    >>> workload_of("Pod", "web-0"), workload_of("Deployment", "api-v2")
    (('web', None), ('api-v2', None))
    """
    if kind == "ReplicaSet" and (m := re.fullmatch(rf"(.+)-({_RS_HASH})", name)):
        return m.group(1), m.group(2)
    if kind == "Pod":
        if m := re.fullmatch(rf"(.+)-({_RS_HASH})-{_H}{{5}}", name):
            return m.group(1), m.group(2)
        if m := re.fullmatch(rf"(.+)-(?:{_H}{{5}}|\d+)", name):
            return m.group(1), None
    return name, None


def _k8s_items(doc: Any) -> list[Any]:
    if isinstance(doc, dict) and isinstance(doc.get("items"), list):
        return doc["items"]
    return doc if isinstance(doc, list) else [doc]


def _looks_like_event(item: Any) -> bool:
    return (
        isinstance(item, dict)
        and item.get("kind", "Event") == "Event"
        and isinstance(item.get("involvedObject", item.get("regarding")), dict)
        and isinstance(item.get("reason"), str)
    )


def _is_kubernetes_event(doc: Any, ctx: AdaptContext) -> bool:
    items = _k8s_items(doc)
    return bool(items) and all(_looks_like_event(i) for i in items)


def _k8s_type(reason: str, message: str) -> tuple[str, re.Match[str] | None]:
    scaled = _SCALED.search(message)
    if reason == "ScalingReplicaSet":
        up = scaled is not None and scaled.group(1) == "up" and scaled.group(3) in (None, "0")
        return ("deployment" if up else "scale"), scaled
    if reason == "SuccessfulRescale":
        return "scale", scaled
    if reason in ("DeploymentRollback", "RollbackDone"):
        return "rollback", scaled
    return ("restart" if reason in ("Killing", "BackOff") else "other"), scaled


@register("kubernetes-event", "changes", _is_kubernetes_event)
def parse_kubernetes_event(doc: Any, ctx: AdaptContext) -> list[Record]:
    """core/v1 Events (one object, a JSON array, or a list with ``items``).

    Reasons map as: ``ScalingReplicaSet`` "Scaled up" (from 0, or with no "from") →
    ``deployment``, a rollout step bringing up a new ReplicaSet; other
    ``ScalingReplicaSet`` (scaled down, scaled up from N > 0) and HPA
    ``SuccessfulRescale`` → ``scale``; ``Killing``/``BackOff`` → ``restart``;
    ``DeploymentRollback`` → ``rollback``; everything else → ``other``. A manual or
    HPA scale-up on older clusters (no "from N" in the message) reads as
    ``deployment``: the message alone cannot tell them apart.

    Time is ``lastTimestamp``, else ``series.lastObservedTime``, ``eventTime``
    (microseconds), ``firstTimestamp``. The id is ``metadata.uid`` + ``count`` + that
    time, so each repeat of an event is its own record. Service is
    ``involvedObject.name`` without a ReplicaSet/pod hash suffix, environment the
    ``sc-environment`` header or the namespace, version the pod-template hash.
    """
    out: list[Record] = []
    for i, item in enumerate(_k8s_items(doc)):
        out.append(_k8s_change(item, ctx, f"events[{i}]" if item is not doc else "event"))
    return out


_K8S_TIMES = ("lastTimestamp", "series.lastObservedTime", "eventTime", "deprecatedLastTimestamp", "firstTimestamp")


def _k8s_change(ev: Any, ctx: AdaptContext, where: str) -> ChangeEvent:
    if not isinstance(ev, dict):
        raise AdaptError(f"{where} is {type(ev).__name__}, expected an Event object")
    obj = ev.get("involvedObject", ev.get("regarding"))
    if not isinstance(obj, dict):
        raise AdaptError(f"{where}: 'involvedObject' is {type(obj).__name__}, expected an object")
    name = require(obj, "name", str, f"{where}.involvedObject")
    kind = _text(obj, "kind") or "object"
    reason = require(ev, "reason", str, where)
    meta = _obj(ev, "metadata")
    namespace = _text(obj, "namespace") or _text(meta, "namespace")
    message = _text(ev, "message") or _text(ev, "note") or ""
    series = _obj(ev, "series")
    for field in _K8S_TIMES:
        raw = _text(series, field.split(".")[1]) if field.startswith("series.") else _text(ev, field)
        if raw:
            when = parse_time(raw, f"{where}.{field}")
            break
    else:
        raise AdaptError(f"{where}: no time; expected one of {', '.join(_K8S_TIMES)}, got none set")
    uid = _text(meta, "uid") or (f"{namespace}/{meta['name']}" if _text(meta, "name") else None)
    if uid is None:
        raise AdaptError(f"{where}: metadata has neither 'uid' nor 'name' to identify the event")
    count = ev.get("count") or series.get("count") or 1
    change_type, scaled = _k8s_type(reason, message)
    service, pod_hash = workload_of(kind, name)
    replicaset = scaled.group(2) if scaled else (name if kind == "ReplicaSet" else None)
    if replicaset and pod_hash is None:
        pod_hash = workload_of("ReplicaSet", replicaset)[1]
    container = re.search(r"spec\.(?:init)?[cC]ontainers\{(.+)\}", _text(obj, "fieldPath") or "")
    src = _obj(ev, "source")
    component = _text(src, "component") or _text(ev, "reportingController") or _text(ev, "reportingComponent")
    env = ctx.resolve({}, "environment", namespace)
    return _change(
        ctx, "kubernetes-event", (uid, count, when.isoformat()), {},
        type=change_type,
        project=ctx.resolve({}, "project"),
        environment=env,
        service=ctx.resolve({}, "service", service),
        version=pod_hash,
        summary=f"{reason} {kind}/{name} in {namespace or env}" + (f": {message}" if message else ""),
        details=_details(
            reason=reason, event_type=_text(ev, "type"), object_kind=kind, object_name=name,
            object_uid=_text(obj, "uid"), namespace=namespace, message=message, count=count,
            container=container.group(1) if container else None, replicaset=replicaset,
            replicas_from=scaled.group(3) if scaled else None, replicas_to=scaled.group(4) if scaled else None,
            host=_text(src, "host"), event_uid=_text(meta, "uid"),
        ),
        actor=component,
        timestamp=when,
    )


# -- PagerDuty Change Events v2 -------------------------------------------------------------

_TYPE_WORDS = (
    ("rollback", _ROLLBACK),
    ("deployment", re.compile(r"\bdeploy", re.I)),
    ("release", re.compile(r"\breleased?\b", re.I)),
    ("flag_change", re.compile(r"\b(?:feature )?flag\b|\btoggle", re.I)),
    ("config_update", re.compile(r"\bconfig", re.I)),
    ("scale", re.compile(r"\bscal(?:e|ed|ing)\b", re.I)),
    ("restart", re.compile(r"\brestart", re.I)),
)


def infer_type(summary: str, hints: dict[str, str]) -> str:
    """A change type from an explicit hint (``change_type``, ``type``) or words in the summary.

    >>> infer_type("Deployed payments-api 2.4.1", {}), infer_type("Rolled back api", {})
    ('deployment', 'rollback')
    >>> infer_type("Build Success: Increase timeout", {}), infer_type("x", {"change_type": "config_update"})
    ('other', 'config_update')
    """
    for key in ("change_type", "type"):
        if hints.get(key, "").lower() in CHANGE_TYPES:
            return hints[key].lower()
    return next((name for name, words in _TYPE_WORDS if words.search(summary)), "other")


def _first(hints: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((hints[k] for k in keys if hints.get(k)), None)


def _is_pagerduty_change(doc: Any, ctx: AdaptContext) -> bool:
    return (
        isinstance(doc, dict)
        and isinstance(doc.get("routing_key"), str)
        and isinstance(doc.get("payload"), dict)
        and "summary" in doc["payload"]
        and not {"event_action", "dedup_key"} & doc.keys()
        and "severity" not in doc["payload"]
    )


@register("pagerduty-change", "changes", _is_pagerduty_change)
def parse_pagerduty_change(doc: Any, ctx: AdaptContext) -> list[Record]:
    """PagerDuty Change Events v2 (the body of ``POST /v2/change/enqueue``).

    Detected by ``routing_key`` + ``payload.summary`` with no ``event_action``,
    ``dedup_key`` or ``payload.severity`` (those make it an alert event). Time is
    ``payload.timestamp`` (``+0000`` offsets accepted), else ``sc-event-time``.
    ``custom_details`` has no schema: its scalars are labels for identity
    (``service``, ``environment``, ...) and all of it goes to details (nested values
    as JSON). Service falls back to ``payload.source``; version is the first of
    ``version``/``sha``/``commit``/``revision``/``tag``/``build_number``; the type
    comes from ``change_type``/``type`` or words in the summary, else ``other``.
    The routing key is an integration secret: it only enters the id hash.
    """
    payload = require(doc, "payload", dict, "pagerduty change")
    summary = require(payload, "summary", str, "pagerduty change: payload")
    if payload.get("timestamp") is not None:
        when = parse_time(payload["timestamp"], "payload.timestamp")
    else:
        when = _event_time(ctx, "pagerduty change", "payload.timestamp is missing")
    custom = payload.get("custom_details")
    custom = custom if isinstance(custom, dict) else ({} if custom is None else {"custom_details": custom})
    hints = {k.lower(): v for k, v in _labels(custom).items()}
    links = [link for link in _list(doc, "links") if isinstance(link, dict) and _text(link, "href")]
    source = _text(payload, "source")
    return [
        _change(
            ctx, "pagerduty-change", (doc.get("routing_key"), source, summary, when.isoformat()), hints,
            type=infer_type(summary, hints),
            project=ctx.resolve(hints, "project"),
            environment=ctx.resolve(hints, "environment"),
            service=ctx.resolve(hints, "service", source),
            version=_first(hints, ("version", "sha", "commit", "git_sha", "revision", "tag", "build_number")),
            summary=summary,
            details=_details(**{
                **{str(k): v for k, v in custom.items()},
                "source": source,
                **{("link" if i == 0 else f"link_{i + 1}"): link["href"] for i, link in enumerate(links)},
                "link_text": _text(links[0], "text") if links else None,
            }),
            actor=_first(hints, ("actor", "user", "author", "triggered_by", "deployed_by")),
            timestamp=when,
        )
    ]


# -- LaunchDarkly webhooks --------------------------------------------------------------------


def ld_resource(spec: str) -> dict[str, str]:
    """A LaunchDarkly resource specifier as a mapping of its parts (tags dropped).

    >>> ld_resource("proj/default:env/production:flag/new-checkout;beta")
    {'proj': 'default', 'env': 'production', 'flag': 'new-checkout'}
    """
    out = {}
    for part in spec.split(":"):
        kind, _, key = part.partition("/")
        out[kind] = key.split(";", 1)[0]
    return out


def _is_launchdarkly(doc: Any, ctx: AdaptContext) -> bool:
    return (
        isinstance(doc, dict)
        and isinstance(doc.get("_id"), str)
        and isinstance(doc.get("date"), int)
        and isinstance(doc.get("kind"), str)
        and isinstance(doc.get("accesses"), list)
    )


def _variation(flag: dict[str, Any], index: Any) -> str | None:
    variations = flag.get("variations")
    if not isinstance(index, int) or not isinstance(variations, list) or not 0 <= index < len(variations):
        return None if index is None else str(index)
    var = variations[index] if isinstance(variations[index], dict) else {}
    return _text(var, "name") or _encode(var.get("value")).decode()


def _flag_state(flag: dict[str, Any], env: str) -> dict[str, str]:
    """What matters of one environment of a flag: on, fallthrough, off variation, rule and target counts."""
    conf = _obj(_obj(flag, "environments"), env)
    if not conf:
        return {}
    fallthrough = _obj(conf, "fallthrough")
    state = {
        "on": None if conf.get("on") is None else str(conf["on"] is True).lower(),
        "fallthrough": "rollout" if "rollout" in fallthrough else _variation(flag, fallthrough.get("variation")),
        "off_variation": _variation(flag, conf.get("offVariation")),
        "rules": len(conf["rules"]) if isinstance(conf.get("rules"), list) else None,
        "targets": len(conf["targets"]) if isinstance(conf.get("targets"), list) else None,
    }
    return {k: str(v) for k, v in state.items() if v is not None}


def flag_diff(prev: dict[str, Any], cur: dict[str, Any], env: str) -> dict[str, str]:
    """``"old → new"`` for what changed in ``env``; ``on`` and fallthrough always, as they are now.

    >>> v = lambda on, n: {"variations": [{"name": "on"}, {"name": "off"}],
    ...     "environments": {"production": {"on": on, "fallthrough": {"variation": 0}, "rules": [{}] * n}}}
    >>> flag_diff(v(False, 1), v(True, 2), "production")
    {'on': 'false → true', 'fallthrough': 'on', 'rules': '1 → 2'}
    """
    before, after = _flag_state(prev, env), _flag_state(cur, env)
    out = {}
    for name, new in after.items():
        old = before.get(name)
        if old is not None and old != new:
            out[name] = f"{old} → {new}"
        elif name in ("on", "fallthrough"):
            out[name] = new
    return out


@register("launchdarkly", "changes", _is_launchdarkly)
def parse_launchdarkly(doc: Any, ctx: AdaptContext) -> list[Record]:
    """LaunchDarkly webhook (an audit-log entry): ``_id``, ``date`` (ms), ``kind``, ``accesses``.

    One record per environment named in ``accesses[].resource``
    (``proj/<p>:env/<e>:flag/<key>``), or one for the ``sc-environment`` header.
    ``kind: flag`` → ``flag_change``, ``segment`` → ``config_update``, anything else
    → ``other``. Version is the flag's ``currentVersion._version``; details hold the
    flag key, the actions and, from ``previousVersion``/``currentVersion``, old → new
    of ``on``, fallthrough, off variation, rule and target counts. Project is the LD
    project key; service comes from ``sc-service`` or ``service:<name>`` flag tags.
    The actor is the member's email (else name, token or app name).
    """
    entry = require(doc, "_id", str, "launchdarkly webhook")
    when = from_epoch_ms(require(doc, "date", int, "launchdarkly webhook"), "launchdarkly webhook: 'date'")
    kind = require(doc, "kind", str, "launchdarkly webhook")
    accesses = require(doc, "accesses", list, "launchdarkly webhook")
    resources: list[dict[str, str]] = []
    actions: dict[str | None, list[str]] = {}  # environment key -> actions on it
    for access in accesses:
        if isinstance(access, dict) and _text(access, "resource"):
            resources.append(ld_resource(access["resource"]))
            actions.setdefault(resources[-1].get("env"), []).append(_text(access, "action") or "")
    cur, prev = _obj(doc, "currentVersion"), _obj(doc, "previousVersion")
    flag_key = next((r["flag"] for r in resources if r.get("flag")), None) or _text(cur, "key")
    name = _text(doc, "name") or flag_key or kind
    labels = dict(t.split(":", 1) for t in _list(cur, "tags") if isinstance(t, str) and ":" in t)
    header_env = ctx.header("sc-environment")
    envs = [header_env] if header_env else [e for e in actions if e] or [None]
    member = _obj(doc, "member")
    full_name = " ".join(filter(None, (_text(member, "firstName"), _text(member, "lastName"))))
    actor = _text(member, "email") or full_name or _text(_obj(doc, "token"), "name") or _text(_obj(doc, "app"), "name")
    verb = _text(doc, "titleVerb") or f"changed the {kind}"
    project_key = next((r["proj"] for r in resources if r.get("proj")), None)
    version = cur.get("_version")
    out: list[Record] = []
    for env_key in envs:
        env = ctx.resolve({}, "environment", env_key)
        env_name = _text(_obj(_obj(cur, "environments"), env_key or ""), "_environmentName") or env
        out.append(
            _change(
                ctx, "launchdarkly", (entry, env_key), labels,
                type={"flag": "flag_change", "segment": "config_update"}.get(kind, "other"),
                project=ctx.resolve(labels, "project", project_key),
                environment=env,
                service=ctx.resolve(labels, "service"),
                version=None if version is None else str(version),
                summary=f"{verb} {name} in {env_name}",
                details=_details(**{
                    "kind": kind, "flag_key": flag_key, "environment": env_key,
                    "actions": ", ".join(actions.get(env_key) or actions.get(None) or ()),
                    "comment": _text(doc, "comment"), "description": _text(doc, "shortDescription"),
                    **(flag_diff(prev, cur, env_key) if env_key else {}),
                    "entry_id": entry, "link": _text(_obj(_obj(doc, "_links"), "site"), "href"),
                }),
                actor=actor,
                timestamp=when,
            )
        )
    return out


# -- SignalCraft's own ChangeEvent JSON ------------------------------------------------------


def _native_time(value: Any) -> Any:
    try:
        return parse_time(value, "timestamp").isoformat()
    except AdaptError:
        return value  # the model says what is wrong with it


def _fill_native(item: dict[str, Any], ctx: AdaptContext) -> None:
    """Headers supply the identity a native body leaves out; the body wins where it has one."""
    fields = {"workspace": "workspace_id", "project": "project", "environment": "environment", "service": "service"}
    for field, key in fields.items():
        if not item.get(key):
            item[key] = ctx.resolve({}, field)


native(
    "signalcraft-change",
    "changes",
    ChangeEvent,
    frozenset({"type", "summary", "timestamp"}),
    lambda d: make_id(
        "change", d.get("source"), d.get("type"), d.get("project"), d.get("environment"),
        d.get("service"), d.get("version"), _native_time(d.get("timestamp")),
    ),
    _fill_native,
)
