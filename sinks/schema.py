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
    source VARCHAR NOT NULL
)
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter
from typing import Any, Literal

import pyarrow as pa

from signalcraft.models import (
    AlertEvent,
    AuditEntry,
    ChangeEvent,
    DeadLetter,
    LogRecord,
    Matcher,
    MetricPoint,
    Resolution,
)

SCHEMA_VERSION = 1
"""Bump when a table or view changes shape; a file of another version is refused."""


@dataclass(frozen=True)
class SqlType:
    """A DuckDB column type, its Arrow twin and how to build an Arrow array of it."""

    sql: str
    arrow: pa.DataType
    prepare: Callable[[Sequence[Any]], Sequence[Any]] | None = None
    """Turns attribute values into what ``pyarrow.array`` takes; ``None``: as they are."""

    def array(self, values: Sequence[Any]) -> pa.Array:
        if self.prepare is not None:
            values = self.prepare(values)
        return pa.array(values, type=self.arrow)


def _matcher_tuples(values: Sequence[tuple[Matcher, ...]]) -> list[list[tuple[str, str, bool, bool]]]:
    return [[(m.name, m.value, m.is_regex, m.is_equal) for m in matchers] for matchers in values]


VARCHAR = SqlType("VARCHAR", pa.string())
BOOLEAN = SqlType("BOOLEAN", pa.bool_())
INTEGER = SqlType("INTEGER", pa.int32())
BIGINT = SqlType("BIGINT", pa.int64())
DOUBLE = SqlType("DOUBLE", pa.float64())
BLOB = SqlType("BLOB", pa.binary())
TIMESTAMPTZ = SqlType("TIMESTAMPTZ", pa.timestamp("us", tz="UTC"))
STRING_MAP = SqlType("MAP(VARCHAR, VARCHAR)", pa.map_(pa.string(), pa.string()))
VARCHAR_LIST = SqlType("VARCHAR[]", pa.list_(pa.string()))
_MATCHER = pa.struct(
    [("name", pa.string()), ("value", pa.string()), ("is_regex", pa.bool_()), ("is_equal", pa.bool_())]
)
MATCHERS = SqlType(
    "STRUCT(name VARCHAR, value VARCHAR, is_regex BOOLEAN, is_equal BOOLEAN)[]",
    pa.list_(_MATCHER),
    prepare=_matcher_tuples,
)


@dataclass(frozen=True)
class Column:
    """One column; ``attr`` is the record attribute it holds when it differs from ``name``."""

    name: str
    type: SqlType
    doc: str
    nullable: bool = False
    attr: str | None = None

    @property
    def source(self) -> str:
        return self.attr or self.name

    def ddl(self) -> str:
        return f"{self.name} {self.type.sql}{'' if self.nullable else ' NOT NULL'}"


@dataclass(frozen=True, eq=False)
class Table:
    """A stored record type and its table.

    ``on_conflict`` says what a second row with a known ``id`` does: ``"ignore"``
    (the first write wins; for immutable records) or ``"update"`` (the latest write
    wins; with ``version_column`` set, only a version at least as high replaces a row).

    ``time_column`` picks how ``id`` stays unique. Unset: a ``PRIMARY KEY``, which
    DuckDB checks in an index on every insert (about 35k rows/s here). Set, for the
    high-volume input tables whose ids are derived from their content, event time
    included (the same id always has the same time): the writer skips ids already
    stored within the batch's time range, an anti-join that reads only the row groups
    of that range (zone maps), at several times the rate. Only ``"ignore"`` works so.
    """

    name: str
    record: type
    doc: str
    columns: tuple[Column, ...]
    on_conflict: Literal["ignore", "update"] = "ignore"
    version_column: str | None = None
    time_column: str | None = None
    _getter: Callable[[Any], tuple[Any, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.columns or self.columns[0].name != "id":
            raise ValueError(f"table {self.name!r}: the first column must be 'id'")
        names = [c.name for c in self.columns]
        if self.version_column is not None and self.version_column not in names:
            raise ValueError(f"table {self.name!r}: version column {self.version_column!r} is not a column")
        if self.time_column is not None:
            if self.time_column not in names:
                raise ValueError(f"table {self.name!r}: time column {self.time_column!r} is not a column")
            if self.on_conflict != "ignore":
                raise ValueError(f"table {self.name!r}: a time-column table keeps the first write; use a primary key to update")
        sources = [c.source for c in self.columns]
        # attrgetter of several names returns one tuple per record, built in C: the fast path.
        getter = attrgetter(*sources) if len(sources) > 1 else (lambda r: (getattr(r, sources[0]),))
        object.__setattr__(self, "_getter", getter)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @cached_property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type.arrow, nullable=c.nullable) for c in self.columns])

    def ddl(self) -> str:
        lines = [f"    {c.ddl()}" for c in self.columns]
        if self.time_column is None:
            lines[0] = f"    {self.columns[0].name} {self.columns[0].type.sql} PRIMARY KEY"
        body = ",\n".join(lines)
        return f"CREATE TABLE IF NOT EXISTS {self.name} (\n{body}\n)"

    def comments(self) -> list[str]:
        """``COMMENT ON`` statements: the docs travel inside the file."""
        out = [f"COMMENT ON TABLE {self.name} IS {_quote(self.doc)}"]
        out += [f"COMMENT ON COLUMN {self.name}.{c.name} IS {_quote(c.doc)}" for c in self.columns]
        return out


