"""Two readings that had answered with the wrong rows and no word said: an end said with "until" ("alerts until
06:00", "since 10:00 until 11:00": every alert, or up to now), and the changes "that were blamed as the suspect" with
no incident named (the incidents' suspect rows instead of the changes). The pure readings of "until" are in
``test_ask_until.py``; here they run on :mod:`tests.unit.test_ask_incidents`' store (Tuesday 2024-03-05, now 12:00:
alerts at 10:00, 10:50, 11:00, 11:30 and 11:40)."""

from __future__ import annotations

import pytest

from signalcraft.copilot.store import run_select
from tests.unit.test_ask import NOW


@pytest.fixture(scope="module")
def asker(incidents_asker):
    return incidents_asker


def _rows(asker, sql):
    return sorted(run_select(asker.con, sql, timeout_s=5).rows, key=repr)


@pytest.mark.parametrize(("question", "wanted"), [
    ("how many alerts until 11:00", 2),  # 10:00 and 10:50 (11:00 is the end, not in it)
    ("how many alerts till 11am", 2),
    ("how many alerts since 10:30 until 11:35", 3),  # 10:50, 11:00, 11:30
    ("how many alerts since 10:30 till 11:00", 1),
    ("how many alerts up to 10:30", 1),
])
def test_alerts_until_a_clock(asker, question, wanted):
    assert asker.ask(question, NOW).rows == [(wanted,)]


def test_alerts_until_a_day_take_in_that_day(asker):
    assert asker.ask("how many alerts until march 5", NOW).rows == [(5,)]
    assert asker.ask("how many alerts until march 4", NOW).rows == [(0,)]


@pytest.mark.parametrize("question", [
    "list the deployments that were blamed as the suspect",
    "which deploys were suspects",
    "deploys flagged as suspect",
    "changes that were a suspect",
])
def test_changes_blamed_as_the_suspect_are_the_changes(asker, question):
    answer = asker.ask(question, NOW)
    assert "FROM change_events" in answer.sql
    kind = "" if question.startswith("changes") else " WHERE type = 'deployment'"
    wanted = _rows(asker, f"SELECT * FROM change_events{' WHERE' if not kind else kind + ' AND'} id IN "
                          "(SELECT change_id FROM incident_suspects)")
    assert wanted and _rows(asker, answer.sql) == wanted


def test_who_made_the_blamed_changes(asker):
    answer = asker.ask("who made the changes that got blamed", NOW)
    assert answer.columns == ["actor"]
    assert answer.rows and set(answer.rows) == set(run_select(asker.con, "SELECT DISTINCT actor FROM change_events "
                                                              "WHERE id IN (SELECT change_id FROM incident_suspects)",
                                                              timeout_s=5).rows)


@pytest.mark.parametrize("question", ["highest scoring suspects", "suspect changes today",
                                      "incidents with their suspect change"])
def test_the_suspects_view_still_answers_suspects(asker, question):
    assert "FROM incident_suspects" in asker.ask(question, NOW).sql
