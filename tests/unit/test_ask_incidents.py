"""Incidents named by their alert, the things they did not have, the first ranks of each one's log patterns, and
the columns a list names on the shapes of incidents (their suspects' lag, how they were fixed, counts per change).

The store is :mod:`tests.unit.test_ask`'s with two incidents of checkout added: HighErrorRate opened at 10:00,
blamed on v2.0.1 (live at 09:50, after v1.9.9 at 08:00), resolved at 10:20 and fixed by ana.lopez@acme.io,
with three new log patterns in the hour before it; LatencyP99High opened at 11:30, with no suspect, no fix and no
log pattern."""

from __future__ import annotations

import duckdb
import pytest

from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.store import open_read_only
from tests.unit.test_ask import NOW, _store, at

ERRORS, LATENCY = "group-errors", "group-latency"


def _incidents(path) -> None:
    con = duckdb.connect(str(path))
    try:
        change = con.execute("SELECT id FROM change_events WHERE version = 'v2.0.1'").fetchone()[0]
        con.execute("INSERT INTO change_events SELECT * REPLACE ('change-early' AS id, 'v1.9.9' AS version, ? AS "
                    "timestamp) FROM change_events WHERE version = 'v2.0.1'", [at(-120)])  # an earlier deploy, 08:00
        for gid, name, minute, resolved in ((ERRORS, "HighErrorRate", 0, at(20)),
                                            (LATENCY, "LatencyP99High", 90, None)):
            con.execute(
                "INSERT INTO alert_groups VALUES (?, 'acme', ?, MAP {'alertname': ?, 'service': 'checkout'}, 'shop', "
                "'prod', 'checkout', 'created', ?, ?, ?, ['f'], 1, 'critical', 1)",
                [gid, f'{{alertname="{name}"}}', name, at(minute), at(minute), resolved])
        con.execute("INSERT INTO correlations VALUES ('corr-1', 'acme', ?, ?, 1, 0.9, 600, ['same service'], true, 1, "
                    "?, ?, false)", [ERRORS, change, at(-10), at(-10)])
        con.execute("INSERT INTO audit_log VALUES ('ack-1', 'acme', 'ack', 'ana.lopez@acme.io', [{'name': 'alertname', "
                    "'value': 'HighErrorRate', 'is_regex': false, 'is_equal': true}, {'name': 'service', 'value': "
                    "'checkout', 'is_regex': false, 'is_equal': true}], 'fp', NULL, ?, NULL, NULL, 'manual', NULL, "
                    "NULL, NULL)", [at(5)])  # 10:05, five minutes into HighErrorRate
        con.execute("INSERT INTO resolutions VALUES ('res-1', 'acme', ?, ?, 'bad deploy', 'rolled back', [], "
                    "'ana.lopez@acme.io', 'manual', NULL)", [ERRORS, at(20)])
        for i in range(3):
            tid = f"tpl-{i}"
            con.execute("INSERT INTO log_templates VALUES (?, 'acme', 'checkout', ?, ?, ?, 1, 1, 'x', true, NULL, 1)",
                        [tid, f"pool exhausted <*> {i}", at(-30 + i), at(-30 + i)])
            con.execute("INSERT INTO log_events VALUES (?, 'acme', 'shop', 'prod', 'checkout', NULL, 17, 'ERROR', "
                        "true, 'x', MAP {}, NULL, NULL, ?, 'otlp', ?)", [f"log-{i}", at(-30 + i), tid])
    finally:
        con.close()


@pytest.fixture(scope="module")
def asker(incidents_asker):
    return incidents_asker  # the store of this module's tests, built once for the session (tests/unit/conftest.py)


def _ids(answer, column="id") -> list[str]:
    return sorted(row[answer.columns.index(column)] for row in answer.rows)


@pytest.mark.parametrize(("question", "column", "ids"), [
    ("show me the LatencyP99High incidents", "id", [LATENCY]),
    ("the HighErrorRate incident's suspect change", "group_id", [ERRORS]),
    ("what was suspected for the LatencyP99High incident", "group_id", []),
    ("log patterns before the HighErrorRate incident", "group_id", [ERRORS] * 3),
    ("log patterns before the LatencyP99High incident", "group_id", []),
])
def test_an_incident_named_by_its_alert_is_that_alerts_incident(asker, question, column, ids):
    assert _ids(asker.ask(question, NOW), column) == ids


