"""Rows placed around one named event: changes in the hour before the first alert of a day, alerts since a silence
went on, alerts firing at the moment a rollback went live, flags toggled before a release of a version; and the
events that are many or named through the rows ("a deploy", "its first alert"), left to the relations of kinds."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Asker
from signalcraft.copilot.ask_anchor import split_anchor
from signalcraft.copilot.store import open_read_only
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from tests.support import alert, at, audit, change

NOW = at(240)


def _changed(key: str, type_: str, minutes: float, service: str = "checkout", **kw):
    return change(key, type_, "github-deployment-status", minutes, service=service, summary=f"{type_} {key}",
                  phase="live", **kw)


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("anchor") / "a.duckdb"
    with DuckDBWriter(path) as writer:
        writer.add([
            _changed("early", "deployment", -100, version="v1.0.0"), _changed("d1", "deployment", 20, version="v1.1.0"),
            _changed("f1", "flag_change", 50,
                     service="cart"),
            _changed("r1", "release", 80, version="v2.0.0"), _changed("rb", "rollback", 150, service="cart"),
            _changed("stg", "deployment", 40, version="v1.2.0-rc").model_copy(update={"environment": "staging"}),
            alert("HighErrorRate", "checkout", "firing", 60), alert("Late", "checkout", "firing", 200),
            alert("Long", "cart", "firing", 100), alert("Short", "cart", "firing", 110),
            alert("Short", "cart", "resolved", 110, 120),
            audit("s1", "silence", 180, source="alertmanager-silence", actor="ana", target="sil-1", starts_at=at(180),
                  ends_at=at(300), state="active", matchers=({"name": "alertname", "value": "Late",
                                                               "is_equal": True, "is_regex": False},)),
        ])
        writer.flush()
    con = open_read_only(path)
    yield Asker(con)
    con.close()


def _names(answer, column: str = "name") -> list[str]:
    return sorted(row[answer.columns.index(column)] for row in answer.rows)


def test_changes_in_the_hour_before_the_first_alert(asker):
    answer = asker.ask("what changed in the hour before the first checkout alert today", NOW)
    assert _names(answer, "summary") == ["deployment d1", "flag_change f1"]  # 10:20 and 10:50, before 11:00
    led = asker.ask("In the hour before the first checkout alert today, what changed on checkout?", NOW)
    assert _names(led, "summary") == ["deployment d1"]


def test_flags_toggled_in_the_hour_before_a_release_of_a_version(asker):
    answer = asker.ask("were any flags toggled in the hour before the v2.0.0 release?", NOW)
    assert _names(answer, "summary") == ["flag_change f1"]


def test_alerts_firing_at_the_moment_of_a_rollback_and_alerts_since_a_silence(asker):
    firing = asker.ask("which alerts were still firing at the moment today's rollback went live?", NOW)
    assert _names(firing) == ["HighErrorRate", "Long"]  # Short had resolved; Late had not started
    since = asker.ask("alerts since the Late silence went on today", NOW)
    assert _names(since) == ["Late"]  # the silence at 13:00, Late from 13:20
    assert _names(asker.ask("alerts since the first checkout alert today", NOW)) == ["HighErrorRate", "Late", "Long",
                                                                                      "Short"]


@pytest.mark.parametrize("question", [
    "alerts after a deploy", "what changed before today's checkout alerts", "who deployed in the hour before its "
    "first alert today", "changes around the deploy"])
def test_events_that_are_many_or_named_through_the_rows_are_not_one_moment(question):
    assert split_anchor(question) is None


def test_the_version_live_at_a_moment_and_changes_after_a_tool_s_deploy(asker):
    assert asker.ask("which checkout version was live at 10:30 today", NOW).rows == [("v1.1.0",)]
    assert asker.ask("what version of checkout was running today at 10:00", NOW).rows == [("v1.0.0",)]
    assert "c.source IN ('github-deployment-status')" in asker.sql(
        "alerts within 60 min after a github-deployment-status deploy", NOW)[0]


def test_silences_in_effect_and_alerts_firing_when_an_event_happened(asker):
    silences = asker.ask("which silences were in effect when the first checkout alert today fired?", NOW)
    assert silences.rows == []  # the one silence began at 13:00, the alert at 11:00
    later = asker.ask("which silences were in effect when the first Late alert today fired", NOW)
    assert [row[later.columns.index("silence_id")] for row in later.rows] == ["sil-1"]  # 13:00-15:00, Late 13:20
    firing = asker.ask("which alerts were firing when the v2.0.0 release went live", NOW)  # 11:20
    assert _names(firing) == ["HighErrorRate"]


def test_since_an_alert_fired_on_a_day_is_since_its_first_firing_that_day(asker):
    answer = asker.ask("since the Long alert fired today, which service had the most alerts?", NOW)
    assert answer.rows == [("cart", 2)]  # Long 11:40 and Short 11:50 on cart; Late 13:20 on checkout


def test_a_deploy_that_saw_a_rollback_of_the_same_service_and_an_hour_without_its_article(asker):
    assert asker.sql("which deploys got a rollback of that same service within an hour after?", NOW)[0] == \
        asker.sql("deploys followed by a rollback of the same service within an hour", NOW)[0]
    bare = asker.ask("which changes were made on checkout in hour before first checkout alert of today?", NOW)
    assert _names(bare, "summary") == ["deployment d1"]


def test_on_production_is_where_flags_were_toggled_not_their_new_state(asker):
    sql = asker.sql("on production, who did toggle feature flags?", NOW)[0]
    assert "details['on']" not in sql and "turned" not in sql


def test_changes_around_an_alert_are_of_its_environment_unless_one_is_named(asker):
    """checkout's v1.2.0-rc went to staging at 10:40, twenty minutes before the production HighErrorRate."""
    prod = asker.ask("what changed on checkout in the hour before the first checkout alert today", NOW)
    assert _names(prod, "version") == ["v1.1.0"]
    staging = asker.ask("what changed on checkout in staging in the hour before the first checkout alert today", NOW)
    assert _names(staging, "version") == ["v1.2.0-rc"]


@pytest.mark.parametrize("question", ["what changed on checkout in the hour before it went down today",
                                      "what changed on checkout in the hour before it broke on March 5"])
def test_it_going_down_is_the_first_alert_of_what_the_question_is_about(asker, question):
    assert _names(asker.ask(question, NOW), "version") == ["v1.1.0"]


def test_an_event_written_with_went_to_or_got_deployed_to_and_in_moment_when(asker):
    """checkout's v1.1.0 went to production at 10:20, before any alert fired; Late fired at 13:20."""
    for question in ("which alerts were firing in moment when checkout v1.1.0 went to prod",
                     "when checkout v1.1.0 got deployed to prod, which alerts were firing?"):
        answer = asker.ask(question, NOW)
        assert "'v1.1.0'" in answer.sql and "type = 'deployment'" in answer.sql and answer.rows == [], answer.sql
    assert asker.ask("which alerts were firing in moment when the first Late alert fired", NOW).rows != []


def test_a_deploy_that_got_a_rollback(asker):
    assert asker.sql("cart deploys that got a rollback within the hour", NOW)[0] == \
        asker.sql("cart deploys followed by a rollback within an hour", NOW)[0]
