"""Questions typed in another tool's query words (Splunk, New Relic, Prometheus matchers, Kibana) and the clutter of
a chat (a quoted line of the thread, a pasted alert title, epoch seconds, a correction typed after the question).
Each had been refused or read otherwise (but label matchers and ``field:value``); each must answer as the same
question asked in plain words does.

The store is :mod:`tests.unit.test_ask`'s: checkout's HighErrorRate (10:00, resolved 10:30) and LatencyP99High
(11:30), inventory's DiskSpaceLow (11:00, a warning), search's HighErrorRate in staging (11:40), ana's v2.0.1 deploy
of checkout (09:50); now is 12:00 on 2024-03-05."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask_chat import untangled
from signalcraft.copilot.ask_reading import Refused
from tests.support import T0, asking
from tests.unit.test_ask import NOW, _store


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asking(tmp_path_factory.mktemp("dialects") / "s.duckdb", base=(_store,))


def names(answer):
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


@pytest.mark.parametrize(("typed", "plain", "expected"), [
    ("index=alerts earliest=-24h | stats count by severity", "how many alerts in the last 24 hours per severity",
     [("critical", 4), ("warning", 1)]),
    ("index=changes type=deployment | stats count by actor | sort -count | head 1",
     "who deployed the most", [("ana.lopez@acme.io", 1)]),
    ("index=alerts service=checkout | stats count", "how many checkout alerts", [(2,)]),
    ("violations FACET severity SINCE 1 week ago", "alerts per severity in the last 7 days",
     [("critical", 4), ("warning", 1)]),
])
def test_another_tools_query_words(asker, typed, plain, expected):
    answer = asker.ask(typed, NOW)
    assert answer.rows == asker.ask(plain, NOW).rows == expected, answer.sql


def test_label_matchers_and_field_values(asker):
    """Read before the rewriting too (their words are the values): kept so the rewriting does not break them."""
    assert names(asker.ask('alerts{alertname="DiskSpaceLow"} today', NOW)) == ["DiskSpaceLow"]
    assert names(asker.ask("service:checkout alerts today", NOW)) == ["HighErrorRate", "LatencyP99High"]
    assert names(asker.ask('alerts{service=~"inventory|search"} today', NOW)) == ["DiskSpaceLow", "HighErrorRate"]


def test_a_half_written_sql_value_is_still_checked(asker):
    """Single quotes are SQL's: "where environment = 'qa'" still names an environment the store lacks."""
    with pytest.raises(Refused, match="qa"):
        asker.ask("count alerts grouped by severity where environment = 'qa'", NOW)


def test_epoch_seconds_are_moments(asker):
    start = int(T0.timestamp())
    answer = asker.ask(f"alerts that started between {start - 60} and {start + 60} (epoch secs, utc)", NOW)
    assert names(answer) == ["HighErrorRate"], answer.sql


def test_a_correction_typed_after_the_question_wins(asker):
    answer = asker.ask("alerts today in staging - no wait, prod", NOW)
    assert names(answer) == ["BillingExportFailed", "DiskSpaceLow", "HighErrorRate", "LatencyP99High"], answer.sql
    answer = asker.ask("how many alerts in the last 10 minutes - no, make it the last 3 hours", NOW)
    assert answer.rows == [(5,)], answer.sql  # every alert since 09:00, none in the last 10 minutes
    assert asker.ask("how many alerts in the last 10 minutes", NOW).rows == [(0,)]


def test_a_quoted_line_and_a_pasted_title_are_the_scene(asker):
    answer = asker.ask("> is search ok?\nhow many alerts on inventory today", NOW)
    assert answer.rows == [(1,)], answer.sql
    answer = asker.ask("[FIRING:1] DiskSpaceLow (inventory prod warning) - which checkout alerts fired today?", NOW)
    assert names(answer) == ["HighErrorRate", "LatencyP99High"], answer.sql


def test_a_time_written_to_the_second_keeps_its_seconds(asker):
    """ "between 10:00:30 and 11:00:30": the seconds had been dropped (10:00, taking in checkout's 10:00:00 alert)."""
    answer = asker.ask("alerts that started between 2024-03-05 10:00:30 and 2024-03-05 11:00:30", NOW)
    assert names(answer) == ["BillingExportFailed", "DiskSpaceLow"], answer.sql  # 10:50 (globex) and 11:00
    assert names(asker.ask("alerts that started after 2024-03-05T10:00:30Z", NOW)) == [
        "BillingExportFailed", "DiskSpaceLow", "HighErrorRate", "LatencyP99High"]  # search's (11:40) and the rest


def test_an_email_a_forward_and_a_checklist_item_are_their_question(asker):
    """Greeting, background and sign-off; a forwarded question above a note about it; a question pasted in quotes;
    an item of a checklist (each had been refused or read with the note's words)."""
    email = "Hi team,\n\nFor the weekly notes. Which checkout alerts fired today?\n\nMany thanks,\nTom"
    assert names(asker.ask(email, NOW)) == ["HighErrorRate", "LatencyP99High"]
    forward = "> How many alerts fired on inventory today?\n(from my manager, fwd)"
    assert asker.ask(forward, NOW).rows == [(1,)]
    pasted = 'my manager sent me this, pasting it: "How many alerts fired on inventory today?"'
    assert asker.ask(pasted, NOW).rows == [(1,)]
    header = "---------- Forwarded message ---------\n> How many alerts fired on inventory today?"
    assert asker.ask(header, NOW).rows == [(1,)]
    assert asker.ask("[ ] 3. How many alerts fired on inventory today?", NOW).rows == [(1,)]


