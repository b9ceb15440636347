"""Kafka outputs: the dead-letter topic and the correlations topic (later, warnings).

A dead letter keeps the original key, value and headers byte for byte; the
``sc-dlq-*`` headers say where it came from and why it was refused, the
convention Kafka Connect uses for its own dead-letter topics.
"""

from __future__ import annotations

from bytewax.connectors.kafka import KafkaSink, KafkaSinkMessage

from signalcraft.models import Correlation, DeadLetter


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


def correlation_message(correlation: Correlation) -> KafkaSinkMessage[bytes, bytes]:
    """The Kafka message for a correlation: keyed by its alert group, the record as JSON.

    Every version of a group's candidate set is sent; a consumer keeps, per ``id``, the
    highest ``version``, and per ``group_id`` the rows of the highest version.
    """
    return KafkaSinkMessage(
        key=correlation.group_id.encode(),
        value=correlation.model_dump_json().encode(),
        headers=[("sc-format", b"signalcraft-correlation"), ("sc-workspace", correlation.workspace_id.encode())],
    )


def topic_sink(config: dict[str, str], topic: str) -> KafkaSink:
    """A Bytewax sink producing to ``topic`` with the given librdkafka config."""
    servers = config.get("bootstrap.servers", "")
    extra = {k: v for k, v in config.items() if k != "bootstrap.servers"}
    extra.setdefault("linger.ms", "20")
    return KafkaSink(servers.split(","), topic, add_config=extra)
