"""The novelty detector: behaviour on made-up series and, where the shared NAB development
split is present, on two of its files. The estimator contract (clone, pickling, pure
scoring, defaults, seed, rejected input) is checked with every other model in
``test_baselines.py``."""

from __future__ import annotations

import json
import os
import pickle
import sys
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signalcraft.operators.detector import NoveltyDetector

REPO = Path(__file__).resolve().parents[2]


def step(detector: NoveltyDetector, x: float, t: datetime | None = None) -> float:
    """Score ``x``, then learn it (the NAB harness's order); the score."""
    score = detector.score(x, t)
    detector.learn(x, t)
    return score


def run(detector: NoveltyDetector, values) -> np.ndarray:
    return np.array([step(detector, float(v)) for v in values])


def noisy(n: int = 1500, seed: int = 7) -> np.ndarray:
    return np.random.default_rng(seed).normal(50.0, 2.0, n)


# --- hyperparameters and input ------------------------------------------------------------


@pytest.mark.parametrize(("name", "value", "expected"), [
    ("width", 0.7, "a share of the range"), ("memory", 1, "an int >= 10"),
    ("season_alpha", 0.0, "a weight"), ("novel_at", 0.0, "a number of decades"),
    ("discount", -1.0, "a number >= 0"), ("discount_memory", 0, "an int >= 1"),
])
def test_hyperparameters_are_checked(name, value, expected):
    with pytest.raises(ValueError, match=f"NoveltyDetector: {name}={value!r}; expected {expected}"):
        NoveltyDetector(**{name: value})


def test_values_beyond_1e300_are_rejected_naming_the_step():
    d = NoveltyDetector()
    run(d, noisy(50))
    before = pickle.dumps(d)
    for method in ("score", "novelty", "surprise", "learn"):
        with pytest.raises(ValueError, match=rf"NoveltyDetector.{method}: x=1e\+301; expected a finite number"):
            getattr(d, method)(1e301)
    assert pickle.dumps(d) == before


# --- behaviour --------------------------------------------------------------------------


def test_a_clear_spike_after_a_noisy_stationary_stretch_scores_near_one():
    d = NoveltyDetector()
    scores = run(d, noisy(1500))
    stationary = scores[d.warmup:]
    assert np.quantile(stationary, 0.99) < 0.5 and stationary.max() < 0.8
    assert d.score(70.0) > 0.9  # ten standard deviations
    assert d.score(30.0) > 0.9
    assert d.score(90.0) > d.score(70.0)  # further out, more surprising


def test_a_value_in_a_never_visited_gap_scores_high():
    rng = np.random.default_rng(1)
    bimodal = np.where(rng.random(2000) < 0.5, rng.normal(10, 0.5, 2000), rng.normal(30, 0.5, 2000))
    d = NoveltyDetector()
    run(d, bimodal)
    assert d.score(20.0) > 0.8 and d.score(10.0) < 0.2 and d.score(30.0) < 0.2


def test_a_level_shift_inside_the_range_is_found_and_then_learned():
    x = np.r_[noisy(1000), 100.0, noisy(1000, seed=2)]  # one spike makes the range 40..100
    d = NoveltyDetector()
    run(d, x)
    shifted = run(d, np.random.default_rng(3).normal(75.0, 2.0, 600))  # a level never seen
    assert shifted[:5].max() > 0.6
    assert np.median(shifted[-100:]) < 0.2  # the new level is learned


def test_a_burst_gives_one_high_score_not_many():
    d = NoveltyDetector()
    run(d, noisy(1500))
    burst = run(d, [80.0, 79.0, 80.5, 78.0, 79.5])
    assert burst[0] > 0.9 and (burst[1:] < burst[0] - 0.2).all()


