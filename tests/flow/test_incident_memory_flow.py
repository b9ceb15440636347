"""The incident memory as the flow keeps it: the DuckDB sink hands each committed epoch's groups to
the indexer; the row follows the group from its first alert to its resolution; a replay of the
same input writes and embeds nothing."""

from __future__ import annotations

from pathlib import Path

import lancedb
from bytewax.testing import TestingSink, TestingSource, run_main

from signalcraft.config import Settings
from signalcraft.flows.pipeline import build_flow
from signalcraft.health import ServiceHealth
from signalcraft.models import RawMessage
from signalcraft.operators.embedding import Encoder
from signalcraft.sinks.duckdb_sink import DuckDBSink
from signalcraft.sinks.incident_memory import IncidentMemory, MemoryIndexer

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples"
ENCODER = Encoder()


def run(db: Path, lance: Path, health: ServiceHealth | None = None) -> list[MemoryIndexer]:
    settings = Settings()
    made: list[MemoryIndexer] = []

    def memory(writer):
        made.append(MemoryIndexer(lambda: IncidentMemory(lance, ENCODER), writer.reader, drain_s=120, health=health))
        return made[-1]

    def message(topic: str, offset: int, name: str) -> RawMessage:
        return RawMessage(topic, 0, offset, (EXAMPLES / name).read_bytes(), timestamp_ms=1_717_510_000_000 + offset)

    batches = [
        [message(settings.topics.alerts, 0, "alerts/pagerduty-events-trigger.json")],
        [message(settings.topics.resolutions, 1, "resolutions/pagerduty-v3-webhook-incident-resolved.json"),
         message(settings.topics.resolutions, 2, "resolutions/pagerduty-v3-webhook-incident-annotated.json")],
    ]
    run_main(build_flow(settings, TestingSource(batches), DuckDBSink(db, memory=memory), TestingSink([]),
                        TestingSink([]), TestingSink([])))
    return made


def test_the_group_and_its_resolution_reach_the_memory_once(tmp_path: Path) -> None:
    db, lance = tmp_path / "s.duckdb", tmp_path / "s.lance"
    health = ServiceHealth()
    [first] = run(db, lance, health)
    assert first.failures == 0 and first.report.embedded >= 2
    metric = health.registry.get_sample_value
    assert metric("signalcraft_memory_total", {"what": "incidents_written"}) == first.report.written
    assert metric("signalcraft_memory_total", {"what": "texts_embedded"}) == first.report.embedded
    assert metric("signalcraft_memory_pending_groups") == 0
    table = lancedb.connect(str(lance)).open_table("incidents")
    [row] = table.search().limit(10).to_list()  # one group, rewritten as its resolutions came
    assert row["resolved"] and row["resolutions"] == 2
    assert row["fix"].startswith("rolled checkout back") and "PagerDuty" in row["text"]
    [again] = run(db, lance)  # the same input again: a replay
    assert (again.report.written, again.report.embedded) == (0, 0)
    table.checkout_latest()  # the handle opened before the replay
    assert table.count_rows() == 1
