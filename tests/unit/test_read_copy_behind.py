"""The read copy published at an epoch end runs on the writer thread: the flow's worker queues it behind the
epoch's commit and goes on; the copy holds exactly the epochs committed before it (the next epoch's writes
queue behind it); the close waits for it (and publishes what came after); a publish that fails is raised at
the next call, as a failed write behind is, and leaves the last good copy in place (the close does not try again).

The checkpoint before the copy is held at a gate here, as a large file's copy would take its time."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import duckdb
import pytest

from signalcraft.health import ServiceHealth
from signalcraft.sinks import duckdb_writer
from signalcraft.sinks.duckdb_sink import DuckDBSink
from signalcraft.sinks.duckdb_writer import DuckDBStoreError, DuckDBWriter
from tests.support import log_line_tables, store_contents

HELD_S = 5.0
"""How long the gate holds a checkpoint at most (a worker that waits for the copy waits this long)."""


class Gate:
    """Holds :meth:`DuckDBWriter._checkpoint` until opened (at most :data:`HELD_S`); records its threads."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.opened = threading.Event()
        self.threads: list[str] = []
        original = DuckDBWriter._checkpoint

        def held(writer: DuckDBWriter) -> None:
            self.threads.append(threading.current_thread().name)
            self.opened.wait(HELD_S)
            original(writer)

        monkeypatch.setattr(DuckDBWriter, "_checkpoint", held)

    def open_later(self, seconds: float) -> threading.Thread:
        timer = threading.Timer(seconds, self.opened.set)
        timer.start()
        return timer


def _partition(tmp_path: Path, flush_rows: int = 20_000, health: ServiceHealth | None = None):
    path, copy = tmp_path / "s.duckdb", tmp_path / "s.read.duckdb"
    sink = DuckDBSink(path, read_copy=copy, read_copy_every_s=0.0, flush_rows=flush_rows, health=health)
    part = sink.build_part("store", "duckdb", None)
    part.COPY_SHARE = float("inf")  # every epoch end publishes, however long the last copy took
    return part, path, copy


def _commits(health: ServiceHealth) -> float:
    return health.registry.get_sample_value("signalcraft_epochs_committed_total")


def _lines(path: Path) -> int:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT count(*) FROM log_events").fetchone()[0]


def test_an_epoch_end_queues_the_copy_on_the_writer_thread_and_returns(tmp_path, monkeypatch):
    gate = Gate(monkeypatch)
    part, _path, copy = _partition(tmp_path)
    part.write_batch([log_line_tables(600)])
    started = time.monotonic()
    part.snapshot()  # the epoch commits; the copy is due
    took = time.monotonic() - started
    assert took < HELD_S / 5, f"the worker waited {took:.2f} s for the copy"
    assert not copy.exists()
    gate.opened.set()
    part._writer.wait()
    assert _lines(copy) == 600
    assert len(gate.threads) == 1 and gate.threads[0].startswith("duckdb-writer")
    part.close()


def test_the_copy_holds_the_epochs_before_it_and_none_of_the_next(tmp_path, monkeypatch):
    gate = Gate(monkeypatch)
    part, path, copy = _partition(tmp_path, flush_rows=1)  # every batch is written behind at once
    part.write_batch([log_line_tables(600)])
    part.snapshot()  # the copy is queued, held at its checkpoint
    assert not copy.exists()
    part.write_batch([log_line_tables(900)])  # the next epoch's 300 new lines, written behind
    time.sleep(0.3)  # a write not queued behind the copy would commit now, and the checkpoint take it in
    gate.opened.set()
    part._writer.wait()
    reference = tmp_path / "first.duckdb"
    with DuckDBWriter(reference) as writer:
        for name, rows in log_line_tables(600).items():
            writer.add_arrow(name, rows)
    assert store_contents(copy) == store_contents(reference)
    part.snapshot()
    part.close()
    assert _lines(path) == _lines(copy) == 900