def test_a_constant_series_never_errs_and_scores_zero_until_it_changes():
    d = NoveltyDetector()
    scores = run(d, [45.0] * 2000)
    assert (scores == 0.0).all()
    assert 0.9 < d.score(45.5) <= 1.0 and d.score(45.0) == 0.0
    after = run(d, [45.5] + [45.0] * 200 + [45.5] * 200)
    assert np.isfinite(after).all() and after[0] > 0.9 and after[-1] < 0.3
    extremes = run(NoveltyDetector(), [0.0] * 100 + [1e-300, -1e-300, 0.0, 1e300, -1e300, 5.0])
    assert np.isfinite(extremes).all() and ((extremes >= 0) & (extremes <= 1)).all()


def test_warm_up_gives_zero_scores_and_then_low_ones_on_a_steady_series():
    d = NoveltyDetector(warmup=30)
    scores = run(d, noisy(300))
    assert (scores[:30] == 0.0).all()
    assert np.median(scores[30:]) < 0.2
    assert not NoveltyDetector(warmup=30).ready and d.ready


finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None)
@given(st.lists(finite, min_size=1, max_size=300), st.integers(0, 40))
def test_scores_are_always_in_the_unit_interval(values, warmup):
    scores = run(NoveltyDetector(warmup=warmup, refractory=20, memory=50), values)
    assert np.isfinite(scores).all() and ((scores >= 0.0) & (scores <= 1.0)).all()


def test_state_stays_small():
    d = NoveltyDetector()
    run(d, np.random.default_rng(5).lognormal(0, 2, 5000))
    assert len(pickle.dumps(d)) < 6000  # two histograms of 200 bins, 48 hour levels, 100 recent surprises
    assert len(pickle.dumps(d)) < 2600  # their zero bins and NaN levels left out (2,360 B)


# --- NAB, two files of the shared development split ---------------------------------------


def _shared_nab() -> Path | None:
    explicit = os.environ.get("SIGNALCRAFT_SHARED_NAB")
    candidates = ([Path(explicit)] if explicit else []) if explicit is not None else (
        [p / "shared" / "nab" for p in REPO.parents] + [Path("/work/shared/nab")])
    return next((p for p in candidates if (p / "labels" / "combined_windows.json").is_file()), None)


SHARED_NAB = _shared_nab()


@pytest.mark.skipif(SHARED_NAB is None, reason="shared NAB data not found (set SIGNALCRAFT_SHARED_NAB)")
@pytest.mark.parametrize("name", ["realAWSCloudwatch/rds_cpu_utilization_e47b3b.csv",
                                  "artificialWithAnomaly/art_daily_jumpsup.csv"])
def test_nab_windows_outscore_everything_outside_them(name):
    sys.path.insert(0, str(REPO / "benchmarks"))
    import nab_scoring as ns

    windows = json.loads((SHARED_NAB / "labels" / "combined_windows.json").read_text())[name]
    timestamps, values = ns.read_series(SHARED_NAB / "data" / name)
    rows = ns.window_rows(name, timestamps, windows)
    detector = NoveltyDetector()
    scores = np.array(
        [step(detector, float(v), ns.parse_timestamp(t)) for t, v in zip(timestamps, values, strict=True)]
    )
    inside = np.zeros(len(scores), dtype=bool)
    for left, right in rows:
        inside[left:right + 1] = True
    outside = scores.copy()
    outside[:ns.probation_length(len(scores))] = 0.0
    outside[inside] = 0.0
    assert all(scores[left:right + 1].max() > outside.max() for left, right in rows)


# --- hour context and habituation ---------------------------------------------------------

def _days(n_days: int, night: float = 50.0, day: float = 100.0, seed: int = 4):
    """Five-minute points: ``day`` from 08:00 to 20:00 UTC, ``night`` otherwise, 2 % noise."""
    from datetime import UTC, datetime, timedelta
    rng = np.random.default_rng(seed)
    t0 = datetime(2025, 3, 3, tzinfo=UTC)  # a Monday
    out = []
    for i in range(n_days * 288):
        t = t0 + i * timedelta(minutes=5)
        level = day if 8 <= t.hour < 20 else night
        out.append((t, level * (1 + rng.normal(0, 0.02))))
    return out


