"""The collector's side of Kafka: an outbox that reports each message's delivery, and a
topic read back from its start (what was produced before a restart)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol

from signalcraft.broker import OutMessage
from signalcraft.sources.alertmanager_api import CollectError

log = logging.getLogger(__name__)


class Outbox(Protocol):
    def send(self, messages: list[OutMessage]) -> list[str | None]:
        """Produce and wait: per message ``None`` once delivered, else why not."""

    def close(self) -> None: ...


class KafkaOutbox:
    """An idempotent producer (``acks=all``) that reports each message's delivery.

    ``message.timeout.ms`` (default 20 s; a ``--kafka-option`` wins) bounds a send: every
    message is delivered or failed by then, so nothing is left queued to arrive twice. A
    fatal error (the idempotent producer's sequence lost, e.g. by a broker that lost its
    data) fails the send and a new producer takes over for the next.
    """

    def __init__(self, config: Mapping[str, Any], watch: Any = None):
        self._conf = {"linger.ms": "5", "message.timeout.ms": "20000", **config,
                      "enable.idempotence": "true", "acks": "all"}
        self.flush_s = int(self._conf.get("delivery.timeout.ms") or self._conf["message.timeout.ms"]) / 1000 + 5
        self._watch = watch
        if watch is not None:
            self._conf.update(watch.client_config())
        self._producer = self._new_producer()

    def _new_producer(self) -> Any:
        from confluent_kafka import Producer

        return Producer(self._conf)

    def send(self, messages: list[OutMessage]) -> list[str | None]:
        from confluent_kafka import KafkaException

        results: list[str | None] = ["not delivered in time"] * len(messages)
        fatal: list[str] = []

        def report(i: int) -> Callable[[Any, Any], None]:
            def done(err: Any, _msg: Any) -> None:
                results[i] = None if err is None else err.str()
                if err is not None and err.fatal():
                    fatal.append(err.str())
            return done

        try:
            for i, (topic, key, value, headers, timestamp_ms) in enumerate(messages):
                extra = {} if timestamp_ms is None else {"timestamp": timestamp_ms}
                while True:
                    try:
                        self._producer.produce(topic, value=value, key=key, headers=list(headers.items()),
                                               on_delivery=report(i), **extra)
                        break
                    except BufferError:
                        self._producer.poll(0.05)
            if self._producer.flush(self.flush_s):
                self._producer.purge(in_queue=True, in_flight=False)
                self._producer.poll(0)
        except (KafkaException, SystemError) as e:
            # a fatal error is raised from flush(); while a callback runs, as a SystemError caused by it
            error = e if isinstance(e, KafkaException) else e.__cause__
            if not isinstance(error, KafkaException):
                raise
            fatal.append(error.args[0].str() if error.args else str(error))
            results = [r if r is None else fatal[-1] for r in results]
        if fatal:
            log.warning("Kafka producer failed for good (%s); a new one takes over", fatal[0])
            self._producer = self._new_producer()
        if self._watch is not None and messages and all(r is None for r in results):
            self._watch.ok()
        return results

    def close(self) -> None:
        self._producer.flush(self.flush_s)


def topic_history(config: Mapping[str, Any], topic: str, *, timeout_s: float = 30.0,
                  should_stop: Callable[[], bool] = lambda: False) -> Iterator[tuple[dict[str, str], bytes | None]]:
    """Every message now in ``topic`` as ``(headers, value)``, read by assignment, no group.

    Read to the end offsets of the start and on until a fetch finds nothing more (a few
    seconds at most): some Kafka-protocol brokers, the bundled tansu among them, report
    the end of a partition as the first offset of its last batch plus one. A topic that
    does not exist yet is empty; a broker that does not answer, or stops answering for
    ``timeout_s``, raises :class:`CollectError`.
    """
    from confluent_kafka import Consumer, KafkaError, KafkaException, TopicPartition

    consumer = Consumer({**config, "group.id": "signalcraft-collect-silences", "enable.auto.commit": "false",
                         "enable.partition.eof": "false", "auto.offset.reset": "earliest"})
    try:
        try:
            meta = consumer.list_topics(topic, timeout=timeout_s).topics.get(topic)
            if meta is None or (meta.error is not None and meta.error.code() == KafkaError.UNKNOWN_TOPIC_OR_PART):
                log.info("audit topic %s does not exist yet: nothing was produced before", topic)
                return
            if meta.error is not None:
                raise CollectError(f"Kafka: topic {topic}: {meta.error.str()}")
            ends = {p: consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=timeout_s, cached=False)
                    for p in meta.partitions}
        except KafkaException as e:
            raise CollectError(f"Kafka: reading back {topic}: {e.args[0].str() if e.args else e}") from None
        todo = {p: high for p, (low, high) in ends.items() if high > low}
        parts = [TopicPartition(topic, p) for p in todo]
        consumer.assign([TopicPartition(topic, p, ends[p][0]) for p in todo])
        last_progress, reached_at = time.monotonic(), None
        while todo and not should_stop():
            batch = consumer.consume(1000, 0.5)
            for msg in batch:
                if msg.error() is None:
                    headers = {k.lower(): (v or b"").decode("utf-8", "replace") for k, v in msg.headers() or ()}
                    yield headers, msg.value()
            now = time.monotonic()
            if reached_at is None and all(
                tp.offset >= max(todo[tp.partition], consumer.get_watermark_offsets(tp, cached=True)[1])
                for tp in consumer.position(parts)
            ):
                reached_at = now
            if reached_at is not None and (not batch or now - reached_at > 5.0):
                return  # drained a little past the end: some brokers (tansu) report it low
            if batch:
                last_progress = now
            elif now - last_progress > timeout_s:
                raise CollectError(f"Kafka: reading back {topic} made no progress for {timeout_s:g} s")
    finally:
        consumer.close()
