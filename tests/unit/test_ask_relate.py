"""Two kinds of thing related in time, read in more of the words people use: negations of the relation, no
relation word at all, the other side's own filters, and a question that begins with the values it asks for.

The store is :mod:`tests.unit.test_ask`'s: checkout's v2.0.1 went live at 09:50, its HighErrorRate fired at
10:00, the new-checkout flag was turned on at 11:25 and checkout's LatencyP99High fired at 11:30."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.store import open_read_only
from tests.unit.test_ask import NOW, _store


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("relate") / "s.duckdb"
    _store(path)
    con = open_read_only(path)
    yield Asker(con)
    con.close()


def _versions(answer) -> list[str]:
    return [row[answer.columns.index("version")] for row in answer.rows]


@pytest.mark.parametrize(("question", "minutes", "versions"), [
    ("which deploys were not followed by any alert", 15, []),  # the alert came 10 minutes after v2.0.1
    ("which deploys were not followed by any alert within 5 minutes", 5, ["v2.0.1"]),
    ("deploys that didn't see an alert after them within 5 min", 5, ["v2.0.1"]),
    ("deployments with zero alerts within 5 minutes", 5, ["v2.0.1"]),  # no relation word: changes come first
    ("releases without alerts", 15, []),  # no release went live
])
def test_a_relation_named_as_absent_keeps_the_things_it_did_not_meet(asker, question, minutes, versions):
    answer = asker.ask(question, NOW)
    assert "NOT EXISTS" in answer.sql and f"INTERVAL '{minutes}' MINUTE" in answer.sql
    assert _versions(answer) == versions


def test_a_negation_of_another_verb_is_not_a_negated_relation(asker):
    answer = asker.ask("alerts not resolved after a deploy", NOW)
    assert "NOT EXISTS" not in answer.sql and "JOIN change_events" in answer.sql


def test_counting_what_met_nothing_and_the_values_a_question_begins_with(asker):
    assert asker.ask("how many deploys had no alerts after them", NOW).rows == [(0,)]
    assert asker.ask("how many deploys had no alerts within 5 minutes", NOW).rows == [(1,)]
    assert asker.ask("services with an alert less than 15 minutes after a deploy", NOW).rows == [("checkout",)]
    assert asker.ask("which services had deploys without alerts within 5 min", NOW).rows == [("checkout",)]


@pytest.mark.parametrize(("name", "versions"), [("LatencyP99High", [None]), ("HighErrorRate", ["v2.0.1"])])
def test_the_other_sides_alert_name_narrows_it(asker, name, versions):
    """The flag change came 5 minutes before LatencyP99High, the deploy 10 before HighErrorRate: each alert's
    hour before holds its own change only."""
    answer = asker.ask(f"what changed in the hour before the {name} alert", NOW)
    assert f"a.name = '{name}'" in answer.sql and _versions(answer) == versions


def test_the_previous_hour_alerts_silences_muted_and_alerts_firing_during_a_silence(asker):
    assert "INTERVAL '60' MINUTE" in asker.ask("alerts with no deploy in the previous hour", NOW).sql
    assert "FROM alert_mutes" in asker.ask("which alerts did silences actually mute", NOW).sql
    overlap = asker.ask("alerts that were firing while a silence was in effect", NOW).sql
    assert "a.starts_at < COALESCE(s.expired_at, s.ends_at)" in overlap and "> s.starts_at" in overlap
    started = asker.ask("alerts that fired while a silence was active", NOW).sql
    assert "a.starts_at >= s.starts_at" in started  # started inside the silence


def test_pronouns_after_the_relation_the_suspects_of_each_incident_and_a_silences_end(asker):
    had = asker.ask("which incidents had a deploy in the 10 minutes before they opened", NOW).sql
    assert "JOIN change_events" in had and "g.opened_at >= c.timestamp" in had and "INTERVAL '10' MINUTE" in had
    each = asker.ask("for each incident list the suspect change and who made it", NOW).sql
    assert each.startswith("SELECT * FROM incident_suspects")  # not every change before each incident
    assert "lag_s" in asker.ask("how long after the suspect change did each incident open", NOW).sql
    ended = asker.ask("alerts that fired after a silence ended", NOW).sql
    assert "a.starts_at >= COALESCE(s.expired_at, s.ends_at)" in ended
    assert "a.starts_at >= s.created_at" in asker.ask("alerts that fired after a silence was created", NOW).sql


def test_after_which_and_incidents_without_a_suspected_change(asker):
    assert asker.ask("deploys after which an alert fired within 15 min", NOW).rows == \
        asker.ask("deploys followed by an alert within 15 minutes", NOW).rows != []
    assert "NOT EXISTS" in asker.ask("which incidents have no suspected change", NOW).sql
    assert asker.ask("what change is suspected for each incident", NOW).sql.startswith(
        "SELECT * FROM incident_suspects")


def test_chased_by_coincided_with_an_incident_named_by_its_alert_and_the_biggest_incident(asker):
    chased = asker.ask("which deployments were chased by an alert on the same service inside 15 min", NOW)
    assert _versions(chased) == ["v2.0.1"]
    coincided = asker.ask("flag changes that coincided with an open incident", NOW).sql
    assert "c.timestamp >= g.opened_at" in coincided
    named = asker.ask("early warnings in the hour leading up to the HighErrorRate incident", NOW).sql
    assert "ga.name IN ('HighErrorRate')" in named and "ARRAY_CONTAINS(g.fingerprints, ga.fingerprint)" in named
    biggest = asker.ask("incident w/ the most alerts in it", NOW).sql
    assert biggest.startswith("SELECT * FROM alert_groups ORDER BY alert_count DESC") and "LIMIT 1" in biggest
    logs = asker.ask("how many checkout error logs in the 5 min leading up to todays deploy", NOW).sql
    assert "l.timestamp <= c.timestamp" in logs and "2024-03-05 00:00:00" in logs


def test_errors_logged_after_a_deploy_are_log_lines(asker):
    sql = asker.ask("errors logged by checkout up to 10 minutes after it was deployed", NOW).sql
    assert "FROM log_events AS l JOIN change_events AS c" in sql and "l.is_error" in sql


def test_the_columns_a_count_per_thing_lists_are_its_columns(asker):
    """ "its version, who made it and how many": those columns in that order, still one row per deploy."""
    answer = asker.ask("for each deploy, its version, who made it and how many alerts fired in the 15 minutes "
                       "after it", NOW)
    assert answer.columns[1:] == ["actor", "alerts"] and "version" in answer.columns[0]
    assert answer.rows == [("v2.0.1", "ana.lopez@acme.io", 1)]
    assert "GROUP BY c.id" in answer.sql  # two deploys of one version by one person stay two rows


def test_a_count_per_service_of_things_related_in_time(asker):
    answer = asker.ask("for each service, how many deploys were followed by an alert within 15 minutes", NOW)
    assert answer.rows == [("checkout", 1)]
    assert asker.ask("for each service, how many deploys were followed by an alert within 5 minutes",
                     NOW).rows == []


def test_the_same_day_as_another_kind(asker):
    answer = asker.ask("alerts the same day as a deploy of their service", NOW)
    assert sorted(row[answer.columns.index("name")] for row in answer.rows) == ["HighErrorRate", "LatencyP99High"]


@pytest.mark.parametrize(("question", "services"), [
    ("services that alerted but never deployed", ["billing-api", "inventory", "search"]),
    ("services that had alerts but were not deployed", ["billing-api", "inventory", "search"]),
    ("which services had both an alert and a deploy", ["checkout"]),
    ("services that were deployed and also had an alert", ["checkout"]),
])
def test_values_two_kinds_name_at_once(asker, question, services):
    answer = asker.ask(question, NOW)
    assert [row[0] for row in answer.rows] == services


@pytest.mark.parametrize(("question", "minutes", "rows"), [
    ("alerts hot on the heels of a deploy", 15, 1),
    ("which alerts came in the 12 minutes after a deploy of the same service had gone live", 12, 1),
    ("which alerts came in the 8 minutes after a deploy of the same service had gone live", 8, 0),
])
def test_a_relation_named_far_from_its_kind(asker, question, minutes, rows):
    answer = asker.ask(question, NOW)
    assert f"INTERVAL '{minutes}' MINUTE" in answer.sql and len(answer.rows) == rows


def test_nobody_is_a_negation(asker):
    """No alert of this store was acked: "nobody acked" is every alert (it had been read as "acked")."""
    assert asker.ask("alerts somebody acked", NOW).rows == []
    assert len(asker.ask("alerts nobody acked", NOW).rows) == len(asker.ask("alerts", NOW).rows) == 5


def test_followed_within_n_by_keeps_its_direction(asker):
    """ "deploys followed within 15 mins by an alert": the alert comes after the deploy (it had been read the other
    way round, as alerts before the deploy)."""
    split = asker.ask("which deploys were followed within 15 mins by an alert", NOW)
    whole = asker.ask("which deploys were followed by an alert within 15 mins", NOW)
    assert split.sql == whole.sql and _versions(split) == ["v2.0.1"]


def test_a_change_that_coincided_with_an_incident_is_inside_its_span(asker):
    answer = asker.ask("which incidents coincided with a deploy", NOW)
    assert "c.timestamp >= g.opened_at AND c.timestamp <= COALESCE(g.resolved_at" in answer.sql


def test_after_an_incident_had_resolved_is_after_its_end(asker):
    answer = asker.ask("which deploys went out in the 30 minutes after an incident had resolved", NOW)
    assert "c.timestamp >= g.resolved_at AND c.timestamp <= g.resolved_at + INTERVAL '30' MINUTE" in answer.sql


def _names(answer) -> list[str]:
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


def test_another_service_of_the_same_project(asker):
    """checkout's deploy went live at 09:50; within 90 minutes inventory (11:00) alerted in production, in the same
    project; checkout's own alert and search's staging one do not count, nor billing-api's (10:50, same project
    name and environment) of another workspace: one tenant's deploy is not another's cause."""
    answer = asker.ask("alerts within 90 minutes after a deploy of another service in the same project", NOW)
    assert "a.service <> c.service" in answer.sql and "a.workspace_id = c.workspace_id" in answer.sql
    assert _names(answer) == ["DiskSpaceLow"]


def test_any_service_of_the_project_with_each_side_its_own_service(asker):
    answer = asker.ask("was anything deployed in the shop project (any of its services) in the 90 minutes leading up "
                       "to an inventory alert", NOW)
    assert "a.service IN ('inventory')" in answer.sql and _versions(answer) == ["v2.0.1"]


def test_alerts_of_one_service_after_another_services_alerts(asker):
    """inventory's DiskSpaceLow fired at 11:00, checkout's LatencyP99High at 11:30."""
    assert _names(asker.ask("which checkout alerts fired within 45 minutes after an inventory alert", NOW)) == [
        "LatencyP99High"]
    assert _names(asker.ask("which checkout alerts fired within 20 minutes after an inventory alert", NOW)) == []


def test_whether_another_kind_followed_each_thing(asker):
    """ "deploys: version and whether an alert followed within 15 minutes": one row per deploy, true or false."""
    answer = asker.ask("deploys: version, and whether an alert followed within 15 minutes (true/false)", NOW)
    assert answer.rows == [("v2.0.1", True)]
    answer = asker.ask("deploys: version, and whether an alert followed within 5 minutes (true/false)", NOW)
    assert answer.rows == [("v2.0.1", False)]


def test_each_side_its_own_named_service(asker):
    """ "inventory alerts within 90 minutes after a checkout deploy": inventory's DiskSpaceLow (11:00) after
    checkout's v2.0.1 (09:50), met on the environment only."""
    answer = asker.ask("inventory alerts within 90 minutes after a checkout deploy", NOW)
    assert _names(answer) == ["DiskSpaceLow"] and "a.service = c.service" not in answer.sql


