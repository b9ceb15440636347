"""Time phrases of a question as a half-open UTC window ``[start, end)``, read in a time zone.

"Now" is given, never read from the clock. Phrases are read in ``zone`` (a day, "yesterday",
"2 pm" are the zone's), and the window is returned in UTC. The phrase's words are returned
too, so the parser can tell which words were grounded.

>>> from datetime import datetime, timezone
>>> now = datetime(2025, 3, 11, 16, 0, tzinfo=timezone.utc)   # a Tuesday
>>> w = time_window("high latency alerts in the last 24h", now)
>>> (w.start.isoformat(), w.end.isoformat(), w.phrase)
('2025-03-10T16:00:00+00:00', '2025-03-11T16:00:00+00:00', 'in the last 24h')
>>> w = time_window("deploys yesterday between 2 and 4 pm", now, "Europe/Berlin")
>>> (w.start.isoformat(), w.end.isoformat())
('2025-03-10T13:00:00+00:00', '2025-03-10T15:00:00+00:00')
>>> time_window("alerts for payments-api", now) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_clock import PARTS, across_days
from signalcraft.copilot.ask_clock import clock as _clock
from signalcraft.copilot.ask_clock import hour as _hour
from signalcraft.copilot.ask_clock import hours as _hours
from signalcraft.copilot.ask_dates import (
    MONTH_NAMES,
    MONTHS,
    date_range,
    month_first,
    month_of,
    months_back,
    named_date,
    nth_day,
    one_date,
    year_span,
)
from signalcraft.copilot.ask_moment import span_from_moment
from signalcraft.copilot.ask_until import ends_at_clock, since_until, up_to_day

__all__ = ["Window", "time_window"]

_UNITS = {"m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60, "h": 3600, "hr": 3600, "hrs": 3600,
          "hour": 3600, "hours": 3600, "d": 86400, "day": 86400, "days": 86400, "w": 604800, "week": 604800,
          "weeks": 604800, "fortnight": 1209600}
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "thirty": 30}
_TO_NOW = r"\s*(?:(?:until|till|til|to|through|up to|up till|up until) (?:now|today|the present|date)|so far)\b"
"""What ends a span at now ("from last week until now")."""
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_AMOUNT = r"(\d+|" + "|".join(_WORDS) + r")"


@dataclass(frozen=True)
class Window:
    """``[start, end)``; a ``recent`` window ("the last 3 hours") is ``(start, end]`` instead, and an
    ``instant`` ("at 3pm") has ``start == end``; a ``to_now`` window ("today") is cut off at now and
    includes it."""

    start: datetime
    end: datetime
    phrase: str
    kind: str = "period"


def _stamp(day: str, hour: str, minute: str, second: str | None, tz) -> datetime:
    """A written date and clock time ("2025-03-11", "14", "42", "48") in ``tz``; ``ValueError`` when there is none."""
    return datetime.combine(date.fromisoformat(day), time(int(hour), int(minute), int(second or 0)), tz)


def time_window(question: str, now: datetime, zone: str = "UTC") -> Window | None:
    """The window the question's time phrase names, or ``None`` when it names none."""
    tz = ZoneInfo(zone)
    q = " ".join(question.lower().split())
    local_now = now.astimezone(tz)
    if not re.search(r"\b(?:between|from) \d", q):  # (not "this night between 1am and 3am": those hours)
        q = re.sub(r"\bthis night\b", "last night" if local_now.hour < 12 else "tonight", q)  # "this night": the one
    # just gone in the morning, the coming one later in the day
    if (cut := since_until(q, now, zone, time_window)) is not None:  # "since monday until yesterday"
        return cut
    if (m := re.search(r"\b(?:since|from|for) (?:the (?:start|beginning) of )?((?:last|previous|the previous|the last) "
                       r"(?:week|month|quarter|year))\b(?!'s|’s)", q)) and (
            m.group(0).startswith("since") or re.match(_TO_NOW, q[m.end():])) and (
            last := time_window(m[1], now, zone)) is not None:  # "since last month", "from last week until now": from
        return Window(last.start, now, m.group(0), "to_now")  # its first day up to now
    if m := re.search(r"\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) weeks? ago "
                      r"(today|yesterday)|(a) fortnight ago (today|yesterday)|(?:this|the same|same) day last week)"
                      r"(?: (morning|afternoon|evening|night))?\b", q):  # "a week ago today": that day, not today;
        # "two weeks ago yesterday", "10 weeks ago today", "a fortnight ago today", "… yesterday afternoon": its hours
        weeks = int(m[1]) if m[1] and m[1].isdigit() else _WORDS.get(m[1] or "a", 1) * (2 if m[3] else 1)
        day = local_now.date() - timedelta(days=7 * weeks + ((m[2] or m[4]) == "yesterday"))
        h1, h2 = _PARTS.get(m[5], (18, 30)) if m[5] else (0, 24)
        start = datetime.combine(day, time(), tz)
        return Window((start + timedelta(hours=h1)).astimezone(UTC), (start + timedelta(hours=h2)).astimezone(UTC),
                      m.group(0))
    if (moment := span_from_moment(q, now, zone, time_window)) is not None:  # "in the hour before 2025-03-11T14:42Z",
        return moment  # "within 15 min after 2pm yesterday"
    span = _span(q, local_now)
    if m := re.search(r"\bat (\d{4}-\d{2}-\d{2})[ t](\d{1,2}):(\d\d)(?::(\d\d))?(?:z|\+00:?00)?(?!\S)", q):
        try:  # "at 2025-03-10T14:00Z": that instant (a stamp without a zone is in the configured one)
            instant = _stamp(m[1], m[2], m[3], m[4], UTC if re.search(r"(z|\+00:?00)$", m.group(0)) else tz)
        except ValueError:
            instant = None
        if instant is not None:
            return Window(instant.astimezone(UTC), instant.astimezone(UTC), m.group(0), "instant")
    if (until := _until(q, local_now)) is not None:
        return until
    at = re.search(r"\bat (\d{1,2})(?::(\d\d))?\s*(am|pm)\b|\bat (\d{1,2}):(\d\d)\b|\bat (noon|midnight)\b", q)
    if span is not None and at is not None and at[0] not in span[2]:  # "at 10pm last night": that instant
        # inside the span (not the start of "between march 11 at 2:30pm and 3pm")
        start, end, phrase = span
        hour, minute = _clock(at)
        instant = datetime.combine(start.date(), time(), tz).replace(hour=hour, minute=minute)
        if instant < start:
            instant += timedelta(days=1)
        if instant < end:
            return Window(instant.astimezone(UTC), instant.astimezone(UTC), f"{at[0]} {phrase}", "instant")
    if span is not None:
        start, end, phrase = span
        if end >= local_now:
            return Window(start.astimezone(UTC), local_now.astimezone(UTC), phrase, "to_now")
        return Window(start.astimezone(UTC), end.astimezone(UTC), phrase)
    day = _day(q, local_now)
    hours = _hours(q)
    if at is not None:
        hour, minute = _clock(at)
        base = day[0] if day is not None else local_now.date()
        instant = datetime.combine(base, time(), tz).replace(hour=hour, minute=minute)
        phrase = f"{day[2]} {at[0]}" if day is not None else at[0]
        return Window(instant.astimezone(UTC), instant.astimezone(UTC), phrase, "instant")
    if day is not None:
        start_day, end_day, phrase = day
        start = datetime.combine(start_day, time(), tz)
        end = datetime.combine(end_day, time(), tz)
        if hours is not None and end_day - start_day == timedelta(days=1):
            (h1, h2), hour_phrase = hours
            h2 += 24 if h2 <= h1 else 0
            start, end = start + timedelta(hours=h1), start + timedelta(hours=h2)
            phrase = f"{phrase} {hour_phrase}"
        if end >= local_now:  # never past now
            return Window(start.astimezone(UTC), local_now.astimezone(UTC), phrase, "to_now")
        return Window(start.astimezone(UTC), end.astimezone(UTC), phrase)
    if m := re.search(rf"\b(?:(?:in |over |during )?(?:the )?(?:last|past) {_AMOUNT} months?|since {_AMOUNT} months? "
                      rf"ago|(?:in |over |during )?the past month|{_ROLLING_LAST}month)\b", q):  # "in the last 2
        # months", "since 1 month
        n = 1 if not (m[1] or m[2]) else int(m[1] or m[2]) if (m[1] or m[2]).isdigit() else _WORDS[m[1] or m[2]]
        return Window(months_back(now, n).astimezone(UTC), now.astimezone(UTC), m[0], "recent")  # ago": calendar months
    recent = _recent(q)
    if recent is not None:
        seconds, phrase = recent
        return Window((now - timedelta(seconds=seconds)).astimezone(UTC), now.astimezone(UTC), phrase, "recent")
    if hours is not None:  # "between 2 and 4 pm": today's; "between 22:00 and 02:00": the night that ended today
        (h1, h2), phrase = hours
        h2 += 24 if h2 <= h1 else 0
        today = datetime.combine(local_now.date(), time(), tz)
        if today + timedelta(hours=h1) > local_now:
            today -= timedelta(days=1)
        return Window((today + timedelta(hours=h1)).astimezone(UTC), (today + timedelta(hours=h2)).astimezone(UTC),
                      phrase)
    return None


