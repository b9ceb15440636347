"""Scale-out: ``signalcraft run`` as 1 process and as a Bytewax cluster of N processes, same input.

Starts the bundled broker and produces a seeded mix once: native alert events and
prometheus-kafka-adapter metric points (``--series`` series scraped every 15 s), over the
same span of event time, keyed as ``signalcraft gateway`` keys them, into topics of
``--partitions`` partitions. Then, in the same run:

1. raw consume: one plain librdkafka consumer reads every message of both topics;
2. for each count in ``--processes``: ``signalcraft run --stop-at-end`` (the whole flow at its
   defaults: store, correlation, anomaly watch, log patterns, silence mining; the incident
   memory off) as that many processes on this host (``-i``/``-a``), into a DuckDB file and
   output topics of its own; first on empty topics (the fixed cost: start-up, connecting
   the cluster, the last commit), then on the input. Each process's CPU time comes from
   ``wait4``, the broker's from ``/proc``; the load average is read before each run.

With ``--recovery`` every run has Bytewax recovery (a fresh folder of a partition a process).
Rates are messages per second of wall time, start-up included and (``net``) with the
empty run's time taken off. Every process, the broker and this script share the
machine's cores: on 2 cores, 2 processes plus the broker cannot run twice as fast as 1.
What carries to a larger host is the work per message: CPU seconds per message of each
process (``cpu_us_per_msg``), and from it the rate of a process with a core of its own
(``per_process_own_core``), since each reads its share of the partitions. Prints a table
and, last, one JSON line.

    python benchmarks/scale_out.py --alerts 60000 --metrics 240000 --partitions 4 --processes 1 2
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
from bytewax.recovery import init_db_dir

from signalcraft.broker import EmbeddedBroker, create_topics, free_port, produce_all
from signalcraft.config import TopicSettings
from signalcraft.models import make_id

sys.path.insert(0, str(Path(__file__).parent))
from common import raw_consume_rate, topic_settings

START = datetime(2026, 3, 2, tzinfo=UTC)
SCRAPE_S = 15
SERVICES = [f"svc-{i:02d}" for i in range(40)]
PROJECTS = ["checkout", "search", "identity", "billing"]
NAMES = ["HighErrorRate", "HighLatencyP99", "PodCrashLooping", "DiskAlmostFull", "QueueBacklog"]
METRICS = ["http_requests_rate", "http_errors_rate", "latency_p99_seconds", "queue_depth", "cpu_usage"]
ENV = {"SIGNALCRAFT_COPILOT_MEMORY": "false", "SIGNALCRAFT_STORE_READ_COPY": "false"}


def ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


def alerts(n: int, span_s: float, rng: random.Random) -> list[tuple[bytes, bytes, dict[str, str], int]]:
    """Native alert events spread over ``span_s`` of event time: ``(key, value, headers, timestamp ms)``."""
    out = []
    for i in range(n):
        svc, proj, name = rng.choice(SERVICES), rng.choice(PROJECTS), rng.choice(NAMES)
        fp = f"{rng.getrandbits(64):016x}"
        status = "firing" if rng.random() < 0.7 else "resolved"
        starts = START + timedelta(seconds=i * span_s / n)
        doc = {
            "id": make_id("alert", "signalcraft", fp, status, starts.isoformat()),
            "workspace_id": "acme", "project": proj, "environment": "production", "service": svc,
            "name": name, "severity": rng.choice(["critical", "warning"]), "status": status,
            "labels": {"alertname": name, "service": svc, "project": proj, "env": "production"},
            "annotations": {"summary": f"{name} on {svc}"}, "fingerprint": fp, "starts_at": starts.isoformat(),
            "ends_at": (starts + timedelta(minutes=5)).isoformat() if status == "resolved" else None,
            "source": "signalcraft",
        }
        key = f"acme/{proj}/production/{svc}".encode()
        out.append((key, json.dumps(doc).encode(), {"sc-format": "signalcraft-alert"}, ms(starts)))
    return out


def metrics(n: int, series: int, rng: random.Random) -> list[tuple[bytes, bytes, dict[str, str], int]]:
    """``n`` prometheus-kafka-adapter points of ``series`` series scraped every 15 s, in time order."""
    labels = []
    for s in range(series):
        name, svc = METRICS[s % len(METRICS)], SERVICES[(s // len(METRICS)) % len(SERVICES)]
        labels.append({"__name__": name, "job": svc, "instance": f"{svc}-{s}:8080", "env": "production",
                       "namespace": rng.choice(PROJECTS)})
    level = [rng.uniform(1, 100) for _ in range(series)]
    out = []
    for i in range(n):
        s, scrape = i % series, i // series
        t = START + timedelta(seconds=scrape * SCRAPE_S)
        value = level[s] * (1 + 0.05 * rng.gauss(0, 1))
        doc = {"value": f"{value:.4f}", "timestamp": t.isoformat().replace("+00:00", "Z"),
               "name": labels[s]["__name__"], "labels": labels[s]}
        key = ("acme/" + json.dumps(labels[s], sort_keys=True)).encode()
        out.append((key, json.dumps(doc).encode(), {}, ms(t)))
    return out


def proc_cpu_s(pid: int) -> float:
    """User + system CPU seconds of a running process (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_cluster(bootstrap: str, inputs: TopicSettings, tag: str, db: Path, processes: int,
                broker_pid: int | None, recovery: bool = False) -> dict:
    """``signalcraft run --stop-at-end`` as ``processes`` processes over ``inputs``; wall and CPU seconds.
    With ``recovery``, a fresh recovery folder of a partition a process (``--recovery-dir``)."""
    topics = inputs.model_copy(update={k: f"{tag}.{k}" for k in ("warnings", "correlations", "dlq", "suggestions")})
    create_topics({"bootstrap.servers": bootstrap}, topics.outputs(), partitions=2)
    env = {**os.environ, **ENV, **{f"SIGNALCRAFT_TOPIC_{k.upper()}": v for k, v in topics.model_dump().items()}}
    cmd = [sys.executable, "-m", "signalcraft", "run", "--bootstrap-servers", bootstrap, "--db", str(db),
           "--stop-at-end"]
    if recovery:
        folder = db.with_name(f"{db.stem}-recovery")
        folder.mkdir()
        init_db_dir(folder, processes)
        cmd += ["--recovery-dir", str(folder)]
    if processes > 1:
        addresses = ";".join(f"127.0.0.1:{free_port()}" for _ in range(processes))
        cmds = [[*cmd, "-i", str(i), "-a", addresses] for i in range(processes)]
    else:
        cmds = [cmd]
    logs = [db.with_name(f"{db.stem}-{i}.log") for i in range(processes)]
    load = os.getloadavg()[0]
    broker_before = proc_cpu_s(broker_pid) if broker_pid else 0.0
    t0 = time.perf_counter()
    procs = [subprocess.Popen(c, env=env, stdout=subprocess.DEVNULL, stderr=log.open("w"))
             for c, log in zip(cmds, logs, strict=True)]
    cpu = []
    for proc, log in zip(procs, logs, strict=True):
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise SystemExit(f"[{tag}] {proc.args} exited {proc.returncode}:\n{log.read_text()[-3000:]}")
        cpu.append(usage.ru_utime + usage.ru_stime)
    wall = time.perf_counter() - t0
    writer = next((i for i, log in enumerate(logs) if "is the single writer" in log.read_text()), None)
    broker_cpu = proc_cpu_s(broker_pid) - broker_before if broker_pid else None
    return {"wall_s": wall, "cpu_s": cpu, "writer": writer, "broker_cpu_s": broker_cpu, "load_before": load}


def stored(db: Path) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return sum(con.execute(f"select count(*) from {t}").fetchone()[0] for t in ("alert_events", "metric_points"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--alerts", type=int, default=60_000)
    parser.add_argument("--metrics", type=int, default=240_000)
    parser.add_argument("--series", type=int, default=2_000)
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--recovery", action="store_true", help="every run with Bytewax recovery (a fresh folder)")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    points = metrics(args.metrics, args.series, rng)
    span_s = (args.metrics // args.series) * SCRAPE_S
    fired = alerts(args.alerts, span_s, rng)
    n = len(points) + len(fired)
    scenario = f"scale-out-a{args.alerts}-m{args.metrics}-s{args.series}-p{args.partitions}"
    scenario += "-recovery" if args.recovery else ""
    results: dict = {"messages": n, "event_span_s": span_s, "cores": os.cpu_count()}
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        bootstrap = broker.bootstrap_servers
        broker_pid = getattr(getattr(broker, "_proc", None), "pid", None)
        inputs, empty = topic_settings("bench-scale"), topic_settings("bench-scale-empty")
        for t in (inputs, empty):
            create_topics({"bootstrap.servers": bootstrap}, list(t.inputs()), partitions=args.partitions)
        print(f"[{scenario}] producing {n:,} messages ...", file=sys.stderr)
        produce_all({"bootstrap.servers": bootstrap, "linger.ms": "20", "batch.num.messages": "10000"},
                    [(inputs.alerts, k, v, h, ts) for k, v, h, ts in fired]
                    + [(inputs.metrics, k, v, h, ts) for k, v, h, ts in points])
        results["raw_consume_per_s"] = round(raw_consume_rate(bootstrap, [inputs.alerts, inputs.metrics],
                                                              args.partitions, n))
        runs = {}
        for p in args.processes:
            print(f"[{scenario}] {p} process(es): empty topics, then the input ...", file=sys.stderr)
            fixed = run_cluster(bootstrap, empty, f"bench-empty-{p}", Path(tmp) / f"empty-{p}.duckdb", p, None,
                                args.recovery)
            run = run_cluster(bootstrap, inputs, f"bench-run-{p}", Path(tmp) / f"run-{p}.duckdb", p, broker_pid,
                              args.recovery)
            rows = stored(Path(tmp) / f"run-{p}.duckdb")
            if rows != n:
                raise SystemExit(f"[{scenario}] {p} process(es) stored {rows} alert and metric rows for {n} messages")
            net = max(run["wall_s"] - fixed["wall_s"], 1e-9)
            share = n / p  # each process reads its partitions' share (balanced when partitions divide evenly)
            runs[p] = {
                "wall_s": round(run["wall_s"], 2), "fixed_s": round(fixed["wall_s"], 2),
                "per_s": round(n / run["wall_s"]), "net_per_s": round(n / net),
                "ratio_to_raw": round(n / net / results["raw_consume_per_s"], 3),
                "cpu_s": [round(c, 2) for c in run["cpu_s"]],
                "fixed_cpu_s": [round(c, 2) for c in fixed["cpu_s"]],
                "cpu_us_per_msg": [round((c - f) / share * 1e6, 1) for c, f in zip(run["cpu_s"], fixed["cpu_s"],
                                                                                     strict=True)],
                "writer": run["writer"], "broker_cpu_s": round(run["broker_cpu_s"] or 0.0, 2),
                "load_before": round(run["load_before"], 2),
            }
            worst = max(runs[p]["cpu_us_per_msg"])
            runs[p]["per_process_own_core"] = round(1e6 / worst)
        results["runs"] = runs
        if 1 in runs:
            for r in runs.values():
                r["speedup"] = round(r["net_per_s"] / runs[1]["net_per_s"], 2)

    print(f"{'processes':>9} {'wall s':>7} {'fixed s':>7} {'msgs/s':>8} {'net/s':>8} {'x1':>5} "
          f"{'CPU s per process':>22} {'µs/msg per process':>22} {'broker CPU s':>12} {'load':>5}")
    for p, r in runs.items():
        print(f"{p:>9} {r['wall_s']:>7.1f} {r['fixed_s']:>7.1f} {r['per_s']:>8,} {r['net_per_s']:>8,} "
              f"{r.get('speedup', 0):>5.2f} {' '.join(f'{c:.1f}' for c in r['cpu_s']):>22} "
              f"{' '.join(f'{c:.0f}' for c in r['cpu_us_per_msg']):>22} {r['broker_cpu_s']:>12.1f} "
              f"{r['load_before']:>5.2f}")
    print(f"raw consume (one consumer, same messages): {results['raw_consume_per_s']:,}/s; "
          f"{results['cores']} cores shared by the processes, the broker and this script")
    print(json.dumps({"benchmark": "scale_out", "scenario": scenario, "seed": args.seed, "results": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
