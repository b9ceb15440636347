"""Questions of the kinds a nineteenth outside set showed misread: changes made by automation or by people ("by
hand", "leave the bots out"), against a small store of its own with two bots among the actors."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.store import open_read_only
from signalcraft.models import AlertMute
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from tests.support import alert, at, audit, change

NOW = at(120)
BOTS = ("argocd (automated)", "deployment-controller")
SHA = "63544dc8fa959c59539ccb180845fe7c576e1e74"


def _made(key: str, type_: str, minutes: float, actor: str):
    return change(key, type_, "github-deployment-status", minutes, summary=f"{type_} {key}", actor=actor, phase="live",
                  version=SHA if key == "p1" else None)


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("spoken") / "s.duckdb"
    with DuckDBWriter(path) as writer:
        writer.add([
            _made("b1", "deployment", 0, BOTS[0]), _made("b2", "deployment", 30, BOTS[1]),
            _made("b3", "deployment", 40, BOTS[1]), _made("p1", "deployment", 60, "lnovak"),
            _made("p2", "config_update", 70, "lnovak"), _made("p3", "flag_change", 80, "dpatel"),
            alert("HighErrorRate", "checkout", "firing", 5),
        ])
        writer.flush()
    con = open_read_only(path)
    yield Asker(con)
    con.close()


@pytest.mark.parametrize(("question", "n"), [
    ("how many changes were made by bots", 3),
    ("how many deploys were made by automation", 3),
    ("how many changes were made by hand", 3),
    ("how many changes did people make, leave the bots out", 3),
    ("how many deploys by a human rather than by automation", 1),
    ("how many changes were made", 6),
])
def test_changes_by_automation_or_by_people(asker, question, n):
    assert asker.ask(question, NOW).rows == [(n,)]


def test_the_people_who_made_the_most_changes_by_hand(asker):
    assert asker.ask("who made the most changes", NOW).rows == [("deployment-controller", 2)]
    assert asker.ask("which two people made the most changes by hand? leave the bots out", NOW).rows == [
        ("lnovak", 2), ("dpatel", 1)]


def test_alerts_after_a_bot_deploy_and_after_a_human_one(asker):
    answer = asker.ask("alerts after a bot deploy", NOW)  # argocd's v1 at 10:00, HighErrorRate at 10:05
    assert [row[answer.columns.index("name")] for row in answer.rows] == ["HighErrorRate"]
    assert asker.ask("alerts in the 15 minutes after a deploy made by hand", NOW).rows == []


def test_bots_named_in_a_store_without_any_are_refused(tmp_path):
    with DuckDBWriter(tmp_path / "s.duckdb") as writer:
        writer.add([_made("p1", "deployment", 0, "lnovak")])
        writer.flush()
    con = open_read_only(tmp_path / "s.duckdb")
    try:
        with pytest.raises(Refused, match="automation"):
            Asker(con).sql("changes made by bots", NOW)
        assert Asker(con).ask("changes made by hand", NOW).rows[0][-1] is not None
    finally:
        con.close()


@pytest.mark.parametrize(("question", "n"), [
    ("how many changes were made between 10am and 11am, on any day", 3),  # 10:00, 10:30, 10:40
    ("how many changes were made between 11am and noon every day", 3),
    ("how many changes were made at night", 0),
    ("how many changes were made overnight, on any day", 0),  # alone, "overnight" is last night (test_ask_handover)
])
def test_hours_of_any_day_and_the_night(asker, question, n):
    answer = asker.ask(question, NOW)
    assert answer.rows == [(n,)] and "CAST(" not in answer.sql  # hours of the day, no window of dates


def test_the_night_wraps_past_midnight(asker):
    assert "(HOUR(timestamp) >= 22 OR HOUR(timestamp) < 6)" in asker.sql("deploys at night", NOW)[0]


def test_in_utc_reads_the_question_on_utc_clock_whatever_the_zone(asker):
    berlin = Asker(asker.con, zone="Europe/Berlin")
    assert "'2024-03-04 23:00:00+00'" in berlin.sql("changes yesterday", NOW)[0]  # Berlin's day, an hour ahead
    utc = berlin.sql("changes yesterday, in UTC", NOW)[0]
    assert "'2024-03-04 00:00:00+00'" in utc and "utc" not in utc.lower().replace("+00", "")


@pytest.mark.parametrize("said", ["as we speak", "as of this minute", "at this moment", "at present"])
def test_ways_of_saying_right_now(asker, said):
    assert asker.sql(f"which alerts are firing {said}", NOW)[0] == asker.sql("which alerts are firing right now",
                                                                             NOW)[0]


def test_an_analysts_distinct_values_and_for_every(asker):
    counted = asker.ask("Distinct values of type among the changes, with how many rows each, sorted by count", NOW)
    assert counted.rows == [("deployment", 4), ("config_update", 1), ("flag_change", 1)]
    assert sorted(asker.ask("distinct values of actor in changes", NOW).rows) == [
        (BOTS[0],), (BOTS[1],), ("dpatel",), ("lnovak",)]
    assert "GROUP BY service" in asker.sql("average alert duration for every service", NOW)[0]
    assert "GROUP BY" not in asker.sql("average alert duration", NOW)[0]
    assert asker.sql("which is biggest sigma of the warnings for every metric", NOW)[0] == \
        asker.sql("max sigma of warnings per metric", NOW)[0]


def test_silences_that_hid_alerts_are_those_alertmanager_held_one_back_with(tmp_path):
    path = tmp_path / "s.duckdb"
    silences = [audit(sid, "silence", 0, source="alertmanager-silence", actor="ana", target=sid, starts_at=at(0),
                      ends_at=at(60), state="active") for sid in ("sil-a", "sil-b")]
    muted = AlertMute(id="m1", workspace_id="acme", fingerprint="f", name="HighErrorRate", starts_at=at(1),
                      observed_at=at(1), silenced_by=("sil-b",), source="alertmanager")
    with DuckDBWriter(path) as writer:
        writer.add([*silences, muted])
        writer.flush()
    con = open_read_only(path)
    try:
        asker = Asker(con)
        for question in ("which silences actually hid alerts from us", "silences that muted alerts"):
            answer = asker.ask(question, NOW)
            assert [row[answer.columns.index("silence_id")] for row in answer.rows] == ["sil-b"]
        assert asker.ask("how many silences held back notifications", NOW).rows == [(1,)]
        assert asker.ask("how many silences", NOW).rows == [(2,)]
    finally:
        con.close()


def test_recently_is_the_past_week(asker):
    sql = asker.sql("what changed recently", NOW)[0]  # 2024-03-05 12:00: from 2024-02-27 12:00
    assert "timestamp > CAST('2024-02-27 12:00:00+00'" in sql and "LIMIT 1000" in sql
    assert "ORDER BY timestamp DESC LIMIT 1" in asker.sql("which service was most recently deployed", NOW)[0]


def test_on_any_service_shares_no_service_with_the_other_kind(asker):
    anywhere = asker.sql("alerts on any service in the 10 minutes after an lnovak deploy", NOW)[0]
    assert "a.service = c.service" not in anywhere and "a.project = c.project" not in anywhere
    assert "a.service = c.service" in asker.sql("alerts in the 10 minutes after an lnovak deploy", NOW)[0]


def test_a_list_after_a_colon_shares_its_possessive(asker):
    answer = asker.ask("For every deployment: its service, timestamp, and the number of alerts on the same service "
                       "in the following 60 minutes, zeros included.", NOW)
    assert answer.columns == ["service", "timestamp", "alerts"]
    assert sorted(row[2] for row in answer.rows) == [0, 0, 0, 1]  # argocd's 10:00 deploy, then HighErrorRate


def test_since_a_moment_runs_until_now_on_any_service(asker):
    since = asker.ask("how many changes since the HighErrorRate alert fired", NOW)  # 10:05: 10:30 ... 11:20
    assert since.rows == [(5,)] and "INTERVAL" not in since.sql and "c.service = a.service" not in since.sql
    assert asker.ask("how many changes in the 30 minutes after the HighErrorRate alert fired", NOW).rows == [(1,)]
    assert "a.service = c.service" in asker.sql("alerts on checkout since its last deploy", NOW)[0]


def test_odd_hours_weekend_days_and_people_in_a_relative_clause(asker):
    assert "NOT (DAYOFWEEK(timestamp) BETWEEN 1 AND 5" in asker.sql("changes made at odd hours", NOW)[0]
    assert "DAYOFWEEK(timestamp) IN (0, 6)" in asker.sql("changes on saturday or sunday", NOW)[0]
    assert "argocd" not in asker.sql("changes made by people who deployed on a weekend", NOW)[0]  # whose, not bots


def test_the_side_said_first_is_asked_and_a_list_of_the_bots_narrows_nothing(asker):
    assert asker.ask("how many changes were made by bots (argocd, the deployment-controller) rather than by people",
                     NOW).rows == [(3,)]
    assert asker.ask("how many changes were made by people rather than by bots", NOW).rows == [(3,)]
    assert "NOT COALESCE" in asker.sql("changes by hand, not by automation", NOW)[0]


def test_a_commit_named_by_the_start_of_its_sha(asker):
    assert asker.ask("who deployed 63544dc", NOW).rows == [("lnovak",)]
    assert asker.ask("how many deploys with a sha starting with 63544", NOW).rows == [(1,)]
    with pytest.raises(Refused, match="63544e7"):
        asker.sql("who deployed 63544e7", NOW)  # begins no commit of the store


@pytest.mark.parametrize(("question", "kept_out"), [
    ("Identify the alerts of checkout", "identity"), ("Provide all alerts of checkout", "provider"),
])
def test_an_english_word_is_no_slip_of_a_name(tmp_path, question, kept_out):
    with DuckDBWriter(tmp_path / "s.duckdb") as writer:  # a project 'identity' and an alert of a 'provider'
        writer.add([alert("SMTPProviderDown", "mailer", "firing", 0).model_copy(update={"project": "identity"}),
                    alert("HighErrorRate", "checkout", "firing", 5)])
        writer.flush()
    con = open_read_only(tmp_path / "s.duckdb")
    try:
        assert kept_out not in Asker(con).sql(question, NOW)[0].lower()
        assert "project = 'identity'" in Asker(con).sql("alerts of the identty project", NOW)[0]  # a slip still is
    finally:
        con.close()


def test_the_corrector_mends_slips_not_english_words():
    from signalcraft.copilot.ask_vocab import Vocabulary, english_words
    assert {"provided", "identify", "taken"} <= english_words()
    vocab = Vocabulary()
    assert vocab.correct("provided", set(), {"provider"}) is None
    assert vocab.correct("identify", set(), {"identity"}) is None
    assert vocab.correct("idnetity", set(), {"identity"}) == "identity"


@pytest.mark.parametrize("order", [
    "please you switch off the new-checkout-flow flag on prod", "turn on the new-checkout-flow flag in prod",
    "Perform a rollback of checkout to v1.", "checkout make rollback to v1 please", "roll back checkout",
    "Can you keep the checkout silence going for one more day?", "checkout silence, make it one day longer please",
])
def test_orders_in_other_words_are_refused(asker, order):
    with pytest.raises(Refused) as refused:
        asker.sql(order, NOW)
    assert refused.value.kind == "asks_to_change_data"


@pytest.mark.parametrize("question", ["did anyone make a rollback today", "who did the last rollback",
                                      "rollbacks made today", "which flags were turned on today"])
def test_questions_about_such_things_are_answered(asker, question):
    assert asker.sql(question, NOW)[0].startswith("SELECT")


@pytest.mark.parametrize("question", ["which alerts were suppressed by alertmanager", "alerts held back",
                                      "Which alerts were actually suppressed by alertmanager?",
                                      "which alerts did alertmanager suppress"])
def test_what_alertmanager_held_back_in_other_words(asker, question):
    assert asker.sql(question, NOW)[0].startswith("SELECT * FROM alert_mutes")


SAID_OTHERWISE = [
    # chatter and table words
    ("what's silenced atm? quick", "what's silenced right now"),
    ("Which of our alerts are missing a runbook_url annotation? We need to follow up with whoever owns them.",
     "Which of our alerts are missing a runbook_url annotation?"),
    ("snooze rows in the audit log where the actor is lnovak", "snoozes by lnovak"),
    ("early warnings with sigma below zero", "early warnings with a negative sigma"),
    ("deployment requests for checkout, requested phase only, not the go-live events", "requested deployments of "
                                                                                          "checkout"),
    # analysts and auditors
    ("which incidents of critical severity are not closed yet?", "which critical incidents are still open"),
    ("incidents not yet fixed", "incidents still open"),
    ("which accounts performed deploys today", "who deployed today"),
    ("alerts whose duration exceeds 3 hours", "alerts longer than 3 hours"),
    ("List the alerts whose time to resolution exceeded one hour.", "alerts that took more than one hour to resolve"),
    # a second language or a hurry
    ("who are 2 persons what made changes most", "the 2 people who made the most changes"),
    ("this week which service most alerts?", "which service had the most alerts this week"),
    ("who make most deploys?", "who made the most deploys"),
    ("which service was most quiet today", "quietest service today"),
    ("alerts that began between 10am and 11am today", "alerts that started between 10am and 11am today"),
    ("alerts on checkout today, from 10am onwards", "alerts on checkout since 10am today"),
    ("which changes are going to end in next 24 hours", "which changes end in the next 24 hours"),
    ("which incidents remained open as of 11:00", "which incidents were open at 11:00"),
    ("any new alerts in the last hour? need to know", "any new alerts in the last hour?"),
    ("the top deployer today? asap", "the top deployer today?"),
    # more people
    ("how much deploys every person did", "how many deploys per person"),
    ("count: incidents with zero early warnings before", "count incidents with no early warnings before"),
    ("which critical incidents lack any associated suspect change", "which critical incidents have no suspect "
                                                                      "change"),
    ("all changes today, also scaling ones", "all changes today, scaling events included"),
    ("Which individuals deployed today?", "who deployed today?"),
    ("mean time for resolve per each service", "mttr per service"),
    ("in average how many alerts goes in one incident?", "average alerts per incident"),
    ("Enumerate the changes that were identified as the suspect for an incident.", "list the changes that were "
                                                                                      "the suspect for an incident"),
    # an auditor
    ("changes made on a Saturday or a Sunday", "changes made on a weekend"),
    ("changes by an account other than the one that created them", "changes by someone other than the person who "
                                                                    "created them"),
    ("how many changes per individual", "how many changes per person"),
    # a paraphrase round's slips: a leading date, SQL-ish limits, ranks said in other words
    ("March 5: count of live changes per type", "count of live changes per type on March 5"),
    ("March: count of live changes per type", "count of live changes per type in March"),
    ("March 5: 2 busiest hours by alerts", "the 2 busiest hours by alerts on March 5"),
    ("how many changes of every type went live", "how many live changes per type"),
    ("Rank everyone who performed rollbacks by their rollback count.", "how many rollbacks per person"),
    ("who are 2 people deploying most this week", "top 2 people by deploys this week"),
    ("deploys rolled back within the hour", "deploys followed by a rollback within an hour"),
    ("which hour of the day sees the highest alert volume", "which hour of the day has the most alerts"),
    ("4 actors with most reports of live changes", "top 4 actors by number of live changes"),
    ("actors ranked by count of change reports in phase live, limit 4", "top 4 actors by number of live changes"),
    ("lnovak last deploy", "the last deploy by lnovak"),
    ("changes which summary has 'b1' in it", "changes whose summary mentions 'b1'"),
    ("March 5 changes: how many per type — need it for the report", "how many changes per type on March 5"),
    ("Today between 10am and 11am, which services had alerts?", "which services had alerts between 10am and 11am"),
    ("silences which have matcher on service label", "silences whose matchers include a service label"),
    ("alerts without a description", "alerts with no description annotation"),
    ("how did this week compare to last week in changes", "how many changes this week, compared with last week"),
    ("who was most active in deploys this week", "who made the most deploys this week"),
    ("rows of alerts where the number of notifications is greater than 1", "alerts with more than 1 notifications"),
    ("changes that have no version value", "changes where version is null"),
    ("service, summary and timestamp of the flag changes made by dpatel",
     "flag changes made by dpatel: service, summary and timestamp"),
    ("For every alert in checkout today, I need the service, the alert name and the time it started.",
     "alerts in checkout today: service, alert name and start time"),
    ("distinct services with changes how many", "how many distinct services with changes"),
    ("which service's alerts last the longest on average?", "which service has the longest average alert duration"),
    ("alerts on a service that also got rolled back on the same day", "alerts the same day as a rollback of their "
                                                                       "service"),
]
"""Questions in the five people's words and the plain words the parser reads the same."""


