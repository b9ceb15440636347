"""Argo CD notification webhook bodies: an ``app`` object, a ``syncResult`` or a commit status."""

from __future__ import annotations

from typing import Any

from signalcraft.models import ChangeEvent
from signalcraft.models.common import Record
from signalcraft.sources.adapters.base import AdaptContext, AdaptError, parse_time, register, require
from signalcraft.sources.adapters.changes.common import (
    _ROLLBACK,
    _change,
    _details,
    _labels,
    _list,
    _obj,
    _repo_slug,
    _short,
    _text,
    revision_or_version,
)

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


def _phase_change(
    phase: str | None, service: str, rev: str | None, env: str | None, message: str | None
) -> tuple[str, str]:
    """Change phase and summary of an Argo CD operation phase (``None`` when the body has no phase)."""
    what = (f"{service} {_short(rev)}" if rev else service) + (f" to {env}" if env else "")
    if phase in (None, "Succeeded"):
        return "live", f"deployed {what}"
    if phase in ("Failed", "Error"):
        return "failed", f"sync of {what} {phase.lower()}" + (f": {message}" if message else "")
    return "in_progress", f"sync of {what} is {phase.lower()}"


def _sync_identifiers(app: str | None, started: str | None, revision: str | None) -> dict[str, str]:
    """The revision, and the sync operation (application and start time) when both are known."""
    ids = revision_or_version(revision)
    if app and started:
        ids["argocd_operation"] = f"{app}@{started}"
    return ids


COMMIT_STATE_PHASE = {"success": "Succeeded", "error": "Error", "failure": "Failed", "pending": "Running"}
"""A commit status's state as the Argo CD operation phase it reports; any other state as itself."""


def commit_status_app(context: str, url: str | None) -> str:
    """The application a commit status is about: after ``continuous-delivery/``, else the end of its link.

    >>> commit_status_app("continuous-delivery/guestbook", None), commit_status_app("argocd", "https://a/applications/x/")
    ('guestbook', 'x')
    """
    return context.split("/", 1)[1] if "/" in context else (url or "").rstrip("/").rsplit("/", 1)[-1]


def workload_of_sync(resources: list[dict[str, Any]]) -> dict[str, Any]:
    """The first workload among a sync's resources, else its first resource, else ``{}``."""
    return next((r for r in resources if r.get("kind") in _WORKLOADS), resources[0] if resources else {})


def resources_text(resources: list[dict[str, Any]]) -> str:
    """A sync's resources in words: ``Deployment/test Synced, HorizontalPodAutoscaler/test-hpa Synced``."""
    return ", ".join(f"{r.get('kind')}/{r.get('name')} {r.get('status', '')}".strip() for r in resources)


def sync_summary(service: str, revision: str, env: str, images: list[str]) -> str:
    """What a ``syncResult`` body says, in words: ``deployed test f393746 to argocd (nginx:1.27.1)``."""
    return f"deployed {service} {_short(revision)} to {env}" + (f" ({', '.join(images)})" if images else "")


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
       ``operationState.finishedAt``. Type ``deployment`` (``rollback`` when the
       operation's message says so), identified by the revision and the sync operation
       (``argocd_operation``: the application and ``startedAt``), so the reports of one
       sync fold into one change. Phase ``Succeeded`` → ``live``; ``Failed``/``Error``
       → ``failed`` ("failed"/"error" in the summary); ``Running``/``Terminating`` →
       ``in_progress``.
    (b) The documented ``{{toJson .app.status.operationState.syncResult}}`` body
       (``revision``, ``resources[]``). Service and environment come from the
       ``sc-service``/``sc-environment`` headers, else the first workload resource's
       name and namespace; images go to ``details.images``. Type ``deployment``, phase
       ``live``, identified by the revision.
    (c) The documented GitHub commit-status body (``state``, ``context``
       ``continuous-delivery/<app>``). It has no revision and no time, so it needs the
       ``sc-event-time`` header. Type ``deployment``, no identifiers; ``success`` →
       ``live``, ``error``/``failure`` → ``failed``, ``pending`` → ``in_progress``.

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
        when = ctx.event_time("argocd app", "status.operationState.finishedAt is missing")
    service = ctx.resolve(labels, "service", name)
    env = ctx.resolve(labels, "environment", _text(dest, "namespace"), _text(dest, "name"))
    phase, message = _text(op, "phase"), _text(op, "message")
    stage, summary = _phase_change(phase, service, revision, env, message)
    initiated = _obj(_obj(op, "operation"), "initiatedBy")
    argocd_url = _text(doc, "argocdUrl") or _text(_obj(doc, "context"), "argocdUrl")
    return _change(
        ctx, "argocd", (name, env, revision, phase, when.isoformat()), labels,
        type="rollback" if _ROLLBACK.search(message or "") else "deployment",
        phase=stage,
        identifiers=_sync_identifiers(name, _text(op, "startedAt"), revision),
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
    workload = workload_of_sync(resources)
    when = ctx.event_time("argocd syncResult", "the body carries no finishedAt (use the 'app' template)")
    service = ctx.resolve({}, "service", _text(workload, "name"))
    env = ctx.resolve({}, "environment", _text(workload, "namespace"))
    images = _images(resources)
    source = _obj(doc, "source")
    return _change(
        ctx, "argocd", (service, env, revision, when.isoformat()), {},
        type="deployment",
        identifiers=revision_or_version(revision),
        project=ctx.resolve({}, "project", _repo_slug(_text(source, "repoURL"))),
        environment=env,
        service=service,
        version=revision,
        summary=sync_summary(service, revision, env, images),
        details=_details(
            revision=revision, images=", ".join(images), repo_url=_text(source, "repoURL"),
            resources=resources_text(resources),
        ),
        actor=None,
        timestamp=when,
    )


def _argo_from_commit_status(doc: dict[str, Any], ctx: AdaptContext) -> ChangeEvent:
    state = require(doc, "state", str, "argocd commit-status")
    context = require(doc, "context", str, "argocd commit-status")
    url = _text(doc, "target_url")
    app = commit_status_app(context, url)
    when = ctx.event_time("argocd commit-status", "the body carries no time and no revision (use the 'app' template)")
    service = ctx.resolve({}, "service", app)
    env = ctx.resolve({}, "environment")
    phase = COMMIT_STATE_PHASE.get(state, state)
    stage, summary = _phase_change(phase, service, None, ctx.header("sc-environment"), None)
    return _change(
        ctx, "argocd", (service, env, state, when.isoformat()), {},
        type="deployment", phase=stage, project=ctx.resolve({}, "project"), environment=env, service=service,
        version=None,
        summary=summary, details=_details(state=state, context=context, target_url=url),
        actor=None, timestamp=when,
    )
