"""Log patterns through the whole flow (``build_flow``): OTLP-shaped native log messages in,
log_events with their template, log_templates rows and a "new error pattern" warning out (in
the store and on the warnings topic); off, logs are stored as before; state comes back after
an abort."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta

from bytewax.recovery import RecoveryConfig, init_db_dir
from bytewax.testing import TestingSink, TestingSource, run_main

from signalcraft.config import CorrelationSettings, PatternSettings, Settings
from signalcraft.flows.pipeline import build_flow
from signalcraft.models import RawMessage
from signalcraft.operators.log_templates import template_id

T0 = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
POOL = "Timeout waiting for connection from pool after <*> ms"


def log_doc(i: int, minute: float, body: str, severity: int, service: str = "payments-api") -> dict:
    return {
        "workspace_id": "acme", "project": "shop", "environment": "prod", "service": service,
        "severity_number": severity, "is_error": severity >= 17, "body": body,
        "timestamp": (T0 + timedelta(minutes=minute)).isoformat(), "source": "test",
    }


def stream(seed: int = 1) -> list[dict]:
    """90 minutes of routine lines from two services; from minute 75 a new error in payments-api."""
    rng, docs = random.Random(seed), []
    for m in range(90):
        for service in ("payments-api", "cart"):
            for j in range(3):
                body = rng.choice([f"GET /v1/items/{rng.randint(1, 999)} 200 in {rng.randint(3, 80)} ms",
                                   f"worker {rng.randint(1, 9)} heartbeat seq={rng.randint(1, 10**6)}"])
                docs.append(log_doc(len(docs), m + j / 3, body, 9, service))
        if m >= 75:
            for j in range(4):
                docs.append(log_doc(len(docs), m + j / 4, f"Timeout waiting for connection from pool after "
                                                          f"{rng.randint(3000, 3100)} ms", 17))
    return docs


def batches(docs: list[dict], topic: str, size: int = 40) -> list[list[RawMessage]]:
    msgs = [RawMessage(topic, 0, i, json.dumps(d).encode(), headers={"sc-format": "signalcraft-log"},
                       timestamp_ms=i) for i, d in enumerate(docs)]
    return [msgs[i:i + size] for i in range(0, len(msgs), size)]


def settings(**patterns) -> Settings:
    return Settings(correlation=CorrelationSettings(enabled=False), patterns=PatternSettings(**patterns))


def run(s: Settings, items: list, **kw) -> tuple[dict[str, list[dict]], list]:
    stored, dlq, warnings = [], [], []
    run_main(build_flow(s, TestingSource(items), TestingSink(stored), TestingSink(dlq), warnings=TestingSink(warnings)),
             **kw)
    rows: dict[str, list[dict]] = {}
    for _key, tables in stored:
        for name, table in tables.items():
            rows.setdefault(name, []).extend(table.to_pylist())
    return rows, warnings


def latest(rows: list[dict]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for row in rows:
        if row["id"] not in out or row["version"] >= out[row["id"]]["version"]:
            out[row["id"]] = row
    return out


def test_logs_are_stored_with_their_template_and_the_templates_as_rows():
    s = settings()
    docs = stream()
    rows, _ = run(s, batches(docs, s.topics.logs))
    logs = rows["log_events"]
    assert len(logs) == len(docs) and all(r["template_id"] for r in logs)
    templates = latest(rows["log_templates"])
    current = {r["template"]: r for r in templates.values() if r["replaced_by"] is None}
    pool = current[POOL]
    assert pool["id"] == template_id("acme", "payments-api", POOL)
    assert (pool["count"], pool["error_count"], pool["is_error"]) == (60, 60, True)
    assert pool["first_seen"] == T0 + timedelta(minutes=75)
    # every stored line resolves, through replaced_by, to a current template of its service
    for record in logs:
        tid = record["template_id"]
        while templates[tid]["replaced_by"] is not None:
            tid = templates[tid]["replaced_by"]
        assert templates[tid]["service"] == record["service"]


def test_a_new_error_pattern_is_a_warning_in_the_store_and_on_the_topic():
    s = settings()
    rows, topic = run(s, batches(stream(), s.topics.logs))
    [stored] = [w for w in rows["warnings"] if w["labels"] and dict(w["labels"])["alertname"] == "NewLogPattern"]
    assert dict(stored["annotations"])["template"] == POOL
    assert stored["starts_at"] == T0 + timedelta(minutes=75)
    sent = [alert for m in topic for alert in json.loads(m.value)]  # Alertmanager's postable alerts
    [new] = [a for a in sent if a["labels"]["alertname"] == "NewLogPattern"]
    assert new["labels"]["service"] == "payments-api" and new["annotations"]["template"] == POOL


def test_off_logs_are_stored_without_templates():
    s = settings(enabled=False)
    rows, topic = run(s, batches(stream(), s.topics.logs))
    assert {r["template_id"] for r in rows["log_events"]} == {None}
    assert "log_templates" not in rows
    assert [m for m in topic if b"NewLogPattern" in m.value] == []
    assert any(b"HighLogErrorRate" in m.value for m in topic)  # the error share is watched as before


def test_the_miner_state_survives_an_abort_and_resume(tmp_path):
    s = settings()
    items = batches(stream(), s.topics.logs)
    expected, _ = run(s, items)
    init_db_dir(tmp_path, 1)
    recovery = RecoveryConfig(str(tmp_path), backup_interval=timedelta(0))
    cut = len(items) // 2
    aborting = [*items[:cut], TestingSource.ABORT(), *items[cut:]]
    got: dict[str, list[dict]] = {}
    for _ in range(2):
        rows, _ = run(s, aborting, epoch_interval=timedelta(0), recovery_config=recovery)
        for name, table in rows.items():
            got.setdefault(name, []).extend(table)
    by_id = {r["id"]: r["template_id"] for r in got["log_events"]}
    assert by_id == {r["id"]: r["template_id"] for r in expected["log_events"]}
    assert latest(got["log_templates"]) == latest(expected["log_templates"])


def test_odd_bodies_are_stored_whole_with_a_template_and_nothing_is_refused():
    s = settings()
    odd = ["", "   ", "x" * 300_000, "\x00\x01 binary \ufffd", json.dumps({"msg": "charge 42 failed", "code": 7}),
           json.dumps({"level": "warn", "detail": {"a": 1}}), "{not json", "line\n" * 2000]
    docs = [log_doc(i, i / 10, body, 17) for i, body in enumerate(odd)]
    rows, _ = run(s, batches(docs, s.topics.logs))
    assert "dlq" not in rows
    assert sorted(len(r["body"]) for r in rows["log_events"]) == sorted(len(b) for b in odd)
    assert all(r["template_id"] for r in rows["log_events"])
    texts = {r["template"] for r in latest(rows["log_templates"]).values()}
    assert {"<empty>", "<binary>", "charge <*> failed"} <= texts
    assert max(len(r["example"]) for r in rows["log_templates"]) <= 512
