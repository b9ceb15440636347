"""What the incident list and the incident chart read from the store, within the reader's workspace.

Every query takes the reader's ``workspace`` (``None``: every workspace, when the app asks
for no token) and filters on it in SQL, so an incident of another workspace is never read,
listed or charted: asked for by id, it is as unknown as a missing one.

- :func:`list_incidents`: alert groups newest first, with their services, alert names and
  the suspect change in one line; filters by project, environment (any spelling of it:
  ``prod`` finds ``production``), opening time, status and severity.
- :func:`incident_facts`: one group's facts (the brief's read model), or ``None``.
- :func:`chart_data`: the chart of one group (:mod:`signalcraft.web.chart`): alerts per
  minute per service from ``timeline``, the changes of its project and environment, its
  early warnings (``incident_warnings``) and log-pattern surges (``incident_log_patterns``
  at their peak minute in ``log_pattern_counts``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from signalcraft.operators.incident_facts import Candidate, IncidentFacts, facts_for
from signalcraft.web.chart import Bar, ChangeMark, ChartData, Shade, Surge

__all__ = ["Filters", "chart_data", "incident_facts", "list_incidents", "suspect_words"]

MAX_LIMIT = 500
SURGES = 5
"""Log patterns marked on the chart (the incident's top-ranked)."""


@dataclass(frozen=True)
class Filters:
    """What the incident list is narrowed to; ``None`` is no filter."""

    project: str | None = None
    environment: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    status: str | None = None
    """``open`` or ``resolved``."""
    severity: str | None = None
    limit: int = 50


def list_incidents(con: Any, workspace: str | None, filters: Filters = Filters()) -> list[dict[str, Any]]:
    """Alert groups, newest first, as the list and ``/api/incidents`` show them."""
    tables = relations(con)
    if "alert_groups" not in tables:
        return []
    where, params = _where(con, workspace, filters)
    members = ("(SELECT list(DISTINCT e.{col} ORDER BY e.{col}) FROM alert_events AS e "
               "WHERE e.workspace_id = g.workspace_id AND list_contains(g.fingerprints, e.fingerprint))")
    suspect = ("s.change_id, s.change_type, s.change_summary, s.change_actor, s.lag_s"
               if "incident_suspects" in tables else
               "NULL AS change_id, NULL AS change_type, NULL AS change_summary, NULL AS change_actor, NULL AS lag_s")
    join = "LEFT JOIN incident_suspects AS s ON s.group_id = g.id" if "incident_suspects" in tables else ""
    sql = (f"SELECT g.id, g.workspace_id, g.project, g.environment, g.service, g.status, g.opened_at, "
           f"g.resolved_at, g.max_severity, g.alert_count, {members.format(col='service')} AS services, "
           f"{members.format(col='name')} AS alertnames, {suspect} "
           f"FROM (SELECT * FROM alert_groups WHERE {where} ORDER BY opened_at DESC, id LIMIT ?) AS g {join} "
           f"ORDER BY g.opened_at DESC, g.id")
    cur = con.execute(sql, [*params, max(1, min(filters.limit, MAX_LIMIT))])
    names = [d[0] for d in cur.description]
    return [_listed(dict(zip(names, row, strict=True))) for row in cur.fetchall()]


def _where(con: Any, workspace: str | None, f: Filters) -> tuple[str, list[Any]]:
    clauses, params = ["true"], []
    if workspace is not None:
        clauses.append("workspace_id = ?")
        params.append(workspace)
    if f.project:
        clauses.append("project = ?")
        params.append(f.project)
    if f.environment:
        clauses.append("lower(environment) IN (SELECT unnest(?::VARCHAR[]))")
        params.append(spellings(con, f.environment))
    if f.since:
        clauses.append("opened_at >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("opened_at < ?")
        params.append(f.until)
    if f.status == "open":
        clauses.append("status != 'resolved'")
    elif f.status == "resolved":
        clauses.append("status = 'resolved'")
    if f.severity:
        clauses.append("max_severity = ?")
        params.append(f.severity)
    return " AND ".join(clauses), params


def _listed(row: dict[str, Any]) -> dict[str, Any]:
    suspect = None
    if row["change_id"] is not None:
        suspect = {"change_id": row["change_id"], "type": row["change_type"], "summary": row["change_summary"],
                   "actor": row["change_actor"], "lag_s": row["lag_s"],
                   "text": suspect_words(row["change_summary"], row["change_actor"], row["lag_s"])}
    return {"id": row["id"], "workspace_id": row["workspace_id"], "project": row["project"],
            "environment": row["environment"], "service": row["service"],
            "services": list(row["services"] or [row["service"]]), "alertnames": list(row["alertnames"] or []),
            "severity": row["max_severity"], "status": "resolved" if row["status"] == "resolved" else "open",
            "opened_at": _utc(row["opened_at"]).isoformat(),
            "resolved_at": _utc(row["resolved_at"]).isoformat() if row["resolved_at"] else None,
            "alert_count": row["alert_count"], "suspect": suspect}


def incident_facts(con: Any, group_id: str, workspace: str | None) -> IncidentFacts | None:
    """The facts of ``group_id`` when the reader may see it, else ``None`` (missing or another workspace's)."""
    if "alert_groups" not in relations(con):
        return None
    where = "id = ?" + (" AND workspace_id = ?" if workspace is not None else "")
    params = [group_id] + ([workspace] if workspace is not None else [])
    if con.execute(f"SELECT count(*) FROM alert_groups WHERE {where}", params).fetchone()[0] == 0:
        return None
    return facts_for(con, [group_id]).get(group_id)


def suspect_words(summary: str | None, actor: str | None, lag_s: float | None) -> str:
    """The suspect change in one line: ``deployed payments-api v2.14.0 … by dpatel, 13 min before the first alert``.

    >>> suspect_words("deployed payments-api v2.14.0 (63544dc) to production", "dpatel", 782.4)
    'deployed payments-api v2.14.0 (63544dc) to production by dpatel, 13 min before the first alert'
    >>> suspect_words("flag on", None, -90)
    'flag on, 2 min after the first alert'
    """
    text = " ".join((summary or "a change").split())
    if actor:
        text += f" by {actor}"
    if lag_s is not None:
        text += f", {abs(lag_s) / 60:.0f} min {'before' if lag_s >= 0 else 'after'} the first alert"
    return text


def headline(facts: IncidentFacts) -> str:
    """The words above the chart."""
    s = facts.suspect
    if s is None:
        return "No suspect change: none scored high enough"
    return "Suspect: " + suspect_words(s.summary, s.actor, s.lag_s)


def chart_data(con: Any, facts: IncidentFacts, before_min: int = 60, after_min: int = 30) -> ChartData:
    """The chart of the incident ``facts`` describes: ``before_min`` minutes before it opened to ``after_min`` after."""
    opened = _utc(facts.opened_at)
    start = opened.replace(second=0, microsecond=0) - timedelta(minutes=before_min)
    end = opened.replace(second=0, microsecond=0) + timedelta(minutes=after_min + 1)
    tables = relations(con)
    same_env = set(spellings(con, facts.environment))
    names = ", ".join(facts.alertnames[:2]) or facts.group_key
    return ChartData(
        title=f"{names} on {facts.service} — {facts.project}/{facts.environment}",
        headline=headline(facts),
        start=start, end=end, opened_at=opened,
        bars=tuple(_bars(con, tables, facts, same_env, start, end)),
        changes=tuple(_changes(con, tables, facts, same_env, start, end)),
        shades=tuple(_shades(con, tables, facts, end)),
        surges=tuple(_surges(con, tables, facts, start, end)),
    )


def _bars(con: Any, tables: set[str], f: IncidentFacts, envs: set[str], start: datetime, end: datetime) -> list[Bar]:
    if "timeline" not in tables:
        return []
    rows = con.execute(
        "SELECT service, environment, bucket, alerts, critical_alerts FROM timeline WHERE workspace_id = ? "
        "AND project = ? AND bucket >= ? AND bucket <= ? AND alerts > 0 ORDER BY bucket, service",
        [f.workspace_id, f.project, start, end]).fetchall()
    return [Bar(service, _utc(bucket), int(alerts), int(critical))
            for service, env, bucket, alerts, critical in rows if env.lower() in envs]


def _changes(con: Any, tables: set[str], f: IncidentFacts, envs: set[str], start: datetime,
             end: datetime) -> list[ChangeMark]:
    kinds = {c.change_id: ("suspect" if c.suspect else "candidate") for c in f.candidates}
    rows = []
    if "change_events" in tables:
        rows = _rows(con, "SELECT id, type, phase, environment, service, version, summary, actor, timestamp, details "
                          "FROM change_events WHERE workspace_id = ? AND project = ? AND timestamp >= ? "
                          "AND timestamp <= ? ORDER BY timestamp, id", [f.workspace_id, f.project, start, end])
    seen: set[str] = set()
    marks = []
    for r in rows:
        if r["id"] not in kinds and r["environment"].lower() not in envs:
            continue
        seen.add(r["id"])
        marks.append(ChangeMark(_utc(r["timestamp"]), change_label(r), kinds.get(r["id"], "change"), _detail(r)))
    for c in f.candidates:  # a candidate the join named is drawn even when its row falls outside the query
        if c.change_id not in seen:
            marks.append(ChangeMark(_utc(c.changed_at), _candidate_label(c), kinds[c.change_id],
                                    f"{c.type}: {c.summary}" + (f" by {c.actor}" if c.actor else "")))
    return marks


def _shades(con: Any, tables: set[str], f: IncidentFacts, end: datetime) -> list[Shade]:
    """The incident's early warnings, overlapping episodes merged into one span."""
    if "incident_warnings" not in tables:
        return []
    rows = con.execute(
        "SELECT warned_at, warning_ended_at, coalesce(warning_alertname, 'warning'), coalesce(warning_service, ''), "
        "coalesce(summary, metric_key) FROM incident_warnings WHERE group_id = ? AND workspace_id = ? "
        "ORDER BY warned_at, warning_id", [f.group_id, f.workspace_id]).fetchall()
    spans: list[list[Any]] = []
    for warned, ended, name, service, summary in rows:
        s, e = _utc(warned), _utc(ended) if ended else end
        line = " ".join(filter(None, (f"{s:%H:%M}", name, service))) + f": {summary}"
        if spans and s <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], e)
            spans[-1][2].append(line)
        else:
            spans.append([s, e, [line]])
    return [Shade(start, stop, _episode_label(len(lines)), "\n".join(lines[:12])
                  + (f"\n… {len(lines) - 12} more" if len(lines) > 12 else ""))
            for start, stop, lines in spans]


