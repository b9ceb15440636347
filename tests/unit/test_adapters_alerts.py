"""Alert adapters: Alertmanager, Grafana, PagerDuty Events v2 and native, on real and own payloads."""

from __future__ import annotations

import json
import math
from datetime import UTC
from pathlib import Path

import pytest

import signalcraft.sources
from signalcraft.models import AlertEvent, AuditEntry
from signalcraft.sources.decode import FORMAT_HEADER, DecodeError
from tests import support
from tests.support import examples_cover, load_json, parse_both_ways, utc

EXAMPLES = Path(signalcraft.sources.__file__).parent / "examples" / "alerts"
EVENT_TIME = {"sc-event-time": "2015-07-17T10:45:00.5+02:00"}


def parse(data: bytes | dict | list, headers: dict[str, str] | None = None):
    return support.parse(data, "alerts", headers)


# --- Alertmanager (shared fixtures) ------------------------------------------------------


def test_alertmanager_firing_fixture(shared_fixtures):
    fmt, records = parse((shared_fixtures / "alertmanager-webhook/webhook_v4_firing.json").read_bytes())
    assert fmt == "alertmanager"
    [alert] = records
    assert isinstance(alert, AlertEvent)
    assert alert.name == "ProbeFailure"
    assert alert.status == "firing"
    assert alert.severity == "critical"
    assert alert.fingerprint == "1a30ba71cca2921f"
    assert alert.starts_at == utc(2023, 2, 6, 13, 8, 45, 828000)
    assert alert.ends_at is None  # 0001-01-01T00:00:00Z is Go's zero time, not an end
    assert alert.service == "http_checks"  # the job label, by the identity rules
    assert (alert.workspace_id, alert.project, alert.environment) == ("default", "unknown", "unknown")
    assert alert.labels["instance"] == "https://server.example.org"
    assert alert.annotations["summary"] == "BlackBox Probe Failure: https://server.example.org"
    # the source has a literal backslash-u0026, which is text and stays text
    assert alert.generator_url == "http://prometheus.example.org:9090/graph?g0.expr=probe_success+%3D%3D+0\\u0026g0.tab=1"
    assert alert.source == "alertmanager"


def test_alertmanager_multi_fixture_nine_digit_offsets_and_non_ascii(shared_fixtures):
    _, records = parse((shared_fixtures / "alertmanager-webhook/webhook_v4_firing_multi.json").read_bytes())
    assert [r.labels["instance"] for r in records] == ["k8s-node1:9101", "k8s-node2:9101", "k8s-node3:9101"]
    first = records[0]
    assert first.name == "主机CPU使用率"
    assert first.annotations["description"] == "的k8s-node1:9101实例产生告警"
    # 14:39:51.68943305+08:00 -> 06:39:51.689433 UTC (nanoseconds cut to microseconds)
    assert first.starts_at == utc(2023, 3, 25, 6, 39, 51, 689433)
    assert first.starts_at.tzinfo == UTC
    assert first.severity == "warning"  # "exception" is no known severity
    assert first.service == "k8s-node1:9101"  # no service/job label: falls back to instance
    assert "&g0.tab=1" in first.generator_url
    assert len({r.id for r in records}) == 3


def test_alertmanager_resolved_fixture(shared_fixtures):
    _, [alert] = parse((shared_fixtures / "alertmanager-webhook/webhook_v4_resolved.json").read_bytes())
    assert alert.status == "resolved"
    assert alert.name == "Grafana进程存活"
    assert alert.starts_at == utc(2023, 3, 25, 7, 24, 36, 39625)
    assert alert.ends_at == utc(2023, 3, 25, 7, 27, 51, 39625)
    assert alert.service == "grafana"
    assert alert.annotations["alertAdvice"] == "Grafana宕机，请重新启动"


def test_alertmanager_ignores_unknown_keys(shared_fixtures):
    doc = load_json(shared_fixtures / "alertmanager-webhook/webhook_v4_firing.json")
    plain = parse(doc)[1]
    doc["notification_reason"] = "new_alerts"
    doc["routeLabels"] = {"team": "web"}
    doc["alerts"][0]["somethingNew"] = {"nested": [1, 2]}
    assert parse(doc)[1] == plain


# --- ids ----------------------------------------------------------------------------------


def test_ids_are_deterministic_and_differ_between_firing_and_resolved():
    firing = (EXAMPLES / "alertmanager-firing.json").read_bytes()
    resolved = (EXAMPLES / "alertmanager-resolved.json").read_bytes()
    [a1], [a2], [r] = parse(firing)[1], parse(firing)[1], parse(resolved)[1]
    assert a1.id == a2.id
    assert a1.fingerprint == r.fingerprint
    assert a1.starts_at == r.starts_at  # the same instant, written with another offset
    assert a1.id != r.id
    assert r.ends_at == utc(2024, 6, 4, 14, 31, 0, 587004)


