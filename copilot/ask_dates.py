"""Named days and months of a question: "march 11", "11 march", "2025-03-11", "feb", "feburary", and a range of
them ("from March 1 to March 5", "between 2025-03-11 14:00 and 15:00").

>>> one_date("march 11", date(2025, 3, 12))
datetime.date(2025, 3, 11)
>>> month_of("feburary")
2
"""

from __future__ import annotations

import calendar
import difflib
from datetime import date, datetime, timedelta

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_clock import PARTS
from signalcraft.copilot.ask_clock import hour as _hour

__all__ = ["MONTHS", "MONTH_NAMES", "NIGHT_OF", "SEVERAL_DAYS", "TWO_DAYS", "TWO_WEEKDAYS", "WEEKDAYS", "WEEKDAY_WORDS",
           "date_range",
           "dated_weekday", "every_weekday", "month_first", "month_number", "month_of", "months_back", "named_date",
           "night_of", "nth_day", "one_date", "two_weekdays", "weekday_number", "weekdays_apart", "year_span"]

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
MONTH_NAMES = "|".join(MONTHS) + "|" + "|".join(x[:3] for x in MONTHS)
DAY_OF_MONTH = rf"\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTH_NAMES})\b|(?:{MONTH_NAMES}) \d{{1,2}}(?:st|nd|rd|th)?\b"
"""A day of a month said in words, either way round: "11 March", "11th of mar", "March 11th"."""
"""A month's name or its short form, as a regular expression's alternatives."""
TWO_DAYS = (rf"(?i)\b(?:(sept|{MONTH_NAMES}) (\d{{1,2}})(?:st|nd|rd|th)? (?:and|or|&) (\d{{1,2}})(?:st|nd|rd|th)?\b"
            r"(?! ?(?::|am|pm|h\b|hours?|min))|(\d{1,2})(?:st|nd|rd|th)? (?:and|or|&) (\d{1,2})(?:st|nd|rd|th)? "
            rf"(sept|{MONTH_NAMES})\b)")
"""Two days of a month said with and/or ("march 10 and 11", "10 or 12 march"): the month and the two days (groups 1-3),
or the two days and the month (4-6)."""
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_WORDS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|wed|thurs|thur|thu|fri|" \
                "sat|sun"
"""A day of the week by its name or a short form, as an alternation (longer forms first)."""
_WEEKDAY = rf"({'|'.join(WEEKDAYS)}|mon|tues?|wed|thu|thurs?|fri|sat|sun)"
TWO_WEEKDAYS = (rf"(?i)(?<!\ba )(?<!\ban )(?<!\bany )(?<!\bevery )(?<!\beach )\b(?:on |(from |between ))?{_WEEKDAY}"
                rf"( (?:and|or|&|to|through|thru|till|until) | ?- ?){_WEEKDAY}\b(?!')")
"""Two days of the week said together ("monday and tuesday", "mon-wed", "tue through thu", "from mon to wed"): the
first day, the word between and the second day (groups 2-4), after "from" or "between" (group 1) if said."""

_DATED_WEEKDAY = re.compile(
    rf"(?i)\b{_WEEKDAY}\.?,? (?=(?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:sept|{MONTH_NAMES})\b|"
    rf"(?:sept|{MONTH_NAMES})\.? \d{{1,2}}(?:st|nd|rd|th)?\b|\d{{4}}-\d\d-\d\d\b|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b)|"
    rf"(?<=\d) ?\({_WEEKDAY}\)")


def dated_weekday(text: str) -> str:
    """``text`` without the name of the day of the week said with a date ("Monday 10 March 2025", "Mon, Mar 10",
    "March 10 (Monday)"): the date says the day (the name alone had been read, the last such day before now).

    >>> dated_weekday("silences in effect at 22:00 UTC on Monday 10 March 2025")
    'silences in effect at 22:00 UTC on 10 March 2025'
    >>> dated_weekday("alerts on Mon, Mar 10 and on 2025-03-11 (tue)")
    'alerts on Mar 10 and on 2025-03-11'
    >>> dated_weekday("alerts per day, Monday 03/03 to Sunday 09/03")
    'alerts per day, 03/03 to 09/03'
    >>> dated_weekday("502s from checkout last tuesday (the 11th)")
    '502s from checkout the 11th'
    >>> dated_weekday("alerts on monday and the deploys of 10 march")
    'alerts on monday and the deploys of 10 march'
    """
    return _DATED_WEEKDAY.sub("", _DAY_GLOSSED.sub(r"the \2", text))


