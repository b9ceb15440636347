"""Time phrases of questions as UTC windows, read in a time zone, with "now" given."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from signalcraft.copilot.ask_time import time_window

NOW = datetime(2025, 3, 11, 16, 0, tzinfo=UTC)  # Tuesday 16:00 UTC


def utc(day: int, hour: int = 0, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(("question", "start", "end"), [
    ("high-latency alerts from the last 24h", utc(10, 16), NOW),
    ("what fired in the last 3 hours", utc(11, 13), NOW),
    ("alerts in the past hour", utc(11, 15), NOW),
    ("anything in the last 30 minutes?", utc(11, 15, 30), NOW),
    ("alerts in the last quarter hour", utc(11, 15, 45), NOW),
    ("alerts after march 9", utc(10), NOW),  # from the day after it
    ("alerts after march 9 at 2pm", utc(9, 14), NOW),
    ("alerts in the morning of march 10", utc(10), utc(10, 12)),
    ("march 10 afternoon alerts", utc(10, 12), utc(10, 18)),
    ("incidents this quarter", utc(1, month=1), NOW),  # January 1 to now
    ("after 2pm on march 10", utc(10, 14), utc(11)),
    ("alerts on the 11th between noon and 2", utc(11, 12), utc(11, 14)),
    ("deploys over the last two days", utc(9, 16), NOW),
    ("errors last 2d", utc(9, 16), NOW),
    ("who deployed yesterday", utc(10), utc(11)),
    ("alerts today", utc(11), NOW),
    ("changes since Monday", utc(10), NOW),
    ("silences since tuesday", utc(11), NOW),
    ("incidents this week", utc(10), NOW),
    ("incidents last week", utc(3), utc(10)),
    ("what broke on March 3rd", utc(3), utc(4)),
    ("alerts on mar 9", utc(9), utc(10)),
    ("alerts between 2 and 4 pm", utc(11, 14), utc(11, 16)),
    ("alerts between 2025-03-10 14:00 and 15:30", utc(10, 14), utc(10, 15, 30)),  # on that day, not all of it
    ("alerts between march 10 14:00 and 15:00", utc(10, 14), utc(10, 15)),
    ("alerts since 2025-03-11 09:15", utc(11, 9, 15), NOW),
    ("deploys in the week of march 3", utc(3), utc(10)),  # Monday to Monday, not March 3 alone
    ("deploys the week starting 2025-03-04", utc(3), utc(10)),
    ("yesterday between 9am and 11am", utc(10, 9), utc(10, 11)),
    ("alerts between 14:00 and 15:00", utc(11, 14), utc(11, 15)),
    ("changes from 2pm to 3pm", utc(11, 14), utc(11, 15)),
    ("what was deployed in feburary", utc(1, month=2), utc(1)),
    ("alerts on the 7th of march", utc(7), utc(8)),
    ("alerts on 2025-03-07", utc(7), utc(8)),
    ("deploys from march 1 to march 5", utc(1), utc(6)),
    ("alerts from march 9th through march 10th", utc(9), utc(11)),
    ("alerts on the 10th", utc(10), utc(11)),
    ("alerts on the 20th", utc(20, month=2), utc(21, month=2)),  # this month's is ahead: last month's
    ("alerts on 3/10", utc(10), utc(11)),
    ("alerts on 13/2", utc(13, month=2), utc(14, month=2)),  # no 13th month: day first
    ("alerts between 22:00 and 02:00", utc(10, 22), utc(11, 2)),
    ("alerts from 8 to 10 this morning", utc(11, 8), utc(11, 10)),
    ("alerts after 6pm yesterday", utc(10, 18), utc(11)),
    ("alerts since the start of the week", utc(10), NOW),
    ("alerts from 2025-03-10 08:00 to 2025-03-10 12:30", utc(10, 8), utc(10, 12, 30)),
    ("alerts in the last fortnight", utc(25, 16, month=2), NOW),
    ("alerts this morning", utc(11), utc(11, 12)),
    ("alerts last night", utc(10, 18), utc(11, 6)),
    ("alerts since 9am", utc(11, 9), NOW),
    ("alerts since yesterday", utc(10), NOW),
    ("alerts 3 days ago", utc(8), utc(9)),
    ("silences over the weekend", utc(8), utc(10)),
    ("alerts this month", utc(1), NOW),
    ("alerts last month", utc(1, month=2), utc(1)),
    ("alerts on monday", utc(10), utc(11)),
    ("alerts last friday", utc(7), utc(8)),
    ("alerts yesterday afternoon", utc(10, 12), utc(10, 18)),
    ("alerts the day before yesterday", utc(9), utc(10)),
    ("alerts before 9am", utc(11), utc(11, 9)),
    ("alerts since noon", utc(11, 12), NOW),
    ("alerts since march 10", utc(10), NOW),
    ("alerts in the last half hour", utc(11, 15, 30), NOW),
    ("changes in the past couple of hours", utc(11, 14), NOW),
    ("alerts between 14 and 16", utc(11, 14), utc(11, 16)),
    ("rollbacks 30d", utc(9, 16, month=2), NOW),  # terse: the last 30 days
    ("alerts payments-api 24h", utc(10, 16), NOW),
    ("top 2 deployers 7d", utc(4, 16), NOW),
    ("deploys 2d ago", utc(9), utc(10)),
])
def test_each_phrase_names_its_window(question, start, end):
    w = time_window(question, NOW)
    assert (w.start, w.end) == (start, end) and w.phrase in question.lower()


def test_days_and_hours_are_the_zones():
    w = time_window("alerts yesterday", NOW, "America/New_York")  # New York is UTC-4 after 9 March 2025
    assert (w.start, w.end) == (utc(10, 4), utc(11, 4))
    w = time_window("between 2 and 4 pm", NOW, "Europe/Berlin")  # 16:00 UTC is 17:00 in Berlin
    assert (w.start, w.end) == (utc(11, 13), utc(11, 15))


def test_each_kind_of_window_says_how_its_ends_compare():
    assert time_window("alerts in the last 3 hours", NOW).kind == "recent"  # (start, now]
    assert time_window("alerts today", NOW).kind == "to_now"  # [midnight, now]
    assert time_window("alerts yesterday", NOW).kind == "period"  # [start, end)
    at = time_window("what was firing at 3pm today", NOW)
    assert (at.kind, at.start, at.end) == ("instant", utc(11, 15), utc(11, 15))


def test_hours_without_am_or_pm_or_a_24_hour_clock_name_no_window():
    assert time_window("alerts between 2 and 4", NOW) is None


def test_a_date_ahead_of_now_is_last_years_and_no_phrase_is_no_window():
    assert time_window("alerts on december 24th", NOW).start == datetime(2024, 12, 24, tzinfo=UTC)
    assert time_window("critical alerts for payments-api", NOW) is None
    assert time_window("last deployment of search-api", NOW) is None  # "last" without a span


def test_a_month_after_another_preposition_and_short_month_names():
    now = datetime(2025, 3, 12, 6, tzinfo=UTC)
    feb = time_window("top 2 projects for critical alerts in february", now)
    assert (feb.start, feb.end) == (datetime(2025, 2, 1, tzinfo=UTC), datetime(2025, 3, 1, tzinfo=UTC))
    assert time_window("alerts in feb", now).start == datetime(2025, 2, 1, tzinfo=UTC)
    assert time_window("alerts in sept", now).start == datetime(2024, 9, 1, tzinfo=UTC)
    assert time_window("alerts for checkout", now) is None


def test_ranges_that_end_at_noon_or_midnight():
    now = datetime(2025, 3, 11, 16, tzinfo=UTC)
    morning = time_window("deploys between 9am and noon", now)
    assert (morning.start, morning.end) == (datetime(2025, 3, 11, 9, tzinfo=UTC), datetime(2025, 3, 11, 12, tzinfo=UTC))
    night = time_window("alerts from 6pm to midnight", now)  # not yet this evening: yesterday's
    assert (night.start, night.end) == (datetime(2025, 3, 10, 18, tzinfo=UTC), datetime(2025, 3, 11, tzinfo=UTC))


def test_since_a_time_yesterday_runs_to_now():
    now = datetime(2025, 3, 11, 16, tzinfo=UTC)
    w = time_window("alerts since 3pm yesterday", now)
    assert (w.start, w.end) == (datetime(2025, 3, 10, 15, tzinfo=UTC), now)


def test_working_hours_previous_periods_and_stamped_instants():
    now = datetime(2025, 3, 11, 16, tzinfo=UTC)
    day = time_window("alerts from 9 to 5 yesterday", now)
    assert (day.start, day.end) == (datetime(2025, 3, 10, 9, tzinfo=UTC), datetime(2025, 3, 10, 17, tzinfo=UTC))
    assert time_window("alerts previous week", now).start == datetime(2025, 3, 3, tzinfo=UTC)
    assert time_window("alerts previous month", now).start == datetime(2025, 2, 1, tzinfo=UTC)
    at = time_window("what was firing at 2025-03-10T14:00Z", now)
    assert at.kind == "instant" and at.start == datetime(2025, 3, 10, 14, tzinfo=UTC)
    assert time_window("alerts between 2 and 4", now) is None  # no am/pm, no 24-hour clock: not a time of day


def test_a_terse_span_after_a_bound_or_ahead_of_now_is_no_window():
    for question in ("alerts longer than 2h", "alerts that lasted over 30d", "silences expiring next 24h",
                     "snoozes within 2h of the alert", "alerts every 2h"):
        assert time_window(question, NOW) is None, question


def test_a_date_with_two_clock_times_in_am_or_pm():
    assert (lambda w: (w.start, w.end))(time_window("alerts between March 10 2pm and 3pm", NOW)) == (
        utc(10, 14), utc(10, 15))  # not the whole day
    assert (lambda w: (w.start, w.end, w.kind))(time_window("alerts between march 10 at 2:30pm and 3pm", NOW)) == (
        utc(10, 14, 30), utc(10, 15), "period")  # not the instant 2:30pm


@pytest.mark.parametrize(("question", "start", "end"), [
    ("alerts from 2025-03-10 10am to 11:30am", utc(10, 10), utc(10, 11, 30)),  # had been refused ('10am')
    ("alerts yesterday from 9:15am to 10:45am", utc(10, 9, 15), utc(10, 10, 45)),
    ("alerts yesterday between 11:30pm and 1am", utc(10, 23, 30), utc(11, 1)),
    ("alerts between 2025-03-09 22:00 and 02:00", utc(9, 22), utc(10, 2)),  # had been the whole of March 9
    ("alerts between 10 and 11pm yesterday", utc(10, 22), utc(10, 23)),
])
def test_clock_times_with_minutes_and_ranges_across_midnight(question, start, end):
    w = time_window(question, NOW)
    assert (w.start, w.end) == (start, end)


@pytest.mark.parametrize(("question", "start", "end"), [
    ("alerts from the first week of march", utc(1), utc(8)),  # had been the whole month
    ("alerts the last week of february", utc(22, month=2), utc(1)),
    ("deploys since last friday", utc(7), NOW),  # had been that Friday alone
    ("alerts from 3 days ago until now", utc(8), NOW),  # had been that day alone
    ("silences since 2 days ago", utc(9), NOW),
    ("incidents from two days ago", utc(9), utc(10)),  # "from" alone is that day
    ("changes in Q1", utc(1, month=1), NOW),
])
def test_weeks_of_a_month_quarters_and_since_a_day(question, start, end):
    w = time_window(question, NOW)
    assert (w.start, w.end) == (start, end)


@pytest.mark.parametrize(("question", "start", "end"), [
    ("incidents opened before the 24th of February", datetime(1970, 1, 1, tzinfo=UTC), utc(24, month=2)),
    ("alerts before 24 feb", datetime(1970, 1, 1, tzinfo=UTC), utc(24, month=2)),  # had been the day itself
    ("alerts after 24 Feb", utc(25, month=2), NOW),  # from the day after it, as "after march 9"
    ("alerts on the 24th of feb", utc(24, month=2), utc(25, month=2)),
    ("alerts on 3 mar", utc(3), utc(4)),
])
def test_dates_written_day_first(question, start, end):
    window = time_window(question, NOW)
    assert (window.start, window.end) == (start, end)


@pytest.mark.parametrize(("question", "start", "end"), [
    ("For the review period 1 February 2025 to 28 February 2025, how many incidents", utc(1, month=2), utc(1)),
    ("Between 1 and 28 February 2025, which services had the most alerts", utc(1, month=2), utc(1)),
    ("deploys in the week commencing 3 March 2025", utc(3), utc(10)),
    ("alerts on March 3rd, 2025", utc(3), utc(4)),
    ("deploys 3-9 March 2025", utc(3), utc(10)),
    ("silences over the review period (February 2025)", utc(1, month=2), utc(1)),
])
def test_dates_a_report_writes_with_their_year(question, start, end):
    from signalcraft.copilot.ask_common import common_forms
    from signalcraft.copilot.ask_forms import written_forms
    window = time_window(written_forms(common_forms(question)), NOW)  # each had been its first day, or none
    assert (window.start, window.end) == (start, end)


def test_more_than_a_span_ago_is_up_to_then():
    window = time_window("silences created more than a week ago", NOW)  # had been a duration over a week
    assert (window.start.year, window.end, window.kind) == (1970, utc(4, 16), "before")
