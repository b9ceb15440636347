"""The store's flush at an epoch's end writes on the writer thread when there is one (writes behind,
or the file opened behind, as the flow's sink does), so the flow's thread only waits; the same rows
and counts, and a failure raised at the flush, as when it wrote on the caller's thread."""

from __future__ import annotations

import threading

import duckdb
import pytest

from signalcraft.sinks.duckdb_writer import DuckDBStoreError, DuckDBWriter
from tests.support import log_line_tables, store_contents


def _spy(monkeypatch) -> list[str]:
    threads: list[str] = []
    original = DuckDBWriter._write_parts

    def spy(self, parts):
        threads.append(threading.current_thread().name)
        return original(self, parts)

    monkeypatch.setattr(DuckDBWriter, "_write_parts", spy)
    return threads


@pytest.mark.parametrize("open_behind", [True, False])
def test_a_flush_writes_on_the_writer_thread_once_there_is_one(tmp_path, monkeypatch, open_behind):
    threads = _spy(monkeypatch)
    rows = log_line_tables(600)
    writer = DuckDBWriter(tmp_path / "s.duckdb", open_behind=open_behind)
    for name, table in rows.items():
        writer.add_arrow(name, table)
    first = writer.flush()  # opened now: no writer thread yet, the caller writes
    for name, table in rows.items():
        writer.add_arrow(name, table)
    writer.flush_behind()
    assert writer.wait() == 0  # a replay writes nothing
    for name, table in log_line_tables(900).items():
        writer.add_arrow(name, table)
    last = writer.flush()
    writer.close()
    assert (first, last) == (600, 300)
    assert threads[0].startswith("duckdb-writer") == open_behind
    assert all(name.startswith("duckdb-writer") for name in threads[1:]) and len(threads) == 3
    plain = tmp_path / "plain.duckdb"
    other = DuckDBWriter(plain)
    for part in (log_line_tables(600), log_line_tables(900)):
        for name, table in part.items():
            other.add_arrow(name, table)
        other.flush()
    other.close()
    assert store_contents(tmp_path / "s.duckdb") == store_contents(plain)


def test_a_flush_on_the_writer_thread_raises_what_the_write_raised(tmp_path, monkeypatch):
    writer = DuckDBWriter(tmp_path / "s.duckdb", open_behind=True)
    rows = log_line_tables(50)
    for name, table in rows.items():
        writer.add_arrow(name, table)
    writer.flush()

    def broken(self, batches):
        raise DuckDBStoreError("writing failed")

    monkeypatch.setattr(DuckDBWriter, "_write", broken)
    for name, table in log_line_tables(80).items():
        writer.add_arrow(name, table)
    with pytest.raises(DuckDBStoreError, match="writing failed"):
        writer.flush()
    monkeypatch.undo()
    writer.close()
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM log_events").fetchone()[0] == 50
