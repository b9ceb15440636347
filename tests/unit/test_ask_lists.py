"""Columns listed in other words ("the change's type", "the version of the change", "what the fix was"), a list
after a leading "for each ..." clause, the fix and its resolver listed for incidents read without them, a time said
of the suspect change, incidents lacking two things ("without a resolution or a suspect"), the first ranks of each
incident's log patterns, and a span told from a moment ("within 15 min after 11:25"). The store is
:mod:`tests.unit.test_ask_incidents`' (Tuesday 2024-03-05, now 12:00 UTC): the HighErrorRate incident opened at 10:00
on checkout, its suspect the v2.0.1 deploy by ana.lopez@acme.io at 09:50, fixed by her ("rolled back"), three log
patterns before it; the LatencyP99High incident opened at 11:30 with neither; alerts start at 10:00 (HighErrorRate,
checkout), 11:00, 11:30 (LatencyP99High) and 11:40 (HighErrorRate, search)."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask_columns import trailing_list
from tests.support import at
from tests.unit.test_ask import NOW
from tests.unit.test_ask_incidents import ERRORS, LATENCY


@pytest.fixture(scope="module")
def asker(incidents_asker):
    return incidents_asker  # tests/unit/conftest.py


def test_columns_named_as_the_things_they_belong_to(asker):
    """ "the change's type" and "the version of the change" are the suspect's columns (the list had not been read:
    every column of the view came back)."""
    answer = asker.ask("Incidents with their suspect change: the incident's service, alert name, when it opened, and "
                       "the change's type, version and who made it.", NOW)
    assert answer.rows == [("checkout", "HighErrorRate", at(0), "deployment", "v2.0.1", "ana.lopez@acme.io")], \
        answer.sql
    answer = asker.ask("Which incidents had a suspect change? Give the service of the incident, its alertname and the "
                       "version of the change.", NOW)
    assert answer.rows == [("checkout", "HighErrorRate", "v2.0.1")], answer.sql


def test_a_time_said_of_the_suspect_change_is_the_changes(asker):
    """ "a change made between 9:45 and 9:55": the change's time (it had been when the incident opened: nothing)."""
    answer = asker.ask("which incidents had as suspect a change made between 9:45 and 9:55 today? the service and the "
                       "version of the change", NOW)
    assert answer.rows == [("checkout", "v2.0.1")], answer.sql
    assert "changed_at >=" in answer.sql
    opened = asker.ask("incidents between 9:45 and 9:55 today with a suspect change", NOW)
    assert opened.rows == [] and "opened_at >=" in opened.sql


def test_a_fix_listed_for_incidents_joins_their_resolutions(asker):
    """The fix and who resolved it, listed for incidents the rest reads alone: each incident beside its resolution,
    in the listed columns (they had been every column of the incidents, no fix)."""
    expected = [("checkout", "HighErrorRate", at(0), "rolled back", "ana.lopez@acme.io")]
    answer = asker.ask("incidents today: the service, the alert name, when it opened, the fix and who resolved it", NOW)
    assert answer.rows == expected, answer.sql
    letter = ("Hello,\n\nFor the knowledge base I need, for each incident that opened today and has been resolved, "
              "the service, the alert name, when it opened, what the fix was and who resolved it.\n\nMany thanks,\nTom")
    answer = asker.ask(letter, NOW)
    assert answer.rows == expected, answer.sql


def test_a_list_after_a_leading_for_each_clause():
    items, text, leading = trailing_list("for each incident that opened on 11 March and has been resolved, the "
                                         "service, the alert name, when it opened, what the fix was and who "
                                         "resolved it")
    assert items == ["service", "name", "opened", "fix", "resolver"] and not leading
    assert text.startswith("the service")


@pytest.mark.parametrize("question", ["incidents with neither a recorded resolution nor a suspect change",
                                      "incidents without a resolution or a suspect",
                                      "incidents that have no resolution nor a suspect"])