def test_the_resolution_of_a_named_alert_and_a_name_nothing_read_can_narrow(asker):
    assert _ids(asker.ask("resolutions for HighErrorRate", NOW), "group_id") == [ERRORS]
    assert asker.ask("resolutions for LatencyP99High", NOW).rows == []
    with pytest.raises(Refused) as refused:  # the timeline has no alert names: not every service's minutes
        asker.ask("timeline for HighErrorRate", NOW)
    assert refused.value.kind == "ungrounded" and "'HighErrorRate' names an alert" in str(refused.value)


def test_incidents_without_log_patterns_and_without_new_ones(asker):
    assert _ids(asker.ask("incidents that had no log patterns before them", NOW)) == [LATENCY]
    assert _ids(asker.ask("which incidents had no new patterns", NOW)) == [LATENCY]
    assert asker.ask("how many incidents had no log patterns", NOW).rows == [(1,)]
    quiet = asker.ask("which checkout incidents had no checkout log pattern flagged in the hour before", NOW)
    assert "service = 'checkout')" in quiet.sql and _ids(quiet) == [LATENCY]


def test_the_top_patterns_of_an_incident_are_its_first_ranks(asker):
    answer = asker.ask("log patterns before the HighErrorRate incident, top 2 — template, lines, errors", NOW)
    assert answer.columns == ["template", "lines", "errors"] and len(answer.rows) == 2
    assert "rank <= 2" in answer.sql


def test_a_list_on_the_suspects_lag_and_on_how_incidents_were_fixed(asker):
    lag = asker.ask("how many minutes before each incident did its suspect change land? service, alert name and "
                    "minutes", NOW)
    assert lag.rows == [("checkout", "HighErrorRate", 10.0)]
    fixed = asker.ask("incidents and how they were fixed: its service, alert name, who resolved it and the fix", NOW)
    assert fixed.rows == [("checkout", "HighErrorRate", "ana.lopez@acme.io", "rolled back")]


def test_a_count_per_change_shown_with_the_columns_listed_before_it(asker):
    answer = asker.ask("which changes were the suspect for more than one incident? the change's service, its version "
                       "and how many incidents", NOW)
    assert len(answer.columns) == 3 and answer.rows == []  # one incident each: none passes the bound
    assert "COALESCE(change_details['ref'], change_version)" in answer.sql and "HAVING" in answer.sql


def test_the_store_holds_what_the_tests_above_rely_on(asker):
    assert asker.con.execute("SELECT count(*) FROM incident_log_patterns").fetchone() == (3,)
    assert asker.con.execute("SELECT lag_s FROM incident_suspects").fetchall() == [(600.0,)]


@pytest.mark.parametrize("question", ["incidents other than HighErrorRate", "which incidents were not HighErrorRate",
                                      "show incidents except HighErrorRate ones"])
def test_an_alert_named_as_excluded_leaves_its_incidents_out(asker, question):
    assert _ids(asker.ask(question, NOW)) == [LATENCY]


def test_the_last_incident_of_an_alert_and_a_time_before_per_incident(asker):
    assert _ids(asker.ask("log patterns before the last HighErrorRate incident", NOW), "group_id") == [ERRORS] * 3
    assert _ids(asker.ask("suspect change of the last HighErrorRate incident", NOW), "group_id") == [ERRORS]
    week = asker.ask("suspects in the last week per incident", NOW)  # a time, not the last incident
    assert "id = (SELECT id FROM alert_groups" not in week.sql


def test_the_other_sides_alert_name_does_not_narrow_the_incidents(asker):
    """HighErrorRate fired at 10:00; checkout's incidents opened at 10:00 (HighErrorRate) and 11:30 (LatencyP99High,
    within two hours after it)."""
    answer = asker.ask("incidents opened within 120 minutes after HighErrorRate alerts fired", NOW)
    assert "g.group_labels" not in answer.sql and _ids(answer) == [ERRORS, LATENCY]


@pytest.mark.parametrize("question", ["alerts per hour today: the service and how many",
                                      "how many alerts per service? the name and the count"])
