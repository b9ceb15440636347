"""The Kafka source against the real broker: stop-at-end on a quiet and on a live topic."""

from __future__ import annotations

import threading
import time

import bytewax.operators as op
from bytewax.dataflow import Dataflow
from bytewax.testing import TestingSink, run_main

from signalcraft.sources.kafka import KafkaBatchSource
from tests.integration.conftest import produce


def _run(bootstrap: str, topic: str) -> list:
    out: list = []
    flow = Dataflow("source-test")
    batches = op.input("in", flow, KafkaBatchSource({"bootstrap.servers": bootstrap}, [topic], stop_at_end=True))
    op.output("out", op.flat_map("flat", batches, lambda b: b), TestingSink(out))
    run_main(flow)
    return out


def test_stop_at_end_reads_every_message_once_in_offset_order(settings):
    bootstrap, topic = settings.broker.bootstrap_servers, settings.topics.metrics
    produce(bootstrap, topic, [(str(i).encode(), b'{"n": %d}' % i, {"H": "v"}) for i in range(5000)])
    msgs = _run(bootstrap, topic)
    assert sorted(m.value for m in msgs) == sorted(b'{"n": %d}' % i for i in range(5000))
    for p in (0, 1):
        offsets = [m.offset for m in msgs if m.partition == p]
        assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)
    assert all(m.headers == {"h": "v"} and m.timestamp_ms for m in msgs)


def test_stop_at_end_exits_on_a_live_topic(settings):
    bootstrap, topic = settings.broker.bootstrap_servers, settings.topics.logs
    produce(bootstrap, topic, [(None, b"{}", {}) for _ in range(100)])
    stop = threading.Event()

    def trickle():
        while not stop.is_set():
            produce(bootstrap, topic, [(None, b"{}", {})])
            time.sleep(0.1)

    feeder = threading.Thread(target=trickle, daemon=True)
    feeder.start()
    try:
        t0 = time.monotonic()
        msgs = _run(bootstrap, topic)
        elapsed = time.monotonic() - t0
    finally:
        stop.set()
        feeder.join(5)
    assert len(msgs) >= 100
    assert elapsed < 15, f"stop-at-end kept tailing a live topic for {elapsed:.1f}s"
