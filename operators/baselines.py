"""Online baselines for one series: what a value should be, and how far off it is.

Every model that runs per series keeps one contract (:class:`Estimator`), so the anomaly
watch holds them as per-key state and one shared test suite
(``tests/unit/test_baselines.py``) checks them all: the baselines here and in
:mod:`~signalcraft.operators.baselines_holtwinters`, the novelty detector
(:mod:`~signalcraft.operators.detector`) and the seasonal profile
(:mod:`~signalcraft.operators.seasonality`).

- Constructor arguments are the hyperparameters, stored under the same names and
  returned by :meth:`~Estimator.params`; they are numbers, ``None`` or ``timedelta``,
  never mutable objects. All learned state, including the warm-up count, is created in
  ``__init__``.
- ``learn(x, t=None)`` updates the state and returns nothing; a value that is not a
  finite number is rejected (``ValueError`` naming the model and the step) before
  anything changes. Reading the model (``score``, or the profile's ``offset``) never
  changes the state.
- ``clone()`` is an unfitted twin with the same hyperparameters. ``snapshot()`` is a
  JSON-able view of the learned state for the analysts' ``anomaly_models`` table.
- Instances pickle (Bytewax recovery) and continue identically after unpickling.
  ``seed`` is stored by every model, also where nothing is random, so a flow can
  pass one uniformly; the same seed and inputs always give the same outputs.
- ``score`` compares ``x`` with what was learned *before* it: score a point, then
  learn it.

A :class:`Baseline` scores a value as a :class:`Score`: the band is
``expected ± band · std`` and ``sigma = (x - expected) / std``, signed, where ``std`` is
never below ``min_std`` (so ``sigma`` stays finite on a flat series).
While a baseline warms up, its scores say ``ready=False`` and must not raise warnings.

This module has the contract and the window baseline, :class:`RollingZScore` (the
watch's band). Holt-Winters lives in :mod:`signalcraft.operators.baselines_holtwinters`.

>>> z = RollingZScore(window=5, warmup=3)
>>> for x in [10.0, 12.0, 11.0, 13.0]:
...     z.learn(x)
>>> s = z.score(20.0)
>>> s.expected, round(s.sigma, 2), s.ready
(11.5, 6.58, True)
>>> z.clone().params() == z.params(), z.clone().ready
(True, False)
"""

from __future__ import annotations

import inspect
import math
from abc import ABC, abstractmethod
from array import array
from datetime import datetime, timedelta
from functools import cache
from numbers import Real
from typing import Any, NamedTuple, Self

__all__ = ["Baseline", "Estimator", "RollingZScore", "Score", "hyperparameters"]

_CANCELLED = 1e-6
"""A drop of the running squared deviations below this share of their peak forces an
exact recomputation (rounding error of the sum is ~1e-16 of the peak)."""


class Score(NamedTuple):
    """Where a value sits against a baseline. Immutable; a named tuple, not a frozen
    dataclass, because one is made for every bucket of every series (0.3 µs, not 0.8)."""

    expected: float
    """The baseline's value for this point (its one-step-ahead forecast)."""
    lower: float
    """``expected - band * std``."""
    upper: float
    """``expected + band * std``."""
    sigma: float
    """``(x - expected) / std``: signed, in standard deviations (``std >= min_std``)."""
    ready: bool
    """False during warm-up: the numbers are provisional and must not raise warnings."""


_tuple_new = tuple.__new__
"""``_tuple_new(Score, fields)`` is ``Score(*fields)`` without the named tuple's Python-level
``__new__`` (a call per bucket)."""


def slot_state(state: dict[str, Any] | tuple) -> dict[str, Any]:
    """The attributes in a pickled state, for ``__setstate__`` of a class with ``__slots__``:
    ``(None or dict, slots dict)`` as pickle makes it, or a plain dict (an instance of a
    release whose class had a ``__dict__``)."""
    if isinstance(state, tuple):
        found, slots = state
        return {**(found or {}), **(slots or {})}
    return dict(state)


_SHARED: dict[tuple[type, Any], Any] = {}
_MOST_SHARED = 4096


