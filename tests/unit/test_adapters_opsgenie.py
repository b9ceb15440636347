"""Opsgenie outgoing webhooks: Create fires an alert, Close resolves the same alert, Acknowledge
is an ack in the audit log; every other action is a dead letter that names it."""

from __future__ import annotations

from pathlib import Path

import pytest

from signalcraft.models import AlertEvent, AuditEntry, make_id
from signalcraft.operators.grouping import AlertGrouper
from signalcraft.sources.decode import FORMAT_HEADER, DecodeError
from tests.support import load_json, parse, parse_both_ways, utc

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples" / "alerts"
CREATE = EXAMPLES / "opsgenie-alert-create.json"
ACK = EXAMPLES / "opsgenie-alert-acknowledge.json"
CLOSE = EXAMPLES / "opsgenie-alert-close.json"
FP = "checkout-payments-timeouts"
LABELS = {"env": "production", "service": "checkout", "team": "shop", "priority": "P2", "entity": "checkout"}


def records(doc: dict, headers: dict[str, str] | None = None) -> list:
    fmt, out = parse(doc, "alerts", headers)
    assert fmt == "opsgenie"
    return out


def refusal(doc: dict, headers: dict[str, str] | None = None) -> str:
    with pytest.raises(DecodeError) as e:
        parse(doc, "alerts", {FORMAT_HEADER: "opsgenie", **(headers or {})})
    assert (e.value.step, e.value.format) == ("adapt", "opsgenie")
    return e.value.reason


def test_create_is_a_firing_alert_named_by_its_alias():
    [a] = records(load_json(CREATE))
    assert a == AlertEvent(
        id=make_id("alert", "default", "opsgenie", FP, "firing", "2024-06-04T14:03:01.234000+00:00"),
        workspace_id="default",
        project="shop",
        environment="production",
        service="checkout",
        name="Checkout payment provider timeouts",
        severity="error",
        status="firing",
        labels=LABELS,
        annotations={
            "provider": "stripe",
            "runbook": "https://runbooks.shop.internal/checkout-payments",
            "summary": "Checkout payment provider timeouts",
            "description": "38 payment calls timed out after 10s in the last 5 minutes.",
            "alert_id": "70413a06-38d6-4c85-92b8-5ebc900d42e2-1717509781234",
            "tiny_id": "1187",
            "alias": FP,
            "tags": "env:production,service:checkout,team:shop,payments",
            "teams": "8f2d1c4a-6b7e-4e2f-9a31-0c5d7e9b1f22",
            "username": "System",
            "alert_source": "Prometheus",
            "action_source": "API",
            "integration_name": "SignalCraft",
        },
        fingerprint=FP,
        starts_at=utc(2024, 6, 4, 14, 3, 1, 234000),
        ends_at=None,
        source="opsgenie",
    )


def test_close_resolves_the_alert_create_opened_from_created_to_updated_at():
    [firing] = records(load_json(CREATE))
    [resolved] = records(load_json(CLOSE))
    assert (resolved.status, resolved.fingerprint, resolved.labels) == ("resolved", FP, LABELS)
    assert resolved.starts_at == firing.starts_at == utc(2024, 6, 4, 14, 3, 1, 234000)
    assert resolved.ends_at == utc(2024, 6, 4, 14, 33, 21, 406000)  # updatedAt is in nanoseconds
    assert "description" not in resolved.annotations and "provider" not in resolved.annotations
    assert resolved.id != firing.id
    grouper = AlertGrouper()
    state, [created] = grouper.step(None, firing)
    _, [closed] = grouper.step(state, resolved)
    assert (closed.status, closed.id, closed.resolved_at) == ("resolved", created.id, resolved.ends_at)


def test_acknowledge_is_an_ack_of_the_alert_by_who_did_it():
    [ack] = records(load_json(ACK))
    assert ack == AuditEntry(
        id=make_id("audit", "default", "opsgenie", "ack", FP, "2024-06-04T14:09:12.500000+00:00"),
        workspace_id="default",
        action="ack",
        actor="sam.okafor@shop-inc.example",
        target=FP,
        timestamp=utc(2024, 6, 4, 14, 9, 12, 500000),
        source="opsgenie",
    )


