"""The default anomaly detector: how new is this value, compared with everything seen.

One configuration for every series, strictly online (score a value from the past, then
learn it), with a few hundred floats of state. :func:`default_detector` gives a fresh
instance; ``benchmarks/nab.py`` runs it over the NAB corpus.

**Value novelty.** The detector keeps a histogram of the values it has learned over the
range seen so far (``[lo, hi]``, the running minimum and maximum, split into ``bins``
equal bins; when a value falls outside, the range grows and the counts are spread over
the new bins). Every learned value adds 1 and all counts decay by ``1 - 1 / memory`` per
value, so the total mass ``m`` tends to ``memory``. For a new value ``x`` the
neighbourhood is ``x ± h`` with ``h = width * (hi - lo)`` and ``c`` is the mass inside
it. Its *surprise* in decades is

    u = log10((m + 1) / (c + 1))                                       (1)

the conformal "1 in N" of landing this close to so few earlier values: 0 where the
series always is, about ``log10(memory)`` for a value that was never seen. A value with
less than ``seen`` (half an observation) around it is far from everything, and the
distance ``d`` from ``x`` to the nearest occupied bin adds

    u += extension * (d - h) / h            when d > h                 (2)

one decade per neighbourhood width further out: a spike beyond the running maximum (the
"spatial" check of NAB's HTM detector) or into a gap in the middle of the range scores
by how far out it lies, and never ties with other novel values.

**Refractory damping.** NAB, and an on-call engineer, want one alarm per incident: a
surprise that is not larger than every surprise of the previous ``refractory`` values is
multiplied by ``damping``. Only new records pass unchanged, so a burst gives one
detection (or a few rising ones) at any threshold.

**Score.** ``u / (u + half)`` in [0, 1): 0.5 at a 1-in-``10**half`` surprise, strictly
increasing and never saturating, so scores of different series compare and a threshold
picked over many series means the same rarity everywhere. ``score`` is 0.0 for the
first ``warmup`` values.

A constant series has no range: a repeat of its value scores 0, any other value is new
with ``h = width * |x - value|`` (so (2) adds ``extension * (1 / width - 1)``); ranges
narrower than 1e-250 count as constant, values beyond 1e300 in magnitude are rejected and a
surprise is capped at 1e12 decades, so scores stay finite. Timestamps are accepted and
ignored: warm-up, memory and refractory period count values.

State: ``bins`` decayed counts and the last ``refractory`` surprises, two float arrays
(200 + 100 values by default, under 3 KB pickled), whatever the length of the series.

>>> d = NoveltyDetector(warmup=5)
>>> for i in range(200):  # five levels, 10.0 to 10.4, each a fifth of the time
...     _ = d.score_and_learn(None, 10.0 + (i % 5) * 0.1)
>>> [round(d.score(x), 2) for x in (10.2, 10.25, 10.5, 15.0)]  # usual, in a gap, beyond, far beyond
[0.1, 0.71, 0.82, 0.99]
"""

from __future__ import annotations

import math
from datetime import datetime
from numbers import Real
from typing import Any, Self

import numpy as np

__all__ = ["NoveltyDetector", "default_detector"]

_LARGEST = 1e300  # two values of this size still have a finite range
_TINY = 1e-250  # a narrower range counts as one value
_MOST = 1e12  # the largest surprise (decades): far beyond a tiny range stays finite


