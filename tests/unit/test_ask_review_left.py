"""Forms the last review left wrong, mended one by one: a part of the day after "two weeks ago yesterday", any number
of weeks (or a fortnight) "ago today", silences ended by hand, "change counts by person", a value bound on alerts
(which carry none), the mean time to resolve of incidents with a suspect change *and* without, and the first start and
last end of a day named after them or in an on-call preface.

The store (T0 is Tuesday 5 March 2024, 10:00 UTC; now is 12:00 that day): alerts on 19 February at 09:00 and 14:00,
on 20 February and on 26 December 2023, four on payments (one on 20 February, three yesterday: 10:00, 11:00,
13:00; each an hour long); ana's silence of cart (set at 10:30) was expired by dee at 10:50, eve's of checkout (10:35)
ran out at 11:35; ana deployed twice and bo once this month; incident g-sus (a suspect change) took 30 minutes,
g-plain 10 and g-other 20."""

from __future__ import annotations

import duckdb
import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_bots import made_by
from signalcraft.models import Matcher
from tests.support import alert, asking, at, audit, change

NOW = at(120)
DAY = 24 * 60


def _silence(sid: str, actor: str, minutes: float, service: str):
    return audit(sid, "silence", minutes, source="alertmanager-silence", actor=actor, target=sid,
                 starts_at=at(minutes), ends_at=at(minutes + 60), state="active",
                 matchers=(Matcher(name="service", value=service),))


def _incidents(path) -> None:
    """Three resolved incidents, one blamed on ana's deploy (written as the flow's sinks lay them out)."""
    con = duckdb.connect(str(path))
    try:
        deploy = con.execute("SELECT id FROM change_events WHERE version = 'v1'").fetchone()[0]
        for gid, opened, minutes in (("g-sus", -600, 30), ("g-plain", -500, 10), ("g-other", -400, 20)):
            con.execute("INSERT INTO alert_groups VALUES (?, 'acme', ?, MAP {'alertname': 'Errors', "
                        "'service': 'cart'}, 'shop', 'prod', 'cart', 'resolved', ?, ?, ?, ['f'], 1, 'critical', 2)",
                        [gid, f'{{alertname="Errors",g="{gid}"}}', at(opened), at(opened + minutes),
                         at(opened + minutes)])
        con.execute("INSERT INTO correlations VALUES ('corr-sus', 'acme', 'g-sus', ?, 1, 0.9, 300, ['same service'], "
                    "true, 1, ?, ?, false)", [deploy, at(-605), at(-605)])
    finally:
        con.close()


def _base(path) -> None:
    from signalcraft.sinks.duckdb_writer import DuckDBWriter

    with DuckDBWriter(path) as writer:
        writer.add([
            alert("MondayMorning", "checkout", "firing", -15 * DAY - 60),  # Monday 19 February 09:00
            alert("MondayAfternoon", "checkout", "firing", -15 * DAY + 240),  # Monday 19 February 14:00
            alert("QuietTuesday", "checkout", "firing", -14 * DAY),  # Tuesday 20 February 10:00
            alert("HolidayTuesday", "checkout", "firing", -70 * DAY),  # Tuesday 26 December 2023 10:00
            *(alert(f"Pay{h}", "payments", "firing", -DAY + 60 * h) for h in (0, 1, 3)),  # Monday 4 March
            alert("PayOld", "payments", "firing", -14 * DAY + 30),
            alert("PayOld", "payments", "resolved", -14 * DAY + 30, -14 * DAY + 90),
            *(alert(f"Pay{h}", "payments", "resolved", -DAY + 60 * h, -DAY + 60 * h + 60) for h in (0, 1, 3)),
            change("d1", "deployment", "argocd", -700, actor="ana", phase="live", version="v1", service="cart",
                   summary="deploy v1"),
            change("d2", "deployment", "argocd", -300, actor="ana", phase="live", version="v2", service="cart",
                   summary="deploy v2"),
            change("d3", "deployment", "argocd", -200, actor="bo", phase="live", version="v3", service="cart",
                   summary="deploy v3"),
            _silence("sil-a", "ana", 30, "cart"), _silence("sil-e", "eve", 35, "checkout"),
            audit("un-a", "unsilence", 50, source="alertmanager-silence", actor="dee", target="sil-a",
                  matchers=(Matcher(name="service", value="cart"),)),
        ])
        writer.flush()


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asking(tmp_path_factory.mktemp("review-left") / "r.duckdb", base=(_base, _incidents))


def _names(answer) -> list[str]:
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


def _silences(answer) -> list[str]:
    return sorted(row[answer.columns.index("silence_id")] for row in answer.rows)


