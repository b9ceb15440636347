"""Change correlation: candidate window, scoring, event-time join, lateness, state."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signalcraft.models import AlertEvent, AlertGroup, ChangeEvent, Correlation, make_id
from signalcraft.operators.correlation import (
    ChangeBuffer,
    CorrelationParams,
    Correlator,
    CorrelatorState,
    score_candidates,
)
from signalcraft.operators.correlation_rank import rank_candidates

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
MIN = 60.0


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def group(
    gid: str = "g1",
    opened: float = 0.0,
    updated: float | None = None,
    status: str = "created",
    service: str = "payments-api",
    version: int = 1,
) -> AlertGroup:
    return AlertGroup(
        id=gid,
        workspace_id="ws1",
        group_key=f'{{service="{service}"}}',
        group_labels={"service": service},
        project="shop",
        environment="prod",
        service=service,
        status=status,
        opened_at=at(opened),
        updated_at=at(opened if updated is None else updated),
        resolved_at=at(updated or opened) if status == "resolved" else None,
        fingerprints=("f1",),
        alert_count=1,
        max_severity="error",
        version=version,
    )


def change(
    cid: str,
    when: float,
    type_: str = "deployment",
    service: str = "payments-api",
    project: str = "shop",
    environment: str = "prod",
    workspace_id: str = "ws1",
    version: str | None = "v2.4",
    source: str = "test",
) -> ChangeEvent:
    return ChangeEvent(
        id=cid,
        workspace_id=workspace_id,
        type=type_,
        source=source,
        project=project,
        environment=environment,
        service=service,
        version=version,
        summary=f"{type_} of {service}",
        timestamp=at(when),
    )


def ids(correlations: list[Correlation]) -> list[str]:
    return [c.change_id for c in correlations]


P = CorrelationParams()

# -- params ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kw",
    [
        {"lookback": timedelta(0)},
        {"tolerance_after": timedelta(seconds=-1)},
        {"allowed_lateness": timedelta(seconds=-1)},
        {"suspect_threshold": 1.5},
        {"max_candidates": 0},
    ],
)
def test_params_reject_bad_values(kw):
    with pytest.raises(ValueError, match="correlation params"):
        CorrelationParams(**kw)


def test_params_defaults_are_not_shared():
    assert CorrelationParams().dependencies is not CorrelationParams().dependencies


# -- candidate window -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (-15 * MIN, True),  # exactly lookback
        (-15 * MIN - 1, False),  # just outside
        (-1, True),
        (0, True),
        (40, True),  # inside tolerance after
        (2 * MIN, True),  # exactly tolerance
        (2 * MIN + 1, False),  # beyond tolerance
    ],
)
def test_candidate_window_edges(when, expected):
    out = score_candidates(group(), [change("c", when)], P)
    assert (len(out) == 1) is expected


def test_other_environment_project_or_workspace_never_candidates():
    changes = [
        change("env", -60, environment="staging"),
        change("proj", -60, project="billing"),
        change("ws", -60, workspace_id="ws2"),
    ]
    assert score_candidates(group(), changes, P) == []


def test_change_after_alert_scored_lower_with_skew_reason():
    # another type: two deployments of one service 80 s apart would be one change
    before, after = score_candidates(group(), [change("b", -40), change("a", 40, type_="config_update")], P)
    assert (before.change_id, after.change_id) == ("b", "a")
    assert after.score < before.score and not after.suspect
    assert after.lag_s == -40.0
    assert (
        "changed 40 s after the first alert (clock skew tolerance)" in after.reasons[0]
    )


def test_reasons_and_lag():
    [c] = score_candidates(group(), [change("c", -120)], P)
    assert c.reasons == (
        "deployed payments-api v2.4 2 min before the first alert",
        "same service",
    )
    assert c.lag_s == 120.0 and c.rank == 1 and c.suspect and c.version == 1


# -- scope ----------------------------------------------------------------------------


def test_same_service_beats_other_service():
    out = score_candidates(
        group(), [change("other", -30, service="cart"), change("same", -600)], P
    )
    assert ids(out) == ["same", "other"]
    assert "same project, other service (cart)" in out[1].reasons
    assert not out[1].suspect


def test_dependency_map_counts_upstream():
    params = CorrelationParams(dependencies={"checkout-api": ("payments-api",)})
    g = group(service="checkout-api")
    changes = [
        change("up", -300, service="payments-api"),
        change("other", -300, service="cart"),
    ]
    out = score_candidates(g, changes, params)
    assert ids(out) == ["up", "other"]
    assert "upstream dependency of checkout-api" in out[0].reasons
    plain = score_candidates(g, changes, P)
    assert plain[0].score < out[0].score  # without the map it is just another service


# -- change types ---------------------------------------------------------------------


def test_type_priors_order():
    types = ["other", "restart", "release", "config_update", "deployment"]
    changes = [change(t, -300, type_=t) for t in types]
    out = score_candidates(group(), changes, CorrelationParams(max_candidates=5))
    assert ids(out) == ["deployment", "config_update", "release", "restart", "other"]


@pytest.mark.parametrize("when", [0.5, 30, 119])
def test_rollback_after_alert_start_is_never_suspect(when):
    params = CorrelationParams(suspect_threshold=0.0)
    [c] = score_candidates(group(), [change("rb", when, type_="rollback")], params)
    assert c.score < 0.05
    assert "a remedy, not a cause" in c.reasons[0]
    out = score_candidates(
        group(), [change("rb", when, type_="rollback"), change("d", -800)], P
    )
    assert ids(out) == ["d", "rb"] and out[0].suspect and not out[1].suspect


def test_rollback_before_alert_counts_as_a_change():
    [c] = score_candidates(group(), [change("rb", -60, type_="rollback")], P)
    assert c.suspect


# -- ranking --------------------------------------------------------------------------


def test_at_most_max_candidates_ranked():
    changes = [change(f"c{i}", -60 * i, service=f"svc{i}") for i in range(1, 8)]
    out = score_candidates(group(), changes, P)
    assert [c.rank for c in out] == [1, 2, 3]
    assert ids(out) == ["c1", "c2", "c3"]
    assert [c.suspect for c in out] == [True, False, False]


def test_reports_of_one_change_by_several_tools_are_one_candidate():
    reports = [
        change("k8s", -482, source="kubernetes-event", version="l87lpx89fp"),
        change("gh", -520, source="github-deployment", version="v2.14.0"),
        change("status", -346, source="github-deployment-status", version="v2.14.0"),
        change("flag", -300, type_="flag_change"),
    ]
    out = score_candidates(group(), reports, P)
    assert ids(out) == ["flag", "gh"]
    assert out[1].reasons[-1] == "also reported by github-deployment-status, kubernetes-event"
    alone = score_candidates(group(), [reports[0]], P)
    assert ids(alone) == ["k8s"] and alone[0].suspect  # an echo alone still counts


def test_suspect_threshold():
    c = change("c", -300, type_="other", service="cart")
    [low] = score_candidates(group(), [c], P)
    assert not low.suspect
    [high] = score_candidates(
        group(), [c], CorrelationParams(suspect_threshold=low.score)
    )
    assert high.suspect


def test_ids_deterministic_and_order_independent():
    changes = [change("a", -60), change("b", -120, service="cart"), change("c", 30)]
    one = score_candidates(group(), changes, P)
    two = score_candidates(group(), list(reversed(changes)), P)
    assert one == two
    assert [c.id for c in one] == [make_id("corr", "g1", cid) for cid in ids(one)]


# -- alert-rate evidence --------------------------------------------------------------


def test_alert_rate_changes_ranking_and_reason():
    a, b = change("a", -120), change("b", -600)

    def rate(service, start, end):
        assert service == "payments-api"
        if end == b.timestamp:
            return 1  # 1 alert in the 10 min before b
        if start == b.timestamp:
            assert end == at(60)  # until a minute after the group opened
            return 22  # 2 a minute after b: 20 times the rate before
        return round((end - start).total_seconds() / 60)  # one a minute around a: flat

    assert ids(score_candidates(group(), [a, b], P)) == ["a", "b"]
    out = score_candidates(group(), [a, b], P, alert_rate=rate)
    assert ids(out) == ["b", "a"]
    assert out[0].reasons[-1] == "alert rate of payments-api rose 20× after the change"
    assert out[1].reasons[-1] == "alert rate of payments-api did not rise after the change"
    # b: proximity 1 - 0.8 * 600/900, deployment prior 1, rise 20x -> factor 1 + 0.1 * 3
    assert out[0].score == round((0.5 * (1 - 0.8 * 600 / 900) + 0.5) * 1.3, 4) == 0.9533


def test_alert_rate_without_any_alert_is_no_evidence():
    [plain] = score_candidates(group(), [change("a", -120)], P)
    [counted] = score_candidates(group(), [change("a", -120)], P, alert_rate=lambda *_: 0)
    assert counted == plain


# -- the join -------------------------------------------------------------------------


def run(correlator: Correlator, records, state: CorrelatorState | None = None):
    """Fold ``records`` the way the flow does: one state per key; return the last key's."""
    states: dict = {} if state is None else {state.key: state}
    out: list[Correlation] = []
    for record in records:
        step = (
            correlator.on_group
            if isinstance(record, AlertGroup)
            else correlator.on_change
        )
        key = correlator.key_of(record)
        states[key], emitted = step(states.get(key), record)
        state = states[key]
        out.extend(emitted)
    return state, out


