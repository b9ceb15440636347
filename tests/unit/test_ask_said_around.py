"""What people say around a question: "Full rows." and "the full list" after it (had been read as a service called
"full"), "Monday till now", "between 1 and 28 February", business hours said again in brackets ("Monday to Friday, 9
to 5 UTC"), "outwith" and other Scots words, a window said in the sentence before ("… between 9:30 and 10:30. Which
checkout alerts were going at some point in that window?"), "when each one opened" in a list, and a flag named on the
other side of a relation (its own changes, not any flag's; the services named are then the listed side's).

The store is :mod:`tests.unit.test_ask`'s (Tuesday 2024-03-05, now 12:00: checkout's HighErrorRate 10:00–10:30,
DiskSpaceLow on inventory at 11:00, checkout's LatencyP99High at 11:30 after the new-checkout flag at 11:25) with the
dark-mode flag turned on for checkout at 10:20 and an ack in February."""

from __future__ import annotations

import pytest

from tests.support import asking, audit, change
from tests.unit.test_ask import NOW, _store


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    rows = [change("dm", "flag_change", "launchdarkly", 20, actor="bo", summary="turned on the flag Dark mode",
                   details={"flag_key": "dark-mode"}),
            audit("feb", "ack", -27 * 24 * 60, actor="cy")]  # 7 February 10:00
    yield from asking(tmp_path_factory.mktemp("around") / "a.duckdb", rows, base=(_store,))


def _names(answer) -> list[str]:
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


@pytest.mark.parametrize("question", [
    "I need the alerts that started in the 30 minutes after a deploy of the same service. Full rows.",
    "The alerts that started in the 30 minutes after a deploy of the same service, the full rows, if you please.",
    "alerts that started in the 30 minutes after a deploy of the same service - the full list"])
def test_full_rows_asked_after_the_question_are_the_rows(asker, question):
    assert asker.ask(question, NOW).sql == asker.ask(
        "alerts that started in the 30 minutes after a deploy of the same service", NOW).sql


def test_days_said_in_more_ways(asker):
    assert asker.ask("every deploy this week, Monday till now", NOW).sql == asker.ask("every deploy this week",
                                                                                        NOW).sql
    acks = asker.ask("Give me all the acks between 1 and 28 February, full rows.", NOW)
    assert [row[acks.columns.index("actor")] for row in acks.rows] == ["cy"], acks.sql


@pytest.mark.parametrize("question", ["alerts that fired outwith business hours (Monday to Friday, 9 to 5 UTC)",
                                      "alerts that fired outside business hours (Mon-Fri, 9am-5pm)"])
def test_business_hours_said_again_in_brackets(asker, question):
    assert asker.ask(question, NOW).sql == asker.ask("alerts that fired outside business hours", NOW).sql


def test_scots_words(asker):
    assert asker.ask("how many minutes frae the v2.0.1 deploy tae the LatencyP99High alert", NOW).rows == [(100.0,)]


def test_a_window_said_in_the_sentence_before(asker):
    answer = asker.ask("A customer says checkout was slow on March 5 between 9:30 and 10:15. Which checkout alerts "
                       "were going at some point in that window?", NOW)
    assert _names(answer) == ["HighErrorRate"] and "ends_at IS NULL OR ends_at >" in answer.sql, answer.sql


def test_when_each_one_opened_in_a_list(incidents_asker):
    answer = incidents_asker.ask("Checkout incidents and how they got fixed: when each one opened, the alert name and "
                                 "the fix.", NOW)
    assert len(answer.columns) == 3 and len(answer.rows) == 1, answer.sql


def test_a_flag_named_on_the_other_side_is_that_flag(asker):
    """The dark-mode flag went on at 10:20; the new-checkout flag at 11:25 came 5 minutes before LatencyP99High."""
    mine = asker.ask("checkout alerts in the hour after the dark-mode flag went on", NOW)
    assert mine.rows == [] and "c.details['flag_key'] = 'dark-mode'" in mine.sql, mine.sql
    elsewhere = asker.ask("which inventory alerts fired in the hour after the dark-mode flag went on", NOW)
    assert _names(elsewhere) == ["DiskSpaceLow"], elsewhere.sql  # the flag's, whatever its service


@pytest.mark.parametrize(("question", "same_as"), [
    ("alerts other than warnings today", "alerts except warnings today"),  # had been the warnings
    ("alerts with severity other than warning today", "alerts except warnings today"),  # had been every alert
    ("everything but staging today", "alerts except staging today"),  # had been staging's
    ("critical or high alerts today", "critical alerts today"),  # "high" had been read as a word of alert names
])
def test_exceptions_and_severities_in_more_words(asker, question, same_as):
    assert asker.ask(question, NOW).sql == asker.ask(same_as, NOW).sql


def test_any_said_of_a_page_is_not_any_night(asker):
    """ "any page for checkout overnight?" is last night (18:00 to 06:00), not the night hours of every day."""
    assert "2024-03-04 18:00:00" in asker.ask("any page for checkout overnight?", NOW).sql


def test_while_a_service_was_on_fire_is_while_its_alerts_fired(asker):
    """The "while" had been dropped: every deploy of the service."""
    assert asker.ask("deploys made while billing-api was on fire", NOW).sql == asker.ask(
        "deploys made while billing-api alerts were firing", NOW).sql


def test_spans_said_of_what_still_fires(asker):
    """ "still firing after 2 hours" had dropped its span (every alert firing now)."""
    assert asker.ask("alerts still firing after 1 hour", NOW).sql == asker.ask(
        "alerts firing for more than 1 hour", NOW).sql
    assert "> 86400" in asker.ask("long-running alerts (over 1 day)", NOW).sql


def test_one_period_set_against_another_is_the_first_without_the_second(asker):
    """ "which services had alerts yesterday but not today" had been today's services (then refused; now read:
    :mod:`tests.unit.test_ask_two_sets`)."""
    sql = asker.ask("which services had alerts yesterday but not today", NOW).sql
    assert "EXCEPT" in sql and sql.count("starts_at >=") == 2
