"""One change is one candidate by its identity, timed from when it went live.

The defects these tests pin (each failed before reports were folded by identity):
two deploys of one service minutes apart were one candidate named by the older; a change
was timed from its request, so a rollback requested just before the alerts (live after
them) was the suspect; and a deployment's queued/in-progress statuses were candidates of
their own beside it. The reports come from GitHub's real webhook sequence through the
adapters, then the ranking.
"""

from __future__ import annotations

import random
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from signalcraft.models import AlertGroup, ChangeEvent, make_id
from signalcraft.operators.change_identity import contradicts, fold_reports
from signalcraft.operators.correlation import CorrelationParams, Correlator, score_candidates
from tests.support import at, github_deployment_webhooks, parse_changes

SHA_A = "4f2d8a61c9b3e07d5a1f8c2e6b4d9a3c7e1f0b28"
SHA_B = "9e1c0b7a5d3f2e8c6a4b1d9f7e5c3a1b8d6f4e20"
SHA_OLD = "1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e"
RATE_OFF = CorrelationParams(alert_rate=False)
WINDOW, ROLLOUT = timedelta(minutes=5), timedelta(minutes=30)


def group(opened: float = 0.0) -> AlertGroup:
    """payments-api's alert group of workspace acme, project shop, opened ``opened`` min after T0."""
    return AlertGroup(
        id=make_id("group", "payments-api", opened), workspace_id="acme", group_key='{service="payments-api"}',
        group_labels={"service": "payments-api"}, project="shop", environment="prod", service="payments-api",
        status="created", opened_at=at(opened), updated_at=at(opened), fingerprints=("f1",), alert_count=1,
        max_severity="critical", version=1,
    )


def report(i: int, minutes: float, phase: str = "live", type_: str = "deployment", source: str = "test",
           **identifiers: str) -> ChangeEvent:
    return ChangeEvent(
        id=f"r{i}", workspace_id="acme", type=type_, source=source, project="shop", environment="prod",
        service="payments-api", summary="x", timestamp=at(minutes), phase=phase, identifiers=identifiers,
    )


# -- defect 1: two deploys minutes apart are two candidates; the newer is named ------------------


def test_two_deploys_four_minutes_apart_are_two_candidates_and_the_newer_is_the_suspect():
    reports = parse_changes([
        *github_deployment_webhooks(101, SHA_A, -6, [("in_progress", -5.9), ("success", -5)]),
        *github_deployment_webhooks(102, SHA_B, -2, [("in_progress", -1.9), ("success", -1)]),
    ])
    out = score_candidates(group(), reports, RATE_OFF)
    by_sha = {next(r for r in reports if r.id == c.change_id).version: c for c in out}
    assert set(by_sha) == {SHA_A, SHA_B} and len(out) == 2
    newer, older = by_sha[SHA_B], by_sha[SHA_A]
    assert (newer.rank, newer.suspect, older.rank, older.suspect) == (1, True, 2, False)
    assert (newer.requested_at, newer.live_at, newer.lag_s) == (at(-2), at(-1), 60.0)
    assert (older.requested_at, older.live_at, older.lag_s) == (at(-6), at(-5), 300.0)
    assert newer.reasons[0] == (
        "deployed payments-api 9e1c0b7a5d3f live 1 min before the first alert (requested 2 min before the first alert)"
    )


def test_other_tools_without_a_version_fold_into_the_change_they_cannot_contradict():
    """Kubernetes rollouts known only by their pod-template hash: each goes to the deploy
    nearest in time, and two hashes never share a change."""
    reports = [
        *parse_changes([
            *github_deployment_webhooks(101, SHA_A, -6, [("success", -5)]),
            *github_deployment_webhooks(102, SHA_B, -2, [("success", -1)]),
        ]),
        report(1, -4.9, source="kubernetes-event", pod_template="6b9d85fbd6"),
        report(2, -0.9, source="kubernetes-event", pod_template="7ff854f459"),
    ]
    folded = fold_reports(reports, WINDOW, ROLLOUT)
    assert [sorted(r.source for r in c.reports) for c in folded] == [
        ["github-deployment", "github-deployment-status", "kubernetes-event"]
    ] * 2
    assert [c.identifiers["pod_template"] for c in folded] == ["6b9d85fbd6", "7ff854f459"]
    assert [c.identifiers["revision"] for c in folded] == [SHA_A, SHA_B]


