"""Hyperparameters and the domain vocabulary that settings, sources and operators share.

The standard library only: the settings (:mod:`signalcraft.config`) build these from the
environment, the adapters and operators take them, and importing them loads nothing else
(``signalcraft parse`` stays light).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from signalcraft.models import AlertGroup

StreamKind = Literal["alerts", "changes", "audit", "metrics", "logs", "resolutions", "suggestions"]
STREAM_KINDS: tuple[StreamKind, ...] = ("alerts", "changes", "audit", "metrics", "logs", "resolutions")
"""The input streams. ``suggestions`` is the flow's own output, read back only for the
anomaly watch's feedback (``SIGNALCRAFT_ANOMALY_FEEDBACK=apply``)."""
Direction = Literal["up", "down", "both"]
"""Which way a series may leave its band and be anomalous."""
Season = Literal["day", "week", "none"]
"""The seasonality taken out of a series before it is judged."""


@dataclass(frozen=True)
class Identity:
    """Which labels name the workspace, project, environment and service of a record, and
    what a record that names none of them gets. The first key present wins.

    >>> Identity().service_keys[:2], Identity().default_workspace
    (('service', 'app'), 'default')
    """

    workspace_keys: tuple[str, ...] = ("workspace", "workspace_id", "tenant")
    project_keys: tuple[str, ...] = ("project", "team", "app_kubernetes_io_part_of")
    environment_keys: tuple[str, ...] = ("environment", "env", "deployment_environment", "cluster")
    service_keys: tuple[str, ...] = ("service", "app", "job", "container", "app_kubernetes_io_name")
    default_workspace: str = "default"
    default_project: str = "unknown"
    default_environment: str = "unknown"
    default_service: str = "unknown"


# -- alert grouping ----------------------------------------------------------------------

DEFAULT_GROUP_BY = ("workspace", "project", "environment", "service", "alertname")


@dataclass(frozen=True)
class GroupingParams:
    """Hyperparameters of alert grouping, as Alertmanager names them.

    >>> GroupingParams().group_wait
    datetime.timedelta(seconds=30)
    """

    group_by: tuple[str, ...] = DEFAULT_GROUP_BY
    group_wait: timedelta = timedelta(seconds=30)
    group_interval: timedelta = timedelta(minutes=5)
    resolve_after: timedelta | None = None
    """Resolve a member not heard of for this long (Alertmanager's ``resolve_timeout``)."""

    def __post_init__(self) -> None:
        if "workspace" not in self.group_by:
            raise ValueError(f"alert grouping: group_by {self.group_by!r} must include 'workspace'")
        for name in ("group_wait", "group_interval"):
            if getattr(self, name) < timedelta(0):
                raise ValueError(f"alert grouping: {name} {getattr(self, name)!r} is negative")
        if self.resolve_after is not None and self.resolve_after <= timedelta(0):
            raise ValueError(f"alert grouping: resolve_after {self.resolve_after!r} is not positive")


# -- change correlation ------------------------------------------------------------------

ENVIRONMENT_ALIASES = {
    "prod": "production", "prd": "production", "live": "production",
    "stage": "staging", "stg": "staging",
    "dev": "development",
}
"""Common spellings of one environment; ``SIGNALCRAFT_CORRELATION_ENVIRONMENT_ALIASES`` replaces them."""


