"""Settings for brokers, topics, record identity, ingest, stores and change correlation.

Nothing here is read at import time: build :class:`Settings` at the entry point
(``Settings()`` reads the environment) and pass it down.

>>> TopicSettings().kind_of("signalcraft.alerts")
'alerts'
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from signalcraft.config.copilot import CopilotSettings
from signalcraft.params import (
    STREAM_KINDS,
    AnomalyParams,
    CorrelationParams,
    GroupingParams,
    Identity,
    LogTemplateParams,
    PatternParams,
    RuleParams,
    SilenceParams,
    StreamKind,
    WindowParams,
)

_GROUPING, _JOIN, _WATCH, _IDENTITY = GroupingParams(), CorrelationParams(), AnomalyParams(), Identity()
_PATTERNS = PatternParams()
_SILENCES = SilenceParams()
"""Defaults come from the hyperparameters' own dataclasses, so the two never drift apart."""


def _seconds(value: object) -> object:
    """A duration given as a plain number of seconds (``"300"``, ``"0.5"``) as seconds; any
    other value (``PT5M``, ``00:05:00``, a timedelta) goes on to pydantic as it is.

    >>> _seconds("300"), _seconds(" 1.5 "), _seconds("PT5M")
    (300.0, 1.5, 'PT5M')
    """
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return value
    return value


Duration = Annotated[timedelta, BeforeValidator(_seconds)]
"""A duration setting: seconds (``300``), ISO 8601 (``PT5M``) or ``HH:MM:SS``."""


def _frozen(prefix: str) -> SettingsConfigDict:
    return SettingsConfigDict(
        env_prefix=prefix, frozen=True, extra="forbid", env_nested_delimiter="__"
    )


class BrokerSettings(BaseSettings):
    """Where Kafka is. ``options`` pass to librdkafka untouched (SASL, TLS, ...)."""

    model_config = _frozen("SIGNALCRAFT_KAFKA_")

    bootstrap_servers: str = "127.0.0.1:9092"
    options: dict[str, str] = Field(default_factory=dict)
    """Any librdkafka property, e.g. ``{"security.protocol": "SASL_SSL"}``."""
    sasl_password: SecretStr | None = None
    """Kept apart from ``options`` so it never shows in logs or reprs."""
    fetch_wait_max_ms: int = 100
    """How long the broker may hold a fetch that finds nothing (librdkafka ``fetch.wait.max.ms``):
    Kafka answers as soon as data arrives, so longer costs nothing there; the bundled
    broker on S3 storage stalls with waits shorter than its storage answers in."""
    startup_timeout: Duration | None = None
    """How long ``signalcraft run`` waits for a broker to answer at start-up; ``None``: forever."""
    batch_size: int = 1000

    def client_config(self) -> dict[str, str]:
        """The librdkafka config for a client, secrets included."""
        conf = {"bootstrap.servers": self.bootstrap_servers, **self.options}
        if self.sasl_password is not None:
            conf["sasl.password"] = self.sasl_password.get_secret_value()
        return conf


class TopicSettings(BaseSettings):
    """Topic names, in and out."""

    model_config = _frozen("SIGNALCRAFT_TOPIC_")

    alerts: str = "signalcraft.alerts"
    changes: str = "signalcraft.changes"
    audit: str = "signalcraft.audit"
    metrics: str = "signalcraft.metrics"
    logs: str = "signalcraft.logs"
    resolutions: str = "signalcraft.resolutions"
    warnings: str = "signalcraft.warnings"
    correlations: str = "signalcraft.correlations"
    suggestions: str = "signalcraft.suggestions"
    dlq: str = "signalcraft.dlq"

    def inputs(self) -> dict[str, StreamKind]:
        """Input topic name -> the kind of stream it carries."""
        return {getattr(self, kind): kind for kind in STREAM_KINDS}

    def kind_of(self, topic: str) -> StreamKind:
        try:
            return self.inputs()[topic]
        except KeyError:
            raise ValueError(f"topic {topic!r} is not one of the input topics {sorted(self.inputs())}") from None

    def outputs(self) -> list[str]:
        return [self.warnings, self.correlations, self.suggestions, self.dlq]


