"""Estimators: one contract suite for every model that runs per series, golden tests, gaps,
state sizes.

The contract (:mod:`signalcraft.operators.baselines`) is checked for every enrolled model:
the baselines, the novelty detector and the seasonal profile; a model that is not enrolled
fails the first test. Golden sources: the rolling z-score against pandas (and numpy
two-pass statistics where pandas itself loses precision); Holt-Winters against an
independent, naive transcription of the textbook additive recursions (time-indexed, as
printed in *Forecasting: Principles and Practice*) with the same initialisation, plus
closed-form checks: a noiseless linear + seasonal series is forecast exactly after warm-up.
"""

from __future__ import annotations

import copy
import inspect
import json
import math
import pickle
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.lib.stride_tricks import sliding_window_view

from signalcraft.operators.baselines import Baseline, Estimator, RollingZScore
from signalcraft.operators.baselines_holtwinters import HoltWinters
from signalcraft.operators.detector import NoveltyDetector
from signalcraft.operators.seasonality import SeasonalProfile

T0 = datetime(2024, 3, 4, tzinfo=UTC)
STEP = timedelta(minutes=5)


def _score(est, x: float, t: datetime):
    return est.score(x, t)


def _offset(est: SeasonalProfile, x: float, t: datetime) -> float:
    return est.offset(t)


@dataclass(frozen=True)
class Enrolled:
    """How the suite builds a model, reads it, and knows its warm-up on :func:`stream`."""

    build: Callable[..., Estimator]
    """Keyword arguments (``seed``, and a baseline's ``band``/``min_std``) pass through."""
    read: Callable[[Estimator, float, datetime], object]
    """What the model says about ``x`` at ``t``: the call that must never learn."""
    idle: Callable[[object], bool]
    """Whether what it says is its warm-up answer (not ready: must not raise warnings)."""
    warmup: int
    """Points of :func:`stream` learned before it is ready."""
    learned: Callable[[int], int] = lambda points: points
    """``n_learned`` after that many points of :func:`stream`."""


ENROLLED = {
    "rolling_zscore": Enrolled(lambda **kw: RollingZScore(window=20, warmup=10, **kw), _score,
                               lambda s: not s.ready, 10),
    "holt_winters": Enrolled(lambda **kw: HoltWinters(season_length=6, step=STEP, **kw), _score,
                             lambda s: not s.ready, 12),
    "novelty_detector": Enrolled(lambda **kw: NoveltyDetector(bins=50, memory=500, refractory=10, warmup=8, **kw),
                                 _score, lambda s: s == 0.0, 8),
    # one point per 5-minute slot of a 30-minute period: Holt-Winters learns a slot's mean
    # when the next slot begins, so it is ready one point after its two periods
    "seasonal_profile": Enrolled(lambda **kw: SeasonalProfile(period=6 * STEP, slots=6, **kw), _offset,
                                 lambda offset: offset == 0.0, 13, lambda points: max(points - 1, 0)),
}
NAMES = list(ENROLLED)
BASELINES = [n for n in NAMES if isinstance(ENROLLED[n].build(), Baseline)]
finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)


def make(name: str, **kw) -> Estimator:
    return ENROLLED[name].build(**kw)


def stream(n: int, seed: int = 0) -> list[tuple[float, datetime]]:
    """A noisy daily-ish pattern (period 6) with a spike every 37 points, timed by STEP."""
    rng = np.random.default_rng(seed)
    pattern = [0.0, 4.0, 9.0, 4.0, 0.0, -3.0]
    values = [100 + 0.05 * i + pattern[i % 6] + rng.normal(0, 1) for i in range(n)]
    values = [v + (25 if i % 37 == 36 else 0) for i, v in enumerate(values)]
    return [(float(v), T0 + i * STEP) for i, v in enumerate(values)]


