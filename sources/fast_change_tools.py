"""The change fast path (:mod:`~signalcraft.sources.fast_changes`) for LaunchDarkly webhooks,
PagerDuty change events and Argo CD notifications of an ``app``: ``parse_launchdarkly``,
``parse_pagerduty_change`` and ``parse_argocd`` of :mod:`~signalcraft.sources.adapters.changes`
for the payloads they take as they are.

msgspec checks the keys the adapters require (an audit entry's ``_id``, ``date``, ``kind``
and ``accesses``; a change event's ``payload`` and its ``summary``; an application's
``metadata``) and refuses keys neither the adapter nor the format knows; the flag versions,
the member, custom details, links and an application's spec and status are decoded as JSON of
any shape and read by the adapters' own helpers. A PagerDuty event without
``payload.timestamp`` and an Argo CD operation without ``finishedAt`` take their time from a
header or the Kafka timestamp, which only the full path knows: they go there, as do Argo CD's
``syncResult`` and commit-status bodies.
"""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec import UNSET, Struct

from signalcraft.models import ChangeEvent, make_id
from signalcraft.params import Identity
from signalcraft.sources.adapters.base import from_epoch_ms
from signalcraft.sources.adapters.changes.argocd import _images, _phase_change, _revision, _sync_identifiers
from signalcraft.sources.adapters.changes.common import _details, _list, _obj, _repo_slug, revision_or_version
from signalcraft.sources.adapters.changes.common import _text as text_of
from signalcraft.sources.adapters.changes.launchdarkly import flag_diff, ld_resource
from signalcraft.sources.adapters.changes.pagerduty import _first, infer_type
from signalcraft.sources.fast_change_values import (
    ALL_SET,
    TIMES,
    Remembered,
    Unsure,
    build,
    labels_of,
    resolve,
    says_rollback,
    text,
)

__all__ = ["ARGOCD", "LAUNCHDARKLY", "PAGERDUTY_CHANGE", "argocd", "launchdarkly", "pagerduty_change"]

LAUNCHDARKLY, PAGERDUTY_CHANGE, ARGOCD = "launchdarkly", "pagerduty-change", "argocd"
_ADAPTER_SET = ALL_SET - {"phase"}
"""What these adapters name: all but ``phase``, which keeps its default (``live``)."""


class LaunchDarklyEntry(Struct, forbid_unknown_fields=True):
    """An audit-log entry as LaunchDarkly posts it; what the adapter reads as text stays any JSON."""

    entry: str = msgspec.field(name="_id")
    date: int
    kind: str
    accesses: list[Any]
    name: Any = None
    titleVerb: Any = None  # LaunchDarkly's names
    comment: Any = None
    shortDescription: Any = None
    member: Any = None
    token: Any = None
    app: Any = None
    currentVersion: Any = None
    previousVersion: Any = None
    links: Any = msgspec.field(name="_links", default=None)
    account: Any = msgspec.field(name="_accountId", default=UNSET)
    description: Any = UNSET
    title: Any = UNSET
    target: Any = UNSET
    parent: Any = UNSET
    subject: Any = UNSET
    delta: Any = UNSET
    merge: Any = UNSET
    triggerBody: Any = UNSET
    approvalRequest: Any = UNSET
    subentries: Any = UNSET


class PagerDutyPayload(Struct, forbid_unknown_fields=True):
    summary: str
    timestamp: Any = None
    source: Any = None
    custom_details: Any = None


class PagerDutyChange(Struct, forbid_unknown_fields=True):
    """The body of ``POST /v2/change/enqueue``."""

    payload: PagerDutyPayload
    routing_key: Any = None
    links: Any = None


class ArgoApp(Struct, forbid_unknown_fields=True):
    """An Argo CD ``Application`` as a notification template puts it in the body."""

    metadata: dict[str, Any]
    spec: Any = None
    status: Any = None
    apiVersion: Any = UNSET  # Kubernetes' names
    kind: Any = UNSET
    operation: Any = UNSET


class ArgoNotification(Struct, forbid_unknown_fields=True):
    """The recommended Argo CD notification body: the ``app`` and where Argo CD is."""

    app: ArgoApp
    argocdUrl: Any = None
    context: Any = None


