"""Kafka outputs: the dead-letter topic, the correlations topic and the warnings topic.

A flow hands records to :func:`publish`, which encodes each as the message of its kind
(:func:`message_of`) and produces it with a :func:`topic_sink` (which flushes at each
epoch's end: :mod:`signalcraft.sinks.kafka_epoch`).

A dead letter keeps the original key, value and headers byte for byte; the
``sc-dlq-*`` headers say where it came from and why it was refused, the
convention Kafka Connect uses for its own dead-letter topics.
"""

from __future__ import annotations

import json
from typing import Any

import bytewax.operators as op
from bytewax.connectors.kafka import KafkaSinkMessage
from bytewax.dataflow import Stream, operator
from bytewax.outputs import Sink

from signalcraft.models import Correlation, DeadLetter, EarlyWarning, SilenceSuggestion
from signalcraft.models.correlation_row import CorrelationRow, json_of
from signalcraft.sinks.kafka_epoch import PARTITION, EpochKafkaSink

Published = DeadLetter | Correlation | CorrelationRow | EarlyWarning | SilenceSuggestion


def dead_letter_message(dead: DeadLetter) -> KafkaSinkMessage[bytes | None, bytes]:
    """The Kafka message for a dead letter: original bytes, reason in headers."""
    headers = [(k, v.encode()) for k, v in dead.headers.items() if not k.startswith("sc-dlq-")]
    headers += [
        ("sc-dlq-id", dead.id.encode()),
        ("sc-dlq-topic", dead.source_topic.encode()),
        ("sc-dlq-partition", str(dead.partition).encode()),
        ("sc-dlq-offset", str(dead.offset).encode()),
        ("sc-dlq-step", dead.step.encode()),
        ("sc-dlq-reason", dead.reason[:4000].encode("utf-8", "replace")),
    ]
    if dead.format:
        headers.append(("sc-dlq-format", dead.format.encode()))
    return KafkaSinkMessage(key=dead.key, value=dead.payload, headers=headers)


def correlation_message(correlation: Correlation | CorrelationRow) -> KafkaSinkMessage[bytes, bytes]:
    """The Kafka message for a correlation: keyed by its alert group, the record as JSON.

    Every version of a group's candidate set is sent; a consumer keeps, per ``id``, the
    highest ``version``, and per ``group_id`` the rows of the highest version, then drops
    the ``withdrawn`` ones: a change that left the set is sent once more with the set's new
    version and ``withdrawn`` true (a set that became empty is its withdrawals alone). A
    :class:`CorrelationRow` (the join's output in the flow) is encoded by msgspec to the same JSON.
    """
    row = isinstance(correlation, CorrelationRow)
    return KafkaSinkMessage(
        key=correlation.group_id.encode(),
        value=json_of(correlation) if row else correlation.model_dump_json().encode(),
        headers=[("sc-format", b"signalcraft-correlation"), ("sc-workspace", correlation.workspace_id.encode())],
    )


