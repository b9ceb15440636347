"""The ingest branch: raw batches -> decode -> records for the store; refusals -> dead letters.

    raw batches ──► decode (route by topic, adapt, validate) ──► records ──► (the caller: store, branches)
                                                      └──► dead letters ──► (the caller: store, dlq topic)
"""

from __future__ import annotations

from dataclasses import dataclass

import bytewax.operators as op
from bytewax.dataflow import Stream, operator

from signalcraft.models import DeadLetter, RawMessage
from signalcraft.operators.ingest import BatchDecoder, Decoded
from signalcraft.params import Identity, StreamKind


@dataclass(frozen=True)
class Ingested:
    """What :func:`ingest` makes of the input."""

    decoded: Stream[Decoded]
    """Per input batch: its records and its dead letters."""
    dead: Stream[DeadLetter]
    """Every dead letter, one by one."""


@operator
def ingest(step_id: str, up: Stream[list[RawMessage]], topics: dict[str, StreamKind], identity: Identity) -> Ingested:
    """Decode batches of raw messages of the input ``topics`` (topic -> stream kind)."""
    decoded = op.map("decode", up, BatchDecoder(topics, identity))
    return Ingested(decoded, op.flat_map("dead-letters", decoded, lambda d: d.dead))
