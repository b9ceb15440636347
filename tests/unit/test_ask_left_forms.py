"""Forms left wrong by the last reviews of the reading, mended one by one: a warning's metric beside a time,
"whose deploys got blamed most", one person out of everybody, office hours said "9-5", a period from last week up to
now and "two weeks ago today".

The store is the one of tests/unit/test_ask_everyday_forms.py (now is Wednesday 6 March 2024, 10:00 UTC)."""

from __future__ import annotations

import pytest

from tests.support import asking
from tests.unit.test_ask_everyday_forms import NOW, _extras, _records


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asking(tmp_path_factory.mktemp("left") / "l.duckdb", base=(_records, _extras))


def _names(answer) -> list[str]:
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


def test_a_warnings_metric_beside_a_time(asker):
    """Both warnings started yesterday; "on pool pending yesterday" had been both (the time's words had kept the
    metric's words from naming one)."""
    for question in ("warnings on pool pending yesterday", "warnings for db_pool_pending yesterday",
                     "warnings on pool pending in the last 2 days"):
        answer = asker.ask(question, NOW)
        assert [row[0] for row in answer.rows] == ["w-pool"], (question, answer.sql)
    answer = asker.ask("warnings on pool pending per day", NOW)
    assert answer.rows[0][1] == 1 and "db_pool_pending" in answer.sql, answer.sql


def test_whose_deploys_got_blamed_most(asker):
    """Both incidents blame ana's deploy v7; the question had ranked the incidents' alert names."""
    for question in ("whose deploys got blamed most", "Whose deploys were suspects most often?",
                     "whose changes were named suspect the most"):
        answer = asker.ask(question, NOW)
        assert answer.rows == [("ana", 2)], (question, answer.sql)


def test_one_person_out_of_everybody(asker):
    """Live deploys: bo two, ana one; "out of everybody" had made the one person asked the top five."""
    for question in ("Out of everybody, who deployed the most?", "of all the engineers, who deployed the most"):
        assert asker.ask(question, NOW).rows == [("bo", 2)], question
    assert asker.ask("who are the top 2 deployers", NOW).rows == [("bo", 2), ("ana", 1)]


@pytest.mark.parametrize("question", ["alerts 9-5 on weekdays", "alerts from 9-5 on weekdays",
                                      "alerts 9 to 5 weekdays", "alerts during 9-5, monday to friday",
                                      "alerts 9-5 mon-fri"])
def test_office_hours_said_short(asker, question):
    """Had been every hour of the weekdays (or this week's Monday to Friday)."""
    answer = asker.ask(question, NOW)
    assert _names(answer) == ["January", "KubePodNotReady", "MidFebruary", "WeekAgo", "Weekday"], answer.sql


def test_from_last_week_up_to_now(asker):
    for question in ("alerts from last week until now", "alerts from last week to today",
                     "alerts from last week so far", "alerts from the start of last week to date"):
        assert _names(asker.ask(question, NOW)) == ["WeekAgo", "Weekday", "WeekdayNight", "WeekendDay",
                                                    "WeekendNight"], question  # had been last week alone (or today)
    assert _names(asker.ask("alerts from last week", NOW)) == ["WeekAgo", "WeekendDay", "WeekendNight"]
    assert "MidFebruary" in _names(asker.ask("alerts from the start of last month to date", NOW))  # not this month
    assert "MidFebruary" not in _names(asker.ask("alerts month to date", NOW))


def test_weeks_ago_today(asker):
    """ "two weeks ago yesterday" is Tuesday 20 February; "two weeks ago today" had been the calendar week."""
    assert _names(asker.ask("alerts two weeks ago yesterday", NOW)) == ["MidFebruary"]
    assert _names(asker.ask("alerts 2 weeks ago today", NOW)) == []
    assert _names(asker.ask("alerts a week ago today", NOW)) == ["WeekAgo"]
    assert _names(asker.ask("alerts a week ago yesterday", NOW)) == []
