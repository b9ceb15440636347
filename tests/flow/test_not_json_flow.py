"""A message holding a literal JSON does not have (``NaN``, ``Infinity``, a number past a double's
range) goes to the dead letters as "not valid JSON" on every stream, and the flow goes on.

A complete native metric whose ``value`` was a bare ``NaN`` had been stored (pydantic's JSON
parser reads the literal) while the same record without its ``id`` was refused; a sample
that is not a number, sent as the string Prometheus writes, is still a point.
"""

from __future__ import annotations

import json
from typing import Any

from signalcraft.config import Settings
from signalcraft.models import RawMessage
from tests.flow.test_correlation_flow import native_alert
from tests.support import run_pipeline

METRIC = {"id": "m0", "workspace_id": "acme", "metric_key": 'queue_depth{service="api"}', "name": "queue_depth",
          "labels": {"service": "api"}, "value": 1.0, "timestamp": "2024-06-04T14:07:30Z",
          "source": "signalcraft-metric"}
SAMPLE = {"name": "queue_depth", "value": "NaN", "timestamp": "2024-06-04T14:08:30Z",
          "labels": {"__name__": "queue_depth", "service": "api", "workspace_id": "acme"}}


def literal(doc: dict[str, Any], key: str, text: str) -> bytes:
    """``doc`` as JSON with ``text`` (not JSON) as the value of ``key``."""
    return json.dumps({**doc, key: "<x>"}).replace('"<x>"', text).encode()


def test_literals_json_does_not_have_are_dead_letters_and_the_flow_goes_on() -> None:
    settings = Settings()
    metrics, alerts = settings.topics.metrics, settings.topics.alerts

    def msg(topic: str, offset: int, value: bytes, fmt: str | None) -> RawMessage:
        return RawMessage(topic, 0, offset, value, b"k", {"sc-format": fmt} if fmt else {},
                          timestamp_ms=1_717_510_000_123)

    named = "signalcraft-metric"
    alert = native_alert("HighErrorRate", "e1", 0)
    webhook = {"version": "4", "groupKey": "{}", "status": "firing", "alerts": [
        {"status": "firing", "labels": {"alertname": "Down", "service": "api"}, "startsAt": "2024-06-04T14:00:00Z",
         "fingerprint": "a000000000000001"}]}
    batches = [
        [msg(metrics, 0, literal(METRIC | {"id": "m-nan"}, "value", "NaN"), named),
         msg(metrics, 1, json.dumps(METRIC).encode(), named),
         msg(metrics, 2, literal(METRIC | {"id": "m-inf"}, "value", "Infinity"), named),
         msg(metrics, 3, literal(METRIC | {"id": "m-big"}, "value", "-1e999"), named),
         msg(metrics, 4, literal({k: v for k, v in METRIC.items() if k != "id"}, "value", "NaN"), None),
         msg(metrics, 5, json.dumps(SAMPLE).encode(), "prometheus-kafka-adapter")],
        [msg(alerts, 0, literal(alert, "zz", "NaN"), "signalcraft-alert"),
         msg(alerts, 1, literal(webhook, "truncatedAlerts", "Infinity"), None),
         msg(alerts, 2, json.dumps(alert).encode(), "signalcraft-alert")],
    ]
    rows, dlq, _ = run_pipeline(settings, batches)

    dead = {(h["sc-dlq-topic"].decode(), int(h["sc-dlq-offset"])): h for h in (dict(m.headers) for m in dlq)}
    assert sorted(dead) == [(alerts, 0), (alerts, 1), (metrics, 0), (metrics, 2), (metrics, 3), (metrics, 4)]
    for header in dead.values():
        assert header["sc-dlq-step"] == b"json" and b": not valid JSON (" in header["sc-dlq-reason"]
    assert {m.value for m in dlq} >= {literal(METRIC | {"id": "m-nan"}, "value", "NaN")}  # the bytes as they came
    stored = sorted((r["source_topic"], r["source_offset"], r["step"]) for r in rows["dlq"])  # the store's table too
    assert stored == [(topic, offset, "json") for topic, offset in sorted(dead)]
    points = sorted(rows["metric_points"], key=lambda r: r["timestamp"])
    assert [repr(r["value"]) for r in points] == ["1.0", "nan"]  # the one sent as Prometheus writes it
    assert [r["fingerprint"] for r in rows["alert_events"]] == ["e1"]
