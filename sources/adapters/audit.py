"""Audit payloads: Alertmanager API v2 silences and muted alerts, native.

A silence is a human muting alerts; a silence expired before its end is a human
un-muting them. Both are what silence mining learns from. An ``alertmanager-alerts``
body (``GET /api/v2/alerts?silenced=true&inhibited=true``) says which alerts were muted,
and by which silences or inhibiting alerts: one :class:`AlertMute` per muted alert.
"""

from __future__ import annotations

from typing import Any

from signalcraft.models import AlertMute, AuditEntry, Matcher, make_id
from signalcraft.models.common import Record
from signalcraft.sources.adapters.base import AdaptContext, AdaptError, parse_time, register, require
from signalcraft.sources.adapters.native import native

_SILENCE_KEYS = ("matchers", "startsAt", "endsAt")


def _looks_like_silence(item: Any) -> bool:
    return isinstance(item, dict) and isinstance(item.get("matchers"), list) and all(k in item for k in _SILENCE_KEYS)


def _is_silence(doc: Any, ctx: AdaptContext) -> bool:
    if isinstance(doc, list):
        return bool(doc) and _looks_like_silence(doc[0])
    return _looks_like_silence(doc)


@register("alertmanager-silence", "audit", _is_silence)
def parse_silences(doc: Any, ctx: AdaptContext) -> list[Record]:
    """A gettable silence, a postable silence, or a ``GET /api/v2/silences`` list of them."""
    if isinstance(doc, list):
        return [silence_entry(item, ctx, f"silences[{i}]") for i, item in enumerate(doc)]
    return [silence_entry(doc, ctx, "silence")]


def silence_entry(item: Any, ctx: AdaptContext, where: str) -> AuditEntry:
    """One silence as an AuditEntry: ``silence``, or ``unsilence`` if it was expired early.

    A silence expired by hand has ``status.state`` ``expired`` and ``endsAt`` moved back
    to the moment of expiry, so ``endsAt <= updatedAt``; one that simply ran out keeps
    its ``updatedAt`` from before its end.
    """
    if not isinstance(item, dict):
        raise AdaptError(f"{where} is {type(item).__name__}, expected a silence object")
    matchers = tuple(
        _matcher(m, f"{where}.matchers[{j}]") for j, m in enumerate(require(item, "matchers", list, where))
    )
    if not matchers:
        raise AdaptError(f"{where}: 'matchers' is empty; a silence needs at least one matcher")
    starts = parse_time(require(item, "startsAt", str, where), f"{where}.startsAt")
    ends = parse_time(require(item, "endsAt", str, where), f"{where}.endsAt")
    if ends < starts:
        raise AdaptError(f"{where}: endsAt {item['endsAt']!r} is before startsAt {item['startsAt']!r}")
    silence_id = _optional_str(item, "id", where)
    updated = None
    if item.get("updatedAt") is not None:
        updated = parse_time(item["updatedAt"], f"{where}.updatedAt")
    status = item.get("status")
    state = status.get("state") if isinstance(status, dict) else None
    state = state if isinstance(state, str) and state else None
    # the state is part of a version's id (pending, active and a natural expiry share their
    # updatedAt), but not for active silences: those kept their ids from before states counted
    id_state = () if state in (None, "active") else (state,)
    expired_early = state == "expired" and updated is not None and ends <= updated
    action = "unsilence" if expired_early else "silence"
    actor = _optional_str(item, "createdBy", where)
    workspace = ctx.resolve(_equality_labels(matchers), "workspace")
    return AuditEntry(
        id=make_id(
            "audit",
            workspace,
            "alertmanager-silence",
            action,
            silence_id,
            None if updated is None else updated.isoformat(),
            starts.isoformat(),
            ends.isoformat(),
            actor,
            "\x1e".join(f"{m.name}{m.operator}{m.value}" for m in matchers),
            *id_state,
        ),
        workspace_id=workspace,
        action=action,
        actor=actor,
        matchers=matchers,
        target=silence_id,
        duration_s=(ends - starts).total_seconds(),
        timestamp=updated if updated is not None else starts,
        ends_at=ends,
        comment=_optional_str(item, "comment", where),
        source="alertmanager-silence",
        starts_at=starts,
        updated_at=updated,
        state=state,
    )


