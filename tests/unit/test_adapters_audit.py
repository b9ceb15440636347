"""Audit adapters: Alertmanager API v2 silences and native audit entries."""

from __future__ import annotations

import json
from datetime import UTC
from pathlib import Path

import pytest

import signalcraft.sources
from signalcraft.models import AuditEntry, Matcher
from signalcraft.sources.decode import FORMAT_HEADER, DecodeError
from tests import support
from tests.support import examples_cover, load_json, parse_both_ways, utc

EXAMPLES = Path(signalcraft.sources.__file__).parent / "examples" / "audit"
OWN_FORMATS = {"alertmanager-silence", "signalcraft-audit"}


def parse(data: bytes | dict | list, headers: dict[str, str] | None = None):
    return support.parse(data, "audit", headers)


def gettable(shared_fixtures: Path) -> dict:
    return load_json(shared_fixtures / "alertmanager-api-config/silence_v2_gettable.json")


def test_silence_list_fixture(shared_fixtures):
    fmt, records = parse((shared_fixtures / "alertmanager-api-config/silences_v2_get_response.json").read_bytes())
    assert fmt == "alertmanager-silence"
    assert [r.target for r in records] == [
        "810ccf7f-c957-474a-b383-7e76d66a4d3b",
        "dcb3b5d0-9f10-4baa-977a-70073a1899bd",
        "9bd58938-25fd-41c5-aba3-9bc373074484",
    ]
    first = records[0]
    assert isinstance(first, AuditEntry)
    assert first.action == "silence"
    assert first.actor == "john@example.com"
    assert first.comment == "Silenced instance"
    assert first.matchers == (Matcher(name="instance", value="web1"),)
    assert first.timestamp == utc(2026, 3, 11, 12, 48, 38, 409000)  # startsAt
    assert first.ends_at == utc(2063, 1, 1)
    assert first.duration_s == (utc(2063, 1, 1) - utc(2026, 3, 11, 12, 48, 38, 409000)).total_seconds()
    assert first.source == "alertmanager-silence"
    assert first.workspace_id == "default"
    assert len({r.id for r in records}) == 3


def test_single_gettable_silence_has_the_same_id_as_in_the_list(shared_fixtures):
    _, [one] = parse((shared_fixtures / "alertmanager-api-config/silence_v2_gettable.json").read_bytes())
    _, listed = parse((shared_fixtures / "alertmanager-api-config/silences_v2_get_response.json").read_bytes())
    assert one == listed[1]
    assert one.matchers == (Matcher(name="alertname", value="Host_Down"), Matcher(name="cluster", value="dev"))


def test_postable_silence_fixture(shared_fixtures):
    fmt, [entry] = parse((shared_fixtures / "alertmanager-api-config/silence_v2_postable.json").read_bytes())
    assert fmt == "alertmanager-silence"
    assert entry.action == "silence"
    assert entry.target is None  # not created yet: no id
    assert entry.actor == "author"
    assert entry.comment == "foo"
    # isEqual is missing: it defaults to true; the value keeps its quote characters
    assert entry.matchers == (Matcher(name="instance", value='"bar"', is_regex=True, is_equal=True),)
    assert entry.matchers[0].operator == "=~"
    assert entry.timestamp == utc(2023, 3, 6, 0, 22, 15)
    assert entry.ends_at == utc(2024, 3, 6, 0, 22, 15)
    assert entry.duration_s == 366 * 24 * 3600.0


def test_silence_expired_early_is_an_unsilence(shared_fixtures):
    doc = gettable(shared_fixtures)
    doc["status"]["state"] = "expired"
    doc["updatedAt"] = doc["endsAt"] = "2026-03-11T13:20:00.000Z"
    _, [entry] = parse(doc)
    assert entry.action == "unsilence"
    assert entry.timestamp == utc(2026, 3, 11, 13, 20)  # updatedAt
    assert entry.ends_at == utc(2026, 3, 11, 13, 20)
    assert entry.target == "dcb3b5d0-9f10-4baa-977a-70073a1899bd"
    assert entry.duration_s == pytest.approx(31 * 60 + 21.589)


def test_silence_that_ran_out_stays_a_silence(shared_fixtures):
    doc = gettable(shared_fixtures)
    doc["status"]["state"] = "expired"
    doc["endsAt"] = "2026-03-11T14:48:38.411Z"  # later than updatedAt: it simply ended
    _, [entry] = parse(doc)
    assert entry.action == "silence"
    assert entry.timestamp == utc(2026, 3, 11, 12, 48, 38, 411000)


def test_silence_ids_are_deterministic_and_change_with_an_update(shared_fixtures):
    doc = gettable(shared_fixtures)
    [a], [b] = parse(doc)[1], parse(doc)[1]
    doc["endsAt"] = "2063-02-01T00:00:00.000Z"
    doc["updatedAt"] = "2026-03-12T09:00:00.000Z"
    [c] = parse(doc)[1]
    assert a.id == b.id
    assert c.id != a.id and c.target == a.target


def test_silence_ignores_unknown_keys(shared_fixtures):
    doc = gettable(shared_fixtures)
    plain = parse(doc)[1]
    doc["annotations"] = {"ticket": "OPS-1"}  # Alertmanager 0.32+
    doc["status"]["inhibitedBy"] = []
    doc["matchers"][0]["extra"] = True
    assert parse(doc)[1] == plain


