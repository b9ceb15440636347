"""The fast path for OTLP/JSON logs (``sources/fast_logs.py``) makes exactly what the full
path (the OTLP adapter, then the pydantic model) makes.

Every case is decoded twice, with the fast path and with it switched off, and the two must
agree: the same records (fields in order with their exact types and values, times' zones,
fields set, no extra or private state), the same Arrow rows, the same dead letters and the
same ``parse_payload`` answer (``check`` of ``test_fast_alerts``). The cases: every bundled
example and shared fixture under every ``sc-format`` header; the benchmark's payloads;
OTLP payloads mutated (keys deleted, values swapped for other JSON, keys added, bytes cut);
times, severities, ids, bodies and attributes of every kind the adapter reads; arbitrary JSON.
"""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalcraft.models import LogRecord
from signalcraft.params import STREAM_KINDS, Identity
from signalcraft.sources.fast_logs import fast_logs
from tests.support import load_benchmark
from tests.unit.test_adapters_property import TRICKY_STRINGS, json_values
from tests.unit.test_fast_alerts import (
    CORPUS,
    IDENTITIES,
    NOT_JSON,
    PROPERTY,
    dumps,
    header_sets,
    mutate,
    mutate_seeded,
)
from tests.unit.test_fast_alerts import check as alerts_check

HEADERS = [None, "", "auto", "otlp-logs", "signalcraft-log", "signalcraft-alert", "no-such-format"]
OTLP_SEEDS = [doc for _, kind, doc in CORPUS if kind == "logs" and isinstance(doc, dict) and "resourceLogs" in doc]
PLAIN = {"resourceLogs": [{
    "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "api"}},
                                {"key": "tenant", "value": {"stringValue": "acme"}}], "droppedAttributesCount": 0},
    "scopeLogs": [{"scope": {"name": "lib", "version": "1.2"}, "schemaUrl": "https://opentelemetry.io/schemas/1.21.0",
                   "logRecords": [
                       {"timeUnixNano": "1717510082441000123", "severityNumber": 9, "severityText": "INFO",
                        "body": {"stringValue": "started"}, "flags": 1, "droppedAttributesCount": 0},
                       {"timeUnixNano": 1717510082441999999, "severityNumber": 21,
                        "traceId": "5B8EFFF798038103D269B633813FC60C", "spanId": "eee19b7ec3c1b174",
                        "body": {"stringValue": "boom"},
                        "attributes": [{"key": "code", "value": {"stringValue": "E1"}},
                                       {"key": "code", "value": {"stringValue": "E2"}}]},
                   ]},
                  {"logRecords": [{"timeUnixNano": "1", "observedTimeUnixNano": "2"}]}],
}]}


def check(value: bytes, headers: dict[str, str] | None = None, kind: str = "logs",
          identity: Identity = IDENTITIES[0]) -> bool:
    """Both paths agree on ``value`` (test_fast_alerts' check, for the logs' fast path)."""
    return alerts_check(value, headers, kind, identity, fast=fast_logs, record=LogRecord)


@pytest.mark.parametrize("fmt", HEADERS)
@pytest.mark.parametrize("identity", IDENTITIES, ids=["default-identity", "other-identity"])
def test_every_example_and_fixture_under_every_header(fmt, identity):
    took = 0
    for _name, kind, doc in [*CORPUS, ("plain", "logs", PLAIN)]:
        for extra in ({}, {"sc-workspace": "globex", "sc-service": "api", "sc-project": "", "sc-environment": "qa"}):
            took += check(json.dumps(doc).encode(), header_sets(fmt, extra), kind, identity)
    if fmt in (None, "", "auto", "otlp-logs"):
        assert took >= 2 * (len(OTLP_SEEDS) + 1)  # every OTLP example and fixture took the fast path


def test_the_fast_path_takes_the_benchmark_payloads():
    for value, headers in load_benchmark("ingest").otlp_log_messages(400, random.Random(7)):
        assert check(value, headers)