def test_pairs_listed_side_by_side_and_a_clock_time_is_no_colon(asker):
    """ "Deploys between 09:00 and 10:00 and the alerts that followed each ...: one row per deploy-alert pair" (the
    colon of "09:00" had been read as the one before what is asked for, swapping the sides)."""
    answer = asker.ask("Deploys between 09:00 and 10:00 and the alerts that followed each within 15 minutes, one row "
                       "per deploy-alert pair: deploy service, deploy time, alert name, alert start", NOW)
    assert len(answer.rows) == 1 and answer.rows[0][0] == "checkout" and answer.rows[0][2] == "HighErrorRate"
    assert answer.rows[0][1].minute == 50 and answer.rows[0][3].hour == 10


def test_ranked_by_what_they_met(asker):
    answer = asker.ask("which deploy had the most alerts after it", NOW)
    assert answer.rows[0][-1] == 1 and "ORDER BY alerts DESC" in answer.sql and answer.sql.endswith("LIMIT 1")
    answer = asker.ask("which service had the most alerts within 15 minutes after a deploy", NOW)
    assert answer.rows == [("checkout", 1)]


@pytest.mark.parametrize(("question", "mean"), [
    ("how many alerts followed each deploy on average", 1.0),
    ("on average, how many alerts fired within 15 minutes after a deploy", 1.0),
    ("average number of alerts per deploy in the 15 minutes after", 1.0),
    ("median number of alerts in the 5 minutes after each deploy", 0.0),
    ("avg # of deploys in the hour before each incident", None),
])
def test_the_mean_of_a_count_per_thing(asker, question, mean):
    """The mean (median) of the count per thing met in time, those that met none counting 0: the one deploy had
    one alert 10 minutes after it (had been refused)."""
    answer = asker.ask(question, NOW)
    assert len(answer.rows) == 1 and len(answer.columns) == 1 and "LEFT JOIN" in answer.sql
    if mean is not None:
        assert answer.rows == [(mean,)]


