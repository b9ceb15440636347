"""Questions of the eighty-second and eighty-third development halves (people who are not engineers; dense expert
questions) that had been answered with the wrong rows and no word said: "the maximum number of alerts per hour" (the
busiest hour and its count, not the number), "Please exclude automation." (the bots had led the ranking), "firing at
exactly 2025-03-11 02:00 UTC" (the whole day), "all time but excluding 2025-03-11" (that day alone: now refused), "how
many per phase (requested, in_progress, live)" (live alone), "from the per-minute pattern counts" (per minute), "what
time was the payments rollback done" (the whole row) and "when did the first X alert go off after we turned on …" (the
first row of a join, not its time).

The store is :mod:`tests.unit.test_ask_incidents`' (Tuesday 2024-03-05, now 12:00: checkout's deploys live at 08:00 and
09:50 and one requested at 09:46, its flag turned on at 11:25, alerts at 10:00, 10:50, 11:00, 11:30 and 11:40)."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_beside import count_beside, distinct_beside
from signalcraft.copilot.ask_bots import made_by
from tests.unit.test_ask import NOW


@pytest.fixture(scope="module")
def asker(incidents_asker):
    return incidents_asker


def test_the_maximum_number_per_hour_is_one_number(asker):
    answer = asker.ask("what was the maximum number of alerts per hour today?", NOW)
    assert answer.columns == ["max_alerts_per_hour"] and answer.rows == [(3,)]


@pytest.mark.parametrize("said", ["Please exclude automation.", "exclude the bots", "ignore automation",
                                  "omit the robots"])
def test_exclude_automation_said_as_an_order(said):
    text, who = made_by(f"Which three individuals made the most production changes in 2025? {said}")
    assert who == "people" and text.rstrip(".") == "Which three individuals made the most production changes in 2025?"


def test_firing_at_exactly_a_moment(asker):
    sql = asker.ask("alerts firing at exactly 2024-03-05 10:55 UTC", NOW).sql
    assert "10:55:00" in sql and "2024-03-06" not in sql


@pytest.mark.parametrize("question", ["mean duration of alerts this week, excluding 2024-03-04",
                                      "alerts this week except on monday"])
def test_a_period_left_out_is_refused(asker, question):
    with pytest.raises(Refused) as refused:
        asker.ask(question, NOW)
    assert refused.value.kind == "not_about_this_data" and "left out" in str(refused.value)


def test_counted_per_phase_with_the_phases_named(asker):
    answer = asker.ask("checkout deploy reports today: how many per phase (requested, in_progress, live)?", NOW)
    assert sorted(answer.rows) == [("live", 2), ("requested", 1)]


def test_templates_from_the_per_minute_counts(asker):
    answer = asker.ask("top 2 log templates by error lines today, from the per-minute pattern counts", NOW)
    assert answer.columns == ["name", "errors"] and all(isinstance(r[0], str) for r in answer.rows)


def test_what_time_a_deploy_was_done(asker):
    answer = asker.ask("what time was the checkout deploy done today?", NOW)
    assert answer.columns == ["timestamp"] and sorted(r[0].hour for r in answer.rows) == [8, 9]


def test_the_first_alert_after_we_turned_a_flag_on_is_its_time(asker):
    answer = asker.ask("when did the first checkout alert go off after we turned on the new-checkout flag?", NOW)
    assert len(answer.columns) == 1 and answer.rows[0][0].hour == 11 and answer.rows[0][0].minute == 30


def test_a_day_on_another_clock_said_three_ways(asker):
    answer = asker.ask("alerts per hour on 5 March 2024 in JST (00:00-24:00 JST): hour on the JST clock and count", NOW)
    assert "TIMEZONE('Asia/Tokyo'" in answer.sql and "2024-03-04 15:00:00" in answer.sql
    assert [r[0].hour for r in answer.rows] == [19, 20]  # 10:00 and 11:00 UTC, on the Tokyo clock


def test_took_longer_than_to_clear_is_how_long_it_lasted(asker):
    sql = asker.ask("alerts today that took longer than 20 minutes to clear", NOW).sql
    assert "EPOCH(ends_at) - EPOCH(starts_at) > 1200" in sql


def test_between_two_days_with_their_clocks_is_one_window(asker):
    sql = asker.ask("alerts between 4 March 22:00 and 5 March 10:30", NOW).sql
    assert "'2024-03-04 22:00:00+00'" in sql and "'2024-03-05 10:30:00+00'" in sql


def test_a_name_said_once_before_two_measures_scopes_both(asker):
    answer = asker.ask("checkout alerts and critical alerts per hour today", NOW)
    assert "FROM alerts WHERE service = 'checkout'" in answer.sql  # both measures' rows (had been the first's alone)
    assert answer.columns == ["hour", "alerts", "critical_alerts"]
    lines = asker.ask("checkout log lines and error lines per hour today", NOW)
    assert "FROM log_events WHERE service = 'checkout'" in lines.sql
    answer = asker.ask("checkout alerts and billing-api alerts per hour today", NOW)  # each its own
    assert "FILTER(WHERE service = 'billing-api')" in answer.sql


_TOTAL = ("SELECT created_by AS person, ROUND(SUM(EPOCH(ends_at) - EPOCH(starts_at)) / 3600, 1) AS total_hours FROM "
          "silence_scopes GROUP BY person ORDER BY total_hours DESC, person LIMIT 2")


@pytest.mark.parametrize("question, counted, first", [
    ("per author: number of silences and total silenced hours", "COUNT(*) AS silences", "total_hours DESC"),
    ("top 2 silence authors by number of silences, with each one's count and total scheduled hours",
     "COUNT(*) AS silences", "silences DESC"),
])
def test_a_count_asked_beside_a_total_per_thing(question, counted, first):
    sql = count_beside(question, _TOTAL)
    assert f"person, {counted}, ROUND(SUM(" in sql and f"ORDER BY {first}" in sql


@pytest.mark.parametrize("question", ["total silenced hours per author", "number of silences per author"])
def test_no_count_beside_when_one_measure_is_asked(question):
    assert count_beside(question, _TOTAL) == _TOTAL


def test_the_big_deploy_asks_which(asker):
    with pytest.raises(Refused) as refused:  # had been the first deploy ever
        asker.ask("how many minutes after the big deploy went live did the first checkout alert go off?", NOW)
    assert refused.value.kind == "ungrounded" and "which one is that" in str(refused.value)
    assert asker.ask("how many minutes after the checkout v2.0.1 deploy went live did the first checkout alert go off?",
                     NOW).rows


_PER_NAME = "SELECT name, COUNT(*) AS alerts FROM alerts WHERE NOT name IS NULL GROUP BY name ORDER BY alerts DESC"


@pytest.mark.parametrize("question, changed", [
    ("top 3 alert names by alerts, with how many distinct services each one fired on", True),
    ("alert names by alerts, and the number of projects", True),
    ("top 3 alert names by alerts in the checkout and search services", False),
    ("top 3 alert names by alerts, with their services", False),
])
def test_how_many_services_beside_a_count(question, changed):
    sql = distinct_beside(question, _PER_NAME)
    assert ("COUNT(DISTINCT" in sql) is changed
    assert sql.startswith("SELECT name, COUNT(*) AS alerts")  # the count asked first stays