def _is_alert_list(doc: Any, ctx: AdaptContext) -> bool:
    return (
        isinstance(doc, list) and bool(doc) and isinstance(doc[0], dict)
        and isinstance(doc[0].get("status"), dict) and "fingerprint" in doc[0] and "labels" in doc[0]
    )


@register("alertmanager-alerts", "audit", _is_alert_list)
def parse_muted_alerts(doc: Any, ctx: AdaptContext) -> list[Record]:
    """A ``GET /api/v2/alerts`` answer: the muted alerts among it (an empty list is nothing).

    When the collector saw them is ``sc-event-time`` (else when the message reached Kafka).
    """
    if not isinstance(doc, list):
        raise AdaptError(f"alerts: body is {type(doc).__name__}, expected the list GET /api/v2/alerts answers")
    observed = ctx.event_time("alerts", "the list of alerts carries no time of observation") if doc else None
    out: list[Record] = []
    for i, item in enumerate(doc):
        mute = _muted_alert(item, ctx, f"alerts[{i}]", observed)
        if mute is not None:
            out.append(mute)
    return out


def _muted_alert(item: Any, ctx: AdaptContext, where: str, observed: Any) -> AlertMute | None:
    if not isinstance(item, dict):
        raise AdaptError(f"{where} is {type(item).__name__}, expected an alert object")
    status = require(item, "status", dict, where)
    silenced = _ids(status.get("silencedBy"), f"{where}.status.silencedBy")
    inhibited = _ids(status.get("inhibitedBy"), f"{where}.status.inhibitedBy")
    if not silenced and not inhibited:
        return None
    labels = require(item, "labels", dict, where)
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in labels.items()):
        raise AdaptError(f"{where}: 'labels' must map strings to strings")
    fingerprint = require(item, "fingerprint", str, where)
    starts = parse_time(require(item, "startsAt", str, where), f"{where}.startsAt")
    workspace = ctx.resolve(labels, "workspace")
    return AlertMute(
        id=make_id("mute", workspace, fingerprint, starts.isoformat(), *silenced, "\x1e", *inhibited),
        workspace_id=workspace,
        fingerprint=fingerprint,
        name=labels.get("alertname", ""),
        labels=labels,
        starts_at=starts,
        observed_at=observed,
        silenced_by=silenced,
        inhibited_by=inhibited,
        source="alertmanager-alerts",
    )


def _ids(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise AdaptError(f"{where}: expected a list of ids")
    return tuple(sorted(value))


def _matcher(value: Any, where: str) -> Matcher:
    """An API v2 matcher; ``isRegex`` defaults to false and ``isEqual`` to true."""
    name = require(value, "name", str, where)
    text = require(value, "value", str, where)
    flags = {}
    for key, field, default in (("isRegex", "is_regex", False), ("isEqual", "is_equal", True)):
        flag = value.get(key, default)
        if flag is None:
            flag = default
        if not isinstance(flag, bool):
            raise AdaptError(f"{where}: {key!r} is {type(flag).__name__}, expected true or false")
        flags[field] = flag
    return Matcher(name=name, value=text, **flags)


def _equality_labels(matchers: tuple[Matcher, ...]) -> dict[str, str]:
    """The labels a silence pins to one value, for identity resolution (e.g. ``workspace``)."""
    return {m.name: m.value for m in matchers if m.is_equal and not m.is_regex}


def _optional_str(item: dict[str, Any], key: str, where: str) -> str | None:
    value = item.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise AdaptError(f"{where}: {key!r} is {type(value).__name__}, expected str")
    return value


native(
    "signalcraft-audit",
    "audit",
    AuditEntry,
    frozenset({"action", "timestamp", "workspace_id"}),
    lambda d: make_id(
        "audit", d.get("source"), d.get("workspace_id"), d.get("action"), d.get("target"), d.get("actor"),
        d.get("timestamp"), d.get("matchers"),
    ),
)
