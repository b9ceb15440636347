"""Alignment of input partitions: the emit limit each partition gets from the others' frontiers.

No broker. The first part is the pure logic; its property test plays the source's loop over
a backlog: partitions emit the prefix of their messages the limit allows, report their next
head, and must (a) all finish without stalling and (b) never emit a message more than
``max_skew_ms`` ahead of what any other partition has still to emit.

The second part runs the source's own partitions against a broker played in memory, one
that answers list-offsets the way the bundled broker does (the first offset of the last
batch written, plus one) and whose fetch responses come back only when the test says so:
a partition whose fetch has not come back, or whose sibling's fetch came back first, must
not let the others run ahead, however long anything takes.
"""

from __future__ import annotations

import time
from collections import deque

import pytest
from confluent_kafka import OFFSET_BEGINNING
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signalcraft.sources import kafka, kafka_client
from signalcraft.sources.alignment import UNKNOWN, Alignment
from tests.support import KafkaMessage

REAL_TS = 1_700_000_000_000  # a real Kafka timestamp (ms): 2023-11-14
MINUTE = 60_000


def test_limit_is_the_smallest_other_frontier_plus_the_skew():
    a = Alignment(max_skew_ms=1_000)
    a.set("alerts@0", 10_000)
    a.set("alerts@1", 4_000)
    a.set("changes@0", 7_000)
    assert a.limit("alerts@0") == 4_000 + 1_000
    assert a.limit("alerts@1") == 7_000 + 1_000  # its own frontier does not count
    assert a.limit("changes@0") == 4_000 + 1_000


def test_a_lone_partition_has_no_limit():
    a = Alignment(max_skew_ms=1_000)
    a.set("alerts@0", 10_000)
    assert a.limit("alerts@0") is None
    assert Alignment(max_skew_ms=0).limit("never-registered") is None


def test_zero_skew_allows_exactly_the_others_frontier():
    a = Alignment(max_skew_ms=0)
    a.set("a@0", 5_000)
    a.set("b@0", 5_000)
    assert a.limit("a@0") == 5_000 and a.limit("b@0") == 5_000


def test_a_registered_partition_that_never_fetched_holds_every_other_back():
    a = Alignment(max_skew_ms=60_000)
    a.set("alerts@0", REAL_TS)
    a.set("changes@0", REAL_TS)
    a.register("metrics@0")
    assert a.limit("alerts@0") == UNKNOWN
    assert a.limit("changes@0") == UNKNOWN
    assert UNKNOWN + 60_000 < 0 < REAL_TS  # no real timestamp passes it, even with the skew
    # the unknown one itself is limited by the others only
    assert a.limit("metrics@0") == REAL_TS + 60_000


def test_register_keeps_a_frontier_already_set():
    a = Alignment(max_skew_ms=10)
    a.set("a@0", 100)
    a.register("a@0")
    a.set("b@0", 500)
    assert a.limit("b@0") == 110


def test_a_caught_up_partition_holds_back_nothing_fetched_before_it_made_sure():
    a = Alignment(max_skew_ms=1_000)
    fetched = a.ticket()  # alerts@0 and alerts@1 fetch their messages ...
    a.set("alerts@0", 10_000, fetched)
    a.set("alerts@1", 20_000, fetched)
    a.set("changes@0", 500)
    assert a.limit("alerts@0", fetched) == 1_500
    a.caught_up("changes@0", as_of=a.ticket(), last=500)  # ... then changes@0 has read all there is
    assert a.limit("alerts@0", fetched) == 21_000
    assert a.limit("alerts@1", fetched) == 11_000
    assert a.limit("changes@0", a.ticket()) == 11_000  # caught up, yet limited if it gets new data
    a.caught_up("alerts@1", as_of=a.ticket(), last=20_000)
    assert a.limit("alerts@0", fetched) is None


def test_a_partition_caught_up_before_a_sibling_fetched_holds_it_to_its_last_timestamp_until_it_asks_again():
    """A producer writes both partitions at once; alerts@0's fetch comes back first. alerts@1
    said it was caught up before that: it may not have fetched its share yet."""
    a = Alignment(max_skew_ms=1_000)
    a.caught_up("alerts@1", as_of=a.ticket(), last=REAL_TS)
    assert not a.wanted("alerts@1")
    fetched = a.ticket()
    a.set("alerts@0", REAL_TS + 45 * MINUTE, fetched)
    assert a.limit("alerts@0", fetched) == REAL_TS + 1_000
    assert a.wanted("alerts@1"), "alerts@1 should ask for its end offset again"
    a.caught_up("alerts@1", as_of=a.ticket(), last=REAL_TS)  # asked: still nothing new
    assert not a.wanted("alerts@1")
    assert a.limit("alerts@0", fetched) is None


