"""The ask benchmark's question set is well formed: sizes, ids, splits, and gold SQL the gate accepts."""

from collections import Counter

import pytest

from benchmarks.ask_questions import BEYOND_THE_GATE, CATEGORIES, MINIMUM, QUESTIONS, REFUSAL_KINDS
from signalcraft.copilot.sql_guard import UnsafeQuery, safe

GOLD = [q for q in QUESTIONS if q["gold_sql"] is not None and q["id"] not in BEYOND_THE_GATE]


def test_size_and_ids():
    assert len(QUESTIONS) >= 200
    ids = [q["id"] for q in QUESTIONS]
    assert len(set(ids)) == len(ids)
    assert "show me all high-latency alerts from the last 24h related to the payments service" in {
        q["question"] for q in QUESTIONS}


def test_every_category_has_its_minimum():
    counts = Counter(q["category"] for q in QUESTIONS)
    assert set(counts) == set(CATEGORIES)
    for category, minimum in MINIMUM.items():
        assert counts[category] >= minimum, category


def test_held_out_share_and_spread():
    first = [q for q in QUESTIONS if q["set"] == "first"]
    held = [q for q in first if q["split"] == "held_out"]
    assert {q["split"] for q in QUESTIONS} == {"dev", "held_out"}
    assert 0.20 <= len(held) / len(first) <= 0.30
    assert all(q["split"] == "dev" for q in QUESTIONS if q["set"] == "tuning")
    assert {q["category"] for q in held} == set(CATEGORIES)


def test_refusals_have_a_kind_and_no_sql():
    for q in QUESTIONS:
        if q["category"] == "refusals":
            assert q["gold_sql"] is None and q["refusal"] in REFUSAL_KINDS, q["id"]
        else:
            assert q["gold_sql"] and q["refusal"] is None, q["id"]
        assert q["now"].endswith("Z")


def _gate_says(sql: str) -> str | None:
    """What is wrong with a gold statement, or ``None``: the gate accepts only one SELECT (or set operation of
    SELECTs), which tests/unit/test_sql_guard.py holds it to, so its word is the check."""
    try:
        safe(sql)
    except UnsafeQuery as e:
        return str(e)
    return None


@pytest.mark.parametrize("kind", sorted({q["set"] for q in GOLD}))
def test_gold_sql_is_one_select_the_gate_accepts(kind):
    """Every gold of a set at once (a test per question had cost the suite ~40 s of pytest's own bookkeeping)."""
    wrong = {q["id"]: said for q in GOLD if q["set"] == kind and (said := _gate_says(q["gold_sql"])) is not None}
    assert not wrong, wrong


def test_the_gate_check_can_fail():
    assert _gate_says("SELECT 1; SELECT 2") == "exactly one statement may run, got 2"
    assert _gate_says("DELETE FROM alerts") == "only a SELECT may run, not DELETE"
    assert _gate_says("SELECT * FROM read_csv('/etc/passwd')") is not None
    assert _gate_says("SELECT * FROM alerts") is None


@pytest.mark.parametrize("qid", sorted(BEYOND_THE_GATE))
def test_golds_beyond_the_gate_are_refused_by_it_and_count_as_misses(qid):
    """A gold that reads what no question may read (the dead letters' raw payloads) stays in the set,
    scored as a miss for every predictor, and the gate refuses it."""
    q = next(q for q in QUESTIONS if q["id"] == qid)
    with pytest.raises(UnsafeQuery):
        safe(q["gold_sql"])
