"""Opsgenie alert actions sent by its outgoing Webhook integration.

Opsgenie posts one body per action taken on an alert: ``action`` (``Create``,
``Acknowledge``, ``Close``, ``AddNote``, ``AssignOwnership``, ``Delete``, …), ``alert``
(``alertId``, ``message``, ``alias``, ``tinyId``, ``entity``, ``tags``, ``teams``,
``createdAt`` in epoch milliseconds, ``updatedAt`` in epoch nanoseconds, ``username``,
``userId``, ``source``, ``priority``; ``description`` and ``details`` only on ``Create``
and only when the integration is set to add them), ``source`` {``name``, ``type``} (where
the action came from), ``integrationId`` and ``integrationName``.

Three actions change what SignalCraft keeps: ``Create`` fires an alert, ``Close``
resolves it, ``Acknowledge`` is an ``ack`` in the audit log. Every other action is
refused with that reason. Identity comes from what every action carries (the tags and
the entity), never from ``details``, which a close lacks: both must name one alert.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from signalcraft.models import AuditEntry, make_id
from signalcraft.models.common import Record
from signalcraft.sources.adapters.alerts import render_json
from signalcraft.sources.adapters.base import AdaptContext, AdaptError, normalize_severity, register, require
from signalcraft.sources.adapters.webhooks import epoch_time, split_tags, tag_labels, text, vendor_alert

SOURCE = "opsgenie"
WHAT = "opsgenie webhook"
CREATE, CLOSE, ACKNOWLEDGE = "Create", "Close", "Acknowledge"


def _is_opsgenie(doc: Any, ctx: AdaptContext) -> bool:
    alert = doc.get("alert") if isinstance(doc, dict) else None
    return isinstance(alert, dict) and "alertId" in alert and isinstance(doc.get("action"), str)


@register(SOURCE, "alerts", _is_opsgenie)
def parse_opsgenie(doc: Any, ctx: AdaptContext) -> list[Record]:
    """``Create`` → a firing AlertEvent, ``Close`` → the same alert resolved, ``Acknowledge`` → an ack.

    The fingerprint is the alert's ``alias`` (Opsgenie's own de-duplication key), else its
    ``alertId``, so a close names the alert its create opened and a recurring alert keeps
    its fingerprint. A close starts at ``createdAt`` and ends at ``updatedAt``.
    """
    action = require(doc, "action", str, WHAT)
    alert = require(doc, "alert", dict, WHAT)
    where = f"{WHAT} ({action}): alert"
    alert_id = require(alert, "alertId", str, where)
    if action not in (CREATE, CLOSE, ACKNOWLEDGE):
        raise AdaptError(
            f"{WHAT}: action {action!r} on alert {alert_id} changes no alert state SignalCraft keeps; "
            f"accepted: {CREATE!r} (fires), {CLOSE!r} (resolves), {ACKNOWLEDGE!r} (an ack)"
        )
    fingerprint = text(alert, "alias") or alert_id
    if action == ACKNOWLEDGE:
        return [_ack(doc, alert, fingerprint, _updated(alert, ctx, where), ctx)]
    created = epoch_time(require(alert, "createdAt", (int, str), where), f"{where}.createdAt")
    message = require(alert, "message", str, where).strip()
    if not message:
        raise AdaptError(f"{where}: 'message' is empty; it names the alert")
    labels = _labels(alert, where)
    details = _details(alert.get("details"), f"{where}.details")
    return [
        vendor_alert(
            ctx,
            SOURCE,
            status="firing" if action == CREATE else "resolved",
            at=created if action == CREATE else _updated(alert, ctx, where),
            started=created,
            fingerprint=fingerprint,
            name=message,
            severity=normalize_severity(labels.get("priority")),
            labels=labels,
            annotations={**details, **_annotations(doc, alert, alert_id, fingerprint)},
            fallbacks={"service": [labels.get("entity")]},
        )
    ]


def _updated(alert: dict[str, Any], ctx: AdaptContext, where: str) -> datetime:
    """When the action was taken: ``updatedAt``, else the ``sc-event-time`` header or arrival."""
    raw = alert.get("updatedAt")
    if raw is not None:
        return epoch_time(raw, f"{where}.updatedAt")
    return ctx.event_time(where, "no time of the action; expected 'updatedAt'")


def _ack(doc: dict[str, Any], alert: dict[str, Any], fingerprint: str, at: datetime, ctx: AdaptContext) -> AuditEntry:
    workspace = ctx.resolve(tag_labels(split_tags(alert.get("tags"), f"{WHAT}: alert.tags")), "workspace")
    return AuditEntry(
        id=make_id("audit", workspace, SOURCE, "ack", fingerprint, at.isoformat()),
        workspace_id=workspace,
        action="ack",
        actor=text(alert, "username") or text(doc.get("source"), "name"),
        target=fingerprint,
        timestamp=at,
        comment=text(alert, "note"),
        source=SOURCE,
    )


def _labels(alert: dict[str, Any], where: str) -> dict[str, str]:
    """The alert's ``key:value`` tags, with its ``priority`` and ``entity``."""
    labels = tag_labels(split_tags(alert.get("tags"), f"{where}.tags"))
    for key in ("priority", "entity"):
        value = text(alert, key)
        if value is not None:
            labels.setdefault(key, value)
    return labels


def _details(value: Any, what: str) -> dict[str, str]:
    """``details`` (Create only, when the integration adds them): scalars as text, nested values as JSON."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise AdaptError(f"{what} is {type(value).__name__}, expected an object")
    return {str(k): v if isinstance(v, str) else render_json(v) for k, v in value.items()}


def _annotations(doc: dict[str, Any], alert: dict[str, Any], alert_id: str, fingerprint: str) -> dict[str, str]:
    source = doc.get("source")
    teams = alert.get("teams")
    return {
        "summary": text(alert, "message") or "",
        "description": text(alert, "description") or "",
        "alert_id": alert_id,
        "tiny_id": str(alert.get("tinyId") or ""),
        "alias": fingerprint if fingerprint != alert_id else "",
        "tags": ",".join(split_tags(alert.get("tags"), f"{WHAT}: alert.tags")),
        "teams": ",".join(t for t in teams if isinstance(t, str)) if isinstance(teams, list) else "",
        "username": text(alert, "username") or "",
        "alert_source": text(alert, "source") or "",
        "action_source": "/".join(filter(None, (text(source, "type"), text(source, "name")))),
        "integration_name": text(doc, "integrationName") or "",
    }