def latest(out: list[Correlation]) -> dict[str, Correlation]:
    """What a sink keeping the latest version per id holds."""
    rows: dict[str, Correlation] = {}
    for c in out:
        if c.id not in rows or c.version >= rows[c.id].version:
            rows[c.id] = c
    return rows


def test_group_after_changes_emits_once():
    _, out = run(
        Correlator(), [change("a", -300), change("b", -60, service="cart"), group()]
    )
    assert ids(out) == ["a", "b"] and {c.version for c in out} == {1}


def test_late_change_within_lateness_upgrades():
    correlator = Correlator()
    state, first = run(
        correlator, [change("weak", -600, type_="restart", service="cart"), group()]
    )
    assert ids(first) == ["weak"] and not first[0].suspect
    state, second = run(
        correlator, [change("x", 60, service="cart"), change("deploy", -120)], state
    )
    assert state.change_clock == at(60)
    upgraded = [c for c in second if c.version == max(c.version for c in second)]
    assert (
        upgraded[0].version == 3
        and upgraded[0].change_id == "deploy"
        and upgraded[0].suspect
    )
    weak = next(c for c in upgraded if c.change_id == "weak")
    assert weak.id == first[0].id and weak.rank == 2
    assert [c.change_id for c in upgraded] == ["deploy", "weak", "x"]
    assert latest(first + second)[make_id("corr", "g1", "deploy")].suspect


