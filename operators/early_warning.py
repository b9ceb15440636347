"""Early warnings: one episode per series while it stays out of its normal band (no Bytewax).

The anomaly flow scores every bucket of a series against its baseline
(:mod:`signalcraft.operators.baselines`) and folds the result through
:meth:`WarningMachine.step`, keeping the returned :class:`EpisodeState`.

- A bucket is *anomalous* when its baseline is ready and ``sigma`` is at least
  ``raise_sigma`` in the watched direction (``up`` for error rates, where only a rise is
  bad; ``down``; or ``both``).
- A warning is raised when ``k`` of the last ``n`` buckets are anomalous, never during
  warm-up. It is emitted once, ``firing``, with ``starts_at`` the first anomalous bucket
  of the run that raised it.
- Hysteresis: the episode stays open while ``|sigma|`` (in the watched direction) is at
  least ``clear_sigma``; it resolves after ``clear_after`` consecutive buckets below it,
  and is emitted again, ``resolved``, with ``ends_at`` — same id, so a sink keeping the
  latest write per id holds the final state.
- The id is ``make_id("warning", workspace, metric_key, starts_at)``: a replay gives the
  same warning.
- With a hard ``threshold``, the warning says when the series is forecast to cross it,
  from the slope of the last ``n`` observations (least squares), as ``lead_time_s`` and
  in words.

``step`` updates the state it is given in place and returns it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from signalcraft.models import EarlyWarning, make_id
from signalcraft.operators.baselines import Score
from signalcraft.params import WarningParams


@dataclass(frozen=True)
class SeriesDescription:
    """What a warning says about the series it watches: whose it is, its key, how the
    warning is named and titled, its unit, routing labels, link and method."""

    workspace_id: str
    metric_key: str
    alertname: str
    """E.g. ``HighErrorVelocity``; the router's ``alertname`` label."""
    title: str
    """E.g. ``High Error Velocity``; the summary reads "<title> Detected (3.4σ above normal)"."""
    unit: str = ""
    labels: dict[str, str] = field(default_factory=dict)
    """Routing labels: project, environment, service, ..."""
    generator_url: str = ""
    method: str = ""
    """The baseline that judged it, e.g. ``holt_winters``."""
    annotations: dict[str, str] = field(default_factory=dict)
    """More to say than summary and description, e.g. a log pattern's ``template``."""


@dataclass(slots=True)
class EpisodeState:
    """Per-series state: small and picklable."""

    recent: int = 0
    """Bit ``i`` set when the bucket ``i`` steps back was anomalous (the last ``n`` kept)."""
    run_start: datetime | None = None
    """First bucket of the current run of anomalous buckets."""
    history: tuple[tuple[float, float], ...] = ()
    """(epoch seconds, observed) of the last ``n`` buckets, for the slope."""
    open: EarlyWarning | None = None
    calm: int = 0
    """Consecutive buckets below ``clear_sigma`` while open."""
    last: EarlyWarning | None = None
    """The last resolved warning, while it may still re-open."""
    since: int = 0
    """Buckets since ``last`` was resolved."""


