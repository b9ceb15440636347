"""The novelty detector: how new is this value, compared with everything seen.

One configuration for every series, strictly online (score a value from the past, then
learn it), with a few hundred floats of state: :class:`NoveltyDetector` with the
constructor's defaults, which ``benchmarks/nab.py`` runs over the NAB corpus. It keeps
the estimator contract of :mod:`signalcraft.operators.baselines`, with a score in [0, 1).

**Surprise of a value against a histogram.** A histogram
(:class:`~signalcraft.operators.histogram.DecayedHistogram`) keeps decayed counts
of the values it has learned over the range seen so far (``[lo, hi]``, the running
minimum and maximum, split into ``bins`` equal bins; when a value falls outside, the range
grows and the counts are spread over the new bins). Every learned value adds 1 and all
counts decay by ``1 - 1 / memory`` per value, so the total mass ``m`` tends to
``memory``. For a new value ``x`` the neighbourhood is ``x ± h`` with
``h = width * (hi - lo)`` and ``c`` is the mass inside it. Its *surprise* in decades is

    u = log10((m + 1) / (c + 1))                                       (1)

the conformal "1 in N" of landing this close to so few earlier values: 0 where the
series always is, about ``log10(memory)`` for a value that was never seen. A value with
less than ``seen`` (half an observation) around it is far from everything, and the
distance ``d`` from ``x`` to the nearest occupied bin adds

    u += extension * (d - h) / h            when d > h                 (2)

one decade per neighbourhood width further out: a spike beyond the running maximum or
into a gap in the middle of the range scores by how far out it lies.

**Two channels.** The detector asks (1)–(2) twice and keeps the larger surprise:

- of the *value* itself, against every value seen;
- of its *residual* from the usual level of its hour, ``x - P[b]``, against every
  residual seen. ``b`` is the hour of the day (UTC) and whether it is a weekend day
  (48 contexts, from the timestamp; without one, a single context); ``P[b]`` is an
  exponentially weighted mean (weight ``season_alpha``) of the values seen in that
  context (the residual is 0 before its first). On minute or five-minute data a context
  is visited many times in a row, so ``P[b]`` follows the level within the hour and
  carries it to the same hour of the next (week)day; on hourly data it is a day profile.
  A value usual somewhere in the range but not at this hour, or a level that moves
  inside the range, is new here.

**Habituation.** A series that keeps producing never-seen values is not alarming each
time it does: with ``R`` a decayed count (memory ``discount_memory``) of earlier values
whose surprise reached ``novel_at`` decades, surprises are lowered by
``discount * log10(1 + R)`` (never below 0).

**Refractory damping.** NAB, and an on-call engineer, want one alarm per incident: in
:meth:`score`, a surprise that is not larger than every surprise of the previous
``refractory`` values is multiplied by ``damping``, so a burst gives one detection (or a
few rising ones) at any threshold. :meth:`novelty` is the same score undamped, for the
warning state machine, which judges persistence itself.

**Score.** ``u / (u + half)`` in [0, 1): 0.5 at a 1-in-``10**half`` surprise, strictly
increasing and never saturating, so scores of different series compare and a threshold
picked over many series means the same rarity everywhere. Scores are 0.0 for the first
``warmup`` values.

A constant series has no range: a repeat of its value scores 0, any other value is new
with ``h = width * |x - value|`` (so (2) adds ``extension * (1 / width - 1)``); ranges
narrower than 1e-250 count as constant, values beyond 1e300 in magnitude are rejected and a
surprise is capped at 1e12 decades, so scores stay finite. Warm-up, memory and the
refractory period count values, not time.

State: two histograms of ``bins`` counts (8-byte floats), 48 context levels and, of the
last ``refractory`` surprises, those no later one reached, whatever the length of the
series: about 3.5 KB pickled by default once the histograms have filled (a pickle leaves
out empty bins and hours not seen yet; it keeps every bit of the rest).

>>> import random
>>> d, rng = NoveltyDetector(warmup=5), random.Random(1)
>>> for i in range(500):  # five levels, 10.0 to 10.4, in random order
...     d.learn(10.0 + rng.randrange(5) * 0.1)
>>> [round(d.score(x), 2) for x in (10.2, 10.25, 10.5, 15.0)]  # usual, in a gap, beyond, far beyond
[0.08, 0.71, 0.82, 0.99]
"""

from __future__ import annotations

import inspect
import math
from array import array
from copy import deepcopy
from datetime import UTC, datetime
from itertools import filterfalse, islice
from numbers import Real
from typing import Any

import numpy as np

from signalcraft.operators.baselines import Estimator, slot_state
from signalcraft.operators.histogram import DecayedHistogram, pack_floats, unpack_floats

__all__ = ["NoveltyDetector"]

