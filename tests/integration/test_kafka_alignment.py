"""Event-time alignment of the Kafka source against the real broker.

A backlog of two topics, a big one (2 partitions, 6,000 messages) and a small one
(1 partition, 30 messages), both spanning the same 10 hours of Kafka timestamps, read by
one :class:`KafkaBatchSource`: with alignment the arrival order is timestamp order up to
``align_ms``; without it a partition (mostly the small topic's) is read hours ahead. And a partition held back
by the alignment snapshots the offset of its first unemitted message, not the consumer's
position, so a resume replays what was read but not emitted.
"""

from __future__ import annotations

import time

import bytewax.operators as op
import pytest
from bytewax.dataflow import Dataflow
from bytewax.testing import TestingSink, run_main
from confluent_kafka import OFFSET_BEGINNING, TopicPartition

from signalcraft.broker import create_topics, produce_all
from signalcraft.sources.alignment import Alignment
from signalcraft.sources.kafka import KafkaBatchSource, _Partition
from tests.integration.conftest import unique_topics

BASE_MS = 1_772_323_200_000  # 2026-03-01T00:00:00Z
SPAN_MS = 10 * 3_600_000
N_BIG, N_SMALL = 6_000, 30
ALIGN_MS = 60_000
SLACK_MS = 0
"""Each partition's timestamps only grow (produced in timestamp order), and a partition's
frontier is its exact next message, or the timestamp it emitted last (a lower bound of the
next), or none only for messages fetched before the broker answered that it has nothing
past its offset. So the alignment bound holds exactly; nothing needs to be allowed for."""

Arrival = tuple[str, int, int, int]  # topic, partition, offset, timestamp_ms


