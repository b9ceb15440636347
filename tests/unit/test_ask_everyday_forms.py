"""Everyday forms the reading had taken wrongly or refused: what a silence *matches*, a warning's metric named by its
name or its words, a bound on a suspect's score or a log pattern's errors, clocks of every weekday or weekend day,
"since last week", "a week ago today" and "the most silenced alert" (one).

The store: alerts on checkout at every kind of hour of the last two weeks (T0 is Tuesday 5 March 2024, 10:00 UTC;
now is Wednesday 6 March, 10:00), two silences, two warnings on two metrics, two log patterns and two incidents
blamed on the same deploy with scores 0.9 and 0.5."""

from __future__ import annotations

import duckdb
import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.models.ids import make_id
from signalcraft.models.inputs import MetricPoint
from tests.support import alert, asking, at, audit, change

NOW = at(24 * 60)  # Wednesday 6 March 2024, 10:00 UTC
DAY = 24 * 60


def _matcher(name: str, value: str) -> dict:
    return {"name": name, "value": value, "is_equal": True, "is_regex": False}


def _point(name: str, minutes: float) -> MetricPoint:
    return MetricPoint(id=f"p-{name}-{minutes}", workspace_id="acme", metric_key=f"{name}{{service=\"checkout\"}}",
                       name=name, labels={"service": "checkout"}, value=1.0, timestamp=at(minutes), source="test")


def _extras(path) -> None:
    """Warnings, log patterns and incidents, written as the flow's sinks lay them out."""
    con = duckdb.connect(str(path))
    try:
        for wid, metric, minute in (("w-pool", "db_pool_pending", -30), ("w-cpu", "container_cpu_usage", -20)):
            con.execute("INSERT INTO warnings VALUES (?, 'acme', MAP {'alertname': 'MetricAnomaly', 'service': "
                        "'checkout', 'project': 'shop', 'environment': 'prod', 'metric': ?}, MAP {}, ?, NULL, '', ?, "
                        "2.0, 1.0, [0.5, 1.5], 4.0, 'detector', 'firing', 1)",
                        [wid, metric, at(minute), f'metric:acme/{metric}{{service="checkout"}}'])
        for mid, name, minute in (("m1", "DiskLow", -60), ("m2", "DiskLow", -40), ("m3", "Latency", -20)):
            con.execute("INSERT INTO alert_mutes VALUES (?, 'acme', ?, ?, MAP {'alertname': ?}, ?, ?, ['sil-old'], [], "
                        "'alertmanager')", [mid, f"fp-{mid}", name, name, at(minute), at(minute)])
        for tid, template, errors in (("tpl-pool", "pool exhausted <*>", 20), ("tpl-slow", "slow query <*>", 3)):
            con.execute("INSERT INTO log_templates VALUES (?, 'acme', 'checkout', ?, ?, ?, ?, ?, 'x', true, NULL, 1)",
                        [tid, template, at(-60), at(-10), errors + 5, errors])
        deploy = con.execute("SELECT id FROM change_events WHERE version = 'v7'").fetchone()[0]
        for gid, name, minute, score in (("group-hot", "HighErrorRate", 40, 0.9), ("group-cold", "Latency", 50, 0.5)):
            con.execute("INSERT INTO alert_groups VALUES (?, 'acme', ?, MAP {'alertname': ?, 'service': 'checkout'}, "
                        "'shop', 'prod', 'checkout', 'created', ?, ?, NULL, ['f'], 1, 'critical', 1)",
                        [gid, f'{{alertname="{name}"}}', name, at(minute), at(minute)])
            con.execute("INSERT INTO correlations VALUES (?, 'acme', ?, ?, 1, ?, 600, ['same service'], true, 1, ?, ?, "
                        "false)", [f"corr-{gid}", gid, deploy, score, at(minute), at(minute)])
    finally:
        con.close()


