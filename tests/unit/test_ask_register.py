"""Questions in the formal register: what the rows are for said first, an environment put as a condition, qualifiers
that say again what the rest says, and a unit said between a measure and its thing ("the standard deviation, in
minutes and to one decimal place, of the duration of …" had listed the incidents: the measure was dropped).

The store is :mod:`tests.unit.test_ask_incidents`' (Tuesday 2024-03-05, now 12:00)."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask_register import formal
from tests.unit.test_ask import NOW


@pytest.fixture(scope="module")
def asker(incidents_asker):
    return incidents_asker


@pytest.mark.parametrize("said, plain", [
    ("For the purposes of our quarterly quality review, please list every alert of critical severity.",
     "please list every alert of critical severity."),
    ("Provided that only the production environment is considered, please list every alert.",
     "please list every alert in production."),
    ("please list the deploys, on the understanding that only the staging environment is taken into account?",
     "please list the deploys in staging?"),
    ("list the alerts, irrespective of whether they have since been resolved.", "list the alerts."),
    ("the mean duration of resolved incidents, there being no need to include any incident still open",
     "the mean duration of resolved incidents"),
    ("the person whose changes were most often the suspect, each incident being counted once only",
     "the person whose changes were most often the suspect"),
    ("State the mean, to one decimal place and in hours, of the duration of incidents.",
     "State the mean of the duration of incidents, in hours."),
])
def test_the_formal_register_said_plainly(said, plain):
    assert formal(said) == plain


@pytest.mark.parametrize("said", ["which alerts were resolved", "for each deploy, the purpose of it",
                                  "alerts in production, provided they are critical", "the mean, in minutes"])
def test_what_is_not_the_formal_register_is_left_as_said(said):
    assert formal(said) == said


def test_a_unit_between_a_measure_and_its_thing_keeps_the_measure(asker):
    answer = asker.ask("Please state the standard deviation, in minutes and to one decimal place, of the duration of "
                       "those incidents which have been resolved, there being no need to include any incident still "
                       "open.", NOW)
    assert "STDDEV" in answer.sql.upper() and len(answer.rows) == 1


def test_an_environment_put_as_a_condition_narrows_the_rows(asker):
    answer = asker.ask("For the purposes of our review, and provided that only the production environment is "
                       "considered, please list every alert that began today.", NOW)
    assert {row[answer.columns.index("environment_canonical")] for row in answer.rows} == {"production"}
    assert len(answer.rows) == 4  # search's staging alert left out


def test_a_place_in_a_document_is_not_what_is_asked():
    assert formal("Timeline, section 3: every checkout alert that started today. Full rows.") == \
        "every checkout alert that started today. Full rows."
    assert formal("timeline per hour today") == "timeline per hour today"


@pytest.mark.parametrize("said, plain", [
    ('Customer: "is everything ok on your side today?" - what is still firing right now?',
     "what is still firing right now?"),
    ('Ticket says: "our shop was down yesterday, when did it start?" What time did the first checkout alert start?',
     "What time did the first checkout alert start?"),
])
def test_what_someone_else_said_in_quotes_is_not_the_question(said, plain):
    assert formal(said) == plain


def test_their_today_does_not_narrow_what_is_firing_now(asker):
    answer = asker.ask('Customer: "is everything ok on your side today?" - what is still firing right now?', NOW)
    assert answer.sql == asker.ask("what is still firing right now?", NOW).sql