def test_a_caught_up_partition_is_not_wanted_by_messages_its_last_timestamp_lets_through():
    a = Alignment(max_skew_ms=1_000)
    a.caught_up("changes@0", as_of=a.ticket(), last=REAL_TS)
    a.set("alerts@0", REAL_TS + 1_000, a.ticket())
    assert not a.wanted("changes@0")
    a.set("alerts@0", REAL_TS + 1_001, a.ticket())
    assert a.wanted("changes@0")
    a.set("alerts@0", REAL_TS + 1_001)  # emitted them all: holds no messages
    assert not a.wanted("changes@0")


def test_an_unknown_partition_that_catches_up_releases_the_others():
    a = Alignment(max_skew_ms=1_000)
    a.register("a@0")
    a.register("b@0")
    fetched = a.ticket()
    a.set("a@0", REAL_TS, fetched)
    assert a.limit("a@0", fetched) == UNKNOWN
    a.caught_up("b@0", as_of=a.ticket(), last=None)
    assert a.limit("a@0", fetched) is None
    assert a.limit("a@0", a.ticket()) == UNKNOWN  # b@0 never emitted: its bound for newer messages


def test_remove_drops_the_partition_and_its_frontier():
    a = Alignment(max_skew_ms=1_000)
    a.set("alerts@0", 10_000)
    a.set("changes@0", 500)
    a.register("metrics@0")
    a.remove("metrics@0")
    assert a.limit("alerts@0") == 1_500
    a.remove("changes@0")
    assert a.limit("alerts@0") is None
    a.remove("changes@0")  # removing twice (or an unknown part) is harmless
    a.remove("never-registered")
    assert a.limit("alerts@0") is None


def test_negative_skew_is_rejected_with_the_value():
    with pytest.raises(ValueError, match=r"max_skew_ms -1 is negative"):
        Alignment(max_skew_ms=-1)


# --- property: the source's loop over N partitions of a backlog ------------------------

_partition_ts = st.lists(st.integers(min_value=0, max_value=100_000), max_size=30).map(sorted)


@st.composite
def _scenarios(draw):
    parts = draw(st.lists(_partition_ts, min_size=1, max_size=6))
    skew = draw(st.integers(min_value=0, max_value=20_000))
    return parts, skew, draw(st.randoms(use_true_random=False))


@settings(max_examples=300, deadline=None)
@given(_scenarios())
def test_partitions_all_finish_and_never_run_more_than_the_skew_ahead(scenario):
    parts, skew, rng = scenario
    names = [f"p@{i}" for i in range(len(parts))]
    a = Alignment(max_skew_ms=skew)
    for name in names:
        a.register(name)
    fetched = [a.ticket() for _ in parts]  # each fetched its whole backlog once
    heads = [0] * len(parts)  # index of each partition's next unemitted message
    emitted: list[tuple[int, int]] = []

    def head_ts(i: int) -> int | None:
        return parts[i][heads[i]] if heads[i] < len(parts[i]) else None

    total = sum(map(len, parts))
    for rnd in range(total + 2):  # round 0 only reports frontiers; then >= 1 message per round
        progressed = False
        order = list(range(len(parts)))
        rng.shuffle(order)
        for i in order:
            limit = a.limit(names[i], fetched[i])
            while (t := head_ts(i)) is not None and (limit is None or t <= limit):
                for j in range(len(parts)):  # (b) against the truth, not the reported frontiers
                    other = head_ts(j)
                    assert j == i or other is None or other >= t - skew, (
                        f"p@{i} emits {t} while p@{j} has {other} unemitted (skew {skew})"
                    )
                emitted.append((i, heads[i]))
                heads[i] += 1
                progressed = True
            if (t := head_ts(i)) is not None:
                a.set(names[i], t, fetched[i])
            else:
                a.caught_up(names[i], a.ticket(), parts[i][-1] if parts[i] else None)
        if len(emitted) == total:
            break
        assert progressed or rnd == 0, f"stalled in round {rnd} with heads {heads} of {list(map(len, parts))}"
    # (a) everything, each exactly once
    assert sorted(emitted) == [(i, k) for i in range(len(parts)) for k in range(len(parts[i]))]


# --- the source's partitions against a broker played in memory --------------------------


class _Broker:
    """Partitions as lists of batches of timestamps (``None``: a transaction marker, never
    delivered). Answers list-offsets like the bundled broker: the first offset of the last
    batch, plus one. A consumer's fetch response comes back when :meth:`answer_fetch` says."""

    def __init__(self):
        self.batches: dict[tuple[str, int], list[list[int | None]]] = {}
        self.consumers: dict[tuple[str, int], _Consumer] = {}

    def write(self, topic: str, idx: int, *timestamps: int | None) -> None:
        self.batches.setdefault((topic, idx), []).append(list(timestamps))

    def log(self, key: tuple[str, int]) -> list[int | None]:
        return [ts for batch in self.batches.get(key, []) for ts in batch]

    def listed_end(self, key: tuple[str, int]) -> int:
        batches = self.batches.get(key, [])
        return 0 if not batches else len(self.log(key)) - len(batches[-1]) + 1

    def answer_fetch(self, topic: str, idx: int) -> None:
        self.consumers[(topic, idx)].fetch_response()

    def client(self, _config) -> _Consumer:
        return _Consumer(self)


