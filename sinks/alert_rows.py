"""``alert_rows``: one row per alert, kept by the writer, behind the ``alerts`` view.

``alert_events`` holds a row per notification; an alert is a ``(workspace_id, fingerprint,
starts_at)``. Aggregating every notification at each read cost a query a second and more
at a million notifications, so the writer keeps the aggregate: in the transaction that
inserts notifications, the alerts they touch are deleted from ``alert_rows`` and computed
again from all their notifications (a replay computes the same rows). The batch's range
of ``starts_at`` bounds both statements, so they read only the row groups of that range.
A file made before this table existed gets it, filled, when the writer opens it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CREATE", "TABLE", "refresh"]

TABLE = "alert_rows"

_RANK = "CASE severity WHEN 'critical' THEN 4 WHEN 'error' THEN 3 WHEN 'warning' THEN 2 WHEN 'info' THEN 1 ELSE 0 END"
_AGGREGATE = f"""
SELECT
    e.workspace_id,
    e.fingerprint,
    e.starts_at,
    arg_min(project, status = 'resolved') AS project,
    arg_min(environment, status = 'resolved') AS environment,
    arg_min(service, status = 'resolved') AS service,
    arg_min(name, status = 'resolved') AS name,
    max({_RANK}) AS severity_rank,
    arg_max(severity, {_RANK}) AS severity,
    arg_min(labels, status = 'resolved') AS labels,
    arg_min(annotations, status = 'resolved') AS annotations,
    max(ends_at) FILTER (WHERE status = 'resolved') AS ends_at,
    CASE WHEN bool_or(status = 'resolved') THEN 'resolved' ELSE 'firing' END AS status,
    count(*) AS notifications,
    arg_min(source, status = 'resolved') AS source
FROM alert_events AS e {{join}}
{{where}}
GROUP BY e.workspace_id, e.fingerprint, e.starts_at"""

CREATE = f"CREATE TABLE IF NOT EXISTS {TABLE} AS" + _AGGREGATE.format(join="", where="")
"""Made, and filled from the notifications already there, when missing."""

_KEYS = "SELECT DISTINCT workspace_id, fingerprint, starts_at FROM {batch}"
_SAME = "{a}.workspace_id = t.workspace_id AND {a}.fingerprint = t.fingerprint AND {a}.starts_at = t.starts_at"


def refresh(con: Any, batch: str, low: Any, high: Any) -> None:
    """Recompute the alerts of the notifications in the registered view ``batch`` (whose
    ``starts_at`` lie in ``[low, high]``), in the caller's transaction."""
    keys = _KEYS.format(batch=batch)
    con.execute(f"DELETE FROM {TABLE} AS r USING ({keys}) AS t WHERE r.starts_at BETWEEN ? AND ? AND "
                + _SAME.format(a="r"), [low, high])
    con.execute(f"INSERT INTO {TABLE}" + _AGGREGATE.format(
        join=f"SEMI JOIN ({keys}) AS t ON " + _SAME.format(a="e"), where="WHERE e.starts_at BETWEEN ? AND ?"),
        [low, high])
