"""Alert events through what the whole flow does with them when the anomaly watch is on, no broker
and no Bytewax: decode as the flow does (alert events as rows, or as records with ``--records``),
the watch's input and the watch (``SeriesWatch.by_series``, then ``step_many`` per series), the
join's input and the grouped join, and the store's Arrow tables, batch by batch.

    python benchmarks/watch_alerts.py --events 20000             # rows, as the flow keeps them
    python benchmarks/watch_alerts.py --events 20000 --records   # records, as before 2026-12-06

``--flow`` runs the whole flow instead, at default settings (the watch, correlation, log patterns and
silence mining on), on a ``TestingSource`` of the batches with ``TestingSink`` outputs (no broker, no
DuckDB, recovery off), and prints the CPU µs an event of the flow's thread; under callgrind, the
difference between two ``--events`` is the flow's instructions an event without its set-up.

``--events`` native events and as many Alertmanager webhooks (``benchmarks/ingest.py``'s seeded
payloads, five a second each), one of each in turn in time order, in batches of ``--batch`` messages.
Prints the CPU µs an event and a digest of what the watch and the join emitted (the same with rows
and records); under ``valgrind --tool=callgrind`` the difference between two ``--events`` is the
instructions an event without the set-up, deterministically.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ingest import alertmanager_events, native_events

from signalcraft.config import CorrelationSettings, Settings
from signalcraft.flows.pipeline import _joinable, _watched
from signalcraft.models import RawMessage
from signalcraft.operators.anomaly import SeriesWatch
from signalcraft.operators.correlation import Correlator
from signalcraft.operators.group_join import GroupJoin
from signalcraft.operators.grouping import AlertGrouper
from signalcraft.operators.ingest import BatchDecoder
from signalcraft.params import Identity
from signalcraft.sinks.duckdb_sink import arrow_batches


def batches(events: int, size: int, seed: int, topic: str = "alerts") -> list[list[RawMessage]]:
    native, webhooks = native_events(events, random.Random(seed)), alertmanager_events(events, random.Random(seed + 1))
    messages = [m for pair in zip(native, webhooks, strict=True) for m in pair]  # in time order, as a partition's
    raws = [RawMessage(topic, i % 2, i, value, b"k", headers, 1_772_409_600_000 + i)
            for i, (value, headers) in enumerate(messages)]
    return [raws[i:i + size] for i in range(0, len(raws), size)]


def run(raw: list[list[RawMessage]], rows: bool) -> tuple[float, str]:
    """Every batch through decode, the watch, the join and the store's Arrow; CPU seconds and a digest."""
    decoder = BatchDecoder({"alerts": "alerts"}, Identity(), alert_rows=rows)
    watch, settings = SeriesWatch(), CorrelationSettings()
    group_join = GroupJoin(AlertGrouper.of(settings.grouping()), Correlator(settings.params()))
    watched: dict = {}
    joined: dict = {}
    h = hashlib.sha256()
    t0 = time.process_time()
    for batch in raw:
        decoded = decoder(batch)
        for key, items in watch.by_series(_watched(decoded)):
            watched[key], out = watch.step_many(watched.get(key), items)
            for x in out:
                h.update(repr(x).encode())
        for key, items in group_join.by_key(_joinable(decoded)):
            joined[key], out = group_join.step_many(joined.get(key), items)
            for x in out:
                h.update(x.model_dump_json().encode())
        arrow_batches(decoded.stored())
    return time.process_time() - t0, h.hexdigest()[:16]


def run_flow(raw: list[list[RawMessage]]) -> tuple[float, str]:
    """The batches through ``build_flow`` at default settings; the flow thread's CPU seconds and a digest
    of the warnings, correlations and dead letters and of the baseline snapshots stored."""
    from bytewax.testing import TestingSink, TestingSource, run_main

    from signalcraft.flows.pipeline import build_flow

    stored, dlq, correlations, warnings = [], [], [], []
    flow = build_flow(Settings(), TestingSource(raw), TestingSink(stored), TestingSink(dlq),
                      TestingSink(correlations), TestingSink(warnings), recovery=False)
    t0 = time.thread_time()
    run_main(flow)
    cpu = time.thread_time() - t0
    h = hashlib.sha256()
    for m in [*warnings, *correlations, *dlq]:
        h.update(repr((m.key, m.value)).encode())
    for _key, tables in stored:
        if "anomaly_models" in tables:
            h.update(repr(tables["anomaly_models"].to_pylist()).encode())
    return cpu, h.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=20_000, help="native events, and as many Alertmanager webhooks")
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--records", action="store_true", help="alert events as records (the flow before)")
    parser.add_argument("--flow", action="store_true", help="the whole flow at default settings instead (no broker)")
    args = parser.parse_args(argv)
    if args.flow and args.records:
        parser.error("--flow: the flow decides; run it on the code before for records")
    raw = batches(args.events, args.batch, args.seed, Settings().topics.alerts if args.flow else "alerts")
    cpu, digest = run_flow(raw) if args.flow else run(raw, rows=not args.records)
    n = 2 * args.events
    print(json.dumps({"benchmark": "watch_alerts", "events": n, "flow": args.flow,
                      "rows": None if args.flow else not args.records,
                      "cpu_us_per_event": round(cpu / n * 1e6, 2), "digest": digest}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
