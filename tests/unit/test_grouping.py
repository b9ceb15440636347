"""Alert grouping in event time: keys, created/updated/resolved, lateness, state."""

from __future__ import annotations

import copy
import pickle
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signalcraft.models import AlertEvent, AlertGroup, make_id
from signalcraft.operators.grouping import AlertGrouper, GroupState

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def firing(fp: str, start: float, severity: str = "warning", **kw) -> AlertEvent:
    return _event(fp, "firing", start, None, severity, **kw)


def resolved(fp: str, start: float, end: float, severity: str = "warning", **kw) -> AlertEvent:
    return _event(fp, "resolved", start, end, severity, **kw)


def _event(fp, status, start, end, severity, name="HighErrorRate", labels=None) -> AlertEvent:
    return AlertEvent(
        id=make_id("alert", fp, status, start, end),
        workspace_id="ws1",
        project="shop",
        environment="prod",
        service="payments-api",
        name=name,
        severity=severity,
        status=status,
        labels=labels or {"team": "core"},
        fingerprint=fp,
        starts_at=at(start),
        ends_at=None if end is None else at(end),
        source="test",
    )


def run(grouper: AlertGrouper, events, state: GroupState | None = None):
    out: list[AlertGroup] = []
    for event in events:
        state, emitted = grouper.step(state, event)
        out.extend(emitted)
    return state, out


def summary(groups: list[AlertGroup]):
    return [(g.status, g.version, g.alert_count, g.opened_at) for g in groups]


# -- keys -------------------------------------------------------------------------------


def test_default_key_uses_the_event_fields_sorted():
    key = AlertGrouper().key_of(firing("a", 0))
    assert key == (
        '{alertname="HighErrorRate",environment="prod",project="shop",'
        'service="payments-api",workspace="ws1"}'
    )


def test_other_group_by_names_come_from_labels_and_missing_ones_are_left_out():
    grouper = AlertGrouper(group_by=("workspace", "team", "cluster", "alertname"))
    event = firing("a", 0, labels={"team": 'co"re', "service": "ignored"})
    assert grouper.key_of(event) == '{alertname="HighErrorRate",team="co\\"re",workspace="ws1"}'
    assert grouper.group_labels(event) == {
        "workspace": "ws1",
        "team": 'co"re',
        "alertname": "HighErrorRate",
    }


def test_field_names_win_over_labels_of_the_same_name():
    grouper = AlertGrouper(group_by=("workspace", "service"))
    event = firing("a", 0, labels={"service": "from-label"})
    assert grouper.key_of(event) == '{service="payments-api",workspace="ws1"}'


def test_group_by_without_workspace_is_refused():
    with pytest.raises(ValueError, match="must include 'workspace'"):
        AlertGrouper(group_by=("project", "alertname"))


def test_hyperparameters_are_stored_under_their_names():
    grouper = AlertGrouper(group_wait=timedelta(seconds=10), resolve_after=timedelta(hours=1))
    assert grouper.group_by == ("workspace", "project", "environment", "service", "alertname")
    assert grouper.group_wait == timedelta(seconds=10)
    assert grouper.group_interval == timedelta(minutes=5)
    assert grouper.resolve_after == timedelta(hours=1)


def test_an_event_of_another_key_is_refused():
    grouper = AlertGrouper()
    state, _ = grouper.step(None, firing("a", 0))
    with pytest.raises(ValueError, match="has key"):
        grouper.step(state, firing("b", 1, name="Other"))


# -- created / updated / resolved -------------------------------------------------------


def test_first_firing_creates_the_group_at_once():
    grouper = AlertGrouper()
    event = firing("a", 0, severity="error")
    _, out = grouper.step(None, event)
    [group] = out
    key = grouper.key_of(event)
    assert group.status == "created"
    assert group.version == 1
    assert group.id == make_id("group", "ws1", key, at(0).isoformat())
    assert group.group_key == key
    assert group.opened_at == group.updated_at == at(0)
    assert group.resolved_at is None
    assert group.fingerprints == ("a",)
    assert group.alert_count == 1
    assert group.max_severity == "error"
    assert (group.project, group.environment, group.service) == ("shop", "prod", "payments-api")


