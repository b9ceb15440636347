"""Forms of questions typed to a chat bot and of exercise write-ups that the reading had refused or taken wrongly: a
notification pasted on the question's own line, a slash command, "(utc day)", "comment mention", "the tuesday
deploys", spans given as days and clocks (with the clock first, in brackets after the asker's own name for them, or
several windows at once), a heading before a colon, a weekday said before a date, remarks after the question.

The store (T0 is Tuesday 5 March 2024, 10:00 UTC; now is Thursday 7 March, 10:00): DiskSpaceLow on indexer (node
ip-10-1-2-3) from Monday 02:00 and Tuesday 09:00, both still firing; LoginSlow (warning) at 09:30 and LoginDown
(critical) at 09:40 on auth, HighErrorRate on payments from 10:30 to 11:00 on Tuesday, an alert on 14 February still
firing and one on Wednesday 28 February; bo deployed checkout on Monday 10:00, ana on Tuesday 08:00; a flag flipped on
Tuesday at 10:10 (no comment), another on Monday (with one); cy rolled back to v0 on 14 February; one silence
commented "nightly reindex window"; a snooze on Monday at 20:00."""

from __future__ import annotations

import copy

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.models import Matcher
from tests.support import alert, asking, at, audit, change

NOW = at(2 * 24 * 60)
DAY = 24 * 60
NODE = "ip-10-1-2-3.eu-west-1.compute.internal"


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asking(tmp_path_factory.mktemp("chat-drill") / "c.duckdb", [
        alert("DiskSpaceLow", "indexer", "firing", -DAY - 480, labels={"node": NODE}),  # Monday 02:00
        alert("DiskSpaceLow", "indexer", "firing", -60, labels={"node": NODE}, fingerprint="fp-disk-2"),  # 09:00
        alert("LoginSlow", "auth", "firing", -30, severity="warning"),
        alert("LoginDown", "auth", "firing", -20),
        alert("HighErrorRate", "payments", "firing", 30),
        alert("HighErrorRate", "payments", "resolved", 30, 60),
        alert("FebruaryThing", "checkout", "firing", -20 * DAY),
        alert("WednesdayOld", "checkout", "firing", -6 * DAY + 60),  # Wednesday 28 February 11:00, for 30 minutes
        alert("WednesdayOld", "checkout", "resolved", -6 * DAY + 60, -6 * DAY + 90),
        change("d-mon", "deployment", "argocd", -DAY, actor="bo", phase="live", version="v1", summary="deploy v1"),
        change("d-tue", "deployment", "argocd", -120, actor="ana", phase="live", version="v2", summary="deploy v2"),
        change("flag", "flag_change", "launchdarkly", 10, actor="bo", phase="live", summary="fast-pay on",
               details={"flag_key": "fast-pay"}),
        change("flag-noted", "flag_change", "launchdarkly", -DAY, actor="cy", phase="live", summary="dark-mode on",
               details={"flag_key": "dark-mode", "comment": "ticket UX-12"}),
        change("rb", "rollback", "argocd", -20 * DAY, actor="cy", phase="live", version="v0", summary="roll back"),
        audit("sil", "silence", -DAY, source="alertmanager-silence", actor="ana", target="sil-1",
              starts_at=at(-DAY), ends_at=at(-DAY + 60), state="expired", comment="nightly reindex window",
              matchers=(Matcher(name="service", value="indexer"),)),
        audit("snz", "snooze", -14 * 60, actor="bo", target="fp-disk-2"),
    ])


def _names(answer) -> list[str]:
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


def test_a_notification_pasted_on_the_question_s_line(asker):
    """ "these" are the pasted alert's (it had been refused: the reading was not narrowed to the alert)."""
    answer = asker.ask("/ask [FIRING:1] DiskSpaceLow (indexer production warning) - show me every one of these since "
                       "monday", NOW)
    assert _names(answer) == ["DiskSpaceLow", "DiskSpaceLow"], answer.sql
    answer = asker.ask("@bot [FIRING:1] HighErrorRate (payments prod critical) - how many of these fired tuesday?", NOW)
    assert answer.rows == [(1,)], answer.sql


def test_a_slash_command_is_not_part_of_the_question(asker):
    answer = asker.ask("/ask which 2 days had most alerts", NOW)  # had been the alert names, top five
    assert answer.columns[0] == "day" and [n for _, n in answer.rows] == [4, 1], answer.sql  # Tuesday, 14 February


