"""Kubernetes core/v1 Events as changes: rollouts, scaling, restarts, rollbacks."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from signalcraft.models import ChangeEvent
from signalcraft.models.common import Record
from signalcraft.sources.adapters.base import AdaptContext, AdaptError, parse_time, register, require
from signalcraft.sources.adapters.changes.common import _change, _details, _obj, _text

_H = "[bcdfghjklmnpqrstvwxz2456789]"
_RS_HASH = rf"(?:{_H}{{6,10}}|\d{{9,10}})"
_REPLICASET_NAME = re.compile(rf"(.+)-({_RS_HASH})")
_POD_OF_REPLICASET = re.compile(rf"(.+)-({_RS_HASH})-{_H}{{5}}")
_POD_NAME = re.compile(rf"(.+)-(?:{_H}{{5}}|\d+)")
"""A ReplicaSet's name (workload, pod-template hash), a pod's of a ReplicaSet and a pod's of
a StatefulSet or one with a random suffix."""
_SCALED = re.compile(r"Scaled (up|down) replica ?set (\S+) (?:\(revision (\d+)\) )?(?:from (\d+) )?to (\d+)", re.I)
_REVISION = re.compile(r"\brevision (\d+)(?: \(([0-9a-z]+)\))?")
_CONTAINER = re.compile(r"spec\.(?:init)?[cC]ontainers\{(.+)\}")
"""The container an event's ``involvedObject.fieldPath`` names."""
_ROLLOUT_PHASE = {"RolloutUpdated": "in_progress", "RolloutCompleted": "live", "RolloutAborted": "failed"}
"""Argo Rollouts' events of one rollout: updated to a revision, completed, aborted."""


def workload_of(kind: str, name: str) -> tuple[str, str | None]:
    """The workload name behind a ReplicaSet or Pod name, and the pod-template hash if one shows.

    >>> workload_of("Pod", "hello-world-6b9d85fbd6-klpv2")
    ('hello-world', '6b9d85fbd6')
    >>> workload_of("ReplicaSet", "hello-world-7ff854f459")
    ('hello-world', '7ff854f459')
    >>> workload_of("Pod", "web-0"), workload_of("Deployment", "api-v2")
    (('web', None), ('api-v2', None))
    """
    if kind == "ReplicaSet" and (m := _REPLICASET_NAME.fullmatch(name)):
        return m.group(1), m.group(2)
    if kind == "Pod":
        if m := _POD_OF_REPLICASET.fullmatch(name):
            return m.group(1), m.group(2)
        if m := _POD_NAME.fullmatch(name):
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


def _k8s_type(reason: str, message: str) -> tuple[str, str, re.Match[str] | None]:
    """Type, phase and the scaling message's parts of one event."""
    scaled = _SCALED.search(message)
    if reason == "ScalingReplicaSet":
        up = scaled is not None and scaled.group(1).lower() == "up" and scaled.group(4) in (None, "0")
        return ("deployment", "in_progress", scaled) if up else ("scale", "live", scaled)
    if reason in _ROLLOUT_PHASE:
        return "deployment", _ROLLOUT_PHASE[reason], scaled
    if reason == "SuccessfulRescale":
        return "scale", "live", scaled
    if reason in ("DeploymentRollback", "RollbackDone"):
        return "rollback", "live", scaled
    return ("restart" if reason in ("Killing", "BackOff") else "other"), "live", scaled


class Rollout(NamedTuple):
    """What an event says of a rollout (:func:`rollout_of`)."""

    type: str
    phase: str
    scaled: re.Match[str] | None
    service: str
    pod_hash: str | None
    replicaset: str | None
    identifiers: dict[str, str]


def rollout_of(kind: str, name: str, reason: str, message: str) -> Rollout:
    """Type, phase, scaling message, workload, pod-template hash, ReplicaSet and identifiers
    of an event about ``kind``/``name``.

    >>> rollout_of("Deployment", "api", "ScalingReplicaSet", "Scaled up replica set api-7ff854f459 from 0 to 3")[3:]
    ('api', '7ff854f459', 'api-7ff854f459', {'pod_template': '7ff854f459'})
    """
    change_type, phase, scaled = _k8s_type(reason, message)
    service, pod_hash = workload_of(kind, name)
    replicaset = scaled.group(2) if scaled else (name if kind == "ReplicaSet" else None)
    if replicaset and pod_hash is None:
        pod_hash = workload_of("ReplicaSet", replicaset)[1]
    revision = _REVISION.search(message) if reason in _ROLLOUT_PHASE or scaled else None
    if revision and revision.group(2) and pod_hash is None:
        pod_hash = revision.group(2)
    identifiers = {"pod_template": pod_hash} if pod_hash else {}
    if revision:
        identifiers["rollout_revision"] = f"{service}#{revision.group(1)}"
    return Rollout(change_type, phase, scaled, service, pod_hash, replicaset, identifiers)


@register("kubernetes-event", "changes", _is_kubernetes_event)
def parse_kubernetes_event(doc: Any, ctx: AdaptContext) -> list[Record]:
    """core/v1 Events (one object, a JSON array, or a list with ``items``).

    Reasons map as: ``ScalingReplicaSet`` "Scaled up" (from 0, or with no "from") →
    ``deployment`` in progress, a rollout bringing up a new ReplicaSet; other
    ``ScalingReplicaSet`` (scaled down, scaled up from N > 0) and HPA
    ``SuccessfulRescale`` → ``scale``; ``Killing``/``BackOff`` → ``restart``;
    ``DeploymentRollback`` → ``rollback``; everything else → ``other``. A manual or
    HPA scale-up on older clusters (no "from N" in the message) reads as
    ``deployment``: the message alone cannot tell them apart. Argo Rollouts' events
    of a rollout are ``deployment`` reports by phase: ``RolloutUpdated``
    ``in_progress``, ``RolloutCompleted`` ``live``, ``RolloutAborted`` ``failed``.
    A plain Deployment reports no completion: alone, its rollout is timed from the
    scale-up; beside a delivery tool's report, that report says when it went live.
    Every other event is ``live``.

    Identifiers: the pod-template hash (``pod_template``) and, when the message names
    it, the workload's revision (``rollout_revision``, ``<workload>#<n>``), so the
    events of one rollout fold into one change and into the delivery tool's report of
    it; an event knows no git revision or version.

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
    change_type, phase, scaled, service, pod_hash, replicaset, identifiers = rollout_of(kind, name, reason, message)
    container = _CONTAINER.search(_text(obj, "fieldPath") or "")
    src = _obj(ev, "source")
    component = _text(src, "component") or _text(ev, "reportingController") or _text(ev, "reportingComponent")
    env = ctx.resolve({}, "environment", namespace)
    return _change(
        ctx, "kubernetes-event", (uid, count, when.isoformat()), {},
        type=change_type,
        phase=phase,
        identifiers=identifiers,
        project=ctx.resolve({}, "project"),
        environment=env,
        service=ctx.resolve({}, "service", service),
        version=pod_hash,
        summary=f"{reason} {kind}/{name} in {namespace or env}" + (f": {message}" if message else ""),
        details=_details(
            reason=reason, event_type=_text(ev, "type"), object_kind=kind, object_name=name,
            object_uid=_text(obj, "uid"), namespace=namespace, message=message, count=count,
            container=container.group(1) if container else None, replicaset=replicaset,
            replicas_from=scaled.group(4) if scaled else None, replicas_to=scaled.group(5) if scaled else None,
            host=_text(src, "host"), event_uid=_text(meta, "uid"),
        ),
        actor=component,
        timestamp=when,
    )
