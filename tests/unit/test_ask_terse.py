"""Questions of the kinds an eighteenth outside set showed misread, against :mod:`tests.unit.test_ask`'s store:
silences expired before their scheduled end or by someone other than their creator, "did we open", silences
ending today, "w/in 30m", aggregates of the warnings before incidents, a metric named by a word of its name
beside an aggregate."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.store import open_read_only
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from tests.support import alert
from tests.unit.test_ask import NOW, _store


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("terse") / "s.duckdb"
    _store(path)
    con = open_read_only(path)
    yield Asker(con)
    con.close()


def _where(asker, question: str) -> str:
    sql = asker.sql(question, NOW)[0]
    return sql.split(" WHERE ", 1)[1].rsplit(" LIMIT ", 1)[0] if " WHERE " in sql else ""


def test_silences_expired_early_and_by_whom(asker):
    assert _where(asker, "silences that were expired before their scheduled end") == "expired_early"  # not
    # scheduled ahead, not the state
    assert _where(asker, "silences expired early by someone other than the person who created them") == \
        "expired_early AND expired_by <> created_by"
    assert _where(asker, "silences expired early by their own creator") == "expired_early AND expired_by = created_by"
    assert _where(asker, "silences scheduled ahead") == "starts_at > created_at"


def test_the_verb_open_and_silences_ending_today(asker):
    assert "resolved_at" not in asker.sql("how many incidents did we open per month", NOW)[0]  # not still open
    assert "resolved_at" in asker.sql("how many incidents do we have open", NOW)[0]
    today = _where(asker, "silences ending today")  # the whole day, what is still to end too
    assert "ends_at >= CAST('2024-03-05 00:00:00+00'" in today and "ends_at < CAST('2024-03-06 00:00:00+00'" in today


def test_a_terse_span_after_within_is_no_label_value(asker):
    sql = asker.sql("alrts w/in 30m after a flag chg on same svc", NOW)[0]
    assert "INTERVAL '30' MINUTE" in sql and "'30m'" not in sql and "c.type = 'flag_change'" in sql


def test_aggregates_of_the_warnings_before_incidents(asker):
    assert asker.sql("average lead of early warnings before critical incidents", NOW)[0].startswith(
        "SELECT ROUND(AVG(lead_min), 1) AS avg_lead_min FROM incident_warnings WHERE max_severity = 'critical'")
    assert asker.sql("max sigma of warnings before incidents per service", NOW)[0].startswith(
        "SELECT service, MAX(ABS(sigma)) AS max_sigma FROM incident_warnings")
    assert "GROUP BY labels['service']" in asker.sql("avg sigma warnings by svc", NOW)[0]


def test_a_metric_named_by_a_word_of_its_name_beside_an_aggregate(asker):
    answer = asker.ask("peak pool checkout", NOW)  # db_pool_pending: 2, 9, 4
    assert "name = 'db_pool_pending'" in answer.sql and answer.rows == [(9.0,)]
    assert asker.ask("avg pool for checkout", NOW).rows == [(5.0,)]
    assert "FROM alerts" in asker.sql("pool alerts", NOW)[0]  # no aggregate: alerts


def test_a_comment_word_and_a_kind_of_record_searched_for_as_text(asker):
    assert _where(asker, "sil w/ comment reindex") == "(comment ILIKE '%reindex%')"  # had been a label value
    assert _where(asker, "silences whose reason mentions deploy") == "(comment ILIKE '%deploy%')"  # had been refused
    assert "FROM alerts WHERE (name ILIKE '%deploy%'" in asker.sql("alerts mentioning deploy", NOW)[0]


def test_the_latest_per_service_with_a_terse_list(asker):
    sql = asker.sql("last depl per svc in shop proj: svc, ver, time", NOW)[0]
    assert "PARTITION BY service ORDER BY timestamp DESC" in sql and sql.startswith(
        "SELECT service, COALESCE(details['ref'], version), timestamp FROM")


def test_per_written_with_a_slash_and_sums_over_templates(asker):
    assert asker.sql("avg alerts/day last week", NOW)[0] == asker.sql("avg alerts per day last week", NOW)[0]
    assert asker.sql("sum of lines per template", NOW)[0].startswith(
        "SELECT template, SUM(lines) AS lines FROM log_pattern_counts")  # had counted the templates


def test_the_version_running_now_in_other_words_and_roll_out(asker):
    running = asker.ask("what version is checkout on in prod", NOW)  # v2.0.1 went live at 09:50
    assert running.rows == [("v2.0.1",)] and "ORDER BY timestamp DESC LIMIT 1" in running.sql
    assert asker.sql("what's running on checkout in prod right now", NOW)[0] == running.sql
    assert "type = 'deployment'" in asker.sql("what did cy roll out", NOW)[0]
    assert "GROUP BY person" in asker.sql("how many deploys did each team member do", NOW)[0]


def test_older_than_been_firing_for_and_flapping(asker):
    """Now is 12:00; DiskSpaceLow has fired since 11:00, globex's BillingExportFailed since 10:50, LatencyP99High
    since 11:30; checkout's HighErrorRate fired at 10:00 and resolved at 10:30."""
    older = asker.ask("unresolved alerts older than an hour", NOW)  # had dropped the age
    assert "starts_at < CAST('2024-03-05 12:00:00+00' AS TIMESTAMPTZ) - INTERVAL '60' MINUTE" in older.sql
    firing = asker.ask("alerts that have been firing for more than 45 minutes", NOW)  # so far, not only ended ones
    assert {row[firing.columns.index("name")] for row in firing.rows} == {"DiskSpaceLow", "BillingExportFailed"}
    flapped = asker.sql("alerts that flapped", NOW)[0]
    assert "GROUP BY fingerprint HAVING COUNT(*) > 1" in flapped  # had been every alert ('flapped' read as flipped)


