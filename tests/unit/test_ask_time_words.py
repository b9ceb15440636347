"""Times said in more of the ways people say them: "05/03" as the more recent of its two readings (it had been read
month first, a year back), "later than" and "earlier than" a clock time (had been the whole day), one named night
("the night of March 4 to 5", 18:00 to 06:00 as "last night"; had been the two whole days at night hours), "the early
hours" (midnight to 6am; had been the whole day, or every row), the halves of a month (1 to 15, 16 to the last), and
silences that "expire today" (the whole day, what is still to end too; had been cut off at now).

The store is :mod:`tests.unit.test_ask`'s: now is Tuesday 2024-03-05 12:00 UTC."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_zones import dates_said
from tests.unit.test_ask import NOW


@pytest.fixture(scope="module")
def asker(incidents_asker):
    return incidents_asker


def _bounds(sql: str) -> list[str]:
    import re

    return re.findall(r"'(\d{4}-\d\d-\d\d \d\d:\d\d):00\+00'", sql)


@pytest.mark.parametrize(("question", "bounds"), [
    ("alerts on 05/03", ["2024-03-05 00:00", "2024-03-05 12:00"]),  # not 3 May 2023 (today: up to now)
    ("alerts on 4/3", ["2024-03-04 00:00", "2024-03-05 00:00"]),  # not 3 April 2023
    ("alerts on 03/04", ["2024-03-04 00:00", "2024-03-05 00:00"]),
    ("alerts later than 11:00 today", ["2024-03-05 11:00", "2024-03-05 12:00"]),
    ("alerts earlier than 11am today", ["2024-03-05 00:00", "2024-03-05 11:00"]),
    ("alerts during the night of march 4 to 5", ["2024-03-04 18:00", "2024-03-05 06:00"]),
    ("alerts in the night from 4 to 5 March", ["2024-03-04 18:00", "2024-03-05 06:00"]),
    ("alerts on the night of 4 march", ["2024-03-04 18:00", "2024-03-05 06:00"]),
    ("alerts in the early hours of march 4", ["2024-03-04 00:00", "2024-03-04 06:00"]),
    ("alerts in the early hours", ["2024-03-05 00:00", "2024-03-05 06:00"]),
    ("alerts in the first half of february", ["2024-02-01 00:00", "2024-02-16 00:00"]),
    ("alerts in the second half of february", ["2024-02-16 00:00", "2024-03-01 00:00"]),  # to the 29th (2024)
])
def test_times_said_in_more_ways(asker, question, bounds):
    assert _bounds(asker.ask(question, NOW).sql) == bounds


def test_two_readings_of_a_date_the_more_recent_that_has_passed():
    from datetime import date

    assert dates_said("alerts on 11/03", date(2025, 3, 12)) == "alerts on march 11"
    assert dates_said("alerts on 11/03") == "alerts on november 3"  # without a day to go by: month first
    assert dates_said("alerts on 12/24", date(2025, 3, 12)) == "alerts on december 24"  # one reading only


@pytest.mark.parametrize("question", ["which silences expire today", "silences that run out today"])
def test_silences_that_end_today_to_the_end_of_the_day(asker, question):
    sql = asker.ask(question, NOW).sql
    assert "ends_at < CAST('2024-03-06 00:00:00+00'" in sql and "COALESCE(expired_at" not in sql, sql


def test_deploys_that_caused_alerts_within_a_span_are_those_followed_by_them(asker):
    sql = asker.ask("deploys that caused alerts in the next 15 min", NOW).sql
    assert "JOIN alerts" in sql and "INTERVAL '15' MINUTE" in sql and "incident_suspects" not in sql


def test_a_count_for_each_deploy_is_refused_not_one_count(asker):
    with pytest.raises(Refused, match="each"):
        asker.ask("how many incidents did each deploy cause", NOW)


@pytest.mark.parametrize("question", ["changes outside the change window", "deploys during the freeze",
                                      "what shipped during the code freeze"])
def test_a_change_window_or_freeze_not_said_is_refused(asker, question):
    """The store holds no change windows: these had been every change."""
    with pytest.raises(Refused, match="which hours is that"):
        asker.ask(question, NOW)


def test_a_freeze_said_in_brackets_is_read(asker):
    sql = asker.ask("deploys during the code freeze (Tue 5 Mar, 09:00-11:00 UTC)", NOW).sql
    assert _bounds(sql) == ["2024-03-05 09:00", "2024-03-05 11:00"], sql


def test_which_metrics_warned_is_the_warnings_metrics(asker):
    """Had been the names of every metric sampled in the window."""
    assert "SELECT DISTINCT metric_key FROM warnings" in asker.ask("which metrics warned today", NOW).sql


@pytest.mark.parametrize(("question", "match"), [
    ("what was db_pool_pending at 11:41 today", "one moment"),  # had been every sample of it
    ("which log patterns spiked today", "surge"),  # had been the patterns first seen today
])
def test_what_is_not_read_is_refused_not_dropped(asker, question, match):
    with pytest.raises(Refused, match=match):
        asker.ask(question, NOW)


def test_hours_and_minutes_written_together(asker):
    assert _bounds(asker.ask("alerts in the last 1h30", NOW).sql) == ["2024-03-05 10:30", "2024-03-05 12:00"]


def test_a_services_health_is_what_fires_on_it_now(asker):
    """ "show me payments-api health" had been every alert of the service."""
    assert asker.ask("show me billing-api health", NOW).sql == asker.ask("status of billing-api", NOW).sql


def test_silences_that_end_this_week_to_its_end(asker):
    """ "silences set to expire this week" had been cut off at now: what is still to end is this week's too."""
    assert "ends_at < CAST('2024-03-11 00:00:00+00'" in asker.ask("silences set to expire this week", NOW).sql
    assert "ends_at < CAST('2024-03-11 00:00:00+00'" in asker.ask("silences ending this week", NOW).sql


def test_a_repeating_pattern_is_refused(asker):
    """Had been everyone who ever made a silence."""
    with pytest.raises(Refused, match="repeats"):
        asker.ask("who silences the same thing every week", NOW)


@pytest.mark.parametrize(("question", "expected"), [
    ("which suggestions have the highest confidence", "ORDER BY confidence DESC"),
    ("suggestions with confidence above 0.8", "WHERE confidence > 0.8"),
    ("average confidence of the suggestions", "ROUND(AVG(confidence), 2)"),
    ("suggestions with support of at least 4", "WHERE support >= 4"),
])
def test_suggestions_by_their_confidence_and_support(asker, question, expected):
    """These had been refused ('confidence' was not read)."""
    assert expected in asker.ask(question, NOW).sql
