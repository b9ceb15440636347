"""Alert payloads: Alertmanager webhook v4, Grafana, PagerDuty Events v2, native."""

from __future__ import annotations

import hashlib
from typing import Any

from signalcraft.models import AlertEvent, make_id
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
    return AlertEvent(
        id=make_id("alert", source, fingerprint, status, started.isoformat()),
        workspace_id=ctx.resolve(labels, "workspace"),
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
    version = doc.get("version")
    if version not in (None, "4"):
        raise AdaptError(f"webhook version {version!r} is not supported; expected '4'")
    alerts = require(doc, "alerts", list, "alertmanager webhook")
    out: list[Record] = []
    for i, alert in enumerate(alerts):
        where = f"alerts[{i}]"
        if not isinstance(alert, dict):
            raise AdaptError(f"{where} is {type(alert).__name__}, expected an object")
        out.append(
            alert_from_labels(
                ctx,
                "alertmanager",
                labels=str_map(require(alert, "labels", dict, where), f"{where}.labels"),
                annotations=str_map(alert.get("annotations"), f"{where}.annotations"),
                status=require(alert, "status", str, where),
                starts_at=require(alert, "startsAt", str, where),
                ends_at=alert.get("endsAt"),
                fingerprint=alert.get("fingerprint") or None,
                generator_url=alert.get("generatorURL"),
                where=where,
            )
        )
    return out


native(
    "signalcraft-alert",
    "alerts",
    AlertEvent,
    frozenset({"fingerprint", "starts_at", "status", "name"}),
    lambda d: make_id("alert", d.get("source"), d.get("fingerprint"), d.get("status"), d.get("starts_at")),
)
