"""The whole flow as a Bytewax cluster of 2 processes equals the flow as 1 process.

The demo's incident scenario (seed 7, 24 hours after 4 weeks of silence history: alerts in
four payload formats, deploys, flag flips, silences, acks, resolutions, metrics, OTLP logs,
malformed messages) is produced once into input topics of 2 partitions each, keyed as
``signalcraft gateway`` keys what it produces (a series' points, a service's log lines to
one partition). ``signalcraft run --stop-at-end`` then reads it twice, into a DuckDB file
and output topics of each run's own: as one process, and as two (``-i 0`` / ``-i 1``, the
same ``-a``). Every table of the two files must hold the same rows; the latest version of
every warning, correlation and silence suggestion published to Kafka must be the same.

Columns left out, and why they legitimately differ:

- ``dlq.received_at``: when the flow decoded the message (processing time, by design;
  it differs between two 1-process runs too).
- ``correlations.version``: how many times a group's candidate set was re-emitted before
  it settled. Groups and changes reach the join from different partitions (read by
  different processes), interleaved differently within the alignment skew; the settled
  set (change, rank, score, lag, reasons, suspect) is compared.
- ``log_templates.version``: the ordinal of the service's log line that last touched the
  template. A service's lines of two environments are in two partitions, so their
  interleaving, and so the ordinal, differs; the template, its counts, first and last seen
  are compared.

Both runs read with a partition alignment skew of 90 s (default 30 s): the two
processes exchange their partitions' frontiers through the broker, and this sparse
backlog (a day in ~36,000 messages) is replayed in lock-step at about one skew of event
time per exchange; a 3 times wider skew makes a third of the exchanges. It stays under the
watch's allowed lateness (2 minutes), and every series is in one partition.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from signalcraft.broker import create_topics, end_process, free_port, produce_all
from signalcraft.config import TopicSettings
from signalcraft.gateway.bodies import _key as gateway_key
from signalcraft.params import Identity
from signalcraft.sources.decode import DecodeError, parse_payload
from signalcraft.sources.scenario import Scenario, generate
from tests.integration.conftest import consume_each, unique_topics

SEED = 7
IGNORED = {"dlq": {"received_at"}, "correlations": {"version"}, "log_templates": {"version"}}
"""Columns that hold processing time or arrival order, not anything the input decides (see the module's docstring)."""
PUBLISHED = {"warnings": "warnings", "correlations": "correlations", "suggestions": "silence_suggestions"}
"""Output topic -> the table holding the same records."""
ENV = {
    "SIGNALCRAFT_INGEST_ALIGN_MS": "90000",
    "SIGNALCRAFT_COPILOT_MEMORY": "false",  # the incident memory (LanceDB) is the copilot's, not compared here
}


def keyed(scenario: Scenario) -> list[tuple[str, bytes | None, bytes, dict[str, str], int]]:
    """The scenario's messages as ``(kind, key, value, headers, timestamp ms)``, a message without a
    key keyed as ``signalcraft gateway`` keys it (its first record's series, else its
    workspace/project/environment/service), so what belongs together keeps to one partition."""
    out = []
    for m in scenario.messages:
        key = m.key
        if key is None:
            try:
                _, records = parse_payload(m.value, m.kind, m.headers, Identity())
            except DecodeError:  # malformed on purpose: no key, as the gateway would not produce it
                records = []
            key = gateway_key(records[0]) if records else None
        out.append((m.kind, key, m.value, m.headers, m.timestamp_ms))
    return out


@pytest.fixture(scope="module")
def scenario_topics(broker) -> TopicSettings:
    """Input topics of 2 partitions each, holding the scenario keyed as the gateway keys it."""
    topics = unique_topics()
    config = {"bootstrap.servers": broker.bootstrap_servers}
    create_topics(config, list(topics.inputs()), partitions=2)
    produce_all(config, [(getattr(topics, kind), key, value, headers, ts)
                         for kind, key, value, headers, ts in keyed(generate(seed=SEED, hours=24, history_weeks=4))])
    return topics


def with_outputs(inputs: TopicSettings, tag: str) -> TopicSettings:
    """The input topics of ``inputs``, output topics of a run's own."""
    own = unique_topics(f"{tag}-{os.getpid()}-{time.monotonic_ns()}")
    return inputs.model_copy(update={k: getattr(own, k) for k in ("warnings", "correlations", "dlq", "suggestions")})


def run_cluster(bootstrap: str, topics: TopicSettings, db: Path, processes: int, timeout_s: float = 150) -> list[str]:
    """``signalcraft run --stop-at-end`` as ``processes`` processes of one Bytewax cluster on this
    host, one worker each; each process's log."""
    create_topics({"bootstrap.servers": bootstrap}, list(topics.outputs()), partitions=2)
    env = {
        **os.environ,
        **{f"SIGNALCRAFT_TOPIC_{k.upper()}": v for k, v in topics.model_dump().items()},
        **ENV,
    }
    cmd = [sys.executable, "-m", "signalcraft", "run", "--bootstrap-servers", bootstrap, "--db", str(db),
           "--stop-at-end", "-w", "1"]
    if processes > 1:
        addresses = ";".join(f"127.0.0.1:{free_port()}" for _ in range(processes))
        cmds = [[*cmd, "-i", str(i), "-a", addresses] for i in range(processes)]
    else:
        cmds = [cmd]
    logs = [db.with_name(f"{db.stem}-{i}.log") for i in range(len(cmds))]
    procs = [subprocess.Popen(c, env=env, stdout=subprocess.DEVNULL, stderr=log.open("w"))
             for c, log in zip(cmds, logs, strict=True)]
    deadline = time.monotonic() + timeout_s
    try:
        for proc, log in zip(procs, logs, strict=True):
            proc.wait(max(1.0, deadline - time.monotonic()))
            assert proc.returncode == 0, f"{proc.args}: exit {proc.returncode}\n{log.read_text()[-3000:]}"
        return [log.read_text() for log in logs]
    finally:
        for proc in procs:
            end_process(proc, kill=True)


def tables(db: Path) -> dict[str, set[tuple]]:
    """Every base table of ``db``: its rows as a set, without the :data:`IGNORED` columns."""
    out = {}
    with duckdb.connect(str(db), read_only=True) as con:
        names = [n for (n,) in con.execute(
            "select table_name from information_schema.tables where table_type = 'BASE TABLE' order by 1").fetchall()]
        for name in names:
            columns = [c for (c,) in con.execute(
                "select column_name from information_schema.columns where table_name = ? order by ordinal_position",
                [name]).fetchall() if c not in IGNORED.get(name, ())]
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows = con.execute(f'select {quoted} from "{name}"').fetchall()
            out[name] = {tuple(_comparable(v) for v in row) for row in rows}
            assert len(out[name]) == len(rows), f"{db.name}: {name} holds a row twice"
    return out


def _comparable(value):
    if isinstance(value, float) and value != value:
        return "NaN"  # NaN != NaN, and a stored NaN should compare equal to itself
    if isinstance(value, dict):
        return tuple(sorted((k, _comparable(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_comparable(v) for v in value)
    return value


def latest_published(messages: list, table: str) -> dict[str, str]:
    """Per record id among the ``messages`` of a topic, the message of its highest version (what a consumer
    keeps), as canonical JSON without the :data:`IGNORED` columns of ``table``. A warning is an Alertmanager
    alert list; its id and version ride in headers."""
    best: dict[str, tuple[int, object]] = {}
    drop = IGNORED.get(table, set())
    for m in messages:
        doc, headers = json.loads(m.value()), dict(m.headers() or [])
        if isinstance(doc, dict):
            rid, version = doc["id"], doc["version"]
            doc = {k: v for k, v in doc.items() if k not in drop}
        else:
            rid, version = headers["sc-warning-id"].decode(), int(headers["sc-warning-version"])
        if rid not in best or version >= best[rid][0]:
            best[rid] = (version, doc)
    return {rid: json.dumps(doc, sort_keys=True) for rid, (_, doc) in best.items()}


def test_two_processes_store_and_publish_what_one_process_does(broker, scenario_topics, tmp_path):
    bootstrap = broker.bootstrap_servers
    runs = {}
    for n in (1, 2):
        topics = with_outputs(scenario_topics, f"p{n}")
        db = tmp_path / f"p{n}.duckdb"
        logs = run_cluster(bootstrap, topics, db, n)
        runs[n] = (topics, tables(db))
    (one_topics, one), (two_topics, two) = runs[1], runs[2]
    # process 0 alone wrote the file (what process 1 read reached it as Arrow), both aligned through the broker
    assert ["is the single writer" in log for log in logs] == [True, False]
    assert all("partition alignment across the cluster's processes" in log for log in logs)

    assert one.keys() == two.keys()
    for name in ("alert_events", "change_events", "audit_log", "metric_points", "log_events", "resolutions",
                 "alert_mutes", "dlq", "log_templates", "alert_groups", "correlations", "warnings", "anomaly_models",
                 "silence_suggestions"):
        assert one[name], f"the scenario should fill {name}"
    differ = {name: (len(one[name] - two[name]), len(two[name] - one[name]))
              for name in one if one[name] != two[name]}
    assert not differ, f"rows only in the 1-process / only in the 2-process file, by table: {differ}"

    read = consume_each(bootstrap, [getattr(topics, kind) for kind in PUBLISHED for topics in (one_topics, two_topics)])
    for kind, table in PUBLISHED.items():
        published = latest_published(read[getattr(one_topics, kind)], table)
        assert published, f"the scenario should publish {kind}"
        assert published == latest_published(read[getattr(two_topics, kind)], table), kind