class NoveltyDetector:
    """Value novelty against a decayed histogram, with refractory damping; see the module.

    Hyperparameters (the constructor's arguments, stored under the same names):

    - ``bins``: histogram bins over the running range (resolution ``range / bins``).
    - ``width``: neighbourhood half-width as a share of the running range.
    - ``memory``: the decay horizon in values (counts decay by ``1 - 1 / memory``).
    - ``extension``: decades of surprise per neighbourhood width beyond the nearest seen value.
    - ``seen``: the mass (in observations) that makes a bin, or a neighbourhood, "seen".
    - ``refractory``: how many values a surprise must out-do to pass undamped.
    - ``damping``: the factor applied to a surprise that is not a new record.
    - ``half``: the surprise (decades) that scores 0.5.
    - ``warmup``: values learned before any score is given.
    - ``seed``: stored for a uniform contract; nothing here is random.
    """

    def __init__(
        self,
        bins: int = 200,
        width: float = 0.02,
        memory: int = 10_000,
        extension: float = 1.0,
        seen: float = 0.5,
        refractory: int = 100,
        damping: float = 0.5,
        half: float = 3.0,
        warmup: int = 30,
        seed: int | None = None,
    ) -> None:
        _check("bins", bins, bins >= 10 if isinstance(bins, int) else False, "an int >= 10")
        _check("width", width, 0 < width < 0.5, "a share of the range in (0, 0.5)")
        _check("memory", memory, isinstance(memory, int) and memory >= 10, "an int >= 10")
        _check("extension", extension, extension >= 0, "a number >= 0")
        _check("seen", seen, seen > 0, "a mass > 0")
        _check("refractory", refractory, isinstance(refractory, int) and refractory >= 0, "an int >= 0")
        _check("damping", damping, 0 <= damping <= 1, "a factor in [0, 1]")
        _check("half", half, half > 0, "a number of decades > 0")
        _check("warmup", warmup, isinstance(warmup, int) and warmup >= 0, "an int >= 0")
        self.bins = bins
        self.width = float(width)
        self.memory = memory
        self.extension = float(extension)
        self.seen = float(seen)
        self.refractory = refractory
        self.damping = float(damping)
        self.half = float(half)
        self.warmup = warmup
        self.seed = seed
        # learned state
        self._n = 0  # values learned
        self._lo = math.inf  # running range
        self._hi = -math.inf
        self._mass = 0.0  # total decayed count
        self._counts = np.zeros(bins)  # decayed counts over [lo, hi]; all mass in bin 0 while lo == hi
        self._recent = np.zeros(refractory)  # surprises of the last `refractory` values (ring)

    # --- the contract ---------------------------------------------------------------

    def score(self, x: float, t: datetime | None = None) -> float:
        """The anomaly score of ``x`` in [0, 1] against what was learned. Changes nothing."""
        return self._output(self._surprise(_value(x, "score")))

    def novelty(self, x: float) -> float:
        """The score of ``x`` without refractory damping (0.0 in warm-up). Changes nothing.

        For callers that judge persistence themselves (the warning state machine), where
        a second equally new value must count as much as the first.
        """
        u = self._surprise(_value(x, "novelty"))
        return 0.0 if self._n < self.warmup else u / (u + self.half)

    def learn(self, x: float, t: datetime | None = None) -> None:
        """Learns ``x``. Returns nothing."""
        x = _value(x, "learn")
        self._remember(self._surprise(x))
        self._add(x)

    def score_and_learn(self, t: datetime | None, x: float) -> float:
        """Scores ``x`` and then learns it (the NAB harness's call): ``score`` then ``learn``."""
        x = _value(x, "score_and_learn")
        u = self._surprise(x)
        s = self._output(u)
        self._remember(u)
        self._add(x)
        return s

    def params(self) -> dict[str, Any]:
        """The hyperparameters, by constructor argument name."""
        return {k: getattr(self, k) for k in ("bins", "width", "memory", "extension", "seen",
                                              "refractory", "damping", "half", "warmup", "seed")}

    def clone(self) -> Self:
        """An unfitted twin with the same hyperparameters."""
        return type(self)(**self.params())

    @property
    def n_learned(self) -> int:
        return self._n

    @property
    def ready(self) -> bool:
        return self._n >= self.warmup

    def snapshot(self) -> dict[str, Any]:
        """A JSON-able view of the learned state, for analysts."""
        return {"method": "value_novelty", "n": self._n, "ready": self.ready,
                "lo": self._lo if self._n else None, "hi": self._hi if self._n else None,
                "mass": self._mass}

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.params().items())})"

    # --- surprise -------------------------------------------------------------------

    def _surprise(self, x: float) -> float:
        """``u`` of (1) and (2), in decades; 0 before any value."""
        if self._n == 0:
            return 0.0
        m, lo, hi = self._mass, self._lo, self._hi
        if _flat(lo, hi):  # a constant series so far
            return 0.0 if lo <= x <= hi else math.log10(m + 1) + self.extension * (1 / self.width - 1)
        span = hi - lo
        h = self.width * span
        c = self._mass_within(x - h, x + h)
        u = math.log10((m + 1) / (c + 1))
        if c < self.seen:
            d = self._distance_to_seen(x)
            if d > h:
                u += self.extension * (d - h) / h
        return min(u, _MOST)

    def _mass_within(self, a: float, b: float) -> float:
        """The decayed count in ``[a, b]``, bins counted by their overlap (uniform within a bin)."""
        lo, bw = self._lo, (self._hi - self._lo) / self.bins
        fa = min(max((a - lo) / bw, -1.0), self.bins + 1.0)  # clamped: a tiny range and a far value
        fb = min(max((b - lo) / bw, -1.0), self.bins + 1.0)
        ia, ib = max(math.floor(fa), 0), min(math.floor(fb), self.bins - 1)
        if ib < ia:
            return 0.0
        counts = self._counts
        total = float(counts[ia:ib + 1].sum())
        total -= counts[ia] * (max(fa, ia) - ia)  # the parts of the end bins outside [a, b]
        total -= counts[ib] * (ib + 1 - min(fb, ib + 1))
        return max(total, 0.0)

    def _distance_to_seen(self, x: float) -> float:
        """Distance from ``x`` to the nearest bin holding at least ``seen``; 0 when none does."""
        occupied = np.flatnonzero(self._counts >= self.seen)
        if len(occupied) == 0:
            return 0.0
        bw = (self._hi - self._lo) / self.bins
        left = self._lo + occupied * bw
        gaps = np.maximum(np.maximum(left - x, x - (left + bw)), 0.0)
        return float(gaps.min())

    # --- output and refractory damping ----------------------------------------------

    def _output(self, u: float) -> float:
        if self._n < self.warmup:
            return 0.0
        if self.refractory and u <= self._recent.max():
            u *= self.damping
        return u / (u + self.half)

    def _remember(self, u: float) -> None:
        if self.refractory:
            # warm-up surprises (a range still forming) do not damp the first real ones
            self._recent[self._n % self.refractory] = u if self._n >= self.warmup else 0.0

    # --- histogram --------------------------------------------------------------------

    def _add(self, x: float) -> None:
        keep = 1.0 - 1.0 / self.memory
        self._counts *= keep
        self._mass = self._mass * keep + 1.0
        if self._n == 0:
            self._lo = self._hi = x
        elif x < self._lo or x > self._hi:
            self._grow(min(self._lo, x), max(self._hi, x))
        self._n += 1
        if _flat(self._lo, self._hi):
            self._counts[0] += 1.0
        else:
            k = int((x - self._lo) / (self._hi - self._lo) * self.bins)
            self._counts[min(max(k, 0), self.bins - 1)] += 1.0

    def _grow(self, lo: float, hi: float) -> None:
        """Re-bins the counts over the wider range ``[lo, hi]``."""
        old_lo, old_hi = self._lo, self._hi
        self._lo, self._hi = lo, hi
        if _flat(lo, hi):  # still too narrow to bin: all mass stays in bin 0
            return
        if _flat(old_lo, old_hi):  # all earlier mass sits at (about) the one value seen
            mass = float(self._counts.sum())
            self._counts[:] = 0.0
            k = int((old_lo - lo) / (hi - lo) * self.bins)
            self._counts[min(max(k, 0), self.bins - 1)] = mass
            return
        cum = np.concatenate(([0.0], np.cumsum(self._counts)))
        old_edges = np.linspace(old_lo, old_hi, self.bins + 1)
        new_edges = np.linspace(lo, hi, self.bins + 1)
        self._counts = np.diff(np.interp(new_edges, old_edges, cum))


def default_detector() -> NoveltyDetector:
    """A fresh detector in the project's one configuration (the constructor's defaults)."""
    return NoveltyDetector()


def _flat(lo: float, hi: float) -> bool:
    """Whether ``[lo, hi]`` is too narrow to bin: differences below 1e-250 are not resolved."""
    return hi - lo < _TINY


def _check(name: str, value: Any, ok: bool, expected: str) -> None:
    if not ok:
        raise ValueError(f"NoveltyDetector: {name}={value!r}; expected {expected}")


def _value(x: Any, step: str) -> float:
    if isinstance(x, Real) and not isinstance(x, bool) and math.isfinite(x) and abs(x) <= _LARGEST:
        return float(x)
    raise ValueError(f"NoveltyDetector.{step}: x={x!r}; expected a finite number of magnitude <= 1e300")