def test_a_count_per_group_the_listed_columns_would_hide_keeps_its_groups(asker, question):
    answer = asker.ask(question, NOW)  # runs (a group by a select alias had failed to bind), one row per group
    assert len(answer.rows) == len({row[0] for row in answer.rows}) > 0


@pytest.mark.parametrize("question", ["how many incidents were acked per service",
                                      "which incidents were not resolved but acked"])
def test_an_ack_question_with_more_than_its_shapes_read_is_refused(asker, question):
    with pytest.raises(Refused) as refused:
        asker.ask(question, NOW)
    assert refused.value.kind == "not_about_this_data"


def test_a_parenthesis_that_says_more_than_the_words_stays(asker):
    hours = asker.ask("alerts during business hours (Monday to Friday, 09:00-17:00 UTC)", NOW)
    assert len(hours.rows) == 5  # the standard hours, said twice
    with pytest.raises(Refused):  # a version in parentheses is read, not dropped
        asker.ask("deploys of checkout (9.9.9)", NOW)


def test_incidents_without_error_patterns_and_a_kind_of_pattern_not_read(asker):
    assert _ids(asker.ask("which incidents had no error log patterns", NOW)) == [LATENCY]
    with pytest.raises(Refused):
        asker.ask("incidents with no flaky patterns", NOW)


def test_a_question_after_a_clause_that_names_the_other_side(asker):
    led = asker.ask("after the checkout v2.0.1 deploy, which alerts fired?", NOW)
    plain = asker.ask("which alerts fired after the checkout v2.0.1 deploy", NOW)
    assert led.sql == plain.sql and [row[led.columns.index("name")] for row in led.rows] == ["HighErrorRate"]
    other = asker.ask("in the wake of the checkout v2.0.1 deploy, which other shop services alerted within 90 minutes?",
                      NOW)
    assert other.columns == ["service"] and other.rows == [("inventory",)]  # DiskSpaceLow at 11:00, prod


def test_counts_per_suspect_change_type_read_the_suspects(asker):
    for question in ("how many incidents per suspect change type", "count incidents by the type of their suspect "
                                                                   "change"):
        answer = asker.ask(question, NOW)
        assert "FROM incident_suspects" in answer.sql and answer.rows == [("deployment", 1)]


@pytest.mark.parametrize(("which", "names"), [("last", ["HighErrorRate"]), ("latest", ["HighErrorRate"]),
                                              ("first", []), ("every", ["HighErrorRate"])])
def test_the_last_or_first_of_the_other_side_is_that_one(asker, which, names):
    """checkout's v1.9.9 went live at 08:00, v2.0.1 at 09:50; HighErrorRate fired at 10:00: 10 minutes after the
    last deploy, two hours after the first."""
    answer = asker.ask(f"which alerts fired within 12 minutes after the {which} checkout deploy", NOW)
    assert [row[answer.columns.index("name")] for row in answer.rows] == names
    assert ("LIMIT 1)" in answer.sql) == (which != "every")


def test_a_time_right_after_the_other_side_is_its_own(asker):
    answer = asker.ask("alerts in the 30 minutes after the first deploy yesterday", NOW)
    assert answer.sql.count("c.timestamp >= CAST('2024-03-04 00:00:00+00'") == 2  # the join's and the first's
    assert "a.starts_at >= CAST('2024-03-04" not in answer.sql and answer.rows == []


def test_the_views_of_incidents_narrowed_to_the_last_one_or_the_open_ones(asker):
    """LatencyP99High (11:30) is the last incident and still open; HighErrorRate (10:00) has the log patterns."""
    last = asker.ask("log patterns before the last incident", NOW)
    assert last.rows == [] and "ORDER BY opened_at DESC, id LIMIT 1)" in last.sql
    assert _ids(asker.ask("log patterns before the first checkout incident", NOW), "group_id") == [ERRORS] * 3
    assert _ids(asker.ask("suspect change of the earliest incident", NOW), "group_id") == [ERRORS]
    still = asker.ask("incidents still open with a suspect deploy", NOW)  # HighErrorRate resolved at 10:20
    assert still.rows == [] and "resolved_at IS NULL OR resolved_at >" in still.sql
    assert _ids(asker.ask("incidents with a suspect deploy", NOW), "group_id") == [ERRORS]