def test_utc_day_in_brackets_is_a_note_of_the_clock(asker):
    answer = asker.ask("q: deploys on tuesday done by argocd (utc day)", NOW)  # had been a count per day
    assert [row[answer.columns.index("version")] for row in answer.rows] == ["v2"], answer.sql


def test_a_comment_mention(asker):
    answer = asker.ask("q: silences with comment mention reindex", NOW)  # had searched for "mention%reindex"
    assert [row[answer.columns.index("silence_id")] for row in answer.rows] == ["sil-1"], answer.sql


def test_the_tuesday_deploys(asker):
    answer = asker.ask("the tuesday deploys", NOW)  # had been every deploy
    assert [row[answer.columns.index("version")] for row in answer.rows] == ["v2"], answer.sql


def test_a_word_ending_in_on_before_fired_is_not_on_fire(asker):
    """ "production fired" holds "on fire": it had asked for the alerts firing now (none of Tuesday's errors)."""
    answer = asker.ask("how many of the HighErrorRate alerts in production fired on tuesday?", NOW)
    assert answer.rows == [(1,)], answer.sql


@pytest.mark.parametrize("question", [
    "alerts (4 Mar 01:00 UTC to 5 Mar 09:30 UTC)",
    "alerts during the window 4 Mar 01:00 to 5 Mar 09:30",
    "alerts between 01:00 UTC on 4 March and 09:30 UTC on 5 March",
    "alerts from 01:00 UTC Mon 4 Mar to 09:30 UTC Tue 5 Mar",
    "alerts that started during the disk drill window (4 Mar 01:00 UTC to 5 Mar 09:30 UTC)",
])
def test_a_span_of_days_and_clocks(asker, question):
    """Both DiskSpaceLow alerts (LoginSlow starts at 09:30, the end); these had been refused."""
    assert _names(asker.ask(question, NOW)) == ["DiskSpaceLow", "DiskSpaceLow"], question


def test_a_span_said_in_utc_stays_utc_on_another_clock(asker):
    berlin = copy.copy(asker)
    berlin.zone = "Europe/Berlin"
    answer = berlin.ask("alerts (4 Mar 01:00 UTC to 5 Mar 09:30 UTC)", NOW)
    assert _names(answer) == ["DiskSpaceLow", "DiskSpaceLow"], answer.sql
    assert "2024-03-04 01:00:00" in answer.sql, answer.sql


def test_a_named_span_in_brackets_and_who(asker):
    answer = asker.ask("which flags got flipped during the gd (5 mar 09:00-12:00 utc) n by who", NOW)
    assert len(answer.rows) == 1 and "GROUP BY" not in answer.sql, answer.sql  # the flip, not a count per person
    assert answer.rows[0][answer.columns.index("actor")] == "bo"


def test_folks_is_nobody_in_particular(asker):
    answer = asker.ask("How many snoozes did folks put on during the drill night, 16:30 UTC Mon 4 Mar to 06:00 UTC "
                       "Tue 5 Mar?", NOW)
    assert answer.rows == [(1,)], answer.sql


def test_a_label_value_before_a_full_stop(asker):
    answer = asker.ask(f"Show me every alert labelled node={NODE}. That is the node we took down.", NOW)
    assert _names(answer) == ["DiskSpaceLow", "DiskSpaceLow"], answer.sql  # had been refused: no node "….internal."


def test_sev_said_short(asker):
    assert _names(asker.ask("auth alerts 5 mar between 09 and 12 utc, warning sev only", NOW)) == ["LoginSlow"]


def test_a_month_before_its_records_and_the_version_rolled_back_to(asker):
    answer = asker.ask("Please list the February 2024 rollbacks with the service, the version rolled back to, who did "
                       "it and when it went live.", NOW)
    assert answer.rows == [("checkout", "v0", "cy", at(-20 * DAY))], answer.sql


def test_a_heading_before_a_colon(asker):
    answer = asker.ask("Change-freeze check for GD-03: every deploy that went live from 4 March to 5 March 2024", NOW)
    assert sorted(row[answer.columns.index("version")] for row in answer.rows) == ["v1", "v2"], answer.sql