def test_a_value_usual_by_day_is_new_at_night():
    points = _days(10)
    d = NoveltyDetector()
    for t, x in points:
        step(d, x, t)
    last = points[-1][0]  # Friday 23:55
    night, noon = last.replace(hour=3), last.replace(hour=12)
    assert d.score(100.0, noon) < 0.2 and d.score(50.0, night) < 0.2
    assert d.novelty(100.0, night) > 0.5  # the day's level at 03:00
    blind = NoveltyDetector(season_alpha=1.0)  # context = the last value of the hour: still sees it
    for _, x in points:
        step(blind, x)  # without timestamps there is one context
    assert blind.novelty(100.0, None) < 0.5  # and the day's level is just a usual value


def test_a_series_that_keeps_breaking_records_is_discounted():
    x = noisy(3000, seed=11)
    x[100::50] = 60.0 + 200.0 * np.arange(len(x[100::50]))  # a new record spike every 50 values
    habituated, plain = NoveltyDetector(), NoveltyDetector(discount=0.0)
    run(habituated, x)
    run(plain, x)
    assert habituated.snapshot()["never_seen_recently"] > 3
    far = x.max() + 200.0  # the next record: the same thing again
    assert plain.novelty(far) > 0.5 > habituated.novelty(far)  # a 1-in-1000 value only without habituation
    assert habituated.novelty(50.0) <= plain.novelty(50.0) < 0.1


def test_a_surprise_passed_back_is_the_one_it_would_compute():
    from datetime import UTC, datetime, timedelta
    t0 = datetime(2025, 3, 3, tzinfo=UTC)
    x = np.r_[noisy(600), 80.0, noisy(200, seed=3)]
    plain, reused = NoveltyDetector(), NoveltyDetector()
    for i, v in enumerate(x):
        t = t0 + i * timedelta(minutes=5)
        u = reused.surprise(v, t)
        assert reused.novelty(v, t, u) == plain.novelty(v, t)
        assert reused.score(v, t, u) == plain.score(v, t)
        plain.learn(v, t)
        reused.learn(v, t, u)
    assert pickle.dumps(plain) == pickle.dumps(reused)
    assert plain.surprise(100.0) > 3 > 1 > plain.surprise(50.0)  # never seen; the usual level


def test_the_hour_context_is_the_utc_hour_whatever_the_zone():
    from datetime import UTC, datetime, timedelta, timezone
    points = _days(10)
    plus_two = timezone(timedelta(hours=2))
    utc, local = NoveltyDetector(), NoveltyDetector()
    for t, x in points:
        step(utc, x, t)
        step(local, x, t.astimezone(plus_two))
    at = datetime(2025, 3, 13, 3, 0, tzinfo=UTC)
    assert pickle.dumps(utc) == pickle.dumps(local)
    assert utc.novelty(100.0, at) == local.novelty(100.0, at.astimezone(plus_two)) > 0.5


# --- state layout: sums as numpy's, states pickled by the previous layout --------------------


def test_bin_sums_are_numpys_bit_for_bit():
    """The histogram sums bins in Python as numpy does (pairwise, blocks of eight), so its
    figures are the ones a numpy array of counts gave."""
    from array import array

    from signalcraft.operators.histogram import bin_sum as _sum

    rng = np.random.default_rng(5)
    for _ in range(300):
        counts = rng.random(200) * 10.0 ** rng.uniform(-5, 100, 200)
        counts[rng.random(200) < 0.3] = 0.0
        stored = array("d", counts.tobytes())
        for _ in range(20):
            i = int(rng.integers(0, 200))
            n = int(rng.integers(1, 201 - i))
            assert _sum(stored, i, n) == float(counts[i:i + n].sum()), (i, n)