def test_clock_hours_in_utc_and_lunch(asker):
    yesterday_10_to_11 = ("starts_at >= CAST('2024-03-04 10:00:00+00' AS TIMESTAMPTZ) AND starts_at < "
                          "CAST('2024-03-04 11:00:00+00' AS TIMESTAMPTZ)")
    assert yesterday_10_to_11 in asker.sql("alerts from 10 to 11 utc yesterday", NOW)[0]  # had been the whole day
    assert "'2024-03-04 12:00:00+00'" in asker.sql("what fired after lunch yesterday", NOW)[0]  # had been dropped


def test_about_to_expire_without_a_span_is_refused(asker):
    """It had been answered with every silence."""
    with pytest.raises(Refused, match="how soon"):
        asker.sql("silences that are about to expire", NOW)
    assert "INTERVAL '180' MINUTE" in asker.sql("silences expiring in the next 3 hours", NOW)[0]


def test_who_did_it_and_how_many_times_after_the_thing(asker):
    assert "GROUP BY person" in asker.sql("flag changes on checkout, who did it and how many time each", NOW)[0]


@pytest.mark.parametrize(("words", "hints", "metric"), [
    ("average request rate", ["request", "rate"], "service:http_requests:rate1m"),  # two words against one
    ("max p99", ["p99"], "service:http_request_duration_seconds:p99"),
    ("peak queue depth", ["queue", "depth"], "search_indexer_queue_depth"),
    ("average queue", ["queue"], None),  # two metrics fit as well: none is chosen
    ("request rate", ["request", "rate"], None),  # no aggregate asked
])
def test_the_metric_a_word_of_its_name_picks(words, hints, metric):
    from types import SimpleNamespace

    from signalcraft.copilot.ask_ground import metric_of_aggregate
    from signalcraft.copilot.ask_reading import Reading
    vocab = SimpleNamespace(metric_names=["service:http_requests:rate1m", "service:http_request_duration_seconds:p99",
                                          "search_indexer_queue_depth", "indexer:queue_drain_seconds"])
    r = Reading(question=words, words=words.split(), now=NOW, window=None, name_hint=hints)
    found = metric_of_aggregate(r, vocab)
    assert (found.value if found else None) == metric


