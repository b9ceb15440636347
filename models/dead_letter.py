"""Input that could not become a record, kept whole with the reason."""

from __future__ import annotations

from signalcraft.models.common import Record, UtcDatetime


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
