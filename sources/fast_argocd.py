"""The change fast path (:mod:`~signalcraft.sources.fast_changes`) for Argo CD notifications:
``parse_argocd`` of :mod:`~signalcraft.sources.adapters.changes.argocd` for the three bodies it
reads, taken as they are: (a) an ``app`` and where Argo CD is, (b) an operation's
``syncResult``, (c) a GitHub commit status.

Each body has its own struct; each refuses the keys that would make the adapter read the body
as another (an ``app``, a ``revision``, a ``state``, ``metadata``), so at most one takes a body,
and keys neither the adapter nor Argo CD knows. An application's metadata, spec and status, a sync's resources and
source are decoded as JSON of any shape and read by the adapter's own helpers. A body with no
time of its own (an ``app`` whose operation has no ``finishedAt``, every ``syncResult`` and
commit status) takes the ``sc-event-time`` header, else the Kafka timestamp, as the adapter
does. An ``Application`` posted whole (``{{toJson .app}}``) is read as the ``app`` of (a).
"""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec import UNSET, Struct

from signalcraft.models import make_id
from signalcraft.models.change_row import ChangeRow
from signalcraft.params import Identity
from signalcraft.sources.adapters.changes.argocd import (
    COMMIT_STATE_PHASE,
    _images,
    _phase_change,
    _revision,
    _sync_identifiers,
    commit_status_app,
    resources_text,
    sync_summary,
    workload_of_sync,
)
from signalcraft.sources.adapters.changes.common import _details, _list, _obj, _repo_slug, revision_or_version
from signalcraft.sources.adapters.changes.common import _text as text_of
from signalcraft.sources.fast_change_values import (
    ALL_SET,
    LIVE_SET,
    TIMES,
    Arrival,
    Remembered,
    Unsure,
    header_time,
    labels_of,
    resolve,
    says_rollback,
    text,
)

__all__ = ["ARGOCD", "argocd"]

ARGOCD = "argocd"


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


class ArgoSyncResult(Struct, forbid_unknown_fields=True):
    """``{{toJson .app.status.operationState.syncResult}}``: what one sync applied, at which revision."""

    revision: Any = None
    revisions: Any = None
    resources: Any = None
    source: Any = None
    sources: Any = None
    managedNamespaceMetadata: Any = UNSET  # Argo CD's name


class ArgoCommitStatus(Struct, forbid_unknown_fields=True):
    """The GitHub commit status Argo CD's notification catalog posts."""

    state: Any
    context: Any
    description: Any = None
    target_url: Any = None


_app = msgspec.json.Decoder(ArgoNotification)
_sync_result = msgspec.json.Decoder(ArgoSyncResult)
_commit_status = msgspec.json.Decoder(ArgoCommitStatus)
_application = msgspec.json.Decoder(ArgoApp)
_repo_slugs = Remembered(_repo_slug)


def argocd(value: bytes, headers: dict[str, str], identity: Identity, arrived: Arrival = None) -> list[ChangeRow]:
    """The record of an Argo CD notification; an exception when unsure.

    >>> body = (b'{"revision": "f3937462080c6946ff5ec4b5fa393e7c22388e4c",'
    ...         b' "resources": [{"kind": "Deployment", "name": "test"}]}')
    >>> [change] = argocd(body, {"sc-event-time": "2026-03-02T12:30:00Z", "sc-environment": "prod"}, Identity())
    >>> change.summary, change.timestamp.isoformat()
    ('deployed test f393746 to prod', '2026-03-02T12:30:00+00:00')
    """
    for decoder, read in _BODIES:  # each struct refuses the keys of the others: at most one takes the body
        try:
            doc = decoder.decode(value)
        except msgspec.ValidationError:
            continue
        return [read(doc, headers, identity, arrived)]
    raise Unsure


def _from_application(doc: ArgoApp, headers: dict[str, str], identity: Identity, arrived: Arrival) -> ChangeRow:
    """A whole ``Application`` (``{{toJson .app}}``), read as the ``app`` of a notification."""
    version = "" if doc.apiVersion is UNSET else doc.apiVersion
    if doc.kind != "Application" or not str(version).startswith("argoproj.io/"):
        raise Unsure  # not an application to the adapter: it refuses the body
    return _from_app(ArgoNotification(doc), headers, identity, arrived)