def run(est: Estimator, points) -> list:
    """Read each point, then learn it (the flow's order); what the model said."""
    read = next(e.read for e in ENROLLED.values() if type(e.build()) is type(est))
    said = []
    for x, t in points:
        said.append(read(est, x, t))
        assert est.learn(x, t) is None
    return said


def state_names(est: object) -> list[str]:
    slotted = [s for k in type(est).__mro__ for s in vars(k).get("__slots__", ())]
    return slotted + list(getattr(est, "__dict__", {}))


def state(obj: object) -> object:
    """Everything an object holds, as plain comparable values. (Two equal states may pickle
    to different bytes: pickle also records which objects are shared, and unpickled numpy
    arrays no longer share their dtype.)"""
    if isinstance(obj, np.ndarray):
        return obj.dtype.str, obj.shape, obj.tobytes()
    if isinstance(obj, float):
        return obj.hex()  # NaN equals NaN
    if isinstance(obj, array):
        return obj.typecode, obj.tobytes()
    if isinstance(obj, (list, tuple)):
        return type(obj).__name__, tuple(state(o) for o in obj)
    if isinstance(obj, dict):
        return tuple((k, state(v)) for k, v in obj.items())
    if state_names(obj):
        return type(obj).__name__, tuple((n, state(getattr(obj, n))) for n in state_names(obj))
    return obj


# --- the contract, for every model that runs per series --------------------------------


def test_every_estimator_is_in_the_contract_suite() -> None:
    def concrete(cls: type) -> set[type]:
        found = {c for c in cls.__subclasses__() if not inspect.isabstract(c)}
        return found.union(*(concrete(c) for c in cls.__subclasses__()))

    assert {type(make(name)) for name in NAMES} == concrete(Estimator)
    assert len(NAMES) == 4


@pytest.mark.parametrize("name", NAMES)
def test_constructor_arguments_are_the_params(name: str) -> None:
    est = make(name, seed=3)
    names = [p for p in inspect.signature(type(est).__init__).parameters if p != "self"]
    assert list(est.params()) == names
    assert all(getattr(est, k) == v for k, v in est.params().items())
    assert est.params()["seed"] == 3
    assert repr(est) == f"{type(est).__name__}({', '.join(f'{k}={v!r}' for k, v in est.params().items())})"


@pytest.mark.parametrize("name", NAMES)
def test_clone_is_an_unfitted_twin(name: str) -> None:
    est = make(name)
    run(est, stream(50))
    before = pickle.dumps(est)
    twin = est.clone()
    assert type(twin) is type(est) and twin.params() == est.params()
    assert twin.n_learned == 0 and not twin.ready and est.n_learned == ENROLLED[name].learned(50)
    assert pickle.dumps(twin) == pickle.dumps(make(name))
    assert pickle.dumps(est) == before


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("cut", [3, 9, 40])
def test_pickling_mid_stream_continues_identically(name: str, cut: int) -> None:
    points = stream(120)
    est = make(name)
    run(est, points[:cut])
    restored = pickle.loads(pickle.dumps(est))
    copied = copy.deepcopy(est)
    assert state(restored) == state(copied) == state(est)
    assert run(restored, points[cut:]) == run(copied, points[cut:]) == run(est, points[cut:])
    assert state(restored) == state(copied) == state(est)
    assert restored.snapshot() == est.snapshot()


@settings(max_examples=30, deadline=None)
@given(cut=st.integers(0, 60), values=st.lists(finite, max_size=30), ahead=st.integers(1, 20))
@pytest.mark.parametrize("name", NAMES)
def test_reading_is_pure(name: str, cut: int, values: list[float], ahead: int) -> None:
    est, read = make(name), ENROLLED[name].read
    run(est, stream(cut))
    before, snap = pickle.dumps(est), est.snapshot()
    t = T0 + (cut - 1 + ahead) * STEP
    said = [read(est, v, t) for v in values]
    assert pickle.dumps(est) == before and est.snapshot() == snap
    assert said == [read(est, v, t) for v in values]