def test_the_relation_after_the_thing_counted_for(asker):
    """ "alerts per deploy in the hour after": after each deploy, the thing counted for (had been the alerts' hour
    before it, since the relation closes the question after the other kind)."""
    for question in ("number of alerts per deploy in the 15 minutes after", "how many alerts per deploy in the 15 "
                                                                            "minutes after it"):
        answer = asker.ask(question, NOW)
        assert "a.starts_at >= c.timestamp" in answer.sql and [r[-1] for r in answer.rows] == [1], question


@pytest.mark.parametrize("question", ["what is the average duration of alerts after each deploy",
                                      "average lag of alerts after each deploy"])
def test_an_average_of_anything_but_a_count_over_a_relation_is_refused(asker, question):
    with pytest.raises(Refused):
        asker.ask(question, NOW)


def test_while_they_were_open(asker):
    sql = asker.ask("how many alerts had a flag change while they were still firing", NOW).sql
    assert "c.timestamp >= a.starts_at" in sql and "COUNT(DISTINCT" in sql


def test_the_relation_written_after_the_other_kind(asker):
    """ "alerts with a deploy ... in the 20 minutes before" and an analyst's "where the X started within N minutes
    before the Y": HighErrorRate fired 10 minutes after v2.0.1."""
    for question in ("alerts with a deploy on the same service and in the same environment in the 20 minutes before",
                     "alerts joined with deploys on service and environment, where the deploy went live within 20 "
                     "minutes before the alert"):
        answer = asker.ask(question, NOW)
        assert "a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL '20' MINUTE" in answer.sql
        assert [row[answer.columns.index("name")] for row in answer.rows] == ["HighErrorRate"], question
    warned = asker.ask("alerts with a warning on the same service in the 10 minutes before", NOW).sql
    assert "JOIN warnings AS w" in warned and "a.starts_at <= w.starts_at + INTERVAL '10' MINUTE" in warned


