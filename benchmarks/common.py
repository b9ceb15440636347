"""What the broker benchmarks share: their topics, their settings and one timed run of the flow."""

from __future__ import annotations

import math
import time
from pathlib import Path

from bytewax.testing import run_main
from confluent_kafka import Consumer, TopicPartition

from signalcraft.config import (
    AnomalySettings,
    BrokerSettings,
    CorrelationSettings,
    Settings,
    StoreSettings,
    TopicSettings,
)
from signalcraft.runtime import kafka_flow, tune_gc


def topic_settings(prefix: str) -> TopicSettings:
    """Every topic named ``<prefix>.<name>``, so benchmarks never share a topic."""
    return TopicSettings(**{k: f"{prefix}.{k}" for k in TopicSettings.model_fields})


def raw_consume_rate(bootstrap: str, topics: list[str], partitions: int, n: int) -> float:
    """Messages per second one plain librdkafka consumer reads ``n`` messages of ``topics`` from the start."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "bench-raw", "enable.auto.commit": "false",
                         "fetch.wait.max.ms": "10"})
    consumer.assign([TopicPartition(t, p, 0) for t in topics for p in range(partitions)])
    seen = 0
    t0 = time.perf_counter()
    while seen < n:
        for msg in consumer.consume(1000, 0.1):
            if msg.error() is None:
                msg.value()
                seen += 1
    elapsed = time.perf_counter() - t0
    consumer.close()
    return n / elapsed


def read_copy_every(seconds: float) -> float:
    """``seconds`` as the read copy's ``read_copy_every_s``, refused unless a finite number of seconds, 0 or
    more (0, as the store's setting reads it: a copy at every epoch that brought rows).

    >>> read_copy_every(1.5), read_copy_every(0)
    (1.5, 0.0)
    """
    if isinstance(seconds, bool) or not (isinstance(seconds, (int, float)) and math.isfinite(seconds) and seconds >= 0):
        raise ValueError(f"benchmark settings: read_copy_every_s {seconds!r} is not a finite number of seconds >= 0"
                         " (0: a copy at every epoch with new rows)")
    return float(seconds)


def bench_settings(
    bootstrap: str,
    topics: TopicSettings,
    db: Path,
    correlation: CorrelationSettings | None = None,
    anomaly: bool = False,
    read_copy_every_s: float | None = None,
) -> Settings:
    """Settings for one benchmark run: correlation off unless given; anomaly off unless asked; no read copy
    unless ``read_copy_every_s`` is given (then one published at most that often, :func:`read_copy_every`)."""
    copy = {} if read_copy_every_s is None else {"read_copy_every_s": read_copy_every(read_copy_every_s)}
    return Settings(
        broker=BrokerSettings(bootstrap_servers=bootstrap),
        topics=topics,
        store=StoreSettings(db_path=db, read_copy=read_copy_every_s is not None, **copy),
        correlation=correlation or CorrelationSettings(enabled=False),
        anomaly=AnomalySettings(enabled=anomaly),
    )


def timed_run(settings: Settings) -> float:
    """Run the flow over what is in the topics now (``--stop-at-end``); return the seconds it took."""
    flow = kafka_flow(settings, stop_at_end=True)
    tune_gc()
    t0 = time.perf_counter()
    run_main(flow)
    return time.perf_counter() - t0