_DAY_GLOSSED = re.compile(rf"(?i)\b(?:(?:last|this|past) )?(?:{_WEEKDAY}|yesterday|today)\s*\((?:the )?"
                          r"(\d{1,2}(?:st|nd|rd|th))\)")
"""A day said by name and then by its date in brackets ("last tuesday (the 11th)"): the date."""


_ORDINAL = r"(?:st|nd|rd|th)"
_DAY = rf"(?:{'|'.join(WEEKDAYS)}|(?:{MONTH_NAMES})\.? \d{{1,2}}{_ORDINAL}?|\d{{4}}-\d\d-\d\d|the \d{{1,2}}{_ORDINAL})"
SEVERAL_DAYS = (rf"(?i)\b(?:{MONTH_NAMES}) \d{{1,2}}-\d{{1,2}}\b|\b\d{{1,2}}-\d{{1,2}} (?:{MONTH_NAMES})\b|"
                r"\b(?:this|last|past|previous) (?:week|weekend|month|few days|couple of days|\d+ days|"
                r"(?:two|three|four|five|six|seven|ten|fourteen|thirty) days)\b|"
                rf"\b(?:from|between) {_DAY} (?:to|and|until|till|through|thru|-) (?:{_DAY}|\d{{1,2}}{_ORDINAL}?)\b"
                rf"(?! ?(?::|am|pm|h\b))|\bsince {_DAY}\b(?! ?(?:at )?\d)")
"""A window of several days ("march 10-11" as written forms leave "march 10 and 11", "this week", "from monday to
wednesday", "since march 3"): a clock range said with it ("between 2 and 3pm") is those hours of each day."""


_NAMED_DAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,? )?"
"""A weekday said before a day's number ("the night from Tuesday 11 to Wednesday 12 March")."""
NIGHT_OF = (rf"(?i)\b(?:(?:during|in|on|over|for|through) )?the night (?:of|from) (?:the )?{_NAMED_DAY}(?:(?P<m1>"
            rf"{MONTH_NAMES})\.? (?P<d1>\d{{1,2}})|(?P<d1b>\d{{1,2}}){_ORDINAL}?(?: of)? (?P<m1b>{MONTH_NAMES})\b|"
            rf"(?P<d1c>\d{{1,2}}){_ORDINAL}? ?(?:to|into|-|–|and|till|until) ?{_NAMED_DAY}(?P<d2c>\d{{1,2}}){_ORDINAL}?"
            rf"(?: of)? (?P<m1c>{MONTH_NAMES})\b)(?:{_ORDINAL})?"
            rf"(?: (?:to|into|through|till|until|and|-|–) (?:the )?{_NAMED_DAY}(?:(?:{MONTH_NAMES})\.? )?"
            rf"(?P<d2>\d{{1,2}}){_ORDINAL}?(?: (?:{MONTH_NAMES})\b)?)?(?:,? (?:between|from) (?P<h1>1[2-9]|2[0-3])"
            r"(?::00|h)? (?:and|to|until|till|-) (?P<h2>0?\d|1[01])(?::00|h)?\b)?")
"""One named night ("the night of March 10 to 11", "during the night from 10 to 11 March", "the night of 10
March"): from 18:00 on its first day to 06:00 on the next, as "last night" is."""