def _from_app(doc: ArgoNotification, headers: dict[str, str], identity: Identity, arrived: Arrival) -> ChangeRow:
    """``_argo_from_app`` of the adapter."""
    app, meta = doc.app, doc.app.metadata
    name = meta.get("name")
    if not isinstance(name, str):
        raise Unsure
    spec = app.spec if isinstance(app.spec, dict) else {}
    status = app.status if isinstance(app.status, dict) else {}
    op = _obj(status, "operationState")
    finished = text_of(op, "finishedAt")
    when, when_iso = header_time(headers, arrived) if finished is None else TIMES.start(finished)
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
    return ChangeRow(
        id=make_id("change", workspace, ARGOCD, name, env, revision, phase, when_iso), workspace_id=workspace,
        type="rollback" if message and says_rollback[message] else "deployment", source=ARGOCD,
        project=resolve(headers, identity, "project", labels, _repo_slugs[repo_url] if repo_url else None,
                        text_of(spec, "project")),
        environment=env, service=service, version=revision, summary=summary, details=details,
        actor=text_of(initiated, "username") or ("argocd (automated)" if initiated.get("automated") else None),
        timestamp=when, phase=stage, identifiers=_sync_identifiers(name, started, revision), fields_set=ALL_SET)


def _from_sync_result(doc: ArgoSyncResult, headers: dict[str, str], identity: Identity, arrived: Arrival,
                      ) -> ChangeRow:
    """``_argo_from_sync_result`` of the adapter, for a body it reads as a ``syncResult``."""
    resources, source = doc.resources, doc.source
    if not (isinstance(doc.revision, str) or isinstance(doc.revisions, list)) or not any(
        isinstance(part, (list, dict)) for part in (resources, source, doc.sources)
    ):
        raise Unsure  # not a syncResult to the adapter: a commit status, or refused
    revision = _revision({"revision": doc.revision, "revisions": doc.revisions})
    if revision is None:
        raise Unsure
    resources = [r for r in (resources if isinstance(resources, list) else ()) if isinstance(r, dict)]
    workload = workload_of_sync(resources)
    when, when_iso = header_time(headers, arrived)
    service = resolve(headers, identity, "service", {}, text_of(workload, "name"))
    env = resolve(headers, identity, "environment", {}, text_of(workload, "namespace"))
    images = _images(resources)
    repo_url = text_of(source, "repoURL")
    workspace = resolve(headers, identity, "workspace", {})
    return ChangeRow(
        id=make_id("change", workspace, ARGOCD, service, env, revision, when_iso), workspace_id=workspace,
        type="deployment", source=ARGOCD,
        project=resolve(headers, identity, "project", {}, _repo_slugs[repo_url] if repo_url else None),
        environment=env, service=service, version=revision,
        summary=sync_summary(service, revision, env, images),
        details=_details(revision=revision, images=", ".join(images), repo_url=repo_url,
                         resources=resources_text(resources)),
        actor=None, timestamp=when, phase="live", identifiers=revision_or_version(revision), fields_set=LIVE_SET)


_COMMIT_STATUS_SET = ALL_SET - {"identifiers"}
"""What the adapter names of a commit status: all but ``identifiers`` (it has none)."""


def _from_commit_status(doc: ArgoCommitStatus, headers: dict[str, str], identity: Identity, arrived: Arrival,
                        ) -> ChangeRow:
    """``_argo_from_commit_status`` of the adapter."""
    state, context = doc.state, doc.context
    if not isinstance(state, str) or not isinstance(context, str):
        raise Unsure
    url = text(doc.target_url)
    when, when_iso = header_time(headers, arrived)
    service = resolve(headers, identity, "service", {}, commit_status_app(context, url))
    env = resolve(headers, identity, "environment", {})
    stage, summary = _phase_change(COMMIT_STATE_PHASE.get(state, state), service, None,
                                   headers.get("sc-environment") or None, None)
    workspace = resolve(headers, identity, "workspace", {})
    return ChangeRow(
        id=make_id("change", workspace, ARGOCD, service, env, state, when_iso), workspace_id=workspace,
        type="deployment", source=ARGOCD, project=resolve(headers, identity, "project", {}),
        environment=env, service=service, version=None, summary=summary,
        details=_details(state=state, context=context, target_url=url), actor=None, timestamp=when,
        phase=stage, identifiers={}, fields_set=_COMMIT_STATUS_SET)


_BODIES = ((_app, _from_app), (_sync_result, _from_sync_result), (_commit_status, _from_commit_status),
           (_application, _from_application))
"""The bodies the adapter reads: an ``app``, a ``syncResult``, a commit status, a whole ``Application``."""