def test_the_nearest_seen_bin_and_the_rebinning_are_numpys_bit_for_bit():
    """The distance to the nearest seen bin looks at two bins in Python and the re-binning
    builds its edges without np.linspace: the figures are those of the numpy expressions
    the histogram computed before, near bin edges, outside the range and at tiny widths."""
    from array import array

    from signalcraft.operators.histogram import DecayedHistogram, _linspace, _numpy

    def numpy_distance(h: DecayedHistogram, x: float) -> float:
        occupied = np.flatnonzero(_numpy(h.counts) >= h.seen * h.scale)
        if len(occupied) == 0:
            return 0.0
        bw = (h.hi - h.lo) / h.bins
        left = h.lo + occupied * bw
        return float(np.maximum(np.maximum(left - x, x - (left + bw)), 0.0).min())

    rng = np.random.default_rng(1)
    for trial in range(600):
        bins = int(rng.choice([10, 20, 200]))
        h = DecayedHistogram(bins, 0.02, 100, 1.0, 0.5)
        lo = float(rng.uniform(-1e3, 1e3) * 10.0 ** rng.integers(-5, 12))
        width = float(10.0 ** rng.uniform(-14, 6) * max(abs(lo), 1.0) if trial % 3 else 10.0 ** rng.uniform(-249, 5))
        if (lo + width) - lo < 1e-250:
            continue
        h.lo, h.hi, h.n, h.scale = lo, lo + width, 5, float(10.0 ** rng.uniform(-8, 8))
        h.counts = array("d", (rng.random(bins) * 2 * h.scale * (rng.random(bins) < rng.uniform(0, 0.5))).tobytes())
        bw = (h.hi - h.lo) / bins
        for x in [*rng.uniform(lo - width, h.hi + width, 10), *(lo + rng.integers(0, bins + 1, 10) * bw),
                  float(rng.uniform(-1e300, 1e300))]:
            assert h._distance_to_seen(float(x)) == numpy_distance(h, float(x)), (trial, x)
    for _ in range(2000):
        lo = float(rng.uniform(-1e3, 1e3) * 10.0 ** rng.integers(-300, 290))
        hi = lo + float(10.0 ** rng.uniform(-320, 5) * (1 + abs(lo)))
        assert np.array_equal(_linspace(lo, hi, 200), np.linspace(lo, hi, 201)), (lo, hi)