class _Consumer:
    """What the source uses of ``confluent_kafka.Consumer``, over a :class:`_Broker`."""

    def __init__(self, broker: _Broker):
        self.broker = broker
        self.key: tuple[str, int] | None = None
        self.position = 0
        self.queue: deque[KafkaMessage] = deque()
        self.high = -1001  # librdkafka's "not known yet", until a fetch response
        self.eof_at: int | None = None

    def get_watermark_offsets(self, tp, timeout=None, cached=False):
        if cached:
            return (0 if self.high >= 0 else -1001), self.high
        return 0, self.broker.listed_end((tp.topic, tp.partition))

    def assign(self, tps):
        [tp] = tps
        self.key, self.position = (tp.topic, tp.partition), tp.offset
        self.broker.consumers[self.key] = self

    def fetch_response(self) -> None:
        """Everything from the fetch position to the end, then the end-of-partition event."""
        log = self.broker.log(self.key)
        self.queue.extend(KafkaMessage(o, log[o]) for o in range(self.position, len(log)) if log[o] is not None)
        self.position = self.high = max(self.position, len(log))
        if self.eof_at != self.high:
            self.queue.append(KafkaMessage(self.high, eof=True))
            self.eof_at = self.high

    def consume(self, n, timeout):
        return [self.queue.popleft() for _ in range(min(n, len(self.queue)))]

    def close(self):
        pass


@pytest.fixture
def broker(monkeypatch) -> _Broker:
    b = _Broker()
    monkeypatch.setattr(kafka, "Consumer", b.client)
    monkeypatch.setattr(kafka_client, "Consumer", b.client)
    return b


def _partition(alignment: Alignment, topic: str, idx: int = 0, offset: int = OFFSET_BEGINNING) -> kafka._Partition:
    return kafka._Partition({}, topic, idx, offset, batch_size=1000, stop_at_end=False, alignment=alignment)


def _emitted(part: kafka._Partition, calls: int = 3) -> list[tuple[int, int]]:
    """``(offset, timestamp)`` of what ``calls`` calls of ``next_batch`` emit."""
    return [(m.offset, m.timestamp_ms) for _ in range(calls) for batch in part.next_batch() for m in batch]


def _idle(parts: list[kafka._Partition], seconds: float) -> list[tuple[int, int]]:
    """Call every partition for ``seconds`` (longer than any "polls stayed empty" rule would
    wait); what they emit meanwhile."""
    out: list[tuple[int, int]] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for part in parts:
            out += _emitted(part, 1)
        time.sleep(0.01)
    return out


def test_a_caught_up_partition_whose_new_messages_are_not_fetched_yet_holds_its_sibling_back(broker):
    """Live, a producer writes a burst to both partitions; alerts@0's fetch comes back
    first. alerts@1, caught up before the burst, has not fetched its share: alerts@0 may
    not emit past it (the SIGKILL-mid-join test merged incidents when it did)."""
    a = Alignment(max_skew_ms=30_000)
    p0, p1 = _partition(a, "alerts", 0), _partition(a, "alerts", 1)
    broker.write("alerts", 0, REAL_TS)
    broker.write("alerts", 1, REAL_TS + 1)
    broker.answer_fetch("alerts", 0)
    broker.answer_fetch("alerts", 1)
    assert sorted(_idle([p0, p1], 0.25)) == [(0, REAL_TS), (0, REAL_TS + 1)]  # both read all there is

    broker.write("alerts", 0, REAL_TS + 20 * MINUTE, REAL_TS + 45 * MINUTE)  # resolved, next incident
    broker.write("alerts", 1, REAL_TS + 20 * MINUTE + 1)
    broker.answer_fetch("alerts", 0)
    assert _emitted(p0) == []
    assert _emitted(p1) == []  # asks for its end offset: there is more, it is not caught up
    assert _emitted(p0) == [], "alerts@0 ran ahead of a message alerts@1 has not fetched"
    broker.answer_fetch("alerts", 1)
    assert _emitted(p1) == [(1, REAL_TS + 20 * MINUTE + 1)]
    assert _emitted(p0) == [(1, REAL_TS + 20 * MINUTE), (2, REAL_TS + 45 * MINUTE)]


