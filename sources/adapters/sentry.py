"""Sentry issue alerts: the integration platform's webhooks and the legacy webhooks plugin.

Three bodies are read (the integration platform names its resource in the
``Sentry-Hook-Resource`` header; copied into the Kafka record as ``sentry-hook-resource``
it is checked, without it the shape decides):

- ``event_alert`` (an issue alert rule fired): ``action`` ``triggered``, ``data.event``
  (``issue_id``, ``title``, ``level``, ``datetime``, ``environment``, ``tags`` as
  ``[key, value]`` pairs, ``url``, ``web_url``, ``issue_url``, …) and
  ``data.triggered_rule``;
- ``issue`` with ``action`` ``resolved``: ``data.issue`` (``id``, ``title``, ``level``,
  ``project`` {``slug``}, ``lastSeen``, ``statusDetails``, …), the resolve of the alert
  an issue alert fired;
- the legacy plugin's body: ``id`` (the issue), ``project_slug``, ``level``, ``culprit``,
  ``message``, ``url``, ``triggering_rules`` and the ``event``.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from signalcraft.models.common import Record
from signalcraft.sources.adapters.base import (
    EVENT_TIME_HEADER,
    AdaptContext,
    AdaptError,
    normalize_severity,
    parse_time,
    register,
    require,
)
from signalcraft.sources.adapters.webhooks import epoch_time, text, vendor_alert

SOURCE = "sentry"
WHAT = "sentry webhook"
RESOURCE_HEADER = "sentry-hook-resource"
RESOURCES = ("event_alert", "issue")
"""The ``Sentry-Hook-Resource`` values read; the gateway may answer others without producing them."""
_PROJECT_IN_URL = re.compile(r"/projects/[^/]+/([^/]+)/")
_LEFT_OUT_TAGS = frozenset({"user"})
"""Tags not kept as labels: ``user`` names an end user (an id, e-mail or IP address)."""


def _is_sentry(doc: Any, ctx: AdaptContext) -> bool:
    if not isinstance(doc, dict):
        return False
    data = doc.get("data")
    if isinstance(data, dict) and "action" in doc:
        return (isinstance(data.get("event"), dict) and "triggered_rule" in data) or isinstance(data.get("issue"), dict)
    return isinstance(doc.get("event"), dict) and "project_slug" in doc and "triggering_rules" in doc


@register(SOURCE, "alerts", _is_sentry)
def parse_sentry(doc: Any, ctx: AdaptContext) -> list[Record]:
    """An issue alert fires an AlertEvent, an issue's ``resolved`` webhook resolves it.

    The fingerprint is the Sentry issue id, shared by the issue's alerts and its resolve.
    Workspace, project, environment and service come from the ``sc-*`` headers, else the
    service is the Sentry project's slug and the rest the defaults: never from the event,
    because the issue webhook that resolves the alert carries neither tags nor an
    environment (an issue spans every environment) and must name the same alert. The
    event's tags, ``environment`` among them, are its labels.
    """
    if not isinstance(doc, dict):
        raise AdaptError(f"{WHAT}: expected a JSON object, got {type(doc).__name__}")
    resource = ctx.header(RESOURCE_HEADER)
    if resource is not None and resource not in RESOURCES:
        raise AdaptError(f"{WHAT}: Sentry-Hook-Resource {resource!r} is not read; accepted: "
                         "event_alert (issue alerts) and issue (resolved)")
    data = doc.get("data")
    if isinstance(data, dict) and isinstance(data.get("event"), dict) and resource != "issue":
        return [_event_alert(doc, data, ctx)]
    if isinstance(data, dict) and "issue" in data:
        return [_resolved_issue(doc, data, ctx)]
    if isinstance(doc.get("event"), dict) and "project_slug" in doc:
        return [_plugin_alert(doc, ctx)]
    raise AdaptError(
        f"{WHAT}: expected an issue alert (data.event and data.triggered_rule), an issue webhook "
        "(data.issue) or a webhooks plugin body (project_slug and event)"
    )


def _event_alert(doc: dict[str, Any], data: dict[str, Any], ctx: AdaptContext) -> Record:
    where = f"{WHAT} (event_alert)"
    action = require(doc, "action", str, where)
    if action != "triggered":
        raise AdaptError(f"{where}: action {action!r} is not 'triggered', the only action of an issue alert")
    event = data["event"]
    slug = _slug_from_url(text(event, "url")) or _project_id(event.get("project"))
    rule = data.get("triggered_rule")
    return _alert(ctx, event, f"{where}: data.event", issue=_issue_id(event, "issue_id", f"{where}: data.event"),
                  slug=slug, rules=[rule] if isinstance(rule, str) else [],
                  url=text(event, "web_url"), issue_url=text(event, "issue_url"))


def _plugin_alert(doc: dict[str, Any], ctx: AdaptContext) -> Record:
    where = f"{WHAT} (plugin)"
    rules = doc.get("triggering_rules")
    event = dict(doc["event"])
    for key in ("level", "culprit", "message"):
        if event.get(key) in (None, "") and isinstance(doc.get(key), str):
            event[key] = doc[key]
    return _alert(ctx, event, f"{where}: event", issue=_issue_id(doc, "id", where),
                  slug=require(doc, "project_slug", str, where),
                  rules=[r for r in rules if isinstance(r, str)] if isinstance(rules, list) else [],
                  url=text(doc, "url"), issue_url=None)


def _alert(
    ctx: AdaptContext, event: dict[str, Any], where: str, *, issue: str, slug: str, rules: list[str],
    url: str | None, issue_url: str | None,
) -> Record:
    title = text(event, "title") or text(event, "message")
    if title is None:
        raise AdaptError(f"{where}: missing 'title' (the issue's name)")
    tags = _tags(event.get("tags"), f"{where}.tags")
    level = text(event, "level") or tags.get("level") or "error"
    labels = {k: v for k, v in tags.items() if k not in _LEFT_OUT_TAGS}
    labels.update({"level": level, "sentry_project": slug})
    if text(event, "environment"):
        labels.setdefault("environment", text(event, "environment"))
    annotations = {
        "summary": title,
        "culprit": text(event, "culprit") or "",
        "triggered_rule": ", ".join(rules),
        "issue_id": issue,
        "issue_url": issue_url or "",
        "event_id": text(event, "event_id") or "",
        "platform": text(event, "platform") or "",
        "release": text(event, "release") or tags.get("release", ""),
    }
    return vendor_alert(
        ctx, SOURCE, status="firing", at=_event_time(event, where), fingerprint=issue, name=title,
        severity=normalize_severity(level, "error"), labels=labels, annotations=annotations, identity={},
        fallbacks={"service": [slug]}, generator_url=url,
    )


def _resolved_issue(doc: dict[str, Any], data: dict[str, Any], ctx: AdaptContext) -> Record:
    where = f"{WHAT} (issue)"
    action = require(doc, "action", str, where)
    issue = require(data, "issue", dict, f"{where}: data")
    issue_id = _issue_id(issue, "id", f"{where}: data.issue")
    if action != "resolved":
        raise AdaptError(
            f"{where}: action {action!r} on issue {issue_id} is not read; an issue's alerts arrive as issue "
            "alerts (event_alert) and only 'resolved' ends one"
        )
    title = require(issue, "title", str, f"{where}: data.issue")
    project = issue.get("project")
    slug = text(project, "slug") or _project_id(project.get("id") if isinstance(project, dict) else None)
    level = text(issue, "level") or "error"
    return vendor_alert(
        ctx, SOURCE, status="resolved", at=_resolve_time(issue, ctx, where), fingerprint=issue_id, name=title,
        severity=normalize_severity(level, "error"), labels={"level": level, "sentry_project": slug},
        annotations={"summary": title, "issue_id": issue_id, "culprit": text(issue, "culprit") or "",
                     "resolved_by": text(doc.get("actor"), "name") or "",
                     "status_details": _status_details(issue.get("statusDetails"))},
        identity={}, fallbacks={"service": [slug]}, generator_url=text(issue, "web_url") or text(issue, "permalink"),
    )


def _issue_id(obj: dict[str, Any], key: str, where: str) -> str:
    value = require(obj, key, (str, int), where)
    if isinstance(value, bool) or not str(value).strip():
        raise AdaptError(f"{where}: {key!r} is {value!r}, expected the issue's id")
    return str(value).strip()


def _tags(value: Any, what: str) -> dict[str, str]:
    """Sentry's ``[[key, value], …]`` tags (or an object) as a mapping; the first value of a key wins."""
    if value is None:
        return {}
    pairs = value.items() if isinstance(value, dict) else value
    if not isinstance(value, (dict, list)):
        raise AdaptError(f"{what} is {type(value).__name__}, expected a list of [key, value] pairs")
    out: dict[str, str] = {}
    for i, pair in enumerate(pairs):
        if not (isinstance(pair, (list, tuple)) and len(pair) == 2 and all(isinstance(p, str) for p in pair)):
            raise AdaptError(f"{what}[{i}] is {pair!r}, expected a [key, value] pair of strings")
        out.setdefault(pair[0], pair[1])
    return out