PREVIOUS_LAYOUT = (  # (NoveltyDetector(bins=20, memory=100, refractory=7, warmup=5), SeasonalProfile(1 h, 4 slots))
    'eJzVVmlwFEUU3s2eOSDZEI4QQkISYRFcjqgVMDgNUYLZyioBxCJUTWZ3J9sDc6wzsyHhSjhygCNqpRG5ysihxWFA+QEoEqSoUFAGSimCWJRIESWAATkkiVSCPbMHKeGH/yx7a3f2ve6e/vr7+r3XVcb1r0XrtKYMlxgfT7EekSqVHYKfFilZECWHl5ZpD/6HlHiXUEazcsUrYU89Gr0CLUN2xehmeAk5kxTTIsYrQ5RPoMVX8huTlihmjuYEsQI5vUo0XS7TvMQIPO7/I7SoUaJp1f4lZMdJNCUJPEmxfkhh/6mNatukWHl1bZKSUT5ICI21ehnJIwR4uc/74sM+MrRwYbtBiRHpUpFSIWMgFsXipTg/w/v6LGuEFFuKX20N2eZFlMgF/Mhp0hB6kUuJInnkzFUsZBnFBmgJQZ0SQ85gJFnwiRQX5MKFyYAmzINZwyAhZRAf4PwVDtIjiLSDC7AyQ4kiVYGUOFKkPQIvyWLAI+PZikkbiRQL7w0OqUdOXTXK07tRLSpCdqfemVSNYKpi8soVflqdElWag9bUBXsNij4XuVyugke4aT9OnYzca/IahroNs5J3dROLrzX2cuP+IljLxo4SwQaOrFpVkvWTEeh2n+Ssn6wi5u3+4MTIyVZwv/W91EuewWAilZvBX0oA7PlbY9x7EsHDQP9lK1YNAiMu9O/+3JcC6h8mHcpcMgS8e7nW5nNlgvkN1/Ub96eD05Oa92W3xIOLRWdm1j47ACR0Xjjd3W4EDXMuy2U/RoNNzb1b+ZgoULJhwX1H9p8EwjCh9bGEUZDBSowSSjKm7F2pGBfStB8rdbsxST1SShQr4N60OwVbYpbfVIwcJUnYnr6DTp2SPkrRaxqZJA/F0nhSz5Rue4FjKYyOKA3NkbMZqEFuLKFIS4w3QLFY0UF9JITJcBhMUxWAI/ryPxozemt3as2ZpihQtTnn1WnrfiO+fGFr9doBCeD55hULuuxdxLBruqmuNB2YXrm9JW61Dexf+iBva9kdYu+9A3PeOTYQrD9YU3xwzmgwvr5L7ukZCGLn/trv1pZ0UPjd9dlrP8wEh7I+zbnhTAQJY18/2nYvGswwzUyJ99tAw9e+a/pTj4ird3febDk9BOjCrbrR3lnTRjBvT1pedTse/INR6MgHhvb0yu1kHRwXYRKOz2/qPfti1pHlEE6IMAgnOnNh9r9hzkKyNA5JTNsTPI3XeJpWpQ/j66r8vz6Tn/m2+UFtFtj2vqezPS4TfGQbcjHlbCawFpPxPxuyQMPVvJ0rM7PAGKZoauHkTHAnwyUO/jgT/Ne4w0/1KChmUsueOE4GW76Slw19iMXD2YfGmfNJ8SzBQ56zoTJt6onuDqLcsaNBym4hjj5X/pn8eyvxQ519myuxhygeVucxPLhCnLONrT6f1kbIw5Nth4de1sI54FZGPL2aBNM7xTIyTnXxs0LWG6JQyrD044JixhMYwYtwjqdkWmY4GinR6sOLCxClpcbChP5OnQoahzsr4FzrNCqmcNk4HCobRjctq/bqUDky+SiO6zvAihMwzfu0mhUOl0QX5keSaT+pphYlXfNiEjkBr46UMU/fmZuSaJbhaYmEAisvYniZFnEBiJ2BrbkhK1IkFCPpDpRi6KFqkERqf/rWBK2+2iMjTOGioOi9yJmQp8M8473jKKQkmcRCzu7DVT3Ki7Hc0BvMw1XoWp/qXyzwah9806lTPyp51fhbo77IHAxnvOGMA0WFHbFHMUROUpNoW5nw0gRRj22/gFlOUcnRdEMQ2uFCyGI06cQ5xXZsw0li3a67K/fAA02jvimdl7W9jXirt3Vfc9V5IojWTKpse1F+0xdNx89JHcfhvIgUsDgiE5z/WKBYLT9H7gO7Qu5+oXsCGxQPa29UFdP2VrjaENwctLngAAzY6KbURSPV3cIxPBYYu162OWLbR7aux5prSc1EqmcJFaR0puJLASkFODxt4vd3yzcPrMfog7cNZ5RiJaWFjN+PLwZOnXZYRAHfJ9YE3DXI8TdSTmb6'
)
"""Pickled by the release that kept the counts in numpy arrays, every recent surprise in a
ring and the profile's attributes in a __dict__, after 60 values; its continuation hashed."""
PREVIOUS_CONTINUATION = "6ceaaa46709a02710ea9d79ae158f3f209ab0de851bf84ccd21c0b022d639cce"


