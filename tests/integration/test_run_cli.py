"""`signalcraft run --stop-at-end` and `signalcraft demo` against the real bundled broker."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

import duckdb

from signalcraft.params import Identity
from signalcraft.sources.decode import parse_payload
from tests.integration.conftest import consume_all, produce

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples"
TABLE_OF = {
    "AlertEvent": "alert_events", "ChangeEvent": "change_events", "AuditEntry": "audit_log",
    "MetricPoint": "metric_points", "LogRecord": "log_events", "Resolution": "resolutions",
    "Commit": "commits", "AlertMute": "alert_mutes",
}


def _env(settings) -> dict[str, str]:
    return {**os.environ, **{f"SIGNALCRAFT_TOPIC_{k.upper()}": v for k, v in settings.topics.model_dump().items()}}


def test_run_stop_at_end_stores_every_example_and_dead_letters_the_rest(settings, tmp_path):
    bootstrap = settings.broker.bootstrap_servers
    expected: Counter[str] = Counter()
    ids: set[str] = set()
    for kind_dir in sorted(EXAMPLES.iterdir()):
        kind = kind_dir.name
        topic = getattr(settings.topics, kind)
        payloads = [p.read_bytes() for p in sorted(kind_dir.glob("*.json"))]
        for value in payloads:
            _, records = parse_payload(value, kind, {}, Identity())
            for r in records:
                if r.id not in ids:
                    ids.add(r.id)
                    expected[TABLE_OF[type(r).__name__]] += 1
        # every example twice (a redelivery), plus one broken message per topic
        produce(bootstrap, topic,
                [(None, v, {}) for v in payloads * 2] + [(b"k", b'{"broken": ', {"sc-format": "auto"})])

    db = tmp_path / "run.duckdb"
    cmd = [sys.executable, "-m", "signalcraft", "run", "--bootstrap-servers", bootstrap, "--db", str(db),
           "--stop-at-end", "--kafka-option", "client.id=signalcraft-it"]
    done = subprocess.run(cmd, env=_env(settings), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]

    with duckdb.connect(str(db), read_only=True) as con:
        for table, n in expected.items():
            assert con.execute(f"select count(*) from {table}").fetchone()[0] == n, table
        dead = con.execute("select source_topic, step, reason from dlq order by source_topic").fetchall()
    assert sorted(t for t, _, _ in dead) == sorted(getattr(settings.topics, d.name) for d in EXAMPLES.iterdir())
    assert all(step == "json" and "not valid JSON" in reason for _, step, reason in dead)
    dlq = consume_all(bootstrap, settings.topics.dlq)
    assert len({(dict(m.headers())["sc-dlq-topic"], dict(m.headers())["sc-dlq-offset"]) for m in dlq}) == len(dead)
    assert {m.value() for m in dlq} == {b'{"broken": '}
    assert {m.key() for m in dlq} == {b"k"}


def test_run_reports_a_missing_topic_in_one_line(settings, tmp_path):
    # a missing topic is waited for like the broker; the start-up timeout ends the wait
    env = {**_env(settings), "SIGNALCRAFT_TOPIC_ALERTS": "no.such.topic", "SIGNALCRAFT_KAFKA_STARTUP_TIMEOUT": "3"}
    cmd = [sys.executable, "-m", "signalcraft", "run", "--bootstrap-servers", settings.broker.bootstrap_servers,
           "--db", str(tmp_path / "x.duckdb"), "--stop-at-end"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("signalcraft run:") and "no.such.topic" in last and "STARTUP_TIMEOUT" in last


def test_demo_lands_every_scenario_record_and_every_malformed_message(demo_run, incident_scenario):
    truth = incident_scenario.truth
    stdout, db = demo_run
    assert "first critical alert 2025-03-11 14:42:48" in stdout
    with duckdb.connect(str(db), read_only=True) as con:
        counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in (*TABLE_OF.values(), "dlq")}
    kind_table = {"alerts": "alert_events", "changes": "change_events", "audit": "audit_log",
                  "metrics": "metric_points", "logs": "log_events", "resolutions": "resolutions"}
    for kind, n in truth.records.items():
        assert counts[kind_table[kind]] == n, kind
    assert counts["dlq"] == sum(truth.malformed.values())
    # the suspect deployment of the incident's first critical group is the bad deploy
    bad = truth.bad_deploy
    assert (f"deployment of {bad.service} {bad.sha[:12]} live at {bad.live_at:%H:%M:%S} "
            f"(requested {bad.timestamp:%H:%M:%S}) via github-deployment-status") in stdout
    with duckdb.connect(str(db), read_only=True) as con:
        suspects = con.execute(
            "select change_service, change_version, requested_at, live_at, change_source from incident_suspects "
            "where project = ? and environment = ? and max_severity = 'critical' and opened_at = ?",
            [bad.project, bad.environment, truth.first_critical],
        ).fetchall()
        decoys = con.execute(
            "select count(*) from incident_suspects s join change_events c on c.id = s.change_id "
            "where s.opened_at between ? and ? and (c.environment <> s.environment or c.project <> s.project)",
            [bad.timestamp, truth.resolved_at],
        ).fetchone()[0]
    assert suspects == [  # timed by its request and by the success status; GitHub sends seconds
        (bad.service, bad.sha, bad.timestamp.replace(microsecond=0), bad.live_at.replace(microsecond=0),
         "github-deployment-status")
    ]
    # early warnings: the incident's error ramp warns before its first critical alert, and little else does
    with duckdb.connect(str(db), read_only=True) as con:
        firsts = con.execute(
            "select min(starts_at) from warnings where labels['service'] = ? and labels['project'] = ?",
            [bad.service, bad.project],
        ).fetchone()[0]
        total = con.execute("select count(*) from warnings").fetchone()[0]
        ahead = con.execute(
            "select count(*) from warnings where starts_at between ? and ? and labels['project'] = ?",
            [bad.timestamp, truth.first_critical, bad.project],
        ).fetchone()[0]
        elsewhere = con.execute(
            "select distinct labels['service'] from warnings where starts_at < ? or starts_at > ?",
            [bad.timestamp, truth.resolved_at],
        ).fetchall()
        models = con.execute("select count(*) from anomaly_models").fetchone()[0]
    assert bad.timestamp <= firsts < truth.first_critical - timedelta(minutes=5)
    assert "early warnings before the first critical alert" in stdout
    assert 0 < total <= 25 and models > 0  # the day's, the reindex batch's, the 5 planted noisy bursts'
    assert ahead >= 5  # the ramp shows on several of the project's series before it turns critical
    # away from the incident only the nightly reindex batch warns (30 h is too short to learn it as a season)
    assert {service for (service,) in elsewhere} <= {"indexer"}
    assert decoys == 0


def test_readers_open_the_read_copy_while_the_flow_runs(settings, tmp_path):
    import time

    db = tmp_path / "live.duckdb"
    env = {**_env(settings), "SIGNALCRAFT_STORE_READ_COPY_EVERY_S": "0", "SIGNALCRAFT_INGEST_EPOCH_INTERVAL_S": "0.2"}
    cmd = [sys.executable, "-m", "signalcraft", "run", "--bootstrap-servers", settings.broker.bootstrap_servers,
           "--db", str(db)]
    flow = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        payload = (EXAMPLES / "alerts" / "alertmanager-firing.json").read_bytes()
        _, records = parse_payload(payload, "alerts", {}, Identity())
        produce(settings.broker.bootstrap_servers, settings.topics.alerts, [(None, payload, {})])
        copy = tmp_path / "live.read.duckdb"
        deadline, rows = time.monotonic() + 30, 0
        while time.monotonic() < deadline and rows < len(records):
            time.sleep(0.3)
            if copy.exists():
                with duckdb.connect(str(copy), read_only=True) as con:
                    rows = con.execute("select count(*) from alert_events").fetchone()[0]
        assert flow.poll() is None, flow.communicate()[1][-2000:]
        assert rows == len(records)
    finally:
        flow.kill()
        flow.wait(10)
