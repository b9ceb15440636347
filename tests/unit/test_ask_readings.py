"""More of the words people write, read against :mod:`tests.unit.test_ask`'s store: contractions without their
apostrophe, short forms of yesterday, bounds written "N or more", one of a superlative, the phase a change
went live in, a compound naming a value the store does not have, what Alertmanager held back, the version
running now, and an environment kept as the store spells it."""

from __future__ import annotations

import contextlib

import pytest

from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.ask_columns import rows_counted
from signalcraft.copilot.store import open_read_only
from tests.unit.test_ask import NOW, _store


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("readings") / "s.duckdb"
    _store(path)
    con = open_read_only(path)
    yield Asker(con)
    con.close()


def _column(answer, name: str) -> list:
    return [row[answer.columns.index(name)] for row in answer.rows]


def test_contractions_without_apostrophes_and_short_forms_of_yesterday(asker):
    werent = asker.ask("checkout alerts that werent critical", NOW)  # both of checkout's alerts are critical
    assert "severity <> 'critical'" in werent.sql and werent.rows == []
    assert werent.sql == asker.ask("checkout alerts that weren't critical", NOW).sql
    assert asker.ask("all of yday's deploys", NOW).sql == asker.ask("all of yesterday's deploys", NOW).sql


def test_bounds_written_n_or_more_and_one_of_a_superlative(asker):
    assert asker.ask("services with 2 or more alerts", NOW).rows == [("checkout", 2)]
    assert asker.ask("services with 2+ alerts", NOW).rows == [("checkout", 2)]
    assert asker.ask("services with 1 or fewer alerts", NOW).rows == [("billing-api", 1), ("inventory", 1),
                                                                       ("search", 1)]
    assert asker.ask("checkout's noisiest alert", NOW).rows == [("HighErrorRate", 1)]  # a tie: by name
    assert len(asker.ask("the noisiest alerts", NOW).rows) == 4  # the top few, of the four names
    last = asker.ask("last time checkout alerted?", NOW)
    assert _column(last, "name") == ["LatencyP99High"]


def test_live_before_a_change_noun_is_the_phase_not_an_environment(asker):
    answer = asker.ask("top 2 actors by number of live change reports", NOW)
    assert "environment" not in answer.sql and "phase = 'live'" in answer.sql
    assert answer.rows == [("ana.lopez@acme.io", 1), ("bo", 1)]


def test_a_compound_before_a_kind_of_value_is_that_value_whole(asker):
    with pytest.raises(Refused, match="data-platform"):
        asker.ask("anything firing for the data-platform project?", NOW)
    assert _column(asker.ask("high-latency alerts", NOW), "name") == ["LatencyP99High"]


def test_what_alertmanager_held_back_is_its_own_record(asker):
    for question in ("muted alerts", "which alerts did alertmanager actually hold back?",
                     "which alerts did silences actually mute"):
        assert asker.ask(question, NOW).sql.startswith("SELECT * FROM alert_mutes"), question
    assert "LENGTH(inhibited_by) > 0" in asker.ask("alerts inhibited by other alerts", NOW).sql
    firing = asker.ask("muted alerts that are still firing", NOW).sql  # the record has no end: the alerts
    assert firing.startswith("SELECT * FROM alerts") and "alert_mutes" in firing


def test_the_version_running_now_and_environments_as_the_store_spells_them(asker):
    """checkout's changes are stored with the environment 'prod': asking for prod or production narrows to it."""
    answer = asker.ask("which version is running on checkout in prod", NOW)
    assert answer.columns == ["version"] and answer.rows == [("v2.0.1",)]
    assert _column(asker.ask("deploys in production", NOW), "version") == ["v2.0.1"]


def test_values_of_one_named_metric_and_a_measure_per_value(asker):
    assert asker.ask("peak db_pool_pending value", NOW).rows == [(9.0,)]
    assert "GROUP BY labels['service']" in asker.ask("highest sigma per service among the warnings", NOW).sql
    changes = asker.ask("list the changes that ended up as an incident's suspect", NOW).sql
    assert changes.startswith("SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects")