def shared(value: Any) -> Any:
    """One object for every equal hyperparameter restored from a pickle: a state restored
    by recovery would otherwise hold its own copy of each number (24-40 bytes apiece, a
    kilobyte per series over all its models). Numbers, durations and strings; anything
    else, and anything past the first few thousand distinct values, as given."""
    if type(value) not in (float, int, str, timedelta) or value != value or (type(value) is float and not value):
        return value  # NaN, and 0.0 (-0.0 equals it: its sign is kept)
    key = (type(value), value)
    found = _SHARED.get(key)
    if found is None:
        if len(_SHARED) >= _MOST_SHARED:
            return value
        found = _SHARED[key] = value
    return found


@cache
def _param_names(cls: type) -> tuple[str, ...]:
    return tuple(p for p in inspect.signature(cls.__init__).parameters if p != "self")


def hyperparameters(model: Any) -> dict[str, Any]:
    """A model's constructor arguments by name, read from the attributes that store them
    (every estimator here stores each argument under its own name)."""
    return {name: getattr(model, name) for name in _param_names(type(model))}


class Estimator(ABC):
    """The contract of every model that runs per series (see the module), and the
    behaviour all of them share: ``params``, ``clone`` and ``repr`` from the constructor."""

    __slots__ = ()

    @abstractmethod
    def learn(self, x: float, t: datetime | None = None) -> None:
        """Update the state with ``x`` (observed at ``t``). Returns nothing."""

    @abstractmethod
    def snapshot(self) -> dict[str, Any]:
        """A JSON-able view of the learned state, for analysts: ``n`` and ``ready`` at least."""

    @property
    @abstractmethod
    def ready(self) -> bool:
        """Whether the warm-up is over: before it, what the model says must not raise warnings."""

    @property
    @abstractmethod
    def n_learned(self) -> int:
        """How many values were learned."""

    def params(self) -> dict[str, Any]:
        """The hyperparameters, by constructor argument name."""
        return hyperparameters(self)

    def __setstate__(self, state: dict[str, Any] | tuple) -> None:
        """Restores a pickled state (also one of a release whose class had a ``__dict__``);
        the hyperparameters are shared with every model restored with the same ones."""
        names = _param_names(type(self))
        for name, value in slot_state(state).items():
            setattr(self, name, shared(value) if name in names else value)

    def clone(self) -> Self:
        """An unfitted twin with the same hyperparameters."""
        return type(self)(**self.params())

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.params().items())
        return f"{type(self).__name__}({args})"

    def _value(self, x: Any, step: str) -> float:
        if type(x) is float and x - x == 0.0:  # the common case, without the ABC check: finite
            return x
        if isinstance(x, Real) and not isinstance(x, bool) and math.isfinite(x):
            return float(x)
        raise ValueError(f"{type(self).__name__}.{step}: x={x!r}; expected a finite number")


class Baseline(Estimator):
    """A model of a series' expected value and spread: it scores a value as a :class:`Score`."""

    __slots__ = ("_n", "band", "min_std", "seed")

    band: float
    min_std: float
    seed: int | None
    _n: int

    def _init_common(self, band: float, min_std: float, seed: int | None) -> None:
        name = type(self).__name__
        if not band > 0:
            raise ValueError(f"{name}: band={band!r}; expected a number of standard deviations > 0")
        if not min_std > 0:
            raise ValueError(f"{name}: min_std={min_std!r}; expected a small number > 0")
        self.band = float(band)
        self.min_std = float(min_std)
        self.seed = seed
        self._n = 0

    @abstractmethod
    def score(self, x: float, t: datetime | None = None) -> Score:
        """Score ``x`` (at ``t``) against the state. Never changes the state."""

    @property
    @abstractmethod
    def warmup_points(self) -> int:
        """How many points must be learned (without gaps) before scores are ready."""

    @property
    def ready(self) -> bool:
        """Whether the warm-up is over."""
        return self._n >= self.warmup_points

    @property
    def n_learned(self) -> int:
        """How many points were learned."""
        return self._n

    def _score(self, x: float, expected: float, std: float, ready: bool) -> Score:
        if self.min_std > std:  # max(std, min_std)
            std = self.min_std
        half = self.band * std
        return Score(expected, expected - half, expected + half, (x - expected) / std, ready)