_launchdarkly = msgspec.json.Decoder(LaunchDarklyEntry)
_pagerduty = msgspec.json.Decoder(PagerDutyChange)
_argocd = msgspec.json.Decoder(ArgoNotification)
_repo_slugs = Remembered(_repo_slug)
_LD_TYPES = {"flag": "flag_change", "segment": "config_update"}


def launchdarkly(value: bytes, headers: dict[str, str], identity: Identity) -> list[ChangeEvent]:
    """The records of a LaunchDarkly webhook, one per environment; an exception when unsure."""
    doc = _launchdarkly.decode(value)
    entry, kind = doc.entry, doc.kind
    when = from_epoch_ms(doc.date, "launchdarkly webhook: 'date'")
    resources: list[dict[str, str]] = []
    actions: dict[str | None, list[str]] = {}  # environment key -> actions on it
    for access in doc.accesses:
        if isinstance(access, dict) and (spec := text(access.get("resource"))):
            resources.append(ld_resource(spec))
            actions.setdefault(resources[-1].get("env"), []).append(text(access.get("action")) or "")
    cur = doc.currentVersion if isinstance(doc.currentVersion, dict) else {}
    prev = doc.previousVersion if isinstance(doc.previousVersion, dict) else {}
    flag_key = next((r["flag"] for r in resources if r.get("flag")), None) or text(cur.get("key"))
    name = text(doc.name) or flag_key or kind
    tags = cur.get("tags")
    labels = dict(t.split(":", 1) for t in (tags if isinstance(tags, list) else ()) if isinstance(t, str) and ":" in t)
    header_env = headers.get("sc-environment")
    envs = [header_env] if header_env else [e for e in actions if e] or [None]
    member = doc.member if isinstance(doc.member, dict) else {}
    full_name = " ".join(filter(None, (text(member.get("firstName")), text(member.get("lastName")))))
    actor = text(member.get("email")) or full_name or text_of(doc.token, "name") or text_of(doc.app, "name")
    verb = text(doc.titleVerb) or f"changed the {kind}"
    project_key = next((r["proj"] for r in resources if r.get("proj")), None)
    version = cur.get("_version")
    workspace = resolve(headers, identity, "workspace", labels)
    project, service = resolve(headers, identity, "project", labels, project_key), resolve(
        headers, identity, "service", labels)
    flag = kind == "flag"
    identifiers = _details(flag=flag_key if flag else None, flag_version=version if flag else None,
                           launchdarkly_entry=entry)
    link = text_of(_obj(doc.links, "site"), "href")
    out = []
    for env_key in envs:
        env = resolve(headers, identity, "environment", {}, env_key)
        env_name = text_of(_obj(_obj(cur, "environments"), env_key or ""), "_environmentName") or env
        details = _details(**{
            "kind": kind, "flag_key": flag_key, "environment": env_key,
            "actions": ", ".join(actions.get(env_key) or actions.get(None) or ()),
            "comment": text(doc.comment), "description": text(doc.shortDescription),
            **(flag_diff(prev, cur, env_key) if env_key else {}),
            "entry_id": entry, "link": link,
        })
        out.append(build({
            "id": make_id("change", workspace, LAUNCHDARKLY, entry, env_key), "workspace_id": workspace,
            "type": _LD_TYPES.get(kind, "other"), "source": LAUNCHDARKLY, "project": project, "environment": env,
            "service": service, "version": None if version is None else str(version),
            "summary": f"{verb} {name} in {env_name}", "details": details, "actor": actor, "timestamp": when,
            "phase": "live", "identifiers": dict(identifiers),
        }, _ADAPTER_SET))
    return out


