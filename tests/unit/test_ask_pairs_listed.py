"""Relations said in other words and what they must not lose: "problems" (a Zabbix admin's alerts) and "Disaster"
(its highest severity) in a relation, a span that relates two things and is not read (refused, not dropped), a span
said first ("In the 15 minutes after the flag change, which alerts started?"), the columns of both sides of a
relation listed after it, "who expired it and when", "which version to which environment", "since 1 March: ..." as
a window, a question after "help me", and on-call slang ("going off", "rn").

The store is :mod:`tests.unit.test_ask`'s (Tuesday 2024-03-05, now 12:00 UTC): the new-checkout flag changed on
checkout at 11:25; LatencyP99High (critical) on checkout from 11:30; DiskSpaceLow (warning) on inventory from 11:00;
HighErrorRate on checkout 10:00-10:30; a checkout deploy v2.0.1 went live at 09:50."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_columns import trailing_list
from tests.support import asking
from tests.unit.test_ask import NOW, _store


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asking(tmp_path_factory.mktemp("pairs") / "p.duckdb", base=(_store,))


def names(answer):
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


@pytest.mark.parametrize("question", ["problems that started within 15 minutes after a flag change",
                                      "In the 15 minutes after the flag change, which alerts started?",
                                      "within 15 minutes after a flag change, which problems started?"])
def test_alerts_after_a_change_in_other_words(asker, question):
    """ "problems ... after a flag change" had been every alert; the span said first had listed the flag changes."""
    answer = asker.ask(question, NOW)
    assert names(answer) == ["LatencyP99High"], answer.sql


def test_a_disaster_problem_after_a_change(asker):
    answer = asker.ask("flag changes followed by a disaster problem within 15 minutes", NOW)
    assert "severity = 'critical'" in answer.sql and len(answer.rows) == 1, answer.sql  # had been every flag change
    assert asker.ask("disaster alerts today", NOW).sql.count("severity = 'critical'") == 1


@pytest.mark.parametrize("question", ["flag changes followed by a blip within an hour",
                                      "errors that started within 15 minutes after a flag change"])
def test_a_span_not_read_is_refused(asker, question):
    """The relation was not read and its span dropped: every row had come back."""
    with pytest.raises(Refused, match="span is not read"):
        asker.ask(question, NOW)


def test_a_span_read_as_a_window_is_not_refused(asker):
    answer = asker.ask("alerts in the 15 minutes after 11:20 today", NOW)
    assert names(answer) == ["LatencyP99High"], answer.sql


@pytest.mark.parametrize("question", [
    "flag changes followed by an alert within 15 minutes: change service, summary, alert name, alert start time",
    "flag changes followed by an alert within 15 minutes. I need change service, summary, alert name, alert start "
    "time.",
])
def test_the_columns_of_both_sides_listed(asker, question):
    """One row per pair with the columns asked (had been the changes' whole rows, or the list read as words)."""
    answer = asker.ask(question, NOW)
    assert [row[:3] for row in answer.rows] == [("checkout", "new-checkout on", "LatencyP99High")], answer.sql


def test_who_expired_it_and_when():
    assert trailing_list("the cart silence yesterday: who expired it and when")[0] == ["expired_by", "expired_at"]
    assert trailing_list("The cart silence, who expire it and when?")[0] == ["expired_by", "expired_at"]
    assert trailing_list("the cart silence yesterday: who created it and when")[0] == ["who", "when"]


def test_which_version_to_which_environment(asker):
    answer = asker.ask("which version was deployed to which environment", NOW)
    assert answer.rows == [("v2.0.1", "prod")], answer.sql  # had been the version alone


def test_since_a_day_then_a_list_is_a_window(asker):
    """ "since 1 March: ..., who flipped it and when" had been read as an event on 1 March."""
    answer = asker.ask("flag changes since 1 March: the service, the summary, who flipped it and when", NOW)
    assert [row[:3] for row in answer.rows] == [("checkout", "new-checkout on", "bo")], answer.sql


def test_help_me_find_is_a_question(asker):
    """ "help me" before a question asks it; before an order it refuses (tests.unit.test_ask)."""
    assert names(asker.ask("help me find the checkout alerts", NOW)) == ["HighErrorRate", "LatencyP99High"]


@pytest.mark.parametrize("question", ["whats still going off rn", "what's going off atm", "what is still going off"])
def test_going_off_right_now(asker, question):
    answer = asker.ask(question, NOW)
    assert names(answer) == ["BillingExportFailed", "DiskSpaceLow", "HighErrorRate", "LatencyP99High"], answer.sql


def test_a_report_then_the_question(asker):
    """What a merchant asked, then the question in a sentence of its own (had been refused on the report's words)."""
    answer = asker.ask("Merchant ask if checkout broke after the flag change. Help me list checkout alerts which start "
                       "within 15 minutes after a flag change.", NOW)
    assert names(answer) == ["LatencyP99High"], answer.sql


def test_a_count_after_each(asker):
    """ "deploys and the number of alerts in the hour after each" is a count per deploy (had been one count of the
    deploys that had any)."""
    answer = asker.ask("deploys today and the number of alerts in the 3 hours after each", NOW)
    assert len(answer.rows) == 1 and answer.rows[0][-1] == 2, answer.sql  # v2.0.1 at 09:50: both checkout alerts


@pytest.mark.parametrize("question", ["for each flag change, which alerts started within 15 minutes after it",
                                      "for every flag change, the alerts in the 15 minutes after it"])
def test_for_each_thing_the_other_kind_around_it(asker, question):
    """The alerts asked for (the flag changes had been listed)."""
    answer = asker.ask(question, NOW)
    assert names(answer) == ["LatencyP99High"], answer.sql


def test_open_misspelt(asker):
    assert "resolved_at IS NULL" in asker.ask("incdents still opn", NOW).sql  # had been refused on "opn"