class IdentitySettings(BaseSettings):
    """Which labels name the workspace, project, environment and service of a record.

    The first key present wins; ``sc-workspace``/``sc-project``/``sc-environment``/
    ``sc-service`` Kafka headers fill in what a payload does not carry.
    """

    model_config = _frozen("SIGNALCRAFT_IDENTITY_")

    workspace_keys: tuple[str, ...] = _IDENTITY.workspace_keys
    project_keys: tuple[str, ...] = _IDENTITY.project_keys
    environment_keys: tuple[str, ...] = _IDENTITY.environment_keys
    service_keys: tuple[str, ...] = _IDENTITY.service_keys
    default_workspace: str = _IDENTITY.default_workspace
    default_project: str = _IDENTITY.default_project
    default_environment: str = _IDENTITY.default_environment
    default_service: str = _IDENTITY.default_service

    def rules(self) -> Identity:
        """The identity rules the adapters take.

        >>> IdentitySettings(default_workspace="acme").rules().default_workspace
        'acme'
        """
        return Identity(**{f.name: getattr(self, f.name) for f in dataclasses.fields(Identity)})


class IngestSettings(BaseSettings):
    """How the ingest flow batches and recovers."""

    model_config = _frozen("SIGNALCRAFT_INGEST_")

    epoch_interval_s: float = 2.0
    recovery_dir: Path | None = None
    """Bytewax recovery partitions; ``None`` disables recovery."""
    backup_interval_s: float = 0.0
    align_ms: int | None = 30_000
    """Keep the input partitions this process reads within this many ms of each other in
    Kafka timestamp, so a backlog is read in event-time order; ``None`` turns it off."""


class StoreSettings(BaseSettings):
    """Where results land."""

    model_config = _frozen("SIGNALCRAFT_STORE_")

    db_path: Path = Path("signalcraft.duckdb")
    read_copy_path: Path | None = None
    """A copy of the DuckDB file for readers while the flow runs; default ``<db>.read.duckdb``."""
    read_copy_every_s: float = 60.0
    """How often the read copy is refreshed; 0 refreshes it at every epoch with new rows."""
    read_copy: bool = True
    flush_rows: int = 20_000
    """Rows buffered before the writer thread inserts them; every epoch end commits the rest."""
    threads: int | None = Field(1, ge=1)
    """DuckDB's threads for the store (the writer's inserts, checkpoints, the incident memory's
    reads); ``None``: DuckDB's default, one per core, which on 2 cores cost the dense backlog's
    inserts about twice the CPU and more wall time than one (docs/benchmarks.md)."""
    lance_dir: Path | None = None
    """The incident memory (LanceDB); default ``<db>.lance`` beside the DuckDB file."""

    def lance_path(self) -> Path:
        """Where the incident memory lives.

        >>> StoreSettings(db_path=Path("/data/sc.duckdb")).lance_path().as_posix()
        '/data/sc.lance'
        """
        return self.lance_dir or lance_dir_for(self.db_path)

    def read_copy_file(self) -> Path | None:
        """Where readers find the copy of the DuckDB file, or ``None`` when it is off.

        >>> StoreSettings(db_path=Path("/data/sc.duckdb")).read_copy_file().as_posix()
        '/data/sc.read.duckdb'
        """
        if not self.read_copy:
            return None
        return self.read_copy_path or self.db_path.with_name(self.db_path.stem + ".read.duckdb")


def lance_dir_for(db: Path) -> Path:
    """The incident memory's default folder for a DuckDB file or its read copy: ``<name>.lance`` beside it.

    >>> lance_dir_for(Path("/data/sc.read.duckdb")).as_posix()
    '/data/sc.lance'
    """
    stem = db.stem[: -len(".read")] if db.stem.endswith(".read") else db.stem
    return db.with_name(stem + ".lance")


