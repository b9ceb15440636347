"""The watch keyed by shards of series (a flow without recovery) gives what the watch keyed by
series gives: the same warnings, baseline snapshots and late records of each series in the same
order, on one worker and on two, the same meter readings and, in the whole flow, the same stored
rows and topic messages; a flow with recovery keeps the watch keyed by series."""

from __future__ import annotations

from datetime import timedelta

import bytewax.operators as op
import pytest
from bytewax.dataflow import Dataflow
from bytewax.recovery import RecoveryConfig, init_db_dir
from bytewax.testing import TestingSink, TestingSource, cluster_main, run_main

from signalcraft.config import AnomalySettings, Settings
from signalcraft.flows.anomaly import ShardLogic, watch
from signalcraft.flows.pipeline import build_flow
from signalcraft.health import ServiceHealth
from signalcraft.operators.anomaly import Sensitivity
from signalcraft.params import AnomalyParams
from tests.flow.test_anomaly_flow import interleave, logs
from tests.flow.test_anomaly_rows_flow import _batches
from tests.flow.test_health_flow import metrics
from tests.unit.test_anomaly_rows import stream

EPOCH = timedelta(milliseconds=20)


def records() -> list:
    """Alerts of six series with late ones, a log error ramp, a metric, and feedback for one series."""
    alerts, lines = stream(minutes=240), interleave(logs("payments-api", 240, 200, 1), logs("cart", 240, None, 2))
    mixed = [*alerts]  # in their arrival order (late ones among them), the log lines spread through it
    for i, line in enumerate(lines):
        mixed.insert(i * len(alerts) // len(lines) + i, line)
    mixed.insert(len(mixed) // 3, Sensitivity("logs:acme/checkout/production/payments-api", 6.0))
    mixed.insert(2 * len(mixed) // 3, Sensitivity("logs:acme/checkout/production/payments-api", None))
    return mixed


RECORDS = records()


def run_watch(shards: int, workers: int = 1, health: ServiceHealth | None = None) -> list:
    flow, out = Dataflow("anomaly-branch"), []
    chunks = [RECORDS[i:i + 97] for i in range(0, len(RECORDS), 97)]  # batches, as the flow has them
    watched = watch("anomaly", op.input("input", flow, TestingSource(chunks)), AnomalyParams(), health,
                    recovery=False, shards=shards)
    op.output("out", op.merge("found", watched.warnings, watched.models, watched.late), TestingSink(out))
    if workers == 1:
        run_main(flow, epoch_interval=EPOCH)
    else:
        cluster_main(flow, [], 0, epoch_interval=EPOCH, worker_count_per_proc=workers)
    return out


def by_series(out: list) -> dict[tuple[str, str], list]:
    """Each series' warnings, snapshots and late records, each in their order (the three are
    streams of their own, merged for the test in no set order)."""
    found: dict[tuple[str, str], list] = {}
    for x in out:
        key = getattr(x, "metric_key", None) or repr(x.record.id)
        found.setdefault((type(x).__name__, key), []).append(x)
    return found


@pytest.fixture(scope="module")
def by_series_out() -> list:
    return run_watch(0)


@pytest.mark.parametrize(("shards", "workers"), [(64, 1), (1, 1), (7, 1), (64, 2), (3, 2)])
def test_the_same_warnings_snapshots_and_late_records_as_keyed_by_series(by_series_out, shards, workers):
    out = run_watch(shards, workers)
    kinds = {type(x).__name__ for x in by_series_out}
    assert kinds == {"EarlyWarning", "AnomalyModel", "Late"} and len(by_series_out) > 50
    assert sorted(map(repr, out)) == sorted(map(repr, by_series_out))
    assert by_series(out) == by_series(by_series_out)


def test_the_meter_hears_the_same_warnings_and_series():
    readings = []
    for shards in (0, 64):
        health = ServiceHealth()
        run_watch(shards, health=health)
        readings.append((metrics(health, "signalcraft_emitted", "kind"),
                         metrics(health, "signalcraft_state_size", "name")))
    assert readings[0] == readings[1] and readings[0][0][("warnings",)] >= 1


def test_a_watch_with_recovery_is_keyed_by_series():
    flow = Dataflow("anomaly-branch")
    with pytest.raises(ValueError, match="keyed by series"):
        watch("anomaly", op.input("input", flow, TestingSource([])), AnomalyParams(), recovery=True, shards=64)


def test_a_sharded_watch_run_with_recovery_stops_instead_of_losing_its_states(tmp_path):
    flow, out = Dataflow("anomaly-branch"), []
    watched = watch("anomaly", op.input("input", flow, TestingSource([RECORDS[:500]])), AnomalyParams(),
                    recovery=False, shards=4)
    op.output("out", watched.models, TestingSink(out))
    init_db_dir(tmp_path, 1)
    with pytest.raises(Exception, match="recovery=False"):
        run_main(flow, recovery_config=RecoveryConfig(str(tmp_path), backup_interval=timedelta(0)))
    with pytest.raises(RuntimeError, match="built without recovery"):
        ShardLogic(lambda state, pair: (state, []), b"a snapshot")


def _pipeline(shards: int, recovery: bool, folder=None) -> tuple[dict, dict]:
    settings, batches = _batches("dead_letter")
    settings = settings.model_copy(update={"anomaly": AnomalySettings(late_records="dead_letter", shards=shards)})
    stored: list = []
    out: dict[str, list] = {"dlq": [], "correlations": [], "warnings": [], "suggestions": []}
    flow = build_flow(settings, TestingSource(batches), TestingSink(stored), TestingSink(out["dlq"]),
                      TestingSink(out["correlations"]), TestingSink(out["warnings"]),
                      suggestions=TestingSink(out["suggestions"]), recovery=recovery)
    config = None
    if recovery:
        init_db_dir(folder, 1)
        config = RecoveryConfig(str(folder), backup_interval=timedelta(0))
    run_main(flow, recovery_config=config)
    tables: dict[str, list] = {}
    for _key, by_table in stored:
        for name, table in by_table.items():
            tables.setdefault(name, []).extend(table.to_pylist())
    for rows in tables.values():
        for row in rows:
            row.pop("received_at", None)  # a dead letter's is the time the flow ran
        rows.sort(key=lambda row: (row["id"], repr(row)))
    return tables, {name: sorted((m.key, m.value, repr(m.headers)) for m in got) for name, got in out.items()}


def test_the_whole_flow_stores_and_sends_the_same_sharded_or_not(tmp_path):
    assert Settings().anomaly.shards == 64
    sharded = _pipeline(64, recovery=False)
    assert len(sharded[0]["anomaly_models"]) > 10 and sharded[1]["warnings"] and len(sharded[0]["dlq"]) > 5
    assert sharded == _pipeline(0, recovery=False)
    assert sharded == _pipeline(64, recovery=True, folder=tmp_path)  # with recovery: keyed by series, and it runs
