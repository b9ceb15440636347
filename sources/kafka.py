"""Kafka input: every partition of the input topics, emitted as batches.

Each item the source emits is a ``list[RawMessage]`` (one poll's worth), so the
steps after it pay Bytewax's per-item cost once per batch, not per message.
Offsets are the source's recovery state: after a crash the flow resumes from
the last snapshot and the idempotent sinks absorb the replay.

Running as a service: the source waits for the broker at start-up
(:func:`~signalcraft.sources.kafka_client.wait_for_metadata`), its clients log through
:mod:`signalcraft.sources.kafka_client` (throttled, with our own outage lines), a
partition that makes no progress while it has data says so every ``stall_after_s``, and
a set ``stop`` event ends every partition at its next batch (what SIGTERM does), so the
flow closes its last epoch and its sinks.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bytewax.inputs import FixedPartitionedSource, StatefulSourcePartition
from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, KafkaException, TopicPartition

from signalcraft.models import RawMessage
from signalcraft.sources.alignment import UNKNOWN, Alignment
from signalcraft.sources.kafka_client import BrokerWatch, EndOffsets, wait_for_metadata
from signalcraft.sources.raw import header_dict

log = logging.getLogger(__name__)

_IDLE = timedelta(milliseconds=20)
_HELD = timedelta(milliseconds=2)
"""How soon a partition held back by the alignment looks again."""
_END_RETRY_S = 0.5
"""After the broker did not answer for the end offset, how long before asking again."""
_LAG_EVERY_S = 5.0
"""How often an idle partition asks for its end offset to see whether it is stalled."""
_DRAINED_AFTER_S = 0.5
_DRAIN_AT_MOST_S = 5.0
"""With ``stop_at_end``: once at the start-time end offset, a partition stops as soon as a fetch
response shows nothing past its offset (its end offset, or the consumer's end-of-partition event,
at or below it), without waiting. Without that event, it stops after ``_DRAINED_AFTER_S`` with nothing new, and
in any case ``_DRAIN_AT_MOST_S`` later (a live topic never goes quiet).

