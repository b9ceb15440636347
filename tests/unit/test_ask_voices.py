"""Questions in the ways people write them that had been read wrong: words spelled as said (Scots "whit", "oan",
"maist"; London "'ow", "wot"; Caribbean "de", "dey"), a word to the listener at the end ("b'y", "ah"), "had most" and
"with more" for the most (a ranking of two had been of one), "since always", the bots named in brackets after "not
counting the robots" (their names had been read as the changes' actor and source), "the day 5" for the 5th, a narrowing
after the question ("? only the critical ones" had been dropped), how incidents were fixed with the columns listed
after it, a pair list ending in "only", and "when X, which … at that moment".

The store is :mod:`tests.unit.test_ask_incidents`' (Tuesday 2024-03-05, now 12:00; checkout's v2.0.1 deploy at 09:50,
its HighErrorRate incident at 10:00 resolved by a rollback, BillingExportFailed on billing-api at 10:50, DiskSpaceLow
on inventory at 11:00, LatencyP99High on checkout at 11:30, search's HighErrorRate in staging at 11:40)."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_pair_list import pair_columns
from signalcraft.copilot.ask_typed import typed
from tests.unit.test_ask import NOW


@pytest.fixture(scope="module")
def asker(incidents_asker):
    return incidents_asker


@pytest.mark.parametrize("said, meant", [
    ("Whit alerts wir firin' oan checkout?", "what alerts were firing on checkout?"),
    ("'ow many alerts went off today?", "how many alerts went off today?"),
    ("wot time did de last alert start?", "what time did the last alert start?"),
    ("Which three services hud the maist alerts? Gie us the lot.", "Which three services had the most alerts? give us "
                                                                   "the lot."),
    ("Changes in production last week. Who and when, b'y?", "Changes in production last week. Who and when?"),
    ("which alerts still firing at that moment ah?", "which alerts still firing at that moment?"),
    ("alerts on checkout the day 5", "alerts on checkout on the 5th"),
    ("alerts the day 21", "alerts on the 21st"),
])
def test_words_as_said_are_read_as_written(said, meant):
    assert typed(said) == meant


@pytest.mark.parametrize("said", ["which services had more alerts than search", "which had more alerts, staging or "
                                  "production", "alerts on the de-DE locale", "the o'clock job", "alerts the day 3 of "
                                  "March"])
def test_what_is_not_a_spoken_form_is_left_as_said(said):
    assert typed(said) == said


def test_had_most_ranks_as_many_as_asked(asker):
    answer = asker.ask("Which 2 hours had most alerts today? hour and count", NOW)
    assert [(hour.hour, n) for hour, n in answer.rows] == [(11, 3), (10, 2)]


def test_with_more_since_always_is_the_most_of_all_time(asker):
    assert asker.ask("which are the 2 services with more alerts, since always?", NOW).rows == \
        asker.ask("which 2 services had the most alerts", NOW).rows


def test_the_robots_named_in_brackets_are_left_out_not_read_as_values(asker):
    answer = asker.ask("Who did more changes today, not counting the robots (argo, deployment-controller)? Only one.",
                       NOW)
    assert answer.rows == [("ana.lopez@acme.io", 2)] and "source" not in answer.sql


def test_a_severity_after_the_question_narrows_it(asker):
    answer = asker.ask("what alerts did inventory get today? only the critical ones", NOW)
    assert "severity = 'critical'" in answer.sql
    assert "severity" not in asker.ask("what alerts did inventory get today? thanks a lot", NOW).sql


def test_how_incidents_were_fixed_shows_the_columns_listed_after_it(asker):
    answer = asker.ask("how did the resolved incidents get fixed ah? alert name, when opened, the fix n who fixed", NOW)
    assert answer.rows == [("HighErrorRate", answer.rows[0][1], "rolled back", "ana.lopez@acme.io")]
    assert answer.rows[0][1].hour == 10


def test_a_pair_list_ending_in_only_is_both_sides_columns():
    question = ("Which silences were created within 10 minutes after an alert on the same service started? Silence "
                "id, its author, the alert name and the alert start time only.")
    assert pair_columns(question, {"silences": "s", "alerts": "a"}, both=True) == \
        ["s.silence_id", "s.created_by", "a.name", "a.starts_at"]


def test_when_an_event_then_a_question_at_that_moment(asker):
    told = asker.ask("when the first LatencyP99High alert fired today, which alerts were firing at that moment?", NOW)
    said = asker.ask("which alerts were firing at the moment the first LatencyP99High alert fired today?", NOW)
    assert told.sql == said.sql
    assert sorted(r[told.columns.index("name")] for r in told.rows) == ["BillingExportFailed", "DiskSpaceLow",
                                                                        "LatencyP99High"]  # firing at 11:30


@pytest.mark.parametrize("said, meant", [
    ("Show mi di alert dem weh start pon checkout", "Show me the alerts that started on checkout"),
    ("Mi waan see every alert, all a dem.", "I want to see every alert, all of them."),
    ("which alerts don fire inside the hour after the deploy go live for production? list dem",
     "which alerts fired inside the hour after the deploy go live in production? list them"),
    ("which alerts still dey fire as I dey talk now now? the whole list abeg",
     "which alerts still firing right now? the whole list"),
    ("di checkout incident dem wid dem suspect change", "the checkout incidents with their suspect change"),
    ("How much production deploy did get an alert?", "how many production deploys did get an alert?"),
    ("Whose change dem get blame fi di most incident?", "Whose changes got blamed for the most incidents?"),
    ("Fit alerts were warnin' in Mairch?", "what alerts were warning in march?"),
    ("Gimme the changes from 10 March come", "give me the changes since 10 March"),
    ("which 2 people created maximum silences", "which 2 people created the most silences"),
    ("Tot up the hours the silences was actually in place", "total the hours the silences really lasted"),
    ("which silences were active on Tuesday by 15:00 UTC?", "which silences were active on Tuesday at 15:00 UTC?"),
    ("deployments followed, within one hour and on the same service, by a rollback",
     "deployments followed by a rollback within one hour and on the same service"),
    ("Which three incidents was open longest?", "Which three incidents lasted longest?"),
    ("the three metric series which gave rise to the greatest number of early warnings",
     "the three metric keys which had the most early warnings"),
])
def test_more_words_as_said(said, meant):
    assert typed(said) == meant


@pytest.mark.parametrize("said", ["what was the maximum duration of incidents", "Maximum alerts in a single hour "
                                  "today", "alerts in the last 30 min", "which incidents have been open the longest",
                                  "alerts firing by service", "the fit check", "alerts from march 1"])
def test_more_of_what_is_left_as_said(said):
    assert typed(said) == said


@pytest.mark.parametrize("said", ["how many alerts from march 1 till now", "how many alerts from the 1st of march "
                                  "onwards", "how many alerts from 2024-03-01 to date",
                                  "how many alerts since march 1"])
def test_from_a_day_till_now_is_since_that_day(asker, said):
    answer = asker.ask(said, NOW)
    assert answer.rows == [(5,)] and "2024-03-05 12:00:00" in answer.sql  # up to now, not that day alone


def test_the_creole_relative_and_plural_read_as_english(asker):
    assert asker.ask("Show mi di alert dem weh start pon checkout", NOW).sql == \
        asker.ask("Show me the alerts that started on checkout", NOW).sql


def test_how_much_of_a_thing_is_how_many(asker):
    assert asker.ask("how much incident did get a suspect change", NOW).rows == [(1,)]


@pytest.mark.parametrize("said", [
    "how many log lines contain 'login'",  # quoted: a value as written (its "in'" had become "ing")
    "which alerts were resolved by 11:00",  # a time by which, not the state then
    "which alerts fired in DE",  # a code in capitals
    "which services had more alerts today compared to yesterday",  # a comparison, not a ranking
    "which alerts fired the day 2 weeks ago",
    "how many alerts from March 1 till today's rollback",
    "how much silence time did kenji create",
    "which changes were made by the boss",
])
def test_what_a_spoken_form_must_not_take(said):
    assert typed(said) == said


def test_the_stores_own_names_are_not_spoken_forms():
    assert typed("what did don deploy", names={"don"}) == "what did don deploy"
    assert typed("alerts don fire on de service", names={"de"}) == "alerts fired on de service"


@pytest.mark.parametrize("said, meant", [
    ("which silences were in effect at 2024-03-05 11:00 UTC?", "which silences were in effect at 11:00 on 2024-03-05?"),
    ("what was firing at 2024-03-05T11:00Z", "what was firing at 11:00 on 2024-03-05"),
    ("Silences on checkout, which person created most many?", "Silences on checkout, which person created the most?"),
    ("Incidents in February vs January - how many each?", "how many Incidents in February vs January?"),
    ("alerts not over Alertmanager but over another way", "alerts not from Alertmanager"),
])
def test_plain_english_said_otherwise(said, meant):
    assert typed(said) == meant


@pytest.mark.parametrize("said", ["alerts between 2024-03-04T20:00 and 2024-03-05T06:00",
                                  "which deploys last week - how many alerts each?"])
def test_plain_english_left_as_said(said):
    assert typed(said) == said


def test_a_date_and_a_clock_after_at_is_that_moment(asker):
    answer = asker.ask("which alerts were firing at 2024-03-05 11:35 UTC?", NOW)
    assert "2024-03-05 11:35:00" in answer.sql and sorted(r[answer.columns.index("name")] for r in answer.rows) == \
        ["BillingExportFailed", "DiskSpaceLow", "LatencyP99High"]


def test_a_write_into_the_store_is_refused_but_a_checklist_item_is_read(asker):
    with pytest.raises(Refused) as refused:
        asker.ask("Please record in the audit log that the review of the silences was completed today.", NOW)
    assert refused.value.kind == "asks_to_change_data"
    assert asker.ask("Note the time of the most recent alert (timestamp only)", NOW).rows


def test_a_sentence_before_the_question_that_asks_too_is_not_left_out(asker):
    with pytest.raises(Refused):  # both asked; "how many alerts each?" alone had counted every alert
        asker.ask("which deploys today - how many alerts each?", NOW)


def test_warning_name_in_a_list_of_early_warnings(asker):
    answer = asker.ask("early warnings before the HighErrorRate incident today: warning name, service, minutes "
                       "before", NOW)
    assert answer.columns == ["warning_alertname", "warning_service", "lead_min"]  # the warning's service
    answer = asker.ask("early warnings before the HighErrorRate incident today: alert name, service, warning name, "
                       "minutes before", NOW)
    assert answer.columns[:3] == ["group_labels['alertname']", "service", "warning_alertname"]  # the incident's


def test_each_person_once_is_the_people(asker):
    answer = asker.ask("Please tell me who made the deploys. Each person only one time.", NOW)
    assert answer.columns == ["actor"] and len(answer.rows) == len(set(answer.rows))


@pytest.mark.parametrize("said, meant", [
    ("Which alerts started overnight from 4 March 18:00 to 5 March 06:00 UTC?",
     "Which alerts started from 4 March 18:00 to 5 March 06:00 UTC?"),
    ("What was in the night from Monday to Tuesday between 22 and 6 o'clock?",
     "What was between Monday 22:00 and Tuesday 06:00?"),
])
def test_a_night_said_with_its_own_ends_is_that_span(said, meant):
    assert typed(said) == meant


def test_a_night_span_has_no_hours_put_on_it(asker):
    answer = asker.ask("Which alerts started overnight from 4 March 18:00 to 5 March 11:10 UTC?", NOW)
    assert "HOUR(" not in answer.sql.upper() and len(answer.rows) == 3  # 10:00, 10:50 and 11:00
    assert typed("alerts overnight on tuesday") == "alerts overnight on tuesday"


@pytest.mark.parametrize("said", ["which services had more alerts than checkout", "which services had fewer deploys "
                                  "than checkout", "did inventory have more alerts than checkout"])
def test_more_than_another_thing_is_refused_not_narrowed_to_it(asker, said):
    with pytest.raises(Refused) as refused:  # had been the other thing's own rows ("checkout")
        asker.ask(said, NOW)
    assert "comparison" in str(refused.value)


def test_more_than_a_number_is_a_bound(asker):
    assert "HAVING" in asker.ask("services with more than 1 alert", NOW).sql
