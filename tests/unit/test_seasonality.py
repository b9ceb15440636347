"""The seasonal profile: Holt-Winters over slot means, its offset, and when it counts. The
estimator contract (clone, pickling, pure reading, defaults, seed, rejected input) is
checked with every other model in ``test_baselines.py``."""

from __future__ import annotations

import math
import pickle
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from signalcraft.operators.baselines_holtwinters import HoltWinters
from signalcraft.operators.seasonality import SeasonalProfile, profile_for

T0 = datetime(2025, 3, 3, tzinfo=UTC)  # midnight
MIN = timedelta(minutes=1)


def daily(minutes: int, amplitude: float = 20.0, noise: float = 1.0, seed: int = 1) -> np.ndarray:
    """A level of 100 with a daily sine (trough at midnight, peak at noon) and noise."""
    t = np.arange(minutes)
    rng = np.random.default_rng(seed)
    return 100 + amplitude * np.sin(2 * np.pi * (t - 360) / 1440) + rng.normal(0, noise, minutes)


def learned(values, profile=None, start: int = 0) -> SeasonalProfile:
    """``profile`` (a new one by default) after learning ``values``, the first at minute ``start``."""
    profile = profile or SeasonalProfile()
    for i, x in enumerate(values, start):
        profile.learn(float(x), T0 + i * MIN)
    return profile


def test_offset_is_zero_until_two_days_then_follows_the_daily_shape_and_is_strong_from_day_three():
    values = daily(4 * 1440)
    profile = learned(values[: 2 * 1440 - 10])
    assert not profile.ready and profile.offset(T0 + 3 * 60 * MIN) == 0.0
    learned(values[2 * 1440 - 10 : 3 * 1440 - 10], profile, start=2 * 1440 - 10)
    assert profile.ready and not profile.strong  # judged once a period past the warm-up was learned
    day3 = T0 + 2 * 1440 * MIN
    for hour, expected in ((0, -20.0), (6, 0.0), (12, 20.0), (18, 0.0)):
        assert profile.offset(day3 + hour * 60 * MIN) == pytest.approx(expected, abs=2.0)
    learned(values[3 * 1440 - 10 :], profile, start=3 * 1440 - 10)
    assert profile.strong


def test_offset_of_a_slot_matches_holt_winters_on_the_slot_means():
    values = daily(3 * 1440, seed=4)
    profile = learned(values)
    hw = HoltWinters(288, step=timedelta(minutes=5))
    means = values.reshape(-1, 5).mean(axis=1)
    for i, x in enumerate(means[:-1]):  # the last slot is still open in the profile
        hw.learn(float(x), T0 + i * 5 * MIN)
    at = T0 + (3 * 1440 + 7) * MIN  # the next day's second slot
    assert profile.offset(at) == hw.seasonal(T0 + (3 * 1440 + 5) * MIN)
    assert hw.seasonal(T0 + (3 * 1440 + 5) * MIN) == pytest.approx(
        hw.score(0.0, T0 + (3 * 1440 + 5) * MIN).expected - hw.snapshot()["level"] - 2 * hw.snapshot()["trend"])


def test_noise_is_not_a_season():
    for seed in range(10):  # never strong, on any of the judgements of days three and four
        rng = np.random.default_rng(seed)
        sparse, flat, zero = SeasonalProfile(), SeasonalProfile(), SeasonalProfile()
        counts, noise = rng.poisson(0.1, 4 * 1440).astype(float), 100 + rng.normal(0, 1, 4 * 1440)
        for i in range(4 * 1440):  # alert counts (0, sometimes 1), white noise, an all-zero series
            at = T0 + i * MIN
            sparse.learn(float(counts[i]), at)
            flat.learn(float(noise[i]), at)
            zero.learn(0.0, at)
            assert not (sparse.strong or flat.strong or zero.strong), (seed, i)
        assert sparse.ready and flat.ready and zero.ready
    assert learned(daily(4 * 1440, amplitude=3.0)).strong


def test_a_value_for_a_slot_already_learned_is_skipped_and_counted():
    profile = learned(daily(20))
    before = pickle.dumps(profile)
    profile.learn(1e6, T0 + 2 * MIN)  # slot 0 went to Holt-Winters when minute 5 came
    assert profile.snapshot()["skipped"] == 1
    assert pickle.loads(before).snapshot()["n"] == profile.snapshot()["n"]


def test_state_stays_small():
    profile = learned(daily(3 * 1440, seed=7))
    assert profile.ready and len(pickle.dumps(profile)) < 4000  # 288 seasonal slots once the warm-up is over


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"slots": 1}, "slots=1"), ({"period": timedelta(microseconds=10), "slots": 3}, "not 3 whole slots"),
     ({"period": timedelta(0)}, "period"), ({"strength": -1.0}, "strength=-1.0; expected a number >= 0"),
     ({"gamma": 1.5}, "gamma=1.5")],
)
def test_bad_hyperparameters_say_what_was_expected(kwargs, message):
    with pytest.raises(ValueError, match=message):
        SeasonalProfile(**kwargs)


def test_learning_needs_the_time_of_the_value():
    profile = learned(daily(20))
    before = pickle.dumps(profile)
    with pytest.raises(ValueError, match=r"SeasonalProfile\.learn: t=None; expected the datetime of the value"):
        profile.learn(1.0, None)
    assert pickle.dumps(profile) == before


def test_profile_for_a_season_and_a_bucket():
    assert profile_for("none", MIN) is None
    day, week = profile_for("day", MIN), profile_for("week", MIN)
    assert (day.slots, day.step, week.slots, week.step) == (288, 5 * MIN, 336, 30 * MIN)
    assert profile_for("day", 15 * MIN).slots == 96  # never finer than the bucket
    assert math.isclose(profile_for("week", timedelta(hours=1)).step.total_seconds(), 3600)


def test_a_weekly_profile_learns_the_weekend():
    profile = profile_for("week", timedelta(minutes=30))
    rng = np.random.default_rng(3)
    half_hour = timedelta(minutes=30)
    for i in range(4 * 336):  # four weeks from a Monday, one value a half hour; weekends at half the level
        at = T0 + i * half_hour
        profile.learn((50.0 if at.weekday() >= 5 else 100.0) + float(rng.normal(0, 2)), at)
    assert profile.ready and profile.strong
    saturday, wednesday = T0 + timedelta(weeks=4, days=5, hours=12), T0 + timedelta(weeks=4, days=2, hours=12)
    assert profile.offset(wednesday) - profile.offset(saturday) == pytest.approx(50.0, abs=5.0)


def test_the_spread_test_answers_as_the_exact_spread_does():
    """The profile asks after every slot whether the season's spread clears a bar; the
    answer from a numpy estimate with a margin is the exact spread's, near the bar too."""
    from array import array

    rng = np.random.default_rng(4)
    for m in (2, 7, 288):
        hw = HoltWinters(season_length=m)
        assert hw.season_spread_at_least(0.0) is False  # not ready: no spread
        for _ in range(300):
            scale = 10.0 ** rng.uniform(-6, 6)
            offset = rng.choice([0.0, 1.0, 1e6]) * scale
            hw._season = array("d", (offset + rng.standard_normal(m) * scale * rng.choice([1, 1e-9, 0.0])).tolist())
            exact = hw.season_spread()
            for bar in (0.0, exact, exact * (1 + 1e-15), exact * (1 - 1e-15), exact / 2, exact * 2, 1e-300):
                assert hw.season_spread_at_least(bar) == (exact > 0 and exact >= bar), (m, exact, bar)
