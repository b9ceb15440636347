"""Event-time series for the anomaly flow: records into closed buckets per key (no Bytewax).

Four kinds of series, each keyed by what it measures:

- ``alerts``: firing alerts per workspace/project/environment/service per bucket (the
  "error velocity"); a bucket without alerts is a real zero and is emitted as one;
- ``logs``: the share of error logs per workspace/project/environment/service per bucket
  (errors / total); a bucket without logs has no rate and is skipped;
- ``metric``: every :class:`MetricPoint` series (workspace and ``metric_key``), the mean
  of its finite samples per bucket; a bucket without samples is a gap, not a zero;
- ``pattern``: the lines of one log template per workspace/project/environment/service
  per bucket (each a :class:`PatternHit` from the log-pattern step); zero-filled like alerts.

A bucket closes once the key's clock (the latest event time seen for it) has passed its
end by ``allowed_lateness``; closed buckets come out in time order, zero-filled where
zero is what an empty bucket means (at most ``max_fill`` of them: a key silent for days
does not emit days of zeros at once — the baseline learns the gap as one). A record for
a bucket already closed is *late*: it is counted in the state (``late``) and returned
as a :class:`Late` with the reason.

``SeriesFolder.step`` updates the state it is given in place and returns it. An alert event
may come as its row (:class:`~signalcraft.sources.alert_rows.AlertRow`, read by name as the
record is): the same key, labels, bucket and state; a late row comes back as its record.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import Literal, NamedTuple

from signalcraft.models import AlertEvent, LogRecord, MetricPoint
from signalcraft.sources.alert_rows import ALERTS, AlertRow, record_of

Kind = Literal["alerts", "logs", "metric", "pattern"]
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NONE: tuple = ()
"""What :meth:`SeriesFolder.step` returns when a record closes nothing (no list made for it)."""
_EMPTY = (0.0, 0.0, 0.0)
"""A bucket without records: sum, count and errors."""
_floor = math.floor
_tuple_new = tuple.__new__
"""``_tuple_new(SeriesPoint, fields)`` is ``SeriesPoint(*fields)`` without the named tuple's
Python-level ``__new__`` (a call per bucket)."""


class SeriesPoint(NamedTuple):
    """One closed bucket of one series. Immutable; a named tuple, not a frozen dataclass,
    because one is made for every bucket of every series (0.4 µs, not 1.2)."""

    key: str
    kind: Kind
    workspace_id: str
    start: datetime
    value: float
    samples: int
    """Records behind the value (alerts, logs or metric samples); 0 for a filled zero."""
    labels: Mapping[str, str] = MappingProxyType({})
    """What the series is about, for routing: project, environment, service; or metric
    (the series' own, shared by its points: read, never changed)."""


@dataclass(frozen=True, slots=True)
class PatternHit:
    """One log line of a watched template, as the count series of that template sees it."""

    id: str
    """The log record's id."""
    workspace_id: str
    project: str
    environment: str
    service: str
    template_id: str
    template: str
    timestamp: datetime


@dataclass(frozen=True, slots=True)
class Late:
    """A record that came after its bucket closed, and why it no longer counts."""

    record: AlertEvent | LogRecord | MetricPoint | PatternHit
    key: str
    reason: str


@dataclass(slots=True)
class SeriesState:
    """Open buckets of one key: bucket index -> (sum, count, errors); small and picklable.

    A bucket's numbers are a tuple, replaced by each record; for a bucket of one sample its
    count and errors are shared constants, so closing it reads two objects (a list and three
    floats were five). A state saved by an older release holds lists, read the same way.
    """

    key: str
    kind: Kind
    workspace_id: str
    labels: dict[str, str] = field(default_factory=dict)
    clock: float = -math.inf
    """Latest event time seen, epoch seconds."""
    next_bucket: int | None = None
    """The first bucket not emitted yet; older ones are closed."""
    open: dict[int, tuple[float, float, float]] = field(default_factory=dict)
    late: int = 0


def series_labels(record: AlertEvent | LogRecord | MetricPoint | PatternHit) -> dict[str, str]:
    """The routing labels of the series ``record`` feeds: a metric's own labels (its
    service, project, environment, ...) and its name as ``metric``.

    >>> from datetime import timezone
    >>> p = MetricPoint(id="m", workspace_id="acme", metric_key='cpu{job="api"}', name="cpu",
    ...     labels={"job": "api", "service": "payments-api"},
    ...     value=0.5, timestamp=datetime(2024, 1, 1, tzinfo=timezone.utc), source="t")
    >>> series_labels(p)
    {'job': 'api', 'service': 'payments-api', 'metric': 'cpu'}
    """
    if isinstance(record, MetricPoint):
        return {**record.labels, "metric": record.name}
    if isinstance(record, PatternHit):
        return {"project": record.project, "environment": record.environment, "service": record.service,
                "template_id": record.template_id, "template": record.template}
    return {"project": record.project, "environment": record.environment, "service": record.service}


def series_key(record: AlertEvent | LogRecord | MetricPoint | PatternHit) -> tuple[Kind, str] | None:
    """The kind and key of the series ``record`` feeds, or ``None`` (a resolved alert).

    >>> from datetime import timezone
    >>> p = MetricPoint(id="m", workspace_id="acme", metric_key='cpu{job="api"}', name="cpu",
    ...     value=0.5, timestamp=datetime(2024, 1, 1, tzinfo=timezone.utc), source="t")
    >>> series_key(p)
    ('metric', 'metric:acme/cpu{job="api"}')

    The kind leads the key: a service's alert volume and its log error rate are two series.
    """
    if isinstance(record, MetricPoint):
        return "metric", f"metric:{record.workspace_id}/{record.metric_key}"
    if isinstance(record, ALERTS):
        if record.status != "firing":
            return None
        return "alerts", alert_key(record)
    if isinstance(record, LogRecord):
        return "logs", f"logs:{record.workspace_id}/{record.project}/{record.environment}/{record.service}"
    if isinstance(record, PatternHit):
        w = record
        return "pattern", f"pattern:{w.workspace_id}/{w.project}/{w.environment}/{w.service}/{w.template_id}"
    return None


def alert_key(alert: AlertEvent | AlertRow) -> str:
    """The key of the alert-volume series a firing alert event (or its row) feeds."""
    return f"alerts:{alert.workspace_id}/{alert.project}/{alert.environment}/{alert.service}"


class SeriesFolder:
    """Fold the records of one series key into closed :class:`SeriesPoint` buckets.

    >>> from datetime import timezone
    >>> t0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
    >>> def alert(i, minutes):
    ...     return AlertEvent(id=f"a{i}", workspace_id="w", project="p", environment="prod",
    ...         service="api", name="X", severity="critical", status="firing", fingerprint=f"f{i}",
    ...         starts_at=t0 + timedelta(minutes=minutes), source="t")
    >>> folder = SeriesFolder(bucket=timedelta(minutes=1), allowed_lateness=timedelta(minutes=1))
    >>> state, out = None, []
    >>> for i, m in enumerate([0.1, 0.5, 3.2, 5.5]):
    ...     state, got = folder.step(state, alert(i, m))
    ...     out += got
    >>> [(p.start.minute, p.value, p.samples) for p in out]
    [(0, 2.0, 2), (1, 0.0, 0), (2, 0.0, 0), (3, 1.0, 1)]
    """

    def __init__(
        self,
        bucket: timedelta = timedelta(minutes=1),
        allowed_lateness: timedelta = timedelta(minutes=2),
        max_fill: int = 1440,
    ):
        if bucket <= timedelta(0):
            raise ValueError(f"series: bucket {bucket!r} is not positive")
        if allowed_lateness < timedelta(0):
            raise ValueError(f"series: allowed_lateness {allowed_lateness!r} is negative")
        self.bucket = bucket
        self.allowed_lateness = allowed_lateness
        self.max_fill = max_fill
        self._step_s = bucket.total_seconds()
        self._lateness_s = allowed_lateness.total_seconds()
        self._starts: dict[int, datetime] = {}
        """Bucket index -> its start: every series closes the same few buckets, which share one datetime."""

    def step(
        self, state: SeriesState | None, record: AlertEvent | LogRecord | MetricPoint | PatternHit
    ) -> tuple[SeriesState, Sequence[SeriesPoint | Late]]:
        """Fold one record; return the state and the buckets it closed, or its :class:`Late`."""
        if type(record) is MetricPoint:  # the most common record, without the checks of series_key
            kind, key = "metric", f"metric:{record.workspace_id}/{record.metric_key}"
            t, value, error = record.timestamp.timestamp(), record.value, False
            if value - value != 0.0:  # NaN or inf: a sample that carries no level (the store keeps it as sent)
                value = None
        elif type(record) is AlertRow and record.status == "firing":  # the flow's alert events: no type checks
            kind, key = "alerts", alert_key(record)
            t, value, error = record.starts_at.timestamp(), 1.0, False
        else:
            found = series_key(record)
            if found is None:
                raise ValueError(f"series: {type(record).__name__} {record.id!r} feeds no series")
            kind, key = found
            t, value, error = _event_time(record), 1.0, isinstance(record, LogRecord) and record.is_error
            if isinstance(record, MetricPoint):
                value = record.value if math.isfinite(record.value) else None
        if state is None:
            state = SeriesState(key=key, kind=kind, workspace_id=record.workspace_id, labels=series_labels(record))
        elif state.key != key:
            raise ValueError(f"series: record {record.id!r} has key {key!r}, state is for {state.key!r}")
        step = self._step_s
        index = _floor(t // step)  # int() of the floored float, without the int type's call
        first = state.next_bucket
        if first is not None and index < first:
            return state, [self._late(state, record, key, t)]
        if value is None:
            return state, _NONE
        cell = state.open.get(index)
        if cell is None:  # a new bucket: 0.0 plus the record, as the sums below
            state.open[index] = (0.0 + value, 1.0, 0.0 + error if error else 0.0)
        else:
            total, count, errors = cell
            state.open[index] = (total + value, count + 1, errors + error)
        if first is None:
            state.next_bucket = first = index
        if t > state.clock:
            state.clock = t
        closable = (state.clock - self._lateness_s) // step  # buckets ending by then (as _close counts them)
        if first >= closable:
            return state, _NONE
        if first + 1 >= closable:  # the usual: one bucket closes, and it has records
            cell = state.open.pop(first, None)
            if cell is not None:
                state.next_bucket = first + 1
                return state, [self._point(state, first, cell)]
        return state, self._close(state)

    def _late(self, state: SeriesState, record: AlertEvent | LogRecord | MetricPoint | PatternHit, key: str,
              t: float) -> Late:
        state.late += 1
        closed = datetime.fromtimestamp(state.next_bucket * self._step_s, UTC)
        why = (
            f"series {key}: event time {datetime.fromtimestamp(t, UTC).isoformat()} is in a bucket "
            f"closed before {closed.isoformat()} (allowed lateness {self.allowed_lateness})"
        )
        return Late(record_of(record) if type(record) is AlertRow else record, key, why)

    def _close(self, state: SeriesState) -> list[SeriesPoint]:
        step = self._step_s
        closable = int((state.clock - self._lateness_s) // step)  # buckets ending by then
        out: list[SeriesPoint] = []
        index = state.next_bucket
        while index is not None and index < closable:
            cell = state.open.pop(index, None)
            if cell is not None:
                out.append(self._point(state, index, cell))
                index += 1
                continue
            upcoming = min(state.open) if state.open else closable
            gap_end = min(upcoming, closable)
            if state.kind in ("alerts", "pattern"):
                fill_from = max(index, gap_end - self.max_fill)
                out += [self._point(state, i, _EMPTY) for i in range(fill_from, gap_end)]
            index = gap_end
        state.next_bucket = index
        return out

    def _point(self, state: SeriesState, index: int, cell: tuple[float, float, float]) -> SeriesPoint:
        total, count, errors = cell
        kind = state.kind
        if kind == "metric":
            value = total / count
        elif kind == "logs":
            value = errors / count
        else:
            value = count
        start = self._starts.get(index)
        if start is None:
            if len(self._starts) >= 4096:
                self._starts.clear()
            start = self._starts[index] = _EPOCH + timedelta(seconds=index * self._step_s)
        return _tuple_new(SeriesPoint, (state.key, kind, state.workspace_id, start, value, _floor(count), state.labels))


def _event_time(record: AlertEvent | LogRecord | MetricPoint | PatternHit) -> float:
    t = record.starts_at if isinstance(record, ALERTS) else record.timestamp
    return t.timestamp()