def _event_time(event: dict[str, Any], where: str) -> datetime:
    if isinstance(event.get("datetime"), str):
        return parse_time(event["datetime"], f"{where}.datetime")
    if event.get("timestamp") is not None:
        return epoch_time(event["timestamp"], f"{where}.timestamp")
    raise AdaptError(f"{where}: no time; expected 'datetime' (RFC 3339) or 'timestamp' (epoch seconds)")


def _resolve_time(issue: dict[str, Any], ctx: AdaptContext, where: str) -> datetime:
    """The ``sc-event-time`` header, else the issue's ``lastSeen`` (its last event), else arrival."""
    if ctx.header(EVENT_TIME_HEADER) is None and isinstance(issue.get("lastSeen"), str):
        return parse_time(issue["lastSeen"], f"{where}: data.issue.lastSeen")
    return ctx.event_time(where, "no time; expected data.issue.lastSeen")


def _slug_from_url(url: str | None) -> str | None:
    """The project slug in an event's API URL.

    >>> _slug_from_url("https://sentry.io/api/0/projects/shop-inc/checkout/events/e48/")
    'checkout'
    """
    match = _PROJECT_IN_URL.search(url or "")
    return match.group(1) if match else None


def _project_id(value: Any) -> str:
    return f"sentry-project-{value}" if isinstance(value, (str, int)) and not isinstance(value, bool) else "unknown"


def _status_details(value: Any) -> str:
    """What a resolve says about its fix: ``inRelease``, ``inNextRelease``, ``inCommit``."""
    if not isinstance(value, dict):
        return ""
    parts = []
    if isinstance(value.get("inRelease"), str):
        parts.append(f"in release {value['inRelease']}")
    if value.get("inNextRelease") is True:
        parts.append("in the next release")
    commit = value.get("inCommit")
    if isinstance(commit, dict) and text(commit, "commit"):
        parts.append(f"in commit {text(commit, 'commit')}")
    return ", ".join(parts)