def test_values_with_none_of_a_kind_and_rows_that_name_their_people(asker, tmp_path_factory):
    """The store knows checkout, inventory and search (acme) and billing-api (globex) from alerts and changes;
    only checkout was deployed. A workspace sees its own services alone."""
    assert asker.ask("which services had no deploys", NOW).rows == [("billing-api",), ("inventory",), ("search",)]
    assert asker.ask("services without alerts", NOW).rows == []
    path = tmp_path_factory.mktemp("none-of") / "s.duckdb"
    _store(path)
    con = open_read_only(path)
    try:
        acme = Asker(con, workspace="acme")
        assert acme.ask("which services had no deploys", NOW).rows == [("inventory",), ("search",)]
    finally:
        con.close()
    rollbacks = asker.ask("list every deploy with who did it", NOW)
    assert rollbacks.sql.startswith("SELECT * FROM change_events") and len(rollbacks.rows) == 1
    assert "GROUP BY" not in asker.ask("which deploys went out and by whom", NOW).sql
    last = asker.ask("what version of checkout went out last", NOW)
    assert last.rows == [("v2.0.1",)] and "LIMIT 1" in last.sql
    each = asker.ask("the latest change to each service", NOW)
    assert "PARTITION BY service" in each.sql


def test_business_hours_in_the_questions_zone(asker):
    """The store's alerts start at 10:00-11:40 UTC on Tuesday 2024-03-05: inside 09:00-17:00 in UTC, outside
    it in Tokyo (19:00-20:40)."""
    inside = asker.ask("alerts during business hours", NOW)
    assert "HOUR(starts_at) >= 9" in inside.sql and len(inside.rows) == 5
    assert asker.ask("alerts outside business hours", NOW).rows == []
    con = asker.con
    tokyo = Asker(con, zone="Asia/Tokyo")
    assert len(tokyo.ask("alerts after hours", NOW).rows) == 5
    assert "avg_hours" in asker.ask("average alert duration in hours", NOW).sql


def test_breakdowns_by_alert_name_and_warnings_per_metric(asker):
    per = asker.ask("sum of notifications per alert name", NOW)
    assert "GROUP BY name" in per.sql and dict(per.rows)["HighErrorRate"] == 3  # checkout's 2 and search's 1
    sigma = asker.ask("mean sigma of warnings per metric", NOW).sql
    assert "GROUP BY metric_key" in sigma and "ROUND(AVG(sigma), 1)" in sigma


def test_one_top_person_and_how_long_things_lasted(asker):
    assert asker.ask("top deployer", NOW).rows == [("ana.lopez@acme.io", 1)]
    assert len(asker.ask("top deployers", NOW).rows) == 1  # the one deployer, of up to five
    lasted = asker.ask("mean time alerts on checkout lasted", NOW)
    assert "AVG(EPOCH(ends_at) - EPOCH(starts_at))" in lasted.sql and lasted.rows == [(30.0,)]


def test_a_verb_then_most_ranks_and_how_long_on_average(asker):
    assert asker.ask("what service alerted most today", NOW).rows == [("checkout", 2)]
    assert asker.ask("how long do checkout alerts take to resolve on average", NOW).rows == [(30.0,)]


def test_silences_no_longer_active_and_alerts_acknowledged(asker):
    ended = asker.ask("silences no longer active", NOW).sql
    assert "COALESCE(expired_at, ends_at) <= " in ended and "ends_at >" not in ended  # not the active ones
    assert asker.ask("silences that ended", NOW).sql == ended
    acked = asker.ask("alerts acknowledged today", NOW).sql
    assert "audit_log WHERE action = 'ack'" in acked
    assert "'2024-03-05 11:30:00+00'" in asker.ask("alerts over the last half-hour", NOW).sql  # the last 30 minutes