class RollingZScore(Baseline):
    """Mean and standard deviation of the last ``window`` points, updated in O(1).

    The standard deviation is the sample one (``ddof=1``), as pandas'
    ``Series.rolling(window).std()``. Before the window is full, both are over the
    points seen so far (pandas with ``min_periods``). Ready after ``warmup`` points.

    The window is a ring buffer; the mean and the sum of squared deviations are kept by
    Welford's update with removal (an arriving point replaces the leaving one in one
    step), on values shifted by a recent mean so that a large offset (1e9 + noise) costs
    no precision. Rounding errors would drift over a long stream, so both are recomputed
    exactly from the buffer every ``window`` replacements (amortised O(1)), and at once
    when the squared deviations fall below a millionth of their peak since the last
    recomputation (large values leaving the window: the running sum would otherwise keep
    their rounding error, which can dwarf the small spread that remains).
    ``t`` is accepted and ignored.

    >>> z = RollingZScore(window=3, warmup=2)
    >>> for x in [1.0, 2.0, 3.0, 4.0]:
    ...     z.learn(x)
    >>> z.snapshot()["mean"], z.snapshot()["std"]
    (3.0, 1.0)
    """

    __slots__ = (
        "_buf",
        "_head",
        "_m2",
        "_m2_peak",
        "_mean",
        "_replaced",
        "_shift",
        "warmup",
        "window",
    )

    def __init__(
        self,
        window: int = 60,
        warmup: int = 30,
        band: float = 3.0,
        min_std: float = 1e-9,
        seed: int | None = None,
    ) -> None:
        if not 2 <= warmup <= window:
            raise ValueError(f"RollingZScore: window={window!r}, warmup={warmup!r}; expected 2 <= warmup <= window")
        self.window = window
        self.warmup = warmup
        self._init_common(band, min_std, seed)
        self._buf = array("d")
        self._head = 0
        self._shift = 0.0  # values are summed as x - _shift, _shift near their mean
        self._mean = 0.0  # of x - _shift
        self._m2 = 0.0  # sum of squared deviations from the mean
        self._m2_peak = 0.0  # the largest _m2 since the last exact recomputation
        self._replaced = 0

    @property
    def warmup_points(self) -> int:
        return self.warmup

    def learn(self, x: float, t: datetime | None = None) -> None:
        if not (type(x) is float and x - x == 0.0):  # _value's test, before its call
            x = self._value(x, "learn")
        buf = self._buf
        self._n += 1
        if not buf:
            self._shift = x
        y = x - self._shift
        if len(buf) < self.window:
            buf.append(x)
            delta = y - self._mean
            self._mean += delta / len(buf)
            self._m2 += delta * (y - self._mean)
            if self._m2 > self._m2_peak:
                self._m2_peak = self._m2
            return
        head, window, before = self._head, self.window, self._mean  # read once: every bucket learns
        old = buf[head] - self._shift
        buf[head] = x
        self._head = (head + 1) % window
        mean = before + (y - old) / window
        m2 = self._m2 + (y - old) * (y - mean + old - before)
        self._m2 = m2 = m2 if m2 > 0.0 else 0.0
        self._mean = mean
        peak = self._m2_peak
        if m2 > peak:
            self._m2_peak = peak = m2
        self._replaced = replaced = self._replaced + 1
        if replaced >= window or m2 < peak * _CANCELLED:
            self._recompute()

    def _recompute(self) -> None:
        self._replaced = 0
        self._shift = math.fsum(self._buf) / self.window
        shifted = [v - self._shift for v in self._buf]
        self._mean = math.fsum(shifted) / self.window
        self._m2 = self._m2_peak = math.fsum((v - self._mean) ** 2 for v in shifted)

    def _std(self) -> float:
        n = len(self._buf)
        return math.sqrt(self._m2 / (n - 1)) if n >= 2 else 0.0

    def score(self, x: float, t: datetime | None = None) -> Score:
        if not (type(x) is float and x - x == 0.0):  # _value's test, before its call
            x = self._value(x, "score")
        n = len(self._buf)
        expected = self._shift + self._mean if n else x
        std = math.sqrt(self._m2 / (n - 1)) if n >= 2 else 0.0  # _std and _score, written out: every bucket asks
        if self.min_std > std:
            std = self.min_std
        half = self.band * std
        ready = self._n >= self.warmup
        return _tuple_new(Score, (expected, expected - half, expected + half, (x - expected) / std, ready))

    def snapshot(self) -> dict[str, Any]:
        return {
            "method": "rolling_zscore",
            "n": self._n,
            "ready": self.ready,
            "mean": self._shift + self._mean if self._buf else None,
            "std": self._std() if len(self._buf) >= 2 else None,
            "points_in_window": len(self._buf),
        }
