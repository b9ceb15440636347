"""The anomaly watch alone: points per second through ``SeriesWatch`` with many series,
pickled bytes per series and the process's memory, no broker and no flow.

Used by ``benchmarks/anomaly.py --watch N [N ...]``, which runs each size in a fresh
process (``python benchmarks/anomaly_watch.py --series N``) so that the resident set is
that of watching N series. What is timed is what the flow's watch does with a batch
(:meth:`SeriesWatch.by_series`, then :meth:`SeriesWatch.step_many` per series, the states
kept in a dict as Bytewax keeps them); making the records is not timed.

Every series gets one native metric point a minute for ``--minutes`` minutes (seeded
levels, 1 % noise, a slow wave), in batches of ``--batch`` records in time order, as the
Kafka source hands them on. The rate is given over the whole run and over the minutes
after the first ``WARM`` (the detector and the band are ready then: every point is
judged), by the wall clock and by this process's CPU time (on a machine shared with other
work the second says more of the code); then the pickled bytes of a series' state (the
mean over 200 of them) and the resident set holding all the states. ``--grown`` measures
instead, in its own process, the resident set holding ``--series`` copies of one series'
state after four days of one-minute points (the season subtracted since the fourth), unpickled as recovery
restores them; ``--from-grown`` starts every series from such a state and measures the
watch as it runs after days (the season subtracted from every bucket, its strength judged
after every slot).

``--flow`` runs the same points through the anomaly flow's ``watch`` operator in Bytewax
(a ``TestingSource`` of the batches, ``--epoch-ms`` epochs, the flow's 2 s by default),
with Bytewax recovery on (``--recovery``: a fresh folder, a snapshot every epoch) or off,
the operator built for that (with recovery off its snapshots are not pickled, since
2026-12-04); ``--keep-snapshots`` builds it for recovery though the run has none (the
wiring until 2026-12-04: a pickle at every snapshot, dropped by Bytewax);
``--snapshot deepcopy`` takes the snapshots as ``op.stateful_flat_map`` does (a deep copy
of the state, the watch's wiring until 2026-12-03) instead of the watch's own (its pickle),
and ``--input-only`` runs the source and the keying alone (what is not the watch). Without
recovery the watch is keyed by ``--shards`` shards of series (the flow's number by default; 0:
by series), with it by series, as the flow keys it. Making
the records is timed here, as the source makes them. Prints the points per second (wall
and CPU), the snapshots taken (the watch's own) and a digest of every warning and baseline
snapshot emitted, which must be the same whatever the options.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import math
import pickle
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import bytewax.operators as op
from bytewax.dataflow import Dataflow
from bytewax.recovery import RecoveryConfig, init_db_dir
from bytewax.testing import TestingSink, TestingSource, run_main

from signalcraft.config import AnomalySettings
from signalcraft.flows import anomaly as anomaly_flow
from signalcraft.models import MetricPoint
from signalcraft.operators.anomaly import SeriesWatch, WatchState
from signalcraft.operators.series import SeriesPoint, series_key
from signalcraft.operators.shards import by_shard

START = datetime(2026, 3, 2, tzinfo=UTC)
WARM = 35
"""Minutes before every point is judged: 30 buckets of warm-up, and a bucket closes two
minutes (the allowed lateness) after it ends."""


def rss_mb() -> float:
    """The current resident set of this process, MB (from /proc; the peak where there is none)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def minute_batch(minute: int, levels: list[float], rng: random.Random, grown: bool = False) -> list[MetricPoint]:
    """One point of every series for ``minute``, built as the decode step builds them; with
    ``grown``, the daily cycle of :func:`grown_state` instead of the levels."""
    at = START + timedelta(minutes=minute)
    wave = 1 + 0.02 * math.sin(minute / 30)
    cycle = 100 + 10 * math.sin(2 * math.pi * minute / 1440)
    return [
        MetricPoint.model_construct(
            id=f"m{s}-{minute}", workspace_id="acme", metric_key=_metric_key(s), name="req_rate",
            labels={"service": f"svc-{s:06d}"},
            value=cycle + rng.gauss(0, 1) if grown else round(level * wave + rng.gauss(0, level * 0.01), 4),
            timestamp=at + timedelta(seconds=s % 60), source="bench",
        )
        for s, level in enumerate(levels)
    ]


def _metric_key(s: int) -> str:
    return f'req_rate{{service="svc-{s:06d}"}}'


