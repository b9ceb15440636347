"""The topic sink that flushes at each epoch's end (sinks/kafka_epoch.py): it produces what
Bytewax's KafkaSink produced, delivers everything of an epoch before the epoch's snapshot,
and fails loudly on a message not delivered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import bytewax.operators as op
import pytest
from bytewax.connectors.kafka import KafkaSinkMessage
from bytewax.connectors.kafka import _KafkaSinkPartition as BytewaxPartition
from bytewax.dataflow import Dataflow
from bytewax.testing import TestingSource, run_main

from signalcraft.models import DeadLetter
from signalcraft.sinks.kafka import message_of, publish, topic_sink
from signalcraft.sinks.kafka_epoch import PARTITION, DeliveryError, EpochKafkaSink


class FakeProducer:
    """A producer that queues what it is given, delivers the queue on ``flush`` (or on a ``poll``
    when told to), reports failures of the keys in ``refuse`` and is full every ``full_every`` calls."""

    def __init__(self, config: dict, refuse: frozenset = frozenset(), full_every: int = 0) -> None:
        self.config = config
        self.on_delivery = config.get("on_delivery")
        self.refuse, self.full_every = refuse, full_every
        self.queued: list[tuple] = []
        self.delivered: list[tuple] = []
        self.calls: list[str] = []
        self.produce_calls = 0

    def produce(self, topic, value=None, key=None, headers=None, timestamp=0):
        self.produce_calls += 1
        if self.full_every and self.produce_calls % self.full_every == 0:
            raise BufferError("queue full")
        self.queued.append((topic, key, value, tuple(headers or ()), timestamp))

    def poll(self, timeout=None):
        self.calls.append("poll")
        if timeout:  # a wait lets the queue drain
            self._deliver()
        return 0

    def flush(self, timeout=None):
        self.calls.append("flush")
        self._deliver()
        return 0

    def _deliver(self) -> None:
        queued, self.queued = self.queued, []
        for m in queued:
            if m[1] in self.refuse:
                self.on_delivery("refused", _Msg(m))
            else:
                self.delivered.append(m)


class _Msg:
    def __init__(self, m: tuple) -> None:
        self._m = m

    def topic(self):
        return self._m[0]

    def key(self):
        return self._m[1]


def _messages(n: int, topic_every: int = 0) -> list[KafkaSinkMessage]:
    return [KafkaSinkMessage(key=f"k{i}".encode(), value=f"v{i}".encode(), headers=[("h", str(i).encode())],
                             topic="other" if topic_every and i % topic_every == 0 else None, timestamp=i % 3)
            for i in range(n)]


def _part(**fake):
    made: list[FakeProducer] = []

    def make(config):
        made.append(FakeProducer(config, **fake))
        return made[-1]

    sink = EpochKafkaSink(["b1:9092", "b2:9092"], "topic", {"linger.ms": "20"}, make_producer=make)
    assert sink.list_parts() == [PARTITION] and sink.part_fn("anything") == 0
    return sink.build_part("step", PARTITION, None), made[0]


def _bytewax_produced(batches: list[list[KafkaSinkMessage]]) -> list[tuple]:
    fake = FakeProducer({})
    part = BytewaxPartition(fake, "topic")
    for b in batches:
        part.write_batch(b)
    return fake.delivered


@pytest.mark.parametrize("sizes", [(1,), (3, 0, 7), (40, 40, 1, 13)])
def test_same_messages_as_bytewax_and_none_waited_for_within_the_epoch(sizes):
    msgs = _messages(sum(sizes), topic_every=5)
    batches, i = [], 0
    for n in sizes:
        batches.append(msgs[i:i + n])
        i += n
    part, fake = _part()
    for b in batches:
        part.write_batch(b)
    assert "flush" not in fake.calls and fake.delivered == []
    assert fake.config["bootstrap.servers"] == "b1:9092,b2:9092" and fake.config["linger.ms"] == "20"
    assert fake.config["on_delivery"] == part.delivered
    part.snapshot()
    assert fake.queued == [] and fake.delivered == _bytewax_produced(batches)


def test_every_epoch_delivered_before_its_snapshot_returns():
    part, fake = _part()
    msgs = _messages(30)
    seen = 0
    for epoch in range(3):
        part.write_batch(msgs[epoch * 10:epoch * 10 + 6])
        part.write_batch(msgs[epoch * 10 + 6:epoch * 10 + 10])
        part.snapshot()
        assert fake.queued == [] and len(fake.delivered) == seen + 10
        seen += 10
    part.write_batch(msgs[:2])
    part.close()
    assert fake.queued == [] and len(fake.delivered) == 32


def test_a_full_queue_waits_and_loses_nothing():
    part, fake = _part(full_every=4)
    batches = [_messages(25)[:13], _messages(25)[13:]]
    for b in batches:
        part.write_batch(b)
    part.snapshot()
    assert fake.delivered == _bytewax_produced(batches)


@pytest.mark.parametrize("when", ["snapshot", "close", "next batch"])
def test_a_message_not_delivered_fails_loudly(when):
    part, fake = _part(refuse=frozenset({b"k3"}))
    part.write_batch(_messages(6))
    if when == "next batch":
        fake.poll(1.0)  # the report comes in while the flow goes on
        with pytest.raises(DeliveryError, match=r"step: 1 message\(s\) not delivered, e.g. topic key b'k3': refused"):
            part.write_batch(_messages(1))
        return
    with pytest.raises(DeliveryError, match=r"k3"):
        getattr(part, when)()


def test_a_message_without_a_topic_is_refused():
    sink = EpochKafkaSink(["b"], None, make_producer=FakeProducer)
    part = sink.build_part("step", PARTITION, None)
    with pytest.raises(RuntimeError, match="no topic"):
        part.write_batch(_messages(1))


def test_topic_sink_passes_the_config_through():
    sink = topic_sink({"bootstrap.servers": "a:1,b:2", "security.protocol": "SASL_SSL"}, "t")
    assert isinstance(sink, EpochKafkaSink)
    assert sink._brokers == ["a:1", "b:2"] and sink._topic == "t"
    assert sink._add_config == {"security.protocol": "SASL_SSL", "linger.ms": "20"}


def test_in_a_flow_each_epoch_is_flushed_and_everything_produced_once():
    records = [DeadLetter(id=f"d{i}", source_topic="in", partition=i % 2, offset=i, key=f"k{i}".encode(),
                          payload=b"{", headers={"h": str(i)}, step="decode", reason="not JSON",
                          received_at=datetime(2025, 3, 11, tzinfo=UTC)) for i in range(50)]
    made: list[FakeProducer] = []

    def make(config):
        made.append(FakeProducer(config))
        return made[-1]

    flow = Dataflow("epochs")
    up = op.input("in", flow, TestingSource(records, batch_size=7))
    publish("dlq", up, EpochKafkaSink(["b"], "dlq", make_producer=make))
    run_main(flow, epoch_interval=timedelta(0))
    (fake,) = made
    expected = [("dlq", m.key, m.value, tuple(m.headers), m.timestamp) for m in map(message_of, records)]
    assert fake.delivered == expected and fake.queued == []
    assert fake.calls.count("flush") >= 2  # at epoch ends, not only at the close