def test_every_alert_of_the_last_day_is_no_duration_each_and_how_many_lasted_is_a_count(asker):
    assert "minutes" not in asker.sql("I need every checkout alert that fired during the last 24 hours", NOW)[0]
    counted = asker.sql("for each svc, how many alerts last longer than 20 minutes", NOW)[0]
    assert counted.startswith("SELECT service, COUNT(*)") and "> 1200" in counted


def test_shares_and_distinct_values_per_group(asker):
    assert "FILTER(WHERE silence_id IN (SELECT UNNEST(silenced_by) FROM alert_mutes)) / COUNT(*)" in asker.sql(
        "what share of silences muted something", NOW)[0]  # had been refused (not the silences); the muting now read
    assert "FILTER(WHERE id IN (SELECT group_id FROM incident_suspects))" in asker.sql(
        "what percent of incidents had a suspect", NOW)[0]  # had listed the suspects, then been refused
    assert "ROUND(100.0 *" in asker.sql("what share of alerts are critical", NOW)[0]
    per = asker.ask("how many distinct alert names per service", NOW)  # had counted the alerts
    assert per.sql.startswith("SELECT service, COUNT(DISTINCT name)") and ("checkout", 2) in per.rows
    assert "AVG(" in asker.sql("mean time to recovery for checkout this week", NOW)[0]  # 'recover' had been refused


def test_a_leading_list_of_columns_for_any_rows(asker):
    listed = asker.ask("list alert name, service and start for critical alerts", NOW)  # had been every column
    assert listed.columns == ["name", "service", "starts_at"] and len(listed.rows) == 4


def test_a_negated_severity_does_not_negate_the_environment_after_it(asker):
    answer = asker.ask("alerts that are not critical in prod", NOW)  # had been the alerts outside production
    assert "environment_canonical = 'production'" in answer.sql and "severity <> 'critical'" in answer.sql
    assert {row[answer.columns.index("name")] for row in answer.rows} == {"DiskSpaceLow"}
    assert "severity = 'critical'" in asker.sql("high severity alerts", NOW)[0]  # had been names with 'High'


def test_a_month_at_the_end_is_no_month_after_a_day_of_it(asker):
    assert "'2024-03-04 00:00:00+00'" in asker.sql("alerts on the 4th of march", NOW)[0]


def test_going_off_in_a_window_is_not_firing_now(asker):
    assert "ends_at IS NULL OR ends_at >" not in asker.sql("between 10am and 11am, which services had alerts going "
                                                           "off?", NOW)[0]
    assert "ends_at IS NULL OR ends_at >" in asker.sql("which alerts are still going off", NOW)[0]


@pytest.mark.parametrize("question", ["how many alerts fired", "how many incidents had no suspect",
                                      "deploys followed by at least 1 alert within 15 minutes", "alerts that flapped",
                                      "alerts acked within 5 minutes", "how many distinct alert names per service"])
def test_the_new_shapes_stay_in_the_askers_workspace(tmp_path, question):
    """Subqueries of the new shapes (a count around listed rows, a bound on what a relation met, repeated starts,
    acks within a span) read only the asker's workspace: globex has one alert and no deploy."""
    path = tmp_path / "s.duckdb"
    _store(path)
    con = open_read_only(path)
    try:
        acme, globex = Asker(con, workspace="acme").ask(question, NOW), Asker(con, workspace="globex").ask(question,
                                                                                                         NOW)
        assert "workspace_id = 'globex'" in globex.sql and "'acme'" not in globex.sql
        assert all("acme" not in str(row) and "ana.lopez" not in str(row) for row in globex.rows)
        assert "workspace_id = 'acme'" in acme.sql
    finally:
        con.close()


