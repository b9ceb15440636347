"""Alert payloads: Alertmanager webhook v4, Grafana, PagerDuty Events v2, native."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from signalcraft.models import AlertEvent, AuditEntry, make_id
from signalcraft.models.common import Record
from signalcraft.sources.adapters.base import (
    AdaptContext,
    AdaptError,
    normalize_severity,
    parse_optional_end,
    parse_time,
    register,
    require,
    str_map,
)
from signalcraft.sources.adapters.native import native


def label_fingerprint(labels: dict[str, str]) -> str:
    """A stable fingerprint of a label set, for senders that do not give one.

    >>> label_fingerprint({"b": "2", "a": "1"}) == label_fingerprint({"a": "1", "b": "2"})
    True
    """
    text = "\xff".join(f"{k}\xff{v}" for k, v in sorted(labels.items()))
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def alert_from_labels(
    ctx: AdaptContext,
    source: str,
    *,
    labels: dict[str, str],
    annotations: dict[str, str],
    status: str,
    starts_at: Any,
    ends_at: Any,
    fingerprint: str | None,
    generator_url: str | None,
    where: str,
) -> AlertEvent:
    """Build an AlertEvent from a Prometheus-style labelled alert (Alertmanager, Grafana)."""
    if status not in ("firing", "resolved"):
        raise AdaptError(f"{where}: status {status!r} is neither 'firing' nor 'resolved'")
    started = parse_time(starts_at, f"{where}.startsAt")
    ended = parse_optional_end(ends_at, f"{where}.endsAt")
    if status == "resolved" and ended is None:
        raise AdaptError(f"{where}: a resolved alert needs a real endsAt, got {ends_at!r}")
    fingerprint = fingerprint or label_fingerprint(labels)
    name = labels.get("alertname") or annotations.get("summary") or "unnamed"
    workspace = ctx.resolve(labels, "workspace")
    return AlertEvent(
        id=make_id("alert", workspace, source, fingerprint, status, started.isoformat()),
        workspace_id=workspace,
        project=ctx.resolve(labels, "project"),
        environment=ctx.resolve(labels, "environment"),
        service=ctx.resolve(labels, "service", labels.get("instance")),
        name=name,
        severity=normalize_severity(labels.get("severity")),
        status=status,
        labels=labels,
        annotations=annotations,
        fingerprint=fingerprint,
        starts_at=started,
        ends_at=ended,
        source=source,
        generator_url=generator_url or None,
    )


def _is_alertmanager(doc: Any, ctx: AdaptContext) -> bool:
    return (
        isinstance(doc, dict)
        and isinstance(doc.get("alerts"), list)
        and "groupKey" in doc
        and "orgId" not in doc
        and "state" not in doc
    )


@register("alertmanager", "alerts", _is_alertmanager)
def parse_alertmanager(doc: Any, ctx: AdaptContext) -> list[Record]:
    """Alertmanager webhook v4: one AlertEvent per alert, per-alert status."""
    require(doc, "alerts", list, "alertmanager webhook")
    version = doc.get("version")
    if version not in (None, "4"):
        raise AdaptError(f"webhook version {version!r} is not supported; expected '4'")
    return _labelled_alerts(doc, ctx, "alertmanager")


def _labelled_alerts(
    doc: Any, ctx: AdaptContext, source: str, extra: Callable[[dict[str, Any], dict[str, str]], None] | None = None
) -> list[Record]:
    """The ``alerts[]`` of an Alertmanager-shaped webhook; ``extra`` may add annotations."""
    alerts = require(doc, "alerts", list, f"{source} webhook")
    out: list[Record] = []
    for i, alert in enumerate(alerts):
        where = f"alerts[{i}]"
        if not isinstance(alert, dict):
            raise AdaptError(f"{where} is {type(alert).__name__}, expected an object")
        annotations = str_map(alert.get("annotations"), f"{where}.annotations")
        if extra is not None:
            extra(alert, annotations)
        out.append(
            alert_from_labels(
                ctx,
                source,
                labels=str_map(require(alert, "labels", dict, where), f"{where}.labels"),
                annotations=annotations,
                status=require(alert, "status", str, where),
                starts_at=require(alert, "startsAt", str, where),
                ends_at=alert.get("endsAt"),
                fingerprint=alert.get("fingerprint") or None,
                generator_url=alert.get("generatorURL"),
                where=where,
            )
        )
    return out


def _is_grafana(doc: Any, ctx: AdaptContext) -> bool:
    """Alertmanager's shape plus Grafana's ``orgId`` (or the older top-level ``state``)."""
    return isinstance(doc, dict) and isinstance(doc.get("alerts"), list) and ("orgId" in doc or "state" in doc)


_GRAFANA_LINKS = (
    ("silenceURL", "silence_url"),
    ("dashboardURL", "dashboard_url"),
    ("panelURL", "panel_url"),
    ("imageURL", "image_url"),
)


def _grafana_extras(alert: dict[str, Any], annotations: dict[str, str]) -> None:
    """Keep Grafana's links and the values that fired as annotations (never overriding the sender's)."""
    for key, name in _GRAFANA_LINKS:
        url = alert.get(key)
        if isinstance(url, str) and url:
            annotations.setdefault(name, url)
    values = alert.get("values")
    if isinstance(values, dict) and values:
        annotations.setdefault("values", render_json(values))
    value_string = alert.get("valueString")
    if isinstance(value_string, str) and value_string:
        annotations.setdefault("value_string", value_string)


@register("grafana", "alerts", _is_grafana)
def parse_grafana(doc: Any, ctx: AdaptContext) -> list[Record]:
    """Grafana unified-alerting webhook: Alertmanager's shape plus ``orgId``, links and values.

    ``silenceURL``/``dashboardURL``/``panelURL``/``imageURL`` become the annotations
    ``silence_url``/``dashboard_url``/``panel_url``/``image_url``; ``values`` (as JSON) and
    ``valueString`` become ``values``/``value_string``.
    """
    return _labelled_alerts(doc, ctx, "grafana", _grafana_extras)


def render_json(value: Any) -> str:
    """A JSON value as compact text, non-ASCII kept.

    >>> render_json({"B": 44.2, "C": 1, "zone": "eu-1"})
    '{"B":44.2,"C":1,"zone":"eu-1"}'
    """
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


_PD_ACTIONS = ("trigger", "acknowledge", "resolve")


def _is_pagerduty_event(doc: Any, ctx: AdaptContext) -> bool:
    return isinstance(doc, dict) and "event_action" in doc and "routing_key" in doc


@register("pagerduty-events", "alerts", _is_pagerduty_event)
def parse_pagerduty_event(doc: Any, ctx: AdaptContext) -> list[Record]:
    """PagerDuty Events API v2: ``trigger``/``resolve`` become AlertEvents, ``acknowledge`` an ack.

    The fingerprint is ``dedup_key`` (PagerDuty's own dedup key). Acknowledge and resolve
    bodies usually carry no ``payload``, so their time comes from the ``sc-event-time``
    header. ``routing_key`` is an integration secret: it is only ever hashed, never kept.
    """
    what = "pagerduty event"
    action = require(doc, "event_action", str, what)
    if action not in _PD_ACTIONS:
        raise AdaptError(f"{what}: event_action {action!r} is not one of {', '.join(_PD_ACTIONS)}")
    routing_key = require(doc, "routing_key", str, what)
    dedup_key = doc.get("dedup_key")
    if dedup_key is not None and not isinstance(dedup_key, str):
        raise AdaptError(f"{what}: 'dedup_key' is {type(dedup_key).__name__}, expected str")
    payload = doc.get("payload")
    if payload is None and action == "trigger":
        raise AdaptError(f"{what}: a trigger needs 'payload' with summary, source and severity")
    if payload is not None and not isinstance(payload, dict):
        raise AdaptError(f"{what}: 'payload' is {type(payload).__name__}, expected an object")
    if action != "trigger" and not dedup_key:
        raise AdaptError(f"{what}: {action} needs 'dedup_key' to name the alert it applies to")
    at = _pagerduty_time(payload, ctx, f"{what} ({action})")
    if action == "acknowledge":
        workspace = ctx.resolve({}, "workspace")
        return [
            AuditEntry(
                id=make_id("audit", workspace, "pagerduty-events", "ack", dedup_key, at.isoformat()),
                workspace_id=workspace,
                action="ack",
                target=dedup_key,
                timestamp=at,
                source="pagerduty-events",
            )
        ]
    if payload is None:
        return [_pagerduty_alert(ctx, "resolved", at, fingerprint=dedup_key, name=dedup_key, severity="none")]
    where = f"{what} payload"
    summary = require(payload, "summary", str, where)
    source = require(payload, "source", str, where)
    severity = require(payload, "severity", str, where)
    labels = {"severity": severity, "source": source}
    for key in ("component", "group", "class"):
        value = payload.get(key)
        if isinstance(value, str) and value:
            labels[key] = value
    details = payload.get("custom_details")
    annotations = {**_custom_details(details), "summary": summary}
    client = doc.get("client")
    if isinstance(client, str) and client:
        annotations.setdefault("client", client)
    fingerprint = dedup_key or _hash(routing_key, summary, source)
    status = "firing" if action == "trigger" else "resolved"
    client_url = doc.get("client_url")
    return [
        _pagerduty_alert(
            ctx,
            status,
            at,
            fingerprint=fingerprint,
            name=summary,
            severity=normalize_severity(severity),
            labels=labels,
            annotations=annotations,
            identity={**_scalar_strings(details), **labels},
            generator_url=client_url if isinstance(client_url, str) else None,
        )
    ]


def _pagerduty_time(payload: dict[str, Any] | None, ctx: AdaptContext, what: str) -> datetime:
    if payload is not None and payload.get("timestamp") is not None:
        return parse_time(payload["timestamp"], f"{what}: payload.timestamp")
    return ctx.event_time(what, "no event time; expected payload.timestamp")


def _pagerduty_alert(
    ctx: AdaptContext,
    status: str,
    at: datetime,
    *,
    fingerprint: str,
    name: str,
    severity: str,
    labels: dict[str, str] | None = None,
    annotations: dict[str, str] | None = None,
    identity: dict[str, str] | None = None,
    generator_url: str | None = None,
) -> AlertEvent:
    """``identity`` (labels plus scalar custom_details) is where workspace/project/... are looked up.

    Service falls back to ``component``, then ``source``; project to ``group``.
    """
    labels = labels or {}
    ident = identity or labels
    workspace = ctx.resolve(ident, "workspace")
    return AlertEvent(
        id=make_id("alert", workspace, "pagerduty-events", fingerprint, status, at.isoformat()),
        workspace_id=workspace,
        project=ctx.resolve(ident, "project", labels.get("group")),
        environment=ctx.resolve(ident, "environment"),
        service=ctx.resolve(ident, "service", labels.get("component"), labels.get("source")),
        name=name,
        severity=severity,
        status=status,
        labels=labels,
        annotations=annotations or {},
        fingerprint=fingerprint,
        starts_at=at,
        ends_at=at if status == "resolved" else None,
        source="pagerduty-events",
        generator_url=generator_url or None,
    )


def _custom_details(value: Any) -> dict[str, str]:
    """``custom_details`` as annotations: scalars as text, nested values as JSON."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        return {"custom_details": value if isinstance(value, str) else render_json(value)}
    return {str(k): v if isinstance(v, str) else render_json(v) for k, v in value.items()}


def _scalar_strings(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, str)}


def _hash(*parts: str) -> str:
    text = "\x1f".join(parts)
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


native(
    "signalcraft-alert",
    "alerts",
    AlertEvent,
    frozenset({"fingerprint", "starts_at", "status", "name"}),
    lambda d: make_id(
        "alert", d.get("workspace_id"), d.get("source"), d.get("fingerprint"), d.get("status"), d.get("starts_at")
    ),
)
