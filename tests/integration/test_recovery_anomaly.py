"""Kill the flow mid-stream (SIGKILL) while series are being watched, restart it from recovery:
the warnings and baseline snapshots equal those of an uninterrupted run."""

from __future__ import annotations

import json
import math
import random
import time
from datetime import UTC, datetime, timedelta

import duckdb

from signalcraft.broker import produce_all
from signalcraft.config import CorrelationSettings, Settings
from tests.integration.test_recovery import kill_while_feeding, reference_run, restart_to_end

START = datetime(2026, 3, 2, tzinfo=UTC)
SERIES, MINUTES = 40, 240


def stream() -> list[tuple[bytes, bytes, int]]:
    """(key, value, timestamp ms) metric points in time order; every 10th series ramps at the end."""
    rng = random.Random(11)
    levels = [rng.uniform(10, 1000) for _ in range(SERIES)]
    out = []
    for m in range(MINUTES):
        at = START + timedelta(minutes=m)
        for s in range(SERIES):
            ramp = 1.0 + (0.05 * (m - 180) if s % 10 == 0 and m >= 180 else 0.0)
            value = levels[s] * ramp * (1 + 0.02 * math.sin(m / 30)) + rng.gauss(0, levels[s] * 0.01)
            doc = {"workspace_id": "acme", "metric_key": f'rate{{svc="s{s:02d}"}}', "name": "rate",
                   "labels": {"svc": f"s{s:02d}"}, "value": round(value, 4), "timestamp": at.isoformat()}
            out.append((f"s{s:02d}".encode(), json.dumps(doc).encode(), int(at.timestamp() * 1000)))
    return out


def feed(settings: Settings, messages, pause_s: float) -> None:
    config = {"bootstrap.servers": settings.broker.bootstrap_servers, "linger.ms": "5"}
    headers = {"sc-format": "signalcraft-metric"}
    for i in range(0, len(messages), 400):
        produce_all(config, [(settings.topics.metrics, k, v, headers, ts) for k, v, ts in messages[i:i + 400]])
        time.sleep(pause_s)


def stored(db) -> tuple[list, list]:
    with duckdb.connect(str(db), read_only=True) as con:
        warnings = con.execute("select id, status, starts_at, ends_at, metric_key from warnings order by id").fetchall()
        models = con.execute("select id, last_updated from anomaly_models order by id").fetchall()
    return warnings, models


def test_sigkill_mid_stream_then_restart_warns_exactly_as_an_uninterrupted_run(settings, tmp_path, monkeypatch):
    monkeypatch.setenv("SIGNALCRAFT_CORRELATION_ENABLED", "false")
    db, recovery = tmp_path / "anomaly.duckdb", tmp_path / "recovery"
    messages = stream()

    kill_while_feeding(settings, db, recovery, lambda s: feed(s, messages, 0.3), 3.5)
    with duckdb.connect(str(db), read_only=True) as con:
        before = con.execute("select count(*) from metric_points").fetchone()[0]
    assert 0 < before < len(messages), "the kill must land mid-stream"

    restart_to_end(settings, db, recovery)
    reference = tmp_path / "reference.duckdb"
    reference_run(settings, reference, lambda s: feed(s, messages, 0.0), correlation=CorrelationSettings(enabled=False))

    warnings, models = stored(db)
    assert (warnings, models) == stored(reference)
    ramping = {f'metric:acme/rate{{svc="s{s:02d}"}}' for s in range(0, SERIES, 10)}
    assert ramping <= {w[4] for w in warnings}  # every ramp warned ...
    assert len(models) == SERIES
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*), count(distinct id) from metric_points").fetchone() == (len(messages),) * 2
