"""PagerDuty V3 webhooks as resolutions: a resolved incident and a resolution note become
Resolution records named by the alert's fingerprint (the same one the Events v2 alert
adapter gives the alert), everything else a dead letter that says why."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from signalcraft.models import AlertEvent, DeadLetter, RawMessage, Resolution, make_id
from signalcraft.operators.grouping import AlertGrouper
from signalcraft.operators.resolutions import ResolutionAttacher, attach_keys
from signalcraft.params import Identity
from signalcraft.sources.adapters import formats_for
from signalcraft.sources.adapters.pagerduty_v3 import note_sections
from signalcraft.sources.decode import FORMAT_HEADER, decode
from tests.support import load_json, parse, parse_both_ways, utc

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples"
RESOLVED = EXAMPLES / "resolutions" / "pagerduty-v3-webhook-incident-resolved.json"
ANNOTATED = EXAMPLES / "resolutions" / "pagerduty-v3-webhook-incident-annotated.json"
TRIGGER = EXAMPLES / "alerts" / "pagerduty-events-trigger.json"
FMT = "pagerduty-v3-webhook"
INCIDENT_URL = "https://shop-inc.pagerduty.com/incidents/Q2Z9F4KX7PLM3T"


def resolutions(doc: dict, headers: dict[str, str] | None = None) -> list[Resolution]:
    fmt, records = parse(doc, "resolutions", headers)
    assert fmt == FMT
    return records


def refusal(doc: dict, headers: dict[str, str] | None = None) -> DeadLetter:
    """The dead letter ``decode`` makes of ``doc`` on the resolutions topic."""
    raw = RawMessage("signalcraft.resolutions", 0, 5, json.dumps(doc).encode(), headers=headers or {})
    records, letter = decode(raw, "resolutions", Identity())
    assert records == [] and letter is not None
    assert (letter.step, letter.format) == ("adapt", FMT)
    return letter


def note(content: str, **data) -> dict:
    doc = load_json(ANNOTATED)
    doc["event"]["data"] |= {"content": content, **data}
    return doc


# --- the two accepted event types ------------------------------------------------------------


def test_a_resolved_incident_is_a_resolution_named_by_its_incident_key():
    [r] = resolutions(load_json(RESOLVED))
    assert r == Resolution(
        id=make_id("resolution", "default", FMT, "resolved", "Q2Z9F4KX7PLM3T", "2024-06-04T14:33:21.406000+00:00"),
        workspace_id="default",
        fingerprint="checkout-payments-timeouts",
        resolved_at=utc(2024, 6, 4, 14, 33, 21, 406000),
        root_cause=None,
        fix="Resolved in PagerDuty by Sam Okafor",
        links=(INCIDENT_URL,),
        resolved_by="Sam Okafor",
        source=FMT,
    )


def test_a_resolved_incident_without_an_agent_says_only_where_it_was_resolved():
    doc = load_json(RESOLVED)
    doc["event"]["agent"] = None
    [r] = resolutions(doc)
    assert (r.fix, r.resolved_by) == ("Resolved in PagerDuty", None)


def test_a_resolution_note_gives_root_cause_fix_and_links():
    [r] = resolutions(load_json(ANNOTATED))
    assert r == Resolution(
        id=make_id("resolution", "default", FMT, "note", "Q2Z9F4KX7PLM3T", "PNT6Y3H"),
        workspace_id="default",
        fingerprint="checkout-payments-timeouts",
        resolved_at=utc(2024, 6, 4, 14, 36, 52, 118000),
        root_cause="checkout v2.14.0 cut the payment provider timeout from 10s to 1s.",
        fix="rolled checkout back to v2.13.2; the timeout goes back to 10s in "
            "https://github.com/shop-inc/checkout/pull/812.",
        links=(INCIDENT_URL, "https://github.com/shop-inc/checkout/pull/812"),
        resolved_by="Sam Okafor",
        source=FMT,
    )


def test_a_note_without_a_key_line_attaches_by_the_fingerprint_header():
    [r] = resolutions(note("Resolution: failed over to the secondary provider"), {"sc-fingerprint": "pay-7"})
    assert (r.fingerprint, r.fix, r.root_cause) == ("pay-7", "failed over to the secondary provider", None)


def test_the_workspace_header_names_the_workspace_and_enters_the_id():
    [plain] = resolutions(load_json(RESOLVED))
    [r] = resolutions(load_json(RESOLVED), {"sc-workspace": "acme"})
    assert r.workspace_id == "acme" and r.id != plain.id


def test_a_redelivery_is_the_same_record_and_two_notes_are_two():
    doc = load_json(ANNOTATED)
    again = copy.deepcopy(doc)
    again["event"]["id"] = "01EXQ9ZZZZZZZZZZZZZZZZZZZZ"  # a retried delivery may carry a new event id
    assert resolutions(doc) == resolutions(again)
    other = note(doc["event"]["data"]["content"], id="PNT6Y3J")
    assert resolutions(other)[0].id != resolutions(doc)[0].id


def test_examples_parse_by_detection_and_by_name():
    for path in (RESOLVED, ANNOTATED):
        records, again = parse_both_ways(path, "resolutions")
        assert records == again and len(records) == 1
    assert formats_for("resolutions") == [FMT, "signalcraft-resolution"]


# --- the same fingerprint as the Events v2 alert ----------------------------------------------


def test_the_events_v2_alert_and_the_v3_webhooks_of_one_dedup_key_meet_in_one_group():
    _, [firing] = parse(load_json(TRIGGER), "alerts")
    assert isinstance(firing, AlertEvent) and firing.source == "pagerduty-events"
    [resolved] = resolutions(load_json(RESOLVED))
    [noted] = resolutions(load_json(ANNOTATED))
    assert firing.fingerprint == resolved.fingerprint == noted.fingerprint == "checkout-payments-timeouts"
    assert firing.workspace_id == resolved.workspace_id == noted.workspace_id

    _, [group] = AlertGrouper().step(None, firing)
    attacher, states, out = ResolutionAttacher(), {}, []
    for item in (group, resolved, noted):
        for key, value in attach_keys(item):
            states[key], emitted = attacher.step(states.get(key), value)
            out += emitted
    assert [(r.id, r.group_id) for r in out] == [(resolved.id, group.id), (noted.id, group.id)]


def test_an_alert_sent_without_a_dedup_key_has_a_fingerprint_pagerduty_does_not_know():
    """The documented limit: PagerDuty makes up the incident key then; no group matches it."""
    doc = load_json(TRIGGER)
    del doc["dedup_key"]
    _, [firing] = parse(doc, "alerts")
    assert firing.fingerprint != "checkout-payments-timeouts"


# --- dead letters ---------------------------------------------------------------------------


@pytest.mark.parametrize("event_type", ["incident.acknowledged", "incident.triggered", "service.updated", "pagey.ping"])
def test_other_event_types_are_dead_letters_naming_the_type_and_what_is_accepted(event_type):
    doc = load_json(RESOLVED)
    doc["event"]["event_type"] = event_type
    letter = refusal(doc)
    assert f"event_type {event_type!r} says nothing about how an incident ended" in letter.reason
    assert "accepted: 'incident.resolved' and 'incident.annotated' (a note with a 'Fix:' line)" in letter.reason


@pytest.mark.parametrize("key", [None, "", "   "])
def test_a_resolved_incident_without_an_incident_key_is_a_dead_letter(key):
    doc = load_json(RESOLVED)
    doc["event"]["data"]["incident_key"] = key
    letter = refusal(doc)
    assert ("incident.resolved: incident Q2Z9F4KX7PLM3T has no incident_key (and there is no sc-fingerprint "
            "header), so it names no alert group") in letter.reason
    del doc["event"]["data"]["incident_key"]
    assert "has no incident_key" in refusal(doc).reason


def test_an_incident_resolved_by_a_merge_is_a_dead_letter():
    doc = load_json(RESOLVED)
    doc["event"]["data"]["resolve_reason"] = {
        "type": "merge_resolve_reason",
        "incident": {"id": "Q0ABCDEF123456", "type": "incident_reference", "summary": "Checkout down"},
    }
    letter = refusal(doc)
    assert ("incident Q2Z9F4KX7PLM3T was resolved by merging it into incident Q0ABCDEF123456; "
            "a merge is not a fix") in letter.reason


def test_a_note_that_says_no_fix_is_a_dead_letter():
    letter = refusal(note("Looking into it, paging the payments team.\nIncident key: checkout-payments-timeouts"))
    assert ("incident.annotated: note PNT6Y3H on incident Q2Z9F4KX7PLM3T has no 'Fix:' (or 'Resolution:') line; "
            "only a note that says what fixed the incident is a resolution") in letter.reason
    assert "no 'Fix:'" in refusal(note("Root cause: expired cert\nFix:\nIncident key: k")).reason


def test_a_note_that_names_no_alert_is_a_dead_letter_that_says_how_to_name_it():
    letter = refusal(note("Fix: rolled back"))
    assert ("note PNT6Y3H on incident Q2Z9F4KX7PLM3T names no alert: PagerDuty's note carries the incident's id, "
            "not its incident_key; expected an 'Incident key:' line in the note or an sc-fingerprint header"
            ) in letter.reason


@pytest.mark.parametrize(("path", "change", "needle"), [
    (RESOLVED, {"occurred_at": "yesterday"}, "event.occurred_at 'yesterday' is not RFC 3339"),
    (RESOLVED, {"data": {"type": "incident_note", "id": "x"}}, "type is 'incident_note', expected 'incident'"),
    (ANNOTATED, {"data": {"id": "N1", "content": "Fix: x"}}, "incident.annotated: data: missing 'incident'"),
    (ANNOTATED, {"data": {"id": "N1", "incident": {"id": "Q1"}, "content": 7}}, "'content' is int, expected str"),
])
def test_a_malformed_event_is_a_dead_letter_that_says_what_came(path, change, needle):
    doc = load_json(path)
    doc["event"] |= change
    assert needle in refusal(doc).reason


def test_the_format_header_names_it_and_it_is_not_taken_for_another_kind():
    body = RESOLVED.read_bytes()
    raw = RawMessage("signalcraft.resolutions", 0, 1, body, headers={FORMAT_HEADER: FMT})
    records, letter = decode(raw, "resolutions", Identity())
    assert letter is None and [r.source for r in records] == [FMT]
    _, letter = decode(RawMessage("signalcraft.alerts", 0, 1, body), "alerts", Identity())
    assert letter is not None and letter.step == "format"


# --- the note convention --------------------------------------------------------------------


@pytest.mark.parametrize(("content", "sections"), [
    ("FIX: restarted the pool", {"fix": "restarted the pool"}),
    ("Root cause: a\nmore cause\n\nResolution: b\nFix: c", {"root_cause": "a\nmore cause", "fix": "b\nc"}),
    ("Dedup key: k1\nFix: x\nIncident key: k2", {"key": "k1", "fix": "x"}),
    ("prefix: Fix: not a marker mid-line", {}),
    ("", {}),
])
def test_note_sections(content, sections):
    assert note_sections(content) == sections
