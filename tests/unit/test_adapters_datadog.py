"""Datadog monitor webhooks: the default payload and the one with the alert variables become
AlertEvents whose fingerprint holds from trigger to recovery; what is not a monitor
notification is a dead letter that says why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from signalcraft.models import AlertEvent, make_id
from signalcraft.operators.grouping import AlertGrouper
from signalcraft.sources.adapters.datadog import read_title
from signalcraft.sources.adapters.webhooks import stable_hash
from signalcraft.sources.decode import FORMAT_HEADER, DecodeError
from tests.support import load_json, parse, parse_both_ways, utc

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples" / "alerts"
TRIGGERED = EXAMPLES / "datadog-monitor-triggered.json"
RECOVERED = EXAMPLES / "datadog-monitor-recovered.json"
DEFAULT = EXAMPLES / "datadog-default-triggered.json"
FP = stable_hash("datadog", "482913", "148203377", "host:checkout-web-3")


def alerts(doc: dict, headers: dict[str, str] | None = None) -> list[AlertEvent]:
    fmt, records = parse(doc, "alerts", headers)
    assert fmt == "datadog"
    return records


def refusal(doc: dict, headers: dict[str, str] | None = None) -> str:
    with pytest.raises(DecodeError) as e:
        parse(doc, "alerts", {FORMAT_HEADER: "datadog", **(headers or {})})
    assert (e.value.step, e.value.format) == ("adapt", "datadog")
    return e.value.reason


def test_a_triggered_monitor_with_the_alert_variables_is_a_firing_alert():
    [a] = alerts(load_json(TRIGGERED))
    doc = load_json(TRIGGERED)
    assert a == AlertEvent(
        id=make_id("alert", "default", "datadog", FP, "firing", "2024-06-04T14:02:15+00:00"),
        workspace_id="default",
        project="shop",
        environment="production",
        service="checkout",
        name="Checkout p99 latency above 2s",
        severity="error",
        status="firing",
        labels={"host": "checkout-web-3", "env": "production", "service": "checkout", "team": "shop",
                "monitor_id": "148203377", "metric": "trace.http.request.duration", "priority": "P2"},
        annotations={
            "summary": "Checkout p99 latency above 2s",
            "description": doc["body"],
            "status": doc["alert_status"],
            "transition": "triggered",
            "scope": "host:checkout-web-3",
            "query": doc["alert_query"],
            "tags": "env:production,monitor,service:checkout,team:shop",
            "event_type": "query_alert_monitor",
            "event_id": "7630219874451273811",
            "org_id": "482913",
            "org_name": "Shop Inc",
            "aggreg_key": "9bd4ac313a4d1e8fae2482df7b776287",
            "alert_cycle_key": "7630219874451273811",
        },
        fingerprint=FP,
        starts_at=utc(2024, 6, 4, 14, 2, 15),
        ends_at=None,
        source="datadog",
        generator_url="https://app.datadoghq.com/event/event?id=7630219874451273811",
    )


def test_the_recovery_names_the_same_alert_and_closes_its_group():
    [firing] = alerts(load_json(TRIGGERED))
    [resolved] = alerts(load_json(RECOVERED))
    assert resolved.status == "resolved"
    assert resolved.fingerprint == firing.fingerprint == FP
    assert resolved.starts_at == resolved.ends_at == utc(2024, 6, 4, 14, 31, 40)
    assert (resolved.project, resolved.environment, resolved.service, resolved.name) == (
        firing.project, firing.environment, firing.service, firing.name)
    assert resolved.id != firing.id
    grouper = AlertGrouper()
    state, [created] = grouper.step(None, firing)
    _, [closed] = grouper.step(state, resolved)
    assert (created.status, closed.status, closed.id) == ("created", "resolved", created.id)
    assert closed.resolved_at == utc(2024, 6, 4, 14, 31, 40)


def test_the_default_payload_takes_state_and_scope_from_the_title():
    [a] = alerts(load_json(DEFAULT))
    assert (a.status, a.name, a.severity) == ("firing", "Disk almost full on db-2", "error")
    assert a.labels == {"device": "/dev/nvme1n1", "host": "db-2"}
    assert a.service == "db-2"  # no service tag: the host stands in
    assert (a.project, a.environment) == ("unknown", "unknown")
    scope = "device:/dev/nvme1n1,host:db-2"
    assert a.fingerprint == stable_hash("datadog", "482913", "Disk almost full on db-2", scope)
    assert a.starts_at == utc(2024, 6, 4, 14, 2, 15)


@pytest.mark.parametrize(
    ("prefix", "status", "severity"),
    [
        ("[Triggered]", "firing", "error"),
        ("[Re-Triggered]", "firing", "error"),
        ("[Warn]", "firing", "warning"),
        ("[Re-Warn on {host:db-2}]", "firing", "warning"),
        ("[No Data]", "firing", "warning"),
        ("[Renotify]", "firing", "error"),
        ("[Recovered]", "resolved", "warning"),
    ],
)
def test_each_state_of_the_title_prefix(prefix, status, severity):
    doc = load_json(DEFAULT)
    doc["title"] = f"{prefix} Disk almost full on db-2"
    [a] = alerts(doc)
    assert (a.status, a.severity, a.name) == (status, severity, "Disk almost full on db-2")


def test_alert_transition_wins_over_the_title_and_priority_sets_severity():
    doc = load_json(TRIGGERED) | {"alert_transition": "Recovered", "alert_priority": "P1"}
    [a] = alerts(doc)
    assert (a.status, a.severity) == ("resolved", "critical")


def test_without_priority_the_alert_type_sets_severity():
    doc = load_json(TRIGGERED) | {"alert_priority": "", "title": "[Triggered] x", "alert_type": "warning"}
    [a] = alerts(doc)
    assert a.severity == "warning"
    assert "priority" not in a.labels


def test_the_scope_spelled_in_the_title_or_in_alert_scope_gives_one_fingerprint():
    from_variable = load_json(TRIGGERED) | {"alert_scope": "role:web, host:checkout-web-3"}
    from_title = load_json(TRIGGERED) | {"alert_scope": "", "title": "[Triggered on {host:checkout-web-3,role:web}] x",
                                          "alert_title": "[Triggered on {host:checkout-web-3, role:web}] x"}
    [a], [b] = alerts(from_variable), alerts(from_title)
    expected = stable_hash("datadog", "482913", "148203377", "host:checkout-web-3,role:web")
    assert a.fingerprint == b.fingerprint == expected


def test_two_hosts_of_one_monitor_are_two_alerts():
    other = load_json(TRIGGERED) | {"alert_scope": "host:checkout-web-4"}
    [a], [b] = alerts(load_json(TRIGGERED)), alerts(other)
    assert a.fingerprint != b.fingerprint and a.name == b.name


def test_unfilled_variables_count_as_absent():
    doc = load_json(TRIGGERED) | {"alert_id": "$ALERT_ID", "alert_priority": "$ALERT_PRIORITY", "link": ""}
    [a] = alerts(doc)
    assert a.fingerprint == stable_hash("datadog", "482913", "Checkout p99 latency above 2s", "host:checkout-web-3")
    assert "monitor_id" not in a.labels and a.generator_url is None
    assert a.severity == "error"  # from alert_type, the priority being unfilled


def test_tags_built_as_a_list_by_the_template():
    doc = load_json(TRIGGERED) | {"tags": ["env:staging", "service:cart", "$TAGS"]}
    [a] = alerts(doc)
    assert (a.environment, a.service) == ("staging", "cart")
    assert a.annotations["tags"] == "env:staging,service:cart"


def test_headers_name_the_workspace_and_win_over_tags():
    [plain] = alerts(load_json(TRIGGERED))
    [a] = alerts(load_json(TRIGGERED), {"sc-workspace": "acme", "sc-service": "payments"})
    assert (a.workspace_id, a.service) == ("acme", "payments")
    assert a.id != plain.id and a.fingerprint == plain.fingerprint


def test_a_body_without_date_takes_the_event_time_header():
    doc = load_json(DEFAULT)
    del doc["date"], doc["last_updated"]
    [a] = alerts(doc, {FORMAT_HEADER: "datadog", "sc-event-time": "2024-06-04T14:05:00Z"})
    assert a.starts_at == utc(2024, 6, 4, 14, 5)


def test_read_title():
    assert read_title("[P1] [Triggered on {host:a}] [Memory Alert] high") == (
        "triggered", "host:a", "P1", "[Memory Alert] high")
    assert read_title("Host down") == (None, None, None, "Host down")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"title": None, "alert_title": None}, "missing 'title' ($EVENT_TITLE) or 'alert_title' ($ALERT_TITLE)"),
        ({"alert_transition": None, "title": "Disk full", "alert_title": None},
         "no monitor state: expected 'alert_transition' ($ALERT_TRANSITION) or a title that starts with [Triggered]"),
        ({"alert_transition": "Null"}, "alert_transition 'Null' is not a monitor state; expected one of Triggered"),
        ({"title": "[Triggered on {host:a}]", "alert_title": None},
         "the title '[Triggered on {host:a}]' names no monitor after its state prefix"),
        ({"date": "yesterday"}, "datadog webhook: date 'yesterday' is not an epoch time"),
        ({"org": "Shop Inc"}, "'org' is str, expected an object with id and name"),
        ({"org": {"id": ["482913"]}}, "'org.id' is list, expected a string"),
        ({"alert_priority": {"p": 1}}, "'alert_priority' is dict, expected a string"),
    ],
)
def test_malformed_payloads_are_refused_with_the_field(change, expected):
    doc = load_json(TRIGGERED)
    for key, value in change.items():
        if value is None:
            doc.pop(key, None)
        else:
            doc[key] = value
    assert expected in refusal(doc)


def test_examples_parse_by_detection_and_by_name():
    for path in (TRIGGERED, RECOVERED, DEFAULT):
        records, again = parse_both_ways(path, "alerts")
        assert records == again and len(records) == 1


def test_a_payload_of_another_tool_is_not_taken_for_datadog():
    body = json.dumps({"title": "[Triggered] x", "date": "1717509735000"}).encode()
    with pytest.raises(DecodeError) as e:
        parse(body, "alerts")
    assert e.value.step == "format"
