"""Words of people who audit silences and write reviews: a verb that is not an alert's word, a silence ended by
hand, one set up ahead of its start, its comment listed beside its length, a purpose said after the question, what
went live in an environment, and advice asked for. The store is :mod:`tests.unit.test_ask`'s (Tuesday 2024-03-05,
now 12:00 UTC) with two alerts more: payments' ConversionRateDrop and ContainerOOMKilled."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from tests.support import alert, asking
from tests.unit.test_ask import NOW, _store


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    rows = [alert("ConversionRateDrop", "payments", "firing", 70, severity="warning"),
            alert("ContainerOOMKilled", "payments", "firing", 80)]
    yield from asking(tmp_path_factory.mktemp("reviews") / "s.duckdb", rows, base=(_store,))


def names(answer):
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


def test_a_word_inside_a_name_is_not_its_words(asker):
    """ "rated" is "rate" and one letter of "drop": not ConversionRateDrop (it had narrowed the alerts to it: none
    critical); "crashloop"-like runs of a name's words still find it."""
    answer = asker.ask("alerts rated critical", NOW)
    assert "ConversionRateDrop" not in answer.sql, answer.sql
    assert names(answer) == ["BillingExportFailed", "ContainerOOMKilled", "HighErrorRate", "HighErrorRate",
                             "LatencyP99High"]
    assert names(asker.ask("ratedrop alerts", NOW)) == ["ConversionRateDrop"]


def test_what_a_person_did_to_silences(asker):
    """ "the silences ana killed by hand": the ones she ended (ContainerOOMKilled's matchers had been searched, and
    "by hand" had kept the people's silences she made)."""
    sql = asker.ask("the silences ana killed by hand", NOW).sql
    assert "expired_by = 'ana.lopez@acme.io'" in sql and "OOM" not in sql and "created_by" not in sql, sql
    assert "expired_by = 'ana.lopez@acme.io'" in asker.ask("silences ana deleted", NOW).sql


def test_a_silence_that_starts_after_it_was_made(asker):
    """ "start later than they were created": start against creation (had been a start after now)."""
    for question in ("silences that start later than they were created",
                     "silences that were scheduled ahead, i.e. start later than they were created",
                     "silences whose start is after their creation"):
        assert "WHERE starts_at > created_at" in asker.ask(question, NOW).sql, question
    assert "starts_at > CAST('2024-03-05 12:00:00+00'" in asker.ask("silences that start later", NOW).sql


def test_a_silences_comment_beside_its_length(asker):
    """ "its author, its comment and its scheduled length": the comment had been left out of the columns."""
    answer = asker.ask("For each silence, please give its author, its comment and its scheduled length in minutes.",
                       NOW)
    assert answer.columns == ["created_by", "comment", "minutes"], answer.sql


def test_what_the_answer_is_for_is_not_asked(asker):
    """ "..., for the ops report" had refused ("no service called 'ops'"); "- the change side of my timeline"
    had made the question the timeline's."""
    answer = asker.ask("alerts per day today, for the ops report", NOW)
    assert answer.columns == ["day", "alerts"] and answer.rows[0][1] == 7, answer.sql
    sql = asker.ask("everything that went live on checkout in production today - the change side of my timeline",
                    NOW).sql
    assert sql.startswith("SELECT * FROM change_events") and "phase = 'live'" in sql, sql


def test_what_went_live_in_an_environment_is_changes(asker):
    """ "went live ... in production": "live" is the changes' phase beside the environment (it had been read as
    production's other name, leaving alerts)."""
    sql = asker.ask("what went live on checkout in production today", NOW).sql
    assert sql.startswith("SELECT * FROM change_events") and "phase = 'live'" in sql, sql


@pytest.mark.parametrize("question", [
    "what should our MTTR target be for next quarter?",
    "is it better to silence or to inhibit during a reindex, generally speaking?",
])
def test_advice_is_refused(asker, question):
    """Advice, not rows (the first had averaged TargetDown-like alerts by the word "target")."""
    with pytest.raises(Refused) as refused:
        asker.ask(question, NOW)
    assert refused.value.kind == "not_about_this_data"


