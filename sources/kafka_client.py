"""What every Kafka client of the flow shares: its logs, its view of the broker, start-up.

- librdkafka's own log lines go through Python logging (logger ``signalcraft.kafka.client``),
  throttled: a line is written once, then lines like it (numbers and addresses aside) are
  counted and summed up at most once a ``window`` ("… (41 more like it in the last 60 s)").
  A broker outage no longer writes thousands of "Connect … failed" lines.
- :class:`BrokerWatch` turns the clients' error callbacks and successful reads into two
  lines of our own: "Kafka unreachable since …" when every broker is down, a reminder
  every ``remind_s`` while it stays so, and "Kafka reachable again after …" at the first
  success; it tells :mod:`signalcraft.health` too.
- :func:`wait_for_metadata` is how the flow starts: a pod that starts before Kafka waits
  with backoff, saying so once per attempt, until the broker answers or a deadline passes.
- :class:`EndOffsets` asks for the partitions' end offsets on a connection of its own.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from confluent_kafka import Consumer, KafkaError, KafkaException, TopicPartition
from confluent_kafka.admin import AdminClient, ClusterMetadata

log = logging.getLogger(__name__)
CLIENT_LOG = logging.getLogger("signalcraft.kafka.client")
"""Where librdkafka's lines go."""

_VARIABLE = re.compile(r"\d+(?:\.\d+)*(?:ms|s)?|#[\w.:]+")
_DOWN = {KafkaError._ALL_BROKERS_DOWN, KafkaError._TRANSPORT, KafkaError._RESOLVE}


class Throttle(logging.Filter):
    """Let a line through once per ``window`` per shape (digits and addresses masked);
    the next one after the window says how many were held back.

    >>> t = Throttle(window_s=60.0, clock=iter([0, 1, 2, 70]).__next__)
    >>> def rec(msg):
    ...     return logging.LogRecord("x", logging.WARNING, "", 0, msg, None, None)
    >>> [t.filter(r) for r in (rec("Connect to 10.0.0.1:9092 failed"), rec("Connect to 10.0.0.2:9092 failed"),
    ...     rec("Connect to 10.0.0.3:9092 failed"))]
    [True, False, False]
    >>> r = rec("Connect to 10.0.0.4:9092 failed"); t.filter(r), r.getMessage()
    (True, 'Connect to 10.0.0.4:9092 failed (2 more like it in the last 70 s)')
    """

    def __init__(self, window_s: float = 60.0, clock: Callable[[], float] = time.monotonic, max_shapes: int = 500):
        super().__init__()
        self.window_s = window_s
        self.clock = clock
        self.max_shapes = max_shapes
        self._seen: dict[str, tuple[float, int]] = {}
        """Shape -> (when it was last let through, how many held back since)."""
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        shape = _VARIABLE.sub("#", record.getMessage())
        now = self.clock()
        with self._lock:
            seen = self._seen.get(shape)
            if seen is not None and now - seen[0] < self.window_s:
                self._seen[shape] = (seen[0], seen[1] + 1)
                return False
            if len(self._seen) >= self.max_shapes:
                self._seen.clear()
            self._seen[shape] = (now, 0)
        if seen is not None and seen[1]:
            record.msg = f"{record.getMessage()} ({seen[1]} more like it in the last {now - seen[0]:.0f} s)"
            record.args = None
        return True


_THROTTLE = Throttle()


class BrokerWatch:
    """Whether the brokers answer, as the clients see it; logs the changes, not every error."""

    def __init__(self, remind_s: float = 60.0, clock: Callable[[], float] = time.monotonic,
                 on_change: Callable[[bool], None] | None = None):
        self.remind_s = remind_s
        self.clock = clock
        self.on_change = on_change
        self._down_since: float | None = None
        self._down_wall: datetime | None = None
        self._reminded = 0.0
        self._lock = threading.Lock()

    @property
    def reachable(self) -> bool:
        return self._down_since is None

    def error(self, err: KafkaError) -> None:
        """A client's ``error_cb``: every broker down (or the transport failing) is an outage."""
        if err.code() not in _DOWN:
            log.warning("Kafka client error: %s", err.str())
            return
        now = self.clock()
        with self._lock:
            if self._down_since is None:
                self._down_since, self._down_wall, self._reminded = now, datetime.now(UTC), now
                log.warning("Kafka unreachable since %s (%s); retrying", _hms(self._down_wall), err.str())
                changed = True
            else:
                changed = False
                if now - self._reminded >= self.remind_s:
                    self._reminded = now
                    log.warning("Kafka still unreachable (for %.0f s, since %s); retrying",
                                now - self._down_since, _hms(self._down_wall))
        if changed and self.on_change is not None:
            self.on_change(False)

    def ok(self) -> None:
        """Something was read from the broker."""
        if self._down_since is None:
            return
        with self._lock:
            if self._down_since is None:
                return
            down_for = self.clock() - self._down_since
            self._down_since = self._down_wall = None
        log.info("Kafka reachable again after %.1f s", down_for)
        if self.on_change is not None:
            self.on_change(True)

    def client_config(self) -> dict[str, Any]:
        """What a client's config gets so its logs (throttled) and errors come here."""
        if _THROTTLE not in CLIENT_LOG.filters:
            CLIENT_LOG.addFilter(_THROTTLE)
        return {"logger": CLIENT_LOG, "error_cb": self.error}