def test_an_acknowledge_with_a_note_keeps_it_as_the_comment():
    doc = load_json(ACK)
    doc["alert"]["note"] = "looking at the payment provider"
    [ack] = records(doc)
    assert ack.comment == "looking at the payment provider"


def test_details_are_annotations_only_because_a_close_carries_none():
    doc = load_json(CREATE)
    doc["alert"]["details"] = {"service": "payments", "env": "staging", "attempts": 3, "last": {"code": 504}}
    [a] = records(doc)
    assert (a.service, a.environment) == ("checkout", "production")
    assert (a.annotations["attempts"], a.annotations["last"]) == ("3", '{"code":504}')


def test_without_alias_the_alert_id_is_the_fingerprint():
    docs = [load_json(CREATE), load_json(CLOSE)]
    for doc in docs:
        doc["alert"]["alias"] = ""
    [a], [r] = records(docs[0]), records(docs[1])
    assert a.fingerprint == r.fingerprint == "70413a06-38d6-4c85-92b8-5ebc900d42e2-1717509781234"
    assert "alias" not in a.annotations


def test_updated_at_in_milliseconds_is_the_same_instant():
    doc = load_json(CLOSE)
    doc["alert"]["updatedAt"] = 1717511601406
    [r] = records(doc)
    assert r.ends_at == utc(2024, 6, 4, 14, 33, 21, 406000)


def test_a_close_without_updated_at_takes_the_event_time_header():
    doc = load_json(CLOSE)
    del doc["alert"]["updatedAt"]
    [r] = records(doc, {"sc-event-time": "2024-06-04T14:40:00Z"})
    assert r.ends_at == utc(2024, 6, 4, 14, 40)
    assert "no time of the action; expected 'updatedAt', and there is no sc-event-time header" in refusal(doc)


def test_the_workspace_header_and_tags_name_the_workspace():
    doc = load_json(ACK)
    doc["alert"]["tags"].append("workspace:globex")
    [ack] = records(doc)
    [a] = records(load_json(CREATE), {"sc-workspace": "acme"})
    assert (ack.workspace_id, a.workspace_id) == ("globex", "acme")


@pytest.mark.parametrize("action", ["AddNote", "AssignOwnership", "Delete", "UnAcknowledge", "Snooze"])
def test_other_actions_are_refused_with_their_name(action):
    doc = load_json(ACK) | {"action": action}
    reason = refusal(doc)
    assert f"action {action!r} on alert 70413a06-38d6-4c85-92b8-5ebc900d42e2-1717509781234 changes no alert " \
           "state SignalCraft keeps; accepted: 'Create' (fires), 'Close' (resolves), 'Acknowledge' (an ack)" in reason


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.pop("action"), "opsgenie webhook: missing 'action'"),
        (lambda d: d.update(alert=[]), "opsgenie webhook: 'alert' is list, expected dict"),
        (lambda d: d["alert"].pop("alertId"), "opsgenie webhook (Create): alert: missing 'alertId'"),
        (lambda d: d["alert"].update(createdAt="soon"), "alert.createdAt 'soon' is not an epoch time"),
        (lambda d: d["alert"].update(createdAt=-5), "alert.createdAt -5 is not a time after the epoch"),
        (lambda d: d["alert"].update(message="  "), "alert: 'message' is empty; it names the alert"),
        (lambda d: d["alert"].update(tags=[1]), "alert.tags[0] is int, expected a string"),
        (lambda d: d["alert"].update(details="x"), "alert.details is str, expected an object"),
    ],
)
def test_malformed_payloads_are_refused_with_the_field(change, expected):
    doc = load_json(CREATE)
    change(doc)
    assert expected in refusal(doc)


def test_examples_parse_by_detection_and_by_name():
    for path in (CREATE, ACK, CLOSE):
        records_, again = parse_both_ways(path, "alerts")
        assert records_ == again and len(records_) == 1
