"""The warning state machine: k of n, hysteresis, warm-up, direction, ids, lead time."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signalcraft.models import make_id
from signalcraft.operators.baselines import Score
from signalcraft.operators.early_warning import EpisodeState, SeriesDescription, WarningMachine
from signalcraft.params import WarningParams

T0 = datetime(2025, 3, 11, 14, 0, tzinfo=UTC)
SERIES = SeriesDescription(
    "acme", 'alerts_per_min{service="payments-api"}', "HighErrorVelocity", "High Error Velocity", "alerts/min",
    labels={"project": "checkout", "environment": "production", "service": "payments-api"},
    generator_url="https://signalcraft.example/series/payments-api", method="rolling_zscore",
)


def score(sigma: float, ready: bool = True) -> Score:
    return Score(expected=10.0, lower=4.0, upper=16.0, sigma=sigma, ready=ready)


DEFAULT_PARAMS = WarningParams()


def run(sigmas, params=DEFAULT_PARAMS, ready=True, observed=None):
    machine, state, out = WarningMachine(params), None, []
    for i, sigma in enumerate(sigmas):
        x = observed[i] if observed else 10.0 + 2.0 * sigma
        state, got = machine.step(state, SERIES, T0 + timedelta(minutes=i), x, score(sigma, ready))
        out += [(i, w) for w in got]
    return state, out


def test_raises_after_k_of_n_and_resolves_after_clear_after_calm_buckets():
    # anomalous at 2, 4, 5 (3 of the last 5 at minute 5); calm (< 2σ) from minute 8 on
    sigmas = [0, 0, 3.2, 1, 3.5, 4.0, 2.5, 2.1, 1.0, 0.5, 0.2, 0, 3.3]
    _, out = run(sigmas)
    assert [(i, w.status) for i, w in out] == [(5, "firing"), (10, "resolved")]
    firing, resolved = out[0][1], out[1][1]
    assert firing.starts_at == T0 + timedelta(minutes=2)  # the run's first anomalous bucket
    assert firing.id == resolved.id == make_id("warning", "acme", SERIES.metric_key, firing.starts_at.isoformat())
    assert resolved.ends_at == T0 + timedelta(minutes=10) and firing.ends_at is None
    assert (firing.observed, firing.expected, firing.band, firing.sigma) == (18.0, 10.0, (4.0, 16.0), 4.0)
    assert firing.method == "rolling_zscore" and firing.generator_url == SERIES.generator_url


def test_router_shape():
    _, out = run([3.4, 3.4, 3.4])
    w = out[0][1]
    assert w.labels == {
        "project": "checkout", "environment": "production", "service": "payments-api",
        "alertname": "HighErrorVelocity", "severity": "warning",
    }
    assert w.annotations["summary"] == "High Error Velocity Detected (3.4σ above normal)"
    assert w.annotations["description"] == (
        'alerts_per_min{service="payments-api"} is 16.8 alerts/min, expected 10 alerts/min '
        "(normal band 4 to 16)."
    )


def test_hysteresis_keeps_an_episode_open_between_the_two_levels():
    # after raising, values between clear (2σ) and raise (3σ) keep it open: one episode only
    _, out = run([4, 4, 4, 2.5, 2.9, 2.2, 2.6, 2.4, 2.1, 1.5, 1.2, 1.0])
    assert [(i, w.status) for i, w in out] == [(2, "firing"), (11, "resolved")]


def test_calm_must_be_consecutive():
    _, out = run([4, 4, 4, 1, 1, 2.5, 1, 1, 1])
    assert [(i, w.status) for i, w in out] == [(2, "firing"), (8, "resolved")]


def test_no_warning_during_warm_up():
    state, out = run([9, 9, 9, 9, 9], ready=False)
    assert out == [] and state.recent == 0


def test_isolated_spikes_never_raise():
    _, out = run([5, 0, 0, 0, 0, 5, 0, 0, 0, 0, 5, 0, 0, 5])
    assert out == []


@pytest.mark.parametrize(
    ("direction", "sigmas", "raised"),
    [("up", [-5, -5, -5], False), ("down", [-5, -5, -5], True), ("both", [-5, 5, -5], True), ("up", [5, 5, 5], True)],
)
def test_direction(direction, sigmas, raised):
    _, out = run(sigmas, WarningParams(direction=direction))
    assert bool(out) is raised
    if raised and direction == "down":
        assert "below normal" in out[0][1].annotations["summary"]


def test_a_second_episode_gets_a_new_id():
    # resolved at minute 5; raised again at 13, 8 buckets later: beyond reopen_within=5
    _, out = run([4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4], WarningParams(reopen_within=5))
    ids = [w.id for _, w in out]
    assert [(i, w.status) for i, w in out] == [(2, "firing"), (5, "resolved"), (13, "firing")]
    assert ids[0] == ids[1] != ids[2]
    assert [w.version for _, w in out] == [1, 2, 1]
    assert out[2][1].starts_at == T0 + timedelta(minutes=11)


def test_a_flapping_series_reopens_its_warning():
    # resolved at minute 5, raised again at minute 10 (within reopen_within=5): one warning,
    # re-opened with its first start and the next version, then resolved again
    sigmas = [4, 4, 4, 0, 0, 0, 0, 0, 4, 4, 4, 0, 0, 0]
    _, out = run(sigmas, WarningParams(reopen_within=5))
    assert [(i, w.status, w.version) for i, w in out] == [
        (2, "firing", 1), (5, "resolved", 2), (10, "firing", 3), (13, "resolved", 4)]
    assert len({w.id for _, w in out}) == 1
    assert all(w.starts_at == T0 for _, w in out)
    assert out[2][1].ends_at is None and out[3][1].ends_at == T0 + timedelta(minutes=13)


def test_lead_time_to_a_hard_threshold():
    # observed rises 2 a minute: 20, 22, 24 -> 50 is 13 minutes after the last
    params = WarningParams(threshold=50.0)
    _, out = run([3.5, 3.5, 3.5], params, observed=[20.0, 22.0, 24.0])
    w = out[0][1]
    assert w.annotations["lead_time_s"] == "780"
    assert w.annotations["forecast"] == "at the current slope it crosses 50 alerts/min in about 13 min"
    assert w.annotations["description"].endswith("At the current slope it crosses 50 alerts/min in about 13 min.")
    # falling, or already over: no forecast, or zero
    assert "lead_time_s" not in run([3.5] * 3, params, observed=[30.0, 28.0, 26.0])[1][0][1].annotations
    assert run([3.5] * 3, params, observed=[40.0, 48.0, 55.0])[1][0][1].annotations["lead_time_s"] == "0"


def test_params_are_checked():
    for bad in ({"k": 6, "n": 5}, {"k": 0}, {"clear_sigma": 4.0}, {"clear_after": 0}):
        with pytest.raises(ValueError, match="warning params"):
            WarningParams(**bad)


def test_state_pickles_mid_episode_and_stays_small():
    machine = WarningMachine()
    state = None
    for i, sigma in enumerate([4, 4, 4, 2.5]):
        state, _ = machine.step(state, SERIES, T0 + timedelta(minutes=i), 20.0, score(sigma))
    restored = pickle.loads(pickle.dumps(state))
    assert restored == state and restored.open is not None
    assert len(pickle.dumps(EpisodeState(recent=0b10110, history=((1.0, 2.0),) * 5))) < 300


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(-8, 8, allow_nan=False), min_size=1, max_size=60))
def test_episodes_alternate_and_never_fire_without_k_anomalous_buckets(sigmas):
    params = WarningParams()
    _, out = run(sigmas, params)
    statuses = [w.status for _, w in out]
    assert statuses == ["firing", "resolved"] * (len(statuses) // 2) + ["firing"] * (len(statuses) % 2)
    for i, w in out:
        if w.status == "firing":
            window = sigmas[max(0, i - params.n + 1): i + 1]
            assert sum(s >= params.raise_sigma for s in window) >= params.k
            assert sigmas[i] >= params.raise_sigma
