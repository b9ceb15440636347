"""Withdrawn correlations from raw messages to the DuckDB store and the correlations topic.

payments-api is reported live 10 min before its alerts: the suspect. A second report of
the same deploy (same version, so the same change) arrives after the alerts and says it
went live 15 min 1 s before them, beyond the 15 min look-back: the change is no
candidate, its row goes out again ``withdrawn``, and neither view names a suspect. With
one candidate kept, a restart of cart is the candidate until a later-reported deploy
pushes it out: its row is withdrawn and the views show the deploy alone.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
from bytewax.testing import TestingSink, TestingSource, run_main

from signalcraft.config import CorrelationSettings, Settings
from signalcraft.flows.pipeline import build_flow
from signalcraft.models import Correlation, RawMessage
from signalcraft.operators.incident_facts import facts_for
from signalcraft.sinks.duckdb_sink import DuckDBSink
from tests.support import at


def iso(minutes: float) -> str:
    return at(minutes).isoformat().replace("+00:00", "Z")


def deploy(minutes: float, service: str = "payments-api", type_: str = "deployment", version: str = "v2.4.0") -> dict:
    return {"workspace_id": "acme", "type": type_, "project": "shop", "environment": "prod", "service": service,
            "version": version, "summary": f"{type_} {service} {version}", "timestamp": iso(minutes)}


def firing(name: str, service: str, fingerprint: str, minutes: float) -> dict:
    return {"workspace_id": "acme", "project": "shop", "environment": "prod", "service": service, "name": name,
            "severity": "critical", "status": "firing", "labels": {"alertname": name, "service": service},
            "fingerprint": fingerprint, "starts_at": iso(minutes)}


def messages(settings: Settings, docs: list[list[tuple[str, dict]]]) -> list[list[RawMessage]]:
    """Batches of ``(kind, document)``: ``change`` or ``alert``, in native formats."""
    topics = {"change": (settings.topics.changes, "signalcraft-change"),
              "alert": (settings.topics.alerts, "signalcraft-alert")}
    offsets: dict[str, int] = {}
    out = []
    for batch in docs:
        raw = []
        for kind, doc in batch:
            topic, fmt = topics[kind]
            offsets[topic] = offsets.get(topic, -1) + 1
            raw.append(RawMessage(topic, 0, offsets[topic], json.dumps(doc).encode(), headers={"sc-format": fmt},
                                  timestamp_ms=offsets[topic]))
        out.append(raw)
    return out


def run(path: Path, batches: list[list[tuple[str, dict]]], settings: Settings) -> list[Correlation]:
    """The whole flow into a DuckDB file; return what it sent to the correlations topic."""
    sent: list[Any] = []
    run_main(build_flow(settings, TestingSource(messages(settings, batches)), DuckDBSink(path), TestingSink([]),
                        TestingSink(sent)))
    return [Correlation.model_validate_json(m.value) for m in sent]


def query(path: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


NEWER = ("change", deploy(-10))
ALERT = ("alert", firing("HighErrorRate", "payments-api", "e1", 0))
OLDER = ("change", deploy(-15 - 1 / 60))
RESTART = ("change", deploy(-10, service="cart", type_="restart", version="r1"))
LATE = ("change", deploy(-2))
RATE_OFF = Settings(correlation=CorrelationSettings(alert_rate=False))
TOP_ONE = Settings(correlation=CorrelationSettings(alert_rate=False, max_candidates=1))


def test_a_suspect_withdrawn_by_a_late_report_leaves_the_views(tmp_path: Path) -> None:
    before = tmp_path / "before.duckdb"
    run(before, [[NEWER], [ALERT]], RATE_OFF)
    assert query(before, "SELECT change_summary FROM incident_suspects") == [("deployment payments-api v2.4.0",)]

    after = tmp_path / "after.duckdb"
    sent = run(after, [[NEWER], [ALERT], [OLDER]], RATE_OFF)
    assert [(c.version, c.suspect, c.withdrawn) for c in sent] == [(1, True, False), (2, False, True)]
    assert sent[0].id == sent[1].id
    assert query(after, "SELECT id, version, suspect, withdrawn FROM correlations") == [(sent[0].id, 2, False, True)]
    assert query(after, "SELECT count(*) FROM correlation_candidates") == [(0,)]
    assert query(after, "SELECT count(*) FROM incident_suspects") == [(0,)]
    assert query(after, "SELECT count(*) FROM alert_groups") == [(1,)]


def test_a_candidate_pushed_out_of_the_top_is_withdrawn_in_the_store(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    sent = run(path, [[RESTART], [ALERT], [LATE]], TOP_ONE)
    assert [(c.version, c.rank, c.suspect, c.withdrawn) for c in sent] == [
        (1, 1, False, False), (2, 1, True, False), (2, 1, False, True)]
    stored = query(path, "SELECT c.version, c.suspect, c.withdrawn, ch.service FROM correlations AS c "
                         "JOIN change_events AS ch ON ch.id = c.change_id ORDER BY ch.service")
    assert stored == [(2, False, True, "cart"), (2, True, False, "payments-api")]
    assert query(path, "SELECT change_service, suspect FROM correlation_candidates") == [("payments-api", True)]
    assert query(path, "SELECT change_service FROM incident_suspects") == [("payments-api",)]


def test_incident_facts_list_no_withdrawn_candidate(tmp_path: Path) -> None:
    """The incident page and brief read the candidates with the view's rule, spelled out."""
    emptied, pushed = tmp_path / "emptied.duckdb", tmp_path / "pushed.duckdb"
    run(emptied, [[NEWER], [ALERT], [OLDER]], RATE_OFF)
    run(pushed, [[RESTART], [ALERT], [LATE]], TOP_ONE)
    for path, services in ((emptied, []), (pushed, ["payments-api"])):
        with duckdb.connect(str(path), read_only=True) as con:
            [gid] = [r[0] for r in con.execute("SELECT id FROM alert_groups").fetchall()]
            [facts] = facts_for(con, [gid]).values()
        assert [c.service for c in facts.candidates] == services
        assert (facts.suspect is not None) == bool(services)
