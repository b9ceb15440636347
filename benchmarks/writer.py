"""The store's writer alone: the flow's Arrow batches -> DuckDBWriter, beside a plain insert of the same batches.

Decodes the seeded messages of ``benchmarks/ingest.py`` (``--kind``, repeatable, all three by
default) into the Arrow batches the flow hands the writer (``BatchDecoder`` then
``arrow_batches``, ``--batch`` messages at a time), then, in the same run, ``--rounds`` times
and alternately:

- ``writer``: :class:`DuckDBWriter` (one DuckDB thread), ``add_arrow`` for every batch, a flush
  every ``--flush-rows`` rows on this thread, then ``close`` (the last flush and the checkpoint
  DuckDB makes when the file is closed);
- ``behind``: the same as the flow's sink runs it: every ``--flush-rows`` rows a write behind (on
  the writer thread, which checkpoints once the WAL holds ``BEHIND_CHECKPOINT_MIB``), then the last
  flush and ``close`` on this thread;
- ``plain``: the baseline, the same batches gathered into the same flushes, each one
  transaction of ``INSERT INTO t SELECT * FROM arrow`` into a table of the same columns
  with no key and no dedup, DuckDB's default settings but one thread, then ``CHECKPOINT``
  and close;
- ``memory``: the baseline's inserts into an in-memory database: no WAL, no checkpoint,
  what the insert statements alone cost.

Reports µs a row on the thread's CPU clock (the writer runs on its own thread in the flow)
and the wall clock, each split into the making of a table's batch from its parts (``insert_batch``: joined, one
row per id, the maps once a chunk; ``writer`` and ``behind`` only), the insert statements, the commits (the WAL, and the
checkpoints DuckDB makes when the WAL passes its threshold), the checkpoints a write behind
makes and the close (the last checkpoint). No broker; nothing else runs. Prints a table and, last, one JSON line.

    python benchmarks/writer.py --events 300000
    python benchmarks/writer.py --events 300000 --kind alertmanager --rounds 3
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).parent))
from ingest import KINDS

from signalcraft.models import RawMessage
from signalcraft.operators.ingest import BatchDecoder
from signalcraft.params import Identity
from signalcraft.sinks import duckdb_writer
from signalcraft.sinks.duckdb_sink import arrow_batches
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from signalcraft.sinks.schema import TABLES_BY_NAME

Batches = list[tuple[str, pa.Table]]
PARTS = ("batch", "insert", "commit", "checkpoint", "close")


def captured_batches(fmt: str, events: int, seed: int, batch: int) -> Batches:
    """The Arrow batches the flow would hand the writer for ``events`` events of ``fmt``, in order."""
    stream, _table, make = KINDS[fmt]
    messages = make(events, random.Random(seed))
    raws = [RawMessage("bench", i % 2, i // 2, value, None, headers, 1) for i, (value, headers) in enumerate(messages)]
    decoder = BatchDecoder({"bench": stream}, Identity())
    out: Batches = []
    for i in range(0, len(raws), batch):
        out += arrow_batches(decoder(raws[i : i + batch]).stored()).items()
    return out


class Clock:
    """Seconds of thread CPU and wall clock spent in each of :data:`PARTS`; a part inside another
    (on the same thread) is counted in its own, not in the other's."""

    def __init__(self) -> None:
        self.cpu = dict.fromkeys(PARTS, 0.0)
        self.wall = dict.fromkeys(PARTS, 0.0)
        self._open = threading.local()

    @contextmanager
    def part(self, name: str) -> Iterator[None]:
        outer = getattr(self._open, "name", None)
        self._open.name = name
        cpu, wall = time.thread_time(), time.perf_counter()
        try:
            yield
        finally:
            cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
            self.cpu[name] += cpu
            self.wall[name] += wall
            self._open.name = outer
            if outer is not None:
                self.cpu[outer] -= cpu
                self.wall[outer] -= wall

    def per_row(self, rows: int) -> dict[str, dict[str, float]]:
        def us(spent: dict[str, float]) -> dict[str, float]:
            return {"total": round(sum(spent.values()) / rows * 1e6, 2)} | {
                k: round(v / rows * 1e6, 2) for k, v in spent.items()
            }

        return {"cpu_us_per_row": us(self.cpu), "wall_us_per_row": us(self.wall)}