def test_late_change_version_two_same_ids():
    correlator = Correlator()
    state, first = run(correlator, [change("weak", -600, type_="restart"), group()])
    state, second = correlator.on_change(state, change("deploy", -120))
    assert {c.version for c in second} == {2}
    assert ids(second) == ["deploy", "weak"] and second[0].suspect
    assert second[1].id == first[0].id


def test_late_change_beyond_lateness_does_nothing():
    correlator = Correlator()
    # the window closes at opened_at + tolerance_after + allowed_lateness = 5 min
    state, _ = run(
        correlator, [group(), change("later", 5 * MIN, service="cart", project="shop")]
    )
    assert state.groups == {}
    state, out = correlator.on_change(state, change("deploy", -120))
    assert out == []


def test_late_change_just_before_deadline_upgrades():
    correlator = Correlator()
    state, _ = run(correlator, [group(), change("x", 5 * MIN - 1, service="cart")])
    state, out = correlator.on_change(state, change("deploy", -120))
    assert ids(out) == ["deploy"] and out[0].version == 1


def test_replayed_change_emits_nothing():
    correlator = Correlator()
    state, first = run(correlator, [group(), change("d", -60)])
    state, again = correlator.on_change(state, change("d", -60))
    assert len(first) == 1 and again == [] and state.buffer.size == 1


def test_updated_group_rescored_only_when_set_changes():
    correlator = Correlator()
    state, first = run(correlator, [change("d", -60), group()])
    state, same = correlator.on_group(
        state, group(status="updated", updated=30, version=2)
    )
    assert len(first) == 1 and same == []
    # a corrected opened_at (earlier start) moves the window and the lag
    state, moved = correlator.on_group(
        state, group(opened=-30, updated=40, status="updated")
    )
    assert moved[0].lag_s == 30.0 and moved[0].version == 2


def test_very_late_group_scored_once_not_remembered():
    correlator = Correlator()
    state, _ = correlator.on_change(None, change("d", -60))
    state, _ = correlator.on_change(state, change("far", 10 * MIN, service="cart"))
    state, out = correlator.on_group(state, group())
    assert ids(out) == ["d"] and state.groups == {}
    state, out = correlator.on_group(
        state, group(status="updated", updated=11 * MIN, version=2)
    )
    assert out == []


