"""Questions in the words of a team lead writing a report and an on-call engineer on a phone at night: a period
compared with another, "from before march", "haven't been resolved yet", and a sentence of context around the
one that asks."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.ask_both import compared
from signalcraft.copilot.ask_context import asking_sentence
from signalcraft.copilot.ask_reading import compiled
from signalcraft.copilot.store import open_read_only
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from tests.support import alert, at

NOW = at(120)  # 2024-03-05 12:00 UTC, a Tuesday
DAY = 24 * 60


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "r.duckdb"
    with DuckDBWriter(path) as writer:
        writer.add([
            alert("Old", "checkout", "firing", -10 * DAY),  # 2024-02-24, still firing
            alert("Older", "checkout", "firing", -12 * DAY), alert("Older", "checkout", "resolved", -12 * DAY,
                                                                     -12 * DAY + 30),
            alert("LastWeek", "cart", "firing", -3 * DAY), alert("ThisWeek", "cart", "firing", -10),
            alert("Today", "cart", "firing", 30),
        ])
        writer.flush()
    con = open_read_only(path)
    yield Asker(con)
    con.close()


def test_a_period_compared_with_another(asker):
    answer = asker.ask("How many alerts did we get this week, compared with last week?", NOW)
    assert answer.columns == ["alerts_this_week", "alerts_last_week"] and answer.rows == [(2, 1)]
    assert asker.ask("alerts this week vs last week", NOW).rows == [(2, 1)]  # their numbers, not this week's rows
    assert compared("how many alerts this week") is None
    assert compared("alerts this week vs this week") is None


def test_from_before_a_month_or_a_day(asker):
    before = asker.ask("alerts before march", NOW)
    assert sorted(row[before.columns.index("name")] for row in before.rows) == ["Old", "Older"]
    assert "starts_at >=" not in before.sql  # no start: everything before
    firing = asker.ask("anything still firing from b4 march", NOW)
    assert [row[firing.columns.index("name")] for row in firing.rows] == ["Old"]
    assert asker.ask("how many alerts before 2024-02-23", NOW).rows == [(1,)]
    in_march = asker.ask("alerts in march", NOW)  # not "before"
    assert sorted(row[in_march.columns.index("name")] for row in in_march.rows) == ["LastWeek", "ThisWeek", "Today"]


@pytest.mark.parametrize("question", [
    "Which alerts haven't been resolved yet?", "alerts that have not yet been closed", "alerts never been fixed"])
def test_not_been_resolved_is_still_open(asker, question):
    answer = asker.ask(question, NOW)
    assert sorted(row[answer.columns.index("name")] for row in answer.rows) == ["LastWeek", "Old", "ThisWeek",
                                                                                  "Today"]


def test_the_sentence_that_asks_among_sentences_of_context(asker):
    answer = asker.ask("Which alerts haven't been resolved yet? They go in the open items of my report.", NOW)
    assert len(answer.rows) == 4
    assert asking_sentence("Which alerts fired? Which were critical?") is None  # two questions: not this
    assert asking_sentence("alerts today") is None


def test_a_remark_after_the_question_is_left_out_a_name_before_it_is_not(asker):
    assert len(asker.ask("Which alerts fired in march? Pulling them for the QA sign-off.", NOW).rows) == 3
    with pytest.raises(Refused, match=r"loyalty|points"):
        asker.ask("loyalty points service — how often did it have problems this month?", NOW)
    with pytest.raises(Refused, match="olga"):
        asker.ask("Which alerts fire for olga? She asked me twice.", NOW)


@pytest.mark.parametrize(("said", "plain"), [
    ("For the postmortem appendix, give me every column of the alerts in march", "alerts in march"),
    ("For capacity planning: how many alerts in march?", "how many alerts in march"),
    ("# alerts yday", "number of alerts yesterday"),
    ("cart alerts this mnth, all of em", "cart alerts this month"),
    ("1st alert of march 5?", "the first alert on march 5"),
    ("alerts this am", "alerts this morning"),
])
def test_a_report_s_and_a_phone_s_words(asker, said, plain):
    assert asker.sql(said, NOW)[0] == asker.sql(plain, NOW)[0]


def test_how_a_change_went_live_is_not_a_kind_of_change(asker):
    assert "type = 'flag_change'" in asker.sql("flag changes that went out today", NOW)[0]
    assert "type = 'config_update'" in asker.sql("config changes shipped today", NOW)[0]
    assert "type IN ('flag_change', 'deployment')" in asker.sql("flags toggled or deployed today", NOW)[0]
    assert "type IN ('deployment', 'rollback')" in asker.sql("what got deployed or rolled back today", NOW)[0]
    assert "sigma) > 100" in asker.sql("early warnings whose sigma exceeds 100", NOW)[0]


@pytest.mark.parametrize("order", [
    "Checkout's working again — please close out every open incident.",
    "Checkout is fine now, go ahead and resolve all the open incidents.",
    "alerts look fine - please delete the old silences",
    "can everything that has namespace=shop be muted until tomorrow? like put a mute on all of it",
    "could the cart alerts be silenced for an hour?",
    "list the cart alerts and ack all of them",
    "show the checkout alerts, i.e. delete them",
    "which silences are active, that is, expire them",
    "list the silences on cart, i.e. extend them",
    "which deploys went out today, i.e. revert them",
    "which silences are active (i.e. extend them by a day)",
    "show the checkout alerts, i.e. resolve cart alerts",
    "who created the cart silence, and when? expire it now.",
    "who deployed cart, and when? roll it back",
    "who deployed; and when",
    "when possible put a silence on cart",
    "how about you put a mute on cart",
])
def test_an_order_after_a_dash_or_a_comma_is_refused(asker, order):
    with pytest.raises(Refused) as refused:
        asker.sql(order, NOW)
    assert refused.value.kind == "asks_to_change_data"


@pytest.mark.parametrize(("said", "plain"), [
    ("Did any silences actually suppress alerts? Which ones?", "which silences actually muted alerts"),
    ("which silences really ended up muting alerts", "which silences actually muted alerts"),
    ("Which silences did people create outside normal business hours?", "silences created outside business hours"),
    ("Which silences were made outside Monday-Friday 09:00-17:00 UTC?", "silences created outside business hours"),
    ("which silences were set for longer than three hours?", "silences longer than 3 hours"),
    ("So far this March, how many alerts has each service had?", "how many alerts per service in march"),
    ("top flag toggler?", "who toggled the most flags"),
    ("bottom 2 suspect changes by score", "the 2 lowest-scoring suspect changes"),
    ("the two suspect changes with the lowest scores", "the two lowest-scoring suspect changes"),
    ("highest-scoring 3 suspects", "the 3 highest-scoring suspects"),
    ("top 3 slowest alerts to clear", "top 3 alerts that took the longest to clear"),
    ("cart yday - worst severity it hit?", "the highest severity of alerts on cart yesterday"),
    ("Who did rollbacks, and how many each, ordered from most to fewest?", "how many rollbacks per person"),
    ("Top 2 people by number of deploys yesterday, bots not counted.",
     "Top 2 people by number of deploys yesterday, leave the bots out"),
    ("What was the worst day for cart?", "What was the busiest day for cart?"),
    ("Give me the number of alerts this week next to the number for last week.",
     "how many alerts this week, compared with last week"),
    ("count of alerts this week and count of alerts last week, side by side",
     "how many alerts this week, compared with last week"),
    ("number of alerts for every day of this week?", "alerts per day this week"),
    ("count of alerts grouped by service, filter on today", "count of alerts per service today"),
    ("alerts from 11am", "alerts since 11am"),
    ("cart alerts, filtered to this week", "cart alerts this week"),
    ("alerts of cart with severity lower than critical", "cart alerts that were not critical"),
    ("which cart alerts were below critical? like, the not-so-bad ones", "cart alerts that were not critical"),
    ("which cart alerts notified us more than once?", "cart alerts that sent more than one notification"),
    ("how much different alert names has cart?", "how many distinct alert names does cart have"),
    ("what was going off at 11:50 today?", "what was firing at 11:50 today"),
    ("which day was the most bad for cart?", "What was the busiest day for cart?"),
    ("do we know which service got paged the most?", "which service got paged the most?"),
    ("For the slide: the 2 services with the most alerts this week.", "top 2 services by number of alerts this week"),
    ("two services with most alerts", "top 2 services by number of alerts"),
    ("Which alerts this month still lack a written-down resolution?",
     "Which alerts this month have no resolution written down?"),
    ("alerts that were firing while a silence on their own service was in place",
     "alerts that were firing while a silence on the same service was in effect"),
    ("A customer says things are still broken on our side — which alerts on cart are firing right now?",
     "which alerts on cart are firing right now?"),
    ("A customer complained about cart yesterday — what was the highest severity the alerts reached?",
     "what was the highest severity of alerts on cart yesterday"),
    ("still-open alerts right now — which ones across the platform?", "which alerts are still open right now"),
    ("Which alerts did checkout raise over February 2024?", "checkout alerts in february 2024"),
    ("For each service, when was its earliest and its latest alert start time?",
     "min and max alert start time per service"),
    ("quick one: which services had alerts today? names only", "which services had alerts today"),
    ("names of services which had alerts today", "which services had alerts today"),
    ("top 3 alerts, order by duration desc", "top 3 alerts ordered by duration"),
    ("which services have racked up at least 2 alerts in total?", "which services have at least 2 alerts in total"),
    ("What number of alerts fired today?", "how many alerts fired today"),
    ("alerts from the moment the first cart alert fired today", "alerts since the first cart alert fired today"),
    ("top 2 UTC hours today by count of alerts started", "the 2 busiest hours today by alerts"),
    ("top 3 days by alerts", "the 3 busiest days by alerts"),
    ("how many alerts for each service, not counting ones without service",
     "how many alerts per service, skipping the empty ones"),
])
def test_more_words_of_the_same_questions(asker, said, plain):
    assert asker.sql(said, NOW)[0] == asker.sql(plain, NOW)[0]


def test_the_incident_with_the_most_warnings_is_ranked_per_incident(asker):
    assert "GROUP BY incident ORDER BY n DESC" in asker.sql("which incident had the most warnings", NOW)[0]
    before = asker.sql("Which incident had the most early warnings before it?", NOW)[0]  # not those with any
    assert "FROM incident_warnings GROUP BY group_id ORDER BY warnings DESC" in before and before.endswith("LIMIT 1")


def test_a_restatement_after_i_e_is_left_out_when_it_reads_as_something_else(asker):
    glossed = "what share of alerts are still firing, that is, those whose end we have not seen yet? One decimal."
    assert asker.sql(glossed, NOW)[0] == asker.sql("what share of alerts are still firing?", NOW)[0]
    assert asker.ask(glossed, NOW).rows == [(80.0,)]  # 4 of the 5 alerts: Older was resolved
    for named in ("how many alerts fired today, i.e. the ones on zed", "which alerts fired, i.e. resolve them"):
        with pytest.raises(Refused):  # a name the store lacks, an order: never left out
            asker.sql(named, NOW)


def test_a_customer_s_report_that_names_what_is_asked_about_is_kept(asker):
    kept = asker.sql("A customer complained about checkout — which alerts fired today?", NOW)[0]
    assert "'checkout'" in kept


def test_columns_listed_after_with_or_a_dash_and_an_unknown_service_named_by_a_common_word(asker):
    listed = asker.ask("Enumerate the alerts with service, name and severity.", NOW)
    assert listed.columns == ["service", "name", "severity"] and len(listed.rows) == 5  # one row an alert
    short = asker.ask("alerts today — svc, when", NOW)
    assert short.columns == ["service", "starts_at"]
    with pytest.raises(Refused, match="recommendations"):
        asker.sql("recommendations svc anything firing?", NOW)
    dated = asker.sql("A customer noticed odd behaviour on March 5 — how many alerts fired that day?", NOW)[0]
    assert "starts_at >= CAST('2024-03-05 00:00:00+00'" in dated  # the report's day, to now (it is today)


def test_a_report_s_time_of_day_is_kept_and_its_service_is_known_by_its_value(asker):
    said = asker.sql("A customer reported an issue at 11:45 UTC — what was firing at that time?", NOW)[0]
    assert said == asker.sql("what was firing at 11:45 UTC", NOW)[0]
    alias = asker.sql("A customer reported checkout issues — what changed on checkout today?", NOW)[0]
    assert alias == asker.sql("what changed on checkout today?", NOW)[0]


def test_each_version_of_a_named_service_is_a_breakdown_by_version(asker):
    sql = asker.sql("How many errors did each cart version log?", NOW)[0]
    assert "GROUP BY service_version" in sql and "service = 'cart'" in sql


def test_a_question_to_be_done_in_the_passive_is_an_order_and_who_in_the_passive_is_who(asker):
    assert asker.sql("can you tell me which alerts were firing today", NOW)[0].startswith("SELECT")
    snoozed = asker.sql("Old was snoozed by who?", NOW)[0]
    assert snoozed == asker.sql("who snoozed Old", NOW)[0]


def test_a_question_read_again_compiles_no_pattern_again(asker):
    question = "how many critical alerts per service this week, compared with last week"
    asker.sql(question, NOW)
    misses, hits = compiled.cache_info().misses, compiled.cache_info().hits
    asker.sql(question, NOW)
    assert compiled.cache_info().misses == misses  # every pattern of its reading came compiled
    assert compiled.cache_info().hits > hits + 100  # and the reading's patterns go through the cache


def test_what_a_review_found_a_span_too_long_a_question_too_long_and_questions_about_muting(asker):
    with pytest.raises(Refused, match="more than a year"):
        asker.ask("what changed in the 99999999999999999999999 minutes before the first cart alert today", NOW)
    with pytest.raises(Refused) as long:
        asker.sql("alerts since the first cart alert today " + "x " * 300, NOW)  # parts under the limit, not the whole
    assert long.value.kind == "too_long"
    assert asker.sql("could any silence be expired already?", NOW)[0].startswith("SELECT")  # a question, not an order
    assert "FILTER" in asker.sql("count of alerts, and count of them for cart", NOW)[0]  # not one measure read twice
    assert "MIN(starts_at)" in asker.sql("the earliest start time of cart alerts", NOW)[0]


@pytest.mark.parametrize("question", ["alerts this week vs last week by service",
                                      "compare the number of alerts this week with last week per service"])
def test_two_periods_compared_per_service(asker, question):
    answer = asker.ask(question, NOW)
    assert answer.columns == ["service", "alerts_this_week", "alerts_last_week"]
    assert answer.rows == [("cart", 2, 1), ("checkout", 0, 0)]


def test_last_week_per_service_is_a_period_not_the_latest_of_each(asker):
    assert asker.ask("how many alerts last week per service", NOW).rows == [("cart", 1)]
