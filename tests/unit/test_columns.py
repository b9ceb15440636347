"""The store's column builders make exactly the array ``pyarrow.array`` makes of the same
values, and refuse (or take) what it refuses (or takes): timestamps in any zone, naive or
missing; maps of strings, empty, with odd keys or values; whole batches of records."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pyarrow as pa
from hypothesis import given
from hypothesis import strategies as st

from signalcraft.sinks.columns import STRING_MAP, TIMESTAMPTZ, VARCHAR, SqlType
from signalcraft.sinks.schema import TABLES_BY_NAME, to_arrow
from tests.support import load_benchmark
from tests.unit.test_fast_alerts import PROPERTY


def plain(column: SqlType, values: list[Any]) -> Any:
    """What ``pyarrow.array`` alone makes of ``values``: an array, or the type of its refusal."""
    try:
        return pa.array(values, type=column.arrow)
    except Exception as e:  # noqa: BLE001 - the refusal is the answer
        return type(e)


def built(column: SqlType, values: list[Any]) -> Any:
    try:
        return column.array(values)
    except Exception as e:  # noqa: BLE001
        return type(e)


def same(column: SqlType, values: list[Any]) -> None:
    want, got = plain(column, values), built(column, values)
    if isinstance(want, pa.Array):
        assert isinstance(got, pa.Array) and got.type == want.type and got.equals(want), values
        assert got.to_pylist() == want.to_pylist()
    else:
        assert got is want, values


zones = st.one_of(st.just(UTC), st.none(), st.integers(-23 * 60, 23 * 60).map(
    lambda m: timezone(timedelta(minutes=m))))
times = st.builds(lambda t, z: t.replace(tzinfo=z), st.datetimes(min_value=datetime(1, 1, 2),
                                                                  max_value=datetime(9999, 12, 30)), zones)


@PROPERTY
@given(values=st.lists(st.one_of(times, st.none(), st.sampled_from([datetime(2026, 1, 1, tzinfo=UTC)])),
                       max_size=30))
def test_timestamps_as_pyarrow_makes_them(values):
    same(TIMESTAMPTZ, values)


odd = st.one_of(st.text(max_size=5), st.none(), st.integers(), st.sampled_from(["", "é中", "\x00"]))


@PROPERTY
@given(values=st.lists(st.one_of(
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=6),
    st.dictionaries(odd, odd, max_size=3),
    st.none(), st.just({}), st.just([("a", "b")]), st.just("ab")), max_size=20))
def test_string_maps_as_pyarrow_makes_them(values):
    same(STRING_MAP, values)


class _Text(str):
    """A string of its own type (as a ``StrEnum``'s member is)."""


def _other(text: str) -> str:
    """An equal string that is another object."""
    return "".join(list(text))


@PROPERTY
@given(values=st.lists(st.one_of(st.sampled_from(["prod", "", "é中"]), st.text(max_size=3), st.none()), max_size=30),
       one=st.sampled_from(["prod", "", "é中", "x" * 40]), n=st.integers(1, 40), at=st.integers(0, 39),
       odd=st.one_of(st.none(), st.sampled_from(["prod", "", "y"]), st.integers(), st.just(b"prod")))
def test_text_columns_as_pyarrow_makes_them(values, one, n, at, odd):
    """A text column of one string throughout is made from it once: the same array as each converted, for
    one object, equal strings that are other objects and strings of another type; a column with any
    other value in any place (``None``, another string, an int, bytes) converted as ``pyarrow.array`` does."""
    same(VARCHAR, values)
    column = [one] * n
    same(VARCHAR, column)
    same(VARCHAR, [one, *(_other(one) for _ in range(n))])
    same(VARCHAR, [one, *(_Text(one) for _ in range(n)), one])
    column[at % n] = odd
    same(VARCHAR, column)
    same(VARCHAR, [*column, one])


def test_the_benchmark_batches_convert_as_before():
    ingest = load_benchmark("ingest")
    from signalcraft.models import RawMessage
    from signalcraft.operators.ingest import BatchDecoder
    from signalcraft.params import Identity

    table = TABLES_BY_NAME["alert_events"]
    for make in (ingest.native_events, ingest.alertmanager_events):
        messages = make(500, random.Random(3))
        records = BatchDecoder({"t": "alerts"}, Identity())(
            [RawMessage("t", 0, i, v, None, h) for i, (v, h) in enumerate(messages)]).records
        got = to_arrow(table, records)
        columns = list(zip(*(table._getter(r) for r in records), strict=True))
        want = pa.Table.from_arrays([pa.array(list(values), type=c.type.arrow) for c, values in
                                     zip(table.columns, columns, strict=True)], schema=table.arrow_schema)
        assert got.equals(want)


_POOL = [{"a": "1"}, {"a": "1"}, {}, {"b": "2", "a": "1"}, {"x": None}, {"k": 1}, {"é": "中", "": ""}]


@PROPERTY
@given(picks=st.lists(st.one_of(st.integers(0, len(_POOL) - 1), st.none(), st.just(-1)), max_size=40))
def test_shared_string_maps_as_pyarrow_makes_them(picks):
    """Rows that share their dicts (decode's maps, one object a text) take the converted dict of
    their own object: equal dicts that are other objects, ``None``, odd values and fresh dicts mixed in."""
    values = [None if p is None else {"fresh": str(len(picks))} if p == -1 else _POOL[p] for p in picks]
    same(STRING_MAP, values)


def test_shared_string_maps_keep_each_rows_place():
    from signalcraft.sinks.columns import _by_object, _string_maps

    maps = [{"n": str(i)} for i in range(7)]
    values = [maps[i * 5 % 7] for i in range(60)]
    shared = _by_object(values)
    assert shared is not None and len(shared[0]) == 7
    assert _string_maps(values).to_pylist() == [list(m.items()) for m in values]
    assert _by_object([*values[:7], {"n": "x"}]) is None  # more than half distinct: each converted