class CorrelationSettings(BaseSettings):
    """Alert grouping and the change correlation join.

    Durations take seconds or ISO 8601 (``SIGNALCRAFT_CORRELATION_LOOKBACK=PT20M``);
    ``dependencies`` is JSON: ``{"checkout-web": ["payments-api", "cart-service"]}``
    (a change to an upstream service counts for the services that depend on it).
    """

    model_config = _frozen("SIGNALCRAFT_CORRELATION_")

    enabled: bool = True
    group_by: tuple[str, ...] = _GROUPING.group_by
    """Alertmanager ``group_by``: record fields (workspace, project, environment, service,
    alertname) or any alert label."""
    group_wait: Duration = _GROUPING.group_wait
    group_interval: Duration = _GROUPING.group_interval
    resolve_after: Duration | None = _GROUPING.resolve_after
    """Resolve a member not heard of for this long (Alertmanager's ``resolve_timeout``)."""
    # The join's parameters; defaults and meanings are CorrelationParams'.
    lookback: Duration = _JOIN.lookback
    tolerance_after: Duration = _JOIN.tolerance_after
    allowed_lateness: Duration = _JOIN.allowed_lateness
    max_change_delay: Duration | None = _JOIN.max_change_delay
    max_open_groups: int = _JOIN.max_open_groups
    horizon: Duration = _JOIN.horizon
    max_buffered_changes: int = _JOIN.max_buffered_changes
    suspect_threshold: float = _JOIN.suspect_threshold
    max_candidates: int = _JOIN.max_candidates
    alert_rate: bool = _JOIN.alert_rate
    rate_window: Duration = _JOIN.rate_window
    same_change_window: Duration = _JOIN.same_change_window
    max_rollout: Duration = _JOIN.max_rollout
    dependencies: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    environment_aliases: dict[str, str] = Field(default_factory=lambda: dict(_JOIN.environment_aliases))

    def params(self) -> CorrelationParams:
        """The join and ranking parameters: every field of :class:`CorrelationParams`, from here.

        >>> CorrelationSettings(lookback=1200).params().lookback
        datetime.timedelta(seconds=1200)
        >>> CorrelationSettings().params() == CorrelationParams()
        True
        """
        return CorrelationParams(**{f.name: getattr(self, f.name) for f in dataclasses.fields(CorrelationParams)})

    def grouping(self) -> GroupingParams:
        """The alert grouping parameters.

        >>> CorrelationSettings(group_wait=10).grouping().group_wait
        datetime.timedelta(seconds=10)
        """
        return GroupingParams(self.group_by, self.group_wait, self.group_interval, self.resolve_after)


