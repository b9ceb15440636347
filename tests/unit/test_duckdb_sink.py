"""The DuckDB store: schema, round trips, idempotency, views and the documented queries."""

from __future__ import annotations

import dataclasses
import json
import math
import re
import shutil
import subprocess
import sys
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest

from signalcraft.models import (
    AlertEvent,
    AlertGroup,
    AlertMute,
    AnomalyModel,
    Commit,
    Correlation,
    EarlyWarning,
    LogRecord,
    LogTemplate,
    Matcher,
    MetricPoint,
    Resolution,
    SilenceSuggestion,
    make_id,
)
from signalcraft.models.common import Record
from signalcraft.operators.log_patterns import LogPatterns
from signalcraft.params import PatternParams
from signalcraft.sinks.duckdb_writer import DuckDBStoreError, DuckDBWriter
from signalcraft.sinks.schema import (
    MATCHERS,
    SCHEMA_VERSION,
    TABLES,
    TABLES_BY_NAME,
    VIEWS,
    Table,
    table_for,
    to_arrow,
)
from tests.support import T0, alert, at, audit, change, dead_letter

DOCS = Path(__file__).parents[2] / "docs" / "store.md"
JSON_HEADERS = {"content-type": "application/json"}


def scenario() -> list[Any]:
    """A checkout incident: a deploy, alerts, silences, logs, metrics, a fix, bad input."""
    deploy = change(
        "deploy-1",
        "deployment",
        "github",
        -6,
        summary="Deploy checkout v1.42.0",
        version="v1.42.0",
        details={"sha": "4f2a9c1", "diff_url": "https://github.com/acme/shop/compare/v1.41...v1.42"},
        actor="ci-bot",
    )
    flag = change(
        "flag-1",
        "flag_change",
        "launchdarkly",
        -40,
        summary="new-pricing turned on",
        details={"flag_key": "new-pricing", "old": "false", "new": "true"},
    )
    silence = audit(
        "silence-1",
        "silence",
        -30,
        source="alertmanager",
        actor="alice",
        matchers=(
            Matcher(name="alertname", value="DiskFilling"),
            Matcher(name="instance", value="db-.*", is_regex=True),
            Matcher(name="env", value="staging", is_equal=False),
        ),
        target="silence-abc",
        duration_s=7200.0,
        ends_at=at(90),
        comment="maintenance window",
    )
    snooze = audit(
        "snooze-1",
        "snooze",
        7,
        actor="bob",
        matchers=(Matcher(name="alertname", value="HighLatency"),),
        duration_s=900.0,
    )
    ack = audit("ack-1", "ack", 8)
    metrics = [
        MetricPoint(
            id=make_id("metric", "latency", i),
            workspace_id="acme",
            metric_key='http_p99_seconds{job="checkout"}',
            name="http_p99_seconds",
            labels={"job": "checkout"},
            value=v,
            timestamp=at(i),
            source="prometheus-kafka-adapter",
        )
        for i, v in enumerate([0.2, 0.25, math.inf, math.nan, 2.5])
    ]
    logs = [
        LogRecord(
            id=make_id("log", i),
            workspace_id="acme",
            project="shop",
            environment="prod",
            service="checkout",
            service_version="v1.42.0",
            severity_number=17 if i % 3 == 0 else 9,
            severity_text="ERROR" if i % 3 == 0 else "INFO",
            is_error=i % 3 == 0,
            body=f"request {i} {'failed: upstream timeout' if i % 3 == 0 else 'ok'}",
            attributes={"http.route": "/pay"},
            trace_id=f"{i:032x}",
            span_id=f"{i:016x}",
            timestamp=at(i / 2),
            source="otlp",
        )
        for i in range(8)
    ]
    logs += [  # a new error pattern in the minutes before the incident
        LogRecord(id=make_id("log", "pool", i), workspace_id="acme", project="shop", environment="prod",
                  service="checkout", severity_number=17, is_error=True,
                  body=f"Timeout waiting for connection from pool after {1000 + 7 * i} ms",
                  timestamp=at(-5 + i / 4), source="otlp")
        for i in range(4)
    ]
    logs.sort(key=lambda r: r.timestamp)
    _, mined = LogPatterns(PatternParams(learn_first=timedelta(0))).step_many(None, logs)
    logs = [r for r in mined if isinstance(r, LogRecord)]
    templates = [r for r in mined if isinstance(r, LogTemplate)]
    fix = Resolution(
        id=make_id("resolution", "g-1"),
        workspace_id="acme",
        group_id="group-checkout-errors",
        resolved_at=at(30),
        root_cause="v1.42.0 lowered the payment client timeout",
        fix="Rolled back checkout to v1.41.3",
        links=("https://github.com/acme/shop/pull/981", "https://wiki/postmortems/42"),
        resolved_by="alice",
        source="signalcraft",
    )
    dead = [
        dead_letter(7, b"\x00\xff{not json", key=b"k\x00", headers=JSON_HEADERS, format="alertmanager"),
        dead_letter(9, b'{"alerts": 3}', headers=JSON_HEADERS),
        dead_letter(11, b'{"status": "firing"}', "alert: 'labels' missing", headers=JSON_HEADERS),
    ]
    alerts = [
        alert("HighErrorRate", "checkout", "firing", 0),
        alert("HighErrorRate", "checkout", "resolved", 0, 30),
        alert("HighLatency", "checkout", "firing", 2, severity="warning"),
        alert("HighLatency", "payments", "firing", 65, labels={"namespace": "pay"}),
        alert("DiskFilling", "postgres", "firing", 3, severity="warning", generator_url="http://prom/graph"),
    ]
    group = AlertGroup(
        id="group-checkout-errors",
        workspace_id="acme",
        group_key='{alertname="HighErrorRate",service="checkout"}',
        group_labels={"alertname": "HighErrorRate", "service": "checkout"},
        project="shop",
        environment="prod",
        service="checkout",
        status="resolved",
        opened_at=at(0),
        updated_at=at(30),
        resolved_at=at(30),
        fingerprints=(alerts[0].fingerprint,),
        alert_count=1,
        max_severity="critical",
        version=3,
    )
    suspect = Correlation(
        id=make_id("corr", group.id, deploy.id),
        workspace_id="acme",
        group_id=group.id,
        change_id=deploy.id,
        rank=1,
        score=0.93,
        lag_s=360.0,
        reasons=("deployed checkout v1.42.0 6 min before the first alert", "same service"),
        suspect=True,
        version=2,
        requested_at=deploy.timestamp - timedelta(minutes=3),
        live_at=deploy.timestamp,
    )
    warning = EarlyWarning(
        id=make_id("warning", "acme", 'alerts_per_min{service="checkout"}', at(-2).isoformat()),
        workspace_id="acme",
        labels={"alertname": "HighErrorVelocity", "severity": "warning", "service": "checkout",
                "project": "shop", "environment": "prod"},
        annotations={"summary": "High Error Velocity Detected (3.4σ above normal)", "description": "d"},
        starts_at=at(-2),
        ends_at=at(20),
        generator_url="https://signalcraft.example/series/checkout",
        metric_key='alerts_per_min{service="checkout"}',
        observed=9.0,
        expected=2.0,
        band=(0.0, 6.1),
        sigma=3.4,
        method="holt_winters",
        status="resolved",
        version=2,
    )
    mute = AlertMute(
        id=make_id("mute", "acme", "f-disk"), workspace_id="acme", fingerprint="f-disk", name="DiskFilling",
        labels={"alertname": "DiskFilling", "instance": "db-1", "env": "prod"}, starts_at=at(3),
        observed_at=at(4), silenced_by=("silence-abc",), source="alertmanager-alerts",
    )
    suggestion = SilenceSuggestion(
        id=make_id("suggestion", "acme", "mute_time_interval", 'alertname="DiskFilling"'), workspace_id="acme",
        kind="mute_time_interval", text="You silence DiskFilling on Thursdays 22:00-23:30 (10 of the last 12 weeks).",
        matchers=('alertname="DiskFilling"',),
        time_intervals=({"weekdays": ["thursday"], "times": [{"start_time": "22:00", "end_time": "23:30"}],
                         "location": "Europe/Berlin"},),
        evidence={"silences": ["silence-abc"], "periods": 10, "of": 12}, backtest={"would_mute": 14},
        support=10, confidence=0.83, yaml="time_intervals: []\n", first_seen=at(-60 * 24 * 70),
        last_seen=at(-30), updated_at=at(0), version=3,
    )
    commit = Commit(
        id=make_id("commit", "acme", "acme/shop", "4f2a9c1"), workspace_id="acme", project="shop", service="checkout",
        repository="acme/shop", ref="refs/heads/main", sha="4f2a9c1", message="Lower the payment client timeout",
        author="ci-bot", timestamp=at(-20), pushed_at=at(-19), modified=("src/payment_client.py",),
        url="https://github.com/acme/shop/commit/4f2a9c1", source="github-push",
    )
    model = AnomalyModel(
        id=make_id("model", "acme", 'alerts_per_min{service="checkout"}'),
        workspace_id="acme",
        metric_key='alerts_per_min{service="checkout"}',
        method="holt_winters",
        baseline={"level": 2.0, "trend": 0.01, "season_length": 1440, "ready": True},
        last_updated=at(20),
    )
    return [
        *alerts, deploy, flag, silence, snooze, ack, *metrics, *logs, *templates, fix, *dead, group, suspect, warning,
        model, mute, suggestion, commit,
    ]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scenario written once for the module (the writer leaves one file, no WAL): :func:`db` copies it."""
    path = tmp_path_factory.mktemp("scenario") / "store.duckdb"
    with DuckDBWriter(path) as writer:
        writer.add(scenario())
    return path


@pytest.fixture
def db(written: Path, tmp_path: Path) -> Path:
    """The scenario's store, a copy of the test's own (a test may write to it)."""
    path = tmp_path / "store.duckdb"
    shutil.copyfile(written, path)
    return path


def connect(path: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), read_only=True)


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """Rows as dicts, through Arrow (TIMESTAMPTZ via fetchall needs pytz, which is not installed)."""
    return con.execute(sql, params or []).to_arrow_table().to_pylist()


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Any:
    return con.execute(sql, params or []).fetchone()[0]


# --- schema -----------------------------------------------------------------


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_every_model_field_is_a_column_and_nothing_else(table: Table) -> None:
    assert sorted(c.source for c in table.columns) == sorted(table.record.model_fields)


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_ddl_and_arrow_schema_agree(table: Table, db: Path) -> None:
    stored = connect(db).execute(f"SELECT * FROM {table.name} LIMIT 0").to_arrow_table().schema
    assert stored.names == table.column_names

    def plain(t: pa.DataType) -> object:
        # DuckDB answers in the session time zone, spelled 'Etc/UTC'; the instant is the same.
        return ("timestamp", t.unit) if pa.types.is_timestamp(t) else t

    assert [plain(f.type) for f in stored] == [plain(f.type) for f in table.arrow_schema]


def test_primary_key_and_not_null_follow_the_columns(db: Path) -> None:
    con = connect(db)
    for table in TABLES:
        primary = con.execute(
            "SELECT constraint_column_names FROM duckdb_constraints() "
            "WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'",
            [table.name],
        ).fetchone()
        primary = primary and primary[0]
        # input tables keep ids unique by the writer's time-range anti-join, not an index
        assert primary == (None if table.time_column else ["id"])
        nullable = {
            r[0]
            for r in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND is_nullable", [table.name]
            ).fetchall()
        }
        assert nullable == {c.name for c in table.columns if c.nullable}


def test_table_for_names_each_record_type() -> None:
    names = {type(r): table_for(r) for r in scenario()}
    assert names == {t.record: t.name for t in TABLES}
    with pytest.raises(TypeError, match="no table for str"):
        table_for("not a record")


def test_to_arrow_refuses_a_record_of_another_type() -> None:
    with pytest.raises(TypeError, match="'alert_events' holds AlertEvent, got Resolution"):
        to_arrow("alert_events", [r for r in scenario() if isinstance(r, (AlertEvent, Resolution))])


def test_comments_travel_in_the_file(db: Path) -> None:
    con = connect(db)
    assert scalar(con, "SELECT comment FROM duckdb_tables() WHERE table_name = 'dlq'").startswith("Input that")
    assert "labels['key']" in scalar(
        con, "SELECT comment FROM duckdb_columns() WHERE table_name = 'alert_events' AND column_name = 'labels'"
    )
    assert scalar(con, "SELECT count(*) FROM duckdb_views() WHERE comment IS NOT NULL AND NOT internal") == len(VIEWS)


# --- round trips ------------------------------------------------------------


def expected_row(table: Table, record: Any) -> dict[str, Any]:
    out = {}
    for column in table.columns:
        value = getattr(record, column.source)
        if isinstance(value, (dict, tuple)) and column.type.sql == "VARCHAR":  # a JSON document as text
            value = json.dumps(list(value) if isinstance(value, tuple) else value, sort_keys=True)
        elif isinstance(value, dict):
            value = sorted(value.items())
        elif column.type is MATCHERS:
            value = [m.model_dump() for m in value]
        elif isinstance(value, tuple):
            value = list(value)
        out[column.name] = value
    return out


def stored_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: sorted(v) if isinstance(v, list) and v and isinstance(v[0], tuple) else v for k, v in row.items()}


def same(a: object, b: object) -> bool:
    return (isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b)) or a == b


def test_every_record_round_trips_field_for_field(db: Path) -> None:
    con = connect(db)
    records = scenario()
    for record in records:
        table = TABLES_BY_NAME[table_for(record)]
        [row] = rows(con, f"SELECT * FROM {table.name} WHERE id = ?", [record.id])
        got, want = stored_row(row), expected_row(table, record)
        assert all(same(got[k], want[k]) for k in want), (table.name, got, want)
    for table in TABLES:
        count = sum(1 for r in records if isinstance(r, table.record))
        assert scalar(con, f"SELECT count(*) FROM {table.name}") == count


def test_values_read_back_in_sql(db: Path) -> None:
    con = connect(db)
    assert con.execute(
        "SELECT service, labels['service'], labels['namespace'], annotations['runbook_url'], ends_at IS NULL "
        "FROM alert_events WHERE name = 'DiskFilling'"
    ).fetchone() == ("postgres", "postgres", "shop", "https://runbooks/DiskFilling", True)
    assert scalar(
        con,
        "SELECT ends_at - starts_at FROM alert_events WHERE status = 'resolved'",
    ) == timedelta(minutes=30)
    assert scalar(con, "SELECT count(*) FROM alert_events WHERE starts_at = ?", [T0]) == 2
    assert scalar(con, "SELECT epoch_us(timestamp) FROM change_events WHERE version = 'v1.42.0'") == int(
        at(-6).timestamp() * 1_000_000
    )
    assert con.execute(
        "SELECT details['sha'], details['missing'], actor FROM change_events WHERE type = 'deployment'"
    ).fetchone() == ("4f2a9c1", None, "ci-bot")
    assert con.execute(
        "SELECT len(matchers), matchers[2].name, matchers[2].is_regex, matchers[3].is_equal, duration_s, comment "
        "FROM audit_log WHERE actor = 'alice'"
    ).fetchone() == (3, "instance", True, False, 7200.0, "maintenance window")
    assert con.execute("SELECT matchers, actor FROM audit_log WHERE action = 'ack'").fetchone() == ([], None)
    assert con.execute(
        "SELECT links[2], len(links), root_cause IS NOT NULL FROM resolutions"
    ).fetchone() == ("https://wiki/postmortems/42", 2, True)
    assert con.execute(
        "SELECT count(*) FILTER (WHERE is_error), min(severity_number), max(severity_number), "
        "any_value(attributes['http.route']) FROM log_events"
    ).fetchone() == (7, 9, 17, "/pay")
    assert con.execute(
        "SELECT key, payload, source_partition, source_offset, headers['content-type'], format "
        "FROM dlq WHERE source_offset = 7"
    ).fetchone() == (b"k\x00", b"\x00\xff{not json", 0, 7, "application/json", "alertmanager")


def test_inf_and_nan_are_kept(db: Path) -> None:
    con = connect(db)
    assert con.execute(
        "SELECT count(*) FILTER (WHERE isinf(value) AND value > 0), count(*) FILTER (WHERE isnan(value)), "
        "count(*) FILTER (WHERE isfinite(value)) FROM metric_points"
    ).fetchone() == (1, 1, 3)
    values = [r[0] for r in con.execute("SELECT value FROM metric_points ORDER BY timestamp").fetchall()]
    assert values[:3] == [0.2, 0.25, math.inf] and math.isnan(values[3]) and values[4] == 2.5


def test_map_lookup_filters_and_unnests(db: Path) -> None:
    con = connect(db)
    assert scalar(con, "SELECT count(*) FROM alert_events WHERE labels['namespace'] = 'pay'") == 1
    assert scalar(con, "SELECT count(*) FROM alert_events WHERE labels['no-such-label'] IS NULL") == 5
    keys = con.execute(
        "SELECT DISTINCT unnest(map_keys(labels)) AS k FROM alert_events ORDER BY k"
    ).fetchall()
    assert keys == [("alertname",), ("namespace",), ("service",)]


# --- idempotency ------------------------------------------------------------


def test_the_same_batch_twice_makes_one_row_each(tmp_path: Path) -> None:
    records = scenario()
    with DuckDBWriter(tmp_path / "s.duckdb") as writer:
        writer.add(records)
        assert writer.flush() == len(records)
        writer.add(records)
        assert writer.flush() == 0
    con = connect(tmp_path / "s.duckdb")
    assert sum(scalar(con, f"SELECT count(*) FROM {t.name}") for t in TABLES) == len(records)


def test_duplicates_within_one_batch_keep_the_first(tmp_path: Path) -> None:
    first = alert("HighErrorRate", "checkout", "firing", 0)
    again = first.model_copy(update={"annotations": {"summary": "a later copy"}})
    with DuckDBWriter(tmp_path / "s.duckdb") as writer:
        writer.add([first, again, first])
        assert writer.flush() == 1
        writer.add([again])
    con = connect(tmp_path / "s.duckdb")
    assert con.execute("SELECT count(*), any_value(annotations['summary']) FROM alert_events").fetchone() == (
        1,
        "HighErrorRate on checkout",
    )


def correlation(version: int, rank: int) -> Correlation:
    return Correlation(
        id="corr-1",
        workspace_id="acme",
        group_id="g",
        change_id="c",
        rank=rank,
        score=1.0 / rank,
        lag_s=360.0,
        reasons=(f"v{version}",),
        suspect=rank == 1,
        version=version,
        requested_at=T0,
    )


def test_upsert_mode_keeps_the_highest_version(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with DuckDBWriter(path) as writer:
        writer.add([correlation(1, 3)])
        writer.flush()
        writer.add([correlation(3, 1), correlation(2, 2)])  # in one batch: version 3 wins, not the last
        assert writer.flush() == 1
        writer.add([correlation(2, 2)])  # a late replay of an older version changes nothing
        assert writer.flush() == 0
        writer.add([correlation(4, 2), correlation(5, 1)])  # and not the first either
        assert writer.flush() == 1
    got = connect(path).execute("SELECT count(*), any_value(rank), any_value(reasons) FROM correlations").fetchone()
    assert got == (1, 1, ["v5"])


def test_versioned_rows_in_arrow_form_keep_the_highest_version_across_items(tmp_path: Path) -> None:
    """The flow sends every table as Arrow; versions of one id from several items meet in one flush."""
    from signalcraft.sinks.duckdb_sink import arrow_batches

    path = tmp_path / "s.duckdb"
    with DuckDBWriter(path) as writer:
        for batch in ([correlation(3, 1)], [correlation(2, 2), correlation(1, 3)], [correlation(3, 2)]):
            for name, rows in arrow_batches(batch).items():
                writer.add_arrow(name, rows)
        assert writer.flush() == 1
        writer.add_arrow("correlations", arrow_batches([correlation(2, 2)])["correlations"])
        assert writer.flush() == 0  # an older version replayed later changes nothing
    got = connect(path).execute("SELECT count(*), any_value(rank), any_value(reasons) FROM correlations").fetchone()
    assert got == (1, 2, ["v3"])  # of the two version-3 rows, the later one


def test_upsert_mode_without_a_version_keeps_the_latest_write(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    fixes = [r for r in scenario() if isinstance(r, Resolution)]
    upsert = tuple(
        dataclasses.replace(t, on_conflict="update", time_column=None) if t.name == "resolutions" else t for t in TABLES
    )
    with DuckDBWriter(path, tables=upsert) as writer:
        writer.add(fixes)
        writer.flush()
        writer.add([fixes[0].model_copy(update={"fix": "first"}), fixes[0].model_copy(update={"fix": "second"})])
    assert connect(path).execute("SELECT count(*), any_value(fix) FROM resolutions").fetchone() == (1, "second")


# --- opening, errors --------------------------------------------------------


def test_reopening_an_existing_file_keeps_rows_and_adds_new_ones(db: Path) -> None:
    before = scalar(connect(db), "SELECT count(*) FROM alert_events")
    with DuckDBWriter(db) as writer:
        writer.add(scenario())  # all known
        writer.add([alert("CrashLooping", "checkout", "firing", 12)])
    con = connect(db)
    assert scalar(con, "SELECT count(*) FROM alert_events") == before + 1
    assert scalar(con, "SELECT value FROM signalcraft_meta WHERE key = 'schema_version'") == str(SCHEMA_VERSION)
    assert scalar(con, "SELECT count(*) FROM signalcraft_meta") == 1


def test_a_file_of_another_schema_version_is_refused(db: Path) -> None:
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE signalcraft_meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(DuckDBStoreError, match=f"schema version 999, this SignalCraft writes version {SCHEMA_VERSION}"):
        DuckDBWriter(db)


def test_a_file_that_is_not_duckdb_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are notes, not a database\n" * 200)
    with pytest.raises(DuckDBStoreError, match="cannot open") as info:
        DuckDBWriter(path)
    assert isinstance(info.value.__cause__, duckdb.Error)


def test_an_unknown_record_type_is_refused_with_the_known_ones() -> None:
    class Note(Record):
        id: str
        text: str

    with (
        DuckDBWriter(":memory:") as writer,
        pytest.raises(TypeError, match="no table for Note; stored types are"),
    ):
        writer.add([Note(id="n", text="not a stored record")])


def test_a_failed_flush_raises_with_a_hint_and_clears_the_batch(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    writer = DuckDBWriter(path)
    # Another connection to the same database in this process drops a table under the writer.
    duckdb.connect(str(path)).execute("DROP TABLE resolutions")
    writer.add([r for r in scenario() if isinstance(r, (Resolution, AlertEvent))])
    with pytest.raises(DuckDBStoreError, match="writing table 'resolutions' failed") as info:
        writer.flush()
    assert isinstance(info.value.__cause__, duckdb.Error)
    assert writer.pending == 0
    writer.close()
    # The flush was one transaction: the alerts of the failed batch are not there either.
    assert scalar(duckdb.connect(str(path)), "SELECT count(*) FROM alert_events") == 0


# --- views ------------------------------------------------------------------


def test_alerts_firing_is_the_latest_state_per_fingerprint(db: Path) -> None:
    got = connect(db).execute("SELECT name, service FROM alerts_firing ORDER BY starts_at").fetchall()
    assert got == [("HighLatency", "checkout"), ("DiskFilling", "postgres"), ("HighLatency", "payments")]


def test_alerts_firing_sees_a_new_episode_after_a_resolve(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with DuckDBWriter(path) as writer:
        writer.add([alert("HighErrorRate", "checkout", s, m, e) for s, m, e in [
            ("firing", 0, None), ("resolved", 0, 30), ("firing", 45, None)
        ]])
    assert connect(path).execute("SELECT count(*), any_value(starts_at) FROM alerts_firing").fetchone() == (1, at(45))


def test_dlq_summary_counts_by_topic_step_and_format(db: Path) -> None:
    got = rows(connect(db), "SELECT * FROM dlq_summary ORDER BY format NULLS LAST")
    assert [(r["source_topic"], r["step"], r["format"], r["dead_letters"]) for r in got] == [
        ("signalcraft.alerts", "decode", "alertmanager", 1),
        ("signalcraft.alerts", "decode", None, 2),
    ]
    assert got[1]["latest_reason"] == "alert: 'labels' missing"
    assert got[1]["first_received_at"] == at(9) and got[1]["last_received_at"] == at(11)


# --- the documentation ------------------------------------------------------


def doc_queries() -> list[str]:
    section = re.split(r"^## Example queries\n", DOCS.read_text(), flags=re.MULTILINE)[1]
    section = re.split(r"^## ", section, flags=re.MULTILINE)[0]
    return re.findall(r"```sql\n(.*?)```", section, flags=re.DOTALL)


def test_incident_warnings_are_the_project_warnings_of_the_hour_before_a_group(tmp_path: Path) -> None:
    records = scenario()
    warning = next(r for r in records if isinstance(r, EarlyWarning))
    group = next(r for r in records if isinstance(r, AlertGroup))

    def moved(name: str, minutes: float, **labels: str) -> EarlyWarning:
        return warning.model_copy(update={"id": name, "starts_at": at(minutes), "ends_at": None,
                                          "labels": {**warning.labels, **labels}})

    others = [
        moved("w-latency", -40, service="payments", alertname="HighLatency"),  # same project, 40 min ahead
        moved("w-billing", -5, project="billing"),  # another project
        moved("w-staging", -5, environment="staging"),  # another environment
        moved("w-too-early", -61),  # more than an hour ahead
        moved("w-after", 1),  # after the group opened
    ]
    path = tmp_path / "w.duckdb"
    with DuckDBWriter(path) as writer:
        writer.add([*records, *others])
    con = connect(path)
    rows = con.execute(
        "SELECT group_id, warning_id, warning_alertname, warning_service, same_service, lead_min, summary "
        "FROM incident_warnings ORDER BY warned_at").fetchall()
    assert rows == [
        (group.id, "w-latency", "HighLatency", "payments", False, 40.0, warning.annotations["summary"]),
        (group.id, warning.id, "HighErrorVelocity", "checkout", True, 2.0, warning.annotations["summary"]),
    ]


def test_the_docs_have_six_to_ten_example_queries() -> None:
    assert 6 <= len(doc_queries()) <= 10


@pytest.mark.parametrize("query", doc_queries(), ids=lambda q: " ".join(q.split())[:60])
def test_each_documented_query_runs_and_finds_rows(query: str, db: Path) -> None:
    con = connect(db)
    con.execute("SET TimeZone = 'UTC'")
    result = con.execute(query).to_arrow_table()
    assert result.num_rows > 0, query


def test_the_docs_describe_every_table_column_and_view() -> None:
    text = DOCS.read_text()
    sections = dict(re.findall(r"^### (\w+)\n(.*?)(?=^##)", text + "\n##", flags=re.DOTALL | re.MULTILINE))
    for table in TABLES:
        documented = re.findall(r"^\| `(\w+)` \|", sections[table.name], flags=re.MULTILINE)
        assert documented == table.column_names, table.name
    assert {v.name for v in VIEWS} <= set(sections)


# --- throughput -------------------------------------------------------------


def test_a_replayed_record_is_skipped_in_a_batch_spanning_months(tmp_path: Path) -> None:
    """The time-range anti-join finds an old id even when the batch reaches far into the future."""
    path = tmp_path / "s.duckdb"
    early = [alert("DiskFull", f"db-{i}", "firing", start=i) for i in range(50)]
    late = [alert("DiskFull", f"db-{i}", "firing", start=60 * 24 * 90 + i) for i in range(50)]
    with DuckDBWriter(path) as writer:
        writer.add(early)
        assert writer.flush() == 50
        writer.add([early[7], *late, early[42]])
        assert writer.flush() == 50
        writer.add(late[::-1])
        assert writer.flush() == 0
    con = connect(path)
    assert con.execute("SELECT count(*), count(DISTINCT id) FROM alert_events").fetchone() == (100, 100)


def test_a_record_that_does_not_fit_its_table_becomes_a_dead_letter_not_a_crash() -> None:
    from datetime import datetime

    from signalcraft.models import LogRecord
    from signalcraft.sinks.duckdb_sink import arrow_batches

    now = datetime(2026, 1, 1, tzinfo=UTC)
    good = LogRecord(id="log-good", workspace_id="w", project="p", environment="e", service="s",
                     severity_number=17, is_error=True, body="boom", timestamp=now, source="t")
    # built without validation, as a future operator bug might: the INTEGER column cannot hold it
    bad = good.model_construct(**{**good.__dict__, "id": "log-bad", "severity_number": 2**40})
    out = arrow_batches([bad, good])
    assert out["log_events"].column("id").to_pylist() == ["log-good"]
    [dead] = out["dlq"].to_pylist()
    assert dead["step"] == "store" and "log-bad" in dead["reason"] and "log_events" in dead["reason"]
    assert b'"severity_number":1099511627776' in dead["payload"]


def test_writes_behind_on_the_writer_thread_and_in_order(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with DuckDBWriter(path) as writer:
        for i in range(5):
            writer.add([alert("Busy", f"svc-{i}-{j}", "firing", start=i) for j in range(100)])
            writer.flush_behind()
        assert writer.pending == 0
        assert writer.wait() == 500
        writer.add([alert("Busy", "svc-0-0", "firing", start=0)])  # a replay of the first batch
        writer.flush_behind()
        assert writer.wait() == 0
    assert connect(path).execute("SELECT count(*) FROM alert_events").fetchone()[0] == 500


def test_rows_of_a_write_behind_that_ended_before_the_next_are_counted(tmp_path: Path) -> None:
    with DuckDBWriter(tmp_path / "s.duckdb") as writer:
        writer.add([alert("Busy", f"svc-a-{j}", "firing", start=0) for j in range(100)])
        writer.flush_behind()
        writer._inflight[0].result()  # the first write ends before the next is handed over (as under load)
        writer.add([alert("Busy", f"svc-b-{j}", "firing", start=1) for j in range(100)])
        writer.flush_behind()  # collects the first (an error would surface here) ...
        assert writer.wait() == 200  # ... and its rows still count (had been 100)


def test_a_failed_write_behind_surfaces_at_the_next_call(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    writer = DuckDBWriter(path)
    writer._con.execute("DROP TABLE alert_events")  # the file changed under the writer
    writer.add([alert("Busy", "svc", "firing", start=0)])
    writer.flush_behind()
    with pytest.raises(DuckDBStoreError, match="writing table 'alert_events' failed"):
        writer.wait()
    writer._con.close()


def test_arrow_rows_keep_the_first_of_each_id_in_order(tmp_path: Path) -> None:
    from signalcraft.sinks.duckdb_sink import arrow_batches

    rows = [alert("Busy", f"svc-{i}", "firing", start=i) for i in range(6)]
    path = tmp_path / "s.duckdb"
    with DuckDBWriter(path) as writer:
        for part in (rows[:4], rows[2:], rows[::2]):
            writer.add_arrow("alert_events", arrow_batches(part)["alert_events"])
        assert writer.flush() == 6
    got = connect(path).execute("SELECT service FROM alert_events ORDER BY starts_at").fetchall()
    assert [g[0] for g in got] == [f"svc-{i}" for i in range(6)]


def test_the_read_copy_follows_idle_epochs_but_copying_stays_a_small_share(tmp_path: Path) -> None:
    from signalcraft.sinks.duckdb_sink import DuckDBSink, arrow_batches

    path, copy = tmp_path / "s.duckdb", tmp_path / "s.read.duckdb"
    part = DuckDBSink(path, read_copy=copy, read_copy_every_s=3600).build_part("store", "0", None)

    def epoch(start: int | None) -> int | None:
        """One epoch (with an alert when ``start`` is given); the rows the read copy holds."""
        if start is not None:
            part.write_batch([arrow_batches([alert("Busy", f"svc-{start}", "firing", start=start)])])
        part.snapshot()
        part._writer.wait()  # the copy is made on the writer thread
        if not copy.exists():
            return None
        return connect(copy).execute("SELECT count(*) FROM alert_events").fetchone()[0]

    assert epoch(0) is None  # rows came in this epoch and the hour has not passed
    assert epoch(None) == 1  # idle: the reader sees everything now
    assert epoch(1) == 1
    part._writer.read_copy_took = 3600.0  # as if the last copy had taken an hour: not again within 10 h
    assert epoch(None) == 1
    part._writer.read_copy_took = 0.0
    assert epoch(None) == 2  # still behind, so the next idle epoch catches up
    assert epoch(None) == 2
    part.close()


def test_incident_log_patterns_rank_the_new_error_pattern_of_the_hour_before_first(db: Path) -> None:
    con = connect(db)
    got = rows(con, "SELECT * FROM incident_log_patterns WHERE group_id = 'group-checkout-errors' ORDER BY rank")
    assert got[0]["template"] == "Timeout waiting for connection from pool after <*> ms"
    assert (got[0]["lines"], got[0]["errors"], got[0]["is_new"], got[0]["same_service"]) == (4, 4, True, True)
    assert got[0]["example"] == "Timeout waiting for connection from pool after 1000 ms"
    # the request lines: only the one at the opening minute is in the hour before, and it is new too
    assert [r["rank"] for r in got] == list(range(1, len(got) + 1))


def test_renamed_templates_resolve_to_the_current_one_for_counts(tmp_path: Path) -> None:
    """Lines mined under a template that later generalised are counted under the new one."""
    lines = [f"worker {w} finished job in {i} ms" for i, w in enumerate(["a1", "b2", "c3"])]
    logs = [
        LogRecord(id=make_id("log", i), workspace_id="acme", project="shop", environment="prod", service="jobs",
                  severity_number=9, is_error=False, body=body, timestamp=at(i), source="otlp")
        for i, body in enumerate(["job 7 started", "job 8 started", "job 9 started", *lines])
    ]
    _, mined = LogPatterns(PatternParams(learn_first=timedelta(0))).step_many(None, logs)
    path = tmp_path / "s.duckdb"
    with DuckDBWriter(path) as writer:
        writer.add(mined)
        writer.flush()
    con = connect(path)
    stored = {r[0] for r in con.execute("SELECT DISTINCT template_id FROM log_events").fetchall()}
    current = rows(con, "SELECT template, sum(lines)::INT AS n FROM log_pattern_counts GROUP BY ALL ORDER BY template")
    assert current == [
        {"template": "job <*> started", "n": 3},
        {"template": "worker <*> finished job in <*> ms", "n": 3},
    ]
    assert len(stored) > 2  # the first lines were stored under ids since replaced
    assert scalar(con, "SELECT count(*) FROM log_templates WHERE replaced_by IS NOT NULL") == len(stored) - 2


def test_a_version_3_file_is_migrated_in_place_to_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with DuckDBWriter(path) as writer:
        writer.add(scenario()[:3])
        writer.flush()
    with duckdb.connect(str(path)) as con:  # what a version 3 file looked like
        for view in ("incident_log_patterns", "log_pattern_counts", "log_template_current"):
            con.execute(f"DROP VIEW {view}")
        con.execute("DROP TABLE log_templates")
        con.execute("ALTER TABLE log_events DROP COLUMN template_id")
        for table in ("alert_mutes", "silence_suggestions", "commits"):
            con.execute(f"DROP TABLE {table}")
        for column in ("starts_at", "updated_at", "state"):
            con.execute(f"ALTER TABLE audit_log DROP COLUMN {column}")
        con.execute("ALTER TABLE correlations DROP COLUMN withdrawn")
        con.execute("UPDATE signalcraft_meta SET value = '3' WHERE key = 'schema_version'")
    with DuckDBWriter(path) as writer:
        writer.add([r for r in scenario() if isinstance(r, (LogRecord, LogTemplate))])
        writer.flush()
    con = connect(path)
    assert scalar(con, "SELECT value FROM signalcraft_meta WHERE key = 'schema_version'") == str(SCHEMA_VERSION)
    assert scalar(con, "SELECT count(*) FROM alert_events") == 3
    assert scalar(con, "SELECT sum(lines) FROM log_pattern_counts WHERE template LIKE 'Timeout%'") == 4


def test_a_version_6_file_gets_correlations_withdrawn_and_the_views_drop_withdrawn_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with DuckDBWriter(path) as writer:
        writer.add(scenario())
    with duckdb.connect(str(path)) as con:  # what a version 6 file looked like
        con.execute("ALTER TABLE correlations DROP COLUMN withdrawn")
        con.execute("UPDATE signalcraft_meta SET value = '6' WHERE key = 'schema_version'")
    [suspect] = [r for r in scenario() if isinstance(r, Correlation)]
    with DuckDBWriter(path) as writer:
        con = writer.reader()
        assert scalar(con, "SELECT value FROM signalcraft_meta WHERE key = 'schema_version'") == str(SCHEMA_VERSION)
        assert rows(con, "SELECT is_nullable FROM information_schema.columns "
                         "WHERE table_name = 'correlations' AND column_name = 'withdrawn'") == [{"is_nullable": "NO"}]
        assert rows(con, "SELECT change_id, withdrawn FROM correlations") == [
            {"change_id": suspect.change_id, "withdrawn": False}]
        assert scalar(con, "SELECT count(*) FROM incident_suspects") == 1
        writer.add([suspect.model_copy(update={"version": suspect.version + 1, "suspect": False, "withdrawn": True})])
        writer.flush()
    con = connect(path)
    assert rows(con, "SELECT version, withdrawn FROM correlations") == [{"version": 3, "withdrawn": True}]
    assert scalar(con, "SELECT count(*) FROM correlation_candidates") == 0
    assert scalar(con, "SELECT count(*) FROM incident_suspects") == 0


def test_the_read_copy_waits_for_another_threads_write_instead_of_failing(tmp_path):
    """A plain CHECKPOINT fails while another cursor of the writer holds a write (a stop signal mid-stream
    met it); publishing waits for that transaction and copies what it committed."""
    import threading
    import time

    with DuckDBWriter(tmp_path / "s.duckdb") as writer:
        writer.add([alert(f"A{i}", "checkout", "firing", i) for i in range(3)])
        writer.flush()
        other = writer.reader()
        other.execute("BEGIN TRANSACTION")
        other.execute("UPDATE alert_events SET name = 'renamed'")
        with pytest.raises(duckdb.TransactionException):
            other.cursor().execute("CHECKPOINT")  # what the plain statement does meanwhile

        def commit_later():
            time.sleep(0.3)
            other.execute("COMMIT")

        threading.Thread(target=commit_later).start()
        writer.publish_read_copy(tmp_path / "s.read.duckdb")
    copy = duckdb.connect(str(tmp_path / "s.read.duckdb"), read_only=True)
    assert copy.execute("SELECT DISTINCT name FROM alert_events").fetchall() == [("renamed",)]


@pytest.mark.parametrize("threads", [1, 3])
def test_the_writer_sets_duckdbs_threads_when_told(tmp_path: Path, threads: int) -> None:
    with DuckDBWriter(tmp_path / "store.duckdb", threads=threads) as writer:
        assert writer.reader().execute("SELECT current_setting('threads')").fetchone()[0] == threads


def test_the_writer_checkpoints_by_itself_at_a_larger_wal_unless_told(tmp_path: Path) -> None:
    def threshold(writer: DuckDBWriter) -> str:
        return writer.reader().execute("SELECT current_setting('checkpoint_threshold')").fetchone()[0]

    with DuckDBWriter(tmp_path / "store.duckdb") as writer:
        assert threshold(writer) == "64.0 MiB"
    with DuckDBWriter(tmp_path / "other.duckdb", checkpoint_mib=None) as writer:
        assert threshold(writer) == "16.0 MiB"  # DuckDB's own default


def test_a_crash_after_commits_below_the_checkpoint_keeps_every_row_once(tmp_path: Path) -> None:
    """Rows committed but not yet checkpointed live in the WAL: a writer process that dies
    without closing leaves them there, the next open replays them, and a replay of the same
    records adds nothing."""
    path = tmp_path / "store.duckdb"
    dies = (
        "import os, sys\n"
        "from signalcraft.sinks.duckdb_writer import DuckDBWriter\n"
        "from tests.unit.test_duckdb_sink import scenario\n"
        "writer = DuckDBWriter(sys.argv[1])\n"
        "writer.add(scenario())\n"
        "print(writer.flush(), flush=True)\n"
        "os._exit(9)  # no last flush, no checkpoint on close\n"
    )
    died = subprocess.run([sys.executable, "-c", dies, str(path)], capture_output=True, text=True,
                          cwd=Path(__file__).parents[2], check=False)
    assert died.returncode == 9, died.stderr
    assert Path(f"{path}.wal").stat().st_size > 0  # committed, not checkpointed
    with DuckDBWriter(path) as again:
        assert sum(again.reader().execute(f"SELECT count(*) FROM {t.name}").fetchone()[0] for t in TABLES) == int(
            died.stdout
        )
        again.add(scenario())
        assert again.flush() == 0
