"""Additive Holt-Winters (level + trend + season) under the :class:`Baseline` contract.

The recursions are the standard additive ones (Hyndman & Athanasopoulos, *Forecasting:
Principles and Practice*, "Holt-Winters' additive method"), with ``m`` the season length
and ``e`` the one-step-ahead residual::

    forecast  = l[t-1] + b[t-1] + s[t-m]
    l[t] = alpha * (y[t] - s[t-m]) + (1 - alpha) * (l[t-1] + b[t-1])
    b[t] = beta * (l[t] - l[t-1]) + (1 - beta) * b[t-1]
    s[t] = gamma * (y[t] - l[t-1] - b[t-1]) + (1 - gamma) * s[t-m]

**Warm-up.** The first ``warmup`` steps (default two seasons; a whole number of seasons,
at least two) are buffered. At the end of the span the components are initialised from
the season means ``A_j`` (the classical initialisation): the trend is the slope between
the first and last season means, ``b = (A_last - A_first) / ((k - 1) m)``; the seasonal
index of phase ``i`` is the mean over seasons of ``y - A_j - b (i - (m - 1) / 2)``; the
level is placed one step before the first point, ``l = A_first - b (m + 1) / 2``. The
buffered points are then run through the recursions, which also yields the first
residuals. Scores are ready from the next point on.

**Band.** ``std`` is the root of an exponentially weighted mean of squared one-step
residuals (weight ``resid_alpha``; while replaying the warm-up, ``max(resid_alpha, 1/i)``
for the ``i``-th residual, i.e. a plain mean at first). Across a gap the forecast is
``h`` steps ahead but the band stays the one-step band.

**Gaps.** Pass ``t`` with each point and the series' bucket width as ``step``. A point
``h`` steps after the last one (``h = round((t - last_t) / step)``) advances the season
index by ``h``; the ``h - 1`` missing points are not learned: the level is carried
forward along the trend (``l += (h - 1) b``) and their seasonal slots keep their values.
A ``t`` not after the last learned one is rejected. Without ``t`` every point is the
next step. Gaps inside the warm-up are allowed: the initialisation averages what was
observed (season means and seasonal indices are re-estimated against each other until
they settle, so a partly observed season is not biased; a phase never observed starts
at 0). If fewer than half of the span's steps were observed, the span is discarded and
the warm-up starts again at the next point.

>>> from datetime import datetime, timedelta, timezone
>>> hw = HoltWinters(season_length=4, step=timedelta(hours=1))
>>> t0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
>>> pattern = [0.0, 10.0, 0.0, -10.0]
>>> for i in range(8):
...     hw.learn(100.0 + pattern[i % 4], t0 + i * hw.step)
>>> hw.ready, hw.score(110.0, t0 + 9 * hw.step).expected  # 8 is missing
(True, 110.0)
"""

from __future__ import annotations

import math
from array import array
from datetime import datetime, timedelta
from statistics import fmean, stdev
from typing import Any

import numpy as np

from signalcraft.operators.baselines import Baseline, Score

__all__ = ["DAY", "WEEK", "HoltWinters"]

DAY = timedelta(days=1)
WEEK = timedelta(weeks=1)
_NAN = math.nan
_MAX_PASSES = 50


def _least_most(values: array) -> tuple[float, float]:
    """``min(values), max(values)`` of a non-empty array, the same floats, by numpy (a
    quarter of the time: the watch's snapshots ask it of every season). A non-zero number
    is one bit pattern, whichever equal element is picked; a zero (``0.0`` or ``-0.0``,
    which numpy may pick otherwise) or a NaN falls back to Python's answer.

    >>> _least_most(array("d", [2.0, -0.0, 0.0, 5.0]))
    (-0.0, 5.0)
    """
    found = _frombuffer(values)
    least, most = float(_minimum(found)), float(_maximum(found))
    if least == 0.0 or most == 0.0 or least != least or most != most:
        return min(values), max(values)
    return least, most


_frombuffer, _minimum, _maximum = np.frombuffer, np.minimum.reduce, np.maximum.reduce


def _initial_components(buf: array, m: int) -> tuple[float, float, list[float]]:
    """Level (one step before ``buf[0]``), trend and seasonal indices; NaN is missing."""
    k = len(buf) // m
    c = (m - 1) / 2
    seasons = [
        [(i, y) for i, y in enumerate(buf[j * m : (j + 1) * m]) if not math.isnan(y)]
        for j in range(k)
    ]
    means = [fmean(y for _, y in s) if s else None for s in seasons]
    season = [0.0] * m
    for _ in range(_MAX_PASSES):  # one pass without gaps; backfitting with them
        trend = _slope(means, m)
        by_phase: list[list[float]] = [[] for _ in range(m)]
        for j, s in enumerate(seasons):
            for i, y in s:
                by_phase[i].append(y - means[j] - trend * (i - c))
        seen = [i for i in range(m) if by_phase[i]]
        centre = fmean(fmean(by_phase[i]) for i in seen)
        season = [fmean(by_phase[i]) - centre if by_phase[i] else 0.0 for i in range(m)]
        before, means = (
            means,
            [fmean(y - season[i] - trend * (i - c) for i, y in s) if s else None for s in seasons],
        )
        if all(a is None or abs(a - b) <= 1e-12 * (1 + abs(b)) for a, b in zip(means, before, strict=True)):
            break
    trend = _slope(means, m)
    first = next(j for j, a in enumerate(means) if a is not None)
    return means[first] - trend * (c + 1 + first * m), trend, season


