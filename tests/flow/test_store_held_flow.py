"""The whole flow (correlation, silence mining, log patterns and the watch on) stores the same rows
whether each batch of records is converted to Arrow where it is made (the wiring before
``ToStore``) or the writer's partition converts many batches together."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import duckdb
import pytest
from bytewax.testing import TestingSink, TestingSource, run_main

from signalcraft.config import AnomalySettings, CorrelationSettings, PatternSettings, Settings, SilenceSettings
from signalcraft.flows.pipeline import build_flow
from signalcraft.sinks import duckdb_sink
from signalcraft.sinks.duckdb_sink import DuckDBSink, arrow_batches
from signalcraft.sinks.schema import TABLES
from signalcraft.sinks.store_held import Held
from tests.flow.test_keyed import whole_flow_input

SETTINGS = Settings(correlation=CorrelationSettings(enabled=True), anomaly=AnomalySettings(enabled=True),
                    patterns=PatternSettings(enabled=True), silences=SilenceSettings(enabled=True))


def run(path: Path, epoch: timedelta, flush_rows: int) -> tuple[dict[str, list[tuple]], list, list]:
    """The stored rows by table (a dead letter's time of receipt left out), the dead-letter and the
    correlation messages."""
    dlq, correlations = [], []
    run_main(build_flow(SETTINGS, TestingSource(whole_flow_input(SETTINGS)), DuckDBSink(path, flush_rows=flush_rows),
                        TestingSink(dlq), TestingSink(correlations)), epoch_interval=epoch)
    with duckdb.connect(str(path), read_only=True) as con:
        rows = {}
        for table in TABLES:
            columns = [c for c in table.column_names if not (table.name == "dlq" and c == "received_at")]
            rows[table.name] = con.execute(f"SELECT {', '.join(columns)} FROM {table.name} ORDER BY id").fetchall()
    return rows, [m.value for m in dlq], [(m.key, m.value) for m in correlations]


class _Converted:
    """What the store's mapper made before: the batch's Arrow tables (:func:`arrow_batches`)."""

    def __new__(cls, contents: list) -> dict:
        return arrow_batches(contents)


@pytest.mark.parametrize(("epoch", "flush_rows", "convert_rows"), [
    (timedelta(seconds=10), 20_000, 4096), (timedelta(0), 20_000, 4096), (timedelta(seconds=10), 40, 25)])
def test_the_flow_stores_the_same_rows_converted_together(tmp_path, monkeypatch, epoch, flush_rows, convert_rows):
    monkeypatch.setattr(Held, "CONVERT_ROWS", convert_rows)
    together = run(tmp_path / "together.duckdb", epoch, flush_rows)
    with monkeypatch.context() as m:
        m.setattr(duckdb_sink, "ToStore", _Converted)  # store()'s mapper as it was: Arrow where the batch is made
        alone = run(tmp_path / "alone.duckdb", epoch, flush_rows)
    assert together == alone
    rows, _dlq, _correlations = together
    assert rows["alert_events"] and rows["alert_groups"] and rows["log_events"] and rows["audit_log"]
