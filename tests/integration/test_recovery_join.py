"""Kill the flow mid-join (SIGKILL), restart it from recovery: the join loses and doubles nothing.

Each incident's alerts reach the topics before the deploy that caused them (the deploy
webhook is late), so at the kill many groups are open in the join's state waiting for
their change. After the restart every incident's suspect must be its deploy, and the
stored groups and correlations must equal those of an uninterrupted run over the same
input.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import duckdb
import lancedb

from signalcraft.broker import produce_all
from signalcraft.config import Settings
from signalcraft.operators.incident_facts import signatures
from signalcraft.params import Identity
from signalcraft.sources.decode import parse_payload
from tests.integration.conftest import consume_all
from tests.integration.test_recovery import kill_while_feeding, reference_run, restart_to_end

START = datetime(2026, 3, 2, tzinfo=UTC)
PROJECTS = [f"proj-{i:02d}" for i in range(12)]
INCIDENTS = 25
"""Per project: incidents 45 min apart, a deploy and 8 alerts each (2 alertnames x 4 pods)."""


def iso(t: datetime) -> str:
    return t.isoformat().replace("+00:00", "Z")


def ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


def incident(project: str, n: int) -> tuple[list, list, tuple, str]:
    """One incident as (kind, key, value, Kafka timestamp) messages: the firings, the
    resolutions (20 min later) and the deploy (4 min before the first alert, delivered a
    minute after it); and the deploy's id."""
    first = START + timedelta(minutes=45 * n)
    deployed = first - timedelta(minutes=4)
    fired, resolved = [], []
    for name in ("HighErrorRate", "HighLatencyP99"):
        for pod in range(4):
            doc = {
                "workspace_id": "acme", "project": project, "environment": "production", "service": "api",
                "name": name, "severity": "critical", "status": "firing",
                "labels": {"alertname": name, "pod": f"api-{pod}"}, "annotations": {},
                "fingerprint": f"{project}-{n}-{name}-{pod}", "starts_at": iso(first),
            }
            key = doc["fingerprint"].encode()
            fired.append(("alerts", key, json.dumps(doc).encode(), ms(first) + pod))
            doc.update(status="resolved", ends_at=iso(first + timedelta(minutes=20)))
            resolved.append(("alerts", key, json.dumps(doc).encode(), ms(first + timedelta(minutes=20)) + pod))
    version = f"v1.{n}.0"
    deploy = {
        "workspace_id": "acme", "type": "deployment", "project": project, "environment": "production",
        "service": "api", "version": version, "summary": f"deploy api {version}", "details": {},
        "timestamp": iso(deployed),
    }
    payload = json.dumps(deploy).encode()
    _, [record] = parse_payload(payload, "changes", {"sc-format": "signalcraft-change"}, Identity())
    late = ("changes", project.encode(), payload, ms(first + timedelta(minutes=1)))
    return fired, resolved, late, record.id


def stream() -> list[tuple[str, bytes, bytes, int]]:
    """(kind, key, value, timestamp ms) in arrival (timestamp) order."""
    out = []
    for n in range(INCIDENTS):
        for project in PROJECTS:
            fired, resolved, late, _ = incident(project, n)
            out += [*fired, *resolved, late]
    return sorted(out, key=lambda m: m[3])


def feed(settings: Settings, messages: list[tuple[str, bytes, bytes, int]], pause_s: float) -> None:
    headers = {"alerts": {"sc-format": "signalcraft-alert"}, "changes": {"sc-format": "signalcraft-change"}}
    config = {"bootstrap.servers": settings.broker.bootstrap_servers, "linger.ms": "5"}
    for i in range(0, len(messages), 200):
        produce_all(config, [(getattr(settings.topics, kind), k, v, headers[kind], ts)
                             for kind, k, v, ts in messages[i:i + 200]])
        time.sleep(pause_s)


def stored(db) -> tuple[list, list]:
    with duckdb.connect(str(db), read_only=True) as con:
        # versions are left out: how often a group is re-emitted depends on how the two
        # partitions' messages interleave, which differs between any two runs
        groups = con.execute(
            "select id, status, alert_count, opened_at, resolved_at from alert_groups order by id"
        ).fetchall()
        current = con.execute(
            "select group_id, change_id, rank, suspect, score, lag_s "
            "from correlation_candidates order by group_id, rank"
        ).fetchall()
    return groups, current


def test_sigkill_mid_join_then_restart_loses_and_doubles_nothing(settings, tmp_path, monkeypatch):
    db, recovery = tmp_path / "join.duckdb", tmp_path / "recovery"
    monkeypatch.setenv("SIGNALCRAFT_COPILOT_DRAIN_S", "150")  # the restart ends with the memory caught up
    messages = stream()

    # about 10 s of input; the kill lands an epoch after the first correlation was sent, so
    # some groups are committed and many are still to come
    def correlated() -> bool:
        return bool(consume_all(settings.broker.bootstrap_servers, settings.topics.correlations, 1.0))

    kill_while_feeding(settings, db, recovery, lambda s: feed(s, messages, 0.4), 2.5, ready=correlated)
    groups_before, _ = stored(db)
    assert 0 < len(groups_before) < len(PROJECTS) * INCIDENTS * 2, "the kill must land mid-join"

    restart_to_end(settings, db, recovery)
    reference = tmp_path / "reference.duckdb"
    reference_run(settings, reference, lambda s: feed(s, messages, 0.0))

    groups, current = stored(db)
    ref_groups, ref_current = stored(reference)
    assert set(groups) ^ set(ref_groups) == set()
    assert set(current) ^ set(ref_current) == set()
    assert len(groups) == len(PROJECTS) * INCIDENTS * 2  # two alertnames an incident, each one group
    assert {(status, count) for _, status, count, *_ in groups} == {("resolved", 4)}
    suspects = {(gid, cid) for gid, cid, rank, suspect, *_ in current if suspect}
    assert len(suspects) == len(groups)  # every group names a suspect ...
    expected = {incident(p, n)[3] for p in PROJECTS for n in range(INCIDENTS)}
    assert {cid for _, cid in suspects} == expected  # ... its own incident's deploy
    with duckdb.connect(str(db), read_only=True) as con:
        rows, ids = con.execute("select count(*), count(distinct id) from correlations").fetchone()
        current_signatures = signatures(con)
    assert rows == ids
    # the incident memory (LanceDB beside the store) survived the kill: after the restart it holds
    # every group once, each at the state the store has (groups committed just before the kill
    # were caught up at the restart, and replayed ones were not written twice)
    memory = lancedb.connect(str(tmp_path / "join.lance")).open_table("incidents")
    indexed = memory.search().select(["id", "signature", "resolved"]).limit(None).to_arrow()
    assert sorted(indexed["id"].to_pylist()) == sorted(current_signatures)
    assert dict(zip(indexed["id"].to_pylist(), indexed["signature"].to_pylist(), strict=True)) == current_signatures