@dataclass(frozen=True)
class CorrelationParams:
    """Hyperparameters of the change correlation join and ranking.

    >>> CorrelationParams().lookback
    datetime.timedelta(seconds=900)
    """

    lookback: timedelta = timedelta(minutes=15)
    tolerance_after: timedelta = timedelta(minutes=2)
    """Changes up to this long after the group opened still count (clock skew), scored lower."""
    allowed_lateness: timedelta = timedelta(minutes=3)
    """How long, in event time, a group's join window stays open after it closes."""
    max_change_delay: timedelta | None = None
    """How far the alerts may run past a group's window (plus lateness) before it closes
    though the key's change stream has not got there; ``None``: wait for the changes (a
    backfill may read a large alert topic hours ahead of the change topic)."""
    max_open_groups: int = 1000
    """Per key, the most groups waiting for late changes; beyond it the oldest closes."""
    horizon: timedelta = timedelta(hours=72)
    """Changes (alert counts) older than this behind the newest change (group) of the key
    are dropped: the most a backfill may read one topic or partition ahead of another."""
    max_buffered_changes: int = 10_000
    """Per key, the most changes kept; beyond it the oldest go."""
    suspect_threshold: float = 0.35
    max_candidates: int = 3
    alert_rate: bool = True
    """Weigh in whether the group's service raised more alerts after a change."""
    rate_window: timedelta = timedelta(minutes=10)
    """How far before a change alerts are counted for the rate comparison."""
    same_change_window: timedelta = timedelta(minutes=5)
    """A report that shares no identifier kind with a change (a Kubernetes rollout known
    only by its pod-template hash, a report with no identifiers) folds into the nearest
    change of the same service and type that it does not contradict, this close."""
    max_rollout: timedelta = timedelta(minutes=30)
    """How long a change may take from its request to going live: reports of one revision
    this close are one change; reports this long before a group's window are read for
    when their change was requested; a group with a candidate still in flight (requested,
    not yet live or failed) stays open this long after the request for its outcome."""
    dependencies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Service -> upstream services whose changes count for it."""
    environment_aliases: dict[str, str] = field(default_factory=lambda: dict(ENVIRONMENT_ALIASES))
    """Environment name (lower case) -> its canonical name: tools spell one environment
    differently (Prometheus ``env="prod"``, a GitHub deployment to ``production``)."""

    def environment_of(self, name: str) -> str:
        """The canonical name of an environment: lower case, aliases resolved.

        >>> p = CorrelationParams()
        >>> p.environment_of("Prod"), p.environment_of("production"), p.environment_of("eu-west")
        ('production', 'production', 'eu-west')
        """
        lowered = name.lower()
        return self.environment_aliases.get(lowered, lowered)

    def __post_init__(self) -> None:
        for name in ("lookback", "rate_window", "horizon", "same_change_window", "max_rollout"):
            if getattr(self, name) <= timedelta(0):
                raise ValueError(
                    f"correlation params: {name} {getattr(self, name)!r} is not positive"
                )
        if self.max_change_delay is not None and self.max_change_delay < timedelta(0):
            raise ValueError(f"correlation params: max_change_delay {self.max_change_delay!r} is negative")
        if self.max_buffered_changes < 1:
            raise ValueError(f"correlation params: max_buffered_changes {self.max_buffered_changes!r} is below 1")
        if self.max_open_groups < 1:
            raise ValueError(f"correlation params: max_open_groups {self.max_open_groups!r} is below 1")
        for name in ("tolerance_after", "allowed_lateness"):
            if getattr(self, name) < timedelta(0):
                raise ValueError(
                    f"correlation params: {name} {getattr(self, name)!r} is negative"
                )
        if not 0.0 <= self.suspect_threshold <= 1.0:
            raise ValueError(
                f"correlation params: suspect_threshold {self.suspect_threshold!r} is not in [0, 1]"
            )
        if self.max_candidates < 1:
            raise ValueError(
                f"correlation params: max_candidates {self.max_candidates!r} is below 1"
            )

    def rate_end(self, group: AlertGroup) -> datetime:
        """No alert after this counts for ``group``'s rate evidence (but in the minute after a
        change that takes effect later): the end of its window, ``allowed_lateness`` before
        its join deadline. The join closes the group when the *change* clock reaches the
        deadline, and alert events come by another path (their own topic and partitions); an
        alert that starts before this end and reaches the join up to ``allowed_lateness``
        behind the changes is thus counted at the group's last scoring, whatever the
        interleaving. (Until the deadline itself, an alert a few seconds behind the change
        that closed the group would have been left out, or not, by the arrival order.)

        >>> from datetime import datetime, timezone
        >>> from signalcraft.models import AlertGroup
        >>> t = datetime(2024, 1, 1, tzinfo=timezone.utc)
        >>> g = AlertGroup(id="g", workspace_id="w", group_key="{}", group_labels={}, project="p",
        ...     environment="prod", service="api", status="created", opened_at=t, updated_at=t,
        ...     fingerprints=("f",), alert_count=1, max_severity="error", version=1)
        >>> CorrelationParams().rate_end(g) == CorrelationParams().window(g)[1]
        True
        """
        return group.opened_at + self.tolerance_after

    def window(self, group: AlertGroup) -> tuple[datetime, datetime]:
        """The event-time range, both ends included, in which a change is a candidate."""
        return group.opened_at - self.lookback, group.opened_at + self.tolerance_after


# -- anomaly warnings -------------------------------------------------------------------


@dataclass(frozen=True)
class WarningParams:
    """Hyperparameters of the warning state machine.

    >>> WarningParams().k, WarningParams().n
    (3, 5)
    """

    raise_sigma: float = 3.0
    clear_sigma: float = 2.0
    k: int = 3
    n: int = 5
    clear_after: int = 3
    reopen_within: int = 30
    """Buckets after a resolution within which a new raise re-opens that warning (same id,
    next version) instead of starting another: a flapping series is one warning."""
    direction: Direction = "up"
    threshold: float | None = None
    """A hard threshold the series must not cross (e.g. 50 errors a minute), if any."""

    def __post_init__(self) -> None:
        if not 1 <= self.k <= self.n:
            raise ValueError(f"warning params: need 1 <= k <= n, got k={self.k}, n={self.n}")
        if not 0 <= self.clear_sigma <= self.raise_sigma:
            raise ValueError(
                f"warning params: need 0 <= clear_sigma <= raise_sigma, got {self.clear_sigma}, {self.raise_sigma}"
            )
        if self.clear_after < 1:
            raise ValueError(f"warning params: clear_after {self.clear_after!r} is below 1")
        if self.reopen_within < 0:
            raise ValueError(f"warning params: reopen_within {self.reopen_within!r} is below 0")


@dataclass(frozen=True)
class AnomalyParams:
    """Hyperparameters of the anomaly watch (one configuration for every series).

    The band's window and warm-up are durations, so they mean the same time at any bucket
    width; the band holds the whole buckets within each, and never fewer than two:

    >>> AnomalyParams().band_buckets, AnomalyParams(bucket=timedelta(minutes=5)).band_buckets
    ((60, 30), (12, 6))
    >>> AnomalyParams(bucket=timedelta(hours=1)).band_buckets
    (2, 2)
    """

    bucket: timedelta = timedelta(minutes=1)
    allowed_lateness: timedelta = timedelta(minutes=2)
    threshold: float = 0.5
    band_window: timedelta = timedelta(hours=1)
    """How far back the band (a rolling z-score: the recent level a bucket is judged
    against, and the expected value and band a warning reports) looks."""
    band_warmup: timedelta = timedelta(minutes=30)
    """How much of a series the band must have learned before a bucket may be anomalous."""
    warning: WarningParams = field(default_factory=WarningParams)
    snapshot_every: timedelta = timedelta(minutes=15)
    max_episode: int = 120
    """Buckets a warning may stay open before the models learn the new level."""
    season: Season = "day"
    """The seasonality subtracted before judging a value: ``day``, ``week`` or ``none``."""
    hard_thresholds: dict[str, float] = field(default_factory=dict)
    """Series key -> a level it must not cross; its warnings then carry a lead time."""
    generator_url: str = ""
    """Base of the link a warning points to; the series key is appended."""
    pattern_min_count: int = 10
    """A log pattern's count series (lines of one template per bucket, mostly zeros) is
    anomalous only with at least this many lines in the bucket ..."""
    pattern_p: float = 1e-4
    """... and a count that a Poisson rate at the band's expected level makes rarer than this."""

    def __post_init__(self) -> None:
        if self.bucket <= timedelta(0):
            raise ValueError(f"anomaly params: bucket {self.bucket} is not positive")
        if self.pattern_min_count < 1 or not 0 < self.pattern_p < 1:
            raise ValueError(
                f"anomaly params: pattern_min_count={self.pattern_min_count!r}, pattern_p={self.pattern_p!r}; "
                "expected >= 1 and 0 < p < 1"
            )
        if not timedelta(0) < self.band_warmup <= self.band_window:
            raise ValueError(
                f"anomaly params: band_window {self.band_window}, band_warmup {self.band_warmup}; "
                "expected 0 < band_warmup <= band_window"
            )

    @property
    def band_buckets(self) -> tuple[int, int]:
        """The band's window and warm-up in buckets: the whole buckets within each duration,
        at least two."""
        return max(self.band_window // self.bucket, 2), max(self.band_warmup // self.bucket, 2)


@dataclass(frozen=True, slots=True)
class LogTemplateParams:
    """The miner's hyperparameters; the defaults are the one configuration used everywhere."""

    similarity: float = 0.5
    """Least share of a line's constant tokens a template must agree with."""
    depth: int = 2
    """How many leading tokens pick the bucket a line is compared in."""
    merge_words: int = 6
    """Templates differing only by a word at one position that are joined into one."""
    max_templates: int = 1000
    """Templates kept per service; the least recently matched goes first."""
    max_body_chars: int = 2048
    """Characters of a body considered; the rest is ignored."""
    max_tokens: int = 128
    """Tokens of a body considered; the rest is ignored."""
    max_json_chars: int = 65536
    """Longest body parsed as JSON; a longer one is mined as text."""

    def __post_init__(self) -> None:
        if not 0.0 <= self.similarity <= 1.0:
            raise ValueError(f"LogTemplateParams: similarity={self.similarity!r}; expected 0 <= similarity <= 1")
        for name in ("depth", "merge_words", "max_templates", "max_body_chars", "max_tokens", "max_json_chars"):
            value, least = getattr(self, name), 0 if name == "depth" else 2
            if not (isinstance(value, int) and value >= least):
                raise ValueError(f"LogTemplateParams: {name}={value!r}; expected an integer >= {least}")


@dataclass(frozen=True)
class PatternParams:
    """Hyperparameters of the log-pattern step: the miner's, and when a pattern is news.

    A template is *new* when it is first seen after its service's first ``learn_first`` of
    logs (event time): what a service logs in its first hour is its repertoire. A new
    template whose error lines come ``new_min_count`` times within ``new_window`` of its
    first error line raises a "New error pattern" warning, which resolves once the
    template has been quiet for ``new_quiet``. Lines at ``watch_severity`` or above
    (OpenTelemetry severity number; 13 is WARN; 25: none) also feed a per-template count
    series into the anomaly watch (``AnomalyParams.pattern_min_count``, ``pattern_p``).

    >>> PatternParams().new_min_count, PatternParams().new_window
    (20, datetime.timedelta(seconds=300))
    """

    miner: LogTemplateParams = field(default_factory=LogTemplateParams)
    new_min_count: int = 20
    new_window: timedelta = timedelta(minutes=5)
    learn_first: timedelta = timedelta(hours=1)
    new_quiet: timedelta = timedelta(minutes=15)
    watch_severity: int = 13

    def __post_init__(self) -> None:
        if self.new_min_count < 1:
            raise ValueError(f"pattern params: new_min_count={self.new_min_count!r}; expected >= 1")
        for name in ("new_window", "new_quiet"):
            if getattr(self, name) <= timedelta(0):
                raise ValueError(f"pattern params: {name}={getattr(self, name)!r}; expected a positive duration")
        if self.learn_first < timedelta(0):
            raise ValueError(f"pattern params: learn_first={self.learn_first!r}; expected >= 0")
        if not 0 <= self.watch_severity <= 25:
            raise ValueError(f"pattern params: watch_severity={self.watch_severity!r}; expected 0..25 (25: none)")


@dataclass(frozen=True)
class WindowParams:
    """When repeated silences are a schedule."""

    tolerance: timedelta = timedelta(minutes=30)
    """How far apart two starts may be and still be the same time of day."""
    min_support: int = 4
    """Fewest periods (days, weeks) a schedule must have been seen in; months need 3."""
    min_share: float = 0.6
    """Least share of the periods since its first occurrence it was seen in."""
    min_weekdays: int = 5
    """Distinct weekdays a daily schedule needs."""
    horizon_weeks: int = 12
    """How far back periods are counted."""
    stale_periods: int = 2
    """A schedule not seen in its last this many periods stopped."""


@dataclass(frozen=True)
class RuleParams:
    """When a silence habit is a rule."""

    min_count: int = 5
    min_share: float = 0.8
    max_duty: float = 0.3
    quick: timedelta = timedelta(minutes=10)
    mute_slack: timedelta = timedelta(minutes=5)
    """A silence made up to this long before an alert starts still counts as muting it."""
    warning_share: float = 0.7
    """Least share of a series' warnings people silenced for a sensitivity suggestion (the
    incident rule below guards it; warnings are dismissed less reliably than alerts)."""
    incident_within: timedelta = timedelta(hours=1)
    max_incident_share: float = 0.1
    stop_after: int = 2
    """A pattern stopped once this many chances in a row (firings, warnings) went by without
    people acting as it says."""


@dataclass(frozen=True)
class SilenceParams:
    """Hyperparameters of silence mining: when silences are a schedule or a rule, how often
    a workspace is mined (event time), and what the suggestions propose."""

    windows: WindowParams = field(default_factory=WindowParams)
    rules: RuleParams = field(default_factory=RuleParams)
    every: timedelta = timedelta(hours=6)
    """How often (event time) a workspace's history is mined again."""
    locations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Workspace -> its teams' time zones (IANA names), tried before the common ones;
    ``"*"`` applies to every workspace."""
    hold: str = "10m"
    """The ``group_wait`` a route suggestion proposes."""
    sigma_step: float = 1.0
    """How much a sensitivity suggestion raises a series' ``raise_sigma``."""
    max_items: int = 100_000
    """Silences, firings and warnings kept per workspace (each)."""

    def locations_of(self, workspace: str) -> tuple[str, ...]:
        """The zones to try first for ``workspace``.

        >>> SilenceParams(locations={"*": ("Europe/Berlin",), "acme": ("America/Chicago",)}).locations_of("acme")
        ('America/Chicago', 'Europe/Berlin')
        """
        return (*self.locations.get(workspace, ()), *self.locations.get("*", ()))
