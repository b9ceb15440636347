"""Windows of several days said in words: two days of the week together ("monday and tuesday", "mon-tue"), a clock
range said with several days (those hours of each day), "since monday 2pm", a 24-hour range without "from" ("between
9 and 17"), and numeric ranges the reading does not hold ("between 5 and 30 minutes"), refused instead of dropped.

The store is :mod:`tests.unit.test_ask`'s (Tuesday 2024-03-05, now 12:00 UTC: HighErrorRate on checkout at 10:00,
BillingExportFailed at 10:50, DiskSpaceLow at 11:00, LatencyP99High at 11:30, HighErrorRate on search at 11:40) and
four more alerts: WeekendSpike on Sunday 3 March at 10:30, QueueBacklog on Monday at 10:30, CertExpiring on Monday at
14:30 and NightlyJobFailed on Monday at 20:00."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from tests.support import alert, asking
from tests.unit.test_ask import NOW, _store

DAY = 24 * 60
TUESDAY = ["BillingExportFailed", "DiskSpaceLow", "HighErrorRate", "HighErrorRate", "LatencyP99High"]
MONDAY = ["CertExpiring", "NightlyJobFailed", "QueueBacklog"]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    rows = [alert("WeekendSpike", "search", "firing", -2 * DAY + 30),
            alert("QueueBacklog", "checkout", "firing", -DAY + 30),
            alert("CertExpiring", "inventory", "firing", -DAY + 270),
            alert("NightlyJobFailed", "inventory", "firing", -DAY + 600)]
    yield from asking(tmp_path_factory.mktemp("days") / "d.duckdb", rows, base=(_store,))


def names(answer):
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


@pytest.mark.parametrize("question", ["alerts on monday and tuesday", "alerts on monday or tuesday",
                                      "alerts mon-tue", "alerts monday through tuesday", "alerts from mon to tue"])
def test_two_days_of_the_week_together(asker, question):
    """Both days ("monday and tuesday" had been Monday alone, "monday through tuesday" no window at all)."""
    answer = asker.ask(question, NOW)
    assert names(answer) == sorted(MONDAY + TUESDAY), answer.sql


def test_two_days_over_the_weekend(asker):
    assert names(asker.ask("alerts on sunday and monday", NOW)) == sorted(["WeekendSpike", *MONDAY])


@pytest.mark.parametrize("question", ["alerts on saturday or sunday", "alerts on sunday or saturday"])
def test_saturday_and_sunday_said_together_are_any_weekend_day(asker, question):
    assert "DAYOFWEEK(starts_at) IN (0, 6)" in asker.ask(question, NOW).sql


def test_two_days_of_the_week_apart_are_refused(asker):
    with pytest.raises(Refused, match="not one after the other"):
        asker.ask("alerts on sunday or tuesday", NOW)


def test_days_said_again_after_a_week_are_not_a_window(asker):
    """ "(Monday to Friday, 09:00-17:00)" restates business hours; it is no window of its own."""
    answer = asker.ask("alerts created outside business hours (Monday to Friday, 09:00-17:00 UTC)", NOW)
    assert "HOUR" in answer.sql.upper() and "2024-03-04" not in answer.sql, answer.sql


@pytest.mark.parametrize("question", ["alerts on monday and tuesday between 10 and 11am",
                                      "alerts between 10am and 11am on monday and tuesday",
                                      "alerts from monday to tuesday between 10:00 and 11:00",
                                      "alerts on march 4 and 5 between 10 and 11am",
                                      "alerts this week between 10 and 11am",
                                      "alerts since monday between 10:00 and 11:00"])
def test_a_clock_range_over_several_days_is_those_hours_of_each(asker, question):
    """The hours of each day (the days had been kept and the hours dropped, or the first day alone read)."""
    answer = asker.ask(question, NOW)
    assert names(answer) == ["BillingExportFailed", "HighErrorRate", "QueueBacklog"], answer.sql


def test_a_clock_range_over_the_last_days(asker):
    answer = asker.ask("alerts in the last 3 days between 10 and 11am", NOW)
    assert names(answer) == ["BillingExportFailed", "HighErrorRate", "QueueBacklog", "WeekendSpike"], answer.sql


@pytest.mark.parametrize("question", ["alerts since monday 2pm", "alerts since monday at 14:00",
                                      "alerts since march 4 at 2pm", "alerts since march 4 14:00",
                                      "alerts since 2pm on monday"])
def test_since_a_day_and_its_clock(asker, question):
    """From that moment ("since monday 2pm" had been all of Monday, "since march 4 at 2pm" what fired at 2pm)."""
    answer = asker.ask(question, NOW)
    assert names(answer) == sorted(["CertExpiring", "NightlyJobFailed", *TUESDAY]), answer.sql


def test_since_yesterday_and_a_clock(asker):
    assert names(asker.ask("alerts since yesterday 3pm", NOW)) == sorted(["NightlyJobFailed", *TUESDAY])


def test_a_range_of_the_24_hour_clock_without_am_or_pm(asker):
    """ "between 9 and 17" after a day is 09:00 to 17:00 (the whole day had been read)."""
    answer = asker.ask("alerts on monday between 9 and 17", NOW)
    assert names(answer) == ["CertExpiring", "QueueBacklog"], answer.sql


@pytest.mark.parametrize("question", ["services with between 1 and 2 alerts", "services with 1 to 2 alerts",
                                      "alerts that lasted between 5 and 30 minutes", "alerts between 2 and 4"])
def test_a_range_not_read_is_refused(asker, question):
    """Each had been every row (or every service's count): the range was dropped without a word."""
    with pytest.raises(Refused, match="range is not read"):
        asker.ask(question, NOW)


def test_the_hours_of_a_day_named_are_no_range_of_rows(asker):
    answer = asker.ask("which hour of day (0 to 23, UTC) has the most alerts", NOW)
    assert answer.rows and len(answer.rows) == 1, answer.sql


@pytest.mark.parametrize("question", ["alerts between Monday 4 March 20:00 and Tuesday 10:30",
                                      "alerts from 4 March 20:00 to 5 March 10:30",
                                      "alerts from march 4 8pm to 10:30am"])
def test_two_moments_that_each_say_their_day(asker, question):
    """From the first to the second ("from 4 March 20:00 to 5 March 10:30" had been read as March 20, a year back)."""
    answer = asker.ask(question, NOW)
    assert names(answer) == ["HighErrorRate", "NightlyJobFailed"], answer.sql


def test_a_week_said_again_in_days(asker):
    """ "last week (Monday to Sunday)" had read "to sunday" as a place and refused."""
    answer = asker.ask("number of alerts per day last week (Monday to Sunday)", NOW)
    assert [row[1] for row in answer.rows] == [1], answer.sql  # WeekendSpike, Sunday 3 March


@pytest.mark.parametrize("question", ["How late did the first alert of Monday start?",
                                      "what time did the first alert on monday start"])
def test_how_late_the_first_of_a_day(asker, question):
    """The time alone ("how late" had been refused: "monday" read as a place)."""
    answer = asker.ask(question, NOW)
    assert len(answer.rows) == 1 and answer.rows[0][0].hour == 10 and answer.rows[0][0].day == 4, answer.sql


@pytest.mark.parametrize("question", ["alerts in the last hour and a half", "alerts in the last 1.5 hours",
                                      "alerts in the past one and a half hours"])
def test_an_hour_and_a_half(asker, question):
    """Ninety minutes (had been the last hour, or refused on "last 1")."""
    assert names(asker.ask(question, NOW)) == ["BillingExportFailed", "DiskSpaceLow", "HighErrorRate", "LatencyP99High"]


def test_hours_of_the_morning_and_today_afternoon(asker):
    answer = asker.ask("alerts today between 10 and 11 in the morning", NOW)
    assert names(answer) == ["BillingExportFailed", "HighErrorRate"], answer.sql
    assert ">= CAST('2024-03-05 12:00:00" in asker.ask("crit alerts today arvo", NOW).sql  # the afternoon had been
    # dropped: all of today


@pytest.mark.parametrize("question", ["alerts that lasted 2 hours", "silences that lasted one and a half hours",
                                      "incidents that took about 20 minutes to resolve"])
def test_a_length_not_read_is_refused(asker, question):
    """Each had been every row (or the mean time to resolve): the length said was dropped."""
    with pytest.raises(Refused, match="span is not read"):
        asker.ask(question, NOW)


def test_least_recent_is_the_oldest(asker):
    assert names(asker.ask("least recent alert", NOW)) == ["WeekendSpike"]  # had been the newest


def test_since_the_weekend(asker):
    answer = asker.ask("alerts since the weekend", NOW)  # had been every alert
    assert names(answer) == sorted(["WeekendSpike", *MONDAY, *TUESDAY]) and "2024-03-02 00:00:00" in answer.sql


@pytest.mark.parametrize("question", ["alerts in early march", "alerts at the end of february", "alerts mid-march",
                                      "alerts since the end of february"])
def test_a_vague_part_of_a_month_is_refused(asker, question):
    """Which days is "early march"? (it had been all of March up to now, "the end of february" all of February)"""
    with pytest.raises(Refused, match="which days is that"):
        asker.ask(question, NOW)


@pytest.mark.parametrize(("question", "expected"), [
    ("alerts on mondays", ["DAYOFWEEK(starts_at) = 1"]),  # had been the whole question's days
    ("alerts on every monday", ["DAYOFWEEK(starts_at) = 1"]),  # had been every alert
    ("alerts on any monday", ["DAYOFWEEK(starts_at) = 1"]),  # had been last Monday
    ("alerts on monday afternoons", ["DAYOFWEEK(starts_at) = 1", "HOUR(starts_at) >= 12 AND HOUR(starts_at) < 18"]),
    ("alerts on mondays after 2pm", ["DAYOFWEEK(starts_at) = 1", "HOUR(starts_at) >= 14 AND HOUR(starts_at) < 24"]),
])
def test_a_day_of_the_week_that_recurs(asker, question, expected):
    sql = asker.ask(question, NOW).sql
    assert all(e in sql for e in expected) and "starts_at >= CAST" not in sql, sql


def test_a_recurring_day_a_shape_does_not_read_is_refused(asker):
    with pytest.raises(Refused, match="day of the week on any date"):
        asker.ask("alerts within 15 minutes after deploys on mondays", NOW)


def test_the_rows_of_a_recurring_day(asker):
    assert names(asker.ask("alerts on mondays", NOW)) == MONDAY
