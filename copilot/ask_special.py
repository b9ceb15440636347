"""Answers with a shape of their own: the version live now, the latest row of each service, shares,
durations, services silenced now, silences edited or ended early.

Each function returns the SQL when the question is its kind, else ``None``; they run after the
joins and before the general shapes of :mod:`signalcraft.copilot.ask_shapes`.
"""

from __future__ import annotations

from signalcraft.copilot.ask_read import Reading
from signalcraft.copilot.ask_sql import COLUMNS, DIMENSIONS, Select, lit, number, plural, severity, ts

__all__ = ["special"]


def special(r: Reading, rel: str, q: Select) -> str | None:
    """The SQL of a question with a shape of its own (``q`` holds the relation and its filters)."""
    for answer in (_version_live, _edited, _latest_each, _share, _durations, _silenced_now):
        sql = answer(r, rel, q)
        if sql is not None:
            return sql
    return None


def _version_live(r: Reading, rel: str, q: Select) -> str | None:
    if rel != "change_events" or not r.phrase(r"\b(which|what) version\b|\bversion (is|of)\b.*\b(live|running|out)\b"):
        return None
    q.columns = ["version", "type", "actor", "timestamp"]
    q.where += ["type IN ('deployment', 'rollback')", "phase = 'live'", "source <> 'kubernetes-event'",
                f"timestamp <= {ts(r.now)}"]
    q.order, q.limit = ["timestamp DESC"], 1
    return q.sql()


def _edited(r: Reading, rel: str, q: Select) -> str | None:
    if rel != "silence_scopes":
        return None
    if r.has("edited", "edits", "changed", "updated", "modified"):
        return Select("silences", where=["versions > 1"]).sql()
    if r.phrase(r"\b(expired|ended|lifted|removed) (early|before)|\bearly\b"):
        return Select("silences", where=["expired_early"]).sql()
    if r.phrase(r"^who (expired|lifted|removed|ended)"):
        q.columns, q.distinct = ["expired_by"], True
        q.where.append("expired_by IS NOT NULL")
        return q.sql()
    return None


def _latest_each(r: Reading, rel: str, q: Select) -> str | None:
    """ "the last deploy of each service": one row per value, the latest."""
    m = r.phrase(r"\b(latest|last|most recent|newest|first|earliest)\b.*\b(of|for|per|on) (each|every) (\w+)")
    dim = DIMENSIONS.get(m[4]) if m else None
    cols = COLUMNS[rel]
    if dim is None or dim not in cols or cols[dim].startswith("*"):
        return None
    direction = "ASC" if m[1] in ("first", "earliest") else "DESC"
    q.where.append(f"{cols['time']} <= {ts(r.now)}")
    q.qualify = f"row_number() OVER (PARTITION BY {cols[dim]} ORDER BY {cols['time']} {direction}) = 1"
    return q.sql()


def _share(r: Reading, rel: str, q: Select) -> str | None:
    """ "what share of alerts are critical": a percentage, one decimal."""
    if not r.phrase(r"\b(percent|percentage|share|proportion|fraction|ratio|%)\b"):
        return None
    sev = severity(r)
    if sev is None or "severity" not in COLUMNS[rel]:
        return None
    column = COLUMNS[rel]["severity"]
    q.where = [w for w in q.where if not w.startswith(f"{column} =")]
    q.columns = [f"round(100.0 * count(*) FILTER (WHERE {column} = {lit(sev)}) / count(*), 1) AS percent"]
    return q.sql()


def _durations(r: Reading, rel: str, q: Select) -> str | None:
    if not r.has("longest", "shortest"):
        return None
    ends = {"alerts": ("starts_at", "ends_at"), "alert_groups": ("opened_at", "resolved_at"),
            "silence_scopes": ("starts_at", "ends_at")}.get(rel)
    if ends is None:
        return None
    start, end = ends
    q.columns = ["*", f"epoch({end}) - epoch({start}) AS seconds"]
    q.where.append(f"{end} IS NOT NULL")
    q.order = ["seconds DESC" if r.has("longest") else "seconds"]
    q.limit = number(r, 5 if plural(r) else 1)
    return q.sql()


def _silenced_now(r: Reading, rel: str, q: Select) -> str | None:
    if rel != "silence_scopes" or not r.phrase(r"\b(which|what) (services?|projects?)\b.*\b(silenced|muted)\b"):
        return None
    dim = "service" if r.has("service", "services") else "project"
    q.columns, q.distinct = [dim], True
    q.where += [f"{dim} IS NOT NULL", f"starts_at <= {ts(r.now)}", f"ends_at > {ts(r.now)}",
                f"(expired_at IS NULL OR expired_at > {ts(r.now)})"]
    return q.sql()