def test_more_written_forms_and_shapes(asker):
    assert "INTERVAL '1' WEEK" in asker.ask("weekly alert counts", NOW).sql
    split = asker.ask("today's critical vs warning split", NOW)
    assert "FROM alerts" in split.sql and "GROUP BY severity" in split.sql
    assert asker.ask("noisiest alert in the shop project", NOW).rows == [("HighErrorRate", 2)]
    anything = asker.ask("anything change on checkout tdy? deploys, flags, whatever", NOW)
    assert "type" not in anything.sql.split("WHERE")[1] and len(anything.rows) == 2  # v2.0.1 and the flag
    assert "phase = 'failed'" in asker.ask("did any deployment fail?", NOW).sql
    each = asker.ask("most recent prod deployment per checkout service", NOW).sql
    assert "PARTITION BY service" in each


def test_suggestions_a_tool_proposed_and_what_it_held_back(asker):
    assert asker.ask("what inhibition rules does it recommend", NOW).sql.startswith(
        "SELECT * FROM silence_suggestions WHERE kind = 'inhibit_rule'")
    with pytest.raises(Refused):
        asker.ask("recommend a good pizza place near the office", NOW)
    swallowed = asker.ask("which alerts did alertmanager swallow because of a silence", NOW).sql
    assert swallowed.startswith("SELECT * FROM alert_mutes WHERE LENGTH(silenced_by) > 0")
    assert "source = 'alertmanager'" in asker.ask("alerts from alertmanager", NOW).sql


def test_how_many_of_a_ranking_and_rankings_asked_for_with_a_verb(asker):
    assert len(asker.ask("most common 2 alerts", NOW).rows) == 2
    assert "LIMIT 3" in asker.ask("three alerts that lasted longest", NOW).sql
    assert "LIMIT 3" in asker.ask("3 longest-lasting alerts", NOW).sql
    assert "GROUP BY service" in asker.ask("rank services by number of alerts", NOW).sql
    assert asker.ask("which alert started first", NOW).sql.endswith("ORDER BY starts_at LIMIT 1")
    assert "LIMIT 1" in asker.ask("warning with the highest sigma today", NOW).sql
    assert asker.ask("top 3 alerts by duration", NOW).sql == asker.ask("the 3 longest alerts", NOW).sql


def test_pushed_is_deployed_and_a_question_that_starts_with_last(asker):
    assert _column(asker.ask("who pushed checkout", NOW), "actor") == ["ana.lopez@acme.io"]
    assert "type" not in asker.ask("who pushed the most changes", NOW).sql  # every change, counted per person
    assert asker.ask("last deploy of checkout", NOW).sql.endswith("ORDER BY timestamp DESC LIMIT 1")
    assert "action = 'snooze' AND actor IN ('bo')" in asker.ask("alerts bo snoozed", NOW).sql


def test_a_number_of_things_that_had_rows(asker):
    for question in ("number of services with alerts", "count of services that alerted", "how many services alerted"):
        assert asker.ask(question, NOW).rows == [(4,)], question  # checkout, inventory, search, billing-api


def test_days_months_and_the_weekend_named_without_a_preposition(asker):
    """NOW is Tuesday 2024-03-05 12:00 UTC."""
    assert asker.ask("monday's alerts", NOW).sql == asker.ask("alerts on monday", NOW).sql
    assert asker.ask("alerts from monday", NOW).sql == asker.ask("alerts on monday", NOW).sql
    assert asker.ask("february alerts", NOW).sql == asker.ask("alerts in february", NOW).sql
    assert asker.ask("weekend alerts", NOW).sql == asker.ask("alerts over the weekend", NOW).sql
    assert asker.ask("alerts from 9am until now", NOW).sql == asker.ask("alerts since 9am", NOW).sql
    both = asker.ask("alerts from monday to tuesday", NOW).sql
    assert "'2024-03-04 00:00:00+00'" in both and "'2024-03-05 12:00:00+00'" in both
    assert "GROUP BY person" in asker.ask("deploys by engineer", NOW).sql


