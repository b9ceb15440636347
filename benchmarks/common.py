"""What the broker benchmarks share: their topics, their settings and one timed run of the flow."""

from __future__ import annotations

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


def bench_settings(
    bootstrap: str,
    topics: TopicSettings,
    db: Path,
    correlation: CorrelationSettings | None = None,
    anomaly: bool = False,
) -> Settings:
    """Settings for one benchmark run: no read copy; correlation off unless given; anomaly off unless asked."""
    return Settings(
        broker=BrokerSettings(bootstrap_servers=bootstrap),
        topics=topics,
        store=StoreSettings(db_path=db, read_copy=False),
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
