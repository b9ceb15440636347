"""The gateway's Prometheus metrics, on a registry of its own (one per app, so tests can make many).

=============================================== ===============================================
``signalcraft_gateway_requests_total``           answers, ``{path, code}`` (paths of the table only)
``signalcraft_gateway_messages_total``           messages Kafka acknowledged, ``{topic}``
``signalcraft_gateway_ack_seconds``              histogram: produce to the last acknowledgement
``signalcraft_gateway_dead_letters_total``       refused bodies written to the DLQ topic, ``{step}``
``signalcraft_gateway_samples_skipped_total``    remote-write samples not produced, ``{reason}``
``signalcraft_gateway_broker_reachable``         1 or 0
=============================================== ===============================================
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest

__all__ = ["CONTENT_TYPE_LATEST", "GatewayMetrics"]

ACK_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class GatewayMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter("signalcraft_gateway_requests", "Requests answered, by path and status code",
                                ["path", "code"], registry=r)
        self.messages = Counter("signalcraft_gateway_messages", "Messages Kafka acknowledged, by topic", ["topic"],
                                registry=r)
        self.ack_seconds = Histogram("signalcraft_gateway_ack_seconds",
                                     "Seconds from producing a request's messages to Kafka's last acknowledgement",
                                     buckets=ACK_BUCKETS, registry=r)
        self.dead_letters = Counter("signalcraft_gateway_dead_letters", "Refused bodies written to the DLQ topic",
                                    ["step"], registry=r)
        self.skipped = Counter("signalcraft_gateway_samples_skipped", "Remote-write samples not produced",
                               ["reason"], registry=r)
        self.reachable = Gauge("signalcraft_gateway_broker_reachable", "1 while Kafka answers", registry=r)
        self.reachable.set(1)
        self._answers: dict[tuple[str, int], Counter] = {}

    def answered(self, path: str, code: int) -> None:
        """Count one answer (the labelled child kept: looking it up costs more than the count)."""
        child = self._answers.get((path, code))
        if child is None:
            child = self._answers[(path, code)] = self.requests.labels(path, str(code))
        child.inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