@pytest.mark.parametrize("name", NAMES)
def test_defaults_are_not_shared_mutable_objects(name: str) -> None:
    immutable = (int, float, bool, str, type(None), timedelta)
    for p in inspect.signature(type(make(name)).__init__).parameters.values():
        assert p.default is inspect.Parameter.empty or isinstance(p.default, immutable), p
    a, b = make(name), make(name)
    assert state_names(a)
    for attribute in state_names(a):
        va, vb = getattr(a, attribute), getattr(b, attribute)
        assert va is not vb or isinstance(va, (*immutable, datetime)), attribute
    fresh = pickle.dumps(b)
    run(a, stream(30))
    assert pickle.dumps(b) == fresh


@pytest.mark.parametrize("name", NAMES)
def test_same_seed_same_outputs(name: str) -> None:
    points = stream(150, seed=11)
    a, b = make(name, seed=7), make(name, seed=7)
    assert run(a, points) == run(b, points)
    assert a.snapshot() == b.snapshot() and pickle.dumps(a) == pickle.dumps(b)
    assert a.clone().seed == 7


@pytest.mark.parametrize("name", NAMES)
def test_not_ready_during_warmup_ready_after(name: str) -> None:
    entry = ENROLLED[name]
    est = make(name)
    points = stream(entry.warmup + 1)
    said = run(est, points[:-2])
    assert not est.ready and all(entry.idle(s) for s in said)
    x, t = points[-2]
    assert entry.idle(entry.read(est, x, t))
    est.learn(x, t)
    assert est.ready and not entry.idle(entry.read(est, 1e6, points[-1][1]))
    assert est.n_learned == entry.learned(entry.warmup)


@pytest.mark.parametrize("name", NAMES)
def test_snapshot_is_json_at_every_stage(name: str) -> None:
    for n in (0, 1, 3, ENROLLED[name].warmup, 80):
        est = make(name)
        run(est, stream(n))
        snap = est.snapshot()
        json.dumps(snap, allow_nan=False)
        assert snap["n"] == est.n_learned == ENROLLED[name].learned(n) and snap["ready"] == est.ready


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, "1.0", None, True])
def test_non_finite_or_non_numeric_values_are_rejected(name: str, bad) -> None:
    est = make(name)
    run(est, stream(20))
    before, t = pickle.dumps(est), T0 + 20 * STEP
    with pytest.raises(ValueError, match=rf"{type(est).__name__}\.learn: x="):
        est.learn(bad, t)
    if hasattr(est, "score"):
        with pytest.raises(ValueError, match=rf"{type(est).__name__}\.score: x="):
            est.score(bad, t)
    assert pickle.dumps(est) == before


# --- the baselines: a Score's band --------------------------------------------------------


@pytest.mark.parametrize("name", BASELINES)
def test_score_band_and_sigma_agree(name: str) -> None:
    est = make(name, band=2.5)
    run(est, stream(60))
    t = T0 + 60 * STEP
    for x in (-1e6, 0.0, 95.0, 100.0, 130.0, 1e6):
        s = est.score(x, t)
        assert s.lower < s.expected < s.upper and math.isfinite(s.sigma)
        std = (s.upper - s.expected) / 2.5
        assert s.sigma == pytest.approx((x - s.expected) / std, rel=1e-9)
        assert (abs(s.sigma) > 2.5) == (not s.lower <= x <= s.upper)


