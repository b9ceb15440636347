"""The acking producer over a stand-in for confluent-kafka's Producer (the real one against a real broker:
tests/integration/test_gateway.py): a request returns once its last message is acknowledged, and not
before; delivery errors, a full queue and an unreachable broker become Unavailable (503) or Rejected
(413); the broker's return is noticed by the probe; the guarantees cannot be configured away."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from confluent_kafka import KafkaError, KafkaException

from signalcraft.gateway.producer import AckingProducer, Rejected, Unavailable


class FakeProducer:
    """Queues what is produced; ``poll`` delivers it with ``self.error`` once ``self.release`` is set."""

    def __init__(self, config):
        self.config = config
        self.queued: list[tuple[str, bytes, object]] = []
        self.error: KafkaError | None = None
        self.release = threading.Event()
        self.release.set()
        self.reachable = True
        self.full_after: int | None = None
        self.probes = 0
        self.lock = threading.Lock()

    def produce(self, topic, value, key, headers, on_delivery):
        with self.lock:
            if self.full_after is not None and len(self.queued) >= self.full_after:
                raise BufferError("queue full")
            self.queued.append((topic, value, on_delivery))

    def poll(self, timeout):
        if not self.release.wait(timeout):
            return 0
        with self.lock:
            ready, self.queued = self.queued, []
        for _, _, callback in ready:
            callback(self.error, None)
        if not ready:
            time.sleep(min(timeout, 0.005))
        return len(ready)

    def list_topics(self, timeout):
        self.probes += 1
        if not self.reachable:
            raise KafkaException(KafkaError(KafkaError._TRANSPORT))
        return object()

    def flush(self, timeout):
        self.poll(0)
        return len(self.queued)


def run(producer: AckingProducer, *requests):
    """Start ``producer`` on a fresh loop, run the coroutines made by ``requests(producer)``, close it."""

    async def main():
        producer.start(asyncio.get_running_loop())
        try:
            return await asyncio.gather(*(r(producer) for r in requests), return_exceptions=True)
        finally:
            producer.close(1.0)

    return asyncio.run(main())


def make(**kwargs) -> tuple[AckingProducer, FakeProducer]:
    made: list[FakeProducer] = []

    def factory(config):
        made.append(FakeProducer(config))
        return made[0]

    producer = AckingProducer({"bootstrap.servers": "k:9092", "acks": "1", "enable.idempotence": "false",
                               "linger.ms": "50"}, factory=factory, **kwargs)
    return producer, made[0]


def test_the_guarantees_are_not_configurable_and_options_pass_through():
    _, fake = make(ack_timeout_s=4)
    assert fake.config["acks"] == "all" and fake.config["enable.idempotence"] == "true"
    assert fake.config["message.timeout.ms"] == "4000" and fake.config["linger.ms"] == "50"
    assert callable(fake.config["error_cb"])


def test_a_request_returns_once_every_message_is_acknowledged_and_not_before():
    producer, fake = make()
    fake.release.clear()
    order = []

    async def request(p):
        await p.deliver("t", [(b"k", b"1"), (None, b"2"), (b"k", b"3")], [("sc-format", b"x")])
        order.append("acked")

    async def release(p):
        await asyncio.sleep(0.2)
        order.append("released")
        assert [v for _, v, _ in fake.queued] == [b"1", b"2", b"3"]
        fake.release.set()

    assert run(producer, request, release) == [None, None]
    assert order == ["released", "acked"]


def test_many_requests_at_once_each_get_their_own_answer():
    producer, _ = make()

    def request(n):
        async def go(p):
            await p.deliver("t", [(None, str(i).encode()) for i in range(n)], [])
            return n
        return go

    assert run(producer, *(request(n) for n in range(1, 40))) == list(range(1, 40))


@pytest.mark.parametrize("code, raised, status", [
    (KafkaError._MSG_TIMED_OUT, Unavailable, None),
    (KafkaError._TRANSPORT, Unavailable, None),
    (KafkaError.MSG_SIZE_TOO_LARGE, Rejected, 413),
])
def test_a_delivery_error_fails_the_request(code, raised, status):
    producer, fake = make()
    fake.error = KafkaError(code)

    async def request(p):
        await p.deliver("t", [(None, b"x")], [])

    [result] = run(producer, request)
    assert isinstance(result, raised) and getattr(result, "status", None) == status


def test_a_full_queue_is_unavailable_at_once():
    producer, fake = make()
    fake.full_after = 2

    async def request(p):
        await p.deliver("t", [(None, b"x")] * 3, [])

    [result] = run(producer, request)
    assert isinstance(result, Unavailable) and "queue is full" in str(result)


def test_no_acknowledgement_within_the_timeout_is_unavailable():
    producer, fake = make(ack_timeout_s=0.05)
    fake.release.clear()
    started = time.monotonic()

    async def request(p):
        await p.deliver("t", [(None, b"x")], [])

    [result] = run(producer, request)
    assert isinstance(result, Unavailable) and "did not acknowledge" in str(result)
    assert time.monotonic() - started < 5


def test_an_unreachable_broker_is_refused_at_once_until_the_probe_sees_it_back():
    producer, fake = make(probe_every_s=0.05)
    fake.reachable = False
    seen = []

    async def requests(p):
        await asyncio.sleep(0.1)  # the first probe, at start, finds no broker
        try:
            await p.deliver("t", [(None, b"x")], [])
        except Unavailable as e:
            seen.append(str(e))
        assert fake.queued == []  # refused before producing
        fake.reachable = True
        for _ in range(100):
            if p.watch.reachable:
                break
            await asyncio.sleep(0.02)
        await p.deliver("t", [(None, b"y")], [])
        seen.append("delivered")

    assert run(producer, requests) == [None]
    assert seen == ["Kafka is unreachable", "delivered"] and fake.probes >= 2


def test_the_watch_hears_the_clients_errors():
    producer, fake = make()
    fake.config["error_cb"](KafkaError(KafkaError._ALL_BROKERS_DOWN))
    assert not producer.watch.reachable


def test_a_producer_the_broker_fenced_is_replaced_and_the_next_requests_go_through():
    made: list[FakeProducer] = []

    class Sized(FakeProducer):
        def __len__(self):
            return len(self.queued)

        def purge(self):
            self.purged = True
            self.queued.clear()  # purged messages would be reported failed: nothing waits for them here

    def sized_factory(config):
        made.append(Sized(config))
        return made[-1]

    producer = AckingProducer({"bootstrap.servers": "k:9092"}, factory=sized_factory)
    made[0].error = KafkaError(KafkaError.PRODUCER_FENCED)
    answers = []

    async def requests(p):
        for _ in range(2):
            try:
                await p.deliver("t", [(None, b"x")], [])
                answers.append("acked")
            except Unavailable as e:
                answers.append(str(e))
            for _ in range(100):
                if len(made) > 1:
                    break
                await asyncio.sleep(0.01)

    assert run(producer, requests) == [None]
    assert "fences" in answers[0] and answers[1] == "acked"
    assert len(made) == 2 and made[0].purged and made[1].queued == []


def test_a_fatal_client_error_replaces_the_producer():
    producer, _ = make()

    class Fatal(KafkaError):
        def fatal(self):
            return True

    producer._client_error(Fatal(KafkaError._FATAL, "idempotence state lost"))
    assert producer._renew == "fatal: idempotence state lost"