def test_names_that_fired_more_than_n_times_and_a_notification_count(asker):
    for question in ("alerts that fired more than once", "alerts that went off more than 1 times",
                     "alert names with more than 1 firings"):
        assert asker.ask(question, NOW).rows == [("HighErrorRate", 2)], question  # checkout's and search's
    assert asker.ask("HighErrorRate notification count", NOW).rows == [(3,)]
    assert asker.ask("alerts that fired twice", NOW).rows == [("HighErrorRate", 2)]  # exactly so many times
    assert sorted(asker.ask("alerts that fired only once", NOW).rows) == [
        ("BillingExportFailed", 1), ("DiskSpaceLow", 1), ("LatencyP99High", 1)]


def test_a_missing_annotation_and_a_verb_before_a_determiner(asker):
    without = asker.ask("alerts without a runbook_url annotation", NOW)
    assert "annotations['runbook_url'] IS NULL" in without.sql and without.rows == []  # every alert carries one
    assert len(asker.ask("alerts with a runbook_url annotation", NOW).rows) == 5
    missing = asker.ask("alerts missing the summary annotation", NOW)  # not an alert named ...Missing
    assert missing.sql == "SELECT * FROM alerts WHERE annotations['summary'] IS NULL LIMIT 1000"


def test_a_signed_measure(asker):
    assert "sigma < 0" in asker.ask("warnings with a negative sigma", NOW).sql
    assert "sigma > 0" in asker.ask("warnings with positive sigma", NOW).sql


@pytest.mark.parametrize("question", ["Could you please extend the checkout silence by another day?",
                                      "cancel the silence on checkout", "prolong that snooze", "unmute checkout"])
def test_more_verbs_that_ask_to_change_data(asker, question):
    with pytest.raises(Refused) as refused:
        asker.ask(question, NOW)
    assert refused.value.kind == "asks_to_change_data"


def test_silences_ending_in_the_next_hours_written_tersely(asker):
    sql = asker.ask("silences expiring next 24h", NOW).sql
    assert "ends_at <= CAST('2024-03-05 12:00:00+00' AS TIMESTAMPTZ) + INTERVAL '1440' MINUTE" in sql
    assert "created_at >" not in sql  # not a window of the last 24 hours


def test_a_breakdown_by_the_services_of_a_project_and_error_templates(asker):
    per = asker.ask("alerts per shop service", NOW)  # per service, of the shop project
    assert "GROUP BY service" in per.sql and "project = 'shop'" in per.sql
    assert "FROM log_pattern_counts" in asker.ask("top 2 error templates checkout yesterday", NOW).sql


def test_a_second_language_and_a_chat_command(asker):
    assert asker.ask("how much alerts was in checkout", NOW).rows == [(2,)]  # a count, not the rows
    assert asker.ask("what was the last version deployed for checkout", NOW).rows == [("v2.0.1",)]
    assert "ends_at IS NULL OR ends_at >" in asker.ask("alerts crit prod now", NOW).sql  # firing now
    week = asker.ask("top 3 noisy alerts wk", NOW).sql
    assert "starts_at > CAST('2024-02-27 12:00:00+00' AS TIMESTAMPTZ)" in week


def test_flags_turned_on_or_off_by_their_new_state(asker):
    """The store's one flag change turned new-checkout on."""
    assert len(asker.ask("flag changes that turned a flag on", NOW).rows) == 1
    assert asker.ask("flags switched off", NOW).rows == []
    assert "details['on']" not in asker.ask("who toggled flags on March 5, and how many times each", NOW).sql
    assert "details['on']" not in asker.ask("flags turned on or off", NOW).sql


def test_the_second_of_a_ranking(asker):
    """Alert names by firings: HighErrorRate 2, then BillingExportFailed, DiskSpaceLow and LatencyP99High 1 each."""
    assert asker.ask("second noisiest alert", NOW).rows == [("BillingExportFailed", 1)]
    busiest = asker.ask("the 2nd busiest hour", NOW)  # not the 2nd day of the month
    assert "OFFSET 1" in busiest.sql and "2024-03-02" not in busiest.sql