@pytest.mark.parametrize(("question", "said"), SAID_OTHERWISE)
def test_said_otherwise_reads_the_same(asker, question, said):
    assert asker.sql(question, NOW)[0] == asker.sql(said, NOW)[0]


def test_a_list_of_columns_in_more_words(asker):
    answer = asker.ask("Which flag changes were performed by dpatel? Give the service, summary and time of each.",
                       NOW)
    assert answer.columns == ["service", "summary", "timestamp"] and len(answer.rows) == 1
    listed = asker.ask("Which deploys went live today? Provide the service, actor and timestamp.", NOW)
    assert listed.columns == ["service", "actor", "timestamp"] and len(listed.rows) == 4
    with pytest.raises(Refused, match="brief"):
        asker.sql("give me a summary of today", NOW)




def test_which_values_of_a_named_column(asker):
    answer = asker.ask("what workspace_id values show up in changes?", NOW)
    assert answer.rows == [("acme",)] and "DISTINCT workspace_id" in answer.sql, answer.sql


def test_values_listed_after_the_bots_are_left_out_too(asker):
    answer = asker.ask("What changed? Leave out the bots, deployment-controller and lnovak.", NOW)
    assert sorted(row[answer.columns.index("actor")] for row in answer.rows) == ["dpatel"], answer.sql


