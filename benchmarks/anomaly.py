"""Anomaly warnings: points per second through the anomaly flow, and state per series.

Starts the bundled broker, produces a seeded set of metric points (``--series`` series,
one point a minute each, a few of them ramping), then in the same run measures:

1. the raw decode rate: the same messages through ``decode`` in a loop, no flow;
2. the flow without the anomaly branch (Kafka source -> decode -> DuckDB);
3. the flow with it (series buckets -> season -> detector and band -> warnings);

one process, one worker, correlation off. Then the pickled bytes of one series' state
for each baseline after a day of one-minute points (and Holt-Winters with daily
seasonality at 5-minute buckets, the goal's case). Prints a table and one JSON line.

``--watch 10000 100000`` adds, in the same run, the watch step alone with that many series
(``benchmarks/anomaly_watch.py``, each in a fresh process: points/s, pickled bytes per
series and the process's resident set, for new series and for series four days old,
and the resident set holding that many four-day states); ``--no-flow`` leaves out the
broker and the flows.

``--watch-flow 10000`` adds the watch operator in Bytewax with that many new series (no
broker: ``benchmarks/anomaly_watch.py --flow``, each run in a fresh process) with recovery
off and on, each with the watch's snapshot (its state's pickle; with recovery off none,
and as before, the pickle) and with the deep copy ``op.stateful_flat_map`` takes (the
wiring before 2026-12-03), beside the source and keying alone,
at each ``--epoch-ms`` (the flow's 2 s, and a shorter one where, as live, an epoch sees
about one point of each series it touches), ``--rounds`` times in alternating order; it
stops if the outputs of any two runs differ.

    python benchmarks/anomaly.py --series 500 --minutes 240 --watch 10000 100000
    python benchmarks/anomaly.py --no-flow --watch-flow 10000 --rounds 2
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).parent))
from common import bench_settings, timed_run, topic_settings

from signalcraft.broker import EmbeddedBroker, create_topics, produce_all
from signalcraft.config import TopicSettings
from signalcraft.models import RawMessage
from signalcraft.operators.anomaly import SeriesWatch, WatchState
from signalcraft.operators.baselines import RollingZScore
from signalcraft.operators.baselines_holtwinters import HoltWinters
from signalcraft.operators.detector import NoveltyDetector
from signalcraft.operators.series import SeriesPoint
from signalcraft.params import Identity
from signalcraft.sources.decode import decode

START = datetime(2026, 3, 2, tzinfo=UTC)


def points(series: int, minutes: int, seed: int) -> list[tuple[bytes, dict[str, str], int]]:
    """Native metric points in time order; every 50th series ramps in its last hour."""
    rng = random.Random(seed)
    levels = [rng.uniform(10, 1000) for _ in range(series)]
    out = []
    for m in range(minutes):
        at = START + timedelta(minutes=m)
        for s in range(series):
            ramp = 1.0 + (0.05 * (m - (minutes - 60)) if s % 50 == 0 and m >= minutes - 60 else 0.0)
            value = levels[s] * ramp * (1 + 0.02 * math.sin(m / 30)) + rng.gauss(0, levels[s] * 0.01)
            doc = {
                "workspace_id": "acme", "metric_key": f'req_rate{{service="svc-{s:04d}"}}', "name": "req_rate",
                "labels": {"service": f"svc-{s:04d}"}, "value": round(value, 4), "timestamp": at.isoformat(),
            }
            out.append((json.dumps(doc).encode(), {"sc-format": "signalcraft-metric"}, int(at.timestamp() * 1000)))
    return out


def decode_rate(messages) -> float:
    identity = Identity()
    t0 = time.perf_counter()
    for i, (value, headers, ts) in enumerate(messages):
        decode(RawMessage("bench.metrics", 0, i, value, headers=headers, timestamp_ms=ts), "metrics", identity)
    return len(messages) / (time.perf_counter() - t0)


def flow_rate(bootstrap: str, topics: TopicSettings, db: Path, anomaly: bool, n: int) -> tuple[float, dict]:
    elapsed = timed_run(bench_settings(bootstrap, topics, db, anomaly=anomaly))
    with duckdb.connect(str(db), read_only=True) as con:
        counts = {
            t: con.execute(f"select count(*) from {t}").fetchone()[0]
            for t in ("metric_points", "warnings", "anomaly_models")
        }
        warned = [r[0] for r in con.execute("select distinct metric_key from warnings").fetchall()]
    counts["series_warned"] = len(warned)
    counts["ramping_series_warned"] = sum(int(k.split('svc-')[1][:4]) % 50 == 0 for k in warned)
    if counts["metric_points"] != n:
        raise SystemExit(f"stored {counts['metric_points']} of {n} points")
    return n / elapsed, counts


def state_bytes(seed: int) -> dict[str, int]:
    """Pickled bytes of one series' state after a day of one-minute points (HW: 5-minute)."""
    rng = random.Random(seed)
    day = [100 + 10 * math.sin(2 * math.pi * m / 1440) + rng.gauss(0, 1) for m in range(1440)]
    sizes = {}
    for name, model, series in (
        ("rolling_zscore_60", RollingZScore(window=60, warmup=30), day),
        ("holt_winters_daily_5min", HoltWinters(season_length=288), day * 3),
        ("novelty_detector", NoveltyDetector(), day),
    ):
        for x in series[:: 5] if name.startswith("holt") else series:
            model.learn(x)
        sizes[name] = len(pickle.dumps(model))
    watch, state = SeriesWatch(), WatchState()
    three_days = [100 + 10 * math.sin(2 * math.pi * m / 1440) + rng.gauss(0, 1) for m in range(3 * 1440)]
    for m, x in enumerate(three_days):
        point = SeriesPoint("metric:bench/m", "metric", "bench", START + timedelta(minutes=m), x, 1, {"metric": "m"})
        watch.observe(state, point)
        if m == 1440 - 1:
            sizes["series_watch_state_day1"] = len(pickle.dumps(state))  # the season's warm-up buffer
    sizes["series_watch_state_day3"] = len(pickle.dumps(state))  # season learned and subtracted
    return sizes


