"""The value with the most rows of a narrowed kind ("which alert name has the most incidents with no suspect
change"), and columns of an incident's suspect named with a possessive ("the suspect's version").

The store is :mod:`tests.unit.test_ask_incidents`'s: checkout's HighErrorRate incident (10:00) has the v2.0.1 deploy
(09:50) as its suspect, its LatencyP99High incident (11:30) none."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask_most import split_most
from tests.support import asking
from tests.unit.test_ask import NOW, _store
from tests.unit.test_ask_incidents import _incidents


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asking(tmp_path_factory.mktemp("most") / "m.duckdb", base=(_store, _incidents))


@pytest.mark.parametrize(("question", "expected"), [
    ("which alert name has the most incidents with no suspect change?", [("LatencyP99High", 1)]),
    ("which alert name had the most incidents with a suspect change", [("HighErrorRate", 1)]),
    ("which person has the most deploys followed by an alert within 15 minutes", [("ana.lopez@acme.io", 1)]),
])
def test_the_value_with_the_most_narrowed_rows(asker, question, expected):
    answer = asker.ask(question, NOW)
    assert answer.rows == expected, answer.sql


def test_a_plain_breakdown_is_left_to_the_common_reading():
    assert split_most("which service has the most alerts") is None
    assert split_most("which service has the most alerts today") is None


def test_the_suspects_columns_named_with_a_possessive(asker):
    answer = asker.ask("checkout incidents + their suspect: alert name, the suspect's version and how many minutes "
                       "before the incident it landed", NOW)
    assert answer.rows == [("HighErrorRate", "v2.0.1", 10.0)], answer.sql


def test_the_single_value_returned_with_its_count(asker):
    """ "Return the single person with the most …, with that count": had been read without its narrowing (every
    alert) or refused ('single' as a name)."""
    answer = asker.ask("Return the single person with the most deploys followed by an alert within 15 minutes, with "
                       "that count.", NOW)
    assert answer.rows == [("ana.lopez@acme.io", 1)], answer.sql


def test_the_changes_that_were_the_suspect_of_at_least_one_incident(asker):
    """ "at least one incident" is met by any: the change itself (had been refused as an unread bound, and "the live
    deployments that …" had listed the incidents)."""
    answer = asker.ask("Return the live deployments that were the suspect change of at least one incident.", NOW)
    assert [row[answer.columns.index("version")] for row in answer.rows] == ["v2.0.1"], answer.sql
    assert "change_events" in answer.sql.split(" WHERE ")[0]


def test_a_lower_case_question_after_a_sentence_that_sets_the_scene(asker):
    """ "mutes pile up here. which …?": the sentence that asks (the first had made the whole a relation of alerts
    and silences not read, and refused it)."""
    answer = asker.ask("mutes pile up here. which alert name has the most incidents with no suspect change?", NOW)
    assert answer.rows == [("LatencyP99High", 1)], answer.sql