def test_a_state_pickled_in_the_previous_layout_continues_as_it_did():
    import base64
    import hashlib
    import random
    import zlib
    from datetime import UTC, timedelta

    detector, profile = pickle.loads(zlib.decompress(base64.b64decode(PREVIOUS_LAYOUT)))
    t0 = datetime(2026, 1, 3, tzinfo=UTC)
    rng = random.Random(7)
    xs = [10 + rng.gauss(0, 1) + (6 if i in (70, 71, 90) else 0) for i in range(120)]
    out = []
    for i, x in enumerate(xs[60:], start=60):
        t = t0 + timedelta(minutes=7 * i)
        out.append((detector.score(x, t).hex(), detector.novelty(x, t).hex(), profile.offset(t).hex()))
        detector.learn(x, t)
        profile.learn(x, t)
    assert hashlib.sha256(repr(out).encode()).hexdigest() == PREVIOUS_CONTINUATION


LIST_PEAKS_LAYOUT = (  # NoveltyDetector(bins=20, memory=100, refractory=7, warmup=5) after 60 values
    'eJxrYJl6h5UBDHrkijPT8xJzkosS00r08gtSixJL8ouK9VJSS1KTgawpPfx++WWpOSWVLjCRyVM0G6f41U7R6GGPz0kFyhVP6WFN'
    'LCpKrJzSIxIPZsQXpSbn5xWXFJVCdWjAVUDpyVN6GFOmeAs4NTAyQMGP+qFKS6oePPatXcVh0YTk7y94lB1mCErclD6v7MARHc9/'
    'j1nFofruIX77GeoO2plBjr5Wyg4flfyKxOcrOwy0u2H0lJIpQVN6mOLzpnjb9LDF54EifIq7g9xDjWtnl/YDRQpSE7OLp8RO0fA2'
    'c7d/YHb30lS74LYp3tbu9tdfsN1sWfqgbUpqDxcw1oszU0oTQQlCHnuyysgsLslPL0rMndIj4JKanFiZmuIBF0IkLJakzLziKd4i'
    'PWzJ+aV5JcVTMjg0MrgzeLwFnBdM6jhlu9te0OFerQyfU5CQQ479yu9Z6z/Zt0c5Jh1fLuJgsLWu1OGouINXA4/54WoDB312iWnz'
    'Hig57A7+1DLjt5rDhvPbLr94IOUQzybeyy8j5DDLVUAo3ErUoaHP8f7dm8wOPwXX7+p9ygCNHCKAqMQN+fCD9rcb5lWWG7E7QAKT'
    'M7WiJDWvODM/b4q7/QeIwh6mjExgsIq0Mb48/1SuhyU7NbUAKPt+nUjVQ/d1PUw5+VPc9/87b6aypy6jhyU3sbgYqNptSaqsrYJ6'
    'DyM4cliLkxNzUoGa/tr+1PDSq+lhKU5NBVnxAGoFa3lmSkkGUGAKyEyR6tK2KUnAfFqWmFOaCgxGSWgIZ8h4i2TIIoXqiwX5guL2'
    '3A6ZU+Tvzvwi6yDk6m1s4SvhsCFoi4e8iaLDHBn2CY+26jj8bo5k9xXQc8i6kvnEXUDLYSf7lt6NaVIOb7+b+gn8F3Jo+OcSZXzx'
    'hj3RoQcFB3Trozv1X9o3fFj1T/fQU3sGn6Oier+W2j84VXNBNf2HPThUMxThYZmh5O5gYLeiKV7xVYYyPAwzVNwd5D96zeGqe52h'
    'Cg+7DDVvmwx1eJhlaMCDK0MTJaBAodLDnpKYW5CZl44UqBwpmcXghIgUl/wwsfjc1Nz8osopvi+YkdzXw5KRmJMGjD8OKJ8Nqsw7'
    'pYcDnMHiE4HGOQhApbmKUtOKEkGlJVAJew9PcWpicX5efGJOQUYi0NaTM0FgFji6U6b4IXmhh608sSi3tGCKNyuab/QAlGbddQ=='
)
"""Pickled by the release that kept the running peaks as a list of (index, surprise) tuples
(peaks (54, 0.5067...) and (59, 0.3735...)); its continuation hashed."""
LIST_PEAKS_CONTINUATION = "0fc29f045136712bfa36f08c9ed107a069afcb00e9c72299ca064ae68aff8f8c"


