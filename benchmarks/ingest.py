"""Ingest throughput: alert events (or OTLP log lines) through the real broker -> decode/validate -> DuckDB.

Starts the bundled broker, produces a seeded set of events per kind, then in the
same run measures (1) the raw consume rate of a plain librdkafka consumer over
the same messages and (2) the ingest flow (Kafka source -> adapt + validate ->
DuckDB), one process, one worker. Prints a table and, last, one JSON line.

Kinds (``--kind``, repeatable; the first two by default): ``signalcraft-alert`` (native
``AlertEvent`` JSON), ``alertmanager`` (webhooks of one alert each) and ``otlp-logs``
(OTLP/JSON messages of ``--lines-per-message`` log lines, the synthetic lines of
``benchmarks/logs.py``; template mining off, rates in lines/s, raw consume in lines/s too).

    python benchmarks/ingest.py --events 300000 --partitions 2
    python benchmarks/ingest.py --events 300000 --partitions 2 --kind otlp-logs
    python benchmarks/ingest.py --events 300000 --partitions 2 --anomaly   # the watch on, as by default
    python benchmarks/ingest.py --events 300000 --partitions 2 --read-copy-every 1   # + the store's read copy

Before the first kind is timed, the imports a flow makes on first use are made once
(:func:`warm_imports`): LanceDB, which the incident memory's thread imports as the flow starts,
and pandas, which pyarrow imports at its first array. A long-running process pays them once;
here they would land in the first kind's figures only (about 1.3 s of CPU, 4 µs a native event
of 300,000). ``--cold`` leaves them there, as before; the seconds they took are in the JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import random
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from importlib.util import find_spec
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).parent))
from bytewax.testing import run_main
from common import bench_settings, raw_consume_rate, read_copy_every, topic_settings

from signalcraft.broker import EmbeddedBroker, create_topics, produce_all
from signalcraft.config import PatternSettings, TopicSettings
from signalcraft.models import make_id
from signalcraft.runtime import kafka_flow, tune_gc

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


def otlp_log_messages(n: int, rng: random.Random, per_message: int = 20) -> list[tuple[bytes, dict[str, str]]]:
    """``n`` synthetic log lines of ``benchmarks/logs.py`` as OTLP/JSON messages of ``per_message`` lines."""
    from logs import otlp_messages, synthetic_bodies  # here: logs.py imports this module

    return [(value, headers) for value, headers, _key in otlp_messages(synthetic_bodies(n, rng), per_message, rng)]


KINDS = {
    "signalcraft-alert": ("alerts", "alert_events", native_events),
    "alertmanager": ("alerts", "alert_events", alertmanager_events),
    "otlp-logs": ("logs", "log_events", otlp_log_messages),
}
"""Scenario kind -> (stream kind, table its records land in, message maker)."""


def produce(bootstrap: str, topic: str, messages: list[tuple[bytes, dict[str, str]]]) -> None:
    config = {"bootstrap.servers": bootstrap, "batch.num.messages": "10000"}
    produce_all(config, ((topic, None, value, headers, None) for value, headers in messages))


def warm_imports() -> dict[str, float]:
    """Make the imports the flow makes on first use, outside the timed runs; the CPU seconds each took.

    The incident memory's thread imports LanceDB as the flow starts (when it is installed and the
    memory is on, as by default), and pyarrow imports pandas at its first array (the store's first
    batch); both once a process."""
    import pyarrow

    spent = {}
    if find_spec("lancedb") is not None:
        t0 = time.process_time()
        importlib.import_module("lancedb")
        spent["lancedb"] = round(time.process_time() - t0, 3)
    t0 = time.process_time()
    pyarrow.array([0])  # pyarrow's pandas shim imports pandas, if installed, at the first array
    spent["pyarrow's first array (pandas)"] = round(time.process_time() - t0, 3)
    return spent


class ThreadCpu:
    """CPU seconds of each thread of this process over a ``with`` block, by role: the Bytewax
    worker (the main thread: ``run_main`` runs the one worker there), the store's writer, the
    incident memory, librdkafka's threads (``rdk:*``) and any other.

    Each thread's clock is ``/proc/self/task/<tid>/schedstat`` (nanoseconds on the CPU, what
    ``time.thread_time`` reads). A Python thread that ends inside the block reads its own clock
    as it ends; a thread of C (librdkafka's) is looked at every ``every_s`` by a sampling thread,
    so up to that much of its last CPU is lost when it ends before the block does:
    ``ended between looks`` is the process's CPU that no thread's last look holds. The sampler's
    own CPU is its own role, left out of :attr:`process` (the process's CPU clock less it)."""

    WORKER, WRITER, MEMORY, KAFKA, OTHER, LOST = ("worker (main thread)", "duckdb-writer", "incident-memory",
                                                  "librdkafka (rdk:*)", "other", "ended between looks")

    def __init__(self, every_s: float = 0.1) -> None:
        self._every_s = every_s
        self._seen: dict[int, tuple[str, float]] = {}  # tid -> (role, last CPU seconds)
        self._start: dict[int, float] = {}
        self._names: dict[int, str] = {}  # Python threads' native ids -> names
        self._lock = threading.Lock()
        self._done = threading.Event()
        self.process = 0.0
        self.sampler = 0.0
        self.by_role: dict[str, float] = {}

    def _role(self, tid: int) -> str:
        if tid == threading.main_thread().native_id:
            return self.WORKER
        name = self._names.get(tid)
        if name is None:
            with contextlib.suppress(OSError):
                name = Path(f"/proc/self/task/{tid}/comm").read_text().strip()
        name = name or ""
        if name.startswith("duckdb-writer"):
            return self.WRITER
        if name.startswith("incident-memory"):
            return self.MEMORY
        return self.KAFKA if name.startswith("rdk:") else self.OTHER

    def _look(self) -> dict[int, float]:
        self._names.update((t.native_id, t.name) for t in threading.enumerate() if t.native_id is not None)
        out = {}
        for tid in os.listdir("/proc/self/task"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                out[int(tid)] = int(Path(f"/proc/self/task/{tid}/schedstat").read_text().split()[0]) / 1e9
        return out

    def _record(self, clocks: dict[int, float]) -> None:
        with self._lock:
            for tid, cpu in clocks.items():
                role = self._seen[tid][0] if tid in self._seen else self.OTHER
                if role == self.OTHER:  # a thread first seen before its name was known: named now, or at its end
                    role = self._role(tid)
                self._seen[tid] = (role, cpu)

    def _sample(self) -> None:
        while not self._done.wait(self._every_s):
            self._record(self._look())
        self.sampler = time.thread_time()

    def __enter__(self) -> ThreadCpu:
        self._run = threading.Thread.run
        clock = self

        def run(thread: threading.Thread) -> None:
            try:
                clock._run(thread)
            finally:
                clock._names[threading.get_native_id()] = thread.name
                clock._record({threading.get_native_id(): time.thread_time()})

        threading.Thread.run = run
        self._cpu0 = time.process_time()
        self._start = self._look()
        self._thread = threading.Thread(target=self._sample, name="thread-cpu-sampler", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()
        threading.Thread.run = self._run
        self._record(self._look())
        roles: dict[str, float] = {}
        for tid, (role, cpu) in self._seen.items():
            if tid != self._thread.native_id:
                roles[role] = roles.get(role, 0.0) + cpu - self._start.get(tid, 0.0)
        self.process = time.process_time() - self._cpu0 - self.sampler
        roles[self.LOST] = max(0.0, self.process - sum(roles.values()))
        self.by_role = roles


@contextlib.contextmanager
def source_phases() -> Iterator[dict[str, float]]:
    """When the Kafka source emitted its first and last non-empty batch, and how many messages;
    when its last partition closed, and when the store's close began and ended (the wall clock,
    ``time.perf_counter``; wrappers around each partition's ``next_batch`` and ``close``)."""
    from signalcraft.sinks.duckdb_sink import _DuckDBPartition
    from signalcraft.sources.kafka import _Partition

    seen: dict[str, float] = {"messages": 0}
    original = _Partition.__dict__["next_batch"]
    closes = [(_Partition, _Partition.__dict__["close"], "sources_closed", None),
              (_DuckDBPartition, _DuckDBPartition.__dict__["close"], "store_closed", "store_closing")]

    def timed_close(close, after: str, before: str | None):
        def wrapped(self):
            if before is not None:
                seen[before] = time.perf_counter()
            try:
                return close(self)
            finally:
                seen[after] = time.perf_counter()

        return wrapped

    def next_batch(self):
        out = original(self)
        if out and out[0]:
            now = time.perf_counter()
            if "first" not in seen:
                seen["first"], seen["first_batch_messages"] = now, len(out[0])
            seen["last"] = now
            seen["messages"] += len(out[0])
        return out

    _Partition.next_batch = next_batch
    for owner, close, after, before in closes:
        owner.close = timed_close(close, after, before)
    try:
        yield seen
    finally:
        _Partition.next_batch = original
        for owner, close, *_ in closes:
            owner.close = close


def ingest_rate(bootstrap: str, topics: TopicSettings, db: Path, n: int, table: str = "alert_events",
                anomaly: bool = False, read_copy_every_s: float | None = None,
                ) -> tuple[float, int, float, dict[str, float], dict[str, float]]:
    """Events (rows of ``table``) per second through the flow, the rows stored, the CPU µs an
    event took in this process (every thread: the worker, the DuckDB writer, librdkafka's; not
    the broker's), which others' load on a shared machine moves less than the rate, and those µs
    by thread (:class:`ThreadCpu`: on a host with a core for each, the busiest thread bounds the
    rate). Ingest alone (correlation and anomaly warnings off, and template mining for logs; silence
    mining on, as by default; ``anomaly``: the anomaly watch on too, as by default; no read copy unless
    ``read_copy_every_s``: then the store keeps one, published at most that often). The CPU clocks,
    like the rate, count from ``run_main``'s call: building the flow and the full collection
    ``tune_gc`` makes before it (a process pays them once; 0.12-0.20 s of the worker's CPU, 0.4-0.7
    µs an event of 300,000, counted in the figures before 2026-12-06) are ``setup_cpu``, the
    worker's CPU seconds for them.

    Last, where the run's seconds went (from ``run_main``'s call):
    ``start`` until the source's first non-empty batch (Bytewax, the Kafka partitions),
    ``batches`` from it to the last one, ``end`` after it; and
    ``between`` the events a second from the first batch to the last (the messages of every batch
    but the first), a rate without the run's fixed costs. ``end`` is in three parts:
    ``end_source`` until the last partition closed (its end of the topics: without a fixed wait
    when the broker says a partition is read to its end), ``end_commit`` until the store's close
    began (the last epoch: decoding what the last batches brought, the last commit waiting for
    the writer thread's backlog), ``end_close`` the store's close (DuckDB's checkpoint of what
    is left in its WAL)."""
    settings = bench_settings(bootstrap, topics, db, anomaly=anomaly, read_copy_every_s=read_copy_every_s)
    if table == "log_events":
        settings = settings.model_copy(update={"patterns": PatternSettings(enabled=False)})
    setup = time.thread_time()
    flow = kafka_flow(settings, stop_at_end=True)  # as timed_run: built, then the heap collected and frozen
    tune_gc()
    setup = time.thread_time() - setup
    with ThreadCpu() as threads, source_phases() as seen:  # the clocks of run_main's call, as the rate's
        t0 = time.perf_counter()
        run_main(flow)
        elapsed = time.perf_counter() - t0
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(f"select count(*) from {table}").fetchone()[0]
    per_thread = {role: round(cpu / n * 1e6, 2) for role, cpu in sorted(threads.by_role.items())}
    phases = {**_phases(seen, t0, elapsed, n), "setup_cpu": round(setup, 3)}
    return n / elapsed, rows, threads.process / n * 1e6, per_thread, phases


def _phases(seen: dict[str, float], t0: float, elapsed: float, n: int) -> dict[str, float]:
    if "first" not in seen:
        return {}
    start, batches = seen["first"] - t0, seen["last"] - seen["first"]
    first_batch = seen.get("first_batch_messages", 0)
    out = {"start": round(start, 3), "batches": round(batches, 3), "end": round(elapsed - start - batches, 3)}
    if {"sources_closed", "store_closing", "store_closed"} <= seen.keys():
        out["end_source"] = round(seen["sources_closed"] - seen["last"], 3)
        out["end_commit"] = round(seen["store_closing"] - seen["sources_closed"], 3)
        out["end_close"] = round(seen["store_closed"] - seen["store_closing"], 3)
    if batches > 0 and seen["messages"]:
        out["between_per_s"] = round(n * (seen["messages"] - first_batch) / seen["messages"] / batches)
    return out


STAGES = (
    ("Kafka source (poll, RawMessage)", "signalcraft.sources.kafka", "_Partition", "next_batch"),
    ("decode (adapt + validate)", "signalcraft.operators.ingest", "BatchDecoder", "__call__"),
    ("records to Arrow", "signalcraft.sinks.duckdb_sink", None, "arrow_batches"),
    ("store: hand Arrow to the writer", "signalcraft.sinks.duckdb_sink", "_DuckDBPartition", "write_batch"),
    ("store: commit at epoch ends", "signalcraft.sinks.duckdb_sink", "_DuckDBPartition", "snapshot"),
    ("store: last commit (waits for the writer)", "signalcraft.sinks.duckdb_sink", "_DuckDBPartition", "close"),
    ("silence mining", "signalcraft.operators.silence_mining", "SilenceMiner", "step_many"),
    ("silence mining: records by workspace", "signalcraft.operators.silence_mining", "SilenceMiner", "by_workspace"),
    ("stateful steps' snapshots (deep copies)", "bytewax.operators", "_StatefulFlatMapLogic", "snapshot"),
    ("DuckDB insert (writer thread)", "signalcraft.sinks.duckdb_writer", "DuckDBWriter", "_write"),
)
"""(what, module, class or None for a module function, attribute): the stages --profile times."""


@contextlib.contextmanager
def stage_timer() -> Iterator[dict[str, float]]:
    """Seconds spent in each of :data:`STAGES` while the flow runs here (wrappers around each;
    the flow must be built inside, as :func:`ingest_rate` does). Stages on the worker's thread add up
    to less than the wall time; the rest is Bytewax, start-up and waiting. Each stage is also
    timed on its thread's CPU clock (``<stage> (CPU)``), which others' load moves less."""
    spent: dict[str, float] = {}
    lock = threading.Lock()
    undo = []

    def wrap(label: str, f):
        def timed(*args, **kwargs):
            t0, c0 = time.perf_counter(), time.thread_time()
            try:
                return f(*args, **kwargs)
            finally:
                with lock:
                    spent[label] = spent.get(label, 0.0) + time.perf_counter() - t0
                    spent[f"{label} (CPU)"] = spent.get(f"{label} (CPU)", 0.0) + time.thread_time() - c0

        return timed

    for label, module, cls, attr in STAGES:
        owner = importlib.import_module(module)
        owner = getattr(owner, cls) if cls else owner
        original = owner.__dict__[attr]
        timed = staticmethod(wrap(label, original.__func__)) if isinstance(original, staticmethod) else wrap(
            label, original)
        setattr(owner, attr, timed)
        undo.append((owner, attr, original))
    try:
        yield spent
    finally:
        for owner, attr, original in undo:
            setattr(owner, attr, original)


def stage_costs(messages: list[tuple[bytes, dict[str, str]]], topic: str, batch: int = 1000,
                kind: str = "alerts") -> dict[str, float]:
    """CPU µs per message of the two steps this process's worker runs per batch, outside the flow
    and without the other threads: decode (adapt + validate) and records to Arrow; the second of
    two passes over ``messages`` (the first warms the allocator and the caches). The thread's CPU
    time, not the wall clock: on a shared machine others' load stretches the latter."""
    from signalcraft.models import RawMessage
    from signalcraft.operators.ingest import BatchDecoder
    from signalcraft.params import Identity
    from signalcraft.runtime import tune_gc
    from signalcraft.sinks.duckdb_sink import arrow_batches

    tune_gc()  # as the flow runs
    raws = [RawMessage(topic, 0, i, value, None, headers, 1) for i, (value, headers) in enumerate(messages)]
    # as the flow runs without mining, correlation and the watch: lines as columns, alert events as rows
    decoder = BatchDecoder({topic: kind}, Identity(), log_lines=kind == "logs", alert_rows=kind == "alerts")
    for _ in range(2):
        spent = {"decode": 0.0, "to Arrow": 0.0}
        for i in range(0, len(raws), batch):
            t0 = time.thread_time()
            decoded = decoder(raws[i : i + batch])
            t1 = time.thread_time()
            arrow_batches(decoded.stored())
            spent["decode"] += t1 - t0
            spent["to Arrow"] += time.thread_time() - t1
    return {name: round(t / len(raws) * 1e6, 2) for name, t in spent.items()}


def profiled_ingest_rate(bootstrap: str, topics: TopicSettings, db: Path, n: int, table: str = "alert_events",
                         read_copy_every_s: float | None = None,
                         ) -> tuple[float, int, float, dict[str, float], dict[str, float], dict]:
    """:func:`ingest_rate` (ingest alone, the read copy as asked) with :func:`stage_timer`'s stages timed."""
    with stage_timer() as spent:
        rate, rows, cpu, per_thread, phases = ingest_rate(bootstrap, topics, db, n, table,
                                                          read_copy_every_s=read_copy_every_s)
    per_event = {label: round(spent[label] / n * 1e6, 2) for label, *_ in STAGES if label in spent}
    cpu_per_event = {label: round(spent[f"{label} (CPU)"] / n * 1e6, 2) for label in per_event}
    return rate, rows, cpu, per_thread, phases, {"us_per_event": per_event, "cpu_us_per_event": cpu_per_event,
                                         "wall_us_per_event": round(1e6 / rate, 2)}


def _seconds(text: str) -> float:
    """``--read-copy-every``'s value (:func:`common.read_copy_every`), refused with the reason."""
    try:
        return read_copy_every(float(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite number of seconds >= 0"
                                         " (0: a copy at every epoch with new rows)") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=300_000, help="events per kind (log lines for otlp-logs)")
    parser.add_argument("--partitions", type=int, default=2)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--kind", action="append", choices=list(KINDS),
                        help="a scenario kind, repeatable (default: signalcraft-alert and alertmanager)")
    parser.add_argument("--profile", action="store_true",
                        help="also time each stage inside the flow (µs per event; the wrappers cost a little)")
    parser.add_argument("--anomaly", action="store_true",
                        help="the anomaly watch on, as by default (alert volume per service; not with --profile)")
    parser.add_argument("--read-copy-every", type=_seconds, metavar="S",
                        help="keep the store's read copy, published at most every S seconds (default: no read copy)")
    parser.add_argument("--cold", action="store_true",
                        help="leave the flow's one-time imports (LanceDB, pandas) in the first kind's figures")
    args = parser.parse_args(argv)
    if args.anomaly and args.profile:
        parser.error("--anomaly: the stage profile times ingest alone; run it without --profile")

    warmed = {} if args.cold else warm_imports()
    if warmed:
        print("warmed before the timed runs (CPU s): " + ", ".join(f"{k} {v}" for k, v in warmed.items()),
              file=sys.stderr)
    results = {}
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        for fmt in args.kind or ["signalcraft-alert", "alertmanager"]:
            scenario = f"ingest-{fmt}-{args.events}"
            results[scenario] = run_scenario(broker.bootstrap_servers, fmt, scenario, Path(tmp), args)
    print_results(results)
    print(json.dumps({"benchmark": "ingest", "partitions": args.partitions, "seed": args.seed, "anomaly": args.anomaly,
                      "read_copy_every_s": args.read_copy_every, "warmed_cpu_s": warmed,
                      "results": results}))
    return 0


def run_scenario(bootstrap: str, fmt: str, scenario: str, tmp: Path, args: argparse.Namespace) -> dict:
    """One kind: produce, raw consume, the flow (profiled if asked); rates per event (log line)."""
    stream, table, make = KINDS[fmt]
    topics = topic_settings(f"bench-{fmt}")
    create_topics({"bootstrap.servers": bootstrap}, [*topics.inputs(), *topics.outputs()], partitions=args.partitions)
    messages = make(args.events, random.Random(args.seed))
    topic = getattr(topics, stream)
    print(f"[{scenario}] producing {len(messages):,} messages ...", file=sys.stderr)
    produce(bootstrap, topic, messages)
    per_message = args.events / len(messages)
    raw = raw_consume_rate(bootstrap, [topic], args.partitions, len(messages)) * per_message
    db = tmp / f"{fmt}.duckdb"
    if args.profile:
        rate, rows, cpu, per_thread, phases, profile = profiled_ingest_rate(bootstrap, topics, db, args.events,
                                                                            table, args.read_copy_every)
    else:
        rate, rows, cpu, per_thread, phases, profile = *ingest_rate(bootstrap, topics, db, args.events, table,
                                                                    args.anomaly, args.read_copy_every), None
    if rows != args.events:
        raise SystemExit(f"[{scenario}] stored {rows} rows for {args.events} events")
    result = {"events": args.events, "messages": len(messages), "raw_consume_per_s": round(raw),
              "ingest_per_s": round(rate), "ratio": round(rate / raw, 3), "cpu_us_per_event": round(cpu, 2),
              "cpu_us_per_event_by_thread": per_thread, "phases_s": phases}
    if profile is not None:
        outside = stage_costs(messages, topic, kind=stream)
        profile["outside_the_flow_us_per_event"] = {k: round(v / per_message, 2) for k, v in outside.items()}
        result["profile"] = profile
    return result


def print_results(results: dict[str, dict]) -> None:
    print(f"{'scenario':40} {'events':>9} {'raw consume/s':>14} {'ingest/s':>10} {'ratio':>6} {'CPU µs/event':>13}")
    for name, r in results.items():
        print(f"{name:40} {r['events']:>9,} {r['raw_consume_per_s']:>14,} {r['ingest_per_s']:>10,} {r['ratio']:>6.3f}"
              f" {r['cpu_us_per_event']:>13.2f}")
    for name, r in results.items():
        print(f"{name}: CPU µs an event by thread: "
              + ", ".join(f"{k} {v:.2f}" for k, v in r["cpu_us_per_event_by_thread"].items()))
    for name, r in results.items():
        if r.get("phases_s"):
            print(f"{name}: seconds: " + ", ".join(f"{k} {v:,}" for k, v in r["phases_s"].items()))
    for name, r in results.items():
        if "profile" in r:
            print(f"\n{name}: µs per event, inside the flow (wall {r['profile']['wall_us_per_event']}), wall and"
                  " the stage's thread CPU")
            for label, us in r["profile"]["us_per_event"].items():
                print(f"  {label:46} {us:>7.2f} {r['profile']['cpu_us_per_event'][label]:>7.2f}")
            outside = r["profile"]["outside_the_flow_us_per_event"]
            print("  outside the flow, same messages, CPU: " + ", ".join(f"{k} {v:.2f}" for k, v in outside.items()))


if __name__ == "__main__":
    raise SystemExit(main())