def _hms(t: datetime | None) -> str:
    return "?" if t is None else t.strftime("%H:%M:%S UTC")


def wait_for_metadata(
    admin_config: dict[str, Any],
    *,
    deadline_s: float | None = None,
    first_wait_s: float = 1.0,
    max_wait_s: float = 30.0,
    attempt_s: float = 5.0,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    admin_factory: Callable[[dict[str, Any]], Any] = AdminClient,
    missing: Callable[[ClusterMetadata], str | None] = lambda _md: None,
) -> ClusterMetadata:
    """The cluster's metadata, once a broker answers and ``missing(metadata)`` finds nothing
    missing (e.g. the input topics, which may be created after the broker starts): each
    failed attempt (``attempt_s`` long) is logged once, then the wait doubles from
    ``first_wait_s`` up to ``max_wait_s``; after ``deadline_s`` (``None``: never) it raises.

    >>> attempts = iter([KafkaException(KafkaError(KafkaError._TRANSPORT)), "metadata"])
    >>> class Admin:
    ...     def __init__(self, config): pass
    ...     def list_topics(self, timeout):
    ...         result = next(attempts)
    ...         if isinstance(result, Exception): raise result
    ...         return result
    >>> waits = []
    >>> wait_for_metadata({"bootstrap.servers": "k:9092"}, sleep=waits.append, admin_factory=Admin), waits
    ('metadata', [1.0])
    """
    admin = admin_factory(admin_config)
    start, wait, attempt = clock(), first_wait_s, 0
    where = admin_config.get("bootstrap.servers", "?")
    while True:
        attempt += 1
        try:
            metadata = admin.list_topics(timeout=attempt_s)
            why = missing(metadata)
        except KafkaException as e:
            why = f"not reachable ({e.args[0].str() if e.args else e})"
        if why is None:
            if attempt > 1:
                log.info("Kafka at %s ready after %.1f s", where, clock() - start)
            return metadata
        waited = clock() - start
        if deadline_s is not None and waited + wait > deadline_s:
            raise RuntimeError(
                f"Kafka at {where}: {why}, still after {deadline_s:g} s (SIGNALCRAFT_KAFKA_STARTUP_TIMEOUT)"
            )
        log.warning("Kafka at %s: %s (attempt %d, %.0f s so far); next try in %.0f s",
                    where, why, attempt, waited, wait)
        sleep(wait)
        wait = min(wait * 2, max_wait_s)


class EndOffsets:
    """A partition's (low, high) offsets from the broker, asked on a client of their own,
    shared by the partitions of one source (:meth:`acquire` each, :meth:`release` each).

    On a partition's own consumer the question waits behind its fetch, which the broker
    may hold for ``fetch.wait.max.ms`` (Kafka and the bundled broker answer one
    connection's requests in order): the worker would stall that long at every question.
    """

    def __init__(self, config: dict[str, Any]):
        self._config = config
        self._client: Consumer | None = None
        self._users = 0
        self._lock = threading.Lock()

    def acquire(self) -> EndOffsets:
        with self._lock:
            self._users += 1
        return self

    def release(self) -> None:
        """The last user closes the client (a later :meth:`acquire` opens a new one)."""
        with self._lock:
            self._users -= 1
            client, self._client = (self._client, None) if self._users <= 0 else (None, self._client)
        if client is not None:
            client.close()

    def get(self, tp: TopicPartition, timeout: float) -> tuple[int, int]:
        """``(low, high)`` as the broker answers now; raises :class:`KafkaException` if it does not."""
        with self._lock:
            if self._client is None:
                self._client = Consumer(self._config)
            client = self._client
        return client.get_watermark_offsets(tp, timeout=timeout, cached=False)
