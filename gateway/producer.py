"""A Kafka producer that tells each request when the broker has acknowledged its messages.

confluent-kafka reports each delivery through a callback served by ``poll()``. Here one thread
polls; each request's messages share a :class:`Delivery` that counts them down, and when the
last is in, the request's asyncio future is resolved on the event loop (one
``call_soon_threadsafe`` per poll, for every request finished in it). The producer is
idempotent with ``acks=all``: an acknowledged message is on every in-sync replica, and a
retry inside librdkafka never writes it twice. A message not acknowledged within the ack
timeout (librdkafka's ``message.timeout.ms``) fails, and its request gets 503; it may still
have been written, in which case the sender's retry writes it again and the store keeps
one row (ids are deterministic).

A producer whose idempotence state the broker no longer accepts (fenced, a sequence or producer id
it does not know: a broker restarted without that state, as the bundled broker does) or that
librdkafka declares fatal is replaced by a new one (a new producer id): what was queued on the old
one is purged, its requests get 503 and their senders retry. Without this, every request after
such a restart would get 503 for good.

Whether Kafka is reachable comes from :class:`~signalcraft.sources.kafka_client.BrokerWatch`
(the client's error callback): while every broker is down a request is refused at once
(:class:`Unavailable`) instead of waiting out the timeout, and the polling thread asks the
broker for metadata every ``probe_every_s`` to notice its return.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from confluent_kafka import KafkaError, KafkaException, Producer

from signalcraft.sources.kafka_client import BrokerWatch, Throttle

__all__ = ["DEFAULTS", "AckingProducer", "Delivery", "Rejected", "Unavailable"]

log = logging.getLogger(__name__)
log.addFilter(Throttle())  # a failing broker fails every message alike: one line a minute per kind

DEFAULTS = {
    "linger.ms": "5",
    "compression.type": "lz4",
    "queue.buffering.max.messages": "1000000",
}
"""librdkafka settings the gateway starts from; ``--kafka-option`` overrides them."""
GUARANTEES = {"enable.idempotence": "true", "acks": "all"}
"""What the gateway's answer rests on; not overridable."""
RENEW = {KafkaError.PRODUCER_FENCED, KafkaError.OUT_OF_ORDER_SEQUENCE_NUMBER, KafkaError.UNKNOWN_PRODUCER_ID,
         KafkaError.INVALID_PRODUCER_EPOCH, KafkaError.INVALID_PRODUCER_ID_MAPPING, KafkaError._FATAL,
         KafkaError._FENCED}
"""Errors after which the producer's idempotence state is gone: a new producer is made."""


class Unavailable(Exception):
    """Kafka did not take the messages (unreachable, timed out, queue full): answer 503."""


