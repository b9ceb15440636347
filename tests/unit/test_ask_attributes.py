"""A log line's attributes in the words people use for them: a status code near a word about answers, a route the
lines carry, a method in capitals, and breakdowns per status code or route."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_attributes import attribute_key
from signalcraft.models import LogRecord
from tests.support import asking, at

NOW = at(120)
_LINES = [("a", "GET", "/home", "200"), ("b", "GET", "/home", "200"), ("c", "GET", "/home", "200"),
          ("d", "POST", "/pay", "502"), ("e", "POST", "/pay", "502"), ("f", "POST", "/pay", "503")]


def _line(key: str, method: str, route: str, status: str) -> LogRecord:
    return LogRecord(id=key, workspace_id="acme", project="shop", environment="prod", service="web",
                     severity_number=17 if status >= "500" else 9, is_error=status >= "500", body=f"{method} {route}",
                     timestamp=at(10), source="otlp", attributes={"http.request.method": method, "http.route": route,
                                                                  "http.response.status_code": status})


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asking(tmp_path_factory.mktemp("attrs") / "a.duckdb", [_line(*line) for line in _LINES])


@pytest.mark.parametrize(("question", "ids"), [
    ("which web log lines show a customer getting a 502 back?", ["d", "e"]),
    ("web log lines where /pay answered 503", ["f"]),
    ("web lines with 502s", ["d", "e"]),
    ("web POST lines", ["d", "e", "f"]),
    ("web log lines for /home", ["a", "b", "c"]),
])
def test_lines_named_by_an_attributes_value(asker, question, ids):
    answer = asker.ask(question, NOW)
    assert sorted(row[answer.columns.index("id")] for row in answer.rows) == ids, answer.sql


@pytest.mark.parametrize(("question", "expected"), [
    ("top 2 http status codes web sent back", [("200", 3), ("502", 2)]),
    ("error lines per route", [("/pay", 3)]),
    ("which endpoint logged the most errors", [("/pay", 3)]),
])
def test_counts_per_attribute(asker, question, expected):
    assert asker.ask(question, NOW).rows == expected


def test_a_number_without_a_word_about_answers_is_no_status(asker):
    with pytest.raises(Refused):  # "the last 200 lines": a count of lines, not status 200 (not read yet)
        asker.ask("web log lines with more than 200 characters", NOW)


def test_only_keys_the_lines_carry_are_named():
    assert attribute_key("status codes", {"http.status_code": ["200"]}) == "http.status_code"  # an older SDK's name
    assert attribute_key("routes", {"http.response.status_code": ["200"]}) is None


def test_a_class_of_status_codes_and_a_route_with_the_most(asker):
    answer = asker.ask("which web route had the most 5xx lines", NOW)
    assert answer.rows == [("/pay", 3)], answer.sql


@pytest.mark.parametrize(("question", "expected"), [
    ("top 2 http.response.status_code values web sent back", [("200", 3), ("502", 2)]),
    ("error lines per http.route", [("/pay", 3)]),
])
def test_a_key_written_as_stored(asker, question, expected):
    """OpenTelemetry's keys written as stored ("http.route") had been refused as naming nothing."""
    assert asker.ask(question, NOW).rows == expected


def test_a_key_named_as_an_attribute_stays_one(asker):
    """ "lines that carry an http.route attribute": the key itself, as before."""
    answer = asker.ask("web lines that carry an http.route attribute", NOW)
    assert "attributes['http.route']" in answer.sql and len(answer.rows) == 6, answer.sql


def test_when_the_last_line_was_is_its_time(asker):
    """ "when was the last web log line": the time alone (it had been the whole line)."""
    answer = asker.ask("when was the last web log line with a 502", NOW)
    assert answer.sql.startswith("SELECT MAX(timestamp) FROM log_events") and answer.rows == [(at(10),)], answer.sql
