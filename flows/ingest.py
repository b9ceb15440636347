"""The ingest flow: input batches -> decode -> store; refused input -> dead-letter topic.

    Kafka input topics ──► decode (adapt + validate) ──► records + dead letters ──► Arrow ──► DuckDB
                                                   └──► dead letters ──► signalcraft.dlq
"""

from __future__ import annotations

from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Dataflow
from bytewax.inputs import Source
from bytewax.outputs import Sink

from signalcraft.config import Settings
from signalcraft.operators.ingest import BatchDecoder, Decoded
from signalcraft.sinks.duckdb_sink import arrow_batches, store_key
from signalcraft.sinks.kafka import dead_letter_message
from signalcraft.sources.raw import RawMessage


def build_ingest_flow(
    settings: Settings,
    source: Source[list[RawMessage]],
    store: Sink[tuple[str, dict[str, Any]]],
    dlq: Sink[Any],
    flow_id: str = "signalcraft-ingest",
) -> Dataflow:
    """Wire the ingest flow; ``source`` emits batches of raw messages.

    ``store`` receives ``(key, {table: Arrow table})`` items: each batch of records and
    dead letters is turned into Arrow in the worker that decoded it, and the key routes
    it to the single DuckDB writer. ``dlq`` receives Kafka messages.
    """
    flow = Dataflow(flow_id)
    batches = op.input("input", flow, source)
    decoded = op.map("decode", batches, BatchDecoder(settings.topics.inputs(), settings.identity))
    stored = op.filter("non-empty", op.map("to-store", decoded, Decoded.stored), bool)
    rows = op.map("to-arrow", stored, arrow_batches)
    op.output("store", op.key_on("store-key", rows, store_key), store)
    dead = op.flat_map("dead-letters", decoded, lambda d: [dead_letter_message(x) for x in d.dead])
    op.output("dlq", dead, dlq)
    return flow