def test_acks_met_with_the_alerts_and_incidents_they_acknowledged(asker):
    """ana.lopez@acme.io acked checkout's HighErrorRate at 10:05, five minutes after it fired."""
    assert _ids(asker.ask("incidents nobody acked while they were open", NOW)) == [LATENCY]
    assert _ids(asker.ask("which incidents were acknowledged", NOW)) == [ERRORS]
    acked = asker.ask("which alerts got acked while they were still firing", NOW)
    assert [(row[acked.columns.index("name")], row[acked.columns.index("service")]) for row in acked.rows] == [
        ("HighErrorRate", "checkout")]  # search's HighErrorRate: the matcher names checkout
    assert asker.ask("how many acks came more than 3 minutes after the alert started", NOW).rows == [(1,)]
    assert asker.ask("how many acks came within 3 minutes after the alert started firing", NOW).rows == [(0,)]
    assert _ids(asker.ask("which incidents were acked within 5 minutes", NOW)) == [ERRORS]  # had been refused
    assert _ids(asker.ask("incidents acknowledged within 4 min of opening", NOW)) == []
    assert asker.ask("how many alerts were acked within 5 minutes of starting", NOW).rows == [(1,)]
    assert asker.ask("alerts that were only acked after 10 minutes", NOW).rows == []


def test_incidents_fixed_by_whoever_made_their_suspect_change(asker):
    """HighErrorRate's suspect v2.0.1 was deployed by ana.lopez@acme.io, who also recorded its fix."""
    same = asker.ask("which incidents were resolved by the same person who made their suspect change?", NOW)
    assert [row[same.columns.index("id")] for row in same.rows] == [ERRORS]
    assert asker.ask("how many incidents were fixed by someone other than the person who deployed the suspect",
                     NOW).rows == [(0,)]


def test_how_long_each_incident_lasted_or_has_been_open(asker):
    each = asker.ask("how long did each incident last", NOW)  # the rows, not their average
    assert sorted((row[0], row[-1]) for row in each.rows if row[0] in (ERRORS, LATENCY)) == [
        (ERRORS, 20.0), (LATENCY, None)]
    so_far = asker.ask("how long has the LatencyP99High incident been open", NOW)  # opened 11:30, now 12:00
    assert so_far.rows == [(30.0,)]  # the one incident it singles out: its minutes alone
    assert "resolved_at IS NULL OR" not in asker.ask("how many minutes did each checkout incident stay open", NOW).sql


def test_log_lines_per_version_they_report(asker):
    for question in ("error logs per version of checkout", "log lines per service version"):
        answer = asker.ask(question, NOW)
        assert "FROM log_events" in answer.sql and "GROUP BY service_version" in answer.sql, question
        assert answer.rows == [(None, 3)], question  # the three lines report no version


def test_the_average_lag_of_suspects_per_change_type(asker):
    answer = asker.ask("on average how many minutes before each incident did its suspect change land, by change type",
                       NOW)
    assert answer.rows == [("deployment", 10.0)] and "GROUP BY change_type" in answer.sql
    assert asker.ask("median lag of the suspect changes", NOW).sql.startswith("SELECT ROUND(MEDIAN(lag_s / 60)")
    assert asker.ask("median lag of the suspect changes", NOW).rows == [(10.0,)]
    assert asker.ask("average score of suspects", NOW).rows == [(0.9,)]  # not their number (1)


def test_weekends_restated_windows_and_raise(asker):
    """The store's alerts are on Tuesday 2024-03-05; nothing fired on a weekend."""
    weekend = asker.ask("which alerts started on a weekend (Saturday or Sunday)?", NOW)
    assert "DAYOFWEEK(starts_at) IN (0, 6)" in weekend.sql and weekend.rows == []
    assert len(asker.ask("alerts that started on a weekday", NOW).rows) == 5
    restated = asker.ask("how many alerts did each service raise on March 5 2024 (00:00-24:00 UTC)?", NOW)
    assert sorted(restated.rows) == [("billing-api", 1), ("checkout", 2), ("inventory", 1), ("search", 1)]


