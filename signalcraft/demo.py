"""``signalcraft demo``: the embedded default, end to end on this machine.

Starts the bundled broker, plays the bundled incident scenario through the
real topics in the real payload formats, runs the flows over it and prints what
landed where. The DuckDB file stays behind to explore.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TextIO

import duckdb
from bytewax.testing import run_main

from signalcraft.broker import EmbeddedBroker, create_topics, produce_all
from signalcraft.config import BrokerSettings, Settings, StoreSettings
from signalcraft.runtime import kafka_flow, tune_gc
from signalcraft.sinks.duckdb_writer import META_TABLE
from signalcraft.sources.scenario import Scenario, generate

log = logging.getLogger(__name__)

DEMO_MARK = "signalcraft demo"
TOP_PATTERNS, TOP_NEWS = 3, 3
"""Log patterns and "new error pattern" warnings shown for the incident's first critical group."""
TABLES = (
    "alert_events", "change_events", "audit_log", "alert_mutes", "metric_points", "log_events", "resolutions", "dlq",
    "alert_groups", "correlations", "warnings", "anomaly_models", "silence_suggestions",
)
SUGGESTION_KINDS = ("mute_time_interval", "inhibit_rule", "route", "sensitivity")
"""The order the demo shows silence suggestions in; all but ``sensitivity`` are Alertmanager config."""


def play(scenario: Scenario, settings: Settings) -> dict[str, int]:
    """Produce every scenario message to its topic, with its event time as the Kafka timestamp."""
    topics = {kind: getattr(settings.topics, kind) for kind in settings.topics.inputs().values()}
    counts: dict[str, int] = {}
    for msg in scenario.messages:
        counts[topics[msg.kind]] = counts.get(topics[msg.kind], 0) + 1
    produce_all(
        settings.broker.client_config(),
        ((topics[m.kind], m.key, m.value, m.headers, m.timestamp_ms) for m in scenario.messages),
    )
    return counts


def run_demo(db: Path, *, seed: int = 7, out: TextIO) -> None:
    """Run the whole demo and write the summary to ``out``."""
    t0 = time.monotonic()
    db = Path(db)

    def say(text: str = "") -> None:
        print(text, file=out, flush=True)

    if db.exists():
        if not _made_by_demo(db):
            raise RuntimeError(f"refusing to replace {db}: it is not a file signalcraft demo made; pass another --db")
        say(f"replacing the earlier demo file {db}")
    for stale in (db, db.with_name(db.name + ".wal")):
        stale.unlink(missing_ok=True)

    scenario = generate(seed=seed)
    say(f"scenario: {len(scenario.messages):,} messages (seed {seed})")
    with EmbeddedBroker() as broker:
        settings = Settings(
            broker=BrokerSettings(bootstrap_servers=broker.bootstrap_servers),
            store=StoreSettings(db_path=db, read_copy=False),
        )
        config = settings.broker.client_config()
        create_topics(config, [*settings.topics.inputs(), *settings.topics.outputs()], partitions=2)
        say(f"bundled broker on {broker.bootstrap_servers}; topics created")
        counts = play(scenario, settings)
        for topic, n in sorted(counts.items()):
            say(f"  produced {n:>7,} -> {topic}")
        flow = kafka_flow(settings, stop_at_end=True)
        t_flow = time.monotonic()
        tune_gc()
        run_main(flow)
        say(f"flow done in {time.monotonic() - t_flow:.1f}s")
    with duckdb.connect(str(db)) as con:
        con.execute(f"INSERT OR REPLACE INTO {META_TABLE} VALUES ('made_by', ?)", [DEMO_MARK])
    summarize(db, scenario, say)
    say(f"\ndone in {time.monotonic() - t0:.1f}s; explore it: duckdb {db}")


def _made_by_demo(db: Path) -> bool:
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            row = con.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'made_by'").fetchone()
    except duckdb.Error:
        return False
    return row is not None and row[0] == DEMO_MARK


def summarize(db: Path, scenario: Scenario, say) -> None:
    with duckdb.connect(str(db), read_only=True) as con:
        say(f"\nDuckDB {db}:")
        for table in TABLES:
            n = con.execute(f"select count(*) from {table}").fetchone()[0]
            say(f"  {table:<19} {n:>8,} rows")
        say("\ndead letters (bad input kept with the reason):")
        for topic, step, reason in con.execute(
            "select source_topic, step, any_value(reason) from dlq group by all order by all"
        ).fetchall():
            say(f"  {topic} [{step}] {reason[:110]}")
        _silences(con, db, scenario, say)
        truth = scenario.truth
        say("\nthe incident:")
        rows = con.execute(
            """
            select timestamp, type, source, service, coalesce(version, '') from change_events
            where project = ? and environment = ?
              and timestamp between ? - interval 30 minute and ? + interval 90 minute
            order by timestamp
            """,
            [truth.project, truth.environment, truth.deploy_time, truth.deploy_time],
        ).fetchall()
        for ts, typ, source, service, version in rows:
            say(f"  {ts:%Y-%m-%d %H:%M:%S} {typ:<13} {service:<16} {version[:12]:<12} ({source})")
        first = con.execute(
            "select min(starts_at) from alert_events "
            "where project = ? and environment = ? and severity = 'critical' and starts_at >= ?",
            [truth.project, truth.environment, truth.deploy_time],
        ).fetchone()[0]
        if first is not None:
            say(f"  first critical alert {first:%Y-%m-%d %H:%M:%S}")
        _warnings(con, truth, first, say)
        _suspects(con, truth, say)
        _patterns(con, truth, say)
        group = _first_critical_group(con, truth)
    _copilot(db, group, say)


