"""What a question asks is answered, or the question refused: the people ("who acked alerts during the outage"), a
time ("how long after the alert started ..."), a silence in effect when an alert fired (not created while it did).

The store is :mod:`tests.unit.test_ask_incidents`'s (ana acked checkout's HighErrorRate at 10:05, five minutes into
its incident), with a silence of cart set from 09:00 to 11:00 and a cart alert firing 10:30-10:40."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.models import Matcher
from tests.support import alert, asking, at, audit
from tests.unit.test_ask import NOW, _store
from tests.unit.test_ask_incidents import _incidents


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    rows = [audit("sil-cart", "silence", -60, source="alertmanager-silence", actor="bo", target="sil-cart",
                  starts_at=at(-60), ends_at=at(60), state="active", matchers=(Matcher(name="service", value="cart"),)),
            alert("Slow", "cart", "firing", 30), alert("Slow", "cart", "resolved", 30, 40)]
    yield from asking(tmp_path_factory.mktemp("asked") / "a.duckdb", rows, base=(_store, _incidents))


def test_who_acked_alerts_during_an_incident_is_the_people(asker):
    assert asker.ask("who acked alerts during the checkout incident", NOW).rows == [("ana.lopez@acme.io",)]


@pytest.mark.parametrize("question", ["who acked the checkout alerts during the HighErrorRate incident",
                                      "how long after the alert started did the first ack come in for HighErrorRate"])
def test_rows_are_not_given_for_people_or_a_time(asker, question):
    with pytest.raises(Refused):
        asker.ask(question, NOW)


def test_a_silence_in_effect_when_an_alert_fired(asker):
    active = asker.ask("silences that were active when the cart alerts fired", NOW)
    assert [row[active.columns.index("silence_id")] for row in active.rows] == ["sil-cart"], active.sql
    assert asker.ask("silences created while the cart alerts fired", NOW).rows == []  # set an hour before


@pytest.mark.parametrize("question", ["alerts that fired within 5 minutes after another alert on the same service",
                                      "prod cart alerts while the checkout latency alert was firing"])
def test_a_relation_to_its_own_kind_is_refused(asker, question):
    with pytest.raises(Refused) as refused:  # had been every alert; the checkout alert itself
        asker.ask(question, NOW)
    assert "of their own kind" in str(refused.value)


@pytest.mark.parametrize("question", ["for each incident, how many warnings came before it",
                                      "how many early warnings before each incident"])
def test_a_count_of_warnings_for_each_incident_is_one_row_each(asker, question):
    answer = asker.ask(question, NOW)  # had been one number (then refused): one row per incident, 0 where none
    groups = asker.con.execute("SELECT count(*) FROM alert_groups").fetchone()[0]
    assert len(answer.rows) == groups and answer.columns[-1] == "warnings" and "LEFT JOIN" in answer.sql


def test_a_count_for_each_that_is_read_stays(asker):
    answer = asker.ask("for each deploy, how many alerts in the next 15 minutes", NOW)
    assert "GROUP BY" in answer.sql and answer.rows


def test_a_count_for_each_team_that_changes_do_not_carry_is_refused(asker):
    with pytest.raises(Refused):  # had been one count of every deploy
        asker.ask("how many deploys did each team do", NOW)


def test_is_live_in_an_environment_is_a_state(asker):
    sql = asker.sql("what version of checkout is live in staging", NOW)[0]
    assert "'production'" not in sql and "'staging'" in sql, sql  # not the environment called live as well


def test_a_label_value_written_with_its_key_must_be_that_labels(asker):
    assert "labels['team'] = 'payments'" in asker.sql("alerts with label team=payments", NOW)[0]
    with pytest.raises(Refused, match="no team called 'checkout'"):  # had been the checkout service's alerts
        asker.ask("alerts with team=checkout", NOW)


def test_what_someone_said_is_refused(asker):
    with pytest.raises(Refused, match="said or thought"):  # had searched incident keys for "outage"
        asker.ask("what did the CEO say about the outage", NOW)
    assert asker.ask("what did ana deploy", NOW).sql.startswith("SELECT * FROM change_events")


def test_an_alert_named_by_a_word_must_narrow_the_answer(asker):
    """LatencyP99High's incident has no resolution (HighErrorRate's has ana's): the latest resolution of all would be a
    silent wrong answer when the words do not narrow to it."""
    fixed = asker.ask("what fixed the latency problem last time", NOW)
    assert "LatencyP99High" in fixed.sql and fixed.rows == [], fixed.sql
    with pytest.raises(Refused, match="names an alert"):
        asker.ask("the latest resolution of the latency alert", NOW)


def test_the_time_between_incidents_is_refused(asker):
    with pytest.raises(Refused, match="time between things of one kind"):  # had been their average duration
        asker.ask("mean time between incidents for checkout", NOW)


def test_a_silence_that_started_before_an_alert_and_ended_after_it(asker):
    """cart's silence ran 09:00-11:00, its Slow alert 10:30-10:40: inside it."""
    answer = asker.ask("silences that started before the cart alert and ended after it", NOW)
    assert [row[answer.columns.index("silence_id")] for row in answer.rows] == ["sil-cart"], answer.sql
    assert "s.starts_at <= a.starts_at" in answer.sql  # not created in the hour before it


def test_a_service_named_by_the_last_word_of_its_name(tmp_path):
    """user-profile is "the profile service"; order-events is not "events" (a word every question may use)."""
    rows = [alert("Slow", "user-profile", "firing", 1), alert("Lag", "order-events", "firing", 2)]
    for asker in asking(tmp_path / "t.duckdb", rows):
        answer = asker.ask("alerts for the profile service", NOW)
        assert [row[answer.columns.index("service")] for row in answer.rows] == ["user-profile"], answer.sql
        assert "order-events" not in asker.sql("how many alerts were events", NOW)[0]


def test_a_person_of_the_alerts_is_refused(asker):
    with pytest.raises(Refused, match="not recorded per person"):  # had been a statement that could not run
        asker.ask("which person had the most alerts", NOW)
    assert "actor AS person" in asker.sql("who deployed the most", NOW)[0]
