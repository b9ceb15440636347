"""The time between two named events, each read as a question of its own; how long something was down (its
alerts' span).

The store is :mod:`tests.unit.test_ask`'s: checkout's v2.0.1 went live at 09:50, its HighErrorRate fired at 10:00,
inventory's DiskSpaceLow at 11:00, the new-checkout flag was turned on at 11:25 and checkout's LatencyP99High fired
at 11:30; another workspace's BillingExportFailed fired at 10:50."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.store import open_read_only
from tests.support import asking
from tests.unit.test_ask import NOW, _store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("between") / "s.duckdb"
    _store(path)
    return path


@pytest.fixture(scope="module")
def asker(store):
    yield from asking(store)


@pytest.mark.parametrize(("question", "expected"), [
    ("How many minutes passed between the checkout v2.0.1 deploy going live and the first checkout alert after it?",
     10.0),
    ("how long from the v2.0.1 deploy until the LatencyP99High alert", 100.0),  # the first after it
    ("how many minutes between the last checkout alert and the checkout v2.0.1 deploy", 100.0),  # never negative
    ("in hours, how long between the first checkout alert and the LatencyP99High alert fired", 1.5),
    ("how many minutes from the first inventory alert until the first checkout alert after it", 30.0),
    ("How long, in minutes, was it between the checkout v2.0.1 rollout to prod going live and the first checkout "
     "alert that came after?", 10.0),  # "rollout to prod": not where the second event begins
    ("From the first checkout alert until the new-checkout flag change, how many minutes passed?", 85.0),
])
def test_minutes_between_two_named_events(asker, question, expected):
    answer = asker.ask(question, NOW)
    assert answer.rows == [(expected,)], answer.sql


def test_the_second_event_is_the_first_after_the_first_one(asker):
    """Two checkout alerts fired, at 10:00 and 11:30; after the flag change (11:25) the first is LatencyP99High."""
    assert asker.ask("how many minutes from the new-checkout flag change to the first checkout alert after it",
                     NOW).rows == [(5.0,)]


def test_each_event_is_confined_to_the_workspace(store):
    """Only globex has BillingExportFailed (10:50): acme's vocabulary does not know it; within globex the first
    alert after it is itself, and acme's alerts (HighErrorRate 11:40 in staging) are not in reach."""
    con = open_read_only(store)
    try:
        with pytest.raises(Refused, match="billingexportfailed"):
            Asker(con, workspace="acme").ask(
                "how many minutes between the first BillingExportFailed alert and the LatencyP99High alert", NOW)
        theirs = Asker(con, workspace="globex").ask(
            "how many minutes between the first BillingExportFailed alert and the last alert after it", NOW)
        everyone = Asker(con).ask(
            "how many minutes between the first BillingExportFailed alert and the first checkout alert after it", NOW)
    finally:
        con.close()
    assert theirs.rows == [(0.0,)] and theirs.sql.count("workspace_id = 'globex'") == 2, theirs.sql
    assert everyone.rows == [(40.0,)]  # unconfined: checkout's LatencyP99High at 11:30


def test_a_count_between_two_times_is_not_two_events(asker):
    answer = asker.ask("how many alerts between 10 and 11 am", NOW)
    assert answer.sql.startswith("SELECT COUNT(*)")


@pytest.mark.parametrize(("question", "expected"), [
    ("how long was checkout down today", 120.0),  # 10:00 to now (12:00): LatencyP99High still fires
    ("The customer wants to know: how long was inventory broken today, in minutes?", 60.0),  # 11:00, firing
    ("how many hours were we down today", 2.0),
    ("For the customer: give me the number of minutes inventory was down today.", 60.0),
])
def test_how_long_something_was_down_is_its_alerts_span(asker, question, expected):
    """From its first alert's start to its last one's end, now while one still fires."""
    answer = asker.ask(question, NOW)
    assert answer.rows == [(expected,)], answer.sql


def test_down_alone_still_names_an_alert_and_each_is_each(asker):
    assert "span_" not in asker.ask("how long was each checkout alert down", NOW).sql


@pytest.mark.parametrize(("question", "rows"), [
    ("mean db_pool_pending while the LatencyP99High alert was firing", [(5.0,)]),  # 2, 9, 4 at 11:40-11:42
    ("max db_pool_pending during the LatencyP99High alert", [(9.0,)]),
    ("average db_pool_pending while the HighErrorRate alert was firing", [(5.0,)]),  # search's fires since 11:40
    ("mean db_pool_pending while the DiskSpaceLow alert was firing", [(5.0,)]),
])
def test_a_metric_while_a_named_alert_was_firing(asker, question, rows):
    answer = asker.ask(question, NOW)
    assert answer.rows == rows and "EXISTS" in answer.sql, answer.sql