def test_the_same_event_twice_changes_nothing():
    grouper = AlertGrouper()
    events = [firing("a", 0), firing("b", 400), resolved("a", 0, 500)]
    state = None
    for event in events:
        state, _ = grouper.step(state, event)
        before = copy.deepcopy(state)
        state, out = grouper.step(state, event)
        assert out == []
        assert state == before


def test_replaying_everything_after_the_group_resolved_changes_nothing():
    grouper = AlertGrouper()
    events = [firing("a", 0), firing("b", 10), resolved("a", 0, 60), resolved("b", 10, 90)]
    state, out = run(grouper, events)
    assert out[-1].status == "resolved"
    before = copy.deepcopy(state)
    state, again = run(grouper, events, state)
    assert again == []
    assert state == before


def test_a_new_fingerprint_waits_for_group_interval_and_changes_are_coalesced():
    grouper = AlertGrouper(group_interval=timedelta(minutes=5))
    state, out = run(grouper, [firing("a", 0)])
    state, out = run(grouper, [firing("b", 60), firing("c", 120)], state)
    assert out == []  # within group_interval of the created record
    state, out = run(grouper, [firing("a", 300)], state)  # no change itself, interval elapsed
    [group] = out
    assert (group.status, group.version, group.fingerprints) == ("updated", 2, ("a", "b", "c"))
    assert group.updated_at == at(300)
    state, out = run(grouper, [firing("a", 400)], state)
    assert out == []  # nothing pending


def test_a_new_fingerprint_after_the_interval_is_emitted_on_its_own_event():
    grouper = AlertGrouper()
    state, _ = run(grouper, [firing("a", 0)])
    _, out = run(grouper, [firing("b", 301)], state)
    assert summary(out) == [("updated", 2, 2, at(0))]


def test_severity_escalation_is_an_update_and_a_drop_is_not():
    grouper = AlertGrouper(group_interval=timedelta(seconds=60))
    state, _ = run(grouper, [firing("a", 0, severity="warning")])
    state, out = run(grouper, [firing("a", 100, severity="critical")], state)
    [group] = out
    assert (group.status, group.max_severity, group.alert_count) == ("updated", "critical", 1)
    _, out = run(grouper, [firing("a", 200, severity="info")], state)
    assert out == []


def test_resolved_only_when_every_member_resolved():
    grouper = AlertGrouper()
    state, _ = run(grouper, [firing("a", 0), firing("b", 10)])
    state, out = run(grouper, [resolved("a", 0, 100)], state)
    assert out == []
    _, out = run(grouper, [resolved("b", 10, 90)], state)
    [group] = out
    assert group.status == "resolved"
    assert group.resolved_at == at(100)  # the latest ends_at, not the last to arrive
    assert group.fingerprints == ("a", "b")


def test_an_older_resolution_does_not_end_a_newer_firing_episode():
    grouper = AlertGrouper()
    state, _ = run(grouper, [firing("a", 0), firing("a", 200)])
    state, out = run(grouper, [resolved("a", 0, 100)], state)
    assert out == []
    _, out = run(grouper, [resolved("a", 200, 300)], state)
    assert [g.status for g in out] == ["resolved"]


def test_reopen_after_resolve_is_a_new_group_and_the_old_members_are_dropped():
    grouper = AlertGrouper()
    state, first = run(grouper, [firing("a", 0), resolved("a", 0, 60)])
    assert state.group is None and state.orphans == {}
    state, second = run(grouper, [firing("a", 120)], state)
    [group] = second
    assert (group.status, group.version, group.opened_at) == ("created", 1, at(120))
    assert group.id != first[0].id
    assert group.id == make_id("group", "ws1", group.group_key, at(120).isoformat())


# -- out of order -----------------------------------------------------------------------


