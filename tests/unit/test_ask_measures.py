"""Aggregates of what rows carry: the average, median, total, longest and shortest of how long snoozes,
silences and incidents lasted, per person or overall, in minutes or hours; a silence's matchers; and the refusal
of an average nothing reads (counting the rows instead would be a silent wrong answer).

The store is :mod:`tests.unit.test_ask`'s with two silences (bo's for 60 minutes with one matcher, cy's for 30
with two) and three snoozes of checkout (ana's for 30 and 90 minutes, bo's for 60) added."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.models import Matcher
from tests.support import asking, at, audit
from tests.unit.test_ask import NOW, _store

CHECKOUT = (Matcher(name="service", value="checkout"),)
PROD = (Matcher(name="env", value="prod"),)


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("spans") / "s.duckdb"
    rows = [audit(f"sil-{actor}", "silence", start, source="alertmanager-silence", actor=actor, target=f"sil-{actor}",
                  matchers=matchers, starts_at=at(start), ends_at=at(start + minutes), state="expired")
            for actor, start, minutes, matchers in (("bo", 30, 60, CHECKOUT), ("cy", 40, 30, CHECKOUT + PROD))]
    rows += [
            *(audit(f"snooze-{i}", "snooze", 10 * i, actor=actor, duration_s=minutes * 60.0, matchers=CHECKOUT)
              for i, (actor, minutes) in enumerate((("ana.lopez@acme.io", 30), ("ana.lopez@acme.io", 90),
                                                     ("bo", 60))))]
    yield from asking(path, rows, base=(_store,))


@pytest.mark.parametrize(("question", "expected"), [
    ("average snooze duration", [(60.0,)]),
    ("avg snooze length in minute?", [(60.0,)]),
    ("how long are snoozes on average", [(60.0,)]),
    ("total snooze minutes", [(180.0,)]),
    ("max snooze duration in hours", [(1.5,)]),
    ("minimum snooze duration", [(30.0,)]),
    ("total silenced minutes", [(90.0,)]),
    ("sum of silence durations", [(90.0,)]),
    ("max silence length in hours", [(1.0,)]),
])
def test_an_aggregate_of_how_long_things_lasted_is_one_number(asker, question, expected):
    assert asker.ask(question, NOW).rows == expected


def test_per_person_and_the_longest_one(asker):
    per = asker.ask("total snooze minutes per person", NOW)
    assert sorted(per.rows) == [("ana.lopez@acme.io", 120.0), ("bo", 60.0)]
    authors = asker.ask("total silenced minutes per silence author", NOW)
    assert sorted(authors.rows) == [("bo", 60.0), ("cy", 30.0)]
    assert "GROUP BY" in asker.ask("silences per silence author", NOW).sql
    longest = asker.ask("longest snooze", NOW)
    assert len(longest.rows) == 1 and longest.rows[0][longest.columns.index("duration_s")] == 5400.0
    assert asker.ask("snoozes longer than 1 hour", NOW).rows[0][longest.columns.index("duration_s")] == 5400.0
    assert len(asker.ask("snoozes longer than 1 hour", NOW).rows) == 1


def test_a_count_with_a_window_in_minutes_stays_a_count(asker):
    """ "total alerts in the last 30 minutes": the minutes are the window, not a sum of durations."""
    assert asker.ask("total alerts in the last 150 minutes", NOW).sql.startswith("SELECT COUNT(*)")
    assert asker.ask("how many snoozes in the last 3 hours", NOW).rows == [(3,)]


def test_a_number_the_rows_carry_and_an_average_nothing_reads(asker):
    assert asker.ask("average number of matchers per silence", NOW).rows == [(1.5,)]
    assert asker.ask("max matchers of a silence", NOW).rows == [(2,)]
    with pytest.raises(Refused, match="not read"):
        asker.ask("average priority of the silences", NOW)  # not their number
    with pytest.raises(Refused, match="not read"):
        asker.ask("median weight of the alerts today", NOW)


def test_how_long_each_one_lasted(asker):
    each = asker.ask("duration of each silence in minutes", NOW)
    assert sorted((row[1], row[-1]) for row in each.rows) == [("bo", 60.0), ("cy", 30.0)]
    last = asker.ask("how long did the last silence last", NOW)
    assert last.rows == [(30.0,)]  # cy's was created last; the one silence asked about: its minutes alone
    assert asker.ask("how long was bo's silence on", NOW).rows == [(60.0,)]


def test_a_minimum_or_maximum_of_what_is_not_read_and_minutes_written_min(asker):
    with pytest.raises(Refused, match="not read"):
        asker.ask("min and max body size of log lines per service", NOW)
    assert len(asker.ask("snoozes in the last 150 min", NOW).rows) == 3  # "min" is minutes here
    assert len(asker.ask("snoozes by bo or ana, doesn't matter which", NOW).rows) == 3  # chatter, not a negation


def test_silences_by_who_ended_them_and_those_still_to_end_today(asker):
    most = asker.ask("who expired the most silences", NOW)  # ranked, not everyone who expired one
    assert "GROUP BY expired_by ORDER BY silences DESC" in most.sql and most.rows == []  # none was expired early
    per = asker.ask("how many silences did each person expire", NOW)
    assert "GROUP BY expired_by" in per.sql and per.rows == []  # not the silences each person created
    ahead = asker.ask("what silences will end today", NOW).sql  # from now to midnight, not midnight to now
    assert "ends_at > CAST('2024-03-05 12:00:00+00' AS TIMESTAMPTZ)" in ahead
    assert "ends_at < CAST('2024-03-06 00:00:00+00' AS TIMESTAMPTZ)" in ahead


@pytest.fixture(scope="module")
def ended(tmp_path_factory):
    """bo's silence of checkout set for 60 minutes and expired by cy after 20; cy's set for 30, never expired."""
    path = tmp_path_factory.mktemp("ended") / "e.duckdb"
    rows = [audit(f"sil-{actor}", "silence", start, source="alertmanager-silence", actor=actor, target=f"sil-{actor}",
                  matchers=CHECKOUT, starts_at=at(start), ends_at=at(start + minutes), state="active")
            for actor, start, minutes in (("bo", 30, 60), ("cy", 40, 30))]
    rows.append(audit("unsil-bo", "unsilence", 50, source="alertmanager-silence", actor="cy", target="sil-bo",
                      matchers=CHECKOUT))
    yield from asking(path, rows, base=(_store,))


@pytest.mark.parametrize(("question", "expected"), [
    ("how long was bo's silence on before cy expired it, in minutes", [(20.0,)]),
    ("how many minutes was the checkout silence in place before someone ended it", [(20.0,)]),  # cy's never was
    ("how many minutes did each silence actually last", [("bo", 20.0), ("cy", 30.0)]),
    ("how long did each silence last", [("bo", 60.0), ("cy", 30.0)]),  # as they were set
    ("how long was cy's silence in effect", [(30.0,)]),  # how long, not whether it is in effect now
])
def test_how_long_a_silence_was_on_until_someone_ended_it(ended, question, expected):
    answer = ended.ask(question, NOW)
    assert sorted(row if len(row) == 1 else (row[1], row[-1]) for row in answer.rows) == expected, answer.sql


def test_a_bound_on_how_many_matchers_or_links_and_a_matcher_on_a_label(asker):
    two = asker.ask("silences with more than one matcher", NOW)
    assert [row[two.columns.index("created_by")] for row in two.rows] == ["cy"]  # cy's has two
    assert len(asker.ask("silences with at least 1 matcher", NOW).rows) == 2
    assert "len(links) > 1" in asker.ask("resolutions with more than one link", NOW).sql.lower().replace(
        "length", "len")
    env = asker.ask("show the silences whose matchers include an env label", NOW)
    assert [row[env.columns.index("created_by")] for row in env.rows] == ["cy"]  # cy's pins env=prod


def test_a_count_per_silence_is_named_by_its_id(asker):
    answer = asker.ask("for every silence, the number of alerts on its service that started while it was active, "
                       "zeros included", NOW)
    assert answer.columns[0] == "silence_id" and len(answer.columns) == 2 and len(answer.rows) == 2, answer.sql
