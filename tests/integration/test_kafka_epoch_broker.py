"""The output topics' sink (``sinks/kafka_epoch.py``) against the bundled broker and librdkafka's own producer: what a
flow of several epochs publishes arrives once, byte for byte, and a message nothing can deliver stops the flow with
:class:`DeliveryError` (``tests/unit/test_kafka_epoch.py`` drives the same sink with a stand-in producer to control
when it delivers)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import bytewax.operators as op
import pytest
from bytewax.dataflow import Dataflow
from bytewax.testing import TestingSource, run_main

from signalcraft.broker import create_topics, free_port
from signalcraft.models import DeadLetter
from signalcraft.sinks.kafka import message_of, publish, topic_sink
from signalcraft.sinks.kafka_epoch import DeliveryError
from tests.integration.conftest import consume_all, unique_topics


def _letters(n: int) -> list[DeadLetter]:
    return [DeadLetter(id=f"d{i}", source_topic="in", partition=i % 2, offset=i, key=f"k{i}".encode(), payload=b"{",
                       headers={"h": str(i)}, step="decode", reason="not JSON",
                       received_at=datetime(2025, 3, 11, tzinfo=UTC)) for i in range(n)]


def _flow(records: list[DeadLetter], config: dict, topic: str) -> Dataflow:
    flow = Dataflow("epoch-sink")
    up = op.input("in", flow, TestingSource(records, batch_size=7))
    publish("dlq", up, topic_sink(config, topic))
    return flow


def test_every_epoch_is_delivered_once_byte_for_byte(broker):
    topic = unique_topics().dlq
    config = {"bootstrap.servers": broker.bootstrap_servers}
    create_topics(config, [topic], partitions=1)
    records = _letters(60)
    run_main(_flow(records, config, topic), epoch_interval=timedelta(0))  # an epoch a batch: 9 epochs
    got = [(m.key(), m.value(), tuple(m.headers() or ())) for m in consume_all(broker.bootstrap_servers, topic)]
    sent = [message_of(r) for r in records]
    assert got == [(m.key, m.value, tuple(m.headers)) for m in sent]


def test_a_message_nothing_can_deliver_stops_the_flow():
    config = {"bootstrap.servers": f"127.0.0.1:{free_port()}", "message.timeout.ms": "1500"}  # nobody listens there
    with pytest.raises(Exception) as raised:  # Bytewax wraps what a sink raises ("error snapshotting StatefulSink")
        run_main(_flow(_letters(3), config, "nowhere.dlq"), epoch_interval=timedelta(0))
    chain, error = [], raised.value
    while error is not None:
        chain.append(error)
        error = error.__cause__ or error.__context__
    delivery = [e for e in chain if isinstance(e, DeliveryError)]
    assert delivery and "3 message(s) not delivered" in str(delivery[0]), chain
