"""Questions that had been answered with the wrong rows and no word said: "which had more alerts, staging or
production" (ranked per alert name; with the two named first, "staging or production, which one had more …", every
alert was listed), a spoken "wha time de last alert start" (read before its words were: the last alert's whole row, not
its time), "warning name, service" of early warnings (the incident's service, not the warning's) and "Incident,
pattern and lines" after the log patterns before incidents (every column).

The store is :mod:`tests.unit.test_ask_incidents`' (Tuesday 2024-03-05, now 12:00: alerts in production on checkout,
billing-api and inventory, one in staging on search; checkout's HighErrorRate incident at 10:00)."""

from __future__ import annotations

import pytest

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