def test_a_state_pickled_with_peaks_as_tuples_continues_as_it_did():
    import base64
    import hashlib
    import random
    import zlib
    from datetime import UTC, timedelta

    detector = pickle.loads(zlib.decompress(base64.b64decode(LIST_PEAKS_LAYOUT)))
    assert (list(detector._peak_at), [round(u, 4) for u in detector._peak_u]) == ([54, 59], [0.5067, 0.3735])
    t0 = datetime(2026, 1, 3, tzinfo=UTC)
    rng = random.Random(7)
    xs = [10 + rng.gauss(0, 1) + (6 if i in (40, 41, 90) else 0) for i in range(120)]
    out = []
    for i, x in enumerate(xs[60:], start=60):
        t = t0 + timedelta(minutes=7 * i)
        out.append((detector.score(x, t).hex(), detector.novelty(x, t).hex()))
        detector.learn(x, t)
    assert hashlib.sha256(repr(out).encode()).hexdigest() == LIST_PEAKS_CONTINUATION


COMPACT_BEFORE = (  # NoveltyDetector(bins=20, memory=100, refractory=7, warmup=5) after 60 values
    'eNprYJnKw8YABj1yxZnpeYk5yUWJaSV6+QWpRYkl+UXFeimpJanJQNaUHn6//LLUnJJKF5jI5CmajVP8aqdo9LDH56QC5Yqn9LAm'
    'FhUlVk7pEYkHM+KLUpPz84pLikqhOjTgKqD05Ck9jClTvAWcGhgZoOBH/VClRVc+f8iXpexg9F15tdFyFYcCvqznk+8qO2w/L9nS'
    'E6rscE32EWPLLXUHrpW8LXuuKznYCDsuspmp4jBY3D+lZErQlB6m+Lwp3jY9bPF5oAif4u6g6nSyI0D9Qw9HfEFqYnZ8YsmUDA6N'
    'DO4exsIp3jzOAqbQeLOG0hBT2CGKSyFqM3i8BZwFDPimXXg664j9Dsb9zCtED9hDVHIBU0lxZkppIigByWNPhhmZxSX56UWJuVN6'
    'BFxSkxMrU1M84EKIhMiSlJlXPMVbpIctOb80r6QYyfIFjFWdFyds+2XPgAac2a7s+Cv03f5M9JpTz+VZHC5YliyyCxZwSLCVVj/z'
    'R8JBSMvpamqYukO+A8//7Us1HLSF165hv6zvsLNgYiC3hrKDhufmI/uviTgsiNnBuW0an8OFWYqvbWQ4HBT4Aq0vrPppf+CLRGV5'
    '7hMMe2FAgUmh/KU7hwMkMDhTK0pS84oz8/OmuNt/gOZNpoxMYDSIblhiNFMwrIclOzW1ACj7fp1I1UP3dT1MOflT3A8IfrZcdp1l'
    'Xg9LbmJxMVC125JUWVsF9R5GcGSyFicn5qQCNf21/anhpVfTw1Kcmgqy4gHUCtbyzJSSDKDAFJCZItWlbVOSgHFYlphTmgoMRjlo'
    'CGcoeotkKBERqjCwsrNcNGoWq4PcIY+JMw8pOjCsO159rlvV4Y++4s1pZQYO+0R6rzs2Gznkn1senHRNw0E3bceKf0aCDgfy9zmk'
    'LPxlf2DZhMsvdN7YP5hzqMuV64N9Q9nBpcIL7yLsS3giIHhmhr2Dk5lihOJz+wO8JycuzHxh/+BUzQXV9B+QJJahBg/LDHV3B4OV'
    'Mxb7rq3N0ICHYYamu4PYvn6z64I1GVrwsMvQ9rbJ0IGHWYYuPLgy9FACChQqPewpibkFmXnpSIHKkZJZDE6ISHHJDxOLz03NzS+q'
    'nOL7ghnJfT0sGYk5acD444Dy2aDKvFN6OMAZEpT/3B0EoNJcRalpRYmg0hWohL2Hpzg1sTg/Lz4xpyAjEWjryZkgMAsc3SlT/JC8'
    '0MNWnliUW1owxZsVzTd6AKTm8tA='
)
"""Pickled by the release before the compact layout (pickle's own: slot names and values),
after 60 values at 7-minute steps (peaks (53, 0.161...) and (59, 0.1257...), most hour
levels NaN); its continuation, computed by that release, hashed."""
COMPACT_BEFORE_CONTINUATION = "b35865774904685cbb1911271669bb08f069beddd75023c6c712050715a7f396"


