"""Sentry issue alerts: an issue alert (event_alert) and the legacy plugin's body fire an
AlertEvent named by the issue id; the issue webhook's ``resolved`` resolves that alert;
what else Sentry sends is a dead letter that says why."""

from __future__ import annotations

from pathlib import Path

import pytest

from signalcraft.models import AlertEvent, make_id
from signalcraft.operators.grouping import AlertGrouper
from signalcraft.sources.decode import FORMAT_HEADER, DecodeError
from tests.support import load_json, parse, parse_both_ways, utc

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples" / "alerts"
ALERT = EXAMPLES / "sentry-issue-alert.json"
RESOLVED = EXAMPLES / "sentry-issue-resolved.json"
PLUGIN = EXAMPLES / "sentry-plugin-alert.json"
TITLE = "ReadTimeout: HTTPSConnectionPool(host='api.stripe.com', port=443): Read timed out. (read timeout=1.0)"
ISSUE = "5461763487"


def alerts(doc: dict, headers: dict[str, str] | None = None) -> list[AlertEvent]:
    fmt, records = parse(doc, "alerts", headers)
    assert fmt == "sentry"
    return records


def refusal(doc: dict, headers: dict[str, str] | None = None) -> str:
    with pytest.raises(DecodeError) as e:
        parse(doc, "alerts", {FORMAT_HEADER: "sentry", **(headers or {})})
    assert (e.value.step, e.value.format) == ("adapt", "sentry")
    return e.value.reason


def test_an_issue_alert_is_a_firing_alert_named_by_its_issue():
    [a] = alerts(load_json(ALERT))
    assert a == AlertEvent(
        id=make_id("alert", "default", "sentry", ISSUE, "firing", "2024-06-04T14:08:12.318000+00:00"),
        workspace_id="default",
        project="unknown",
        environment="unknown",
        service="checkout",
        name=TITLE,
        severity="error",
        status="firing",
        labels={"environment": "production", "handled": "no", "level": "error", "mechanism": "generic",
                "release": "checkout@2.14.0", "runtime": "CPython 3.11.9", "server_name": "checkout-7d9f8b6c4-x2lqp",
                "transaction": "/api/checkout/pay", "sentry_project": "checkout"},
        annotations={
            "summary": TITLE,
            "culprit": "checkout.payments in charge",
            "triggered_rule": "Checkout: new or regressed errors in production",
            "issue_id": ISSUE,
            "issue_url": "https://sentry.io/api/0/issues/5461763487/",
            "event_id": "9c2d7f4e1a6b4c3d8e5f0a1b2c3d4e5f",
            "platform": "python",
            "release": "checkout@2.14.0",
        },
        fingerprint=ISSUE,
        starts_at=utc(2024, 6, 4, 14, 8, 12, 318000),
        ends_at=None,
        source="sentry",
        generator_url="https://sentry.io/organizations/shop-inc/issues/5461763487/events/9c2d7f4e1a6b4c3d8e5f0a1b2c3d4e5f/",
    )


def test_the_user_tag_is_not_kept():
    [a] = alerts(load_json(ALERT))
    assert "user" not in a.labels and "58211" not in a.model_dump_json()


def test_the_issue_resolved_webhook_resolves_the_alert_and_closes_its_group():
    [firing] = alerts(load_json(ALERT))
    [resolved] = alerts(load_json(RESOLVED))
    assert resolved == AlertEvent(
        id=make_id("alert", "default", "sentry", ISSUE, "resolved", "2024-06-04T14:29:40.051000+00:00"),
        workspace_id="default",
        project="unknown",
        environment="unknown",
        service="checkout",
        name=TITLE,
        severity="error",
        status="resolved",
        labels={"level": "error", "sentry_project": "checkout"},
        annotations={"summary": TITLE, "issue_id": ISSUE, "culprit": "checkout.payments in charge",
                     "resolved_by": "Sam Okafor", "status_details": "in release checkout@2.13.2"},
        fingerprint=ISSUE,
        starts_at=utc(2024, 6, 4, 14, 29, 40, 51000),
        ends_at=utc(2024, 6, 4, 14, 29, 40, 51000),
        source="sentry",
        generator_url="https://sentry.io/organizations/shop-inc/issues/5461763487/",
    )
    grouper = AlertGrouper()
    state, [created] = grouper.step(None, firing)
    _, [closed] = grouper.step(state, resolved)
    assert (closed.status, closed.id, closed.resolved_at) == ("resolved", created.id, resolved.ends_at)


def test_the_event_time_header_dates_a_resolve_when_the_gateway_sets_it():
    [resolved] = alerts(load_json(RESOLVED), {"sc-event-time": "2024-06-04T14:41:00Z"})
    assert resolved.ends_at == utc(2024, 6, 4, 14, 41)