class AnomalySettings(BaseSettings):
    """Series, the novelty detector's verdict, the band and the warning state machine.

    ``band_window`` and ``band_warmup`` are durations (in the environment ISO 8601, ``PT2H``,
    or ``02:00:00``): the band keeps the whole buckets within them, so they mean the same
    time at any ``bucket``. ``hard_thresholds`` is JSON from a series key
    (``logs:<workspace>/<project>/<env>/<service>``, ``alerts:...``,
    ``metric:<workspace>/<metric_key>``) to a level it must not cross; its warnings then
    say when it is forecast to.
    """

    model_config = _frozen("SIGNALCRAFT_ANOMALY_")

    enabled: bool = True
    # Defaults and meanings are AnomalyParams' and WarningParams'.
    bucket: Duration = _WATCH.bucket
    allowed_lateness: Duration = _WATCH.allowed_lateness
    threshold: float = _WATCH.threshold
    band_window: Duration = _WATCH.band_window
    band_warmup: Duration = _WATCH.band_warmup
    k: int = _WATCH.warning.k
    n: int = _WATCH.warning.n
    clear_sigma: float = _WATCH.warning.clear_sigma
    clear_after: int = _WATCH.warning.clear_after
    raise_sigma: float = _WATCH.warning.raise_sigma
    reopen_within: int = _WATCH.warning.reopen_within
    season: Literal["day", "week", "none"] = _WATCH.season
    snapshot_every: Duration = _WATCH.snapshot_every
    max_episode: int = _WATCH.max_episode
    hard_thresholds: dict[str, float] = Field(default_factory=dict)
    generator_url: str = _WATCH.generator_url
    pattern_min_count: int = _WATCH.pattern_min_count
    pattern_p: float = _WATCH.pattern_p
    feedback: Literal["off", "apply"] = "off"
    """``apply``: the flow also reads its own ``signalcraft.suggestions`` and the watch takes
    each ``sensitivity`` suggestion for its series (a higher ``raise_sigma``; withdrawn,
    back to the default)."""
    shards: int = Field(64, ge=0)
    """In a run without recovery the watch's state is keyed by this many shards of series
    (``crc32(series key) % shards``), so a batch's records cross to another process of a cluster
    as one item a shard, not one a series; 0: keyed by series. A run with recovery is always
    keyed by series: a shard's snapshot would carry all its series at every epoch."""
    late_records: Literal["count", "dead_letter"] = "count"
    """A record that comes after its series' bucket closed is always stored in its own
    table and counted in the series' snapshot (``late``); ``dead_letter`` also sends it to
    the dead-letter topic and table (step ``series``), for teams that alert on lateness."""

    def params(self) -> AnomalyParams:
        """The watch's parameters.

        >>> AnomalySettings(k=2).params().warning.k
        2
        >>> AnomalySettings(bucket="PT5M", band_window="PT2H").params().band_buckets
        (24, 6)
        >>> AnomalySettings().params() == AnomalyParams()
        True
        """
        warning = dataclasses.replace(
            _WATCH.warning, k=self.k, n=self.n, clear_sigma=self.clear_sigma, clear_after=self.clear_after,
            raise_sigma=self.raise_sigma, reopen_within=self.reopen_within,
        )
        return AnomalyParams(
            bucket=self.bucket, allowed_lateness=self.allowed_lateness, threshold=self.threshold,
            band_window=self.band_window, band_warmup=self.band_warmup, warning=warning,
            snapshot_every=self.snapshot_every, max_episode=self.max_episode, season=self.season,
            hard_thresholds=dict(self.hard_thresholds), generator_url=self.generator_url,
            pattern_min_count=self.pattern_min_count, pattern_p=self.pattern_p,
        )


class PatternSettings(BaseSettings):
    """Log patterns: the template miner and when a pattern is news (see
    :class:`~signalcraft.params.PatternParams`). Off, log records are stored without a
    ``template_id`` and nothing else changes."""

    model_config = _frozen("SIGNALCRAFT_PATTERNS_")

    enabled: bool = True
    similarity: float = _PATTERNS.miner.similarity
    max_templates: int = _PATTERNS.miner.max_templates
    """Templates kept per service; the least recently matched goes first."""
    max_body_chars: int = _PATTERNS.miner.max_body_chars
    new_min_count: int = _PATTERNS.new_min_count
    new_window: Duration = _PATTERNS.new_window
    learn_first: Duration = _PATTERNS.learn_first
    new_quiet: Duration = _PATTERNS.new_quiet
    watch_severity: int = _PATTERNS.watch_severity

    def params(self) -> PatternParams:
        """The pattern step's parameters.

        >>> PatternSettings().params() == PatternParams()
        True
        """
        miner = dataclasses.replace(
            LogTemplateParams(), similarity=self.similarity, max_templates=self.max_templates,
            max_body_chars=self.max_body_chars,
        )
        return PatternParams(
            miner=miner, new_min_count=self.new_min_count, new_window=self.new_window,
            learn_first=self.learn_first, new_quiet=self.new_quiet, watch_severity=self.watch_severity,
        )


