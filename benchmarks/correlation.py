"""Change correlation: quality, speed, latency and state size, through the real flow.

Plays the seeded scenario of :mod:`correlation_scenario` (incidents caused by a deploy,
a flag change or an upstream deploy, incidents with no cause, decoys, late and shuffled
changes; from version 2 also the families of :mod:`correlation_families`: repeated
deploys, GitHub's whole webhook sequence, late rollbacks, failed deploys, a deploy and a
flag change together) through the bundled broker into the whole flow (Kafka source ->
decode -> grouping -> join -> DuckDB and the correlations topic), then in the same run:

1. quality: the suspect of each incident's first alert group against the ground truth,
   beside the naive baseline "most recent change report in the project within 15 min"
   computed on the same stored groups and changes; precision@1, recall, false-suspect
   rate, overall and per kind of incident, and what the wrong suspects were;
2. speed: messages per second of the whole flow over the backlog (start-up included);
3. latency: the same messages produced live at ``--rate`` messages/s into
   ``signalcraft run``; for every alert group that gets a correlation, the time from
   producing the alert that opened the group to its first correlation on the
   ``signalcraft.correlations`` topic (p50, p99), and to its last version;
4. state: the join's per-key state replayed in arrival order (changes buffered, groups
   waiting for late changes, alert-count cells, pickled bytes), largest seen.

Prints a table and, last, one JSON line.

    python benchmarks/correlation.py --seed 1 --incidents 400
    python benchmarks/correlation.py --seed 1 --incidents 400 --tenants 8 --skip-live   # 8x denser
    python benchmarks/correlation.py --seed 1 --incidents 400 --scenario-version 1 --skip-live
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import pickle
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from statistics import median

import duckdb
from confluent_kafka import Consumer, TopicPartition

sys.path.insert(0, str(Path(__file__).parent))
import correlation_scenario as cs
import correlation_scoring as sc
from common import bench_settings, timed_run, topic_settings

from signalcraft.broker import EmbeddedBroker, create_topics, produce_all
from signalcraft.config import (
    CorrelationSettings,
    Settings,
    TopicSettings,
)
from signalcraft.models import AlertEvent, ChangeEvent, RawMessage
from signalcraft.operators.correlation import Correlator
from signalcraft.operators.grouping import AlertGrouper
from signalcraft.params import Identity
from signalcraft.sources.decode import decode


def tenants(scenario: cs.Scenario, k: int) -> cs.Scenario:
    """The scenario played by ``k`` workspaces at once (``acme``, ``acme-t1``, ...): the same
    incidents, ``k`` times the message rate on the same event-time axis; id ``<id>-x<k>``."""
    if k == 1:
        return scenario
    messages, truth = [], []
    for t in range(k):
        ws = cs.fmt.WORKSPACE if t == 0 else f"{cs.fmt.WORKSPACE}-t{t}"
        body_old, body_new = f'"workspace_id":"{cs.fmt.WORKSPACE}"'.encode(), f'"workspace_id":"{ws}"'.encode()
        for kind, key, value, headers, ts in scenario.messages:
            messages.append((kind, key, value.replace(body_old, body_new), {**headers, "sc-workspace": ws}, ts))
        truth += [dataclasses.replace(i, id=f"{i.id}-t{t}", workspace=ws) for i in scenario.truth]
    messages.sort(key=lambda m: m[4])  # stable: each workspace keeps its own arrival order
    return dataclasses.replace(scenario, scenario_id=f"{scenario.scenario_id}-x{k}", messages=messages, truth=truth)


def settings_for(bootstrap: str, topics: TopicSettings, db: Path, dependencies: dict) -> Settings:
    """The join (and ingest), the anomaly branch off."""
    return bench_settings(bootstrap, topics, db, correlation=CorrelationSettings(dependencies=dependencies))


def produce(bootstrap: str, topics: TopicSettings, messages, *, live_rate: float | None = None) -> list[float]:
    """Produce the scenario's messages in arrival order; return each one's wall time.

    Backlog mode keeps the scenario's timestamps; live mode paces at ``live_rate`` and
    lets the producer stamp the current time, as a live webhook relay would.
    """
    if live_rate is None:
        produce_all({"bootstrap.servers": bootstrap},
                    [(getattr(topics, k), key, v, h, ts) for k, key, v, h, ts in messages])
        return []
    from confluent_kafka import Producer

    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": "0"})
    sent: list[float] = []
    t0 = time.perf_counter()
    for i, (kind, key, value, headers, _ts) in enumerate(messages):
        due = t0 + i / live_rate
        while (now := time.perf_counter()) < due:
            time.sleep(min(due - now, 0.005))
        producer.produce(getattr(topics, kind), value=value, key=key, headers=list(headers.items()))
        producer.poll(0)
        sent.append(time.time())
    producer.flush(30)
    return sent


# -- 1 and 2: quality and speed over the backlog ----------------------------------------------


def run_backlog(bootstrap: str, scenario: cs.Scenario, db: Path) -> tuple[float, float]:
    """Play the backlog through the flow; return its wall seconds and the CPU seconds of
    this process meanwhile (all its threads; the broker runs in its own process)."""
    topics = topic_settings("bench-corr")
    create_topics({"bootstrap.servers": bootstrap}, [*topics.inputs(), *topics.outputs()], partitions=2)
    produce(bootstrap, topics, scenario.messages)
    cpu = time.process_time()
    elapsed = timed_run(settings_for(bootstrap, topics, db, scenario.dependencies))
    return elapsed, time.process_time() - cpu


def rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    return con.execute(sql).to_arrow_table().to_pylist()


def quality(scenario: cs.Scenario, db: Path) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        groups = rows(con, "SELECT id, workspace_id, project, environment, service, group_labels, opened_at "
                           "FROM alert_groups")
        changes = rows(con, "SELECT workspace_id, type, project, environment, service, timestamp, version "
                            "FROM change_events")
        view = {r[0] for r in con.execute("DESCRIBE incident_suspects").fetchall()}
        live = ", live_at IS NULL AS never_live" if "live_at" in view else ""
        suspects = rows(
            con,
            "SELECT group_id, change_type AS type, project, environment, change_service AS service, "
            f"changed_at AS timestamp, change_version AS version, change_source AS source{live} FROM incident_suspects",
        )
        correlations = con.execute("SELECT count(*), count(DISTINCT group_id) FROM correlations").fetchone()
    for g in groups:
        g["group_labels"] = dict(g["group_labels"])
    matched = sc.match_incident(scenario.truth, groups)
    system = {s["group_id"]: sc.change_ref(s) for s in suspects}
    named = {g[0]["id"] for g in matched.values() if g}
    first_suspects = [s for s in suspects if s["group_id"] in named]
    naive = sc.naive_baseline(groups, changes)
    return {
        "groups": len(groups),
        "changes": len(changes),
        "correlation_rows": correlations[0],
        "groups_with_candidates": correlations[1],
        "incidents_without_group": sum(1 for g in matched.values() if not g),
        "suspect_sources": dict(sorted(Counter(s["source"] for s in first_suspects).items())),
        "suspects_never_live": sum(bool(s["never_live"]) for s in first_suspects) if live else None,
        "signalcraft": sc.evaluate(scenario.truth, sc.incident_suspects(matched, system)),
        "naive": sc.evaluate(scenario.truth, sc.incident_suspects(matched, naive)),
    }


# -- 3: latency, live ------------------------------------------------------------------------------


def decoded(scenario: cs.Scenario) -> list[list]:
    """The records each message becomes, in arrival order (what the flow decodes)."""
    identity, out = Identity(), []
    for i, (kind, key, value, headers, ts) in enumerate(scenario.messages):
        raw = RawMessage(f"bench.{kind}", 0, i, value, key=key, headers=headers, timestamp_ms=ts)
        records, dead = decode(raw, kind, identity)
        if dead is not None:
            raise SystemExit(f"scenario message {i} was refused: {dead.reason}")
        out.append(records)
    return out


def replay_grouping(records_per_message: list[list], grouper):
    """Yield ``(message index, record, groups it made)`` with the grouping replayed in arrival order."""
    states: dict = {}
    for n, records in enumerate(records_per_message):
        for r in records:
            groups = []
            if isinstance(r, AlertEvent):
                key = grouper.key_of(r)
                states[key], groups = grouper.step(states.get(key), r)
            yield n, r, groups


def creation_times(
    records_per_message: list[list], sent: list[float], settings: CorrelationSettings
) -> dict[str, float]:
    """Group id -> wall time the alert that opened it was produced (grouping replayed in order)."""
    created: dict[str, float] = {}
    for n, _record, groups in replay_grouping(records_per_message, AlertGrouper.of(settings.grouping())):
        for g in groups:
            if g.status == "created":
                created.setdefault(g.id, sent[n])
    return created


def watch(bootstrap: str, topic: str, seen: list[tuple[str, int, float]], stop: threading.Event) -> None:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "bench-watch", "fetch.wait.max.ms": "10",
                         "enable.auto.commit": "false"})
    parts = consumer.list_topics(topic, timeout=10).topics[topic].partitions
    consumer.assign([TopicPartition(topic, p, 0) for p in parts])
    while not stop.is_set():
        for msg in consumer.consume(500, 0.05):
            if msg.error() is None:
                doc = json.loads(msg.value())
                seen.append((doc["group_id"], doc["version"], time.time()))
    consumer.close()


def run_live(bootstrap: str, scenario: cs.Scenario, records: list[list], rate: float, tmp: Path) -> dict:
    topics = topic_settings("bench-live")
    create_topics({"bootstrap.servers": bootstrap}, [*topics.inputs(), *topics.outputs()], partitions=2)
    db = tmp / "live.duckdb"
    env = {**os.environ, **{f"SIGNALCRAFT_TOPIC_{k.upper()}": v for k, v in topics.model_dump().items()},
           "SIGNALCRAFT_CORRELATION_DEPENDENCIES": json.dumps(scenario.dependencies),
           "SIGNALCRAFT_STORE_READ_COPY": "false", "SIGNALCRAFT_ANOMALY_ENABLED": "false"}
    log_path = tmp / "live-run.log"
    log_file = log_path.open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "signalcraft", "run", "--bootstrap-servers", bootstrap, "--db", str(db)],
        env=env, stdout=log_file, stderr=subprocess.STDOUT,
    )
    seen: list[tuple[str, int, float]] = []
    stop = threading.Event()
    watcher = threading.Thread(target=watch, args=(bootstrap, topics.correlations, seen, stop), daemon=True)
    watcher.start()
    try:
        # The single writer opens the file when the first rows reach it: a warm-up message
        # (malformed, so it only makes a dead letter) shows the flow is up before the clock starts.
        produce_all({"bootstrap.servers": bootstrap}, [(topics.alerts, None, b"{}", {}, None)])  # a dead letter
        deadline = time.monotonic() + 60
        while not db.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"signalcraft run did not start: {log_path.read_text()[-2000:]}")
            time.sleep(0.1)
        time.sleep(1.0)
        print(f"[live] flow running; producing {len(scenario.messages):,} messages at {rate:.0f}/s", file=sys.stderr)
        sent = produce(bootstrap, topics, scenario.messages, live_rate=rate)
        print(f"[live] produced; {len(seen)} correlation messages so far", file=sys.stderr)
        quiet_since, count = time.monotonic(), len(seen)
        while time.monotonic() - quiet_since < 5 and time.monotonic() - deadline < 120:
            time.sleep(0.2)
            if len(seen) != count:
                quiet_since, count = time.monotonic(), len(seen)
    finally:
        stop.set()
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
        watcher.join(5)
        log_file.close()
    created = creation_times(records, sent, CorrelationSettings())
    first: dict[str, float] = {}
    last: dict[str, float] = {}
    for group_id, _version, at in seen:
        first.setdefault(group_id, at)
        last[group_id] = at
    lat_first = sorted(first[g] - created[g] for g in first if g in created)
    lat_last = sorted(last[g] - created[g] for g in last if g in created)
    return {
        "rate_msgs_per_s": rate,
        "groups_measured": len(lat_first),
        "groups_unmatched": sum(1 for g in first if g not in created),
        "first_p50_ms": round(1000 * median(lat_first), 1) if lat_first else None,
        "first_p99_ms": round(1000 * percentile(lat_first, 0.99), 1) if lat_first else None,
        "last_p50_ms": round(1000 * median(lat_last), 1) if lat_last else None,
        "last_p99_ms": round(1000 * percentile(lat_last, 0.99), 1) if lat_last else None,
    }


def percentile(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, int(q * len(values)))]


# -- 4: state --------------------------------------------------------------------------------------


def state_sizes(records_per_message: list[list], dependencies: dict) -> dict:
    """The join's per-key state, replayed in arrival order: the largest seen of each measure."""
    settings = CorrelationSettings(dependencies=dependencies)
    correlator = Correlator(settings.params())
    states: dict = {}
    top = {"changes": 0, "open_groups": 0, "alert_count_cells": 0, "pickled_bytes": 0, "keys": 0}
    last = -1
    for n, r, groups in replay_grouping(records_per_message, AlertGrouper.of(settings.grouping())):
        if n != last and n % 200 == 0:
            top["pickled_bytes"] = max([top["pickled_bytes"], *(len(pickle.dumps(s)) for s in states.values())])
        last = n
        items = [*groups, r] if isinstance(r, AlertEvent) else [r] if isinstance(r, ChangeEvent) else []
        for item in items:
            key = correlator.key_of(item)
            states[key], _ = correlator.step(states.get(key), item)
            s = states[key]
            top["changes"] = max(top["changes"], s.buffer.size)
            top["open_groups"] = max(top["open_groups"], len(s.groups))
            top["alert_count_cells"] = max(top["alert_count_cells"], s.alerts.size)
    top["pickled_bytes"] = max([top["pickled_bytes"], *(len(pickle.dumps(s)) for s in states.values())])
    top["keys"] = len(states)
    return top