def night_of(m: re.Match) -> str:
    """A NIGHT_OF phrase as the span the reading knows; left as it is when its second day is not the next one.

    >>> re.sub(NIGHT_OF, night_of, "alerts during the night of march 10 to 11")
    'alerts from march 10 18:00 to march 11 06:00'
    >>> re.sub(NIGHT_OF, night_of, "alerts in the night from 10 to 11 March")
    'alerts from march 10 18:00 to march 11 06:00'
    >>> re.sub(NIGHT_OF, night_of, "alerts in the night of 31 March")
    'alerts from march 31 18:00 to april 1 06:00'
    >>> re.sub(NIGHT_OF, night_of, "alerts in the night from Tuesday 11 to Wednesday 12 March, between 22h and 6h")
    'alerts from march 11 22:00 to march 12 06:00'
    >>> re.sub(NIGHT_OF, night_of, "alerts in the night of 10 March between 12 and 6")
    'alerts from march 11 00:00 to march 11 06:00'
    """
    month = month_of((m["m1"] or m["m1b"] or m["m1c"]).lower().rstrip("."))
    try:
        first = date(2024, month or 0, int(m["d1"] or m["d1b"] or m["d1c"]))  # (a leap year: any day of any month)
    except ValueError:
        return m[0]
    after = first + timedelta(days=1)
    if (m["d2"] or m["d2c"]) is not None and int(m["d2"] or m["d2c"]) != after.day:
        return m[0]
    h1, h2 = (int(m["h1"]), int(m["h2"])) if m["h1"] else (18, 6)  # "…, between 22h and 6h": those hours of it
    start = after if h1 == 12 else first  # ("between 12 and 6" in a night: from midnight)
    return (f"from {MONTHS[start.month - 1]} {start.day} {h1 % 12 if h1 == 12 else h1:02d}:00 to "
            f"{MONTHS[after.month - 1]} {after.day} {h2:02d}:00")


_EVERY = re.compile(rf"(?i)\b(?:on )?(?:(?:every|each|any|(?<!\bat )all|(?<=\bon )a) (?:on )?{_WEEKDAY}s?\b(?!')"
                    rf"(?: (afternoon|morning|evening|night)s?)?|{_WEEKDAY}s\b(?!')"
                    rf"(?: (afternoon|morning|evening|night)s?)?|{_WEEKDAY} "
                    r"(afternoon|morning|evening|night)s)\b(?: (after|before) (\d{1,2})(?::00)? ?(am|pm)?\b)?")
_DAY_PARTS = {**PARTS, "night": (22, 6)}  # ("at night": 22:00 to 06:00)


def every_weekday(text: str) -> tuple[str, int | None, tuple[float, float] | None]:
    """A day of the week that recurs ("on fridays", "every friday afternoon", "fridays after 4pm"): the text
    without it, the day (DuckDB's ``dayofweek``, Sunday 0) and the hours of it said with it, if any.

    >>> every_weekday("who deploys on friday afternoons")
    ('who deploys', 5, (12, 18))
    >>> every_weekday("deploys on fridays after 4pm")
    ('deploys', 5, (16, 24))
    >>> every_weekday("alerts on friday")
    ('alerts on friday', None, None)
    >>> every_weekday("deploys that happened on a friday")
    ('deploys that happened', 5, None)
    """
    m = _EVERY.search(text)
    if m is None:
        return text, None, None
    day = (weekday_number(m[1] or m[3] or m[5]) + 1) % 7  # (Monday 0 … Sunday 6 as DuckDB counts: Sunday 0)
    hours: tuple[float, float] | None = _DAY_PARTS.get((m[2] or m[4] or m[6] or "").lower())
    if m[7]:
        clock = _hour(int(m[8]), m[9] or ("pm" if int(m[8]) < 8 else "am"))
        hours = (clock, 24) if m[7].lower() == "after" else (0, clock)
    rest = re.sub(r"\s{2,}", " ", f"{text[:m.start()]}{text[m.end():]}").strip(" ,")
    return rest, day, hours


def weekday_number(word: str) -> int:
    """Monday 0 … Sunday 6, from a day's name or its short form.

    >>> weekday_number("Tues"), weekday_number("sunday")
    (1, 6)
    """
    return [d[:3] for d in WEEKDAYS].index(word[:3].lower())


def weekdays_apart(m: re.Match) -> bool:
    """Whether a pair of TWO_WEEKDAYS names two days that do not follow each other with and/or ("monday or
    wednesday"); "saturday or sunday" is any weekend day, and "between monday and wednesday" a span."""
    first, second = weekday_number(m[2]), weekday_number(m[4])
    return not m[1] and m[3].strip().lower() in ("and", "or", "&") and second != (first + 1) % 7 \
        and {first, second} != {5, 6}