@pytest.mark.parametrize("name", BASELINES)
def test_constant_series_gives_finite_sigma(name: str) -> None:
    est = make(name, min_std=1e-3)
    run(est, [(5.0, T0 + i * STEP) for i in range(40)])
    s = est.score(5.5, T0 + 40 * STEP)
    assert s.ready and s.expected == pytest.approx(5.0) and s.sigma == pytest.approx(500, rel=1e-6)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: RollingZScore(window=10, warmup=11), "2 <= warmup <= window"),
        (lambda: RollingZScore(band=0), "band=0"),
        (lambda: HoltWinters(season_length=1), "season_length=1"),
        (lambda: HoltWinters(season_length=4, warmup=6), "whole number of seasons"),
        (lambda: HoltWinters(season_length=4, warmup=4), "at least two"),
        (lambda: HoltWinters(season_length=4, gamma=1.5), "gamma=1.5"),
        (lambda: HoltWinters(season_length=4, step=timedelta(0)), "positive duration"),
        (lambda: HoltWinters(season_length=4, min_std=0), "min_std=0"),
    ],
)
def test_bad_hyperparameters_are_named(build, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build()


# --- golden: rolling z-score against pandas and numpy --------------------------------


def learned_stats(est: Baseline, values) -> tuple[np.ndarray, np.ndarray]:
    means, stds = [], []
    for v in values:
        est.learn(float(v))
        snap = est.snapshot()
        means.append(snap["mean"])
        stds.append(np.nan if snap["std"] is None else snap["std"])
    return np.array(means), np.array(stds)


def drifting(offset: float, n: int = 4000, seed: int = 42) -> np.ndarray:
    """Noise around a slow random walk at ``offset``."""
    rng = np.random.default_rng(seed)
    return offset + np.cumsum(rng.normal(0, 0.1, n)) + rng.normal(0, 1, n)


@pytest.mark.parametrize("offset", [0.0, 1e3, 1e6, 1e9])
@pytest.mark.parametrize("window", [7, 60])
def test_rolling_zscore_matches_pandas_rolling(window: int, offset: float) -> None:
    """ddof=1 (pandas' default); partial windows as ``min_periods=2``.

    The tolerance is pandas' own rounding: its running sums lose about 1e-13 of the
    offset (1e-4 at 1e9, where this baseline stays within 1e-13 of numpy, below).
    """
    x = drifting(offset)
    means, stds = learned_stats(RollingZScore(window=window, warmup=2), x)
    rolling = pd.Series(x).rolling(window, min_periods=2)
    ref_mean, ref_std = rolling.mean().to_numpy(), rolling.std().to_numpy()
    assert np.isnan(stds[0]) and np.isnan(ref_std[0])
    atol = 1e-12 * np.abs(x).max()
    np.testing.assert_allclose(means[1:], ref_mean[1:], rtol=1e-12, atol=atol)
    np.testing.assert_allclose(stds[1:], ref_std[1:], rtol=1e-9, atol=atol)


def assert_matches_numpy_windows(means, stds, x, w) -> None:
    """Against numpy's two-pass statistics of every full window, to float precision."""
    windows = sliding_window_view(x, w)
    ref_mean, ref_std = windows.mean(axis=1), windows.std(axis=1, ddof=1)
    scale = 1e-15 * np.abs(windows).max(axis=1)  # a few ulps of the window's values
    assert np.all(np.abs(stds[w - 1 :] - ref_std) <= 1e-9 * ref_std + scale)
    assert np.all(np.abs(means[w - 1 :] - ref_mean) <= 1e-12 * np.abs(ref_mean) + scale)


@pytest.mark.parametrize("offset", [1e9, 1e12])
@pytest.mark.parametrize("window", [2, 7, 60])
def test_rolling_zscore_keeps_precision_at_large_offsets(window: int, offset: float) -> None:
    x = drifting(offset)
    assert_matches_numpy_windows(*learned_stats(RollingZScore(window, 2), x), x, window)


def test_rolling_zscore_does_not_drift_across_regimes() -> None:
    """Large values leaving the window must not leave their rounding error behind
    (pandas' rolling std returns 0 or garbage in several of these regimes)."""
    rng = np.random.default_rng(1)
    x = np.concatenate([
        rng.normal(1e9, 1, 1013), rng.normal(0, 1e-3, 307), rng.normal(-1e6, 1e3, 700),
        rng.normal(5, 1, 517), np.full(200, 3.0), rng.normal(1e12, 1e2, 300),
        rng.normal(0, 1, 1000),
    ])  # fmt: skip
    assert_matches_numpy_windows(*learned_stats(RollingZScore(50, 2), x), x, 50)


# Any value whose square does not underflow: below ~1e-150 a square loses its digits in
# any variance kept from sums of squares (numpy's two-pass std does not square the raw value).
_REAL_VALUES = st.one_of(st.just(0.0), st.floats(1e-100, 1e6), st.floats(-1e6, -1e-100))


@settings(max_examples=200, deadline=None)
@given(values=st.lists(_REAL_VALUES, min_size=2, max_size=80), window=st.integers(2, 9))
def test_rolling_zscore_matches_numpy_on_any_values(values: list[float], window: int) -> None:
    means, stds = learned_stats(RollingZScore(window=window, warmup=2), values)
    last = np.array(values[-window:])
    scale = max(abs(v) for v in values)
    assert abs(means[-1] - last.mean()) <= 1e-9 * scale + 1e-300
    assert abs(stds[-1] - last.std(ddof=1)) <= 1e-7 * last.std(ddof=1) + 1e-12 * scale


# --- golden: Holt-Winters against a naive textbook transcription ---------------------


def textbook_holt_winters(y, m, alpha, beta, gamma, seasons, resid_alpha):
    """One-step forecasts and band std, written the way the textbook prints them.

    Initial state from the first ``seasons`` full seasons (season means ``A_j``): trend
    = slope between first and last means; seasonal index = mean over seasons of
    ``y - A_j`` minus the trend's within-season part; level one step before ``y[0]``.
    ``None`` in ``y`` is a missing point: the state moves on without an observation.
    Returns ``{t: (forecast, std)}`` for every observed ``t`` after the warm-up.
    """
    k, c = seasons, (m - 1) / 2
    A = [sum(y[j * m : (j + 1) * m]) / m for j in range(k)]
    b0 = (A[-1] - A[0]) / ((k - 1) * m)
    level = {-1: A[0] - b0 * (c + 1)}
    b = {-1: b0}
    s = {i - m: sum(y[j * m + i] - A[j] for j in range(k)) / k - b0 * (i - c) for i in range(m)}
    out, mse, n = {}, 0.0, 0
    for t, yt in enumerate(y):
        forecast = level[t - 1] + b[t - 1] + s[t - m]
        if yt is None:
            level[t], b[t], s[t] = level[t - 1] + b[t - 1], b[t - 1], s[t - m]
            continue
        if t >= k * m:
            out[t] = (forecast, math.sqrt(mse))
        level[t] = alpha * (yt - s[t - m]) + (1 - alpha) * (level[t - 1] + b[t - 1])
        b[t] = beta * (level[t] - level[t - 1]) + (1 - beta) * b[t - 1]
        s[t] = gamma * (yt - level[t - 1] - b[t - 1]) + (1 - gamma) * s[t - m]
        n += 1
        weight = max(resid_alpha, 1 / n) if t < k * m else resid_alpha
        mse += weight * ((yt - forecast) ** 2 - mse)
    return out


def seasonal_series(n, m, seed, trend=0.3, noise=2.0):
    rng = np.random.default_rng(seed)
    shape = rng.normal(0, 10, m)
    return [float(50 + trend * t + shape[t % m] + rng.normal(0, noise)) for t in range(n)]


def scored(hw: HoltWinters, y) -> dict[int, tuple[float, float]]:
    """Feed ``y`` (None = missing) with timestamps; ``{t: (expected, std)}`` once ready."""
    out = {}
    for i, v in enumerate(y):
        if v is None:
            continue
        s = hw.score(v, T0 + i * hw.step)
        if s.ready:
            out[i] = (s.expected, (s.upper - s.expected) / hw.band)
        hw.learn(v, T0 + i * hw.step)
    return out


@pytest.mark.parametrize(
    ("m", "alpha", "beta", "gamma", "seasons"),
    [
        (4, 0.3, 0.1, 0.2, 2),
        (12, 0.5, 0.05, 0.4, 3),
        (24, 0.1, 0.01, 0.1, 2),
        (7, 1.0, 0.0, 0.0, 2),
    ],
)
def test_holt_winters_matches_the_textbook_recursions(m, alpha, beta, gamma, seasons) -> None:
    y = seasonal_series(m * 10, m, seed=m)
    hw = HoltWinters(m, alpha, beta, gamma, warmup=seasons * m, step=STEP, resid_alpha=0.1)
    got = scored(hw, y)
    want = textbook_holt_winters(y, m, alpha, beta, gamma, seasons, resid_alpha=0.1)
    assert list(got) == list(want) == list(range(seasons * m, len(y)))
    for t in want:
        assert got[t] == pytest.approx(want[t], rel=1e-9, abs=1e-9), t


@pytest.mark.parametrize("missing", [[30], [25, 26, 27], list(range(33, 33 + 29)), [59, 61, 63]])
def test_holt_winters_gaps_match_the_textbook_missing_value_rule(missing: list[int]) -> None:
    """A gap advances the season index and carries the level along the trend."""
    m = 6
    y: list[float | None] = list(seasonal_series(90, m, seed=4))
    for i in missing:
        y[i] = None
    got = scored(HoltWinters(m, 0.3, 0.1, 0.2, step=STEP), y)
    want = textbook_holt_winters(y, m, 0.3, 0.1, 0.2, seasons=2, resid_alpha=0.05)
    assert list(got) == list(want)
    for t in want:
        assert got[t] == pytest.approx(want[t], rel=1e-9, abs=1e-9), t


@settings(max_examples=100, deadline=None)
@given(
    m=st.integers(2, 12),
    level=st.floats(-1e3, 1e3),
    slope=st.floats(-10, 10),
    shape=st.lists(st.floats(-100, 100), min_size=12, max_size=12),
    smoothing=st.tuples(*[st.floats(0, 1)] * 3),
    drop=st.sets(st.integers(0, 200)),
)
def test_holt_winters_forecasts_a_noiseless_series_exactly(m, level, slope, shape, smoothing, drop):
    """Closed form: y = a + b t + S[t mod m] is forecast exactly after warm-up, gaps or not."""
    y = [level + slope * t + shape[t % m] for t in range(6 * m)]
    kept = [None if t in drop and t >= 2 * m else v for t, v in enumerate(y)]
    got = scored(HoltWinters(m, *smoothing, step=STEP), kept)
    assert got, "never became ready"
    for t, (expected, _) in got.items():
        assert expected == pytest.approx(y[t], rel=1e-9, abs=1e-7), t


def test_holt_winters_initialises_across_gaps_inside_the_warmup() -> None:
    """Every phase seen at least once and half the span observed: exact after warm-up."""
    m = 12
    y = [20 - 0.4 * t + 8 * math.sin(2 * math.pi * t / m) for t in range(5 * m)]
    kept = [None if t in {1, 2, 5, 15, 16, 22} else v for t, v in enumerate(y)]
    hw = HoltWinters(m, 0.2, 0.1, 0.1, step=STEP)
    got = scored(hw, kept)
    assert min(got) == 2 * m
    for t, (expected, _) in got.items():
        assert expected == pytest.approx(y[t], abs=1e-8), t
    assert hw.snapshot()["trend"] == pytest.approx(-0.4)


def test_holt_winters_gap_running_past_the_warmup() -> None:
    """Half the span observed, then a gap past its end: the point after the gap completes
    the warm-up (one season seen: no trend) and the next one is scored exactly."""
    m = 4
    y = [10 + [0, 5, 0, -5][t % m] for t in range(40)]
    kept = [v if t < 4 or t >= 11 else None for t, v in enumerate(y)]
    hw = HoltWinters(m, 0.2, 0.1, 0.1, step=STEP)
    got = scored(hw, kept)
    assert min(got) == 12
    assert all(e == pytest.approx(y[t]) for t, (e, _) in got.items())


def test_holt_winters_restarts_a_warmup_that_saw_too_little() -> None:
    m = 4
    hw = HoltWinters(m, step=STEP)
    for i in range(3):
        hw.learn(float(i), T0 + i * STEP)
    start = T0 + 30 * STEP  # 3 of the span's 8 steps observed: discarded
    for i in range(7):
        hw.learn(1.0, start + i * STEP)
        assert not hw.ready
    assert hw.snapshot()["warmup_steps_seen"] == 7
    hw.learn(1.0, start + 7 * STEP)
    assert hw.ready and hw.score(1.0, start + 8 * STEP).expected == pytest.approx(1.0)


def test_holt_winters_timestamps() -> None:
    hw = HoltWinters(4, step=STEP)
    hw.learn(1.0, T0)
    with pytest.raises(ValueError, match="at least one step"):
        hw.learn(1.0, T0)
    with pytest.raises(ValueError, match="at least one step"):
        hw.score(1.0, T0 - STEP)
    hw.learn(2.0)  # untimed: the next step, T0 + STEP
    hw.learn(3.0, T0 + 2 * STEP + timedelta(seconds=40))  # jitter rounds to the grid
    assert hw.snapshot()["last_t"] == (T0 + 2 * STEP + timedelta(seconds=40)).isoformat()
    with pytest.raises(ValueError, match="step is None"):
        HoltWinters(4).learn(1.0, T0)


def test_holt_winters_snapshot_summarises_the_season() -> None:
    hw = HoltWinters(4, alpha=0.0, beta=0.0, gamma=0.0, step=STEP)
    scored(hw, [10 + [0, 5, 0, -5][t % 4] for t in range(9)])
    snap = hw.snapshot()
    assert snap["level"] == pytest.approx(10) and snap["trend"] == pytest.approx(0)
    assert (snap["season_min"], snap["season_max"]) == pytest.approx((-5, 5))
    assert snap["next_phase"] == 1 and snap["season_length"] == 4


# --- state size ------------------------------------------------------------------------


def max_pickled_size(est: Baseline, n: int, step: timedelta = STEP) -> int:
    rng = np.random.default_rng(0)
    size = 0
    for i in range(n):
        est.learn(float(100 + 10 * math.sin(i / 40) + rng.normal()), T0 + i * step)
        size = max(size, len(pickle.dumps(est)))
    return size


@pytest.mark.parametrize(
    ("build", "n", "limit"),
    [
        (lambda: RollingZScore(window=60), 500, 1024),
        (lambda: HoltWinters(288, step=STEP), 3 * 288, 8192),
        (lambda: HoltWinters(168, step=timedelta(hours=1)), 3 * 168, 8192),
    ],
    ids=["zscore-60", "hw-daily-5min", "hw-weekly-1h"],
)
def test_pickled_state_size(build, n: int, limit: int) -> None:
    est = build()
    step = getattr(est, "step", None) or STEP
    assert max_pickled_size(est, n, step) <= limit


@pytest.mark.parametrize("name", NAMES)
def test_restored_models_share_their_hyperparameters(name: str) -> None:
    """Recovery restores every series' models: their equal hyperparameters are one object
    each, not a copy per series (the state itself is each model's own)."""
    est = make(name)
    run(est, stream(30))
    a, b = pickle.loads(pickle.dumps(est)), pickle.loads(pickle.dumps(est))
    assert state(a) == state(b) == state(est)
    for key, value in a.params().items():
        if isinstance(value, (float, int, timedelta)) and value:
            assert value is b.params()[key], key