@dataclass(frozen=True)
class View:
    """A view for analysts; created when every table it ``reads`` is present."""

    name: str
    doc: str
    sql: str
    reads: tuple[str, ...]

    def ddl(self) -> str:
        return f"CREATE OR REPLACE VIEW {self.name} AS\n{self.sql.strip()}"

    def comment(self) -> str:
        return f"COMMENT ON VIEW {self.name} IS {_quote(self.doc)}"


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


_ID = Column("id", VARCHAR, "Deterministic record id, '<kind>-<32 hex>'; a replay yields the same id.")
_WORKSPACE = Column("workspace_id", VARCHAR, "SignalCraft workspace (tenant).")
_PROJECT = Column("project", VARCHAR, "Project, from labels/headers ('unknown' when none).")
_ENVIRONMENT = Column("environment", VARCHAR, "Environment, e.g. prod or staging ('unknown' when none).")
_SERVICE = Column("service", VARCHAR, "Service, from labels/headers ('unknown' when none).")
_SOURCE = Column("source", VARCHAR, "The tool or format the record came from, e.g. alertmanager.")




ALERT_EVENTS = Table(
    "alert_events",
    AlertEvent,
    "One alert at one moment: it fired or it resolved. One row per notification state.",
    (
        _ID,
        _WORKSPACE,
        _PROJECT,
        _ENVIRONMENT,
        _SERVICE,
        Column("name", VARCHAR, "Alert name (Prometheus alertname)."),
        Column("severity", VARCHAR, "critical, error, warning, info or none."),
        Column("status", VARCHAR, "firing or resolved."),
        Column("labels", STRING_MAP, "All alert labels; look one up with labels['key']."),
        Column("annotations", STRING_MAP, "Annotations such as summary, description, runbook_url."),
        Column("fingerprint", VARCHAR, "Stable identity of the alert series across notifications."),
        Column("starts_at", TIMESTAMPTZ, "When the alert started firing (UTC)."),
        Column("ends_at", TIMESTAMPTZ, "When it resolved (UTC); NULL while firing.", nullable=True),
        _SOURCE,
        Column("generator_url", VARCHAR, "Link to the rule or query that produced the alert.", nullable=True),
    ),
    time_column="starts_at",
)

CHANGE_EVENTS = Table(
    "change_events",
    ChangeEvent,
    "Something changed: deployment, release, rollback, flag toggle, config update, scale, restart.",
    (
        _ID,
        _WORKSPACE,
        Column("type", VARCHAR, "deployment, release, rollback, flag_change, config_update, scale, restart or other."),
        _SOURCE,
        _PROJECT,
        _ENVIRONMENT,
        _SERVICE,
        Column("version", VARCHAR, "Version, tag or revision deployed, when known.", nullable=True),
        Column("summary", VARCHAR, "One line saying what changed."),
        Column("details", STRING_MAP, "Specifics: sha, diff_url, flag_key, old, new, ..."),
        Column("actor", VARCHAR, "Who or what made the change.", nullable=True),
        Column("timestamp", TIMESTAMPTZ, "When the change happened (UTC)."),
    ),
    time_column="timestamp",
)

AUDIT_LOG = Table(
    "audit_log",
    AuditEntry,
    "A human acting on alerts: snooze, silence, unsilence, ack, resolve.",
    (
        _ID,
        _WORKSPACE,
        Column("action", VARCHAR, "snooze, silence, unsilence, ack or resolve."),
        Column("actor", VARCHAR, "Who acted.", nullable=True),
        Column("matchers", MATCHERS, "Alertmanager matchers acted on; is_regex/is_equal give =, !=, =~, !~."),
        Column("target", VARCHAR, "Alert fingerprint, group or silence id acted on, when known.", nullable=True),
        Column("duration_s", DOUBLE, "Length of the snooze/silence in seconds.", nullable=True),
        Column("timestamp", TIMESTAMPTZ, "When the action was taken (UTC)."),
        Column("ends_at", TIMESTAMPTZ, "When the silence/snooze ends (UTC).", nullable=True),
        Column("comment", VARCHAR, "Free text the actor wrote.", nullable=True),
        _SOURCE,
    ),
    time_column="timestamp",
)

