"""Values of one kind set against each other: those of one period without (or also with) those of another ("which
services had alerts yesterday but none today"), those of one service without another's ("alert names seen on checkout
but never on inventory"); and what was read wrong around them: "which deploy caused the most incidents" (had been
every blamed deploy), "services with alerts in staging" (had been the alerts), "her silence" (had been a person called
"her"), "CHG-1234" in a comment (had been read as changes).

The store is :mod:`tests.unit.test_ask`'s (Tuesday 2024-03-05, now 12:00: checkout's HighErrorRate and LatencyP99High,
inventory's DiskSpaceLow, search's HighErrorRate in staging) with alerts on Monday: inventory's HighErrorRate,
payments' QueueBacklog and PostgresqlTooManyConnections."""

from __future__ import annotations

import pytest

from tests.support import alert, asking
from tests.unit.test_ask import NOW, _store

_DAY = 24 * 60


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    rows = [alert("HighErrorRate", "inventory", "firing", -_DAY),
            alert("QueueBacklog", "payments", "firing", -_DAY + 30),
            alert("PostgresqlTooManyConnections", "payments", "firing", -_DAY + 40)]
    yield from asking(tmp_path_factory.mktemp("two") / "a.duckdb", rows, base=(_store,))


def _values(answer) -> list:
    return sorted(row[0] for row in answer.rows)


@pytest.mark.parametrize(("question", "expected"), [
    ("which services had alerts yesterday but none today", ["payments"]),
    ("services with alerts yesterday but not today", ["payments"]),
    ("services that alerted today but never yesterday", ["billing-api", "checkout", "search"]),  # every workspace
    ("which services had alerts both yesterday and today", ["inventory"]),
    ("which services had alerts yesterday and also today", ["inventory"]),
    ("which alert names fired yesterday but not today", ["PostgresqlTooManyConnections", "QueueBacklog"]),
])
def test_values_of_one_period_without_or_with_another(asker, question, expected):
    answer = asker.ask(question, NOW)
    assert _values(answer) == expected
    assert ("EXCEPT" if expected != ["inventory"] else "INTERSECT") in answer.sql


def test_the_same_period_twice_is_not_a_set_difference(asker):
    assert "EXCEPT" not in asker.ask("which services had alerts today but none today", NOW).sql


@pytest.mark.parametrize(("question", "expected"), [
    ("alert names seen on checkout but never on inventory", ["LatencyP99High"]),
    ("which alert names fired on checkout but not on inventory", ["LatencyP99High"]),
    ("alert names that fired on both checkout and inventory", ["HighErrorRate"]),
    ("alertnames that fired in staging but never in production", []),
])
def test_names_of_one_service_without_or_with_another(asker, question, expected):
    assert _values(asker.ask(question, NOW)) == expected


def test_services_with_alerts_are_each_service_once(asker):
    assert _values(asker.ask("services with alerts in staging", NOW)) == ["search"]
    assert _values(asker.ask("services that alerted yesterday", NOW)) == ["inventory", "payments"]


@pytest.mark.parametrize("question", ["which deploy caused the most incidents", "which deploy caused the most alerts",
                                      "what deployment was behind the most incidents"])
def test_the_deploy_that_caused_the_most_is_the_one_blamed_most(asker, question):
    assert asker.ask(question, NOW).sql == asker.ask("which deployment is the suspect of the most incidents", NOW).sql


def test_her_silence_is_the_named_persons(asker):
    sql = asker.ask("what comment did ana leave on her silence", NOW).sql
    assert "ana.lopez@acme.io" in sql and "comment" in sql


def test_a_ticket_id_in_a_comment_is_searched_as_text(asker):
    assert "ILIKE '%chg-1234%'" in asker.ask("silences whose comment mentions CHG-1234", NOW).sql


def test_a_family_of_alerts_names_incidents_too(asker):
    """ "database incidents" had been every incident (the family was read for alerts alone)."""
    assert "group_labels['alertname'] = 'PostgresqlTooManyConnections'" in asker.ask(
        "median time to resolve of the database incidents, in minutes", NOW).sql
    assert asker.ask("what time the first payments alert fired yesterday", NOW).sql == asker.ask(
        "what time did the first payments alert fire yesterday", NOW).sql


def test_services_with_warnings_but_no_alerts_read_the_warnings_labels(asker):
    """Had been refused: early warnings were not a kind of record two sets were made of."""
    sql = asker.ask("which services had warnings but no alerts", NOW).sql
    assert "labels['service'] AS service FROM warnings" in sql and "EXCEPT" in sql


def test_the_severity_of_the_incidents_a_change_came_before(asker):
    """ "changes in the 30 minutes before each critical incident" had been before every incident."""
    sql = asker.ask("which changes happened in the 30 minutes before each critical incident", NOW).sql
    assert "g.max_severity = 'critical'" in sql
    assert "g.max_severity" not in asker.ask("which changes happened in the 30 minutes before each incident", NOW).sql