SAID_OTHERWISE = [
    ("Which person made the highest number of flag changes?", "who made the most flag changes?"),
    ("which environment received the highest number of alerts", "which environment had the most alerts"),
    ("Please break down today's alerts by severity", "today's alerts by severity"),
    ("how often did HighErrorRate go off", "how many times did HighErrorRate fire"),
    ("On average, how many alerts does an incident contain?", "average number of alerts per incident"),
    ("largest incident to date", "biggest incident so far"),
    ("On March 5, which services had alerts?", "which services had alerts on March 5?"),
    ("silences created yesterday outside of business hours", "silences created yesterday outside business hours"),
    ("silences scheduled in advance", "silences scheduled ahead"),
    ("count of incidents still open right now, for handover", "count of incidents still open right now"),
    ("alerts march 5 10:00-11:00", "alerts on march 5 between 10:00 and 11:00"),
    ("svc with highest avg alert duration", "which service has the longest average alert duration"),
    ("Hi, I am new on shift - which alerts have fired since midnight?", "which alerts have fired since midnight?"),
    ("For the HighErrorRate alert, who acked it and how many times each?",
     "who acked the HighErrorRate alert, and how many times each?"),
    ("On average, how many minutes does a silence last?", "average silence duration in minutes"),
    ("checkout error logs from 5 min before to 5 min after the checkout deploy",
     "checkout error logs within 5 min either side of the checkout deploy"),
    ("Which 2 alert names occur most in the prod environment?", "top 2 alert names in prod"),
    ("the incident containing the most alerts", "incident w/ the most alerts in it"),
    ("On March 5, who flipped flags and how many times did each of them do it?",
     "who flipped flags on March 5, and how many times each"),
    ("What changed on checkout today? Deploys, flags, anything.", "what changed on checkout today"),
    ("anything broken rn?", "alerts firing now"),
    ("what's paging", "alerts firing now"),
    ("show me what's currently alerting in prod", "alerts firing now in prod"),
    ("any incidents right now", "open incidents"),
    ("did anything break after the last deploy", "alerts fired after the last deploy"),
    ("distinct actors on rollback records for checkout", "who rolled back checkout"),
    ("crit alerts since mon", "critical alerts since monday"),
    ("alerts per hr today", "alerts per hour today"),
    ("alerts feb", "alerts in february"),
    ("which service had more alerts than any other", "which service had the most alerts"),
    ("which 3 services had the highest alert counts", "top 3 services by alert count"),
    ("Which incidents do not have any suspect change?", "incidents without any suspect change"),
    ("deploys with 0 alerts in the next 15 min", "deploys with no alerts in the next 15 min"),
    ("Please list the incidents together with their suspect change.", "incidents with their suspect change"),
    ("3 least noisy svcs", "bottom 3 services by number of alerts"),
    ("For the shop project, which alert is the noisiest?", "noisiest alert in the shop project"),
    ("which alert is firing the most", "which alert fires the most"),
    ("For each service, what was the latest deployment?", "the last deploy of each service"),
    ("checkout version in prod rn", "which checkout version is live in prod rn"),
    ("current checkout version prod", "which checkout version is live in prod rn"),
    ("distinct checkout versions deployed to prod", "what checkout versions went out to prod"),
    ("deploys with zero alerts in following hour", "deploys with no alerts in the hour after them"),
    ("Could you tell me who has expired a silence early?", "who expired a silence early"),
    ("For the weekly review, could you give me the number of alerts per service?", "alerts per service"),
    ("In prod, which alert is going off the most?", "which alert goes off the most in prod"),
    ("alert entries where disk appears in the name, summary or description", "alerts that mention disk"),
    ("alerts actually held back by alertmanager due to silence",
     "which alerts did alertmanager actually hold back because of a silence"),
    ("changes close to the checkout alert", "changes around the checkout alert"),
]
"""(how a question was said, the words it reads as): common forms, chat shorthand, leading phrases, paraphrases
of development questions that had been answered differently from their originals."""