def _episode_label(warnings: int) -> str:
    return "early warning" if warnings == 1 else f"early warnings ({warnings})"


def _surges(con: Any, tables: set[str], f: IncidentFacts, start: datetime, end: datetime) -> list[Surge]:
    if "incident_log_patterns" not in tables:
        return []
    peak = ("(SELECT first(c.minute ORDER BY c.lines DESC, c.minute) FROM log_pattern_counts AS c "
            "WHERE c.workspace_id = p.workspace_id AND c.project = p.project AND c.environment = p.environment "
            "AND c.service = p.service AND c.template_id = p.template_id "
            "AND c.minute BETWEEN p.opened_at - INTERVAL 60 MINUTE AND p.opened_at)"
            if "log_pattern_counts" in tables else "NULL")
    rows = _rows(con, f"SELECT p.template, p.service, p.lines, p.errors, p.is_new, p.rise, p.first_seen, "
                      f"{peak} AS peak FROM incident_log_patterns AS p WHERE p.group_id = ? AND p.workspace_id = ? "
                      f"ORDER BY p.rank LIMIT {SURGES}", [f.group_id, f.workspace_id])
    out = []
    for r in rows:
        at = _utc(r["peak"] or r["first_seen"])
        if not start <= at <= end:
            continue
        what = "new" if r["is_new"] else f"×{r['rise']:.1f}"
        out.append(Surge(at, f"{what} {r['service']}", f"log pattern ({what}, {r['lines']} lines, {r['errors']} "
                                                        f"errors) on {r['service']}: {r['template']}"))
    return out


