"""What every page and its JSON answer: one function per resource, called with the reader's workspace.

A page renders exactly what its API returns: ``/incidents`` and ``/api/incidents`` call
:func:`incidents`, ``/incidents/{id}`` and ``/api/incidents/{id}`` call :func:`incident`,
the ask box's answer page and ``/api/ask`` call :func:`ask`. A request the functions cannot
answer raises :class:`ApiError` with the status and one line for the reader (never a path
or a stack trace).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from signalcraft.config import AskSettings, CopilotSettings, ServeSettings
from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.brief import SIMILAR, Brief
from signalcraft.copilot.runbook import draft
from signalcraft.copilot.similar import find_similar
from signalcraft.copilot.store import QueryTimeout
from signalcraft.copilot.times import moment
from signalcraft.web.chart import ChartData
from signalcraft.web.incidents import MAX_LIMIT, Filters, chart_data, incident_facts, list_incidents
from signalcraft.web.store import ReadStore

__all__ = ["ApiError", "IncidentView", "ask", "chart", "filters_from", "incident", "incidents", "parse_time"]

log = logging.getLogger(__name__)

MAX_QUESTION = 500
SEVERITIES = ("critical", "error", "warning", "info")


class ApiError(Exception):
    """A request answered with ``status`` and a short message (plus ``extra`` fields in JSON)."""

    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.extra = status, extra

    def as_json(self) -> dict[str, Any]:
        return {"error": str(self), **self.extra}


def incidents(store: ReadStore, workspace: str | None, params: Mapping[str, str]) -> dict[str, Any]:
    """The incident list: ``{"incidents": [...], "filters": {...}}``."""
    filters = filters_from(params)
    with store.cursor() as cur:
        rows = list_incidents(cur, workspace, filters)
    shown = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in vars(filters).items() if v is not None}
    return {"incidents": rows, "filters": shown}


@dataclass(frozen=True)
class IncidentView:
    """One incident: its brief (similar incidents and runbook when the memory is there) and its chart."""

    brief: Brief
    chart: ChartData
    similar_note: str | None = None
    """Why similar incidents are missing, when they are."""

    def as_json(self) -> dict[str, Any]:
        out = self.brief.as_json()
        out["headline"] = self.chart.headline
        out["chart"] = self.chart.as_json()
        out["chart_svg"] = f"/incidents/{self.brief.facts.group_id}/chart.svg"
        out["similar_available"] = self.similar_note is None
        out["similar_note"] = self.similar_note
        return out


def incident(store: ReadStore, workspace: str | None, group_id: str, settings: ServeSettings | None = None,
             copilot: CopilotSettings | None = None) -> IncidentView:
    """Incident ``group_id`` as the reader may see it; another workspace's is 404 like a missing one."""
    settings = settings or ServeSettings()
    with store.cursor() as cur:
        facts = _facts(cur, group_id, workspace)
        chart = chart_data(cur, facts, settings.chart_before_min, settings.chart_after_min)
        memory, note = store.memory(cur)
        similar, runbook = [], None
        if memory is not None:
            try:  # as the brief: the group's own workspace bounds the search (and whom it shares with)
                copilot = copilot or CopilotSettings()
                found = find_similar(memory, group_id=group_id, k=20, settings=copilot, workspace=facts.workspace_id)
                book = draft(memory, group_id=group_id, settings=copilot, similar=found, workspace=facts.workspace_id)
                similar, runbook = found[:SIMILAR], book if book and book.incidents >= 2 else None
            except (LookupError, RuntimeError, ValueError, OSError) as e:  # memory, model or table failed
                log.warning("incident %s: similar incidents unavailable: %s", group_id, e)
                note = "similar incidents are unavailable for this incident (the incident memory could not answer)"
    return IncidentView(Brief(facts, similar, runbook), chart, note)


def chart(store: ReadStore, workspace: str | None, group_id: str, settings: ServeSettings | None = None) -> ChartData:
    """Only the chart of incident ``group_id`` (what ``/incidents/{id}/chart.svg`` draws)."""
    settings = settings or ServeSettings()
    with store.cursor() as cur:
        return chart_data(cur, _facts(cur, group_id, workspace), settings.chart_before_min, settings.chart_after_min)


def _facts(cur, group_id: str, workspace: str | None):
    facts = incident_facts(cur, group_id, workspace)
    if facts is None:
        raise ApiError(404, f"no incident {group_id!r}")
    return facts


def ask(store: ReadStore, workspace: str | None, body: Mapping[str, Any],
        settings: AskSettings | None = None) -> dict[str, Any]:
    """A question in plain words answered with one gated SELECT within the reader's workspace."""
    question = body.get("question")
    if not isinstance(question, str) or not question.strip():
        raise ApiError(400, 'ask: no question; send {"question": "...", "now": "optional ISO 8601 time"}')
    question = question.strip()
    if len(question) > MAX_QUESTION:
        raise ApiError(400, f"ask: the question has {len(question)} characters; at most {MAX_QUESTION}")
    now = parse_time(body.get("now") or None, "now") or datetime.now(UTC)
    settings = settings or AskSettings()
    with store.cursor() as cur:
        asker = Asker(cur, workspace=workspace, zone=settings.time_zone, limit=settings.row_limit,
                      timeout_s=settings.timeout_s, vocabulary=store.vocabulary(cur, workspace))
        try:
            answer = asker.ask(question, now)
        except Refused as refused:
            raise ApiError(400, str(refused), kind=refused.kind, words=list(refused.words),
                           question=question) from None
        except QueryTimeout as e:
            raise ApiError(504, str(e), question=question) from None
    return {**answer.as_json(), "now": now.isoformat()}


def filters_from(params: Mapping[str, str]) -> Filters:
    """The list's query parameters: project, environment, since, until, status, severity, limit."""
    status = params.get("status") or None
    if status not in (None, "open", "resolved"):
        raise ApiError(400, f"status: {status!r} is not open or resolved")
    severity = params.get("severity") or None
    if severity not in (None, *SEVERITIES):
        raise ApiError(400, f"severity: {severity!r} is not one of {', '.join(SEVERITIES)}")
    limit = params.get("limit") or "50"
    if not limit.isdigit() or not 1 <= int(limit) <= MAX_LIMIT:
        raise ApiError(400, f"limit: {limit!r} is not a number from 1 to {MAX_LIMIT}")
    return Filters(project=params.get("project") or None, environment=params.get("environment") or None,
                   since=parse_time(params.get("since") or None, "since"),
                   until=parse_time(params.get("until") or None, "until"),
                   status=status, severity=severity, limit=int(limit))




def parse_time(text: str | None, name: str, now: datetime | None = None) -> datetime | None:
    """An ISO 8601 time (UTC when it names no zone; a date is its midnight) or an age (``30m``, ``24h``, ``7d``).

    >>> parse_time("2025-03-11T14:35:00Z", "since").isoformat()
    '2025-03-11T14:35:00+00:00'
    >>> parse_time("2025-03-11", "since").isoformat()
    '2025-03-11T00:00:00+00:00'
    >>> parse_time("2h", "since", now=datetime(2025, 3, 11, 16, tzinfo=UTC)).isoformat()
    '2025-03-11T14:00:00+00:00'
    """
    if text is None:
        return None
    if not isinstance(text, str):
        raise ApiError(400, f"{name}: expected a time as text, such as 2025-03-11T14:35:00Z")
    try:
        return moment(text, now)
    except ValueError as e:
        raise ApiError(400, f"{name}: {e}") from None
