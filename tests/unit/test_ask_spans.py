"""Bounds said after their number ("30 minutes or less", "2 alerts or more"), windows of months back from now ("since
1 month ago", "in the last 2 months"), a clock range without "from" ("11:00 to 11:35"), "since then" after a clock
time, and a span before a pasted moment. The store is :mod:`tests.unit.test_ask`'s (Tuesday 2024-03-05, now 12:00
UTC): HighErrorRate on checkout from 10:00 to 10:30, BillingExportFailed (globex) from 10:50, DiskSpaceLow on
inventory from 11:00, LatencyP99High on checkout from 11:30, HighErrorRate on search from 11:40; the new-checkout flag
changed at 11:25."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from tests.support import asking
from tests.unit.test_ask import NOW, _store

ALL = ["BillingExportFailed", "DiskSpaceLow", "HighErrorRate", "HighErrorRate", "LatencyP99High"]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asking(tmp_path_factory.mktemp("spans") / "s.duckdb", base=(_store,))


def names(answer):
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


@pytest.mark.parametrize(("question", "expected"), [
    ("alerts that lasted 30 minutes or less", ["HighErrorRate"]),  # each had been every alert
    ("alerts that lasted thirty minutes or less", ["HighErrorRate"]),
    ("alerts that lasted 31 minutes or longer", []),
    ("alerts that lasted 30 minutes or more", ["HighErrorRate"]),
])
def test_a_bound_said_after_its_number(asker, question, expected):
    answer = asker.ask(question, NOW)
    assert names(answer) == expected, answer.sql


def test_a_count_bound_said_after_its_number(asker):
    assert asker.ask("services with 2 alerts or more", NOW).rows == [("checkout", 2)]  # had been every alert
    assert asker.ask("services with 1 alert or fewer", NOW).rows == [
        ("billing-api", 1), ("inventory", 1), ("search", 1)]


@pytest.mark.parametrize("question", ["alerts since 1 month ago", "alerts in the last 2 months",
                                      "alerts in the past month", "alerts since a month ago"])
def test_months_back_from_now(asker, question):
    """A window of calendar months up to now ("since 1 month ago" had been February, "in the last 2 months" the two
    latest alerts, "since a month ago" every alert)."""
    answer = asker.ask(question, NOW)
    assert names(answer) == ALL and "LIMIT 2" not in answer.sql, answer.sql
    assert "'2024-02-05 12:00:00+00'" in answer.sql or "'2024-01-05 12:00:00+00'" in answer.sql, answer.sql


def test_a_clock_range_without_from(asker):
    answer = asker.ask("alerts on march 5, 11:00 to 11:35", NOW)  # had been the whole day
    assert names(answer) == ["DiskSpaceLow", "LatencyP99High"], answer.sql


def test_since_then_after_a_clock_time(asker):
    answer = asker.ask("I stepped away at 11:20 today. what fired since then?", NOW)
    assert names(answer) == ["HighErrorRate", "LatencyP99High"], answer.sql  # had been what fired at 11:20


def test_a_span_before_a_pasted_moment(asker):
    answer = asker.ask("from the pager: 'LatencyP99High checkout critical, started 2024-03-05T11:30:00Z' - what "
                       "changed in the hour before that?", NOW)
    assert [row[answer.columns.index("summary")] for row in answer.rows] == ["new-checkout on"], answer.sql


def test_a_count_for_the_top_related_thing_in_the_listed_columns(asker):
    """ "which deploy had the most alerts ... after it? service, version and the count": the listed columns beside
    the count (they had been the deploy's id, service, environment and time)."""
    for question in ("which deploy had the most alerts on its service in the 30 min after it? service, version and "
                     "the count",
                     "which deploy have most alert of same service within 30 minute after? top one, show service, "
                     "version and count"):
        answer = asker.ask(question, NOW)
        assert answer.rows == [("checkout", "v2.0.1", 1)], answer.sql


@pytest.mark.parametrize("question", ["which services had the most alerts? just the top 2",
                                      "which services had the most alerts? only the top 2"])
def test_how_many_rows_said_after_the_question(asker, question):
    answer = asker.ask(question, NOW)  # had been the one service
    assert answer.rows == [("checkout", 2), ("billing-api", 1)], answer.sql


@pytest.mark.parametrize(("question", "expected"), [
    ("alerts firing between 10:10 and 10:20 today", ["HighErrorRate"]),  # had been the alerts started then and on now
    ("alerts firing between 11:10 and 11:35 today", ["BillingExportFailed", "DiskSpaceLow", "LatencyP99High"]),
    ("alerts that started firing between 11:10 and 11:35 today", ["LatencyP99High"]),
    ("alerts still firing that started between 11:10 and 11:35 today", ["LatencyP99High"]),
])
def test_alerts_firing_at_some_moment_of_a_period(asker, question, expected):
    answer = asker.ask(question, NOW)
    assert names(answer) == expected, answer.sql


@pytest.fixture(scope="module")
def silences(tmp_path_factory):
    from signalcraft.models import Matcher
    from tests.support import audit  # eve's of checkout 10:35-11:35
    from tests.unit.test_ask_who_when import _silence  # ana's silence of cart 10:30-11:30, expired by dee at 10:50;
    yield from asking(tmp_path_factory.mktemp("in-effect") / "s.duckdb", [
        _silence("sil-a", "ana", 30, "cart"), _silence("sil-e", "eve", 35, "checkout"),
        audit("un-a", "unsilence", 50, source="alertmanager-silence", actor="dee", target="sil-a",
              matchers=(Matcher(name="service", value="cart"),))])


@pytest.mark.parametrize(("question", "expected"), [
    ("silences in effect between 10:55 and 11:00 today", ["sil-e"]),  # sil-a was expired at 10:50
    ("silences active between 10:00 and 10:40 today", ["sil-a", "sil-e"]),  # each had been none: created then and
    ("which silences were active at some point between 10:00 and 10:32 today?", ["sil-a"]),  # on now
    ("silences in effect today", ["sil-a", "sil-e"]),
])
def test_silences_in_effect_at_some_moment_of_a_period(silences, question, expected):
    answer = silences.ask(question, NOW)
    assert sorted(row[answer.columns.index("silence_id")] for row in answer.rows) == expected, answer.sql


@pytest.mark.parametrize(("question", "expected"), [
    ("alerts on march 4 and 5", ALL),  # had been March 4 alone
    ("alerts on 4 or 5 march", ALL),
    ("alerts in the previous 2 hours", ["BillingExportFailed", "DiskSpaceLow", "HighErrorRate", "LatencyP99High"]),
    ("the previous 2 alerts", ["HighErrorRate", "LatencyP99High"]),  # each had been every alert
    ("alerts the previous day", []),
])
def test_two_days_and_previous(asker, question, expected):
    answer = asker.ask(question, NOW)
    assert names(answer) == expected, answer.sql
    assert "starts_at" in answer.sql


def test_the_first_and_last_of_each_day(asker):
    """One row per day, its first or last (they had been a count per day, or the one latest alert)."""
    first = asker.ask("first alert of each day this week", NOW)
    assert names(first) == ["HighErrorRate"] and "PARTITION BY DATE_TRUNC('DAY', starts_at)" in first.sql, first.sql
    last = asker.ask("last alert per day this week", NOW)
    assert [row[last.columns.index("service")] for row in last.rows] == ["search"], last.sql


def test_how_many_services_had_none(asker):
    """The number of services without any such alert (it had been the number of those with one)."""
    assert asker.ask("which services had no critical alerts today", NOW).rows == [("inventory",)]
    answer = asker.ask("how many services had no critical alerts today", NOW)
    assert answer.rows == [(1,)], answer.sql


def test_two_kinds_counted_separately(asker):
    answer = asker.ask("count deploys and rollbacks separately", NOW)  # had been one count of both
    assert answer.rows == [("deployment", 1)], answer.sql


def test_is_a_service_ok_is_what_fires_on_it_now(asker):
    answer = asker.ask("is checkout ok?", NOW)  # had been every checkout alert, the resolved one too
    assert names(answer) == ["LatencyP99High"], answer.sql


def test_a_range_of_days_and_two_days_apart(asker):
    answer = asker.ask("alerts between march 3 and 5", NOW)  # had been March 3 alone
    assert names(answer) == ALL, answer.sql
    with pytest.raises(Refused, match="not one after the other"):  # had been March 3 alone, silently
        asker.ask("alerts on march 3 and 5", NOW)