def test_how_many_services_met_the_other_side_and_when_a_version_went_out(asker):
    assert asker.ask("how many svcs got paged within 15m after one of their own deploys", NOW).rows == [(1,)]
    ranked = asker.ask("which svc got the most alerts within 15m after its own deploys", NOW)
    assert ranked.rows == [("checkout", 1)]
    went = asker.ask("when did checkout last go out to prod, and what version was it?", NOW)
    assert [row[1] for row in went.rows] == ["v2.0.1"] and went.rows[0][0] == at(-10)


def test_the_change_blamed_for_the_most_incidents_and_a_list_after_which(asker):
    most = asker.ask("Which change was the suspect for the most incidents? Its change id and the number of incidents.",
                     NOW)
    assert "GROUP BY change_id ORDER BY incidents DESC" in most.sql and [row[1] for row in most.rows] == [1]
    assert asker.ask("whose deploys were blamed for the most incidents?", NOW).rows == [("ana.lopez@acme.io", 1)]
    which = asker.ask("what did ana deploy? which service, which env and which version", NOW)
    assert which.columns[:2] == ["service", "environment"] and len(which.columns) == 3


def test_postmortem_questions_answered_whole_or_refused(asker):
    both = asker.ask("who resolved the HighErrorRate incident and what was the fix", NOW)  # not the person alone
    assert "fix" in both.columns and both.rows[0][both.columns.index("resolved_by")] == "ana.lopez@acme.io"
    assert asker.ask("how many minutes between the v2.0.1 deploy and the first alert after it", NOW).rows == [
        (10.0,)]  # the time between the two (test_ask_between), not a count
    with pytest.raises(Refused):
        asker.ask("what happened right before the first checkout alert", NOW)  # not that alert


def test_resolved_within_a_span_acks_per_person_and_time_to_ack_refused(asker):
    assert asker.ask("how many incidents were resolved within 30 minutes", NOW).rows == [(1,)]  # HighErrorRate: 20
    assert asker.ask("how many incidents were resolved within 10 minutes", NOW).rows == [(0,)]
    assert asker.ask("how many alerts did each person ack", NOW).rows == [("ana.lopez@acme.io", 1)]  # acks, not alerts
    with pytest.raises(Refused, match="time to acknowledge"):
        asker.ask("average time between alert start and ack", NOW)  # not how long alerts lasted


def test_the_second_of_a_sorted_list(asker):
    second = asker.ask("second highest scoring suspect", NOW)  # there is one suspect: no second
    assert second.sql.endswith("ORDER BY score DESC, opened_at LIMIT 1 OFFSET 1") and second.rows == []
    assert len(asker.ask("highest scoring suspect", NOW).rows) == 1


def test_what_open_incidents_lacked_is_asked_of_those_open(asker):
    assert _ids(asker.ask("incidents without a fix written down", NOW)) == [LATENCY]
    assert _ids(asker.ask("which incidents were open at 10:10 and had no fix written down", NOW)) == []
    assert _ids(asker.ask("incidents open at 11:45 without a suspect", NOW)) == [LATENCY]
    assert _ids(asker.ask("incidents open at 10:10 without a suspect", NOW)) == []
    assert asker.ask("how many incidents still open as we speak had no log patterns", NOW).rows == [(1,)]


def test_the_minutes_of_each_incident_beside_the_columns_it_lists(asker):
    answer = asker.ask("for each checkout incident, give its alert name and how many minutes it stayed open "
                       "(resolved ones only)", NOW)
    assert answer.rows == [("HighErrorRate", 20.0)]  # LatencyP99High is still open
    listed = asker.ask("how many minutes did each incident stay open, with its service and alert name", NOW)
    assert listed.columns[-1] == "minutes" and sorted(listed.rows, key=str) == [
        ("checkout", "HighErrorRate", 20.0), ("checkout", "LatencyP99High", None)]


def test_acks_during_an_incident_are_the_acks(asker):
    answer = asker.ask("acks that happened during an incident", NOW)  # ack-1 at 10:05, HighErrorRate open 10:00-10:20
    assert "action" in answer.columns and [row[answer.columns.index("id")] for row in answer.rows] == ["ack-1"]
    assert asker.ask("how many acks happened during an incident", NOW).rows == [(1,)]
    assert _ids(asker.ask("incidents acked while open", NOW)) == [ERRORS]  # the incidents, asked so


