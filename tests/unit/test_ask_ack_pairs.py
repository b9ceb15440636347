"""Acknowledgements listed beside the alerts they acknowledged: a list naming columns of both ("the alert name, its
start and who acknowledged it") is answered by the pairs (it had been the alerts' whole rows, or the acks'); without
such a list, or with one naming one side only, the rows stay as read.

The store is :mod:`tests.unit.test_ask_incidents`' (Tuesday 2024-03-05, now 12:00; ana.lopez acked checkout's
HighErrorRate at 10:05 while it fired)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from signalcraft.copilot.ask_ack_pairs import ack_pairs
from tests.unit.test_ask import NOW


@pytest.fixture(scope="module")
def asker(incidents_asker):
    return incidents_asker


def test_the_alerts_acked_while_firing_with_who_acked_them(asker):
    answer = asker.ask("Which alerts were acknowledged while they were still firing? The alert name, the service, its "
                       "start and who acknowledged it.", NOW)
    assert answer.columns == ["name", "service", "starts_at", "actor"]
    assert answer.rows == [("HighErrorRate", "checkout", datetime(2024, 3, 5, 10, tzinfo=UTC), "ana.lopez@acme.io")]


def test_the_acks_with_their_alerts_start_and_their_own_time(asker):
    answer = asker.ask("which acks came while the alert was firing: the person, the alert name, when the alert started "
                       "and when it was acknowledged", NOW)
    assert answer.rows == [("ana.lopez@acme.io", "HighErrorRate", datetime(2024, 3, 5, 10, tzinfo=UTC),
                            datetime(2024, 3, 5, 10, 5, tzinfo=UTC))]


@pytest.mark.parametrize("question", ["which alerts were acked while firing?",
                                      "which alerts were acked while firing? the alert name and its start",
                                      "which alerts were acked while firing? the alert name and the fix"])
def test_without_a_list_of_both_sides_the_rows_stay_as_read(question):
    sql = ("SELECT a.* FROM alerts AS a WHERE EXISTS(SELECT 1 FROM audit_log AS k WHERE k.action = 'ack' AND "
           "k.timestamp >= a.starts_at)")
    assert ack_pairs(question, sql) == sql
