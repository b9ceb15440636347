"""Partition alignment across the processes of a Bytewax cluster, through the Kafka broker.

:class:`~signalcraft.sources.alignment.Alignment` keeps the partitions one process reads
within ``max_skew`` of each other in Kafka timestamp. In a cluster each process reads
only some partitions, and without more one process may read a backlog hours ahead of
another in event time: every keyed step downstream then gets one side of a key hours
late (a change after the alert groups it explains, a series' points from one process
after its buckets closed on the other's). Measured on the demo scenario as two
processes: different warnings, correlations and log templates than one process.

:class:`ClusterAlignment` adds the other processes' partitions. Each process publishes
the frontier of each partition it reads (the timestamp it emits next, or a lower bound
of it; or *free*: caught up or ended, it holds nobody back) and reads everybody else's,
through the broker the flow already talks to: as the committed offset of that partition
in a consumer group of its own (``<group.id>.alignment``), an integer that packs the
frontier (whole seconds, rounded down: a lower bound still) and the wall-clock second it
was written. No metadata string (brokers need not keep one), no extra topic.

- A partition of another process holds this one back to its frontier plus the skew;
  one that has not published since this process started (its process is starting, or
  the value is a previous run's) counts as not fetched yet: it holds everybody back.
  Values only grow while a run reads, so a stale one is a lower bound: holding to it is
  safe, and the next read lets go.
- What a partition has emitted is not processed yet: it is on its way through this
  process's steps to the keyed steps, which may be in another process. So the frontier a
  partition publishes lags its reports by ``in_flight`` (:data:`IN_FLIGHT`): the least of
  its last reports, a lower bound of the batch it emitted last, which is still on its way
  when the next call comes. A wider lag costs throughput (below) and is no guarantee: a
  process that reads a sparse backlog thousands of times faster than real time turns a
  millisecond of processing into seconds of event time. What must stay in order (a
  series, a service's log lines) belongs in one partition: key the messages by it, as
  ``signalcraft gateway`` does.
- Every process publishes at least every ``refresh_s``, and as soon as a frontier it
  publishes moves; a process held back by another's frontier reads the broker again at
  once. The partition with the smallest frontier of the cluster is never held, so
  reading never stalls, but a backlog whose partitions all hold data within the skew
  advances by about the skew per exchange (a few ms each; measured in
  ``benchmarks/scale_out.py``).
- Caught-up partitions of other processes hold nothing back (the ticket rule of
  :class:`Alignment`, which needs one shared counter, stays within a process): a backlog
  is aligned across the cluster exactly as within a process; live, each process's own
  partitions are as before.

Wall clocks of the hosts should agree to within their start-up gap (NTP does); a host
ahead only delays when it starts trusting the others' values.

>>> pack(1_741_759_188_123, 1_767_225_600) == pack(1_741_759_188_999, 1_767_225_600)
True
>>> unpack(pack(1_741_759_188_123, 1_767_225_600))
(1741759188000, 1767225600)
>>> unpack(pack(FREE, 1_767_225_600))[0] == FREE, unpack(pack(UNKNOWN, 1_767_225_600))[0] == UNKNOWN
(True, True)
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Iterable
from typing import Any

from confluent_kafka import Consumer, KafkaException, TopicPartition

from signalcraft.sources.alignment import UNKNOWN, Alignment
from signalcraft.sources.kafka import KafkaBatchSource, _split_part

log = logging.getLogger(__name__)

FREE = 2**62
"""The frontier of a caught-up or ended partition: it holds nobody back."""
_WALL_BITS = 30
_WALL_BASE_S = 1_704_067_200  # 2024-01-01T00:00:00Z; 2**30 s reach to 2058
_FREE_CODE = 2**33 - 1
IN_FLIGHT = 2
"""How many of its reports a partition's published frontier lags behind (see the module's docstring)."""
_ENDED_AFTER_S = 0.2
"""How long after a partition of this process ended (its last batch may still be on its way) it is free."""
_REPUBLISH_S = 1.0
"""Unchanged frontiers are published again this often, so the others know they are this run's."""
_EXCHANGE_EVERY_S = 0.002
"""At most one exchange with the broker this often (a held partition looks again every 2 ms)."""


