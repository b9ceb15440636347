"""Questions in the words and slips of more people: a kind of change that "went out" (rollbacks had been read with
every deploy), "which user-profile versions" (had been read as "who": the person behind them), "which 3 persons has
created the most", "kena" for got and "n" for and, "how many alerts are inside one incident", versions "and when" /
"and who deployed them" and a silence's author "and why", the columns of two related kinds listed with "who
deployed", "how many minutes ahead" (had been a count of the rows), "the weekend of March 2-3", "did anything open an
incident" (had been the incidents still open), and alert names listed one by one ("the disk, latency and p99 alerts":
each part's names, not the one name with the most of the words).

The store is :mod:`tests.unit.test_ask`'s (Tuesday 2024-03-05, now 12:00; checkout's v2.0.1 live at 09:50) with a
rollback of checkout to v2.0.0 at 10:30 by cy, user-profile's v1.2.0 live at 11:00 by bo, and a silence of checkout
made by bo at 10:40 with the comment "known flaky probe"; the incident tests use :mod:`tests.unit.test_ask_incidents`'
store."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_columns import narrowed, trailing_list
from tests.support import asking, at, audit, change
from tests.unit.test_ask import NOW, _store


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    silence = ({"name": "service", "value": "checkout", "is_regex": False, "is_equal": True},)
    rows = [change("rb", "rollback", "github-deployment-status", 30, actor="cy", version="v2.0.0", phase="live",
                   summary="roll back to v2.0.0"),
            change("up", "deployment", "github-deployment-status", 60, actor="bo", version="v1.2.0", phase="live",
                   summary="deploy v1.2.0", service="user-profile"),
            audit("s2", "silence", 40, actor="bo", target="sil-2", matchers=silence, comment="known flaky probe",
                  duration_s=3600.0, starts_at=at(40), ends_at=at(100), source="alertmanager-silence")]
    yield from asking(tmp_path_factory.mktemp("slips") / "s.duckdb", rows, base=(_store,))


def test_a_kind_of_change_that_went_out_is_that_kind(asker):
    answer = asker.ask("Which rollbacks went out today?", NOW)
    assert "type = 'rollback'" in answer.sql and [r[answer.columns.index("version")] for r in answer.rows] == [
        "v2.0.0"]


def test_a_service_named_with_a_word_for_people_is_the_service(asker):
    answer = asker.ask("which user-profile versions were deployed today", NOW)
    assert answer.rows == [("v1.2.0",)], answer.sql


@pytest.mark.parametrize(("question", "rows"), [
    ("Which user-profile versions were deployed today, and when?", [("v1.2.0", at(60))]),
    ("which checkout versions were deployed today, and who deployed them?", [("v2.0.1", "ana.lopez@acme.io")]),
    ("Who put the silence on checkout, and why?", [("bo", "known flaky probe")]),
])
def test_a_second_thing_asked_after_and(asker, question, rows):
    answer = asker.ask(question, NOW)
    assert answer.rows == rows, answer.sql


def test_slips_of_grammar_and_chat(asker):
    assert "LIMIT 3" in asker.ask("Which 3 persons has deployed the most?", NOW).sql
    assert asker.ask("On average, how many alerts are inside one incident?", NOW).sql == asker.ask(
        "on average how many alerts are in one incident", NOW).sql
    kena = asker.ask("which deploy today kena alerts within 15 min after, same svc", NOW)
    assert kena.sql == asker.ask("which deploy today got alerts within 15 min after, same svc", NOW).sql
    counted = asker.ask("for each deploy today: svc, ver n how many alerts same svc in next 30 min", NOW)
    assert sorted(counted.rows) == [("checkout", "v2.0.1", 1), ("user-profile", "v1.2.0", 0)], counted.sql


def test_the_weekend_of_two_days_is_those_days(asker):
    sql = asker.ask("Did anything open an incident over the weekend of March 2-3? List them.", NOW).sql
    assert "'2024-03-02 00:00:00+00'" in sql and "'2024-03-04 00:00:00+00'" in sql, sql


def test_alert_words_listed_one_by_one(asker):
    answer = asker.ask("the disk, latency and p99 alerts", NOW)
    assert sorted({r[answer.columns.index("name")] for r in answer.rows}) == ["DiskSpaceLow", "LatencyP99High"]
    one = asker.ask("latency p99 alerts", NOW)  # the words of one name stay that name
    assert {r[one.columns.index("name")] for r in one.rows} == {"LatencyP99High"}


def test_how_many_minutes_ahead_is_no_count(asker):
    with pytest.raises(Refused, match="how long"):
        asker.ask("which series warned before the checkout incident, and how many minutes ahead", NOW)


def test_early_warnings_listed_by_metric_and_lead_time():
    items, _, _ = trailing_list("Which series warned before the incident? Metric key and lead time.")
    assert items == ["metric", "lag"]
    assert narrowed(items, "SELECT * FROM incident_warnings") == (
        "SELECT metric_key, lead_min FROM (SELECT * FROM incident_warnings) AS q")


def test_incidents_listed_with_who_deployed_before_them(incidents_asker):
    answer = incidents_asker.ask("Which incidents opened within 15 minutes after a deploy of the same service? "
                                 "Service, alert name, when it opened and who deployed.", NOW)
    assert answer.rows == [("checkout", "HighErrorRate", at(0), "ana.lopez@acme.io")], answer.sql


def test_did_anything_open_an_incident_is_what_opened(incidents_asker):
    answer = incidents_asker.ask("Did anything open an incident today?", NOW)
    assert len(answer.rows) == 2 and "resolved_at" not in answer.sql, answer.sql


@pytest.mark.parametrize(("question", "way"), [("what fixed the last checkout incident", "DESC"),
                                               ("how was the first checkout outage fixed", "ASC")])
def test_the_fix_of_one_incident_named_by_its_place(incidents_asker, question, way):
    """ "the last checkout incident" is the latest one (LatencyP99High, no fix written): had been every fixed one."""
    answer = incidents_asker.ask(question, NOW)
    assert f"ORDER BY opened_at {way}, id LIMIT 1" in answer.sql
    assert len(answer.rows) == (0 if way == "DESC" else 1), answer.sql


@pytest.mark.parametrize(("question", "offset"), [("the service with the second most alerts", 1),
                                                  ("which service had the third most deploys", 2)])
def test_a_rank_after_the_first_said_with_most(asker, question, offset):
    """Had been the first (alerts) and every deploy (deploys)."""
    assert asker.ask(question, NOW).sql.endswith(f"LIMIT 1 OFFSET {offset}")
