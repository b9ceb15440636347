"""Questions typed in a hurry ("n" for "and", "more then", "which of our services", "avg mins", "as the silences were
really in place"), when a set of things began and ended asked together ("when did checkout alerts start and stop"),
a silence's length in a list, how long warnings lasted, and the longest or shortest time to resolve (each had been
read wrong without a word: per-person counts, every change, the silences in place now, only the first start, the
total, the filter dropped, the average).

The store is :mod:`tests.unit.test_ask`'s (Tuesday 2024-03-05, now 12:00: checkout's HighErrorRate 10:00–10:30 and
LatencyP99High from 11:30, still firing; inventory's DiskSpaceLow from 11:00; checkout's v2.0.1 deploy at 09:50 and
bo's flag change at 11:25)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_start_end import split_start_end
from signalcraft.copilot.ask_typed import typed
from tests.unit.test_ask import NOW, asker, store  # noqa: F401  (the module's fixtures)


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(2024, 3, 5, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(("said", "meant"), [
    ("which flags got flipped today n by who", "which flags got flipped today and by who"),
    ("alerts that lasted more then 20 min", "alerts that lasted more than 20 min"),
    ("which of our services didn't get any deploys today", "which services didn't get any deploys today"),
    ("which of the search services had the most alerts", "which search service had the most alerts"),
    ("avg mins to resolve checkout alerts", "avg minutes to resolve checkout alerts"),
    ("top n alerts", "top n alerts"),  # a number to come, not "and"
])
def test_typed_forms(said, meant):
    assert typed(said) == meant


@pytest.mark.parametrize(("said", "meant"), [
    ("which flags got flipped today n by who", "which flags got flipped today and by whom"),
    ("alerts that lasted more then 20 min", "alerts that lasted more than 20 min"),
    ("which of our services didn't get any deploys today", "which services didn't get any deploys today"),
    ("which of the services had the most alerts", "which service had the most alerts"),
    ("avg mins to resolve checkout alerts", "average minutes to resolve checkout alerts"),
])
def test_typed_in_a_hurry_reads_as_said_in_full(asker, said, meant):  # noqa: F811
    answer = asker.ask(said, NOW)
    assert answer.rows == asker.ask(meant, NOW).rows and answer.rows


def test_n_by_who_lists_the_changes_not_counts_per_person(asker):  # noqa: F811
    answer = asker.ask("which flags got flipped today n by who", NOW)
    assert "actor" in answer.columns and len(answer.columns) > 2 and [r[answer.columns.index("actor")]
                                                                      for r in answer.rows] == ["bo"]


@pytest.mark.parametrize(("question", "expected"), [
    ("when did checkout alerts start and stop today", (_at(10), None)),  # LatencyP99High has not ended
    ("when did checkout alerts start n stop today", (_at(10), None)),
    ("when did the HighErrorRate alerts on checkout start and end", (_at(10), _at(10, 30))),
    ("when did the HighErrorRate alerts on checkout start and when did they end", (_at(10), _at(10, 30))),
    ("earliest start and latest end of the HighErrorRate alerts on checkout", (_at(10), _at(10, 30))),
])
def test_when_things_started_and_ended(asker, question, expected):  # noqa: F811
    answer = asker.ask(question, NOW)
    assert answer.columns == ["first_start", "last_end"] and answer.rows == [expected]


def test_start_and_end_asked_of_other_things_is_not_this_shape():
    assert split_start_end("when did the deploy start") is None
    assert split_start_end("when did checkout alerts start") is None


def test_how_long_warnings_lasted_is_read(asker):  # noqa: F811
    assert "> 600" in asker.ask("warnings that lasted more than 10 min", NOW).sql


@pytest.mark.parametrize(("question", "function"), [
    ("max time to resolve checkout alerts", "MAX("), ("minimum time to resolve alerts", "MIN("),
    ("average time to resolve alerts", "AVG("), ("mttr for alerts", "AVG(")])
def test_the_longest_or_shortest_time_to_resolve(asker, question, function):  # noqa: F811
    assert function in asker.ask(question, NOW).sql


@pytest.mark.parametrize(("question", "columns", "length"), [
    ("silences created today, with who made it and its scheduled length in minutes", ["created_by", "minutes"],
     "EPOCH(ends_at) - EPOCH(starts_at)"),
    ("silences created today: author, comment and how many minutes they were really in place",
     ["created_by", "comment", "minutes"], "LEAST(ends_at, COALESCE(expired_at, ends_at))"),
])
def test_a_silences_length_in_a_list(asker, question, columns, length):  # noqa: F811
    answer = asker.ask(question, NOW)
    assert answer.columns == columns and length in answer.sql and "SUM(" not in answer.sql


def test_really_in_place_is_how_long_not_in_place_now(asker):  # noqa: F811
    sql = asker.ask("Total silenced minutes per author, as the silences were really in place", NOW).sql
    assert "LEAST(ends_at, COALESCE(expired_at, ends_at))" in sql and "2024-03-05 12:00" not in sql


@pytest.mark.parametrize("question", ["which shop services had no deploys today",
                                      "which services in shop had no deploys today",
                                      "which of my shop services had no deploys today?"])
def test_services_of_a_project_without_deploys(asker, question):  # noqa: F811
    answer = asker.ask(question, NOW)
    assert answer.columns == ["service"] and "FROM alerts WHERE project = 'shop' UNION" in answer.sql
    assert "checkout" not in {row[0] for row in answer.rows} and answer.rows  # checkout deployed at 09:50


def test_when_the_trouble_actually_started(asker):  # noqa: F811
    answer = asker.ask("what time did the checkout trouble actually start today, like the very first alert", NOW)
    assert answer.rows == [(_at(10),)]


def test_which_humans_is_people_without_the_bots():
    assert typed("which two humans made the most changes while an incident was open?") == (
        "which two people made the most changes while an incident was open, humans only?")


@pytest.mark.parametrize("question", ["when did checkout alerts start and when did the incident end",
                                      "when did the 2 longest alerts start and end"])
def test_start_and_end_of_other_things_or_ranked_rows_is_not_one_span(asker, question):  # noqa: F811
    try:
        answer = asker.ask(question, NOW)
    except Refused:  # (refused: fine)
        return
    assert answer.columns != ["first_start", "last_end"]


def test_services_without_deploys_in_an_environment_are_those_seen_there(asker):  # noqa: F811
    answer = asker.ask("which staging services had no deploys today", NOW)
    assert answer.rows == [("search",)] and "environment_canonical IN ('staging')" in answer.sql


def test_other_services_without_deploys_is_refused(asker):  # noqa: F811
    with pytest.raises(Refused, match="absence"):  # "other" than which is not said: not the services-without shape,
        asker.ask("which other services had no deploys today", NOW)  # and the deploys had been listed


def test_named_bots_left_out_in_parentheses_do_not_negate_the_environment(asker):  # noqa: F811
    sql = asker.ask("Changes made by humans (not argocd, not the deployment controller) in production today.", NOW).sql
    assert "environment IN ('prod')" in sql and "NOT COALESCE(environment" not in sql
    assert typed("changes people (not automation) made today") == "changes people excluding automation made today"


@pytest.mark.parametrize(("said", "meant"), [
    ("Which service was rolled back most times, all time?", "which service had the most rollbacks"),
    ("which service was deployed the most times", "which service had the most deploys"),
    ("whos the one that deployed checkout", "who deployed checkout"),
    ("alerts between 8pm on Monday and 6am on Tuesday", "alerts between monday 8pm and tuesday 6am"),
    ("What was deployed last week, Monday to Sunday?", "What was deployed last week?"),
])
def test_more_typed_forms(asker, said, meant):  # noqa: F811
    assert asker.ask(said, NOW).sql == asker.ask(meant, NOW).sql


@pytest.mark.parametrize(("said", "meant"), [
    ("wen did the last checkout alert start", "when did the last checkout alert start"),
    ("How many silences were created by each person, on the whole period?", "How many silences were created by each "
                                                                            "person?"),
    ("how long is a silence set for on avg, in minutes", "average scheduled silence length in minutes"),
    ("Which silence author has the longest total scheduled silence time, in hours?",
     "total scheduled silence hours per author, top 1"),
    ("How many alerts did Alertmanager hold back under each checkout silence?",
     "For each silence on checkout, how many alerts did Alertmanager hold back under it?"),
])
def test_typed_forms_of_the_seventies(asker, said, meant):  # noqa: F811
    assert asker.ask(said, NOW).sql == asker.ask(meant, NOW).sql


def test_the_week_of_a_day_said_first(asker):  # noqa: F811
    sql = asker.ask("Who deployed during the week of 4 March, and when? Person and time only.", NOW).sql
    assert "'2024-03-04 00:00:00+00'" in sql and "'2024-03-05 00:00:00+00'" not in sql  # the week, not the day


def test_a_warning_kind_in_a_list_and_warnings_listed_beside_their_incidents(asker):  # noqa: F811
    assert asker.ask("For each early warning: how many alerts of same service started in 15 minutes after it? "
                     "warning kind, start, count", NOW).columns == ["alertname", "starts_at", "alerts"]
    answer = asker.ask("Which incidents had an early warning before them? Give the service, the alert name, the "
                       "warning's summary and how many minutes it came before.", NOW)
    assert answer.columns[2:] == ["summary", "lead_min"] and "FROM incident_warnings" in answer.sql


@pytest.mark.parametrize("question", ["which service was deployed most recently",
                                      "which person has the most total snoozes"])
def test_a_ranking_rule_does_not_take_most_recent_or_a_plural(asker, question):  # noqa: F811
    said = typed(question)
    assert said == question  # neither "had the most deploys" nor "total snooze minutes"


def test_a_night_and_a_range_of_weekdays(asker):  # noqa: F811
    assert typed("alerts from 9am on monday to 5pm on friday") == "alerts from 9am on monday to 5pm on friday"
    assert typed("alerts between 8pm on tuesday and 6am on wednesday of last week").startswith("alerts between 8pm")
    sql = asker.ask("alerts in the night of 4 March between 12 and 6", NOW).sql
    assert "'2024-03-05 00:00:00+00'" in sql and "'2024-03-05 06:00:00+00'" in sql


def test_for_each_kind_of_silence_is_not_a_service(asker):  # noqa: F811
    assert "silence on" not in typed("for each recent silence, how many alerts did alertmanager hold back")
    assert "silence on" not in typed("for each 2h silence, how many alerts did alertmanager hold back")


def test_a_second_clause_after_never_is_refused(asker):  # noqa: F811
    for question in ("how many services never deployed but had incidents",
                     "how many services that never had a rollback had incidents"):
        with pytest.raises(Refused):
            asker.ask(question, NOW)


@pytest.mark.parametrize(("said", "meant"), [
    ("wen did da latest alert start", "when did the latest alert start"),
    ("What changed in t' hour afore t' first HighErrorRate alert today?",
     "What changed in the hour before the first HighErrorRate alert today?"),
])
def test_words_written_as_they_are_said(asker, said, meant):  # noqa: F811
    assert asker.ask(said, NOW).sql == asker.ask(meant, NOW).sql


def test_a_superlative_row_with_its_list(asker):  # noqa: F811
    answer = asker.ask("What's the longest alert we've ever had? Which service, and how many minutes did it last?", NOW)
    assert answer.columns == ["service", "minutes"] and answer.rows == [("checkout", 30.0)]


def test_each_weekly_thing_is_no_count_per_week(asker):  # noqa: F811
    with pytest.raises(Refused):  # a kind of silence, not a week bucket (had been counts per week: silent)
        asker.ask("For each weekly reindex silence, how many alerts did Alertmanager hold back under it?", NOW)
    assert "INTERVAL '1' WEEK" in asker.ask("weekly alert counts", NOW).sql