def two_weekdays(m: re.Match) -> str:
    """A pair of TWO_WEEKDAYS as a span the reading knows: "monday and tuesday" is "from monday to tuesday", "mon-wed"
    "from monday to wednesday"; two days that do not follow each other said with and/or are left as they are (refused by
    ``ask_both.check_periods``).

    >>> re.sub(TWO_WEEKDAYS, two_weekdays, "deploys on monday and tuesday")
    'deploys from monday to tuesday'
    >>> re.sub(TWO_WEEKDAYS, two_weekdays, "alerts mon-wed")
    'alerts from monday to wednesday'
    >>> re.sub(TWO_WEEKDAYS, two_weekdays, "alerts on monday or wednesday")
    'alerts on monday or wednesday'
    >>> re.sub(TWO_WEEKDAYS, two_weekdays, "alerts between mon and wed")
    'alerts from monday to wednesday'
    """
    before = m.string[:m.start()]
    if before.count("(") > before.count(")") or re.search(r"(?i)\bweek(?:end)?s?\b|\b(?:business|working|office|work) "
                                                         r"hours\b", m.string) \
            or re.search(r"(?i)\b(?:outside|during|within)\s*$", before) \
            or re.match(r"(?i),?\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:-|to|until)\s*\d",
                        m.string[m.end():]):
        return m[0]  # "(Monday to Friday, 09:00-17:00)", "last week? Mon to Sun", "on weekend, saturday or sunday",
        # "outside Monday-Friday 09:00-17:00": the days said again, or the days of business hours
    first, second = weekday_number(m[2]), weekday_number(m[4])
    if weekdays_apart(m):
        return m[0]
    if {first, second} == {5, 6} and not m[1] and m[3].strip().lower() in ("and", "or", "&"):  # "saturday or
        # sunday": a weekend day, whichever; "sunday or saturday" in the order the reading of weekends knows
        return f"{m[0][:m.start(2) - m.start()]}{m[4]}{m[3]}{m[2]}" if first == 6 else m[0]
    return f"from {WEEKDAYS[first]} to {WEEKDAYS[second]}"


_NTH = {"first": 1, "second": 2, "third": 3}


