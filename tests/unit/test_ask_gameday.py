"""Questions in the words of people who run game days, write runbooks and keep the status page: scale events as
changes, a weekday written short ("tues") or bare, "since feb", alerts without a runbook link, incidents that never
got a candidate change, shares of resolved incidents, incidents blamed on a named version, "after v2.0.1 went live",
and error lines after a deploy.

The store is :mod:`tests.unit.test_ask_incidents`'s: its day is Tuesday 2024-03-05; v2.0.1 of checkout went live at
09:50 and is HighErrorRate's (10:00) suspect; LatencyP99High opened at 11:30 with none."""

from __future__ import annotations

from datetime import timedelta

import pytest

from signalcraft.copilot.ask import Refused
from tests.unit.test_ask import NOW
from tests.unit.test_ask_incidents import ERRORS, LATENCY

WEDNESDAY = NOW + timedelta(days=1)


@pytest.fixture(scope="module")
def asker(incidents_asker):
    return incidents_asker  # the store of this module's tests, built once for the session (tests/unit/conftest.py)


def test_a_scale_event_is_a_change_of_its_own_type(asker):
    sql = asker.ask("alerts within 10 min after a scale event on the same svc", NOW).sql  # had been every alert
    assert "c.type = 'scale'" in sql and "INTERVAL '10' MINUTE" in sql
    assert "c.type = 'scale'" in asker.ask("alerts within 10 min after a scale change on the same service", NOW).sql


@pytest.mark.parametrize("question", ["what changed tues", "what changed tuesday", "changes on checkout tues"])
def test_a_weekday_written_short_or_bare_is_that_day(asker, question):
    answer = asker.ask(question, WEDNESDAY)  # had been every change (or today's)
    assert "'2024-03-05 00:00:00+00'" in answer.sql and "'2024-03-06 00:00:00+00'" in answer.sql
    assert answer.rows and all(row[answer.columns.index("timestamp")].day == 5 for row in answer.rows)


def test_since_a_month_runs_from_its_first_day_to_now(asker):
    sql = asker.ask("how many deploys since feb", NOW).sql  # had been February alone
    assert "'2024-02-01 00:00:00+00'" in sql and "'2024-03-01 00:00:00+00'" not in sql


@pytest.mark.parametrize("question", ["which alerts don't have a runbook link?", "alerts that do not have a runbook"])
def test_alerts_without_a_runbook_link(asker, question):
    sql = asker.ask(question, NOW).sql  # had been those with one
    assert "annotations['runbook_url'] IS NULL" in sql and "NOT annotations" not in sql


def test_incidents_that_never_got_a_candidate_or_a_suspect(asker):
    candidates = asker.ask("incidents that never got any candidate change", NOW)  # had been refused
    assert "NOT EXISTS(SELECT 1 FROM correlation_candidates" in candidates.sql
    assert [row[0] for row in candidates.rows] == [LATENCY]
    assert [row[0] for row in asker.ask("incidents with no candidate change", NOW).rows] == [LATENCY]  # had been
    # every candidate
    assert [row[0] for row in asker.ask("incidents that never got a suspect", NOW).rows] == [LATENCY]


def test_a_share_of_resolved_incidents(asker):
    answer = asker.ask("what percentage of resolved incidents have a resolution written down?", NOW)
    assert answer.rows == [(100.0,)]  # HighErrorRate, the one resolved; had been 50.0 of both


def test_incidents_blamed_on_a_named_version_of_a_service(asker):
    answer = asker.ask("which incidents were blamed on the checkout v2.0.1 deploy?", NOW)  # had been refused
    assert "change_service = 'checkout'" in answer.sql and [row[0] for row in answer.rows] == [ERRORS]


def test_after_a_version_went_live_is_after_its_deploy(asker):
    answer = asker.ask("incidents opened in the 30 minutes after v2.0.1 went live", NOW)  # had been refused
    assert [row[0] for row in answer.rows] == [ERRORS]


def test_error_lines_after_a_deploy_keep_their_errors(asker):
    sql = asker.ask("deploys that had error lines within 5 min", NOW).sql  # had been refused
    assert "JOIN log_events" in sql and "l.is_error" in sql
    assert asker.ask("deploys that had error lines within 5 min", NOW).rows == []  # the lines are before it
    wide = asker.ask("deploys that had error lines within 2 hours", NOW)  # 08:00's deploy: the lines at 09:30
    assert [row[0] for row in wide.rows] == ["change-early"]


def test_each_side_keeps_its_own_service_with_an_alert_named_by_its_words(asker):
    sql = asker.ask("checkout error lines while the inventory disk alert was firing", NOW).sql
    assert "l.service IN ('checkout')" in sql and "a.service IN ('inventory')" in sql and "a.name = 'DiskSpaceLow'" \
        in sql  # had been the lines of both services, joined on one service
    assert "l.service = a.service" not in sql


@pytest.mark.parametrize(("question", "rows"), [
    ("average alert_count per incident", [(1.0,)]),
    ("how many incidents nobody wrote a resolution for", [(1,)]),  # LatencyP99High
    ("which alert name has the most incidents that nobody wrote a resolution for?", [("LatencyP99High", 1)]),
])
def test_a_column_named_as_written_and_a_fix_nobody_wrote(asker, question, rows):
    assert asker.ask(question, NOW).rows == rows  # had been refused


def test_how_long_a_project_was_impacted_with_the_span_spelt_out(asker):
    plain = asker.ask("how many minutes was the shop project impacted today", NOW)
    spelt = asker.ask("How many minutes was the shop project impacted today, from the first alert until the last one "
                      "cleared?", NOW)  # had been refused
    assert spelt.sql == plain.sql and plain.columns == ["span_minutes"]


