"""Questions of the kinds the eighty-sixth and eighty-seventh development halves (a network operations centre's
ticket-speak; managers' report numbers) showed misread: the alerts firing while a person's silence was in effect
("maria's silence": refused, the person had no column), the changes made while it was, the alerts still firing at the
moment a person put a silence on ("in that moment", "this night"), the people who both deployed and silenced with
their two counts, incidents that had early warnings with the lead of the earliest and their number (per warning, or
every incident with none counted), an order given at the end ("…, do it"), and shorthand ("dpls", "mins to 1dp",
"month wise", "grouped on", "each one time", "1600Z", "between 1400 and 1500", "before 2 days"); then "who made it and
with which comment", "in last 2d" (the latest), "as set (start -> scheduled end), in hrs", "got blame … for most
incident", "make incident", two periods with "Both numbers." or "Week-over-week for the deck:", "% of", "get ack …
who ack", "top 2 svc by incidents which had …", "what was paging at …"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_chatter import addressed
from signalcraft.copilot.ask_forms import written_forms
from signalcraft.copilot.ask_time import time_window
from tests.support import alert, asking, at, audit, change

NOW = at(200)


def _silence(sid: str, actor: str, service: str, start: float, end: float):
    return audit(sid, "silence", start, source="alertmanager-silence", actor=actor, target=sid, starts_at=at(start),
                 ends_at=at(end), state="expired", matchers=(
                     {"name": "service", "value": service, "is_equal": True, "is_regex": False},))


def _deploy(key: str, actor: str, minutes: float, service: str = "cart"):
    return change(key, "deployment", "github-deployment-status", minutes, actor=actor, service=service,
                  summary=f"deploy {key}", phase="live", version=f"v1.{int(minutes)}")


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asking(tmp_path_factory.mktemp("shift") / "s.duckdb", [
        _silence("sil-m", "maria", "cart", 10, 70), _silence("sil-k", "kenji", "indexer", 100, 160),
        alert("QueueDepthHigh", "cart", "firing", 0), alert("QueueDepthHigh", "cart", "resolved", 0, 20),
        alert("LatencyHigh", "cart", "firing", 80), alert("LatencyHigh", "cart", "resolved", 80, 90),
        alert("BulkRejections", "indexer", "firing", 90), alert("DiskSpaceLow", "indexer", "firing", 120),
        _deploy("k1", "kenji", 30), _deploy("a1", "ana", 40), _deploy("k2", "kenji", 75),
    ])


def _names(answer, column: str = "name") -> list:
    return sorted(row[answer.columns.index(column)] for row in answer.rows)


@pytest.mark.parametrize("question", [
    "which alerts were firing on cart while maria's sil was in place?",
    "Which alerts were firing on cart while the silence of maria was on?",
    "alerts firing while the silence that was created by maria was on",
])
def test_alerts_firing_while_a_persons_silence_was_in_effect(asker, question):
    answer = asker.ask(question, NOW)
    assert "s.created_by IN ('maria')" in answer.sql
    assert _names(answer) == ["QueueDepthHigh"]  # LatencyHigh fired after the silence ended


def test_changes_by_one_person_while_anothers_silence_was_on(asker):
    answer = asker.ask("deploys made by kenji while maria's silence was on", NOW)
    assert _names(answer, "version") == ["v1.30"]  # not ana's (v1.40), not kenji's after it ended (v1.75)


def test_alerts_still_firing_when_a_person_put_a_silence_on(asker):
    answer = asker.ask("when kenji put sil on indexer, which alerts were still firing in that moment?", NOW)
    assert _names(answer) == ["BulkRejections"]  # DiskSpaceLow started after it


def test_people_who_did_both_with_their_two_counts(asker):
    assert asker.ask("Which people made at least one live deployment and also created at least one silence?",
                     NOW).rows == [("kenji",)]
    answer = asker.ask("people who both made live deploys and created silences: person, number of deploys, number "
                       "of silences", NOW)
    assert answer.rows == [("kenji", 2, 1)]


@pytest.mark.parametrize("question", [
    "HighLatencyP99 on cart ack from my name, do it",
    "silence indexer for 2h - go ahead",
])
def test_an_order_given_at_the_end_is_refused(asker, question):
    with pytest.raises(Refused) as refused:
        asker.ask(question, NOW)
    assert refused.value.kind == "asks_to_change_data"


@pytest.mark.parametrize("question", ["how many alerts yesterday? go ahead", "which alerts did the silence hold back, "
                                                                             "go ahead"])
def test_go_ahead_after_a_question_is_no_order(asker, question):
    asker.ask(question, NOW)  # answered, not refused


@pytest.mark.parametrize(("question", "grouped", "measures"), [
    ("Which incidents this week had an early warning before them, and how many minutes ahead was the earliest "
     "warning? Service, alert name and minutes.", "group_id, service, group_labels['alertname']",
     ["MAX(lead_min) AS lead_min"]),
    ("For each incident of this quarter that had early warnings, how many warnings came before it and how many "
     "minutes ahead was the earliest one? The incident id, the service, the number of warnings and the minutes.",
     "group_id, service", ["COUNT(*) AS warnings", "MAX(lead_min) AS lead_min"]),
    ("for each incident last week that had early warnings before it: service, alert name, opened n how many warnings",
     "group_id, service, group_labels['alertname'], opened_at", ["COUNT(*) AS warnings"]),
])
def test_incidents_that_had_warnings_one_row_each(asker, question, grouped, measures):
    sql = asker.sql(question, NOW)[0]
    assert sql.startswith("SELECT ") and " FROM incident_warnings " in sql and "LEFT JOIN" not in sql
    assert f"GROUP BY {grouped} " in sql and all(m in sql for m in measures)
    assert "max_severity = 'warning'" not in sql and "ORDER BY opened_at" not in sql  # an early warning is no severity


@pytest.mark.parametrize("question", [
    "incidents yday that had an early warning before them: svc, warning summary, mins before",  # each warning's row
    "for each incident, how many warnings came before it",  # every incident, none counted 0
])
def test_what_stays_a_row_per_warning_or_every_incident(asker, question):
    sql = asker.sql(question, NOW)[0]
    assert "GROUP BY group_id" not in sql or "LEFT JOIN" in sql


@pytest.mark.parametrize(("said", "read"), [
    ("top 3 deployers last wk by live dpls", "deploys"),
    ("MTTR per svc last wk, mins to 1dp", "MTTR per svc last week, mins"),
    ("count of production deploys month wise", "per month"),
    ("median time to resolve, service wise", "per service"),
    ("avg minutes, grouped on change type", "grouped by change type"),
    ("versions which went to staging, each one time", "each once"),
    ("alerts b/w 1600Z and 0200Z", "16:00 UTC and 02:00 UTC"),
    ("alerts firing between 1400 and 1500 yesterday", "between 14:00 and 15:00 yesterday"),
    ("sil which was created before 2 days", "created 2 days ago"),
])
def test_shorthand_read_as_words(said, read):
    assert read in written_forms(said)


def test_between_two_numbers_stays_a_range():
    assert "between 1400 and 1500 errors" in written_forms("lines between 1400 and 1500 errors")
    assert "before 2 days of" in written_forms("alerts before 2 days of the outage")


@pytest.mark.parametrize(("hour", "start", "end"), [(6, (3, 11, 18), (3, 12, 6)), (20, (3, 12, 18), (3, 12, 20))])
def test_this_night(hour, start, end):  # the night gone in the morning; tonight, up to now, later in the day
    w = time_window("silences this night", datetime(2025, 3, 12, hour, tzinfo=UTC))
    assert (w.start, w.end) == (datetime(2025, *start, tzinfo=UTC), datetime(2025, *end, tzinfo=UTC))


def test_who_did_it_and_with_which_comment(asker):
    answer = asker.ask("sil which was created before 2 days - who made it and with which comment", at(3000))
    assert answer.columns == ["created_by", "comment"] and "silence_scopes" in answer.sql


def test_last_2d_is_a_window_not_the_latest(asker):
    sql = asker.sql("who change flag in last 2d", NOW)[0]
    assert "LIMIT 1 " not in f"{sql} " and "DESC" not in sql and "DISTINCT actor" in sql


def test_a_silences_planned_length_in_hours(asker):
    answer = asker.ask("avg sil length per author, as set (start -> scheduled end), in hrs", NOW)
    assert answer.columns == ["person", "avg_hours"] and sorted(answer.rows) == [("kenji", 1.0), ("maria", 1.0)]


@pytest.mark.parametrize(("question", "said"), [
    ("whose dpl got blame as suspect for most incident? top 1 only", "GROUP BY change_actor ORDER BY incidents DESC"),
    ("Which deploy last week make incident? I mean the suspect one.",
     "FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects"),
    ("How much incidents we had in February compared with January? Both numbers.", "AS groups_january"),
    ("Week-over-week for the deck: alerts last week vs the week before. Just the two counts.", "AS alerts_last_week"),
    ("How many deploys did we ship last week vs the week before? WoW for the release slide.",
     "AS deployments_the_week_before"),
    ("% of prod dpls last wk that were followed by an alert on the same svc w/in 15m", "100.0 * COUNT(*) FILTER("),
    ("Last week which alert get ack while it still firing? Alert name, service, start time and who ack.",
     "SELECT a.name, a.service, a.starts_at, k.actor FROM alerts AS a JOIN audit_log AS k"),
    ("top 2 svc by incidents which had early warning before them", "GROUP BY service ORDER BY incidents DESC, "
                                                                   "service LIMIT 2"),
    ("What was paging at 11am on Tuesday the 5th? Anything still open at that point.", "(ends_at IS NULL OR ends_at >"),
])
def test_report_words_read(asker, question, said):
    assert said in asker.sql(question, NOW)[0]


@pytest.mark.parametrize("question", [
    "For 5 March: how many minutes passed from the first QueueDepthHigh alert to the cart v1.75 deploy going live?",
    "For the 5 March timeline: how many minutes passed from the first QueueDepthHigh alert to the cart v1.75 deploy "
    "going live?",
])
def test_a_day_said_before_the_time_between_two_events(asker, question):
    assert asker.ask(question, NOW).rows == [(75.0,)]  # from minute 0 to minute 75


def test_an_event_then_after_that_how_many_minutes(asker):
    assert asker.ask("v1.30 go live on cart, after that how many minute until first LatencyHigh alert?",
                     NOW).rows == [(50.0,)]  # from minute 30 to minute 80


@pytest.mark.parametrize(("question", "said"), [
    ("alerts on cart within 30 min after a deploy on same svc: svc, alert name, deploy summary",
     "SELECT a.service, a.name, c.summary FROM alerts AS a JOIN change_events AS c"),
    ("for each dpl on cart: svc, version, who, and whether an alert on that svc followed w/in 1h (t/f)",
     "SELECT c.service, COALESCE(c.details['ref'], c.version), c.actor, COUNT(DISTINCT CASE WHEN NOT a.fingerprint "
     "IS NULL THEN (a.fingerprint, a.starts_at) END) > 0 AS alerts FROM change_events AS c LEFT JOIN alerts AS a"),
])
def test_lists_of_a_pair_in_shorthand(asker, question, said):
    assert asker.sql(question, NOW)[0].startswith(said)


def test_the_alerts_of_a_service_after_the_deploy_of_another():
    said = "the alerts of cart-service that started in the 15 min after the deploy v2.14.0 of payments-api in prod"
    read = "the cart-service alerts that started in the 15 min after the payments-api v2.14.0 deploy in prod"
    assert addressed(said) == read
    assert addressed("the alerts of last week") == "the alerts of last week"


def test_each_silences_held_back_alerts_with_its_author(asker):
    answer = asker.ask("For each silence created today, how many alarms did Alertmanager hold back under it, zero "
                       "included? Silence id, created_by, muted alerts.", NOW)
    assert answer.columns == ["silence_id", "created_by", "alerts"]
    assert sorted(row[1:] for row in answer.rows) == [("kenji", 0), ("maria", 0)]  # no alert was held back here


# The review of this stop's rules (questions the code before answered right, or refused, that the new rules had
# misread): each held here.

@pytest.mark.parametrize("question", [
    "how often did kenji deploy, go ahead", "I need every silence created by kenji, go ahead",
    "list every cart deploy, go ahead", "when did someone deploy to cart - go ahead",
])
def test_a_question_before_go_ahead_is_no_order(asker, question):
    asker.ask(question, NOW)  # answered, not refused


@pytest.mark.parametrize(("question", "window"), [
    ("go through march 5 deploys", ("2024-03-05", "2024-03-06")),  # that day, "through" a verb's
    ("read through 2024-03-05 alerts", ("2024-03-05", "2024-03-06")),
])
def test_through_after_a_verb_is_no_end(question, window):
    w = time_window(question, datetime(2024, 3, 8, tzinfo=UTC))
    assert (w.start.date().isoformat(), w.end.date().isoformat()) == window


@pytest.mark.parametrize(("question", "days"), [
    ("alerts that were firing until yesterday", (13, 14)),  # yesterday's state, as before (not everything up to it)
    ("silences expiring until 6pm", None),  # a silence's end, not a window of its creation
    ("incidents that lasted up to 1:30", None),  # a length
    ("the half hour up until 14:31 on march 11", (11, 12)),  # a span before a moment: the day, not up to 14:31
])
def test_until_after_a_state_or_a_length_is_no_end_of_the_window(question, days):
    w = time_window(question, datetime(2025, 3, 14, 8, tzinfo=UTC))
    assert (w and (w.start.day, w.end.day)) == days and (w is None or w.start.hour == w.end.hour == 0)


def test_this_night_between_two_clocks_keeps_them():
    w = time_window("alerts this night between 1am and 3am", datetime(2025, 3, 14, 8, tzinfo=UTC))
    assert (w.start.hour, w.end.hour) == (1, 3)


@pytest.mark.parametrize(("question", "kept"), [
    ("how many alerts today? Both numbers: critical and warning.", "severity IN ('critical', 'warning')"),
    ("who ack-ed QueueDepthHigh", "action = 'ack'"),
    ("deploys during silences, by kenji", "c.actor = 'kenji'"),
    ("changes during a silence that were made by kenji", "c.actor = 'kenji'"),
    ("who made the silence on indexer and with which reason, and when", "SELECT created_by, created_at"),
])
def test_what_the_code_before_read_is_kept(asker, question, kept):
    assert kept in asker.sql(question, NOW)[0]


@pytest.mark.parametrize("question", [
    "alerts with latency between 1200 and 1500", "what changed before 2 hours", "alerts type wise",
    "who deployed and also created a silence, with the number of deploys",
    "top 2 services by silences which expired early", "how many alerts get ack per person",
])
def test_still_refused_rather_than_misread(asker, question):
    with pytest.raises(Refused):
        asker.ask(question, NOW)


@pytest.mark.parametrize(("question", "said"), [
    ("incidents which had warnings, top 3 by number of warnings", "LIMIT 3"),
    ("incidents that had warnings, how many warnings in total", "SELECT COUNT(*) AS n FROM incident_warnings"),
    ("the latest deploy that was blamed", "FROM incident_suspects"),
    ("deploys that were blamed, per service", "GROUP BY service"),
])
def test_ranked_totals_and_breakdowns_stay_theirs(asker, question, said):
    assert said in asker.sql(question, NOW)[0]
