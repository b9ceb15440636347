"""Event-time alignment of input partitions read by one process (no Kafka here).

Reading a backlog, a consumer drains each partition as fast as it can, so a small
topic (changes) is read to its end while a large one (alerts, metrics) is still hours
behind in event time, and a partition with fewer messages runs ahead of its siblings.
Every event-time operator downstream would then see "late" data that was only read
late. :class:`Alignment` holds each partition back until the others catch up: a
partition may emit a message only if its timestamp is at most ``max_skew`` past the
*frontier* of every other partition, the timestamp of the next message that partition
would emit (or a lower bound of it: the last one it emitted). A partition that has not
fetched yet holds everybody back.

A partition that has read everything there is (*caught up*) holds nobody back, but only
for messages fetched before it made sure: "caught up" is a broker's answer, and a
message another partition fetched after that answer may have siblings written just as
early that the caught-up one has not fetched yet (a producer writes both partitions at
once; one consumer's fetch returns first). So the partitions draw *tickets* from a
shared counter: one when a poll returns messages, one just before asking the broker
for the end offset. A caught-up partition holds back no message fetched before its
ticket; a message fetched after it is held to the partition's last timestamp plus the
skew, and the partition is :meth:`~Alignment.wanted`: it asks the broker again and
either confirms (with a newer ticket) or is behind and reads on. Nothing here depends
on how long anything takes: if producers write in timestamp order, no partition emits
a message more than the skew ahead of one still unread in another partition, at a
fresh start, after a restart and live alike.

The partition with the smallest frontier can always emit, and a wanted partition
answers at its next turn, so reading never stalls. Live, a partition whose new
messages pass a quiet sibling's last timestamp waits for that sibling's next turn.

Shared by the partitions a process reads (Bytewax workers are threads of one process);
partitions read by other processes are not aligned with these.

>>> a = Alignment(max_skew_ms=1_000)
>>> a.set("alerts@0", 10_000, fetched=a.ticket()); a.set("changes@0", 500)
>>> a.limit("alerts@0", fetched=1), a.limit("changes@0")
(1500, 11000)
>>> a.caught_up("changes@0", as_of=a.ticket(), last=500)  # after alerts@0 fetched (ticket 1)
>>> a.limit("alerts@0", fetched=1) is None
True
>>> a.limit("alerts@0", fetched=a.ticket())  # fetched later: changes@0 may have more by now
1500
>>> a.wanted("changes@0")  # alerts@0 still holds ticket 1, which changes@0's answer covers
False
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

UNKNOWN = -(2**63)
"""The frontier of a partition that has not fetched yet: it holds every other back."""


@dataclass(frozen=True, slots=True)
class Behind:
    """A partition that may have more to emit."""

    next_ts: int
    """The timestamp it emits next, or a lower bound of it (``UNKNOWN``: none known)."""
    fetched: int | None = None
    """The ticket drawn when the messages it holds were fetched; ``None``: it holds none."""


@dataclass(frozen=True, slots=True)
class CaughtUp:
    """A partition that had read all the broker held when ticket ``as_of`` was drawn."""

    as_of: int
    last: int = UNKNOWN
    """The last timestamp it emitted: the bound it sets for messages fetched after ``as_of``."""


class Alignment:
    """Per-partition frontiers (Kafka timestamps, ms) and the emit limit they imply."""

    def __init__(self, max_skew_ms: int):
        if max_skew_ms < 0:
            raise ValueError(f"partition alignment: max_skew_ms {max_skew_ms!r} is negative")
        self.max_skew_ms = max_skew_ms
        self._states: dict[str, Behind | CaughtUp] = {}
        self._tickets = 0
        self._lock = threading.Lock()

    def ticket(self) -> int:
        """The next ticket: draw one when a poll returns messages, and before asking for the end offset."""
        with self._lock:
            self._tickets += 1
            return self._tickets

    def register(self, part: str) -> None:
        """Add ``part``; until it reports a frontier it holds the others back."""
        with self._lock:
            self._states.setdefault(part, Behind(UNKNOWN))

    def set(self, part: str, frontier: int, fetched: int | None = None) -> None:
        """``part``'s next timestamp to emit (or a lower bound) and the ticket of the messages it holds."""
        with self._lock:
            self._states[part] = Behind(frontier, fetched)

    def caught_up(self, part: str, as_of: int, last: int | None) -> None:
        """``part`` had read all there was when ticket ``as_of`` was drawn; ``last``: its last timestamp."""
        with self._lock:
            self._states[part] = CaughtUp(as_of, UNKNOWN if last is None else last)

    def remove(self, part: str) -> None:
        """``part`` ended or closed: it holds nobody back any more."""
        with self._lock:
            self._states.pop(part, None)

    def limit(self, part: str, fetched: int | None = None) -> int | None:
        """The latest timestamp ``part`` may emit now of messages fetched at ticket ``fetched``
        (``None``: fetched just now); ``None``: no limit."""
        with self._lock:
            newest = self._tickets if fetched is None else fetched
            bounds = [
                s.next_ts if isinstance(s, Behind) else s.last
                for p, s in self._states.items()
                if p != part and (isinstance(s, Behind) or s.as_of <= newest)
            ]
        if not bounds:
            return None
        return min(bounds) + self.max_skew_ms if min(bounds) != UNKNOWN else UNKNOWN

    def wanted(self, part: str) -> bool:
        """Whether ``part`` is caught up as of a ticket older than messages it holds back:
        it should ask the broker for its end offset again."""
        with self._lock:
            mine = self._states.get(part)
            if not isinstance(mine, CaughtUp):
                return False
            bound = mine.last + self.max_skew_ms if mine.last != UNKNOWN else UNKNOWN
            return any(
                isinstance(s, Behind) and s.fetched is not None and s.fetched >= mine.as_of and s.next_ts > bound
                for p, s in self._states.items()
                if p != part
            )