_LARGEST = 1e300  # two values of this size still have a finite range
_CONTEXTS = 48  # hour of the day x (weekday, weekend)
_log10 = math.log10
_Histogram = DecayedHistogram  # the name a state pickled before the histogram had its module refers to


class NoveltyDetector(Estimator):
    """Value and hour-context novelty, habituation and refractory damping; see the module.

    Hyperparameters (the constructor's arguments, stored under the same names):

    - ``bins``: histogram bins over the running range (resolution ``range / bins``).
    - ``width``: neighbourhood half-width as a share of the running range.
    - ``memory``: the histograms' decay horizon in values.
    - ``extension``: decades of surprise per neighbourhood width beyond the nearest seen value.
    - ``seen``: the mass (in observations) that makes a bin, or a neighbourhood, "seen".
    - ``season_alpha``: weight of a new value in its hour context's level.
    - ``novel_at``: the surprise (decades) that counts a value as never seen, for habituation.
    - ``discount``: decades taken off per decade of ``1 + R`` (``R``: recent never-seen values).
    - ``discount_memory``: the decay horizon of ``R`` in values.
    - ``refractory``: how many values a surprise must out-do to pass undamped.
    - ``damping``: the factor applied to a surprise that is not a new record.
    - ``half``: the surprise (decades) that scores 0.5.
    - ``warmup``: values learned before any score is given.
    - ``seed``: stored for a uniform contract; nothing here is random.
    """

    __slots__ = (
        "_levels", "_n", "_novel", "_peak_at", "_peak_u", "_residuals", "_values", "bins", "damping", "discount",
        "discount_memory", "extension", "half", "memory", "novel_at", "refractory", "season_alpha", "seed", "seen",
        "warmup", "width",
    )

    def __init__(
        self,
        bins: int = 200,
        width: float = 0.02,
        memory: int = 10_000,
        extension: float = 1.0,
        seen: float = 0.5,
        season_alpha: float = 0.2,
        novel_at: float = 4.0,
        discount: float = 1.0,
        discount_memory: int = 1000,
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
        _check("season_alpha", season_alpha, 0 < season_alpha <= 1, "a weight in (0, 1]")
        _check("novel_at", novel_at, novel_at > 0, "a number of decades > 0")
        _check("discount", discount, discount >= 0, "a number >= 0")
        _check("discount_memory", discount_memory, isinstance(discount_memory, int) and discount_memory >= 1,
               "an int >= 1")
        _check("refractory", refractory, isinstance(refractory, int) and refractory >= 0, "an int >= 0")
        _check("damping", damping, 0 <= damping <= 1, "a factor in [0, 1]")
        _check("half", half, half > 0, "a number of decades > 0")
        _check("warmup", warmup, isinstance(warmup, int) and warmup >= 0, "an int >= 0")
        self.bins = bins
        self.width = float(width)
        self.memory = memory
        self.extension = float(extension)
        self.seen = float(seen)
        self.season_alpha = float(season_alpha)
        self.novel_at = float(novel_at)
        self.discount = float(discount)
        self.discount_memory = discount_memory
        self.refractory = refractory
        self.damping = float(damping)
        self.half = float(half)
        self.warmup = warmup
        self.seed = seed
        # learned state
        self._n = 0  # values learned
        self._values = DecayedHistogram(bins, width, memory, extension, seen)
        self._residuals = DecayedHistogram(bins, width, memory, extension, seen)
        self._levels = array("d", [math.nan]) * _CONTEXTS  # per hour context; NaN before its first value
        self._novel = 0.0  # R: decayed count of never-seen values
        self._peak_at = array("q")
        self._peak_u = array("d")
        """The surprises of the last ``refractory`` values that no later one has reached, oldest
        first (the first is the largest of them all), and the indices of their values: two
        compact arrays, not a list of (index, surprise) tuples (about 100 bytes apiece)."""

    def __deepcopy__(self, memo: dict) -> NoveltyDetector:
        """A copy without the pickle's packing: Bytewax deep-copies every state it snapshots."""
        twin = memo[id(self)] = NoveltyDetector.__new__(NoveltyDetector)
        for name in self.__slots__:
            setattr(twin, name, getattr(self, name))  # numbers, but the arrays and histograms
        twin._levels, twin._peak_at, twin._peak_u = self._levels[:], self._peak_at[:], self._peak_u[:]
        twin._values, twin._residuals = deepcopy(self._values, memo), deepcopy(self._residuals, memo)
        return twin

    def __getstate__(self) -> tuple:
        """The pickled state, compact (see ``_LAYOUT``)."""
        n, code = self._n, _age_code(self.refractory)
        ages = array(code, [n - i for i in self._peak_at]).tobytes()
        params = tuple(getattr(self, name) for name in _PARAMS)
        return (_LAYOUT, params, n, self._novel, pack_floats(self._levels, math.nan), ages, self._peak_u.tobytes(),
                self._values, self._residuals)

    def __setstate__(self, state: dict[str, Any] | tuple) -> None:
        if type(state) is tuple and len(state) == 9 and state[0] == _LAYOUT:
            _, params, n, novel, levels, ages, peaks, values, residuals = state
            super().__setstate__(dict(zip(_PARAMS, params, strict=True)))  # hyperparameters shared
            self._n, self._novel, self._values, self._residuals = n, novel, values, residuals
            self._levels = unpack_floats(levels, _CONTEXTS, math.nan)
            found = array(_age_code(self.refractory))
            found.frombytes(ages)
            self._peak_at, self._peak_u = array("q", [n - age for age in found]), array("d")
            self._peak_u.frombytes(peaks)
            return
        state = slot_state(state)
        ring = state.pop("_recent", None)
        peaks = state.pop("_peaks", None)
        super().__setstate__(state)  # hyperparameters shared
        if peaks is not None:  # pickled by a release that kept them as (index, surprise) tuples
            self._peak_at, self._peak_u = array("q", [i for i, _ in peaks]), array("d", [u for _, u in peaks])
        if ring is not None:  # pickled by a release that kept every recent surprise in a ring
            self._levels = array("d", np.asarray(self._levels, dtype=np.float64).tobytes())
            self._peak_at, self._peak_u = array("q"), array("d")
            for i in range(max(self._n - self.refractory, 0), self._n):
                self._push_peak(i, float(ring[i % self.refractory]))

    # --- the contract ---------------------------------------------------------------

    def score(self, x: float, t: datetime | None = None, surprise: float | None = None) -> float:
        """The anomaly score of ``x`` (at ``t``) in [0, 1] against what was learned, with
        refractory damping (0.0 in warm-up). Changes nothing. ``surprise`` as in :meth:`novelty`."""
        x = _value(x, "score")
        u = self._surprise(x, t) if surprise is None else surprise
        return self._output(self._discounted(u))

    def novelty(self, x: float, t: datetime | None = None, surprise: float | None = None) -> float:
        """The score of ``x`` without refractory damping (0.0 in warm-up). Changes nothing.

        For callers that judge persistence themselves (the warning state machine), where
        a second equally new value must count as much as the first. ``surprise``, when
        given, is :meth:`surprise` of the same ``x`` and ``t`` against the same state
        (it saves computing it again).
        """
        x = _value(x, "novelty")
        if self._n < self.warmup:
            return 0.0
        u = self._discounted(self._surprise(x, t) if surprise is None else surprise)
        return u / (u + self.half)

    def judge(self, x: float, t: datetime | None = None) -> tuple[float, float]:
        """``(surprise, novelty)`` of ``x`` at ``t``: :meth:`surprise` and :meth:`novelty` in one
        call, the question the watch asks of every bucket. Changes nothing."""
        if not (type(x) is float and -_LARGEST <= x <= _LARGEST):  # _value's test, before its call
            x = _value(x, "judge")
        last = _last_context  # _surprise, written out
        level = self._levels[last[1] if t is last[0] else _context(t)]
        u = self._values.surprise(x)
        residual = self._residuals.surprise(0.0 if level != level else x - level)
        if residual > u:
            u = residual
        if self._n < self.warmup:
            return u, 0.0
        d = u
        if self.discount:  # _discounted, written out
            d -= self.discount * _log10(1.0 + self._novel)
            if d < 0.0:
                d = 0.0
        return u, d / (d + self.half)

    def surprise(self, x: float, t: datetime | None = None) -> float:
        """How new ``x`` (at ``t``) is, in decades: the larger channel's, before habituation.
        Changes nothing."""
        return self._surprise(_value(x, "surprise"), t)

    def learn(self, x: float, t: datetime | None = None, surprise: float | None = None) -> None:
        """Learns ``x`` (at ``t``). Returns nothing. ``surprise`` as in :meth:`novelty`."""
        if not (type(x) is float and -_LARGEST <= x <= _LARGEST):  # _value's test, before its call
            x = _value(x, "learn")
        u = self._surprise(x, t) if surprise is None else surprise
        n, refractory = self._n, self.refractory
        if n >= self.warmup:
            if refractory:
                d = u
                if self.discount:  # _discounted, written out
                    d -= self.discount * _log10(1.0 + self._novel)
                    if d < 0.0:
                        d = 0.0
                at, peaks = self._peak_at, self._peak_u  # _push_peak(n, d), written out: as it was scored
                while peaks and peaks[-1] <= d:
                    peaks.pop()
                    at.pop()
                peaks.append(d)
                at.append(n)
                if at[0] <= n - refractory:
                    del at[0], peaks[0]
            self._novel = self._novel * (1.0 - 1.0 / self.discount_memory) + (u >= self.novel_at)
        elif refractory:
            self._push_peak(n, 0.0)  # warm-up surprises (a range still forming) do not damp the first real ones
        last = _last_context
        b = last[1] if t is last[0] else _context(t)
        levels = self._levels
        level = levels[b]
        if level != level:  # NaN: the context's first value
            self._residuals.add(0.0)
            levels[b] = x
        else:
            self._residuals.add(x - level)
            levels[b] = level + self.season_alpha * (x - level)
        self._values.add(x)
        self._n = n + 1

    @property
    def n_learned(self) -> int:
        return self._n

    @property
    def ready(self) -> bool:
        return self._n >= self.warmup

    def snapshot(self) -> dict[str, Any]:
        """A JSON-able view of the learned state, for analysts."""
        v = self._values
        levels = list(islice(filterfalse(math.isnan, self._levels), 4))  # the first four that are not NaN
        return {"method": "value_and_hour_novelty", "n": self._n, "ready": self.ready,
                "lo": v.lo if self._n else None, "hi": v.hi if self._n else None, "mass": v.mass,
                "hour_levels": [round(float(x), 6) for x in levels[:3]] + (["..."] if len(levels) > 3 else []),
                "never_seen_recently": self._novel}

    # --- surprise -------------------------------------------------------------------

    def _surprise(self, x: float, t: datetime | None) -> float:
        """The larger of the value's and its hour residual's surprise, in decades."""
        last = _last_context  # _context's memory of the last t, read here without its call
        level = self._levels[last[1] if t is last[0] else _context(t)]
        value = self._values.surprise(x)
        residual = self._residuals.surprise(0.0 if level != level else x - level)
        return residual if residual > value else value

    def _discounted(self, u: float) -> float:
        if not self.discount:
            return u
        u -= self.discount * math.log10(1.0 + self._novel)
        return 0.0 if u < 0.0 else u

    # --- output and refractory damping ----------------------------------------------

    def _output(self, u: float) -> float:
        """The damped score of surprise ``u`` (:meth:`novelty` divides undamped itself)."""
        if self._n < self.warmup:
            return 0.0
        if self.refractory and u <= self._recent_max():
            u *= self.damping
        return u / (u + self.half)

    def _recent_max(self) -> float:
        """The largest surprise of the last ``refractory`` values; 0.0 stands for those not
        seen yet (fewer than ``refractory`` values learned)."""
        peaks = self._peak_u
        top = peaks[0] if peaks else -math.inf
        return max(top, 0.0) if self._n < self.refractory else top

    def _push_peak(self, i: int, u: float) -> None:
        """Adds the ``i``-th surprise: earlier ones it reaches can no longer be the largest,
        and the one ``refractory`` values back leaves."""
        at, peaks = self._peak_at, self._peak_u
        while peaks and peaks[-1] <= u:
            peaks.pop()
            at.pop()
        peaks.append(u)
        at.append(i)
        if at[0] <= i - self.refractory:
            del at[0], peaks[0]


_PARAMS = tuple(inspect.signature(NoveltyDetector.__init__).parameters)[1:]
_LAYOUT = 2
"""The pickled layout: ``(2, hyperparameters in the constructor's order, n, R, hour levels by
pack_floats (those not NaN), peak ages (n minus the index, at most refractory), peak surprises,
the two histograms)``. Layout 1, pickle's own (slot names and values), and older ones load too."""


def _age_code(refractory: int) -> str:
    """The ``array`` type of the peaks' ages in a pickle: two bytes while ``refractory`` fits."""
    return "H" if refractory < 1 << 16 else "q"


_last_context: tuple[datetime | None, int] = (None, 0)
"""The last ``t`` given to :func:`_context` and its context: a value is scored and learned at
the same ``t``."""


def _context(t: datetime | None) -> int:
    """The hour context of ``t``: hour of the day in UTC, plus 24 on Saturday and Sunday
    (UTC); 0 without ``t``. A naive ``t`` is taken as UTC."""
    global _last_context
    last = _last_context
    if t is last[0]:
        return last[1]
    if t is None:
        return 0
    zone = t.tzinfo
    u = t if zone is UTC or zone is None or not t.utcoffset() else t.astimezone(UTC)
    context = u.hour + 24 * (u.weekday() >= 5)
    _last_context = (t, context)
    return context


def _check(name: str, value: Any, ok: bool, expected: str) -> None:
    if not ok:
        raise ValueError(f"NoveltyDetector: {name}={value!r}; expected {expected}")


def _value(x: Any, step: str) -> float:
    if type(x) is float and -_LARGEST <= x <= _LARGEST:  # the common case, without the ABC check
        return x
    if isinstance(x, Real) and not isinstance(x, bool) and math.isfinite(x) and abs(x) <= _LARGEST:
        return float(x)
    raise ValueError(f"NoveltyDetector.{step}: x={x!r}; expected a finite number of magnitude <= 1e300")