# -- defect 2: timed from when it went live ------------------------------------------------------


def test_a_rollback_requested_before_the_alerts_but_live_after_them_is_a_remedy_not_the_suspect():
    reports = parse_changes([
        *github_deployment_webhooks(201, SHA_A, -13, [("queued", -12.9), ("in_progress", -12.5), ("success", -11)]),
        *github_deployment_webhooks(202, SHA_OLD, -23 / 60, [("queued", -0.3), ("in_progress", 0.5), ("success", 5)],
                                    rollback=True),
    ])
    suspect, rollback = score_candidates(group(), reports, RATE_OFF)
    assert suspect.suspect and suspect.requested_at == at(-13) and suspect.live_at == at(-11)
    assert not rollback.suspect and rollback.score < 0.1
    assert (rollback.requested_at, rollback.live_at, rollback.lag_s) == (at(-23 / 60), at(5), -300.0)
    assert rollback.reasons[0] == (
        "rolled back payments-api 1b2c3d4e5f60 live 5 min after the first alert "
        "(requested 23 s before the first alert): a remedy, not a cause"
    )


def test_a_failed_deploy_right_before_the_alerts_is_a_candidate_never_the_suspect():
    reports = parse_changes([
        *github_deployment_webhooks(301, SHA_A, -9, [("success", -8)]),
        *github_deployment_webhooks(302, SHA_B, -2, [("in_progress", -1.8), ("failure", -1)]),
    ])
    cause, failed = score_candidates(group(), reports, RATE_OFF)
    assert cause.suspect and cause.live_at == at(-8)
    assert not failed.suspect and failed.live_at is None and failed.requested_at == at(-2)
    assert failed.reasons[0] == (
        "deployed payments-api 9e1c0b7a5d3f: requested 2 min before the first alert, failed and never went live"
    )
    [alone] = score_candidates(group(), [r for r in reports if r.version == SHA_B], RATE_OFF)
    assert alone.rank == 1 and not alone.suspect  # a failed change is never the suspect, even alone


def test_a_change_requested_long_before_its_window_is_timed_by_its_live_report():
    """Requested 40 min before the alerts (outside the look-back), live 4 min before."""
    reports = parse_changes(github_deployment_webhooks(401, SHA_A, -28, [("success", -4)]))
    [c] = score_candidates(group(), reports, RATE_OFF)
    assert (c.suspect, c.requested_at, c.live_at, c.lag_s) == (True, at(-28), at(-4), 240.0)


# -- defect 3: intermediate statuses are reports of the same change -----------------------------


def test_queued_pending_and_in_progress_statuses_are_the_same_candidate():
    reports = parse_changes(github_deployment_webhooks(
        501, SHA_A, -7, [("pending", -6.9), ("queued", -6.8), ("in_progress", -6), ("success", -3)]))
    assert len(reports) == 5
    [c] = score_candidates(group(), reports, RATE_OFF)
    live = next(r for r in reports if r.phase == "live")
    assert (c.change_id, c.requested_at, c.live_at, c.suspect) == (live.id, at(-7), at(-3), True)
    assert c.reasons[-1] == "also reported by github-deployment"


def test_a_deployment_still_in_progress_is_timed_from_its_request():
    reports = parse_changes(github_deployment_webhooks(601, SHA_A, -5, [("queued", -4.8), ("in_progress", -4)]))
    [c] = score_candidates(group(), reports, RATE_OFF)
    assert (c.requested_at, c.live_at, c.lag_s, c.suspect) == (at(-5), None, 300.0, True)
    assert "requested 5 min before the first alert, not reported live" in c.reasons[0]


def test_only_an_inactive_status_is_no_change():
    reports = parse_changes(github_deployment_webhooks(701, SHA_A, -300, [("inactive", -3)]))[1:]
    assert score_candidates(group(), reports, RATE_OFF) == []


# -- the join waits for the outcome of a change in flight ---------------------------------------


