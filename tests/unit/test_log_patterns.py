"""The log-pattern step without Bytewax: template ids on records, template rows, renames,
"new error pattern" warnings, bounded state, odd bodies, and recovery from a pickle."""

from __future__ import annotations

import json
import pickle
import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signalcraft.models import EarlyWarning, LogRecord, LogTemplate
from signalcraft.operators.log_patterns import EXAMPLE_CHARS, LogPatterns, PatternState
from signalcraft.operators.log_templates import LogTemplateParams, template_id
from signalcraft.operators.series import PatternHit
from signalcraft.params import PatternParams

T0 = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
SVC = "payments-api"


def log(i: int, minute: float, body: str, severity: int = 9, service: str = SVC) -> LogRecord:
    return LogRecord(id=f"log-{service}-{i}", workspace_id="acme", project="shop", environment="prod",
                     service=service, severity_number=severity, is_error=severity >= 17, body=body,
                     timestamp=T0 + timedelta(minutes=minute), source="otlp-logs")


def routine(minutes: int, per_minute: int = 4, seed: int = 1) -> list[LogRecord]:
    """A service's everyday lines: a few patterns with varying values."""
    rng, out = random.Random(seed), []
    for m in range(minutes):
        for j in range(per_minute):
            i = m * per_minute + j
            body = rng.choice([
                f"GET /api/orders/{rng.randint(1, 9999)} 200 in {rng.randint(2, 90)} ms",
                f"cache hit ratio {rng.random():.2f} for shard {rng.randint(0, 7)}",
                f"user {rng.randint(1000, 9999)} logged in from 10.0.{rng.randint(0, 9)}.{rng.randint(1, 250)}",
            ])
            out.append(log(i, m + j / per_minute, body))
    return out


def pool_timeouts(start_minute: float, n: int, every_s: float = 10.0) -> list[LogRecord]:
    return [
        log(100_000 + i, start_minute + i * every_s / 60,
            f"Timeout waiting for connection from pool after {3000 + i} ms", severity=17)
        for i in range(n)
    ]


def run(records, params=None, state=None, batch=50):
    lp, out = LogPatterns(params or PatternParams()), []
    for i in range(0, len(records), batch):
        state, emitted = lp.step_many(state, records[i:i + batch])
        out += emitted
    return state, out


def of(kind, out):
    return [x for x in out if isinstance(x, kind)]


def test_every_record_gets_the_id_of_its_template_text():
    state, out = run(routine(30))
    logs = of(LogRecord, out)
    assert len(logs) == 120 and all(r.template_id for r in logs)
    current = {t.id: t.text for t in state.miner.templates()}
    assert set(current) == {
        template_id("acme", SVC, text) for text in (
            "GET <*> <*> in <*> ms", "cache hit ratio <*> for shard <*>", "user <*> logged in from <*>",
        )
    }
    # the last line of each template carries its final id; earlier ones may carry one since replaced
    rows = {r.id: r for r in of(LogTemplate, out)}
    for record in logs:
        tid = record.template_id
        while rows[tid].replaced_by is not None:
            tid = rows[tid].replaced_by
        assert tid in current


def test_template_rows_carry_counts_times_example_and_a_rising_version():
    _, out = run(routine(30))
    latest = {}
    for row in of(LogTemplate, out):
        assert row.version >= latest.get(row.id, row).version
        latest[row.id] = row
    live = [r for r in latest.values() if r.replaced_by is None]
    assert sum(r.count for r in live) == 120
    assert all(r.first_seen <= r.last_seen and r.example and not r.is_error for r in live)
    assert max(r.version for r in live) == 120


def latest_rows(out) -> dict[str, LogTemplate]:
    rows: dict[str, LogTemplate] = {}
    for row in of(LogTemplate, out):
        if row.id not in rows or row.version >= rows[row.id].version:
            rows[row.id] = row
    return rows


@pytest.mark.parametrize("cut", [100, 77])
def test_a_replayed_stream_and_a_resumed_state_give_the_same_ids_and_rows(cut):
    records = routine(40) + pool_timeouts(70, 30)
    _, straight = run(records)
    state, first = run(records[:cut])
    state = pickle.loads(pickle.dumps(state))
    _, rest = run(records[cut:], state=state)
    if cut % 50 == 0:  # the same batches: the very same output
        assert first + rest == straight
    assert of(LogRecord, first + rest) == of(LogRecord, straight)
    assert latest_rows(first + rest) == latest_rows(straight)
    _, again = run(records)
    assert again == straight