def test_headers_name_the_identity_of_both_the_alert_and_its_resolve():
    head = {"sc-workspace": "acme", "sc-project": "shop", "sc-environment": "production"}
    [a], [r] = alerts(load_json(ALERT), head), alerts(load_json(RESOLVED), head)
    assert (a.workspace_id, a.project, a.environment, a.service) == ("acme", "shop", "production", "checkout")
    assert (r.workspace_id, r.project, r.environment, r.service) == ("acme", "shop", "production", "checkout")


def test_the_legacy_plugin_body_fires_an_alert():
    [a] = alerts(load_json(PLUGIN))
    assert (a.fingerprint, a.name, a.service, a.severity) == (
        "5461763512", "Coupon service answered 429, retrying", "checkout", "warning")
    assert a.starts_at == utc(2024, 6, 4, 14, 12, 17, 204000)  # event.timestamp, epoch seconds
    assert a.annotations["triggered_rule"] == "Checkout warnings"
    assert a.annotations["culprit"] == "checkout.cart in apply_coupon"
    assert a.generator_url == "https://shop-inc.sentry.io/issues/5461763512/?referrer=webhooks_plugin"
    assert a.labels["environment"] == "production" and a.labels["sentry_project"] == "checkout"


def test_an_event_without_datetime_takes_its_timestamp_and_without_url_the_project_id():
    doc = load_json(ALERT)
    del doc["data"]["event"]["datetime"], doc["data"]["event"]["url"]
    doc["data"]["event"]["timestamp"] = 1717510100.5
    [a] = alerts(doc)
    assert a.starts_at == utc(2024, 6, 4, 14, 8, 20, 500000)
    assert a.service == "sentry-project-4504417"


@pytest.mark.parametrize("action", ["created", "assigned", "archived", "unresolved"])
def test_issue_actions_other_than_resolved_are_refused(action):
    reason = refusal(load_json(RESOLVED) | {"action": action})
    assert f"sentry webhook (issue): action {action!r} on issue {ISSUE} is not read; an issue's alerts arrive as " \
           "issue alerts (event_alert) and only 'resolved' ends one" in reason


@pytest.mark.parametrize("resource", ["metric_alert", "installation", "comment"])
def test_resources_other_than_issue_alerts_and_issues_are_refused(resource):
    reason = refusal(load_json(ALERT), {"sentry-hook-resource": resource})
    assert f"Sentry-Hook-Resource {resource!r} is not read; accepted: event_alert (issue alerts) and issue" in reason


def test_the_resource_header_of_an_issue_alert_is_accepted():
    [a] = alerts(load_json(ALERT), {"sentry-hook-resource": "event_alert"})
    assert a.fingerprint == ISSUE


def edit(path: Path, where: tuple[str, ...], key: str, value: object) -> dict:
    doc = load_json(path)
    node = doc
    for step in where:
        node = node[step]
    if value is None:
        node.pop(key, None)
    else:
        node[key] = value
    return doc


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (load_json(ALERT) | {"action": "resolved"},
         "sentry webhook (event_alert): action 'resolved' is not 'triggered', the only action of an issue alert"),
        (edit(ALERT, ("data", "event"), "issue_id", None),
         "sentry webhook (event_alert): data.event: missing 'issue_id'"),
        (edit(ALERT, ("data", "event"), "issue_id", True), "'issue_id' is True, expected the issue's id"),
        (edit(ALERT, ("data", "event"), "title", ""), "data.event: missing 'title' (the issue's name)"),
        (edit(ALERT, ("data", "event"), "datetime", "yesterday"), "data.event.datetime 'yesterday' is not RFC 3339"),
        (edit(ALERT, ("data", "event"), "tags", [["environment"]]),
         "data.event.tags[0] is ['environment'], expected a [key, value] pair of strings"),
        (edit(ALERT, ("data", "event"), "tags", "env:prod"), "data.event.tags is str, expected a list of [key, value]"),
        (edit(PLUGIN, ("event",), "timestamp", None),
         "sentry webhook (plugin): event: no time; expected 'datetime' (RFC 3339) or 'timestamp' (epoch seconds)"),
        (edit(RESOLVED, ("data", "issue"), "lastSeen", "soon"), "data.issue.lastSeen 'soon' is not RFC 3339"),
        (edit(RESOLVED, ("data",), "issue", "5461763487"), "sentry webhook (issue): data: 'issue' is str"),
        ({"action": "triggered", "data": {"comment": {}}},
         "expected an issue alert (data.event and data.triggered_rule), an issue webhook (data.issue) or a webhooks "
         "plugin body (project_slug and event)"),
    ],
)
def test_malformed_payloads_are_refused_with_the_field(doc, expected):
    assert expected in refusal(doc)


def test_examples_parse_by_detection_and_by_name():
    for path in (ALERT, RESOLVED, PLUGIN):
        records, again = parse_both_ways(path, "alerts")
        assert records == again and len(records) == 1