def _slope(means: list[float | None], m: int) -> float:
    known = [(j, a) for j, a in enumerate(means) if a is not None]
    if len(known) < 2:
        return 0.0
    (j0, a0), (j1, a1) = known[0], known[-1]
    return (a1 - a0) / ((j1 - j0) * m)


class HoltWinters(Baseline):
    """Additive Holt-Winters with an explicit warm-up and gap handling (see the module).

    ``season_length`` is in steps (288 for a day of 5-minute steps); ``alpha``, ``beta``,
    ``gamma`` smooth the level, trend and season (``beta=0`` keeps the initial trend);
    ``warmup`` is in steps, ``None`` for two seasons; ``step`` is the bucket width,
    needed only when points carry ``t``; ``resid_alpha`` smooths the squared residuals
    behind the band; ``band`` and ``min_std`` as in :class:`Baseline`.
    """

    __slots__ = (
        "_buf",
        "_last_t",
        "_level",
        "_mse",
        "_pos",
        "_season",
        "_trend",
        "alpha",
        "beta",
        "gamma",
        "resid_alpha",
        "season_length",
        "step",
        "warmup",
    )

    def __init__(
        self,
        season_length: int,
        alpha: float = 0.1,
        beta: float = 0.01,
        gamma: float = 0.1,
        warmup: int | None = None,
        step: timedelta | None = None,
        resid_alpha: float = 0.05,
        band: float = 3.0,
        min_std: float = 1e-9,
        seed: int | None = None,
    ) -> None:
        m = season_length
        if not (isinstance(m, int) and m >= 2):
            raise ValueError(f"HoltWinters: season_length={m!r}; expected an int >= 2 (steps)")
        for name, value in (("alpha", alpha), ("beta", beta), ("gamma", gamma)):
            if not 0 <= value <= 1:
                raise ValueError(f"HoltWinters: {name}={value!r}; expected 0 <= {name} <= 1")
        if not 0 < resid_alpha <= 1:
            raise ValueError(f"HoltWinters: resid_alpha={resid_alpha!r}; expected 0 < it <= 1")
        if warmup is not None and (warmup < 2 * m or warmup % m):
            raise ValueError(
                f"HoltWinters: warmup={warmup!r}; expected a whole number of seasons of "
                f"{m} steps, at least two ({2 * m}), or None"
            )
        if step is not None and step <= timedelta(0):
            raise ValueError(f"HoltWinters: step={step!r}; expected a positive duration")
        self.season_length = m
        self.alpha = float(alpha)
        self.beta = float(beta)
        self.gamma = float(gamma)
        self.warmup = warmup
        self.step = step
        self.resid_alpha = float(resid_alpha)
        self._init_common(band, min_std, seed)
        self._buf = array("d")  # the warm-up span, NaN for missing steps; empty after
        self._pos = 0  # steps consumed since the components were initialised
        self._level = 0.0
        self._trend = 0.0
        self._season = array("d")  # empty until initialised
        self._mse = 0.0
        self._last_t: datetime | None = None

    @property
    def warmup_points(self) -> int:
        return self.warmup if self.warmup is not None else 2 * self.season_length

    @property
    def ready(self) -> bool:
        return len(self._season) > 0

    def learn(self, x: float, t: datetime | None = None) -> None:
        x = self._value(x, "learn")
        h = self._steps(t, "learn")
        if t is not None:
            self._last_t = t
        elif self._last_t is not None:  # an untimed point is the next step
            self._last_t += self.step
        self._n += 1
        if self.ready:
            self._observe(x, h)
            return
        buf = self._buf
        fill = min(h - 1, self.warmup_points - len(buf)) if buf else 0
        buf.extend([_NAN] * fill)
        if len(buf) < self.warmup_points:
            buf.append(x)
            if len(buf) == self.warmup_points:
                self._start()
        elif self._start():  # the gap ran past the warm-up span; x comes after it
            self._observe(x, h - fill)
        else:
            self._buf.append(x)

    def score(self, x: float, t: datetime | None = None) -> Score:
        x = self._value(x, "score")
        h = self._steps(t, "score")
        if not self.ready:
            seen = [y for y in self._buf if not math.isnan(y)]
            expected = fmean(seen) if seen else x
            return self._score(x, expected, stdev(seen) if len(seen) >= 2 else 0.0, False)
        phase = (self._pos + h - 1) % self.season_length
        expected = self._level + h * self._trend + self._season[phase]
        return self._score(x, expected, math.sqrt(self._mse), True)

    def seasonal(self, t: datetime | None = None) -> float:
        """The seasonal index of the step at ``t`` (of the next step without ``t``), before
        or after the last learned one; 0.0 until the warm-up is over. Changes nothing."""
        season = self._season
        if not season:  # not ready
            return 0.0
        h = 1
        last = self._last_t
        if t is not None and last is not None:
            if self.step is None:
                self._steps(t, "seasonal")  # raises: t needs step
            h = round((t - last) / self.step)
        return season[(self._pos + h - 1) % self.season_length]

    def season_spread(self) -> float:
        """Standard deviation of the seasonal indices; 0.0 until ready."""
        if not self.ready:
            return 0.0
        mean = fmean(self._season)
        return math.sqrt(fmean([(s - mean) ** 2 for s in self._season]))

    def season_spread_at_least(self, bar: float) -> bool:
        """``season_spread() > 0 and season_spread() >= bar``, mostly without the exact spread
        (a float sum over every index; the profile asks after every slot): a numpy estimate
        decides when it is clear of ``bar`` by far more than it can be off (its error is
        within 1e-13 of the indices' magnitude; the margin is 1e-10), else the exact spread."""
        if not self.ready:
            return False
        season = np.frombuffer(self._season, dtype=np.float64)
        n = len(season)
        deviations = season - season.sum() / n
        rough = math.sqrt(float(deviations @ deviations) / n)
        margin = 1e-10 * (float(np.abs(season).max()) + rough)
        if bar > 0 and rough - margin > bar:
            return True
        if bar > 0 and rough + margin < bar:
            return False
        spread = self.season_spread()
        return spread > 0 and spread >= bar

    def residual_std(self) -> float:
        """The one-step residuals' smoothed standard deviation (the band's); 0.0 until ready."""
        return math.sqrt(self._mse) if self.ready else 0.0

    def snapshot(self) -> dict[str, Any]:
        ready = self.ready
        least, most = _least_most(self._season) if ready else (None, None)
        return {
            "method": "holt_winters",
            "n": self._n,
            "ready": ready,
            "season_length": self.season_length,
            "level": self._level if ready else None,
            "trend": self._trend if ready else None,
            "residual_std": math.sqrt(self._mse) if ready else None,
            "season_min": least,
            "season_max": most,
            "next_phase": self._pos % self.season_length if ready else None,
            "warmup_steps_seen": None if ready else len(self._buf),
            "last_t": self._last_t.isoformat() if self._last_t else None,
        }

    def _steps(self, t: datetime | None, where: str) -> int:
        if t is None:
            return 1
        if self.step is None:
            raise ValueError(
                f"HoltWinters.{where}: t={t.isoformat()} given but step is None; "
                "pass step= (the series' bucket width) to use timestamps"
            )
        if self._last_t is None:
            return 1
        h = round((t - self._last_t) / self.step)
        if h < 1:
            raise ValueError(
                f"HoltWinters.{where}: t={t.isoformat()}; expected a time at least one step "
                f"({self.step}) after the last learned point {self._last_t.isoformat()}"
            )
        return h

    def _start(self) -> bool:
        """Initialise from the full warm-up buffer and replay it; False if it restarted."""
        buf, self._buf = self._buf, array("d")
        if 2 * sum(1 for y in buf if not math.isnan(y)) < len(buf):
            return False
        level, self._trend, season = _initial_components(buf, self.season_length)
        self._level, self._season, self._pos = level, array("d", season), 0
        gap, i, mse = 0, 0, 0.0
        for y in buf:
            if math.isnan(y):
                gap += 1
                continue
            e = self._update(y, gap + 1)
            gap, i = 0, i + 1
            mse += (e * e - mse) * max(self.resid_alpha, 1.0 / i)
        self._level += gap * self._trend
        self._pos += gap
        self._mse = mse
        return True

    def _observe(self, y: float, h: int) -> None:
        e = self._update(y, h)
        self._mse += self.resid_alpha * (e * e - self._mse)

    def _update(self, y: float, h: int) -> float:
        """One recursion step for ``y``, ``h`` steps after the last; the residual."""
        self._level += (h - 1) * self._trend
        self._pos += h - 1
        i = self._pos % self.season_length
        level, trend, s = self._level, self._trend, self._season[i]
        e = y - (level + trend + s)
        self._level = self.alpha * (y - s) + (1 - self.alpha) * (level + trend)
        self._trend = self.beta * (self._level - level) + (1 - self.beta) * trend
        self._season[i] = self.gamma * (y - level - trend) + (1 - self.gamma) * s
        self._pos += 1
        return e
