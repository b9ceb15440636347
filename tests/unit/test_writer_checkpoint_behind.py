"""A write behind checkpoints on the writer thread once a table has gained ``behind_checkpoint_rows``
since the last checkpoint or the WAL reaches ``behind_checkpoint_mib``: the close then has little left
to checkpoint on the flow's thread, and the rows are the same."""

from __future__ import annotations

import random
from pathlib import Path

import duckdb
import pytest

from signalcraft.models import RawMessage
from signalcraft.operators.ingest import BatchDecoder
from signalcraft.params import Identity
from signalcraft.sinks.duckdb_sink import arrow_batches
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from tests.support import load_benchmark


def _wal(path: Path) -> int:
    wal = path.with_name(path.name + ".wal")
    return wal.stat().st_size if wal.exists() else 0


@pytest.fixture(scope="module")
def rows() -> dict:
    payloads = load_benchmark("ingest").otlp_log_messages(20_000, random.Random(3))
    messages = [RawMessage("logs", 0, i, value, None, headers) for i, (value, headers) in enumerate(payloads)]
    return arrow_batches(BatchDecoder({"logs": "logs"}, Identity(), log_lines=True)(messages).stored())


@pytest.mark.parametrize("behind", [1, None])
def test_a_write_behind_checkpoints_at_the_wal_size_given(tmp_path, rows, behind):
    path = tmp_path / "store.duckdb"
    writer = DuckDBWriter(path, behind_checkpoint_mib=behind, behind_checkpoint_rows=None)
    for name, table in rows.items():
        writer.add_arrow(name, table)
    writer.flush_behind()
    assert writer.wait() == 20_000
    if behind is None:
        assert _wal(path) >= 2**20  # left to DuckDB's own threshold (64 MiB) or the close
    else:
        assert _wal(path) < 2**20
    writer.add_arrow("log_events", rows["log_events"])  # a replay writes nothing
    writer.flush_behind()
    assert writer.wait() == 0
    writer.close()
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("select count(*), count(distinct id) from log_events").fetchone() == (20_000, 20_000)


def test_a_write_behind_checkpoints_once_a_table_has_gained_the_rows_given(tmp_path, rows):
    """Rows written behind and on the caller's thread count; a checkpoint (behind, or the read copy's)
    starts the count again; the WAL rule is out of reach here (1,000 MiB)."""
    lines = rows["log_events"]
    path = tmp_path / "store.duckdb"
    writer = DuckDBWriter(path, behind_checkpoint_mib=1000, behind_checkpoint_rows=5_000)
    at = 0

    def write(n: int, behind: bool = True) -> None:
        nonlocal at
        writer.add_arrow("log_events", lines.slice(at, n))
        at += n
        if behind:
            writer.flush_behind()
            assert writer.wait() == n
        else:
            assert writer.flush() == n

    write(4_000)
    assert _wal(path) > 0  # 4,000 rows: not yet
    write(1_000)
    assert _wal(path) == 0  # 5,000
    write(3_000, behind=False)
    write(1_000)
    assert _wal(path) > 0  # 4,000 since the checkpoint
    write(1_000)
    assert _wal(path) == 0  # 5,000, 3,000 of them flushed on this thread
    write(3_000)
    writer.publish_read_copy(tmp_path / "copy.duckdb")
    write(3_000)
    assert _wal(path) > 0  # 3,000 since the read copy's checkpoint
    writer.close()
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("select count(*), count(distinct id) from log_events").fetchone() == (at, at)
