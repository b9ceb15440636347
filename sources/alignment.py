"""Event-time alignment of input partitions read by one process (no Kafka here).

Reading a backlog, a consumer drains each partition as fast as it can, so a small
topic (changes) is read to its end while a large one (alerts, metrics) is still hours
behind in event time, and a partition with fewer messages runs ahead of its siblings.
Every event-time operator downstream would then see "late" data that was only read
late. :class:`Alignment` holds each partition back until the others catch up: a
partition may emit a message only if its timestamp is at most ``max_skew`` past the
*frontier* of every other partition, the timestamp of the next message that partition
would emit. A partition that has read everything there is (caught up) has no frontier
and holds nobody back; one that has not fetched yet holds everybody back, briefly.

The partition with the smallest frontier can always emit, so reading never stalls.
Live, every partition is caught up most of the time and nothing waits.

Shared by the partitions a process reads (Bytewax workers are threads of one process);
partitions read by other processes are not aligned with these.

>>> a = Alignment(max_skew_ms=1_000)
>>> a.set("alerts@0", 10_000); a.set("changes@0", 500)
>>> a.limit("alerts@0"), a.limit("changes@0")
(1500, 11000)
>>> a.set("changes@0", None)  # caught up
>>> a.limit("alerts@0") is None
True
"""

from __future__ import annotations

import threading

UNKNOWN = -(2**63)
"""The frontier of a partition that has not fetched yet: it holds every other back."""


class Alignment:
    """Per-partition frontiers (Kafka timestamps, ms) and the emit limit they imply."""

    def __init__(self, max_skew_ms: int):
        if max_skew_ms < 0:
            raise ValueError(f"partition alignment: max_skew_ms {max_skew_ms!r} is negative")
        self.max_skew_ms = max_skew_ms
        self._frontiers: dict[str, int | None] = {}
        self._lock = threading.Lock()

    def register(self, part: str) -> None:
        """Add ``part``; until it reports a frontier it holds the others back."""
        with self._lock:
            self._frontiers.setdefault(part, UNKNOWN)

    def set(self, part: str, frontier: int | None) -> None:
        """``part``'s next timestamp to emit, or ``None`` when it is caught up."""
        with self._lock:
            self._frontiers[part] = frontier

    def remove(self, part: str) -> None:
        """``part`` ended or closed: it holds nobody back any more."""
        with self._lock:
            self._frontiers.pop(part, None)

    def limit(self, part: str) -> int | None:
        """The latest timestamp ``part`` may emit now; ``None``: no limit."""
        with self._lock:
            others = [f for p, f in self._frontiers.items() if p != part and f is not None]
        if not others:
            return None
        return min(others) + self.max_skew_ms if min(others) != UNKNOWN else UNKNOWN
