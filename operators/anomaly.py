"""Per-series anomaly watch: records -> buckets -> detector -> warnings (no Bytewax).

The anomaly flow keys alert, log and metric records by their series
(:func:`~signalcraft.operators.series.series_key`) and folds them through
:meth:`SeriesWatch.step`, keeping the returned :class:`WatchState`. For every bucket the
series closes:

1. the default detector (:mod:`signalcraft.operators.detector`) scores how new the value
   is; a bucket is anomalous when that score reaches ``threshold`` (0.5: a 1-in-1000
   value; on the NAB development split this label-free threshold scores 61.5) and, for
   alert volume and log error rate, the value is above what is expected (a drop in
   errors is not a warning);
2. an EWMA baseline gives the expected value, the band and sigma the warning reports;
3. the warning state machine (:mod:`signalcraft.operators.early_warning`) raises after
   ``k`` of ``n`` anomalous buckets and resolves after ``clear_after`` calm ones;
4. then both models learn the bucket — unless a warning is open: the band it is judged
   against stays the one from before the episode, so the warning lasts while the series
   is out of it (after ``max_episode`` buckets the models learn again, and a level that
   stays becomes the new normal). A jump to a level that then holds flat is new only
   once, so it does not warn (k of n); a ramp or a rising, noisy level does;
5. every ``snapshot_every`` of event time the series' :class:`AnomalyModel` is emitted
   for the ``anomaly_models`` table.

Records that come after their bucket closed are returned as
:class:`~signalcraft.operators.series.Late` and counted in the snapshot (``late``); the
full flow stores them in their own tables like any record, so they are not dead letters.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from signalcraft.models import AlertEvent, AnomalyModel, LogRecord, MetricPoint, Warning, make_id
from signalcraft.operators.baselines import EWMA
from signalcraft.operators.detector import NoveltyDetector, default_detector
from signalcraft.operators.early_warning import EpisodeState, Series, WarningMachine, WarningParams
from signalcraft.operators.fold import fold_many, group_by_key
from signalcraft.operators.series import Late, SeriesFolder, SeriesPoint, SeriesState, series_key

_TITLES = {
    "alerts": ("HighErrorVelocity", "High Error Velocity", "alerts/min"),
    "logs": ("HighLogErrorRate", "High Log Error Rate", "error share"),
    "metric": ("MetricAnomaly", "Unusual {name}", ""),
}
METHOD = "novelty+ewma"


@dataclass(frozen=True)
class AnomalyParams:
    """Hyperparameters of the anomaly watch (one configuration for every series)."""

    bucket: timedelta = timedelta(minutes=1)
    allowed_lateness: timedelta = timedelta(minutes=2)
    threshold: float = 0.5
    warning: WarningParams = field(default_factory=WarningParams)
    snapshot_every: timedelta = timedelta(minutes=15)
    max_episode: int = 120
    """Buckets a warning may stay open before the models learn the new level."""
    hard_thresholds: dict[str, float] = field(default_factory=dict)
    """Series key -> a level it must not cross; its warnings then carry a lead time."""
    generator_url: str = ""
    """Base of the link a warning points to; the series key is appended."""


@dataclass(slots=True)
class WatchState:
    """Everything kept for one series; picklable, a few KB."""

    series: SeriesState | None = None
    detector: NoveltyDetector = field(default_factory=default_detector)
    baseline: EWMA = field(default_factory=lambda: EWMA(alpha=0.1, warmup=20))
    episode: EpisodeState | None = None
    snapshot_at: datetime | None = None
    open_for: int = 0
    """Buckets the current warning has been open."""


class SeriesWatch:
    """Fold the records of one series into warnings and baseline snapshots."""

    def __init__(self, params: AnomalyParams | None = None):
        self.params = params or AnomalyParams()
        self.folder = SeriesFolder(self.params.bucket, self.params.allowed_lateness)
        self._default_machine = WarningMachine(self.params.warning)
        self._machines: dict[str, WarningMachine] = {}
        """Series with a hard threshold -> their machine (the threshold is a hyperparameter)."""

    def step(self, state: WatchState | None, record) -> tuple[WatchState, list[Warning | AnomalyModel | Late]]:
        """Fold one alert, log or metric record; return the state and what to emit."""
        state = state or WatchState()
        state.series, closed = self.folder.step(state.series, record)
        out: list[Warning | AnomalyModel | Late] = []
        for item in closed:
            if isinstance(item, Late):
                out.append(item)
            else:
                out += self._bucket(state, item)
        return state, out

    def step_many(self, state: WatchState | None, records: list) -> tuple[WatchState | None, list[Warning | AnomalyModel | Late]]:
        """Fold several records of one series, in order: one call per series per input batch."""
        return fold_many(self.step, state, records)

    @staticmethod
    def by_series(records: list) -> list[tuple[str, list]]:
        """The alert, log and metric records among ``records`` by series key, each key's in order."""
        return group_by_key(records, _series_of)

    def _bucket(self, state: WatchState, point: SeriesPoint) -> list[Warning | AnomalyModel]:
        novelty = state.detector.score(point.value)
        score = state.baseline.score(point.value)
        rising = point.kind == "metric" or point.value > score.expected
        anomalous = novelty >= self.params.threshold and rising
        state.episode, warnings = self._machine(point.key).step(
            state.episode, self.describe(point), point.start, point.value, score, anomalous
        )
        is_open = state.episode is not None and state.episode.open is not None
        state.open_for = state.open_for + 1 if is_open else 0
        if not is_open or state.open_for > self.params.max_episode:
            state.detector.learn(point.value)
            state.baseline.learn(point.value)
        out: list[Warning | AnomalyModel] = [w.model_copy(update={"method": METHOD}) for w in warnings]
        due = state.snapshot_at is None or point.start - state.snapshot_at >= self.params.snapshot_every
        if due:
            state.snapshot_at = point.start
            out.append(self.snapshot(state, point))
        return out

    def _machine(self, key: str) -> WarningMachine:
        threshold = self.params.hard_thresholds.get(key)
        if threshold is None:
            return self._default_machine
        if key not in self._machines:
            self._machines[key] = WarningMachine(dataclasses.replace(self.params.warning, threshold=threshold))
        return self._machines[key]

    def describe(self, point: SeriesPoint) -> Series:
        """What a warning on this series says: alertname, title, unit, routing labels."""
        alertname, title, unit = _TITLES[point.kind]
        labels = {"series": point.key, **point.labels}
        if point.kind == "metric":
            title = title.format(name=point.labels["metric"])
        base = self.params.generator_url
        return Series(
            point.workspace_id, point.key, alertname, title, unit, labels,
            f"{base}{point.key}" if base else "", METHOD,
        )

    def snapshot(self, state: WatchState, point: SeriesPoint) -> AnomalyModel:
        """The series' models as the ``anomaly_models`` table keeps them."""
        return AnomalyModel(
            id=make_id("model", point.workspace_id, point.key),
            workspace_id=point.workspace_id,
            metric_key=point.key,
            method=METHOD,
            baseline={
                "bucket_s": self.params.bucket.total_seconds(),
                "novelty": state.detector.snapshot(),
                "ewma": state.baseline.snapshot(),
                "threshold": self.params.threshold,
                "late": state.series.late if state.series is not None else 0,
            },
            last_updated=point.start,
        )


def _series_of(record) -> str | None:
    if not isinstance(record, (AlertEvent, LogRecord, MetricPoint)):
        return None
    found = series_key(record)
    return None if found is None else found[1]
