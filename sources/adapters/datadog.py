"""Datadog monitor notifications sent through the Webhooks integration.

Datadog fills a JSON template of the user's choosing with ``$VARIABLES``. Two shapes are
read:

- the integration's default payload: ``body`` ($EVENT_MSG), ``last_updated``,
  ``event_type``, ``title`` ($EVENT_TITLE), ``date``, ``org`` {``id``, ``name``}, ``id``;
  the state is the title's prefix (``[Triggered on {host:web-1}] CPU high``);
- that payload with the alert variables added under their documented names:
  ``alert_id``, ``alert_title``, ``alert_transition``, ``alert_priority``,
  ``alert_scope``, ``alert_status``, ``alert_metric``, ``alert_type``, ``alert_query``,
  ``tags``, ``host_name`` (or ``hostname``), ``link``, ``aggreg_key`` and
  ``alert_cycle_key``; other keys are ignored.

A variable Datadog could not fill may arrive empty or as its own ``$NAME``; both count as
absent.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from signalcraft.models.common import Record
from signalcraft.sources.adapters.base import AdaptContext, AdaptError, normalize_severity, register
from signalcraft.sources.adapters.webhooks import epoch_time, split_tags, stable_hash, tag_labels, vendor_alert

SOURCE = "datadog"
WHAT = "datadog webhook"
_FIRING = {
    "triggered": "error", "re-triggered": "error", "renotify": "error",
    "warn": "warning", "re-warn": "warning", "no data": "warning", "re-no data": "warning",
}
_RESOLVED = "recovered"
_STATE = re.compile(r"(?i)(re-triggered|triggered|recovered|re-warn|warn|re-no data|no data|renotify)"
                    r"(?:\s+on\s+\{(.*)\})?")
_PRIORITY = re.compile(r"(?i)p[1-5]")
_PLACEHOLDER = re.compile(r"\$[A-Z][A-Z0-9_]*")
_KINDS = {"error": "error", "warning": "warning", "info": "info"}


def _is_datadog(doc: Any, ctx: AdaptContext) -> bool:
    if not isinstance(doc, dict):
        return False
    default = isinstance(doc.get("org"), dict) and "event_type" in doc and "date" in doc
    return default or ("alert_transition" in doc and "alert_id" in doc)


def read_title(title: str) -> tuple[str | None, str | None, str | None, str]:
    """``(transition, scope, priority, name)`` from a notification title's bracketed prefix.

    >>> read_title("[P2] [Triggered on {host:web-1,env:prod}] CPU high on web-1")
    ('triggered', 'host:web-1,env:prod', 'P2', 'CPU high on web-1')
    >>> read_title("[Recovered] [Memory Alert]")
    ('recovered', None, None, '[Memory Alert]')
    """
    transition = scope = priority = None
    rest = title.strip()
    while (m := re.match(r"\[([^\]]*)\]\s*", rest)) is not None:
        token = m.group(1).strip()
        state = _STATE.fullmatch(token)
        if _PRIORITY.fullmatch(token) and priority is None:
            priority = token.upper()
        elif state is not None and transition is None:
            transition, scope = state.group(1).lower(), state.group(2)
        else:
            break
        rest = rest[m.end():]
    return transition, scope, priority, rest.strip()


def _scope_tags(scope: str | None) -> list[str]:
    """A scope (``host:a, env:prod``) as sorted tags, so the title's and $ALERT_SCOPE's spelling agree."""
    return sorted(split_tags(scope, "alert_scope")) if scope else []


@register(SOURCE, "alerts", _is_datadog)
def parse_datadog(doc: Any, ctx: AdaptContext) -> list[Record]:
    """A Datadog monitor notification: ``Triggered``/``Warn``/``No Data`` (and their
    ``Re-`` repeats, ``Renotify``) fire, ``Recovered`` resolves.

    The fingerprint is the organisation, the monitor (``alert_id``, else the title without
    its prefix) and the scope, so a monitor's notifications for one host or group are one
    alert from trigger to recovery.
    """
    if not isinstance(doc, dict):
        raise AdaptError(f"{WHAT}: expected a JSON object, got {type(doc).__name__}")
    field = _Fields(doc)
    title = field.get("alert_title") or field.get("title")
    if title is None:
        raise AdaptError(f"{WHAT}: missing 'title' ($EVENT_TITLE) or 'alert_title' ($ALERT_TITLE)")
    transition, title_scope, title_priority, name = read_title(title)
    stated = field.get("alert_transition")
    transition = stated.lower() if stated else transition
    if transition is None:
        raise AdaptError(
            f"{WHAT}: no monitor state: expected 'alert_transition' ($ALERT_TRANSITION) or a title that "
            f"starts with [Triggered], [Recovered], [Warn] or [No Data]; the title is {title!r}"
        )
    if transition != _RESOLVED and transition not in _FIRING:
        raise AdaptError(
            f"{WHAT}: alert_transition {stated!r} is not a monitor state; expected one of "
            "Triggered, Re-Triggered, Warn, Re-Warn, No Data, Re-No Data, Renotify, Recovered"
        )
    if not name:
        raise AdaptError(f"{WHAT}: the title {title!r} names no monitor after its state prefix")
    status = "resolved" if transition == _RESOLVED else "firing"
    scope = _scope_tags(field.get("alert_scope") or title_scope)
    priority = (field.get("alert_priority") or title_priority or "").upper() or None
    org_id, org_name = _org(doc, field)
    labels = _labels(field, scope, priority)
    annotations = {"summary": name, **_annotations(field, transition, org_id, org_name, scope)}
    monitor = field.get("alert_id")
    return [
        vendor_alert(
            ctx,
            SOURCE,
            status=status,
            at=_time(field, ctx),
            fingerprint=stable_hash(SOURCE, org_id or "", monitor or name, ",".join(scope)),
            name=name,
            severity=_severity(priority, field.get("alert_type"), transition),
            labels=labels,
            annotations=annotations,
            fallbacks={"service": [labels.get("host")]},
            generator_url=field.get("link"),
        )
    ]


class _Fields:
    """Top-level string values of the payload; empty and unfilled (``$NAME``) ones are absent."""

    def __init__(self, doc: dict[str, Any], prefix: str = ""):
        self.doc = doc
        self.prefix = prefix

    def get(self, key: str) -> str | None:
        value = self.doc.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise AdaptError(f"{WHAT}: '{self.prefix}{key}' is {type(value).__name__}, expected a string")
        value = str(value).strip()
        return None if not value or _PLACEHOLDER.fullmatch(value) else value


def _org(doc: dict[str, Any], field: _Fields) -> tuple[str | None, str | None]:
    org = doc.get("org")
    if org is None:
        return field.get("org_id"), field.get("org_name")
    if not isinstance(org, dict):
        raise AdaptError(f"{WHAT}: 'org' is {type(org).__name__}, expected an object with id and name")
    inner = _Fields(org, "org.")
    return inner.get("id"), inner.get("name")


def _time(field: _Fields, ctx: AdaptContext) -> datetime:
    for key in ("date", "last_updated"):
        raw = field.get(key)
        if raw is not None:
            return epoch_time(raw, f"{WHAT}: {key}")
    return ctx.event_time(WHAT, "no time; expected 'date' ($DATE) or 'last_updated' ($LAST_UPDATED)")


def _labels(field: _Fields, scope: list[str], priority: str | None) -> dict[str, str]:
    labels = tag_labels(scope)
    for key, value in tag_labels(_tags(field)).items():
        labels.setdefault(key, value)
    extras = {
        "monitor_id": field.get("alert_id"),
        "metric": field.get("alert_metric"),
        "host": field.get("host_name") or field.get("hostname"),
        "priority": priority,
    }
    labels.update({k: v for k, v in extras.items() if v and k not in labels})
    return labels


def _tags(field: _Fields) -> list[str]:
    """``tags``: $TAGS (comma-separated text), or a list of tags in a template that builds one."""
    raw = field.doc.get("tags")
    if isinstance(raw, list):
        return [t for t in split_tags(raw, f"{WHAT}: tags") if not _PLACEHOLDER.fullmatch(t)]
    return split_tags(field.get("tags"), f"{WHAT}: tags")


def _annotations(
    field: _Fields, transition: str, org_id: str | None, org_name: str | None, scope: list[str]
) -> dict[str, str]:
    return {
        "description": field.get("body") or "",
        "status": field.get("alert_status") or "",
        "transition": transition,
        "scope": ",".join(scope),
        "query": field.get("alert_query") or "",
        "tags": ",".join(_tags(field)),
        "event_type": field.get("event_type") or "",
        "event_id": field.get("id") or "",
        "org_id": org_id or "",
        "org_name": org_name or "",
        "aggreg_key": field.get("aggreg_key") or "",
        "alert_cycle_key": field.get("alert_cycle_key") or "",
    }


def _severity(priority: str | None, alert_type: str | None, transition: str) -> str:
    """The monitor's priority (P1 critical … P4/P5 info), else its alert type, else by state."""
    if priority:
        return normalize_severity(priority)
    if alert_type and alert_type.lower() in _KINDS:
        return _KINDS[alert_type.lower()]
    return _FIRING.get(transition, "warning")
