"""A version that went live, a day said day first after "since", and a moment of the asker's own told by its clock.
The store: checkout v3.1.0 went live in staging at 09:00 and in production at 09:50 on Tuesday 2024-03-05; alerts
on checkout at 09:10 (HighErrorRate) and 10:05 (LatencyP99High), on inventory at 10:00 (DiskSpaceLow) and on search
at 10:30; a search flag's version 42 changed at 08:20; now is 12:00. Each had been refused or read otherwise."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Asker
from signalcraft.copilot.store import open_read_only
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from tests.support import alert, at, change

NOW = at(120)


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("went_live") / "s.duckdb"
    with DuckDBWriter(path) as writer:
        writer.add([
            change("s", "deployment", "github-deployment-status", -60, version="v3.1.0", phase="live",
                   summary="deploy v3.1.0 to staging").model_copy(update={"environment": "staging"}),
            change("p", "deployment", "github-deployment-status", -10, version="v3.1.0", phase="live",
                   summary="deploy v3.1.0 to production"),
            alert("HighErrorRate", "checkout", "firing", -50),
            alert("DiskSpaceLow", "inventory", "firing", 0),
            alert("LatencyP99High", "checkout", "firing", 5),
            alert("SlowQueries", "search", "firing", 30),
            change("f", "flag_change", "launchdarkly", -100, version="42", service="search", summary="flag v42"),
        ])
        writer.flush()
    con = open_read_only(path)
    yield Asker(con)
    con.close()


def services(answer):
    return sorted(row[answer.columns.index("service")] for row in answer.rows)


def test_which_services_after_a_version_went_live_are_every_service_after_its_production_deploy(asker):
    """ "went live" had not been read as the deploy; the staging deploy came first (09:00), but a version goes live
    where its users are: the 30 minutes after 09:50 hold inventory's alert and checkout's second."""
    answer = asker.ask("which services had alerts in the 30 minutes after checkout v3.1.0 went live", NOW)
    assert services(answer) == ["checkout", "inventory"]
    assert services(asker.ask("which services had alerts in the 30 minutes after the checkout v3.1.0 deploy",
                              NOW)) == ["checkout", "inventory"]
    staging = asker.ask("which services had alerts in the 30 minutes after the checkout v3.1.0 staging deploy", NOW)
    assert services(staging) == ["checkout"]  # a named environment is kept: 09:10 only


def test_since_a_day_said_day_first(asker):
    """ "since 1 March" had been that one day."""
    sql = asker.ask("deploys since 1 March", NOW).sql
    assert "'2024-03-01 00:00:00+00'" in sql and "'2024-03-02 00:00:00+00'" not in sql
    assert asker.ask("deploys since 1 March", NOW).rows == asker.ask("deploys since March 1", NOW).rows != []


def test_a_moment_of_the_askers_own_told_by_its_clock(asker):
    """ "before our standup at 10:03": before 10:03 that day (the time had been dropped: every alert)."""
    answer = asker.ask("alerts today before our standup at 10:03", NOW)
    assert sorted(row[answer.columns.index("name")] for row in answer.rows) == ["DiskSpaceLow", "HighErrorRate"]
    assert "'2024-03-05 10:03:00+00'" in answer.sql  # not the alerts firing at that instant
    deploys = asker.ask("deploys today before our standup at 9:30", NOW)
    assert [row[deploys.columns.index("environment")] for row in deploys.rows] == ["staging"]


def test_from_a_version_that_went_live_to_another_event(asker):
    """Between "the checkout v3.1.0 deploy" and the first inventory alert: from its production deploy (09:50), not
    its staging one (09:00, which would take in the 09:10 alert)."""
    answer = asker.ask("alerts from the checkout v3.1.0 deploy until the first inventory alert", NOW)
    assert sorted(row[answer.columns.index("name")] for row in answer.rows) == ["DiskSpaceLow"]


def test_alerts_of_two_named_services_after_another_services_deploy(asker):
    """ "inventory or search alerts … after a checkout deploy": both named services' alerts, not checkout's (the
    two names had been refused: only the one beside "alerts" was taken as theirs)."""
    answer = asker.ask("which inventory or search alerts started within 45 minutes after the checkout production "
                       "deploy", NOW)
    assert services(answer) == ["inventory", "search"], answer.sql


def test_the_minutes_before_a_moment_written_to_the_second(asker):
    """ "in the 30 minutes before 2024-03-05 09:55:42": that half hour (it had been the whole day, and "42" of the
    clock had been read as the flag's version 42, leaving nothing)."""
    answer = asker.ask("what changed on checkout in the 30 minutes before 2024-03-05 09:55:42", NOW)
    assert [row[answer.columns.index("environment")] for row in answer.rows] == ["prod"], answer.sql
    assert asker.ask("changes with version 42", NOW).rows != []  # the flag's version, named as one


def test_which_hours_were_the_worst(asker):
    """ "which 2 hours on tuesday were the WORST by alerts": the two busiest hours (had been alert names)."""
    answer = asker.ask("which 2 hours on tuesday were the WORST by alerts", NOW)
    assert [(row[0].hour, row[1]) for row in answer.rows] == [(10, 3), (9, 1)], answer.sql