The start-time end offset is the one the first fetch response shows: the bundled broker's
list-offsets answer is the first offset of the last batch written, plus one.
"""


FETCH_WAIT_MAX_MS = 100
"""How long the broker may hold a fetch that finds no data. Kafka answers as soon as data
is there, so a longer wait costs nothing; the bundled broker with S3 storage stalls for
good with waits shorter than its storage takes to answer."""

_CONSUMER_ONLY = {"fetch.wait.max.ms", "group.id", "enable.auto.commit", "auto.offset.reset", "enable.partition.eof"}


@dataclass
class Running:
    """What the partitions of one source share while the flow runs as a service."""

    watch: BrokerWatch = field(default_factory=BrokerWatch)
    stop: threading.Event = field(default_factory=threading.Event)
    """Set (by SIGTERM or SIGINT) to end every partition at its next batch."""
    stall_after_s: float = 60.0
    """A partition with data and no progress for this long says so, then every as long."""
    health: Any = None
    """A :class:`signalcraft.health.ServiceHealth` told what is read and how far behind, or ``None``."""


def _part_name(topic: str, idx: int) -> str:
    return f"{topic}@{idx}"


def _split_part(name: str) -> tuple[str, int]:
    topic, _, idx = name.rpartition("@")
    return topic, int(idx)


class _Partition(StatefulSourcePartition[list[RawMessage], int]):
    def __init__(
        self,
        config: dict[str, str],
        topic: str,
        idx: int,
        offset: int,
        batch_size: int,
        stop_at_end: bool,
        alignment: Alignment | None = None,
        running: Running | None = None,
        ends: EndOffsets | None = None,
    ):
        self._topic, self._idx, self._batch_size = topic, idx, batch_size
        self._name = _part_name(topic, idx)
        self._alignment = alignment
        if alignment is not None:
            alignment.register(self._name)  # before the broker is asked anything: it holds the others back
        self._running = running or Running()
        config = {**config, **self._running.watch.client_config()}
        # the end-of-partition events say the consumer read all a fetch found (see _poll)
        self._consumer = Consumer({**config, "enable.partition.eof": "true"})
        self._ends = (ends or EndOffsets(config)).acquire()
        self._tp = TopicPartition(topic, idx)
        low, high = self._watermarks(timeout=10.0, attempts=None)
        self._offset = low if offset == OFFSET_BEGINNING else max(offset, low)
        self._high, self._high_checked = high, time.monotonic()
        self._end = high if stop_at_end else None
        self._end_fetched = False
        """Whether ``_end`` has been raised to the end offset of the first fetch response."""
        self._consumer.assign([TopicPartition(topic, idx, self._offset)])
        self._pending: deque[RawMessage] = deque()
        """Read but not emitted yet (held back by the alignment); the offset stays at its head."""
        self._pending_top = UNKNOWN  # no pending message is later: when the alignment allows it, all go at once
        self._fetched: int | None = None
        """The alignment's ticket drawn when the pending messages were fetched."""
        self._eof: int | None = None
        """The offset the consumer last said it reached the end at: everything below it was delivered."""
        self._last_ts: int | None = None
        self._caught_up_as_of: int | None = None
        """The ticket of the last answer that showed nothing past the offset; ``None``: not caught up."""
        self._ask_end_after = 0.0
        self._awake: datetime | None = None
        self._quiet_since: float | None = None
        self._reached_end_at: float | None = None
        self._stop_next = stop_at_end and high <= low
        """With ``stop_at_end``, a partition that holds nothing at start ends at its first batch,
        without a fetch (the broker holds a fetch that finds nothing for ``fetch.wait.max.ms``)."""
        self._progress_at = self._stall_told = time.monotonic()

    def _watermarks(self, timeout: float, attempts: int | None = 1) -> tuple[int, int]:
        """(low, high) from the broker; while it is unreachable, retried ``attempts`` times
        (``None``: until it answers), else the last known."""
        tried = 0
        while True:
            try:
                low, high = self._ends.get(self._tp, timeout=timeout)
            except KafkaException as e:
                tried += 1
                self._running.watch.error(e.args[0])
                if attempts is not None and tried >= attempts:
                    return -1, self._high
                time.sleep(min(5.0, 0.5 * tried))
                continue
            self._running.watch.ok()
            return low, high

    def _fetched_end(self) -> int:
        """The end offset the last fetch response carried: known locally, at no cost."""
        return self._consumer.get_watermark_offsets(self._tp, cached=True)[1]

    def _refresh_end(self, now: float) -> None:
        """Ask the broker for the end offset (for the lag and the stall warning). Its
        list-offsets answer can be low (the bundled broker's is the first offset of the last
        batch written, plus one), so the end offset never goes below what a fetch response
        already showed, nor below what was known."""
        self._high = max(self._high, self._watermarks(timeout=1.0)[1], self._fetched_end())
        self._high_checked = now

    def _check_progress(self, now: float) -> None:
        """Say so when the partition has data and makes no progress (once per ``stall_after_s``)."""
        if now - self._high_checked >= _LAG_EVERY_S:
            self._refresh_end(now)
            if self._running.health is not None:
                self._running.health.lag(self._topic, self._idx, self._high, self._offset)
        stall = self._running.stall_after_s
        if self._offset < self._high and now - self._progress_at >= stall and now - self._stall_told >= stall:
            self._stall_told = now
            log.warning(
                "%s[%d]: no progress for %.0f s with %d messages waiting (position %d, end %d); broker %s; %s",
                self._topic, self._idx, now - self._progress_at, self._high - self._offset, self._offset,
                self._high, "reachable" if self._running.watch.reachable else "unreachable",
                "held back by the partition alignment: another partition of this process has not shown "
                "what it has to read" if self._pending else "if the broker is up, its fetch wait may be too "
                "short for it (SIGNALCRAFT_KAFKA_FETCH_WAIT_MAX_MS)",
            )

    def next_batch(self) -> list[list[RawMessage]]:
        if self._stop_next or self._running.stop.is_set():
            raise StopIteration
        if not self._pending:
            self._pending.extend(self._poll())
            if self._pending and self._alignment is not None:
                self._fetched = self._alignment.ticket()  # drawn after the fetch returned them
        batch = self._take()
        at_end = self._at_start_end()
        if at_end:
            now = time.monotonic()
            if self._reached_end_at is None:
                self._reached_end_at = now
            if self._caught_up() or now - self._reached_end_at >= _DRAIN_AT_MOST_S:
                self._stop_next = True  # after emitting what this poll returned
        if batch:
            self._awake = None
            self._quiet_since = None
            return [batch]
        if self._stop_next:
            raise StopIteration
        self._check_progress(time.monotonic())
        if at_end:
            now = time.monotonic()
            if self._quiet_since is None:
                self._quiet_since = now
            elif now - self._quiet_since >= _DRAINED_AFTER_S:
                raise StopIteration
        self._awake = datetime.now(UTC) + (_HELD if self._pending else _IDLE)
        return []

    def _poll(self) -> list[RawMessage]:
        msgs = self._consumer.consume(self._batch_size, 0.005)
        if msgs:
            self._running.watch.ok()
            self._progress_at = time.monotonic()
        out: list[RawMessage] = []
        append, topic, idx, top = out.append, self._topic, self._idx, self._pending_top
        last_headers: Any = ()
        headers: dict[str, str] = {}
        for msg in msgs:
            err = msg.error()
            if err is not None:
                if err.code() == KafkaError._PARTITION_EOF:  # after the messages before it, in order
                    self._eof = msg.offset()
                    continue
                if err.fatal():
                    raise RuntimeError(f"consuming {self._topic}[{self._idx}]: fatal Kafka error {err}")
                log.warning("consuming %s[%s]: %s (retrying)", self._topic, self._idx, err)
                continue
            ts_type, ts = msg.timestamp()
            raw_headers = msg.headers()
            if raw_headers != last_headers:
                last_headers, headers = raw_headers, header_dict(raw_headers)
            if ts_type and ts > top:
                top = ts
            # positional, in RawMessage's field order: topic, partition, offset, value, key, headers, timestamp_ms;
            # a run of messages with equal headers shares one dict (nothing changes a message's headers)
            value, timestamp = msg.value() or b"", ts if ts_type else None
            append(RawMessage(topic, idx, msg.offset(), value, msg.key(), headers, timestamp))
        self._pending_top = top
        if out and self._running.health is not None:
            self._running.health.consumed(self._topic, self._idx, len(out), out[-1].offset + 1)
        return out

    def _at_start_end(self) -> bool:
        """With ``stop_at_end``: whether all is read up to the end offset current at start, as
        the first fetch response shows it (the list-offsets answer at start can be low)."""
        if self._end is None:
            return False
        if not self._end_fetched and (fetched_end := self._fetched_end()) >= 0:
            self._end, self._end_fetched = max(self._end, fetched_end), True
        return self._end_fetched and self._offset >= self._end and not self._pending

    def _caught_up(self) -> bool:
        """Whether a fetch response showed the broker holds nothing past what was emitted: the end
        offset the last one carried, or the consumer's last end-of-partition event, is at or below
        the offset (the first comes with the last messages; the event needs one more fetch, which
        the broker holds for ``fetch.wait.max.ms`` when it finds nothing)."""
        fetched_end = self._fetched_end()
        return 0 <= fetched_end <= self._offset or (self._eof is not None and self._eof >= self._offset)

    def _take(self) -> list[RawMessage]:
        """Emit what the alignment allows from the head of the pending messages."""
        pending = self._pending
        limit = None if self._alignment is None or not pending else self._alignment.limit(self._name, self._fetched)
        if limit is None or self._pending_top <= limit:  # all of them, without a look at each
            batch = list(pending)
            pending.clear()
        else:
            batch = []
            while pending and (pending[0].timestamp_ms is None or pending[0].timestamp_ms <= limit):
                batch.append(pending.popleft())
        if batch:
            self._offset = batch[-1].offset + 1
            self._last_ts = next((m.timestamp_ms for m in reversed(batch) if m.timestamp_ms is not None), self._last_ts)
        if not pending:
            self._fetched, self._pending_top = None, UNKNOWN
            if self._eof is not None and self._eof > self._offset:
                self._offset = self._eof  # past offsets never delivered: transaction markers, compacted gaps
        if self._alignment is not None:
            self._report(self._alignment)
        return batch

    def _report(self, alignment: Alignment) -> None:
        """Tell the alignment the timestamp this partition emits next, or that it is caught up.

        Caught up takes two answers: a fetch response showing no more than was read (the
        bundled broker's list-offsets answer alone is low when the offset is inside the last
        batch, e.g. resumed from a snapshot), then a list-offsets answer asked after a ticket
        is drawn, so the alignment knows which fetched messages it covers. It is asked again
        when a partition holds messages fetched since and this one's last timestamp holds
        them back. Nothing is decided by how long a poll stayed empty."""
        if self._pending:
            head = self._pending[0].timestamp_ms
            alignment.set(self._name, head if head is not None else self._lower_bound(), self._fetched)
            self._caught_up_as_of = None
            return
        if self._caught_up_as_of is not None and not alignment.wanted(self._name):
            return
        self._caught_up_as_of = self._ask_end(alignment)
        if self._caught_up_as_of is None:
            alignment.set(self._name, self._lower_bound())
        else:
            alignment.caught_up(self._name, self._caught_up_as_of, self._last_ts)

    def _lower_bound(self) -> int:
        """The last timestamp emitted: no later message of this partition is earlier (``UNKNOWN``: none yet)."""
        return self._last_ts if self._last_ts is not None else UNKNOWN

    def _ask_end(self, alignment: Alignment) -> int | None:
        """The ticket drawn before the broker answered that nothing is past the offset; ``None``
        if something is, no fetch response has shown the end yet, or the broker did not answer."""
        fetched_end = self._fetched_end()
        now = time.monotonic()
        if fetched_end < 0 or self._offset < fetched_end or now < self._ask_end_after:
            return None
        as_of = alignment.ticket()
        try:
            high = self._ends.get(self._tp, timeout=1.0)[1]
        except KafkaException:  # the client's error callback tells the watch about outages
            self._ask_end_after = now + _END_RETRY_S
            return None
        self._running.watch.ok()
        self._high, self._high_checked = max(self._high, high, fetched_end), now
        return as_of if self._offset >= high else None

    def next_awake(self) -> datetime | None:
        return self._awake

    def snapshot(self) -> int:
        return self._offset

    def close(self) -> None:
        if self._alignment is not None:
            self._alignment.remove(self._name)
        self._consumer.close()
        self._ends.release()


