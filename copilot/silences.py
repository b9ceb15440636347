"""Silence suggestions recomputed from a DuckDB file: the backfill and ``signalcraft suggest-silences``.

Reads each workspace's ``audit_log``, ``alert_events``, ``alert_mutes`` and ``warnings``
of the mining horizon before ``now`` (default: the latest event in the file) into the
same :class:`~signalcraft.operators.silence_history.History` the flow keeps, and runs the
same :func:`~signalcraft.operators.silence_suggest.suggest`. The backtest's incidents are
what the store knows of them: alerts of a group with a suspect change or a resolution,
and critical alerts.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from signalcraft.copilot.store import open_read_only
from signalcraft.models import AlertEvent, AlertMute, AuditEntry, EarlyWarning, Matcher, SilenceSuggestion
from signalcraft.operators.silence_history import Firing, History
from signalcraft.operators.silence_suggest import suggest
from signalcraft.params import SilenceParams

__all__ = ["suggest_from_store"]


def suggest_from_store(
    db: str | Path,
    workspace: str | None = None,
    now: datetime | None = None,
    params: SilenceParams | None = None,
    raise_sigma: float = 3.0,
) -> list[SilenceSuggestion]:
    """Every current suggestion of ``workspace`` (all workspaces when ``None``) in the store."""
    p = params or SilenceParams()
    con = open_read_only(db)
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if "audit_log" not in tables:
            return []
        now = now or _latest(con, tables)
        if now is None:
            return []
        since = now - timedelta(weeks=p.windows.horizon_weeks + 1)
        spaces = [workspace] if workspace else [r[0] for r in con.execute(
            "SELECT DISTINCT workspace_id FROM audit_log ORDER BY 1").fetchall()]
        incidents = _incident_fingerprints(con, tables)
        out: list[SilenceSuggestion] = []
        for ws in spaces:
            history = History(horizon=now - since, max_items=p.max_items)
            history.add_all(_records(con, tables, ws, since, now))
            out += suggest(ws, history, now, p, lambda f: _incident(f, incidents), raise_sigma)
        return out
    finally:
        con.close()


def _records(con: Any, tables: set[str], ws: str, since: datetime, now: datetime) -> Iterable[object]:
    """The workspace's rows of the period as records (built without validation: they were
    validated on their way in)."""
    for row in _rows(con, "SELECT * FROM audit_log WHERE workspace_id = ? AND timestamp BETWEEN ? AND ? "
                          "ORDER BY timestamp", [ws, since, now]):
        row["matchers"] = tuple(Matcher.model_construct(**m) for m in row["matchers"])
        yield AuditEntry.model_construct(**row)
    if "alert_events" in tables:
        for row in _rows(con, "SELECT * FROM alert_events WHERE workspace_id = ? AND starts_at BETWEEN ? AND ? "
                              "ORDER BY starts_at", [ws, since, now]):
            row["labels"], row["annotations"] = dict(row["labels"]), dict(row["annotations"])
            yield AlertEvent.model_construct(**row)
    if "alert_mutes" in tables:
        for row in _rows(con, "SELECT * FROM alert_mutes WHERE workspace_id = ? AND observed_at BETWEEN ? AND ?",
                         [ws, since, now]):
            row["labels"] = dict(row["labels"])
            row["silenced_by"], row["inhibited_by"] = tuple(row["silenced_by"]), tuple(row["inhibited_by"])
            yield AlertMute.model_construct(**row)
    if "warnings" in tables:
        for row in _rows(con, "SELECT id, workspace_id, labels, metric_key, starts_at FROM warnings "
                              "WHERE workspace_id = ? AND starts_at BETWEEN ? AND ?", [ws, since, now]):
            row["labels"] = dict(row["labels"])
            yield EarlyWarning.model_construct(**row)


def _rows(con: Any, sql: str, params: list[Any]) -> Iterable[dict[str, Any]]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    while batch := cur.fetchmany(10_000):
        for values in batch:
            yield dict(zip(names, values, strict=True))


def _latest(con: Any, tables: set[str]) -> datetime | None:
    parts = ["SELECT max(timestamp) AS t FROM audit_log"]
    if "alert_events" in tables:
        parts.append("SELECT max(starts_at) FROM alert_events")
    return con.execute(f"SELECT max(t) FROM ({' UNION ALL '.join(parts)})").fetchone()[0]


def _incident_fingerprints(con: Any, tables: set[str]) -> set[str]:
    """Fingerprints of the alert groups the store counts as incidents: a suspect change or a resolution."""
    if "alert_groups" not in tables:
        return set()
    clauses = []
    if "correlations" in tables:
        clauses.append("id IN (SELECT group_id FROM correlations WHERE suspect)")
    if "resolutions" in tables:
        clauses.append("id IN (SELECT group_id FROM resolutions)")
    if not clauses:
        return set()
    rows = con.execute(f"SELECT DISTINCT unnest(fingerprints) FROM alert_groups WHERE {' OR '.join(clauses)}")
    return {r[0] for r in rows.fetchall()}


def _incident(f: Firing, incidents: set[str]) -> bool:
    return f.severity == "critical" or f.fingerprint in incidents
