"""An end said with "until" (or "till", "up to", "through"): alone it ends the day's window at a clock time or takes in
every day up to the one named; after a "since" it ends that span instead of now."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from signalcraft.copilot.ask_time import time_window

NOW = datetime(2025, 3, 12, 10, 0, tzinfo=UTC)  # Wednesday 10:00 UTC
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def utc(day: int, hour: int = 0, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(("question", "start", "end"), [
    ("alerts until 06:00", utc(12), utc(12, 6)),  # today, up to the clock (like "before 06:00")
    ("alerts till 06:00", utc(12), utc(12, 6)),
    ("critical alerts until 6am", utc(12), utc(12, 6)),
    ("alerts up to 06:00", utc(12), utc(12, 6)),
    ("alerts until 06:00 yesterday", utc(11), utc(11, 6)),
    ("alerts until 6am today", utc(12), utc(12, 6)),
    ("alerts until 14:00 on monday", utc(10), utc(10, 14)),
    ("alerts until march 5", EPOCH, utc(6)),  # through that day
    ("alerts until 2025-03-05", EPOCH, utc(6)),
    ("deploys until the 5th of march", EPOCH, utc(6)),
    ("alerts through march 5", EPOCH, utc(6)),
    ("alerts until yesterday", EPOCH, utc(12)),
    ("alerts until february", EPOCH, utc(1)),  # through that month
    ("alerts before march 5", EPOCH, utc(5)),  # "before" stays exclusive
    ("alerts before yesterday", EPOCH, utc(11)),
    ("alerts since 2am until 06:00", utc(12, 2), utc(12, 6)),
    ("alerts since 22:00 yesterday until 06:00", utc(11, 22), utc(12, 6)),  # the night
    ("alerts since yesterday until 06:00", utc(11), utc(12, 6)),  # this morning's 06:00
    ("alerts since 9pm until 2am", utc(11, 21), utc(12, 2)),
    ("changes since march 1 through march 5", utc(1), utc(6)),
    ("deploys since monday until yesterday", utc(10), utc(12)),
    ("alerts since monday through march 11", utc(10), utc(12)),
    ("alerts since last friday till monday", utc(7), utc(11)),
    ("deploys since march 3 until tuesday", utc(3), utc(12)),  # the last tuesday up to now
])
def test_an_end_said(question, start, end):
    w = time_window(question, NOW)
    assert (w.start, w.end) == (start, end), w


@pytest.mark.parametrize(("question", "start", "end"), [
    ("alerts since 2am until 11:00", utc(12, 2), NOW),  # an end after now: up to now
    ("alerts since last friday till wednesday", utc(7), NOW),
    ("alerts since monday to now", utc(10), NOW),
    ("alerts since 2am", utc(12, 2), NOW),
    ("alerts from 9am until 11am", utc(12, 9), utc(12, 11)),  # a span, not an end alone
    ("alerts yesterday from 14:00 till 16:00", utc(11, 14), utc(11, 16)),
    ("deploys from midnight until 06:00", utc(12), utc(12, 6)),
    ("alerts from march 1 until march 5", utc(1), utc(6)),
    ("alerts the day before yesterday", utc(10), utc(11)),
])
def test_spans_and_now_unchanged(question, start, end):
    w = time_window(question, NOW)
    assert (w.start, w.end) == (start, end), w


def test_until_in_other_words_is_not_a_time():
    assert time_window("how long until resolve for payments incidents", NOW) is None
    assert time_window("kindly share all the rollbacks done in production till date", NOW) is None