def _big_ts(i: int) -> int:
    return BASE_MS + i * (SPAN_MS // N_BIG)


def _small_ts(j: int) -> int:
    return BASE_MS + j * (SPAN_MS // N_SMALL) + 7_000  # off the big topic's grid: no ties


@pytest.fixture(scope="module")
def backlog(broker) -> tuple[str, str, str]:
    """``(bootstrap, big, small)``: both topics filled with timestamped messages, in timestamp order."""
    names = unique_topics()
    big, small = names.alerts, names.changes
    config = {"bootstrap.servers": broker.bootstrap_servers}
    create_topics(config, [big], partitions=2)
    create_topics(config, [small], partitions=1)
    produce_all(
        {**config, "linger.ms": "5"},
        [(big, str(i).encode(), b"{}", {}, _big_ts(i)) for i in range(N_BIG)]
        + [(small, None, b"{}", {}, _small_ts(j)) for j in range(N_SMALL)],
    )
    return broker.bootstrap_servers, big, small


def _read(bootstrap: str, topics: list[str], align_ms: int | None, batch_size: int = 1000) -> list[Arrival]:
    """Everything in ``topics``, as ``(topic, partition, offset, timestamp_ms)`` in arrival order."""
    out: list[Arrival] = []
    source = KafkaBatchSource({"bootstrap.servers": bootstrap}, topics, batch_size=batch_size, stop_at_end=True,
                              align_ms=align_ms)
    flow = Dataflow("alignment-test")
    batches = op.input("in", flow, source)
    arrivals = op.flat_map("flat", batches, lambda b: [(m.topic, m.partition, m.offset, m.timestamp_ms) for m in b])
    op.output("out", arrivals, TestingSink(out))
    run_main(flow)
    return out


def _worst_overtake(arrivals: list[Arrival]) -> tuple[int, Arrival | None, Arrival | None]:
    """The most any message is ahead (ms) of one that arrives after it, and that pair."""
    worst, pair = 0, (None, None)
    later_min: Arrival | None = None  # the earliest-timestamped message after position i
    for a in reversed(arrivals):
        if later_min is not None and a[3] - later_min[3] > worst:
            worst, pair = a[3] - later_min[3], (a, later_min)
        if later_min is None or a[3] < later_min[3]:
            later_min = a
    return worst, *pair


def _assert_each_message_once(arrivals: list[Arrival], big: str, small: str) -> None:
    assert len(arrivals) == N_BIG + N_SMALL
    assert len({a[:3] for a in arrivals}) == len(arrivals), "a message arrived twice"
    assert sorted(a[3] for a in arrivals if a[0] == big) == [_big_ts(i) for i in range(N_BIG)]
    assert sorted(a[3] for a in arrivals if a[0] == small) == [_small_ts(j) for j in range(N_SMALL)]
    assert {a[1] for a in arrivals if a[0] == big} == {0, 1}, "the big topic's keys should fill both partitions"


def test_aligned_read_arrives_in_timestamp_order_up_to_the_skew(backlog):
    bootstrap, big, small = backlog
    arrivals = _read(bootstrap, [big, small], align_ms=ALIGN_MS)
    _assert_each_message_once(arrivals, big, small)
    worst, ahead, behind = _worst_overtake(arrivals)
    assert worst <= ALIGN_MS + SLACK_MS, (
        f"{ahead} arrived before {behind}, {worst / 1000:.0f} s later in event time (allowed {ALIGN_MS / 1000:.0f} s)"
    )


def test_unaligned_read_lets_a_partition_run_hours_ahead(backlog):
    """The control: the same backlog without alignment fails the bound above by hours. Which partition runs ahead is
    the consumer's fetch order: mostly the small topic (its 30 messages come in one fetch), sometimes one of the big
    topic's partitions read to its end before the other is fetched (about one read in ten here)."""
    bootstrap, big, small = backlog
    arrivals = _read(bootstrap, [big, small], align_ms=None)
    _assert_each_message_once(arrivals, big, small)
    worst, ahead, behind = _worst_overtake(arrivals)
    assert worst > 3_600_000, f"expected a partition hours ahead, the worst overtake was {worst / 1000:.0f} s"
    assert ahead is not None and behind is not None and ahead[:2] != behind[:2], (ahead, behind)  # across partitions


def _pump(part: _Partition, until, timeout_s: float = 10.0) -> list:
    """Call ``next_batch`` until ``until(emitted)`` holds; returns the messages emitted."""
    emitted: list = []
    deadline = time.monotonic() + timeout_s
    while not until(emitted):
        assert time.monotonic() < deadline, f"gave up after {len(emitted)} messages"
        for batch in part.next_batch():
            emitted.extend(batch)
        time.sleep(0.002)
    return emitted


def test_a_partition_held_back_snapshots_its_first_unemitted_offset(broker):
    bootstrap = broker.bootstrap_servers
    topic = unique_topics().metrics
    create_topics({"bootstrap.servers": bootstrap}, [topic], partitions=1)
    produce_all({"bootstrap.servers": bootstrap}, [(topic, None, b"{}", {}, BASE_MS + i * 1_000) for i in range(50)])
    config = {"bootstrap.servers": bootstrap, "group.id": "alignment-test", "enable.auto.commit": "false",
              "fetch.wait.max.ms": "10"}

    alignment = Alignment(max_skew_ms=5_000)
    alignment.set("other@0", BASE_MS + 10_000)  # a slow sibling: this one may emit up to BASE_MS + 15 s
    part = _Partition(config, topic, 0, OFFSET_BEGINNING, batch_size=1000, stop_at_end=False, alignment=alignment)
    try:
        emitted = _pump(part, lambda e: len(e) >= 16 and part._pending)
        for _ in range(20):  # held: more calls emit nothing and keep the offset
            assert part.next_batch() == []
        assert [m.offset for m in emitted] == list(range(16))
        assert part.snapshot() == 16
        assert part._pending[0].offset == 16
        position = part._consumer.position([TopicPartition(topic, 0)])[0].offset
        assert position > 16, "the consumer should have read past what the alignment let out"

        alignment.caught_up("other@0", as_of=alignment.ticket(), last=BASE_MS + 10_000)  # the sibling caught up
        rest = _pump(part, lambda e: len(e) >= 34)
        assert [m.offset for m in rest] == list(range(16, 50))
        assert part.snapshot() == 50
    finally:
        part.close()

    resumed = _Partition(config, topic, 0, 16, batch_size=1000, stop_at_end=False)
    try:
        replay = _pump(resumed, lambda e: len(e) >= 34)
        assert [m.offset for m in replay] == list(range(16, 50))
    finally:
        resumed.close()


def test_a_partition_with_unread_messages_keeps_holding_the_others_back(broker):
    bootstrap = broker.bootstrap_servers
    topic = unique_topics().logs
    create_topics({"bootstrap.servers": bootstrap}, [topic], partitions=1)
    produce_all({"bootstrap.servers": bootstrap}, [(topic, None, b"{}", {}, BASE_MS + i * 60_000) for i in range(30)])
    config = {"bootstrap.servers": bootstrap, "group.id": "alignment-test", "enable.auto.commit": "false",
              "fetch.wait.max.ms": "10"}

    alignment = Alignment(max_skew_ms=0)
    alignment.set("other@0", BASE_MS + 3_600_000)  # a sibling an hour ahead: this partition may emit all it has
    part = _Partition(config, topic, 0, OFFSET_BEGINNING, batch_size=10, stop_at_end=False, alignment=alignment)
    try:
        emitted = _pump(part, lambda e: len(e) > 0)  # one poll: at most 10 of the 30
        assert len(emitted) <= 10 and not part._pending
        next_unread = BASE_MS + len(emitted) * 60_000
        limit = alignment.limit("other@0")
        assert limit is not None and limit <= next_unread, (
            f"{topic}[0] emitted {len(emitted)} of 30 messages, its next is at {next_unread}, "
            f"yet its sibling may now emit up to {limit} (high watermark {part._high})"
        )
    finally:
        part.close()
