"""The writer hands DuckDB a map column's repeated maps once a chunk (an Arrow dictionary array,
:func:`~signalcraft.sinks.duckdb_insert.dictionary_maps`): the same rows are stored as from the plain
map arrays, and the dictionary holds each distinct map once."""

from __future__ import annotations

import random

import duckdb
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signalcraft.models import RawMessage
from signalcraft.operators.ingest import BatchDecoder
from signalcraft.params import Identity
from signalcraft.sinks.duckdb_insert import dictionary_maps, insert_batch
from signalcraft.sinks.duckdb_sink import arrow_batches
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from signalcraft.sinks.schema import TABLES_BY_NAME
from tests.support import load_benchmark

STRING_MAP = pa.map_(pa.string(), pa.string())
TEXT = st.sampled_from(["", "a", "b", "ab", "a\x00b", "\x00", "é", "1", "10", "0"])
MAPS = st.lists(st.dictionaries(TEXT, TEXT, max_size=4), min_size=0, max_size=40)


def _distinct(maps: list[dict[str, str]]) -> int:
    return len({tuple(m.items()) for m in maps})


@settings(max_examples=400, deadline=None)
@given(maps=MAPS, start=st.integers(0, 5), repeat=st.integers(1, 3))
def test_the_dictionary_holds_each_distinct_map_once_and_gives_the_same_rows(maps, start, repeat):
    """Rows equal only when their entries are, in order ({"a": "1", "b": "2"} is not {"b": "2", "a":
    "1"}, {} not {"": ""}); a slice of a larger array too; ``None`` only where it would not pay."""
    rows = maps * repeat
    array = pa.array([{"x": "y"}] * start + rows, STRING_MAP).slice(start)
    encoded = dictionary_maps(array)
    if encoded is None:
        assert len(rows) < 2 or _distinct(rows) * 2 > len(rows) or not any(rows)
        return
    assert encoded.dictionary.take(encoded.indices).equals(array)
    assert len(encoded.dictionary) == _distinct(rows)
    assert len({tuple(m) for m in encoded.dictionary.to_pylist()}) == len(encoded.dictionary)


def test_more_distinct_than_half_stay_plain():
    maps = pa.array([{"pod": f"p{i}"} for i in range(10)] + [{"pod": "p0"}] * 9, STRING_MAP)
    assert dictionary_maps(maps) is None
    assert dictionary_maps(maps.slice(0, 10)) is None
    assert dictionary_maps(pa.concat_arrays([maps, pa.array([{"pod": "p0"}], STRING_MAP)])) is not None


@pytest.fixture(scope="module")
def alerts() -> pa.Table:
    """Native alerts and Alertmanager webhooks of the ingest benchmark, as the flow hands them to the writer."""
    bench = load_benchmark("ingest")
    payloads = bench.native_events(3_000, random.Random(5)) + bench.alertmanager_events(3_000, random.Random(6))
    messages = [RawMessage("alerts", 0, i, value, None, headers) for i, (value, headers) in enumerate(payloads)]
    decoded = BatchDecoder({"alerts": "alerts"}, Identity(), alert_rows=True)(messages)
    return arrow_batches(decoded.stored())["alert_events"]


def test_the_writer_hands_duckdb_dictionary_maps_of_alert_rows(alerts):
    batch = insert_batch(TABLES_BY_NAME["alert_events"], [alerts])
    for name in ("labels", "annotations"):
        assert pa.types.is_dictionary(batch[name].type), name
        assert batch[name].type.value_type == STRING_MAP
    assert batch.num_rows == alerts.num_rows


def test_the_store_holds_the_same_rows_as_a_plain_insert(tmp_path, alerts):
    """Through the writer (dictionary maps, with a chunk of distinct labels that stays plain and one of
    repeated labels in the same write) and a plain ``INSERT ... SELECT * FROM`` the Arrow table."""
    head = alerts.slice(0, 50)
    labels = [{**dict(m), "pod": f"pod-{i}"} for i, m in enumerate(head["labels"].to_pylist())]
    columns = {**{name: head[name] for name in head.column_names}, "id": pa.array([f"u{i}" for i in range(50)]),
               "labels": pa.array(labels, STRING_MAP)}
    unique = pa.Table.from_arrays([columns[name] for name in head.column_names], schema=head.schema)
    path = tmp_path / "store.duckdb"
    writer = DuckDBWriter(path)
    writer.add_arrow("alert_events", alerts)
    writer.add_arrow("alert_events", unique)
    writer.flush()
    writer.add_arrow("alert_events", unique)  # a plain write of its own (distinct labels)
    writer.add_arrow("alert_events", alerts.slice(0, 100))  # replays write nothing
    writer.flush()
    writer.close()
    table = TABLES_BY_NAME["alert_events"]
    columns = ", ".join(table.column_names)
    with duckdb.connect() as con:
        con.execute(table.ddl())
        con.register("plain", pa.concat_tables([alerts, unique]))
        con.execute("INSERT INTO alert_events SELECT * FROM plain")
        want = con.execute(f"SELECT {columns} FROM alert_events ORDER BY id").fetchall()
    with duckdb.connect(str(path), read_only=True) as con:
        got = con.execute(f"SELECT {columns} FROM alert_events ORDER BY id").fetchall()
    assert len(got) == alerts.num_rows + 50
    assert got == want


def test_an_update_on_conflict_takes_dictionary_maps_as_plain_ones():
    """The versioned tables' ``ON CONFLICT (id) DO UPDATE`` (alert groups, warnings, suggestions) stores
    from a dictionary map column what it stores from the plain one."""
    first = pa.table({"id": ["a", "b", "c", "d"], "v": [1, 1, 1, 1],
                      "m": pa.array([{"k": "1"}, {"k": "1"}, {"k": "2"}, {"k": "1"}], STRING_MAP)})
    later = pa.table({"id": ["a", "b", "e", "f"], "v": [2, 0, 1, 1],
                      "m": pa.array([{"k": "3"}, {"k": "3"}, {"k": "3"}, {"k": "1", "j": "0"}], STRING_MAP)})
    sql = ("INSERT INTO t SELECT * FROM batch ON CONFLICT (id) DO UPDATE SET v = EXCLUDED.v, m = EXCLUDED.m "
           "WHERE EXCLUDED.v > t.v")
    stored = []
    for encode in (False, True):
        with duckdb.connect() as con:
            con.execute("CREATE TABLE t (id VARCHAR PRIMARY KEY, v INTEGER, m MAP(VARCHAR, VARCHAR))")
            for batch in (first, later):
                if encode:
                    maps = dictionary_maps(batch["m"].chunk(0))
                    assert maps is not None
                    batch = batch.set_column(2, "m", maps)
                con.register("batch", batch)
                con.execute(sql)
                con.unregister("batch")
            stored.append(con.execute("SELECT * FROM t ORDER BY id").fetchall())
    assert stored[0] == stored[1]
    assert stored[1][0] == ("a", 2, {"k": "3"})
