"""Recurring silence windows: schedules found in the right location, the decoys that are not
schedules, and the Alertmanager time interval specs."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from signalcraft.operators.silence_windows import Window, find_recurrences

CHICAGO = ZoneInfo("America/Chicago")


def at_local(zone, day: datetime, hh: int, mm: int) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=zone).astimezone(UTC)


def windows(starts: list[datetime], minutes: int = 90, jitter: int = 0, seed: int = 1) -> list[Window]:
    rng = random.Random(seed)
    out = []
    for i, s in enumerate(starts):
        s = s + timedelta(minutes=rng.randint(-jitter, jitter))
        out.append(Window(s, s + timedelta(minutes=minutes + rng.randint(-jitter, jitter)), s, f"sil-{i}"))
    return out


THU = datetime(2026, 1, 1, tzinfo=UTC)  # a Thursday


def test_a_weekly_window_with_jitter_and_two_missed_weeks():
    starts = [THU + timedelta(weeks=w, hours=22) for w in range(12) if w not in (2, 8)]
    [r] = find_recurrences(windows(starts, jitter=10), THU + timedelta(weeks=11, days=3))
    assert (r.kind, r.location, r.weekdays, r.support, r.periods) == ("weekly", "UTC", (3,), 10, 12)
    assert r.time_intervals()[0]["weekdays"] == ["thursday"]
    assert 21 * 60 + 40 <= r.start_minute <= 22 * 60 and 23 * 60 <= r.end_minute <= 24 * 60


def test_a_local_time_across_a_dst_change_is_one_schedule_in_its_location():
    days = [datetime(2026, 2, 3) + timedelta(weeks=w) for w in range(12)]  # Tuesdays; DST starts March 8
    starts = [at_local(CHICAGO, d, 8, 30) for d in days]
    assert len({(s.hour, s.minute) for s in starts}) == 2  # two UTC times an hour apart
    now = starts[-1] + timedelta(days=1)
    [r] = find_recurrences(windows(starts, minutes=60), now, locations=("America/Chicago",))  # the team's zone
    assert (r.location, r.start_minute, r.end_minute, r.weekdays, r.support) == ("America/Chicago", 510, 570, (1,), 12)
    assert r.time_intervals() == [{"times": [{"start_time": "08:30", "end_time": "09:30"}], "weekdays": ["tuesday"],
                                   "location": "America/Chicago"}]
    # not told the team's zone: the first common zone with the same DST rules, at the same instants
    [r] = find_recurrences(windows(starts, minutes=60), now)
    assert (r.location, r.start_minute, r.support) == ("America/New_York", 570, 12)


def test_a_pattern_that_stopped_is_not_a_schedule():
    starts = [THU + timedelta(weeks=w, hours=22) for w in range(6)]
    assert find_recurrences(windows(starts), THU + timedelta(weeks=11, days=3)) == []
    assert len(find_recurrences(windows(starts), THU + timedelta(weeks=6, days=3))) == 1


def test_one_offs_ad_hoc_silences_and_a_pattern_seen_twice_are_not_schedules():
    rng = random.Random(3)
    ad_hoc = [THU + timedelta(hours=rng.uniform(0, 24 * 7 * 12)) for _ in range(20)]
    twice = [THU + timedelta(weeks=w, hours=10) for w in (9, 10)]
    now = THU + timedelta(weeks=12)
    assert find_recurrences(windows(ad_hoc), now) == []
    assert find_recurrences(windows(twice), now) == []


def test_a_daily_window():
    starts = [THU + timedelta(days=d, hours=2) for d in range(40) if d % 9]
    [r] = find_recurrences(windows(starts, minutes=60), THU + timedelta(days=40))
    assert r.kind == "daily" and r.start_minute == 120 and r.end_minute == 180
    assert r.time_intervals() == [{"times": [{"start_time": "02:00", "end_time": "03:00"}], "location": "UTC"}]


def test_monthly_on_a_day_and_on_the_nth_weekday():
    firsts = [datetime(2026, m, 1, 6, tzinfo=UTC) for m in (1, 2, 3)]
    [r] = find_recurrences(windows(firsts, minutes=120), datetime(2026, 3, 20, tzinfo=UTC))
    assert (r.kind, r.days_of_month, r.support) == ("monthly_day", (1,), 3)
    patch_tuesdays = [datetime(2026, 1, 13, 20, tzinfo=UTC), datetime(2026, 2, 10, 20, tzinfo=UTC),
                      datetime(2026, 3, 10, 20, tzinfo=UTC)]
    [r] = find_recurrences(windows(patch_tuesdays), datetime(2026, 3, 20, tzinfo=UTC))
    assert (r.kind, r.weekdays, r.nth) == ("monthly_nth_weekday", (1,), 2)
    assert r.time_intervals()[0]["days_of_month"] == ["8:14"] and r.time_intervals()[0]["weekdays"] == ["tuesday"]


def test_a_window_past_midnight_is_two_specs():
    starts = [THU + timedelta(weeks=w, hours=23) for w in range(8)]
    [r] = find_recurrences(windows(starts, minutes=120), THU + timedelta(weeks=7, days=2))
    assert r.time_intervals() == [
        {"times": [{"start_time": "23:00", "end_time": "24:00"}], "weekdays": ["thursday"], "location": "UTC"},
        {"times": [{"start_time": "00:00", "end_time": "01:00"}], "weekdays": ["friday"], "location": "UTC"},
    ]


def test_two_weekdays_at_the_same_time_are_one_schedule():
    starts = [THU + timedelta(weeks=w, days=d, hours=22) for w in range(10) for d in (0, -2)]  # Thu and Tue
    [r] = find_recurrences(windows(starts), THU + timedelta(weeks=9, days=3))
    assert r.weekdays == (1, 3) and r.describe().startswith("weekly on tuesday and thursday 22:00-23:30 UTC")


def test_the_workspace_zone_wins_a_tie_with_utc():
    berlin = ZoneInfo("Europe/Berlin")
    days = [datetime(2026, 1, 1) + timedelta(weeks=w) for w in range(10)]  # Thursdays, no DST change
    starts = [at_local(berlin, d, 22, 0) for d in days]
    now = starts[-1] + timedelta(days=1)
    [r] = find_recurrences(windows(starts), now)
    assert (r.location, r.start_minute) == ("UTC", 21 * 60)
    [r] = find_recurrences(windows(starts), now, locations=("Europe/Berlin",))
    assert (r.location, r.start_minute) == ("Europe/Berlin", 22 * 60)