def test_lines_share_their_fields_set_and_a_copy_does_not():
    """Every line of the fast path holds one fields-set object (the model is frozen, so no line
    changes its own); ``model_copy`` gives the copy a set of its own."""
    value, headers = load_benchmark("ingest").otlp_log_messages(40, random.Random(3))[0]
    _, (a, b, *_) = fast_logs(value, "logs", headers, Identity())
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__ and "template_id" not in a.model_fields_set
    copied = a.model_copy(update={"template_id": "t-1"})
    assert copied.__pydantic_fields_set__ is not a.__pydantic_fields_set__
    assert "template_id" in copied.model_fields_set and "template_id" not in b.model_fields_set


RECORD_VALUES = {
    "timeUnixNano": ["0", "00", "1", "-1", "1e18", "١٢٣", " 1", "1717510082441000000", "99999999999999999999",
                     "253402300799999999999", "253402300800000000000", 0, 1, -5, 1.5e18, 1e30, True, None, "", [],
                     2**64, 253402300799999999999],
    "observedTimeUnixNano": ["1717510082441000000", "0", "x", None, 5],
    "severityNumber": [0, 1, 17, 24, 25, -1, 17.0, "17", "SEVERITY_NUMBER_ERROR", "x", True, None, 2**70],
    "severityText": ["ERROR", "", None, 3, ["x"]],
    "body": [{"stringValue": ""}, {"stringValue": "é中\u0000"}, {}, None, "text", {"intValue": "3"},
             {"stringValue": 1}, {"stringValue": "a", "boolValue": True}, {"kvlistValue": {"values": []}}],
    "traceId": ["", None, "5b8efff798038103d269b633813fc60c", "5B8EFFF798038103D269B633813FC60C", "5b8e", 7,
                "5b8efff798038103d269b633813fc60g", "5b8efff798038103d269b633813fc60c\n"],
    "spanId": ["", None, "eee19b7ec3c1b174", "EEE19B7EC3C1B174", "eee19b7ec3c1b17", "eee19b7ec3c1b174 "],
    "attributes": [[], None, {}, [{"key": "a", "value": {"stringValue": "1"}}], [{"key": "a"}],
                   [{"key": "a", "value": {"intValue": 1}}], [{"key": 1, "value": {"stringValue": "1"}}],
                   [{"key": "m", "value": {"kvlistValue": {"values": [{"key": "k", "value": {"stringValue": "v"}}]}}}],
                   [{"key": "a", "value": {"stringValue": "1"}, "x": 1}], "a=1"],
    "eventName": ["e", None, 3],
    "extra": [1, None],
}


@pytest.mark.parametrize("key", list(RECORD_VALUES))
def test_every_value_the_adapter_reads(key):
    seed = json.loads(json.dumps(PLAIN))
    for value in RECORD_VALUES[key]:
        for record in seed["resourceLogs"][0]["scopeLogs"][0]["logRecords"]:
            doc = json.loads(json.dumps(seed))
            doc["resourceLogs"][0]["scopeLogs"][0]["logRecords"][0] = {**record, key: value}
            for fmt in (None, "otlp-logs"):
                check(json.dumps(doc).encode(), header_sets(fmt))


def test_resources_and_scopes_of_every_shape():
    base = PLAIN["resourceLogs"][0]
    scopes = [None, {}, {"name": 3, "version": None}, {"name": ["a"], "version": {"b": 1}}, "lib", {"attributes": []}]
    resources = [None, {}, {"attributes": None}, {"attributes": [{"key": "service.name", "value": {"intValue": 4}}]},
                 {"attributes": [{"key": "deployment.environment", "value": {"stringValue": "prod"}},
                                 {"key": "service.version", "value": {"stringValue": ""}}]}, [], "r"]
    for scope in scopes:
        doc = {"resourceLogs": [{**base, "scopeLogs": [{**base["scopeLogs"][0], "scope": scope}]}]}
        check(json.dumps(doc).encode(), header_sets("otlp-logs"))
    for resource in resources:
        check(json.dumps({"resourceLogs": [{**base, "resource": resource}]}).encode(), header_sets(None))
    for top in ({"resourceLogs": []}, {"resourceLogs": [{}]}, {"resourceLogs": [{"scopeLogs": None}]},
                {"resourceLogs": [{"scopeLogs": [{"logRecords": []}]}]}, {"resourceLogs": [base, base]},
                {"resourceLogs": [base], "extra": 1}, {"resourceLogs": [{**base, "x": 1}]}, {"resourceLogs": {}}):
        check(json.dumps(top).encode(), header_sets("otlp-logs"))