def test_requested_deploys_that_never_went_live_and_not_live_is_the_phase(asker):
    for question in ("which deploys were requested but never went live", "deploys requested but not live yet"):
        answer = asker.ask(question, NOW)
        assert "NOT EXISTS" in answer.sql and _column(answer, "version") == ["v2.0.2"], question
    not_live = asker.ask("changes that are not live", NOW)  # the phase, not "live" = production
    assert "phase <> 'live'" in not_live.sql and "production" not in not_live.sql


@pytest.mark.parametrize(("question", "names"), [
    ("alerts not from alertmanager", []),  # every alert came through Alertmanager
    ("alerts not on team payments", ["BillingExportFailed", "DiskSpaceLow", "HighErrorRate", "HighErrorRate"]),
    ("alerts except HighErrorRate", ["BillingExportFailed", "DiskSpaceLow", "LatencyP99High"]),
    ("alerts other than HighErrorRate and DiskSpaceLow", ["BillingExportFailed", "LatencyP99High"]),
    ("alerts whose mountpoint is not /data", ["BillingExportFailed", "HighErrorRate", "HighErrorRate",
                                              "LatencyP99High"]),
])
def test_a_value_excluded_of_every_kind(asker, question, names):
    """Sources, labels and alert names excluded as services are: the rows without them (had been those with)."""
    assert sorted(_column(asker.ask(question, NOW), "name")) == names


def test_a_version_or_flag_excluded(asker):
    assert "NOT COALESCE((version = 'v2.0.1'" in asker.ask("deploys not of v2.0.1", NOW).sql


def test_a_value_an_anti_join_lacks_is_not_excluded_twice(asker):
    """ "services without HighErrorRate alerts": the services lacking it (inventory, billing-api; checkout and
    search had one), not those lacking any other alert."""
    for question in ("services without HighErrorRate alerts", "which services did not have HighErrorRate alerts"):
        sql = asker.ask(question, NOW).sql
        assert "NOT service IN (SELECT service FROM alerts WHERE name = 'HighErrorRate'" in sql, question
    assert "name = 'HighErrorRate' AND NOT fingerprint IN" in asker.ask("alerts not acked HighErrorRate", NOW).sql


def test_a_review_of_the_terse_and_counted_forms(asker):
    """Each had been answered silently wrong by the first reading of these forms."""
    assert "HAVING COUNT(*) >= 3" in asker.ask("which alerts fired 3 times or more", NOW).sql  # not "= 3"
    for question in ("alerts that fired twice in an hour",  # a count within a span of its own
                     "the 2nd and 3rd noisiest alerts"):  # not one rank, not March 2
        with pytest.raises(Refused):
            asker.ask(question, NOW)
    assert "starts_at >= CAST('2024-03-04 00:00:00+00'" in asker.ask("alerts this wk", NOW).sql  # from Monday
    assert "GROUP BY week" in asker.ask("deploys per wk", NOW).sql
    for question in ("alerts with 1d duration", "alerts 2d old", "silences 7d+", "silences expiring 24h"):
        with contextlib.suppress(Refused):  # how long something lasted or will, not "in the last 1d"
            assert "2024-03-04 12:00:00" not in asker.ask(question, NOW).sql, question
    assert "2024-03-04 12:00:00" in asker.ask("rollbacks 1d", NOW).sql  # a terse window ends the question
    assert asker.ask("total number of incidents", NOW).sql.startswith("SELECT COUNT(*)")