class Rejected(Exception):
    """Kafka refused the messages for good (too large): answer ``status``."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status, self.reason = status, reason


class Delivery:
    """The messages of one request: counted down by the delivery callbacks (on the polling thread)."""

    __slots__ = ("error", "finished", "future", "left", "owner")

    def __init__(self, count: int, future: asyncio.Future[None], owner: AckingProducer):
        self.left = count
        self.error: KafkaError | None = None
        self.future = future
        self.owner = owner
        self.finished = owner._finished

    def done(self, err: KafkaError | None, msg: Any) -> None:
        if err is not None:
            if self.error is None:
                self.error = err
            self.owner._failed(err)
        self.left -= 1
        if self.left == 0:
            self.finished.append(self)


class AckingProducer:
    """Produce a request's messages and wait, without blocking the event loop, for their acks."""

    def __init__(self, config: dict[str, Any], *, ack_timeout_s: float = 10.0, probe_every_s: float = 1.0,
                 watch: BrokerWatch | None = None, factory: Callable[[dict[str, Any]], Any] = Producer):
        self.watch = watch or BrokerWatch()
        self.ack_timeout_s = ack_timeout_s
        self.probe_every_s = probe_every_s
        self.config = {**DEFAULTS, **config, **GUARANTEES, "message.timeout.ms": str(int(ack_timeout_s * 1000))}
        self._factory = factory
        self._renew: str | None = None
        self._producer = self._new()
        self._finished: list[Delivery] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._next_probe = 0.0

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        """Start polling; deliveries are resolved on ``loop``."""
        self._loop = loop
        self._thread = threading.Thread(target=self._run, name="gateway-producer", daemon=True)
        self._thread.start()

    async def deliver(self, topic: str, messages: Sequence[tuple[bytes | None, bytes]],
                      headers: list[tuple[str, bytes]]) -> None:
        """Return once Kafka acknowledged every message; raise Unavailable or Rejected otherwise."""
        if not self.watch.reachable:
            raise Unavailable("Kafka is unreachable")
        delivery = Delivery(len(messages), asyncio.get_running_loop().create_future(), self)
        produce = self._producer.produce
        try:
            for key, value in messages:
                produce(topic, value, key, headers=headers, on_delivery=delivery.done)
        except BufferError:
            raise Unavailable("the producer's queue is full (Kafka is slower than the senders)") from None
        except KafkaException as e:
            raise _failure(e.args[0] if e.args else None) from None
        if not messages:
            return
        try:
            async with asyncio.timeout(self.ack_timeout_s + 2.0):  # librdkafka times out first; a safety net
                await delivery.future
        except TimeoutError:
            raise Unavailable(f"Kafka did not acknowledge within {self.ack_timeout_s:g} s") from None
        if delivery.error is not None:
            raise _failure(delivery.error)

    def _new(self) -> Any:
        return self._factory({**self.config, **self.watch.client_config(), "error_cb": self._client_error})

    def _client_error(self, err: KafkaError) -> None:
        """The client's error callback: a fatal error means a new producer; the watch hears every one."""
        if err.fatal():
            self._renew = f"fatal: {err.str()}"
        self.watch.error(err)

    def _failed(self, err: KafkaError) -> None:
        """A delivery failed (on the polling thread): said (throttled), and some failures mean the producer
        must be made anew."""
        if err.fatal() or err.code() in RENEW:
            self._renew = err.str()
        elif err.code() not in (KafkaError._PURGE_QUEUE, KafkaError._PURGE_INFLIGHT):
            log.warning("Kafka did not take a message: %s (its request was refused)", err.str())

    def _replace(self) -> None:
        """A new producer in place of one whose idempotence state is gone; the old one's queue is purged
        and its requests answered (503), on this thread, before it is dropped."""
        reason, self._renew = self._renew, None
        old, self._producer = self._producer, self._new()
        log.warning("Kafka producer replaced: %s; requests in flight get 503 and are retried by their senders",
                    reason)
        with contextlib.suppress(Exception):  # purging a producer in a fatal state may itself fail
            old.purge()
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline and len(old) > 0:
            old.poll(0.05)
            self._hand_over()
        self._hand_over()
        self._renew = None  # what the old producer reported while it drained is about the old one

    def _run(self) -> None:
        self._probe()
        while not self._stop.is_set():
            self._producer.poll(0.05)
            self._hand_over()
            if self._renew is not None:
                self._replace()
            if not self.watch.reachable and time.monotonic() >= self._next_probe:
                self._probe()

    def _hand_over(self) -> None:
        """Resolve, on the loop, the requests whose last message was acknowledged in this poll."""
        if not self._finished or self._loop is None:
            return
        batch = list(self._finished)
        self._finished.clear()  # the same list: the deliveries append to it
        if not self.watch.reachable and any(d.error is None for d in batch):
            self.watch.ok()
        with contextlib.suppress(RuntimeError):  # the loop closed under us: nobody waits any more
            self._loop.call_soon_threadsafe(_resolve, batch)

    def _probe(self) -> None:
        """Ask for metadata: the broker's answer means it is back (while down) or there (at start)."""
        self._next_probe = time.monotonic() + self.probe_every_s
        try:
            self._producer.list_topics(timeout=min(2.0, self.probe_every_s))
        except KafkaException as e:
            err = e.args[0] if e.args and isinstance(e.args[0], KafkaError) else KafkaError(KafkaError._TRANSPORT)
            if self.watch.reachable:
                self.watch.error(KafkaError(KafkaError._TRANSPORT, f"no metadata: {err.str()}"))
            return
        self.watch.ok()

    def close(self, timeout_s: float = 10.0) -> int:
        """Stop polling and flush what is queued; returns how many messages were left undelivered."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
        left = self._producer.flush(timeout_s)
        _resolve(self._finished)
        self._finished.clear()
        if left:
            log.warning("closing: %d message(s) were not delivered to Kafka (their senders got 503 and retry)", left)
        return left


def _resolve(batch: list[Delivery]) -> None:
    for delivery in batch:
        if not delivery.future.done():
            delivery.future.set_result(None)


def _failure(err: KafkaError | None) -> Exception:
    if err is not None and err.code() == KafkaError.MSG_SIZE_TOO_LARGE:
        return Rejected(413, f"Kafka refused the message as too large ({err.str()})")
    return Unavailable(f"Kafka did not take the message ({err.str() if err is not None else 'unknown error'})")