METRIC_POINTS = Table(
    "metric_points",
    MetricPoint,
    "One sample of one metric series.",
    (
        _ID,
        _WORKSPACE,
        Column("metric_key", VARCHAR, 'Series identity: name{k="v",...} with labels sorted.'),
        Column("name", VARCHAR, "Metric name."),
        Column("labels", STRING_MAP, "Series labels; labels['job'] etc."),
        Column("value", DOUBLE, "Sample value as sent; may be inf, -inf or nan (test with isnan/isinf)."),
        Column("timestamp", TIMESTAMPTZ, "Sample time (UTC)."),
        _SOURCE,
    ),
    time_column="timestamp",
)

LOG_EVENTS = Table(
    "log_events",
    LogRecord,
    "One log record (OpenTelemetry log data model).",
    (
        _ID,
        _WORKSPACE,
        _PROJECT,
        _ENVIRONMENT,
        _SERVICE,
        Column("service_version", VARCHAR, "service.version resource attribute.", nullable=True),
        Column("severity_number", INTEGER, "OTel severity number, 1-24 (17+ is ERROR or worse)."),
        Column("severity_text", VARCHAR, "Severity as the emitter wrote it.", nullable=True),
        Column("is_error", BOOLEAN, "True when severity_number >= 17."),
        Column("body", VARCHAR, "The log message."),
        Column("attributes", STRING_MAP, "Log attributes, values as text."),
        Column("trace_id", VARCHAR, "Trace id (hex) when the log is in a trace.", nullable=True),
        Column("span_id", VARCHAR, "Span id (hex).", nullable=True),
        Column("timestamp", TIMESTAMPTZ, "When the event happened (UTC)."),
        _SOURCE,
    ),
    time_column="timestamp",
)

RESOLUTIONS = Table(
    "resolutions",
    Resolution,
    "How an alert group ended: root cause, what fixed it, links.",
    (
        _ID,
        _WORKSPACE,
        Column("group_id", VARCHAR, "The alert group this resolves."),
        Column("resolved_at", TIMESTAMPTZ, "When it was resolved (UTC)."),
        Column("root_cause", VARCHAR, "Root cause, when written down.", nullable=True),
        Column("fix", VARCHAR, "What fixed it."),
        Column("links", VARCHAR_LIST, "Postmortem, PR, runbook links."),
        Column("resolved_by", VARCHAR, "Who resolved it.", nullable=True),
        _SOURCE,
    ),
    time_column="resolved_at",
)

DLQ = Table(
    "dlq",
    DeadLetter,
    "Input that could not become a record: the original bytes, where they came from, why.",
    (
        _ID,
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

TABLES: tuple[Table, ...] = (
    ALERT_EVENTS,
    CHANGE_EVENTS,
    AUDIT_LOG,
    METRIC_POINTS,
    LOG_EVENTS,
    RESOLUTIONS,
    DLQ,
)
TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
_TABLE_BY_TYPE: dict[type, Table] = {t.record: t for t in TABLES}

ALERTS_FIRING = View(
    "alerts_firing",
    "Alerts whose latest state (per workspace and fingerprint) is firing.",
    """
SELECT * FROM (
    SELECT * FROM alert_events
    QUALIFY row_number() OVER (
        PARTITION BY workspace_id, fingerprint
        ORDER BY starts_at DESC, status = 'resolved' DESC, ends_at DESC NULLS LAST, id
    ) = 1
)
WHERE status = 'firing'
""",
    ("alert_events",),
)

DLQ_SUMMARY = View(
    "dlq_summary",
    "Dead letters counted by source topic, refusing step and payload format.",
    """
SELECT
    source_topic,
    step,
    format,
    count(*) AS dead_letters,
    min(received_at) AS first_received_at,
    max(received_at) AS last_received_at,
    arg_max(reason, received_at) AS latest_reason
FROM dlq
GROUP BY source_topic, step, format
""",
    ("dlq",),
)

VIEWS: tuple[View, ...] = (ALERTS_FIRING, DLQ_SUMMARY)


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
        wrong = sorted(k.__name__ for k in kinds - {spec.record})
        raise TypeError(f"DuckDB store: table {spec.name!r} holds {spec.record.__name__}, got {', '.join(wrong)}")
    with _gc_paused():
        columns = list(zip(*map(spec._getter, records), strict=True))
        arrays = [column.type.array(values) for column, values in zip(spec.columns, columns)]
    return pa.Table.from_arrays(arrays, schema=spec.arrow_schema)


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