def test_a_weekday_before_a_date(asker):
    """ "Monday 3" had been read as a day of its own (or refused)."""
    answer = asker.ask("Who deployed from Sunday 3 to Tuesday 5 March 2024 (UTC)?", NOW)
    assert sorted(answer.rows) == [("ana",), ("bo",)], answer.sql
    answer = asker.ask("Who deployed in the week before GD-02, Sunday 3 to Monday 4 March 2024?", NOW)
    assert answer.rows == [("bo",)], answer.sql


def test_several_windows_at_once(asker):
    answer = asker.ask("How many alerts started during the two drill windows? Windows: 4 Mar 01:00-03:00 and 5 Mar "
                       "08:30-09:15, UTC, 2024.", NOW)
    assert answer.rows == [(2,)], answer.sql
    answer = asker.ask("which alerts started in the drill windows (4 Mar 01:00-03:00, 5 Mar 09:35-09:45 UTC, 2024)",
                       NOW)
    assert _names(answer) == ["DiskSpaceLow", "LoginDown"], answer.sql


@pytest.mark.parametrize(("question", "rows"), [
    ("Which alert fired the most times during the drill night (4 Mar 01:00 UTC to 5 Mar 09:30 UTC)? Hoping it's the "
     "one we were poking.", [("DiskSpaceLow", 2)]),
    ("Deploys per month this quarter (January, February and March so far), for the exercise calendar.", 1),
])
def test_remarks_after_the_question(asker, question, rows):
    answer = asker.ask(question, NOW)
    assert (answer.rows if isinstance(rows, list) else len(answer.rows)) == rows, answer.sql


def test_a_moment_with_a_remark_after_it(asker):
    """At 09:45 on Tuesday five alerts were firing; "halfway" had been searched for in their texts."""
    answer = asker.ask("What was firing at 09:45 UTC on 5 March 2024, about halfway through GD-01?", NOW)
    assert _names(answer) == ["DiskSpaceLow", "DiskSpaceLow", "FebruaryThing", "LoginDown", "LoginSlow"], answer.sql


@pytest.mark.parametrize("question", ["alerts this week vs last week, just the 2 counts",
                                      "alerts this week vs last week - two numbers side by side pls"])
def test_two_numbers_asked_after_a_comparison(asker, question):
    """Had been refused (the remark read as a period of its own)."""
    assert asker.ask(question, NOW).rows == [(5, 1)]


def test_clocks_on_weekdays(asker):
    """Had been Tuesday alone (the first clock and weekday dropped)."""
    answer = asker.ask("list alerts that started b/w 0100Z Mon and 0930Z Tue this wk pls", NOW)
    assert _names(answer) == ["DiskSpaceLow", "DiskSpaceLow"], answer.sql


def test_at_all_on_a_weekday_is_that_day(asker):
    """ "didn't alert at all on Wednesday": yesterday, not every Wednesday (checkout alerted on 28 February's)."""
    answer = asker.ask("Which services didn't alert at all on Wednesday?", NOW)
    assert [row[0] for row in answer.rows] == ["auth", "checkout", "indexer", "payments"], answer.sql


def test_flag_changes_without_a_comment(asker):
    answer = asker.ask("flag flips w/o a comment", NOW)  # the comment had been dropped: both flips
    assert [row[answer.columns.index("actor")] for row in answer.rows] == ["bo"], answer.sql


def test_the_review_s_guards(asker):
    """What a read of this change's rules found they took wrongly, each answered as before the rules came."""
    answer = asker.ask("alerts per day (2024-03-04 to 2024-03-05)", NOW)  # had been refused (the brackets' span
    assert answer.columns[0] == "day" and [n for _, n in answer.rows] == [1, 4], answer.sql  # taken for "per day")
    answer = asker.ask("Alert summary for auth: how many alerts on tuesday?", NOW)  # the heading's service dropped
    assert answer.rows == [(2,)], answer.sql
    answer = asker.ask("which alerts fired on tuesday? Basically only the critical ones.", NOW)  # the remark dropped
    assert "LoginSlow" not in _names(answer) and "HighErrorRate" in _names(answer), answer.sql
    assert asker.ask("when did ana's silence end", NOW).rows == [(at(-DAY + 60),)]  # had been those ana ended: none
    with pytest.raises(Refused):  # two months: had been January's alone
        asker.ask("the January and February rollbacks", NOW)
    with pytest.raises(Refused):  # each window on its own is not read: had been one count over all of them
        asker.ask("how many alerts in each of the drill windows: 4 Mar 01:00-03:00 and 5 Mar 08:30-09:15, UTC, 2024",
                  NOW)
