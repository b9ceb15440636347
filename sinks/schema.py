"""The DuckDB tables and Arrow schemas of every stored record, written out by hand.

Each table is a list of columns: name, DuckDB type, Arrow type and what it means.
The ``CREATE TABLE`` statement, the Arrow schema and the column comments stored in
the file (``SELECT table_name, column_name, comment FROM duckdb_columns()``) are all
made from that one list, so they cannot drift apart. A row is the record: no column
is added at write time, so replaying a record writes the same row.

Type choices:

- datetimes are ``TIMESTAMPTZ`` (microseconds, UTC);
- ``dict[str, str]`` is ``MAP(VARCHAR, VARCHAR)``, so ``labels['service']`` works
  (``NULL`` when the key is absent) and ``map_keys``/``map_entries``/``unnest`` are at
  hand; JSON would need ``->>`` and a parse on every read;
- ``tuple[Matcher, ...]`` is a ``LIST`` of ``STRUCT``, ``tuple[str, ...]`` is ``VARCHAR[]``;
- ``bytes`` is ``BLOB``; ``float`` is ``DOUBLE`` (``inf`` and ``nan`` are kept);
- ``Literal`` choices are ``VARCHAR``: a new choice needs no migration.

>>> print(TABLES_BY_NAME["resolutions"].ddl())
CREATE TABLE IF NOT EXISTS resolutions (
    id VARCHAR NOT NULL,
    workspace_id VARCHAR NOT NULL,
    group_id VARCHAR NOT NULL,
    resolved_at TIMESTAMPTZ NOT NULL,
    root_cause VARCHAR,
    fix VARCHAR NOT NULL,
    links VARCHAR[] NOT NULL,
    resolved_by VARCHAR,
    source VARCHAR NOT NULL,
    fingerprint VARCHAR
)
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from operator import attrgetter
from typing import Any

import pyarrow as pa

from signalcraft.models import (
    AlertEvent,
    AlertGroup,
    AnomalyModel,
    AuditEntry,
    ChangeEvent,
    Correlation,
    DeadLetter,
    EarlyWarning,
    LogRecord,
    LogTemplate,
    MetricPoint,
    Resolution,
)
from signalcraft.models.change_row import ChangeRow
from signalcraft.models.correlation_row import CorrelationRow
from signalcraft.sinks.columns import (
    BIGINT,
    BLOB,
    BOOLEAN,
    DOUBLE,
    DOUBLE_PAIR,
    ENVIRONMENT,
    ID,
    INTEGER,
    JSON_TEXT,
    MATCHERS,
    PROJECT,
    SERVICE,
    SOURCE,
    STRING_MAP,
    TIMESTAMPTZ,
    VARCHAR,
    VARCHAR_LIST,
    WORKSPACE,
    Column,
    SqlType,
    Table,
    View,
    tables_by_type,
)
from signalcraft.sinks.tables_commits import COMMITS
from signalcraft.sinks.tables_silences import ALERT_MUTES, SILENCE_SUGGESTIONS
from signalcraft.sinks.views import VIEWS

__all__ = [
    "BIGINT",
    "BLOB",
    "BOOLEAN",
    "DOUBLE",
    "INTEGER",
    "MATCHERS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "STRING_MAP",
    "TABLES",
    "TABLES_BY_NAME",
    "TIMESTAMPTZ",
    "VARCHAR",
    "VARCHAR_LIST",
    "VIEWS",
    "Column",
    "SqlType",
    "Table",
    "View",
    "table_for",
    "table_of_type",
    "to_arrow",
]

SCHEMA_VERSION = 7
"""Bump when a table or view changes shape; a file of another version is refused unless
:data:`MIGRATIONS` takes it to this one."""

MIGRATIONS: dict[int, tuple[str, ...]] = {
    3: ("ALTER TABLE log_events ADD COLUMN IF NOT EXISTS template_id VARCHAR",),
    4: (
        "ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS starts_at TIMESTAMPTZ",
        "ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS updated_at TIMESTAMPTZ",
        "ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS state VARCHAR",
        "UPDATE audit_log SET starts_at = timestamp WHERE source = 'alertmanager-silence' AND action = 'silence'",
    ),
    5: ("ALTER TABLE resolutions ADD COLUMN IF NOT EXISTS fingerprint VARCHAR",),
    6: (
        "ALTER TABLE IF EXISTS correlations ADD COLUMN IF NOT EXISTS withdrawn BOOLEAN DEFAULT false",
        "ALTER TABLE IF EXISTS correlations ALTER COLUMN withdrawn SET NOT NULL",
    ),
}
"""From a version to the next: the statements that take a file there (new tables and views
are created afterwards as for a new file). Version 4 added log patterns; version 5 the
silence columns of ``audit_log`` (rows of version 4 keep ``timestamp`` = the silence's
start), ``alert_mutes`` and ``silence_suggestions``; version 6 ``commits`` and
``resolutions.fingerprint``; version 7 ``correlations.withdrawn`` (rows written before it
are candidates: false)."""


ALERT_EVENTS = Table(
    "alert_events",
    AlertEvent,
    "One alert at one moment: it fired or it resolved. One row per notification state.",
    (
        ID,
        WORKSPACE,
        PROJECT,
        ENVIRONMENT,
        SERVICE,
        Column("name", VARCHAR, "Alert name (Prometheus alertname)."),
        Column("severity", VARCHAR, "critical, error, warning, info or none."),
        Column("status", VARCHAR, "firing or resolved."),
        Column("labels", STRING_MAP, "All alert labels; look one up with labels['key']."),
        Column("annotations", STRING_MAP, "Annotations such as summary, description, runbook_url."),
        Column("fingerprint", VARCHAR, "Stable identity of the alert series across notifications."),
        Column("starts_at", TIMESTAMPTZ, "When the alert started firing (UTC)."),
        Column("ends_at", TIMESTAMPTZ, "When it resolved (UTC); NULL while firing.", nullable=True),
        SOURCE,
        Column("generator_url", VARCHAR, "Link to the rule or query that produced the alert.", nullable=True),
    ),
    time_column="starts_at",
)

CHANGE_EVENTS = Table(
    "change_events",
    ChangeEvent,
    "Something changed: deployment, release, rollback, flag toggle, config update, scale, restart.",
    (
        ID,
        WORKSPACE,
        Column("type", VARCHAR, "deployment, release, rollback, flag_change, config_update, scale, restart or other."),
        SOURCE,
        PROJECT,
        ENVIRONMENT,
        SERVICE,
        Column("version", VARCHAR, "Version, tag or revision deployed, when known.", nullable=True),
        Column("summary", VARCHAR, "One line saying what changed."),
        Column("details", STRING_MAP, "Specifics: sha, diff_url, flag_key, old, new, ..."),
        Column("actor", VARCHAR, "Who or what made the change.", nullable=True),
        Column("timestamp", TIMESTAMPTZ, "When the change happened (UTC): for a report of a change in "
               "progress, when this report's phase was entered."),
        Column("phase", VARCHAR, "Where the change stood in this report: requested, in_progress, live, failed "
               "or inactive (a tool that reports once, after the fact, reports live)."),
        Column("identifiers", STRING_MAP, "What identifies the change across tools: revision (git sha), version, "
               "github_deployment, argocd_operation, rollout_revision, pod_template, flag, flag_version, ..."),
    ),
    time_column="timestamp",
    row=ChangeRow,
)

AUDIT_LOG = Table(
    "audit_log",
    AuditEntry,
    "A human acting on alerts: snooze, silence, unsilence, ack, resolve.",
    (
        ID,
        WORKSPACE,
        Column("action", VARCHAR, "snooze, silence, unsilence, ack or resolve."),
        Column("actor", VARCHAR, "Who acted.", nullable=True),
        Column("matchers", MATCHERS, "Alertmanager matchers acted on; is_regex/is_equal give =, !=, =~, !~."),
        Column("target", VARCHAR, "Alert fingerprint, group or silence id acted on, when known.", nullable=True),
        Column("duration_s", DOUBLE, "Length of the snooze/silence in seconds.", nullable=True),
        Column("timestamp", TIMESTAMPTZ, "When the action was taken (UTC): a silence's updatedAt, when it was "
               "made or last edited."),
        Column("ends_at", TIMESTAMPTZ, "When the silence/snooze ends (UTC).", nullable=True),
        Column("comment", VARCHAR, "Free text the actor wrote.", nullable=True),
        SOURCE,
        Column("starts_at", TIMESTAMPTZ, "When the silence/snooze takes effect (UTC); later than timestamp for "
               "one scheduled ahead.", nullable=True),
        Column("updated_at", TIMESTAMPTZ, "The tool's time of this version (Alertmanager's updatedAt): an edit in "
               "place is a second row of the same target, ordered by this.", nullable=True),
        Column("state", VARCHAR, "The tool's state of what was acted on: active, pending, expired.", nullable=True),
    ),
    time_column="timestamp",
)

METRIC_POINTS = Table(
    "metric_points",
    MetricPoint,
    "One sample of one metric series.",
    (
        ID,
        WORKSPACE,
        Column("metric_key", VARCHAR, 'Series identity: name{k="v",...} with labels sorted.'),
        Column("name", VARCHAR, "Metric name."),
        Column("labels", STRING_MAP, "Series labels; labels['job'] etc."),
        Column("value", DOUBLE, "Sample value as sent; may be inf, -inf or nan (test with isnan/isinf)."),
        Column("timestamp", TIMESTAMPTZ, "Sample time (UTC)."),
        SOURCE,
    ),
    time_column="timestamp",
)

LOG_EVENTS = Table(
    "log_events",
    LogRecord,
    "One log record (OpenTelemetry log data model).",
    (
        ID,
        WORKSPACE,
        PROJECT,
        ENVIRONMENT,
        SERVICE,
        Column("service_version", VARCHAR, "service.version resource attribute.", nullable=True),
        Column("severity_number", INTEGER, "OTel severity number, 1-24 (17+ is ERROR or worse)."),
        Column("severity_text", VARCHAR, "Severity as the emitter wrote it.", nullable=True),
        Column("is_error", BOOLEAN, "True when severity_number >= 17."),
        Column("body", VARCHAR, "The log message."),
        Column("attributes", STRING_MAP, "Log attributes, values as text."),
        Column("trace_id", VARCHAR, "Trace id (hex) when the log is in a trace.", nullable=True),
        Column("span_id", VARCHAR, "Span id (hex).", nullable=True),
        Column("timestamp", TIMESTAMPTZ, "When the event happened (UTC)."),
        SOURCE,
        Column("template_id", VARCHAR, "Its log pattern (log_templates.id) when it was mined; resolve renamed "
               "templates through log_template_current.", nullable=True),
    ),
    time_column="timestamp",
)

LOG_TEMPLATES = Table(
    "log_templates",
    LogTemplate,
    "Log patterns per workspace and service: the template text (variable parts as <*>), when first and "
    "last seen, how often, an example line. One row per template id at its latest version.",
    (
        ID,
        WORKSPACE,
        SERVICE,
        Column("template", VARCHAR, "The log body with its variable parts masked as <*>."),
        Column("first_seen", TIMESTAMPTZ, "Event time of its first line (UTC)."),
        Column("last_seen", TIMESTAMPTZ, "Event time of its latest line (UTC)."),
        Column("count", BIGINT, "Lines of this template, with those of templates merged into it."),
        Column("error_count", BIGINT, "Of those, lines at ERROR or above."),
        Column("example", VARCHAR, "One line of it as logged."),
        Column("is_error", BOOLEAN, "At least one of its lines was an error."),
        Column("replaced_by", VARCHAR, "The id it lives on under since its text changed; NULL while current.",
               nullable=True),
        Column("version", BIGINT,
               "The number of the service's log line that last changed this row; the row keeps the highest."),
    ),
    on_conflict="update",
    version_column="version",
)

RESOLUTIONS = Table(
    "resolutions",
    Resolution,
    "How an alert group ended: root cause, what fixed it, links.",
    (
        ID,
        WORKSPACE,
        Column("group_id", VARCHAR, "The alert group this resolves (given, or found by fingerprint)."),
        Column("resolved_at", TIMESTAMPTZ, "When it was resolved (UTC)."),
        Column("root_cause", VARCHAR, "Root cause, when written down.", nullable=True),
        Column("fix", VARCHAR, "What fixed it."),
        Column("links", VARCHAR_LIST, "Postmortem, PR, runbook links."),
        Column("resolved_by", VARCHAR, "Who resolved it.", nullable=True),
        SOURCE,
        Column("fingerprint", VARCHAR, "The alert fingerprint it named its group by, when it did.", nullable=True),
    ),
    time_column="resolved_at",
)

DLQ = Table(
    "dlq",
    DeadLetter,
    "Input that could not become a record: the original bytes, where they came from, why.",
    (
        ID,
        Column("source_topic", VARCHAR, "Kafka topic the message was read from."),
        Column("source_partition", INTEGER, "Kafka partition.", attr="partition"),
        Column("source_offset", BIGINT, "Kafka offset.", attr="offset"),
        Column("key", BLOB, "Original message key, byte for byte.", nullable=True),
        Column("payload", BLOB, "Original message value, byte for byte; decode(payload) for text."),
        Column("headers", STRING_MAP, "Original message headers."),
        Column("format", VARCHAR, "Payload format the decoder tried, when it got that far.", nullable=True),
        Column("step", VARCHAR, "The step that refused it, e.g. decode or validate."),
        Column("reason", VARCHAR, "Why it was refused."),
        Column("received_at", TIMESTAMPTZ, "When the pipeline read it (UTC)."),
    ),
)

ALERT_GROUPS = Table(
    "alert_groups",
    AlertGroup,
    "Alerts grouped the Alertmanager way (group_by labels), one row per group at its latest version.",
    (
        ID,
        WORKSPACE,
        Column("group_key", VARCHAR, 'The group_by label values, Alertmanager style: {alertname="X",service="s"}.'),
        Column("group_labels", STRING_MAP, "The group_by labels and their values."),
        PROJECT,
        ENVIRONMENT,
        SERVICE,
        Column("status", VARCHAR, "created, updated or resolved: the latest emission of the group."),
        Column("opened_at", TIMESTAMPTZ, "Event time of the first member alert's start (UTC)."),
        Column("updated_at", TIMESTAMPTZ, "Event time of this version (UTC)."),
        Column("resolved_at", TIMESTAMPTZ, "When the last member resolved (UTC); NULL while open.", nullable=True),
        Column("fingerprints", VARCHAR_LIST, "Fingerprints of the member alerts, sorted."),
        Column("alert_count", INTEGER, "How many member alerts."),
        Column("max_severity", VARCHAR, "Highest severity among the members."),
        Column("version", INTEGER, "Raised at every emission; the row holds the highest."),
    ),
    on_conflict="update",
    version_column="version",
)

CORRELATIONS = Table(
    "correlations",
    Correlation,
    "Changes that may have caused an alert group, ranked; one row per group and change at its latest "
    "version. A group's current candidates are its rows of the highest version that are not withdrawn "
    "(correlation_candidates reads them).",
    (
        ID,
        WORKSPACE,
        Column("group_id", VARCHAR, "The alert group (alert_groups.id)."),
        Column("change_id", VARCHAR, "The candidate change (change_events.id)."),
        Column("rank", INTEGER, "1 is the best candidate of the group."),
        Column("score", DOUBLE, "0..1; time proximity, scope, change type and alert-rate evidence combined."),
        Column("lag_s", DOUBLE, "Seconds from the change taking effect (live_at, else requested_at) to the group's "
               "first alert (negative: the change came after)."),
        Column("reasons", VARCHAR_LIST, "Why, in words: timing, scope, alert rate."),
        Column("suspect", BOOLEAN, "True for the rank-1 candidate when its score reaches the suspect threshold."),
        Column("version", INTEGER, "Version of the group's candidate set; a late change raises it."),
        Column("requested_at", TIMESTAMPTZ, "The change's earliest report: when it was asked for, as far as "
               "its reports tell (UTC)."),
        Column("live_at", TIMESTAMPTZ, "When the change took effect (UTC); NULL while no report says so, or "
               "when it failed.", nullable=True),
        Column("withdrawn", BOOLEAN, "True once the change left the group's candidates (pushed out of the top, "
               "represented by another of its reports since, or folded by a late report into a change outside the "
               "window): no candidate, never the suspect."),
    ),
    on_conflict="update",
    version_column="version",
    row=CorrelationRow,
)

WARNINGS = Table(
    "warnings",
    EarlyWarning,
    "Early warnings: a series left its normal band and stayed out. One row per episode, latest version; "
    "the same records go to the signalcraft.warnings topic in Alertmanager's shape.",
    (
        ID,
        WORKSPACE,
        Column("labels", STRING_MAP,
               "Routing labels: alertname, severity ('warning'), project, environment, service, ..."),
        Column("annotations", STRING_MAP,
               "summary, description; lead_time_s and forecast when a hard threshold is set."),
        Column("starts_at", TIMESTAMPTZ, "First anomalous bucket of the episode (UTC)."),
        Column("ends_at", TIMESTAMPTZ, "When the series came back in band (UTC); NULL while firing.", nullable=True),
        Column("generator_url", VARCHAR, "Link to the series."),
        Column("metric_key", VARCHAR, "The series, e.g. alerts/min of a service or a metric_key."),
        Column("observed", DOUBLE, "The value that raised the warning."),
        Column("expected", DOUBLE, "What the baseline expected then."),
        Column("band", DOUBLE_PAIR, "The normal band [lower, upper] then."),
        Column("sigma", DOUBLE, "Signed distance from expected in standard deviations."),
        Column("method", VARCHAR, "The baseline that judged it."),
        Column("status", VARCHAR, "firing or resolved."),
        Column("version", INTEGER, "Raised at every emission of the episode; the row keeps the highest."),
    ),
    on_conflict="update",
    version_column="version",
)

ANOMALY_MODELS = Table(
    "anomaly_models",
    AnomalyModel,
    "The baseline of each series as last snapshotted: what the detector believes is normal.",
    (
        ID,
        WORKSPACE,
        Column("metric_key", VARCHAR, "The series."),
        Column("method", VARCHAR, "How the series is judged, e.g. novelty+rolling_zscore+holt_winters_season."),
        Column("baseline", JSON_TEXT,
               "Learned state as JSON: novelty (detector), band (last hour), season (Holt-Winters), late."),
        Column("last_updated", TIMESTAMPTZ, "Event time of the last bucket learned (UTC)."),
    ),
    on_conflict="update",
    version_column="last_updated",
)

TABLES: tuple[Table, ...] = (
    ALERT_EVENTS,
    CHANGE_EVENTS,
    AUDIT_LOG,
    METRIC_POINTS,
    LOG_EVENTS,
    RESOLUTIONS,
    DLQ,
    LOG_TEMPLATES,
    ALERT_MUTES,
    SILENCE_SUGGESTIONS,
    COMMITS,
    ALERT_GROUPS,
    CORRELATIONS,
    WARNINGS,
    ANOMALY_MODELS,
)
TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
_TABLE_BY_TYPE: dict[type, Table] = tables_by_type(TABLES)


def table_for(record: object) -> str:
    """The table a record is stored in.

    >>> from datetime import datetime, timezone
    >>> table_for(Resolution(id="r-1", workspace_id="w", group_id="g", fix="rollback",
    ...     resolved_at=datetime(2024, 1, 1, tzinfo=timezone.utc), source="manual"))
    'resolutions'
    """
    return table_of_type(type(record)).name


def table_of_type(kind: type, tables: dict[type, Table] | None = None) -> Table:
    """The :class:`Table` records of ``kind`` are stored in; ``TypeError`` for a type that has none."""
    by_type = _TABLE_BY_TYPE if tables is None else tables
    try:
        return by_type[kind]
    except KeyError:
        known = ", ".join(sorted(t.__name__ for t in by_type))
        raise TypeError(f"DuckDB store: no table for {kind.__name__}; stored types are {known}") from None


def to_arrow(table: str | Table, records: Sequence[Any]) -> pa.Table:
    """Build an Arrow table from records of one type by reading their attributes.

    One C-level ``attrgetter`` per record and a ``zip`` transpose give the columns;
    ``model_dump`` is never called. The collector is paused meanwhile: building
    the row tuples otherwise triggers full collections over every live record,
    which costs more than the conversion itself for large batches.

    >>> to_arrow("resolutions", []).num_rows
    0
    """
    spec = table if isinstance(table, Table) else _table_named(table)
    if not records:
        return spec.arrow_schema.empty_table()
    kinds = set(map(type, records))
    if kinds != {spec.record}:
        if not kinds <= set(spec.kinds):
            wrong = sorted(k.__name__ for k in kinds - set(spec.kinds))
            raise TypeError(f"DuckDB store: table {spec.name!r} holds {spec.record.__name__}, got {', '.join(wrong)}")
        with _gc_paused():  # its rows (and records) read by attribute
            columns = list(zip(*map(spec._getter, records), strict=True))
            arrays = [column.type.array(values) for column, values in zip(spec.columns, columns, strict=True)]
        return pa.Table.from_arrays(arrays, schema=spec.arrow_schema)
    with _gc_paused():
        columns = _columns(spec, records)
        arrays = [column.type.array(values) for column, values in zip(spec.columns, columns, strict=True)]
    return pa.Table.from_arrays(arrays, schema=spec.arrow_schema)


def _columns(spec: Table, records: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The records' values column by column: read from each record's ``__dict__`` when the
    table's columns are plain fields of its model (:attr:`Table._fields_getter`), else (or when
    a record lacks one there: ``model_construct`` without a required field) as attributes."""
    if spec._fields_getter is not None:
        try:
            return list(zip(*map(spec._fields_getter, map(_DICT, records)), strict=True))
        except KeyError:
            pass  # the attributes below give what getattr gives, or fail as it does
    return list(zip(*map(spec._getter, records), strict=True))


_DICT = attrgetter("__dict__")


def _table_named(name: str) -> Table:
    try:
        return TABLES_BY_NAME[name]
    except KeyError:
        raise ValueError(f"DuckDB store: no table {name!r}; tables are {', '.join(TABLES_BY_NAME)}") from None


@contextmanager
def _gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
