"""Clock times of a day in a question: "between 2 and 4 pm", "from 14:30 to 14:45", "between 10am and 11:30am",
"at 3pm", "at noon" — as hours of the day (a half hour as .5), read by :mod:`.ask_time`.

>>> hours("alerts between 10am and 11:30am")
((10.0, 11.5), 'between 10am and 11:30am')
>>> hour(12, "am"), hour(3, "pm")
(0, 15)
"""

from __future__ import annotations

import re

__all__ = ["clock", "hour", "hours"]


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
    m = re.search(r"\b(?:between|from) (\d{1,2}):(\d\d) (?:and|to|until|till|-) (\d{1,2}):(\d\d)\b"
                  r"(?!\s*(?:am|pm))", q)
    if m is not None and int(m.group(1)) < 24 and int(m.group(3)) <= 24:
        return (int(m.group(1)) + int(m.group(2)) / 60, int(m.group(3)) + int(m.group(4)) / 60), m.group(0)
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
        return None  # "between 2 and 4" is not a time of day without am/pm or a 24-hour clock
    if m is None or int(m.group(3)) > 24:
        return None
    return (int(m.group(1)), int(m.group(3))), m.group(0)


def clock(at: re.Match) -> tuple[int, int]:
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