class KafkaBatchSource(FixedPartitionedSource[list[RawMessage], int]):
    """All partitions of ``topics``; ``stop_at_end`` stops at the offsets current at start.

    ``config`` is passed to librdkafka untouched (SASL, TLS, anything it accepts);
    ``fetch.wait.max.ms`` defaults to :data:`FETCH_WAIT_MAX_MS` unless the config sets it.

    ``align_ms``: the partitions this process reads are kept within that many
    milliseconds of each other in Kafka timestamp (:mod:`signalcraft.sources.alignment`),
    so a backlog is read in event-time order across topics; ``None`` reads each
    partition as fast as it goes.

    ``startup_timeout_s``: how long to wait for a broker to answer at start-up (``None``:
    as long as it takes); ``running``: the broker watch, the stop event, the stall
    warning and the health the partitions share.
    """

    def __init__(
        self,
        config: dict[str, str],
        topics: Iterable[str],
        *,
        batch_size: int = 1000,
        stop_at_end: bool = False,
        align_ms: int | None = 30_000,
        startup_timeout_s: float | None = None,
        running: Running | None = None,
    ):
        self._config = dict(config)
        self._startup_timeout_s = startup_timeout_s
        self.running = running or Running()
        self._topics = list(topics)
        self._batch_size = batch_size
        self._stop_at_end = stop_at_end
        self._alignment = None if align_ms is None else Alignment(align_ms)
        self._ends = EndOffsets({**self._consumer_config(), **self.running.watch.client_config()})

    def list_parts(self) -> list[str]:
        admin_config = {k: v for k, v in self._config.items() if k not in _CONSUMER_ONLY}
        admin_config.update(self.running.watch.client_config())
        md = wait_for_metadata(admin_config, deadline_s=self._startup_timeout_s, missing=self._missing_topics)
        parts = []
        for topic in self._topics:
            parts.extend(_part_name(topic, idx) for idx in sorted(md.topics[topic].partitions))
        return parts

    def _missing_topics(self, md: Any) -> str | None:
        """Why the input topics cannot be read yet, or ``None``."""
        missing = []
        for topic in self._topics:
            meta = md.topics.get(topic)
            if meta is None or meta.error is not None:
                missing.append(topic if meta is None else f"{topic} ({meta.error.str()})")
        if not missing:
            return None
        return f"input topic(s) {', '.join(missing)} not there (yet); create them or fix SIGNALCRAFT_TOPIC_*"

    def _consumer_config(self) -> dict[str, str]:
        return {
            "group.id": "signalcraft-offsets-in-recovery",
            "enable.auto.commit": "false",
            "fetch.wait.max.ms": str(FETCH_WAIT_MAX_MS),
            **self._config,
        }

    def build_part(self, step_id: str, for_part: str, resume_state: int | None) -> _Partition:
        topic, idx = _split_part(for_part)
        offset = OFFSET_BEGINNING if resume_state is None else resume_state
        if resume_state is not None:
            log.info("resuming %s[%d] at offset %d", topic, idx, resume_state)
        return _Partition(
            self._consumer_config(), topic, idx, offset, self._batch_size, self._stop_at_end, self._alignment,
            self.running, self._ends,
        )
