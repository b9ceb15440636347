"""The chatter around a question and its written forms: what is asked is read, what is said about the asker is
not, and an order anywhere in the question still refuses it."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.ask_chatter import polite_prefix, trim_chatter
from signalcraft.copilot.ask_forms import written_forms
from signalcraft.copilot.store import open_read_only
from tests.unit.test_ask import NOW, _store


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("forms") / "s.duckdb"
    _store(path)
    con = open_read_only(path)
    yield Asker(con)
    con.close()


@pytest.mark.parametrize(("said", "asked"), [
    ("Hi! Sorry if this is a silly question, but could you please list the alerts still firing on checkout? I was "
     "told to keep an eye on them.", "alerts still firing on checkout"),
    ("Could you show me the deploys from the last 3 hours please? I want to understand what changed before I take "
     "over.", "deploys in the last 3 hours"),
    ("What's the average number of alerts per incident? Sorry if that's not how you measure it.",
     "average number of alerts per incident"),
    ("Could you tell me which services got a new deploy yesterday? Just the names is fine, thank you!",
     "which services were deployed yesterday"),
])
def test_what_is_said_about_the_asker_is_not_read(asker, said, asked):
    assert asker.ask(said, NOW).sql == asker.ask(asked, NOW).sql


def test_an_order_in_any_sentence_refuses_the_question(asker):
    with pytest.raises(Refused) as refused:
        asker.ask("Sorry, could you roll back checkout to v2.0.0 in prod? My lead said it's fine.", NOW)
    assert refused.value.kind == "asks_to_change_data"
    with pytest.raises(Refused) as refused:
        asker.ask("Show the critical alerts on checkout. Could you also silence them for an hour?", NOW)
    assert refused.value.kind == "asks_to_change_data"


def test_the_pieces_alone():
    assert polite_prefix("Hey team! Quick question: which deploys failed?") == "which deploys failed?"
    assert trim_chatter("Which deploys failed? I'm new here. Also which rollbacks?") == \
        "Which deploys failed? Also which rollbacks?"
    assert trim_chatter("v2.14.0 deploys on 3.11") == "v2.14.0 deploys on 3.11"  # a version's dots end nothing
    assert written_forms("silences longer then 3 hours") == "silences longer than 3 hours"
    assert written_forms("top 2 ppl who set off alerts") == "top 2 people who triggered alerts"


def test_a_label_value_that_looks_like_a_secret_word_and_the_audit_log(asker):
    with pytest.raises(Refused) as refused:  # a label's value, not a secret: refused only for not being here
        asker.ask("which alerts carried the label datname=tokens?", NOW)
    assert refused.value.kind == "ungrounded" and refused.value.words == ("tokens",)
    assert asker.ask("everything ana did in the audit log", NOW).sql.startswith("SELECT * FROM audit_log")
    with pytest.raises(Refused, match="revenue"):
        asker.ask("How much revenue did we lose during the checkout outage?", NOW)
    assert "versions > 1" in asker.ask("silences that have more than one version", NOW).sql
    assert "service IS NULL" in asker.ask("silences that don't pin any service", NOW).sql


@pytest.mark.parametrize(("said", "asked"), [
    ("Hey, which deploys went out to prod today? Need it for the handover.", "deploys to prod today"),
    ("sorry to bother - who deployed checkout?", "who deployed checkout"),
    ("Morning! What's currently firing in staging? I just came on shift.", "alerts firing in staging right now"),
])
def test_more_chatter(asker, said, asked):
    assert asker.ask(said, NOW).sql == asker.ask(asked, NOW).sql


@pytest.mark.parametrize(("said", "asked"), [
    ("Team lead here. Which deploys went out while an alert was firing?", "Which deploys went out while an alert was "
                                                                          "firing?"),
    ("Deploy hygiene check: which deploys were followed by an alert within 10 minutes?",
     "which deploys were followed by an alert within 10 minutes?"),
    ("which incidents coincided with a flag change, i.e. the flag was flipped while the incident was open",
     "which incidents coincided with a flag change, the flag was flipped while the incident was open"),
    ("last deploy of each service, whatever the environment", "last deploy of each service"),
    ("which alerts came in from alertmanager instead of grafana", "which alerts came in from alertmanager"),
    ("silences someone killed early", "silences someone expired early"),
    ("For each deploy, how many alerts fired in the 30 minutes after it? Keep the deploys that got none, with 0.",
     "For each deploy, how many alerts fired in the 30 minutes after it?"),
])
def test_prefaces_restatements_and_asides_are_not_read(asker, said, asked):
    assert asker.ask(said, NOW).sql == asker.ask(asked, NOW).sql


def test_a_preface_that_names_a_value_is_part_of_the_question(asker):
    """ "auditing ana.lopez@acme.io:" names whose deploys are asked about; "weekly review:" names nothing."""
    answer = asker.ask("auditing ana.lopez@acme.io: deploys of theirs not followed by an alert within 5 min", NOW)
    assert "c.actor = 'ana.lopez@acme.io'" in answer.sql and "NOT EXISTS" in answer.sql


@pytest.mark.parametrize(("said", "asked"), [
    ("silences somebody ended before they were due to run out", "silences expired early"),
    ("How many changes of each type went live? Count every kind, scaling events too.",
     "How many changes of each type went live?"),
    ("MTTR in minutes for critical incidents (mean time from open to resolved)", "MTTR in minutes for critical "
                                                                                "incidents"),
    ("deploy requests for checkout", "requested deploys for checkout"),
])
def test_more_ways_of_saying_the_same(asker, said, asked):
    assert asker.ask(said, NOW).sql == asker.ask(asked, NOW).sql


@pytest.mark.parametrize("question", ["flip the new-checkout flag off in prod", "toggle the flag for checkout",
                                      "disable the checkout alert", "release checkout v2.0.2"])
def test_more_orders_are_refused(asker, question):
    with pytest.raises(Refused) as refused:
        asker.ask(question, NOW)
    assert refused.value.kind == "asks_to_change_data"


@pytest.mark.parametrize(("said", "asked"), [
    ("which alerts took the longest to clear? top 3", "the 3 longest alerts"),
    ("pushes to checkout", "deploys to checkout"),
    ("who toggled flags, and how many times each", "who toggled flags per person"),
    ("silences with 'maintenance' in the comment", "silences whose comment mentions maintenance"),
    ("alerts that lasted more than half an hour", "alerts that lasted more than 30 minutes"),
])
def test_other_words_for_the_same_reading(asker, said, asked):
    assert asker.ask(said, NOW).sql == asker.ask(asked, NOW).sql


def test_each_value_of_a_list_after_leaving_out_is_excluded(asker):
    answer = asker.ask("alerts, leaving out checkout and inventory", NOW)
    assert "NOT COALESCE(service IN ('checkout', 'inventory'), FALSE)" in answer.sql or (
        "NOT COALESCE(service = 'checkout'" in answer.sql and "inventory" in answer.sql)
    assert {row[answer.columns.index("service")] for row in answer.rows} == {"billing-api", "search"}


@pytest.mark.parametrize(("said", "asked"), [
    ("which alert is most noisy for checkout", "which alert is the noisiest for checkout"),
    ("today, which services got alerts?", "which services got alerts today?"),
])
def test_word_order_and_comparatives(asker, said, asked):
    assert asker.ask(said, NOW).sql == asker.ask(asked, NOW).sql
