"""The process's service state: Prometheus metrics, liveness and readiness, and their HTTP endpoints.

:data:`HEALTH` is the process's :class:`ServiceHealth`; the Kafka source, the flow's steps
and the DuckDB sink feed it (per batch, never per record), and :func:`serve` answers

- ``GET /metrics``: the Prometheus text exposition of its registry (its own, not the
  global default; ``process_*`` of this process included);
- ``GET /healthz``: 200 ``ok`` while the process serves (liveness);
- ``GET /readyz``: 200 ``ready``, or 503 with the reason (readiness): the broker is
  reachable, and while messages wait (total lag > 0) some were read within
  ``progress_within_s``.

Metrics (labels are only topic, partition, kind, table, step and name: bounded, never ids):

=============================================== ===============================================
``signalcraft_messages_consumed_total``          messages read, ``{topic, partition}``
``signalcraft_consumer_lag_messages``            end offset - position, ``{topic, partition}``
``signalcraft_records_total``                    records decoded, ``{topic, kind}`` (``AlertEvent``, ...)
``signalcraft_rows_stored_total``                rows handed to the store, ``{table}``
``signalcraft_dead_letters_total``               refusals, ``{step}`` (route, format, json, adapt,
                                                 validate, series, store)
``signalcraft_emitted_total``                    ``{kind}``: warnings, correlations, alert_groups
``signalcraft_broker_reachable``                 1 or 0 (0 until the broker is first reached)
``signalcraft_epochs_committed_total``           DuckDB epoch commits
``signalcraft_last_epoch_commit_age_seconds``    since the last commit (since start-up before one)
``signalcraft_store_write_seconds``              histogram of DuckDB write latency (a commit's, less the copy wait)
``signalcraft_read_copy_wait_seconds``           histogram of a commit's wait for the read copy queued before it
``signalcraft_store_rows_written_total``         rows the DuckDB writes took
``signalcraft_state_size``                       ``{name}``: watched_series, join_keys,
                                                 join_buffered_changes, join_open_groups
``signalcraft_last_progress_age_seconds``        since messages were last read (since start-up before)
``signalcraft_memory_total``                     the incident memory: ``{what}`` incidents_written,
                                                 texts_embedded, cache_hits, failures
``signalcraft_memory_embed_seconds_total``       time spent embedding
``signalcraft_memory_pending_groups``            groups committed to DuckDB, not yet in the memory
``signalcraft_ready``                            1 when ``/readyz`` would say 200
=============================================== ===============================================

The ages are computed when scraped. An idle flow commits no epoch and reads nothing, so
alert on an age only while messages wait. Example rules (Prometheus; Alertmanager can route
them back to SignalCraft)::

    groups:
    - name: signalcraft
      rules:
      - alert: SignalCraftStalled
        expr: >-
          signalcraft_last_progress_age_seconds > 120
          and on (instance) sum by (instance) (signalcraft_consumer_lag_messages) > 0
        for: 2m
      - alert: SignalCraftBrokerUnreachable
        expr: signalcraft_broker_reachable == 0
        for: 1m
      - alert: SignalCraftNotCommitting
        expr: >-
          signalcraft_last_epoch_commit_age_seconds > 300
          and on (instance) sum by (instance) (signalcraft_consumer_lag_messages) > 0
      - alert: SignalCraftDeadLetters
        expr: sum by (step) (rate(signalcraft_dead_letters_total[10m])) > 1
      - alert: SignalCraftSlowStore
        expr: histogram_quantile(0.99, rate(signalcraft_store_write_seconds_bucket[10m])) > 5
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, ProcessCollector
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest

log = logging.getLogger(__name__)

__all__ = ["HEALTH", "Server", "ServiceHealth", "serve"]

STORE_WRITE_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
"""Seconds: a small Arrow batch takes milliseconds, a large epoch's flush seconds."""