def watch_alone(series: int, minutes: int, seed: int) -> list[dict]:
    """The watch step alone with ``series`` new series, with as many four-day-old ones, and
    the resident set of as many grown states: each in a fresh process
    (``benchmarks/anomaly_watch.py``)."""
    script = str(Path(__file__).parent / "anomaly_watch.py")
    found = []
    for extra in ([], ["--from-grown"], ["--grown"]):
        length = GROWN_RUN_MINUTES if extra == ["--from-grown"] else minutes
        args = [sys.executable, script, "--series", str(series), "--minutes", str(length), "--seed", str(seed), *extra]
        print(f"[watch alone] {' '.join(args[1:])}", file=sys.stderr)
        found.append(json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout))
    new, old, grown = found
    return [{**new, **grown, "benchmark": "anomaly-watch"}, {**old, **grown, "benchmark": "anomaly-watch-grown"}]


GROWN_RUN_MINUTES = 15
"""Minutes of points after the four days, for the watch of old series."""


def print_watch(results: list[dict]) -> None:
    print(f"\n{'watch step alone (points/s: all, judged)':44} {'wall':>15} {'CPU time':>15} {'B/series':>9} "
          f"{'RSS MB':>7} {'grown RSS MB':>13}")
    for r in results:
        age = "4 days old" if r["benchmark"] == "anomaly-watch-grown" else "new"
        wall = f"{r['points_per_s']:,} {r['judged_points_per_s'] or 0:,}"
        cpu = f"{r['points_per_cpu_s']:,} {r['judged_points_per_cpu_s'] or 0:,}"
        what = f"{r['series']:,} series x {r['minutes']} min, {age}"
        print(f"{what:44} {wall:>15} {cpu:>15} {r['state_bytes_per_series']:>9,} {r['rss_mb']:>7,} "
              f"{r['grown_rss_mb']:>13,}")


FLOW_RUNS = (
    ("source and keying alone", ["--input-only"]),
    ("recovery off, deep copy (before 12-03)", ["--snapshot", "deepcopy", "--shards", "0"]),
    ("recovery off, pickle (before 12-04)", ["--keep-snapshots", "--shards", "0"]),
    ("recovery off, by series", ["--shards", "0"]),
    ("recovery off, by shard", []),
    ("recovery on, deep copy (before 12-03)", ["--recovery", "--snapshot", "deepcopy", "--shards", "0"]),
    ("recovery on, pickle", ["--recovery"]),
)
"""The runs of ``--watch-flow``: what is measured, and ``anomaly_watch.py --flow``'s options for it."""


def watch_flow(series: int, minutes: int, seed: int, epochs: list[float], rounds: int) -> list[dict]:
    """The watch operator in Bytewax, each of :data:`FLOW_RUNS` in a fresh process, every
    round in the other order; stops if two runs at an epoch emitted different outputs."""
    script = str(Path(__file__).parent / "anomaly_watch.py")
    found = []
    for r in range(rounds):
        for epoch in epochs:
            for name, extra in FLOW_RUNS if r % 2 == 0 else FLOW_RUNS[::-1]:
                args = [sys.executable, script, "--flow", "--series", str(series), "--minutes", str(minutes),
                        "--seed", str(seed), "--epoch-ms", str(epoch), *extra]
                print(f"[watch flow, round {r + 1}] {' '.join(args[1:])}", file=sys.stderr)
                result = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
                found.append({**result, "run": name, "round": r + 1})
    for epoch in epochs:
        digests = {x["digest"] for x in found if x["epoch_ms"] == epoch and x["digest"] is not None}
        if len(digests) != 1:
            raise SystemExit(f"watch flow at {epoch:g} ms epochs: outputs differ between runs ({sorted(digests)})")
    return found


