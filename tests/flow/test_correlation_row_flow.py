"""The flow's join emits its correlations as rows (``models/correlation_row.py``) that the
correlations topic encodes with msgspec and the store turns into Arrow column by column: over a
seeded correlation scenario, in the tools' real formats, with the anomaly watch on and off, the topic
gets the messages (key, headers, the JSON parsed) and the store the rows that the join emitting
pydantic records gives, message for message and row for row."""

from __future__ import annotations

import json
from unittest.mock import patch

import pytest

from signalcraft.config import CorrelationSettings, PatternSettings, Settings
from signalcraft.models import RawMessage
from signalcraft.models.correlation_row import CorrelationRow
from signalcraft.operators.correlation import Correlator
from signalcraft.sinks import kafka
from tests.support import load_benchmark, run_pipeline


def _settings(watch: bool) -> tuple[Settings, list[list[RawMessage]]]:
    cs, corr = load_benchmark("correlation_scenario"), load_benchmark("correlation")
    scenario = corr.tenants(cs.generate(seed=4, incidents=40), 2)
    settings = Settings(correlation=CorrelationSettings(dependencies=scenario.dependencies),
                        patterns=PatternSettings(enabled=False))
    if not watch:
        settings = settings.model_copy(update={"anomaly": settings.anomaly.model_copy(update={"enabled": False})})
    raws = [RawMessage(getattr(settings.topics, kind), i % 2, i, value, key, headers, ts)
            for i, (kind, key, value, headers, ts) in enumerate(scenario.messages)]
    return settings, [raws[i:i + 37] for i in range(0, len(raws), 37)]


def _run(rows: bool, watch: bool) -> tuple[dict, list, set[str]]:
    settings, batches = _settings(watch)
    kinds: set[str] = set()
    encode = kafka.correlation_message

    def noting(correlation):
        kinds.add(type(correlation).__name__)
        return encode(correlation)

    with patch.object(kafka, "correlation_message", noting):
        if rows:
            tables, _, messages = run_pipeline(settings, batches)
        else:
            with patch("signalcraft.flows.correlation.Correlator", lambda params, rows: Correlator(params, False)):
                tables, _, messages = run_pipeline(settings, batches)
    for stored in tables.values():
        for row in stored:
            row.pop("received_at", None)  # a dead letter's is the time the flow ran
        stored.sort(key=lambda row: (row["id"], repr(row)))
    return tables, [(m.key, json.loads(m.value), m.headers) for m in messages], kinds


@pytest.mark.parametrize("watch", [True, False])
def test_the_flow_stores_and_sends_of_rows_what_it_does_of_records(watch):
    tables, messages, kinds = _run(rows=True, watch=watch)
    want_tables, want_messages, want_kinds = _run(rows=False, watch=watch)
    assert kinds == {CorrelationRow.__name__} and want_kinds == {"Correlation"}
    assert len(messages) > 100 and len(tables["correlations"]) > 100
    assert any(m[1]["withdrawn"] for m in messages) and any(m[1]["live_at"] for m in messages)
    assert messages == want_messages
    assert tables == want_tables