def test_a_silence_named_by_a_word_is_its_matcher_or_its_comment(asker):
    alone = asker.ask("show the payments silence", NOW).sql  # had been the matcher team=payments alone
    assert "m.name = 'team' AND m.value = 'payments'" in alone and "comment ILIKE '%payments%'" in alone
    during = asker.ask("alerts that fired during the payments silence", NOW).sql  # had filtered the alerts' team
    assert "s.comment ILIKE '%payments%'" in during and "a.labels['team']" not in during


def test_last_night_is_a_time_not_a_ranking(asker):
    sql = asker.ask("checkout alerts that started while last night's payments silence was on", NOW).sql
    assert "LIMIT 1000" in sql and "ORDER BY" not in sql and "'2024-03-04 18:00:00+00'" in sql  # had been the
    # latest alert alone


def test_lines_from_one_service_during_anothers_incident(asker):
    sql = asker.ask("error lines from checkout during the inventory incident", NOW).sql
    assert "l.service IN ('checkout')" in sql and "g.service IN ('inventory')" in sql and "l.is_error" in sql
    assert "l.service = g.service" not in sql  # had joined both on one service


@pytest.mark.parametrize("question", ["how long on average until an alert gets acked",
                                      "which days had no deploys this week", "days without alerts last week"])
def test_time_to_ack_and_periods_with_none_are_refused(asker, question):
    with pytest.raises(Refused):  # had been how long the acked alerts lasted; every deploy of the week
        asker.ask(question, NOW)


def test_deploys_of_a_week_with_none_after_them_are_still_read(asker):
    answer = asker.ask("deploys this week with no alert on that service in the hour after them", NOW)
    assert "NOT EXISTS" in answer.sql and [row[0] for row in answer.rows] == ["change-early"]  # v2.0.1 at 09:50 was
    # followed by HighErrorRate at 10:00


def test_which_service_had_the_longest_incident_is_its_service(asker):
    answer = asker.ask("which service had the longest incident today", NOW)  # had been the whole incident's row
    assert answer.columns == ["service"] and answer.rows == [("checkout",)]


@pytest.mark.parametrize(("question", "first", "end"), [
    ("incidents opened from 1 March to 4 March", "2024-03-01", "2024-03-05"),  # had been March 1st alone
    ("List the incidents opened that week, Monday 26 February to Sunday 3 March.", "2024-02-26", "2024-03-04"),
])
def test_a_range_of_days_written_day_first(asker, question, first, end):
    sql = asker.ask(question, NOW).sql  # (the second had been refused)
    assert f"opened_at >= CAST('{first} 00:00:00+00'" in sql and f"opened_at < CAST('{end} 00:00:00+00'" in sql


def test_hours_said_with_at_night_are_every_nights(asker):
    sql = asker.ask("show me the acks people did at night, between 22:00 and 06:00", NOW).sql
    assert "HOUR(timestamp) >= 22 OR HOUR(timestamp) < 6" in sql and "CAST(" not in sql  # had been last night's
    assert "HOUR(timestamp) >= 23 OR HOUR(timestamp) < 5" in asker.ask("acks at night between 23:00 and 05:00",
                                                                         NOW).sql


@pytest.mark.parametrize(("question", "expected"), [
    ("who had to roll something back this month", "type = 'rollback'"),  # had been refused ('roll' a person)
    ("checkout versions shipped to prod today", "DISTINCT COALESCE(details['ref'], version)"),  # had been the rows
    ("what percentage of incidents were linked to a suspect change", "FROM incident_suspects"),  # had been refused
    ("busiest 3 hours today by alerts", "AS hour, COUNT(*) AS alerts FROM alerts"),  # had been 5 of them
    ("scale evnts followed by an alert within 5 min", "c.type = 'scale'"),  # had been deploys
])
def test_more_words_for_things_read(asker, question, expected):
    assert expected in asker.ask(question, NOW).sql


def test_who_was_actually_on_an_incident(asker):
    assert asker.ask("who was actually on the HighErrorRate incident", NOW).rows == [("ana.lopez@acme.io",)]


def test_incidents_that_have_a_written_root_cause_are_the_incidents(asker):
    answer = asker.ask("which incidents have a written root cause?", NOW)  # had been the join with resolutions
    assert answer.columns[0] == "id" and [row[0] for row in answer.rows] == [ERRORS]
    assert "NOT r.root_cause IS NULL" in answer.sql
    negated = asker.ask("which incidents did not have a root cause", NOW)  # not the incidents that have one
    assert [row[0] for row in negated.rows] == [LATENCY]


def test_busiest_hours_counted_in_words_or_digits(asker):
    for question in ("busiest 3 hours today", "busiest three hours today"):
        sql = asker.ask(question, NOW).sql
        assert "AS hour" in sql and sql.endswith("LIMIT 3")


def test_a_share_linked_to_a_suspect_change(asker):
    assert asker.ask("what percentage of incidents were linked to a suspect change", NOW).rows == [(50.0,)]


@pytest.mark.parametrize(("question", "absent"), [
    ("alerts on 1 march and 4 march", "'2024-03-05 00:00:00+00'"),  # two days named, not the days between them
    ("how many critical alerts did each incident have", "alert_count"),  # the alerts' own severity: not its count
])
def test_readings_that_stay_out_of_the_new_shapes(asker, question, absent):
    try:
        sql = asker.ask(question, NOW).sql
    except Refused:
        return
    assert absent not in sql


def test_a_version_excluded_from_the_suspects(asker):
    sql = asker.ask("suspect changes not v2.0.1", NOW).sql
    assert "NOT COALESCE((change_version = 'v2.0.1'" in sql
