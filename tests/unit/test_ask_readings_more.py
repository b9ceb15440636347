"""Readings added after the twenty-sixth question set was measured untouched: a window written in a parenthesis
that no other time phrase states, "open to resolved" as a span, advice refused, the possessive "yesterdays", rows
of every service around one event, and a leading time phrase said of the whole question. Each failed before."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_forms import written_forms
from tests.unit.test_ask import NOW


@pytest.fixture(scope="module")
def asker(incidents_asker):
    return incidents_asker  # tests/unit/conftest.py: checkout deploys at 08:00 and 09:50, alerts from 10:00


def test_a_parenthesis_of_dates_is_the_window_when_nothing_else_is():
    assert "(" not in written_forms("alerts while I was away (24 Feb - 11 Mar)")
    assert "24 Feb - 11 Mar" in written_forms("alerts while I was away (24 Feb - 11 Mar)")
    assert written_forms("alerts in February 2025 (1-28 Feb, UTC)") == "alerts in February 2025"  # a restatement


def test_a_window_in_a_parenthesis_narrows_the_answer(asker):
    sql = asker.ask("which service had the most alerts while I was away (20 Feb - 1 Mar)?", NOW).sql
    assert "'2024-02-20 00:00:00+00'" in sql and "'2024-03-02 00:00:00+00'" in sql  # had been every alert


def test_open_to_resolved_is_how_long_not_open_now(asker):
    sql = asker.ask("median time to restore for critical incidents, open to resolved, in minutes", NOW).sql
    assert "MEDIAN(" in sql and "resolved_at IS NULL OR" not in sql  # had been the incidents open at now


@pytest.mark.parametrize("question", ["what's the best anomaly detection algorithm for data with a weekly season?",
                                      "which is the best approach to alert fatigue", "should we roll back checkout"])
def test_advice_is_refused(asker, question):
    with pytest.raises(Refused, match="asks for advice"):
        asker.ask(question, NOW)


def test_yesterdays_without_its_apostrophe_is_the_possessive(asker):
    plain = asker.ask("checkout alerts still firing when yesterdays deploy went live", NOW).sql
    assert plain == asker.ask("checkout alerts still firing when yesterday's deploy went live", NOW).sql


def test_rows_of_any_service_around_one_event_are_one_window(asker):
    sql = asker.ask("alerts on any service in the 10 minutes after the first checkout deploy today", NOW).sql
    assert "JOIN" not in sql and "+ INTERVAL '10' MINUTE" in sql  # not joined on the deploy's service


def test_a_leading_time_phrase_is_the_whole_questions(asker):
    lead = asker.ask("Today, which deploys went out while an incident was open?", NOW).sql
    trail = asker.ask("which deploys went out while the checkout incident was open today", NOW).sql
    assert "c.timestamp >= CAST(" in lead and "g.opened_at >= CAST(" not in lead
    assert "g.opened_at >= CAST(" in trail and "c.timestamp >= CAST(" not in trail


def test_a_relation_span_is_not_a_window_that_a_parenthesis_restates():
    text = written_forms("for each prod deploy (24 Feb - 11 Mar): the service and how many alerts in the 30 min after")
    assert "24 Feb - 11 Mar" in text  # "30 min after" relates two things; the parenthesis is the only window


def test_the_version_a_rollback_went_back_to_is_its_version(asker):
    sql = asker.ask("List the service, the version it went back to and the time of every rollback.", NOW).sql
    assert sql.startswith("SELECT service, COALESCE(details['ref'], version), timestamp FROM")


@pytest.mark.parametrize(("asked", "same_as"), [
    ("@signalcraft critical alerts for checkout", "critical alerts for checkout"),  # a chat handle had been a source
    ("hey @sc-bot: deploys today", "deploys today"),
    ("avg ttr incidents", "average time to resolve incidents"),
    ("deploys w/ 0 alerts in the 15m after", "deploys with no alerts in the 15m after"),
    ("on average, how many alerts are there per incident?", "average alert count per incident"),
    ("alertmanager silences that never actually muted anything", "silences that never muted anything"),
    ("how many alerts in each week of February 2024 (weeks starting on Monday)", "alerts per week in February 2024"),
])
def test_written_forms_read_as_their_plain_words(asker, asked, same_as):
    assert asker.ask(asked, NOW).sql == asker.ask(same_as, NOW).sql


def test_a_year_after_a_month_is_not_its_day():
    from signalcraft.copilot.ask_time import time_window
    window = time_window("alerts in each week of february 2024", NOW)  # had been the week of February 20
    assert (window.start.day, window.start.month, window.end.day, window.end.month) == (1, 2, 1, 3)


def test_around_a_clock_time(asker):
    sql = asker.ask("what was going off at lunchtime today, around 10:30?", NOW).sql
    assert "starts_at <= CAST('2024-03-05 10:30:00+00'" in sql  # the moment
    with pytest.raises(Refused, match="say the window"):  # had been the whole day, the clock time dropped
        asker.ask("alerts around 3pm yesterday", NOW)


def test_how_many_incidents_have_a_resolution(asker):
    assert asker.ask("how many incidents have a resolution written up?", NOW).sql.startswith("SELECT COUNT(*)")


def test_writing_is_refused(asker):
    with pytest.raises(Refused, match="advice or writing"):
        asker.ask("what's a catchy title for this month's incident newsletter?", NOW)


def test_a_terse_version_question_is_the_version_live_now(asker):
    assert asker.ask("@signalcraft version checkout prod", NOW).sql == \
        asker.ask("which version of checkout is running in prod", NOW).sql  # had listed every change


def test_two_sources_compared_are_a_count_each(asker):
    sql = asker.ask("how many changes from launchdarkly vs github-deployment-status", NOW).sql
    assert "GROUP BY source" in sql  # had been one count of both


def test_a_label_the_counted_rows_do_not_carry_is_refused(asker):
    for question in ("incidents per team", "which team had the most incidents"):  # had been every incident, or a
        with pytest.raises(Refused, match="carries no team label"):  # count per alert name
            asker.ask(question, NOW)
    assert "labels['team']" in asker.ask("which team had the most alerts", NOW).sql


def test_an_integration_is_a_source(asker):
    assert asker.ask("which integration sent the most alerts", NOW).sql == \
        asker.ask("which source sent the most alerts", NOW).sql  # had been a count per alert name


def test_a_named_thing_asked_first_is_read_or_refused(asker):
    with pytest.raises(Refused, match="names an alert"):  # "p99 for payments-api during the outage" had listed the
        asker.ask("latency for checkout during the incident", NOW)  # incidents


def test_two_months_compared(asker):
    sql = asker.ask("how many alerts in february vs january", NOW).sql
    assert "AS alerts_february" in sql and "AS alerts_january" in sql  # had been refused ("no person january")


def test_who_caused_the_most_incidents_is_the_suspects_people(asker):
    assert asker.ask("who caused the most incidents", NOW).sql == \
        asker.ask("whose changes were blamed for the most incidents", NOW).sql  # had listed every suspect row


@pytest.mark.parametrize("question", ["time from each deploy to its first alert",
                                      "minutes from each deploy to the next alert",
                                      "the first alert after each deploy today",
                                      "for each deploy today, the first alert after it"])
def test_one_of_a_kind_for_each_of_another_is_refused_not_summed_up(asker, question):
    with pytest.raises(Refused):  # had been the minutes from the first deploy alone, or every alert after them
        asker.ask(question, NOW)


def test_created_more_than_a_span_ago_is_a_time_not_a_duration(asker):
    sql = asker.ask("incidents opened more than 3 days ago that are still open", NOW).sql  # had been refused
    assert "opened_at < CAST('2024-03-02 12:00:00+00'" in sql and "EPOCH" not in sql


def test_created_and_expired_by_different_people(asker):
    sql = asker.ask("which silences were created and expired by different people", NOW).sql  # had been every one
    assert "expired_by <> created_by" in sql
