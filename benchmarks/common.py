"""What the broker benchmarks share: their topics, their settings and one timed run of the flow."""

from __future__ import annotations

import time
from pathlib import Path

from bytewax.testing import run_main

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