def test_same_alert_from_two_sources_has_two_ids():
    doc = load_json(EXAMPLES / "alertmanager-firing.json")
    [am] = parse(doc)[1]
    doc.pop("groupKey")
    doc["orgId"] = 1
    fmt, [gr] = parse(doc)
    assert fmt == "grafana"
    assert am.fingerprint == gr.fingerprint and am.id != gr.id


# --- Grafana ------------------------------------------------------------------------------


def test_grafana_firing_example():
    fmt, [alert] = parse((EXAMPLES / "grafana-firing.json").read_bytes())
    assert fmt == "grafana"
    assert alert.source == "grafana"
    assert alert.name == "CheckoutLatencyP99"
    assert (alert.project, alert.environment, alert.service) == ("shop", "production", "checkout")
    assert alert.severity == "warning"
    assert alert.starts_at == utc(2024, 6, 4, 12, 5, 10)
    assert alert.ends_at is None
    assert alert.fingerprint == "a91d5e2c07b4f6e8"
    assert alert.generator_url.startswith("https://grafana.shop.internal/alerting/grafana/f3kq81zv")
    assert alert.annotations["silence_url"].startswith("https://grafana.shop.internal/alerting/silence/new")
    assert alert.annotations["panel_url"].endswith("viewPanel=7")
    assert json.loads(alert.annotations["values"]) == {"A": 912.5, "C": 1}
    assert alert.annotations["value_string"].startswith("[ var='A'")


def test_grafana_resolved_example_drops_empty_links():
    _, [alert] = parse((EXAMPLES / "grafana-resolved.json").read_bytes())
    assert alert.status == "resolved"
    assert alert.ends_at == utc(2024, 6, 4, 12, 29, 40)
    assert "dashboard_url" not in alert.annotations and "panel_url" not in alert.annotations


def test_grafana_extras_never_override_sender_annotations():
    doc = load_json(EXAMPLES / "grafana-firing.json")
    doc["alerts"][0]["annotations"]["values"] = "set by the rule"
    _, [alert] = parse(doc)
    assert alert.annotations["values"] == "set by the rule"


def test_grafana_without_org_id_is_recognised_by_its_state():
    doc = load_json(EXAMPLES / "grafana-firing.json")
    del doc["orgId"]
    fmt, [alert] = parse(doc)
    assert fmt == "grafana" and alert.source == "grafana"


def test_legacy_grafana_alert_is_not_taken_for_unified_alerting():
    legacy = {"ruleId": 3, "ruleName": "disk", "state": "alerting", "title": "[Alerting] disk", "evalMatches": []}
    with pytest.raises(DecodeError) as e:
        parse(legacy)
    assert e.value.step == "format"
    assert "no alerts format matches" in e.value.reason


# --- PagerDuty Events v2 ------------------------------------------------------------------


def test_pagerduty_trigger_fixture(shared_fixtures):
    fmt, [alert] = parse((shared_fixtures / "pagerduty/events_v2_trigger.json").read_bytes())
    assert fmt == "pagerduty-events"
    assert alert.status == "firing"
    assert alert.name == "Example alert on host1.example.com"
    assert alert.starts_at == utc(2015, 7, 17, 8, 42, 58, 315000)  # "+0000" offset
    assert alert.ends_at is None
    assert alert.severity == "info"
    assert alert.fingerprint == "samplekeyhere"  # dedup_key
    assert alert.service == "postgres"  # component before source
    assert alert.project == "prod-datapipe"  # group
    assert alert.labels == {
        "severity": "info",
        "source": "monitoringtool:cloudvendor:central-region-dc-01:852559987:cluster/api-stats-prod-003",
        "component": "postgres",
        "group": "prod-datapipe",
        "class": "deploy",
    }
    assert alert.annotations["ping time"] == "1500ms"
    assert alert.annotations["load avg"] == "0.75"
    assert alert.annotations["client"] == "Sample Monitoring Service"
    assert alert.generator_url == "https://monitoring.example.com"


def test_pagerduty_routing_key_is_never_kept(shared_fixtures):
    doc = load_json(shared_fixtures / "pagerduty/events_v2_trigger.json")
    doc["routing_key"] = "R0UT1NG-SECRET-0123456789abcdef"
    doc.pop("dedup_key")
    _, [alert] = parse(doc)
    assert "R0UT1NG-SECRET" not in alert.model_dump_json()


