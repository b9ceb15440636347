"""Decode a batch of raw messages into records and dead letters (no Bytewax here)."""

from __future__ import annotations

from dataclasses import dataclass, field

from signalcraft.models import DeadLetter, RawMessage
from signalcraft.models.common import Record
from signalcraft.params import Identity, StreamKind
from signalcraft.sources.decode import decode


@dataclass(slots=True)
class Decoded:
    """What one batch of messages became."""

    records: list[Record] = field(default_factory=list)
    dead: list[DeadLetter] = field(default_factory=list)

    def stored(self) -> list[Record | DeadLetter]:
        """Everything the store keeps: records and dead letters alike."""
        return [*self.records, *self.dead]


class BatchDecoder:
    """Callable: ``list[RawMessage] -> Decoded``, choosing the stream kind by topic."""

    def __init__(self, topic_kinds: dict[str, StreamKind], identity: Identity):
        self._kinds = dict(topic_kinds)
        self._identity = identity

    def __call__(self, batch: list[RawMessage]) -> Decoded:
        out = Decoded()
        records = out.records
        for raw in batch:
            kind = self._kinds.get(raw.topic)
            if kind is None:
                out.dead.append(DeadLetter.of_message(raw, "route", f"topic {raw.topic!r} is not an input topic"))
                continue
            decoded, dead = decode(raw, kind, self._identity)
            records.extend(decoded)
            if dead is not None:
                out.dead.append(dead)
        return out
