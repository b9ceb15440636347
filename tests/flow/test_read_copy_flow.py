"""The read copy in real Bytewax executions, published at epoch ends on the writer thread: at the end of a
run (and of a resumed one) it holds every row of the store; a publish that fails stops the flow with the
store's error, as a failed write does (the close does not try the copy again: raised while Bytewax drops the
partition, it aborted the process)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import bytewax.operators as op
import pytest
from bytewax.dataflow import Dataflow
from bytewax.recovery import RecoveryConfig, init_db_dir
from bytewax.testing import TestingSource, run_main

from signalcraft.sinks.duckdb_sink import DuckDBSink, store
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from tests.flow.test_duckdb_sink_flow import alerts, counts
from tests.support import store_contents


def copy_flow(source: TestingSource, path: Path, copy: Path) -> Dataflow:
    flow = Dataflow("duckdb-read-copy")
    store("store", op.input("input", flow, source), DuckDBSink(path, read_copy=copy, read_copy_every_s=0.0))
    return flow


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
    assert store_contents(copy) == store_contents(path)

    run_main(flow, epoch_interval=timedelta(0), recovery_config=config)
    assert counts(path) == (10, 10, 0)
    assert store_contents(copy) == store_contents(path)
    assert any(name.startswith("duckdb-writer") for name in slow_copies)  # the epoch ends' copies


def run_with_a_full_disk(folder: str) -> None:
    """The flow of three epochs with every copy failing (run in a process of its own by the test below); prints
    the exception it stopped with and the chain of its causes."""
    import shutil

    def full(source, target):
        raise OSError(28, "No space left on device")

    shutil.copyfile = full
    path, copy = Path(folder) / "store.duckdb", Path(folder) / "store.read.duckdb"
    flow = copy_flow(TestingSource([alerts(0, 4), [], alerts(4, 8), [], alerts(8, 10)]), path, copy)
    try:
        run_main(flow, epoch_interval=timedelta(0))
    except Exception as e:  # noqa: BLE001 - what the flow stopped with is the output
        cause: BaseException | None = e
        while cause is not None:
            print(f"{type(cause).__name__}: {cause}")
            cause = cause.__cause__ or cause.__context__


def test_a_read_copy_that_cannot_be_written_stops_the_flow_cleanly(tmp_path):
    """In a process of its own: a second try at the close, raising while Bytewax dropped the partition, aborted it."""
    code = f"from tests.flow.test_read_copy_flow import run_with_a_full_disk as r; r({str(tmp_path)!r})"
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=Path(__file__).parents[2], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    said = run.stdout.splitlines()
    assert "error snapshotting StatefulSink" in said[0]  # as a failed write stops it
    assert any(line.startswith("DuckDBStoreError: ") and "publishing the read copy" in line
               and "No space left on device" in line for line in said), said
    assert not (tmp_path / "store.read.duckdb").exists()
    assert counts(tmp_path / "store.duckdb")[0] >= 4  # the epochs before the failure are committed
