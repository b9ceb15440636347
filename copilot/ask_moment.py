"""A span of time told from a moment: "within 15 min after 2pm yesterday", "in the hour before
2025-03-11T14:42:48Z", "up to ten minutes after 14:31 on March 11". The moment is whatever the time reader takes
for one instant ("at 2pm yesterday"); the span runs from it for that long, or up to it.

>>> from datetime import datetime, UTC
>>> from signalcraft.copilot.ask_time import time_window
>>> now = datetime(2025, 3, 12, 7, 20, tzinfo=UTC)
>>> w = span_from_moment("alerts within 15 min after 2pm yesterday", now, "UTC", time_window)
>>> (w.start.isoformat(), w.end.isoformat(), w.phrase)
('2025-03-11T14:00:00+00:00', '2025-03-11T14:15:00+00:00', 'within 15 min after 2pm yesterday')
>>> w = span_from_moment("alerts in the half hour before 2025-03-11T14:42:48Z", now, "UTC", time_window)
>>> (w.start.isoformat(), w.end.isoformat())
('2025-03-11T14:12:48+00:00', '2025-03-11T14:42:48+00:00')
>>> span_from_moment("alerts within 15 min after the deploy", now, "UTC", time_window) is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_words import NUMBER_WORDS

__all__ = ["span_from_moment"]

_NUMBER = "|".join(NUMBER_WORDS)
_SPAN = re.compile(
    r"\b(?:(?:in|within|during|over) the |within |up to |in |for )?"
    rf"(?:(\d+|{_NUMBER}) ?(minutes?|mins?|m|hours?|hrs?|h|seconds?|secs?|s)|(half )?hour|an? (minute|hour)) "
    r"(before|after|following|leading up to|prior to|up to) (?=\S)")
"""How long, and on which side of the moment named next."""
_SECONDS = {"s": 1, "m": 60, "h": 3600}
_STAMP = re.compile(r"\b\d{4}-\d{2}-\d{2}[ t]\d{1,2}:\d\d(?::\d\d)?(?:z|\+00:?00)?(?![\w:])")


def span_from_moment(q: str, now: datetime, zone: str, window_of: Callable) -> object | None:
    """The window a span from a moment names in ``q`` (lower case, one space between words), or ``None``; the
    moment is read by ``window_of`` (the time reader) as an instant, with as few of the words after as name it."""
    for m in _SPAN.finditer(q):
        words = re.sub(r"[?!,;.]+(?=\s|$)", " ", q[m.end():]).split()  # "... before 2025-03-11 14:42:48?"
        if not words:
            continue
        if words[0] in ("that", "then") and len(stamps := set(_STAMP.findall(q))) == 1:
            words = [stamps.pop(), *words[1:]]  # "started 2025-03-11T14:42:48Z' - what changed in the hour before
        moment = window_of(f"at {' '.join(words[:8])}", now, zone)  # that": the one moment written out
        if moment is None or moment.kind != "instant":
            continue
        taken = next(k for k in range(1, min(len(words), 8) + 1)
                     if (w := window_of(f"at {' '.join(words[:k])}", now, zone)) is not None
                     and w.kind == "instant" and w.start == moment.start)
        if m[1]:
            amount = int(m[1]) if m[1].isdigit() else NUMBER_WORDS[m[1]]
            length = timedelta(seconds=amount * _SECONDS[m[2][0]])
        else:
            length = timedelta(minutes=30 if m[3] else 1 if m[4] == "minute" else 60)
        at, lead = moment.start, m[5] in ("before", "leading up to", "prior to", "up to")
        start, end = (at - length, at) if lead else (at, at + length)
        return type(moment)(start, end, f"{m[0]}{' '.join(words[:taken])}")
    return None