def date_range(q: str, today: date, at) -> tuple[datetime, datetime, str] | None:
    """ "from March 1 to March 5", "between 2025-03-01 and 2025-03-05": whole days, both ends included."""
    one = r"(\d{4}-\d{2}-\d{2}|(?:" + MONTH_NAMES + \
          r")\.? \d{1,2}(?!\d)(?:st|nd|rd|th)?)"  # not "february 2025"
    if m := re.search(r"\b(?:(\d{4})-?w(\d{1,2})(?:-([1-7]))?|(?:iso |calendar )?w(?:eek ?)?(\d{1,2})|kw ?(\d{1,2}))\b"
                      r"(?! ?(?:ago|old|of (?:the |an? )?(?:incident|outage|sprint|quarter)))", q):  # "W11", "KW11"
        number = int(m[2] or m[4] or m[5])  # "2025-W11-3", "week 11": ISO weeks (Monday first)
        try:
            first = date.fromisocalendar(int(m[1]) if m[1] else today.year, number, int(m[3] or 1))
        except ValueError:
            first = None
        if first is not None:
            return at(first), at(first + timedelta(days=1 if m[3] else 7)), m.group(0)
    stamp = r"(\d{4}-\d{2}-\d{2})[ t](\d{1,2}):(\d\d)(?::(\d\d))?z?"
    if m := re.search(r"\b(?:from|between) " + stamp + r" (?:to|and|until|till|through|thru|-) " + stamp, q):
        try:  # to the second when it is written ("between 2025-03-11 14:31:22 and …")
            first = at(date.fromisoformat(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4) or 0))
            last = at(date.fromisoformat(m.group(5)), int(m.group(6)), int(m.group(7)), int(m.group(8) or 0))
        except ValueError:
            return None
        return (first, last, m.group(0)) if first < last else None
    if (found := _ends_on_days(q, today, at)) is not None:
        return found
    if m := re.search(r"\b(?:from|between) " + one + r",? (?:at )?(\d{1,2}):(\d\d)(?::\d\d)?z? (?:to|and|until|till|-) "
                      r"(\d{1,2}):(\d\d)\b(?!-)", q):  # "between 2025-03-11 14:00 and 15:00": on that day
        day = one_date(m.group(1), today)
        clock = [int(m.group(i)) for i in (2, 3, 4, 5)]
        if day is None or clock[0] > 23 or clock[2] > 24 or clock[1] > 59 or clock[3] > 59:
            return None
        first, last = at(day, clock[0], clock[1]), at(day, clock[2], clock[3])
        if last <= first:  # "between 2025-03-10 22:00 and 02:00": the night that follows, as "between 22:00 and 02:00"
            last += timedelta(days=1)
        return first, last, m.group(0)
    if m := re.search(r"\b(?:from|between) " + one + r",? (?:at )?(\d{1,2})(?::(\d\d))?\s*(am|pm)? (?:to|and|until|"
                      r"till|-) (\d{1,2})(?::(\d\d))?\s*(am|pm)\b", q):  # "between March 11 2pm and 3pm"
        day = one_date(m.group(1), today)
        h1 = _hour(int(m.group(2)), m.group(4) or m.group(7))
        h2 = _hour(int(m.group(5)), m.group(7))
        if day is not None and h1 < 24 and h2 <= 24 and h1 < h2:
            return at(day, h1, int(m.group(3) or 0)), at(day, h2, int(m.group(6) or 0)), m.group(0)
    if (m := re.search(rf"\b(from |between )?the (\d{{1,2}}|first|second|third)(?:st|nd|rd|th)? (to|and|until|"
                       rf"till|through|thru|-) (?:the )?(\d{{1,2}})(?:st|nd|rd|th)\b(?! (?:of )?(?:{MONTH_NAMES}))",
                       q)) and \
            (m[3] != "and" or m[1] == "between ") and 1 <= (start := _NTH.get(m[2]) or int(m[2])) <= int(m[4]) <= 31:
        last = nth_day(int(m[4]), today)  # "from the 10th to the 12th": of this month, or of the last when this one has
        # not reached the 12th ("the 1st" is said "the first" by then)
        return (at(last.replace(day=start)), at(last + timedelta(days=1)), m.group(0)) if last else None
    if m := re.search(r"\b(?:from |between )?(?:the )?(\d{1,2}|(?<=the )(?:first|second|third))(?:st|nd|rd|th)?\s*(?:-|"
                      r"\u2013|to|and|until|till|through|thru)\s*(?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?(" +
                      MONTH_NAMES + r")\b|\b(" + MONTH_NAMES + r")\.? (\d{1,2})\s*(?:-|\u2013)\s*(\d{1,2})\b(?![:\d])",
                      q):  # "8-9 March", "from the first to the 5th of February" ("1st" is said "first" by then)
        month, first, last = (m[3], str(_NTH.get(m[1], m[1])), m[2]) if m[3] else (m[4], m[5], m[6])
        days = one_date(f"{month} {first}", today), one_date(f"{month} {last}", today)
        if None not in days and days[0] <= days[1] and int(first) <= int(last):  # ("29 to 5 March" is no range of
            # one month; it had been a year back to the 29th)
            return at(days[0]), at(days[1] + timedelta(days=1)), m.group(0)
    if m := re.search(r"\b(?:the )?week (?:of|starting|beginning) (?:on )?(?:the )?(" + one[1:-1] + r"|\d{1,2}"
                      r"(?:st|nd|rd|th)? (?:of )?(?:" + MONTH_NAMES + r"))\b", q):  # "the week of March 3", "of 10
        # March": Monday on
        day = one_date(m.group(1), today)
        if day is not None:
            monday = day - timedelta(days=day.weekday())
            return at(monday), at(monday + timedelta(days=7)), m.group(0)
    weekday = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,? (?:the )?)?"
    either = r"(\d{4}-\d{2}-\d{2}|(?:" + MONTH_NAMES + r")\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? " \
        r"(?:of )?(?:" + MONTH_NAMES + r"))\b"  # "3 March to 9 March", "Monday 3 March to Sunday 9 March": day first
    m = re.search(r"\b(?:(?:from|between) )?" + weekday + either + r" (?:to|and|until|till|through|thru|-) " + weekday +
                  either, q)
    if m is None or (" and " in m[0] and not m[0].startswith("between ")):  # "on 3 march and 9 march": two days,
        return None  # not a range; "3 march to 9 march", "march 3 to march 9", "2025-03-03 to 2025-03-05" are ranges
        # (the first day alone had been read, "march 3 through march 5" as every day up to the 5th)
    first, last = one_date(_month_first(m.group(1)), today), one_date(_month_first(m.group(2)), today)
    if first is not None and last is not None and last < first and last.replace(year=first.year) >= first:
        last = last.replace(year=first.year)  # "3 March to 14 March" asked on the 13th: up to now, not last year's
    if first is None or last is None or last < first:
        return None
    return at(first), at(last + timedelta(days=1)), m.group(0)