def test_changes_excluding_a_type_are_the_others(asker):
    sql = asker.sql("changes excluding flag changes", NOW)[0]
    assert "type <> 'flag_change'" in sql, sql  # had been the flag changes alone
    assert "NOT type IN ('deployment', 'config_update')" in asker.sql("changes except deploys and config changes",
                                                                      NOW)[0]


def test_the_latest_version_of_each_service(asker):
    answer = asker.ask("latest version of each service", NOW)
    assert answer.columns == ["service", "version"] and len(answer.rows) == len({r[0] for r in answer.rows})


def test_which_metrics_had_warnings_is_their_keys(asker):
    assert asker.sql("which metrics had warnings", NOW)[0].startswith("SELECT DISTINCT metric_key FROM warnings")


@pytest.mark.parametrize(("question", "n"), [("which deploys were automated", 3),
                                             ("how many deploys were done automatically", 3)])
def test_automated_said_after_the_thing(asker, question, n):
    """ "which deploys were automated" had been every deploy."""
    answer = asker.ask(question, NOW)
    assert answer.rows == [(n,)] if question.startswith("how many") else len(answer.rows) == n, answer.sql


@pytest.mark.parametrize("question", ["how many changes did humans make vs bots", "deploys by bots vs humans",
                                      "manual vs automated deploys"])
def test_people_and_bots_side_by_side_are_refused(asker, question):
    """One side had been counted and the other dropped."""
    with pytest.raises(Refused, match="people and bots side by side"):
        asker.ask(question, NOW)


@pytest.mark.parametrize("question", ["rank the deployers by number of flag changes",
                                      "which deployer made the most flag changes"])
def test_deployers_ranked_by_another_kind_of_change(asker, question):
    """People by that kind of change (a deployer had been read as who deployed: one count of deploys and flags)."""
    assert asker.ask(question, NOW).rows == [("dpatel", 1)]


def test_the_most_often_rolled_back_service(asker):
    """ "the most frequently rolled back service" is the one with the most rollbacks (had been refused: "back" read as
    a service); "the most often deployed service" the one with the most deploys."""
    sql = asker.sql("the most frequently rolled back service", NOW)[0]
    assert "type = 'rollback'" in sql and "GROUP BY service" in sql and "LIMIT 1" in sql, sql
    assert asker.ask("the most often deployed service", NOW).rows == [("checkout", 4)]
