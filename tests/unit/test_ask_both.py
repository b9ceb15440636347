"""Two measures side by side ("min and max log timestamp per service", "count of alerts and count of critical alerts
per service"): the question split in two, each half read, the halves merged into one statement — or refused when
they measure different things; and the earliest or latest time of rows as a value, not the rows."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.ask_both import halves, merge
from signalcraft.copilot.store import open_read_only
from signalcraft.models import LogRecord
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from tests.support import alert, at, change

NOW = at(120)


def _line(key: str, service: str, minutes: float, error: bool) -> LogRecord:
    return LogRecord(id=key, workspace_id="acme", project="shop", environment="prod", service=service,
                     severity_number=17 if error else 9, is_error=error, body=f"line {key}", timestamp=at(minutes),
                     source="otlp")


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("both") / "b.duckdb"
    with DuckDBWriter(path) as writer:
        writer.add([
            alert("HighErrorRate", "checkout", "firing", 5), alert("HighLatency", "checkout", "firing", 15,
                                                                    severity="warning"),
            alert("DiskFull", "cart", "firing", 25, severity="warning"), alert("PodCrash", "cart", "firing", 35,
                                                                              severity="warning"),
            alert("Slow", "cart", "firing", 45, severity="warning"),
            change("d1", "deployment", "github-deployment-status", 0, service="checkout", phase="live", summary="s"),
            change("d2", "deployment", "github-deployment-status", 10, service="checkout", phase="live", summary="s"),
            change("r1", "rollback", "github-deployment-status", 20, service="checkout", phase="live", summary="s"),
            change("d3", "deployment", "github-deployment-status", 30, service="cart", phase="live", summary="s"),
            _line("l1", "checkout", 1, False), _line("l2", "checkout", 50, True), _line("l3", "cart", 7, True),
            _line("l4", "cart", 9, False), _line("l5", "cart", 99, False),
        ])
        writer.flush()
    con = open_read_only(path)
    yield Asker(con)
    con.close()


@pytest.mark.parametrize(("question", "parts"), [
    ("first and last log timestamp of cart", ("first log timestamp of cart", "last log timestamp of cart")),
    ("average & max sigma of warnings", ("average sigma of warnings", "max sigma of warnings")),
    ("number of deploys and number of rollbacks per service",
     ("number of deploys per service", "number of rollbacks per service")),
    ("total log lines and how many of them are errors, for cart today",
     ("total log lines for cart today", "how many log lines are errors, for cart today")),
])
def test_a_question_of_two_measures_is_two_questions(question, parts):
    assert halves(question) == parts


@pytest.mark.parametrize("question", [
    "how many deploys and rollbacks did checkout have",  # one count of two kinds
    "count of alerts per service and environment",  # one measure, two groups
    "alerts for checkout and cart",  # no measure at all
    "min and min of sigma",
])
def test_one_measure_stays_one_question(question):
    assert halves(question) is None


def test_the_halves_merge_only_over_one_relation_and_the_same_groups():
    counts = "SELECT service, COUNT(*) AS alerts FROM alerts GROUP BY service"
    assert merge(counts, "SELECT project, COUNT(*) AS alerts FROM alerts GROUP BY project") is None
    assert merge(counts, "SELECT service, COUNT(*) AS changes FROM change_events GROUP BY service") is None
    assert merge(counts, "SELECT * FROM alerts") is None
    shared = merge("SELECT COUNT(*) AS n FROM alerts WHERE project = 'a' AND service = 'x'",
                   "SELECT COUNT(*) AS n FROM alerts WHERE service = 'x' AND project = 'a' AND severity = 'critical'")
    assert shared == ("SELECT COUNT(*) AS n, COUNT(*) FILTER(WHERE severity = 'critical') AS critical_n FROM alerts "
                      "WHERE project = 'a' AND service = 'x'")


def test_counts_side_by_side_per_service(asker):
    answer = asker.ask("count of alerts and count of critical alerts per service", NOW)
    assert answer.columns == ["service", "alerts", "critical_alerts"]
    assert answer.rows == [("cart", 3, 0), ("checkout", 2, 1)]  # zeros kept: one statement, not two
    kinds = asker.ask("number of deploys and number of rollbacks per service", NOW)
    assert kinds.columns == ["service", "deployments", "rollbacks"]
    assert kinds.rows == [("cart", 1, 0), ("checkout", 2, 1)]


def test_first_and_last_times_are_values_not_rows(asker):
    per = asker.ask("min and max log timestamp per service", NOW)
    assert "FROM log_events" in per.sql and per.rows == [("cart", at(7), at(99)), ("checkout", at(1), at(50))]
    one = asker.ask("first and last log timestamp of cart", NOW)
    assert one.rows == [(at(7), at(99))]
    latest = asker.ask("latest alert start time per service", NOW)
    assert sorted(latest.rows) == [("cart", at(45)), ("checkout", at(15))]
    deploy = asker.ask("when was the last time checkout was deployed", NOW)  # the deploy, not a time
    assert "MAX(" not in deploy.sql and [row[deploy.columns.index("timestamp")] for row in deploy.rows] == [at(10)]


def test_two_measures_of_different_things_are_refused_not_half_answered(asker):
    with pytest.raises(Refused, match="one at a time"):
        asker.ask("how many alerts and how many deploys per service", NOW)

