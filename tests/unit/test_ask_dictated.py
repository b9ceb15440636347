"""Questions as speech-to-text and other languages write them (the ninetieth and ninety-first development halves:
responders dictating on the move, customer-facing staff in business words): numbers said as words, a word taken back,
a list said without commas, courtesies of other languages, what customers report told first, what the answer is for,
"since the beginning of the year", the longest silence with who set it, the people whose changes were blamed, a
count beside "how many hours … in total"."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_dictated import dictated
from tests.support import alert, asking, at, audit, change

NOW = at(24 * 60)  # Wednesday 6 March 2024, 10:00 UTC; the store's rows are of the day before


@pytest.mark.parametrize(("said", "read"), [
    ("okay so how many alerts came in the last forty eight hours", "how many alerts came in the last 48 hours"),
    ("um deploys in the last twenty-four hours", "deploys in the last 24 hours"),
    ("alerts in the thirty minutes before the rollback", "alerts in the 30 minutes before the rollback"),
    ("which hour on the eleventh had the most alerts", "which hour on the 11th had the most alerts"),
    ("deploys on the twenty first of march", "deploys on the 21st of march"),
    ("the two point fourteen the ploy", "the 2.14 deploy"),
    ("ji show me all the role backs done in production this year till date",
     "show me all the rollbacks done in production this year so far"),
    ("what's that S M T P thing on user profile show us it la", "what's that SMTP thing on user profile show us it"),
    ("critical alerts on the card service no wait I mean checkout-web", "critical alerts on checkout-web"),
    ("the ten no the five most recent alerts", "the five most recent alerts"),
    ("which alerts of payments-api started yesterday? jërëjëf", "which alerts of payments-api started yesterday?"),
    ("all the alerts of payments-api, all columns svp", "all the alerts of payments-api, all columns please"),
    ("Also for the RFP: the rollbacks in production", "the rollbacks in production"),
    ("Average duration in minutes of the payments-api alerts yesterday, needed for the RCA",
     "Average duration in minutes of the payments-api alerts yesterday"),
    ("for each incident resolved in February give me the service the alert name who resolved it and the fix",
     "for each incident resolved in February: the service, the alert name, who resolved it and the fix"),
    ("deploys not followed by any alert. These are the clean ones for the PIR.", "deploys not followed by any alert."),
    ("the DiskSpaceLow of 18h26 on the 11", "the DiskSpaceLow of 18:26 on the 11"),  # the clock as French writes it
    # what stays as it was
    ("services with no alerts the last week", "services with no alerts the last week"),
    ("the first alert on the second day", "the first alert on the second day"),
    ("show me the critical alerts from yesterday", "show me the critical alerts from yesterday"),
    ("alerts for the incident report", "alerts for the incident report"),
    ("alerts in the last hour", "alerts in the last hour"),
    ("one hour before the deploy", "one hour before the deploy"),
    ("silences for 2h30", "silences for 2h30"),  # a length, not a clock
    ("when did novak first roll back", "when did novak first roll back"),  # (a review's probes, each had changed)
    ("deploys since the beginning of maria's oncall", "deploys since the beginning of maria's oncall"),
    ("what fired after the second scale event on indexer", "what fired after the second scale event on indexer"),
    ("in February the second deploy of checkout-web", "in February the second deploy of checkout-web"),
    ("deploys by the second shift", "deploys by the second shift"),
    ("alerts for environment na", "alerts for environment na"),
    ("DAG failures last week", "DAG failures last week"),
    ("STP failures on payments-api", "STP failures on payments-api"),
    ("who silenced pages on the weekend", "who silenced pages on the weekend"),
    ("the 5 longest incidents in minutes", "the 5 longest incidents in minutes"),
    ("For the report on checkout-web, list all deploys", "For the report on checkout-web, list all deploys"),
    ("alerts for the status page", "alerts for the status page"),
    ("which incidents needed for the RCA are open", "which incidents needed for the RCA are open"),
    ("give me the service name", "give me the service name"),
])
def test_dictated_forms(said, read):
    assert dictated(said) == read


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    def silence(key, actor, start, end):
        return audit(key, "silence", start, source="alertmanager-silence", actor=actor, target=key,
                     starts_at=at(start), ends_at=at(end), state="expired", matchers=(
                         {"name": "service", "value": "indexer", "is_equal": True, "is_regex": False},))

    yield from asking(tmp_path_factory.mktemp("dictated") / "s.duckdb", [
        alert("CheckoutErrors", "checkout-web", "firing", 10),
        alert("CheckoutErrors", "checkout-web", "resolved", 10, 40),
        alert("QueueBacklog", "indexer", "firing", 100), alert("QueueBacklog", "indexer", "firing", -2000),
        alert("CartTimeouts", "cart-service", "firing", 300), alert("CardDeclines", "checkout-web", "firing", 310),
        change("r1", "rollback", "argocd", 120, actor="kenji", service="indexer", phase="live", version="v1.1",
               summary="rollback indexer"),
        change("d1", "deployment", "argocd", 60, actor="ana", service="checkout-web", phase="live", version="v2",
               summary="deploy checkout-web"),
        change("v3s", "deployment", "argocd", 30, actor="ana", service="checkout-web", phase="live", version="v3.0.0",
               summary="deploy checkout-web v3.0.0").model_copy(update={"environment": "staging"}),
        change("v3p", "deployment", "argocd", 70, actor="ana", service="checkout-web", phase="live", version="v3.0.0",
               summary="deploy checkout-web v3.0.0"),
        change("rb", "rollback", "argocd", 100, actor="ana", service="checkout-web", phase="live", version="v2",
               summary="rollback checkout-web"),
        silence("s1", "kenji", 90, 150), silence("s2", "maria", 200, 500), silence("s3", "ana", -8000, -7900),
    ])


def _same(asker, said: str, plain: str) -> None:
    assert asker.sql(said, NOW)[0] == asker.sql(plain, NOW)[0]


def test_a_window_said_in_words(asker):
    _same(asker, "ah how many alerts came in the last forty eight hours", "how many alerts came in the last 48 hours")
    assert asker.ask("okay what deploys went out in the last twenty four hours", NOW).rows  # had been every deploy


def test_a_compound_name_said_as_two_words(asker):
    answer = asker.ask("okay so show me the alerts on check out web", NOW)
    assert {row[answer.columns.index("service")] for row in answer.rows} == {"checkout-web"}  # had been every alert


def test_a_name_taken_back(asker):
    _same(asker, "alerts on the indexer no wait I mean check out web", "alerts on checkout-web")


def test_a_list_said_without_commas(asker):
    answer = asker.ask("for every roll back how many alerts in the hour before it on the same service give me the "
                       "service the time and the count", NOW)
    assert answer.columns == ["service", "timestamp", "alerts"]
    assert sorted(answer.rows) == [("checkout-web", at(100), 0), ("indexer", at(120), 1)]


def test_what_customers_report_told_first(asker):
    _same(asker, "Bonjour, the clients are complaining that the paiement was not working. Give me all the alerts of "
                 "checkout-web that started yesterday, all columns svp",
          "Give me all the alerts of checkout-web that started yesterday, all columns")


def test_since_the_beginning_of_a_period_is_up_to_now(asker):
    sql = asker.sql("the rollbacks we did in production since the begin of the year, complete rows", NOW)[0]
    assert "'2024-01-01 00:00:00+00'" in sql and "'2024-03-06 10:00:00+00'" in sql
    sql = asker.sql("deploys since the beginning of February", NOW)[0]
    assert "'2024-02-01 00:00:00+00'" in sql and "'2024-03-01 00:00:00+00'" not in sql  # not February alone


def test_a_count_beside_how_many_hours_in_total(asker):
    answer = asker.ask("For the RFP part about maintenance windows: how many silences were created since 1 March, and "
                       "how many hours were they in place in total?", NOW)
    assert answer.rows == [(2, 6.0)]  # 1 h and 5 h; the one of February left out


def test_the_longest_silence_and_who_set_it(asker):
    answer = asker.ask("which was the longest silence ever set, in hours, and who set it?", NOW)
    assert answer.rows == [("maria", 5.0)]  # had been the hours alone


def test_the_people_whose_deploys_were_blamed(asker):
    sql = asker.sql("Which two deployers got blamed for the most incidents?", NOW)[0]
    assert "GROUP BY change_actor" in sql and "COUNT(DISTINCT group_id)" in sql  # had been per change


def test_still_firing_when_someone_put_a_silence_on_is_a_question(asker):
    answer = asker.ask("what was still firing when kenji put the silence on the indexer", NOW)
    assert {row[answer.columns.index("name")] for row in answer.rows} == {"QueueBacklog"}


def test_an_order_stays_an_order(asker):
    with pytest.raises(Refused) as refused:
        asker.ask("put a silence on the indexer", NOW)
    assert refused.value.kind == "asks_to_change_data"


@pytest.mark.parametrize("question", [
    "how many minutes v3.0.0 stay live in prod before they roll it back?",
    "how long did checkout-web v3.0.0 stay live before it was rolled back, in minutes",
    "how many minutes from the checkout-web v3.0.0 deploy going live until the rollback went live",
])
def test_a_version_live_until_its_rollback(asker, question):
    assert asker.ask(question, NOW).rows == [(30.0,)]  # from its production deploy (staging had it 40 minutes earlier)


@pytest.mark.parametrize(("question", "services"), [
    ("alerts on the card service", {"cart-service"}),  # as a transcriber hears it (had been the CardDeclines alert)
    ("alerts on the cart service", {"cart-service"}),
    ("card declines alerts", {"checkout-web"}),  # an alert's words, no service said
])
def test_a_service_said_one_slip_away_as_two_words(asker, question, services):
    answer = asker.ask(question, NOW)
    assert {row[answer.columns.index("service")] for row in answer.rows} == services


@pytest.mark.parametrize("question", [
    "Customers got errors on checkout-web yesterday. How many alerts fired?",  # the sentence names what is asked
    "The users were seeing timeouts on indexer yesterday. Show the alerts.",
])
def test_what_customers_report_stays_when_it_names_the_scope(asker, question):
    assert "service = " in asker.sql(question, NOW)[0]


@pytest.mark.parametrize(("question", "kind"), [
    ("deploys by the service account jenkins", "ungrounded"),  # no such account (had been every deploy)
    ("how about you put a silence on indexer until maria put the fix in", "asks_to_change_data"),
    ("what if we put a mute on checkout-web after kenji put the deploy in", "asks_to_change_data"),
])
def test_refused_as_before(asker, question, kind):
    with pytest.raises(Refused) as refused:
        asker.ask(question, NOW)
    assert refused.value.kind == kind


def test_check_out_as_a_verb_names_no_checkout(asker):
    sql = asker.sql("let me check out the silences on indexer", NOW)[0]
    assert "service = 'indexer'" in sql and "checkout" not in sql