class WarningMachine:
    """Turn a series' scored buckets into warnings, one per episode.

    >>> from datetime import timedelta, timezone
    >>> t0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
    >>> m = WarningMachine(WarningParams(k=2, n=3))
    >>> s = SeriesDescription("acme", 'alerts{service="api"}', "HighErrorVelocity", "High Error Velocity", "alerts/min")
    >>> state, out = None, []
    >>> for i, sigma in enumerate([0.5, 3.5, 4.1, 3.0, 1.0, 0.2, 0.1]):
    ...     x = 10 + 4 * sigma
    ...     state, got = m.step(state, s, t0 + timedelta(minutes=i), x, Score(10.0, 6.0, 14.0, sigma, True))
    ...     out += got
    >>> [(w.status, w.starts_at.minute, w.ends_at and w.ends_at.minute) for w in out]
    [('firing', 1, None), ('resolved', 1, 6)]
    >>> out[0].annotations["summary"]
    'High Error Velocity Detected (4.1σ above normal)'
    """

    def __init__(self, params: WarningParams | None = None):
        self.params = params or WarningParams()

    def step(
        self,
        state: EpisodeState | None,
        description: SeriesDescription | Callable[[], SeriesDescription],
        t: datetime,
        observed: float,
        score: Score,
        anomalous: bool | None = None,
    ) -> tuple[EpisodeState, list[EarlyWarning]]:
        """Fold one scored bucket; return the state and the warnings to emit.

        ``anomalous``, when given, is the caller's verdict on the bucket (another
        detector's) and replaces the ``raise_sigma`` test; an open episode still resolves
        by the band (``clear_sigma``), so it lasts while the series is out of its band.
        ``description`` may be a function giving it: it is needed only when a warning is raised.
        """
        p = self.params
        state = state or EpisodeState()
        n = p.n
        state.history = (*state.history, (t.timestamp(), observed))[-n:]
        sigma, direction = score.sigma, p.direction  # the deviation in the watched direction
        deviation = sigma if direction == "up" else -sigma if direction == "down" else abs(sigma)
        anomalous = score.ready and (deviation >= p.raise_sigma if anomalous is None else anomalous)
        state.recent = recent = ((state.recent << 1) | anomalous) & ((1 << n) - 1)
        if state.open is None:
            state.since = since = state.since + 1
            if state.last is not None and since > p.reopen_within:
                state.last = None
            if recent == 0:
                state.run_start = None  # no anomalous bucket left among the last n
            elif anomalous and state.run_start is None:
                state.run_start = t
            if anomalous and bin(recent).count("1") >= p.k:
                version = 1
                if state.last is not None:  # the same episode, flapping: re-open it (same start, same id)
                    state.run_start, version = state.last.starts_at, state.last.version + 1
                about = description() if callable(description) else description
                state.open = self._warning(about, state, t, observed, score, version)
                state.calm, state.last = 0, None
                return state, [state.open]
            return state, []
        state.calm = state.calm + 1 if deviation < p.clear_sigma else 0  # calm
        if state.calm < p.clear_after:
            return state, []
        resolved = state.open.model_copy(update={"status": "resolved", "ends_at": t, "version": state.open.version + 1})
        state.open, state.run_start, state.recent, state.calm = None, None, 0, 0
        state.last, state.since = resolved, 0
        return state, [resolved]

    def _warning(
        self, series: SeriesDescription, state: EpisodeState, t: datetime, observed: float, score: Score, version: int
    ) -> EarlyWarning:
        starts = state.run_start or t
        side = "above" if score.sigma >= 0 else "below"
        unit = f" {series.unit}" if series.unit else ""
        description = (
            f"{series.metric_key} is {observed:.4g}{unit}, expected {score.expected:.4g}{unit} "
            f"(normal band {score.lower:.4g} to {score.upper:.4g})."
        )
        annotations = {
            **series.annotations,
            "summary": f"{series.title} Detected ({_sigmas(score.sigma)} {side} normal)",
            "description": description,
        }
        lead = self.lead_time_s(state)
        if lead is not None:
            annotations["lead_time_s"] = f"{lead:.0f}"
            annotations["forecast"] = (
                f"at the current slope it crosses {self.params.threshold:g}{unit} in about {lead / 60:.0f} min"
                if lead > 0
                else f"it is already above {self.params.threshold:g}{unit}"
            )
            annotations["description"] += " " + annotations["forecast"].capitalize() + "."
        return EarlyWarning(
            id=make_id("warning", series.workspace_id, series.metric_key, starts.isoformat()),
            workspace_id=series.workspace_id,
            labels={**series.labels, "alertname": series.alertname, "severity": "warning"},
            annotations=annotations,
            starts_at=starts,
            generator_url=series.generator_url,
            metric_key=series.metric_key,
            observed=observed,
            expected=score.expected,
            band=(score.lower, score.upper),
            sigma=score.sigma,
            method=series.method,
            version=version,
        )

    def lead_time_s(self, state: EpisodeState) -> float | None:
        """Seconds until the recent slope reaches ``threshold`` (0 when already there);
        ``None`` without a threshold, without a rising slope, or with too little history."""
        threshold = self.params.threshold
        points = state.history
        if threshold is None or len(points) < 2:
            return None
        last_x = points[-1][1]
        if last_x >= threshold:
            return 0.0
        n = len(points)
        mean_t = sum(p[0] for p in points) / n
        mean_x = sum(p[1] for p in points) / n
        var_t = sum((p[0] - mean_t) ** 2 for p in points)
        if var_t == 0:
            return None
        slope = sum((p[0] - mean_t) * (p[1] - mean_x) for p in points) / var_t
        if slope <= 0:
            return None
        return (threshold - last_x) / slope


def _sigmas(sigma: float) -> str:
    """``3.4σ``; beyond 99σ (a series that was flat) the number says nothing more: ``>99σ``.

    >>> _sigmas(3.44), _sigmas(-2.0), _sigmas(6e8)
    ('3.4σ', '2.0σ', '>99σ')
    """
    return ">99σ" if abs(sigma) > 99 else f"{abs(sigma):.1f}σ"
