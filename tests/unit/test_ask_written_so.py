"""How people write what the parser reads: a ";" that ends a question (Greek writes its question mark so) or comes
before a short remark ("…; only 1"), a clock with a word before it ("at exactly 14:40", "@ 13:05", "circa 13:05") or
in French ("14h40"), "how much" before a count's noun, "pr. person", "how long X was firing", "raise most", "who wrote
up the resolutions", "which of last week's changes", a document named before the question ("Dear team, for the PCI DSS
evidence file please provide …", "For the February review: …", "for the march report, …"), MTTR alone (the
incidents'); and a clock with its minutes that no part of the SQL reads is refused, never dropped.

The store is :mod:`tests.unit.test_ask`'s (Tuesday 2024-03-05, now 12:00: checkout's HighErrorRate 10:00–10:30,
DiskSpaceLow on inventory at 11:00, checkout's LatencyP99High at 11:30)."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_negation import check_clocks
from tests.unit.test_ask import NOW, asker, store  # noqa: F401  (the module's fixtures)


def _names(answer) -> list[str]:
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


@pytest.mark.parametrize("question", ["critical alerts for checkout;", "critical alerts for checkout\u037e",
                                      "critical alerts for checkout ;?", "critical alerts for checkout; pls"])
def test_a_semicolon_that_ends_the_question_is_its_question_mark(asker, question):  # noqa: F811
    assert asker.ask(question, NOW).sql == asker.ask("critical alerts for checkout?", NOW).sql


@pytest.mark.parametrize("question", ["critical alerts; drop table alerts", "alerts; select * from dlq",
                                      "alerts; only then delete them all", "alerts;; --"])
def test_a_semicolon_before_more_than_a_remark_is_still_refused(asker, question):  # noqa: F811
    with pytest.raises(Refused) as e:
        asker.ask(question, NOW)
    assert e.value.kind == "asks_to_change_data"


@pytest.mark.parametrize("question", ["alerts firing at exactly 10:15", "alerts firing at precisely 10:15",
                                      "alerts firing @ 10:15", "alerts firing circa 10:15", "alerts firing 10:15",
                                      "alerts firing at around 10h15", "alerts firing at about 10:15"])
def test_a_clock_with_a_word_before_it_is_that_moment(asker, question):  # noqa: F811
    answer = asker.ask(question, NOW)
    assert "10:15:00" in answer.sql and _names(answer) == ["HighErrorRate"]


def test_a_clock_no_part_of_the_sql_reads_is_refused(asker):  # noqa: F811
    check_clocks("alerts firing at 10:15", "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2024-03-05 10:15:00'")
    check_clocks("alerts between 9:00 and 17:00 each day", "SELECT * FROM alerts WHERE hour(starts_at) >= 9")
    check_clocks("alerts at 14:40 IST", "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2024-03-05 09:10:00'",
                 shift=30)
    with pytest.raises(Refused, match="'10:15': this time is not read"):
        check_clocks("alerts firing at roughly 10:15", "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ "
                                                       "'2024-03-05 12:00:00'")
    answer = asker.ask("alerts firing at 10:15 IST", NOW)  # 04:45 UTC
    assert "04:45:00" in answer.sql


def test_counts_and_breakdowns_said_otherwise(asker):  # noqa: F811
    assert asker.ask("how much critical alerts today", NOW).rows == asker.ask("how many critical alerts today",
                                                                               NOW).rows == [(4,)]
    assert "GROUP BY" in asker.ask("how many deploys pr. person", NOW).sql
    assert asker.ask("How long HighErrorRate alert was firing, in minutes?", NOW).sql == asker.ask(
        "How long was the HighErrorRate alert firing, in minutes?", NOW).sql


def test_mttr_alone_is_the_incidents(asker):  # noqa: F811
    assert "FROM alert_groups" in asker.ask("What was our MTTR last week, in minutes?", NOW).sql
    assert "FROM alerts" in asker.ask("mttr per svc 7d", NOW).sql


def test_who_wrote_up_resolutions_and_which_of_last_weeks_changes(asker):  # noqa: F811
    assert asker.ask("Who wrote up the resolutions for the incidents of last week?", NOW).sql == asker.ask(
        "who resolved the incidents of last week", NOW).sql
    assert "FROM change_events" in asker.ask("Which of last week's changes were the suspect of an incident?", NOW).sql
    ranked = asker.ask("Which 3 metric key raise most early warning?", NOW).sql
    assert "GROUP BY metric_key" in ranked and ranked.endswith("LIMIT 3")


def test_a_document_named_before_the_question_is_not_its_subject(asker):  # noqa: F811
    answer = asker.ask("Dear team, for the PCI DSS evidence file please provide every change made to checkout since "
                       "1 February 2024.", NOW)
    assert "FROM change_events" in answer.sql and "2024-02-01 00:00:00" in answer.sql
    assert "2024-02-01 00:00:00" in asker.ask("For the February review: how many incidents?", NOW).sql
    assert "2024-03-01 00:00:00" in asker.ask("for the march report, alerts per service", NOW).sql
    with pytest.raises(Refused):
        asker.ask("show me the log file", NOW)


def test_a_clock_asked_on_the_day_said_before(asker):  # noqa: F811
    """ "What alerts were firing at exactly 10:15?" after a sentence naming yesterday: 10:15 yesterday (had been
    refused: 10:15 today had read as the future, the day said before dropped)."""
    sql = asker.ask("The client says the problem started around 10h15 UTC yesterday. What alerts were firing at "
                    "exactly 10:15 UTC?", NOW).sql
    assert "2024-03-04 10:15:00" in sql


def test_percent_two_environments_and_the_most_of_a_family(asker):  # noqa: F811
    assert asker.ask("How many percent of alerts were critical today?", NOW).sql == asker.ask(
        "what percentage of alerts were critical today?", NOW).sql
    sql = asker.ask("Which services were deployed to production last week but not to staging?", NOW).sql
    assert "EXCEPT" in sql and "2024-02-26 00:00:00" in sql
    ranked = asker.ask("of the database incidents, which one had more early warnings before it?", NOW).sql
    assert "FROM incident_warnings" in ranked and ranked.endswith("LIMIT 1")


def test_they_and_two_searched_words(asker):  # noqa: F811
    assert "service = 'checkout'" in asker.ask("who silenced checkout and when did they expire it", NOW).sql
    two = asker.ask("silences mentioning full reindex", NOW).sql
    assert "comment ILIKE '%full%reindex%'" in two and " AND " not in two.split("WHERE", 1)[1]
    assert "'%full reindex%'" in asker.ask('silences mentioning "full reindex"', NOW).sql


def test_a_list_narrows_the_whole_questions_rows_and_every_incident_when_asked(asker):  # noqa: F811
    """ "incidents: service, alert name, the suspect version" had been every column of the suspects (the body alone
    reads incidents, which have no suspect's version); "(empty when it has none)", "if any": every incident, its
    suspect's columns empty where it has none (had been only those with one)."""
    sql = asker.ask("incidents this week: service, alert name, opened, the suspect version", NOW).sql
    assert sql.startswith("SELECT service, group_labels['alertname'], opened_at, COALESCE(change_details['ref'], "
                          "change_version) FROM (SELECT * FROM incident_suspects")
    for said in (" (empty when it has none)", ", if any"):
        every = asker.ask(f"incidents this week: service, alert name, opened, the suspect version{said}", NOW).sql
        assert every.startswith("SELECT service, group_labels['alertname']") and "LEFT JOIN incident_suspects" in every


def test_every_incident_stays_in_its_workspace(store):  # noqa: F811
    from signalcraft.copilot.ask import Asker
    from signalcraft.copilot.store import open_read_only
    con = open_read_only(store)
    try:
        sql = Asker(con, workspace="acme").ask("incidents: service and the suspect version, if any", NOW).sql
    finally:
        con.close()
    assert "FROM alert_groups WHERE workspace_id = 'acme'" in sql
    assert "FROM incident_suspects WHERE workspace_id = 'acme'" in sql


@pytest.mark.parametrize(("said", "meant"), [
    ("alerts on 04.03.2024", "alerts on 4 March 2024"),
    ("when'd checkout last get a deploy", "when was checkout last deployed"),
    ("Please, what time did the checkout trouble start today?", "when did the first checkout alert fire today"),
    ("average time to resolve of staging alerts in minutes, for whole history", "average time to resolve of staging "
                                                                              "alerts in minutes"),
    ("changes this year? Only humans, please.", "changes this year made by humans"),
    ("howdy. y'all got anything still goin' off on checkout right now?", "alerts still firing on checkout right now"),
    ("who put the silence on checkout n who took it off", "who created the silence on checkout and who expired it"),
    ("Who created the silence on checkout, and what comment did she write?",
     "who created the silence on checkout, and why"),
    ("which persons acknowledged an alert while that alert was still firing",
     "which persons acknowledged an alert while it was still firing"),
    ("Of the checkout incidents opened today, what percentage was pinned on a suspect change?",
     "what share of checkout incidents opened today had a suspect change"),
    ("Please advise which alarms were still active at the moment the checkout deploy went live",
     "which alerts were firing when the checkout deploy went live"),
    ("What changed in the hour before the checkout trouble started today?",
     "what changed in the hour before the first checkout alert fired today"),
    ("A customer writes that they got 503 at checkout. Are there alerts that mention 503?",
     "alerts that mention 503"),
])
def test_said_otherwise_is_read_as_meant(asker, said, meant):  # noqa: F811
    assert asker.ask(said, NOW).sql == asker.ask(meant, NOW).sql


def test_a_write_said_in_slang_is_refused_and_minutes_in_a_list(asker):  # noqa: F811
    with pytest.raises(Refused) as e:
        asker.ask("nuke all the staging HighErrorRate alerts outta the store, they're junk", NOW)
    assert e.value.kind == "asks_to_change_data"
    sql = asker.ask("the 2 longest alerts today: name, service and minutes", NOW).sql
    assert sql.startswith("SELECT name, service, ROUND((EPOCH(ends_at) - EPOCH(starts_at)) / 60, 1) AS minutes")


def test_alerts_of_a_project_after_another_services_deploy(asker):  # noqa: F811
    """ "alerts on the checkout services after an inventory deploy" had been the inventory alerts of checkout (the
    deploy's service put on the alerts too): any service of the project, the service named the deploy's."""
    sql = asker.ask("alerts on the shop services within 15 minutes after a checkout deploy", NOW).sql
    assert "a.service = c.service" not in sql and "c.service IN ('checkout')" in sql


def test_the_weekend_of_one_day_and_who_makes_the_longest_on_average(asker):  # noqa: F811
    """ "the weekend of March 2" (a Saturday) had been refused; "who creates the longest silences on average" had
    been the five longest silences."""
    sql = asker.ask("alerts on the weekend of march 2", NOW).sql
    assert "2024-03-02 00:00:00" in sql and "2024-03-04 00:00:00" in sql
    assert asker.ask("who creates the longest silences on average", NOW).sql == asker.ask(
        "which person has the longest average silence duration", NOW).sql


def test_a_measured_value_is_read_from_samples_or_refused(asker):  # noqa: F811
    """ "what was the p99 latency of checkout today" had been the latency alerts (or the incidents): a value no
    row of theirs holds."""
    for question in ("what was the p99 latency of checkout today", "p99 latency of checkout during the incident"):
        with pytest.raises(Refused, match="a measured value is read from a metric's samples"):
            asker.ask(question, NOW)
    assert "FROM alerts" in asker.ask("how many latency alerts today", NOW).sql
    assert "FROM alerts" in asker.ask("p99 latency alerts in staging", NOW).sql


def test_patterns_seen_for_the_first_time_and_metrics_that_spiked(asker):  # noqa: F811
    assert asker.ask("what log patterns appeared for the first time today", NOW).sql == asker.ask(
        "log patterns first seen today", NOW).sql
    assert asker.ask("which metrics spiked today", NOW).sql == asker.ask("which metrics had warnings today", NOW).sql


@pytest.mark.parametrize(("said", "meant"), [
    ("resolved alerts that took over an hour to clear, all up", "resolved alerts that lasted longer than an hour"),
    ("silences set to run longer than 3 hours", "silences longer than 3 hours"),
    ("average scheduled length of the checkout silences, in hours",
     "average length of the checkout silences, in hours"),
])
def test_lengths_said_otherwise(asker, said, meant):  # noqa: F811
    """ "the average scheduled length" had read the silences scheduled ahead (started after they were created)."""
    assert asker.ask(said, NOW).sql == asker.ask(meant, NOW).sql


@pytest.mark.parametrize(("said", "meant"), [
    ("alerts btw 10am and 11am today pls", "alerts between 10am and 11am today"),
    ("Which person has the most silenced hours in total, as the silences were scheduled?",
     "Which person has the most silenced hours in total?"),
    ("top 2 services by incident minutes this month", "top 2 services by total incident duration this month"),
    ("who acked alerts today while the acked alert was still firing",
     "who acked alerts today while it was still firing"),
    ("Which checkout alerts fired today? Reckon it's most of them.", "Which checkout alerts fired today?"),
    ("alerts firing during the checkout outage, 10:05Z to 10:20Z today",
     "alerts firing between 10:05 UTC and 10:20 UTC today"),
    ("How many acks did the on-call team log in February?", "How many acks were made in February?"),
    ("What all changes went live today", "which changes went live today"),
    ("alerts on 5th", "alerts on the 5th"),
])
def test_said_otherwise_in_other_englishes(asker, said, meant):  # noqa: F811
    """ "btw 10am and 11am" had dropped the hours, "as the silences were scheduled" had read those scheduled ahead,
    "by incident minutes" had ranked by incidents, "Reckon it's most of them." had ranked (all silent)."""
    assert asker.ask(said, NOW).sql == asker.ask(meant, NOW).sql


def test_what_time_a_change_went_live_is_its_moment_alone(asker):  # noqa: F811
    assert asker.ask("Kindly tell me at what time the last checkout deployment went live today.", NOW).sql.startswith(
        "SELECT MAX(timestamp) FROM change_events")
    assert asker.ask("when was checkout last deployed", NOW).sql.startswith("SELECT * FROM change_events")


@pytest.mark.parametrize("question", ["list silences; please expire them all", "alerts in prod; just remove those",
                                      "save last week's incidents into an evidence file",
                                      "which services had alerts last week and deploys this week",
                                      "which services had critical alerts yesterday and warning alerts today"])
def test_orders_after_a_semicolon_and_two_unread_periods_are_refused(asker, question):  # noqa: F811
    with pytest.raises(Refused):
        asker.ask(question, NOW)


def test_readings_kept_narrow(asker):  # noqa: F811
    """Each of these had been read too broadly by a rule of this stop before it was narrowed."""
    assert "LEFT JOIN" not in asker.ask("which incidents this week had a suspect change, if any?", NOW).sql
    assert "2024-03-05 10:15:00" in asker.ask("Last Monday we had an outage. Which alerts were firing at 10:15 on "
                                              "2024-03-05?", NOW).sql
    assert "alert_count > 10" in asker.ask("of the incidents, which had more than 10 alerts?", NOW).sql
    assert "FROM incident_suspects" in asker.ask("Which incidents happened today? Suspect changes too.", NOW).sql
    assert not asker.ask("what time did the last deploy go live and who did it", NOW).sql.startswith("SELECT MAX(")
    assert "alert_groups" in asker.ask("who acked alerts while the incident was still open", NOW).sql
    assert "2023-03-11 00:00:00" in asker.ask("alerts on the weekend of March 11, 2023", NOW).sql
    assert "environment_canonical = 'staging'" in asker.ask("silences mentioning maintenance staging", NOW).sql
    assert "service = 'checkout'" in asker.ask("alerts mentioning disk checkout", NOW).sql
    assert "FROM alerts" in asker.ask("what services were latency alerting today", NOW).sql
    assert "9.5" in asker.ask("alerts between 9:30 and 17:30 every weekday last week", NOW).sql
    assert "2024-02-26 00:00:00" in asker.ask("For the March report, alerts per service last week", NOW).sql
    assert "2024-02-01 00:00:00" in asker.ask("For the March report: incidents per service in February", NOW).sql
    assert asker.ask("alerts between monday and today", NOW).sql == asker.ask("alerts since monday", NOW).sql
    assert "INTERSECT" not in asker.ask("which alert names fired on checkout and inventory", NOW).sql
    assert asker.ask("critical alerts today; pls", NOW).sql == asker.ask("critical alerts today", NOW).sql


def test_a_shift_said_before_a_suspects_version_and_a_phone_s_words(asker):  # noqa: F811
    """ "the first alert of the shift" had been the first alert ever; "… and suspect change version (empty when no
    suspect)" had been the incidents without a suspect, and its SQL refused by the gate; "incidents of Tuesday" had
    been refused."""
    shift = asker.ask("Night shift ran from 10:00 UTC to 11:00 UTC today. What time did the first alert of the shift "
                      "start?", NOW).sql
    assert "2024-03-05 10:00:00" in shift and "2024-03-05 11:00:00" in shift
    every = asker.ask("incidents this week: service, alert name, opened, and suspect change version (empty when no "
                      "suspect)", NOW).sql
    assert "LEFT JOIN incident_suspects" in every and "NOT EXISTS" not in every
    assert "2024-03-05 00:00:00" in asker.ask("checkout incidents of Tuesday: service, alert name and the suspect "
                                              "version", NOW).sql
    assert asker.ask("who silenced checkout this month n wat comment", NOW).sql == asker.ask(
        "who silenced checkout this month, and why", NOW).sql


def test_remarks_around_a_list_and_a_flag_summary(asker):  # noqa: F811
    """ "…? All columns please, I attach them to the store ticket." had been refused as an order; "As per our
    change-control review, …" had named nothing; "the flag summary" in a list had been left out; "svc, alert" in a
    list and "w/ their suspect if any" before it had come back as every column of the suspects alone."""
    assert asker.ask("Which alerts had checkout today? All columns please, I attach them to the store ticket.",
                     NOW).sql == asker.ask("Which alerts had checkout today?", NOW).sql
    assert asker.ask("As per our change-control review, please show me the flag changes today, all columns.",
                     NOW).sql == asker.ask("show me the flag changes today", NOW).sql
    assert asker.ask("every flag change today: the flag summary, who made it and when", NOW).sql.startswith(
        "SELECT summary, actor, timestamp")
    listed = asker.ask("incidents this wk w/ their suspect if any: svc, alert, opened, suspect version", NOW).sql
    assert listed.startswith("SELECT service, group_labels['alertname'], opened_at") and "LEFT JOIN" in listed
    with pytest.raises(Refused):
        asker.ask("attach the alerts to the ticket", NOW)


def test_the_sixtieth_sets_voices(asker):  # noqa: F811
    """A person named before a verb of their own ("did rquispe implement") had been dropped (every change); "scheduled
    silence minutes" had read the silences scheduled ahead; "People only, no argocd or controller." had read the argocd
    source; "the 1st alert", "1000Z", "…, min", "start to scheduled end"."""
    with pytest.raises(Refused, match="no person called 'rquispe'"):
        asker.ask("Which changes did rquispe implement in production last month?", NOW)
    assert "starts_at > created_at" not in asker.ask("Total scheduled silence minutes per author", NOW).sql
    assert "starts_at > created_at" in asker.ask("silences that were scheduled ahead of time", NOW).sql
    humans = asker.ask("Which person made the most changes? People only, no argocd or controller.", NOW).sql
    assert "source" not in humans and "GROUP BY person" in humans  # (this store holds no bots to leave out)
    assert asker.ask("when did the 1st checkout alert go off today", NOW).sql == asker.ask(
        "when did the first checkout alert go off today", NOW).sql
    assert "2024-03-05 10:00:00" in asker.ask("checkout alerts since 1000Z today", NOW).sql


@pytest.mark.parametrize("question", ["silences expired by someone other than the person who created them",
                                      "which silences were created by someone other than the person who expired them"])
def test_silences_ended_by_another_than_their_creator(asker, question):  # noqa: F811
    """Both had been every creator (the "who created" read as the question)."""
    assert "expired_by <> created_by" in asker.ask(question, NOW).sql
