"""Logs path throughput: OTLP log messages through the real broker -> decode -> template
mining -> DuckDB, beside the same flow without mining and a raw consume, in one run.

Starts the bundled broker and produces ``--lines`` log lines as OTLP/JSON messages of
``--per-message`` records each (one resource per service, 20 services). The bodies are
LogHub lines when ``--data-dir`` points at a LogHub-style directory (every
``<System>/<System>*.log_structured.csv``, one service per system), else seeded
synthetic lines of a few hundred patterns with varying values. Then, one process, one
worker, correlation and anomaly warnings off:

1. the raw consume rate of a plain librdkafka consumer over the same messages;
2. the flow with template mining off (decode, validate, store);
3. the flow with template mining on (the same, plus the log-pattern step and the
   ``log_templates`` rows), checking every stored line has a template.

And the pickled state of one service's pattern step (miner and per-template counts and
example) at 1,000 templates. Prints a table and, last, one JSON line.

    python benchmarks/logs.py --lines 200000
    python benchmarks/logs.py --lines 200000 --data-dir ../shared/loghub
"""

from __future__ import annotations

import argparse
import csv
import json
import pickle
import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).parent))
from common import bench_settings, raw_consume_rate, timed_run, topic_settings

from signalcraft.broker import EmbeddedBroker, create_topics, produce_all
from signalcraft.config import PatternSettings, Settings
from signalcraft.models import LogRecord
from signalcraft.operators.log_patterns import LogPatterns

START = datetime(2026, 3, 2, tzinfo=UTC)
SERVICES = [f"svc-{i:02d}" for i in range(20)]
WORDS = ["order", "payment", "session", "cache", "queue", "worker", "index", "shard", "token", "user"]
VERBS = ["created", "updated", "expired", "failed", "retried", "evicted", "flushed", "rejected"]

csv.field_size_limit(1 << 24)


def synthetic_patterns(rng: random.Random, n: int = 300) -> list[str]:
    """``n`` message shapes with ``{}`` where a value goes."""
    shapes = set()
    while len(shapes) < n:
        a, b, v = rng.choice(WORDS), rng.choice(WORDS), rng.choice(VERBS)
        shape = rng.choice([
            f"{a} {{}} {v} after {{}} ms",
            f"{a} {{}} {v} for {b} {{}}",
            f"{v} {a} batch of {{}} {b}s in {{}}ms",
            f"GET /api/{a}s/{{}} {{}} in {{}}ms",
            f"{a} {b} {v}: {{}} of {{}} done ({{}}%)",
            f"connection to {{}}:{{}} {v} ({a} {b})",
        ])
        shapes.add(shape)
    return sorted(shapes)