@pytest.mark.parametrize(("question", "people"), [
    ("who is on the HighErrorRate incident", [("ana.lopez@acme.io",)]),
    ("who worked on the checkout incident", [("ana.lopez@acme.io",)]),  # acked HighErrorRate's
    ("who is handling the LatencyP99High outage", []),  # nobody acked it
])
def test_who_is_on_an_incident_is_who_acked_it(asker, question, people):
    answer = asker.ask(question, NOW)
    assert "action = 'ack'" in answer.sql and answer.rows == people, answer.sql


@pytest.mark.parametrize(("question", "rows"), [
    ("what percent of incidents had a suspect", [(50.0,)]),  # HighErrorRate's v2.0.1, not LatencyP99High
    ("What share of today's incidents were pinned on a change?", [(50.0,)]),
    ("what share of incidents have no resolution", [(50.0,)]),
    ("what percentage of incidents had an early warning before them", [(0.0,)]),
    ("How many incidents had neither an early warning nor a suspect change?", [(1,)]),
    ("how many incidents with no suspect and no resolution", [(1,)]),
    ("how many incidents with no suspect or no early warning", [(2,)]),  # neither has a warning
])
def test_a_share_of_incidents_that_had_something_and_those_with_neither(asker, question, rows):
    answer = asker.ask(question, NOW)
    assert answer.rows == rows, answer.sql


def test_a_share_of_incidents_that_had_two_things_is_refused_not_half_read(asker):
    with pytest.raises(Refused, match="two things"):
        asker.ask("what share of incidents had an early warning and a suspect", NOW)


def test_incidents_with_their_suspect_columns_named_by_the_list(asker):
    answer = asker.ask("Incidents with their suspect change: the alert name, when the incident opened, the change type "
                       "and who made the change.", NOW)
    assert answer.rows == [("HighErrorRate", at(0), "deployment", "ana.lopez@acme.io")]


def test_an_incident_named_by_a_word_of_its_alert(asker):
    """'latency' is a word of LatencyP99High: "the latency incident" is that one; a word elsewhere ("written down")
    names none."""
    named = asker.ask("suspect of the latency incident", NOW)
    assert "group_labels['alertname'] = 'LatencyP99High'" in named.sql and named.rows == []  # it has no suspect
    assert "alertname" not in asker.ask("which incidents still have no resolution written down", NOW).sql
    before = asker.ask("which deploys happened in the hour before the latency incident", NOW)
    assert "ga.name IN ('LatencyP99High')" in before.sql  # not every incident's hour


@pytest.mark.parametrize(("question", "row"), [
    ("per incident with suspect change: opened_at, service, change service, change version, change actor",
     (at(0), "checkout", "checkout", "v2.0.1", "ana.lopez@acme.io")),
    ("every incident with its suspect change: service, change type, actor, and minutes before the incident it landed",
     ("checkout", "deployment", "ana.lopez@acme.io", 10.0)),
])
def test_a_suspect_s_columns_named_with_change_before_them(asker, question, row):
    assert asker.ask(question, NOW).rows == [row]


def test_resolved_incidents_with_no_resolution_row(asker):
    """HighErrorRate's incident was resolved and written up; LatencyP99High's is open with none."""
    assert _ids(asker.ask("incidents with no resolution yet", NOW)) == [LATENCY]
    for question in ("resolved incidents with no resolution", "resolved alert_groups with no resolutions row"):
        answer = asker.ask(question, NOW)
        assert "NOT resolved_at IS NULL" in answer.sql and answer.rows == [], answer.sql  # not the join's rows


@pytest.mark.parametrize(("question", "ids"), [
    ("incidents fixed by rolling back", [ERRORS]),  # its fix says "rolled back"
    ("Which incidents were resolved by rolling back, according to their resolutions?", [ERRORS]),
    ("incidents whose fix was a rollback", [ERRORS]),
    ("incidents fixed by a restart", []),
    ("which incidents did nobody acknowledge", [LATENCY]),  # HighErrorRate was acked at 10:05
])
def test_incidents_by_how_they_were_fixed_and_by_no_ack(asker, question, ids):
    assert _ids(asker.ask(question, NOW), "id") == ids


def test_a_text_searched_for_in_its_other_forms(asker):
    assert len(asker.ask("which resolutions mention a rollback", NOW).rows) == 1  # "rolled back"


