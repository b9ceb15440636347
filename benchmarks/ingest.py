"""Ingest throughput: alert events through the real broker -> decode/validate -> DuckDB.

Starts the bundled broker, produces a seeded set of alert events, then in the
same run measures (1) the raw consume rate of a plain librdkafka consumer over
the same messages and (2) the ingest flow (Kafka source -> adapt + validate ->
DuckDB), one process, one worker. Prints a table and, last, one JSON line.

    python benchmarks/ingest.py --events 300000 --partitions 2
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).parent))
from common import bench_settings, timed_run, topic_settings
from confluent_kafka import Consumer, TopicPartition

from signalcraft.broker import EmbeddedBroker, create_topics, produce_all
from signalcraft.config import TopicSettings
from signalcraft.models import make_id

START = datetime(2026, 3, 2, tzinfo=UTC)
SERVICES = [f"svc-{i:02d}" for i in range(40)]
PROJECTS = ["checkout", "search", "identity", "billing"]
NAMES = ["HighErrorRate", "HighLatencyP99", "PodCrashLooping", "DiskAlmostFull", "QueueBacklog"]


def native_events(n: int, rng: random.Random) -> list[tuple[bytes, dict[str, str]]]:
    out = []
    for i in range(n):
        svc, proj, name = rng.choice(SERVICES), rng.choice(PROJECTS), rng.choice(NAMES)
        fp = f"{rng.getrandbits(64):016x}"
        status = "firing" if rng.random() < 0.7 else "resolved"
        starts = START + timedelta(seconds=i // 5)
        doc = {
            "id": make_id("alert", "signalcraft", fp, status, starts.isoformat()),
            "workspace_id": "acme", "project": proj, "environment": "production", "service": svc,
            "name": name, "severity": rng.choice(["critical", "warning"]), "status": status,
            "labels": {"alertname": name, "service": svc, "project": proj, "env": "production"},
            "annotations": {"summary": f"{name} on {svc}"},
            "fingerprint": fp, "starts_at": starts.isoformat(),
            "ends_at": (starts + timedelta(minutes=5)).isoformat() if status == "resolved" else None,
            "source": "signalcraft",
        }
        out.append((json.dumps(doc).encode(), {"sc-format": "signalcraft-alert"}))
    return out


def alertmanager_events(n: int, rng: random.Random) -> list[tuple[bytes, dict[str, str]]]:
    out = []
    for i in range(n):
        svc, proj, name = rng.choice(SERVICES), rng.choice(PROJECTS), rng.choice(NAMES)
        labels = {"alertname": name, "service": svc, "project": proj, "env": "production", "severity": "warning"}
        starts = (START + timedelta(seconds=i // 5)).isoformat().replace("+00:00", "Z")
        doc = {
            "version": "4", "groupKey": f'{{}}:{{alertname="{name}"}}', "status": "firing", "receiver": "team",
            "groupLabels": {"alertname": name}, "commonLabels": labels, "commonAnnotations": {},
            "externalURL": "http://alertmanager:9093", "truncatedAlerts": 0,
            "alerts": [{
                "status": "firing", "labels": labels, "annotations": {"summary": f"{name} on {svc}"},
                "startsAt": starts, "endsAt": "0001-01-01T00:00:00Z",
                "generatorURL": "http://prometheus:9090/graph", "fingerprint": f"{rng.getrandbits(64):016x}",
            }],
        }
        out.append((json.dumps(doc).encode(), {}))
    return out


def produce(bootstrap: str, topic: str, messages: list[tuple[bytes, dict[str, str]]]) -> None:
    config = {"bootstrap.servers": bootstrap, "batch.num.messages": "10000"}
    produce_all(config, ((topic, None, value, headers, None) for value, headers in messages))


def raw_consume_rate(bootstrap: str, topic: str, partitions: int, n: int) -> float:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "bench-raw", "enable.auto.commit": "false",
                         "fetch.wait.max.ms": "10"})
    consumer.assign([TopicPartition(topic, p, 0) for p in range(partitions)])
    seen = 0
    t0 = time.perf_counter()
    while seen < n:
        for msg in consumer.consume(1000, 0.1):
            if msg.error() is None:
                msg.value()
                seen += 1
    elapsed = time.perf_counter() - t0
    consumer.close()
    return n / elapsed


def ingest_rate(bootstrap: str, topics: TopicSettings, db: Path, n: int) -> tuple[float, int]:
    elapsed = timed_run(bench_settings(bootstrap, topics, db))  # ingest alone
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select count(*) from alert_events").fetchone()[0]
    return n / elapsed, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=300_000)
    parser.add_argument("--partitions", type=int, default=2)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)

    results = {}
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        for fmt, make in (("signalcraft-alert", native_events), ("alertmanager", alertmanager_events)):
            scenario = f"ingest-{fmt}-{args.events}"
            topics = topic_settings(f"bench-{fmt}")
            create_topics({"bootstrap.servers": broker.bootstrap_servers}, [*topics.inputs(), *topics.outputs()],
                          partitions=args.partitions)
            messages = make(args.events, random.Random(args.seed))
            print(f"[{scenario}] producing {len(messages):,} messages ...", file=sys.stderr)
            produce(broker.bootstrap_servers, topics.alerts, messages)
            raw = raw_consume_rate(broker.bootstrap_servers, topics.alerts, args.partitions, len(messages))
            rate, rows = ingest_rate(broker.bootstrap_servers, topics, Path(tmp) / f"{fmt}.duckdb", len(messages))
            if rows != len(messages):
                raise SystemExit(f"[{scenario}] stored {rows} rows for {len(messages)} events")
            results[scenario] = {"events": len(messages), "raw_consume_per_s": round(raw), "ingest_per_s": round(rate),
                                 "ratio": round(rate / raw, 3)}

    print(f"{'scenario':40} {'events':>9} {'raw consume/s':>14} {'ingest/s':>10} {'ratio':>6}")
    for name, r in results.items():
        print(f"{name:40} {r['events']:>9,} {r['raw_consume_per_s']:>14,} {r['ingest_per_s']:>10,} {r['ratio']:>6.3f}")
    print(json.dumps({"benchmark": "ingest", "partitions": args.partitions, "seed": args.seed, "results": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