def pack(frontier_ms: int, wall_s: int) -> int:
    """A frontier (ms, ``UNKNOWN`` or ``FREE``) and the wall-clock second, as one non-negative int64."""
    if frontier_ms == FREE:
        code = _FREE_CODE
    elif frontier_ms == UNKNOWN or frontier_ms < 0:
        code = 0
    else:
        code = min(frontier_ms // 1000 + 1, _FREE_CODE - 1)
    return (code << _WALL_BITS) | max(0, min(wall_s - _WALL_BASE_S, 2**_WALL_BITS - 1))


def unpack(value: int) -> tuple[int, int]:
    """``(frontier_ms, wall_s)`` of :func:`pack`'s value."""
    code, wall = value >> _WALL_BITS, value & (2**_WALL_BITS - 1)
    frontier = FREE if code == _FREE_CODE else UNKNOWN if code == 0 else (code - 1) * 1000
    return frontier, wall + _WALL_BASE_S


class ClusterAlignment(Alignment):
    """:class:`Alignment` over this process's partitions, plus the frontiers the other
    processes of the cluster publish for theirs (see the module's docstring).

    ``partitions``: every input partition of the cluster (``topic@idx``); those this
    process registers are its own, the rest are the others'. ``config``: the Kafka client
    config (SASL, TLS, ...); ``group``: the consumer group that carries the frontiers.
    """

    def __init__(self, max_skew_ms: int, config: dict[str, Any], group: str, *, in_flight: int = IN_FLIGHT,
                 refresh_s: float = 0.05, clock=time.time) -> None:
        super().__init__(max_skew_ms)
        self._config = {**config, "group.id": group, "enable.auto.commit": "false"}
        self._refresh_s, self._clock = refresh_s, clock
        self._started_s = int(clock())
        self._all: list[str] = []
        self._foreign: dict[str, int] = {}
        """The other processes' partitions -> their frontier (``UNKNOWN`` until a fresh value came)."""
        self._mine: set[str] = set()
        """The partitions this process reads (registered), ended ones included."""
        self._published: dict[str, int] = {}
        self._committed_at = 0.0
        self._reports: dict[str, deque[int]] = {}
        """This process's partitions -> their last ``in_flight`` frontiers: the least is published."""
        self._in_flight = in_flight
        self._removed: dict[str, float] = {}
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, partitions: Iterable[str]) -> None:
        """Start exchanging frontiers for ``partitions`` (every input partition), on a daemon thread for
        the life of the process; idempotent."""
        with self._lock:
            if self._thread is not None:
                return
            self._all = list(partitions)
            self._foreign = dict.fromkeys(self._all, UNKNOWN)  # until the first answer: hold back
            self._thread = threading.Thread(target=self._run, name="cluster-alignment", daemon=True)
        self._thread.start()

    # -- this process's partitions: what the Kafka source calls ----------------------------

    def register(self, part: str) -> None:
        super().register(part)
        with self._lock:
            self._mine.add(part)
            self._reports[part] = deque([UNKNOWN], maxlen=self._in_flight)
        self._wake.set()

    def set(self, part: str, frontier: int, fetched: int | None = None) -> None:
        super().set(part, frontier, fetched)
        self._report(part, frontier)

    def caught_up(self, part: str, as_of: int, last: int | None) -> None:
        super().caught_up(part, as_of, last)
        self._report(part, FREE)

    def remove(self, part: str) -> None:
        super().remove(part)
        with self._lock:
            self._removed[part] = time.monotonic()
        self._wake.set()

    def _report(self, part: str, frontier: int) -> None:
        with self._lock:
            reports = self._reports[part]
            reports.append(frontier)
            value = min(reports)
        if self._published.get(part) != pack(value, 0):
            self._wake.set()

    def limit(self, part: str, fetched: int | None = None) -> int | None:
        own = super().limit(part, fetched)
        with self._lock:
            others = [f for p, f in self._foreign.items() if f != FREE and p not in self._mine]
        if not others:
            return own
        floor = min(others)
        theirs = UNKNOWN if floor == UNKNOWN else floor + self.max_skew_ms
        mine = theirs if own is None else min(own, theirs)
        if mine == theirs:  # another process's frontier is what holds: look again at once
            self._wake.set()
        return mine

    # -- the exchange, on a thread of its own ----------------------------------------------

    def _local(self) -> dict[str, int]:
        """This process's partitions -> the frontier to publish (an ended one is free)."""
        now = time.monotonic()
        with self._lock:
            return {p: FREE if now - self._removed.get(p, now + 1) >= _ENDED_AFTER_S else min(self._reports[p])
                    for p in self._mine}

    def _run(self) -> None:
        consumer = Consumer(self._config)
        try:
            last = 0.0
            while True:
                self._wake.wait(self._refresh_s)  # set when a frontier to publish moved, or one is held
                time.sleep(max(0.0, last + _EXCHANGE_EVERY_S - time.monotonic()))
                self._wake.clear()
                last = time.monotonic()
                try:
                    self._exchange(consumer)
                except KafkaException as e:  # the broker watch of the flow's clients tells outages
                    log.debug("partition alignment across processes: %s", e)
                    time.sleep(self._refresh_s)
        finally:
            consumer.close()

    def _exchange(self, consumer: Consumer) -> None:
        now = self._clock()
        local = self._local()
        moved = any(self._published.get(p) != pack(f, 0) for p, f in local.items())
        if local and (moved or now - self._committed_at >= _REPUBLISH_S):
            offsets = [TopicPartition(*_split_part(p), pack(f, int(now))) for p, f in local.items()]
            consumer.commit(offsets=offsets, asynchronous=False)
            self._published.update((p, pack(f, 0)) for p, f in local.items())
            self._committed_at = now
        others = [p for p in self._all if p not in self._mine]
        if not others:
            return
        answers = consumer.committed([TopicPartition(*_split_part(p)) for p in others], timeout=5.0)
        foreign = {}
        for tp in answers:
            frontier, wall = unpack(tp.offset) if tp.offset >= 0 else (UNKNOWN, 0)
            foreign[f"{tp.topic}@{tp.partition}"] = frontier if wall >= self._started_s else UNKNOWN
        with self._lock:
            self._foreign = foreign


class ClusterKafkaSource(KafkaBatchSource):
    """:class:`KafkaBatchSource` whose partition alignment spans the cluster's processes.

    Same arguments; ``align_ms`` must be set (what is there to align otherwise). The
    frontiers travel in the consumer group ``<group.id>.alignment``.
    """

    def __init__(self, config: dict[str, str], topics: Iterable[str], *, align_ms: int | None = 30_000,
                 **kwargs: Any) -> None:
        super().__init__(config, topics, align_ms=align_ms, **kwargs)
        if align_ms is not None:  # in place of the base class's, before any partition is built with it
            base = self._consumer_config()
            group = f"{base['group.id']}.alignment"
            client = {k: v for k, v in base.items() if k != "fetch.wait.max.ms"}
            self._alignment = ClusterAlignment(align_ms, client, group)
            log.info("partition alignment across the cluster's processes: skew %d ms, frontiers in consumer group %s",
                     align_ms, group)

    def list_parts(self) -> list[str]:
        parts = super().list_parts()
        if isinstance(self._alignment, ClusterAlignment):
            self._alignment.start(parts)
        return parts