def test_pagerduty_acknowledge_fixture_is_an_ack(shared_fixtures):
    data = (shared_fixtures / "pagerduty/events_v2_acknowledge.json").read_bytes()
    fmt, [ack] = parse(data, EVENT_TIME)
    assert fmt == "pagerduty-events"
    assert isinstance(ack, AuditEntry)
    assert ack.action == "ack"
    assert ack.target == "dedupkeyhere"
    assert ack.timestamp == utc(2015, 7, 17, 8, 45, 0, 500000)
    assert ack.source == "pagerduty-events"
    assert parse(data, EVENT_TIME)[1][0].id == ack.id


def test_pagerduty_resolve_fixture_ends_at_the_event_time(shared_fixtures):
    fmt, [alert] = parse((shared_fixtures / "pagerduty/events_v2_resolve.json").read_bytes(), EVENT_TIME)
    assert fmt == "pagerduty-events"
    assert alert.status == "resolved"
    assert alert.fingerprint == "dedupkeyhere"
    assert alert.ends_at == alert.starts_at == utc(2015, 7, 17, 8, 45, 0, 500000)
    assert alert.severity == "none"


@pytest.mark.parametrize("name", ["events_v2_acknowledge.json", "events_v2_resolve.json"])
def test_pagerduty_follow_up_without_time_is_refused(shared_fixtures, name):
    with pytest.raises(DecodeError) as e:
        parse((shared_fixtures / "pagerduty" / name).read_bytes())
    assert e.value.step == "adapt"
    assert "no event time; expected payload.timestamp, and there is no sc-event-time header" in e.value.reason


def test_pagerduty_trigger_without_timestamp_uses_the_header(shared_fixtures):
    doc = load_json(shared_fixtures / "pagerduty/events_v2_trigger.json")
    del doc["payload"]["timestamp"]
    _, [alert] = parse(doc, EVENT_TIME)
    assert alert.starts_at == utc(2015, 7, 17, 8, 45, 0, 500000)


def test_pagerduty_trigger_and_resolve_ids_differ(shared_fixtures):
    [trigger] = parse((shared_fixtures / "pagerduty/events_v2_trigger.json").read_bytes())[1]
    doc = load_json(shared_fixtures / "pagerduty/events_v2_trigger.json")
    doc["event_action"] = "resolve"
    [resolve] = parse(doc)[1]
    assert resolve.status == "resolved" and resolve.fingerprint == trigger.fingerprint
    assert resolve.id != trigger.id


def test_pagerduty_without_dedup_key_hashes_routing_key_summary_source(shared_fixtures):
    doc = load_json(shared_fixtures / "pagerduty/events_v2_trigger.json")
    del doc["dedup_key"]
    [a] = parse(doc)[1]
    [b] = parse(doc)[1]
    doc["payload"]["summary"] = "Another alert"
    [c] = parse(doc)[1]
    assert a.fingerprint == b.fingerprint and a.id == b.id
    assert len(a.fingerprint) == 16 and a.fingerprint != c.fingerprint


def test_pagerduty_custom_details_name_the_environment():
    _, [alert] = parse((EXAMPLES / "pagerduty-events-trigger.json").read_bytes())
    assert (alert.project, alert.environment, alert.service) == ("shop", "production", "checkout")
    assert alert.severity == "error"
    assert json.loads(alert.annotations["last_error"]) == {"type": "SocketTimeoutException", "after_ms": 10000}


def test_pagerduty_change_event_is_not_an_alert(shared_fixtures):
    with pytest.raises(DecodeError) as e:
        parse((shared_fixtures / "pagerduty/change_events_v2.json").read_bytes())
    assert e.value.step == "format"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.update(event_action="snooze"),
         "event_action 'snooze' is not one of trigger, acknowledge, resolve"),
        (lambda d: d.pop("payload"), "a trigger needs 'payload' with summary, source and severity"),
        (lambda d: d["payload"].pop("summary"), "pagerduty event payload: missing 'summary'"),
        (lambda d: d["payload"].update(timestamp="17/07/2015"), "payload.timestamp '17/07/2015' is not RFC 3339"),
        (lambda d: d.update(dedup_key=42), "'dedup_key' is int, expected str"),
        (lambda d: d.update(payload="text"), "'payload' is str, expected an object"),
        (lambda d: d.update(event_action="resolve", dedup_key=None), "resolve needs 'dedup_key'"),
    ],
)
def test_pagerduty_malformed(shared_fixtures, mutate, expected):
    doc = load_json(shared_fixtures / "pagerduty/events_v2_trigger.json")
    mutate(doc)
    with pytest.raises(DecodeError) as e:
        parse(doc)
    assert e.value.format == "pagerduty-events"
    assert expected in e.value.reason


