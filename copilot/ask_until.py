"""The end a "since" is given after it: "alerts since 2am until 06:00", "changes since March 1 through March 5",
"since monday till yesterday". Without it a "since" runs up to now; with it, up to that clock time (the first one
after the start) or through that day.

>>> from datetime import datetime, timezone
>>> now = datetime(2025, 3, 12, 10, tzinfo=timezone.utc)
>>> start = datetime(2025, 3, 12, 2, tzinfo=timezone.utc)
>>> ended("alerts since 2am until 06:00", (start, now, "since 2am"), now)[1:]
(datetime.datetime(2025, 3, 12, 6, 0, tzinfo=datetime.timezone.utc), 'since 2am until 06:00')
>>> ended("changes since march 1 through march 5", (start.replace(day=1, hour=0), now, "since march 1"), now)[1]
datetime.datetime(2025, 3, 6, 0, 0, tzinfo=datetime.timezone.utc)
>>> ended("alerts since 2am", (start, now, "since 2am"), now)[1] == now
True
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_clock import hour
from signalcraft.copilot.ask_dates import MONTH_NAMES, one_date

__all__ = ["ended", "since_until"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_END = re.compile(r"(?:\s+(?:yesterday|today))?\s*,?\s*(?:until|till|til|up to|up until|through|thru|to|-)\s+(?:"
                  r"(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s*(?P<ampm>am|pm)\b|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b|"
                  rf"(?P<day>\d{{4}}-\d\d-\d\d|(?:{MONTH_NAMES})\.? \d{{1,2}}(?:st|nd|rd|th)?|(?:the )?\d{{1,2}}"
                  rf"(?:st|nd|rd|th)? (?:of )?(?:{MONTH_NAMES})|yesterday|{'|'.join(_WEEKDAYS)})\b)(?! ?(?:at|:|\d))")


def ended(q: str, span: tuple[datetime, datetime, str] | None, now: datetime) -> tuple[datetime, datetime, str] | None:
    """``span`` (start, end, phrase) with the end said after its "since" (``now``: the asker's local now)."""
    if span is None or not span[2].startswith("since "):
        return span
    start, _, phrase = span
    phrase = phrase.rstrip()
    at = q.find(phrase)
    m = _END.match(q, at + len(phrase)) if at >= 0 else None
    if m is None:
        return span
    if m["day"]:
        day = now.date() - timedelta(days=1) if m["day"] == "yesterday" else one_date(m["day"], now.date())
        if m["day"] in _WEEKDAYS:  # "since march 3 till tuesday": the last tuesday up to now
            day = now.date() - timedelta(days=(now.weekday() - _WEEKDAYS.index(m["day"])) % 7)
        if day is None or day < start.date():
            return span
        last = datetime.combine(day + timedelta(days=1), time(), start.tzinfo)
    else:
        h, minute = (hour(int(m["h"]), m["ampm"]), int(m["m"] or 0)) if m["h"] else (int(m["h24"]), int(m["m24"]))
        last = datetime.combine(now.date(), time(h, minute), now.tzinfo)  # the last such time up to now ("since
        last -= timedelta(days=1) if last > now else timedelta(0)  # yesterday until 06:00": this morning's), else
        if last <= start:  # the first after the start ("since 2am until 11:00", asked at 10:00)
            last = datetime.combine(start.date(), time(h, minute), start.tzinfo)
            last += timedelta(days=1) if last <= start else timedelta(0)
    return (start, last, phrase + m[0]) if last > start else span



_SINCE = re.compile(r"\bsince\b[^,;?]*?(?=\s*,?\s*(?:until|till|til|up to|up until|through|thru|to|-)\s)")


def since_until(q: str, now: datetime, zone: str, window_of: Callable) -> Any:
    """The window of "since …" read alone (``window_of``: the reading of a time phrase), ended where the question
    says ("since monday until yesterday"); ``None`` when no end follows a "since"."""
    if (m := _SINCE.search(q)) is None:
        return None
    head = window_of(q[:m.end()], now, zone)
    if head is None or not head.phrase.startswith("since "):
        return None
    tz, local_now = ZoneInfo(zone), now.astimezone(ZoneInfo(zone))
    start, end, phrase = ended(q, (head.start.astimezone(tz), head.end.astimezone(tz), head.phrase), local_now)
    if phrase == head.phrase:
        return None
    return type(head)(start.astimezone(UTC), min(end, local_now).astimezone(UTC), phrase,
                      "to_now" if end >= local_now else "period")