def test_the_second_most_recent_and_a_label_key_absent(asker):
    second = asker.ask("the second most recent alert", NOW)  # not the most recent
    assert second.sql.endswith("LIMIT 1 OFFSET 1") and _column(second, "name") == ["LatencyP99High"]  # 11:30
    assert sorted(_column(asker.ask("alerts without a team label", NOW), "name")) == [
        "BillingExportFailed", "DiskSpaceLow", "HighErrorRate", "HighErrorRate"]  # LatencyP99High has one
    assert _column(asker.ask("alerts with a team label", NOW), "name") == ["LatencyP99High"]


@pytest.mark.parametrize("question", ["alerts whose name contains Latency", "alerts with name like '%Latency%'",
                                      "alerts where name ilike '%latency%'", "alerts having a name containing latency"])
def test_a_name_that_contains_a_word(asker, question):
    """ "like '%Latency%'" had been read as a percentage, "contains" as a word of an alert's name."""
    answer = asker.ask(question, NOW)
    assert "percent" not in answer.sql.lower() and set(_column(answer, "name")) == {"LatencyP99High"}


def test_min_and_max_before_a_number_are_bounds(asker):
    assert asker.ask("services with min 2 alerts", NOW).rows == [("checkout", 2)]
    assert asker.ask("services with a minimum of 2 alerts", NOW).rows == [("checkout", 2)]
    assert ("checkout", 2) not in asker.ask("services with max 1 alert", NOW).rows


def test_a_terse_span_after_mttr_and_what_lines_or_snoozes_are(asker):
    """ "mttr 7d" is the mean time of the last 7 days (the span had been dropped); "error lines" are log lines
    (had been changes); a count of lines that mention a text reads the lines (had summed every template's
    lines, the text dropped); "snoozes for 2h" are those that long (the length had been dropped)."""
    week = asker.ask("mttr 7d", NOW).sql
    assert "opened_at > CAST('2024-02-27 12:00:00+00'" in week and "AVG(" in week  # the incidents' (MTTR alone)
    assert "FROM log_events" in asker.sql("error lines per version", NOW)[0]
    searched = asker.sql("how many lines mention timeout", NOW)[0]
    assert "FROM log_events" in searched and "ILIKE '%timeout%'" in searched
    assert "duration_s = 7200" in asker.sql("snoozes for 2h", NOW)[0]
    assert "duration_s = 1800" in asker.sql("who snoozed alerts for 30 minutes", NOW)[0]


def test_how_many_is_answered_with_a_number_where_a_shape_lists_rows(asker):
    """ "how many incidents had no suspect" had listed the incidents; a count of the rows a shape lists is the
    number, and how many minutes something lasted is not a count of rows."""
    counted = asker.ask("how many incidents had no suspect", NOW)
    assert counted.sql.startswith("SELECT COUNT(*) AS n FROM (SELECT * FROM alert_groups") and len(counted.rows) == 1
    assert rows_counted("how many deploys failed?", "SELECT DISTINCT c.actor FROM c") == \
        "SELECT count(*) AS n FROM (SELECT DISTINCT c.actor FROM c) AS counted"
    for question, sql in [("deploys that failed", "SELECT * FROM c"),  # not asked how many
                          ("how many deploys", "SELECT count(*) FROM c"),  # counted already
                          ("how many notifications did the last alert send", "SELECT notifications FROM a LIMIT 1"),
                          ("how many deploys per service", "SELECT service, count(*) FROM c GROUP BY service")]:
        assert rows_counted(question, sql) == sql
    assert "count(*)" not in asker.sql("how many minutes did the checkout incident last", NOW)[0].lower()


@pytest.mark.parametrize(("short", "long"), [
    ("sil created 7d", "silences created 7d"), ("alrts checkout 24h cnt", "alerts checkout 24h count"),
    ("err logs checkout 2h", "error logs checkout 2h"), ("top3 alerts", "top 3 alerts"),
    ("last depl of checkout", "last deploy of checkout"), ("flag chgs yday", "flag changes yesterday"),
])
def test_chat_shorthand_reads_as_the_words_it_stands_for(asker, short, long):
    assert asker.sql(short, NOW)[0] == asker.sql(long, NOW)[0]
