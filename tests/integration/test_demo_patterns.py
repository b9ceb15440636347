"""`signalcraft demo` mines the incident's log patterns: the store ranks the new pool error first,
its "new error pattern" warning comes before the first critical group opens, and the demo prints both."""

from __future__ import annotations

import re
from datetime import timedelta

import duckdb
import pytest

POOL_TEMPLATE = (
    "HikariPool-<*> - Connection is not available, request timed out after <*> "
    "(total=<*>, active=<*>, idle=<*>, waiting=<*>)"
)


@pytest.fixture(scope="module")
def demo(demo_run, incident_scenario):
    """The session's demo run: its stdout, its DuckDB file, and the scenario's truth."""
    stdout, db = demo_run
    return stdout, db, incident_scenario.truth


def _first_critical_group(con, truth) -> tuple[str, object]:
    (row,) = con.execute(
        "select id, opened_at from alert_groups where project = ? and environment = ? "
        "and max_severity = 'critical' and opened_at = ?",
        [truth.project, truth.environment, truth.first_critical],
    ).fetchall()
    return row


def test_the_incident_top_log_pattern_is_the_new_pool_error(demo):
    stdout, db, truth = demo
    with duckdb.connect(str(db), read_only=True) as con:
        group_id, opened = _first_critical_group(con, truth)
        rows = con.execute(
            "select rank, service, is_new, lines, errors, first_seen, template, baseline_per_hour "
            "from incident_log_patterns where group_id = ? order by rank",
            [group_id],
        ).fetchall()
        mined = con.execute("select count(*) from log_templates where replaced_by is null").fetchone()[0]
    rank, service, is_new, lines, errors, first_seen, template, baseline = rows[0]
    assert (rank, service, is_new, template, baseline) == (1, "payments-api", True, POOL_TEMPLATE, 0)
    assert lines == errors >= 150  # every line of it an error, in the hour before the group opened
    assert truth.bad_deploy.live_at < first_seen < opened - timedelta(minutes=5)
    # the rest of the incident's new error patterns follow it: the failed payments and the callers' 503s
    top = {(r[1], r[6].split(" ")[0]) for r in rows[1:4]}
    assert top == {("payments-api", "Failed"), ("cart-service", "POST"), ("checkout-web", "POST")}
    assert all(r[2] and r[4] == r[3] > 20 for r in rows[:4])
    assert not [r for r in rows[4:] if r[4]]  # no everyday error pattern is news that hour
    # printed: the count of templates, then the top pattern's line
    assert f"log patterns: {mined:,} templates mined from the logs of 9 services" in stdout
    assert 50 <= mined <= 200
    assert re.search(
        rf"^ +1 payments-api +new +{lines} lines +{errors} errors  first seen {first_seen:%H:%M:%S}  "
        r"HikariPool-<\*> - Connection is not available", stdout, re.M), stdout[-3000:]


def test_a_new_error_pattern_warning_for_payments_api_came_before_the_group_opened(demo):
    stdout, db, truth = demo
    with duckdb.connect(str(db), read_only=True) as con:
        group_id, opened = _first_critical_group(con, truth)
        warnings = con.execute(
            "select w.labels['service'], w.starts_at, w.annotations['template'], w.observed, c.current_id "
            "from warnings as w left join log_template_current as c on c.id = w.labels['template_id'] "
            "where w.labels['alertname'] = 'NewLogPattern' order by w.starts_at"
        ).fetchall()
        top_id, first_seen = con.execute(
            "select template_id, first_seen from incident_log_patterns where group_id = ? and rank = 1", [group_id]
        ).fetchone()
        leads = dict(con.execute(
            "select warning_service, lead_min from incident_warnings "
            "where group_id = ? and warning_alertname = 'NewLogPattern'", [group_id]
        ).fetchall())
    # only the incident's patterns are news: the everyday errors, however varied, never warn as new
    assert all(truth.bad_deploy.live_at < at < opened for _, at, _, _, _ in warnings)
    payments = [w for w in warnings if w[0] == "payments-api"]
    assert len(payments) == 1
    _, starts, template, observed, current = payments[0]
    assert (template, current, starts) == (POOL_TEMPLATE, top_id, first_seen)
    assert observed >= 20  # resolved since: the whole run's count
    lead = leads["payments-api"]
    assert lead == round((opened - starts).total_seconds() / 60, 1) and 5 <= lead <= 15
    assert (f"new error pattern warning on payments-api at {starts:%H:%M:%S}, {lead:.1f} min before the group "
            "opened: pattern #1") in stdout
    section = stdout[stdout.index("\nlog patterns:"):stdout.index("\nincident memory")].strip().splitlines()
    assert len(section) <= 8
