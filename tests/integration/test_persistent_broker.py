"""The persistent-broker fixture itself: what is produced before a restart is all there after it."""

from __future__ import annotations

import socket
import time

import pytest
from confluent_kafka import Consumer, TopicPartition

from signalcraft.broker import BrokerError, EmbeddedBroker, create_topics
from tests.integration.conftest import consume_all, produce

N = 1000


def read_exactly(bootstrap: str, topic: str, partitions: int, n: int, timeout_s: float = 60.0) -> list[bytes]:
    """Values read by assignment from offset 0 until ``n`` have arrived (or the deadline passes).

    Watermarks are not trusted here: just after a restart tansu may report them low.
    """
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "persistent-reader",
                         "enable.auto.commit": "false", "fetch.wait.max.ms": "100"})
    consumer.assign([TopicPartition(topic, p, 0) for p in range(partitions)])
    values: list[bytes] = []
    deadline = time.monotonic() + timeout_s
    try:
        while len(values) < n and time.monotonic() < deadline:
            values += [m.value() for m in consumer.consume(500, 0.2) if m.error() is None]
        values += [m.value() for m in consumer.consume(500, 1.0) if m.error() is None]  # anything extra
    finally:
        consumer.close()
    return values


def test_data_survives_a_restart_on_the_same_port(persistent_broker, s3_server):
    bootstrap = persistent_broker.bootstrap_servers
    port = persistent_broker.port
    topic = "persistent.events"
    create_topics({"bootstrap.servers": bootstrap}, [topic], partitions=2)
    sent = [f"event-{i:05d}".encode() for i in range(N)]
    assert produce(bootstrap, topic, ((str(i % 7).encode(), v, {"n": str(i)}) for i, v in enumerate(sent))) == N
    assert any("/records/" in k for k in s3_server.object_keys(persistent_broker.storage.removeprefix("s3://").rstrip("/")))

    persistent_broker.stop()
    assert not persistent_broker.running
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()

    persistent_broker.start()
    assert persistent_broker.port == port and persistent_broker.bootstrap_servers == bootstrap
    got = read_exactly(bootstrap, topic, 2, N)
    assert len(got) == N
    assert sorted(got) == sent


def test_a_second_restart_and_new_records_after_it(persistent_broker):
    bootstrap = persistent_broker.bootstrap_servers
    topic = "persistent.more"
    create_topics({"bootstrap.servers": bootstrap}, [topic], partitions=1)
    produce(bootstrap, topic, ((None, f"a{i}".encode(), {}) for i in range(100)))
    persistent_broker.stop(kill=True)
    persistent_broker.start()
    produce(bootstrap, topic, ((None, f"b{i}".encode(), {}) for i in range(100)))
    persistent_broker.stop()
    persistent_broker.start()
    got = read_exactly(bootstrap, topic, 1, 200)
    assert got == [f"a{i}".encode() for i in range(100)] + [f"b{i}".encode() for i in range(100)]


def test_consume_all_reads_past_the_low_end_offset_listed_after_a_restart(persistent_broker):
    """After a restart tansu lists the first offset of the last batch written, plus one, as a partition's end;
    ``consume_all`` (what the integration tests read topics with) still returns the whole tail batch."""
    bootstrap = persistent_broker.bootstrap_servers
    topic = "persistent.tail"
    create_topics({"bootstrap.servers": bootstrap}, [topic], partitions=1)
    produce(bootstrap, topic, ((None, f"a{i}".encode(), {}) for i in range(3)))  # one batch
    persistent_broker.stop(kill=True)
    persistent_broker.start()
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "lister"})
    try:
        listed = consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)[1]
    finally:
        consumer.close()
    got = [m.value() for m in consume_all(bootstrap, topic)]
    assert got == [b"a0", b"a1", b"a2"]
    assert listed in (1, 3)  # 1 is the broker's low answer; 3 once it answers right, and the test still holds


def test_s3_storage_without_an_endpoint_is_refused():
    # without an endpoint tansu would send its storage calls to Amazon's S3
    with pytest.raises(BrokerError, match="S3 endpoint"):
        EmbeddedBroker(storage="s3://tansu/", env={"AWS_ENDPOINT": "", "AWS_ENDPOINT_URL": ""})
