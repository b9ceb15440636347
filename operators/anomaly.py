"""Per-series anomaly watch: records -> buckets -> detector -> warnings (no Bytewax).

The anomaly flow keys alert, log and metric records by their series
(:func:`~signalcraft.operators.series.series_key`) and folds them through
:meth:`SeriesWatch.step`, keeping the returned :class:`WatchState`. For every bucket the
series closes (:meth:`SeriesWatch.observe`):

1. the season is taken out: a :class:`~signalcraft.operators.seasonality.SeasonalProfile`
   (Holt-Winters over 5-minute slot means, daily by default; weekly or none by
   ``season``) gives what the time of day adds: after two days of warm-up and a third
   to judge it, so from the fourth day on, and only while that season stands out of the
   noise; until then the offset is 0;
2. two judges look at the rest. The novelty detector
   (:mod:`signalcraft.operators.detector`) says how new the value is against everything
   the series did (undamped novelty, ``threshold`` 0.5: about a 1-in-1000 value); the
   band, a rolling z-score over the buckets of the last ``band_window`` (an hour), says
   how far it is from the recent level (``sigma``, what the warning reports with the
   expected value and band, season added back). A bucket is anomalous when both agree:
   novelty at least ``threshold`` and ``sigma`` at least ``warning.raise_sigma`` — upward
   for alert volume and log error rate (fewer errors is not a warning), either way for
   metrics. The global judge alone warns on a daily swing and on the first day's new
   highs; the local one alone on every burst of a sparse count;
3. the warning state machine (:mod:`signalcraft.operators.early_warning`) raises after
   ``k`` of ``n`` anomalous buckets, resolves after ``clear_after`` calm ones and re-opens
   the same warning if the series flaps back within ``reopen_within`` buckets;
4. then the models learn the bucket, with three exceptions. An anomalous bucket is held
   back (at most ``n``), so the next ones are judged against the same past: a jump to a
   flat new level stays new and warns; held buckets are learned once the run ends
   without a warning. While a warning is open nothing is learned: the band it is judged
   against stays the one from before the episode, so it lasts while the series is out of
   it; after ``max_episode`` buckets the models learn again, and a level that stays
   becomes the new normal. When the season starts (or stops) counting, the band starts
   afresh on the new footing;
5. every ``snapshot_every`` of event time the series' :class:`AnomalyModel` is emitted
   for the ``anomaly_models`` table.

Warm-up: no warning before the detector has learned 30 buckets and the band the buckets
of ``band_warmup`` (30 minutes; at least two buckets), i.e. at least 30 minutes of event
time at the default one-minute bucket (buckets are never shorter than their width; a
sparse metric takes longer). A series recovered with a band of other dimensions (the
settings changed) starts its band afresh. Records that come after their bucket closed
are returned as :class:`~signalcraft.operators.series.Late` and counted in the snapshot
(``late``); the full flow stores them in their own tables like any record, so they are
not dead letters.

``benchmarks/warning_quality.py`` measures which labelled episodes this catches, how soon,
and how often it warns about nothing, beside a plain rolling z-score watch.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from itertools import pairwise
from typing import Any

from signalcraft.models import AnomalyModel, EarlyWarning, LogRecord, MetricPoint, make_id
from signalcraft.operators.baselines import RollingZScore, Score, slot_state
from signalcraft.operators.batching import group_by_key
from signalcraft.operators.detector import NoveltyDetector
from signalcraft.operators.early_warning import EpisodeState, SeriesDescription, WarningMachine
from signalcraft.operators.poisson import poisson_tail
from signalcraft.operators.seasonality import SeasonalProfile, profile_for
from signalcraft.operators.series import (
    Late,
    PatternHit,
    SeriesFolder,
    SeriesPoint,
    SeriesState,
    alert_key,
    series_key,
)
from signalcraft.params import AnomalyParams
from signalcraft.sources.alert_rows import ALERTS, AlertRow

_TITLES = {
    "alerts": ("HighErrorVelocity", "High Error Velocity", "alerts/min"),
    "logs": ("HighLogErrorRate", "High Log Error Rate", "error share"),
    "metric": ("MetricAnomaly", "Unusual {name}", ""),
    "pattern": ("LogPatternSurge", "Log Pattern Surge in {service}", "lines/min"),
}
METHOD = "novelty+rolling_zscore"
SEASONAL_METHOD = METHOD + "+holt_winters_season"


@dataclass(frozen=True, slots=True)
class Sensitivity:
    """Feedback for one series: warn only at ``raise_sigma`` (``None``: back to the default).

    Made from a ``sensitivity`` silence suggestion (:func:`sensitivity_of`) when the flow
    applies its feedback; it changes no bucket, only how the next ones are judged.
    """

    key: str
    raise_sigma: float | None


def sensitivity_of(suggestion: object) -> Sensitivity | None:
    """The watch's feedback in a silence suggestion: its series and ``raise_sigma`` while it
    is suggested, back to the default once withdrawn; ``None`` for other suggestions."""
    if getattr(suggestion, "kind", None) != "sensitivity":
        return None
    settings = suggestion.settings
    key = settings.get("metric_key")
    if not key:
        return None
    if suggestion.status != "suggested":
        return Sensitivity(key, None)
    try:
        return Sensitivity(key, float(settings["raise_sigma"]))
    except (KeyError, ValueError):
        return None


SPACING_BUCKETS = 10
"""Buckets seen before the seasonal profile's slot width is chosen from their spacing."""
STATE_LAYOUT = 2
"""The layout of :class:`WatchState`; state saved under another (by an older release, in a
recovery snapshot) is started afresh, keeping only its open buckets."""


