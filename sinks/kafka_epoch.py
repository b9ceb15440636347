"""A Kafka topic sink that flushes its producer at each epoch's end, not after every batch.

Bytewax's own ``KafkaSink`` flushes after every ``write_batch``: a broker round trip per
batch on the flow's thread (on the dense correlation backlog, ~940 of them, ~8% of the flow
thread's wall time), and a message the broker refuses is dropped without a word (it sets no
delivery callback).

:class:`EpochKafkaSink` is a ``FixedPartitionedSink`` of one partition, so Bytewax calls its
partition's :meth:`~_EpochPartition.snapshot` at the end of every epoch (with or without
recovery) before the epoch counts as done. ``write_batch`` hands the messages to the producer
and returns; ``snapshot`` (and ``close``) flush it and raise :class:`DeliveryError` if any
message of the epoch was not delivered. So delivery stays at-least-once as before: what an
epoch produced is in the topic before the epoch's snapshot is taken, and a restart resumes
after the last such epoch, sending again at most what came after it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from bytewax.connectors.kafka import KafkaSinkMessage
from bytewax.outputs import FixedPartitionedSink, StatefulSinkPartition
from confluent_kafka import Producer

log = logging.getLogger(__name__)

PARTITION = "kafka-producer"
"""The sink's one partition (and the key its items carry)."""

Message = KafkaSinkMessage[Any, Any]


class DeliveryError(RuntimeError):
    """A message handed to the producer was not delivered (the broker refused it or it timed out)."""


class _EpochPartition(StatefulSinkPartition[Message, None]):
    """One producer: produces each batch without waiting; flushes at every snapshot and at the close."""

    def __init__(self, step_id: str, topic: str | None, make_producer: Callable[[dict[str, Any]], Any],
                 config: dict[str, Any]) -> None:
        self._step_id = step_id
        self._topic = topic
        self._producer = make_producer({**config, "on_delivery": self.delivered})
        self._failed: list[str] = []
        """What the delivery reports said went wrong since the last check (a few, then a count)."""
        self._failures = 0

    def delivered(self, err: Any, msg: Any) -> None:
        """The producer's delivery report (called from ``poll`` and ``flush``, on this thread)."""
        if err is None:
            return
        self._failures += 1
        if len(self._failed) < 3:
            self._failed.append(f"{msg.topic()} key {msg.key()!r}: {err}")

    def write_batch(self, values: list[Message]) -> None:
        self._raise_failed()
        producer = self._producer
        for msg in values:
            topic = self._topic if msg.topic is None else msg.topic
            if topic is None:
                raise RuntimeError(f"{self._step_id}: no topic to produce {msg!r} to")
            while True:
                try:
                    producer.produce(topic, value=msg.value, key=msg.key, headers=msg.headers,
                                     timestamp=msg.timestamp)
                    break
                except BufferError:  # the producer's queue is full: let it send, then try again
                    producer.poll(0.1)
        producer.poll(0)  # serve delivery reports
        self._raise_failed()

    def snapshot(self) -> None:
        """Everything produced so far is delivered (or this raises) before the epoch ends."""
        self._producer.flush()
        self._raise_failed()

    def close(self) -> None:
        self._producer.flush()
        self._raise_failed()

    def _raise_failed(self) -> None:
        if self._failures:
            failed, n = self._failed, self._failures
            self._failed, self._failures = [], 0
            raise DeliveryError(f"{self._step_id}: {n} message(s) not delivered, e.g. " + "; ".join(failed))


class EpochKafkaSink(FixedPartitionedSink[Message, None]):
    """Produce ``KafkaSinkMessage`` items to ``topic``, flushing at each epoch's end.

    Items are ``(key, message)`` (any key: one partition, so one producer whatever the number
    of workers); ``add_config`` goes to librdkafka untouched (a ``logger`` and an ``error_cb``
    too), except the delivery report, which this sink sets (failures only, unless
    ``delivery.report.only.error`` says otherwise). Resume state is ``None``: a
    replayed epoch is produced again (at-least-once; the records' deterministic ids let a
    consumer drop the repeats). ``make_producer`` builds the producer from its config (tests
    pass a stand-in).
    """

    def __init__(self, brokers: list[str], topic: str | None, add_config: dict[str, Any] | None = None,
                 make_producer: Callable[[dict[str, Any]], Any] = Producer) -> None:
        self._brokers = list(brokers)
        self._topic = topic
        self._add_config = dict(add_config or {})
        self._make_producer = make_producer

    def list_parts(self) -> list[str]:
        return [PARTITION]

    def part_fn(self, item_key: str) -> int:
        return 0

    def build_part(self, step_id: str, for_part: str, resume_state: None) -> _EpochPartition:
        config = {"bootstrap.servers": ",".join(self._brokers), "delivery.report.only.error": True,
                  **self._add_config}
        return _EpochPartition(step_id, self._topic, self._make_producer, config)
