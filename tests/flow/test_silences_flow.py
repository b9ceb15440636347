"""Silence mining through the whole flow (``build_flow``): weeks of native audit entries and
alerts in, versioned suggestions out to the store and the suggestions topic; a replay sends
the same versions; off, nothing is mined."""

from __future__ import annotations

import json

from bytewax.testing import TestingSink, TestingSource, run_main

from signalcraft.config import AnomalySettings, CorrelationSettings, PatternSettings, Settings, SilenceSettings
from signalcraft.flows.pipeline import build_flow
from signalcraft.models import AlertEvent, AuditEntry, RawMessage
from tests.unit.test_silence_suggest import history


def messages(s: Settings) -> list[list[RawMessage]]:
    out = []
    records = [r for r in history() if isinstance(r, (AuditEntry, AlertEvent))]
    records.sort(key=lambda r: r.timestamp if isinstance(r, AuditEntry) else r.starts_at)
    for i, r in enumerate(records):
        topic, fmt = (s.topics.audit, "signalcraft-audit") if isinstance(r, AuditEntry) else \
            (s.topics.alerts, "signalcraft-alert")
        out.append(RawMessage(topic, 0, i, r.model_dump_json().encode(), headers={"sc-format": fmt}, timestamp_ms=i))
    return [out[i:i + 50] for i in range(0, len(out), 50)]


def settings(enabled: bool = True) -> Settings:
    return Settings(correlation=CorrelationSettings(enabled=False), anomaly=AnomalySettings(enabled=False),
                    patterns=PatternSettings(enabled=False), silences=SilenceSettings(enabled=enabled))


def run(s: Settings) -> tuple[dict[str, list[dict]], list]:
    stored, dlq, topic = [], [], []
    run_main(build_flow(s, TestingSource(messages(s)), TestingSink(stored), TestingSink(dlq),
                        suggestions=TestingSink(topic)))
    rows: dict[str, list[dict]] = {}
    for _key, tables in stored:
        for name, table in tables.items():
            rows.setdefault(name, []).extend(table.to_pylist())
    return rows, topic


def latest(rows: list[dict]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for row in rows:
        if row["id"] not in out or row["version"] > out[row["id"]]["version"]:
            out[row["id"]] = row
    return out


def test_suggestions_reach_the_store_and_the_topic_at_their_latest_versions():
    s = settings()
    rows, topic = run(s)
    current = latest(rows["silence_suggestions"])
    kinds = sorted(r["kind"] for r in current.values() if r["status"] == "suggested")
    assert kinds == ["inhibit_rule", "mute_time_interval", "route"]  # sensitivity needs the watch's warnings
    sent = [json.loads(m.value) for m in topic]
    by_id: dict[str, int] = {}
    for m in sent:
        assert m["version"] > by_id.get(m["id"], 0)  # versions only go up on the topic
        by_id[m["id"]] = m["version"]
    assert by_id == {i: r["version"] for i, r in current.items()}
    assert all(dict(m.headers)["sc-format"] == b"signalcraft-silence-suggestion" for m in topic)


def test_a_replay_sends_the_same_versions():
    s = settings()
    first, _ = run(s)
    again, _ = run(s)
    assert {i: r["version"] for i, r in latest(first["silence_suggestions"]).items()} == \
        {i: r["version"] for i, r in latest(again["silence_suggestions"]).items()}


def test_off_nothing_is_mined():
    rows, topic = run(settings(enabled=False))
    assert "silence_suggestions" not in rows and topic == []
    assert len(rows["audit_log"]) > 0


def sensitivity_message(s: Settings, key: str, sigma: float) -> RawMessage:
    from datetime import UTC, datetime

    from signalcraft.models import SilenceSuggestion

    t = datetime(2025, 3, 11, tzinfo=UTC)
    suggestion = SilenceSuggestion(
        id="suggestion-x", workspace_id="acme", kind="sensitivity", text="t", support=5, confidence=0.9, yaml="{}",
        settings={"metric_key": key, "raise_sigma": str(sigma)}, first_seen=t, last_seen=t, updated_at=t, version=1)
    return RawMessage(s.topics.suggestions, 0, 0, suggestion.model_dump_json().encode(),
                      headers={"sc-format": "signalcraft-silence-suggestion"})


def test_with_feedback_applied_a_sensitivity_suggestion_quiets_its_series():
    from tests.flow.test_anomaly_flow import logs

    def warned(feedback: str, with_suggestion: bool) -> list[dict]:
        s = Settings(correlation=CorrelationSettings(enabled=False), patterns=PatternSettings(enabled=False),
                     anomaly=AnomalySettings(feedback=feedback), silences=SilenceSettings(enabled=False))
        records = logs("payments-api", 240, 200, 1)
        log_msgs = [RawMessage(s.topics.logs, 0, i, r.model_dump_json().encode(),
                               headers={"sc-format": "signalcraft-log"}) for i, r in enumerate(records)]
        first = [sensitivity_message(s, "logs:acme/checkout/production/payments-api", 50.0)] if with_suggestion else []
        batches = [first + log_msgs[:500], *[log_msgs[i:i + 500] for i in range(500, len(log_msgs), 500)]]
        stored: list = []
        run_main(build_flow(s, TestingSource(batches), TestingSink(stored), TestingSink([])))
        return [row for _k, tables in stored for row in tables.get("warnings", pa_empty()).to_pylist()]

    assert len(warned("off", False)) >= 1  # the ramp warns ...
    assert warned("apply", True) == []  # ... not once its series only warns at 50σ
    assert len(warned("apply", False)) >= 1


def pa_empty():
    import pyarrow as pa

    return pa.table({})


def test_the_miner_state_survives_an_abort_and_resume(tmp_path):
    from datetime import timedelta

    from bytewax.recovery import RecoveryConfig, init_db_dir

    s = settings()
    items = messages(s)
    expected, _ = run(s)
    init_db_dir(tmp_path, 1)
    recovery = RecoveryConfig(str(tmp_path), backup_interval=timedelta(0))
    aborting = [*items[:len(items) // 2], TestingSource.ABORT(), *items[len(items) // 2:]]
    got: list = []
    for _ in range(2):
        stored: list = []
        run_main(build_flow(s, TestingSource(aborting), TestingSink(stored), TestingSink([])),
                 epoch_interval=timedelta(0), recovery_config=recovery)
        got += [row for _k, tables in stored for row in tables.get("silence_suggestions", pa_empty()).to_pylist()]
    want = latest(expected["silence_suggestions"])
    assert {i: (r["version"], r["status"], r["text"]) for i, r in latest(got).items()} == \
        {i: (r["version"], r["status"], r["text"]) for i, r in want.items()}
