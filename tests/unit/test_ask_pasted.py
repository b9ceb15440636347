"""Questions of the kinds the ninety-second and ninety-third development halves showed misread: words of time left in
the asker's own language ("innale", "ranar Talata", "qayna simana", "11-mart", "fevralda"), case endings glued to a
name by a hyphen ("production-il", "cart-service-pa"), days written "12.03.2025" or "on 11.03", and a question asked in
a chat tool after something pasted (a notification, a ticket's title, a thread's lines, a log line) or among other
questions of one message; "this one" is the alert the paste names."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_dictated import dictated
from signalcraft.copilot.ask_languages import in_english
from signalcraft.copilot.ask_pasted import unpasted
from tests.support import alert, asking, at, change

NOW = at(24 * 60)  # Wednesday 6 March 2024, 10:00 UTC; the store's rows are of the day before


@pytest.mark.parametrize(("said", "read"), [
    ("innale error log lines", "yesterday error log lines"),
    ("alerts ayer", "alerts yesterday"),
    ("deploys gestern", "deploys yesterday"),
    ("alerts still firing yanzu", "alerts still firing now"),
    ("Qayna simana alerts per day", "last week alerts per day"),
    ("alerts ranar Talata", "alerts on tuesday"),
    ("deploys since lundi", "deploys since monday"),
    ("11-mart production alerts", "11 march production alerts"),
    ("alerts since 3 de marzo", "alerts since 3 march"),
    ("Kenji fevralda created silences", "Kenji in february created silences"),
    ("deploys in februar 2025", "deploys in february 2025"),
    # what stays
    ("the mart service alerts", "the mart service alerts"),
    ("alerts for domingo-api", "alerts for domingo-api"),
    ("may I see the alerts", "may I see the alerts"),
    ("deploys by abhi yesterday", "deploys by abhi yesterday"),  # (a second review's probes: a name or a searched
    ("logs containing hoy", "logs containing hoy"),  # word is left as written)
    ("alerts on the agora service", "alerts on the agora service"),
    ("silences created by julie", "silences created by julie"),
    ("the last 5 mai deploys", "the last 5 mai deploys"),
])
def test_words_of_time_of_other_languages(said, read):
    assert in_english(said) == read


@pytest.mark.parametrize(("said", "read"), [
    ("[FIRING:1] SearchReindexQueueBacklog (indexer production warning)\nthis alert, when it started the first time?",
     "the SearchReindexQueueBacklog alert on indexer, when it started the first time?"),
    ("bot msg: '✅ RESOLVED: UpstreamDependencyErrors (cart-service, production)'\nhow long was this one firing",
     "how long was the UpstreamDependencyErrors alert on cart-service firing"),
    ("#mobile-alerts bot: '⚠️ CheckoutConversionRateDrop fired (checkout-web)'\nthis 👆 started when, first time ever?",
     "the CheckoutConversionRateDrop alert on checkout-web started when, first time ever?"),
    ("QA-7731 [checkout-web] Payment step returns 503 on prod — regression?\nShow all alerts of checkout-web",
     "Show all alerts of checkout-web"),
    ("> [14:58] Ziga: payments is on fire again??\n> [14:59] Marta: looking\nalerts on payments-api today",
     "alerts on payments-api today"),
    ("Question 1: who has the key of the server room? Question 2: give me all DiskSpaceLow alerts of indexer",
     "give me all DiskSpaceLow alerts of indexer"),
    ("1) football tonight at 18h? 2) which incidents were open yesterday?", "which incidents were open yesterday?"),
    ("Grafana panel 'Top talkers — error lines'. which 3 services logged the most error lines yesterday?",
     "which 3 services logged the most error lines yesterday?"),
    ("ticket 'MOB-2231 Passkey login broken' — when was the Passkey login flag turned on?",
     "when was the Passkey login flag turned on?"),
    # what stays
    ("alerts on payments-api yesterday\nand who acked them", "alerts on payments-api yesterday\nand who acked them"),
    ("which alert fired first: a) on cart or b) on payments-api?", "which alert fired first: a) on cart or b) on "
                                                                   "payments-api?"),
    ("show 1) alerts on cart 2) only critical", "show 1) alerts on cart 2) only critical"),  # one question
    ("P1-2 incidents last week\nwith their alerts", "P1-2 incidents last week\nwith their alerts"),  # no ticket
])
def test_a_question_after_a_paste(said, read):
    assert unpasted(said) == read


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asking(tmp_path_factory.mktemp("pasted") / "p.duckdb", [
        alert("QueueBacklog", "indexer", "firing", 30), alert("QueueBacklog", "indexer", "resolved", 30, 50),
        alert("QueueBacklog", "indexer", "firing", -3000),
        change("d1", "deployment", "argocd", 20, actor="ana", service="indexer", phase="live", version="v2",
               summary="deploy indexer"),
    ])


def test_a_name_with_a_case_ending(asker):
    assert asker.sql("alerts on indexer-pa yesterday", NOW)[0] == asker.sql("alerts on indexer yesterday", NOW)[0]
    assert asker.sql("prod-il deploys", NOW)[0] == asker.sql("prod deploys", NOW)[0]


def test_a_day_written_with_dots(asker):
    assert asker.sql("alerts on 05.03", NOW)[0] == asker.sql("alerts on 5 march", NOW)[0]
    assert asker.sql("05.03.2024 alerts", NOW)[0] == asker.sql("on 5 march 2024 alerts", NOW)[0]
    assert asker.sql("alerts that started on 05.03.2024.", NOW)[0] == \
        asker.sql("alerts that started on 5 march 2024.", NOW)[0]  # the sentence's own full stop after the year


def test_this_one_is_the_alert_of_the_paste(asker):
    answer = asker.ask("[FIRING:1] QueueBacklog (indexer production warning)\nthis alert, when it started the first "
                       "time?", NOW)
    assert len(answer.rows) == 1 and at(-3000) in answer.rows[0]  # its first start, not the latest


def test_an_order_with_a_courtesy_word_inside(asker):
    for question in ("Put azafady a silence on the indexer for 2 hours", "Put please a silence on the indexer"):
        with pytest.raises(Refused) as refused:
            asker.ask(question, NOW)  # had been answered with the indexer's silences
        assert refused.value.kind == "asks_to_change_data"


def test_since_a_date_written_with_slashes(asker):
    sql = asker.sql("Show the deploys since 02/03/2024, all of them", NOW)[0]
    assert "'2024-02-03 00:00:00+00'" in sql and "'2024-02-04 00:00:00+00'" not in sql  # up to now, not that day


@pytest.mark.parametrize("question", ["the 3 most fired alert names, count also",
                                      "all time most fired 3 alert names, count also"])
def test_the_most_fired_names(asker, question):
    assert asker.ask(question, NOW).rows == [("QueueBacklog", 2)]  # had been one count of every alert


def test_who_did_and_its_verb(asker):
    assert "action = 'ack'" in asker.sql("Who did acknowledge alerts the most? Only the top one, with the number",
                                         NOW)[0]


@pytest.mark.parametrize("said", ["rollbacks to 2.11", "deploys after 2.12", "version 2.3.2025 deploys",
                                  "the two most noisy services", "the most fired alerts"])
def test_numbers_and_rankings_as_written(said):
    assert dictated(said) == said  # versions are no days; a ranking without a number is read as before


def test_a_name_with_an_ending_that_makes_another_name(asker):
    with pytest.raises(Refused) as refused:
        asker.ask("alerts on indexer-beta", NOW)
    assert refused.value.kind == "ungrounded"


def test_the_first_time_of_what_is_not_an_alert(asker):
    assert "FROM change_events" in asker.sql("when was the first time the deploy started", NOW)[0]