def _records(path) -> None:
    from signalcraft.sinks.duckdb_writer import DuckDBWriter

    with DuckDBWriter(path) as writer:
        writer.add([
            alert("Weekday", "checkout", "firing", 30),  # Tuesday 5 March 10:30
            alert("WeekdayNight", "checkout", "firing", -660),  # Monday 4 March 23:00
            alert("WeekendDay", "checkout", "firing", -3 * DAY + 60),  # Saturday 2 March 11:00
            alert("WeekendNight", "checkout", "firing", -2 * DAY + 780),  # Sunday 3 March 23:00
            alert("WeekAgo", "checkout", "firing", -6 * DAY + 120),  # Wednesday 28 February 12:00
            alert("MidFebruary", "checkout", "firing", -14 * DAY),  # Tuesday 20 February 10:00
            alert("January", "checkout", "firing", -35 * DAY),  # Tuesday 30 January 10:00
            alert("KubePodNotReady", "indexer", "firing", -35 * DAY - 60, severity="warning"),  # 30 January 09:00
            change("d7", "deployment", "argocd", 20, actor="ana", phase="live", version="v7", summary="deploy v7"),
            change("d0", "deployment", "argocd", -2 * DAY, actor="bo", phase="live", summary="deploy, no version"),
            change("rb7", "rollback", "argocd", 50, actor="ana", phase="live", version="v6", summary="roll back v7"),
            change("dw", "deployment", "argocd", -300, actor="bo", phase="live", version="w1", service="checkout-web",
                   summary="deploy checkout-web w1"),
            change("cfg", "config_update", "config-service", -100, actor="cy", phase="live", summary="pool size",
                   details={"key": "pool.size", "old": "10", "new": "20"}),
            change("fl", "flag_change", "launchdarkly", -200, actor="bo", phase="live", summary="turned on fast-pay",
                   details={"flag_key": "fast-pay"}),
            audit("s-old", "silence", -3000, source="alertmanager-silence", actor="cy", target="sil-old",
                  starts_at=at(-3000), ends_at=at(DAY + 300), state="active", comment="someone forgot to remove this",
                  matchers=(_matcher("alertname", "DiskLow"),)),  # runs out at 15:00 today
            audit("s-node", "silence", -90, source="alertmanager-silence", actor="ana", target="sil-node",
                  starts_at=at(-90), ends_at=at(-30), state="expired", comment="node drain",
                  matchers=(_matcher("alertname", "KubePodNotReady"),)),
            audit("s-idx", "silence", -80, source="alertmanager-silence", actor="bo", target="sil-idx",
                  starts_at=at(-80), ends_at=at(-20), state="expired", comment="reindex window",
                  matchers=(_matcher("service", "indexer"),)),
            _point("db_pool_pending", -30), _point("container_cpu_usage", -20),
            audit("ack-1", "ack", 35, actor="bo", target="fp-weekday"),
        ])
        writer.flush()


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asking(tmp_path_factory.mktemp("everyday") / "e.duckdb", base=(_records, _extras))


def _names(answer) -> list[str]:
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


def _silences(answer) -> list[str]:
    return sorted(row[answer.columns.index("silence_id")] for row in answer.rows)


def test_what_a_silence_matches_is_its_matchers(asker):
    """ "matching X" of silences had searched their comments for X as well (none say "KubePodNotReady"), and
    "matching service indexer" for the word "service"."""
    for question in ("silences matching alertname KubePodNotReady", "silences matching the alertname KubePodNotReady",
                     "silences that match KubePodNotReady"):
        assert _silences(asker.ask(question, NOW)) == ["sil-node"], question
    answer = asker.ask("silences matching service indexer", NOW)
    assert _silences(answer) == ["sil-idx"] and "ILIKE" not in answer.sql, answer.sql
    assert _names(asker.ask("alerts matching severity critical", NOW)) == sorted(
        ["Weekday", "WeekdayNight", "WeekendDay", "WeekendNight", "WeekAgo", "MidFebruary", "January"])


def test_a_word_that_names_nothing_is_still_searched_for(asker):
    assert _silences(asker.ask("silences matching drain", NOW)) == ["sil-node"]


def test_warnings_of_a_metric_named(asker):
    """ "warnings for db_pool_pending" had been every warning; the metric's words alone name it when they name one."""
    for question in ("warnings for db_pool_pending", "warnings on the db_pool_pending metric",
                     "warnings on pool pending"):
        answer = asker.ask(question, NOW)
        assert [row[0] for row in answer.rows] == ["w-pool"], (question, answer.sql)
    assert asker.ask("how many warnings did container_cpu_usage raise", NOW).rows == [(1,)]


def test_bounds_on_a_suspects_score_and_a_patterns_errors(asker):
    """ "scoring above 0.8" and "more than 10 errors" of log patterns had been refused (the bound was not read)."""
    for question in ("incidents with a suspect scoring above 0.8", "incidents whose suspect scored more than 0.7"):
        answer = asker.ask(question, NOW)
        assert [row[answer.columns.index("group_id")] for row in answer.rows] == ["group-hot"], question
    answer = asker.ask("log patterns with more than 10 errors", NOW)
    assert [row[answer.columns.index("id")] for row in answer.rows] == ["tpl-pool"], answer.sql


