"""The daily or weekly shape of a series, for the anomaly watch (no Bytewax).

A series' buckets (one a minute, say) are averaged per *slot* of ``period / slots``
(5 minutes for a day of 288 slots, 30 minutes for a week of 336); each slot, once the
series has moved past it, is learned by an additive
:class:`~signalcraft.operators.baselines_holtwinters.HoltWinters` with that step and
season. :meth:`SeasonalProfile.offset` is the seasonal index of a time's slot: what the
time of day (or week) adds to the series' level. It is 0.0 until two whole periods have
been seen (Holt-Winters' warm-up); the watch subtracts it only while
:attr:`SeasonalProfile.strong`, first judged at the end of the third period, so it judges
raw values at least until then. Holt-Winters drops a warm-up span with fewer than half its slots
observed, so a series sampled less often than every other slot (a metric scraped every
15 minutes, with 5-minute slots) would never get a season: the watch sizes the slots to
the spacing of a series' first buckets (:func:`profile_for` with that spacing).

The watch subtracts the offset before its detector and band see a value, so a value
usual at noon but not at 3 a.m. stands out at 3 a.m., and a daily swing is not mistaken
for an anomaly. A slot's mean is its buckets' mean, so a slot that was partly skipped
(the watch does not learn buckets of an episode) is the mean of the rest; a slot with no
bucket is a gap Holt-Winters carries its level across.

>>> from datetime import datetime, timezone
>>> profile = SeasonalProfile(period=timedelta(hours=1), slots=4)  # 15-minute slots
>>> t0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
>>> for minute in range(3 * 60):  # three hours: high in the first quarter of each hour
...     profile.learn(10.0 if minute % 60 < 15 else 0.0, t0 + timedelta(minutes=minute))
>>> (round(profile.offset(t0 + timedelta(hours=3, minutes=5)), 2),
...  round(profile.offset(t0 + timedelta(hours=3, minutes=35)), 2))
(7.5, -2.5)
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from numbers import Real
from typing import Any

from signalcraft.operators.baselines import Estimator
from signalcraft.operators.baselines_holtwinters import DAY, WEEK, HoltWinters
from signalcraft.params import Season

__all__ = ["SeasonalProfile", "profile_for"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class SeasonalProfile(Estimator):
    """Holt-Winters over slot means of a series; ``offset(t)`` is the season at ``t``.

    Hyperparameters: ``period`` (a day, a week), ``slots`` per period (the slot width is
    ``period / slots`` and must divide it exactly), Holt-Winters' ``alpha``, ``beta``,
    ``gamma``, and ``strength`` (how far the season must stand out of the noise to count,
    see :attr:`strong`); ``seed`` is stored for a uniform contract (nothing here is random).
    It keeps the estimator contract of :mod:`signalcraft.operators.baselines`; what it
    says is :meth:`offset`, and ``learn`` needs the time of each value.
    """

    __slots__ = ("_count", "_model", "_skipped", "_slot", "_step_s", "_strong", "_sum", "alpha", "beta", "gamma",
                 "period", "seed", "slots", "strength")

    def __init__(
        self,
        period: timedelta = DAY,
        slots: int = 288,
        alpha: float = 0.1,
        beta: float = 0.01,
        gamma: float = 0.1,
        strength: float = 1.0,
        seed: int | None = None,
    ) -> None:
        if not (isinstance(slots, int) and slots >= 2):
            raise ValueError(f"SeasonalProfile: slots={slots!r}; expected an int >= 2")
        if period <= timedelta(0) or period % (period / slots):
            raise ValueError(f"SeasonalProfile: period={period!r} is not {slots} whole slots")
        if not (isinstance(strength, Real) and strength >= 0):
            raise ValueError(f"SeasonalProfile: strength={strength!r}; expected a number >= 0")
        self.period = period
        self.slots = slots
        self.alpha = alpha
        self.beta = beta
        self.gamma = gamma
        self.strength = strength
        self.seed = seed
        self._step_s = (period / slots).total_seconds()
        self._model = HoltWinters(slots, alpha=alpha, beta=beta, gamma=gamma, step=period / slots)
        self._slot: int | None = None  # index (since the epoch) of the slot being filled
        self._sum = 0.0
        self._count = 0
        self._skipped = 0  # values for a slot already learned
        self._strong = False  # whether the season stands out of the noise (see `strong`)

    @property
    def step(self) -> timedelta:
        return self.period / self.slots

    @property
    def ready(self) -> bool:
        return self._model.ready

    @property
    def n_learned(self) -> int:
        """How many slot means Holt-Winters has learned: a slot's values are learned as one
        mean, once the series has moved past the slot."""
        return self._model.n_learned

    @property
    def strong(self) -> bool:
        """Whether the season is worth subtracting: a period past the warm-up, and the
        spread of its indices is above 0 and at least ``strength`` times the slot
        residuals' spread (it falls back below half of that before it stops counting).
        Noise learned as a season is not."""
        return self._strong

    def offset(self, t: datetime) -> float:
        """The seasonal index of ``t``'s slot; 0.0 until ready. Changes nothing."""
        model = self._model
        if not model._season:  # not ready (HoltWinters.ready, without the property)
            return 0.0
        step_s = self._step_s  # _start(_index(t)), written out: the watch asks for every bucket
        return model.seasonal(_EPOCH + timedelta(0, ((t - _EPOCH).total_seconds() // step_s) * step_s))

    def learn(self, x: float, t: datetime) -> None:
        """Adds ``x`` (the bucket at ``t``) to its slot; a finished slot goes to Holt-Winters."""
        if not (type(x) is float and x - x == 0.0):  # _value's test, before its call
            x = self._value(x, "learn")
        if not isinstance(t, datetime):
            raise ValueError(f"SeasonalProfile.learn: t={t!r}; expected the datetime of the value")
        index = int((t - _EPOCH).total_seconds() // self._step_s)  # _index, written out
        slot = self._slot
        if slot is not None and index != slot:
            if index < slot:
                self._skipped += 1
                return
            self._model.learn(self._sum / self._count, self._start(slot))
            self._slot = slot = None
            self._judge()
        if slot is None:
            self._slot, self._sum, self._count = index, 0.0, 0
        self._sum += x
        self._count += 1

    def _judge(self) -> None:
        """Strong or not, once a whole period has been learned after the warm-up: the
        residuals of the warm-up itself are those of the indices fitted to it (too small:
        noise would pass for a season)."""
        model = self._model
        if not model.ready or model.n_learned < model.warmup_points + self.slots:
            return
        noise = model.residual_std()
        self._strong = model.season_spread_at_least((0.5 if self._strong else 1.0) * self.strength * noise)

    def snapshot(self) -> dict[str, Any]:
        """A JSON-able view for analysts: Holt-Winters' state (``n``: slot means learned) and
        the swing of the season."""
        return {"period_s": self.period.total_seconds(), "slot_s": self._step_s, "strong": self._strong,
                "skipped": self._skipped, **self._model.snapshot()}

    def _index(self, t: datetime) -> int:
        return int((t - _EPOCH).total_seconds() // self._step_s)

    def _start(self, index: int) -> datetime:
        return _EPOCH + timedelta(0, index * self._step_s)  # seconds=, positional: the same, sooner


def profile_for(season: Season, bucket: timedelta) -> SeasonalProfile | None:
    """The profile the watch keeps for ``season`` with buckets of ``bucket``; ``None`` for
    ``"none"``, or when no slot of at least a bucket divides the period into two or more.
    A day has 288 slots (5 minutes), a week 336 (30 minutes); with coarser buckets, the
    most slots of at least a bucket that divide the period exactly.

    >>> profile_for("day", timedelta(minutes=1)).step, profile_for("week", timedelta(minutes=1)).step
    (datetime.timedelta(seconds=300), datetime.timedelta(seconds=1800))
    >>> profile_for("day", timedelta(minutes=15)).slots, profile_for("day", timedelta(minutes=7)).step
    (96, datetime.timedelta(seconds=432))
    >>> profile_for("day", timedelta(hours=13)) is None
    True
    """
    if season == "none":
        return None
    period, most = (DAY, 288) if season == "day" else (WEEK, 336)
    for slots in range(most, 1, -1):
        step = period / slots
        if step >= bucket and not period % step:
            break
    else:
        return None
    return SeasonalProfile(period, slots)
