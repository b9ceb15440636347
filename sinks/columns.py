"""Column types and the table and view specs the DuckDB schema is written in.

A :class:`Table` is a list of :class:`Column` (name, DuckDB type, Arrow type and what
it means); its ``CREATE TABLE`` statement, Arrow schema and stored column comments
are all made from that list. The tables themselves are in
:mod:`signalcraft.sinks.schema`, the views in :mod:`signalcraft.sinks.views`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cached_property
from itertools import accumulate, chain
from operator import attrgetter, itemgetter
from typing import Any, Literal, Protocol

import numpy as np
import pyarrow as pa

from signalcraft.models import Matcher
from signalcraft.models.common import epoch_micros


@dataclass(frozen=True)
class SqlType:
    """A DuckDB column type, its Arrow twin and how to build an Arrow array of it."""

    sql: str
    arrow: pa.DataType
    prepare: Callable[[Sequence[Any]], Sequence[Any]] | None = None
    """Turns attribute values into what ``pyarrow.array`` takes; ``None``: as they are."""
    build: Callable[[Sequence[Any]], pa.Array] | None = None
    """A faster way to the array ``pyarrow.array`` makes of the values; it raises for values it
    does not take, and ``pyarrow.array`` decides (takes them or says why not, as always)."""

    def array(self, values: Sequence[Any]) -> pa.Array:
        if self.prepare is not None:
            values = self.prepare(values)
        if self.build is not None:
            try:
                return self.build(values)
            except Exception:  # noqa: BLE001 - pyarrow.array below takes or refuses them as it always did
                pass
        return pa.array(values, type=self.arrow)


def _matcher_tuples(values: Sequence[tuple[Matcher, ...]]) -> list[list[tuple[str, str, bool, bool]]]:
    return [[(m.name, m.value, m.is_regex, m.is_equal) for m in matchers] for matchers in values]


def _json_texts(values: Sequence[Any]) -> list[str]:
    return [json.dumps(v, sort_keys=True, default=str) for v in values]


def _pairs(values: Sequence[tuple[float, float]]) -> list[list[float]]:
    return [list(v) for v in values]


_TIMESTAMP = pa.timestamp("us", tz="UTC")
_STRING_MAP = pa.map_(pa.string(), pa.string())
_NO_ENTRIES: dict[str, str] = {}
_NO_KEYS = pa.array([], pa.string())


def _timestamps(values: Sequence[datetime | None]) -> pa.Array:
    """Aware datetimes (or ``None``) as the array ``pyarrow.array`` makes of them, in half the time
    (:func:`~signalcraft.models.common.epoch_micros`: each distinct time worked out once). A naive
    datetime raises (``pyarrow.array`` reads it as UTC).

    >>> from datetime import timedelta, timezone
    >>> t = datetime(2026, 3, 2, 1, 0, 0, 7, tzinfo=timezone(timedelta(hours=1)))
    >>> _timestamps([t, None, t]).equals(pa.array([t, None, t], _TIMESTAMP))
    True
    """
    return pa.array(_micros(values), pa.int64()).view(_TIMESTAMP)


_EPOCH, _US = datetime(1970, 1, 1, tzinfo=UTC), timedelta(microseconds=1)


def _micros(values: Sequence[datetime | None]) -> list[int | None]:
    """:func:`~signalcraft.models.common.epoch_micros` of ``values``, in half the time when each is an
    aware datetime or ``None`` (each time worked out, not looked up by object: a lookup costs about
    what the subtraction does); anything else goes to ``epoch_micros``, which takes it or raises as
    it does.

    >>> from datetime import timezone
    >>> t = datetime(2024, 1, 1, 1, 0, 0, 7, tzinfo=timezone(timedelta(hours=1)))
    >>> _micros([t, None, t]) == epoch_micros([t, None, t]) == [1704067200000007, None, 1704067200000007]
    True
    """
    try:
        return [None if t is None else (t - _EPOCH) // _US for t in values]
    except TypeError:  # a naive datetime (aware minus naive), or not a datetime
        return epoch_micros(values)


def _string_maps(values: Sequence[dict[str, str]]) -> pa.Array:
    """Dicts of strings as a map array, keys and values each converted in one go: the array
    ``pyarrow.array`` makes of them. ``None`` or a value not a string raises. Where the rows share
    their dicts (decode shares the maps of one JSON text: an alert's labels and annotations), each
    dict is converted once and the rows take theirs from those.

    >>> _string_maps([{"a": "1", "b": "2"}, {}]).equals(pa.array([{"a": "1", "b": "2"}, {}], _STRING_MAP))
    True
    >>> one = {"a": "1"}
    >>> _string_maps([one, one, {}, one]).equals(pa.array([one, one, {}, one], _STRING_MAP))
    True
    """
    if values and values.count(_NO_ENTRIES) == len(values):  # no entries at all (log lines without attributes)
        return pa.MapArray.from_arrays(pa.array(np.zeros(len(values) + 1, np.int32)), _NO_KEYS, _NO_KEYS,
                                       type=_STRING_MAP)
    shared = _by_object(values)
    if shared is not None:
        distinct, positions = shared
        return _each_map(distinct).take(pa.array(positions))
    return _each_map(values)


def _by_object(values: Sequence[Any]) -> tuple[list[Any], np.ndarray] | None:
    """The distinct objects of ``values`` (by identity: ``values`` holds each, so no two share an
    id) and each value's position among them (int32), when there are at most half as many as
    values; else ``None``. The ids are sorted in numpy rather than gathered in dicts (a third of
    the time for a batch of a few thousand rows).

    >>> a, b = {"a": "1"}, {"a": "1"}
    >>> distinct, positions = _by_object([a, b, a, a])
    >>> len(distinct), [distinct[p] is v for p, v in zip(positions, [a, b, a, a])]
    (2, [True, True, True, True])
    >>> _by_object([a, b, {}]) is None
    True
    """
    if len(values) < 2:
        return None
    ids = np.fromiter(map(id, values), np.uintp, len(values))
    unique, first, inverse = np.unique(ids, return_index=True, return_inverse=True)
    if len(unique) * 2 > len(values):
        return None
    return list(map(values.__getitem__, first.tolist())), inverse.astype(np.int32)


def _each_map(values: Sequence[dict[str, str]]) -> pa.Array:
    """:func:`_string_maps` of ``values``, each converted."""
    offsets = pa.array(list(accumulate(map(len, values), initial=0)), pa.int32())
    keys = pa.array(list(chain.from_iterable(values)), pa.string())
    items = pa.array(list(chain.from_iterable(map(dict.values, values))), pa.string())
    if keys.null_count or items.null_count:
        raise TypeError("a null key or value")
    return pa.MapArray.from_arrays(offsets, keys, items, type=_STRING_MAP)


def _strings(values: Sequence[Any]) -> pa.Array:
    """``pyarrow.array`` of a text column; one string throughout (a batch's workspace, source, status) made once.

    >>> _strings(["a"] * 3).equals(pa.array(["a"] * 3)), _strings(["a", "a", None]).equals(pa.array(["a", "a", None]))
    (True, True)
    """
    first = values[0] if values else None
    if type(first) is str and values[-1] is first and values.count(first) == len(values):
        return pa.repeat(pa.scalar(first, pa.string()), len(values))
    return pa.array(values, pa.string())


VARCHAR = SqlType("VARCHAR", pa.string(), build=_strings)
BOOLEAN = SqlType("BOOLEAN", pa.bool_())
INTEGER = SqlType("INTEGER", pa.int32())
BIGINT = SqlType("BIGINT", pa.int64())
DOUBLE = SqlType("DOUBLE", pa.float64())
BLOB = SqlType("BLOB", pa.binary())
TIMESTAMPTZ = SqlType("TIMESTAMPTZ", _TIMESTAMP, build=_timestamps)
STRING_MAP = SqlType("MAP(VARCHAR, VARCHAR)", _STRING_MAP, build=_string_maps)
VARCHAR_LIST = SqlType("VARCHAR[]", pa.list_(pa.string()))
_MATCHER = pa.struct(
    [("name", pa.string()), ("value", pa.string()), ("is_regex", pa.bool_()), ("is_equal", pa.bool_())]
)
JSON_TEXT = SqlType("VARCHAR", pa.string(), prepare=_json_texts)
"""A JSON document stored as text (``baseline::JSON`` or ``json_extract`` read it)."""
DOUBLE_PAIR = SqlType("DOUBLE[]", pa.list_(pa.float64()), prepare=_pairs)
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
    wins; with ``version_column`` set, only a higher version replaces a row, so a replay writes nothing).

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
    row: type | None = None
    """A plain row type its records may also come as (the join's correlations, the change reports): its
    fields named as the columns' sources (read by attribute, as a record's), its ``record()`` the record."""
    _getter: Callable[[Any], tuple[Any, ...]] = field(init=False, repr=False, compare=False)
    _fields_getter: Callable[[dict[str, Any]], tuple[Any, ...]] | None = field(init=False, repr=False,
                                                                               compare=False)

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
                raise ValueError(
                    f"table {self.name!r}: a time-column table keeps the first write; use a primary key to update"
                )
        sources = [c.source for c in self.columns]
        # attrgetter of several names returns one tuple per record, built in C: the fast path.
        getter = attrgetter(*sources) if len(sources) > 1 else (lambda r: (getattr(r, sources[0]),))
        object.__setattr__(self, "_getter", getter)
        object.__setattr__(self, "_fields_getter", _fields_getter(self.record, sources))

    @property
    def kinds(self) -> tuple[type, ...]:
        """The types stored in this table: its record, and its row type if it has one."""
        return (self.record,) if self.row is None else (self.record, self.row)

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
        out = [f"COMMENT ON TABLE {self.name} IS {quote(self.doc)}"]
        out += [f"COMMENT ON COLUMN {self.name}.{c.name} IS {quote(c.doc)}" for c in self.columns]
        return out


def tables_by_type(tables: Iterable[Table]) -> dict[type, Table]:
    """Each type the ``tables`` store (:attr:`Table.kinds`) -> its table."""
    return {kind: t for t in tables for kind in t.kinds}


def _fields_getter(record: type, sources: Sequence[str]) -> Callable[[dict[str, Any]], tuple[Any, ...]] | None:
    """What reads the columns of a record of type ``record`` from its ``__dict__``, when each is a
    field of a pydantic model that no class attribute shadows: there ``getattr`` returns what the
    instance's ``__dict__`` holds, after a look through the class's attributes and pydantic's
    ``__getattr__`` hook (a dict lookup instead of ~400 instructions a column). ``None``: read
    attributes.

    >>> from signalcraft.models import Resolution
    >>> _fields_getter(Resolution, ["id", "fix"])({"id": "r", "fix": "f", "source": "s"})
    ('r', 'f')
    >>> _fields_getter(Resolution, ["id"]) is None, _fields_getter(Resolution, ["id", "model_fields"]) is None
    (True, True)
    """
    fields = getattr(record, "model_fields", None)
    if not isinstance(fields, dict) or len(sources) < 2:
        return None
    if any(name not in fields or hasattr(record, name) for name in sources):
        return None
    return itemgetter(*sources)


class ColumnBatch(Protocol):
    """Rows of one table given column by column (a decoder's, without a record a row), as
    :func:`columns_to_arrow` takes them; ``records()`` gives the records they are, for what
    reads records (and for the rows Arrow refuses, which become dead letters as records do)."""

    table_name: str
    columns: dict[str, list[Any]]
    runs: list[tuple[dict[str, Any], int]]

    def __len__(self) -> int: ...

    def records(self) -> list[Any]: ...


def is_column_batch(item: object) -> bool:
    """Whether ``item`` is a :class:`ColumnBatch` (its type names the table it goes to)."""
    return isinstance(getattr(type(item), "table_name", None), str)


def split_column_batches(items: Iterable[Any]) -> tuple[Iterable[Any], list[Any]]:
    """``items`` without the :class:`ColumnBatch` es a list of them ends with, and those.

    >>> class Rows(list):
    ...     table_name = "t"
    >>> split_column_batches(["a", "b", Rows(), Rows([1])]), split_column_batches(iter(()))[1]
    ((['a', 'b'], [[], [1]]), [])
    """
    if not isinstance(items, list):
        return items, []
    end = len(items)
    while end and is_column_batch(items[end - 1]):
        end -= 1
    return (items, []) if end == len(items) else (items[:end], items[end:])


def columns_to_arrow(table: Table, columns: dict[str, Sequence[Any]],
                     runs: Sequence[tuple[dict[str, Any], int]]) -> pa.Table:
    """The Arrow table :func:`~signalcraft.sinks.schema.to_arrow` makes of the records these
    rows are: ``columns`` holds a list for each column that changes from row to row, by the
    record attribute it holds (times as microseconds since the epoch); ``runs`` the others, as
    ``(values by attribute, rows)``, one after another. Raises where ``to_arrow`` would (a value
    Arrow cannot hold), or for an int time out of range.

    >>> from datetime import UTC
    >>> from signalcraft.models import Resolution
    >>> from signalcraft.sinks.schema import TABLES_BY_NAME, to_arrow
    >>> r = Resolution(id="r", workspace_id="w", group_id="g", fix="f", source="s",
    ...     resolved_at=datetime(2024, 1, 1, tzinfo=UTC))
    >>> rows = {"id": ["r"], "resolved_at": [1704067200000000], "fix": ["f"]}
    >>> run = {k: getattr(r, k) for k in ("workspace_id", "group_id", "root_cause", "links", "resolved_by", "source",
    ...                                   "fingerprint")}
    >>> columns_to_arrow(TABLES_BY_NAME["resolutions"], rows, [(run, 1)]).equals(to_arrow("resolutions", [r]))
    True
    """
    indices = None
    arrays = []
    for column in table.columns:
        name = column.source
        values = columns.get(name)
        if values is not None:
            arrays.append(pa.array(values, pa.int64()).view(_TIMESTAMP) if column.type is TIMESTAMPTZ
                          else column.type.array(values))
            continue
        if indices is None:
            counts = [n for _, n in runs]
            indices = pa.array(np.repeat(np.arange(len(counts), dtype=np.int32), counts))
        arrays.append(column.type.array([values[name] for values, _ in runs]).take(indices))
    return pa.Table.from_arrays(arrays, schema=table.arrow_schema)


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
        return f"COMMENT ON VIEW {self.name} IS {quote(self.doc)}"


def quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"



ID = Column("id", VARCHAR, "Deterministic record id, '<kind>-<32 hex>'; a replay yields the same id.")
WORKSPACE = Column("workspace_id", VARCHAR, "SignalCraft workspace (tenant).")
PROJECT = Column("project", VARCHAR, "Project, from labels/headers ('unknown' when none).")
ENVIRONMENT = Column("environment", VARCHAR, "Environment, e.g. prod or staging ('unknown' when none).")
SERVICE = Column("service", VARCHAR, "Service, from labels/headers ('unknown' when none).")
SOURCE = Column("source", VARCHAR, "The tool or format the record came from, e.g. alertmanager.")