class ServiceHealth:
    """Counters, gauges and the probes of one process; every method is thread-safe.

    ``clock`` (monotonic seconds) times progress, commits and outages; tests inject one.

    >>> t = [0.0]
    >>> health = ServiceHealth(clock=lambda: t[0], progress_within_s=60)
    >>> health.broker_reachable(True); health.lag("alerts", 0, end_offset=500, position=100)
    >>> health.ready()
    (True, 'ready')
    >>> t[0] = 90.0; health.ready()
    (False, 'no messages read for 90s while 400 wait (limit 60s)')
    >>> health.consumed("alerts", 0, n=400, position=500); health.ready()
    (True, 'ready')
    """

    def __init__(
        self,
        registry: CollectorRegistry | None = None,
        clock: Callable[[], float] = time.monotonic,
        progress_within_s: float = 60.0,
    ):
        self.registry = CollectorRegistry() if registry is None else registry
        self.progress_within_s = progress_within_s
        self._clock = clock
        self._lock = threading.Lock()
        now = clock()
        self._progress_at = now
        """When messages were last read (or, before any, when this began or messages began to wait)."""
        self._commit_at = now
        self._reachable: bool | None = None
        self._reachable_since = now
        self._ends: dict[tuple[str, int], int] = {}
        """(topic, partition) -> the latest end offset reported."""
        self._lags: dict[tuple[str, int], int] = {}
        self._total_lag = 0
        self._define(self.registry)

    def _define(self, r: CollectorRegistry) -> None:
        def counter(name: str, doc: str, *labels: str) -> Counter:
            return Counter(name, doc, labels, registry=r)

        def gauge(name: str, doc: str, *labels: str) -> Gauge:
            return Gauge(name, doc, labels, registry=r)

        self._consumed = counter("signalcraft_messages_consumed_total", "Messages read.", "topic", "partition")
        self._lag = gauge("signalcraft_consumer_lag_messages", "End offset minus position.", "topic", "partition")
        self._records = counter("signalcraft_records_total", "Records decoded, by input topic and kind.",
                                "topic", "kind")
        self._rows = counter("signalcraft_rows_stored_total", "Rows handed to the store.", "table")
        self._dead = counter("signalcraft_dead_letters_total", "Dead letters, by the step that refused.", "step")
        self._emitted = counter("signalcraft_emitted_total", "Warnings, correlations, alert groups emitted.", "kind")
        self._broker = gauge("signalcraft_broker_reachable", "1 if the broker is reachable, else 0.")
        self._commits = counter("signalcraft_epochs_committed_total", "Epochs the DuckDB store committed.")
        self._write = Histogram("signalcraft_store_write_seconds", "DuckDB write latency.",
                                buckets=STORE_WRITE_BUCKETS, registry=r)
        self._written = counter("signalcraft_store_rows_written_total", "Rows the DuckDB writes took.")
        self._copy_wait = Histogram("signalcraft_read_copy_wait_seconds", "A commit's wait for the read copy.",
                                    buckets=STORE_WRITE_BUCKETS, registry=r)
        self._state = gauge("signalcraft_state_size", "Sizes of the flow's state in this process.", "name")
        self._memory = counter("signalcraft_memory_total", "The incident memory's work.", "what")
        self._embed_s = counter("signalcraft_memory_embed_seconds_total", "Seconds spent embedding.")
        self._memory_pending = gauge("signalcraft_memory_pending_groups", "Groups waiting for the incident memory.")
        gauge("signalcraft_last_epoch_commit_age_seconds", "Seconds since the store last committed an epoch "
              "(since start-up before the first).").set_function(self._commit_age)
        gauge("signalcraft_last_progress_age_seconds", "Seconds since messages were last read "
              "(since start-up, or since messages began to wait, before).").set_function(self._progress_age)
        gauge("signalcraft_ready", "1 when /readyz answers 200.").set_function(lambda: float(self.ready()[0]))
        ProcessCollector(registry=r)
        self._children: dict[tuple[object, ...], object] = {}
        self._emitted_by: dict[str, object] = {}
        self._state_by: dict[str, object] = {}

    def _child(self, metric, *labels: str):
        """The labelled child of ``metric``, cached (``labels()`` takes a lock and builds a tuple)."""
        key = (id(metric), *labels)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*labels)
        return child

    # -- counters and gauges -----------------------------------------------------------

    def consumed(self, topic: str, partition: int, n: int, position: int) -> None:
        """``n`` messages of ``topic``/``partition`` were read; the next to read is ``position``.

        ``n > 0`` is progress. The lag gauge follows from the last end offset reported, so it
        falls between :meth:`lag` calls. Reading proves the broker reachable unless it was
        reported unreachable."""
        part = str(partition)
        if n:
            self._child(self._consumed, topic, part).inc(n)
        with self._lock:
            if n:
                self._progress_at = self._clock()
                if self._reachable is None:
                    self._set_reachable(True)
            end = self._ends.get((topic, partition))
            if end is not None:
                self._set_lag(topic, partition, end, position)

    def lag(self, topic: str, partition: int, end_offset: int, position: int) -> None:
        """The partition's end offset (high watermark) and position: lag ``end_offset - position``, at least 0."""
        with self._lock:
            self._ends[(topic, partition)] = end_offset
            self._set_lag(topic, partition, end_offset, position)

    def _set_lag(self, topic: str, partition: int, end_offset: int, position: int) -> None:
        lag = max(0, end_offset - position)
        key = (topic, partition)
        old = self._lags.get(key, 0)
        self._lags[key] = lag
        was = self._total_lag
        self._total_lag += lag - old
        if was == 0 and self._total_lag > 0:
            # messages begin to wait: the time to read them counts from now, not from the last read
            self._progress_at = max(self._progress_at, self._clock())
        self._child(self._lag, topic, str(partition)).set(lag)

    def records_in(self, topic: str, kind: str, n: int) -> None:
        """``n`` records of ``kind`` (a record type's name) decoded from ``topic``."""
        self._child(self._records, topic, kind).inc(n)

    def records_out(self, table: str, n: int) -> None:
        """``n`` rows handed to the store for ``table``."""
        self._child(self._rows, table).inc(n)

    def dead_letters(self, step: str, n: int = 1) -> None:
        """``n`` messages or records refused at ``step``."""
        self._child(self._dead, step).inc(n)

    def emitted(self, kind: str, n: int = 1) -> None:
        """``n`` results of ``kind`` (warnings, correlations, alert_groups) emitted."""
        child = self._emitted_by.get(kind)  # called per key per batch: one lookup, no tuple
        if child is None:
            child = self._emitted_by[kind] = self._emitted.labels(kind)
        child.inc(n)

    def broker_reachable(self, reachable: bool) -> None:
        """Whether the broker answers now (the source says so at start-up and at every change)."""
        with self._lock:
            self._set_reachable(reachable)

    def _set_reachable(self, reachable: bool) -> None:
        if reachable != self._reachable:
            self._reachable_since = self._clock()
            self._reachable = reachable
        self._broker.set(1 if reachable else 0)

    def epoch_committed(self) -> None:
        """The store committed an epoch: the commit age starts again from 0."""
        with self._lock:
            self._commit_at = self._clock()
        self._commits.inc()

    def store_write(self, seconds: float, rows: int) -> None:
        """One DuckDB write (an epoch's commit, less :meth:`read_copy_wait`) took ``seconds`` for ``rows`` rows."""
        self._write.observe(seconds)
        if rows:
            self._written.inc(rows)

    def read_copy_wait(self, seconds: float) -> None:
        """An epoch's commit waited ``seconds`` for the read copy queued behind the commit before it
        (0 when the copy had ended)."""
        self._copy_wait.observe(seconds)

    def state_size(self, name: str, value: int) -> None:
        """Set the state gauge ``name`` (watched_series, join_keys, ...) to ``value``."""
        child = self._state_by.get(name)  # called per key per batch: one lookup, no tuple
        if child is None:
            child = self._state_by[name] = self._state.labels(name)
        child.set(value)

    def memory_indexed(self, written: int, embedded: int, cache_hits: int, pending: int,
                       embed_seconds: float = 0.0) -> None:
        """The incident memory wrote ``written`` incidents, embedding ``embedded`` texts in
        ``embed_seconds``; ``pending`` wait."""
        if embed_seconds:
            self._embed_s.inc(embed_seconds)
        for what, n in (("incidents_written", written), ("texts_embedded", embedded), ("cache_hits", cache_hits)):
            if n:
                self._child(self._memory, what).inc(n)
        self._memory_pending.set(pending)

    def memory_failed(self) -> None:
        self._child(self._memory, "failures").inc()

    # -- probes --------------------------------------------------------------------------

    def live(self) -> bool:
        """The process is up (it answers at all)."""
        return True

    def ready(self) -> tuple[bool, str]:
        """Whether to send work here, and why not: the broker is reachable, and while
        messages wait some were read within ``progress_within_s``."""
        with self._lock:
            now = self._clock()
            if self._reachable is None:
                return False, "the broker has not been reached yet"
            if not self._reachable:
                return False, f"the broker is unreachable (for {now - self._reachable_since:.0f}s)"
            idle = now - self._progress_at
            if self._total_lag > 0 and idle > self.progress_within_s:
                return False, (f"no messages read for {idle:.0f}s while {self._total_lag} wait "
                               f"(limit {self.progress_within_s:.0f}s)")
            return True, "ready"

    def total_lag(self) -> int:
        """The sum of the partitions' lags."""
        with self._lock:
            return self._total_lag

    def _commit_age(self) -> float:
        with self._lock:
            return self._clock() - self._commit_at

    def _progress_age(self) -> float:
        with self._lock:
            return self._clock() - self._progress_at

    def exposition(self) -> bytes:
        """The registry in the Prometheus text format."""
        return generate_latest(self.registry)


