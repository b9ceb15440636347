"""Rows placed around one event, said in the ways that had missed it: a bare span ("changes 1h before the first
checkout alert today", read until now through the alerts' own service and environment), "b4" for before, "anywhere"
beside the listed rows (had been refused as unread), the event told in the sentence before the question ("The first
LatencyP99High alert fired today. What alerts started anywhere in the 2 hours after that?"), and a remark after the
question that narrows it ("…? we saw it on checkout only").

The store is :mod:`tests.unit.test_ask_incidents`' (Tuesday 2024-03-05, now 12:00; checkout's v2.0.1 deploy at 09:50,
its HighErrorRate incident at 10:00, DiskSpaceLow on inventory at 11:00, LatencyP99High on checkout at 11:30,
search's HighErrorRate in staging at 11:40)."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_anchor import split_anchor
from signalcraft.copilot.ask_told import told_first
from tests.unit.test_ask import NOW


@pytest.fixture(scope="module")
def asker(incidents_asker):
    return incidents_asker


def _names(answer) -> list[str]:
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


@pytest.mark.parametrize("said, how, span", [("changes 1h before the first checkout alert today", "before", 60),
                                             ("changes 30 min before the first checkout alert today", "before", 30),
                                             ("changes an hour before the first checkout alert today", "before", 60),
                                             ("changes two hours before the first checkout alert today", "before", 120),
                                             ("logs 5 min after checkout v2.0.1 went live", "after", 5)])
def test_a_bare_span_places_the_rows_around_one_event(said, how, span):
    assert split_anchor(said)[1:3] == (how, span)


@pytest.mark.parametrize("said", ["changes over 1 hour before the first checkout alert today",
                                  "changes made more than 1 hour before the first checkout alert today"])
def test_a_least_span_is_not_a_window_up_to_the_event(asker, said):
    with pytest.raises(Refused):
        asker.ask(said, NOW)


def test_a_bare_span_before_an_alert_is_every_change_in_that_window(asker):
    bare = asker.ask("changes 3h before the first checkout alert today", NOW)
    said = asker.ask("changes in the 3 hours before the first checkout alert today", NOW)
    assert bare.sql == said.sql and sorted(r[bare.columns.index("version")] for r in bare.rows) == ["v1.9.9", "v2.0.1"]


def test_b4_is_before(asker):
    assert asker.ask("what changed in the hour b4 the first checkout alert today", NOW).sql == \
        asker.ask("what changed in the hour before the first checkout alert today", NOW).sql


def test_anywhere_beside_the_rows_is_one_window_of_every_service(asker):
    answer = asker.ask("What alerts started anywhere in the 2 hours after the checkout v2.0.1 deploy?", NOW)
    services = {row[answer.columns.index("service")] for row in answer.rows}
    assert services == {"checkout", "billing-api", "inventory", "search"}  # other services than the deploy's too


def test_an_event_told_before_the_question_places_it(asker):
    told = asker.ask("The first LatencyP99High alert fired today. What alerts started anywhere in the 15 minutes "
                     "after that?", NOW)
    assert told.sql == asker.ask("What alerts started anywhere in the 15 minutes after the first LatencyP99High alert "
                                 "fired today?", NOW).sql
    assert _names(told) == ["HighErrorRate", "LatencyP99High"]  # checkout's at 11:30, search's at 11:40


@pytest.mark.parametrize("said", ["I am on call. What changed in the hour before that?",
                                  "The deploy list is long. Which alerts fired after that?",
                                  "when did checkout go live, which alerts were firing then?"])
def test_a_sentence_that_tells_no_event_is_left_as_said(said):
    assert told_first(said) == said


def test_the_event_told_is_the_sentence_right_before_the_question():
    assert told_first("Today was rough. The checkout v2.0.1 deploy went live. What alerts fired in the hour after "
                      "that?") == "Today was rough. What alerts fired in the hour after the checkout v2.0.1 deploy " \
                                  "went live?"


def test_a_sentence_after_the_question_still_narrows_it(asker):
    said = "what changed in the 3 hours before the first LatencyP99High alert today?"
    narrowed = asker.ask(f"{said} we saw it on checkout only", NOW)
    assert {row[narrowed.columns.index("service")] for row in narrowed.rows} == {"checkout"}
    assert "service = 'checkout'" in narrowed.sql and "service = 'checkout'" not in asker.ask(said, NOW).sql
