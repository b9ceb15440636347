"""The change fast path (:mod:`~signalcraft.sources.fast_changes`) for Kubernetes events:
``parse_kubernetes_event`` of :mod:`~signalcraft.sources.adapters.changes.kubernetes` for the
bodies it takes as they are (one core/v1 or events.k8s.io/v1 ``Event``, a JSON array of them,
or an ``EventList``).

msgspec refuses keys neither the adapter nor Kubernetes knows (an ``Event``'s own, an
``EventList``'s); what the adapter reads as text or objects (the involved object, metadata,
series, source, count) is decoded as JSON of any shape and read as the adapter reads it. What a
rollout's event says (type, phase, workload, pod-template hash, identifiers) comes from the
adapter's own :func:`~signalcraft.sources.adapters.changes.kubernetes.rollout_of`. An event
without a time, without ``reason`` or an involved object, or with a time the adapter cannot
read goes the full path, which says why.
"""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec import UNSET, Struct, UnsetType

from signalcraft.models import make_id
from signalcraft.models.change_row import ChangeRow
from signalcraft.params import Identity
from signalcraft.sources.adapters.changes.common import _details
from signalcraft.sources.adapters.changes.kubernetes import _CONTAINER, rollout_of
from signalcraft.sources.fast_change_values import ALL_SET, TIMES, Unsure, resolve, text

__all__ = ["KUBERNETES_EVENT", "kubernetes_events"]

KUBERNETES_EVENT = "kubernetes-event"


class KubeEvent(Struct, forbid_unknown_fields=True):
    """A core/v1 ``Event`` (or events.k8s.io/v1: ``regarding``, ``note``, ``deprecated*``) as its
    JSON; at the top of a body it may be an ``EventList``, whose ``items`` are the events."""

    reason: Any = UNSET
    involvedObject: Any = UNSET  # Kubernetes' names
    regarding: Any = UNSET
    metadata: Any = None
    message: Any = None
    note: Any = None
    series: Any = None
    lastTimestamp: Any = None
    eventTime: Any = None
    deprecatedLastTimestamp: Any = None
    firstTimestamp: Any = None
    count: Any = None
    type: Any = None
    source: Any = None
    reportingController: Any = None
    reportingComponent: Any = None
    reportingInstance: Any = UNSET
    apiVersion: Any = UNSET
    kind: Any = UNSET
    action: Any = UNSET
    related: Any = UNSET
    deprecatedSource: Any = UNSET
    deprecatedFirstTimestamp: Any = UNSET
    deprecatedCount: Any = UNSET
    items: list[KubeEvent] | UnsetType = UNSET


_events = msgspec.json.Decoder(KubeEvent | list[KubeEvent])


def kubernetes_events(value: bytes, headers: dict[str, str], identity: Identity) -> list[ChangeRow]:
    """The records of a Kubernetes events body; an exception when unsure.

    >>> body = (b'{"reason": "Killing", "involvedObject": {"kind": "Pod", "name": "api-6b9d85fbd6-klpv2",'
    ...         b' "namespace": "shop"}, "metadata": {"uid": "u-1"}, "lastTimestamp": "2026-03-02T12:30:00Z"}')
    >>> [change] = kubernetes_events(body, {}, Identity())
    >>> change.type, change.service, change.version, change.summary
    ('restart', 'api', '6b9d85fbd6', 'Killing Pod/api-6b9d85fbd6-klpv2 in shop')
    """
    doc = _events.decode(value)
    # an object whose 'items' is an array is a list of events; the rest of it is not read
    events = doc if isinstance(doc, list) else [doc] if doc.items is UNSET else doc.items
    workspace = resolve(headers, identity, "workspace", {})
    project = resolve(headers, identity, "project", {})
    return [_change(ev, headers, identity, workspace, project) for ev in events]


def _when(ev: KubeEvent, series: dict[str, Any]) -> tuple[Any, str]:
    """The first time of ``lastTimestamp``, ``series.lastObservedTime``, ``eventTime``,
    ``deprecatedLastTimestamp``, ``firstTimestamp`` that is set, as the adapter reads it."""
    for raw in (ev.lastTimestamp, series.get("lastObservedTime"), ev.eventTime, ev.deprecatedLastTimestamp,
                ev.firstTimestamp):
        if isinstance(raw, str) and raw:
            return TIMES.start(raw)
    raise Unsure  # no time: the full path says so


def _texts(pairs: tuple[tuple[str, str | None], ...]) -> dict[str, str]:
    """``_details`` of values that are text or ``None``: the non-empty ones, in order."""
    return {key: said for key, said in pairs if said}


def _change(ev: KubeEvent, headers: dict[str, str], identity: Identity, workspace: str, project: str,
            ) -> ChangeRow:
    """``_k8s_change`` of the adapter for an event it takes as it is."""
    obj = ev.regarding if ev.involvedObject is UNSET else ev.involvedObject
    reason = ev.reason
    if not isinstance(obj, dict) or not isinstance(reason, str):
        raise Unsure
    name = obj.get("name")
    if not isinstance(name, str):
        raise Unsure
    kind = text(obj.get("kind")) or "object"
    meta = ev.metadata if isinstance(ev.metadata, dict) else {}
    namespace = text(obj.get("namespace")) or text(meta.get("namespace"))
    message = text(ev.message) or text(ev.note) or ""
    series = ev.series if isinstance(ev.series, dict) else {}
    when, when_iso = _when(ev, series)
    uid = text(meta.get("uid")) or (f"{namespace}/{meta['name']}" if text(meta.get("name")) else None)
    if uid is None:
        raise Unsure
    count = ev.count or series.get("count") or 1
    change_type, phase, scaled, service, pod_hash, replicaset, identifiers = rollout_of(kind, name, reason, message)
    container = _CONTAINER.search(text(obj.get("fieldPath")) or "")
    src = ev.source if isinstance(ev.source, dict) else {}
    env = resolve(headers, identity, "environment", {}, namespace)
    details = _texts((("reason", reason), ("event_type", text(ev.type)), ("object_kind", kind),
                      ("object_name", name), ("object_uid", text(obj.get("uid"))), ("namespace", namespace),
                      ("message", message)))
    details.update(_details(count=count))  # any JSON
    details.update(_texts((
        ("container", container.group(1) if container else None), ("replicaset", replicaset),
        ("replicas_from", scaled.group(4) if scaled else None), ("replicas_to", scaled.group(5) if scaled else None),
        ("host", text(src.get("host"))), ("event_uid", text(meta.get("uid"))))))
    return ChangeRow(
        id=make_id("change", workspace, KUBERNETES_EVENT, uid, count, when_iso), workspace_id=workspace,
        type=change_type, source=KUBERNETES_EVENT, project=project, environment=env,
        service=resolve(headers, identity, "service", {}, service), version=pod_hash,
        summary=f"{reason} {kind}/{name} in {namespace or env}" + (f": {message}" if message else ""),
        details=details,
        actor=text(src.get("component")) or text(ev.reportingController) or text(ev.reportingComponent),
        timestamp=when, phase=phase, identifiers=identifiers, fields_set=ALL_SET)