@pytest.mark.parametrize(("said", "read"), SAID_OTHERWISE)
def test_said_otherwise_reads_the_same(asker, said, read):
    assert asker.sql(said, NOW)[0] == asker.sql(read, NOW)[0]


def test_the_alert_events_table_named_counts_its_state_rows_not_alerts(asker):
    rows = asker.ask("how many rows in alert_events", NOW)
    alerts = asker.ask("how many alerts", NOW)
    assert "FROM alert_events" in rows.sql and "FROM alerts" in alerts.sql
    assert rows.rows[0][0] > alerts.rows[0][0]  # a firing row and a resolved row per resolved alert
    assert "GROUP BY status" in asker.sql("alert_events by status", NOW)[0]


@pytest.mark.parametrize("question", ["alerts after the 9:50 deploy", "alerts after the 9:50am deploy",
                                      "alerts in the 15 min after the deploy at 09:50"])
def test_a_change_named_by_its_time_of_day(asker, question):
    answer = asker.ask(question, NOW)  # d1 went live at 09:50 and HighErrorRate started at 10:00 on checkout
    assert "'%H:%M') = '09:50'" in answer.sql and "CAST('" not in answer.sql  # the change's minute, no window
    assert [row[answer.columns.index("name")] for row in answer.rows] == ["HighErrorRate"]
    assert asker.ask(question.replace("9:50", "9:51").replace("09:50", "09:51"), NOW).rows == []


def test_who_made_the_change_at_a_time_of_day(asker):
    assert asker.ask("who made the 9:50 deploy", NOW).rows == [("ana.lopez@acme.io",)]
    assert asker.ask("who made the 11:25 flag change", NOW).rows == [("bo",)]


@pytest.mark.parametrize("question", ["status of checkout", "what's the health of checkout right now?",
                                      "status of the checkout service"])
def test_the_status_of_a_service_is_what_fires_on_it_now(asker, question):
    answer = asker.ask(question, NOW)  # HighErrorRate resolved at 10:30; LatencyP99High still fires
    assert [row[answer.columns.index("name")] for row in answer.rows] == ["LatencyP99High"]


def test_a_column_named_with_of_is_no_word_of_an_alert_name(tmp_path):
    with DuckDBWriter(tmp_path / "s.duckdb") as writer:
        writer.add([alert("StatusProbeFailed", "search", "firing", 10), alert("HighErrorRate", "search", "firing", 20)])
        writer.flush()
    con = open_read_only(tmp_path / "s.duckdb")
    try:
        asker = Asker(con)
        assert len(asker.ask("the status of alerts for search", NOW).rows) == 2  # a column, not the probe's word
        assert len(asker.ask("status probe alerts for search", NOW).rows) == 1
    finally:
        con.close()


@pytest.mark.parametrize(("question", "bound"), [
    ("incidents that had a warning at least 10 min before they opened", "lead_min >= 10"),
    ("incidents with a warning more than 30 minutes ahead", "lead_min > 30"),
    ("incidents whose earliest warning led by over 15 min", "lead_min > 15"),
    ("incidents with an early warning on the same service over an hour before", "same_service AND lead_min > 60"),
    ("warnings that came at least 20 minutes before an incident", "lead_min >= 20"),
    ("warnings that fired in the 30 minutes before any incident", "lead_min <= 30"),
    ("incidents with a warning within 20 minutes before them", "lead_min <= 20"),
])
def test_the_least_lead_of_a_warning_before_an_incident(asker, question, bound):
    assert bound in asker.sql(question, NOW)[0]


@pytest.mark.parametrize("question", ["alerts that fired more than 10 minutes after a deploy",
                                      "deploys followed by an alert at least 5 min later"])
def test_a_least_time_between_two_things_is_refused_not_read_as_within(asker, question):
    with pytest.raises(Refused, match="least time between two things"):
        asker.sql(question, NOW)


