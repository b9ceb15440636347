"""An end said with "until", "till", "up to", "through". After a "since" it ends that span instead of now: "alerts
since 2am until 06:00" (the clock's last time up to now, else its first after the start), "changes since March 1
through March 5", "since monday till yesterday" (through that day). Alone it ends the question's window: "alerts until
06:00" (that day up to the clock, as "before 06:00"), "alerts until March 5", "until yesterday", "till March" (up to
the end of that day or month; "before March 5" stops at its start). Not after a state, a length, a span or a verb it
belongs to ("were firing until yesterday", "lasted up to 1:30", "the half hour up until 14:31", "go through March 11
incidents").

>>> from datetime import datetime, timezone
>>> now = datetime(2025, 3, 12, 10, tzinfo=timezone.utc)
>>> start = datetime(2025, 3, 12, 2, tzinfo=timezone.utc)
>>> ended("alerts since 2am until 06:00", start, "since 2am", now)
(datetime.datetime(2025, 3, 12, 6, 0, tzinfo=datetime.timezone.utc), 'since 2am until 06:00')
>>> ended("changes since march 1 through march 5", start.replace(day=1, hour=0), "since march 1", now)[0]
datetime.datetime(2025, 3, 6, 0, 0, tzinfo=datetime.timezone.utc)
>>> ended("alerts since 2am", start, "since 2am", now) is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_clock import hour
from signalcraft.copilot.ask_dates import MONTH_NAMES, WEEKDAYS, month_of, one_date

__all__ = ["ended", "ends_at_clock", "since_until", "up_to_day"]

_UNTIL = r"until|till|til|up to|up until|through|thru"
"""The words that say an end."""
_END = re.compile(rf"(?:\s+(?:yesterday|today))?\s*,?\s*(?:{_UNTIL}|to|-)\s+(?:"
                  r"(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s*(?P<ampm>am|pm)\b|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b|"
                  rf"(?P<day>\d{{4}}-\d\d-\d\d|(?:{MONTH_NAMES})\.? \d{{1,2}}(?:st|nd|rd|th)?|(?:the )?\d{{1,2}}"
                  rf"(?:st|nd|rd|th)? (?:of )?(?:{MONTH_NAMES})|yesterday|{'|'.join(WEEKDAYS)})\b)(?! ?(?:at|:|\d))")
"""The end said right after a "since" phrase: a clock time or a day."""


def ended(q: str, start: datetime, phrase: str, now: datetime) -> tuple[datetime, str] | None:
    """(the end, the phrase with it) of the span from ``start`` that ``phrase`` ("since 2am") says, when ``q`` says an
    end right after it; ``None`` otherwise (``now``: the asker's local now)."""
    phrase = phrase.rstrip()
    at = q.find(phrase)
    m = _END.match(q, at + len(phrase)) if at >= 0 else None
    if m is None:
        return None
    if m["day"]:
        day = now.date() - timedelta(days=1) if m["day"] == "yesterday" else one_date(m["day"], now.date())
        if m["day"] in WEEKDAYS:  # "since march 3 till tuesday": the last tuesday up to now
            day = now.date() - timedelta(days=(now.weekday() - WEEKDAYS.index(m["day"])) % 7)
        if day is None or day < start.date():
            return None
        last = datetime.combine(day + timedelta(days=1), time(), start.tzinfo)
    else:
        h, minute = (hour(int(m["h"]), m["ampm"]), int(m["m"] or 0)) if m["h"] else (int(m["h24"]), int(m["m24"]))
        last = datetime.combine(now.date(), time(h, minute), now.tzinfo)  # the last such time up to now ("since
        last -= timedelta(days=1) if last > now else timedelta(0)  # yesterday until 06:00": this morning's), else
        if last <= start:  # the first after the start ("since 2am until 11:00", asked at 10:00)
            last = datetime.combine(start.date(), time(h, minute), start.tzinfo)
            last += timedelta(days=1) if last <= start else timedelta(0)
    return (last, phrase + m[0]) if last > start else None


_SINCE = re.compile(rf"\bsince\b[^,;?]*?(?=\s*,?\s*(?:{_UNTIL}|to|-)\s)")
"""A "since" with an end said after it."""


def since_until(q: str, now: datetime, zone: str, window_of: Callable) -> Any:
    """The window of "since …" read alone (``window_of``: the reading of a time phrase), ended where the question
    says ("since monday until yesterday"); ``None`` when no end follows a "since"."""
    if (m := _SINCE.search(q)) is None:
        return None
    head = window_of(q[:m.end()], now, zone)
    if head is None or not head.phrase.startswith("since "):
        return None
    local_now = now.astimezone(ZoneInfo(zone))
    if (cut := ended(q, head.start.astimezone(local_now.tzinfo), head.phrase, local_now)) is None:
        return None
    end, phrase = cut
    return type(head)(head.start, min(end, local_now).astimezone(UTC), phrase,
                      "to_now" if end >= local_now else "period")


_BEFORE = r"(?:before|until|till|til|up to|up until)"
"""What ends a day's window at a clock time ("through" is no clock's)."""


def ends_at_clock(q: str) -> re.Match | None:
    """ "before 6am", "before 10:03" (a 24-hour clock), "before noon"; "until 06:00" when no start was said
    before it ("from 2 until 06:00" is a span)."""
    for m in re.finditer(rf"\b{_BEFORE} (\d{{1,2}})(?::(\d\d))?\s*(am|pm)\b|\b{_BEFORE} noon\b|(?<!min )(?<!mins )"
                         rf"(?<!minutes )(?<!minute )(?<!hour )(?<!hours )\b{_BEFORE} ([01]?\d|2[0-3]):([0-5]\d)\b"
                         r"(?!\s*(?:am|pm))", q):
        if m[0].startswith("before") or not (re.search(_STARTED, q[:m.start()]) or re.search(_NOT_AN_END,
                                                                                          q[:m.start()])):
            return m
    return None


def up_to_day(q: str, now: datetime) -> tuple[datetime, str] | None:
    """(the end, the phrase) of "before 2025-03-05", "before march 5", "before the 5th of march": up to the start of
    that day or month; "until march 5", "until yesterday", "till march": up to the end of it, when no start was said
    before it and it ends no state, length or verb ("were firing until yesterday", "go through march 11 incidents");
    ``None`` otherwise. ``now``: the asker's local now."""
    months = MONTH_NAMES
    for m in re.finditer(rf"\b(before|b4|prior to|earlier than|{_UNTIL}) (\d{{4}}-\d{{2}}-\d{{2}}|(?:{months})\.?"
                         rf"(?: \d{{1,2}}(?:st|nd|rd|th)?)?|(?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{months})|"
                         r"yesterday(?!'s|’s|s\b)(?! (?:morning|afternoon|evening|night|noon)\b))(?! ?(?:at|\d|:))\b",
                         q):  # "before 2025-03-05", "before march 5",
        # "before the 5th of march"; "until march 5": through that day (not "before yesterday's incidents")
        if not re.fullmatch(_UNTIL, m[1]) or not (re.search(_STARTED, q[:m.start()]) or
                                                  re.search(_NOT_AN_END, q[:m.start()]) or
                                                  re.search(_A_DAY_BEFORE, q[:m.start()])):
            break
    else:
        return None
    said = m[2]
    if said == "yesterday" and re.search(r"\bdays? $", q[:m.start()]):
        return None  # "the day before yesterday": that day (read elsewhere)
    day = now.date() - timedelta(days=1) if said == "yesterday" else one_date(said, now.date()) \
        if re.search(r"\d", said) else None
    last = None  # the day after the last one an "until" takes in
    if day is None and not re.search(r"\d", said) and (month := month_of(said.rstrip("."))) is not None:
        day = date(now.year if month <= now.month else now.year - 1, month, 1)
        last = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    if day is None:
        return None
    if re.fullmatch(_UNTIL, m[1]):
        day = last or day + timedelta(days=1)
    end = datetime.combine(day, time(), now.tzinfo).astimezone(UTC)
    return end, m[0]


_A_DAY_BEFORE = rf"(?:\d{{4}}-\d\d-\d\d|\b(?:{MONTH_NAMES})\.? \d{{1,2}}(?:st|nd|rd|th)?|\b\d{{1,2}}(?:st|nd|rd|th)? " \
                rf"(?:of )?(?:{MONTH_NAMES}))\s*$"
"""A day said just before an "until"/"through" ("march 3 through march 5"): the start of a range, read elsewhere."""
_STARTED = r"\b(?:from|between|since|starting|after|beginning)\b[^,;?]*$"
"""A start said before an "until" ("from monday until march 5"): a span, read elsewhere."""
_NOT_AN_END = r"\b(?:firing|active|open|on|in effect|in place|running|muted|silenced|going off|expiring|expire|" \
              r"expires|last|lasts|lasted|ran|run|runs|took|take|takes|valid|go|goes|going|went|read|scan|look|" \
              r"looking|walk|talk|browse|scroll|skim|dig|sift|comb|hours?|minutes?|mins?)(?: up)?\s*$"
"""Words before an "until"/"through" that make it no end of the question's window: a state that lasted until then
("were firing until yesterday", "silences expiring until 6pm"), a length ("lasted up to 1:30"), a verb it is a particle
of ("go through march 11 incidents"), a span before a moment ("the half hour up until 14:31")."""