def print_watch_flow(results: list[dict]) -> None:
    print(f"\n{'watch operator in Bytewax (ranges over rounds)':44} {'epoch':>6} {'points/s':>15} "
          f"{'CPU us/point':>13} {'points/snapshot':>15}")
    for epoch in dict.fromkeys(r["epoch_ms"] for r in results):
        for name, _ in FLOW_RUNS:
            runs = [r for r in results if r["epoch_ms"] == epoch and r["run"] == name]
            rate = _range([r["points_per_s"] for r in runs], "{:,}")
            cpu = _range([r["cpu_us_per_point"] for r in runs], "{:.1f}")
            per = _range([r["points"] / r["snapshots"] for r in runs if r["snapshots"]], "{:.1f}") or "-"
            print(f"{name:44} {epoch / 1000:>5g}s {rate:>15} {cpu:>13} {per:>15}")


def _range(values: list, form: str) -> str:
    if not values:
        return ""
    low, high = form.format(min(values)), form.format(max(values))
    return low if low == high else f"{low}–{high}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--series", type=int, default=500)
    parser.add_argument("--minutes", type=int, default=240)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--watch", type=int, nargs="*", default=[], metavar="SERIES",
                        help="also the watch step alone with this many series (e.g. 10000 100000)")
    parser.add_argument("--watch-minutes", type=int, default=45, help="minutes of points per series, watch alone")
    parser.add_argument("--watch-flow", type=int, nargs="*", default=[], metavar="SERIES",
                        help="also the watch operator in Bytewax, recovery off and on, with this many series")
    parser.add_argument("--epoch-ms", type=float, nargs="+", default=[2000.0, 250.0],
                        help="with --watch-flow: the epoch intervals")
    parser.add_argument("--rounds", type=int, default=1, help="with --watch-flow: rounds, in alternating order")
    parser.add_argument("--no-flow", action="store_true",
                        help="no broker and no whole flow (needs --watch or --watch-flow)")
    args = parser.parse_args(argv)
    in_bytewax = [r for n in args.watch_flow
                  for r in watch_flow(n, args.watch_minutes, args.seed, args.epoch_ms, args.rounds)]
    if args.no_flow:
        watched = [r for n in args.watch for r in watch_alone(n, args.watch_minutes, args.seed)]
        if watched:
            print_watch(watched)
        if in_bytewax:
            print_watch_flow(in_bytewax)
        print(json.dumps({"benchmark": "anomaly", "watch_alone": watched, "watch_flow": in_bytewax}))
        return 0
    scenario = f"anomaly-metrics-{args.series}x{args.minutes}-s{args.seed}"
    messages = points(args.series, args.minutes, args.seed)
    n = len(messages)
    print(f"[{scenario}] {n:,} points", file=sys.stderr)
    raw = decode_rate(messages)
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        topics = topic_settings("bench-anomaly")
        create_topics({"bootstrap.servers": broker.bootstrap_servers}, [*topics.inputs(), *topics.outputs()],
                      partitions=2)
        produce_all({"bootstrap.servers": broker.bootstrap_servers},
                    [(topics.metrics, None, v, h, ts) for v, h, ts in messages])
        ingest, _ = flow_rate(broker.bootstrap_servers, topics, Path(tmp) / "ingest.duckdb", False, n)
        full, counts = flow_rate(broker.bootstrap_servers, topics, Path(tmp) / "anomaly.duckdb", True, n)
    sizes = state_bytes(args.seed)
    watched = [r for n in args.watch for r in watch_alone(n, args.watch_minutes, args.seed)]
    print(f"\n{'measure':44} {'points/s':>10}")
    print(f"{'decode alone (no flow)':44} {raw:>10,.0f}")
    print(f"{'flow, ingest only':44} {ingest:>10,.0f}")
    print(f"{'flow, ingest + anomaly warnings':44} {full:>10,.0f}")
    ramps = len(range(0, args.series, 50))
    steady_warned = counts["series_warned"] - counts["ramping_series_warned"]
    print(f"\nwarnings {counts['warnings']} on {counts['series_warned']} series: "
          f"{counts['ramping_series_warned']} of the {ramps} ramping series, {steady_warned} of the "
          f"{args.series - ramps} steady ones; anomaly_models rows {counts['anomaly_models']}")
    print("state per series (pickled bytes): " + ", ".join(f"{k} {v:,}" for k, v in sizes.items()))
    if watched:
        print_watch(watched)
    if in_bytewax:
        print_watch_flow(in_bytewax)
    print(json.dumps({
        "benchmark": "anomaly", "scenario": scenario, "points": n, "decode_per_s": round(raw),
        "ingest_flow_per_s": round(ingest), "anomaly_flow_per_s": round(full), "stored": counts,
        "state_bytes": sizes, "watch_alone": watched, "watch_flow": in_bytewax,
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
