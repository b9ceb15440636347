"""One incident's facts as the store holds them: the read model the incident memory and the brief share.

An incident is an alert group. Its facts come from the store's tables and views, read
for many groups at once (a few queries per chunk of groups, not a few per group):

- the group (``alert_groups``) and its member alerts (``alert_events`` by fingerprint,
  the latest state of each within the group's life);
- its candidate changes (``correlation_candidates``), the suspect first, and what the
  suspect deploy shipped (``deploy_commits``: commits, changed files, compare link);
- the early warnings before it (``incident_warnings``) and the log patterns that were
  new or rose in the hour before it (``incident_log_patterns``);
- its resolutions (``resolutions``).

Every function takes an open DuckDB connection (the flow's own cursor, or the query
side's read-only one) and reads only what exists: a store without log tables gives
incidents without log patterns.

>>> import duckdb
>>> facts_for(duckdb.connect(), ["g1"])
{}
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = ["Alert", "Candidate", "Commit", "IncidentFacts", "LogPattern", "Resolved", "WarningBefore",
           "facts_for", "signatures"]

CHUNK = 500
"""Groups read per query."""
MAX_ALERTS = 20
MAX_CANDIDATES = 3
MAX_WARNINGS = 5
MAX_PATTERNS = 5
MAX_COMMITS = 20


@dataclass(frozen=True)
class Alert:
    """One member alert at its latest state in the group."""

    name: str
    severity: str
    status: str
    starts_at: datetime
    labels: dict[str, str]
    summary: str
    description: str
    fingerprint: str
    runbook_url: str | None = None


@dataclass(frozen=True)
class Commit:
    sha: str
    message: str
    author: str | None
    files: tuple[str, ...]


@dataclass(frozen=True)
class Candidate:
    """A change that may have caused the incident; ``suspect`` marks the one the join named."""

    change_id: str
    rank: int
    score: float
    suspect: bool
    type: str
    source: str
    service: str | None
    version: str | None
    summary: str
    actor: str | None
    changed_at: datetime
    lag_s: float
    reasons: tuple[str, ...]
    details: dict[str, str]
    compare_url: str | None = None
    previous_revision: str | None = None
    commits: tuple[Commit, ...] = ()


@dataclass(frozen=True)
class WarningBefore:
    alertname: str | None
    service: str | None
    summary: str | None
    metric_key: str
    warned_at: datetime
    lead_min: float
    sigma: float


@dataclass(frozen=True)
class LogPattern:
    template: str
    example: str
    service: str
    lines: int
    errors: int
    is_new: bool
    rise: float


@dataclass(frozen=True)
class Resolved:
    id: str
    resolved_at: datetime
    root_cause: str | None
    fix: str
    links: tuple[str, ...]
    resolved_by: str | None
    source: str


@dataclass(frozen=True)
class IncidentFacts:
    """Everything the store knows of one alert group."""

    group_id: str
    workspace_id: str
    project: str
    environment: str
    service: str
    group_key: str
    group_labels: dict[str, str]
    status: str
    opened_at: datetime
    updated_at: datetime
    resolved_at: datetime | None
    alert_count: int
    max_severity: str
    version: int
    alerts: tuple[Alert, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    warnings: tuple[WarningBefore, ...] = ()
    patterns: tuple[LogPattern, ...] = ()
    resolutions: tuple[Resolved, ...] = field(default=())

    @property
    def suspect(self) -> Candidate | None:
        return next((c for c in self.candidates if c.suspect), None)

    @property
    def alertnames(self) -> tuple[str, ...]:
        """Member alert names, most severe first, each once."""
        ordered = sorted(self.alerts, key=lambda a: (_SEVERITY.get(a.severity, 9), a.starts_at, a.name))
        return tuple(dict.fromkeys(a.name for a in ordered))


_SEVERITY = {"critical": 0, "error": 1, "warning": 2, "info": 3}


def facts_for(con: Any, group_ids: Iterable[str]) -> dict[str, IncidentFacts]:
    """The facts of each group in ``group_ids`` that the store holds, by group id."""
    ids = list(dict.fromkeys(group_ids))
    tables = _relations(con)
    if "alert_groups" not in tables:
        return {}
    out: dict[str, IncidentFacts] = {}
    for start in range(0, len(ids), CHUNK):
        out.update(_chunk(con, tables, ids[start:start + CHUNK]))
    return out


def signatures(con: Any, ids: Sequence[str] | None = None) -> dict[str, str]:
    """Per group id (all, or those of ``ids``), a short text that changes whenever the group,
    its candidates or its resolutions change: what the incident memory compares to find
    stale documents."""
    tables = _relations(con)
    if "alert_groups" not in tables:
        return {}
    corr = ("(SELECT group_id, max(version) AS v FROM correlations GROUP BY group_id)"
            if "correlations" in tables else "(SELECT NULL::VARCHAR AS group_id, NULL::INTEGER AS v)")
    res = ("(SELECT group_id, count(*) AS n, max(resolved_at) AS t FROM resolutions "
           "WHERE group_id IS NOT NULL GROUP BY group_id)"
           if "resolutions" in tables else "(SELECT NULL::VARCHAR AS group_id, 0 AS n, NULL::TIMESTAMPTZ AS t)")
    where, params = ("WHERE g.id IN (SELECT unnest(?::VARCHAR[]))", [list(ids)]) if ids is not None else ("", [])
    rows = con.execute(
        f"SELECT g.id, concat_ws(':', g.version, coalesce(c.v, 0), coalesce(r.n, 0), coalesce(epoch_ms(r.t), 0)) "
        f"FROM alert_groups AS g LEFT JOIN {corr} AS c ON c.group_id = g.id "
        f"LEFT JOIN {res} AS r ON r.group_id = g.id {where}", params).fetchall()
    return dict(rows)


def _relations(con: Any) -> set[str]:
    rows = con.execute("SELECT table_name FROM duckdb_tables() UNION ALL SELECT view_name FROM duckdb_views()")
    return {r[0] for r in rows.fetchall()}


def _chunk(con: Any, tables: set[str], ids: Sequence[str]) -> dict[str, IncidentFacts]:
    groups = _rows(con, "SELECT * FROM alert_groups WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(ids)])
    if not groups:
        return {}
    alerts = _alerts(con, tables, ids)
    candidates = _candidates(con, tables, ids)
    warnings = _warnings(con, tables, ids)
    patterns = _patterns(con, tables, ids)
    resolutions = _resolutions(con, tables, ids)
    out = {}
    for g in groups:
        gid = g["id"]
        out[gid] = IncidentFacts(
            group_id=gid, workspace_id=g["workspace_id"], project=g["project"], environment=g["environment"],
            service=g["service"], group_key=g["group_key"], group_labels=dict(g["group_labels"] or {}),
            status=g["status"], opened_at=g["opened_at"], updated_at=g["updated_at"], resolved_at=g["resolved_at"],
            alert_count=g["alert_count"], max_severity=g["max_severity"], version=g["version"],
            alerts=tuple(alerts.get(gid, ())), candidates=tuple(candidates.get(gid, ())),
            warnings=tuple(warnings.get(gid, ())), patterns=tuple(patterns.get(gid, ())),
            resolutions=tuple(resolutions.get(gid, ())),
        )
    return out


def _alerts(con: Any, tables: set[str], ids: Sequence[str]) -> dict[str, list[Alert]]:
    if "alert_events" not in tables:
        return {}
    rows = _rows(con, """
        WITH g AS (SELECT id, workspace_id, project, environment, unnest(fingerprints) AS fingerprint, opened_at,
                          coalesce(resolved_at, 'infinity'::TIMESTAMPTZ) AS until
                   FROM alert_groups WHERE id IN (SELECT unnest(?::VARCHAR[])))
        SELECT g.id AS group_id, e.name, e.severity, e.status, e.starts_at, e.labels, e.fingerprint,
               coalesce(e.annotations['summary'], '') AS summary,
               coalesce(e.annotations['description'], e.annotations['message'], '') AS description,
               coalesce(e.annotations['runbook_url'], e.annotations['runbook']) AS runbook_url
        FROM g JOIN alert_events AS e
          ON e.workspace_id = g.workspace_id AND e.fingerprint = g.fingerprint
         AND e.project = g.project AND e.environment = g.environment
         AND e.starts_at BETWEEN g.opened_at AND g.until
        QUALIFY row_number() OVER (PARTITION BY g.id, e.fingerprint
                                   ORDER BY e.starts_at DESC, e.status = 'resolved' DESC, e.id) = 1
        ORDER BY g.id, e.starts_at, e.fingerprint
    """, [list(ids)])
    out: dict[str, list[Alert]] = {}
    for r in rows:
        bucket = out.setdefault(r.pop("group_id"), [])
        if len(bucket) < MAX_ALERTS:
            r["labels"] = dict(r["labels"] or {})
            bucket.append(Alert(**r))
    return out


def _candidates(con: Any, tables: set[str], ids: Sequence[str]) -> dict[str, list[Candidate]]:
    if "correlation_candidates" not in tables:
        return {}
    # the view correlation_candidates, spelled out with the groups' filter first: through the view
    # DuckDB ranks every group's correlations at each call (~120 ms a call at 13k correlations)
    rows = _rows(con, """
        WITH c AS (SELECT * FROM correlations WHERE group_id IN (SELECT unnest(?::VARCHAR[]))
                   QUALIFY version = max(version) OVER (PARTITION BY group_id) AND NOT withdrawn)
        SELECT c.group_id, c.change_id, c.rank, c.score, c.suspect, ch.type, ch.source, ch.service, ch.version,
               coalesce(ch.summary, '') AS summary, ch.actor, ch.timestamp AS changed_at, c.lag_s, c.reasons,
               ch.details
        FROM c LEFT JOIN change_events AS ch ON ch.id = c.change_id
        ORDER BY c.group_id, c.rank
    """, [list(ids)])
    shipped = _shipped(con, tables, [r["change_id"] for r in rows])
    out: dict[str, list[Candidate]] = {}
    for r in rows:
        bucket = out.setdefault(r.pop("group_id"), [])
        if len(bucket) >= MAX_CANDIDATES:
            continue
        r["reasons"], r["details"] = tuple(r["reasons"] or ()), dict(r["details"] or {})
        compare, previous, commits = shipped.get(r["change_id"], (None, None, ()))
        bucket.append(Candidate(**r, compare_url=compare, previous_revision=previous, commits=commits))
    return out


def _shipped(con: Any, tables: set[str], change_ids: list[str]) -> dict[str, tuple[Any, Any, tuple[Commit, ...]]]:
    if "deploy_commits" not in tables or not change_ids:
        return {}
    rows = _rows(con, """
        SELECT change_id, compare_url, previous_revision, sha, message, author, added, modified, removed
        FROM deploy_commits WHERE change_id IN (SELECT unnest(?::VARCHAR[]))
        ORDER BY change_id, committed_at DESC, sha
    """, [list(dict.fromkeys(change_ids))])
    out: dict[str, tuple[Any, Any, tuple[Commit, ...]]] = {}
    for r in rows:
        compare, previous, commits = out.get(r["change_id"], (r["compare_url"], r["previous_revision"], ()))
        if len(commits) < MAX_COMMITS:
            files = tuple(dict.fromkeys([*(r["added"] or ()), *(r["modified"] or ()), *(r["removed"] or ())]))
            commits = (*commits, Commit(r["sha"], r["message"] or "", r["author"], files))
        out[r["change_id"]] = (compare, previous, commits)
    return out


def _warnings(con: Any, tables: set[str], ids: Sequence[str]) -> dict[str, list[WarningBefore]]:
    if "incident_warnings" not in tables:
        return {}
    rows = _rows(con, """
        SELECT group_id, warning_alertname AS alertname, warning_service AS service, summary, metric_key,
               warned_at, lead_min, sigma
        FROM incident_warnings WHERE group_id IN (SELECT unnest(?::VARCHAR[]))
        QUALIFY row_number() OVER (PARTITION BY group_id ORDER BY same_service DESC, warned_at, warning_id)
                <= ?
        ORDER BY group_id, warned_at, warning_id
    """, [list(ids), MAX_WARNINGS])
    out: dict[str, list[WarningBefore]] = {}
    for r in rows:
        out.setdefault(r.pop("group_id"), []).append(WarningBefore(**r))
    return out


def _patterns(con: Any, tables: set[str], ids: Sequence[str]) -> dict[str, list[LogPattern]]:
    if "incident_log_patterns" not in tables:
        return {}
    rows = _rows(con, f"""
        SELECT group_id, template, example, service, lines, errors, is_new, rise
        FROM ({PATTERNS_OF_GROUPS}) WHERE rank <= ?
        ORDER BY group_id, rank
    """, [list(ids), MAX_PATTERNS])
    out: dict[str, list[LogPattern]] = {}
    for r in rows:
        out.setdefault(r.pop("group_id"), []).append(LogPattern(**r))
    return out


def _resolutions(con: Any, tables: set[str], ids: Sequence[str]) -> dict[str, list[Resolved]]:
    if "resolutions" not in tables:
        return {}
    rows = _rows(con, """
        SELECT group_id, id, resolved_at, root_cause, fix, links, resolved_by, source
        FROM resolutions WHERE group_id IN (SELECT unnest(?::VARCHAR[]))
        ORDER BY group_id, resolved_at, id
    """, [list(ids)])
    out: dict[str, list[Resolved]] = {}
    for r in rows:
        r["links"] = tuple(r["links"] or ())
        out.setdefault(r.pop("group_id"), []).append(Resolved(**r))
    return out


def pattern_hits(groups: str) -> str:
    """The common table expressions ``hits`` and ``judged`` of the view ``incident_log_patterns``
    (:mod:`signalcraft.sinks.views`) over ``groups``, a relation of alert groups: per group, the log templates of
    its workspace, project and environment in the hour before it opened, their lines and errors in that hour,
    their hourly rate over the 24 hours before, whether they were first seen in the hour, and the rise."""
    return f"""hits AS (
    SELECT
        g.id AS group_id,
        m.current_id AS template_id,
        e.service,
        count(*) FILTER (WHERE e.timestamp >= g.opened_at - INTERVAL 60 MINUTE) AS lines,
        count(*) FILTER (WHERE e.timestamp >= g.opened_at - INTERVAL 60 MINUTE AND e.is_error) AS errors,
        count(*) FILTER (WHERE e.timestamp < g.opened_at - INTERVAL 60 MINUTE) / 24.0 AS baseline_per_hour
    FROM {groups} AS g
    JOIN log_events AS e
        ON e.workspace_id = g.workspace_id
        AND e.project = g.project
        AND e.environment = g.environment
        AND e.timestamp BETWEEN g.opened_at - INTERVAL 25 HOUR AND g.opened_at
    JOIN log_template_current AS m ON m.id = e.template_id
    GROUP BY ALL
),
judged AS (
    SELECT
        h.*,
        t.first_seen >= g.opened_at - INTERVAL 60 MINUTE AS is_new,
        round((h.lines + 1) / (h.baseline_per_hour + 1), 2) AS rise
    FROM hits AS h
    JOIN {groups} AS g ON g.id = h.group_id
    JOIN log_templates AS t ON t.id = h.template_id
    WHERE h.lines > 0
)"""


PATTERN_RANK = """row_number() OVER (
        PARTITION BY j.group_id
        ORDER BY j.errors > 0 DESC, j.is_new DESC, j.rise DESC, j.lines DESC, j.template_id
    ) AS rank"""
"""A group's patterns in order: errors first, then new ones, then the steepest rise."""
PATTERN_KEPT = "j.is_new OR j.rise >= 2"
"""The judged patterns worth showing: new in the hour, or at least twice their rate."""

PATTERNS_OF_GROUPS = f"""
WITH chosen AS (SELECT * FROM alert_groups WHERE id IN (SELECT unnest(?::VARCHAR[]))),
{pattern_hits("chosen")}
SELECT
    j.group_id, j.service, j.template_id, t.template, j.lines, j.errors, j.rise, j.is_new, t.example,
    {PATTERN_RANK}
FROM judged AS j
JOIN log_templates AS t ON t.id = j.template_id
WHERE {PATTERN_KEPT}
"""
"""The view ``incident_log_patterns`` (:mod:`signalcraft.sinks.views`) for the groups of one parameter
only: the view matches every group's hour of logs before it filters (~4 s a call on the similar-incidents
corpus, whatever the number of groups asked for). The same rows and ranks for those groups; a test
compares the two."""


def _rows(con: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, values, strict=True)) for values in cur.fetchall()]
