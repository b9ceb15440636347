"""Telemetry adapters: prometheus-kafka-adapter metrics, OTLP/JSON logs, native metrics, logs, resolutions."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import signalcraft.sources
from signalcraft.models import LogRecord, MetricPoint, Resolution
from signalcraft.sources.decode import FORMAT_HEADER, DecodeError
from tests.support import examples_cover, load_json, parse, parse_both_ways, utc

EXAMPLES = Path(signalcraft.sources.__file__).parent / "examples"
OWN_FORMATS = {
    "metrics": {"prometheus-kafka-adapter", "signalcraft-metric"},
    "logs": {"otlp-logs", "signalcraft-log"},
    "resolutions": {"signalcraft-resolution", "pagerduty-v3-webhook"},  # the latter: test_adapters_pagerduty_v3
}


# --- prometheus-kafka-adapter -------------------------------------------------------------

PKA = "prometheus-kafka-adapter"


def test_pka_readme_fixture(shared_fixtures):
    fmt, [point] = parse((shared_fixtures / PKA / "metric_readme_example.json").read_bytes(), "metrics")
    assert fmt == PKA
    assert isinstance(point, MetricPoint)
    assert point.name == "up"
    assert point.value == 9876543210.0
    assert point.timestamp == utc(1970, 1, 1)
    assert point.labels == {"label1": "value1", "label2": "value2"}  # __name__ is the name
    assert point.metric_key == 'up{label1="value1",label2="value2"}'
    assert point.workspace_id == "default"
    assert point.source == PKA


def test_pka_serializer_fixtures_plain_and_inf(shared_fixtures):
    [plain] = parse((shared_fixtures / PKA / "metric_serializer_test_1.json").read_bytes(), "metrics")[1]
    [inf] = parse((shared_fixtures / PKA / "metric_serializer_test_inf.json").read_bytes(), "metrics")[1]
    assert plain.value == 456.0 and plain.timestamp == utc(1970, 1, 1)
    assert inf.value == math.inf and inf.timestamp == utc(1970, 1, 1, 0, 0, 10)
    assert plain.metric_key == inf.metric_key == 'foo{labelfoo="label-bar"}'
    assert plain.id != inf.id  # same series, another time


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("-Inf", lambda v: v == -math.inf),
        ("NaN", math.isnan),
        ("+Inf", lambda v: v == math.inf),
        ("1.5e-3", lambda v: v == 0.0015),
        ("-0", lambda v: v == 0.0),
    ],
)
def test_pka_special_values(shared_fixtures, text, check):
    doc = load_json(shared_fixtures / f"{PKA}/metric_serializer_test_inf.json")
    doc["value"] = text
    [point] = parse(doc, "metrics")[1]
    assert check(point.value)


def test_pka_id_is_deterministic_and_scoped_by_workspace(shared_fixtures):
    data = (shared_fixtures / PKA / "metric_serializer_test_1.json").read_bytes()
    [a], [b] = parse(data, "metrics")[1], parse(data, "metrics")[1]
    [c] = parse(data, "metrics", {"sc-workspace": "acme"})[1]
    assert a.id == b.id
    assert c.workspace_id == "acme" and c.id != a.id


def test_pka_non_ascii_labels_and_unknown_keys(shared_fixtures):
    doc = load_json(shared_fixtures / f"{PKA}/metric_serializer_test_1.json")
    doc["labels"]["集群"] = "北京"
    doc["tenant_hint"] = {"ignored": True}
    [point] = parse(doc, "metrics")[1]
    assert point.labels["集群"] == "北京"
    assert point.metric_key == 'foo{labelfoo="label-bar",集群="北京"}'


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.update(value="12abc"),
         "value '12abc' is not a sample value; expected a decimal string, +Inf, -Inf or NaN"),
        (lambda d: d.update(value=None), "value None is not a sample value"),
        (lambda d: d.update(timestamp="1970-01-01 00:00:00"), "has no timezone offset"),
        (lambda d: d.update(name="", labels={"a": "b"}), "'name' is ''; expected the metric name (or labels.__name__)"),
        (lambda d: d.update(labels={"a": ["b"]}), "labels['a'] is list, expected a string"),
    ],
)
def test_pka_malformed(shared_fixtures, mutate, expected):
    doc = load_json(shared_fixtures / f"{PKA}/metric_serializer_test_1.json")
    mutate(doc)
    with pytest.raises(DecodeError) as e:
        parse(doc, "metrics")
    assert e.value.step == "adapt" and e.value.format == PKA
    assert expected in e.value.reason


def test_pka_name_falls_back_to_dunder_name(shared_fixtures):
    doc = load_json(shared_fixtures / f"{PKA}/metric_serializer_test_1.json")
    doc["name"] = ""
    [point] = parse(doc, "metrics")[1]
    assert point.name == "foo"


def test_avro_schema_is_not_a_metric(shared_fixtures):
    with pytest.raises(DecodeError) as e:
        parse((shared_fixtures / PKA / "metric.avsc").read_bytes(), "metrics")
    assert e.value.step == "format"


# --- OTLP logs ----------------------------------------------------------------------------


def test_otlp_official_example(shared_fixtures):
    fmt, [log] = parse((shared_fixtures / "opentelemetry/otlp_logs_example.json").read_bytes(), "logs")
    assert fmt == "otlp-logs"
    assert isinstance(log, LogRecord)
    assert log.timestamp == utc(2018, 12, 13, 14, 51, 0, 300000)  # timeUnixNano as a JSON number
    assert log.service == "my.service"
    assert (log.project, log.environment, log.service_version) == ("unknown", "unknown", None)
    assert log.severity_number == 0 and log.severity_text == "Information" and not log.is_error
    assert log.body == "Example log record"
    assert log.trace_id == "5b8efff798038103d269b633813fc60c"  # upper case in the source
    assert log.span_id == "eee19b7ec3c1b174"
    assert log.attributes == {
        "string.attribute": "some string",
        "boolean.attribute": "true",
        "int.attribute": "10",
        "double.attribute": "637.704",
        "array.attribute": '["many","values"]',
        "map.attribute.some.map.key": "some value",
    }
    assert log.source == "otlp-logs"


def test_otlp_error_instance(shared_fixtures):
    _, [log] = parse((shared_fixtures / "opentelemetry/otlp_logs_error_instance.json").read_bytes(), "logs")
    assert log.timestamp == utc(2018, 12, 13, 14, 51, 0, 300000)  # timeUnixNano as a string
    assert log.severity_number == 17 and log.is_error
    assert log.severity_text == "ERROR"
    assert (log.project, log.environment, log.service) == ("shop", "production", "checkout")
    assert log.service_version == "f95f852bd8fca8fcc58a9a2d6c842781e32a215e"
    assert log.body == "payment provider call failed"
    assert log.attributes["http.response.status_code"] == "504"
    assert log.attributes["exception.type"] == "java.net.SocketTimeoutException"
    assert "k8s.pod.name" not in log.attributes  # resource attributes are not record attributes


def test_otlp_string_and_number_nanos_agree(shared_fixtures):
    doc = load_json(shared_fixtures / "opentelemetry/otlp_logs_error_instance.json")
    [as_string] = parse(doc, "logs")[1]
    record = doc["resourceLogs"][0]["scopeLogs"][0]["logRecords"][0]
    record["timeUnixNano"] = int(record["timeUnixNano"])
    [as_number] = parse(doc, "logs")[1]
    assert as_string == as_number


@pytest.mark.parametrize("severity", [16, 17, 20, 21, 24, "SEVERITY_NUMBER_ERROR", "SEVERITY_NUMBER_WARN4"])
def test_otlp_severity_17_and_above_is_an_error(shared_fixtures, severity):
    doc = load_json(shared_fixtures / "opentelemetry/otlp_logs_error_instance.json")
    doc["resourceLogs"][0]["scopeLogs"][0]["logRecords"][0]["severityNumber"] = severity
    [log] = parse(doc, "logs")[1]
    assert log.is_error == (log.severity_number >= 17)
    assert log.severity_number in (16, 17, 20, 21, 24)


def test_otlp_headers_win_over_resource_attributes(shared_fixtures):
    data = (shared_fixtures / "opentelemetry/otlp_logs_error_instance.json").read_bytes()
    [log] = parse(data, "logs", {"sc-service": "payments", "sc-workspace": "acme"})[1]
    assert (log.service, log.workspace_id, log.environment) == ("payments", "acme", "production")


def test_otlp_ids_deterministic_and_distinct(shared_fixtures):
    data = (shared_fixtures / "opentelemetry/otlp_logs_error_instance.json").read_bytes()
    [a], [b] = parse(data, "logs")[1], parse(data, "logs")[1]
    [other] = parse((shared_fixtures / "opentelemetry/otlp_logs_example.json").read_bytes(), "logs")[1]
    assert a.id == b.id
    assert a.trace_id == other.trace_id and a.timestamp == other.timestamp and a.id != other.id


def test_otlp_unknown_keys_are_ignored(shared_fixtures):
    doc = load_json(shared_fixtures / "opentelemetry/otlp_logs_error_instance.json")
    [plain] = parse(doc, "logs")[1]
    doc["resourceLogs"][0]["schemaUrl"] = "https://opentelemetry.io/schemas/1.26.0"
    doc["resourceLogs"][0]["scopeLogs"][0]["logRecords"][0].update(flags=1, eventName="x", droppedAttributesCount=0)
    assert parse(doc, "logs")[1] == [plain]


def _record(doc: dict) -> dict:
    return doc["resourceLogs"][0]["scopeLogs"][0]["logRecords"][0]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda r: r.update(traceId="not-hex"), "logRecords[0].traceId 'not-hex' is not 32 hex digits"),
        (lambda r: r.update(spanId="eee19b7e"), "spanId 'eee19b7e' is not 16 hex digits"),
        (lambda r: r.update(timeUnixNano="0", observedTimeUnixNano=None),
         "neither timeUnixNano nor observedTimeUnixNano is set"),
        (lambda r: r.update(timeUnixNano="2018-12-13T14:51:00Z"),
         "timeUnixNano '2018-12-13T14:51:00Z' is not a nanosecond timestamp"),
        (lambda r: r.update(severityNumber=99),
         "severityNumber 99 is not a severity number; expected an integer 0..24"),
        (lambda r: r.update(body="plain text"), "body is str, expected an AnyValue object"),
        (lambda r: r.update(body={"weirdValue": 1}), "body has none of stringValue"),
        (lambda r: r.update(attributes=[{"value": {"stringValue": "x"}}]), "attributes[0]: missing 'key'"),
        (lambda r: r["attributes"][2]["value"].update(intValue="5x"), "intValue '5x' is not an integer"),
    ],
)
def test_otlp_malformed(shared_fixtures, mutate, expected):
    doc = load_json(shared_fixtures / "opentelemetry/otlp_logs_error_instance.json")
    mutate(_record(doc))
    with pytest.raises(DecodeError) as e:
        parse(doc, "logs")
    assert e.value.step == "adapt" and e.value.format == "otlp-logs"
    assert expected in e.value.reason


def test_otlp_without_records_is_refused():
    with pytest.raises(DecodeError, match="holds no records"):
        parse({"resourceLogs": [{"resource": {}, "scopeLogs": []}]}, "logs")


def test_otlp_falls_back_to_observed_time_and_older_environment_key():
    _, records = parse((EXAMPLES / "logs/otlp-logs-checkout-errors.json").read_bytes(), "logs")
    error, warn, fatal = records
    assert error.is_error and error.trace_id == "0af7651916cd43dd8448eb211c80319c"
    assert error.attributes["retry.attempts"] == "3"
    assert warn.timestamp == utc(2024, 6, 4, 14, 8, 3)  # timeUnixNano "0": observedTimeUnixNano
    assert not warn.is_error and warn.trace_id is None
    assert json.loads(warn.body) == {"event": "circuit_half_open", "failure_ratio": 0.62}
    assert warn.attributes["tags"] == '["resilience","stripe"]'
    assert fatal.is_error and fatal.severity_number == 21
    assert (fatal.service, fatal.environment, fatal.project) == ("orders-worker", "production", "unknown")
    assert fatal.attributes["fatal"] == "true"
    assert len({r.id for r in records}) == 3


# --- detection, examples, natives ---------------------------------------------------------

FIXTURES = [
    (f"{PKA}/metric_readme_example.json", "metrics", PKA),
    (f"{PKA}/metric_serializer_test_1.json", "metrics", PKA),
    (f"{PKA}/metric_serializer_test_inf.json", "metrics", PKA),
    ("opentelemetry/otlp_logs_example.json", "logs", "otlp-logs"),
    ("opentelemetry/otlp_logs_error_instance.json", "logs", "otlp-logs"),
]


@pytest.mark.parametrize(("path", "kind", "fmt"), FIXTURES)
@pytest.mark.parametrize("header", [None, "auto", "named"])
def test_detection_of_fixtures(shared_fixtures, path, kind, fmt, header):
    headers = {} if header is None else {FORMAT_HEADER: fmt if header == "named" else header}
    found, records = parse((shared_fixtures / path).read_bytes(), kind, headers)
    assert found == fmt and records


def test_logs_on_the_metrics_stream_are_refused(shared_fixtures):
    with pytest.raises(DecodeError) as e:
        parse((shared_fixtures / "opentelemetry/otlp_logs_example.json").read_bytes(), "metrics")
    assert e.value.step == "format" and "no metrics format matches" in e.value.reason


EXAMPLE_FILES = sorted(p for kind in OWN_FORMATS for p in (EXAMPLES / kind).glob("*.json"))


@pytest.mark.parametrize("kind", sorted(OWN_FORMATS))
def test_examples_cover_every_format(kind):
    examples_cover(kind, OWN_FORMATS[kind], (EXAMPLES / kind).glob("*.json"))


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_examples_parse_by_detection_and_by_name(path):
    records, again = parse_both_ways(path, path.parent.name)
    assert [r.id for r in records] == [r.id for r in again]


def test_pka_examples():
    [errors] = parse((EXAMPLES / "metrics/prometheus-kafka-adapter-http-errors.json").read_bytes(), "metrics")[1]
    [nan] = parse((EXAMPLES / "metrics/prometheus-kafka-adapter-nan.json").read_bytes(), "metrics")[1]
    assert errors.value == 17.25 and errors.labels["code"] == "503"
    assert math.isnan(nan.value)
    assert nan.metric_key == 'http_request_duration_seconds_p99{env="production",job="checkout",route="/api/cart/{id}"}'


def test_native_metric_log_and_resolution_examples():
    [metric] = parse((EXAMPLES / "metrics/signalcraft-metric-queue-depth.json").read_bytes(), "metrics")[1]
    assert isinstance(metric, MetricPoint) and metric.value == 5342.0 and metric.source == "signalcraft-metric"
    [log] = parse((EXAMPLES / "logs/signalcraft-log-error.json").read_bytes(), "logs")[1]
    assert isinstance(log, LogRecord) and log.is_error and log.timestamp == utc(2024, 6, 4, 14, 8, 2, 441000)
    [res] = parse((EXAMPLES / "resolutions/signalcraft-resolution-rollback.json").read_bytes(), "resolutions")[1]
    assert isinstance(res, Resolution)
    assert res.group_id == "6c2f0e1d9a8b7c34" and res.resolved_by == "sam.okafor"
    assert res.links[0] == "https://github.com/acme/shop/pull/812"
    assert res.id.startswith("resolution-") and res.source == "signalcraft-resolution"


def test_native_metric_with_a_string_value_fails_validation():
    doc = load_json(EXAMPLES / "metrics/signalcraft-metric-queue-depth.json")
    doc["value"] = "5342"
    with pytest.raises(DecodeError) as e:
        parse(doc, "metrics")
    assert e.value.step == "validate" and "value" in e.value.reason
