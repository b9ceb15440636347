"""Times said in words the reading had dropped, and the words around a relation that had been read on the wrong side:
"between 10h and 12h" (a French hour; had been the whole day), "since 1h ago" and "from 2 hours ago" (had been every
row; a time "ago" the SQL does not read is refused), "the HighErrorRate incident of 5 March" (the incident's day, not
the listed rows'), "…, any svc" (no shared scope), "top 2 log templates of the shop services" (templates, not
services), "Argo CD counting as a deployer too" (had been Argo CD's changes alone), and "what is IFRS 17 and …"
(a term's meaning is not in the store; had been the rest of the question answered).

The stores are :mod:`tests.unit.test_ask`'s (Tuesday 2024-03-05, now 12:00; checkout's HighErrorRate 10:00–10:30,
inventory's DiskSpaceLow at 11:00, checkout's LatencyP99High at 11:30, search's HighErrorRate in staging at 11:40)
and, for incidents and log patterns, :mod:`tests.unit.test_ask_incidents`'."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from tests.unit.test_ask import NOW


@pytest.fixture(scope="module")
def asker(incidents_asker):
    return incidents_asker


def _names(answer) -> list[str]:
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


@pytest.mark.parametrize(("said", "meant"), [
    ("alerts between 10h and 11h", "alerts between 10:00 and 11:00"),
    ("alerts from 11h to 12h", "alerts from 11:00 to 12:00"),
    ("alerts since 1h ago", "alerts in the last hour"),
    ("alerts since an hour ago", "alerts in the last hour"),
])
def test_hours_said_otherwise(asker, said, meant):
    answer = asker.ask(said, NOW)
    assert answer.sql == asker.ask(meant, NOW).sql and answer.rows


def test_a_french_hour_is_that_hour(asker):
    assert _names(asker.ask("alerts between 10h and 11h", NOW)) == ["BillingExportFailed", "HighErrorRate"]  # 10:50
    assert asker.ask("alerts in the last 2h", NOW).sql == asker.ask("alerts in the last 2 hours", NOW).sql  # a span


@pytest.mark.parametrize("question", ["alerts between 3 hours ago and 1 hour ago", "alerts from 2 hours ago until now"])
def test_a_time_ago_the_sql_does_not_read_is_refused(asker, question):
    with pytest.raises(Refused, match="ago"):
        asker.ask(question, NOW)


def test_a_date_after_the_other_kind_is_its_day(asker):
    sql = asker.ask("deploys while the HighErrorRate incident of 5 March was open", NOW).sql
    assert "g.opened_at >= CAST('2024-03-05 00:00:00+00'" in sql and "c.timestamp >= CAST('2024-03-05" not in sql


def test_any_svc_at_the_end_shares_no_scope(asker):
    sql = asker.ask("silences created while the checkout incidents were open, any svc", NOW).sql
    assert "s.service = g.service" not in sql and "s.project = g.project" not in sql and "s.created_at >= g.opened_at" \
        in sql


def test_templates_of_a_projects_services_rank_templates(asker):
    answer = asker.ask("top 2 log templates of the shop services by error lines", NOW)
    assert answer.columns == ["name", "errors"] and "project = 'shop'" in answer.sql and len(answer.rows) == 2


def test_a_bot_counting_as_a_deployer_too_narrows_nothing(asker):
    said = asker.ask("who made the most changes? The top three, Argo CD counting as a deployer too.", NOW)
    assert "argo" not in said.sql.lower() and said.rows == asker.ask("who made the most changes? The top three.",
                                                                      NOW).rows


@pytest.mark.parametrize("question", ["What is IFRS 17 and does it affect our deploys?",
                                      "what is SOX and which deploys does it cover"])
def test_what_a_term_means_is_refused(asker, question):
    with pytest.raises(Refused) as e:
        asker.ask(question, NOW)
    assert e.value.kind == "not_about_this_data" and "term" in str(e.value)


@pytest.mark.parametrize("question", ["what is firing", "what is the latest deploy", "what's the p99 for checkout"])
def test_what_is_of_the_stores_own_words_is_answered(asker, question):
    assert asker.ask(question, NOW).sql


@pytest.mark.parametrize(("question", "minutes"), [
    ("How many minutes lay between v2.0.1 of checkout going live and the first HighErrorRate alert after it?", 10.0),
    ("How many minutes from first alert of checkout service today until the flag change of checkout?", 85.0),
    ("How many minutes passed between us turning on the new-checkout flag and the first LatencyP99High alert after "
     "that?", 5.0),
    ("How many minutes after the first checkout alert today was the first flag change made?", 85.0),
])
def test_the_time_between_two_events_said_otherwise(asker, question, minutes):
    assert asker.ask(question, NOW).rows == [(minutes,)]


@pytest.mark.parametrize("question", ["incidents that took between 1h and 3h to resolve", "incidents resolved after 3h",
                                      "how many incidents lasted between 2h and 4h today", "alerts from 22h",
                                      "alerts per hour 36 hours ago"])
def test_an_hour_that_is_not_read_is_refused_not_dropped(asker, question):
    with pytest.raises(Refused, match="not read"):  # how long, or a clock the answer would not read
        asker.ask(question, NOW)


def test_from_days_ago_is_not_the_last_days(asker):
    assert "alerts in the last" not in asker.ask("alerts since 1 day ago", NOW).sql.lower()  # (a time: 11:00 yesterday)
    sql = asker.ask("alerts since 2 hours ago", NOW).sql
    assert "10:00:00" in sql and "12:00:00" in sql


def test_a_week_across_two_months_is_not_made_a_year(asker):
    with pytest.raises(Refused):
        asker.ask("how many alerts in the week of 29 to 5 March", NOW)


@pytest.mark.parametrize(("said", "meant"), [
    ("silences created outside of the office hours (Monday to Friday, 9h to 17h)", "silences created outside office "
                                                                                   "hours"),
    ("average scheduled length of the silences, from start to planned end, in minutes",
     "average scheduled length of the silences in minutes"),
])
def test_a_definition_of_what_the_reading_knows_is_set_aside(asker, said, meant):
    assert asker.ask(said, NOW).sql == asker.ask(meant, NOW).sql


def test_office_hours_defined_otherwise_are_not_read_as_nine_to_five(asker):
    with pytest.raises(Refused):
        asker.ask("silences created outside of office hours (Monday to Friday, 8h to 18h)", NOW)


def test_a_night_between_two_hours(asker):
    sql = asker.ask("alerts in the night from Monday 4 to Tuesday 5 March, between 22h and 6h", NOW).sql
    assert "'2024-03-04 22:00:00+00'" in sql and "'2024-03-05 06:00:00+00'" in sql


def test_how_many_services_never_had_one(asker):
    assert asker.ask("how many services never had a rollback", NOW).rows == [(4,)]  # (every known service)
    assert asker.ask("how many services have never had a deploy", NOW).rows == [(3,)]  # (checkout deployed)


def test_alerts_firing_while_a_silence_was_on_share_a_moment(asker):
    sql = asker.ask("Were any alerts firing on checkout while its silence was on? List them out.", NOW).sql
    assert "a.starts_at < COALESCE(s.expired_at, s.ends_at)" in sql and "> s.starts_at" in sql  # not started inside


@pytest.mark.parametrize("question", ["db_pool_pending samples today: time and value",
                                      "time and value of each db_pool_pending sample today",
                                      "db_pool_pending samples 15 min either side of the first search alert today: "
                                      "time and value"])
def test_a_metrics_samples_listed_by_time_and_value(asker, question):
    answer = asker.ask(question, NOW)  # (the last had been the first sample's time of search: "first … time")
    assert answer.columns == ["timestamp", "value"] and [row[1] for row in answer.rows] == [2.0, 9.0, 4.0]


def test_a_replys_first_word_is_not_the_question(asker):
    said = asker.ask("Grand, so for the ops review: which critical alerts are still firing?", NOW)
    assert said.sql == asker.ask("which critical alerts are still firing?", NOW).sql


def test_n_minutes_either_side_is_n_on_each_side(asker):
    sql = asker.ask("alerts 30 min either side of the checkout v2.0.1 deploy", NOW).sql
    assert "INTERVAL '30' MINUTE" in sql and "INTERVAL '15' MINUTE" not in sql
