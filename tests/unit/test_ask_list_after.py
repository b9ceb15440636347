"""What a question says after the thing it asks, and the words around a ranking or a join that had been dropped: a
list sentence after a named alert's firing ("… while the LatencyP99High alert was firing? Service and count." had
built the alert's span from a count and failed to run), "… and when was each silence created?" (a time asked, not an
event placing the rows), "alerts that fired on inventory after the checkout deploy" (the alerts' service, not both
services on both sides), "which two persons …", "people, humans not the bots,", a warning's kind in a count per
warning's list, "zero also" beside a list, "service, start" in a list (no service called "start"), a suspect on another
service than its incident's, "when did the latest alert start" (had been the first), incidents with warnings before
them (had been refused), a list after a comma and a list followed by what it is for.

The store is :mod:`tests.unit.test_ask_incidents`' (Tuesday 2024-03-05, now 12:00; checkout's HighErrorRate incident
at 10:00 blamed on checkout's v2.0.1 deploy at 09:50, LatencyP99High on checkout at 11:30, search's HighErrorRate in
staging at 11:40, DiskSpaceLow on inventory at 11:00)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from signalcraft.copilot.ask import Refused
from tests.unit.test_ask import NOW


@pytest.fixture(scope="module")
def asker(incidents_asker):
    return incidents_asker


def test_a_list_sentence_after_a_named_alerts_firing_is_what_the_answer_shows(asker):
    answer = asker.ask("Which service had the most other alerts starting while the LatencyP99High alert was firing? "
                       "Service and count.", NOW)
    assert answer.rows == [("search", 1)]


@pytest.mark.parametrize("question", ["who created silences, and when was each silence created?",
                                      "who created silences and when was each one created"])
def test_and_when_was_each_created_asks_a_time(asker, question):
    assert asker.ask(question, NOW).columns == ["created_by", "created_at"]


@pytest.mark.parametrize("question", ["which alerts fired on inventory within 2 hours after the checkout v2.0.1 deploy",
                                      "alerts that went off on inventory within 2 hours after the checkout v2.0.1 "
                                      "deploy"])
def test_the_service_an_alert_fired_on_is_the_alerts_not_the_deploys(asker, question):
    answer = asker.ask(question, NOW)
    assert [row[answer.columns.index("name")] for row in answer.rows] == ["DiskSpaceLow"]


def test_which_two_persons_rank_people(asker):
    answer = asker.ask("which two persons made the most changes while an incident on the same service was open", NOW)
    assert answer.columns == ["actor", "changes"] and "GROUP BY c.actor" in answer.sql


def test_people_humans_not_the_bots_is_people(asker):
    said = asker.ask("which two people, humans not the bots, made the most changes", NOW)
    assert said.rows == asker.ask("which two people made the most changes by hand", NOW).rows == [
        ("ana.lopez@acme.io", 2), ("bo", 1)]


def test_a_warnings_kind_and_zero_also_in_a_count_per_warning(asker):
    answer = asker.ask("For each early warning: how many alerts of same service started in 15 minutes after it? "
                       "Kind of warning, service, start and count, zero also.", NOW)
    assert answer.columns == ["alertname", "service", "starts_at", "alerts"]


@pytest.mark.parametrize(("question", "groups"), [
    ("which incidents had a suspect change on a different service", []),
    ("incidents caused by a deployment of another service", []),
    ("which incidents had a suspect change on the same service", ["group-errors"]),
    ("which incidents had a suspect change", ["group-errors"]),
])
def test_a_suspect_on_another_service_than_its_incidents(asker, question, groups):
    answer = asker.ask(question, NOW)
    assert sorted(row[answer.columns.index("group_id")] for row in answer.rows) == groups


@pytest.mark.parametrize(("question", "minute"), [
    ("when did the latest alert start", 40), ("when did the last alert start", 40),
    ("wen did the checkout trouble start", None), ("when did the first alert start", None)])
def test_when_the_latest_or_first_alert_started(asker, question, minute):
    answer = asker.ask(question, NOW)
    expected = datetime(2024, 3, 5, 11, 40, tzinfo=UTC) if minute else datetime(2024, 3, 5, 10, 0,
                                                                                          tzinfo=UTC)
    assert answer.rows == [(expected,)]


def test_incidents_with_warnings_before_them_are_counted_not_refused(asker):
    answer = asker.ask("how many incidents had early warnings before them", NOW)
    assert "incident_warnings" in answer.sql and len(answer.rows) == 1
    with pytest.raises(Refused):
        asker.ask("warnings that had an incident before them", NOW)  # the other way round is not read


@pytest.mark.parametrize(("question", "columns"), [
    ("checkout alerts, service and severity", ["service", "severity"]),
    ("Silences created today: the author and the comment, for the review.", ["created_by", "comment"]),
    ("checkout alerts: service and severity, for my weekly report", ["service", "severity"]),
])
def test_a_list_after_a_comma_or_before_what_it_is_for(asker, question, columns):
    assert asker.ask(question, NOW).columns == columns


def test_a_list_after_a_comma_names_attributes_only(asker):
    answer = asker.ask("alerts for checkout, inventory and search", NOW)
    assert len(answer.columns) > 5 and len(answer.rows) == 4  # three services, no list: whole rows
    with pytest.raises(Refused, match="zorblax"):
        asker.ask("alerts on service, zorblax", NOW)


def test_which_service_had_the_most_blamed_incidents_is_ranked(asker):
    answer = asker.ask("which svc had the most incidents blamed on a deploy", NOW)
    assert answer.columns == ["service", "incidents"] and answer.rows == [("checkout", 1)] and "LIMIT 1" in answer.sql
    assert asker.ask("which services had incidents blamed on a deploy", NOW).columns == ["service"]  # not ranked


def test_the_week_of_one_day_to_another(asker):
    said = asker.ask("How many alerts were raised in the week of 4 to 5 March 2024?", NOW)
    assert said.sql == asker.ask("How many alerts were raised from 4 to 5 March 2024?", NOW).sql
    assert "2024-03-04 00:00:00" in said.sql


@pytest.mark.parametrize("question", ["whats a sensible cache ttl for the checkout pages",
                                      "what's a good threshold for the p99 alert",
                                      "what is a reasonable silence length"])
def test_advice_on_a_setting_is_refused(asker, question):
    with pytest.raises(Refused) as e:
        asker.ask(question, NOW)
    assert e.value.kind == "not_about_this_data"


@pytest.mark.parametrize("question", ["who silenced something today, and when it was",
                                      "who silenced something today, and when was it"])
def test_and_when_it_was(asker, question):
    assert asker.ask(question, NOW).columns == ["created_by", "created_at"]


def test_who_took_silences_off_is_placed_by_when_they_were_taken_off(asker):
    sql = asker.ask("who expired a silence yesterday", NOW).sql
    assert "expired_at >= CAST('2024-03-04" in sql and "created_at" not in sql


def test_the_fewest_blamed_counts_services_with_none(asker):
    answer = asker.ask("which service had the fewest incidents blamed on a deploy", NOW)
    assert answer.rows[0][1] == 0 and answer.rows[0][0] != "checkout"


def test_incidents_on_other_services_blamed_on_a_named_services_deploys(asker):
    sql = asker.ask("incidents on other services blamed on checkout deploys", NOW).sql
    assert "change_service = 'checkout'" in sql and "change_service <> service" in sql
    assert " service = 'checkout'" not in sql.replace("change_service = 'checkout'", "")


def test_who_took_off_the_silences_created_then_keeps_their_making(asker):
    sql = asker.ask("who took off the silences created yesterday", NOW).sql
    assert "created_at >= CAST('2024-03-04" in sql and "expired_at >=" not in sql


def test_warnings_open_for_more_than_an_hour_count_until_now(asker):
    sql = asker.ask("warnings open for more than 60 minutes", NOW).sql
    assert "COALESCE(EPOCH(ends_at), EPOCH(CAST('2024-03-05 12:00:00+00'" in sql


def test_a_chatty_what_is_before_the_question_is_not_a_term(asker):
    assert asker.ask("whats the story, which services had alerts today?", NOW).rows  # not refused as a term


def test_resolutions_of_incidents_of_a_severity(asker):
    each = asker.ask("how many critical incidents did each person resolve", NOW)
    assert each.rows == [("ana.lopez@acme.io", 1)] and "max_severity = 'critical'" in each.sql
    answer = asker.ask("who resolved the most critical incidents", NOW)
    assert answer.rows == [("ana.lopez@acme.io", 1)] and "max_severity = 'critical'" in answer.sql


def test_incidents_without_an_early_warning_are_not_listed_from_the_warnings(asker):
    answer = asker.ask("which incidents had no early warning? the service and the summary", NOW)
    assert "FROM incident_warnings WHERE group_id IN" not in answer.sql and len(answer.rows) == 2


def test_a_count_list_after_the_question_mark_is_put_on_its_answer(asker):
    answer = asker.ask("Which two persons acknowledged the most alerts? Person and number of acknowledgements.", NOW)
    assert answer.rows == [("ana.lopez@acme.io", 1)] and "GROUP BY person" in answer.sql  # (had been by action)