def run(series: int, minutes: int, batch: int, seed: int, grown: bool = False) -> dict:
    """The watch over ``minutes`` minutes of every series; with ``grown``, every series starts
    from a copy of :func:`grown_state` (four days learned, the season subtracted) and
    continues its daily cycle: the steady state of a watch that has run for days."""
    rng = random.Random(seed)
    levels = [rng.uniform(10, 1000) for _ in range(series)]
    watch, states, first, warm = SeriesWatch(), {}, 0, WARM
    if grown:
        blob = pickle.dumps(grown_state(seed))
        keys = (series_key(MetricPoint.model_construct(workspace_id="acme", metric_key=_metric_key(s)))[1]
                for s in range(series))  # the watch's own key, so that every series finds its state
        states = {key: pickle.loads(blob) for key in keys}
        first, warm = GROWN_MINUTES, GROWN_MINUTES + 3  # judged once the first buckets close
    step, by_series = watch.step_many, watch.by_series
    timed = {"all": 0.0, "judged": 0.0, "cpu": 0.0, "judged_cpu": 0.0}
    points = {"all": 0, "judged": 0}
    emitted = 0
    for minute in range(first, first + minutes):
        records = minute_batch(minute, levels, rng, grown)
        t0, c0 = time.perf_counter(), time.process_time()
        for i in range(0, len(records), batch):
            for key, items in by_series(records[i:i + batch]):
                states[key], out = step(states.get(key), items)
                emitted += len(out)
        spent, cpu = time.perf_counter() - t0, time.process_time() - c0
        timed["all"] += spent
        timed["cpu"] += cpu
        points["all"] += len(records)
        if minute >= warm:
            timed["judged"] += spent
            timed["judged_cpu"] += cpu
            points["judged"] += len(records)
        del records
    sample = random.Random(seed).sample(sorted(states), min(200, len(states)))
    gc.collect()
    return {
        "series": series, "minutes": minutes, "batch": batch, "points": points["all"], "emitted": emitted,
        "points_per_s": round(points["all"] / timed["all"]),
        "judged_points_per_s": round(points["judged"] / timed["judged"]) if timed["judged"] else None,
        "points_per_cpu_s": round(points["all"] / timed["cpu"]),
        "judged_points_per_cpu_s": round(points["judged"] / timed["judged_cpu"]) if timed["judged_cpu"] else None,
        "state_bytes_per_series": round(sum(len(pickle.dumps(states[k])) for k in sample) / len(sample)),
        "rss_mb": round(rss_mb()), "peak_rss_mb": round(peak_rss_mb()),
    }


GROWN_MINUTES = 4 * 1440


def grown_state(seed: int) -> WatchState:
    """One series' state after four days of one-minute points on a daily cycle."""
    rng = random.Random(seed)
    watch, state = SeriesWatch(), WatchState()
    for m in range(GROWN_MINUTES):
        x = 100 + 10 * math.sin(2 * math.pi * m / 1440) + rng.gauss(0, 1)
        watch.observe(state, SeriesPoint("metric:bench/m", "metric", "bench", START + timedelta(minutes=m), x, 1,
                                         {"metric": "m"}))
    return state


def grown_rss(series: int, seed: int) -> dict:
    """The resident set holding ``series`` unpickled copies of a four-day state."""
    blob = pickle.dumps(grown_state(seed))
    gc.collect()
    before = rss_mb()
    held = [pickle.loads(blob) for _ in range(series)]
    gc.collect()
    after = rss_mb()
    del held
    return {"grown_state_bytes": len(blob), "grown_states": series, "rss_before_mb": round(before),
            "grown_rss_mb": round(after), "grown_kb_per_series": round((after - before) * 1024 / series, 2)}