def value(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return str(rng.randint(0, 100_000))
    if kind < 0.6:
        return f"{rng.getrandbits(64):016x}"
    if kind < 0.8:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{rng.random():.3f}"


def synthetic_bodies(n: int, rng: random.Random) -> dict[str, list[str]]:
    shapes = synthetic_patterns(rng)
    out: dict[str, list[str]] = {s: [] for s in SERVICES}
    for i in range(n):
        k = i % len(SERVICES)
        shape = shapes[(17 * k + int(rng.paretovariate(1.2))) % len(shapes)]  # each service its favourites
        service = SERVICES[k]
        out[service].append(shape.format(*(value(rng) for _ in range(shape.count("{}")))))
    return out


def loghub_bodies(data_dir: Path, n: int) -> dict[str, list[str]]:
    systems: dict[str, list[str]] = {}
    for path in sorted(data_dir.glob("*/*.log_structured.csv")):
        with path.open(newline="", encoding="utf-8", errors="replace") as f:
            systems[path.parent.name.lower()] = [row["Content"] for row in csv.DictReader(f)]
    if not systems:
        raise SystemExit(f"no <System>/<System>*.log_structured.csv under {data_dir}")
    per = -(-n // len(systems))
    return {name: [lines[i % len(lines)] for i in range(per)] for name, lines in systems.items()}


def otlp_messages(
    bodies: dict[str, list[str]], per_message: int, rng: random.Random
) -> list[tuple[bytes, dict, bytes]]:
    """One OTLP/JSON message per ``per_message`` lines of a service, services interleaved:
    (value, headers, key). Keyed by service, so each service's lines keep their order."""
    out, cursor, t = [], dict.fromkeys(bodies, 0), START
    while any(cursor[s] < len(b) for s, b in bodies.items()):
        for service, lines in bodies.items():
            i = cursor[service]
            if i >= len(lines):
                continue
            chunk, cursor[service] = lines[i:i + per_message], i + per_message
            records = []
            for j, body in enumerate(chunk):
                severity = 17 if rng.random() < 0.05 else 9
                nanos = int((t + timedelta(milliseconds=j)).timestamp() * 1e9)
                records.append({"timeUnixNano": str(nanos), "severityNumber": severity,
                                "severityText": "ERROR" if severity == 17 else "INFO", "body": {"stringValue": body}})
            doc = {"resourceLogs": [{
                "resource": {"attributes": [
                    {"key": "service.name", "value": {"stringValue": service}},
                    {"key": "service.namespace", "value": {"stringValue": "bench"}},
                    {"key": "deployment.environment.name", "value": {"stringValue": "production"}},
                ]},
                "scopeLogs": [{"scope": {"name": "bench"}, "logRecords": records}],
            }]}
            out.append((json.dumps(doc).encode(), {"sc-format": "otlp-logs"}, service.encode()))
        t += timedelta(seconds=1)
    return out


def flow_rate(settings: Settings, db: Path, lines: int) -> tuple[float, int, int]:
    elapsed = timed_run(settings)
    with duckdb.connect(str(db), read_only=True) as con:
        stored, mined = con.execute("select count(*), count(template_id) from log_events").fetchone()
    return lines / elapsed, stored, mined


def state_bytes(templates: int = 1000, seed: int = 7) -> tuple[int, int]:
    """Pickled bytes of one service's pattern state holding ``templates`` templates (and of its miner alone)."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    lp, state, i = LogPatterns(), None, 0
    while state is None or len(state.miner) < templates:
        words = [rng.choice(WORDS) + "".join(rng.choice(letters) for _ in range(4)) for _ in range(6)]
        body = f"{' '.join(words)} took {rng.randint(1, 999)} ms"
        record = LogRecord(id=f"l{i}", workspace_id="w", project="p", environment="e", service="s",
                           severity_number=9, is_error=False, body=body,
                           timestamp=START + timedelta(seconds=i), source="bench")
        state, _ = lp.step_many(state, [record])
        i += 1
    return len(pickle.dumps(state)), len(pickle.dumps(state.miner))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, default=200_000)
    parser.add_argument("--per-message", type=int, default=20)
    parser.add_argument("--partitions", type=int, default=2)
    parser.add_argument("--data-dir", type=Path, default=None, help="LogHub-style directory for the bodies")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    bodies = loghub_bodies(args.data_dir, args.lines) if args.data_dir else synthetic_bodies(args.lines, rng)
    messages = otlp_messages(bodies, args.per_message, rng)
    lines = sum(len(b) for b in bodies.values())
    source = "loghub" if args.data_dir else "synthetic"
    scenario = f"logs-{source}-{lines}"
    results: dict[str, float | int] = {"lines": lines, "messages": len(messages)}
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        topics = topic_settings("bench-logs")
        create_topics({"bootstrap.servers": broker.bootstrap_servers}, [*topics.inputs(), *topics.outputs()],
                      partitions=args.partitions)
        print(f"[{scenario}] producing {len(messages):,} messages ...", file=sys.stderr)
        produce_all({"bootstrap.servers": broker.bootstrap_servers, "batch.num.messages": "10000"},
                    ((topics.logs, key, value, headers, None) for value, headers, key in messages))
        raw = raw_consume_rate(broker.bootstrap_servers, [topics.logs], args.partitions, len(messages))
        results["raw_consume_lines_per_s"] = round(raw * lines / len(messages))
        for name, mining in (("without_mining", False), ("with_mining", True)):
            db = Path(tmp) / f"{name}.duckdb"
            settings = bench_settings(broker.bootstrap_servers, topics, db).model_copy(
                update={"patterns": PatternSettings(enabled=mining)})
            rate, stored, mined = flow_rate(settings, db, lines)
            if stored != lines or mined != (lines if mining else 0):
                raise SystemExit(f"[{scenario}] {name}: stored {stored} lines ({mined} with a template) of {lines}")
            results[f"{name}_lines_per_s"] = round(rate)
        with duckdb.connect(str(Path(tmp) / "with_mining.duckdb"), read_only=True) as con:
            results["templates"] = con.execute(
                "select count(*) from log_templates where replaced_by is null").fetchone()[0]
    results["state_bytes_1000_templates"], results["miner_bytes_1000_templates"] = state_bytes()

    print(f"{'scenario':32} {'lines':>9} {'raw consume':>12} {'no mining':>10} {'mining':>9} {'templates':>9}")
    print(f"{scenario:32} {lines:>9,} {results['raw_consume_lines_per_s']:>12,} "
          f"{results['without_mining_lines_per_s']:>10,} {results['with_mining_lines_per_s']:>9,} "
          f"{results['templates']:>9,}")
    print(f"state of one service at 1,000 templates: {results['state_bytes_1000_templates']:,} bytes "
          f"(the miner alone {results['miner_bytes_1000_templates']:,})")
    print(json.dumps({"benchmark": "logs", "scenario": scenario, "partitions": args.partitions, "seed": args.seed,
                      "per_message": args.per_message, "results": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
