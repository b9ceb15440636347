"""The store's batches of records converted together by the writer's partition (``ToStore``,
``Held``) store what converting each batch where it was made stores: the same rows in every
table, committed by the same snapshots, the same dead letters for the rows Arrow refuses, the
same groups told to the incident memory; pickled, a batch is the tables of its own conversion."""

from __future__ import annotations

import pickle
import random
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest

from signalcraft.models import AlertEvent
from signalcraft.sinks import duckdb_sink
from signalcraft.sinks.columns import columns_to_arrow, is_column_batch
from signalcraft.sinks.duckdb_sink import DuckDBSink, ToStore, arrow_batches
from signalcraft.sinks.schema import TABLES, TABLES_BY_NAME
from signalcraft.sinks.store_held import Held, join_column_batches
from signalcraft.sources.alert_rows import AlertRows
from tests.support import alert, audit, change, dead_letter
from tests.unit.test_resolutions import group


def _refused(i: int) -> AlertEvent:
    """An alert event whose label value Arrow cannot hold as text: the store makes it a dead letter."""
    good = alert(f"Refused{i}", "cart", "firing", i)
    return AlertEvent.model_construct(**{**dict(good), "labels": {"alertname": 7}})


def _record(rng: random.Random, i: int) -> Any:
    pick = rng.random()
    if pick < 0.4:
        return alert(f"A{rng.randrange(40)}", rng.choice(["cart", "api"]), rng.choice(["firing", "resolved"]),
                     rng.randrange(600), labels={"pod": f"p{rng.randrange(5)}"})
    if pick < 0.6:
        minute = rng.randrange(600)
        return change(f"c{rng.randrange(30)}-{minute}", "deployment", "github", minute, summary="deploy")
    if pick < 0.7:
        minute = rng.randrange(600)
        return audit(f"a{rng.randrange(20)}-{minute}", "ack", minute)
    if pick < 0.8:
        return dead_letter(rng.randrange(500))
    return group(f"g{rng.randrange(60)}", rng.randrange(100) / 10, f"fp{rng.randrange(9)}")


def batches(seed: int, n: int = 80, rows_as_columns: bool = False) -> list[list[Any]]:
    """Seeded batches of 0-60 records of several tables (ids met again with other values: which row
    a table keeps depends on the order and on the writes; one batch in 30 has a record Arrow
    refuses); with ``rows_as_columns`` the alert events come as rows (a column batch ending the list)."""
    rng = random.Random(seed)
    out = []
    for b in range(n):
        records = [_record(rng, b * 100 + i) for i in range(rng.choice([0, 1, 2, 5, 17, 40, 60]))]
        if records and rng.random() < 1 / 30:
            records.insert(rng.randrange(len(records)), _refused(b))
        if rows_as_columns:
            alerts = AlertRows()
            alerts.add_records([r for r in records if isinstance(r, AlertEvent)])
            records = [r for r in records if not isinstance(r, AlertEvent)] + ([alerts] if rng.random() < 0.9 else [])
        out.append(records)
    return out


class _Memory:
    def __init__(self) -> None:
        self.told: list[set[str]] = []

    def touched(self, ids: set[str]) -> None:
        self.told.append(set(ids))

    def close(self) -> None:
        pass


