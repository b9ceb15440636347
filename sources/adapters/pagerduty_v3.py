"""PagerDuty V3 webhooks (webhook subscriptions) as resolutions: resolved incidents and resolution notes.

A V3 webhook carries one ``event``: ``event_type``, ``occurred_at``, ``agent`` (who did
it) and ``data``, whose shape depends on the type. Two types say how an incident ended:

- ``incident.resolved``: ``data`` is the incident, with its ``incident_key``. An incident
  opened through the Events API v2 has the event's ``dedup_key`` as its key, and the
  ``pagerduty-events`` alert adapter uses that same ``dedup_key`` as the alert's
  fingerprint, so the resolution names its alert group by ``fingerprint`` =
  ``incident_key``. The webhook says who resolved it and when, not how: its ``fix`` reads
  ``Resolved in PagerDuty by <agent>``.
- ``incident.annotated``: ``data`` is the note (``content``) and a reference to its
  incident that carries the incident's id only, not its key. A note is a resolution when
  it has a ``Fix:`` (or ``Resolution:``) line; a ``Root cause:`` line is its root cause,
  and it names its alert by an ``Incident key:`` (or ``Dedup key:``) line, or by the
  ``sc-fingerprint`` header a bridge that looked the incident up may set.

Anything else is refused with the reason (and so becomes a dead letter): other event
types, an incident resolved by merging it into another (a merge is not a fix), an
incident without a key, a note without a fix or without a key.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from signalcraft.models import Resolution, make_id
from signalcraft.models.common import Record
from signalcraft.sources.adapters.base import AdaptContext, AdaptError, parse_time, register, require

SOURCE = "pagerduty-v3-webhook"
RESOLVED, ANNOTATED = "incident.resolved", "incident.annotated"
FINGERPRINT_HEADER = "sc-fingerprint"
"""Header naming the alert fingerprint a resolution attaches by, for notes whose body has none."""

_MARKER = re.compile(r"^\s*(root cause|fix|resolution|incident key|dedup key)\s*:\s*", re.IGNORECASE)
_SECTION = {"root cause": "root_cause", "fix": "fix", "resolution": "fix", "incident key": "key", "dedup key": "key"}
_URL = re.compile(r"https?://[^\s<>\"'`]+")


def note_sections(content: str) -> dict[str, str]:
    """The marked parts of a note: ``root_cause``, ``fix`` and ``key`` (the incident key).

    A marker (``Root cause:``, ``Fix:`` or ``Resolution:``, ``Incident key:`` or ``Dedup
    key:``, in any case) starts a line; the unmarked lines after a root cause or a fix
    continue it, a key is the rest of its own line. A repeated marker adds a line. Text
    before the first marker is not used.

    >>> note_sections("Rolled back.\\nRoot cause: pool max 4\\nFix: back to v2.13.2\\n  then pinned")
    {'root_cause': 'pool max 4', 'fix': 'back to v2.13.2\\nthen pinned'}
    >>> note_sections("incident key: `checkout-payments-timeouts`\\nlooking into it")
    {'key': 'checkout-payments-timeouts'}
    """
    parts: dict[str, list[str]] = {}
    current: str | None = None
    for line in content.splitlines():
        marker = _MARKER.match(line)
        if marker is not None:
            current = _SECTION[marker.group(1).lower()]
            line = line[marker.end():]
        elif current == "key":
            current = None
        if current is not None and line.strip():
            parts.setdefault(current, []).append(line.strip().strip("`'\"") if current == "key" else line.strip())
    if "key" in parts:
        parts["key"] = parts["key"][:1]
    return {name: "\n".join(lines) for name, lines in parts.items()}


def _is_v3_webhook(doc: Any, ctx: AdaptContext) -> bool:
    event = doc.get("event") if isinstance(doc, dict) else None
    return (
        isinstance(event, dict) and isinstance(event.get("event_type"), str) and "occurred_at" in event
        and "data" in event
    )


@register(SOURCE, "resolutions", _is_v3_webhook)
def parse_pagerduty_v3(doc: Any, ctx: AdaptContext) -> list[Record]:
    """A PagerDuty V3 webhook: ``incident.resolved`` or a resolution note (``incident.annotated``).

    ``resolved_at`` is the event's ``occurred_at``, ``resolved_by`` its agent's
    ``summary``, ``links`` the incident's ``html_url`` (and a note's own URLs). The
    workspace is the ``sc-workspace`` header's, else the default. The id is the incident
    and the time it resolved, or the note's id, so a redelivery is the same record.
    """
    what = "pagerduty v3 webhook"
    event = require(doc, "event", dict, what)
    kind = require(event, "event_type", str, f"{what}: event")
    if kind not in (RESOLVED, ANNOTATED):
        raise AdaptError(
            f"{what}: event_type {kind!r} says nothing about how an incident ended; accepted: "
            f"{RESOLVED!r} and {ANNOTATED!r} (a note with a 'Fix:' line)"
        )
    at = parse_time(require(event, "occurred_at", str, f"{what}: event"), f"{what}: event.occurred_at")
    data = require(event, "data", dict, f"{what}: event")
    who = _text(event.get("agent"), "summary")
    workspace = ctx.resolve({}, "workspace")
    if kind == RESOLVED:
        return [_resolved(data, at, who, workspace, ctx)]
    return [_note(data, at, who, workspace, ctx)]


def _resolved(data: dict[str, Any], at: datetime, who: str | None, workspace: str, ctx: AdaptContext) -> Resolution:
    what = f"{RESOLVED}: data"
    _expect_type(data, "incident", what)
    incident = require(data, "id", str, what)
    merged = _merged_into(data.get("resolve_reason"))
    if merged is not None:
        raise AdaptError(
            f"{RESOLVED}: incident {incident} was resolved by merging it into incident {merged}; "
            "a merge is not a fix, so there is no resolution to keep"
        )
    key = ctx.header(FINGERPRINT_HEADER) or _text(data, "incident_key")
    if key is None:
        raise AdaptError(
            f"{RESOLVED}: incident {incident} has no incident_key (and there is no {FINGERPRINT_HEADER} header), "
            "so it names no alert group"
        )
    url = _text(data, "html_url")
    return Resolution(
        id=make_id("resolution", workspace, SOURCE, "resolved", incident, at.isoformat()),
        workspace_id=workspace,
        fingerprint=key,
        resolved_at=at,
        fix=f"Resolved in PagerDuty by {who}" if who else "Resolved in PagerDuty",
        links=(url,) if url else (),
        resolved_by=who,
        source=SOURCE,
    )


def _note(data: dict[str, Any], at: datetime, who: str | None, workspace: str, ctx: AdaptContext) -> Resolution:
    what = f"{ANNOTATED}: data"
    _expect_type(data, "incident_note", what)
    note = require(data, "id", str, what)
    incident = require(require(data, "incident", dict, what), "id", str, f"{what}.incident")
    content = require(data, "content", str, what)
    sections = note_sections(content)
    where = f"{ANNOTATED}: note {note} on incident {incident}"
    if not sections.get("fix"):
        raise AdaptError(f"{where} has no 'Fix:' (or 'Resolution:') line; only a note that says what fixed "
                         "the incident is a resolution")
    key = ctx.header(FINGERPRINT_HEADER) or sections.get("key")
    if not key:
        raise AdaptError(
            f"{where} names no alert: PagerDuty's note carries the incident's id, not its incident_key; "
            f"expected an 'Incident key:' line in the note or an {FINGERPRINT_HEADER} header"
        )
    links = [_text(data["incident"], "html_url"), *(u.rstrip(".,;:)]") for u in _URL.findall(content))]
    return Resolution(
        id=make_id("resolution", workspace, SOURCE, "note", incident, note),
        workspace_id=workspace,
        fingerprint=key,
        resolved_at=at,
        root_cause=sections.get("root_cause"),
        fix=sections["fix"],
        links=tuple(dict.fromkeys(link for link in links if link)),
        resolved_by=who,
        source=SOURCE,
    )


def _expect_type(data: dict[str, Any], expected: str, what: str) -> None:
    found = data.get("type", expected)
    if found != expected:
        raise AdaptError(f"{what}: type is {found!r}, expected {expected!r}")


def _merged_into(reason: Any) -> str | None:
    """The incident a ``merge_resolve_reason`` names (``"another incident"`` if none), else ``None``."""
    if not isinstance(reason, dict) or reason.get("type") != "merge_resolve_reason":
        return None
    return _text(reason.get("incident"), "id") or "another incident"


def _text(obj: Any, key: str) -> str | None:
    """``obj[key]`` when ``obj`` is an object and the value a non-blank string, stripped."""
    value = obj.get(key) if isinstance(obj, dict) else None
    return value.strip() if isinstance(value, str) and value.strip() else None
