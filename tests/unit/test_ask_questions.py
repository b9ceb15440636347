"""The ask benchmark's question set is well formed: sizes, ids, splits, and gold SQL the gate accepts."""

from collections import Counter

import pytest
import sqlglot
from sqlglot import exp

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


@pytest.mark.parametrize("q", GOLD, ids=[q["id"] for q in GOLD])
def test_gold_sql_is_one_select_the_gate_accepts(q):
    statements = sqlglot.parse(q["gold_sql"], read="duckdb")
    assert len(statements) == 1
    assert isinstance(statements[0], (exp.Select, exp.Union, exp.Intersect, exp.Except))
    safe(q["gold_sql"])


@pytest.mark.parametrize("qid", sorted(BEYOND_THE_GATE))
def test_golds_beyond_the_gate_are_refused_by_it_and_count_as_misses(qid):
    """A gold that reads what no question may read (the dead letters' raw payloads) stays in the set,
    scored as a miss for every predictor, and the gate refuses it."""
    q = next(q for q in QUESTIONS if q["id"] == qid)
    with pytest.raises(UnsafeQuery):
        safe(q["gold_sql"])
