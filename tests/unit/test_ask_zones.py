"""A time zone said in the question and dates written the asker's way. The store is :mod:`tests.unit.test_ask`'s
(Tuesday 2024-03-05, UTC): checkout's HighErrorRate at 10:00 (resolved 10:30), globex's BillingExportFailed at 10:50,
inventory's DiskSpaceLow at 11:00, checkout's LatencyP99High at 11:30, search's HighErrorRate at 11:40, ana's deploy
at 09:50; now is 12:00 UTC. Berlin is on CET (UTC+1) that day, California on PST (UTC-8)."""

from __future__ import annotations

import pytest

from tests.support import asking
from tests.unit.test_ask import NOW, _store


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asking(tmp_path_factory.mktemp("zones") / "s.duckdb", base=(_store,))


def names(answer):
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


def test_a_clock_time_in_a_named_zone(asker):
    """ "between 11:00 and 12:30 CET": 10:00 to 11:30 UTC (the zone had been dropped: 11:00 to 12:30 UTC)."""
    answer = asker.ask("alerts that started between 11:00 and 12:30 CET on 05.03.", NOW)
    assert names(answer) == ["BillingExportFailed", "DiskSpaceLow", "HighErrorRate"], answer.sql
    early = asker.ask("alerts that started between 2am and 3:15am PT today", NOW)  # 10:00 to 11:15 UTC
    assert names(early) == ["BillingExportFailed", "DiskSpaceLow", "HighErrorRate"], early.sql


def test_an_offset_and_a_day_first_date(asker):
    """ "at 17:15 +05:30 on 05-03-2024": 11:45 UTC that day ("05-03-2024" had not been read: every row)."""
    answer = asker.ask("Kindly list the alerts that were firing at 17:15 +05:30 on 05-03-2024.", NOW)
    assert "'2024-03-05 11:45:00+00'" in answer.sql, answer.sql
    assert names(answer) == ["BillingExportFailed", "DiskSpaceLow", "HighErrorRate", "LatencyP99High"]
    assert asker.ask("deploys on 04-03-2024", NOW).rows == []
    assert len(asker.ask("deploys on 2024/03/05", NOW).rows) == 1


def test_days_in_a_zone_and_a_month_first_date(asker):
    """ "per day, days in JST": Tokyo's days (UTC+9: every alert here is on the 5th's evening there); "since 3/4"
    had been that one day."""
    answer = asker.ask("alerts per day this week, please count days in JST", NOW)
    assert "TIMEZONE('Asia/Tokyo'" in answer.sql, answer.sql
    assert len(asker.ask("deploys since 3/4", NOW).rows) == 1


def test_utc_hours_stay_hours(asker):
    """ "the 2 busiest UTC hours": hours, of UTC (read so before; kept so that taking the zone leaves the hours)."""
    answer = asker.ask("The 2 busiest UTC hours today by number of alerts started", NOW)
    assert [(row[0].hour, row[1]) for row in answer.rows] == [(11, 3), (10, 2)], answer.sql


def test_iso_weeks(asker):
    """ "W09", "2024-W10-2", "week 10": ISO weeks and their days (each had been dropped: every row)."""
    assert asker.ask("deploys in W09", NOW).rows == []
    assert len(asker.ask("deploys in week 10", NOW).rows) == 1
    assert len(asker.ask("alerts on 2024-W10-2", NOW).rows) == 5
    assert asker.ask("alerts on 2024-W10-1", NOW).rows == []
    assert asker.ask("how many alerts in W10 vs W09", NOW).rows == [(5, 0)]
