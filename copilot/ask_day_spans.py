"""Days said as a part of a month or around a clock, written as the dates the reading knows.

"the first 3 days of March", "the last 3 days of February", "the first week of last month": the days themselves (the
whole month had been read, or the month up to now); "from 23:00 on the 10th to 01:00 on the 11th": each clock on its
day (the first moment up to now had been read, or the day refused); "the night of the 10th": that night.
"""

from __future__ import annotations

from datetime import date, timedelta

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_dates import (
    MONTH_NAMES,
    MONTHS,
    WEEKDAY_WORDS,
    WEEKDAYS,
    month_number,
    month_of,
    nth_day,
    one_date,
    weekday_number,
)

__all__ = ["clocks_on_weekdays", "day_spans"]

_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10, "fourteen": 14}
_MONTH_SAID = rf"((?:{MONTH_NAMES})\.?(?: \d{{4}})?|(?:this|last|the previous|the past|previous|the) month)"
_PART = re.compile(rf"(?i)\b(?:(?:in|during|over|for|on) )?the (first|last|final|opening|closing) "
                   rf"(?:(?:(\d{{1,2}}|{'|'.join(_COUNTS)}) )?days?|(week|fortnight)) of {_MONTH_SAID}\b")
_ORDINAL_DAY = r"(?:the )?(\d{1,2})(?:st|nd|rd|th)"
_CLOCK = r"(\d{1,2}:\d\d|\d{1,2}(?::\d\d)?\s*(?:am|pm))"
_DAY_SAID = rf"((?:{MONTH_NAMES})\.? \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTH_NAMES})\b|" \
            rf"\d{{4}}-\d\d-\d\d|{_ORDINAL_DAY}|{'|'.join(WEEKDAYS)})"
_CLOCKS_ON_DAYS = re.compile(rf"(?i)\b(from|between) {_CLOCK} on {_DAY_SAID} (to|and|until|till) {_CLOCK}"
                             rf"(?: on {_DAY_SAID})?")
_WEEKDAY = rf"(?:(?:{WEEKDAY_WORDS})\.?,? )"
_DAY_MONTH = rf"(?:{_WEEKDAY}?(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH_NAMES})\.?|{_WEEKDAY}?({MONTH_NAMES})\.? " \
             rf"(\d{{1,2}})(?:st|nd|rd|th)?)(?:,? (\d{{4}}))?"
_STAMP = r"(\d{1,2}:\d\d)(\s*(?:utc|gmt|z))?"
_JOINT = r"(?P<joint>to|until|till|through|and|-|\u2013)"
_STAMPED_SPANS = (  # each with where its days (the first of five groups) and its clocks (of two) begin
    (re.compile(rf"(?i)\b(?P<lead>from |between )?{_DAY_MONTH},? (?:at )?{_STAMP} {_JOINT} {_DAY_MONTH},? (?:at )?"
                rf"{_STAMP}(?![\d:])"), (2, 10), (7, 15)),  # "11 Mar 16:30 UTC to 12 Mar 06:00 UTC"
    (re.compile(rf"(?i)\b(?P<lead>from |between )?{_STAMP},? (?:on )?{_DAY_MONTH} {_JOINT} {_STAMP},? (?:on )?"
                rf"{_DAY_MONTH}(?![\d:])"), (4, 12), (2, 10)),  # "16:30 UTC Tue 11 Mar to 06:00 UTC Wed 12 Mar"
)
"""Two moments, each a day of a month and a clock, with or without "from" before them."""
_NIGHT_OF = re.compile(rf"(?i)\bthe night of {_ORDINAL_DAY}\b(?! (?:of )?(?:{MONTH_NAMES}))")


def day_spans(text: str, today: date) -> str:
    """``text`` with a part of a month, clocks on their days and the night of a day of the month as dates.

    >>> day_spans("alerts in the first 3 days of March", date(2025, 3, 14))
    'alerts from 2025-03-01 to 2025-03-03'
    >>> day_spans("deploys during the last 2 days of last month", date(2025, 3, 14))
    'deploys from 2025-02-27 to 2025-02-28'
    >>> day_spans("alerts on the last day of February", date(2025, 3, 14))
    'alerts from 2025-02-28 to 2025-02-28'
    >>> day_spans("alerts in the first week of last month", date(2025, 3, 14))
    'alerts from 2025-02-01 to 2025-02-07'
    >>> day_spans("alerts from 23:00 on the 10th to 01:00 on the 11th", date(2025, 3, 14))
    'alerts from 2025-03-10 23:00 to 2025-03-11 01:00'
    >>> day_spans("alerts from 10pm on tuesday to 2am", date(2025, 3, 14))
    'alerts from 2025-03-11 22:00 to 2025-03-12 02:00'
    >>> day_spans("alerts on the night of the 10th", date(2025, 3, 14))
    'alerts on the night of march 10'
    """
    text = _PART.sub(lambda m: _part(m, today), text)
    text = _CLOCKS_ON_DAYS.sub(lambda m: _clocks(m, today), text)
    for pattern, days, clocks in _STAMPED_SPANS:
        text = pattern.sub(lambda m, days=days, clocks=clocks: _stamped(m, today, days, clocks), text)
    return _NIGHT_OF.sub(lambda m: f"the night of {MONTHS[d.month - 1]} {d.day}" if (d := nth_day(int(m[1]), today))
                         else m[0], text)


