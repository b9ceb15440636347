"""The anomaly branch in Bytewax: a log error ramp warns once, late records become dead letters,
and state survives an abort and resume."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from bytewax.recovery import RecoveryConfig, init_db_dir
from bytewax.testing import TestingSink, TestingSource, run_main

from signalcraft.models import LogRecord, MetricPoint, make_id
from signalcraft.flows.anomaly import build_anomaly_flow
from signalcraft.params import AnomalyParams

T0 = datetime(2025, 3, 11, 8, 0, tzinfo=UTC)
MIN = timedelta(minutes=1)


def logs(service: str, minutes: int, ramp_from: int | None, seed: int) -> list[LogRecord]:
    rng, out = random.Random(seed), []
    for m in range(minutes):
        errors = rng.choice([0, 0, 0, 1]) if ramp_from is None or m < ramp_from else min(20, 2 + 2 * (m - ramp_from))
        out += [
            LogRecord(id=f"{service}-{m}-{i}", workspace_id="acme", project="checkout", environment="production",
                      service=service, severity_number=17 if i < errors else 9, is_error=i < errors, body="b",
                      timestamp=T0 + m * MIN + i * timedelta(seconds=2), source="t")
            for i in range(20)
        ]
    return out


def interleave(*streams):
    return sorted((r for s in streams for r in s), key=lambda r: r.timestamp)


def run(records, **kw):
    warnings, models, dead = [], [], []
    run_main(build_anomaly_flow(AnomalyParams(), TestingSource(records), TestingSink(warnings), TestingSink(models), TestingSink(dead)), **kw)
    return warnings, models, dead


def test_a_ramp_in_one_service_warns_once_and_a_quiet_one_never():
    records = interleave(logs("payments-api", 240, 200, 1), logs("cart-service", 240, None, 2))
    warnings, models, dead = run(records)
    assert [(w.labels["service"], w.status) for w in warnings] == [("payments-api", "firing")]
    assert T0 + 200 * MIN <= warnings[0].starts_at <= T0 + 203 * MIN
    assert {m.metric_key for m in models} == {"logs:acme/checkout/production/payments-api", "logs:acme/checkout/production/cart-service"}
    assert dead == []


def test_a_record_after_its_bucket_closed_becomes_a_dead_letter_with_the_reason():
    late = MetricPoint(id="late-1", workspace_id="acme", metric_key="q", name="q", value=1.0, timestamp=T0, source="t")
    points = [MetricPoint(id=f"m{i}", workspace_id="acme", metric_key="q", name="q", value=1.0,
                          timestamp=T0 + i * MIN, source="t") for i in range(10)]
    _, _, dead = run([*points, late])
    assert [(d.step, d.id) for d in dead] == [("series", make_id("dlq", "series", "late-1"))]
    assert "series metric:acme/q:" in dead[0].reason
    assert "closed before" in dead[0].reason and b'"id":"late-1"' in dead[0].payload


def test_state_survives_an_abort_and_resume(tmp_path):
    records = logs("payments-api", 240, 200, 1)
    expected, _, _ = run(records)
    init_db_dir(tmp_path, 1)
    recovery = RecoveryConfig(str(tmp_path), backup_interval=timedelta(0))
    cut = 200 * 20  # abort just as the ramp begins
    first = [*records[:cut], TestingSource.ABORT(), *records[cut:]]
    got = []
    for _ in range(2):
        w, m, d = [], [], []
        flow = build_anomaly_flow(AnomalyParams(), TestingSource(first), TestingSink(w), TestingSink(m), TestingSink(d))
        run_main(flow, epoch_interval=timedelta(milliseconds=50), recovery_config=recovery)
        got += w
    assert [(x.id, x.status) for x in got] == [(x.id, x.status) for x in expected] and len(expected) == 1