def test_resolved_group_emits_nothing():
    state, out = run(
        Correlator(), [change("d", -60), group(status="resolved", updated=60)]
    )
    assert out == [] and state.groups == {}


def test_other_key_rejected():
    state, _ = Correlator().on_group(None, group())
    with pytest.raises(ValueError, match="change correlation: change event 'e'"):
        Correlator().on_change(state, change("e", 0, environment="staging"))


def firing(i: int, when: float, service: str = "payments-api") -> AlertEvent:
    return AlertEvent(id=f"a{i}", workspace_id="ws1", project="shop", environment="prod", service=service,
        name="HighErrorRate", severity="critical", status="firing", fingerprint=f"f{i}", starts_at=at(when),
        source="test")


def test_state_bounded_over_long_stream():
    correlator = Correlator(CorrelationParams(horizon=timedelta(hours=1)))
    state = None
    max_changes = max_groups = max_counts = 0
    for i in range(2000):  # 2000 minutes: two changes and three alerts a minute, a group every 10 min
        state, _ = correlator.on_change(state, change(f"c{i}a", i * MIN, service=f"s{i % 7}"))
        state, _ = correlator.on_change(state, change(f"c{i}b", i * MIN + 30))
        for j in range(3):
            state, _ = correlator.on_alert(state, firing(3 * i + j, i * MIN + 20 * j, service=f"s{j}"))
        if i % 10 == 0:
            state, _ = correlator.on_group(state, group(f"g{i}", opened=i * MIN + 5))
        max_changes = max(max_changes, state.buffer.size)
        max_groups = max(max_groups, len(state.groups))
        max_counts = max(max_counts, state.alerts.size)
    # changes: the horizon (60 min) behind the newest, two a minute
    assert max_changes == 2 * 60 + 1
    assert state.buffer.changes[0].timestamp == state.change_clock - timedelta(hours=1)
    # groups close as soon as the change clock passes opened_at + tolerance + lateness
    assert max_groups == 1
    # alert counts: three services, the horizon behind the newest group, evicted once the
    # cut is an hour on, plus the minutes counted before the next group moves the clock on
    assert 3 * 60 < max_counts <= 3 * (60 + 60 + 10 + 1)


def test_the_buffer_keeps_at_most_max_buffered_changes():
    correlator = Correlator(CorrelationParams(max_buffered_changes=50))
    state = None
    for i in range(200):
        state, _ = correlator.on_change(state, change(f"c{i}", i))
    assert state.buffer.size == 50 and state.buffer.changes[0].id == "c150"


def test_changes_read_ahead_wait_for_the_alerts():
    """A backfill may read the change topic hours ahead of the alerts: nothing is lost."""
    correlator = Correlator()
    state = None
    for i in range(600):  # ten hours of deploys of another service, the bad one at 5 h
        state, _ = correlator.on_change(state, change(f"c{i}", i * MIN - 5 * 3600, service="cart"))
    state, _ = correlator.on_change(state, change("bad", -240))
    state, out = correlator.on_group(state, group())
    assert ids(out)[0] == "bad" and out[0].suspect


def test_alerts_read_ahead_wait_for_the_changes():
    """A backfill may read the alert topic hours ahead of the changes: the groups wait."""
    correlator = Correlator()
    state = None
    for i in range(30):  # a group an hour for 30 hours, all before any change
        state, _ = correlator.on_group(state, group(f"g{i}", opened=i * 3600))
        state, _ = correlator.on_alert(state, firing(i, i * 3600))
    out = []
    for i in range(30):
        state, got = correlator.on_change(state, change(f"d{i}", i * 3600 - 300))
        out += got
    assert {c.group_id: c.change_id for c in out} == {f"g{i}": f"d{i}" for i in range(30)}
    assert all(c.suspect for c in out) and len(state.groups) == 1


def test_open_groups_are_capped_per_key():
    correlator = Correlator(CorrelationParams(max_open_groups=5))
    state = None
    for i in range(12):
        state, _ = correlator.on_group(state, group(f"g{i}", opened=i * 3600))
    assert sorted(state.groups) == sorted(f"g{i}" for i in range(7, 12))