def test_the_join_holds_a_group_until_a_requested_rollback_reports_live():
    """The rollback's success comes 5.5 min after the first alert, past the group's usual
    deadline (tolerance 2 min + lateness 3 min): the group waits for it and re-times it."""
    reports = parse_changes([
        *github_deployment_webhooks(801, SHA_A, -12, [("success", -11)]),
        *github_deployment_webhooks(802, SHA_OLD, -23 / 60, [("success", 5.5)], rollback=True),
    ])
    correlator, state, emitted = Correlator(RATE_OFF), None, []
    for item in [*reports[:3], group(), reports[3]]:
        state, out = correlator.step(state, item)
        emitted.extend(out)
    first = [c for c in emitted if c.version == 1]
    assert first[0].change_id == reports[2].id and first[0].suspect  # the rollback, requested 23 s before
    final = [c for c in emitted if c.version == max(e.version for e in emitted)]
    assert [(c.change_id, c.suspect, c.live_at, c.withdrawn) for c in final] == [
        (reports[1].id, True, at(-11), False), (reports[3].id, False, at(5.5), False),
        (reports[2].id, False, None, True),  # the request no longer represents the rollback
    ]
    assert state.groups == {}  # closed once the outcome was known and the deadline passed


def test_without_an_outcome_the_hold_ends_max_rollout_after_the_request():
    reports = parse_changes(github_deployment_webhooks(901, SHA_A, -1, []))
    correlator = Correlator(RATE_OFF)
    state, _ = correlator.step(None, reports[0])
    state, _ = correlator.step(state, group())
    later = report(9, 28, type_="config_update", source="pagerduty-change")
    state, _ = correlator.step(state, later)
    assert list(state.groups) == [group().id]  # 29 min after the request: still waiting
    state, _ = correlator.step(state, report(10, 29.5, type_="config_update", source="pagerduty-change"))
    assert state.groups == {}


# -- properties ------------------------------------------------------------------------------------

KINDS = ("revision", "version", "github_deployment", "flag", "pod_template")
values = st.sampled_from(["aaaaaaa1", "bbbbbbb2", "v1", "v2", "42"])
identifier_sets = st.dictionaries(st.sampled_from(KINDS), values, max_size=3)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(identifier_sets, st.integers(-900, 900), st.sampled_from(["live", "requested", "failed"])),
             min_size=2, max_size=8),
    st.randoms(use_true_random=False),
)
def test_reports_with_different_identities_never_collapse_and_order_never_matters(specs, rnd):
    reports = [report(i, s / 60, phase, **ids) for i, (ids, s, phase) in enumerate(specs)]
    folded = fold_reports(reports, WINDOW, ROLLOUT)
    for change in folded:
        for a in change.reports:
            for b in change.reports:
                assert not contradicts(a.identifiers, b.identifiers), (a, b)
    assert sum(len(c.reports) for c in folded) == sum(r.phase != "inactive" for r in reports)
    shuffled = list(reports)
    rnd.shuffle(shuffled)
    assert fold_reports(shuffled, WINDOW, ROLLOUT) == folded


def test_two_identical_shas_fold_but_a_second_deployment_of_the_same_sha_does_not():
    same_sha_two_tools = [report(1, -6, revision=SHA_A, github_deployment="1"), report(2, -5, revision=SHA_A[:7])]
    assert len(fold_reports(same_sha_two_tools, WINDOW, ROLLOUT)) == 1
    redeploy = [
        report(1, -6, revision=SHA_A, github_deployment="1"), report(2, -5, revision=SHA_A, github_deployment="2")
    ]
    assert len(fold_reports(redeploy, WINDOW, ROLLOUT)) == 2
    far = [report(1, -50, revision=SHA_A), report(2, -5, revision=SHA_A)]
    assert len(fold_reports(far, WINDOW, ROLLOUT)) == 2  # the same sha 45 min apart: shipped twice


def test_the_same_candidate_set_whatever_the_arrival_order_through_the_join():
    reports = parse_changes([
        *github_deployment_webhooks(101, SHA_A, -6, [("queued", -5.95), ("in_progress", -5.9), ("success", -5)]),
        *github_deployment_webhooks(102, SHA_B, -2, [("in_progress", -1.9), ("success", -1)]),
    ])
    finals = set()
    for seed in range(8):
        items = [*reports, group()]
        random.Random(seed).shuffle(items)
        correlator, state, emitted = Correlator(RATE_OFF), None, []
        for item in items:
            state, out = correlator.step(state, item)
            emitted.extend(out)
        top = max(c.version for c in emitted)
        finals.add(tuple(sorted((c.change_id, c.rank, c.suspect) for c in emitted
                                if c.version == top and not c.withdrawn)))
    assert len(finals) == 1