def test_a_metric_while_an_alert_that_had_ended_was_firing_has_no_samples(asker):
    """checkout's HighErrorRate fired 10:00-10:30 (its other firing, search's, is since 11:40); the inventory
    alert is the only one named here."""
    answer = asker.ask("max db_pool_pending while the checkout HighErrorRate alert was firing", NOW)
    assert answer.rows == [(None,)], answer.sql


def test_how_long_down_is_within_the_window_and_a_name_the_store_lacks_is_refused(asker):
    """checkout's HighErrorRate fired 10:00-10:30: between 10:00 and 10:15 it was down the whole 15 minutes."""
    assert asker.ask("how many minutes was checkout down between 10:00 and 10:15 today", NOW).rows == [(15.0,)]
    with pytest.raises(Refused, match="zebra"):
        asker.ask("how long was zebra down today", NOW)
    assert "having" not in asker.ask("how long was checkout down today", NOW).ignored


def test_after_it_finds_none_before_it(asker):
    """No deploy came after checkout's last alert (11:30): "after it" answers nothing, not the 09:50 deploy."""
    after = asker.ask("how many minutes between the last checkout alert and the first checkout deploy after it", NOW)
    assert after.rows == [(None,)], after.sql
    either = asker.ask("how many minutes between the last checkout alert and the checkout v2.0.1 deploy", NOW)
    assert either.rows == [(100.0,)]


def test_rows_between_two_named_events(asker):
    """From checkout's v2.0.1 going live (09:50) until the new-checkout flag change (11:25): HighErrorRate (10:00),
    globex's BillingExportFailed (10:50, no workspace asked) and DiskSpaceLow (11:00); not LatencyP99High (11:30)."""
    assert asker.ask("how many alerts fired between the checkout v2.0.1 deploy and the new-checkout flag change",
                     NOW).rows == [(3,)]
    listed = asker.ask("which alerts fired between the first checkout alert and the new-checkout flag change", NOW)
    assert sorted(row[listed.columns.index("name")] for row in listed.rows) == [
        "BillingExportFailed", "DiskSpaceLow", "HighErrorRate"]
    assert asker.ask("alerts between 10 and 11 am", NOW).sql == asker.ask("alerts between 10 and 11am", NOW).sql


@pytest.mark.parametrize("question", ["how many minutes between deploys", "time between deploys per service",
                                      "average gap between checkout alerts"])
def test_the_time_between_kinds_is_refused_not_counted(asker, question):
    with pytest.raises(Refused):
        asker.ask(question, NOW)


def test_a_time_of_day_on_a_named_day(asker):
    later = NOW.replace(day=NOW.day + 1)  # the day after: "march 5" is not today
    after = asker.ask("alerts after 10:30 on march 5", later)
    assert sorted(row[after.columns.index("name")] for row in after.rows) == [
        "BillingExportFailed", "DiskSpaceLow", "HighErrorRate", "LatencyP99High"]
    before = asker.ask("alerts on 2024-03-05 before 11am", later)
    assert sorted(row[before.columns.index("name")] for row in before.rows) == ["BillingExportFailed", "HighErrorRate"]


@pytest.mark.parametrize(("question", "expected"), [
    ("the first alert within 2 hours after a checkout deploy", ["HighErrorRate"]),  # of 10:00 and 11:30
    ("which alert fired last within 2 hours after the checkout deploy", ["LatencyP99High"]),
    ("the latest 2 alerts within 2 hours after a checkout deploy", ["LatencyP99High", "HighErrorRate"]),
])
def test_the_first_or_last_of_the_listed_side(asker, question, expected):
    answer = asker.ask(question, NOW)
    assert [row[answer.columns.index("name")] for row in answer.rows] == expected, answer.sql


def test_a_changes_own_phases_and_a_time_never_counted(asker):
    """checkout's v2.0.1 deploy went live at 09:50 (its request is not in this store: nothing to measure from)."""
    answer = asker.ask("how many minutes did the checkout v2.0.1 deploy take from being requested to going live", NOW)
    assert "phase = 'requested'" in answer.sql and "phase = 'live'" in answer.sql, answer.sql
    with pytest.raises(Refused):  # had been the count of the alerts
        asker.ask("how many minutes after the first checkout alert was the flag changed?", NOW)