def test_max_change_delay_closes_groups_by_the_alert_clock():
    correlator = Correlator(CorrelationParams(max_change_delay=timedelta(minutes=30)))
    state, _ = correlator.on_group(None, group())
    state, _ = correlator.on_group(state, group("g2", opened=5 * MIN + 30 * MIN - 1, service="cart"))
    assert sorted(state.groups) == ["g1", "g2"]
    state, _ = correlator.on_alert(state, firing(1, 5 * MIN + 30 * MIN + 60))  # alerts alone move no clock
    assert sorted(state.groups) == ["g1", "g2"]
    g2 = group("g2", opened=5 * MIN + 30 * MIN - 1, updated=5 * MIN + 30 * MIN, service="cart", status="updated")
    state, _ = correlator.on_group(state, g2)
    assert list(state.groups) == ["g2"]


def test_the_horizon_bounds_a_key_without_alerts():
    correlator = Correlator(CorrelationParams(horizon=timedelta(hours=2)))
    state = None
    for i in range(600):
        state, _ = correlator.on_change(state, change(f"c{i}", i * MIN))
    assert state.buffer.size == 121 and state.buffer.changes[0].timestamp == at(479 * MIN)


def test_pickle_round_trip_mid_stream():
    correlator = Correlator()
    records = [change("weak", -600, type_="restart"), group(), change("deploy", -120)]
    state, _ = run(correlator, records[:2])
    restored = pickle.loads(pickle.dumps(state))
    assert restored == state
    _, out_a = run(correlator, records[2:], state)
    _, out_b = run(correlator, records[2:], restored)
    assert out_a == out_b and out_a[0].version == 2


def test_change_buffer_window_and_evict():
    buf = ChangeBuffer(retention=timedelta(minutes=18))
    for i, when in enumerate([300, -60, 0, 120]):
        buf.add(change(f"c{i}", when))
    assert [c.timestamp for c in buf.changes] == sorted(
        c.timestamp for c in buf.changes
    )
    assert ids_of(buf.window(at(0), at(120))) == ["c2", "c3"]
    buf.evict(at(18 * MIN))
    assert ids_of(buf.changes) == ["c2", "c3", "c0"]


def ids_of(changes: list[ChangeEvent]) -> list[str]:
    return [c.id for c in changes]


# -- out of order ---------------------------------------------------------------------

_POOL = [
    change("d1", -600),
    change("d2", -90, type_="flag_change"),
    change("o1", -200, service="cart", type_="config_update"),
    change("o2", -850, type_="release"),
    change("a1", 45, type_="deployment"),
    change("r1", 30, type_="rollback"),
    change("x1", -100, environment="staging"),
    change("x2", -100, type_="restart"),
]


def final_sets(out: list[Correlation]) -> dict[str, list[tuple]]:
    """The current correlation set per group, without its version, as a consumer reads it:
    the rows of the group's highest version, withdrawn ones dropped; a group left with none
    is absent. Checked against the other reading: per id the latest version, withdrawn
    ones dropped."""
    top: dict[str, int] = {}
    for c in out:
        top[c.group_id] = max(top.get(c.group_id, 0), c.version)
    current = [c for c in out if c.version == top[c.group_id] and not c.withdrawn]
    assert sorted(c.id for c in current) == sorted(c.id for c in latest(out).values() if not c.withdrawn)
    sets: dict[str, list[tuple]] = {}
    for c in current:
        sets.setdefault(c.group_id, []).append(tuple(sorted(c.model_dump(exclude={"version"}).items())))
    return sets


@settings(max_examples=150, deadline=None)
@given(st.permutations([*_POOL, group()]))
def test_out_of_order_arrival_gives_same_final_set(records):
    correlator = Correlator()
    in_order = sorted(
        records,
        key=lambda r: r.timestamp if isinstance(r, ChangeEvent) else r.opened_at,
    )
    _, expected = run(correlator, in_order)
    _, got = run(correlator, records)
    assert final_sets(got) == final_sets(expected)
    [g] = [r for r in records if isinstance(r, AlertGroup)]
    env = [r for r in _POOL if r.environment == "prod"]
    assert final_sets(got)["g1"] == final_sets(score_candidates(g, env, P))["g1"]