@pytest.mark.parametrize("question", ["list incidents along with the number of alerts in each",
                                      "how many alerts did each incident have", "number of alerts per incident",
                                      "show each incident and how many alerts it had"])
def test_the_alerts_of_each_incident_are_its_own(asker, question):
    answer = asker.ask(question, NOW)  # had been one count of every incident, or refused
    own = asker.con.execute("SELECT id, alert_count FROM alert_groups").fetchall()
    assert sorted((row[0], row[-1]) for row in answer.rows) == sorted(own) and len(own) >= 2
    assert answer.columns[:3] == ["id", "service", "opened_at"] and " JOIN " not in answer.sql


def test_alerts_during_each_incident_are_still_met_in_time(asker):
    answer = asker.ask("how many alerts fired during each incident", NOW)
    assert "LEFT JOIN alerts" in answer.sql and "alert_count" not in answer.sql


@pytest.mark.parametrize("question", ["incidents per alert name", "number of incidents per alert name"])
def test_incidents_counted_per_alert_name(asker, question):
    answer = asker.ask(question, NOW)  # had been every incident's row, or one count
    expected = asker.con.execute("SELECT group_labels['alertname'], count(*) FROM alert_groups GROUP BY 1").fetchall()
    assert sorted(answer.rows) == sorted(expected) and ("HighErrorRate", 1) in answer.rows


@pytest.fixture(scope="module")
def both_blamed(tmp_path_factory):
    """The store above with LatencyP99High (still open) blamed on the same deploy as HighErrorRate (resolved), and
    two warnings before HighErrorRate (at 09:20 and 09:55)."""
    path = tmp_path_factory.mktemp("blamed") / "s.duckdb"
    _store(path)
    _incidents(path)
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO correlations SELECT * REPLACE ('corr-2' AS id, ? AS group_id) FROM correlations",
                [LATENCY])
    for wid, minute in (("warning-1", -40), ("warning-2", -5)):  # two before HighErrorRate (10:00), none before
        con.execute("INSERT INTO warnings VALUES (?, 'acme', MAP {'alertname': 'MetricAnomaly', 'service': 'checkout', "
                    "'project': 'shop', 'environment': 'prod'}, MAP {}, ?, NULL, '', 'm', 2.0, 1.0, [0.5, 1.5], 4.0, "
                    "'detector', 'firing', 1)", [wid, at(minute)])  # LatencyP99High (11:30) within the hour
    con.close()
    con = open_read_only(path)
    yield Asker(con)
    con.close()


@pytest.mark.parametrize(("question", "ids"), [
    ("resolved incidents with a suspect change", [ERRORS]),
    ("which resolved incidents had a suspect", [ERRORS]),
    ("open incidents with a suspect", [LATENCY]),
    ("incidents with their suspect change", [ERRORS, LATENCY]),
])
def test_the_state_of_incidents_asked_with_their_suspects(both_blamed, question, ids):
    assert _ids(both_blamed.ask(question, NOW), "group_id") == ids  # "resolved" had been left unread


@pytest.mark.parametrize(("question", "counts"), [
    ("how many warnings came before each incident", {ERRORS: 2, LATENCY: 0}),
    ("for each incident, how many early warnings preceded it", {ERRORS: 2, LATENCY: 0}),
    ("for each incident, the number of warnings at least 10 minutes before it", {ERRORS: 1, LATENCY: 0}),
    ("number of warnings before each open incident", {LATENCY: 0}),
])
def test_warnings_counted_before_each_incident(both_blamed, question, counts):
    answer = both_blamed.ask(question, NOW)  # had been refused, or one count of every warning
    assert {row[0]: row[-1] for row in answer.rows} == counts and answer.columns[-1] == "warnings"


@pytest.mark.parametrize(("question", "rows"), [
    ("which incidents had both a warning and a suspect", [ERRORS]),  # had been each pair of a suspect and a warning
    ("incidents with a suspect and an early warning", [ERRORS]),
])
def test_incidents_that_had_a_warning_and_a_suspect(both_blamed, question, rows):
    assert _ids(both_blamed.ask(question, NOW)) == rows
    assert both_blamed.ask("how many incidents had both a suspect and a warning", NOW).rows == [(1,)]
