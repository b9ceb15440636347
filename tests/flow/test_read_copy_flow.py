"""The read copy in real Bytewax executions, published at epoch ends on the writer thread: at the end of a
run (and of a resumed one) it holds every row of the store; a publish that fails stops the flow with the
store's error, as a failed write does (the close does not try the copy again: raised while Bytewax drops the
partition, it aborted the process)."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from pathlib import Path

import bytewax.operators as op
import duckdb
import pytest
from bytewax.dataflow import Dataflow
from bytewax.recovery import RecoveryConfig, init_db_dir
from bytewax.testing import TestingSource, run_main

from signalcraft.sinks import duckdb_writer
from signalcraft.sinks.duckdb_sink import DuckDBSink, store
from signalcraft.sinks.duckdb_writer import DuckDBStoreError, DuckDBWriter
from tests.flow.test_duckdb_sink_flow import alerts, counts


def copy_flow(source: TestingSource, path: Path, copy: Path) -> Dataflow:
    flow = Dataflow("duckdb-read-copy")
    store("store", op.input("input", flow, source), DuckDBSink(path, read_copy=copy, read_copy_every_s=0.0))
    return flow


def contents(path: Path) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT * FROM alert_events ORDER BY id").fetchall()


@pytest.fixture
def slow_copies(monkeypatch) -> list[str]:
    """Each checkpoint before a copy takes 50 ms longer (as a large file's copy would); the threads they ran on."""
    threads: list[str] = []
    original = DuckDBWriter._checkpoint

    def slow(writer: DuckDBWriter) -> None:
        threads.append(threading.current_thread().name)
        time.sleep(0.05)
        original(writer)

    monkeypatch.setattr(DuckDBWriter, "_checkpoint", slow)
    return threads


def test_the_read_copy_holds_every_row_at_the_end_of_a_run_and_of_a_resumed_one(tmp_path, slow_copies):
    path, copy, recovery = tmp_path / "store.duckdb", tmp_path / "store.read.duckdb", tmp_path / "recovery"
    recovery.mkdir()
    init_db_dir(recovery, 1)
    inp = [alerts(0, 4), [], alerts(4, 8), [], TestingSource.ABORT(), alerts(2, 6), [], alerts(8, 10), []]
    flow = copy_flow(TestingSource(inp), path, copy)
    config = RecoveryConfig(str(recovery))

    run_main(flow, epoch_interval=timedelta(0), recovery_config=config)
    assert counts(path) == (8, 8, 0)
    assert contents(copy) == contents(path)

    run_main(flow, epoch_interval=timedelta(0), recovery_config=config)
    assert counts(path) == (10, 10, 0)
    assert contents(copy) == contents(path)
    assert any(name.startswith("duckdb-writer") for name in slow_copies)  # the epoch ends' copies


def test_a_read_copy_that_cannot_be_written_stops_the_flow(tmp_path, monkeypatch):
    def full(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(duckdb_writer.shutil, "copyfile", full)
    path, copy = tmp_path / "store.duckdb", tmp_path / "store.read.duckdb"
    flow = copy_flow(TestingSource([alerts(0, 4), [], alerts(4, 8), [], alerts(8, 10)]), path, copy)
    with pytest.raises(Exception, match="error snapshotting StatefulSink") as raised:
        run_main(flow, epoch_interval=timedelta(0))  # as a failed write stops it (and the process is not aborted)
    causes, cause = [], raised.value
    while cause is not None:
        causes.append(cause)
        cause = cause.__cause__ or cause.__context__
    assert any(isinstance(c, DuckDBStoreError) and "publishing the read copy" in str(c)
               and "No space left on device" in str(c) for c in causes)
    assert not copy.exists()
    assert counts(path)[0] >= 4  # the epochs before the failure are committed