@pytest.mark.parametrize(("question", "worst"), [
    ("how bad did it get for inventory", "warning"), ("How bad was it for checkout?", "critical"),
    ("what was the worst severity on inventory", "warning"), ("highest severity of alerts for checkout", "critical"),
])
def test_how_bad_is_the_highest_severity_seen(asker, question, worst):
    assert asker.ask(question, NOW).rows == [(worst,)]


def test_high_severity_alerts_are_still_the_critical_ones(asker):
    assert "severity = 'critical'" in asker.sql("high severity alerts on checkout", NOW)[0]


@pytest.mark.parametrize("question", ["alerts firing for more than 50 minutes", "alerts firing longer than 50 min",
                                      "alerts firing more long than 50 minutes"])
def test_firing_longer_than_counts_the_time_so_far(asker, question):
    answer = asker.ask(question, NOW)  # at 12:00 still firing, none ended: BillingExportFailed since 10:50,
    assert sorted(row[answer.columns.index("name")] for row in answer.rows) == ["BillingExportFailed",
                                                                                "DiskSpaceLow"]  # DiskSpaceLow 11:00


def test_in_what_hour_is_the_hour_of_the_day_unless_one_day_is_named(asker):
    assert "HOUR(starts_at) AS hour_of_day" in asker.sql("in what hour come most alerts", NOW)[0]
    assert "TIME_BUCKET" in asker.sql("Yesterday, in which hour did the most alerts fire?", NOW)[0]


def test_rows_sorted_by_a_column_the_store_names(asker):
    latest = asker.ask("alerts sorted by starts_at descending, top 2", NOW)
    assert latest.sql.endswith("ORDER BY starts_at DESC LIMIT 2") and len(latest.rows) == 2
    assert asker.sql("list incidents ordered by alert_count desc", NOW)[0].startswith(
        "SELECT * FROM alert_groups ORDER BY alert_count DESC")  # "alert_count" counts nothing
    assert "ORDER BY severity_rank DESC" in asker.sql("alerts sorted by severity desc", NOW)[0]
    with pytest.raises(Refused, match="no column 'foo_bar'"):
        asker.sql("alerts sorted by foo_bar", NOW)
    assert "GROUP BY service" in asker.sql("alerts per service sorted by count descending", NOW)[0]


@pytest.mark.parametrize(("question", "where"), [
    ("alerts with runbook annotation", "NOT annotations['runbook_url'] IS NULL"),
    ("alerts with a runbook", "NOT annotations['runbook_url'] IS NULL"),
    ("alerts with no runbook annotation", "annotations['runbook_url'] IS NULL"),
])
def test_the_runbook_annotation_is_its_link_once(asker, question, where):
    assert _where(asker, question) == where


def test_alerts_per_incident_on_average(asker):
    assert asker.sql("how many alerts per incident on average", NOW)[0] == asker.sql("average alerts per incident",
                                                                                     NOW)[0]


def test_who_did_it_last_week_is_everyone_of_that_week(asker):
    assert asker.sql("who deployed checkout last week", NOW)[0].startswith("SELECT DISTINCT actor FROM change_events")
    assert asker.sql("who pushed the last checkout deploy", NOW)[0].endswith("ORDER BY timestamp DESC LIMIT 1")


@pytest.mark.parametrize("question", ["who removed silences yesterday", "silences lifted yesterday"])
def test_silences_removed_on_a_day_are_those_expired_that_day(asker, question):
    where = _where(asker, question)
    assert "expired_at >= CAST('2024-03-04 00:00:00+00'" in where and "created_at" not in where


def test_which_of_the_named_values_ranks_those_values(asker):
    answer = asker.ask("which of checkout and inventory has the most alerts", NOW)
    assert answer.columns[0] == "service" and answer.rows == [("checkout", 2)]
    assert asker.ask("checkout vs inventory — which has most alerts?", NOW).rows == [("checkout", 2)]
    assert asker.ask("which of checkout and inventory had fewer alerts", NOW).rows == [("inventory", 1)]
