"""Log lines named by an attribute after "where" ("log lines where db.system is postgresql"), the average of log
lines per hour, a service or team "struggling the most", and metric samples that are not finite numbers."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.models import LogRecord, MetricPoint
from tests.support import alert, asking, at
from tests.unit.test_ask import _store
from tests.unit.test_ask_incidents import _incidents

NOW = at(120)


def _line(key: str, minutes: float, **attributes: str) -> LogRecord:
    return LogRecord(id=key, workspace_id="acme", project="shop", environment="prod", service="cart",
                     severity_number=9, is_error=False, body=f"line {key}", timestamp=at(minutes), source="otlp",
                     attributes=attributes)


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    rows = [*(MetricPoint(id=f"odd{i}", workspace_id="acme", metric_key=f"db_pool_pending{{service=cart}}#{i}",
                          name="db_pool_pending", labels={"service": "cart"}, value=v, timestamp=at(110 + i),
                          source="prometheus-kafka-adapter")
              for i, v in enumerate((float("nan"), float("inf"), -float("inf")))),
            _line("l1", 5, **{"db.system": "postgresql"}), _line("l2", 6, **{"db.system": "redis"}),
            _line("l3", 7), alert("Slow", "cart", "firing", 8), alert("Slow", "cart", "resolved", 8, 9)]
    yield from asking(tmp_path_factory.mktemp("logs") / "l.duckdb", rows,
                      base=(_store, _incidents))  # _incidents: three checkout error lines at 09:30-09:32


@pytest.mark.parametrize("question", ["cart log lines where db.system is postgresql",
                                      "logs of cart where attribute db.system is postgresql",
                                      "cart log lines whose db.system attribute is postgresql"])
def test_a_dotted_attribute_named_after_where(asker, question):
    answer = asker.ask(question, NOW)
    assert [row[answer.columns.index("id")] for row in answer.rows] == ["l1"], answer.sql


def test_an_average_of_log_lines_per_hour(asker):
    answer = asker.ask("average log lines per hour for checkout today", NOW)  # three lines, all 09:30-09:32
    assert "avg(" in answer.sql.lower() and answer.rows == [(3.0,)], answer.sql


def test_struggling_the_most_is_the_most_alerts(asker):
    assert asker.sql("which service is struggling the most today?", NOW)[0] == asker.sql(
        "which service had the most alerts today?", NOW)[0]


def test_log_lines_of_another_service_in_minutes_after_a_named_deploy(asker):
    """checkout's v2.0.1 went live at 09:50; cart wrote three lines at 10:05-10:07, checkout three at 09:30-09:32."""
    after = asker.ask("which cart log lines landed in the 20 minutes after checkout v2.0.1 went live?", NOW)
    assert sorted(row[after.columns.index("id")] for row in after.rows) == ["l1", "l2", "l3"], after.sql
    before = asker.ask("checkout error lines in the 30 minutes before checkout v2.0.1 went live in prod", NOW)
    assert len(before.rows) == 3 and "change_events" in before.sql
    assert asker.ask("cart log lines in the 10 minutes after checkout v2.0.1 went live", NOW).rows == []
    same = asker.ask("how many checkout log lines in the 30 minutes before the checkout v2.0.1 deploy", NOW)
    assert "JOIN change_events" in same.sql  # its own service, no environment named: each deploy's own window


@pytest.mark.parametrize(("question", "ids"), [
    ("db_pool_pending samples that came back as NaN", ["odd0"]),
    ("which db_pool_pending samples were infinite", ["odd1", "odd2"]),
    ("db_pool_pending samples that were infinite or NaN", ["odd0", "odd1", "odd2"]),
])
def test_metric_samples_that_are_not_finite(asker, question, ids):
    answer = asker.ask(question, NOW)
    assert sorted(row[answer.columns.index("id")] for row in answer.rows) == ids, answer.sql


def test_lines_that_got_logged_while_another_services_incident_was_open(asker):
    """cart wrote three lines at 10:05-10:07, inside checkout's HighErrorRate incident (10:00-10:20)."""
    answer = asker.ask("how many cart log lines got logged while a checkout incident was open?", NOW)
    assert answer.rows == [(3,)] and "g.service IN ('checkout')" in answer.sql, answer.sql


def test_lines_without_the_word_log_relate_to_a_change(asker):
    """checkout's three lines at 09:30-09:32 came in the 30 minutes before its v2.0.1 deploy went live (09:50)."""
    answer = asker.ask("checkout error lines in the 30 minutes before the checkout deploy", NOW)
    assert "JOIN change_events" in answer.sql and len(answer.rows) == 3, answer.sql  # had been every error line
    last = asker.ask("checkout lines in the last 30 minutes before the checkout deploy", NOW)
    assert "JOIN change_events" in last.sql  # the half hour before it, not the last half hour


def test_which_metrics_and_a_metric_no_name_holds(asker):
    assert asker.ask("which metrics does cart have", NOW).rows == [("db_pool_pending",)]
    with pytest.raises(Refused, match="no metric"):  # had been every sample of cart
        asker.ask("the cpu metric for cart", NOW)


def test_a_ranking_word_of_another_relation_is_not_sorted_by(asker):
    """Samples have no sigma: "ORDER BY abs(sigma)" on them could not run."""
    try:
        sql = asker.ask("db_pool_pending samples with the strongest sigma", NOW).sql
    except Refused as refused:
        assert refused.kind != "unsafe", refused
    else:
        assert "sigma" not in sql.lower(), sql