def test_what_alertmanager_held_back_by_name_author_and_silence(asker):
    """Alertmanager's own record of what it held back (``alert_mutes``), asked three more ways: by alert name with
    Alertmanager as the one holding back (it had been a source filter on the alerts), by the silences' author (it
    had been each silence), and per silence of a window (its time had related silences to alerts instead)."""
    by_name = asker.ask("Which alert name has Alertmanager held back the most?", NOW).sql
    assert "FROM alert_mutes" in by_name and "GROUP BY name" in by_name and "source" not in by_name, by_name
    by_author = asker.ask("Please identify the silence author whose silences held back the most alerts.", NOW).sql
    assert "JOIN silences AS s ON s.silence_id = m.silence_id GROUP BY s.created_by" in by_author, by_author
    assert by_author.endswith("LIMIT 1"), by_author
    assert asker.ask("which 2 people made the silences that muted the most alerts", NOW).sql.endswith("LIMIT 2")
    each = asker.ask("For each silence created since 4 March, how many alerts did Alertmanager hold back under it?",
                     NOW)
    assert "FROM (SELECT * FROM silence_scopes WHERE created_at >= CAST('2024-03-04 00:00:00+00'" in each.sql, each.sql
    assert "LEFT JOIN (SELECT UNNEST(silenced_by) AS silence_id FROM alert_mutes)" in each.sql


def test_the_day_said_after_each_thing_is_that_things_day(asker):
    """ "after each production deployment on 5 March": the deployments' day (it had narrowed the alerts, so every
    deployment of any day was averaged in with none after it)."""
    sql = asker.ask("On average, how many alerts fired on the same service in the 15 minutes after each deployment "
                    "on 5 March?", NOW).sql
    assert "c.timestamp >= CAST('2024-03-05 00:00:00+00'" in sql and "a.starts_at >= CAST('2024-03-05" not in sql, sql


def test_an_open_incident_has_lasted_until_now(asker):
    """ "incidents that lasted longer than 30 minutes": one still open counts until now (it had been left out)."""
    sql = asker.ask("incidents today that lasted longer than 30 minutes", NOW).sql
    assert "COALESCE(EPOCH(resolved_at), EPOCH(CAST('2024-03-05 12:00:00+00' AS TIMESTAMPTZ))) - EPOCH(opened_at) > " \
           "1800" in sql, sql
    shorter = asker.ask("incidents today that lasted less than 30 minutes", NOW).sql
    assert "EPOCH(resolved_at) - EPOCH(opened_at) < 1800" in shorter, shorter


def test_minutes_between_two_events_said_shortly(asker):
    """ "how long ...? minutes please, it's the gap between ..." had been split at its "between"; "mins from ... to"
    had been refused. Both are the minutes from ana's deploy (09:50) to checkout's first alert (10:00)."""
    for question in ("how long after v2.0.1 went live did the first checkout alert fire? minutes please, it's the gap "
                     "between change and signal i'm after",
                     "mins from v2.0.1 going live to the first checkout alert"):
        assert asker.ask(question, NOW).rows == [(10.0,)], question


def test_a_time_said_before_the_thing_counted_per_each(asker):
    """ "for each W10 silence": the silences of ISO week 10 (it had been refused as a breakdown by "w10")."""
    sql = asker.ask("for each W10 silence, how many alerts did it mute? zero included", NOW).sql
    assert "FROM (SELECT * FROM silence_scopes WHERE created_at >= CAST('2024-03-04 00:00:00+00'" in sql, sql


def test_the_people_whose_changes_were_blamed(asker):
    """ "top 2 people whose changes got blamed ...": per person (it had been per change)."""
    sql = asker.ask("top 2 people whose changes got blamed as the suspect for the most incidents", NOW).sql
    assert sql.startswith("SELECT change_actor, COUNT(DISTINCT group_id) AS incidents FROM incident_suspects GROUP "
                          "BY change_actor"), sql  # incidents, each once however many of the person's changes it had


def test_alerts_except_a_severity_and_changes_except_a_kind(asker):
    """ "alerts, everything except the warnings": not the warning alerts (it had been refused as relating alerts to
    anomaly warnings); "except scale events": every kind but scaling (it had been scaling alone)."""
    answer = asker.ask("checkout alerts, everything except the warnings", NOW)
    assert "severity <> 'warning'" in answer.sql and names(answer) == ["HighErrorRate", "LatencyP99High"], answer.sql
    assert "type <> 'scale'" in asker.ask("changes today except scale events", NOW).sql