def test_the_close_waits_for_a_copy_still_queued(tmp_path, monkeypatch):
    gate = Gate(monkeypatch)
    part, path, copy = _partition(tmp_path)
    part.write_batch([log_line_tables(600)])
    part.snapshot()  # queued; nothing comes after it, so the close publishes nothing of its own
    gate.open_later(0.3)
    part.close()
    assert gate.threads == ["duckdb-writer_0"]
    assert store_contents(copy) == store_contents(path)
    assert _lines(copy) == 600


def test_the_close_publishes_what_came_after_a_queued_copy(tmp_path, monkeypatch):
    gate = Gate(monkeypatch)
    part, path, copy = _partition(tmp_path)
    part.write_batch([log_line_tables(600)])
    part.snapshot()
    part.write_batch([log_line_tables(900)])  # no epoch end before the close
    gate.open_later(0.3)
    part.close()
    assert gate.threads[0].startswith("duckdb-writer") and len(gate.threads) == 2
    assert store_contents(copy) == store_contents(path)
    assert _lines(copy) == 900


def test_the_next_commit_counts_its_wait_for_the_copy_apart_from_its_write(tmp_path, monkeypatch):
    gate = Gate(monkeypatch)
    health = ServiceHealth()
    part, _path, copy = _partition(tmp_path, health=health)
    part.write_batch([log_line_tables(600)])
    part.snapshot()  # the copy is queued, held at its checkpoint
    part.write_batch([log_line_tables(900)])
    gate.open_later(1.0)
    part.snapshot()  # waits for the copy, then commits the 300 new lines
    metric = health.registry.get_sample_value
    assert metric("signalcraft_read_copy_wait_seconds_count") == 1  # one commit came after a queued copy
    assert metric("signalcraft_read_copy_wait_seconds_sum") >= 0.8
    assert metric("signalcraft_store_write_seconds_count") == 2
    assert metric("signalcraft_store_write_seconds_sum") < 0.5, "the commits' write latency holds the copy's wait"
    part.close()
    assert _lines(copy) == 900


def test_a_failed_copy_is_raised_at_the_next_commit_and_the_last_good_copy_stays(tmp_path, monkeypatch):
    health = ServiceHealth()
    part, path, copy = _partition(tmp_path, health=health)
    part.write_batch([log_line_tables(600)])
    part.snapshot()
    part._writer.wait()
    assert _lines(copy) == 600
    written = []

    def half_then_full(source, target):
        Path(target).write_bytes(Path(source).read_bytes()[:4096])
        written.append(target)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(duckdb_writer.shutil, "copyfile", half_then_full)
    part.write_batch([log_line_tables(900)])
    part.snapshot()  # the commit is done: the copy fails behind it, on the writer thread
    assert _commits(health) == 2
    part.write_batch([log_line_tables(1_000)])
    with pytest.raises(DuckDBStoreError, match=r"publishing the read copy .* No space left on device"):
        part.snapshot()
    assert _commits(health) == 2  # the epoch the failure is raised in is not reported committed, as for a failed write
    assert written and _lines(copy) == 600  # readers still open the last whole copy
    monkeypatch.undo()
    part.close()  # as Bytewax closes a partition whose snapshot raised: no second try, which would raise again
    assert (_lines(copy), _lines(path)) == (600, 1_000)


def test_a_failed_write_then_a_failing_copy_at_the_close_does_not_raise_again(tmp_path, monkeypatch):
    part, _, copy = _partition(tmp_path)
    part.write_batch([log_line_tables(600)])
    part.snapshot()
    part._writer.wait()
    flush = part._writer.flush

    def full(*args, **kwargs):
        raise DuckDBStoreError("DuckDB store: writing log_events failed: No space left on device")

    monkeypatch.setattr(part._writer, "flush", full)
    part.write_batch([log_line_tables(900)])
    with pytest.raises(DuckDBStoreError, match="No space left"):
        part.snapshot()
    monkeypatch.setattr(part._writer, "flush", flush)
    monkeypatch.setattr(duckdb_writer.shutil, "copyfile", lambda *a: (_ for _ in ()).throw(OSError(28, "full")))
    part.close()  # the failure was raised once; a last copy (failing too) had raised again here and aborted Bytewax
    assert _lines(copy) == 600  # the last good copy stays