def test_incidents_lacking_both_of_two_things(asker, question):
    answer = asker.ask(question, NOW)
    assert sorted(row[answer.columns.index("id")] for row in answer.rows) == [LATENCY], answer.sql
    assert "NOT id IN (SELECT group_id FROM resolutions)" in answer.sql
    assert "NOT id IN (SELECT group_id FROM incident_suspects)" in answer.sql


def test_lacking_either_stays_either(asker):
    sql = asker.ask("incidents with no suspect or no resolution", NOW).sql
    assert " OR NOT id IN " in sql, sql


@pytest.mark.parametrize("question", [
    "Which log patterns came up before the incidents of checkout? Please only the first 2 of every incident.",
    "log patterns before checkout incidents, first 2 per incident"])
def test_the_first_ranks_of_each_incidents_patterns(asker, question):
    """Each incident's first ranks (one question had been every pattern, the other refused as incidents related
    to incidents, or cut at two rows overall)."""
    answer = asker.ask(question, NOW)
    assert [row[answer.columns.index("group_id")] for row in answer.rows] == [ERRORS, ERRORS], answer.sql
    assert sorted(row[answer.columns.index("rank")] for row in answer.rows) == [1, 2]


def names(answer):
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


@pytest.mark.parametrize(("question", "expected"), [
    ("alerts within 15 min after 11:25 today", ["LatencyP99High"]),  # had been every alert after 11:25
    ("alerts in the 15 minutes after 11:25 today", ["LatencyP99High"]),
    ("alerts up to 15 min after 2024-03-05 11:25", ["LatencyP99High"]),
    ("alerts in the 10 minutes before 2024-03-05T11:35:00Z", ["LatencyP99High"]),
    ("alerts within ten minutes after 11:35 today", ["HighErrorRate"]),
    ("alerts from any service within 15 min after the deploy that went live at 2024-03-05T09:50:00Z",
     ["HighErrorRate"]),
])
def test_a_span_told_from_a_moment(asker, question, expected):
    answer = asker.ask(question, NOW)
    assert names(answer) == expected, answer.sql
    assert "JOIN" not in answer.sql


@pytest.fixture(scope="module")
def silences(tmp_path_factory):
    from tests.support import asking
    from tests.unit.test_ask_who_when import _silence  # ana's of cart 10:30-11:30, eve's of checkout 10:35-11:35
    yield from asking(tmp_path_factory.mktemp("listed") / "s.duckdb", [
        _silence("sil-a", "ana", 30, "cart"), _silence("sil-e", "eve", 35, "checkout")])


def test_a_silences_start_and_end_are_when_it_holds(silences):
    """ "start, end": when the silence takes effect and ends (the list had not been read: every column)."""
    answer = silences.ask("ana's silences? silence id, start, end and who made it will do", NOW)
    assert answer.rows == [("sil-a", at(30), at(90), "ana")], answer.sql


def test_minutes_written_short_are_summed(silences):
    """ "total silenced mins per author": each author's minutes (it had been the number of silences)."""
    answer = silences.ask("total silenced mins per author", NOW)
    assert answer.rows == [("ana", 60.0), ("eve", 60.0)], answer.sql


def test_who_implemented_it_is_the_changes_actor(asker):
    answer = asker.ask("flag changes today: the summary, who implemented it and when", NOW)
    assert answer.columns == ["summary", "actor", "timestamp"], answer.sql


@pytest.mark.parametrize("question", ["what's a better alerting tool than alertmanager, other than grafana?",
                                      "which is the best alternative to pagerduty"])
def test_advice_about_tools_is_refused(asker, question):
    from signalcraft.copilot.ask import Refused
    with pytest.raises(Refused, match="asks for advice"):  # had listed the alerts from alertmanager
        asker.ask(question, NOW)


def test_how_long_asked_the_other_way_round(asker):
    """ "Please state how many minutes the deploy took from request to live": the minutes between its request and
    its going live (it had been refused)."""
    plain = asker.ask("how many minutes did the v2.0.1 deploy take from being requested to going live?", NOW)
    for question in ("Please state how many minutes the v2.0.1 deploy took from being requested to going live.",
                     "tell me how long the v2.0.1 deploy took from request to live"):
        assert asker.ask(question, NOW).sql == plain.sql
