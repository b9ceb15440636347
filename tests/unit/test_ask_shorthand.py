"""Shorthand and asides: "w/" and "w/in" (had been refused as a service called 'w/in'), "month to date" and "MTD"
(had been every row), "which 2 services had most …" without "the" (had been every row), a preface naming the document
the answer goes into ("For the SOC 2 evidence pack: …"; had been refused as a service called 'soc'), and advice on
a setting for a machine ("which max_connections is right for Postgres 16 on a machine with 64 GB RAM": refused; had
been the largest value of a metric).

The store is :mod:`tests.unit.test_ask`'s: now is Tuesday 2024-03-05 12:00 UTC."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from tests.unit.test_ask import NOW
from tests.unit.test_ask_time_words import _bounds


@pytest.fixture(scope="module")
def asker(incidents_asker):
    return incidents_asker


def test_w_slash_is_with_and_within(asker):
    said = asker.sql("deploys w/ an alert on the same svc w/in 10 min after", NOW)[0]
    assert said == asker.sql("deploys with an alert on the same service within 10 min after", NOW)[0]
    assert "INTERVAL '10' MINUTE" in said


@pytest.mark.parametrize("question", ["deploys month to date", "deploys MTD", "deploys, month-to-date"])
def test_month_to_date_is_this_month(asker, question):
    assert _bounds(asker.sql(question, NOW)[0]) == ["2024-03-01 00:00", "2024-03-05 12:00"]


def test_had_most_without_the_is_a_ranking(asker):
    sql = asker.sql("which 2 services had most error log lines in march?", NOW)[0]
    assert "GROUP BY service" in sql and sql.endswith("LIMIT 2"), sql
    assert "LIMIT 2" not in asker.sql("which services had most of their alerts in march?", NOW)[0]


def test_a_preface_naming_the_document_is_left_out(asker):
    said = asker.sql("For the SOC 2 evidence pack: every deploy made since 1 March, please.", NOW)[0]
    assert said == asker.sql("every deploy made since 1 March", NOW)[0]


@pytest.mark.parametrize("question", [
    "Which max_connections is right for Postgres 16 on a machine with 64 GB RAM?",
    "what pool size would be best for our db with 8 cores?",
])
def test_advice_on_a_setting_is_refused(asker, question):
    with pytest.raises(Refused) as refused:
        asker.sql(question, NOW)
    assert refused.value.kind == "not_about_this_data"


def test_a_fix_that_mentions_a_word_is_the_fix_alone(asker):
    fix = asker.sql("which resolutions have a fix that mentions a pool?", NOW)[0]
    assert "fix ILIKE '%pool%'" in fix and "root_cause ILIKE" not in fix, fix
    cause = asker.sql("resolutions whose root cause mentions pool", NOW)[0]
    assert "root_cause ILIKE '%pool%'" in cause and "fix ILIKE" not in cause, cause
    both = asker.sql("resolutions mentioning pool", NOW)[0]
    assert "root_cause ILIKE '%pool%'" in both and "fix ILIKE '%pool%'" in both


def test_rows_said_first_then_who_made_them_and_why(asker):
    sql = asker.sql("Silences on checkout: who created them and why?", NOW)[0]
    assert sql.startswith("SELECT created_by, comment FROM silence_scopes WHERE service = 'checkout'"), sql


def test_incidents_of_the_alerts_listed_in_brackets(asker):
    sql = asker.sql("average time to resolve for the incidents (disk space, export), in minutes", NOW)[0]
    assert "group_labels['alertname'] IN ('BillingExportFailed', 'DiskSpaceLow')" in sql, sql


def test_that_day_and_that_exact_moment_are_the_ones_said_before(asker):
    day = asker.sql("The client says card payments were declined on 4 March. Which checkout alerts were raised that "
                    "day?", NOW)[0]
    assert _bounds(day) == ["2024-03-04 00:00", "2024-03-05 00:00"] and "ILIKE" not in day, day  # 'card': the scene
    moment = asker.sql("They've got a failed payment stamped 10:30 UTC today. What was firing on checkout at that "
                       "exact moment?", NOW)[0]
    assert _bounds(moment) == ["2024-03-05 10:30", "2024-03-05 10:30"], moment


def test_what_kind_of_change_it_was_is_the_change_type(asker):
    sql = asker.sql("Incidents this week with their suspect change: service, alert name, what kind of change it was "
                    "and who made it.", NOW)[0]
    assert sql.startswith("SELECT service, group_labels['alertname'], change_type, change_actor FROM"), sql


@pytest.mark.parametrize(("question", "n"), [
    ("Which two people's changes were most often followed by an alert on the same service within 15 minutes?", 2),
    ("whose deploys were most often followed by an alert within 30 minutes?", 1),
])
def test_people_ranked_by_their_changes_that_alerts_followed(asker, question, n):
    sql = asker.sql(question, NOW)[0]
    assert sql.startswith("SELECT actor AS person, COUNT(*) AS changes FROM (SELECT DISTINCT c.*"), sql
    assert "GROUP BY actor" in sql and sql.endswith(f"LIMIT {n}"), sql


def test_a_span_said_in_words_after_one_event(asker):
    sql = asker.sql("list every alert, on any service, that began in the thirty minutes following the moment the "
                    "checkout v2.0.1 went live on 5 March 2024", NOW)[0]
    assert "INTERVAL '30' MINUTE" in sql and "ends_at" not in sql, sql  # had been the alerts firing at that moment


@pytest.mark.parametrize(("question", "plain"), [
    ("deploys this week - full rows please, I'll filter in Excel.", "deploys this week"),
    ("Deploys per service per week since 1 February 2024. Fields: service, week, deploys.",
     "Deploys per service per week since 1 February 2024: service, week, deploys"),
    ("top 2 alert names on checkout today. TOP 2 not all of them", "top 2 alert names on checkout today"),
    ("how many silences are active rn (3:30am PT)?", "how many silences are active rn?"),
    ("Could you list the deployment requests raised on March 4 (the requested stage, not the go-live)?",
     "list the deployment requests raised on March 4"),
    ("Which silences were active on the 4.3. in the time from 14:00 until 15:00?",
     "Which silences were active on 4 March between 14:00 and 15:00?"),
    ("Which defects were still open at 09:00 UTC on 4 March? By defects I mean alerts that were firing then.",
     "Which alerts were still open at 09:00 UTC on 4 March?"),
])
def test_what_a_question_says_again_or_in_passing(asker, question, plain):
    assert asker.sql(question, NOW)[0] == asker.sql(plain, NOW)[0]


@pytest.mark.parametrize("question", [
    "Today's checkout deploys: version, when it went live and the number of alerts on the same service in the hour "
    "after, zeros included.",
    "checkout deploys today: version, when it went live and how many alerts on the same service in the hour after, "
    "zeros included",
])
def test_rows_listed_with_a_count_each_are_a_row_per_thing(asker, question):
    plain = ("for each checkout deploy today: version, when it went live and how many alerts on the same service in "
             "the hour after, zeros included")
    assert asker.sql(question, NOW)[0] == asker.sql(plain, NOW)[0]
    assert "LEFT JOIN alerts" in asker.sql(plain, NOW)[0]  # a row per deploy, zeros too (had been one count)


def test_a_list_that_begins_with_a_column_named_like_a_verb(asker):
    sql = asker.sql("silence_id, created_by and comment of every silence created on March 4", NOW)[0]
    assert sql.startswith("SELECT silence_id, created_by, comment FROM"), sql  # had been refused as 'silence' said
    # as an order


def test_a_preface_naming_a_document_keeps_its_day(asker):
    said = asker.sql("For the 4 March timeline: deploys made by people, not by the deployment controller.", NOW)[0]
    assert _bounds(said) == ["2024-03-04 00:00", "2024-03-05 00:00"] and "FROM change_events" in said, said


def test_acknowledged_before_they_stopped_firing_is_while_firing(asker):
    said = asker.sql("which HighErrorRate alerts were acknowledged by someone before they stopped firing?", NOW)[0]
    assert said == asker.sql("which HighErrorRate alerts were acknowledged while still firing?", NOW)[0]
    assert "k.action = 'ack'" in said, said


@pytest.mark.parametrize(("question", "plain"), [
    ("can you show the acknowledgements, the ack actions, that happened since 10am?",
     "can you show the acknowledgements that happened since 10am?"),
    ("which silences run out within 24h from now?", "which silences run out within the next 24h?"),
])
def test_a_restatement_between_commas_and_a_span_from_now(asker, question, plain):
    assert asker.sql(question, NOW)[0] == asker.sql(plain, NOW)[0]


def test_on_a_weekday_recurs(asker):
    assert "DAYOFWEEK(timestamp) = 5" in asker.sql("list the deploys that happened on a friday", NOW)[0]


def test_silences_running_are_those_in_effect(asker):
    running = asker.sql("what silences does ana have running?", NOW)[0]
    assert running == asker.sql("what silences does ana have active?", NOW)[0] and "ends_at >" in running, running
    assert "ends_at >=" in asker.sql("which silences run out today", NOW)[0]  # running out: ending


def test_who_owns_a_service_is_refused(asker):
    with pytest.raises(Refused) as refused:
        asker.sql("which silences were created by someone other than the owner of the service?", NOW)
    assert refused.value.kind == "not_about_this_data"  # had been read as expired by another than their creator


@pytest.mark.parametrize("question", ["what was the version of checkout in prod at 11:00 today?",
                                      "as of 11:00 today, the live checkout version in production"])
def test_the_version_live_at_a_moment(asker, question):
    sql = asker.sql(question, NOW)[0]
    assert sql == asker.sql("which checkout version was live in production at 11:00 today?", NOW)[0]
    assert "ORDER BY timestamp DESC LIMIT 1" in sql, sql


def test_events_between_take_the_listed_rows_service(asker):
    sql = asker.sql("what happened on checkout between the deploy and the rollback?", NOW)[0]
    assert sql.count("service = 'checkout'") == 4, sql  # the alerts', the deploy's (twice) and the rollback's


@pytest.mark.parametrize("question", ["what's the error rate of checkout logs today?", "checkout log error rate today"])
def test_the_error_rate_of_logs_is_the_share_of_error_lines(asker, question):
    sql = asker.sql(question, NOW)[0]
    assert sql == asker.sql("what share of checkout log lines today were errors?", NOW)[0]
    assert "FILTER(WHERE is_error)" in sql, sql  # had been the error lines themselves


@pytest.mark.parametrize("question", ["which alert names fired on checkout",
                                      "list the distinct alert names on checkout",
                                      "what alert names fired on checkout today"])
def test_which_alert_names_are_each_name_once(asker, question):
    assert asker.sql(question, NOW)[0].startswith("SELECT DISTINCT name FROM alerts WHERE service = 'checkout'")


def test_an_event_named_by_its_version_keeps_its_own_service(asker):
    sql = asker.sql("how many billing-api alerts between the v2.0.1 deploy and the rollback?", NOW)[0]
    assert sql.count("service = 'billing-api'") == 1, sql  # the alerts' alone: v2.0.1 is checkout's


def test_who_owns_a_silence_is_who_made_it(asker):
    assert asker.sql("who owns the checkout silence?", NOW)[0].startswith("SELECT DISTINCT created_by FROM")


def test_several_services_listed_after_one_version_are_one_window(asker):
    sql = asker.sql("how many alerts fired on checkout, search and billing-api within 30 minutes after checkout "
                    "v2.0.1 went live?", NOW)[0]
    assert "JOIN" not in sql and "service IN ('checkout', 'search', 'billing-api')" in sql, sql  # had been a join on
    # each alert's own service


def test_a_column_said_with_its_side_after_it(asker):
    sql = asker.sql("Which silences were created while an incident on the same service was open? Kindly give the "
                    "silence id, its creator and the alert name of the incident.", NOW)[0]
    assert sql.startswith("SELECT s.silence_id, s.created_by, g.group_labels['alertname'] FROM"), sql


def test_minutes_between_a_change_being_requested_and_it_going_live(asker):
    said = asker.sql("How many minutes passed between the checkout deploy on 5 March being requested and it going "
                     "live?", NOW)[0]
    assert said == asker.sql("how many minutes did the checkout deploy on 5 March take from being requested to going "
                             "live", NOW)[0]
    assert "phase = 'requested'" in said, said


def test_a_question_said_again_after_i_mean(asker):
    said = asker.sql("who was on call... I mean, who acked alerts yesterday evening?", NOW)[0]
    assert said == asker.sql("who acked alerts yesterday evening?", NOW)[0]  # had been refused


@pytest.mark.parametrize(("question", "bounds"), [
    ("deploys on march 4 in the morning", ["2024-03-04 00:00", "2024-03-04 12:00"]),
    ("deploys on the 4th after lunch", ["2024-03-04 12:00", "2024-03-04 18:00"]),
    ("deploys on 2024-03-04 in the evening", ["2024-03-04 18:00", "2024-03-05 00:00"]),
])
def test_a_part_of_a_dated_day(asker, question, bounds):
    assert _bounds(asker.sql(question, NOW)[0]) == bounds  # had been refused