_CHANGE = st.builds(
    lambda i, when, type_, service: change(f"c{i}", when, type_=type_, service=service),
    i=st.integers(0, 10**6),
    when=st.integers(-17 * 60, 3 * 60),
    type_=st.sampled_from(
        ["deployment", "rollback", "flag_change", "release", "restart", "other"]
    ),
    service=st.sampled_from(["payments-api", "cart", "db"]),
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_CHANGE, max_size=10, unique_by=lambda c: c.id),
    st.randoms(use_true_random=False),
)
def test_arrival_order_within_lateness_never_matters(changes, rnd):
    params = CorrelationParams(dependencies={"payments-api": ("db",)})
    correlator = Correlator(params)
    records = [*changes, group()]
    rnd.shuffle(records)
    state, got = run(correlator, records)
    # every event time is at most 3 min after opened_at: the window (5 min) never closed
    assert state.groups["g1"].emitted == rank_candidates(group(), changes, params)
    assert final_sets(got) == final_sets(score_candidates(group(), changes, params))



def stored(out: list) -> dict[str, tuple]:
    """What a sink keeping the latest version per id holds, withdrawals included, without the version."""
    return {cid: tuple(sorted(c.model_dump(exclude={"version"}).items()))
            for cid, c in latest([c for c in out if isinstance(c, Correlation)]).items()}


def test_alerts_shortly_before_the_deadline_count_whether_or_not_the_closing_change_came_first():
    # The group closes when the change clock reaches opened + 5 min; alert events come by their own
    # topic, and two that started 30-50 s before the change that closes it (within allowed_lateness)
    # may reach the join before or after it: the rows stored must not care.
    correlator, g = Correlator(), group()
    head = [firing(0, -400), firing(1, -30), g, change("d1", -120)]
    closing = change("z", 301, service="cart")
    late_alerts = [firing(2, 250), firing(3, 270)]
    runs = []
    for tail in ([*late_alerts, closing], [closing, *late_alerts]):
        state, out = None, []
        for record in [*head, *tail]:
            state, emitted = correlator.step(state, record)
            out += emitted
        runs.append(stored(out))
    assert runs[0] == runs[1]
    assert "g1" not in state.groups and len(runs[0]) == 1


def test_a_group_scored_before_its_first_alert_was_counted_stores_what_the_other_order_does():
    # The alert that makes the group comes before or after a change of another topic: the group's
    # first scoring must read that alert either way, or a candidate it emits and later withdraws
    # (a closer change pushes it out) keeps a score and reasons that depend on the arrival order.
    from signalcraft.operators.group_join import GroupJoin
    from signalcraft.operators.grouping import AlertGrouper

    first, closer = change("d1", -120), change("f1", -20, type_="flag_change", version=None)
    runs = []
    for records in ([firing(0, 0), first, closer], [first, firing(0, 0), closer]):
        gj = GroupJoin(AlertGrouper(), Correlator(CorrelationParams(max_candidates=1)))
        state, out = None, []
        for record in records:
            [(_, part)] = gj.by_key([record])
            state, emitted = gj.step_many(state, part)
            out += emitted
        runs.append(stored(out))
    assert [c["withdrawn"] for c in map(dict, runs[0].values())] == [True, False]  # d1 withdrawn, f1 kept
    assert runs[0] == runs[1]

def test_spellings_of_one_environment_join_and_others_do_not():
    correlator = Correlator()
    g = group()  # environment "prod"
    spelled = [change("a", -120, environment="Production"), change("b", -60, environment="prd", service="cart")]
    assert {correlator.key_of(c) for c in spelled} == {correlator.key_of(g)} == {("ws1", "shop", "production")}
    state, _ = correlator.on_change(None, spelled[0])
    state, _ = correlator.on_change(state, spelled[1])
    state, out = correlator.on_group(state, g)
    assert ids(out) == ["a", "b"] and out[0].suspect
    assert score_candidates(g, [change("s", -60, environment="staging")], P) == []
    # the aliases are a setting: without them, "prd" is an environment of its own
    plain = CorrelationParams(environment_aliases={})
    assert ids(score_candidates(g, spelled, plain)) == []


def test_a_record_of_another_key_is_refused_naming_it():
    correlator = Correlator()
    state, _ = correlator.step(None, group())
    with pytest.raises(ValueError, match=r"change event 'c9' has key \('ws1', 'other', 'production'\), state is for "
                                         r"\('ws1', 'shop', 'production'\)"):
        correlator.step(state, change("c9", 0, project="other"))