def test_either_of_two_kinds_of_change_and_both_refused(asker):
    """v2.0.1 went live 10 minutes before HighErrorRate; the flag change came 5 minutes before LatencyP99High."""
    either = asker.ask("alerts within 15 minutes after a deploy or a flag change", NOW)
    assert "c.type IN ('deployment', 'flag_change')" in either.sql
    assert sorted(row[either.columns.index("name")] for row in either.rows) == ["HighErrorRate", "LatencyP99High"]
    with pytest.raises(Refused, match="two kinds of change"):
        asker.ask("alerts with both a deploy and a flag change in the 15 minutes before", NOW)


@pytest.mark.parametrize(("question", "versions"), [
    ("deploys followed by at least 1 alert within 15 minutes", ["v2.0.1"]),  # HighErrorRate 10 minutes after
    ("deploys followed by at least 2 alerts within 15 minutes", []),
    ("deploys followed by at least one alert within 5 minutes", []),
    ("deploys with more than 2 alerts afterwards", []),  # had been refused as a bound not read
    ("deploys followed by fewer than 2 alerts within 15 minutes", ["v2.0.1"]),  # none met counts as 0
])
def test_a_bound_on_what_was_met_keeps_the_things_whose_count_passes_it(asker, question, versions):
    answer = asker.ask(question, NOW)
    assert "SELECT COUNT(DISTINCT (a.fingerprint, a.starts_at)) FROM alerts" in answer.sql
    assert _versions(answer) == versions