_END_DAY = rf"(?:({'|'.join(WEEKDAYS)}),?)?(?: ?(\d{{4}}-\d\d-\d\d|(?:{MONTH_NAMES})\.? \d{{1,2}}{_ORDINAL}?|" \
           rf"\d{{1,2}}{_ORDINAL}? (?:of )?(?:{MONTH_NAMES})))?"
_END_CLOCK = r"(\d{1,2})(?::(\d\d)|\s*(am|pm))"
_ENDS = re.compile(rf"\b(?:from|between) {_END_DAY},? (?:at )?{_END_CLOCK} (?:to|and|until|till|through|-) "
                   rf"(?:{_END_DAY},? (?:at )?)?{_END_CLOCK}\b")


def _ends_on_days(q: str, today: date, at) -> tuple[datetime, datetime, str] | None:
    """Two moments that each say their day ("between Monday 10 March 20:00 and Tuesday 02:00", "from 10 March 20:00
    to 11 March 02:00"): from the first to the second. A day of the week is the last one on or before today for the
    start, the first on or after the start's day for the end; an end without a day is on the start's day, or the
    next when its clock is not later.

    >>> _ends_on_days("between monday 10 march 20:00 and tuesday 02:00", date(2025, 3, 17),
    ...               lambda d, h=0, m=0: (d, h, m))[:2]
    ((datetime.date(2025, 3, 10), 20, 0), (datetime.date(2025, 3, 11), 2, 0))
    """
    m = _ENDS.search(q)
    if m is None or not (m[1] or m[2]) or (m[4] is None and m[5] is None) or (m[9] is None and m[10] is None):
        return None  # a clock range of one unnamed day is another reading's ("between 2 and 4pm yesterday"), and
    # "between march 10 and 12" no clock at all
    first_day = one_date(_month_first(m[2]), today) if m[2] else \
        today - timedelta(days=(today.weekday() - weekday_number(m[1])) % 7)
    if first_day is None:
        return None
    if m[7]:
        last_day = one_date(_month_first(m[7]), today)
    elif m[6]:
        last_day = first_day + timedelta(days=(weekday_number(m[6]) - first_day.weekday()) % 7)
    else:
        last_day = first_day
    h1 = _hour(int(m[3]), m[5]) if m[5] else int(m[3])
    h2 = _hour(int(m[8]), m[10]) if m[10] else int(m[8])
    m1, m2 = int(m[4] or 0), int(m[9] or 0)
    if last_day is None or h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59:
        return None
    if not (m[6] or m[7]) and (h2, m2) <= (h1, m1):
        last_day = first_day + timedelta(days=1)  # "from monday 22:00 to 02:00": the night after
    first, last = at(first_day, h1, m1), at(last_day, h2, m2)
    return (first, last, m[0]) if first < last else None


def _month_first(text: str) -> str:
    """ "3 march", "3rd of march" as "march 3"; anything else as it is."""
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)", text)
    return f"{m[2]} {m[1]}" if m else text


def one_date(text: str, today: date) -> date | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    m = re.match(r"([a-z]+)\.? (\d{1,2})", text)
    if m is None or not any(x.startswith(m[1]) for x in MONTHS):  # "24 feb", "the 24th of february": the day first
        m = re.match(rf"(?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({MONTH_NAMES})\b", text)
        found = named_date(today, m[2], int(m[1]), text) if m else None
        return found[0] if found else None
    found = named_date(today, m.group(1), int(m.group(2)), text)
    return found[0] if found else None


def nth_day(day_of_month: int, today: date) -> date | None:
    """The last day numbered ``day_of_month`` on or before ``today``: of this month, or of the last ("the 10th"
    asked on the 14th is this month's, on the 5th last month's); ``None`` when that month has no such day.

    >>> nth_day(10, date(2025, 3, 14)), nth_day(20, date(2025, 3, 14))
    (datetime.date(2025, 3, 10), datetime.date(2025, 2, 20))
    """
    first = today.replace(day=1)
    if day_of_month > today.day:
        first = (first - timedelta(days=1)).replace(day=1)
    try:
        return first.replace(day=day_of_month)
    except ValueError:
        return None