_VERSION = re.compile(r"v?\d+(?:\.\d+)+\S*")
_SHA = re.compile(r"[0-9a-f]{12,}")
_WORD = {"deployment": "deploy", "flag_change": "flag", "config_update": "config"}


def change_label(r: dict[str, Any]) -> str:
    """A change in a few words for its marker.

    >>> change_label({"type": "deployment", "service": "payments-api", "phase": "live",
    ...               "version": "63544dc8fa959c59539ccb180845fe7c576e1e74", "details": {"ref": "v2.14.0"}})
    'deploy payments-api v2.14.0'
    >>> change_label({"type": "flag_change", "service": "checkout", "phase": "live", "version": "18",
    ...               "details": {"flag_key": "payments-retry-v2"}})
    'flag payments-retry-v2'
    >>> change_label({"type": "scale", "service": "payments-api", "phase": "requested", "version": "fqhk6xhg89",
    ...               "details": {}})
    'scale payments-api fqhk6xhg89 (requested)'
    """
    details = r.get("details") or {}
    kind = r["type"]
    if kind == "flag_change" and details.get("flag_key"):
        label = f"flag {details['flag_key']}"
    elif kind == "config_update" and details.get("key"):
        label = f"config {details['key']}"
    else:
        label = " ".join(filter(None, [_WORD.get(kind, kind.replace("_", " ")), r.get("service"),
                                       short_version(r.get("version"), details)]))
    phase = r.get("phase") or "live"
    return label + ("" if phase == "live" else f" ({phase.replace('_', ' ')})")


