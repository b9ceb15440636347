"""Acks met with the alerts they acknowledged, in more of the words people use: "who acked alerts while they were
still firing" (the alerts had been dropped from the question, and it was refused), the people ranked by such acks
("which two people acked the most alerts while those alerts were still firing" had been refused as alerts related to
other alerts), "the problem they acknowledged", and the columns a list names of the acks themselves (who, when, the
alert name; they had been whole rows).

The store is :mod:`tests.unit.test_ask`'s (checkout's HighErrorRate fired 10:00–10:30, its LatencyP99High from 11:30,
now 12:00) with six acks: ana.lopez@acme.io acked HighErrorRate at 10:05 (firing), cy acked LatencyP99High at 11:35
and 11:40 (firing), and dan acked HighErrorRate at 11:00, 11:10 and 11:15, after it had ended."""

from __future__ import annotations

import pytest

from tests.support import asking, audit
from tests.unit.test_ask import NOW, _store


def _ack(key: str, minute: int, actor: str, name: str):
    matchers = ({"name": "alertname", "value": name, "is_regex": False, "is_equal": True},
                {"name": "service", "value": "checkout", "is_regex": False, "is_equal": True})
    return audit(key, "ack", minute, actor=actor, matchers=matchers)


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    rows = [_ack("a1", 5, "ana.lopez@acme.io", "HighErrorRate"),
            _ack("c1", 95, "cy", "LatencyP99High"), _ack("c2", 100, "cy", "LatencyP99High"),
            *(_ack(f"d{i}", minute, "dan", "HighErrorRate") for i, minute in enumerate((60, 70, 75)))]
    yield from asking(tmp_path_factory.mktemp("acks") / "a.duckdb", rows, base=(_store,))


@pytest.mark.parametrize("question", ["who acked alerts while they were still firing",
                                      "who acknowledged alerts while they were firing"])
def test_who_acked_alerts_while_they_fired(asker, question):
    answer = asker.ask(question, NOW)
    assert sorted(row[0] for row in answer.rows) == ["ana.lopez@acme.io", "cy"], answer.sql


@pytest.mark.parametrize(("question", "expected"), [
    ("Which two people acked the most alerts while those alerts were still firing?", [("cy", 2),
                                                                                     ("ana.lopez@acme.io", 1)]),
    ("who acked the most alerts while they were firing", [("cy", 2)]),
    ("which two people acked the most alerts", [("dan", 3), ("cy", 2)]),  # every ack, asked so
])
def test_people_ranked_by_their_acks_of_firing_alerts(asker, question, expected):
    answer = asker.ask(question, NOW)
    assert [tuple(row) for row in answer.rows] == expected, answer.sql


def test_acks_of_the_problem_they_acknowledged_with_the_columns_listed(asker):
    answer = asker.ask("Which acknowledgements came in while the problem they acknowledged was still firing? Who, "
                       "when, and the alert name.", NOW)
    assert len(answer.columns) == 3, answer.sql
    assert sorted((who, name) for who, _, name in answer.rows) == [
        ("ana.lopez@acme.io", "HighErrorRate"), ("cy", "LatencyP99High"), ("cy", "LatencyP99High")]


def test_the_columns_of_acks_listed(asker):
    answer = asker.ask("list acks by dan: actor and time", NOW)
    assert len(answer.columns) == 2 and len(answer.rows) == 3, answer.sql
    assert {row[0] for row in answer.rows} == {"dan"}


def test_others_said_while_they_fired_stay_others(asker):
    """ "while those alerts were firing" after deploys names no alerts before it: the deploys during alerts, not
    "while they were firing" of the deploys themselves."""
    answer = asker.ask("which deploys happened while those alerts were firing", NOW)
    assert "JOIN alerts" in answer.sql and "c.timestamp >= a.starts_at" in answer.sql
