"""Where a Kafka partition ends.

- ``stop_at_end`` (a bounded run: ``signalcraft run --stop-at-end``, the demo, the benchmarks):
  at the end offset of the first fetch response, a partition ends at once when a fetch response
  shows nothing past its offset (the end offset it carried, or the consumer's end-of-partition
  event); without such a sign it waits for the partition to go quiet, as before. A partition
  empty at start ends without a fetch.
- Without ``stop_at_end`` (a service): an end-of-partition event ends nothing; the partition
  keeps reading what comes after it.

No broker: a consumer that hands out prepared messages and events, and a clock that only the
test moves.
"""

from __future__ import annotations

import pytest

from signalcraft.sources import kafka, kafka_client
from tests.support import KafkaMessage


def _Message(offset: int) -> KafkaMessage:
    return KafkaMessage(offset, 1_000 + offset)


def _Eof(offset: int) -> KafkaMessage:
    """The consumer's end-of-partition event: nothing past ``offset`` when the fetch answered."""
    return KafkaMessage(offset, eof=True)


class _Consumer:
    """``fetches``: what each ``consume`` returns in turn (then nothing); ``end``: the end offset
    the broker answers when asked; ``fetched``: the end offset each fetch response showed, in turn
    (the last one stays; ``None``: ``end``)."""

    def __init__(self, fetches: list[list], end: int, fetched: list[int] | None = None):
        self.fetches, self.end = list(fetches), end
        self.fetched = list(fetched) if fetched is not None else None
        self._shown = end

    def get_watermark_offsets(self, tp, timeout=None, cached=False):
        return 0, self._shown if cached else self.end

    def consume(self, n, timeout):
        if self.fetched:
            self._shown = self.fetched.pop(0) if len(self.fetched) > 1 else self.fetched[0]
        return self.fetches.pop(0) if self.fetches else []

    def assign(self, tps):
        pass

    def close(self):
        pass


@pytest.fixture
def clock(monkeypatch):
    """The partition's monotonic clock, moved only by the test."""
    now = [100.0]
    monkeypatch.setattr(kafka.time, "monotonic", lambda: now[0])
    return now


def _partition(monkeypatch, consumer: _Consumer, stop_at_end: bool) -> kafka._Partition:
    monkeypatch.setattr(kafka, "Consumer", lambda _config: consumer)
    monkeypatch.setattr(kafka_client, "Consumer", lambda _config: consumer)
    return kafka._Partition({}, "logs", 0, 0, batch_size=1000, stop_at_end=stop_at_end, alignment=None)


def _offsets(batches: list[list]) -> list[int]:
    return [m.offset for batch in batches for m in batch]


def test_a_bounded_run_ends_at_the_end_of_partition_event_without_waiting(monkeypatch, clock):
    consumer = _Consumer([[_Message(0), _Message(1)], [_Message(2), _Eof(3)]], end=3)
    part = _partition(monkeypatch, consumer, stop_at_end=True)
    assert _offsets(part.next_batch()) == [0, 1]
    assert _offsets(part.next_batch()) == [2]  # the last messages are emitted before it ends
    with pytest.raises(StopIteration):
        part.next_batch()  # at once: the clock has not moved
    assert part.snapshot() == 3
    part.close()


def test_a_bounded_run_ends_when_the_fetch_that_brought_the_last_messages_shows_the_end(monkeypatch, clock):
    """No end-of-partition event yet (it takes one more fetch, which the broker holds)."""
    consumer = _Consumer([[_Message(0), _Message(1)], [_Message(2)]], end=3, fetched=[2, 3])
    part = _partition(monkeypatch, consumer, stop_at_end=True)
    assert _offsets(part.next_batch()) == [0, 1]
    assert _offsets(part.next_batch()) == [2]
    with pytest.raises(StopIteration):
        part.next_batch()
    assert part.snapshot() == 3
    part.close()


def test_a_bounded_run_ends_on_an_event_past_what_a_fetch_returned(monkeypatch, clock):
    """The end offset is past the last message (a transaction marker): the event moves the offset there."""
    consumer = _Consumer([[_Message(0), _Message(1)], [], [_Eof(3)]], end=3)
    part = _partition(monkeypatch, consumer, stop_at_end=True)
    assert _offsets(part.next_batch()) == [0, 1]
    assert part.next_batch() == []  # below the end offset, no event yet: not ended
    with pytest.raises(StopIteration):
        part.next_batch()
    assert part.snapshot() == 3
    part.close()


@pytest.mark.parametrize("stale_event", [True, False])
def test_without_a_sign_of_the_end_a_bounded_run_ends_once_quiet(monkeypatch, clock, stale_event):
    """At the start-time end offset, with a later fetch showing more than it returns and no event
    past the offset (an event before the last messages is stale), it waits for quiet, as before."""
    fetches = [[_Eof(0)], [_Message(0), _Message(1)]] if stale_event else [[], [_Message(0), _Message(1)]]
    consumer = _Consumer(fetches, end=2, fetched=[2, 3])
    part = _partition(monkeypatch, consumer, stop_at_end=True)
    assert part.next_batch() == []
    assert _offsets(part.next_batch()) == [0, 1]
    assert part.next_batch() == []
    clock[0] += kafka._DRAINED_AFTER_S / 2
    assert part.next_batch() == []  # not quiet long enough yet
    clock[0] += kafka._DRAINED_AFTER_S / 2
    with pytest.raises(StopIteration):
        part.next_batch()
    assert part.snapshot() == 2
    part.close()


def test_a_bounded_run_reads_to_the_end_the_first_fetch_shows(monkeypatch, clock):
    """The broker's answer when asked can be low (the bundled broker's is the first offset of the
    last batch written, plus one): the end is the one the first fetch response shows."""
    consumer = _Consumer([[_Message(0), _Message(1)], [_Message(2), _Message(3)]], end=2, fetched=[4])
    part = _partition(monkeypatch, consumer, stop_at_end=True)
    assert _offsets(part.next_batch()) == [0, 1]
    assert _offsets(part.next_batch()) == [2, 3]
    with pytest.raises(StopIteration):
        part.next_batch()
    assert part.snapshot() == 4
    part.close()


def test_a_service_keeps_reading_after_the_end_of_partition_event(monkeypatch, clock):
    consumer = _Consumer([[_Message(0), _Message(1), _Eof(2)], [], [], [_Message(2)]], end=2)
    part = _partition(monkeypatch, consumer, stop_at_end=False)
    assert _offsets(part.next_batch()) == [0, 1]
    clock[0] += 60 * kafka._DRAIN_AT_MOST_S  # however long it stays quiet
    assert part.next_batch() == []
    assert part.next_batch() == []
    assert _offsets(part.next_batch()) == [2]
    assert part.snapshot() == 3
    part.close()


def test_a_bounded_run_ends_a_partition_empty_at_start_without_a_fetch(monkeypatch, clock):
    consumer = _Consumer([[_Eof(0)]], end=0)
    part = _partition(monkeypatch, consumer, stop_at_end=True)
    with pytest.raises(StopIteration):
        part.next_batch()
    assert len(consumer.fetches) == 1  # never fetched
    assert part.snapshot() == 0
    part.close()


def test_a_service_reads_a_partition_empty_at_start(monkeypatch, clock):
    consumer = _Consumer([[_Eof(0)], [_Message(0)]], end=0)
    part = _partition(monkeypatch, consumer, stop_at_end=False)
    assert part.next_batch() == []
    assert _offsets(part.next_batch()) == [0]
    part.close()