@pytest.mark.parametrize(("question", "names"), [
    ("alerts between 9am and 5pm on weekends", ["WeekendDay"]),  # had been yesterday's 09:00 to 17:00
    ("alerts from 9 to 5 on weekdays", ["January", "KubePodNotReady", "MidFebruary", "Weekday", "WeekAgo"]),
    ("alerts at night on weekdays", ["WeekdayNight"]),  # the weekdays had been left out
    ("alerts at night on weekends", ["WeekendNight"]),
    ("alerts on weekdays last week", ["WeekAgo"]),  # "weekdays" had been refused
])
def test_clocks_of_every_weekday_or_weekend_day(asker, question, names):
    answer = asker.ask(question, NOW)
    assert _names(answer) == sorted(names), answer.sql


def test_since_last_week_runs_up_to_now(asker):
    """ "since last week" had been last week alone; "since the beginning of last week" had lost "the beginning of"."""
    for question in ("alerts since last week", "alerts since the beginning of last week",
                     "alerts since the start of last week"):
        assert _names(asker.ask(question, NOW)) == ["WeekAgo", "Weekday", "WeekdayNight", "WeekendDay",
                                                    "WeekendNight"], question
    assert "January" not in _names(asker.ask("alerts since last month", NOW))
    assert "MidFebruary" in _names(asker.ask("alerts since last month", NOW))  # had been February alone: also March's
    assert "Weekday" in _names(asker.ask("alerts since last month", NOW))


def test_a_week_ago_today_is_that_day(asker):
    for question in ("alerts a week ago today", "alerts the same day last week"):  # had been today's
        assert _names(asker.ask(question, NOW)) == ["WeekAgo"], question


def test_the_most_of_something_done_said_of_one_is_one(asker):
    """ "most silenced alert" had listed the top five names; "most silenced alerts" still does."""
    assert asker.ask("most silenced alert", NOW).rows == [("DiskLow", 2)]
    assert len(asker.ask("most silenced alerts", NOW).rows) == 2
    assert len(asker.ask("most deployed service", NOW).rows) == 1
    with pytest.raises(Refused):
        asker.ask("silences created but never expired", NOW)  # a negation the reading does not hold: refused


def test_in_the_last_week_or_month_runs_up_to_now(asker):
    """ "in the last week" had been last calendar week (Monday to Monday), unlike "in the past week"; "last week"
    alone stays the calendar week."""
    assert _names(asker.ask("alerts in the last week", NOW)) == _names(asker.ask("alerts in the past week", NOW)) == [
        "WeekAgo", "Weekday", "WeekdayNight", "WeekendDay", "WeekendNight"]
    assert _names(asker.ask("alerts last week", NOW)) == ["WeekAgo", "WeekendDay", "WeekendNight"]
    assert "January" not in _names(asker.ask("alerts over the last month", NOW))
    assert "Weekday" in _names(asker.ask("alerts over the last month", NOW))  # had been February alone


def test_a_column_said_missing(asker):
    """ "deploys without a version" had listed the version of the latest deploy, "which deploys had no version" every
    deploy; a related kind said missing stays the relation's ("deploys with no alerts in the hour after")."""
    for question in ("deploys without a version", "which deploys had no version", "deploys with no version"):
        answer = asker.ask(question, NOW)
        assert [row[answer.columns.index("summary")] for row in answer.rows] == ["deploy, no version"], question
    answer = asker.ask("deploys with no alerts in the hour after", NOW)
    assert "NOT EXISTS" in answer.sql and "version" not in answer.sql, answer.sql


def test_started_before_this_week(asker):
    answer = asker.ask("alerts that started before this week", NOW)  # had been this week's
    assert _names(answer) == ["January", "KubePodNotReady", "MidFebruary", "WeekAgo", "WeekendDay", "WeekendNight"]
    answer = asker.ask("incidents with no change on that service in the hour before, last week", NOW)
    assert "INTERVAL '60' MINUTE" in answer.sql and "2024-02-26" in answer.sql, answer.sql  # the hour before: not a
    # bound before last week


def test_silences_said_in_passing(asker):
    """ "mentions that someone forgot" searched for "that"; "set to run out later today" had been refused ("set …
    out" read as setting something aside); "scheduled to run the longest" refused."""
    assert _silences(asker.ask("silences whose comment mentions that someone forgot", NOW)) == ["sil-old"]
    assert _silences(asker.ask("Which mutes are set to run out later today?", NOW)) == ["sil-old"]
    answer = asker.ask("Which silence was scheduled to run the longest?", NOW)
    assert _silences(answer) == ["sil-old"], answer.sql


