"""Columns a question lists ("...? incident service, alert name and when it opened", "versions only"), and the
readings that came with them: a time that belongs to the things counted for, a question about the future.

The store is :mod:`tests.unit.test_ask`'s (checkout's v2.0.1 went live at 09:50 by ana.lopez@acme.io)."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.store import open_read_only
from tests.unit.test_ask import NOW, _store


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("columns") / "s.duckdb"
    _store(path)
    con = open_read_only(path)
    yield Asker(con)
    con.close()


def test_a_list_after_a_colon_names_the_columns(asker):
    answer = asker.ask("deploys to checkout: the service, the version, who made it and when it went live", NOW)
    assert answer.rows == [("checkout", "v2.0.1", "ana.lopez@acme.io", answer.rows[0][3])]
    assert answer.rows[0][3].hour == 9 and answer.rows[0][3].minute == 50


def test_a_list_after_a_question_mark_names_the_columns(asker):
    whole = asker.ask("which deploys went out today", NOW)
    listed = asker.ask("which deploys went out today? service and version", NOW)
    assert len(listed.columns) == 2 and len(listed.rows) == len(whole.rows) == 1


def test_a_list_naming_something_the_rows_do_not_have_keeps_the_whole_rows(asker):
    answer = asker.ask("which deploys went out today? service and the weather", NOW)
    assert "version" in answer.columns and "actor" in answer.columns


def test_a_count_per_thing_with_its_columns_after_the_question(asker):
    answer = asker.ask("how many alerts fired in the 15 minutes after each deploy? version + count please", NOW)
    assert answer.rows == [("v2.0.1", 1)]


@pytest.mark.parametrize("question", ["deploys tomorrow", "who deploys next tuesday", "alerts next week",
                                      "upcoming releases"])
def test_the_future_is_refused_not_answered_as_all_time(asker, question):
    with pytest.raises(Refused) as refused:
        asker.ask(question, NOW)
    assert "after now" in str(refused.value)


def test_a_service_named_with_a_suffix_is_grounded_or_refused_as_one(asker):
    with pytest.raises(Refused) as refused:
        asker.ask("anything firing on recommendations-svc rn", NOW)
    assert refused.value.kind == "ungrounded" and "recommendations-svc" in str(refused.value)


@pytest.mark.parametrize("question", [
    "List the service, version and time of every deploy.",
    "for the last deploy of each service give me the service, the version and when",
])
def test_a_list_before_or_after_the_rest_of_the_question(asker, question):
    answer = asker.ask(question, NOW)
    assert len(answer.columns) == 3 and answer.rows == [("checkout", "v2.0.1", answer.rows[0][2])]


def test_who_in_a_list_is_a_column_not_the_answer(asker):
    """ "..., who made it and when": the person is one column of three, not the only one."""
    answer = asker.ask("deploys to checkout: the version, who made it and when", NOW)
    assert len(answer.columns) == 3 and answer.rows[0][:2] == ("v2.0.1", "ana.lopez@acme.io")


@pytest.mark.parametrize("question", [
    "whats the latest stable React Native version",
    "What sample size do I need for an A/B test on checkout conversion with a 2% minimum detectable effect?",
])
def test_a_question_of_words_this_store_does_not_hold_is_refused(asker, question):
    with pytest.raises(Refused) as refused:
        asker.ask(question, NOW)
    assert refused.value.kind == "not_about_this_data"


def test_a_share_of_a_named_whole(asker):
    """ "share of checkout's alerts that are critical": checkout's alerts are the whole, critical the part."""
    answer = asker.ask("what share of checkout's alerts are critical", NOW)
    assert "WHERE service = 'checkout'" in answer.sql and "FILTER(WHERE severity = 'critical')" in answer.sql
    assert answer.rows == [(100.0,)]  # both of checkout's alerts are critical


@pytest.mark.parametrize("question", ["how long after the deploy did each incident open",
                                      "incidents handled with a rollback"])
def test_a_kind_named_but_not_read_refuses_the_question(asker, question):
    """Both had been answered from the incidents alone, the deploy or rollback dropped ("incidents resolved by
    rollback" is read through their written fixes: test_ask_incidents)."""
    with pytest.raises(Refused) as refused:
        asker.ask(question, NOW)
    assert refused.value.kind == "not_about_this_data" and "changes" in str(refused.value)


def test_warning_as_a_severity_is_not_a_kind_of_record(asker):
    assert "severity <> 'warning'" in asker.ask("alerts except warning ones", NOW).sql
    assert "severity = 'warning'" in asker.ask("warning-severity alerts on checkout", NOW).sql


def test_a_list_the_chatter_trimmer_would_drop_is_still_read(asker):
    """ "? just the time" reads like an aside; the list is taken off before the question is read."""
    answer = asker.ask("when was the last push to checkout? just the time", NOW)
    assert len(answer.columns) == 1 and answer.rows[0][0].hour == 9 and answer.rows[0][0].minute == 50


def test_keys_of_annotations_and_the_share_per_group(asker):
    assert "annotations['runbook_url'] IS NULL" in asker.ask(
        "alerts with no runbook_url annotation on them - need to chase the rule owners", NOW).sql
    answer = asker.ask("what share of alerts comes from each source (alertmanager, grafana, ...), as a percentage",
                       NOW)
    assert "GROUP BY source" in answer.sql and sum(row[1] for row in answer.rows) == pytest.approx(100.0, abs=0.2)


def test_a_quoted_text_is_searched_not_read_for_names(asker):
    answer = asker.ask("checkout alerts whose summary says 'Service Unavailable'", NOW)
    assert "ilike '%service unavailable%'" in answer.sql.lower() and "service = 'checkout'" in answer.sql
    assert answer.rows == []  # no summary says it; 'service' inside the quotes named no service


def test_a_list_after_with_and_a_list_that_ends_in_please(asker):
    answer = asker.ask("list every critical alert in production, with the service, the alert name and when it started",
                       NOW)
    assert len(answer.columns) == 3 and {row[1] for row in answer.rows} >= {"HighErrorRate", "LatencyP99High"}
    answer = asker.ask("Which deploys went out today, and by whom? Version, author and service, please.", NOW)
    assert answer.rows == [("v2.0.1", "ana.lopez@acme.io", "checkout")]


def test_silences_by_the_labels_their_matchers_name(asker):
    answer = asker.ask("silences that match on the service label", NOW)
    assert "m.name = 'service'" in answer.sql
    assert "m.is_regex" in asker.ask("silences with a regex matcher", NOW).sql
    assert "m.name = 'alertname'" in asker.ask("silences with a matcher on alertname", NOW).sql  # had been every one


def test_every_row_for_a_question_that_asked_for_less_is_refused(asker):
    with pytest.raises(Refused) as refused:
        asker.ask("which alerts had NaN values", NOW)
    assert "nan" in str(refused.value)
    assert len(asker.ask("list all alerts", NOW).rows) == 5  # asked for every row: answered
