"""DuckDBSink in real Bytewax executions: repeats, several workers and processes, recovery."""

from __future__ import annotations

import multiprocessing
import socket
from datetime import timedelta
from pathlib import Path
from typing import Any

import bytewax.operators as op
import duckdb
import pytest
from bytewax.dataflow import Dataflow
from bytewax.recovery import RecoveryConfig, init_db_dir
from bytewax.testing import TestingSource, cluster_main, run_main

from signalcraft.models import AlertEvent
from signalcraft.sinks.duckdb_sink import DuckDBSink, arrow_batches, store, store_key
from tests.support import alert, dead_letter


def alerts(start: int, stop: int) -> list[AlertEvent]:
    """Firing alerts, one per ``i``: each its own fingerprint, so its own row."""
    return [
        alert("HighErrorRate", "checkout", "firing", i, fingerprint=f"{i:016x}", labels={"pod": f"pod-{i}"})
        for i in range(start, stop)
    ]


def store_flow(source: TestingSource[list[Any]], path: Path, spread: bool = False) -> Dataflow:
    flow = Dataflow("duckdb-store")
    batches = op.input("input", flow, source)
    if spread:
        batches = op.redistribute("spread", batches)
    store("store", batches, DuckDBSink(path))
    return flow


def sink_flow(source: TestingSource[Any], path: Path) -> Dataflow:
    """Items straight to the sink, keyed, without :func:`store`."""
    flow = Dataflow("duckdb-sink")
    op.output("store", op.key_on("key", op.input("input", flow, source), store_key), DuckDBSink(path))
    return flow


def counts(path: Path) -> tuple[int, int, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(
            "SELECT (SELECT count(*) FROM alert_events), (SELECT count(DISTINCT id) FROM alert_events), "
            "(SELECT count(*) FROM dlq)"
        ).fetchone()


def repeated_input() -> list[list[Any]]:
    first, second = alerts(0, 5), [*alerts(5, 10), dead_letter(3)]
    return [first, second, first, [*second, *first[:2]], [], alerts(10, 12)]


def test_every_row_is_written_once_when_the_input_repeats(tmp_path: Path) -> None:
    path = tmp_path / "store.duckdb"
    run_main(store_flow(TestingSource(repeated_input()), path))
    assert counts(path) == (12, 12, 1)


def test_two_workers_still_have_one_writer(tmp_path: Path) -> None:
    path = tmp_path / "store.duckdb"
    cluster_main(store_flow(TestingSource(repeated_input()), path, spread=True), [], 0, worker_count_per_proc=2)
    assert counts(path) == (12, 12, 1)


def _run_process(path: str, addresses: list[str], proc_id: int) -> None:
    flow = store_flow(TestingSource(repeated_input()), Path(path), spread=True)
    cluster_main(flow, addresses, proc_id, worker_count_per_proc=2)


def free_ports(n: int) -> list[int]:
    sockets = [socket.socket() for _ in range(n)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


def test_two_processes_still_have_one_writer(tmp_path: Path) -> None:
    """A second process opening the file would fail on DuckDB's lock; both must exit cleanly."""
    path = tmp_path / "store.duckdb"
    addresses = [f"127.0.0.1:{port}" for port in free_ports(2)]
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_run_process, args=(str(path), addresses, i)) for i in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
    assert [p.exitcode for p in procs] == [0, 0]
    assert counts(path) == (12, 12, 1)


def test_resuming_after_an_abort_replays_without_duplicates(tmp_path: Path) -> None:
    path, recovery = tmp_path / "store.duckdb", tmp_path / "recovery"
    recovery.mkdir()
    init_db_dir(recovery, 1)
    inp = [alerts(0, 4), alerts(4, 8), TestingSource.ABORT(), alerts(2, 6), alerts(8, 10), [dead_letter(1)]]
    flow = store_flow(TestingSource(inp), path)
    config = RecoveryConfig(str(recovery))

    run_main(flow, epoch_interval=timedelta(0), recovery_config=config)
    assert counts(path) == (8, 8, 0)

    run_main(flow, epoch_interval=timedelta(0), recovery_config=config)
    assert counts(path) == (10, 10, 1)


def test_an_item_that_is_not_arrow_tables_stops_the_flow_with_a_clear_error(tmp_path: Path) -> None:
    flow = sink_flow(TestingSource([alerts(0, 1)]), tmp_path / "store.duckdb")
    expected = (
        r"expected each item to be \(key, \{table: Arrow table\}\), got \(key, list\); "
        r"write records through store\(\)"
    )
    with pytest.raises(Exception, match=expected):
        run_main(flow)


def test_arrow_batches_from_several_workers_store_each_id_once(tmp_path: Path) -> None:
    """Items converted to Arrow where they were decoded; repeats across items meet in one batch."""
    batch = alerts(0, 300)
    items = [arrow_batches(batch[:200]), arrow_batches(batch[100:]), arrow_batches(batch[::7])]
    path = tmp_path / "store.duckdb"
    run_main(sink_flow(TestingSource(items), path))
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT id) FROM alert_events").fetchone() == (300, 300)
