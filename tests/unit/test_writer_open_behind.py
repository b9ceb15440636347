"""A writer that opens its file on the writer thread (``open_behind``, as the flow's sink does)
writes the same rows as one opened at once, gives the incident memory's cursor once the file is
open, and says what went wrong opening it at the next call. Writes queued behind are bounded."""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb
import pytest

from signalcraft.sinks.duckdb_writer import DuckDBStoreError, DuckDBWriter
from signalcraft.sinks.schema import SCHEMA_VERSION
from tests.support import log_line_tables, store_contents


def _write(path: Path, rows: dict, open_behind: bool) -> list[int]:
    writer = DuckDBWriter(path, open_behind=open_behind)
    counts = []
    for name, table in rows.items():
        writer.add_arrow(name, table)
    writer.flush_behind()
    counts.append(writer.wait())
    for name, table in rows.items():  # a replay writes nothing
        writer.add_arrow(name, table)
    counts.append(writer.flush())
    writer.close()
    writer.close()  # safe twice
    return counts


def test_opened_behind_the_file_holds_the_same_rows(tmp_path):
    rows = log_line_tables(4_000)
    assert _write(tmp_path / "now.duckdb", rows, open_behind=False) == [4_000, 0]
    assert _write(tmp_path / "behind.duckdb", rows, open_behind=True) == [4_000, 0]
    assert store_contents(tmp_path / "now.duckdb") == store_contents(tmp_path / "behind.duckdb")


def test_the_cursor_for_later_is_made_on_the_writer_thread_and_sees_each_commit(tmp_path, monkeypatch):
    made_on = []
    original = DuckDBWriter._make_reader

    def spy(self):
        made_on.append(threading.current_thread().name)
        return original(self)

    monkeypatch.setattr(DuckDBWriter, "_make_reader", spy)  # before reader_later() hands it to the thread
    writer = DuckDBWriter(tmp_path / "s.duckdb", open_behind=True)
    reader = writer.reader_later()  # returns at once; the file may not be open yet
    try:
        rows = log_line_tables(200)
        for name, table in rows.items():
            writer.add_arrow(name, table)
        writer.flush_behind()
        writer.wait()
        got: list = []
        thread = threading.Thread(target=lambda: got.append(
            reader().execute("SELECT count(*) FROM log_events").fetchone()[0]))
        thread.start()
        thread.join(10)
        assert got == [200]
    finally:
        writer.close()
    assert made_on and all(name.startswith("duckdb-writer") for name in made_on)


def test_a_file_of_another_schema_version_is_refused_at_the_next_call(tmp_path):
    path = tmp_path / "s.duckdb"
    DuckDBWriter(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE signalcraft_meta SET value = '999' WHERE key = 'schema_version'")
    writer = DuckDBWriter(path, open_behind=True)  # does not raise here
    reader = writer.reader_later()
    with pytest.raises(DuckDBStoreError, match=f"schema version 999, this SignalCraft writes version {SCHEMA_VERSION}"):
        writer.flush()
    with pytest.raises(DuckDBStoreError, match="schema version 999"):
        reader()
    writer.close()


def test_a_file_that_is_not_duckdb_is_refused_at_the_next_call(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("these are notes, not a database\n" * 200)
    writer = DuckDBWriter(path, open_behind=True)
    with pytest.raises(DuckDBStoreError, match="cannot open") as info:
        writer.flush()
    assert isinstance(info.value.__cause__, duckdb.Error)
    writer.close()


def test_a_write_behind_waits_for_the_oldest_once_max_behind_are_queued(tmp_path, monkeypatch):
    release = threading.Event()
    original = DuckDBWriter._write_behind

    def slow(self, parts):
        release.wait(10)
        return original(self, parts)

    monkeypatch.setattr(DuckDBWriter, "_write_behind", slow)
    rows = log_line_tables(600)
    writer = DuckDBWriter(tmp_path / "s.duckdb", max_behind=2)

    def one_write():
        for name, table in rows.items():
            writer.add_arrow(name, table)
        writer.flush_behind()

    one_write()
    one_write()  # two queued: the first held on the writer thread, the second behind it
    third = threading.Thread(target=one_write)
    third.start()
    third.join(0.3)
    assert third.is_alive()  # waits for the oldest
    release.set()
    third.join(10)
    assert not third.is_alive()
    writer.wait()
    writer.close()
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM log_events").fetchone()[0] == 600