def test_odd_bytes_and_json_text():
    text = json.dumps(PLAIN)
    for value in (
        text.encode(), b"\xef\xbb\xbf" + text.encode(), b" \n" + text.encode() + b"\n", text.encode() + b" x",
        text.replace('"severityNumber": 9', '"severityNumber": 9, "severityNumber": 30', 1).encode(),
        text.replace('"stringValue": "started"', '"stringValue": "\\ud800"', 1).encode(),
        text.replace('"stringValue": "started"', '"stringValue": "\\ud83d\\ude00\\u00e9\\u0000"', 1).encode(),
        text.replace('"stringValue": "started"', '"stringValue": "\xff"', 1).encode("latin-1"),
        text.replace('"stringValue": "api"', '"stringValue": "\xff"', 1).encode("latin-1"),
        text.replace('"flags": 1', '"flags": 1e99999', 1).encode(),
        text.replace('"flags": 1', '"flags": "\xff"', 1).encode("latin-1"),
        text.encode("utf-16"),
    ):
        for fmt in (None, "otlp-logs"):
            check(value, header_sets(fmt))


log_values = st.one_of(json_values, st.sampled_from([v for vs in RECORD_VALUES.values() for v in vs]),
                       st.sampled_from(NOT_JSON))
new_keys = st.sampled_from([*RECORD_VALUES, "resource", "scope", "scopeLogs", "logRecords", "resourceLogs", "name",
                            "version", "key", "value", "stringValue", "schemaUrl"])


@PROPERTY
@given(data=st.data())
def test_mutated_log_payloads(data):
    original = data.draw(st.sampled_from([*OTLP_SEEDS, PLAIN]), label="payload")
    doc = mutate(data.draw, json.loads(json.dumps(original)), log_values, new_keys)
    value = dumps(doc, ensure_ascii=data.draw(st.booleans()))
    if data.draw(st.integers(0, 9), label="truncate") == 0:
        value = value[: data.draw(st.integers(min_value=0, max_value=len(value)), label="cut")]
    extra = data.draw(st.fixed_dictionaries({}, optional={
        "sc-workspace": st.sampled_from(["acme", ""]), "sc-service": st.sampled_from(["api", ""]),
        "sc-project": st.text(max_size=3), "sc-environment": st.just("prod")}), label="headers")
    kind = data.draw(st.sampled_from(["logs", "logs", "logs", *STREAM_KINDS]), label="kind")
    fmt = data.draw(st.sampled_from(HEADERS), label="format")
    check(value, header_sets(fmt, extra), kind, data.draw(st.sampled_from(IDENTITIES), label="identity"))


@PROPERTY
@given(doc=json_values, fmt=st.sampled_from(HEADERS))
def test_arbitrary_json(doc, fmt):
    check(json.dumps(doc).encode(), header_sets(fmt))


def test_mutations_reach_the_fast_path_and_agree():
    """Seeded: a good share of mutated payloads still takes the fast path, and all agree."""
    rng = random.Random(18)
    simple = [*TRICKY_STRINGS, None, True, 0, 17, 1.5, [], {}, {"stringValue": "x"}, "api", "1717510082441000000",
              *NOT_JSON]
    took = total = 0
    for _ in range(600):
        doc = mutate_seeded(rng, json.loads(json.dumps(rng.choice([*OTLP_SEEDS, PLAIN]))), simple)
        took += check(dumps(doc), header_sets(rng.choice([None, "otlp-logs", "auto"])),
                      identity=rng.choice(IDENTITIES))
        total += 1
    assert took > total * 0.5