def test_a_request_to_send_the_rows_and_an_unknown_doer(asker):
    """ "Could you send me every alert …" asks for rows (it had been refused as an action); "how many deploys did
    hkowalski do" names a person the store does not hold (it had counted every deploy)."""
    assert names(asker.ask("Could you send me every alert that fired on inventory today?", NOW)) == ["DiskSpaceLow"]
    with pytest.raises(Refused, match="hkowalski"):
        asker.ask("how many deploys did hkowalski do today?", NOW)
    assert asker.ask("how many deploys did ana.lopez@acme.io do today?", NOW).rows == [(1,)]


def test_day_ranges_a_weekend_of_days_and_the_askers_own_names(asker):
    """ "from 4 to 5 March" had been the 5th alone; "the weekend of 2-3 March" had been the last weekend;
    "(our multi-defect events)" had been a name that was not found."""
    days = asker.ask("alerts from 4 to 5 March", NOW)
    assert "'2024-03-04 00:00:00+00'" in days.sql, days.sql  # (to now: the 5th is today)
    sql = asker.ask("alerts over the weekend of 2-3 March", NOW).sql
    assert "'2024-03-02 00:00:00+00'" in sql and "'2024-03-04 00:00:00+00'" in sql, sql
    answer = asker.ask("alerts that fired today on inventory (our disk-pressure pages)", NOW)
    assert names(answer) == ["DiskSpaceLow"], answer.sql


def test_alertmanagers_own_record_and_each_person_once(asker):
    sql = asker.ask("Which silences actually held back at least one alert, according to Alertmanager's own record?",
                    NOW).sql
    assert "alert_mutes" in sql
    answer = asker.ask("Who made deploys? Each person once.", NOW)
    assert answer.rows == [("ana.lopez@acme.io",)], answer.sql


def test_a_queues_words_and_the_count_asked_beside_the_ranking(asker):
    """A queue's "arrivals" are alerts started, "hour on the clock (0-23)" the hour of the day, "n of" a count, "only
    days that had alerts" what an average per day counts anyway (each had been read otherwise or refused), and "For
    each, the service name and the number of such …" the count a ranking gives."""
    assert asker.ask("Which hour on the clock (0-23) sees the most alert arrivals, over all the data?", NOW).rows == \
        asker.ask("Which hour of the day sees the most alerts?", NOW).rows == [(11, 3)]
    average = asker.ask("mean daily alert arrival rate today, only days that had alerts, one decimal", NOW)
    assert average.rows == [(5.0,)], average.sql
    assert asker.ask("n of alerts on inventory today", NOW).rows == [(1,)]
    answer = asker.ask("Please tell me the one person with the most deploys followed by an alert within 15 minutes. "
                       "For each, the person and the number of such deploys.", NOW)
    assert answer.rows == [("ana.lopez@acme.io", 1)], answer.sql


def test_a_hunch_then_the_question_that_checks_it(asker):
    """ "I reckon … - …?", "my theory: … . which …?", "bet … . which?", "did anyone …? top 1 …": the question that
    checks it (the hunch's words had been read as the question's)."""
    answer = asker.ask("I reckon the checkout alerts came after lunch - checkout alerts today after 11:00?", NOW)
    assert names(answer) == ["LatencyP99High"], answer.sql
    answer = asker.ask("my theory: inventory pages the most. which service had the most alerts today?", NOW)
    assert answer.rows == [("checkout", 2)], answer.sql
    answer = asker.ask("bet some alerts fired on inventory today. which?", NOW)
    assert names(answer) == ["DiskSpaceLow"], answer.sql
    answer = asker.ask("did anyone deploy more than ana? top 1 deployer by deploys today", NOW)
    assert answer.rows == [("ana.lopez@acme.io", 1)], answer.sql
    whole = asker.ask("was any checkout alert still firing at 10:15? which alerts", NOW)  # the first question's
    assert names(whole) == ["HighErrorRate"], whole.sql
    that_day = asker.ask("Was there a problem on March 5th? Show me the alerts from that day.", NOW)
    assert len(that_day.rows) == 5, that_day.sql


def test_a_question_said_again_after_a_dash(asker):
    """ "X - the Y" where Y only says X again: X ("(monday to sunday)" had been read as a name and refused, "held"
    as a word of an alert's name); a restatement that names a new number is left to the reading."""
    answer = asker.ask("alerts per day this week - the number of alerts per day this week (monday to sunday)", NOW)
    assert [row[1] for row in answer.rows] == [5], answer.sql
    answer = asker.ask("which silences actually muted alerts - the silences alertmanager held alerts back under", NOW)
    assert "alert_mutes" in answer.sql
    narrowed = "alerts today - the alerts from the last 45 minutes"
    assert untangled(narrowed) == narrowed