def test_at_least_and_at_most_are_bounds_not_rankings(asker):
    """ "at least" had been read as "the least" (the fewest first, five rows of counts)."""
    lasted = asker.ask("alerts that lasted at least 20 minutes", NOW)
    assert "ORDER BY" not in lasted.sql and ">= 1200" in lasted.sql and len(lasted.rows) == 1
    assert asker.ask("how many deploys were followed by at least 1 alert within 15 minutes", NOW).rows == [(1,)]


def test_a_project_named_beside_the_other_kind_and_any_named_service_of_it(asker):
    """ "a shop incident" is the incident's project, not the alerts' (v2.0.1 of checkout, in the shop project,
    went live at 09:50; inventory's DiskSpaceLow fired at 11:00)."""
    sql = asker.sql("which alerts fired within an hour after a shop deploy", NOW)[0]
    assert "c.project IN ('shop')" in sql and "a.project" not in sql
    answer = asker.ask("anything deployed on any shop svc in the 90 min before the inventory alert", NOW)
    assert "a.service IN ('inventory')" in answer.sql and _versions(answer) == ["v2.0.1"]


def test_the_first_of_the_other_kind_named_by_its_noun(asker):
    """ "the first checkout alert" is HighErrorRate at 10:00, not every checkout alert (LatencyP99High at 11:30); a
    verb of the kind ("warnings fired") does not stand for it."""
    before = asker.ask("what changed in the hour before the last checkout alert", NOW)
    assert "ORDER BY a.starts_at DESC" in before.sql and "LIMIT 1)" in before.sql
    assert _versions(before) == [None]  # the flag change at 11:25; v2.0.1 at 09:50 is more than an hour before
    first = asker.ask("what changed in the hour before the first checkout alert", NOW)
    assert _versions(first) == ["v2.0.1"]


def test_alerts_that_resolved_after_a_change_are_timed_by_their_end(asker):
    """checkout's HighErrorRate fired at 10:00 and resolved at 10:30; v2.0.1 went live at 09:50."""
    sql = asker.sql("alerts that resolved within 45 minutes after a deploy", NOW)[0]
    assert "a.ends_at >= c.timestamp AND a.ends_at <= c.timestamp + INTERVAL '45' MINUTE" in sql
    assert _names(asker.ask("alerts that resolved within 45 minutes after a deploy", NOW)) == ["HighErrorRate"]
    assert _names(asker.ask("alerts that resolved within 30 minutes after a deploy", NOW)) == []  # 40 minutes after


def test_a_yes_or_no_for_each_thing_and_a_list_with_a_count_of_others(asker):
    """v2.0.1 went live 10 minutes before HighErrorRate."""
    answer = asker.ask("for each deploy, did an alert follow within 15 minutes?", NOW)
    assert [row[-1] for row in answer.rows] == [True] and "> 0" in answer.sql
    assert [row[-1] for row in asker.ask("for each deploy, did an alert follow within 5 minutes?", NOW).rows] == \
        [False]
    listed = asker.ask("list the deploys with the number of alerts in the 15 minutes after them", NOW)
    assert [row[-1] for row in listed.rows] == [1] and "GROUP BY c.id" in listed.sql  # had been one count of deploys


def test_a_silence_in_effect_while_an_incident_was_open_overlaps_it(asker):
    """ "incidents that had a silence in effect while they were open": the two spans share a moment (it had been a
    silence created during the incident)."""
    sql = asker.ask("incidents that had a silence in effect at some point while they were open", NOW).sql
    assert "g.opened_at < COALESCE(s.expired_at, s.ends_at)" in sql and "> s.starts_at" in sql, sql


def test_a_date_after_the_kind_counted_for_is_that_kinds(asker):
    """ "for each deploy on 2024-03-05 in prod: …": the deploys of that day (the date's parts are words of their own,
    so where it stood had not been found, and the day went to the alerts counted)."""
    answer = asker.ask("for each deploy on 2024-03-05 in prod: version and number of alerts in the 15 min after", NOW)
    assert "c.timestamp >= CAST('2024-03-05 00:00:00+00'" in answer.sql, answer.sql
    assert "a.starts_at >= CAST('2024-03-05" not in answer.sql
    assert answer.rows == [("v2.0.1", 1)]
