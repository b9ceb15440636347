"""Questions that had been answered with the wrong rows and no word said: "which had more alerts, staging or
production" (ranked per alert name; with the two named first, "staging or production, which one had more …", every
alert was listed), a spoken "wha time de last alert start" (read before its words were: the last alert's whole row, not
its time), "warning name, service" of early warnings (the incident's service, not the warning's) and "Incident,
pattern and lines" after the log patterns before incidents (every column).

The store is :mod:`tests.unit.test_ask_incidents`' (Tuesday 2024-03-05, now 12:00: alerts in production on checkout,
billing-api and inventory, one in staging on search; checkout's HighErrorRate incident at 10:00)."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_typed import typed
from tests.unit.test_ask import NOW


@pytest.fixture(scope="module")
def asker(incidents_asker):
    return incidents_asker


@pytest.mark.parametrize("question", [
    "which had more alerts today, staging or production?",
    "which one had the most alerts today, staging or production?",
    "staging or production, which one had more alerts today?",
    "staging or production: which had more alerts today",
])
def test_the_more_of_two_named_environments(asker, question):
    answer = asker.ask(question, NOW)
    assert answer.columns == ["environment", "alerts"]
    assert answer.rows == [("production", 4)]


def test_the_fewer_of_two_is_not_ranked(asker):
    """One of the two with no rows would be missing from the counts, so the other would be called the fewer: the rows
    of both are listed instead, as before."""
    answer = asker.ask("which had fewer alerts today, staging or production?", NOW)
    assert "alerts" not in answer.columns and len(answer.rows) == 5


@pytest.mark.parametrize("question", ["wha time de last alert start today?", "what time the last alert start today?",
                                      "what time did the last alert start today?"])
def test_the_time_of_the_last_alert_however_it_is_said(asker, question):
    answer = asker.ask(question, NOW)
    assert answer.columns == ["max(starts_at)"] and len(answer.rows) == 1
    assert answer.rows[0][0].hour == 11 and answer.rows[0][0].minute == 40


def test_a_listed_service_beside_the_warning_name_is_the_warnings(asker):
    sql = asker.ask("early warnings before the HighErrorRate incident today: warning name, service, minutes before",
                    NOW).sql
    assert sql.startswith("SELECT warning_alertname, warning_service, lead_min FROM")


@pytest.mark.parametrize("listed, columns", [
    ("Incident, pattern and lines.", ["group_id", "template", "lines"]),
    ("incident id, template and lines", ["group_id", "template", "lines"]),
])
def test_log_patterns_before_incidents_with_the_incident_listed(asker, listed, columns):
    answer = asker.ask(f"For each incident of checkout today, which were the top 3 log patterns before it? {listed}",
                       NOW)
    assert answer.columns == columns


def test_alerts_anywhere_after_a_named_flag_went_on(asker):
    """A flag named as it was turned on is one moment (had been joined on each flag change's own service: "anywhere"
    was lost)."""
    answer = asker.ask("which alerts fired anywhere in the hour after the new-checkout flag was turned on?", NOW)
    at = answer.columns.index("service")
    assert sorted(r[at] for r in answer.rows) == ["checkout", "search"]


def test_the_first_alert_that_came_in_after_a_deploy_is_its_time(asker):
    answer = asker.ask("when did the first inventory alert come in after the checkout v2.0.1 deploy went live?", NOW)
    assert answer.columns == ["min(starts_at)"] and answer.rows[0][0].hour == 11


@pytest.mark.parametrize("question, columns", [
    ("whcih service had the most alerts today?", ["service", "alerts"]),
    ("total silenced hrs per author", ["person", "total_hours"]),
    ("total silenced hrs per author, as really in place", ["person", "total_hours"]),
    ("early warnings before the HighErrorRate incident today: warning name, svc, mins before",
     ["warning_alertname", "warning_service", "lead_min"]),
])
def test_short_and_slipped_words(asker, question, columns):
    assert asker.ask(question, NOW).columns == columns


def test_really_in_place_counts_until_an_early_expiry(asker):
    sql = asker.ask("total silenced hrs per author, as really in place", NOW).sql
    assert "expired_at" in sql


@pytest.mark.parametrize("question", [
    "deploys today + who made them",
    "I'm putting together the weekly reliability summary for our leadership team. Please show me every deploy today.",
])
def test_the_rows_asked_with_a_plus_or_after_the_askers_own_report(asker, question):
    answer = asker.ask(question, NOW)
    assert "actor" in answer.columns and len(answer.rows) == 2  # both of today's deploys, whole


# What a review of these rules found they had done to other questions, each mended.

def test_a_list_of_names_after_per_service_still_narrows(asker):
    sql = asker.ask("alerts per service (checkout, billing-api, search) today", NOW).sql
    assert "service IN ('checkout', 'billing-api', 'search')" in sql


def test_exactly_before_a_date_and_time_is_read_before_the_date(asker):
    sql = asker.ask("deploys at exactly 2024-03-05 09:50", NOW).sql
    assert "'09:50'" in sql and "2024-03-05 00:00:00" in sql  # (had been every deploy ever)


def test_the_first_after_each_is_still_refused(asker):
    with pytest.raises(Refused):
        asker.ask("when did the first alert after each deploy fire today?", NOW)


def test_asking_for_a_summary_to_be_written_is_still_refused(asker):
    with pytest.raises(Refused) as refused:
        asker.ask("help me with drafting the checkout incident summary", NOW)
    assert "signalcraft brief" in str(refused.value)


@pytest.mark.parametrize("question, narrowed", [
    ("I'm writing up the checkout postmortem. What deploys happened today?", "service = 'checkout'"),
    ("I'm working on the production review. How many alerts fired today?", "environment_canonical = 'production'"),
])
def test_a_first_sentence_that_names_something_is_kept(asker, question, narrowed):
    assert narrowed in asker.ask(question, NOW).sql


def test_a_second_measure_of_everything_is_not_narrowed(asker):
    answer = asker.ask("checkout alerts and all alerts per hour today", NOW)
    assert "FILTER(WHERE service = 'checkout')" in answer.sql and len(answer.columns) == 3


def test_two_that_are_not_names_are_not_ranked_as_alert_names(asker):
    answer = asker.ask("today or yesterday, which had more alerts?", NOW)  # not reordered: today's alerts, listed
    assert answer.columns[:2] == ["workspace_id", "fingerprint"]  # (had been the busiest alert name)
    with pytest.raises(Refused):
        asker.ask("which had more alerts today, today or yesterday?", NOW)


def test_more_of_two_severities(asker):
    answer = asker.ask("which had more alerts today, critical or warning?", NOW)
    assert answer.columns == ["severity", "alerts"] and len(answer.rows) == 1


def test_exclude_automation_said_first(asker):
    assert typed("Please exclude automation. Who made the most changes today?") == \
        "Who made the most changes today? Please exclude automation"
