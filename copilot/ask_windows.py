"""Several windows of one kind asked together ("during the three drill windows: 21 Jan 06:55-07:45, 16 Feb 02:45-03:30
and 2 Mar 04:05-04:45 UTC, 2025"): the question read with the first window alone, then that window's condition in
its SQL widened to any of them; each window alone, all of them, the time outside them or a comparison of them is
refused. A reading that does not put the first window in its SQL as one start and end is not
widened (the question is then read as it would be without this step).

>>> windows_said("alerts in the drill windows (21 Jan 06:55-07:45, 16 Feb 02:45-03:30 UTC, 2025)", date(2025, 3, 14))
('alerts from 2025-01-21 06:55 UTC to 2025-01-21 07:45 UTC', [('2025-01-21 06:55', '2025-01-21 07:45'), \
('2025-02-16 02:45', '2025-02-16 03:30')])
>>> windows_said("alerts on 21 Jan 06:55-07:45", date(2025, 3, 14)) is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_dates import MONTH_NAMES, month_number
from signalcraft.copilot.ask_reading import Refused

__all__ = ["several_windows", "windows_said"]

_LABEL = r"(?:[a-z]{1,4}-\d{1,3}:?\s+)?"
_ONE = rf"{_LABEL}(\d{{1,2}}) ({MONTH_NAMES})\.? (\d{{1,2}}:\d\d)\s*[-\u2013]\s*(\d{{1,2}}:\d\d)"
_WINDOW = re.compile(rf"(?i){_ONE}")
_LIST = re.compile(rf"(?i)(?:(?:the )?windows?\s*:\s*)?{_ONE}(?:(?:,\s*|\s+and\s+|,\s*and\s+){_ONE}){{1,7}}"
                   rf"(?:,?\s*(?:all\s+)?(utc|gmt))?(?:,?\s*(?P<year>\d{{4}}))?\.?")
_NAMED = re.compile(r"(?i)\b(?:in|during|across|over|within) (?:all |each of )?(?:the |our )?(?:two |three |four |"
                    r"five |\d )?(?:[\w-]+ ){0,2}?(?:windows|drills|exercises|game ?days|tests|runs)\b")
"""The asker's own name for the windows ("during the three drill windows"), which the list then gives."""
_NOT_ANY = re.compile(r"(?i)\b(?:(?:outside|except|excluding|not (?:in|during|within))\b(?=[^,;()]{0,30}\b(?:windows?|"
                      r"drills?|gd|game ?days?|exercises?|tests?|runs?|them)\b)|both|every|in all (?:of )?(?:the|our|"
                      r"those|these)|compare|compared|vs\.?|versus)\b")
"""Words that ask of the windows other than as one: each alone, all of them, or the time outside them."""
_EACH = re.compile(r"(?i)\b(?:each|per)\b")
"""Each window on its own, when a count or a measure is asked of them ("how many alerts in each drill window")."""
_COUNTED = re.compile(r"(?i)\b(?:how many|count|counts|number|first|last|earliest|latest|most|least|fewest|top|"
                      r"average|avg|mean|median|how long)\b")


def windows_said(question: str, today: date) -> tuple[str, list[tuple[str, str]]] | None:
    """The question with the first window in place of the list (as "from <day> <clock> to <day> <clock>"), and every
    window as ISO day and clock; ``None`` when it lists fewer than two or a day is not one."""
    found = _LIST.search(question)
    if found is None:
        return None
    year = int(found["year"]) if found["year"] else None
    zone = " UTC" if re.search(r"(?i)\b(?:utc|gmt)\b", found[0]) else ""
    windows = []
    for m in _WINDOW.finditer(found[0]):
        day = _day(int(m[1]), m[2], year, today)
        if day is None:
            return None
        end_day = day + timedelta(days=1) if _clock(m[4]) <= _clock(m[3]) else day  # "23:30-00:30"
        windows.append((f"{day.isoformat()} {_clock(m[3])}", f"{end_day.isoformat()} {_clock(m[4])}"))
    first = f"from {windows[0][0]}{zone} to {windows[0][1]}{zone}"
    rest = (question[:found.start()] + question[found.end():]).strip()
    rest = re.sub(r"\s*\(\s*\)|\s+(?=[?.,:;!])", "", rest)
    named = _NAMED.search(rest)
    text = rest[:named.start()] + first + rest[named.end():] if named else f"{rest.rstrip('?.!:, ')} {first}"
    return re.sub(r"([?.!])\s*[.:,]?\s*$", r"\1", text).strip(), windows


def several_windows(question: str, answer: Callable[[str], tuple[object, str]], now: datetime,
                    zone: str) -> tuple[object, str] | None:
    """The question's answer over every window it lists (``answer`` reads the question with the first), or ``None``
    when it lists none, or its reading does not hold the first window once as a start and an end; :class:`Refused`
    when it asks of each window alone, of all of them, of the time outside them or compares them."""
    said = windows_said(question, now.astimezone(ZoneInfo(zone)).date())
    if said is None:
        return None
    text, windows = said
    if _NOT_ANY.search(question) or (_EACH.search(question) and _COUNTED.search(question)):
        raise Refused("not_about_this_data", "several windows are read together as one (any of them); each window on "
                      "its own, those in all of them, or the time outside them is not read yet: ask each window on its "
                      "own (nothing was run)")
    try:
        reading, sql = answer(text)
    except Refused:
        return None
    tz = ZoneInfo("UTC" if re.search(r"(?i)\b(?:utc|gmt)\b", text) else zone)
    stamps = [tuple(_stamp(s, tz) for s in pair) for pair in windows]
    first = re.compile(rf"(\b[\w.]+) >= {_moment(stamps[0][0])} AND \1 < {_moment(stamps[0][1])}", re.IGNORECASE)
    if len(first.findall(sql)) != 1:
        return None
    column = first.search(sql)[1]
    anyof = " OR ".join(f"({column} >= TIMESTAMPTZ '{s}' AND {column} < TIMESTAMPTZ '{e}')" for s, e in stamps)
    return reading, first.sub(lambda _: f"({anyof})", sql)


def _moment(stamp: str) -> str:
    """A moment as the reading writes it, in either of its spellings."""
    return rf"(?:TIMESTAMPTZ '{re.escape(stamp)}'|CAST\('{re.escape(stamp)}' AS TIMESTAMPTZ\))"


def _day(day: int, month_said: str, year: int | None, today: date) -> date | None:
    month = month_number(month_said)
    if month is None:
        return None
    years = [year] if year else [today.year, today.year - 1]
    for y in years:
        try:
            found = date(y, month, day)
        except ValueError:
            return None
        if year or found <= today:
            return found  # (a year unsaid: the last such day that has come)
    return None


def _clock(clock: str) -> str:
    hours, minutes = clock.split(":")
    return f"{int(hours):02d}:{minutes}"


def _stamp(said: str, tz: ZoneInfo) -> str:
    """ "2025-01-21 06:55" on the clock of ``tz`` as the reading writes a moment ("2025-01-21 06:55:00+00")."""
    moment = datetime.fromisoformat(said).replace(tzinfo=tz).astimezone(ZoneInfo("UTC"))
    return moment.strftime("%Y-%m-%d %H:%M:%S+00")
