"""The runtime: the production flow built from settings, recovery, and running it (the CLI's library side)."""

from __future__ import annotations

import gc
import logging
from datetime import timedelta
from pathlib import Path

from bytewax.dataflow import Dataflow
from bytewax.recovery import RecoveryConfig, init_db_dir

from signalcraft.config import Settings
from signalcraft.flows.pipeline import build_flow
from signalcraft.sinks.duckdb_sink import DuckDBSink
from signalcraft.sinks.kafka import topic_sink
from signalcraft.sources.kafka import KafkaBatchSource

log = logging.getLogger(__name__)


def kafka_flow(settings: Settings, *, stop_at_end: bool = False) -> Dataflow:
    """The flow reading the input topics of ``settings`` from Kafka, writing DuckDB and the output topics."""
    config = settings.broker.client_config()
    consumer_config = {"fetch.wait.max.ms": str(settings.broker.fetch_wait_max_ms), **config}
    source = KafkaBatchSource(
        consumer_config,
        settings.topics.inputs(),
        batch_size=settings.broker.batch_size,
        stop_at_end=stop_at_end,
        align_ms=settings.ingest.align_ms,
    )
    store = DuckDBSink(
        settings.store.db_path,
        flush_rows=settings.store.flush_rows,
        read_copy=settings.store.read_copy_file(),
        read_copy_every_s=settings.store.read_copy_every_s,
    )
    dlq = topic_sink(config, settings.topics.dlq)
    correlations = topic_sink(config, settings.topics.correlations)
    warnings = topic_sink(config, settings.topics.warnings)
    return build_flow(settings, source, store, dlq, correlations, warnings)


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
) -> None:
    """Run ``flow`` until its inputs end (or forever, when tailing)."""
    from bytewax.run import cli_main

    tune_gc()
    cli_main(
        flow,
        workers_per_process=workers,
        process_id=process_id,
        addresses=addresses,
        epoch_interval=timedelta(seconds=settings.ingest.epoch_interval_s),
        recovery_config=recovery_config(settings),
    )
