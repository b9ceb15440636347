"""Reports folded across the lookback edge: the join against the batch reference, every order.

Two live reports of payments-api with no identifiers, ``gap`` seconds apart, are one change
when ``gap <= same_change_window`` (5 min). Folded, the change is requested and live at the
older report; when that lies before the lookback (15 min, 900 s), the change is no
candidate, although the newer report alone would be one.

The join reads every report in reach, older than the lookback ones included, and scores
the same set as :func:`score_candidates` in every arrival order. When the older report
arrives last, the newer report's emitted set (a suspect) becomes empty: its candidate is
sent once more, ``withdrawn``, so what a consumer holds is the batch's set in every order.
"""

from __future__ import annotations

from datetime import timedelta
from itertools import permutations

import pytest

from signalcraft.operators.change_identity import fold_reports
from signalcraft.operators.correlation import CorrelationParams, Correlator, score_candidates
from signalcraft.operators.correlation_rank import rank_candidates
from tests.unit.test_correlation import change, final_sets, group, latest, run

PARAMS = CorrelationParams(dependencies={"payments-api": ("db",)})

CASES = {
    # name: (older report, newer report, the batch's candidate ids)
    "gap 300, older 1 s past the lookback": (-901, -601, []),  # Hypothesis' falsifying example
    "gap 299, older 1 s past the lookback": (-901, -602, []),
    "gap 301, older 1 s past the lookback": (-901, -600, ["c134"]),
    "gap 299, older at the lookback": (-900, -601, ["c0"]),
    "gap 300, older at the lookback": (-900, -600, ["c0"]),
    "gap 301, older 2 s past the lookback": (-902, -601, ["c134"]),
}


def reports(case: str) -> list:
    older, newer, _ = CASES[case]
    return [change("c0", older), change("c134", newer)]


def orders() -> list:
    """Every case in every arrival order of its two reports and the group."""
    return [
        pytest.param(case, order, id=f"{case}: {'-'.join(order)}")
        for case in CASES
        for order in permutations(["c0", "c134", "g1"])
    ]


def arrive(case: str, order: tuple[str, ...]) -> list:
    by_id = {r.id: r for r in reports(case)} | {"g1": group()}
    return [by_id[i] for i in order]


@pytest.mark.parametrize("case", CASES)
def test_the_batch_folds_within_the_same_change_window_and_drops_a_change_requested_past_the_lookback(case):
    older, newer, expected = CASES[case]
    folded = fold_reports(reports(case), PARAMS.same_change_window, PARAMS.max_rollout)
    assert len(folded) == (1 if newer - older <= 300 else 2)
    assert [c.change_id for c in score_candidates(group(), reports(case), PARAMS)] == expected


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("order", list(permutations(["c0", "c134", "g1"])), ids="-".join)
def test_the_join_scores_the_batch_set_in_every_arrival_order(case, order):
    state, _ = run(Correlator(PARAMS), arrive(case, order))
    assert state.groups["g1"].emitted == rank_candidates(group(), reports(case), PARAMS)


@pytest.mark.parametrize(("case", "order"), orders())
def test_the_join_emits_the_batch_set_in_every_arrival_order(case, order):
    _, got = run(Correlator(PARAMS), arrive(case, order))
    assert final_sets(got) == final_sets(score_candidates(group(), reports(case), PARAMS))


def test_the_falsifying_example_the_older_report_arrives_last_and_withdraws_the_suspect():
    """Not a report the join never saw: the older one is in reach (``max_rollout`` before
    the window), buffered and folded; the rescoring yields no candidate, and the suspect
    emitted before goes out once more, withdrawn, one version up."""
    correlator = Correlator(PARAMS)
    state, first = run(correlator, arrive("gap 300, older 1 s past the lookback", ("c134", "g1")))
    assert [(c.change_id, c.suspect, c.withdrawn, c.version) for c in first] == [("c134", True, False, 1)]
    state, later = correlator.on_change(state, change("c0", -901))
    assert [c.id for c in state.buffer.changes] == ["c0", "c134"]
    assert correlator.reach(state.groups["g1"])[0] <= group().opened_at - timedelta(seconds=901)
    assert state.groups["g1"].emitted == ()
    assert [(c.id, c.suspect, c.withdrawn, c.version) for c in later] == [(first[0].id, False, True, 2)]
    assert later[0].model_dump(exclude={"suspect", "withdrawn", "version"}) == first[0].model_dump(
        exclude={"suspect", "withdrawn", "version"})
    state, again = correlator.on_change(state, change("c0", -901))  # a replay: nothing more
    assert again == [] and state.groups["g1"].version == 2


# -- withdrawals beyond the emptied set ----------------------------------------------


def test_a_candidate_pushed_out_of_the_top_is_withdrawn_with_the_new_version():
    params = CorrelationParams(max_candidates=2)
    correlator = Correlator(params)
    records = [change("weak", -600, type_="restart", service="cart"), change("mid", -400, type_="release"), group()]
    state, first = run(correlator, records)
    assert [(c.change_id, c.version) for c in first] == [("mid", 1), ("weak", 1)]
    state, second = correlator.on_change(state, change("deploy", -120))
    assert [(c.change_id, c.rank, c.version, c.withdrawn, c.suspect) for c in second] == [
        ("deploy", 1, 2, False, True), ("mid", 2, 2, False, False), ("weak", 2, 2, True, False)]
    assert second[-1].id == first[1].id and second[-1].reasons == first[1].reasons
    all_out = first + second
    assert final_sets(all_out) == final_sets(score_candidates(group(), [*records[:2], change("deploy", -120)], params))
    assert sorted(c.change_id for c in latest(all_out).values() if not c.withdrawn) == ["deploy", "mid"]


def test_a_withdrawn_suspect_is_never_the_suspect_and_only_the_last_set_is_withdrawn():
    params = CorrelationParams(max_candidates=1)
    correlator = Correlator(params)
    state, first = run(correlator, [change("a", -600, type_="config_update"), group()])
    state, second = correlator.on_change(state, change("b", -300, type_="flag_change"))
    state, third = correlator.on_change(state, change("c", -60))
    assert [(c.change_id, c.version, c.withdrawn, c.suspect) for c in first + second + third] == [
        ("a", 1, False, True), ("b", 2, False, True), ("a", 2, True, False), ("c", 3, False, True),
        ("b", 3, True, False)]  # 'a' was withdrawn at version 2 already: not again


def test_a_candidate_represented_by_another_report_since_withdraws_its_old_row():
    """The request is the candidate until its success report arrives; the success then
    represents the change, under another id, and the request's row is withdrawn."""
    correlator = Correlator(PARAMS)
    ids = {"github_deployment": "shop/api#7"}
    requested = change("req", -400).model_copy(update={"phase": "requested", "identifiers": ids})
    live = change("ok", -120).model_copy(update={"phase": "live", "identifiers": ids})
    state, first = run(correlator, [requested, group()])
    state, second = correlator.on_change(state, live)
    assert [(c.change_id, c.withdrawn) for c in first] == [("req", False)]
    assert [(c.change_id, c.version, c.withdrawn) for c in second] == [("ok", 2, False), ("req", 2, True)]
    assert final_sets(first + second) == final_sets(score_candidates(group(), [requested, live], PARAMS))