# -- main ------------------------------------------------------------------------------------------


def _f(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def per_kind_table(ours: sc.Metrics, naive: sc.Metrics) -> str:
    """Precision@1 and recall per kind of incident (the false-suspect rate for ``no_cause``),
    SignalCraft beside the naive baseline.

    >>> cause = cs.ChangeRef("deployment", "p", "prod", "api", cs.START)
    >>> truth = [cs.IncidentTruth("a", "deploy", "acme", "p", "prod", "api", ("X",), cs.START, cause),
    ...          cs.IncidentTruth("b", "no_cause", "acme", "p", "prod", "api", ("X",), cs.START, None)]
    >>> print(per_kind_table(sc.evaluate(truth, {"a": cause}), sc.evaluate(truth, {"b": cause})))
    kind               incidents      P@1   recall    false naive P@1   recall    false
    -----------------------------------------------------------------------------------
    deploy                     1    1.000    1.000        -         -    0.000        -
    no_cause                   1        -        -    0.000         -        -    1.000
    """
    head = (f"{'kind':18} {'incidents':>9} {'P@1':>8} {'recall':>8} {'false':>8} "
            f"{'naive P@1':>9} {'recall':>8} {'false':>8}")
    lines = [head, "-" * len(head)]
    for kind, n in ours.incidents_by_kind.items():
        if kind == "no_cause":
            cells = ["-", "-", _f(ours.false_suspect_rate), "-", "-", _f(naive.false_suspect_rate)]
        else:
            cells = [_f(ours.precision_by_kind.get(kind)), _f(ours.recall_by_kind.get(kind)), "-",
                     _f(naive.precision_by_kind.get(kind)), _f(naive.recall_by_kind.get(kind)), "-"]
        lines.append(f"{kind:18} {n:>9} " + " ".join(f"{c:>{9 if i == 3 else 8}}" for i, c in enumerate(cells)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--incidents", type=int, default=400)
    parser.add_argument("--scenario-version", type=int, default=2, choices=cs.VERSIONS,
                        help="scenario generator version (1: corr-v1, one plausible change per look-back; "
                             "2: corr-v2, with the families that need a choice)")
    parser.add_argument("--tenants", type=int, default=1,
                        help="play the scenario in this many workspaces at once (denser input)")
    parser.add_argument("--rate", type=float, default=200.0, help="live phase: messages produced per second")
    parser.add_argument("--skip-live", action="store_true", help="skip the live latency phase")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    scenario = tenants(cs.generate(seed=args.seed, incidents=args.incidents, version=args.scenario_version),
                       args.tenants)
    records = decoded(scenario)
    n = len(scenario.messages)
    print(f"[{scenario.scenario_id}] {n:,} messages, {len(scenario.truth)} incidents "
          f"(generated and decoded in {time.perf_counter() - t0:.1f}s)", file=sys.stderr)
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "corr.duckdb"
        elapsed, cpu = run_backlog(broker.bootstrap_servers, scenario, db)
        q = quality(scenario, db)
        live = None if args.skip_live else run_live(broker.bootstrap_servers, scenario, records, args.rate, Path(tmp))
    state = state_sizes(records, scenario.dependencies)

    ours, naive = q["signalcraft"], q["naive"]
    print(f"\n{'detector':12} {'precision@1':>12} {'recall':>8} {'false-suspect':>14} {'named':>6} {'correct':>8}")
    for name, m in (("signalcraft", ours), ("naive", naive)):
        print(f"{name:12} {_f(m.precision_at_1):>12} {_f(m.recall):>8} {_f(m.false_suspect_rate):>14} "
              f"{m.named:>6} {m.correct:>8}")
    print()
    print(per_kind_table(ours, naive))
    for name, m in (("signalcraft", ours), ("naive", naive)):
        print(f"wrong suspects by what they named ({name}): {m.wrong_by_role or 'none'}")
    print(f"suspects named by source (signalcraft): {q['suspect_sources']}"
          + ("" if q["suspects_never_live"] is None else f"; never live: {q['suspects_never_live']}"))
    print(f"\nflow over the backlog: {n:,} messages in {elapsed:.2f}s = {n / elapsed:,.0f} messages/s, "
          f"{cpu / n * 1e6:.1f} CPU µs/message ({q['groups']} groups, {q['correlation_rows']} correlation rows)")
    if live is not None:
        print(f"live at {live['rate_msgs_per_s']:.0f} msg/s: first correlation p50 {live['first_p50_ms']} ms, "
              f"p99 {live['first_p99_ms']} ms; last version p50 {live['last_p50_ms']} ms, p99 {live['last_p99_ms']} ms "
              f"({live['groups_measured']} groups)")
    print(f"state per key (largest): {state}")
    result = {
        "benchmark": "correlation",
        "scenario": scenario.scenario_id,
        "messages": n,
        "incidents": q["signalcraft"].incidents_by_kind,
        "signalcraft": json.loads(ours.to_json()),
        "naive": json.loads(naive.to_json()),
        "suspect_sources": q["suspect_sources"],
        "suspects_never_live": q["suspects_never_live"],
        "messages_per_s": round(n / elapsed),
        "cpu_us_per_message": round(cpu / n * 1e6, 1),
        "live": live,
        "state": state,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