def month_number(word: str) -> int | None:
    """The month a name or its first three letters or more name ("mar", "Sept", "february"), as written in a date.

    >>> month_number("Mar"), month_number("sept"), month_number("smarch")
    (3, 9, None)
    """
    word = word.lower().rstrip(".")
    return next((i for i, name in enumerate(MONTHS, 1) if len(word) >= 3 and name.startswith(word)), None)


def month_of(word: str) -> int | None:
    """The month a word names, by its name, its short form ("feb", "sept") or with one slip of spelling in a long
    name ("feburary")."""
    if word in MONTHS:
        return MONTHS.index(word) + 1
    if word == "sept" or (len(word) == 3 and word != "mar" and word in (m[:3] for m in MONTHS)):
        return 9 if word == "sept" else [m[:3] for m in MONTHS].index(word) + 1
    close = difflib.get_close_matches(word, MONTHS, n=1, cutoff=0.8) if len(word) >= 6 else []
    return MONTHS.index(close[0]) + 1 if close else None


def named_date(today: date, month_word: str, day_of_month: int, phrase: str) -> tuple[date, date, str] | None:
    month = next(i for i, x in enumerate(MONTHS, 1) if x.startswith(month_word))
    try:
        day = date(today.year, month, day_of_month)
    except ValueError:
        return None
    if day > today:
        day = day.replace(year=today.year - 1)
    return day, day + timedelta(days=1), phrase


def month_first(today: date, month: int, day: int) -> tuple[int, int]:
    """The month and day of "3/11" as written in the US (month first), or turned round when both can be a month and
    the other reading is the more recent that has passed (asked on 12 March 2025, "11/03" is the 11th of March, not
    3 November a year back).

    >>> today = date(2025, 3, 12)
    >>> month_first(today, 11, 3), month_first(today, 3, 10), month_first(today, 12, 24)
    ((3, 11), (3, 10), (12, 24))
    """
    if not (1 <= month <= 12 and 1 <= day <= 12) or month == day:
        return month, day
    said, other = named_date(today, MONTHS[month - 1], day, ""), named_date(today, MONTHS[day - 1], month, "")
    return (day, month) if other is not None and (said is None or other[0] > said[0]) else (month, day)


def year_span(q: str, today: date, at) -> tuple[datetime, datetime, str] | None:
    """A calendar year: "this year" (and "this year's", "year to date", "since the start of the year": up to now),
    "last year", "in 2025" (a year said alone, not a date's)."""
    if m := re.search(r"\b(?:(?:since|from) (?:the )?(?:start|beginning) of (?:the |this )?year|this year(?:'s)?"
                      r"(?: so far)?|(?:the )?year(?:[ -]to[ -]date| so far)|ytd)\b", q):
        return at(date(today.year, 1, 1)), at(today, 24), m.group(0)
    if m := re.search(r"\b(?:last|previous|prior) year(?:'s)?\b", q):
        return at(date(today.year - 1, 1, 1)), at(date(today.year, 1, 1)), m.group(0)
    if m := re.search(r"\b(?:in|during|for|of|throughout) (?:the year )?((?:19|20)\d\d)\b(?! ?[-/]\d)", q):
        return at(date(int(m.group(1)), 1, 1)), at(date(int(m.group(1)) + 1, 1, 1)), m.group(0)
    return None


def months_back(t: datetime, n: int) -> datetime:
    """``t`` moved back ``n`` calendar months, the day of the month kept where that month has it (else its last).

    >>> months_back(datetime(2025, 3, 31, 10), 1)
    datetime.datetime(2025, 2, 28, 10, 0)
    >>> months_back(datetime(2025, 3, 14, 10), 3)
    datetime.datetime(2024, 12, 14, 10, 0)
    """
    year, month = divmod(t.month - 1 - n, 12)
    year, month = t.year + year, month + 1
    return t.replace(year=year, month=month, day=min(t.day, calendar.monthrange(year, month)[1]))
