"""Times no tool sends (before 1970, from 9000 on) are refused at decode, on every path, with
one reason; Go's zero time as an end still means "not ended".

Such a time is a payload's mistake, and the steps downstream reach before and after a
record's time (a join's look-back, a window's lateness): a record dated in the first minutes
of year 1 used to overflow the correlation join's arithmetic and stop the flow. Each case is
decoded with the fast paths on and off (``full_path``), and the two must refuse it alike.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

import signalcraft.sources
from signalcraft.models import AlertEvent, AuditEntry, ChangeEvent, MetricPoint, RawMessage
from signalcraft.models.common import EARLIEST, LATEST, to_utc
from signalcraft.params import Identity
from signalcraft.sources.adapters import AdaptError
from signalcraft.sources.adapters.base import from_epoch_ms, parse_optional_end, parse_time, parse_unix_nanos
from signalcraft.sources.adapters.webhooks import epoch_time
from signalcraft.sources.decode import decode
from tests.unit.test_fast_alerts import full_path

EXAMPLES = Path(signalcraft.sources.__file__).parent / "examples"
REASON = "is not between 1970-01-01 and 9000-01-01 UTC (no tool sends such a time)"
NEVER = ["0001-01-01T00:05:00Z", "0001-01-01T00:00:00Z", "1969-12-31T23:59:59.999999Z", "9000-01-01T00:00:00Z",
         "9999-12-31T23:59:59Z", "1969-12-31T23:30:00-01:00"]
"""Times no record may carry; the last is 00:30 on 1 January 1970 in UTC, so it may."""
EDGES = ["1970-01-01T00:00:00Z", "8999-12-31T23:59:59.999999Z", "1969-12-31T23:30:00-01:00"]
"""The first and last times a record may carry, and one spelled in another offset."""
FAST = {"alerts": "fast_alerts", "changes": "fast_changes", "logs": "fast_logs"}


def example(path: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / path).read_text())


def set_path(doc: Any, path: tuple, value: Any) -> Any:
    doc = json.loads(json.dumps(doc))
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


CASES = [  # (kind, example, where the time goes, sc-format header or None)
    ("alerts", "alerts/signalcraft-alert-firing.json", ("starts_at",), "signalcraft-alert"),
    ("alerts", "alerts/signalcraft-alert-firing.json", ("starts_at",), None),
    ("alerts", "alerts/alertmanager-firing.json", ("alerts", 0, "startsAt"), None),
    ("alerts", "alerts/alertmanager-firing.json", ("alerts", 0, "startsAt"), "alertmanager"),
    ("alerts", "alerts/grafana-firing.json", ("alerts", 0, "startsAt"), None),
    ("alerts", "alerts/pagerduty-events-trigger.json", ("payload", "timestamp"), None),
    ("changes", "changes/signalcraft-change-config-update.json", ("timestamp",), "signalcraft-change"),
    ("changes", "changes/signalcraft-change-config-update.json", ("timestamp",), None),
    ("changes", "changes/github-release-prerelease.json", ("release", "published_at"), "github-release"),
    ("changes", "changes/argocd-app-succeeded.json", ("app", "status", "operationState", "finishedAt"), None),
    ("metrics", "metrics/signalcraft-metric-queue-depth.json", ("timestamp",), None),
    ("metrics", "metrics/prometheus-kafka-adapter-http-errors.json", ("timestamp",), None),
    ("logs", "logs/signalcraft-log-error.json", ("timestamp",), "signalcraft-log"),
    ("audit", "audit/signalcraft-audit-snooze.json", ("timestamp",), None),
    ("audit", "audit/alertmanager-silence-gettable.json", ("startsAt",), None),
    ("resolutions", "resolutions/signalcraft-resolution-rollback.json", ("resolved_at",), None),
]


def _decoded(kind: str, doc: Any, fmt: str | None, headers: dict[str, str] | None = None):
    headers = {**({"sc-format": fmt} if fmt else {}), **(headers or {})}
    message = RawMessage(f"signalcraft.{kind}", 0, 7, json.dumps(doc).encode(), b"k", headers,
                         timestamp_ms=1_717_510_000_123)
    records, dead = decode(message, kind, Identity())
    if kind in FAST:
        assert (records, dead) == full_path(message, kind, Identity(), FAST[kind])
    return records, dead


@pytest.mark.parametrize("kind,path,where,fmt", CASES, ids=lambda v: v if isinstance(v, str) else None)
@pytest.mark.parametrize("when", NEVER[:-1])
def test_a_time_no_tool_sends_is_a_dead_letter_that_says_so(kind, path, where, fmt, when):
    doc = example(path)
    records, dead = _decoded(kind, doc, fmt)
    assert records and dead is None  # the example as it is decodes
    records, dead = _decoded(kind, set_path(doc, where, when), fmt)
    assert records == [] and dead is not None
    assert REASON in dead.reason and dead.step in ("adapt", "validate")


@pytest.mark.parametrize("kind,path,where,fmt,when", [
    (*case, when) for case in CASES for when in EDGES
    if not ("silence" in case[1] and when.startswith("8999"))  # a silence starting after its end is refused
])
def test_the_first_and_last_times_a_record_may_carry_decode(kind, path, where, fmt, when):
    records, dead = _decoded(kind, set_path(example(path), where, when), fmt)
    assert dead is None and records
    held = [v for v in vars(records[0]).values() if isinstance(v, datetime)]
    assert datetime.fromisoformat(when).astimezone(UTC) in held


def test_an_otlp_time_from_9000_on_is_refused_and_one_before_is_not():
    doc = example("logs/otlp-logs-checkout-errors.json")
    where = ("resourceLogs", 0, "scopeLogs", 0, "logRecords", 0, "timeUnixNano")
    last = (LATEST - EARLIEST).days * 86_400 * 10**9 - 1
    records, dead = _decoded("logs", set_path(doc, where, str(last)), None)
    assert dead is None and records[0].timestamp == datetime(8999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
    records, dead = _decoded("logs", set_path(doc, where, str(last + 1)), None)
    assert records == [] and REASON in dead.reason


@pytest.mark.parametrize("header", ["0001-01-01T00:00:00Z", "1969-07-20T20:17:40Z", "253402300799000"])
def test_an_event_time_header_no_tool_sends_is_refused(header):
    """A body with no time of its own takes the ``sc-event-time`` header: checked the same way."""
    doc = example("alerts/pagerduty-events-acknowledge.json")
    del doc["payload"]["timestamp"]
    records, dead = _decoded("alerts", doc, None, {"sc-event-time": "2024-06-04T14:11:45Z"})
    assert dead is None and records
    records, dead = _decoded("alerts", doc, None, {"sc-event-time": header})
    assert records == [] and REASON in dead.reason


def test_a_kafka_timestamp_no_tool_sends_is_no_arrival_time():
    assert RawMessage("t", 0, 0, b"", timestamp_ms=221_845_392_000_000).kafka_time() is None
    assert RawMessage("t", 0, 0, b"", timestamp_ms=221_845_391_999_999).kafka_time().year == 8999


@pytest.mark.parametrize("fmt", ["signalcraft-alert", None])
@pytest.mark.parametrize("end,want", [
    ("0001-01-01T00:00:00Z", None),  # Go's zero time: still firing
    ("0001-01-01T00:30:00-01:00", None),  # year 1 in UTC too
    ("2024-06-04T14:40:05Z", datetime(2024, 6, 4, 14, 40, 5, tzinfo=UTC)),
])
def test_a_native_alert_ending_in_year_1_has_not_ended(fmt, end, want):
    doc = set_path(example("alerts/signalcraft-alert-firing.json"), ("ends_at",), end)
    for _ in range(2):  # the second read is the remembered one
        [record], dead = _decoded("alerts", doc, fmt)
        assert dead is None and record.ends_at == want and "ends_at" in record.model_fields_set


@pytest.mark.parametrize("fmt", ["signalcraft-alert", None])
@pytest.mark.parametrize("end", ["1969-12-31T23:59:59Z", "9000-01-01T00:00:00Z", "0002-01-01T00:00:00Z"])
def test_a_native_alert_ending_at_another_time_no_tool_sends_is_refused(fmt, end):
    doc = set_path(example("alerts/signalcraft-alert-firing.json"), ("ends_at",), end)
    records, dead = _decoded("alerts", doc, fmt)
    assert records == [] and REASON in dead.reason


def test_the_models_refuse_such_times_and_read_year_1_ends_as_not_ended():
    base = json.loads((EXAMPLES / "alerts/signalcraft-alert-firing.json").read_text())
    base |= {"id": "a1", "source": "signalcraft-alert"}
    assert AlertEvent.model_validate_json(json.dumps(base | {"ends_at": "0001-01-01T00:00:00Z"})).ends_at is None
    with pytest.raises(ValidationError, match="no tool sends such a time"):
        AlertEvent.model_validate_json(json.dumps(base | {"starts_at": "0001-01-01T00:05:00Z"}))
    with pytest.raises(ValidationError, match="out of range in UTC"):
        AlertEvent.model_validate_json(json.dumps(base | {"starts_at": "0001-01-01T00:00:00+01:00"}))
    with pytest.raises(ValidationError, match="no tool sends such a time"):
        ChangeEvent(id="c", workspace_id="w", type="deployment", source="s", project="p", environment="e",
                    service="s", summary="x", timestamp=datetime(9000, 1, 1, tzinfo=UTC))
    with pytest.raises(ValidationError, match="no tool sends such a time"):
        MetricPoint.model_validate_json(json.dumps({"id": "m", "workspace_id": "w", "metric_key": "k", "name": "k",
                                                    "value": 1.0, "timestamp": "1969-12-31T23:59:59Z", "source": "s"}))
    entry = {"id": "a", "workspace_id": "w", "action": "silence", "timestamp": "2024-01-01T00:00:00Z", "source": "s"}
    assert AuditEntry.model_validate_json(json.dumps(entry | {"ends_at": "0001-01-01T00:00:00Z"})).ends_at is None
    assert to_utc(EARLIEST) is EARLIEST


@pytest.mark.parametrize("read,value", [
    (lambda v: parse_time(v, "t"), "0001-01-01T00:05:00Z"),
    (lambda v: parse_time(v, "t"), "9000-01-01T00:00:00+00:00"),
    (lambda v: parse_optional_end(v, "t"), "1969-12-31T23:59:59Z"),
    (lambda v: from_epoch_ms(v, "t"), 221_845_392_000_000),
    (lambda v: parse_unix_nanos(v, "t"), "221845392000000000000"),
    (lambda v: epoch_time(v, "t"), 221_845_392_000.0),
])
def test_each_time_reader_refuses_such_times(read, value):
    with pytest.raises(AdaptError, match="no tool sends such a time"):
        read(value)