HEALTH = ServiceHealth()
"""The process's instance, fed by the flow's parts and served by :func:`serve`."""


# -- the HTTP endpoints ----------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    server: _HealthServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        health = self.server.health
        if path == "/metrics":
            try:
                body = health.exposition()
            except Exception:  # a collector's failure is a 500 and a log line, not a dead server
                log.exception("metrics: the exposition failed")
                self._send(500, b"metrics failed\n")
                return
            self._send(200, body, CONTENT_TYPE_LATEST)
        elif path == "/healthz":
            self._send(200 if health.live() else 503, b"ok\n")
        elif path == "/readyz":
            ready, reason = health.ready()
            self._send(200 if ready else 503, f"{'ready' if ready else reason}\n".encode())
        else:
            self._send(404, b"not found: /metrics, /healthz and /readyz are served\n")

    def _send(self, status: int, body: bytes, content_type: str = "text/plain; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base class's name)
        """Request lines go to DEBUG: a scrape every 15 s is not news."""
        if log.isEnabledFor(logging.DEBUG):
            log.debug("health endpoint: %s %s", self.address_string(), format % args)


class _HealthServer(ThreadingHTTPServer):
    daemon_threads = True
    health: ServiceHealth


class _HealthServer6(_HealthServer):
    address_family = socket.AF_INET6


class Server:
    """The running endpoints (a daemon thread); :meth:`close` stops them."""

    def __init__(self, httpd: _HealthServer):
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, name="signalcraft-health", daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        """The port listened on (the one chosen when 0 was asked)."""
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        host = self._httpd.server_address[0]
        host = "127.0.0.1" if host in ("0.0.0.0", "") else f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}"

    def close(self) -> None:
        """Stop serving and release the port."""
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def serve(health: ServiceHealth, port: int, host: str = "0.0.0.0") -> Server:
    """Serve ``/metrics``, ``/healthz`` and ``/readyz`` of ``health`` on ``host:port`` (0: any free port)."""
    server_class = _HealthServer6 if ":" in host else _HealthServer
    try:
        httpd = server_class((host, port), _Handler)
    except OSError as e:
        raise OSError(f"health endpoints: cannot listen on {host}:{port}: {e} (is the port taken?)") from e
    httpd.health = health
    server = Server(httpd)
    log.info("serving /metrics, /healthz and /readyz on %s:%s", host, server.port)
    return server
