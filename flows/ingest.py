"""The ingest branch: input batches -> decode -> Arrow rows for the store; refusals -> dead letters.

    raw batches ──► decode (adapt + validate) ──► records + dead letters ──► Arrow rows (store)
                                          └──► dead letters ──► Kafka messages (signalcraft.dlq)
"""

from __future__ import annotations

from typing import Any

import bytewax.operators as op
from bytewax.connectors.kafka import KafkaSinkMessage
from bytewax.dataflow import Stream

from signalcraft.config import Settings
from signalcraft.operators.ingest import BatchDecoder, Decoded
from signalcraft.sinks.duckdb_sink import arrow_batches
from signalcraft.sinks.kafka import dead_letter_message
from signalcraft.models import RawMessage


def ingest(
    batches: Stream[list[RawMessage]], settings: Settings
) -> tuple[Stream[Decoded], Stream[dict[str, Any]], Stream[KafkaSinkMessage]]:
    """Wire decoding onto a stream of raw batches.

    Returns the decoded batches, their Arrow rows by table (converted in the worker that
    decoded them, so only Arrow buffers travel to the single DuckDB writer) and the dead
    letters as Kafka messages.
    """
    decoded = op.map("decode", batches, BatchDecoder(settings.topics.inputs(), settings.identity.rules()))
    stored = op.filter("non-empty", op.map("to-store", decoded, Decoded.stored), bool)
    rows = op.map("to-arrow", stored, arrow_batches)
    dead = op.flat_map("dead-letters", decoded, lambda d: [dead_letter_message(x) for x in d.dead])
    return decoded, rows, dead
