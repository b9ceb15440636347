"""Every "not" is read or the question is refused: the readings of negated states, and the refusal of the rest.

The store is :mod:`tests.unit.test_ask`'s: checkout's HighErrorRate fired at 10:00 and resolved at 10:30, the
other alerts are still firing at noon; ana.lopez@acme.io's deployment v2.0.1 went live, cy's v2.0.2 was only
requested; bo turned a flag on."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.store import open_read_only
from tests.unit.test_ask import NOW, _store


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("negation") / "s.duckdb"
    _store(path)
    con = open_read_only(path)
    yield Asker(con)
    con.close()


def _column(answer, name: str) -> list:
    return sorted(row[answer.columns.index(name)] for row in answer.rows)


def test_alerts_that_are_not_firing_are_those_that_ended(asker):
    answer = asker.ask("alerts that are not firing", NOW)
    assert _column(answer, "name") == ["HighErrorRate"] and _column(answer, "service") == ["checkout"]
    assert len(asker.ask("alerts that are firing", NOW).rows) == 4


def test_alerts_no_action_or_mute_names(asker):
    """The store's one audit entry is a silence, not an ack: every alert is un-acked; none was held back."""
    assert len(asker.ask("alerts not acked", NOW).rows) == 5
    assert "NOT fingerprint IN (SELECT fingerprint FROM alert_mutes)" in \
        asker.ask("alerts that were not silenced", NOW).sql


def test_changes_by_everyone_but_a_person_of_every_other_type_and_not_live(asker):
    assert _column(asker.ask("changes not made by ana", NOW), "actor") == ["bo"]
    assert _column(asker.ask("changes that weren't deployments", NOW), "type") == ["flag_change"]
    assert _column(asker.ask("deploys that did not go live", NOW), "version") == ["v2.0.2"]


def test_silences_not_expired_early_and_services_that_never_deployed(asker):
    assert "NOT expired_early" in asker.ask("silences that were not expired early", NOW).sql
    assert asker.ask("which services did not deploy", NOW).rows == [("billing-api",), ("inventory",), ("search",)]
    assert asker.ask("services that never alerted", NOW).rows == []


@pytest.mark.parametrize("question", [
    "warnings that did not become incidents",
    "alerts that didn't page anyone",
    "deploys that were not reviewed",
])
def test_a_negation_the_reader_cannot_place_is_refused_with_its_words(asker, question):
    with pytest.raises(Refused, match="this negation is not read yet") as refused:
        asker.ask(question, NOW)
    assert refused.value.words[0] == "not"


@pytest.mark.parametrize("question", [
    "alerts not on checkout", "critical alerts not in staging", "alerts that aren't critical",
    "incidents that are not resolved", "deploys not followed by any alert", "latency p99 not high alerts",
    "how many alerts have there been? alerts, not notifications",
])
def test_negations_read_elsewhere_still_answer(asker, question):
    assert asker.ask(question, NOW).sql.startswith("SELECT")  # a negation not placed would refuse


@pytest.mark.parametrize("question", ["deploys by more than 2 people", "alerts from over 9000 hosts"])
def test_a_bound_the_reader_cannot_place_is_refused(asker, question):
    with pytest.raises(Refused, match="this bound is not read yet"):
        asker.ask(question, NOW)


@pytest.mark.parametrize(("question", "shown"), [
    ("alerts that lasted over 30 minutes", "> 1800"), ("services with more than 1 alerts", "> 1"),
    ("alerts with more than 1 notification", "notifications > 1"), ("alerts that fired over three times", "> 3"),
])
def test_bounds_read_elsewhere_are_in_the_sql(asker, question, shown):
    assert shown in asker.ask(question, NOW).sql


def test_top_n_is_the_row_limit(asker):
    assert asker.ask("top 2 services by alerts", NOW).sql.endswith("LIMIT 2")
    assert "LIMIT 3" in asker.ask("latest 3 alerts", NOW).sql
    assert "LIMIT" not in asker.ask("alerts in the last 3 hours", NOW).sql.replace("LIMIT 1000", "")