@pytest.mark.parametrize(("question", "parts"), [
    ("deploys --since 30d --group-by day", ["TIME_BUCKET(INTERVAL '1' DAY, timestamp) AS day", "type = 'deployment'",
                                            "timestamp > CAST('2024-02-04 12:00:00+00'"]),
    ("top 2 alertname --since 7d --sort=count", ["SELECT name, COUNT(*) AS alerts FROM alerts", "LIMIT 2"]),
    ("top 2 actors --type=flag_change", ["type = 'flag_change'", "GROUP BY person", "LIMIT 2"]),
    ("changes --svc=checkout --env=prod --type=deployment,flag_change",
     ["service = 'checkout'", "type IN ('deployment', 'flag_change')"]),
    ("alerts --env=staging --state=firing", ["environment_canonical = 'staging'", "ends_at IS NULL OR ends_at >"]),
    ("silences --created-by=ana --comment~reindex", ["created_by = 'ana.lopez@acme.io'", "comment ILIKE '%reindex%'"]),
])
def test_a_command_lines_flags_are_its_words(asker, question, parts):
    """A question typed as a command line with ``--flags`` (each had been refused)."""
    sql = asker.ask(question, NOW).sql
    assert all(p in sql for p in parts), sql


def test_who_and_when_after_a_comma_are_the_columns(asker):
    """ "config changes on production, who and when?": the person and the time (had been every column)."""
    answer = asker.ask("deploys today, who and when?", NOW)
    assert answer.columns == ["actor", "timestamp"] and len(answer.rows) == 1, answer.sql
    listed = asker.ask("my team deploy list today: who deploy, which service, what version, where?", NOW)
    assert listed.columns[0] == "actor" and listed.columns[-1] == "environment", listed.sql


@pytest.mark.parametrize("question", ["what is difference between StatefulSet and Deployment in kubernetes?",
                                      "how I configure the sync waves in argo cd?"])
def test_how_to_and_general_knowledge_are_refused(asker, question):
    with pytest.raises(Refused) as refused:
        asker.ask(question, NOW)
    assert refused.value.kind == "not_about_this_data"


def test_a_question_explained_after_i_mean(asker):
    """ ", I mean ..." explains what was asked: read as first put ("programmed in advance" had been refused)."""
    sql = asker.ask("Which silences were programmed in advance, I mean starting later than the moment they were "
                    "created ?", NOW).sql
    assert "WHERE starts_at > created_at" in sql, sql


def test_a_share_is_of_the_things_named_before_its_verb(asker):
    """ "what share of the live deployments ... were done by ana": of the deployments (they had been counted among
    every change); "what share of checkout's error lines mentioned X": of the error lines."""
    sql = asker.ask("What share of the live deployments today were done by ana? A percentage, one decimal.", NOW).sql
    assert "FILTER(WHERE actor = 'ana.lopez@acme.io') / COUNT(*)" in sql and "AND type = 'deployment' AND phase = " \
           "'live'" in sql, sql


def test_a_list_after_an_arrow_and_who_then_when(asker):
    """ "prod deploys today -> service, version, ts" and "who created silences today, and when?": those columns (each
    had been every column); "in min" is minutes (it had been a minimum)."""
    columns = asker.ask("deploys today -> service, version, ts", NOW).columns
    assert columns[0] == "service" and "version" in columns[1] and columns[2] == "timestamp", columns
    assert asker.ask("Could you tell me who created silences today, and when?", NOW).columns == ["created_by",
                                                                                                "created_at"]
    assert "AS avg_minutes" in asker.ask("avg silence length as set, in min, all time", NOW).sql


def test_warnings_still_firing_are_the_warnings(asker):
    """ "which warnings are still firing": the warnings' own state (it had been refused as relating warnings to
    alerts by the word "firing")."""
    sql = asker.ask("Which early warnings are still firing as of now?", NOW).sql
    assert sql.startswith("SELECT * FROM warnings WHERE starts_at <= CAST('2024-03-05 12:00:00+00'"), sql


def test_a_metric_key_is_no_secret(asker):
    """ "warnings per metric key": the warnings' series (it had been refused as asking for secrets); "api keys" still
    is refused."""
    assert asker.ask("warnings per metric key", NOW).sql.startswith("SELECT metric_key, COUNT(*) AS warnings")
    with pytest.raises(Refused):
        asker.ask("what are the api keys", NOW)


def test_non_finite_samples_said_shortly(asker):
    """ "non-finite metric pts (nan/inf), any metric -> need to skip them": the samples that are not finite (it had
    been refused: "finite" was taken for a metric's name, "pts" and the aside after the arrow were unread)."""
    sql = asker.ask("non-finite metric pts (nan/inf), any metric -> need to skip them in the diff", NOW).sql
    assert sql.startswith("SELECT * FROM metric_points WHERE NOT ISFINITE(value)"), sql
