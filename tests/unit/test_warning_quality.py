"""The warning-quality benchmark: deterministic labelled series, exact tallies, a naive
baseline that is as naive as it says."""

from __future__ import annotations

import numpy as np
import pytest

from tests.support import load_benchmark

wq = load_benchmark("warning_quality")


@pytest.mark.parametrize("kind", wq.KINDS)
def test_series_are_deterministic_and_labelled_in_the_last_day(kind):
    a, b, other = wq.generate(kind, 0, 3, 1), wq.generate(kind, 0, 3, 1), wq.generate(kind, 1, 3, 1)
    assert np.array_equal(a.values, b.values) and not np.array_equal(a.values, other.values)
    assert len(a.values) == 3 * wq.DAY and np.isfinite(a.values).all()
    assert (a.episode is None) == (kind in wq.QUIET)
    if a.episode is not None:
        first, last = a.episode
        assert 2 * wq.DAY - 60 <= first < last < 3 * wq.DAY


def test_the_episodes_are_what_they_say():
    shift = wq.generate("level_shift", 0, 3, 1)
    first, _ = shift.episode
    before, after = shift.values[first - 120:first], shift.values[first:first + 120]
    assert after.mean() - before.mean() == pytest.approx(6 * before.std(), rel=0.3)
    ramp = wq.generate("ramp", 0, 3, 1)
    assert ramp.values[ramp.crossing] >= ramp.threshold > ramp.values[ramp.crossing - 1]
    assert 30 <= ramp.crossing - ramp.episode[0] <= 50
    surge = wq.generate("night_surge", 0, 3, 1)
    noon = surge.values[2 * wq.DAY - 720 - 30: 2 * wq.DAY - 720 + 30].mean()
    first, last = surge.episode
    assert surge.values[first:last + 1].mean() == pytest.approx(noon, rel=0.05)  # usual at noon


def test_tally_counts_catches_delays_leads_and_false_warnings():
    s = wq.Labelled("k", "ramp", np.zeros(100), episode=(40, 59), threshold=1.0, crossing=70)
    tally = wq.Tally()
    tally.add(s, [10, 45, 50, 69, 70])  # 10 before, 45 catches (lead 25), 50 and 69 in the episode + slack
    tally.add(wq.Labelled("q", "steady", np.zeros(100)), [5])
    assert tally.row() == {"series": 2, "episodes": 1, "caught": 1, "false": 3,
                           "median_delay_min": 5, "median_lead_min": 25}


def test_the_naive_watch_warns_on_sparse_counts_and_the_default_does_not():
    sparse = wq.generate("alerts_sparse", 0, 3, 1)
    assert len(wq.run_naive(sparse)) >= 2
    assert wq.run_watch(sparse) == []