def _first_critical_group(con: duckdb.DuckDBPyConnection, truth) -> str | None:
    row = con.execute(
        "select id from alert_groups where project = ? and environment = ? and opened_at >= ? "
        "order by max_severity = 'critical' desc, opened_at limit 1",
        [truth.project, truth.environment, truth.deploy_time]).fetchone()
    return row[0] if row else None


def _memory_line(db: Path, say) -> None:
    """What the flow's incident memory did (from the process's metrics)."""
    from signalcraft.copilot.memory import default_lance_dir
    from signalcraft.health import HEALTH

    def metric(name: str, **labels: str) -> float:
        return HEALTH.registry.get_sample_value(name, labels) or 0.0

    written = metric("signalcraft_memory_total", what="incidents_written")
    embedded = metric("signalcraft_memory_total", what="texts_embedded")
    hits = metric("signalcraft_memory_total", what="cache_hits")
    seconds = metric("signalcraft_memory_embed_seconds_total")
    rate = f", {embedded / seconds:.0f} texts/s" if seconds else ""
    ratio = f", cache hit ratio {hits / (hits + embedded):.2f}" if hits + embedded else ""
    say(f"\nincident memory {default_lance_dir(db)}: {written:.0f} incident rows written, {embedded:.0f} texts "
        f"embedded{rate}, {hits:.0f} served from the cache{ratio}")


def _copilot(db: Path, group: str | None, say) -> None:
    """The brief of the incident's first critical group: similar past incidents, their fixes, the runbook."""
    from signalcraft.copilot.brief import brief
    from signalcraft.copilot.memory import Memory
    from signalcraft.operators.embedding import CopilotUnavailable

    if group is None:
        return
    try:
        memory = Memory.open(db)
    except (CopilotUnavailable, LookupError) as e:
        say(f"\nno incident brief: {e}")
        return
    try:
        t0 = time.monotonic()
        b = brief(memory, group)
        took = time.monotonic() - t0
    finally:
        memory.close()
    _memory_line(db, say)
    say(f"\nthe incident brief (signalcraft brief {group} --db {db}; {took:.2f}s):\n")
    for line in b.text().splitlines():
        say(f"  {line}")


def _silences(con: duckdb.DuckDBPyConnection, db: Path, scenario: Scenario, say) -> None:
    """The silence suggestions mined from the weeks before the incident: each current one
    (the latest version of each id, still ``suggested``) with its sentence and confidence."""
    tables = {r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()}
    if "silence_suggestions" not in tables:
        return
    order = {kind: i for i, kind in enumerate(SUGGESTION_KINDS)}
    rows = con.execute(
        """
        select kind, text, confidence from (
            select *, row_number() over (partition by id order by version desc) as latest from silence_suggestions)
        where latest = 1 and status = 'suggested'
        order by id
        """
    ).fetchall()
    rows.sort(key=lambda r: order.get(r[0], len(order)))
    weeks = f"the {scenario.history_weeks} weeks" if scenario.history_weeks else "the days"
    if not rows:
        say(f"\nno silence suggestion from {weeks} of silences, acks and warnings before the incident")
        return
    say(f"\nsilence suggestions ({len(rows)}, mined from {weeks} of silences, acks and warnings before the incident):")
    for kind, text, confidence in rows:
        say(f"  {kind:<18} {confidence:.2f}  {text}")
    alertmanager = [kind for kind, _, _ in rows if kind != "sensitivity"]
    if alertmanager:
        say(f"  Alertmanager YAML of the {', '.join(dict.fromkeys(alertmanager))} suggestions: "
            f"signalcraft suggest-silences --db {db} --alertmanager")


def _warnings(con: duckdb.DuckDBPyConnection, truth, first_critical, say) -> None:
    """The early warnings of the incident: raised before its first critical alert, and by how much."""
    if first_critical is None:
        return
    found = con.execute(  # every series' warnings carry its project and environment labels
        """
        select starts_at, coalesce(labels['service'], labels['metric']), annotations['summary'], metric_key
        from warnings
        where starts_at between ? - interval 30 minute and ?
          and labels['project'] = ? and labels['environment'] = ?
        order by starts_at, metric_key
        """,
        [first_critical, first_critical, truth.project, truth.environment],
    ).fetchall()
    if not found:
        say("\nno early warning came before the first critical alert")
        return
    lead = (first_critical - found[0][0]).total_seconds() / 60
    say(f"\nearly warnings before the first critical alert ({len(found)}; the first {lead:.1f} min ahead):")
    for starts, what, summary, _ in found:
        say(f"  {starts:%H:%M} {what or '':<40.40} {summary}")


