"""Kill the flow mid-stream (SIGKILL) while log patterns are being mined, restart it from
recovery: every line has the template an uninterrupted run gives it, and log_templates holds the
same rows, counts included."""

from __future__ import annotations

import json
import random
import time
from datetime import UTC, datetime, timedelta

import duckdb

from signalcraft.broker import produce_all
from signalcraft.config import CorrelationSettings, Settings
from tests.integration.test_recovery import kill_while_feeding, reference_run, restart_to_end

START = datetime(2026, 3, 2, tzinfo=UTC)
SERVICES = [f"svc-{i}" for i in range(6)]
MINUTES = 120


def stream() -> list[tuple[bytes, bytes, int]]:
    """(key, value, timestamp ms) log lines in time order, keyed by service; new errors from minute 90."""
    rng, out = random.Random(5), []
    for m in range(MINUTES):
        for service in SERVICES:
            for j in range(5):
                at = START + timedelta(minutes=m, seconds=12 * j)
                body, severity = rng.choice([
                    (f"GET /v1/orders/{rng.randint(1, 9999)} 200 in {rng.randint(2, 300)} ms", 9),
                    (f"cache refresh for shard {rng.randint(0, 15)} took {rng.random():.3f}s", 9),
                    (f"user {rng.randint(1000, 99999)} signed in from 10.1.{rng.randint(0, 9)}.{rng.randint(1, 9)}", 9),
                    (f"retrying call to ledger after {rng.randint(10, 900)} ms (attempt {rng.randint(1, 5)})", 13),
                ])
                if m >= 90 and service == "svc-0":
                    body, severity = f"pool exhausted: waited {rng.randint(3000, 9000)} ms for a connection", 17
                doc = {"workspace_id": "acme", "project": "shop", "environment": "prod", "service": service,
                       "severity_number": severity, "is_error": severity >= 17, "body": body,
                       "timestamp": at.isoformat(), "source": "test"}
                out.append((service.encode(), json.dumps(doc).encode(), int(at.timestamp() * 1000)))
    return out


def feed(settings: Settings, messages, pause_s: float) -> None:
    config = {"bootstrap.servers": settings.broker.bootstrap_servers, "linger.ms": "5"}
    headers = {"sc-format": "signalcraft-log"}
    for i in range(0, len(messages), 300):
        produce_all(config, [(settings.topics.logs, k, v, headers, ts) for k, v, ts in messages[i:i + 300]])
        time.sleep(pause_s)


def stored(db) -> tuple[list, list, list]:
    with duckdb.connect(str(db), read_only=True) as con:
        lines = con.execute("select id, template_id from log_events order by id").fetchall()
        templates = con.execute("select * exclude (version) from log_templates order by id").fetchall()
        warnings = con.execute(
            "select id, status, starts_at from warnings where labels['alertname'] = 'NewLogPattern' order by id"
        ).fetchall()
    return lines, templates, warnings


def test_sigkill_mid_stream_then_restart_mines_exactly_as_an_uninterrupted_run(settings, tmp_path, monkeypatch):
    monkeypatch.setenv("SIGNALCRAFT_CORRELATION_ENABLED", "false")
    db, recovery = tmp_path / "patterns.duckdb", tmp_path / "recovery"
    messages = stream()

    kill_while_feeding(settings, db, recovery, lambda s: feed(s, messages, 0.3), 3.5)
    with duckdb.connect(str(db), read_only=True) as con:
        before = con.execute("select count(*) from log_events").fetchone()[0]
    assert 0 < before < len(messages), "the kill must land mid-stream"

    restart_to_end(settings, db, recovery)
    reference = tmp_path / "reference.duckdb"
    reference_run(settings, reference, lambda s: feed(s, messages, 0.0), correlation=CorrelationSettings(enabled=False))

    lines, templates, warnings = stored(db)
    assert (lines, templates, warnings) == stored(reference)
    assert len(lines) == len(messages) and all(tid for _, tid in lines)
    with duckdb.connect(str(db), read_only=True) as con:
        current = dict(con.execute(
            "select template, count from log_templates where replaced_by is null and service = 'svc-0'").fetchall())
    assert current["pool exhausted: waited <*> ms for a connection"] == 150
    assert [w[1] for w in warnings] == ["firing"]
