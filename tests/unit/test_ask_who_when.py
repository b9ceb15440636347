"""A person asked for with something more of the same rows ("who flipped the flag, and when?", "who put the silence
on cart, and who took it off?"), columns of a config change listed by name, and a few business words.

The store: bo turned the new-checkout flag on at 10:10 and off at 10:40; cy changed cart's config key pool.size from
10 to 20 at 10:20; ana's silence of cart (set at 10:30) was expired by dee at 10:50; eve's silence of checkout
(10:35) never was."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_who_when import split_who
from signalcraft.models import Matcher
from tests.support import alert, asking, at, audit, change

NOW = at(120)


def _silence(sid: str, actor: str, minutes: float, service: str):
    return audit(sid, "silence", minutes, source="alertmanager-silence", actor=actor, target=sid,
                 starts_at=at(minutes), ends_at=at(minutes + 60), state="active",
                 matchers=(Matcher(name="service", value=service),))


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asking(tmp_path_factory.mktemp("who") / "w.duckdb", [
        change("f1", "flag_change", "launchdarkly", 10, actor="bo", summary="new-checkout on",
               details={"flag_key": "new-checkout"}),
        change("f2", "flag_change", "launchdarkly", 40, actor="bo", summary="new-checkout off",
               details={"flag_key": "new-checkout"}),
        change("c1", "config_update", "signalcraft", 20, actor="cy", summary="pool", service="cart",
               details={"key": "pool.size", "old": "10", "new": "20"}),
        _silence("sil-a", "ana", 30, "cart"), _silence("sil-e", "eve", 35, "checkout"),
        audit("un-a", "unsilence", 50, source="alertmanager-silence", actor="dee", target="sil-a",
              matchers=(Matcher(name="service", value="cart"),)),
        alert("Errors", "cart", "firing", 5), alert("Errors", "checkout", "firing", 6),
        alert("Latency", "checkout", "firing", 7),
    ])


def test_who_and_when_is_a_row_per_act(asker):
    answer = asker.ask("Who flipped the new-checkout flag, and when?", NOW)
    assert sorted(answer.rows) == [("bo", at(10)), ("bo", at(40))]  # both flips, not bo once


@pytest.mark.parametrize(("question", "rows"), [
    ("Who put the silence on cart, and who took it off?", [("ana", "dee")]),
    ("who silenced cart, and when did they create it", [("ana", at(30))]),
    ("who silenced checkout and when", [("eve", at(35))]),
    ("who expired a silence, and when", [("dee", at(50))]),  # the expiry's own time
    ("silences on cart: who made it and who took it off", [("ana", "dee")]),
    ("who expired a silence, which silence was it, and when?", [("sil-a", "dee", at(50))]),
])
def test_who_made_a_silence_and_who_or_when_it_ended(asker, question, rows):
    assert asker.ask(question, NOW).rows == rows


def test_two_acts_of_people_are_not_who_and_when():
    assert split_who("who deployed and also silenced something") is None
    assert split_who("who silenced something but never acked") is None


@pytest.mark.parametrize("question", ["who deployed cart, and when, in production", "who flipped the flag, and when "
                                      "was it rolled back?", "who silenced cart, and when did it end",
                                      "who created the cart silence, and when? expire it now."])
def test_words_after_and_when_that_are_not_its_restatement_are_not_dropped(question):
    assert split_who(question) is None  # read whole (or refused), never answered without them


def test_a_config_change_s_key_old_and_new_value(asker):
    answer = asker.ask("config updates on cart: the key, old value and new value", NOW)
    assert answer.rows == [("pool.size", "10", "20")]


@pytest.mark.parametrize(("said", "rows"), [
    ("what broke today", 3),
    ("What broke the most today?", [("checkout", 2)]),
    ("on average, how many alerts a day are we seeing today?", [(3.0,)]),
])
def test_business_words_for_alerts(asker, said, rows):
    answer = asker.ask(said, NOW)
    assert (len(answer.rows) if isinstance(rows, int) else answer.rows) == rows, answer.sql


def test_who_and_for_how_long_is_each_silences_minutes(asker):
    answer = asker.ask("who silenced things today, and for how long?", NOW)
    assert sorted(answer.rows) == [("ana", 60.0), ("eve", 60.0)], answer.sql


@pytest.mark.parametrize(("question", "ids"), [
    ("which silences were expired by someone other than their creator", ["sil-a"]),  # ana's, expired by dee
    ("silences expired by their own creator", []),
])
def test_silences_expired_by_another_than_their_creator(asker, question, ids):
    answer = asker.ask(question, NOW)
    assert [row[answer.columns.index("silence_id")] for row in answer.rows] == ids, answer.sql


def test_who_expired_silences_they_did_not_create(asker):
    assert asker.ask("who expired silences they didn't create", NOW).rows == [("dee",)]


def test_who_and_when_the_silence_was_removed(asker):
    answer = asker.ask("who silenced cart, and when the silence was removed?", NOW)
    assert answer.rows == [("ana", at(50))], answer.sql


def test_minutes_between_unread_events_are_refused_not_listed(asker):
    with pytest.raises(Refused):  # had been the silences of cart
        asker.ask("minutes between the cart silence's start and the moment it was ended", NOW)


def test_what_and_by_whom_is_the_rows(asker):
    answer = asker.ask("what got silenced today and by whom", NOW)  # the silences, which name their people
    assert sorted(row[answer.columns.index("silence_id")] for row in answer.rows) == ["sil-a", "sil-e"], answer.sql
    flips = asker.ask("which flags were flipped today and by whom", NOW)
    assert "actor" in flips.columns and len(flips.rows) == 2, flips.sql


def test_a_share_of_silences_expired_early(asker):
    assert asker.ask("what share of silences were expired early", NOW).rows == [(50.0,)]  # ana's, of two
