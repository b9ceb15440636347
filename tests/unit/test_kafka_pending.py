"""A Kafka partition held back by the alignment emits the head of its pending messages that the
limit allows, in order, whatever their timestamps: out of order, equal, missing (a message
without a timestamp never waits). The source lets them all go at once when none is later than
the limit; these tests hold it to the message-by-message rule over arbitrary timestamps and
limits, and check the offset it would resume from after every call.

No broker: a consumer that hands out prepared messages.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signalcraft.sources import kafka, kafka_client
from signalcraft.sources.alignment import Alignment
from tests.support import KafkaMessage

SKEW = 1_000


class _Consumer:
    """What the partition uses of ``confluent_kafka.Consumer``: every message in the first fetch."""

    def __init__(self, stamps: list[int | None]):
        self.queue = [KafkaMessage(offset, ts) for offset, ts in enumerate(stamps)]
        self.end = len(stamps)

    def get_watermark_offsets(self, tp, timeout=None, cached=False):
        return 0, self.end

    def assign(self, tps):
        pass

    def consume(self, n, timeout):
        out, self.queue = self.queue[:n], self.queue[n:]
        return out

    def close(self):
        pass


def _expected(pending: list[tuple[int, int | None]], limit: int) -> int:
    """How many of ``pending`` the message-by-message rule emits under ``limit``."""
    n = 0
    while n < len(pending) and (pending[n][1] is None or pending[n][1] <= limit):
        n += 1
    return n


@settings(max_examples=300, deadline=None)
@given(
    stamps=st.lists(st.one_of(st.none(), st.integers(0, 20_000)), min_size=1, max_size=40),
    frontiers=st.lists(st.integers(-SKEW, 22_000), min_size=1, max_size=6).map(sorted),
)
def test_a_held_partition_emits_exactly_the_head_its_limit_allows(stamps, frontiers):
    with pytest.MonkeyPatch.context() as mp:
        consumer = _Consumer(stamps)
        mp.setattr(kafka, "Consumer", lambda _config: consumer)
        mp.setattr(kafka_client, "Consumer", lambda _config: consumer)
        alignment = Alignment(max_skew_ms=SKEW)
        alignment.set("other@0", frontiers[0])  # a sibling still to emit: the limit is its frontier plus the skew
        part = kafka._Partition({}, "alerts", 0, 0, batch_size=1000, stop_at_end=False, alignment=alignment)
        pending = list(enumerate(stamps))
        for frontier in frontiers:
            alignment.set("other@0", frontier)
            emitted = [(m.offset, m.timestamp_ms) for batch in part.next_batch() for m in batch]
            n = _expected(pending, frontier + SKEW)
            assert emitted == pending[:n]
            pending = pending[n:]
            assert part.snapshot() == (pending[0][0] if pending else len(stamps))
        alignment.remove("other@0")  # nobody holds it back: the rest goes
        assert [(m.offset, m.timestamp_ms) for batch in part.next_batch() for m in batch] == pending
        assert part.snapshot() == len(stamps)
        part.close()