def test_the_latest_as_of_this_morning_is_up_to_now(asker):
    answer = asker.ask("the 2 most recent alerts as of this morning", NOW)  # had been those of this morning (none)
    assert _names(answer) == ["Weekday", "WeekdayNight"], answer.sql


def test_everyday_words_for_kinds_and_ends(asker):
    assert [r[0] for r in asker.ask("feature-toggle changes", NOW).rows] == [
        r[0] for r in asker.ask("flag changes", NOW).rows]  # had been refused
    answer = asker.ask("deploys followed within the hour by somebody rolling that same service back", NOW)
    assert [row[answer.columns.index("version")] for row in answer.rows] == ["v7"], answer.sql
    assert asker.ask("how long do alerts take to clear on average", NOW).sql == asker.ask(
        "how long do alerts take to resolve on average", NOW).sql
    answer = asker.ask("which 2 calendar days had the most alerts", NOW)  # had been two alert names
    assert answer.columns[0] == "day" and len(answer.rows) == 2, answer.sql


def test_a_week_restated_and_clocks_said_roughly(asker):
    assert _names(asker.ask("alerts in the week of 26 February 2024 (Monday to Sunday, UTC)", NOW)) == [
        "WeekAgo", "WeekendDay", "WeekendNight"]
    assert _names(asker.ask("alerts since the start of this week (Monday, UTC)", NOW)) == ["Weekday", "WeekdayNight"]
    assert _names(asker.ask("alerts between like 10pm and 6am on monday", NOW)) == ["WeekdayNight"]


def test_the_longest_list_of_columns_is_the_one_asked(asker):
    answer = asker.ask("config changes with the old value, the new value, who made it and when", NOW)
    assert answer.rows == [("10", "20", "cy", at(-100))], answer.sql  # had been who and when alone
    answer = asker.ask("Please list the flag changes, with the flag key, who changed it and when.", NOW)
    assert answer.rows == [("fast-pay", "bo", at(-200))], answer.sql


def test_a_website_and_a_sentence_about_the_asker(asker):
    answer = asker.ask("which versions of the checkout website went out? each one once pls", NOW)
    assert answer.rows == [("w1",)], answer.sql
    answer = asker.ask("I come from the finance department and I am not used to your naming yet. Please give me "
                       "every alarm record from 4 March 2024.", NOW)  # had been refused for its first sentence
    assert _names(answer) == ["WeekdayNight"], answer.sql


def test_the_head_noun_of_a_service_said_by_its_part(asker):
    """ "the checkout service go live", "… start": the verb after "the X service" had been taken for a service name."""
    answer = asker.ask("when did the latest deploy of the checkout service go live", NOW)
    assert [row[answer.columns.index("version")] for row in answer.rows] == ["v7"], answer.sql
    with pytest.raises(Refused, match="no service called 'foo'"):
        asker.ask("alerts on the checkout service foo", NOW)  # a word that is no verb is still refused


def test_ranked_by_how_long_they_take_to_resolve(asker):
    answer = asker.ask("Which service takes the longest, on average, for its alerts to clear up?", NOW)
    assert answer.columns[0] == "service" and "AVG" in answer.sql.upper(), answer.sql  # had listed alerts


def test_per_month_of_creation_and_where_the_answer_comes_from(asker):
    answer = asker.ask("silences per calendar month of creation", NOW)  # had been refused: 'creation'
    assert answer.columns == ["month", "silences"] and sum(row[1] for row in answer.rows) == 3, answer.sql
    answer = asker.ask("which silences expired, according to Alertmanager's own records?", NOW)
    assert "alertmanager" not in answer.sql.lower(), answer.sql  # where the answer comes from, not a filter


def test_a_range_asked_and_a_numbered_heading(asker):
    for question in ("What range do the warning sigmas span: the lowest and the highest value?",
                     "Obs. 11 — what range do warning sigmas span?"):
        answer = asker.ask(question, NOW)
        assert answer.rows == [(4.0, 4.0)], (question, answer.sql)  # had been the warning of the highest sigma


def test_a_question_of_policy_is_refused(asker):
    for question in ("Under SOX 404, do feature-flag toggles count as changes that need CAB approval?",
                     "do flag toggles count as changes"):
        with pytest.raises(Refused):
            asker.ask(question, NOW)  # had counted the flag changes
    assert asker.ask("how many alerts count as critical", NOW).rows == [(7,)]


def test_pushed_and_showed_up(asker):
    """ "someone pushed a new version of the same service" had been every alert (no relation read)."""
    for question in ("alerts that showed up shortly after someone pushed a new version of the same service",
                     "alerts that started right after someone pushed to the same service"):
        answer = asker.ask(question, NOW)
        assert _names(answer) == ["Weekday"], (question, answer.sql)
    answer = asker.ask("which deploys got blamed for breaking things", NOW)  # had been refused: 'breaking'
    assert [row[answer.columns.index("version")] for row in answer.rows] == ["v7"], answer.sql


