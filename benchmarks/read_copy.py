"""The read copy's publish as the flow's worker sees it: how long the store's sink holds the worker at an epoch end.

Builds a store of ``--rows`` native alert rows (the Arrow batches ``benchmarks/ingest.py``'s
events decode to, their ids varied), then runs ``--epochs`` epochs through the store's sink
partition as the flow does: the worker's own work between epoch ends (a Python loop for
``--epoch-s`` seconds, the flow's epoch interval; it holds the GIL as decoding does), then a
batch of ``--batch`` rows (``write_batch``) and the epoch's end (``snapshot``). The read copy is
due at every other epoch (``read_copy_every_s`` 0, the copy's share unbounded) and not at the
others, alternately, so each pair of epochs measures the sink with and without a publish in
the same conditions. Reports, a publishing epoch and a plain one, the worker's wall and CPU
seconds in the sink's calls (the stall), and the seconds the publish itself took (where it ran).
No broker; nothing else runs. Prints a table and, last, one JSON line.

    python benchmarks/read_copy.py --rows 3000000 --epochs 8
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

sys.path.insert(0, str(Path(__file__).parent))
from writer import captured_batches

from signalcraft.sinks.duckdb_sink import DuckDBSink
from signalcraft.sinks.duckdb_writer import DuckDBWriter

TABLE = "alert_events"


def alert_rows(events: int, seed: int) -> pa.Table:
    """The alert rows the flow hands the writer for ``events`` native alert events."""
    parts = [t for name, t in captured_batches("signalcraft-alert", events, seed, 2000) if name == TABLE]
    return pa.concat_tables(parts)


def varied(rows: pa.Table, k: int) -> pa.Table:
    """``rows`` with ids of their own (``-k`` appended), so the writer keeps every one."""
    ids = pc.binary_join_element_wise(rows["id"], pa.scalar(f"-{k}"), "")
    i = rows.schema.get_field_index("id")
    return rows.set_column(i, rows.schema.field(i), ids)


def build_store(path: Path, rows: pa.Table, total: int) -> int:
    """A store of ``total`` alert rows (batches of ``rows`` with varied ids); the batches used."""
    k = 0
    with DuckDBWriter(path) as writer:
        while k * rows.num_rows < total:
            writer.add_arrow(TABLE, varied(rows, k))
            writer.flush()
            k += 1
    return k


def busy(seconds: float) -> int:
    """The worker's own work between epoch ends: a Python loop holding the GIL for ``seconds``."""
    end, n = time.perf_counter() + seconds, 0
    while time.perf_counter() < end:
        for _ in range(1000):
            n += 1
    return n


def run_epochs(path: Path, rows: pa.Table, first: int, epochs: int, epoch_s: float, batch: int) -> list[dict]:
    copy = path.with_name(path.stem + ".read.duckdb")
    part = DuckDBSink(path, read_copy=copy, read_copy_every_s=0.0).build_part("store", "duckdb", None)
    part.COPY_SHARE = 1.0  # every epoch the benchmark makes due publishes
    part.snapshot()  # the file opens (behind), the first copy (the copy is missing) and its wait
    part.snapshot()
    out = []
    for e in range(epochs):
        publish = e % 2 == 0
        part._read_copy_every_s = 0.0 if publish else float("inf")
        loops = busy(epoch_s)
        wall, cpu = time.perf_counter(), time.thread_time()
        part.write_batch([{TABLE: varied(rows.slice(0, batch), first + e)}])
        part.snapshot()
        wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
        out.append({"publish": publish, "sink_wall_s": round(wall, 4), "sink_cpu_s": round(cpu, 4),
                    "loops": loops, "file_mb": round(path.stat().st_size / 2**20, 1),
                    "copy_took_s": round(part._writer.read_copy_took, 4)})
    close = time.perf_counter()
    part.close()
    out.append({"close_s": round(time.perf_counter() - close, 4)})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=3_000_000, help="alert rows in the store before the epochs")
    parser.add_argument("--epochs", type=int, default=8, help="epochs, half of them publishing (alternately)")
    parser.add_argument("--epoch-s", type=float, default=2.0, help="the worker's own work between epoch ends")
    parser.add_argument("--batch", type=int, default=20_000, help="alert rows an epoch brings")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    rows = alert_rows(max(args.batch, 20_000), args.seed)
    with tempfile.TemporaryDirectory(prefix="read-copy-") as tmp:
        path = Path(tmp) / "store.duckdb"
        built = time.perf_counter()
        first = build_store(path, rows, args.rows)
        built = time.perf_counter() - built
        epochs = run_epochs(path, rows, first, args.epochs, args.epoch_s, args.batch)
    result: dict = {"rows": args.rows, "build_s": round(built, 1), "epochs": epochs}
    for label, publish in (("publishing", True), ("plain", False)):
        seen = [e for e in epochs if e.get("publish") is publish]
        result[label] = {k: round(statistics.median(e[k] for e in seen), 4) for k in ("sink_wall_s", "sink_cpu_s")}
        result[label]["loops"] = int(statistics.median(e["loops"] for e in seen))
    # a plain epoch's commit waited for the publish before it (wherever it ran): the time it took is known there
    result["copy_took_s"] = round(statistics.median(e["copy_took_s"] for e in epochs if e.get("publish") is False), 4)
    print(f"store of {args.rows:,} alert rows, {epochs[-2]['file_mb']} MB; the worker in the sink an epoch (median):")
    for label in ("publishing", "plain"):
        r = result[label]
        print(f"  {label:11} wall {r['sink_wall_s']:.4f} s  CPU {r['sink_cpu_s']:.4f} s  "
              f"(the worker's own loops between {r['loops']:,})")
    print(f"  a publish (checkpoint and copy) took {result['copy_took_s']:.3f} s; "
          f"the close {epochs[-1]['close_s']:.3f} s")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
