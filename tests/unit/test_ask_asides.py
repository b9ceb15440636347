"""Words around a question that name nothing in the store, and days said in forms the reading had missed.

A discourse marker ("For the record, …", "Out of curiosity: …"), where the asker talks ("on the bridge", "on the
forum") and whom a change reached ("shipped to customers") had been taken for a service the store lacks and refused;
a day said before its month ("5 Mar deploys") had been read as the whole month, a part of a day said of a day of the
month ("the afternoon of the 5th") and a weekday before a slashed date ("Monday 04/03") refused, and "502 alerts"
read as every alert."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from tests.support import alert, asking, at, change

NOW = at(24 * 60)  # Wednesday 6 March 2024, 10:00 UTC (T0 is Tuesday 5 March, 10:00)


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asking(tmp_path_factory.mktemp("asides") / "a.duckdb", [
        alert("HTTP5xxRatioHigh", "checkout", "firing", 30),  # Tuesday 10:30
        alert("Latency", "checkout", "firing", 300),  # Tuesday 15:00
        alert("DiskLow", "indexer", "firing", -900, severity="warning"),  # Monday 19:00
        alert("KubePodCrashLooping", "search", "firing", -3000),  # Sunday 3 March, 08:00
        alert("KubePodCrashLooping", "search", "firing", -2880, fingerprint="fp-crash-2"),  # Sunday 10:00
        change("d0", "deployment", "argocd", -1000, actor="ana", phase="live", version="v1",
               summary="deploy checkout v1"),  # Monday 17:20
        change("d1", "deployment", "argocd", 100, actor="ana", phase="live", version="v2",
               summary="deploy checkout v2"),  # Tuesday 11:40
    ])


def _names(answer) -> list[str]:
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


def _versions(answer) -> list[str]:
    return sorted(row[answer.columns.index("version")] for row in answer.rows)


def test_a_day_said_before_its_month(asker):
    assert _versions(asker.ask("5 Mar deploys", NOW)) == ["v2"]  # had been every deploy of March
    assert _versions(asker.ask("4th March deploys", NOW)) == ["v1"]


def test_a_part_of_a_day_said_of_a_day_of_the_month(asker):
    assert _names(asker.ask("critical alerts on the afternoon of the 5th", NOW)) == ["Latency"]  # had been refused
    assert _names(asker.ask("alerts in the evening of 4 March", NOW)) == ["DiskLow"]
    assert _names(asker.ask("alerts on the morning of tuesday", NOW)) == ["HTTP5xxRatioHigh"]


def test_a_weekday_before_a_slashed_date(asker):
    answer = asker.ask("alerts per day Monday 04/03 to Tuesday 05/03, how many each day?", NOW)
    assert [row[-1] for row in answer.rows] == [1, 2]  # had been refused: no service called 'tuesday'


@pytest.mark.parametrize("question", ["alerts march 4 to march 5", "alerts 2024-03-04 to 2024-03-05",
                                      "alerts march 4 through march 5", "alerts 4 march until 5 march"])
def test_two_dates_joined_without_from(asker, question):
    sql = asker.sql(question, NOW)[0]
    assert "starts_at >= CAST('2024-03-04 00:00:00+00'" in sql and "starts_at < CAST('2024-03-06 00:00:00+00'" in sql
    # (the first day alone had been read; "through march 5": every day up to the 5th)


def test_a_day_said_again_in_brackets(asker):
    assert _names(asker.ask("alerts from checkout last tuesday (the 5th)", NOW)) == ["HTTP5xxRatioHigh", "Latency"]
    assert _names(asker.ask("alerts from checkout on the 5th, last tuesday (the 5th)", NOW)) == \
        ["HTTP5xxRatioHigh", "Latency"]  # the day said twice: once read, once left (had been refused: '5th')
    with pytest.raises(Refused):
        asker.ask("alerts from checkout on the 4th and (the 5th)", NOW)  # a second day the window does not hold


@pytest.mark.parametrize("question", [
    "Out of curiosity, how many deploys yesterday?",
    "For reference, how many deploys yesterday?",
    "For the avoidance of doubt, how many deploys yesterday?",
    "On behalf of the CTO, how many deploys yesterday?",
    "Following up on the standup, how many deploys yesterday?",
    "we're still arguing on the bridge so how many deploys yesterday?",
    "what did we ship to customers yesterday? how many deploys",
])
def test_words_around_the_question_are_not_names(asker, question):
    assert asker.ask(question, NOW).rows == [(1,)]  # each had been refused as a name the store lacks


@pytest.mark.parametrize("question", [
    "how many deploys yesterday to moonbase",
    "how many deploys yesterday on the moonbase",
    "Following up on zorblax, how many deploys yesterday?",
])
def test_a_name_the_store_lacks_is_still_refused(asker, question):
    with pytest.raises(Refused) as refused:
        asker.ask(question, NOW)
    assert refused.value.kind == "ungrounded"


def test_a_status_code_before_alerts(asker):
    assert _names(asker.ask("502 alerts yesterday", NOW)) == ["HTTP5xxRatioHigh"]  # had been every alert
    with pytest.raises(Refused) as refused:
        asker.ask("404 alerts yesterday", NOW)  # no alert of the 4xx class here
    assert refused.value.kind == "ungrounded"


def test_another_tools_words_for_a_severity(asker):
    assert _names(asker.ask("the P1 alerts (critical, in Opsgenie speak) yesterday", NOW)) == \
        ["HTTP5xxRatioHigh", "Latency"]  # had been refused: no service called 'opsgenie'


@pytest.mark.parametrize(("question", "start", "end"), [
    ("alerts in the first 3 days of March", "2024-03-01 00:00", "2024-03-04 00:00"),  # had been March up to now
    ("alerts in the last 3 days of February", "2024-02-27 00:00", "2024-03-01 00:00"),  # had been all February
    ("alerts on the last day of February", "2024-02-29 00:00", "2024-03-01 00:00"),
    ("alerts in the first week of last month", "2024-02-01 00:00", "2024-02-08 00:00"),
    ("alerts from 23:00 on the 4th to 01:00 on the 5th", "2024-03-04 23:00", "2024-03-05 01:00"),  # had been refused
    ("alerts from 23:00 on march 4 to 01:00 on march 5", "2024-03-04 23:00", "2024-03-05 01:00"),  # had been to now
    ("alerts on the night of the 4th", "2024-03-04 18:00", "2024-03-05 06:00"),
    ("alerts from the 4th to the 5th", "2024-03-04 00:00", "2024-03-06 00:00"),
    ("alerts between 9 and 5 yesterday", "2024-03-05 09:00", "2024-03-05 17:00"),
    ("alerts Mon-Tue last week", "2024-02-26 00:00", "2024-02-28 00:00"),
    ("alerts on Tuesday last week", "2024-02-27 00:00", "2024-02-28 00:00"),
    ("alerts on 5-Mar-2024", "2024-03-05 00:00", "2024-03-06 00:00"),
    ("alerts on 29-Feb-2024", "2024-02-29 00:00", "2024-03-01 00:00"),
])
def test_days_said_as_parts_of_a_month_or_week(asker, question, start, end):
    sql = asker.sql(question, NOW)[0]
    assert f"starts_at >= CAST('{start}:00+00'" in sql and f"starts_at < CAST('{end}:00+00'" in sql, sql


@pytest.mark.parametrize(("question", "start", "end"), [
    ("alerts yesterday, Eastern time", "2024-03-05 05:00", "2024-03-06 05:00"),  # had been UTC's day, unsaid
    ("alerts yesterday in Central hours", "2024-03-05 06:00", "2024-03-06 06:00"),
    ("alerts between 7pm and 7am last night", "2024-03-05 19:00", "2024-03-06 07:00"),  # had been the night before
    ("alerts from 7p-7a last night", "2024-03-05 19:00", "2024-03-06 07:00"),  # had been refused
    ("alerts 6pm last night to 6am this morning", "2024-03-05 18:00", "2024-03-06 06:00"),  # had been today to now
])
def test_clocks_of_a_night_and_of_a_us_region(asker, question, start, end):
    sql = asker.sql(question, NOW)[0]
    assert f"starts_at >= CAST('{start}:00+00'" in sql and f"starts_at < CAST('{end}:00+00'" in sql, sql


def test_a_clock_written_with_a_dot(asker):
    assert "CAST('2024-03-06 02:31:00+00'" in asker.sql("alerts firing at 2.31am today", NOW)[0]  # had been refused


@pytest.mark.parametrize("question", [
    "PROJ-440 - how many deploys yesterday?",
    "someone in thread asked: how many deploys yesterday?",
    "how many deploys yesterday? For the roadmap slide.",
    "In the frame of the Q1 change-management audit, how many deploys yesterday?",
    "Kindly state how many deploys yesterday. Please revert at your earliest convenience. Best regards",
])
def test_where_a_question_comes_from_is_not_a_name(asker, question):
    assert asker.ask(question, NOW).rows == [(1,)]  # each had been refused


def test_a_list_of_columns_that_begins_with_a_verb(asker):
    answer = asker.ask("deploys yesterday. Deploy service, version, actor and time.", NOW)
    assert len(answer.rows) == 1  # yesterday's deploy (had been refused as an order to deploy)
    with pytest.raises(Refused) as refused:
        asker.ask("deploy checkout, payments and search", NOW)
    assert refused.value.kind == "asks_to_change_data"


@pytest.mark.parametrize("question", [
    "when did search start crashlooping?",
    "> when did search start crashlooping?\nasking for the postmortem. Just the time please.",
])
def test_when_a_service_started_doing_what_an_alert_names(asker, question):
    assert asker.ask(question, NOW).rows == [(at(-3000),)]  # the first start (had been refused: 'start', 'asking')


@pytest.mark.parametrize("question", [
    "PROJ-480 (mute rules epic): how many deploys yesterday?",
    "Question of Mateo in the meeting: how many deploys yesterday?",
    "how many deploys yesterday? The team thinks it's like 3, can confirm?",
    'Lukas in thread: "did my deploy break it?" How many deploys yesterday?',
])
def test_what_a_question_is_headed_or_followed_with(asker, question):
    assert asker.ask(question, NOW).rows == [(1,)]  # each had been refused (or had read the thread's line)


def test_an_order_under_a_ticket_key_is_refused(asker):
    with pytest.raises(Refused) as refused:
        asker.ask("PROJ-494: pls turn the checkout flag back on in prod, the PO (me) approves it.", NOW)
    assert refused.value.kind == "asks_to_change_data"  # had been answered with the flag's changes


def test_a_stamp_with_its_offset(asker):
    sql = asker.sql("alerts from 2024-03-05T11:00+01:00 to 2024-03-05T17:00+01:00", NOW)[0]
    assert "starts_at >= CAST('2024-03-05 10:00:00+00'" in sql and "CAST('2024-03-05 16:00:00+00'" in sql  # had been
    # refused ('2024-03-05t11' names nothing)


def test_how_many_hours_of_the_day(asker):
    assert "LIMIT 2" in asker.sql("which 2 hours of the day have the most alerts?", NOW)[0]  # had been LIMIT 1


def test_a_remark_after_a_list_of_columns(asker):
    answer = asker.ask("deploys yesterday - service, version and who, please. Someone in thread lost track.", NOW)
    assert len(answer.columns) == 3 and answer.rows == [("checkout", "v2", "ana")]  # had been every column


@pytest.mark.parametrize(("question", "limit"), [
    ("show the latest 500 alerts", "LIMIT 500"), ("the newest 404 alerts", "LIMIT 404"),  # (a review's probes: how
])  # many, not the status class)
def test_a_number_of_rows_is_no_status_code(asker, question, limit):
    sql = asker.sql(question, NOW)[0]
    assert limit in sql and "HTTP5xx" not in sql


@pytest.mark.parametrize("question", [
    "Ack the Latency alert, the DiskLow alert and the HTTP5xxRatioHigh alert",
    "Expire the silence, the silence id and the comment",
])
def test_orders_with_lists_are_still_orders(asker, question):
    with pytest.raises(Refused) as refused:
        asker.ask(question, NOW)
    assert refused.value.kind == "asks_to_change_data"


def test_markers_that_carry_a_time_or_a_record_are_read(asker):
    sql = asker.sql("Following up on yesterday's deploy, which alerts fired after it?", NOW)[0]
    assert "change_events" in sql  # the deploy it points at (had been left out with the marker)
    assert "checkout" in asker.sql("List the changes for the checkout release notes.", NOW)[0]  # (not a purpose)
    with pytest.raises(Refused):
        asker.ask("alerts for the zorblax postmortem", NOW)


def test_an_end_clock_without_its_day(asker):
    sql = asker.sql("alerts from 10pm on monday to 2am", NOW)[0]
    assert "CAST('2024-03-04 22:00:00+00'" in sql and "CAST('2024-03-05 02:00:00+00'" in sql


def test_a_dashed_day_that_does_not_exist_is_refused(asker):
    with pytest.raises(Refused):
        asker.ask("alerts on 29-Feb-2023", NOW)  # (a review's probe: had been every alert)


def test_a_range_from_the_first_of_the_month(asker):
    sql = asker.sql("alerts from the 1st to the 5th", NOW)[0]
    assert "starts_at >= CAST('2024-03-01 00:00:00+00'" in sql and "CAST('2024-03-06 00:00:00+00'" in sql  # (a review's
    # probe: had been the 5th alone)


@pytest.mark.parametrize(("question", "start", "end"), [
    ("alerts from the 1st to the 3rd of February", "2024-02-01 00:00", "2024-02-04 00:00"),  # had been the 3rd alone
    ("alerts on the morning of last tuesday", "2024-03-05 00:00", "2024-03-05 12:00"),  # had been refused
])
def test_days_said_with_ordinals_and_last(asker, question, start, end):
    sql = asker.sql(question, NOW)[0]
    assert f"starts_at >= CAST('{start}:00+00'" in sql and f"starts_at < CAST('{end}:00+00'" in sql, sql
