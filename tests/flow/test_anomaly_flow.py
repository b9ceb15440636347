"""The anomaly branch in Bytewax, through the same ``watch`` operator the whole flow wires: a
log error ramp warns once, state survives an abort and resume; and, through ``build_flow``,
the late-record policy: counted and stored, or also a dead letter."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import bytewax.operators as op
import pytest
from bytewax.dataflow import Dataflow
from bytewax.recovery import RecoveryConfig, init_db_dir
from bytewax.testing import TestingSink, TestingSource, run_main

from signalcraft.config import AnomalySettings, CorrelationSettings, Settings
from signalcraft.flows.anomaly import watch
from signalcraft.models import LogRecord, MetricPoint, RawMessage, make_id
from signalcraft.operators.batching import as_batch
from signalcraft.params import AnomalyParams
from tests.support import run_pipeline

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


def watch_flow(records, warnings, models, late) -> Dataflow:
    """The anomaly branch alone on a source of records: the ``watch`` operator of the whole flow."""
    flow = Dataflow("anomaly-branch")
    batches = op.map("as-batches", op.input("input", flow, TestingSource(records)), as_batch)
    watched = watch("anomaly", batches, AnomalyParams())
    op.output("warnings", watched.warnings, TestingSink(warnings))
    op.output("models", watched.models, TestingSink(models))
    op.output("late", watched.late, TestingSink(late))
    return flow


def run(records, **kw):
    warnings, models, late = [], [], []
    run_main(watch_flow(records, warnings, models, late), **kw)
    return warnings, models, late


def test_a_ramp_in_one_service_warns_once_and_a_quiet_one_never():
    records = interleave(logs("payments-api", 240, 200, 1), logs("cart-service", 240, None, 2))
    warnings, models, late = run(records)
    assert [(w.labels["service"], w.status) for w in warnings] == [("payments-api", "firing")]
    assert T0 + 200 * MIN <= warnings[0].starts_at <= T0 + 203 * MIN
    assert {m.metric_key for m in models} == {
        "logs:acme/checkout/production/payments-api", "logs:acme/checkout/production/cart-service"
    }
    assert late == []


def metric_message(i: int, minutes: int) -> RawMessage:
    point = MetricPoint(id=f"m{i}", workspace_id="acme", metric_key="q", name="q", value=1.0,
                        timestamp=T0 + minutes * MIN, source="t")
    return RawMessage("signalcraft.metrics", 0, i, point.model_dump_json().encode(),
                      headers={"sc-format": "signalcraft-metric"}, timestamp_ms=i)


def test_the_branch_hands_a_record_after_its_bucket_closed_on_as_late():
    points = [MetricPoint(id=f"m{i}", workspace_id="acme", metric_key="q", name="q", value=1.0,
                          timestamp=T0 + i * MIN, source="t") for i in range(10)]
    _, _, late = run([*points, points[0].model_copy(update={"id": "late-1"})])
    assert [x.record.id for x in late] == ["late-1"] and "closed before" in late[0].reason


@pytest.mark.parametrize("policy", ["count", "dead_letter"])
def test_a_record_after_its_bucket_closed_is_stored_counted_and_by_policy_a_dead_letter(policy):
    settings = Settings(anomaly=AnomalySettings(late_records=policy), correlation=CorrelationSettings(enabled=False))
    batches = [[metric_message(i, i) for i in range(10)], [metric_message(10, 0)]]  # the last is late
    rows, dlq, _ = run_pipeline(settings, batches)
    assert sorted(r["id"] for r in rows["metric_points"]) == sorted(f"m{i}" for i in range(11))
    dead = rows.get("dlq", [])
    if policy == "count":
        assert dead == [] and dlq == []
        return
    [letter] = dead
    assert (letter["step"], letter["id"]) == ("series", make_id("dlq", "series", "m10"))
    assert "series metric:acme/q:" in letter["reason"] and "closed before" in letter["reason"]
    assert b'"id":"m10"' in letter["payload"]
    [message] = dlq
    assert dict(message.headers)["sc-dlq-step"] == b"series"


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
        run_main(watch_flow(first, w, m, d), epoch_interval=timedelta(milliseconds=50), recovery_config=recovery)
        got += w
    assert [(x.id, x.status) for x in got] == [(x.id, x.status) for x in expected] and len(expected) == 1
