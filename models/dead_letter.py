"""Input that could not become a record, kept whole with the reason."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from signalcraft.models.common import Record, UtcDatetime
from signalcraft.models.ids import make_id

if TYPE_CHECKING:
    from signalcraft.models.raw import RawMessage


class DeadLetter(Record):
    """The original bytes, where they came from, the step that refused them and why."""

    id: str
    source_topic: str
    partition: int
    offset: int
    key: bytes | None = None
    payload: bytes
    headers: dict[str, str]
    format: str | None = None
    step: str
    reason: str
    received_at: UtcDatetime

    @classmethod
    def of_message(cls, raw: RawMessage, step: str, reason: str, fmt: str | None = None) -> DeadLetter:
        """A dead letter for ``raw``, its bytes and headers as they came; the id depends
        only on where the message sat, so a replay makes the same one.

        >>> from signalcraft.models.raw import RawMessage
        >>> d = DeadLetter.of_message(RawMessage("t", 0, 7, b"{", timestamp_ms=1), "json", "not JSON")
        >>> d.id == make_id("dlq", "t", 0, 7), d.payload, d.received_at.year
        (True, b'{', 1970)
        """
        return cls(
            id=make_id("dlq", raw.topic, raw.partition, raw.offset),
            source_topic=raw.topic,
            partition=raw.partition,
            offset=raw.offset,
            key=raw.key,
            payload=raw.value,
            headers=dict(raw.headers),
            format=fmt,
            step=step,
            reason=reason,
            received_at=raw.kafka_time() or datetime.now(UTC),
        )

    @classmethod
    def of_record(cls, record: Record, step: str, reason: str) -> DeadLetter:
        """A dead letter for a record a later step refused; the record as JSON is its payload."""
        return cls(
            id=make_id("dlq", step, record.id),
            source_topic="",
            partition=-1,
            offset=-1,
            payload=record.model_dump_json().encode(),
            headers={},
            format=getattr(record, "source", None),
            step=step,
            reason=reason,
            received_at=datetime.now(UTC),
        )