@dataclass(slots=True)
class WatchState:
    """Everything kept for one series; picklable, about 8 KB after four days of minute buckets (6.3 KB numbers)."""

    series: SeriesState | None = None
    detector: NoveltyDetector = field(default_factory=NoveltyDetector)
    baseline: RollingZScore | None = None
    """The band; made by the watch at the series' first bucket, sized by its parameters."""
    episode: EpisodeState | None = None
    snapshot_at: datetime | None = None
    open_for: int = 0
    """Buckets the current warning has been open."""
    held: list[tuple[datetime, float]] = field(default_factory=list)
    """Anomalous buckets of a run that has not raised (yet): learned once it ends calm."""
    season: SeasonalProfile | None = None
    seasonal: bool = False
    """Whether the season was subtracted from the last bucket (the profile found it strong)."""
    first: list[datetime] | None = field(default_factory=list)
    """Starts of the first buckets, until the profile's slot width is chosen from their spacing."""
    layout: int = STATE_LAYOUT
    raise_sigma: float | None = None
    """The series' own ``raise_sigma`` from feedback (:class:`Sensitivity`); ``None``: the default."""
    buckets_seen: int = 0
    buckets_nonzero: int = 0
    """Buckets judged, and of those not zero: a sparse count (an alert every few days) has
    no season to subtract, whatever Holt-Winters makes of its spikes."""

    def __setstate__(self, state: dict[str, Any] | tuple) -> None:
        """Restores a pickled state; a field added since it was pickled gets its default."""
        found = slot_state(state)
        for name, value in found.items():
            setattr(self, name, value)
        for f in dataclasses.fields(self) if len(found) < len(self.__slots__) else ():
            if f.name not in found:
                setattr(self, f.name, f.default if f.default_factory is dataclasses.MISSING else f.default_factory())