def test_header_names_the_workspace(shared_fixtures):
    _, [entry] = parse(json.dumps(gettable(shared_fixtures)).encode(), {"sc-workspace": "acme"})
    assert entry.workspace_id == "acme"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.update(matchers=[]), "'matchers' is empty; a silence needs at least one matcher"),
        (lambda d: d["matchers"][0].update(isRegex="yes"), "matchers[0]: 'isRegex' is str, expected true or false"),
        (lambda d: d["matchers"][1].pop("value"), "silence.matchers[1]: missing 'value'"),
        (lambda d: d.update(endsAt="2020-01-01T00:00:00Z"), "is before startsAt"),
        (lambda d: d.update(startsAt="yesterday"), "silence.startsAt 'yesterday' is not RFC 3339"),
        (lambda d: d.update(updatedAt=17), "silence.updatedAt 17 is not a time string"),
        (lambda d: d.update(startsAt="0001-01-01T00:00:00+01:00"), "is out of range in UTC"),
        (lambda d: d.update(createdBy=["john"]), "'createdBy' is list, expected str"),
        (lambda d: d["matchers"].append("job=api"), "silence.matchers[2]: expected a JSON object, got str"),
    ],
)
def test_malformed_silence(shared_fixtures, mutate, expected):
    doc = gettable(shared_fixtures)
    mutate(doc)
    with pytest.raises(DecodeError) as e:
        parse(doc)
    assert e.value.step == "adapt"
    assert e.value.format == "alertmanager-silence"
    assert expected in e.value.reason


def test_bad_item_in_a_list_names_its_index(shared_fixtures):
    doc = load_json(shared_fixtures / "alertmanager-api-config/silences_v2_get_response.json")
    doc[2] = "nope"
    with pytest.raises(DecodeError, match=r"silences\[2\] is str, expected a silence object"):
        parse(doc)


@pytest.mark.parametrize(
    "name", ["silences_v2_get_response.json", "silence_v2_gettable.json", "silence_v2_postable.json"]
)
@pytest.mark.parametrize("header", [None, "auto", "alertmanager-silence"])
def test_detection_of_fixtures(shared_fixtures, name, header):
    headers = {} if header is None else {FORMAT_HEADER: header}
    fmt, records = parse((shared_fixtures / "alertmanager-api-config" / name).read_bytes(), headers)
    assert fmt == "alertmanager-silence" and records


def test_alerts_are_not_taken_for_audit(shared_fixtures):
    with pytest.raises(DecodeError) as e:
        parse((shared_fixtures / "alertmanager-webhook/webhook_v4_firing.json").read_bytes())
    assert e.value.step == "format"
    assert "expected one of ['alertmanager-alerts', 'alertmanager-silence', 'signalcraft-audit'" in e.value.reason


# --- own examples -------------------------------------------------------------------------


def test_examples_cover_every_audit_format():
    examples_cover("audit", OWN_FORMATS, EXAMPLES.glob("*.json"))


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_examples_parse_by_detection_and_by_name(path):
    records, again = parse_both_ways(path, "audit")
    assert records == again
    assert all(isinstance(r, AuditEntry) and r.timestamp.tzinfo == UTC for r in records)


def test_example_list_holds_an_unsilence_a_natural_expiry_and_a_pending_silence():
    _, records = parse((EXAMPLES / "alertmanager-silence-list.json").read_bytes())
    assert [r.action for r in records] == ["unsilence", "silence", "silence"]
    assert records[0].actor == "sam.okafor"
    assert records[0].duration_s == pytest.approx(168.244)
    assert records[1].matchers[1] == Matcher(name="severity", value="critical", is_equal=False)
    assert records[1].matchers[1].operator == "!="
    # scheduled ahead: made on June 4th (timestamp, updated_at), taking effect on the 11th
    pending = records[2]
    assert (pending.timestamp, pending.starts_at) == (utc(2024, 6, 4, 15), utc(2024, 6, 11, 2))
    assert pending.state == "pending"
    assert pending.updated_at == pending.timestamp
    assert [r.state for r in records[:2]] == ["expired", "expired"]


def test_example_gettable_defaults_is_equal():
    _, [entry] = parse((EXAMPLES / "alertmanager-silence-gettable.json").read_bytes())
    assert entry.matchers[0].operator == "=~"
    assert entry.matchers[2] == Matcher(name="service", value="orders-db")
    assert entry.duration_s == 7200.0


def test_native_audit_example():
    _, [entry] = parse((EXAMPLES / "signalcraft-audit-snooze.json").read_bytes())
    assert entry.action == "snooze"
    assert entry.source == "signalcraft-audit"
    assert entry.workspace_id == "acme"
    assert entry.duration_s == 1800.0
    assert entry.ends_at == utc(2024, 6, 4, 14, 40, 5)
    assert entry.id == parse((EXAMPLES / "signalcraft-audit-snooze.json").read_bytes())[1][0].id


def test_native_audit_with_unknown_action_fails_validation():
    doc = load_json(EXAMPLES / "signalcraft-audit-snooze.json")
    doc["action"] = "mute"
    with pytest.raises(DecodeError) as e:
        parse(doc)
    assert e.value.step == "validate"
    assert "action" in e.value.reason