def pagerduty_change(value: bytes, headers: dict[str, str], identity: Identity) -> list[ChangeEvent]:
    """The record of a PagerDuty change event with its own time; an exception when unsure."""
    doc = _pagerduty.decode(value)
    payload = doc.payload
    summary, stamp = payload.summary, payload.timestamp
    if not isinstance(stamp, str):
        raise Unsure  # no time (the full path asks the headers and Kafka), or not a time
    when, when_iso = TIMES.start(stamp)
    custom = payload.custom_details
    custom = custom if isinstance(custom, dict) else ({} if custom is None else {"custom_details": custom})
    hints = {k.lower(): v for k, v in labels_of(custom).items()}
    links = [link for link in (doc.links if isinstance(doc.links, list) else ())
             if isinstance(link, dict) and text(link.get("href"))]
    source = text(payload.source)
    commit = custom.get("commit")
    sha = _first(hints, ("sha", "commit", "git_sha", "revision")) or text_of(commit, "sha") or text_of(commit, "id")
    identifiers = {
        **revision_or_version(_first(hints, ("version", "tag", "build_number"))),
        **revision_or_version(sha),
        **({"deployment": hints["deployment_id"]} if hints.get("deployment_id") else {}),
    }
    workspace = resolve(headers, identity, "workspace", hints)
    details = _details(**{
        **{str(k): v for k, v in custom.items()},
        "source": source,
        **{("link" if i == 0 else f"link_{i + 1}"): link["href"] for i, link in enumerate(links)},
        "link_text": text(links[0].get("text")) if links else None,
    })
    return [build({
        "id": make_id("change", workspace, PAGERDUTY_CHANGE, doc.routing_key, source, summary, when_iso),
        "workspace_id": workspace, "type": infer_type(summary, hints), "source": PAGERDUTY_CHANGE,
        "project": resolve(headers, identity, "project", hints),
        "environment": resolve(headers, identity, "environment", hints),
        "service": resolve(headers, identity, "service", hints, source),
        "version": _first(hints, ("version", "sha", "commit", "git_sha", "revision", "tag", "build_number")),
        "summary": summary, "details": details,
        "actor": _first(hints, ("actor", "user", "author", "triggered_by", "deployed_by")),
        "timestamp": when, "phase": "live", "identifiers": identifiers,
    }, _ADAPTER_SET)]


def argocd(value: bytes, headers: dict[str, str], identity: Identity) -> list[ChangeEvent]:
    """The record of an Argo CD notification of an ``app`` whose operation has finished; an
    exception when unsure."""
    doc = _argocd.decode(value)
    app, meta = doc.app, doc.app.metadata
    name = meta.get("name")
    if not isinstance(name, str):
        raise Unsure
    spec = app.spec if isinstance(app.spec, dict) else {}
    status = app.status if isinstance(app.status, dict) else {}
    op = _obj(status, "operationState")
    finished = text_of(op, "finishedAt")
    if finished is None:
        raise Unsure  # the time comes from a header or Kafka: the full path
    when, when_iso = TIMES.start(finished)
    result, sync = _obj(op, "syncResult"), _obj(status, "sync")
    source = _obj(spec, "source") or next((s for s in _list(spec, "sources") if isinstance(s, dict)), {})
    dest = _obj(spec, "destination")
    revision = _revision(result) or _revision(sync)
    labels = labels_of(meta.get("labels"))
    service = resolve(headers, identity, "service", labels, name)
    env = resolve(headers, identity, "environment", labels, text_of(dest, "namespace"), text_of(dest, "name"))
    phase, message, started = text_of(op, "phase"), text_of(op, "message"), text_of(op, "startedAt")
    stage, summary = _phase_change(phase, service, revision, env, message)
    initiated = _obj(_obj(op, "operation"), "initiatedBy")
    argocd_url = text(doc.argocdUrl) or text_of(doc.context, "argocdUrl")
    repo_url = text_of(source, "repoURL")
    workspace = resolve(headers, identity, "workspace", labels)
    details = _details(
        app=name, revision=revision, phase=phase, message=message, sync_status=text_of(sync, "status"),
        health=text_of(_obj(status, "health"), "status"), repo_url=repo_url,
        target_revision=text_of(source, "targetRevision"), images=", ".join(_images(result.get("resources"))),
        started_at=started, link=f"{argocd_url.rstrip('/')}/applications/{name}" if argocd_url else None,
    )
    return [build({
        "id": make_id("change", workspace, ARGOCD, name, env, revision, phase, when_iso), "workspace_id": workspace,
        "type": "rollback" if message and says_rollback[message] else "deployment", "source": ARGOCD,
        "project": resolve(headers, identity, "project", labels, _repo_slugs[repo_url] if repo_url else None,
                           text_of(spec, "project")),
        "environment": env, "service": service, "version": revision, "summary": summary, "details": details,
        "actor": text_of(initiated, "username") or ("argocd (automated)" if initiated.get("automated") else None),
        "timestamp": when, "phase": stage, "identifiers": _sync_identifiers(name, started, revision),
    }, ALL_SET)]
