"""The ingest branch: raw batches -> decode -> records for the store; refusals -> dead letters.

    raw batches ──► decode (route by topic, adapt, validate) ──► records ──► (the caller: store, branches)
                    (the batches of one call as one)
                                     │                └──► dead letters ──► (the caller: store, dlq topic)
                                     └──► (with a meter) records by topic and kind, dead letters by step
"""

from __future__ import annotations

from dataclasses import dataclass

import bytewax.operators as op
from bytewax.dataflow import Stream, operator

from signalcraft.models import DeadLetter, RawMessage
from signalcraft.operators.ingest import BatchDecoder, Decoded
from signalcraft.operators.metering import Meter, decoded_meter
from signalcraft.params import Identity, StreamKind


@dataclass(frozen=True)
class Ingested:
    """What :func:`ingest` makes of the input."""

    decoded: Stream[Decoded]
    """Per call of the step (the input batches Bytewax hands it at once): their records and dead letters, in order."""
    dead: Stream[DeadLetter]
    """Every dead letter, one by one."""


@operator
def ingest(
    step_id: str,
    up: Stream[list[RawMessage]],
    topics: dict[str, StreamKind],
    identity: Identity,
    health: Meter | None = None,
    log_lines: bool = False,
    alert_rows: bool = False,
    change_rows: bool = False,
) -> Ingested:
    """Decode batches of raw messages of the input ``topics`` (topic -> stream kind); count
    each batch's records and refusals on ``health``, if given. The batches of one call are
    decoded as one, in order (:meth:`BatchDecoder.many`). ``log_lines``: keep log records
    column by column (:attr:`Decoded.lines`), for a flow where no step reads them but the store.
    ``alert_rows``: keep alert events as rows (:attr:`Decoded.alerts`), for a flow whose steps read
    rows as they read records (the store, silence mining, change correlation, the anomaly watch).
    ``change_rows``: keep the fast path's change reports as rows (the store and the join read them)."""
    decoder = BatchDecoder(topics, identity, log_lines, alert_rows, change_rows)
    decoded = op.flat_map_batch("decode", up, decoder.many)
    if health is not None:
        op.inspect("meter", decoded, decoded_meter(health))
    return Ingested(decoded, op.flat_map("dead-letters", decoded, lambda d: d.dead))