def warning_message(warning: EarlyWarning) -> KafkaSinkMessage[bytes, bytes]:
    """The Kafka message for a warning, in the shape Alertmanager's ``POST /api/v2/alerts``
    takes: a JSON list of one alert with ``labels``, ``annotations``, ``startsAt``,
    ``endsAt`` (only once resolved) and ``generatorURL``, so a router forwards it unchanged.
    Keyed by the warning id; the rest of the record rides in ``sc-*`` headers.

    >>> from datetime import datetime, timezone
    >>> w = EarlyWarning(id="warning-1", workspace_id="acme", labels={"alertname": "HighErrorVelocity",
    ...     "severity": "warning"}, annotations={"summary": "s", "description": "d"},
    ...     starts_at=datetime(2025, 3, 11, 14, 36, tzinfo=timezone.utc), generator_url="https://x/s",
    ...     metric_key="m", observed=9.0, expected=2.0, band=(0.0, 6.0), sigma=3.4, method="ewma")
    >>> msg = warning_message(w)
    >>> json.loads(msg.value)  # doctest: +NORMALIZE_WHITESPACE
    [{'labels': {'alertname': 'HighErrorVelocity', 'severity': 'warning'},
      'annotations': {'summary': 's', 'description': 'd'},
      'startsAt': '2025-03-11T14:36:00Z', 'generatorURL': 'https://x/s'}]
    """
    alert: dict[str, object] = {
        "labels": dict(warning.labels),
        "annotations": dict(warning.annotations),
        "startsAt": _rfc3339(warning.starts_at),
    }
    if warning.ends_at is not None:
        alert["endsAt"] = _rfc3339(warning.ends_at)
    alert["generatorURL"] = warning.generator_url
    headers = [
        ("sc-format", b"alertmanager-postable-alerts"),
        ("sc-workspace", warning.workspace_id.encode()),
        ("sc-warning-id", warning.id.encode()),
        ("sc-warning-version", str(warning.version).encode()),
        ("sc-metric-key", warning.metric_key.encode()),
        ("sc-sigma", f"{warning.sigma:.3f}".encode()),
        ("sc-method", warning.method.encode()),
    ]
    return KafkaSinkMessage(key=warning.id.encode(), value=json.dumps([alert]).encode(), headers=headers)


def suggestion_message(suggestion: SilenceSuggestion) -> KafkaSinkMessage[bytes, bytes]:
    """The Kafka message for a silence suggestion: keyed by its id, the record as JSON (its
    ``yaml`` the Alertmanager fragment). A consumer keeps the highest ``version`` per id."""
    return KafkaSinkMessage(
        key=suggestion.id.encode(),
        value=suggestion.model_dump_json().encode(),
        headers=[("sc-format", b"signalcraft-silence-suggestion"),
                 ("sc-workspace", suggestion.workspace_id.encode()),
                 ("sc-suggestion-kind", suggestion.kind.encode()),
                 ("sc-suggestion-status", suggestion.status.encode())],
    )


def _rfc3339(t) -> str:
    return t.isoformat().replace("+00:00", "Z")


def topic_sink(config: dict[str, Any], topic: str) -> EpochKafkaSink:
    """A Bytewax sink producing to ``topic`` with the given librdkafka config (which may
    carry a ``logger`` and an ``error_cb``, as confluent-kafka takes them), flushed at each
    epoch's end; a message not delivered fails the flow there."""
    servers = config.get("bootstrap.servers", "")
    extra = {k: v for k, v in config.items() if k != "bootstrap.servers"}
    extra.setdefault("linger.ms", "20")
    return EpochKafkaSink(servers.split(","), topic, add_config=extra)


def message_of(record: Published) -> KafkaSinkMessage[Any, bytes]:
    """The Kafka message of a dead letter, a correlation, a warning or a silence suggestion."""
    if isinstance(record, DeadLetter):
        return dead_letter_message(record)
    if isinstance(record, CorrelationRow | Correlation):
        return correlation_message(record)
    if isinstance(record, EarlyWarning):
        return warning_message(record)
    if isinstance(record, SilenceSuggestion):
        return suggestion_message(record)
    raise TypeError(f"kafka output: no topic message for a {type(record).__name__}")


@operator
def publish(step_id: str, up: Stream[Published], sink: Sink[KafkaSinkMessage[Any, bytes]]) -> None:
    """Produce each record as the message of its kind (:func:`message_of`) to ``sink`` (an
    :class:`EpochKafkaSink` takes them keyed by its one partition)."""
    if isinstance(sink, EpochKafkaSink):
        op.output("produce", op.map("message", up, _keyed_message_of), sink)
    else:
        op.output("produce", op.map("message", up, message_of), sink)


def _keyed_message_of(record: Published) -> tuple[str, KafkaSinkMessage[Any, bytes]]:
    return PARTITION, message_of(record)
