"""Alert events as rows, not records: what the store, silence mining, change correlation and the
anomaly watch read of a batch of alerts (a record is made of a row only where one is needed: a late
alert's dead letter).

:class:`AlertRow` is an :class:`~signalcraft.models.AlertEvent`'s fields in their order (values
exactly as the record holds them) and its fields set: a tuple, so a batch's rows become the
store's columns at C speed (``zip(*rows)``), and silence mining reads a row's fields by name as
it reads a record's. The fast path (:mod:`~signalcraft.sources.fast_alerts`) makes rows and the
record path its records from them (:func:`record_of`), so both hold the same values.
:class:`AlertRows` is a batch's rows in order, with where they fall among the batch's other
records (:meth:`AlertRows.in_order`), so what reads them in order reads them as records would be.
"""

from __future__ import annotations

from datetime import datetime
from operator import attrgetter
from typing import Any, NamedTuple

from pydantic import BaseModel

from signalcraft.models import AlertEvent
from signalcraft.models.common import epoch_micros

__all__ = ["ALERTS", "FIELDS", "AlertRow", "AlertRows", "record_of", "row_of"]

FIELDS = tuple(AlertEvent.model_fields)
"""The record's fields in their order: ``__dict__`` of a validated record has them so."""


class AlertRow(NamedTuple):
    """One :class:`~signalcraft.models.AlertEvent` as its field values, in field order, and the
    fields set (the set the record would hold; shared by the rows of one shape)."""

    id: str
    workspace_id: str
    project: str
    environment: str
    service: str
    name: str
    severity: str
    status: str
    labels: dict[str, str]
    annotations: dict[str, str]
    fingerprint: str
    starts_at: datetime
    ends_at: datetime | None
    source: str
    generator_url: str | None
    fields_set: set[str]


ALERTS = (AlertRow, AlertEvent)
"""An alert event as its row or as its record (the same fields by name, the same values): what the
steps that read alert events take. The row first: the flow's, and a plain class's check is the cheaper."""


new_row = tuple.__new__
"""``new_row(AlertRow, values)``: a row without ``AlertRow.__new__``'s Python call (a third of the time)."""
_new, _set = object.__new__, object.__setattr__
_set_fields, _set_extra, _set_private = (
    BaseModel.__dict__[slot].__set__
    for slot in ("__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
)
"""What sets each of the record's slots directly (``object.__setattr__`` looks the name up first)."""
_VALUES = attrgetter(*FIELDS)


def build(values: dict[str, Any], fields_set: set[str]) -> AlertEvent:
    """An :class:`AlertEvent` of already-checked ``values`` (in field order), as validation
    would make it: the same ``__dict__``, fields set, no extra and no private state."""
    record = _new(AlertEvent)
    _set(record, "__dict__", values)
    _set_fields(record, fields_set)
    _set_extra(record, None)
    _set_private(record, None)
    return record


def record_of(row: AlertRow) -> AlertEvent:
    """The record ``row`` holds the fields of.

    >>> from signalcraft.sources.fast_alerts import fast_alert_rows
    >>> from signalcraft.params import Identity
    >>> body = b'{"alerts": [{"status": "firing", "labels": {"alertname": "Down"},'
    >>> body += b' "startsAt": "2024-01-01T00:00:00Z"}]}'
    >>> _, [row] = fast_alert_rows(body, "alerts", {"sc-format": "alertmanager"}, Identity())
    >>> record = record_of(row)
    >>> record.name, record.starts_at.isoformat(), row_of(record) == row
    ('Down', '2024-01-01T00:00:00+00:00', True)
    """
    return build(dict(zip(FIELDS, row, strict=False)), row[-1])  # the fields set is not a field


def row_of(record: AlertEvent) -> AlertRow:
    """The row of a record (made elsewhere: the full path)."""
    return new_row(AlertRow, (*_VALUES(record), record.__pydantic_fields_set__))


class AlertRows:
    """A batch's alert events as rows, in order, and where they fall among its other records.

    ``rows``: the rows (the fast path's, and those of records added with :meth:`add_records`, which
    :meth:`records` gives back as they were). ``order``: ``(at, upto)`` pairs, rows before index
    ``upto`` come before the batch's ``records[at:]`` (:meth:`place` records them).
    """

    table_name = "alert_events"
    """The table the rows are rows of (what the store reads them by)."""
    runs: tuple = ()
    """No column holds one value over a run of rows (:class:`~signalcraft.sinks.columns.ColumnBatch`)."""
    __slots__ = ("_given", "_made", "_placed", "order", "rows")

    def __init__(self) -> None:
        self.rows: list[AlertRow] = []
        self.order: list[tuple[int, int]] = []
        self._placed = 0
        self._given: dict[int, AlertEvent] = {}
        self._made: list[AlertEvent] | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def add_records(self, records: list[AlertEvent]) -> None:
        """Append records made elsewhere (the full path) as rows."""
        self._made = None
        for record in records:
            self._given[len(self.rows)] = record
            self.rows.append(row_of(record))

    def place(self, at: int) -> None:
        """The rows added since the last call come before the batch's ``records[at:]`` (call it
        before a record is added after rows, and at the end of a run of rows)."""
        if len(self.rows) > self._placed:
            self._placed = len(self.rows)
            self.order.append((at, self._placed))

    def records(self) -> list[AlertEvent]:
        """Every row as its record, in order (made once; a record added as one is given back)."""
        if self._made is None or len(self._made) != len(self.rows):
            given = self._given
            self._made = [given[i] if i in given else record_of(row) for i, row in enumerate(self.rows)]
        return self._made

    def in_order(self, records: list[Any], rows: list[Any]) -> list[Any]:
        """``records`` (the batch's others) and ``rows`` (these rows, or :meth:`records`) in the
        order the batch's messages made them.

        >>> batch = AlertRows()
        >>> batch.rows += ["a1", "a2"]; batch.place(0); batch.rows += ["a3"]; batch.place(2)
        >>> batch.in_order(["r1", "r2", "r3"], batch.rows)
        ['a1', 'a2', 'r1', 'r2', 'a3', 'r3']
        """
        out: list[Any] = []
        done = taken = 0
        for at, upto in self.order:
            out += records[done:at]
            out += rows[taken:upto]
            done, taken = at, upto
        out += records[done:]
        out += rows[taken:]
        return out

    @property
    def columns(self) -> dict[str, list[Any]]:
        """The ``alert_events`` columns by field, times as microseconds since the epoch
        (:func:`~signalcraft.sinks.columns.columns_to_arrow`). A naive time raises ``TypeError``
        (the store then converts the records one by one, as it does the record path's)."""
        values = list(zip(*self.rows, strict=True)) if self.rows else [()] * len(AlertRow._fields)
        out = dict(zip(FIELDS, values, strict=False))  # the fields set is not a column
        out["starts_at"], out["ends_at"] = epoch_micros(out["starts_at"]), epoch_micros(out["ends_at"])
        return out