class SeriesWatch:
    """Fold the records of one series into warnings and baseline snapshots."""

    def __init__(self, params: AnomalyParams | None = None):
        self.params = params or AnomalyParams()
        self.folder = SeriesFolder(self.params.bucket, self.params.allowed_lateness)
        window, warmup = self.params.band_buckets
        self._band = RollingZScore(window=window, warmup=warmup)
        """An unfitted band; every series gets a clone."""
        self._machines: dict[tuple[str, float | None, float], WarningMachine] = {}
        """(kind, hard threshold, raise_sigma) -> the machine for such series (hyperparameters all)."""
        self._judge = (window, warmup, self.params.threshold, self.params.warning.raise_sigma,
                       self.params.snapshot_every)
        """What :meth:`observe` reads of the parameters for every bucket, read once."""
        self._hard = self.params.hard_thresholds or None
        """Hard thresholds by series key; ``None`` without any (a machine is then found by kind alone)."""

    def step(self, state: WatchState | None, record) -> tuple[WatchState, list[EarlyWarning | AnomalyModel | Late]]:
        """Fold one alert, log or metric record; return the state and what to emit."""
        return self.step_many(state, (record,))

    def step_many(
        self, state: WatchState | None, records: list
    ) -> tuple[WatchState | None, list[EarlyWarning | AnomalyModel | Late]]:
        """Fold several records of one series, in order: one call per series per input batch."""
        if not records:
            return state, []
        if state is None or getattr(state, "layout", None) != STATE_LAYOUT:
            state = WatchState(series=getattr(state, "series", None))  # new, or saved by another release
        out: list[EarlyWarning | AnomalyModel | Late] = []
        for record in records:
            if isinstance(record, Sensitivity):
                state.raise_sigma = record.raise_sigma
                continue
            state.series, closed = self.folder.step(state.series, record)
            for item in closed:
                if type(item) is Late:
                    out.append(item)
                else:
                    out.extend(self.observe(state, item))
        return state, out

    @staticmethod
    def by_series(records: list) -> list[tuple[str, list]]:
        """The alert, log and metric records among ``records`` by series key, each key's in order."""
        return group_by_key(records, _series_of)

    def observe(self, state: WatchState, point: SeriesPoint) -> list[EarlyWarning | AnomalyModel]:
        """Judge one closed bucket of the series, then learn it; what to emit."""
        window, warmup, threshold, default_sigma, snapshot_every = self._judge
        band = state.baseline
        if band is None or band.window != window or band.warmup != warmup:
            state.baseline = self._band.clone()
        t, x, kind = point.start, point.value, point.kind
        state.buckets_seen += 1
        state.buckets_nonzero += x != 0
        season = state.season
        if season is not None and (season.strong and _dense(state)) == state.seasonal:  # _offset's usual case
            offset = season.offset(t) if state.seasonal else 0.0
        else:
            offset = self._offset(state, t)  # may start the band and the detector afresh
        value = x - offset
        detector, band = state.detector, state.baseline  # after _offset: it may have started them afresh
        surprise, novelty = detector.judge(value, t)
        score = band.score(value)
        local = abs(score.sigma) if kind == "metric" else score.sigma
        raise_sigma = state.raise_sigma or default_sigma
        anomalous = novelty >= threshold and local >= raise_sigma
        if kind == "pattern":
            anomalous = anomalous and self._count_stands_out(x, score.expected)
        if offset:  # the season added back (dataclasses.replace, without its generic machinery)
            score = Score(score.expected + offset, score.lower + offset, score.upper + offset, score.sigma, score.ready)
        machine = self._machines.get((kind, None, raise_sigma)) if self._hard is None else None
        if machine is None:
            machine = self._machine(point.key, kind, raise_sigma)
        about = (lambda: self.describe(point, state.seasonal)) if anomalous else None  # read only to raise
        episode, warnings = machine.step(state.episode, about, t, x, score, anomalous)
        state.episode = episode
        if anomalous or episode.open is not None or state.held:
            self._learn(state, t, x, anomalous, surprise, offset)
        else:  # _learn's usual case, written out: a calm bucket, no episode open or pending
            state.open_for = 0
            detector.learn(value, t, surprise)
            band.learn(value)
            if state.season is not None:
                state.season.learn(x, t)
        if state.snapshot_at is not None and t - state.snapshot_at < snapshot_every:
            return warnings
        state.snapshot_at = t
        return [*warnings, self.snapshot(state, point)]

    def _count_stands_out(self, count: float, expected: float) -> bool:
        """A log pattern's count, mostly zeros, needs more than a band: at least
        ``pattern_min_count`` lines, and rarer than ``pattern_p`` for a Poisson count at the
        expected level (never below a tenth of a line per bucket)."""
        p = self.params
        return count >= p.pattern_min_count and poisson_tail(int(count), max(expected, 0.1)) < p.pattern_p

    def _offset(self, state: WatchState, t: datetime) -> float:
        """The season at ``t`` while the profile finds a strong one, else 0.0. When that
        changes, the band and the detector start afresh: what they learned was on the other
        footing (raw values against deseasonalised ones), and kept it would make every
        ordinary value look new for days, and a real shift look ordinary."""
        if state.season is None:
            state.season = self._profile(state, t)
            if state.season is None:
                return 0.0
        strong = state.season.strong and _dense(state)
        if strong != state.seasonal:
            state.seasonal = strong
            state.baseline = state.baseline.clone()
            state.detector = state.detector.clone()
        return state.season.offset(t) if state.seasonal else 0.0

    def _profile(self, state: WatchState, t: datetime) -> SeasonalProfile | None:
        """The series' seasonal profile once its first ``SPACING_BUCKETS`` buckets were seen:
        slots never finer than the closest two of them, so a metric scraped every 15
        minutes gets 15-minute slots (with 5-minute ones it would fill a third of them,
        too few for Holt-Winters' warm-up). ``None`` until then, and for good if none fits."""
        if state.first is None or self.params.season == "none":
            return None
        state.first.append(t)
        if len(state.first) < SPACING_BUCKETS:
            return None
        spacing = min(b - a for a, b in pairwise(state.first))
        state.first = None
        return profile_for(self.params.season, max(self.params.bucket, spacing))

    def _learn(self, state: WatchState, t: datetime, value: float, anomalous: bool, surprise: float,
               offset: float) -> None:
        """Learn the bucket, unless it belongs to an episode, open or pending.

        While a warning is open nothing is learned (for at most ``max_episode`` buckets).
        An anomalous bucket before that is held back, so the next ones are judged against
        the same past (a jump to a flat level stays new); the held buckets are learned
        once the run ends without a warning, or dropped with the episode if it raises.
        At most ``n`` are held: the oldest is learned first. Held buckets are learned by the
        detector and the band, not by the season (its slots have moved on by then; it
        learns calm buckets only). ``surprise`` is the detector's for this bucket, reused
        when it is learned at once, and ``offset`` the season subtracted from it.
        """
        is_open = state.episode is not None and state.episode.open is not None
        state.open_for = state.open_for + 1 if is_open else 0
        if is_open:
            state.held.clear()
            if state.open_for > self.params.max_episode:
                self._learn_value(state, t, value, surprise, offset=offset)
            return
        if anomalous:
            state.held.append((t, value))
            if len(state.held) > self.params.warning.n:
                self._learn_value(state, *state.held.pop(0), season=False)
            return
        learned = value - offset  # _learn_value, written out for the usual case
        state.detector.learn(learned, t, surprise)
        state.baseline.learn(learned)
        if state.season is not None:
            state.season.learn(value, t)
        if state.held and state.episode is not None and state.episode.recent == 0:
            for held in state.held:
                self._learn_value(state, *held, season=False)
            state.held.clear()

    @staticmethod
    def _learn_value(state: WatchState, t: datetime, value: float, surprise: float | None = None,
                     season: bool = True, offset: float | None = None) -> None:
        """Learn one bucket; ``offset`` is the season at ``t`` if already known."""
        if offset is None:
            offset = state.season.offset(t) if state.seasonal and state.season is not None else 0.0
        state.detector.learn(value - offset, t, surprise)
        state.baseline.learn(value - offset)
        if season and state.season is not None:
            state.season.learn(value, t)

    def _machine(self, key: str, kind: str, raise_sigma: float) -> WarningMachine:
        """Alert volume and log error rate warn when they rise; metrics either way (and
        stay open while out of band on either side)."""
        hard = self.params.hard_thresholds
        threshold = hard.get(key) if hard else None
        found = self._machines.get((kind, threshold, raise_sigma))
        if found is None:
            direction = "both" if kind == "metric" else "up"
            found = WarningMachine(dataclasses.replace(self.params.warning, threshold=threshold, direction=direction,
                                                       raise_sigma=raise_sigma))
            self._machines[(kind, threshold, raise_sigma)] = found
        return found

    def describe(self, point: SeriesPoint, seasonal: bool = False) -> SeriesDescription:
        """What a warning on this series says: alertname, title, unit, routing labels, and
        the method (with the season when it was subtracted)."""
        alertname, title, unit = _TITLES[point.kind]
        labels = {**point.labels, "series": point.key}
        annotations = {}
        if point.kind == "metric":
            title = title.format(name=point.labels["metric"])
        elif point.kind == "pattern":
            title = title.format(service=point.labels["service"])
            annotations["template"] = labels.pop("template", "")
        base = self.params.generator_url
        return SeriesDescription(
            point.workspace_id, point.key, alertname, title, unit, labels,
            f"{base}{point.key}" if base else "", _method(seasonal), annotations,
        )

    def snapshot(self, state: WatchState, point: SeriesPoint) -> AnomalyModel:
        """The series' models as the ``anomaly_models`` table keeps them."""
        return AnomalyModel(
            id=make_id("model", point.workspace_id, point.key),
            workspace_id=point.workspace_id,
            metric_key=point.key,
            method=_method(state.seasonal),
            baseline={
                "bucket_s": self.params.bucket.total_seconds(),
                "novelty": state.detector.snapshot(),
                "band": state.baseline.snapshot(),
                "season": state.season.snapshot() if state.season is not None else None,
                "seasonal": state.seasonal,
                "threshold": self.params.threshold,
                "late": state.series.late if state.series is not None else 0,
            },
            last_updated=point.start,
        )


MIN_DENSE = 0.02
"""Least share of non-zero buckets before a season is subtracted (after 1,000 buckets; less,
and the judgment waits): below it, a few spikes would pass for a daily shape and every
quiet minute after them for a dip far below it."""


def _dense(state: WatchState) -> bool:
    seen = state.buckets_seen
    return seen < 1000 or state.buckets_nonzero >= MIN_DENSE * seen


def _method(seasonal: bool) -> str:
    return SEASONAL_METHOD if seasonal else METHOD


def _series_of(record) -> str | None:
    if type(record) is MetricPoint:  # the most common record: series_key's answer, without its checks
        return f"metric:{record.workspace_id}/{record.metric_key}"
    if type(record) is AlertRow:  # the flow's alert events: series_key's answer, without its checks
        return alert_key(record) if record.status == "firing" else None
    if isinstance(record, Sensitivity):
        return record.key
    if not isinstance(record, (*ALERTS, LogRecord, MetricPoint, PatternHit)):
        return None
    found = series_key(record)
    return None if found is None else found[1]