_PARTS = {**PARTS, "tonight": (18, 24)}


def _span(q: str, now: datetime) -> tuple[datetime, datetime, str] | None:
    """Phrases that are not whole days: parts of a day, "since 9am", ranges of dates, months."""
    tz, today = now.tzinfo, now.date()

    def at(day: date, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
        return datetime.combine(day, time(), tz) + timedelta(hours=hour, minutes=minute, seconds=second)

    if across := across_days(q):  # "between 8pm yesterday and 6am today"
        first, (h1, m1), last, (h2, m2), phrase = across
        return at(today - timedelta(days=first), h1, m1), at(today - timedelta(days=last), h2, m2), phrase
    if m := re.search(r"\b(?:in |during |on )?the (morning|afternoon|evening) of (\d{4}-\d{2}-\d{2}|(?:" + MONTH_NAMES +
                      r")\.? \d{1,2}(?:st|nd|rd|th)?)\b|\b(\d{4}-\d{2}-\d{2}|(?:" + MONTH_NAMES +
                      r")\.? \d{1,2}(?:st|nd|rd|th)?),? (morning|afternoon|evening)\b", q):
        day = one_date(m.group(2) or m.group(3), today)  # "the morning of march 11", "march 11 afternoon"
        if day is not None:
            h1, h2 = _PARTS[m.group(1) or m.group(4)]
            return at(day, h1), at(day, h2), m.group(0)
    if (m := re.search(rf"\b(?:in |during |on )?the (morning|afternoon|evening) of ((?:the )?\d{{1,2}}(?:st|nd|rd|th)?"
                       rf"(?: of)? (?:{MONTH_NAMES})\b|the \d{{1,2}}(?:st|nd|rd|th)\b|(?:last )?(?:{'|'.join(_DAYS)})"
                       r"\b)", q)) and (day := _day(f"on {m[2]}", now)) is not None and \
            day[1] - day[0] == timedelta(days=1):
        h1, h2 = _PARTS[m[1]]  # "on the afternoon of the 11th", "the evening of 11 march", "the morning of tuesday"
        return at(day[0], h1), at(day[0], h2), m.group(0)
    if m := re.search(r"\b(?:this|in the|during the) (morning|afternoon|evening)\b|\btonight\b", q):
        h1, h2 = _PARTS[m.group(1) or "tonight"]
        if hours := re.search(r"\b(?:between|from) (\d{1,2}) (?:and|to|until|till|-) (\d{1,2})\b", q):
            shift = 12 if h1 >= 12 else 0  # "from 2 to 4 this afternoon": 14:00 to 16:00
            a, b = (int(hours.group(1)) % 12 + shift, int(hours.group(2)) % 12 + shift)
            if a < b:
                return at(today, a), at(today, b), f"{hours.group(0)} {m.group(0)}"
        return at(today, h1), at(today, h2), m.group(0)
    if m := re.search(r"\b(?:since|from) (?:the )?(?:start|beginning) of (?:the |this )?(week|month|day)\b", q):
        first = {"week": today - timedelta(days=today.weekday()), "month": today.replace(day=1), "day": today}
        return at(first[m.group(1)]), at(today, 24), m.group(0)
    days = "|".join(_DAYS)
    if m := re.search(rf"\b(yesterday|{days}) (morning|afternoon|evening|night)\b", q):
        back = 1 if m.group(1) == "yesterday" else (today.weekday() - _DAYS.index(m.group(1))) % 7
        h1, h2 = _PARTS.get(m.group(2), (18, 30))
        return at(today - timedelta(days=back), h1), at(today - timedelta(days=back), h2), m.group(0)
    if m := re.search(r"\bday before yesterday\b", q):
        return at(today - timedelta(days=2)), at(today - timedelta(days=1)), m.group(0)
    if m := re.search(r"\b(?:the )?(week|month) before last\b|\b(two|2|three|3|four|4) (week|month)s ago\b", q):
        unit, back = (m.group(1), 2) if m.group(1) else (m.group(3), _WORDS.get(m.group(2), 0) or int(m.group(2)))
        if unit == "week":  # "the week before last", "two weeks ago": that week, Monday to Monday
            monday = today - timedelta(days=today.weekday() + 7 * back)
            return at(monday), at(monday + timedelta(days=7)), m.group(0)
        first = today.replace(day=1)  # "the month before last", "three months ago": that month
        for _ in range(back):
            first = (first - timedelta(days=1)).replace(day=1)
        return at(first), at(date(first.year + first.month // 12, first.month % 12 + 1, 1)), m.group(0)
    if m := ends_at_clock(q):  # "before 6am", "alerts until 06:00": that day up to the clock
        hour, minute = (int(m.group(4)), int(m.group(5))) if m.group(4) else (  # "before 10:03": a 24-hour clock
            12 if m.group(1) is None else _hour(int(m.group(1)), m.group(3)), int(m.group(2) or 0))
        day = _day(q, now)  # "before 9am on march 11", "before noon yesterday": that morning
        day = day if day is not None and day[1] - day[0] == timedelta(days=1) else None
        base, phrase = (day[0], f"{m.group(0)} {day[2]}") if day else (today, m.group(0))
        return at(base), at(base, hour, minute), phrase
    if m := re.search(r"\bsince (noon|midnight)\b", q):
        return at(today, 12 if m.group(1) == "noon" else 0), at(today, 24), m.group(0)
    if m := re.search(r"\b(last night|overnight)\b", q):
        return at(today - timedelta(days=1), 18), at(today, 6), m.group(0)
    m = re.search(r"\b(since|after) (\d{1,2})(?::(\d\d))?\s*(am|pm)?\b(?! (?:days?|hours?|weeks?|min))", q)
    if m and (m.group(3) is not None or m.group(4) is not None):
        day = None if re.search(r"\byesterday\b", q) else _day(q, now)  # "after 2pm on march 11": that day's
        day = day if day is not None and day[1] - day[0] == timedelta(days=1) else None  # afternoon
        base = today - timedelta(days=1) if re.search(r"\byesterday\b", q) else day[0] if day else today
        if m.group(1) == "since" and day is None and at(base, _hour(int(m.group(2)), m.group(4))) > now:
            base -= timedelta(days=1)  # "since 6pm", asked at 07:00: yesterday's
        end = at(today, 24) if m.group(1) == "since" else at(base, 24)  # "after 6pm yesterday": that evening
        phrase = f"{m.group(0)} {day[2]}" if day else m.group(0)
        return at(base, _hour(int(m.group(2)), m.group(4)), int(m.group(3) or 0)), end, phrase
    if m := re.search(r"\bsince yesterday\b", q):
        return at(today - timedelta(days=1)), at(today, 24), m.group(0)
    months = MONTH_NAMES
    if m := re.search(r"\b(?:since|after) (\d{4}-\d{2}-\d{2})[ t](\d{1,2}):(\d\d)(?::(\d\d))?z?\b", q):
        try:  # "since 2025-03-11 14:00": from that minute on (that second, when it is written)
            return at(date.fromisoformat(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4) or 0)), \
                at(today, 24), m.group(0)
        except ValueError:
            return None
    if m := re.search(r"\bsince (\d{4}-\d{2}-\d{2}|(?:" + months + r")\.? \d{1,2}(?:st|nd|rd|th)?|(?:the )?\d{1,2}"
                      r"(?:st|nd|rd|th)? (?:of )?(?:" + months + r"))\b(?! \d)", q):  # "since 1 February"
        first = one_date(m.group(1), today)
        if first is not None:
            return at(first), at(today, 24), m.group(0)
    if (m := re.search(r"\bsince (?:the (?:start|beginning) of )?(" + months + r")\b(?!\.? \d)(?! (?:have|has|be|not|"
                       r"also|still|well|well)\b)", q)) and \
            (first := one_date(f"{m.group(1)} 1", today)) is not None:  # "since feb": from its first day up to now
        return at(first), at(today, 24), m.group(0)
    if m := re.search(r"\bsince (\d{1,2}|two|three|four|five|six|seven) ?(?:days|d) ago\b|\bfrom (\d{1,2}|two|three|"
                      r"four|five|six|seven) ?(?:days|d) ago (?:until|till|to|up to|through) (?:now|today)\b", q):
        # "since 3 days ago", "from 3 days ago until now": that day up to now ("from two days ago" is that day)
        amount = m.group(1) or m.group(2)
        n = int(amount) if amount.isdigit() else _WORDS[amount]
        return at(today - timedelta(days=n)), at(today, 24), m.group(0)
    if m := re.search(r"\bafter (\d{4}-\d{2}-\d{2}|(?:" + months + r")\.? \d{1,2}(?:st|nd|rd|th)?|(?:the )?\d{1,2}"
                      r"(?:st|nd|rd|th)? (?:of )?(?:" + months + r"))\b(?:,? at "
                      r"(\d{1,2})(?::(\d\d))?\s*(am|pm)?\b)?", q):
        first = one_date(m.group(1), today)  # "alerts after march 10": from the day after it, up to now; "after
        if first is not None and m.group(2) is None:  # march 10 at 2pm": from that moment
            return at(first + timedelta(days=1)), at(today, 24), m.group(0)
        if first is not None and (m.group(3) is not None or m.group(4) is not None):
            return at(first, _hour(int(m.group(2)), m.group(4)), int(m.group(3) or 0)), at(today, 24), m.group(0)
    if m := re.search(r"\b(this|last|previous|prior) quarter\b(?![- ]hours?)", q):  # "incidents this quarter"
        n = (today.month - 1) // 3 + (0 if m.group(1) == "this" else -1)
        year = today.year + (n // 4 if n < 0 else 0)
        n %= 4
        first = date(year, 3 * n + 1, 1)
        after = date(year + (1 if n == 3 else 0), 1 if n == 3 else 3 * n + 4, 1)
        return at(first), at(after), m.group(0)
    if m := re.search(r"\b(first|1st|second|2nd|third|3rd|fourth|4th|last) week of (" + months + r")\b", q):
        month = month_of(m.group(2))  # "the first week of march": its days 1-7 (the last: its last seven)
        first = date(today.year, month, 1) if month else None
        if first is not None:
            first = first.replace(year=today.year - 1) if first > today else first
            after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            nth = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}
            start = after - timedelta(days=7) if m.group(1) == "last" else first + timedelta(days=7 * nth[m.group(1)])
            return at(start), at(start + timedelta(days=7)), m.group(0)
    if m := re.search(r"\b(?:in |during |for )?(?:the )?(?:(q[1-4])|(first|second|third|fourth) quarter)(?: of)?"
                      r"(?: (\d{4}))?\b", q):  # "changes in Q1": January to March
        n = int(m.group(1)[1]) if m.group(1) else ("first", "second", "third", "fourth").index(m.group(2)) + 1
        year = int(m.group(3)) if m.group(3) else today.year
        first = date(year, 3 * n - 2, 1)
        after = date(year + (1 if n == 4 else 0), 1 if n == 4 else 3 * n + 1, 1)
        return at(first), at(after), m.group(0)
    if m := re.search(r"\b(\d{1,2}|two|three|four|five|six|seven) ?(?:days|d) ago\b", q):
        n = int(m.group(1)) if m.group(1).isdigit() else _WORDS[m.group(1)]
        return at(today - timedelta(days=n)), at(today - timedelta(days=n - 1)), m.group(0)
    if m := re.search(r"\b(this|last|past|over the|on the|during the|at the) weekend\b(?! of (?:from )?\d)", q):
        # ("the weekend of 8-9 March": those days)
        saturday = today - timedelta(days=(today.weekday() - 5) % 7)
        if m.group(1) == "last" and today.weekday() >= 5:
            saturday -= timedelta(days=7)
        return at(saturday), at(saturday + timedelta(days=2)), m.group(0)
    if (m := re.search(r"\b(this|last|previous|prior) month\b", q)) and not re.search(_ROLLING_LAST + "month", q):
        # (not "in the last month": the month up to now)
        first = today.replace(day=1)
        if m.group(1) != "this":
            first = (first - timedelta(days=1)).replace(day=1)
        after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return at(first), at(after), m.group(0)
    if found := date_range(q, today, at):
        return found
    return year_span(q, today, at)



def _until(q: str, now: datetime) -> Window | None:
    """ "created more than a week ago": everything up to then; a day or a month said with "before" or "until"
    (:func:`.ask_until.up_to_day`). A ``before`` window: its start is only a floor."""
    if ago := re.search(r"\b(?:more than|over|at least|longer than) (\d+|a|an|one|two|three|four|five|six|seven|ten) "
                        r"(minute|hour|day|week|month)s? ago\b", q):  # "created more than a week ago": up to then
        amount, unit = ago[1], ago[2]
        n = int(amount) if amount.isdigit() else _WORDS[amount]
        days = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30}[unit] * n
        return Window(datetime(1970, 1, 1, tzinfo=UTC), (now - timedelta(days=days)).astimezone(UTC), ago[0], "before")
    if (found := up_to_day(q, now)) is not None:
        return Window(datetime(1970, 1, 1, tzinfo=UTC), *found, "before")
    if (m := re.search(r"(?<!hour )(?<!hours )(?<!minutes )(?<!mins )(?<!day )(?<!days )(?<!week )(?<!weeks )(?<!time )"
                       r"\b(?:before|prior to|earlier than) ((?:this|the current|last|the previous) (?:week|month|"
                       r"quarter|year))\b(?!'s|’s)", q)) and (
            period := time_window(m[1], now, str(now.tzinfo))) is not None:
        return Window(datetime(1970, 1, 1, tzinfo=UTC), period.start, m[0], "before")  # "started before this week":
    return None  # up to its first day


_ROLLING_LAST = r"\b(?:in|over|during|within|for|from) the last "
"""Said before "week" or "month": that span up to now ("in the last week"), not the calendar one before this one."""

_NOT_A_SPAN = {"than", "over", "under", "above", "below", "within", "after", "before", "for", "least", "most",
               "lasting", "lasted", "last", "w/in", "in", "of", "by", "next", "coming", "upcoming", "every", "each",
               "per", "duration", "durations", "length", "old", "expiring", "expire", "expires", "remaining", "lag",
               "gap", "took", "take", "ran", "run", "open", "longer", "shorter", "with", "w/", "~", "+",
               "stayed", "was", "were", "is", "are", "ending", "ends", "end", "resolve", "resolved", "about",
               "around", "roughly", "approx", "nearly", "almost", "=", ">", "<", ">=", "<="}
"""Words after which a bare "2h" is how long something took or lasted, not the window of the question."""


def _recent(q: str) -> tuple[int, str] | None:
    if m := re.search(r"(?:in |over |during )?(?:the )?(?:last|past) half(?: an)?[ -]hour\b", q):
        return 1800, m.group(0)
    if m := re.search(r"(?:in |over |during )?(?:the )?(?:last|past) quarter(?: of an)? hour\b", q):
        return 900, m.group(0)
    recent = r"(?:in |over |during )?(?:the )?(?:last|past) "
    if m := re.search(recent + r"(?:couple of|couple|few) (hours|days|weeks|minutes)\b", q):
        n = 2 if "couple" in m.group(0) else 3
        return n * _UNITS[m.group(1)], m.group(0)
    m = re.search(r"(?:in |over |during )?(?:the )?(?:last|past) " + _AMOUNT + r"?\s*([a-z]+)\b", q)
    if m is None:
        m = re.search(r"(?:in |over |during )?(?:the )?(?:last|past) (\d+)(m|h|d|w)\b", q)
    if m is None:  # "rollbacks 30d", "top 2 deployers 30d", "alerts payments-api 24h": a terse "in the last ..."
        m = re.search(r"(?:^|(?<=\s))(\d+)(h|d|w|wk|hrs?|days)(?: (?:count|total|only|pls|please|list|top \d+))?"
                      r"[?.!]?$", q)  # the span ends the question: "alerts with 1d duration", "silences 7d+" are not
        before = q[:m.start()].split()[-1:] if m is not None else []
        if m is not None and not (before and before[0] in _NOT_A_SPAN):
            unit = {"wk": "w", "hr": "h", "hrs": "h", "days": "d"}.get(m.group(2), m.group(2))
            return int(m.group(1)) * _UNITS[unit], m.group(0)
        m = None
    if m is None:
        return None
    amount, unit = m.group(1), m.group(2)
    if unit not in _UNITS:
        return None
    n = 1 if amount is None else (int(amount) if amount.isdigit() else _WORDS[amount])
    return n * _UNITS[unit], m.group(0)


def _day(q: str, now: datetime) -> tuple[date, date, str] | None:
    today = now.date()
    if m := re.search(r"\btoday\b|(?<!hour )(?<!hours )(?<!time )\b(?:of|for) the day\b", q):
        return today, today + timedelta(days=1), m.group(0)
    if m := re.search(r"\byesterday\b", q):
        return today - timedelta(days=1), today, m.group(0)
    if m := re.search(r"\bthis week\b|(?<!day )(?<!days )\b(?:of|for) the week\b", q):  # "noisiest of the week"
        monday = today - timedelta(days=today.weekday())
        return monday, today + timedelta(days=1), m.group(0)
    if (m := re.search(r"\b(?:last|previous|prior) week\b|\bthe week before\b", q)) and not re.search(
            _ROLLING_LAST + "week", q):  # (not "in the last week": its 7 days)
        monday = today - timedelta(days=today.weekday() + 7)
        return monday, monday + timedelta(days=7), m.group(0)
    days = "|".join(_DAYS)
    if m := re.search(rf"\b(?:from|between) ({days}) (?:to|and|until|till|through|thru) ({days})\b", q):
        back = (today.weekday() - _DAYS.index(m.group(1))) % 7  # "from monday to wednesday": this week's
        start = today - timedelta(days=back)
        last = start + timedelta(days=(_DAYS.index(m.group(2)) - _DAYS.index(m.group(1))) % 7)
        return start, last + timedelta(days=1), m.group(0)
    if m := re.search(r"\bsince (last |this |past )?(" + "|".join(_DAYS) + r")\b", q):  # "since last friday": that
        back = (today.weekday() - _DAYS.index(m.group(2))) % 7  # day up to now
        back += 7 if back == 0 and m.group(1) == "last " else 0
        return today - timedelta(days=back), today + timedelta(days=1), m.group(0)
    if m := re.search(r"\b(?:on|last) (" + days + r")\b", q):
        back = (today.weekday() - _DAYS.index(m.group(1))) % 7 or (7 if m.group(0).startswith("last") else 0)
        return today - timedelta(days=back), today - timedelta(days=back - 1), m.group(0)
    if m := re.search(r"\b(?:on |for )?(\d{4})-(\d{2})-(\d{2})\b", q):
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return day, day + timedelta(days=1), m.group(0)
    months = MONTH_NAMES
    m = re.search(r"\b(?:on )?(" + months + r")\.? (\d{1,2})(?:st|nd|rd|th)?\b", q)
    if m is not None:
        return named_date(today, m.group(1), int(m.group(2)), m.group(0))
    m = re.search(r"\b(?:on )?(?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: of)? (" + months + r")\b", q)
    if m is not None:
        return named_date(today, m.group(2), int(m.group(1)), m.group(0))
    if m := re.search(r"\b(?:on )?(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\b", q):  # 3/10: March 10th (10/3 too)
        month, day_of_month = (int(m.group(1)), int(m.group(2)))
        if month > 12:
            month, day_of_month = day_of_month, month
        if m.group(3) is None:  # "11/03" on 12 March: the 11th of March, not 3 November a year back
            month, day_of_month = month_first(today, month, day_of_month)
        found = named_date(today, MONTHS[month - 1], day_of_month, m.group(0)) if 1 <= month <= 12 else None
        if found is not None:
            return found
    if m := re.search(r"\b(?:on )?the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:most|least|\w+est|and|or|to)\b)", q):
        # not "the 2nd busiest day", "the 2nd and 3rd noisiest"  # the 10th: of this month, or the last
        day = nth_day(int(m.group(1)), today)
        return (day, day + timedelta(days=1), m.group(0)) if day else None
    for m in re.finditer(r"\b(?:in|during|for|of|throughout) ([a-z]{3,9})\b", q):  # "for critical alerts in feb"
        if (month := month_of(m.group(1))) is None:
            continue
        first = date(today.year, month, 1)
        if first > today:
            first = first.replace(year=today.year - 1)
        after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, after, m.group(0)
    return None
