"""The join's correlations as rows (``models/correlation_row.py``) are its records' values: over a
seeded correlation scenario, the grouped join built with ``rows`` emits, in the same order, a row for
each record the join without it emits, and the correlations topic's messages (key, headers, the JSON
parsed) and the store's Arrow tables made of the rows are those made of the records."""

from __future__ import annotations

import json

import pytest

from signalcraft.config import CorrelationSettings
from signalcraft.models import Correlation
from signalcraft.models.correlation_row import CorrelationRow
from signalcraft.operators.correlation import Correlator
from signalcraft.sinks.duckdb_sink import arrow_batches
from signalcraft.sinks.kafka import message_of
from signalcraft.sinks.schema import CORRELATIONS, table_for, to_arrow
from tests.support import load_benchmark


@pytest.fixture(scope="module")
def emitted() -> tuple[list, list]:
    cs, corr, branch = (load_benchmark(name) for name in ("correlation_scenario", "correlation", "correlation_branch"))
    scenario = corr.tenants(cs.generate(seed=3, incidents=60), 2)
    batches = branch.batches(corr.decoded(scenario), 37, rows=True)
    settings = CorrelationSettings(dependencies=scenario.dependencies)
    records = branch.replay_grouped(batches, settings)[1]
    original = branch.Correlator
    branch.Correlator = lambda params: Correlator(params, rows=True)
    try:
        rows = branch.replay_grouped(batches, settings)[1]
    finally:
        branch.Correlator = original
    return records, rows


def _message(record) -> tuple:
    m = message_of(record)
    return m.key, json.loads(m.value), m.headers


def test_a_row_has_the_fields_of_the_record_in_its_order():
    assert CorrelationRow.__struct_fields__ == tuple(Correlation.model_fields)
    assert [c.source for c in CORRELATIONS.columns] == list(CorrelationRow.__struct_fields__)


def test_the_join_emits_rows_of_its_records_values(emitted):
    records, rows = emitted
    assert len(records) > 300 and any(r.withdrawn for r in records) and any(r.live_at for r in records)
    assert {type(r) for r in records} == {Correlation} and {type(r) for r in rows} == {CorrelationRow}
    assert [row.record() for row in rows] == records


def test_the_topic_gets_the_messages_of_the_records(emitted):
    records, rows = emitted
    assert [_message(r) for r in rows] == [_message(r) for r in records]


def test_the_store_gets_the_rows_of_the_records(emitted):
    records, rows = emitted
    assert table_for(rows[0]) == table_for(records[0]) == "correlations"
    got, want = to_arrow(CORRELATIONS, rows), to_arrow(CORRELATIONS, records)
    assert got.schema == want.schema and got.to_pylist() == want.to_pylist() and got.equals(want)
    assert arrow_batches(rows)["correlations"].equals(arrow_batches(records)["correlations"])


def test_a_list_of_rows_and_records_is_stored_as_its_records(emitted):
    records, rows = emitted
    mixed = [r if i % 3 else rows[i] for i, r in enumerate(records)]
    assert to_arrow(CORRELATIONS, mixed).equals(to_arrow(CORRELATIONS, records))
    assert arrow_batches(mixed)["correlations"].equals(arrow_batches(records)["correlations"])
    with pytest.raises(TypeError, match="holds Correlation, got AlertGroup"):
        to_arrow(CORRELATIONS, [rows[0], _group()])


def _group():
    from datetime import UTC, datetime

    from signalcraft.models import AlertGroup

    t = datetime(2024, 1, 1, tzinfo=UTC)
    return AlertGroup(id="g", workspace_id="w", group_key="{}", group_labels={}, project="p", environment="e",
                      service="s", status="created", opened_at=t, updated_at=t, fingerprints=("f",), alert_count=1,
                      max_severity="error", version=1)