def _continue(detector: NoveltyDetector, xs, start: int) -> list[tuple[str, str]]:
    from datetime import UTC, timedelta

    t0 = datetime(2026, 1, 3, tzinfo=UTC)
    out = []
    for i, x in enumerate(xs[start:], start=start):
        t = t0 + timedelta(minutes=7 * i)
        out.append((detector.score(x, t).hex(), detector.novelty(x, t).hex()))
        detector.learn(x, t)
    return out


def test_a_state_pickled_before_the_compact_layout_continues_as_it_did():
    import base64
    import hashlib
    import random
    import zlib

    detector = pickle.loads(zlib.decompress(base64.b64decode(COMPACT_BEFORE)))
    assert (list(detector._peak_at), [round(u, 4) for u in detector._peak_u]) == ([53, 59], [0.161, 0.1257])
    again = pickle.loads(pickle.dumps(detector))  # and once more through the compact layout
    rng = random.Random(11)
    xs = [10 + rng.gauss(0, 1) + (6 if i in (40, 41, 95) else 0) + (-5 if i == 50 else 0) for i in range(140)]
    for d in (detector, again):
        assert hashlib.sha256(repr(_continue(d, xs, 60)).encode()).hexdigest() == COMPACT_BEFORE_CONTINUATION


@pytest.mark.parametrize("refractory", [100, 70_000])  # peak ages in two bytes, and in eight
def test_the_compact_pickle_keeps_every_bit(refractory):
    import random
    import struct

    rng = random.Random(4)
    xs = [50 + rng.gauss(0, 2) + (30 if i % 97 == 0 else 0) - i / 100 for i in range(1500)]
    d = NoveltyDetector(refractory=refractory)
    _continue(d, xs[:1000], 0)
    other_nan = struct.unpack("<d", struct.pack("<Q", 0x7FF8_0000_0000_0001))[0]
    d._values.counts[3], d._levels[40] = -0.0, other_nan  # left out of a pickle only if bit for bit 0.0 or NaN
    blob = pickle.dumps(d)
    restored = pickle.loads(blob)
    for name in ("_n", "_novel", "_levels", "_peak_at", "_peak_u"):
        assert pickle.dumps(getattr(restored, name)) == pickle.dumps(getattr(d, name)), name
    for h, g in ((d._values, restored._values), (d._residuals, restored._residuals)):
        assert g.counts.tobytes() == h.counts.tobytes() and (g.n, g.lo, g.hi, g.mass, g.scale) == (h.n, h.lo, h.hi,
                                                                                                   h.mass, h.scale)
    assert len(d._peak_at) > 1 and pickle.dumps(restored) == blob
    assert _continue(restored, xs, 1000) == _continue(d, xs, 1000)