class _TimedConnection:
    """A DuckDB connection whose ``INSERT``, ``COMMIT`` and ``CHECKPOINT`` statements are timed on a :class:`Clock`
    (on the CPU clock of the thread that runs them)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, clock: Clock) -> None:
        self._con, self._clock = con, clock

    def execute(self, sql: str, *args):
        part = {"INSERT": "insert", "COMMIT": "commit", "CHECKPOINT": "checkpoint"}.get(sql.split(None, 1)[0])
        if part is None:
            return self._con.execute(sql, *args)
        with self._clock.part(part):
            return self._con.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._con, name)


CHECKPOINT_MIB: list[int] = []
"""``--checkpoint-mib``: the writer's checkpoint threshold when given (else the writer's default)."""


def run_writer(batches: Batches, db: Path, flush_rows: int, behind: bool = False) -> tuple[int, Clock]:
    """The writer, flushing on this thread (or ``behind``, as the flow's sink); returns the rows written
    and where the time went."""
    clock = Clock()
    made = duckdb_writer.insert_batch

    def insert_batch(table, tables):
        with clock.part("batch"):
            return made(table, tables)

    duckdb_writer.insert_batch = insert_batch
    try:
        return _run_writer(batches, db, flush_rows, behind, clock)
    finally:
        duckdb_writer.insert_batch = made


def _run_writer(batches: Batches, db: Path, flush_rows: int, behind: bool, clock: Clock) -> tuple[int, Clock]:
    writer = DuckDBWriter(db, threads=1, **({"checkpoint_mib": CHECKPOINT_MIB[0]} if CHECKPOINT_MIB else {}))
    writer._con = _TimedConnection(writer._con, clock)
    rows = 0
    for name, batch in batches:
        writer.add_arrow(name, batch)
        if writer.pending >= flush_rows:
            if behind:
                writer.flush_behind()
            else:
                rows += writer.flush()
    rows += writer.wait()
    with clock.part("close"):
        rows += writer.flush()
        writer._con = writer._con._con
        writer.close()
    return rows, clock


def run_plain(batches: Batches, db: Path | None, flush_rows: int) -> tuple[int, Clock]:
    """The baseline: plain inserts of the same flushes into keyless tables of the same columns
    (of an in-memory database when ``db`` is ``None``)."""
    clock = Clock()
    con = duckdb.connect(":memory:" if db is None else str(db))
    con.execute("SET threads = 1")
    for name in {name for name, _ in batches}:
        con.execute(TABLES_BY_NAME[name].ddl().replace(" PRIMARY KEY", ""))
    pending: dict[str, list[pa.Table]] = {}
    held = rows = 0

    def flush() -> None:
        con.execute("BEGIN TRANSACTION")
        for name, parts in pending.items():
            con.register("arrow", pa.concat_tables(parts).combine_chunks())
            with clock.part("insert"):
                con.execute(f"INSERT INTO {name} SELECT * FROM arrow")
            con.unregister("arrow")
        with clock.part("commit"):
            con.execute("COMMIT")
        pending.clear()

    for name, batch in batches:
        pending.setdefault(name, []).append(batch)
        held, rows = held + batch.num_rows, rows + batch.num_rows
        if held >= flush_rows:
            flush()
            held = 0
    with clock.part("close"):
        if pending:
            flush()
        if db is not None:
            con.execute("CHECKPOINT")
        con.close()
    return rows, clock


RUNS: dict[str, Callable[[Batches, Path, int], tuple[int, Clock]]] = {
    "writer": run_writer,
    "behind": lambda batches, db, flush_rows: run_writer(batches, db, flush_rows, behind=True),
    "plain": run_plain,
    "memory": lambda batches, _db, flush_rows: run_plain(batches, None, flush_rows),
}


def measure(batches: Batches, rounds: int, flush_rows: int) -> dict[str, list[dict]]:
    """``rounds`` runs of each of :data:`RUNS`, alternating, each on a new file."""
    results: dict[str, list[dict]] = {name: [] for name in RUNS}
    expected = sum(b.num_rows for _, b in batches)
    for _ in range(rounds):
        for name, run in RUNS.items():
            with tempfile.TemporaryDirectory() as tmp:
                db = Path(tmp) / f"{name}.duckdb"
                rows, clock = run(batches, db, flush_rows)
                size = db.stat().st_size if db.exists() else 0
            if rows != expected:
                raise SystemExit(f"{name}: wrote {rows} rows of {expected}")
            results[name].append(clock.per_row(rows) | {"file_mb": round(size / 1e6, 1)})
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=300_000, help="events per kind (log lines for otlp-logs)")
    parser.add_argument("--kind", action="append", choices=list(KINDS), help="a kind, repeatable (default: all)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--batch", type=int, default=500, help="messages decoded at a time, as the flow's batches")
    parser.add_argument("--flush-rows", type=int, default=20_000, help="rows a flush (the store's flush_rows)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--checkpoint-mib", type=int, help="the writer's checkpoint threshold (default: the writer's)")
    args = parser.parse_args(argv)
    CHECKPOINT_MIB[:] = [] if args.checkpoint_mib is None else [args.checkpoint_mib]

    results = {}
    for fmt in args.kind or list(KINDS):
        scenario = f"writer-{fmt}-{args.events}"
        print(f"[{scenario}] decoding ...", file=sys.stderr)
        batches = captured_batches(fmt, args.events, args.seed, args.batch)
        results[scenario] = {"table": batches[0][0], **measure(batches, args.rounds, args.flush_rows)}
    print_results(results)
    print(json.dumps({"benchmark": "writer", "seed": args.seed, "flush_rows": args.flush_rows, "results": results}))
    return 0


def print_results(results: dict[str, dict]) -> None:
    print(f"{'scenario':34} {'run':7} {'CPU µs/row: total':>18} {'batch':>6} {'insert':>7} {'commit':>7}"
          f" {'checkpoint':>10} {'close':>6} {'wall µs/row':>12} {'file MB':>8}")
    for scenario, r in results.items():
        for name in RUNS:
            for i, m in enumerate(r[name]):
                cpu, wall = m["cpu_us_per_row"], m["wall_us_per_row"]
                print(f"{scenario if i == 0 else '':34} {name:7} {cpu['total']:>18.2f} {cpu['batch']:>6.2f}"
                      f" {cpu['insert']:>7.2f} {cpu['commit']:>7.2f} {cpu['checkpoint']:>10.2f} {cpu['close']:>6.2f}"
                      f" {wall['total']:>12.2f} {m['file_mb']:>8.1f}")


if __name__ == "__main__":
    raise SystemExit(main())