@pytest.mark.parametrize(("resume_at", "idle_s"), [(40, 0.3), (OFFSET_BEGINNING, 2.2)], ids=["restart", "fresh"])
def test_a_partition_whose_first_fetch_has_not_come_back_holds_the_others_back(broker, resume_at, idle_s):
    """The bundled broker lists the end of a 100-message batch as 1, so a partition resumed
    inside it looks read to the end; at a fresh start, a partition's first fetch may take
    long on a busy machine. Either way only a fetch response tells what there is to read."""
    broker.write("alerts", 0, *(REAL_TS + i * 1_000 for i in range(100)))
    broker.write("changes", 0, REAL_TS + 60 * MINUTE)
    a = Alignment(max_skew_ms=30_000)
    alerts, changes = _partition(a, "alerts", 0, resume_at), _partition(a, "changes", 0)
    broker.answer_fetch("changes", 0)
    assert _idle([alerts, changes], idle_s) == [], "changes ran an hour ahead of alerts it has not fetched"

    broker.answer_fetch("alerts", 0)
    first = 0 if resume_at == OFFSET_BEGINNING else resume_at
    assert _emitted(alerts) == [(o, REAL_TS + o * 1_000) for o in range(first, 100)]
    assert _emitted(changes) == [(0, REAL_TS + 60 * MINUTE)]


def test_a_partition_ending_in_a_transaction_marker_catches_up(broker):
    """The end offset counts a marker no consumer is given; the end-of-partition event says
    the consumer is past it, so the partition holds nobody back and resumes after it."""
    broker.write("changes", 0, REAL_TS, None)
    broker.write("alerts", 0, REAL_TS + 60 * MINUTE)
    a = Alignment(max_skew_ms=30_000)
    changes, alerts = _partition(a, "changes", 0), _partition(a, "alerts", 0)
    broker.answer_fetch("changes", 0)
    broker.answer_fetch("alerts", 0)
    assert _emitted(alerts) == []  # changes has not said where it is yet
    assert _emitted(changes) == [(0, REAL_TS)]
    assert _emitted(alerts) == [(0, REAL_TS + 60 * MINUTE)]
    assert changes.snapshot() == 2


@st.composite
def _live_runs(draw):
    """A stream in timestamp order over 2-4 partitions, written in bursts while the
    partitions poll, with fetch responses coming back in any order."""
    n_parts = draw(st.integers(min_value=2, max_value=4))
    gaps = draw(st.lists(st.integers(min_value=0, max_value=20 * MINUTE), min_size=1, max_size=40))
    stream = []
    ts = REAL_TS
    for gap in gaps:
        ts += gap
        stream.append((draw(st.integers(min_value=0, max_value=n_parts - 1)), ts))
    steps = draw(st.lists(st.tuples(st.sampled_from(["write", "fetch", "poll"]),
                                    st.integers(min_value=0, max_value=n_parts - 1),
                                    st.integers(min_value=1, max_value=8)), max_size=80))
    return n_parts, stream, steps, draw(st.integers(min_value=0, max_value=30 * MINUTE))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_live_runs())
def test_live_partitions_never_emit_past_an_unemitted_message_by_more_than_the_skew(broker, run):
    n_parts, stream, steps, skew = run
    broker.batches.clear()
    broker.consumers.clear()
    a = Alignment(max_skew_ms=skew)
    parts = [_partition(a, "t", i) for i in range(n_parts)]
    written: list[tuple[int, int]] = []  # (partition, ts) in the order written
    emitted: set[tuple[int, int]] = set()  # (partition, offset)
    offsets = dict.fromkeys(range(n_parts), 0)
    where: list[tuple[int, int]] = []  # (partition, offset) of each written message

    def write(k: int) -> None:
        burst: dict[int, list[int]] = {}
        for idx, ts in stream[len(written):len(written) + k]:
            burst.setdefault(idx, []).append(ts)
            written.append((idx, ts))
            where.append((idx, offsets[idx]))
            offsets[idx] += 1
        for idx, tss in burst.items():
            broker.write("t", idx, *tss)

    def poll(i: int) -> None:
        for batch in parts[i].next_batch():
            for m in batch:
                emitted.add((i, m.offset))
                late = [ts for (idx, ts), at in zip(written, where, strict=True)
                        if at not in emitted and ts < m.timestamp_ms - skew]
                assert not late, f"t@{i} emitted {m.timestamp_ms} with {late[:3]} unemitted (skew {skew})"

    for action, i, k in steps:
        if action == "write":
            write(k)
        elif action == "fetch":
            broker.answer_fetch("t", i)
        else:
            poll(i)
    write(len(stream))
    for _ in range(4 * n_parts + 4):  # every fetch comes back: everything is emitted
        for i in range(n_parts):
            broker.answer_fetch("t", i)
            poll(i)
    assert emitted == set(where)