def _suspects(con: duckdb.DuckDBPyConnection, truth, say) -> None:
    """The Suspect Deployment of the incident's alert groups, as the incident page shows it."""
    rows = con.execute(
        """
        select coalesce(group_labels['alertname'], group_key), service, opened_at, max_severity,
               change_type, change_service, coalesce(change_version, ''), change_source,
               requested_at, live_at, lag_s, score, reasons, change_summary
        from incident_suspects
        where project = ? and environment = ? and opened_at between ? and ? + interval 30 minute
        order by max_severity = 'critical' desc, opened_at
        """,
        [truth.project, truth.environment, truth.deploy_time, truth.deploy_time],
    ).fetchall()
    if not rows:
        say("\nno suspect change was found for the incident's alert groups")
        return
    name, service, opened, _, typ, changed, version, source, requested, live, lag_s, score, reasons, summary = rows[0]
    say(f"\nsuspect deployment for {name} on {service} (first critical group, opened {opened:%H:%M:%S}):")
    say(f"  {summary}")
    when = f"requested at {requested:%H:%M:%S}, not reported live"
    if live is not None:
        when = f"live at {live:%H:%M:%S}" + (f" (requested {requested:%H:%M:%S})" if requested != live else "")
    say(f"  {typ} of {changed} {version[:12]} {when} via {source}, "
        f"{lag_s / 60:.1f} min before the group's first alert (score {score:.2f})")
    for reason in reasons:
        say(f"    - {reason}")
    others = {(r[1], r[5], r[6]) for r in rows[1:]}
    if others:
        say(f"  {len(rows) - 1} more alert group(s) of the incident name a suspect:")
        for svc, changed, version in sorted(others):
            say(f"    {svc:<16} -> {changed} {version[:12]}")


def _patterns(con: duckdb.DuckDBPyConnection, truth, say) -> None:
    """The templates mined, and the log patterns of the incident's first critical alert group: the
    top of ``incident_log_patterns`` and the "new error pattern" warnings that came before it."""
    mined, services = con.execute(
        "select count(*), count(distinct service) from log_templates where replaced_by is null"
    ).fetchone()
    if not mined:
        say("\nlog patterns: no templates mined (pattern mining is off)")
        return
    say(f"\nlog patterns: {mined:,} templates mined from the logs of {services} services")
    group = con.execute(
        """
        select id, coalesce(group_labels['alertname'], group_key), opened_at from alert_groups
        where project = ? and environment = ? and max_severity = 'critical'
          and opened_at between ? and ? + interval 30 minute
        order by opened_at, id limit 1
        """,
        [truth.project, truth.environment, truth.deploy_time, truth.deploy_time],
    ).fetchone()
    if group is not None:
        ranks = _top_patterns(con, *group, say)
        _new_patterns(con, group[0], ranks, say)


def _top_patterns(con: duckdb.DuckDBPyConnection, group_id: str, name: str, opened, say) -> dict[str, int]:
    """The group's top log patterns, one line each; the rank of every pattern of the group by template id."""
    rows = con.execute(
        "select rank, service, is_new, rise, lines, errors, first_seen, template, template_id "
        "from incident_log_patterns where group_id = ? order by rank",
        [group_id],
    ).fetchall()
    top = f"; the top {min(len(rows), TOP_PATTERNS)}:" if rows else ""
    say(f"  {len(rows)} new or rising in the hour before {name} opened at {opened:%H:%M:%S}{top}")
    for rank, service, is_new, rise, lines, errors, first_seen, template, _ in rows[:TOP_PATTERNS]:
        change = "new" if is_new else f"×{rise:.1f}"
        say(f"  {rank:>3} {service:<14} {change:<5} {lines:>4} lines {errors:>4} errors  "
            f"first seen {first_seen:%H:%M:%S}  {_cut(template, 64)}")
    return {r[8]: r[0] for r in rows}


def _new_patterns(con: duckdb.DuckDBPyConnection, group_id: str, ranks: dict[str, int], say) -> None:
    """The group's "new error pattern" warnings (NewLogPattern), with their lead on its opening."""
    news = con.execute(
        """
        select i.warning_service, i.warned_at, i.lead_min, coalesce(c.current_id, w.labels['template_id']),
               w.annotations['template']
        from incident_warnings as i
        join warnings as w on w.id = i.warning_id
        left join log_template_current as c on c.id = w.labels['template_id']
        where i.group_id = ? and i.warning_alertname = 'NewLogPattern'
        order by i.warned_at, i.warning_service
        """,
        [group_id],
    ).fetchall()
    shown = news if len(news) <= TOP_NEWS else news[: TOP_NEWS - 1]
    for service, warned, lead, tid, template in shown:
        what = f"pattern #{ranks[tid]}" if tid in ranks else f"'{_cut(template or '', 64)}'"
        say(f"  new error pattern warning on {service} at {warned:%H:%M:%S}, {lead:.1f} min before the group "
            f"opened: {what}")
    if len(shown) < len(news):
        say(f"  ... and {len(news) - len(shown)} more new error pattern warnings")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