def test_late_firing_within_group_wait_lowers_opened_at_and_keeps_the_id():
    grouper = AlertGrouper(group_wait=timedelta(seconds=30))
    state, (created,) = run(grouper, [firing("a", 100)])
    state, out = run(grouper, [firing("b", 90)], state)
    [group] = out
    assert (group.status, group.version, group.opened_at) == ("updated", 2, at(90))
    assert group.id == created.id
    assert group.fingerprints == ("a", "b")


def test_late_firing_after_group_wait_just_joins():
    grouper = AlertGrouper(group_wait=timedelta(seconds=30))
    state, _ = run(grouper, [firing("a", 100), firing("c", 130)])  # clock now 30 s past creation
    state, out = run(grouper, [firing("b", 90)], state)
    assert out == []  # joined, pending until group_interval
    _, out = run(grouper, [firing("a", 400)], state)
    [group] = out
    assert group.opened_at == at(100)
    assert group.fingerprints == ("a", "b", "c")


def test_resolution_before_its_firing_does_not_crash_and_is_applied_on_arrival():
    grouper = AlertGrouper()
    state, out = run(grouper, [resolved("a", 0, 60)])
    assert out == [] and state.group is None
    _, out = run(grouper, [firing("a", 0)], state)
    assert summary(out) == [("created", 1, 1, at(0)), ("resolved", 2, 1, at(0))]
    assert out[1].resolved_at == at(60)


def test_resolution_before_firing_inside_an_open_group():
    grouper = AlertGrouper()
    state, _ = run(grouper, [firing("a", 0), resolved("b", 10, 50)])
    state, out = run(grouper, [firing("b", 10)], state)
    assert out == []  # b joined already resolved; a still fires
    _, out = run(grouper, [resolved("a", 0, 70)], state)
    [group] = out
    assert (group.status, group.fingerprints, group.resolved_at) == ("resolved", ("a", "b"), at(70))


def test_a_firing_from_before_the_last_resolve_is_history_and_reopens_nothing():
    grouper = AlertGrouper()
    state, _ = run(grouper, [firing("a", 0), resolved("a", 0, 100)])
    _, out = run(grouper, [firing("b", 50), resolved("b", 50, 80)], state)
    assert out == []


def test_orphan_resolutions_are_forgotten_after_group_interval():
    grouper = AlertGrouper(group_interval=timedelta(minutes=5))
    state, _ = run(grouper, [resolved("x", 0, 10)])
    assert set(state.orphans) == {"x"}
    state, _ = run(grouper, [resolved("y", 0, 311)], state)
    assert set(state.orphans) == {"y"}


def test_resolve_after_resolves_members_not_heard_of():
    grouper = AlertGrouper(resolve_after=timedelta(minutes=10))
    state, _ = run(grouper, [firing("a", 0), firing("b", 300)])
    state, out = run(grouper, [firing("b", 650)], state)
    assert out == []  # a expired at 600 but b still fires
    _, out = run(grouper, [resolved("b", 650, 700)], state)
    [group] = out
    assert (group.status, group.resolved_at) == ("resolved", at(700))


def test_invalid_durations_are_refused():
    with pytest.raises(ValueError, match="group_interval"):
        AlertGrouper(group_interval=timedelta(seconds=-1))
    with pytest.raises(ValueError, match="resolve_after"):
        AlertGrouper(resolve_after=timedelta(0))


# -- state ------------------------------------------------------------------------------

SCENARIO = [
    firing("a", 0, severity="warning"),  # opens the group
    firing("b", 20),  # joins; pending
    firing("z", -5),  # late, within group_wait of creation: opened_at correction
    firing("c", 50),  # joins; pending
    firing("a", 310, severity="critical"),  # escalation; pending (290 s since the last emission)
    firing("d", 320),  # joins; 300 s since the last emission: one update with c, a and d
    resolved("a", 0, 400),
    resolved("b", 20, 420),
    resolved("z", -5, 450),
    resolved("c", 50, 460),
    resolved("e", 500, 560),  # before its firing
    firing("e", 500),  # joins already resolved; pending (240 s since the last emission)
    resolved("d", 320, 630),  # the last member: resolved, pending changes folded in
    firing("a", 700),  # a new group
    firing("b", 600),  # starts before the last resolve: history, ignored
    resolved("d", 320, 630),  # replayed: ignored
]


