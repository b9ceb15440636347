"""decode(): a message becomes records, or exactly one dead letter that keeps the bytes and says why."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

import signalcraft.sources
from signalcraft.models import AlertEvent, DeadLetter, RawMessage, make_id
from signalcraft.params import Identity
from signalcraft.sources.adapters import REGISTRY
from signalcraft.sources.decode import FORMAT_HEADER, decode, parse_any

EXAMPLES = Path(signalcraft.sources.__file__).parent / "examples"
IDENTITY = Identity()
SENT_MS = 1_717_510_000_123


def message(value: bytes, headers: dict[str, str] | None = None, topic: str = "signalcraft.alerts") -> RawMessage:
    return RawMessage(
        topic=topic, partition=3, offset=1207, value=value, key=b"checkout", headers=headers or {}, timestamp_ms=SENT_MS
    )


def dead(value: bytes, kind: str = "alerts", headers: dict[str, str] | None = None) -> DeadLetter:
    raw = message(value, headers)
    records, letter = decode(raw, kind, IDENTITY)
    assert records == []
    assert isinstance(letter, DeadLetter)
    assert letter.payload == value  # the original bytes, untouched
    where = (letter.source_topic, letter.partition, letter.offset, letter.key)
    assert where == ("signalcraft.alerts", 3, 1207, b"checkout")
    assert letter.headers == raw.headers
    assert letter.received_at == datetime.fromtimestamp(SENT_MS / 1000, tz=UTC)
    assert letter.id == make_id("dlq", "signalcraft.alerts", 3, 1207)
    assert "signalcraft.alerts[3]@1207" in letter.reason  # where the message sat
    return letter


def test_records_and_no_dead_letter():
    records, letter = decode(message((EXAMPLES / "alerts/alertmanager-firing.json").read_bytes()), "alerts", IDENTITY)
    assert letter is None
    assert [type(r) for r in records] == [AlertEvent]


def test_invalid_json():
    value = b'{"receiver": "sms", "alerts": [\xff'
    letter = dead(value)
    assert letter.step == "json"
    assert "not valid JSON" in letter.reason
    assert letter.format is None


def test_invalid_json_with_a_named_format_keeps_the_format():
    letter = dead(b"{not json", headers={FORMAT_HEADER: "grafana"})
    assert (letter.step, letter.format) == ("json", "grafana")


def test_unknown_format_header():
    letter = dead(b"{}", headers={FORMAT_HEADER: "nagios"})
    assert letter.step == "format"
    assert letter.format == "nagios"
    assert "sc-format 'nagios' is not a known format; known: [" in letter.reason
    assert "'alertmanager'" in letter.reason


def test_format_of_the_wrong_kind():
    value = (EXAMPLES / "metrics/prometheus-kafka-adapter-http-errors.json").read_bytes()
    letter = dead(value, "alerts", {FORMAT_HEADER: "prometheus-kafka-adapter"})
    assert letter.step == "format"
    assert letter.format == "prometheus-kafka-adapter"
    assert "format 'prometheus-kafka-adapter' carries metrics, not alerts" in letter.reason


def test_undetectable_shape():
    letter = dead(json.dumps({"hello": "world", "alerts": "none"}).encode())
    assert letter.step == "format"
    assert letter.format is None
    assert "no alerts format matches a JSON object with keys alerts, hello" in letter.reason
    assert "expected one of ['alertmanager'" in letter.reason


def test_undetectable_non_object():
    letter = dead(b"[1, 2, 3]", "logs")
    assert letter.step == "format"
    assert "no logs format matches a JSON list" in letter.reason


def test_adapt_failure():
    doc = json.loads((EXAMPLES / "alerts/alertmanager-firing.json").read_bytes())
    doc["alerts"][0]["startsAt"] = "last tuesday"
    letter = dead(json.dumps(doc).encode())
    assert (letter.step, letter.format) == ("adapt", "alertmanager")
    assert "alerts[0].startsAt 'last tuesday' is not RFC 3339" in letter.reason


@pytest.mark.parametrize("header", [None, "signalcraft-alert"])
def test_validation_failure(header):
    doc = json.loads((EXAMPLES / "alerts/signalcraft-alert-firing.json").read_bytes())
    doc["severity"] = "apocalyptic"
    headers = {} if header is None else {FORMAT_HEADER: header}
    letter = dead(json.dumps(doc).encode(), "alerts", headers)
    assert (letter.step, letter.format) == ("validate", "signalcraft-alert")
    assert "severity: Input should be 'critical', 'error', 'warning', 'info' or 'none'" in letter.reason


def test_dead_letter_without_a_kafka_timestamp_is_still_aware_utc():
    raw = RawMessage(topic="signalcraft.audit", partition=0, offset=0, value=b"nope")
    _, letter = decode(raw, "audit", IDENTITY)
    assert letter is not None and letter.received_at.tzinfo == UTC


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*/*.json")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_example_is_found_without_a_kind_or_format(path):
    """What ``signalcraft parse <example>`` does: try each stream kind, detect the format."""
    fmt, records = parse_any(path.read_bytes(), None, {}, IDENTITY)
    assert path.stem.startswith(fmt + "-")
    assert max((n for n in REGISTRY if path.stem.startswith(n + "-")), key=len) == fmt
    assert records


def test_a_body_without_time_takes_the_kafka_timestamp():
    """PagerDuty acknowledge as documented: no payload, so no time but the message's own."""
    from datetime import datetime

    body = b'{"routing_key": "r", "dedup_key": "checkout-timeouts", "event_action": "acknowledge"}'
    at = datetime(2026, 5, 4, 3, 2, 1, 500000, tzinfo=UTC)
    raw = RawMessage("signalcraft.alerts", 0, 9, body, timestamp_ms=int(at.timestamp() * 1000))
    records, dead = decode(raw, "alerts", Identity())
    assert dead is None
    [ack] = records
    assert ack.action == "ack" and ack.target == "checkout-timeouts" and ack.timestamp == at
    # without a Kafka timestamp it is a dead letter that says what was missing
    _, dead = decode(RawMessage("signalcraft.alerts", 0, 9, body), "alerts", Identity())
    assert dead is not None and "sc-event-time" in dead.reason


def test_an_absurd_kafka_timestamp_still_gives_a_dead_letter():
    raw = RawMessage("signalcraft.alerts", 0, 1, b"garbage", timestamp_ms=2**62)
    records, dead = decode(raw, "alerts", Identity())
    assert records == [] and dead is not None and dead.step == "json" and dead.payload == b"garbage"