def _part(m: re.Match, today: date) -> str:
    first = _first_of(m[4], today)
    if first is None:
        return m[0]
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    length = {"week": 7, "fortnight": 14}.get((m[3] or "").lower()) or (
        1 if not m[2] else int(m[2]) if m[2].isdigit() else _COUNTS[m[2].lower()])  # "the last day of february"
    if not 1 <= length <= 28:
        return m[0]
    if m[1].lower() in ("first", "opening"):
        start, end = first, first + timedelta(days=length - 1)
    else:
        start, end = following - timedelta(days=length), following - timedelta(days=1)
    return f"from {start.isoformat()} to {end.isoformat()}"


def _first_of(said: str, today: date) -> date | None:
    """The first day of the month said: a month's name (the last one begun, or of the year given), this month or
    the last."""
    said = said.lower().rstrip(".")
    if said in ("this month", "the month"):
        return today.replace(day=1)
    if said.endswith("month"):
        return (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    name, _, year = said.partition(" ")
    if not year:
        return one_date(f"{name} 1", today)  # the last one begun
    month = month_of(name) or month_number(name)
    return date(int(year), month, 1) if month else None


def _clocks(m: re.Match, today: date) -> str:
    first, last = _day_of(m[3], m[4], today), _day_of(m[7], m[8], today) if m[7] else None
    if first is None or (m[7] and last is None) or (m[5] == "and" and m[1] != "between"):
        return m[0]
    if last is None:  # "from 10pm on tuesday to 2am": the end on the start's day, or the next when not later
        last = first + timedelta(days=1) if _24h(m[6]) <= _24h(m[2]) else first
    return f"{m[1]} {first.isoformat()} {_24h(m[2])} {'to' if m[5] == 'and' else m[5]} {last.isoformat()} {_24h(m[6])}"


_CLOCKS_ON_WEEKDAYS = re.compile(
    rf"(?i)\b(?:from|between|b/w|btw) {_STAMP},? (?:on )?(?P<first>{WEEKDAY_WORDS})\.? (?:and|to|until|till|-|\u2013) "
    rf"{_STAMP},? (?:on )?(?P<last>{WEEKDAY_WORDS})\.?(?: (?P<week>last|this|previous|the previous|past) "
    rf"(?:week|wk))?\b")
"""Two moments, each a clock and a weekday ("b/w 16:00 UTC Tue and 02:00 UTC Wed last week")."""


def clocks_on_weekdays(text: str, today: date) -> str:
    """``text`` with a span from a clock on one weekday to a clock on another as two dated moments: the days of the
    week said ("last week"), else the last such days up to today, the end after the start.

    >>> clocks_on_weekdays("alerts b/w 16:00 UTC Tue and 02:00 UTC Wed last week", date(2025, 3, 13))
    'alerts from 2025-03-04 16:00 UTC to 2025-03-05 02:00 UTC'
    """
    def moments(m: re.Match) -> str:
        first, last = weekday_number(m["first"]), weekday_number(m["last"])
        if m["week"]:  # that week's days
            monday = today - timedelta(days=today.weekday() + (0 if m["week"].lower() == "this" else 7))
            start = monday + timedelta(days=first)
        else:
            start = _last_weekday(first, today)
        end = start + timedelta(days=(last - first) % 7)
        if end == start and _24h(m[4]) <= _24h(m[1]):
            end += timedelta(days=7)
        return f"from {start.isoformat()} {_24h(m[1])}{m[2] or ''} to {end.isoformat()} {_24h(m[4])}{m[5] or ''}"
    return _CLOCKS_ON_WEEKDAYS.sub(moments, text)


def _stamped(m: re.Match, today: date, days: tuple[int, int], clocks: tuple[int, int]) -> str:
    """ "from <day> <clock> to <day> <clock>" with ISO days, each clock's zone kept after it; ``m`` whole when a day is
    not one or "and" comes without "between"."""
    if m["joint"].lower() == "and" and (m["lead"] or "").strip().lower() != "between":
        return m[0]
    moments = []
    for d, c in zip(days, clocks, strict=True):
        day_number, month = (m[d], m[d + 1]) if m[d] else (m[d + 3], m[d + 2])
        first = _first_of(f"{month} {m[d + 4]}" if m[d + 4] else month, today)
        try:
            day = first.replace(day=int(day_number)) if first else None
        except ValueError:
            day = None
        if day is None:
            return m[0]
        moments.append(f"{day.isoformat()} {_24h(m[c])}{m[c + 1] or ''}")
    return f"from {moments[0]} to {moments[1]}"


def _day_of(said: str, ordinal: str | None, today: date) -> date | None:
    said = said.lower()
    if ordinal:
        return nth_day(int(ordinal), today)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", said):
        try:
            return date.fromisoformat(said)
        except ValueError:
            return None
    if said in WEEKDAYS:
        return _last_weekday(WEEKDAYS.index(said), today)
    day = int(re.search(r"\d{1,2}", said)[0])
    first = _first_of(re.search(MONTH_NAMES, said)[0], today)
    try:
        return first.replace(day=day) if first else None
    except ValueError:
        return None


def _last_weekday(weekday: int, today: date) -> date:
    """The last day of the week ``weekday`` (Monday 0) that has come, today included."""
    return today - timedelta(days=(today.weekday() - weekday) % 7)


def _24h(clock: str) -> str:
    m = re.fullmatch(r"(?i)(\d{1,2})(?::(\d\d))?\s*(am|pm)?", clock.strip())
    hour = int(m[1]) % 12 + (12 if (m[3] or "").lower() == "pm" else 0) if m[3] else int(m[1])
    return f"{hour:02d}:{m[2] or '00'}"