def test_golden_scenario():
    grouper = AlertGrouper(group_wait=timedelta(seconds=30), group_interval=timedelta(minutes=5))
    _, out = run(grouper, SCENARIO)
    assert [(g.status, g.version, g.alert_count, g.opened_at, g.max_severity) for g in out] == [
        ("created", 1, 1, at(0), "warning"),
        ("updated", 2, 3, at(-5), "warning"),
        ("updated", 3, 5, at(-5), "critical"),
        ("resolved", 4, 6, at(-5), "critical"),
        ("created", 1, 1, at(700), "warning"),
    ]
    assert len({g.id for g in out[:4]}) == 1 and out[4].id != out[0].id
    assert out[0].id == make_id("group", "ws1", out[0].group_key, at(0).isoformat())
    assert out[3].fingerprints == ("a", "b", "c", "d", "e", "z")
    assert out[3].resolved_at == at(630)
    assert [g.resolved_at for g in out].count(None) == 4
    assert [g.updated_at for g in out] == [at(0), at(20), at(320), at(630), at(700)]


@pytest.mark.parametrize("cut", range(len(SCENARIO) + 1))
def test_state_pickles_mid_stream_and_continues_identically(cut):
    grouper = AlertGrouper()
    _, expected = run(grouper, SCENARIO)
    state, head = run(grouper, SCENARIO[:cut])
    restored = pickle.loads(pickle.dumps(state))
    assert restored == state
    _, tail = run(grouper, SCENARIO[cut:], restored)
    assert head + tail == expected


def _final_status(events) -> str | None:
    _, out = run(AlertGrouper(), events)
    return out[-1].status if out else None


PROPERTY_EVENTS = [
    firing("a", 0),
    firing("b", 20, severity="critical"),
    firing("c", 40),
    firing("a", 90),  # a second episode of a
    resolved("a", 0, 60),
    resolved("a", 90, 150),
    resolved("b", 20, 120),
    resolved("c", 40, 100),
]


@settings(max_examples=300, deadline=None)
@given(st.permutations(PROPERTY_EVENTS))
def test_any_order_never_raises_and_ends_resolved(events):
    # Every fingerprint ends resolved and the events span less than group_interval.
    state, out = run(AlertGrouper(), events)
    assert out, "some group was created"
    assert out[-1].status == "resolved"
    assert state.group is None
    for group in out:
        assert group.fingerprints == tuple(sorted(group.fingerprints))
        assert group.alert_count == len(group.fingerprints)


@settings(max_examples=300, deadline=None)
@given(st.permutations(PROPERTY_EVENTS), st.data())
def test_feeding_any_earlier_event_again_changes_nothing(events, data):
    later = data.draw(st.integers(0, len(events) - 1), label="later")
    earlier = data.draw(st.integers(0, later), label="earlier")
    grouper = AlertGrouper()
    state, _ = run(grouper, events[: later + 1])
    before = copy.deepcopy(state)
    state, out = grouper.step(state, events[earlier])
    assert out == []
    assert state == before


def test_state_stays_bounded_over_many_groups():
    grouper = AlertGrouper()
    state, sizes = None, []
    for i in range(200):
        start = i * 1000
        fps = [f"fp-{i}-{n}" for n in range(5)]
        events = [firing(fp, start + n) for n, fp in enumerate(fps)]
        events += [resolved(fp, start + n, start + 100 + n) for n, fp in enumerate(fps)]
        state, out = run(grouper, events, state)
        assert out[-1].status == "resolved"
        assert state.group is None and state.orphans == {}
        sizes.append(len(pickle.dumps(state)))
    assert max(sizes) == min(sizes)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PROPERTY_EVENTS), max_size=20))
def test_any_sequence_with_repeats_never_raises(events):
    state, out = run(AlertGrouper(), events)
    versions: dict[str, int] = {}
    for group in out:
        assert group.version == versions.get(group.id, 0) + 1
        versions[group.id] = group.version
    assert state is None or pickle.loads(pickle.dumps(state)) == state
