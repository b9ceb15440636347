"""Conditions written with a column's own name ("alerts where ends_at is null and severity is not 'warning'",
"change_events where phase = 'requested'", "distinct severity values in alerts"), against
:mod:`tests.unit.test_ask`'s store: put on the table of the answer that has the column, replacing a default on
that column, grounded like any other name, refused when no table of the answer has the column."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.store import open_read_only
from tests.unit.test_ask import NOW, _store


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("conditions") / "s.duckdb"
    _store(path)
    con = open_read_only(path)
    yield Asker(con, workspace="acme")
    con.close()


def _names(answer) -> list[str]:
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


def test_null_and_not_equal_on_named_columns(asker):
    assert _names(asker.ask("alerts where ends_at is null", NOW)) == ["DiskSpaceLow", "HighErrorRate",
                                                                      "LatencyP99High"]  # checkout's ended
    assert _names(asker.ask("alerts where ends_at is null and severity is not 'warning'", NOW)) == [
        "HighErrorRate", "LatencyP99High"]
    assert _names(asker.ask("alerts whose ends_at is not null", NOW)) == ["HighErrorRate"]
    assert _names(asker.ask("alerts where notifications > 1", NOW)) == ["HighErrorRate"]


def test_a_condition_replaces_the_default_on_its_column_and_distinct_values(asker):
    requested = asker.ask("change_events where phase = 'requested'", NOW)  # not the live reports
    assert [row[requested.columns.index("version")] for row in requested.rows] == ["v2.0.2"]
    assert sorted(asker.ask("distinct severity values in alerts", NOW).rows) == [("critical",), ("warning",)]


def test_an_incident_without_a_row_in_another_table(asker):
    sql = asker.ask("alert_groups that have no row in resolutions", NOW).sql
    assert "WHERE NOT id IN (SELECT group_id FROM (SELECT * FROM resolutions" in sql


@pytest.mark.parametrize(("question", "kind"), [
    ("alerts where environment = 'qa'", "ungrounded"),  # no such environment
    ("change_events where actor = 'nobody'", "ungrounded"),
    ("silences where severity_rank > 1", "ungrounded"),  # silences have no such column
    ("alerts where name = 'NoSuchAlert'", "ungrounded"),
    ("alerts where severity = 'critical' or severity = 'warning'", "not_about_this_data"),  # not read as "and"
    ("alerts excluding severity = 'warning'", "not_about_this_data"),  # not read as "= 'warning'"
    ("what percent of alerts have ends_at is null", "not_about_this_data"),  # not the rows
    ("alerts with severity > warning", "not_about_this_data"),  # an order against text
    ("alerts where bogus_column is null", "ungrounded"),
])
def test_a_condition_nothing_grounds_is_refused(asker, question, kind):
    with pytest.raises(Refused) as refused:
        asker.ask(question, NOW)
    assert refused.value.kind == kind


def test_a_hostile_value_stays_a_value(asker):
    answer = asker.ask("alerts where fingerprint = '; DROP TABLE alert_events; --'", NOW)
    assert answer.sql == ("SELECT * FROM (SELECT * FROM alerts WHERE workspace_id = 'acme') AS alerts "
                          "WHERE fingerprint = '; DROP TABLE alert_events; --' LIMIT 1000") and answer.rows == []


def test_a_condition_on_the_answer_itself_keeps_its_other_tests(asker):
    kept = asker.ask("critical alerts where severity is not 'warning'", NOW).sql  # "critical" stays
    assert "severity = 'critical'" in kept and "severity <> 'warning'" in kept
    assert "HAVING COUNT(*) > 1" in asker.ask("services with alerts > 1", NOW).sql  # a count, not a column
    with pytest.raises(Refused):  # an anti-join's subquery is not the answer's rows
        asker.ask("services without alerts where severity = 'critical'", NOW)


def test_null_written_before_the_column_and_a_median_of_notifications(asker):
    assert asker.ask("the number of null ends_at in alerts", NOW).rows == [(3,)]
    assert _names(asker.ask("alerts with non-null ends_at", NOW)) == ["HighErrorRate"]
    assert asker.ask("max notifications of an alert", NOW).rows == [(2,)]  # checkout's HighErrorRate: both
