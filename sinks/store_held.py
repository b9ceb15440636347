"""Batches of records the store's writer partition holds, then converts to Arrow together.

The source hands an aligned backlog over a few dozen messages at a time, and converting a batch
that small costs about twice as much a record as a few hundred together (a call per column and
table, whatever its length). :class:`Held` keeps the batches (:class:`~signalcraft.sinks.duckdb_sink.ToStore`)
that reached the writer's worker unconverted and converts them in one call; the column batches among
them (alert events decoded as rows) are joined into one per run of the same shape
(:func:`join_column_batches`).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain
from typing import Any, ClassVar

import pyarrow as pa

from signalcraft.sinks.columns import split_column_batches

REFUSALS = (pa.ArrowException, TypeError, ValueError, OverflowError)
"""What a conversion raises for a value its column cannot hold."""


class Held:
    """Batches (each with ``contents``, the records a list may end with column batches of, and
    ``rows()``, its own conversion) held until :meth:`take`. A table's rows come out in the order
    they came; when Arrow refuses a record, each batch is converted on its own (``rows()``: the
    refused rows become dead letters as they did, and the rest of that batch is not converted one
    record at a time). ``convert``: :func:`~signalcraft.sinks.duckdb_sink.arrow_batches`."""

    CONVERT_ROWS = 4096
    """Rows held before they are converted (a few hundred convert at near the cost of many thousands)."""

    def __init__(self, convert: Callable[..., dict[str, pa.Table]]) -> None:
        self.batches: list[Any] = []
        self.rows = 0
        self._convert = convert

    def add(self, batch: Any) -> None:
        self.batches.append(batch)
        records, columns = split_column_batches(batch.contents)
        self.rows += len(records) + sum(map(len, columns))

    def take(self) -> list[dict[str, pa.Table]]:
        """The held batches as Arrow tables by table (in order, each table's rows as they came); none held after."""
        batches, self.batches, self.rows = self.batches, [], 0
        if len(batches) < 2:
            return [b.rows() for b in batches]
        split = [split_column_batches(b.contents) for b in batches]
        records = [r for rs, _ in split for r in rs]
        try:
            columns = join_column_batches([c for _, cs in split for c in cs])
            return [self._convert([*records, *columns], each_on_refusal=False)]
        except REFUSALS:
            return [b.rows() for b in batches]


class JoinedColumns:
    """Column batches of one table, each with every column as a list (no runs), as one: the
    :class:`~signalcraft.sinks.columns.ColumnBatch` of their rows, one batch after another. Made by
    :meth:`of`, as a subclass naming the table (a column batch's type names its table)."""

    __slots__ = ("_parts", "columns")
    table_name: str = ""
    runs: tuple = ()
    _BY_TABLE: ClassVar[dict[str, type[JoinedColumns]]] = {}

    @classmethod
    def of(cls, first: Any, columns: dict[str, list[Any]]) -> JoinedColumns:
        kind = cls._BY_TABLE.get(first.table_name)
        if kind is None:
            kind = cls._BY_TABLE[first.table_name] = type(f"JoinedColumns[{first.table_name}]", (cls,),
                                                          {"__slots__": (), "table_name": first.table_name})
        return kind(first, columns)

    def __init__(self, first: Any, columns: dict[str, list[Any]]) -> None:
        self.columns = {name: list(values) for name, values in columns.items()}
        self._parts = [first]

    def add(self, batch: Any, columns: dict[str, list[Any]]) -> None:
        for name, values in self.columns.items():
            values += columns[name]
        self._parts.append(batch)

    def __len__(self) -> int:
        return sum(map(len, self._parts))

    def records(self) -> list[Any]:
        return list(chain.from_iterable(p.records() for p in self._parts))


def join_column_batches(batches: list[Any]) -> list[Any]:
    """``batches`` (column batches, in order) with each run of batches of one type and table, no
    runs and the same columns joined into one :class:`JoinedColumns`; the others as they are.
    Reading a batch's columns may raise as converting it does (a naive time).

    >>> from signalcraft.sinks.columns import is_column_batch
    >>> class Rows(list):
    ...     table_name, runs = "t", ()
    ...     columns = property(lambda self: {"id": list(self)})
    >>> joined = join_column_batches([Rows(["a"]), Rows(["b", "c"]), Rows()])
    >>> [(type(b).__name__, b.table_name, b.columns, len(b), is_column_batch(b)) for b in joined]
    [('JoinedColumns[t]', 't', {'id': ['a', 'b', 'c']}, 3, True)]
    """
    out: list[Any] = []
    for batch in batches:
        if not len(batch):
            continue
        if batch.runs:
            out.append(batch)
            continue
        columns = batch.columns
        last = out[-1] if out else None
        if (isinstance(last, JoinedColumns) and type(last._parts[0]) is type(batch)
                and last.table_name == batch.table_name and last.columns.keys() == columns.keys()):
            last.add(batch, columns)
        else:
            out.append(JoinedColumns.of(batch, columns))
    return out