def test_a_new_error_pattern_warns_once_with_count_template_and_example():
    records = routine(90) + pool_timeouts(75, 40)
    records.sort(key=lambda r: r.timestamp)
    _, out = run(records)
    [warning] = [w for w in of(EarlyWarning, out) if w.status == "firing"]
    assert warning.labels["alertname"] == "NewLogPattern" and warning.labels["service"] == SVC
    assert warning.labels["severity"] == "warning" and warning.labels["project"] == "shop"
    assert warning.annotations["template"] == "Timeout waiting for connection from pool after <*> ms"
    assert warning.annotations["example"] == "Timeout waiting for connection from pool after 3000 ms"
    assert warning.annotations["summary"] == (
        "New error pattern in payments-api: 'Timeout waiting for connection from pool after <*> ms' "
        "— 20 times in 3.2 min, first seen 13:15"
    )
    assert warning.starts_at == T0 + timedelta(minutes=75) and warning.observed == 20


def test_errors_spread_wider_than_the_window_or_too_few_do_not_warn():
    base = routine(90)
    sparse = pool_timeouts(70, 40, every_s=60)  # 40 in 40 min: 6 in any 5 min
    few = [log(200_000 + i, 75 + i / 6, f"disk quota exceeded for volume vol-{i}", 17) for i in range(19)]
    _, out = run(sorted(base + sparse + few, key=lambda r: r.timestamp))
    assert of(EarlyWarning, out) == []


def test_what_a_service_logs_in_its_first_hour_is_its_repertoire_not_news():
    records = sorted(routine(90) + pool_timeouts(30, 40), key=lambda r: r.timestamp)
    _, out = run(records)
    assert of(EarlyWarning, out) == []


def test_the_warning_resolves_after_quiet_and_keeps_its_id():
    records = sorted(routine(120) + pool_timeouts(75, 40), key=lambda r: r.timestamp)
    _, out = run(records)
    firing, resolved = of(EarlyWarning, out)
    assert (firing.status, resolved.status, resolved.version) == ("firing", "resolved", 2)
    assert resolved.id == firing.id
    assert resolved.ends_at == T0 + timedelta(minutes=75, seconds=390)
    assert "40 times" in resolved.annotations["summary"]


def test_hits_are_the_lines_at_the_watched_severity():
    records = [log(0, 0, "a 1 b", 9), log(1, 0.1, "retry 2 of db call", 13), log(2, 0.2, "db down", 17)]
    _, out = run(records)
    hits = of(PatternHit, out)
    assert [h.id for h in hits] == ["log-payments-api-1", "log-payments-api-2"]
    assert hits[0].template == "retry <*> of db call"


def test_state_is_bounded_by_the_template_cap_and_stays_consistent():
    params = PatternParams(miner=LogTemplateParams(max_templates=50))
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]
    records = [
        log(i, i / 10, f"{words[i % 10]} {words[(i // 10) % 10]} {words[(i // 100) % 10]} step {i}")
        for i in range(3000)
    ]
    state, _ = run(records, params)
    assert len(state.miner) <= 50 and set(state.seen) == {t.id for t in state.miner.templates()}
    assert len(pickle.dumps(state)) < 60_000


@pytest.mark.parametrize(
    "body",
    ["", " ", "x" * 1_000_000, "\x00\x01\x02 binary \ufffd\ufffd", json.dumps({"msg": "payment 42 failed", "lvl": 3}),
     "{not json", "\n".join(["trace line 1"] * 500)],
)
def test_odd_bodies_are_mined_kept_whole_and_bounded(body):
    state, out = run([log(1, 0, body, 17)])
    [record] = of(LogRecord, out)
    [row] = of(LogTemplate, out)
    assert record.body == body and record.template_id == row.id
    assert len(row.example) <= EXAMPLE_CHARS and len(row.template) <= LogTemplateParams().max_body_chars
    assert len(pickle.dumps(state)) < 20_000


def test_a_json_body_is_mined_by_its_message():
    _, out = run([log(1, 0, json.dumps({"message": f"payment {i} failed", "level": "error"}), 17) for i in range(3)])
    assert {r.template for r in of(LogTemplate, out)} >= {"payment <*> failed"}


def test_services_are_separate_and_a_foreign_state_is_started_afresh():
    lp = LogPatterns()
    by = dict(lp.by_service([log(1, 0, "a"), log(2, 0, "a", service="cart"), log(3, 0, "b")]))
    assert {k: [r.id for r in v] for k, v in by.items()} == {
        "acme/payments-api": ["log-payments-api-1", "log-payments-api-3"], "acme/cart": ["log-cart-2"],
    }
    state, _ = lp.step_many(object(), [log(1, 0, "a")])  # a state of another layout
    assert isinstance(state, PatternState) and len(state.miner) == 1


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=300), min_size=1, max_size=40))
def test_any_text_gets_a_template_and_never_raises(bodies):
    params = PatternParams(miner=LogTemplateParams(max_templates=8), learn_first=timedelta(0), new_min_count=2)
    records = [log(i, i / 10, body, 17 if i % 2 else 9) for i, body in enumerate(bodies)]
    state, out = run(records, params, batch=7)
    assert [r.template_id is not None for r in of(LogRecord, out)] == [True] * len(bodies)
    assert len(state.miner) <= 8 and set(state.seen) == {t.id for t in state.miner.templates()}
    assert pickle.loads(pickle.dumps(state)).seen == state.seen