def _contents(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    out = {}
    for table in TABLES:
        columns = [c for c in table.column_names if not (table.name == "dlq" and c == "received_at")]
        out[table.name] = con.execute(f"SELECT {', '.join(columns)} FROM {table.name} ORDER BY id").fetchall()
    return out


def store(path: Path, items: list[list[Any]], held: bool, flush_rows: int, snapshot_every: int,
          write_together: int = 1) -> tuple[list[dict], list[set[str]]]:
    """Write ``items`` through the DuckDB sink's partition as the flow does (``held``: as
    :class:`ToStore`; else converted first, as before); return the rows pending at each write
    behind, the tables after every snapshot and the close, and what the memory was told."""
    memory = _Memory()
    part = DuckDBSink(path, flush_rows=flush_rows, memory=lambda _writer: memory).build_part("store", "duckdb", None)
    seen: list[Any] = []
    behind = part._writer.flush_behind
    part._writer.flush_behind = lambda: seen.append(("behind", part._writer.pending)) or behind()
    # held: as they reach the writer's worker; one in seven crossed from another worker (pickled: Arrow tables)
    values = [(pickle.loads(pickle.dumps(ToStore(b))) if i % 7 == 3 else ToStore(b)) if held else arrow_batches(b)
              for i, b in enumerate(items)]
    values = [v for v in values if v]  # the store's "non-empty" filter
    for i in range(0, len(values), write_together):
        part.write_batch(values[i:i + write_together])
        if (i // write_together + 1) % snapshot_every == 0:
            part.snapshot()
            seen.append(_contents(part._writer.reader()))
    part.close()
    con = duckdb.connect(str(path), read_only=True)
    try:
        seen.append(_contents(con))
    finally:
        con.close()
    return seen, memory.told


@pytest.mark.parametrize(("seed", "convert_rows", "flush_rows", "snapshot_every", "write_together", "as_columns"), [
    (1, 4096, 20_000, 10, 1, False), (2, 7, 50, 3, 1, False), (3, 1, 300, 7, 3, False),
    (4, 4096, 20_000, 1000, 2, False), (5, 7, 120, 4, 1, True), (6, 4096, 20_000, 9, 2, True),
    (8, 300, 1000, 6, 1, False), (9, 4096, 100, 1000, 1, False), (10, 4096, 150, 25, 2, True)])
def test_batches_converted_together_store_what_each_converted_alone_stores(
        tmp_path, monkeypatch, seed, convert_rows, flush_rows, snapshot_every, write_together, as_columns):
    monkeypatch.setattr(Held, "CONVERT_ROWS", convert_rows)
    items = batches(seed, rows_as_columns=as_columns)
    before = store(tmp_path / "before.duckdb", items, False, flush_rows, snapshot_every, write_together)
    after = store(tmp_path / "after.duckdb", items, True, flush_rows, snapshot_every, write_together)
    assert after == before
    tables, _told = after
    assert tables[-1]["dlq"] and tables[-1]["alert_events"] and tables[-1]["alert_groups"]  # refused rows, stored rows


def test_the_partition_converts_many_batches_at_once_and_only_when_it_must(tmp_path, monkeypatch):
    sizes: list[int] = []
    convert = duckdb_sink.arrow_batches
    monkeypatch.setattr(duckdb_sink, "arrow_batches", lambda records, *a, **k: sizes.append(len(records))
                        or convert(records, *a, **k))
    items = [b for b in batches(7) if b and not any(isinstance(r, AlertEvent) and r.labels.get("alertname") == 7
                                                     for r in b)]
    part = DuckDBSink(tmp_path / "db.duckdb").build_part("store", "duckdb", None)
    part.write_batch([ToStore(b) for b in items])
    assert sizes == []  # held: fewer rows than CONVERT_ROWS
    part.snapshot()
    assert sizes == [sum(map(len, items))]  # one conversion at the epoch's end
    part.close()


def test_a_refusal_converts_each_batch_on_its_own(tmp_path, monkeypatch):
    calls: list[int] = []
    convert = duckdb_sink.arrow_batches
    monkeypatch.setattr(duckdb_sink, "arrow_batches", lambda records, *a, **k: calls.append(len(records))
                        or convert(records, *a, **k))
    items = [[alert("A", "cart", "firing", 1)] * 3, [_refused(1), alert("B", "cart", "firing", 2)],
             [audit("x", "ack", 3)]]
    held = Held(lambda records, **kw: duckdb_sink.arrow_batches(records, **kw))  # as the partition makes it
    for b in items:
        held.add(ToStore(b))
    assert held.rows == 6
    rows = held.take()
    assert calls == [6, 3, 2, 1]  # together (refused), then each batch alone
    assert [_without_received_at(r) for r in rows] == [_without_received_at(arrow_batches(b)) for b in items]
    assert (held.rows, held.batches) == (0, [])


def _without_received_at(rows) -> dict[str, list[dict]]:
    """The rows by table, a dead letter's time of receipt left out (the store's are made at conversion)."""
    return {name: [{k: v for k, v in row.items() if not (name == "dlq" and k == "received_at")}
                   for row in table.to_pylist()] for name, table in rows.items()}


@pytest.mark.parametrize("seed", [1, 2, 5])
def test_a_batch_pickles_as_its_tables_and_is_true_when_they_are_not_empty(seed):
    for b in batches(seed, n=40) + batches(seed, n=40, rows_as_columns=True) + [[], [AlertRows()]]:
        rows = ToStore(b)
        assert bool(rows) == bool(arrow_batches(b))
        assert rows._rows is None  # telling whether it is empty converts nothing
        copy = pickle.loads(pickle.dumps(rows))
        assert type(copy) is dict
        assert _without_received_at(copy) == _without_received_at(arrow_batches(b)) == _without_received_at(rows)
        assert all(copy[name].schema.equals(table.schema) for name, table in arrow_batches(b).items())


def _rows_of(records: list[AlertEvent]) -> AlertRows:
    rows = AlertRows()
    rows.add_records(records)
    return rows


def test_alert_rows_of_many_batches_convert_as_one_column_batch_in_their_order(monkeypatch):
    parts = [_rows_of([alert(f"A{b}{i}", "cart", "firing", b * 10 + i) for i in range(n)])
             for b, n in enumerate([3, 1, 0, 5, 2])]
    joined = join_column_batches(parts)
    assert len(joined) == 1 and len(joined[0]) == 11 and is_column_batch(joined[0])
    table = TABLES_BY_NAME["alert_events"]
    alone = pa.concat_tables([columns_to_arrow(table, p.columns, p.runs) for p in parts if len(p)])
    assert columns_to_arrow(table, joined[0].columns, joined[0].runs).equals(alone)
    assert [r.id for r in joined[0].records()] == [r.id for p in parts for r in p.records()]
    calls: list[int] = []
    convert = duckdb_sink.arrow_batches
    monkeypatch.setattr(duckdb_sink, "arrow_batches", lambda records, *a, **k: calls.append(len(records))
                        or convert(records, *a, **k))
    held = Held(lambda records, **kw: duckdb_sink.arrow_batches(records, **kw))
    for p in parts:
        held.add(ToStore([audit(f"x{len(p)}", "ack", len(p)), p]))
    [rows] = held.take()
    assert calls == [6]  # the five audit entries and one joined column batch, in one call
    assert rows["alert_events"].equals(alone)


def test_a_column_batch_that_cannot_be_read_converts_each_batch_on_its_own():
    naive = AlertEvent.model_construct(**{**dict(alert("N", "cart", "firing", 1)), "starts_at": datetime(2024, 1, 1)})
    items = [[_rows_of([alert("A", "cart", "firing", 2)])], [_rows_of([naive, alert("B", "cart", "firing", 3)])]]
    held = Held(arrow_batches)
    for b in items:
        held.add(ToStore(b))
    rows = held.take()
    assert [_without_received_at(r) for r in rows] == [_without_received_at(arrow_batches(b)) for b in items]


def test_only_column_batches_of_one_type_table_and_columns_and_without_runs_are_joined():
    class A(list):
        table_name, runs = "alert_events", ()
        columns = property(lambda self: {"id": list(self)})

    class B(A):
        table_name = "log_events"

    class C(A):
        runs = (({"x": "1"}, 1),)

    class D(A):
        columns = property(lambda self: {"id": list(self), "y": list(self)})

    out = join_column_batches([A("a"), A("b"), B("c"), B("d"), C("e"), A("f"), A(), D("g"), D("h"), A("i")])
    assert [(type(b).__name__, b.table_name, len(b)) for b in out] == [
        ("JoinedColumns[alert_events]", "alert_events", 2), ("JoinedColumns[log_events]", "log_events", 2),
        ("C", "alert_events", 1), ("JoinedColumns[alert_events]", "alert_events", 1),
        ("JoinedColumns[alert_events]", "alert_events", 2), ("JoinedColumns[alert_events]", "alert_events", 1)]
    assert out[4].columns == {"id": ["g", "h"], "y": ["g", "h"]}

    class E(A):  # a column more in some batches
        columns = property(lambda self: {"id": list(self), **({"z": list(self)} if self[0] == "z" else {})})

    assert [len(b) for b in join_column_batches([E("k"), E("z"), E("z"), E("k")])] == [1, 2, 1]
