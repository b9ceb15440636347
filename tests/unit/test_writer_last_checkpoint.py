"""The run's last checkpoint (the close's, and the read copy published at the close) writes what the
WAL holds and merges no row groups; the rows are those of a writer that wrote everything in one
flush, and the next run's checkpoints merge as before (the setting is not kept in the file).

As the flow writes 300,000 native alerts: three writes of 80,000 rows each checkpoint behind
(``behind_checkpoint_mib=1``) and leave a row group partly filled (no two fit in one row group of
122,880 rows, all three fit in two, and DuckDB's vacuum merged them at the close); the last 20,000
are added and left to the close. The rows are 2,000 decoded alerts repeated under new ids.
"""

from __future__ import annotations

import random
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from signalcraft.models import RawMessage
from signalcraft.operators.ingest import BatchDecoder
from signalcraft.params import Identity
from signalcraft.sinks.duckdb_sink import _DuckDBPartition, arrow_batches
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from tests.support import load_benchmark

WRITES = (80_000, 80_000, 80_000, 20_000)
DECODED = 2_000


@pytest.fixture(scope="module")
def alerts() -> pa.Table:
    """260,000 native alert rows as the flow hands them to the writer (rows, not records)."""
    payloads = load_benchmark("ingest").native_events(DECODED, random.Random(5))
    messages = [RawMessage("alerts", 0, i, value, None, headers) for i, (value, headers) in enumerate(payloads)]
    decoder = BatchDecoder({"alerts": "alerts"}, Identity(), alert_rows=True)
    decoded = arrow_batches(decoder(messages).stored())["alert_events"]
    ids, field = decoded["id"], decoded.schema.field("id")
    copies = [decoded.set_column(0, field, pc.binary_join_element_wise(ids, f"-{k}", ""))
              for k in range(sum(WRITES) // DECODED)]
    return pa.concat_tables(copies).combine_chunks()


def _slices(rows: pa.Table) -> list[pa.Table]:
    starts = [sum(WRITES[:i]) for i in range(len(WRITES))]
    return [rows.slice(at, n) for at, n in zip(starts, WRITES, strict=True)]


def _row_groups(con: duckdb.DuckDBPyConnection) -> list[tuple[int, int]]:
    return con.execute(
        "SELECT row_group_id, max(count) FROM pragma_storage_info('alert_events') WHERE column_id = 0 "
        "GROUP BY 1 ORDER BY 1"
    ).fetchall()


def _contents(path: Path) -> pa.Table:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT * FROM alert_events ORDER BY id").to_arrow_table()


def _written(path: Path, rows: pa.Table) -> tuple[DuckDBWriter, list[tuple[int, int]]]:
    """A writer that wrote ``rows`` as the flow does (writes behind, each checkpointed), the last
    write added and left to the close, and its row groups then."""
    writer = DuckDBWriter(path, behind_checkpoint_mib=1)
    for part in _slices(rows)[:-1]:
        writer.add_arrow("alert_events", part)
        writer.flush_behind()
    assert writer.wait() == len(rows) - WRITES[-1]
    assert not path.with_name(path.name + ".wal").exists()  # each write behind was checkpointed
    writer.add_arrow("alert_events", _slices(rows)[-1])
    cursor = writer.reader()
    try:
        return writer, _row_groups(cursor)
    finally:
        cursor.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory, alerts) -> pa.Table:
    path = tmp_path_factory.mktemp("reference") / "store.duckdb"
    with DuckDBWriter(path, behind_checkpoint_mib=None) as writer:
        writer.add_arrow("alert_events", alerts)
        writer.flush()
    return _contents(path)


def test_the_close_merges_no_row_groups_and_keeps_every_row(tmp_path, alerts, reference):
    path = tmp_path / "store.duckdb"
    writer, before = _written(path, alerts)
    assert [n for _, n in before] == list(WRITES[:-1])  # three left by the checkpoints behind
    writer.close()
    assert not path.with_name(path.name + ".wal").exists()
    with duckdb.connect(str(path), read_only=True) as con:
        assert _row_groups(con) == [*before, (len(before), WRITES[-1])]
    assert _contents(path).equals(reference)


def test_the_read_copy_published_at_the_close_merges_none_either(tmp_path, alerts, reference):
    path, copy = tmp_path / "store.duckdb", tmp_path / "store.read.duckdb"
    writer, before = _written(path, alerts)
    assert [n for _, n in before] == list(WRITES[:-1])
    partition = _DuckDBPartition("store", writer, 1_000_000, copy, 60.0)
    partition.close()  # the read copy is behind the file: published, then the writer closes
    for published in (copy, path):
        with duckdb.connect(str(published), read_only=True) as con:
            assert _row_groups(con) == [*before, (len(before), WRITES[-1])]
        assert _contents(published).equals(reference)


def test_the_next_run_checkpoints_as_before(tmp_path, alerts):
    """The setting is not stored in the file: a writer opening it again has DuckDB's default."""
    path = tmp_path / "store.duckdb"
    with DuckDBWriter(path) as writer:
        writer.add_arrow("alert_events", alerts.slice(0, DECODED))
        writer.flush()
    default = duckdb.connect().execute("SELECT current_setting('max_vacuum_tasks')").fetchone()[0]
    assert default > 0
    with DuckDBWriter(path) as writer:
        cursor = writer.reader()
        assert cursor.execute("SELECT current_setting('max_vacuum_tasks')").fetchone()[0] == default
        cursor.close()
        writer.add_arrow("alert_events", alerts.slice(0, 10))  # a replay writes nothing
        assert writer.flush() == 0
    assert _contents(path).num_rows == DECODED