def test_a_part_of_the_day_weeks_ago(asker):
    """ "afternoon" had been dropped (the whole of 19 February)."""
    assert _names(asker.ask("alerts two weeks ago yesterday afternoon", NOW)) == ["MondayAfternoon"]
    assert _names(asker.ask("alerts two weeks ago yesterday morning", NOW)) == ["MondayMorning"]
    assert _names(asker.ask("alerts two weeks ago yesterday", NOW)) == ["MondayAfternoon", "MondayMorning"]


@pytest.mark.parametrize(("question", "names"), [
    ("alerts 10 weeks ago today", ["HolidayTuesday"]), ("alerts ten weeks ago today", ["HolidayTuesday"]),
    ("alerts a fortnight ago today", ["PayOld", "QuietTuesday"]),
    ("alerts 2 weeks ago today", ["PayOld", "QuietTuesday"]),
    ("alerts a fortnight ago yesterday", ["MondayAfternoon", "MondayMorning"]),
])
def test_any_number_of_weeks_ago_today(asker, question, names):
    """Had been today (only one to four weeks were read)."""
    assert _names(asker.ask(question, NOW)) == names


@pytest.mark.parametrize(("question", "silences"), [
    ("silences ended manually today", ["sil-a"]),  # not eve's, which ran out at 11:35
    ("silences ended by hand today", ["sil-a"]),
    ("silences killed by hand", ["sil-a"]),  # had been silences of ContainerOOM*Killed*-like alert names
    ("which silences did dee kill by hand", ["sil-a"]),
    ("which silences did dee end", ["sil-a"]),  # had been the silences dee created (none)
    ("silences expired manually today by dee", ["sil-a"]),
])
def test_silences_ended_by_hand(asker, question, silences):
    answer = asker.ask(question, NOW)
    assert _silences(answer) == silences, answer.sql


def test_how_many_silences_were_ended_by_hand(asker):
    assert asker.ask("how many silences were ended manually", NOW).rows == [(1,)]  # had been every silence (2)
    assert _silences(asker.ask("silences ended today", NOW)) == ["sil-a", "sil-e"]  # (ends_at: one ended on its own)


@pytest.mark.parametrize("question", ["change counts by person this month", "deploys by person this month",
                                      "show # of deploys by person this month"])
def test_counts_by_person_are_per_person(asker, question):
    """ "by person" had been read as "made by a person" (one count of humans' changes)."""
    assert asker.ask(question, NOW).rows == [("ana", 2), ("bo", 1)]


def test_made_by_a_person_is_still_humans_only(asker):
    """ "by a person" says who made them (people); "by person" alone is a breakdown, said by nobody's side."""
    assert made_by("deploys made by a person this month") == ("deploys this month", "people")
    assert made_by("deploys by person this month")[1] is None
    assert made_by("changes done by person and not by argocd")[1] == "people"
    answer = asker.ask("deploys made by a person this month", NOW)  # (no automation in this store: every deploy)
    assert len(answer.rows) == 3 and "GROUP BY" not in answer.sql, answer.sql


@pytest.mark.parametrize("question", ["alerts where the value went above 3", "alerts with a value over 3"])
def test_a_value_bound_on_alerts_is_refused(asker, question):
    """Alerts carry no value; it had been the alert names that fired more than 3 times."""
    with pytest.raises(Refused):
        asker.ask(question, NOW)


def test_a_count_bound_is_still_read(asker):
    assert asker.ask("services with more than 2 alerts", NOW).rows == [("checkout", 4), ("payments", 4)]


@pytest.mark.parametrize("question", ["mttr of incidents with a suspect change vs without",
                                      "mttr of incidents with and without a suspect change",
                                      "avg time to resolve of incidents with a suspect change compared to those "
                                      "without"])
def test_mean_time_to_resolve_with_and_without_a_suspect(asker, question):
    """Both means side by side (30 minutes with; 10 and 20 without); "vs without" had been dropped."""
    answer = asker.ask(question, NOW)
    assert answer.rows == [(30.0, 15.0)], answer.sql


def test_mean_time_to_resolve_with_a_suspect_alone(asker):
    assert asker.ask("mttr of incidents with a suspect change", NOW).rows == [(30.0,)]
    assert asker.ask("mttr of incidents without a suspect change", NOW).rows == [(15.0,)]


@pytest.mark.parametrize("question", [
    "when did the first payments alert start yesterday and when did the last one end",
    "On call yesterday, when did the first payments alert start and when did the last one end?",
    "yesterday, when did the first payments alert start and when did the last one end?",
])
def test_first_start_and_last_end_of_a_day_said_apart(asker, question):
    """The day after "start" or in an on-call preface: the end had been dropped, or the day (over all time)."""
    assert asker.ask(question, NOW).rows == [(at(-DAY), at(-DAY + 240))]


def test_an_on_call_preface_without_a_past_day_is_dropped(asker):
    answer = asker.ask("on call this weekend. how many payments alerts fired?", NOW)
    assert answer.rows == [(4,)], answer.sql  # not this weekend's (none)
