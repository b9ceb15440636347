"""A message as it came off a topic, before anything is made of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from signalcraft.models.common import era_error


@dataclass(slots=True)
class RawMessage:
    """Bytes plus where they came from. Header names are lower-cased.

    Not frozen: one is made per message on the hot path, and a frozen dataclass
    costs twice as much to build. Nothing mutates one after the source made it.
    """

    topic: str
    partition: int
    offset: int
    value: bytes
    key: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    timestamp_ms: int | None = None

    @property
    def where(self) -> str:
        """``topic[partition]@offset``, for messages about this message.

        >>> RawMessage("signalcraft.alerts", 1, 42, b"{}").where
        'signalcraft.alerts[1]@42'
        """
        return f"{self.topic}[{self.partition}]@{self.offset}"

    def kafka_time(self) -> datetime | None:
        """The Kafka timestamp as aware UTC, or ``None`` when absent or absurd.

        >>> RawMessage("t", 0, 0, b"", timestamp_ms=1_700_000_000_000).kafka_time().isoformat()
        '2023-11-14T22:13:20+00:00'
        >>> RawMessage("t", 0, 0, b"", timestamp_ms=-1).kafka_time() is None
        True
        """
        ms = self.timestamp_ms
        if ms is None or ms <= 0:
            return None
        try:
            when = datetime.fromtimestamp(ms / 1000, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
        return when if era_error(when) is None else None
