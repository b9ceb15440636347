"""Clock times of a day in a question: "between 2 and 4 pm", "from 14:30 to 14:45", "between 10am and 11:30am",
"at 3pm", "at noon" — as hours of the day (a half hour as .5), read by :mod:`.ask_time`.

>>> hours("alerts between 10am and 11:30am")
((10.0, 11.5), 'between 10am and 11:30am')
>>> hour(12, "am"), hour(3, "pm")
(0, 15)
>>> any_day("who acted between midnight and 5 in the morning, on any day")
('who acted', (0, 5))
>>> any_day("did auth-api have alerts at night")
('did auth-api have alerts', (22, 6))
>>> change_clock("alerts after the 2:20pm deploy of search")
('alerts after the deploy of search', (14, 20))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_literals import lit

if TYPE_CHECKING:
    from signalcraft.copilot.ask_reading import Reading

__all__ = ["PARTS", "across_days", "any_day", "change_clock", "clock", "hour", "hours", "made_at"]


_SAID_AFTER_CLOCK = r"\s*(?:$|[,.?!;)]|(?:on|yesterday|today|tonight|this|last|utc|in|for|and|from|by|during|of)\b)"
"""What may follow "between 9 and 17" for it to be a range of the clock and not of a count."""


def hours(q: str) -> tuple[tuple[float, float], str] | None:
    """ "between 2 and 4 pm", "from 14:30 to 14:45", "between noon and 2": the two hours of the day (a half
    hour as .5)."""
    if m := re.search(r"\b(?:between|from) noon (?:and|to|until|till|-) (\d{1,2})(?::00)?\s*(pm)?\b", q):
        end = int(m.group(1))
        return (12, end + 12 if end < 12 else end), m.group(0)  # after noon, "2" is 14:00
    if m := re.search(r"\b(?:between|from) (\d{1,2})(?::00)?\s*(am|pm)? (?:and|to|until|till|-) (noon|midnight)\b", q):
        start = hour(int(m.group(1)), m.group(2) or "am")  # "between 9am and noon", "from 6pm to midnight"
        return (start, 12 if m.group(3) == "noon" else 24), m.group(0)
    if m := re.search(r"\b(?:between|from) midnight (?:and|to|until|till|-) (\d{1,2})(?::00)?\s*(am|pm)?\b", q):
        return (0, hour(int(m.group(1)), m.group(2) or "am")), m.group(0)
    m = re.search(r"\b(?:(?:between|from) (\d{1,2}):(\d\d) (?:and|to|until|till|-)|(?<![\d:-])(\d{1,2}):(\d\d) (?:to|"
                  r"until|till)) (\d{1,2}):(\d\d)\b(?!\s*(?:am|pm))", q)  # "01:00 to 04:00": a range without "from"
    if m is not None:
        m = [m.group(0), m.group(1) or m.group(3), m.group(2) or m.group(4), m.group(5), m.group(6)]
    if m is not None and int(m[1]) < 24 and int(m[3]) <= 24:
        return (int(m[1]) + int(m[2]) / 60, int(m[3]) + int(m[4]) / 60), m[0]
    m = re.search(r"\b(?:between|from) (\d{1,2})(?::(\d\d))?\s*(am|pm)? (?:and|to|until|till|-) (\d{1,2})(?::(\d\d))?"
                  r"\s*(am|pm)\b", q)  # "between 10am and 11:30am", "from 9:15 to 10:45pm"
    if m is not None and int(m.group(1)) <= 12 and int(m.group(4)) <= 12:
        first = hour(int(m.group(1)), m.group(3) or m.group(6)) + int(m.group(2) or 0) / 60
        return (first, hour(int(m.group(4)), m.group(6)) + int(m.group(5) or 0) / 60), m.group(0)
    m = re.search(r"\b(?:between|from) (\d{1,2})(?::00)?() (?:and|to|until|till|-) (\d{1,2})(?::00|h)?()"
                  r"(?! ?(?:am|pm|min|minutes|hours?|days?))\b", q)
    if m is not None and int(m.group(1)) < 13 and ":" not in m.group(0):
        if int(m.group(3)) < int(m.group(1)) <= 12:  # "from 9 to 5": the working day, 09:00 to 17:00
            return (int(m.group(1)), int(m.group(3)) + 12), m.group(0)
        if not (12 < int(m.group(3)) <= 24 and int(m.group(1)) < int(m.group(3))
                and re.match(_SAID_AFTER_CLOCK, q[m.end():])):
            return None  # "between 2 and 4" is not a time of day without am/pm or a 24-hour clock ("between 9 and
            # 17 on monday" is; "between 5 and 15 alerts" is not)
    if m is None or int(m.group(3)) > 24:
        return None
    return (int(m.group(1)), int(m.group(3))), m.group(0)


_CHANGE = r"(?:deploy(?:ment)?s?|releases?|rollbacks?|rollouts?|(?:flag|config) (?:change|toggle|update)s?|changes?)"
_CLOCK = r"(?:(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s*(?P<ap>am|pm)|(?P<H>\d{1,2}):(?P<M>\d\d))"


def change_clock(text: str) -> tuple[str, tuple[int, int] | None]:
    """A time of day that names a change ("the 14:20 deploy", "the rollback at 3pm"): the text without it, and the
    hour and minute the change was made at (on the question's clock). Not a window of the question's own time."""
    m = re.search(rf"(?<!and )(?<!to )(?<!till )(?<!until )(?<!- )\b(?P<clock>{_CLOCK}(?: utc)? )(?={_CHANGE}\b)",
                  text, re.I) or \
        re.search(rf"\b{_CHANGE}(?P<clock> at {_CLOCK}(?: utc)?)\b(?! ?(?:and|to|till|until|-) ?\d)", text, re.I)
    if m is None:
        return text, None
    h, minute = (hour(int(m["h"]), m["ap"].lower()), int(m["m"] or 0)) if m["ap"] else (int(m["H"]), int(m["M"]))
    if h > 23 or minute > 59:
        return text, None
    return f"{text[:m.start('clock')]}{text[m.end('clock'):]}".strip(), (h, minute)


_NIGHT = r"\b(?:at|during the|in the|over the|through the|by) night\b|\bovernight\b|\bnightly\b|\bnight[- ]time\b"
_DATED = r"\b(?:today|yesterday|tonight|morning|week|month|weekends?|weekdays?|nights|days|(?:every|each|any) " \
         r"(?:day|night|date|time|weekday)s?|usually|typically|" \
         r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|" \
         r"jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|\d{4}-\d\d-\d\d|midnight|\d{1,2}(?::\d\d)? ?(?:am|pm))\b"
"""Words that say which nights "overnight" means; without them it is the last one."""
WEEK_PART = r"\b(?:on|at|during|over|in) (?:a |any )?(weekdays|weekday|weekends|weekend(?! of\b))\b"
"""Every weekday or every weekend day ("on weekdays", "at weekends"), not a weekend named by its date ("the weekend of
March 8"); its group is the word said."""

_ANY_DAY = r",?\s*\b(?:on )?(?:any|every|each|whatever the|regardless of the|no matter the) (?:day|date|night)\b|" \
           r",?\s*\b(?:on )?(?:all|any) (?:days|nights)\b"


def any_day(text: str, several_days: bool = False) -> tuple[str, tuple[float, float] | None]:
    """Hours of the day on whatever date: "at night" (22:00 to 06:00), "between midnight and 5, on any day", or a
    clock range said with a window of ``several_days`` ("this week between 2 and 3pm"): the text without them (they
    are no window of dates) and the hours, the second before the first when they wrap."""
    if (m := re.search(_NIGHT, text, re.I)) and m[0].lower() == "overnight" and not re.search(_DATED, text, re.I):
        return text, None  # "what happened overnight": last night, a window of dates
    if m:
        rest = re.sub(r"\s{2,}", " ", f"{text[:m.start()]}{text[m.end():]}").strip()
        if m[0].lower() == "overnight" and re.search(_ACROSS, rest, re.I):
            return rest.replace(" ,", ","), None  # "overnight, from 17:00 yesterday till 09:00 today": those times
        if m[0].lower() != "overnight" and (found := hours(rest.lower())) is not None:  # "acks at night, between
            # 22:00 and 06:00": those hours
            (first, last), phrase = found  # of every night, not last night's ("overnight, between midnight
            # and 6am" is last night's)
            start = rest.lower().index(phrase)
            return re.sub(r"\s{2,}", " ", f"{rest[:start]}{rest[start + len(phrase):]}").strip(" ,"), (first, last)
        return rest, (22, 6)
    every = re.search(_ANY_DAY, text, re.I)
    if (every is None and not several_days) or (found := hours(text.lower())) is None:
        return text, None
    (first, last), phrase = found
    start = text.lower().index(phrase)
    rest = re.sub(_ANY_DAY, "", f"{text[:start]}{text[start + len(phrase):]}", flags=re.I)
    rest = re.sub(r"\s+in the (?:morning|evening|afternoon)\b", "", rest) if every else rest
    return re.sub(r"\s{2,}", " ", rest).strip(" ,"), (first, last)


PARTS = {"morning": (0, 12), "afternoon": (12, 18), "evening": (18, 24)}
"""Parts of a day as the reading takes them ("yesterday afternoon": 12:00 to 18:00)."""


_DAY_WORD = r"(?:yesterday|last night|today|this morning|tonight)"
_AT = r"(?:(\d{1,2})(?::(\d\d))?\s*(am|pm)|(\d{1,2}):(\d\d)|(noon|midnight))"
_ACROSS = rf"\b(?:between|from) (?:the )?{_AT}(?: (?:on )?({_DAY_WORD}))? (?:and|to|until|till|through|-) " \
          rf"{_AT}(?: (?:on )?({_DAY_WORD}))?"

_ACROSS_BARE = rf"(?<![\w:]){_AT} (?:on )?({_DAY_WORD}) (?:to|until|till|through|-) {_AT} (?:on )?({_DAY_WORD})"
"""Both ends with their day and no "from" before them ("18:00 yesterday to 06:00 today")."""


def across_days(q: str) -> tuple[int, tuple[int, int], int, tuple[int, int], str] | None:
    """ "between 8pm yesterday and 6am today", "from 10pm last night until 6am": a span whose ends each say their
    day: (days back of the start, its hour and minute, days back of the end, its hour and minute, the phrase).
    An end without a day word is on the start's day, or the next when its clock is not later.

    >>> across_days("alerts between 8pm yesterday and 6am today")
    (1, (20, 0), 0, (6, 0), 'between 8pm yesterday and 6am today')
    >>> across_days("what happened from 10pm last night until 6am")[:4]
    (1, (22, 0), 0, (6, 0))
    >>> across_days("the shift was 18:00 yesterday to 06:00 today")[:4]
    (1, (18, 0), 0, (6, 0))
    >>> across_days("between 7pm and 7am last night")[:4]
    (1, (19, 0), 0, (7, 0))
    >>> across_days("between 2 and 4 pm yesterday") is None
    True
    """
    m = re.search(_ACROSS, q) or re.search(_ACROSS_BARE, q)
    if m is None or (m[7] is None and m[14] is None) or (m[7] is None and m[14] in ("yesterday", "today")):
        return None  # "between 9am and 5pm yesterday": one day for both, read with the day
    start, end = _at(m.groups()[:6]), _at(m.groups()[7:13])
    if start is None or end is None:
        return None
    back = {"yesterday": 1, "last night": 1, "today": 0, "this morning": 0, "tonight": 0}
    if m[7] is None and m[14] == "last night":  # "between 7pm and 7am last night": the night just gone, both ends
        first = 1 if start[0] >= 12 else 0  # (had been the night before it); "from 1am to 3am last night": today's
        return first, start, first - (1 if end <= start else 0), end, m.group(0)
    first = back[m[7]] if m[7] else back[m[14]] + (1 if end <= start else 0)
    last = back[m[14]] if m[14] else first - (1 if end <= start else 0)
    return first, start, last, end, m.group(0)


def _at(parts: tuple) -> tuple[int, int] | None:
    """:func:`clock` of one end's groups (``_AT``'s), ``None`` when it is no time of day ("13pm", "25:00")."""
    h, minute, _, h24, m24, _ = parts
    if (h is not None and int(h) > 12) or (h24 is not None and int(h24) > 23) or int(minute or m24 or 0) > 59:
        return None
    return clock((None, *parts))


def clock(at: re.Match | tuple) -> tuple[int, int]:
    """The hour and minute of "at 3pm", "at 14:30", "at noon"."""
    if at[6]:
        return (12 if at[6] == "noon" else 0), 0
    if at[1]:
        return hour(int(at[1]), at[3]), int(at[2] or 0)
    return int(at[4]), int(at[5])


def hour(h: int, meridiem: str | None) -> int:
    if meridiem == "pm" and h < 12:
        return h + 12
    if meridiem == "am" and h == 12:
        return 0
    return h


def made_at(r: Reading, column: str) -> list[str]:
    """A change named by its time of day ("the 14:20 deploy"): made in that minute of the question's clock."""
    if r.change_at is None:
        return []
    return [f"strftime(timezone({lit(r.zone)}, {column}), '%H:%M') = '{r.change_at[0]:02d}:{r.change_at[1]:02d}'"]