def test_guards_found_by_review(asker):
    """Forms the rules above must leave alone (each was a regression or a false trigger while they were written)."""
    for question in ("alerts not matching KubePodNotReady", "suspects scoring above .8",
                     "deploys on weekdays vs weekends"):
        with pytest.raises(Refused):
            asker.ask(question, NOW)  # had been the matching rows, a score above 8, the weekday deploys alone
    answer = asker.ask("silences matching reindex", NOW)  # a word no silence's matcher carries: their comments
    assert _silences(answer) == ["sil-idx"] and "ILIKE" in answer.sql, answer.sql
    answer = asker.ask("how many alerts in the last week compared to the week before", NOW)
    assert "2024-02-26" in answer.sql and "2024-02-19" in answer.sql, answer.sql  # two calendar weeks side by side
    answer = asker.ask("deploys before last week's incident", NOW)
    assert "< CAST('2024-02-26" not in answer.sql, answer.sql  # the incident's week, not a bound on the deploys
    answer = asker.ask("I'm new to the team and I need critical alerts. List them for 4 March 2024.", NOW)
    assert _names(answer) == ["WeekdayNight"], answer.sql  # the first sentence asks: kept
    assert _names(asker.ask("alerts overnight on weekdays", NOW)) == ["WeekdayNight"]  # every weekday night


def test_a_measure_said_after_the_question(asker):
    """ "Roughly how long …? I mean the average …" had been refused ('roughly how long'); "software installations"
    had been refused; "which hour" after "an hour of the day" had been one clock hour of one day."""
    answer = asker.ask("Roughly how long does it take us to sort out an incident on checkout? I mean the average from "
                       "when it opens to when it's closed, in minutes.", NOW)
    assert "AVG" in answer.sql.upper() and "alert_groups" in answer.sql, answer.sql
    answer = asker.ask("how many software installations went live per environment?", NOW)
    assert answer.rows == [("prod", 3)], answer.sql
    answer = asker.ask("Is there an hour of the day when things tend to break? Which hour has seen the most alerts?",
                       NOW)
    assert answer.columns[0] == "hour_of_day", answer.sql


def test_the_audit_log_said_in_other_words(asker):
    answer = asker.ask("From the log of people acting on alarms, please give me the acknowledgement records made by "
                       "bo.", NOW)  # had been refused: no person to narrow by
    assert [row[answer.columns.index("id")] for row in answer.rows] == [make_id("audit", "ack-1")], answer.sql


def test_guards_found_by_the_second_review(asker):
    """Forms the later rules must leave alone (each was a regression or a false trigger while they were written)."""
    answer = asker.ask("alerts matching shop", NOW)  # a label value (namespace) of alerts: their label, not a text
    assert "ILIKE" not in answer.sql and len(answer.rows) == 8, answer.sql
    answer = asker.ask("alerts not matching indexer", NOW)  # a service set aside (had been refused for a while)
    assert "NOT COALESCE(service = 'indexer'" in answer.sql, answer.sql
    answer = asker.ask("open incidents as of this morning", NOW)  # open now, not opened this morning
    assert sorted(row[0] for row in answer.rows) == ["group-cold", "group-hot"], answer.sql
    answer = asker.ask("changes according to launchdarkly's records", NOW)  # a source said is a filter
    assert [row[answer.columns.index("id")] for row in answer.rows] == [make_id("change", "fl")], answer.sql
    with pytest.raises(Refused):
        asker.ask("what range do the suspect scores span", NOW)  # not read as rows
    answer = asker.ask("alerts in the last week against checkout", NOW)  # no period compared: the 7 days
    assert "2024-02-28 10:00" in answer.sql, answer.sql
    assert asker.ask("do any alerts count as critical", NOW).rows == [(7,)]  # about the data, not a policy
    with pytest.raises(Refused):
        asker.ask("how long do alerts stay open? I mean the average, for cart", NOW)  # 'for cart' is not dropped
    assert "2024-01-01" in asker.ask("Q1-2024 alerts", NOW).sql  # a quarter, not a numbered heading
    answer = asker.ask("alerts that were pushed to alertmanager", NOW)  # the alerts' source, not a deploy
    assert "change_events" not in answer.sql, answer.sql
    with pytest.raises(Refused):
        asker.ask("when did the checkout service start up", NOW)  # not its alerts
