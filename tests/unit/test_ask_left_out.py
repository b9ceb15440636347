"""Automation named and left out, and other words said beside the question: "leave argocd and the deployment
controller out of it" (had been read as argocd's changes alone), "Just the human ones, not argocd or the
deployment-controller." and "Humans only." said as a sentence of their own (had been dropped as an aside), "leave the
deployment controller out" (had counted deployments: the word in the controller's name); a day of the week said with
its date ("Monday 26 February", the date wins; had been the last Monday); "since Feb 1? The X ones." (a date, then
the next sentence; had been read as since the first X alert of 1 February); alerts "about" words that name alerts
(the names; had also required the words in their texts, which held none).

The stores are :mod:`tests.unit.test_ask_spoken`'s (six changes today, three by automation) and
:mod:`tests.unit.test_ask`'s; now is Tuesday 2024-03-05 12:00 UTC."""

from __future__ import annotations

import pytest

from tests.unit.test_ask import NOW
from tests.unit.test_ask_spoken import asker  # noqa: F401 - the fixture
from tests.unit.test_ask_time_words import _bounds


def _actors(asker, question: str) -> list[str]:  # noqa: F811
    answer = asker.ask(question, NOW)
    return sorted(row[answer.columns.index("actor")] for row in answer.rows)


@pytest.mark.parametrize("question", [
    "changes today. Just the human ones, not argocd or the deployment-controller.",
    "What changed today? Humans only.",
    "changes today - leave argocd and the deployment controller out of it",
    "changes today, not argocd or the deployment controller",
])
def test_automation_named_and_left_out(asker, question):  # noqa: F811
    assert _actors(asker, question) == ["dpatel", "lnovak", "lnovak"]


def test_one_bot_left_out_keeps_the_others(asker):  # noqa: F811
    assert _actors(asker, "deploys today, leave argocd out of it") == [
        "deployment-controller", "deployment-controller", "lnovak"]
    answer = asker.ask("who made the most changes today? leave the deployment controller out", NOW)
    assert answer.rows == [("lnovak", 2)], answer.sql
    assert "type = 'deployment'" not in answer.sql


def test_a_list_that_goes_on_with_a_person_is_still_read_as_values(asker):  # noqa: F811
    assert _actors(asker, "What changed? Leave out the bots, deployment-controller and lnovak.") == ["dpatel"]


@pytest.fixture(scope="module")
def incidents(incidents_asker):
    return incidents_asker


@pytest.mark.parametrize("question", ["alerts on Monday 26 February", "alerts on Mon, 26 Feb",
                                      "alerts on Feb 26 (Monday)", "alerts on Monday 2024-02-26",
                                      "alerts on monday the 26th of february"])
def test_a_weekday_said_with_its_date_is_that_date(incidents, question):
    assert _bounds(incidents.sql(question, NOW)[0]) == ["2024-02-26 00:00", "2024-02-27 00:00"]


def test_since_a_date_then_another_sentence_is_since_the_date(incidents):
    sql = incidents.sql("checkout alerts since Feb 1? The HighErrorRate ones.", NOW)[0]
    assert _bounds(sql) == ["2024-02-01 00:00", "2024-03-05 12:00"] and "min(" not in sql.lower(), sql


def test_alerts_about_words_that_name_alerts_are_those_alerts(incidents):
    about = incidents.ask("which alerts were about the error rate?", NOW)
    named = incidents.ask("HighErrorRate alerts", NOW)
    assert len(about.rows) == len(named.rows) > 0 and "ILIKE" not in about.sql, about.sql
    assert "ILIKE" in incidents.sql("alerts mentioning disk", NOW)[0]  # words in the texts: said so
