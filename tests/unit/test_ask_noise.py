"""Questions of someone cutting alert noise: alerts that resolve by themselves (in the present tense, "auto-resolve"),
counts per fingerprint ("fired more than 2 times on the same fingerprint"), the alerts muted most often and the
silences that muted nothing."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.models import AlertMute
from tests.support import alert, asking, at, audit

NOW = at(240)


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    flapping = [state for start in (10, 40, 70) for state in (alert("Flappy", "cart", "firing", start),
                                                             alert("Flappy", "cart", "resolved", start, start + 3))]
    rows = [*flapping, alert("Slow", "cart", "firing", 100), alert("Slow", "cart", "resolved", 100, 160),
            *(audit(sid, "silence", 5, source="alertmanager-silence", actor="ana", target=sid, starts_at=at(5),
                    ends_at=at(200), state="active") for sid in ("sil-a", "sil-b")),
            AlertMute(id="m1", workspace_id="acme", fingerprint="f", name="Flappy", starts_at=at(40),
                      observed_at=at(41), silenced_by=("sil-b",), source="alertmanager")]
    yield from asking(tmp_path_factory.mktemp("noise") / "n.duckdb", rows)


@pytest.mark.parametrize("question", ["alerts that resolve within 5 minutes", "alerts that auto-resolve within 5 min",
                                      "alerts that resolve on their own in under 5 minutes",
                                      "which alerts self-resolved within 5 minutes"])
def test_alerts_that_resolve_by_themselves_in_the_present_tense(asker, question):
    answer = asker.ask(question, NOW)  # Flappy lasted 3 minutes three times; Slow an hour
    assert sorted(row[answer.columns.index("name")] for row in answer.rows) == ["Flappy"] * 3, answer.sql


def test_a_share_of_alerts_that_resolve_quickly(asker):
    assert asker.ask("what fraction of alerts resolve within 5 minutes", NOW).rows == [(75.0,)]


@pytest.mark.parametrize("question", ["alerts that fired more than 2 times on the same fingerprint",
                                      "fingerprints with more than 2 alerts",
                                      "fingerprints that fired more than 2 times"])
def test_a_bound_on_alerts_per_fingerprint(asker, question):
    answer = asker.ask(question, NOW)
    assert answer.columns[0] == "fingerprint" and [row[1] for row in answer.rows] == [3], answer.sql


def test_the_fingerprint_that_fired_the_most(asker):
    answer = asker.ask("which alert fingerprint fired the most", NOW)
    assert answer.columns[0] == "fingerprint" and answer.rows[0][1] == 3
    assert asker.ask("which alert fired the most", NOW).rows == [("Flappy", 3)]


@pytest.mark.parametrize("question", ["which alerts get silenced most often", "alerts muted the most",
                                      "which alerts were muted the most"])
def test_the_alerts_muted_most_often(asker, question):
    answer = asker.ask(question, NOW)
    assert "FROM alert_mutes" in answer.sql and answer.rows[0] == ("Flappy", 1)


@pytest.mark.parametrize(("question", "ids"), [
    ("which silences muted something", ["sil-b"]),
    ("silences that never muted anything", ["sil-a"]),
    ("silences that didn't mute any alerts", ["sil-a"]),
])
def test_silences_that_muted_something_or_nothing(asker, question, ids):
    answer = asker.ask(question, NOW)
    assert [row[answer.columns.index("silence_id")] for row in answer.rows] == ids, answer.sql


@pytest.mark.parametrize("question", ["how many alerts never ended up in any alert group?",
                                      "how many alerts never became an incident", "number of ungrouped alerts"])
def test_alerts_in_no_incident(asker, question):
    answer = asker.ask(question, NOW)  # the store has no alert groups: every alert is in none
    assert "NOT EXISTS" in answer.sql and answer.rows == [(4,)], answer.sql  # Flappy three times, Slow once


def test_a_negation_of_another_kind_is_not_read_as_alerts_in_no_incident(asker):
    with pytest.raises(Refused):  # had been every deploy, its "did not lead to an incident" unread
        asker.ask("deploys that did not lead to an incident", NOW)


@pytest.mark.parametrize(("question", "expected"), [
    ("which alerts are stil firing? looking for stale ones", ["Slow"]),  # a slip, a remark after the question
    ("whats the longest any alert has ever fired for? in minutes", [(60.0,)]),
])
def test_a_slip_a_remark_and_a_longest_in_minutes(asker, question, expected):
    later = at(130)
    answer = asker.ask(question, later)
    got = [row[answer.columns.index("name")] for row in answer.rows] if "name" in answer.columns else answer.rows
    assert got == expected, answer.sql


@pytest.mark.parametrize(("question", "expected"), [
    ("what's the p50 of alert durations", [(3.0,)]),  # 3, 3, 3 and 60 minutes
    ("the 75th percentile of alert durations", [(17.3,)]),
])
def test_a_percentile_of_how_long_alerts_lasted(asker, question, expected):
    answer = asker.ask(question, NOW)  # not the alerts whose names hold p50 or p75
    assert "quantile_cont" in answer.sql.lower() and answer.rows == expected, answer.sql


def test_the_alerts_a_named_silence_muted(asker):
    """Only sil-b muted Flappy; sil-a muted nothing. "muted by ana's silences" had been refused (the muted alerts
    have no person); the silences are read as a question of their own and their ids matched."""
    answer = asker.ask("which alerts were muted by ana's silences", NOW)
    assert [row[answer.columns.index("name")] for row in answer.rows] == ["Flappy"]
    assert asker.ask("how many alerts were muted by silences created by ana", NOW).rows == [(1,)]


def test_the_silences_that_muted_the_most(asker):
    assert asker.ask("which silence muted the most alerts", NOW).rows == [("sil-b", 1)]  # had been refused
    assert asker.ask("which of ana's silences muted the most alerts", NOW).rows == [("sil-b", 1)]