def flow_run(series: int, minutes: int, batch: int, seed: int, epoch_ms: float, recovery: bool,
             snapshot: str, input_only: bool = False, keep_snapshots: bool = False, shards: int = 0) -> dict:
    """The points of :func:`run` (new series) through the ``watch`` operator in Bytewax,
    built for a run with ``recovery`` (or with ``keep_snapshots``, for one with it), its state
    keyed, as the flow keys it, by ``shards`` shards of series without recovery and by series with it."""
    rng = random.Random(seed)
    levels = [rng.uniform(10, 1000) for _ in range(series)]

    def batches():
        for minute in range(minutes):
            records = minute_batch(minute, levels, rng)
            yield from (records[i:i + batch] for i in range(0, len(records), batch))

    if snapshot == "deepcopy":
        def deep_copied(step_id, up, step, recovery=True):  # the wiring before: Bytewax's deep copy
            return op.stateful_flat_map(step_id, up, step)

        anomaly_flow.fold_series = deep_copied
    taken = _count_snapshots()
    shards = 0 if recovery or keep_snapshots else shards
    flow, out = Dataflow("anomaly-watch-bench"), []
    up = op.input("input", flow, TestingSource(batches()))
    if input_only:
        by_series = anomaly_flow.SeriesWatch().by_series
        keying = by_shard(by_series, shards) if shards else by_series
        op.output("out", op.flat_map("records-by-series", up, keying), TestingSink(out))
    else:
        watched = anomaly_flow.watch("anomaly", up, anomaly_flow.AnomalyParams(), recovery=recovery or keep_snapshots,
                                     shards=shards)
        op.output("out", op.merge("found", watched.warnings, watched.models, watched.late), TestingSink(out))
    with tempfile.TemporaryDirectory() as folder:
        config = None
        if recovery:
            init_db_dir(folder, 1)
            config = RecoveryConfig(folder, backup_interval=timedelta(0))
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        run_main(flow, epoch_interval=timedelta(milliseconds=epoch_ms), recovery_config=config)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        folder_mb = round(sum(f.stat().st_size for f in Path(folder).iterdir()) / 2**20, 1) if recovery else None
    n = series * minutes
    digest = hashlib.sha256()
    for item in sorted((x.model_dump_json() for x in out) if not input_only else ()):
        digest.update(item.encode())
    return {
        "series": series, "minutes": minutes, "batch": batch, "epoch_ms": epoch_ms, "recovery": recovery,
        "shards": shards, "folder_mb": folder_mb,
        "snapshots_kept": recovery or keep_snapshots,
        "snapshot": "none" if input_only else snapshot, "points": n, "emitted": 0 if input_only else len(out),
        "points_per_s": round(n / wall), "points_per_cpu_s": round(n / cpu),
        "cpu_us_per_point": round(cpu / n * 1e6, 2),
        "snapshots": taken[0] if snapshot == "pickle" and not input_only and not shards else None,
        "digest": digest.hexdigest()[:16] if not input_only else None, "rss_mb": round(rss_mb()),
    }


def _count_snapshots() -> list[int]:
    """A counter of the watch's own snapshots (``WatchLogic.snapshot`` calls)."""
    taken, take = [0], anomaly_flow.WatchLogic.snapshot

    def counted(self):
        taken[0] += 1
        return take(self)

    anomaly_flow.WatchLogic.snapshot = counted
    return taken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--series", type=int, default=10_000)
    parser.add_argument("--minutes", type=int, default=45)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--grown", action="store_true",
                        help="only the resident set holding --series copies of a four-day state")
    parser.add_argument("--from-grown", action="store_true",
                        help="every series starts from a four-day state (the season subtracted)")
    parser.add_argument("--flow", action="store_true", help="through the watch operator in Bytewax (new series)")
    parser.add_argument("--epoch-ms", type=float, default=2000.0, help="with --flow: the epoch interval")
    parser.add_argument("--recovery", action="store_true", help="with --flow: Bytewax recovery on")
    parser.add_argument("--snapshot", choices=["pickle", "deepcopy"], default="pickle",
                        help="with --flow: the watch's snapshot, or op.stateful_flat_map's deep copy (before)")
    parser.add_argument("--input-only", action="store_true", help="with --flow: the source and the keying alone")
    parser.add_argument("--shards", type=int, default=AnomalySettings().shards,
                        help="with --flow and without recovery: the watch keyed by this many shards of series "
                             "(0: by series; default: the flow's)")
    parser.add_argument("--keep-snapshots", action="store_true",
                        help="with --flow: build the watch for recovery even if the run has none (before 2026-12-04)")
    args = parser.parse_args(argv)
    if args.flow:
        result = {"benchmark": "anomaly-watch-flow",
                  "scenario": f"watch-flow-{args.series}x{args.minutes}-b{args.batch}-s{args.seed}-e{args.epoch_ms:g}",
                  **flow_run(args.series, args.minutes, args.batch, args.seed, args.epoch_ms, args.recovery,
                             args.snapshot, args.input_only, args.keep_snapshots, args.shards)}
    elif args.grown:
        result = {"benchmark": "anomaly-watch-grown", **grown_rss(args.series, args.seed)}
    else:
        scenario = f"watch-{'grown-' if args.from_grown else ''}{args.series}x{args.minutes}-b{args.batch}-s{args.seed}"
        result = {"benchmark": "anomaly-watch", "scenario": scenario,
                  **run(args.series, args.minutes, args.batch, args.seed, args.from_grown)}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