def short_version(version: str | None, details: dict[str, str]) -> str | None:
    """A release name when one is known (``v2.14.0``), else a short sha or the version as given."""
    for key in ("ref", "version", "target_revision"):
        if _VERSION.fullmatch(details.get(key) or ""):
            return details[key]
    image = details.get("images", "").split(",")[0]
    if ":" in image and _VERSION.fullmatch(image.rsplit(":", 1)[1]):
        return image.rsplit(":", 1)[1]
    if version and _SHA.fullmatch(version):
        return version[:7]
    return version[:16] if version else None


def _candidate_label(c: Candidate) -> str:
    return change_label({"type": c.type, "service": c.service, "phase": "live", "version": c.version,
                         "details": c.details})


def _detail(r: dict[str, Any]) -> str:
    at = _utc(r["timestamp"])
    who = f" by {r['actor']}" if r["actor"] else ""
    return f"{at:%H:%M:%S} {r['type']} ({r['phase']}): {r['summary']}{who}"


def spellings(con: Any, environment: str) -> list[str]:
    """The lower-case names of ``environment``: its canonical name and every alias of it (``environment_aliases``)."""
    env = environment.lower()
    aliases: dict[str, str] = {}
    if "environment_aliases" in relations(con):
        aliases = dict(con.execute("SELECT lower(alias), lower(canonical) FROM environment_aliases").fetchall())
    canonical = aliases.get(env, env)
    return sorted({env, canonical, *(a for a, c in aliases.items() if c == canonical)})


def relations(con: Any) -> set[str]:
    rows = con.execute("SELECT table_name FROM duckdb_tables() UNION ALL SELECT view_name FROM duckdb_views()")
    return {r[0] for r in rows.fetchall()}


def _rows(con: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _utc(at: datetime) -> datetime:
    return at.astimezone(UTC)