# --- malformed Alertmanager / Grafana -----------------------------------------------------


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda a: a.update(status="pending"), "status 'pending' is neither 'firing' nor 'resolved'"),
        (lambda a: a.update(status="resolved"), "a resolved alert needs a real endsAt"),
        (lambda a: a.update(startsAt="2023-02-06T13:08:45"), "has no timezone offset"),
        (lambda a: a.pop("labels"), "alerts[0]: missing 'labels'"),
        (lambda a: a["labels"].update(severity={"x": 1}), "alerts[0].labels['severity'] is dict, expected a string"),
    ],
)
@pytest.mark.parametrize("fmt", ["alertmanager", "grafana"])
def test_labelled_alert_malformed(shared_fixtures, mutate, expected, fmt):
    doc = load_json(shared_fixtures / "alertmanager-webhook/webhook_v4_firing.json")
    if fmt == "grafana":
        doc["orgId"] = 1
    mutate(doc["alerts"][0])
    with pytest.raises(DecodeError) as e:
        parse(doc)
    assert e.value.format == fmt
    assert expected in e.value.reason


def test_alertmanager_other_version_is_refused(shared_fixtures):
    doc = load_json(shared_fixtures / "alertmanager-webhook/webhook_v4_firing.json")
    doc["version"] = "5"
    with pytest.raises(DecodeError, match="webhook version '5' is not supported; expected '4'"):
        parse(doc)


def test_empty_alert_list_is_refused(shared_fixtures):
    doc = load_json(shared_fixtures / "alertmanager-webhook/webhook_v4_firing.json")
    doc["alerts"] = []
    with pytest.raises(DecodeError, match="holds no records"):
        parse(doc)


# --- detection ----------------------------------------------------------------------------

FIXTURES = [
    ("alertmanager-webhook/webhook_v4_firing.json", "alertmanager", {}),
    ("alertmanager-webhook/webhook_v4_firing_multi.json", "alertmanager", {}),
    ("alertmanager-webhook/webhook_v4_resolved.json", "alertmanager", {}),
    ("pagerduty/events_v2_trigger.json", "pagerduty-events", {}),
    ("pagerduty/events_v2_acknowledge.json", "pagerduty-events", EVENT_TIME),
    ("pagerduty/events_v2_resolve.json", "pagerduty-events", EVENT_TIME),
]


@pytest.mark.parametrize(("path", "fmt", "headers"), FIXTURES)
@pytest.mark.parametrize("header", [None, "auto", "named"])
def test_detection_of_fixtures(shared_fixtures, path, fmt, headers, header):
    headers = dict(headers)
    if header is not None:
        headers[FORMAT_HEADER] = fmt if header == "named" else header
    found, records = parse((shared_fixtures / path).read_bytes(), headers)
    assert found == fmt
    assert records


OWN_FORMATS = {
    "alertmanager", "grafana", "pagerduty-events", "signalcraft-alert",
    "datadog", "opsgenie", "cloudwatch-sns", "sentry",
}


def test_examples_cover_every_alert_format():
    examples_cover("alerts", OWN_FORMATS, EXAMPLES.glob("*.json"))


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_examples_parse_by_detection_and_by_name(path):
    records, again = parse_both_ways(path, "alerts")
    assert [r.id for r in records] == [r.id for r in again]
    for r in records:
        assert isinstance(r, (AlertEvent, AuditEntry))
        stamp = r.starts_at if isinstance(r, AlertEvent) else r.timestamp
        assert stamp.tzinfo == UTC and not math.isnan(stamp.timestamp())


def test_native_alert_example():
    _, [alert] = parse((EXAMPLES / "signalcraft-alert-firing.json").read_bytes())
    assert alert.source == "signalcraft-alert"
    assert alert.workspace_id == "acme"
    assert alert.id.startswith("alert-")


@pytest.mark.parametrize(
    "name",
    [
        "alertmanager-firing.json", "grafana-firing.json", "pagerduty-events-trigger.json",
        "signalcraft-alert-firing.json",
    ],
)
def test_the_same_alert_in_two_workspaces_is_two_records(name):
    """Tenants sending identical payloads never collide: the workspace is part of every id."""
    body = (Path(signalcraft.sources.__file__).parent / "examples" / "alerts" / name).read_bytes()
    doc = json.loads(body)
    if name.startswith("signalcraft"):
        a, b = ({**doc, "workspace_id": ws} for ws in ("acme", "globex"))
        ids_a, ids_b = ([r.id for r in parse(d)[1]] for d in (a, b))
    else:
        ids_a, ids_b = ([r.id for r in parse(body, {"sc-workspace": ws})[1]] for ws in ("acme", "globex"))
    assert ids_a and not set(ids_a) & set(ids_b)
    payload = body if not name.startswith("signalcraft") else a
    assert ids_a == [r.id for r in parse(payload, {"sc-workspace": "acme"})[1]]
