"""Property tests: whatever bytes arrive, decode() never raises; it returns records or one dead letter.

Covers every stream kind and every registered format (also those other modules add), on
arbitrary bytes, on JSON built from the keys real formats use, and on real payloads
(shared fixtures and the project's own examples) with keys deleted, values swapped for
other JSON types and bytes cut off.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import signalcraft.sources
from signalcraft.models import DeadLetter, RawMessage
from signalcraft.models.common import Record
from signalcraft.params import STREAM_KINDS, Identity
from signalcraft.sources.adapters import REGISTRY
from signalcraft.sources.decode import FORMAT_HEADER, decode
from tests.shared_data import SHARED_FIXTURES

EXAMPLES = Path(signalcraft.sources.__file__).parent / "examples"
IDENTITY = Identity()
FORMATS = sorted(REGISTRY)
STEPS = {"json", "format", "adapt", "validate", "decode"}
# formats whose adapters live in alerts.py, audit.py, telemetry.py, pagerduty_v3.py, datadog.py, opsgenie.py,
# cloudwatch.py and sentry.py: held to clear messages
STRICT = {
    "alertmanager", "grafana", "pagerduty-events", "signalcraft-alert", "alertmanager-silence", "signalcraft-audit",
    "prometheus-kafka-adapter", "otlp-logs", "signalcraft-metric", "signalcraft-log", "signalcraft-resolution",
    "pagerduty-v3-webhook", "datadog", "opsgenie", "cloudwatch-sns", "sentry",
}
FIXTURE_KINDS = {
    "alertmanager-webhook": "alerts",
    "alertmanager-api-config": "audit",
    "pagerduty": "alerts",
    "prometheus-kafka-adapter": "metrics",
    "opentelemetry": "logs",
    "github": "changes",
    "kubernetes": "changes",
    "argocd": "changes",
}
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# keys that real formats look for, so generated JSON reaches the parsers and not only detection
VOCABULARY = [
    "alerts", "status", "labels", "annotations", "startsAt", "endsAt", "fingerprint", "generatorURL", "groupKey",
    "version", "orgId", "state", "values", "routing_key", "event_action", "dedup_key", "payload", "summary",
    "timestamp", "source", "severity", "custom_details", "matchers", "name", "value", "isRegex", "isEqual", "id",
    "updatedAt", "createdBy", "comment", "resourceLogs", "resource", "attributes", "scopeLogs", "logRecords",
    "timeUnixNano", "observedTimeUnixNano", "severityNumber", "body", "traceId", "spanId", "stringValue",
    "intValue", "kvlistValue", "arrayValue", "key", "metric_key", "action", "workspace_id", "starts_at",
    "group_id", "resolved_at", "fix", "severity_number", "deployment", "release", "repository", "involvedObject",
    "event", "event_type", "occurred_at", "data", "agent", "incident", "incident_key", "content", "resolve_reason",
    "title", "date", "last_updated", "org", "alert_id", "alert_title", "alert_transition", "alert_scope",
    "alert_priority", "tags", "alert", "alertId", "message", "alias", "createdAt", "updatedAt", "priority", "details",
    "Type", "MessageId", "TopicArn", "Message", "Timestamp", "triggered_rule", "issue_id", "datetime", "issue",
    "project_slug", "triggering_rules", "lastSeen",
]
TRICKY_STRINGS = [
    "", "0", "firing", "resolved", "trigger", "acknowledge", "resolve", "expired", "+Inf", "-Inf", "NaN", "1e999",
    "0001-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00",
    "2023-03-25T14:39:51.68943305+08:00",
    "2015-07-17T08:42:58.315+0000", "2024-06-04T14:07:30", "1544712660300000000", "99999999999999999999999", "²",
    "SEVERITY_NUMBER_ERROR", "5B8EFFF798038103D269B633813FC60C", "主机CPU使用率", "\x00", "\ud7ff",
    "incident.resolved", "incident.annotated", "incident_note", "Fix: rolled back\nIncident key: k",
    "Triggered", "Recovered", "[Triggered on {host:a}] x", "1406662672000", "Create", "Close", "Acknowledge",
    "Notification", "SubscriptionConfirmation", '{"AlarmName":"a","NewStateValue":"OK"}', "triggered",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**64 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(TRICKY_STRINGS),
    st.text(max_size=12),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=6)), inner, max_size=6),
    ),
    max_leaves=24,
)
headers = st.fixed_dictionaries(
    {},
    optional={
        "sc-event-time": st.sampled_from(["2024-06-04T14:00:00Z", "yesterday", ""]),
        "sc-workspace": st.sampled_from(["acme", ""]),
        "sc-service": st.text(max_size=5),
    },
)


def check(value: bytes, kind: str, head: dict[str, str]) -> tuple[list[Record], DeadLetter | None]:
    """decode() must not raise; it gives records, or exactly one dead letter with the bytes and a reason."""
    raw = RawMessage(topic=f"signalcraft.{kind}", partition=0, offset=7, value=value, headers=head, timestamp_ms=1)
    records, letter = decode(raw, kind, IDENTITY)
    if letter is None:
        assert records, "no records and no dead letter"
        assert all(isinstance(r, Record) and r.id for r in records)
        assert repr(decode(raw, kind, IDENTITY)[0]) == repr(records)  # same input, same records and ids (nan-safe)
    else:
        assert records == []
        assert isinstance(letter, DeadLetter)
        assert letter.payload == value and letter.reason and letter.step in STEPS
        if letter.format in STRICT:
            # an unexpected exception inside an adapter shows as "<fmt> <where>: SomeError: ..."
            assert letter.step != "decode", letter.reason
            leaked = re.match(rf"{re.escape(letter.format)} \S+: \w+(Error|Exception): ", letter.reason)
            assert not leaked, letter.reason
    return records, letter


# --- (a) arbitrary input ----------------------------------------------------------------


@PROPERTY
@given(
    value=st.binary(max_size=300),
    kind=st.sampled_from(STREAM_KINDS),
    fmt=st.sampled_from([None, "auto", "no-such-format", *FORMATS]),
)
def test_arbitrary_bytes_never_raise(value, kind, fmt):
    check(value, kind, {} if fmt is None else {FORMAT_HEADER: fmt})


@PROPERTY
@given(
    doc=json_values,
    kind=st.sampled_from(STREAM_KINDS),
    fmt=st.sampled_from([None, *FORMATS]),
    head=headers,
)
def test_arbitrary_json_never_raises(doc, kind, fmt, head):
    if fmt is not None:
        head = {**head, FORMAT_HEADER: fmt}
    check(json.dumps(doc).encode(), kind, head)


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=40, deadline=None)
@given(doc=json_values, head=headers)
def test_each_format_on_json_of_its_own_kind(fmt, doc, head):
    check(json.dumps(doc).encode(), REGISTRY[fmt].kind, {**head, FORMAT_HEADER: fmt})


# --- (b) mutated real payloads ----------------------------------------------------------


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, str, Any]]:
    """(name, kind, document) for every own example and, where present, every shared fixture."""
    docs = []
    shared = sorted(SHARED_FIXTURES.glob("*/*.json")) if SHARED_FIXTURES is not None else []
    for path in shared:
        kind = "changes" if path.name.startswith("change_events") else FIXTURE_KINDS[path.parent.name]
        docs.append((f"fixtures/{path.parent.name}/{path.name}", kind, json.loads(path.read_bytes())))
    for path in sorted(EXAMPLES.glob("*/*.json")):
        docs.append((f"examples/{path.parent.name}/{path.name}", path.parent.name, json.loads(path.read_bytes())))
    assert len(docs) > (30 if shared else 25)
    return docs


def test_corpus_parses_unmutated(corpus):
    """The starting points are good: every own example and every fixture of an own format decodes."""
    for name, kind, doc in corpus:
        head = {"sc-event-time": "2024-06-04T14:00:00Z"}
        _, letter = check(json.dumps(doc).encode(), kind, head)
        if name.startswith("examples/") or kind in ("alerts", "audit", "metrics", "logs"):
            assert letter is None, f"{name}: {letter.reason}"


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    out = []
    for key, child in items:
        out.append((*prefix, key))
        out.extend(_paths(child, (*prefix, key)))
    return out


def _mutate(data: st.DataObject, doc: Any) -> Any:
    for _ in range(data.draw(st.integers(min_value=1, max_value=4), label="mutations")):
        paths = _paths(doc)
        if not paths:
            break
        path = data.draw(st.sampled_from(paths), label="path")
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        if data.draw(st.booleans(), label="delete"):
            del parent[path[-1]]
        else:
            parent[path[-1]] = data.draw(json_values, label="replacement")
    return doc


@PROPERTY
@given(data=st.data())
def test_mutated_real_payloads_never_raise(corpus, data):
    _, kind, original = data.draw(st.sampled_from(corpus), label="payload")
    doc = _mutate(data, json.loads(json.dumps(original)))
    value = json.dumps(doc, ensure_ascii=data.draw(st.booleans())).encode()
    if data.draw(st.booleans(), label="truncate"):
        value = value[: data.draw(st.integers(min_value=0, max_value=len(value)), label="cut")]
    fmt = data.draw(st.sampled_from([None, None, "auto", *FORMATS]), label="format")
    head = data.draw(headers, label="headers")
    if fmt is not None:
        head = {**head, FORMAT_HEADER: fmt}
    check(value, kind, head)


@PROPERTY
@given(data=st.data())
def test_truncated_real_payloads_are_dead_letters(corpus, data):
    _, kind, original = data.draw(st.sampled_from(corpus), label="payload")
    value = json.dumps(original).encode()
    cut = data.draw(st.integers(min_value=0, max_value=len(value) - 1), label="cut")
    _, letter = check(value[:cut], kind, {})
    assert letter is not None and letter.step in ("json", "format")