class SilenceSettings(BaseSettings):
    """Silence mining (see :class:`~signalcraft.params.SilenceParams`): when repeated
    silences are a schedule or a rule, and how often a workspace is mined."""

    model_config = _frozen("SIGNALCRAFT_SILENCES_")

    enabled: bool = True
    every: Duration = _SILENCES.every
    locations: dict[str, list[str]] = Field(default_factory=dict)
    """JSON: workspace (or ``*``) -> its teams' time zones, e.g. ``{"*": ["Europe/Berlin"]}``."""
    tolerance: Duration = _SILENCES.windows.tolerance
    min_support: int = _SILENCES.windows.min_support
    min_share: float = _SILENCES.windows.min_share
    horizon_weeks: int = _SILENCES.windows.horizon_weeks
    min_count: int = _SILENCES.rules.min_count
    rule_share: float = _SILENCES.rules.min_share
    quick: Duration = _SILENCES.rules.quick
    hold: str = _SILENCES.hold
    max_items: int = _SILENCES.max_items

    def params(self) -> SilenceParams:
        """The miner's parameters.

        >>> SilenceSettings().params() == SilenceParams()
        True
        """
        windows = dataclasses.replace(
            WindowParams(), tolerance=self.tolerance, min_support=self.min_support, min_share=self.min_share,
            horizon_weeks=self.horizon_weeks,
        )
        rules = dataclasses.replace(RuleParams(), min_count=self.min_count, min_share=self.rule_share, quick=self.quick)
        return SilenceParams(
            windows=windows, rules=rules, every=self.every,
            locations={k: tuple(v) for k, v in self.locations.items()}, hold=self.hold, max_items=self.max_items,
        )


class ServiceSettings(BaseSettings):
    """Running as a service: probes and metrics, shutdown, progress."""

    model_config = _frozen("SIGNALCRAFT_SERVICE_")

    metrics_port: int | None = None
    """Serve ``/metrics``, ``/healthz`` and ``/readyz`` on this port (``None``: off); with
    several processes on one host, each serves on ``metrics_port`` plus the number of processes before it on
    that host (every pod of a StatefulSet on the same port)."""
    metrics_host: str = "0.0.0.0"
    shutdown_grace: Duration = timedelta(seconds=25)
    """After SIGTERM or SIGINT, how long the flow may take to close its last epoch, commit
    and publish the read copy before it is stopped hard (Kubernetes waits 30 s)."""
    stall_after: Duration = timedelta(seconds=60)
    """A partition with data and no progress for this long is logged (and not ready)."""


class Settings(BaseSettings):
    """All settings together; each concern also reads its own env prefix."""

    model_config = SettingsConfigDict(frozen=True, extra="forbid")

    broker: BrokerSettings = Field(default_factory=BrokerSettings)
    topics: TopicSettings = Field(default_factory=TopicSettings)
    identity: IdentitySettings = Field(default_factory=IdentitySettings)
    ingest: IngestSettings = Field(default_factory=IngestSettings)
    store: StoreSettings = Field(default_factory=StoreSettings)
    correlation: CorrelationSettings = Field(default_factory=CorrelationSettings)
    anomaly: AnomalySettings = Field(default_factory=AnomalySettings)
    patterns: PatternSettings = Field(default_factory=PatternSettings)
    silences: SilenceSettings = Field(default_factory=SilenceSettings)
    service: ServiceSettings = Field(default_factory=ServiceSettings)
    copilot: CopilotSettings = Field(default_factory=CopilotSettings)

    def input_topics(self) -> dict[str, StreamKind]:
        """Input topic name -> stream kind: the input streams, and the suggestions topic when
        the watch applies its feedback.

        >>> sorted(Settings(anomaly=AnomalySettings(feedback="apply")).input_topics().values())[-1]
        'suggestions'
        """
        topics = self.topics.inputs()
        if self.anomaly.feedback == "apply":
            topics[self.topics.suggestions] = "suggestions"
        return topics
