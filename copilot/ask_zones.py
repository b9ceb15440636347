"""A time zone said in the question ("between 15:00 and 16:00 CET", "5pm PT", "20:00 +05:30", "(JST day)") and dates
written the asker's way ("11-03-2025", "2025/03/12", "3/11"): the question is read in that zone, its dates as the
reading knows them. A zone said once is the whole question's (its days, hours and clock times), as it is for
``--zone``; the store's times stay UTC.

>>> zone_said("Prod deployments between 15:00 and 16:00 CET on 11.03., bitte.")
('Prod deployments between 15:00 and 16:00 on 11.03., bitte.', 'Europe/Berlin')
>>> zone_said("Kindly list the alerts that were firing at 20:00 +05:30 on 11-03-2025.")
('Kindly list the alerts that were firing at 20:00 on 11-03-2025.', 'Asia/Kolkata')
>>> zone_said("Alerts per day from 2025/03/10 to 2025/03/12, please count days in JST.")
('Alerts per day from 2025/03/10 to 2025/03/12.', 'Asia/Tokyo')
>>> zone_said("alerts in the last hour")
('alerts in the last hour', None)
>>> dates_said("alerts on 11-03-2025 and deploys on 2025/03/12 since 3/1")
'alerts on 2025-03-11 and deploys on 2025-03-12 since march 1'
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_dates import (
    MONTH_NAMES,
    MONTHS,
    WEEKDAY_WORDS,
    WEEKDAYS,
    month_first,
    month_number,
    month_of,
    weekday_number,
)
from signalcraft.copilot.ask_day_spans import clocks_on_weekdays, day_spans
from signalcraft.copilot.ask_places import is_word, place_zone

__all__ = ["dates_said", "zone_said"]

_ZONES = {"CET": "Europe/Berlin", "CEST": "Europe/Berlin", "MEZ": "Europe/Berlin", "MESZ": "Europe/Berlin",
          "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
          "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York", "CT": "America/Chicago",
          "CST": "America/Chicago", "CDT": "America/Chicago", "MT": "America/Denver", "MST": "America/Denver",
          "MDT": "America/Denver", "IST": "Asia/Kolkata", "JST": "Asia/Tokyo", "KST": "Asia/Seoul",
          "SGT": "Asia/Singapore", "BRT": "America/Sao_Paulo", "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
          "GMT": "Europe/London", "BST": "Europe/London", "WET": "Europe/Lisbon", "EET": "Europe/Athens",
          "EEST": "Europe/Athens", "UTC": "UTC", "ACST": "Australia/Darwin", "AWST": "Australia/Perth",
          "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland", "HST": "Pacific/Honolulu",
          "AKST": "America/Anchorage", "AKDT": "America/Anchorage", "EAT": "Africa/Nairobi", "CAT": "Africa/Maputo",
          "WAT": "Africa/Lagos", "SAST": "Africa/Johannesburg", "PKT": "Asia/Karachi", "NPT": "Asia/Kathmandu",
          "ICT": "Asia/Bangkok", "WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "PHT": "Asia/Manila",
          "HKT": "Asia/Hong_Kong", "MSK": "Europe/Moscow", "TRT": "Europe/Istanbul", "MVT": "Indian/Maldives",
          "TOT": "Pacific/Tongatapu", "TAHT": "Pacific/Tahiti", "NST": "America/St_Johns",
          "ART": "America/Argentina/Buenos_Aires", "COT": "America/Bogota", "PET": "America/Lima",
          "MYT": "Asia/Kuala_Lumpur", "SLST": "Asia/Colombo", "IRST": "Asia/Tehran", "AFT": "Asia/Kabul"}
"""Abbreviations as people write them, to the zone they mean (IST is India's; PT, ET, CT and MT follow summer
time, as the people who write them do, and so do AKST, NST and NZST; ACST is the Northern Territory's, which keeps it
all year)."""
_US_REGIONS = {"central": "America/Chicago", "eastern": "America/New_York", "pacific": "America/Los_Angeles",
               "mountain": "America/Denver"}
"""The United States' time regions said by name ("Central time", "7p Central")."""
_HALF_HOURS = {"+03:30": "Asia/Tehran", "+04:30": "Asia/Kabul", "+05:30": "Asia/Kolkata", "+05:45": "Asia/Kathmandu",
               "+06:30": "Asia/Yangon", "+09:30": "Australia/Darwin", "-09:30": "Pacific/Marquesas"}
"""Offsets that are not whole hours, to a zone that keeps them all year."""
_ABBR = "|".join(sorted(_ZONES, key=len, reverse=True))
_OFFSET = r"(?:UTC|GMT)?\s?([+-])(\d{1,2})(?::?(\d{2}))?"


def _offset_zone(sign: str, hours: str, minutes: str | None) -> str | None:
    key = f"{sign}{int(hours):02d}:{minutes or '00'}"
    if key in _HALF_HOURS:
        return _HALF_HOURS[key]
    if (minutes or "00") != "00" or int(hours) > 14:
        return None
    return "UTC" if int(hours) == 0 else f"Etc/GMT{'-' if sign == '+' else '+'}{int(hours)}"  # (POSIX signs)


def zone_said(text: str) -> tuple[str, str | None]:
    """``text`` without the zone it names, and that zone (an IANA name); ``None`` when it names none."""
    zone = None

    def taken(name: str | None) -> str:
        nonlocal zone
        zone = zone or name
        return ""

    text = re.sub(rf"[,;.?]?\s*(?i:please )?(?i:count |show |give )?(?i:the )?(?i:days|hours|weeks|times?|dates?) "
                  rf"(?:in|as) ({_ABBR})\b(?: please| pls)?", lambda m: taken(_ZONES[m[1]]), text)  # "days in JST"
    text = re.sub(rf"\s*\(\s*({_ABBR})(?: days?| time| hours?| weeks?)?\s*\)", lambda m: taken(_ZONES[m[1]]), text)
    text = re.sub(rf"\s*\(\s*(?:days|weeks|hours|times) (?:in|as) ({_ABBR})\s*\)", lambda m: taken(_ZONES[m[1]]), text)
    text = re.sub(rf"(?<=\d)(\s?(?:am|pm))?\s+{_OFFSET}\b(?!\s*(?:min|h\b|hours?|days?))",
                  lambda m: (m[1] or "") + taken(_offset_zone(m[2], m[3], m[4])) if _offset_zone(m[2], m[3], m[4])
                  else m[0], text)  # "20:00 +05:30"
    text = re.sub(rf"(?:(?<=\d)|(?<=[ap]m)|(?<=noon)|(?<=midnight))\s+({_ABBR})\b(?! \d)",
                  lambda m: taken(_ZONES[m[1]]), text)  # "15:00 CET", "5pm PT", "noon PT"
    text = re.sub(rf"\s+(?:in |as )?({_ABBR})\s+(days?|time|hours?)\b", lambda m: taken(_ZONES[m[1]]) + f" {m[2]}",
                  text)  # "the 2 busiest UTC hours": hours, of that zone
    text = re.sub(rf"(?<=\w)\s+\(({_ABBR})\)", lambda m: taken(_ZONES[m[1]]), text)
    text = re.sub(rf"\s*\(\s*0?0:00\s*[-\u2013]\s*24:00\s+({_ABBR})\s*\)", lambda m: taken(_ZONES[m[1]]), text)  # "on
    # 12 March 2025 in KST (00:00-24:00 KST)": that day, whole, on that clock
    text = re.sub(rf"\s+(?:on|by) the ({_ABBR}) clock\b", lambda m: taken(_ZONES[m[1]]), text)  # "hour on the KST
    # clock"
    text = re.sub(rf"\s+in ({_ABBR})\b(?=\s*(?:[,(.;:?!]|$))", lambda m: taken(_ZONES[m[1]]), text)  # "alerts per hour
    # on 12 March 2025 in KST, …"
    text = re.sub(rf"(?:(?<=today)|(?<=yesterday)|(?<=tonight))\s+({_ABBR})\b", lambda m: taken(_ZONES[m[1]]),
                  text)  # "6am this morning ACST", said as "06:00 today ACST"
    text = re.sub(r"(?i)\s*,?\s*\(?\b(?:in |on )?central europe(?:an)? (?:summer |standard )?time\b\)?",
                  lambda m: taken("Europe/Berlin"), text)
    text = re.sub(r"(?:(?<=\d)|(?<=\d[ap]m)|(?<=\d[ap]))\s+(Central|Eastern|Pacific|Mountain)\b|\s*,?\s*\(?\b"
                  r"(?:in |on |by )?(?:the )?(?i:(central|eastern|pacific|mountain)(?: (?:standard|daylight))? "
                  r"(?:time|hours|clock|days?))\b(?! (?:alerts?|deploys?|changes?|incidents?|silences?|warnings?)\b)"
                  r"\)?|\s+in (Central|Eastern|Pacific|Mountain)(?=\s*(?:[,.;?!)]|$))",
                  lambda m: taken(_US_REGIONS[(m[1] or m[2] or m[3]).lower()]) + (
                      " hours" if m[0].lower().endswith(" hours") else ""), text)  # "7p Central", "Central time",
    # "hours in Central"
    text = _places_said(text, taken)
    if zone:
        text = re.sub(r"\(\s*[,;]?\s*\)|\s+(?=[,;.?!)])", "", text)  # "yesterday (the whole day, Sask time)"
    return (re.sub(r"\s{2,}", " ", text).strip(), zone) if zone else (text, None)


_PLACE = r"([^\W\d_][\w'’-]*(?: (?!(?i:local|time)\b)[^\W\d_][\w'’-]*){0,2})"


def _places_said(text: str, taken) -> str:
    """``text`` without the place whose clock it tells time by ("1:30am Sydney time", "Tonga time", "counted in Malé
    days", "(Tahiti)", "6h Tahiti", "10am Sydney yesterday"), that place's zone given to ``taken``. A place whose name
    is also a person's or a word ("Jordan", "Victoria", "Canary", "Wake") is one only before "time", "time zone" or
    "clock"; "on Christmas day" is a holiday, not Kiritimati's.

    >>> found = []
    >>> _places_said("what was firing at quarter to 9 yesterday morning, Sask time?", found.append)
    'what was firing at quarter to 9 yesterday morning?'
    >>> _places_said("minuit to 6h Tahiti", found.append), found
    ('minuit to 6h', ['America/Regina', 'Pacific/Tahiti'])
    >>> _places_said("who acked alerts yesterday (jordan)", found.append)
    'who acked alerts yesterday (jordan)'
    """
    def zone_of(words: list[str], clocked: bool, first: bool = False) -> tuple[str | None, int]:
        """The zone the last (``first``: the first) one to three ``words`` name, and how many they are."""
        for n in (3, 2, 1):
            name = " ".join(words[:n] if first else words[-n:]) if len(words) >= n else ""
            if name and (zone := place_zone(name)) and (clocked or not is_word(name)):
                return zone, n
        return None, 0

    def cut(m) -> str:
        words = re.sub(r"['’]s$", "", m["place"]).split()
        cue = (m.groupdict().get("cue") or "").lower()
        zone, n = zone_of(words, cue.startswith(("time", "clock")) or cue == "day" or (
            cue == "days" and re.search(r"(?i)count", m[0]) is not None))
        if zone is None or ("(" in m["lead"] and n < len(words)):
            return m[0]  # ("(cc Jordan)": a note, not a place)
        taken(zone)
        before = re.sub(r"(?i)(?:^| )(?:in|on|the)$", "", " ".join(words[:-n]))  # "in Darwin's time zone"
        closed = ")" if m[0].endswith(")") and "(" not in m["lead"] else ""  # "(Wednesday, Tonga time)"
        return (f"{m['lead']}{before}" if before else "") + closed

    def led(m) -> str:  # "3pm Berlin on Monday": the place first after the clock
        words = m["place"].split()
        zone, n = zone_of(words, False, first=True)
        if zone is None:
            return m[0]
        taken(zone)
        return m["lead"] + " ".join(words[n:]) if n < len(words) else ""

    text = re.sub(rf"(?P<lead>[\s,;(]*)(?:(?i:count(?:ed)?(?: them)? )?(?i:in|on) )?(?:(?i:the) )?(?P<place>{_PLACE})"
                  r"(?:['’]s)? (?i:local )?(?P<cue>(?i:time(?: zone)?|clock|days|hours|day(?=\s*\))))\b\)?", cut,
                  text)  # (a place's "day" only in brackets: "(Malé day)"; "on Christmas day" is a holiday)

    def day_in(m) -> str:
        if (zone := place_zone(m["place"])) is None or is_word(m["place"]):
            return m[0]
        taken(zone)
        return m["day"]

    text = re.sub(rf"(?P<day>\b(?i:today|yesterday|tonight|this morning|this week|now|overnight)) (?i:in|on) "
                  rf"(?P<place>{_PLACE})(?=\s*(?:[,.?!;)]|$))", day_in, text)  # "today in Tahiti"
    text = re.sub(rf"(?P<lead>\s*\(\s*)(?P<place>{_PLACE})\s*\)", cut, text)  # "since 7h30 this morning (Tahiti)"
    return re.sub(rf"(?:(?<=\d)|(?<=\dh)|(?<=[ap]m))(?P<lead>\s+)(?P<place>{_PLACE})\b", led, text)  # "6h Tahiti"


_WD = rf"(?:{WEEKDAY_WORDS})"
_WEEKDAY_BEFORE_DATE = re.compile(
    rf"(?i)\b{_WD}\.?,? (?=\d{{1,2}}(?:st|nd|rd|th)?(?:,? (?:{MONTH_NAMES})\b| (?:to|and|through|thru|until|till|-|"
    rf"\u2013) (?:{_WD}\.?,? )?\d{{1,2}}(?:st|nd|rd|th)?,? (?:{MONTH_NAMES})\b))")
"""A weekday said before a date of a month, which the date names already ("Sunday 9 to Saturday 15 February")."""
_NAMED_THEN_DAYS = re.compile(
    r"(?i)\b(?:in |during |over |on )?the (?:week|weekend|day|days|night|month|fortnight|window|period)(?: (?:before|"
    r"after|of|leading up to) [\w-]+)?,\s*(?:from )?(?=\d{1,2}(?:st|nd|rd|th)?(?: [a-z]+)? (?:to|-|\u2013|through|thru|"
    r"until) \d)")
"""A span named in the asker's words and then given as days ("the week before GD-02, 9 to 15 February")."""


def dates_said(text: str, today: date | None = None) -> str:
    """Dates in the forms the reading knows: "11-03-2025" (day first) and "2025/03/12" as ISO dates, "3/11" (month
    first, as written in the US) as "march 11" — or, given ``today``, "11/03" as the more recent of its two readings
    that have passed (on 12 March 2025 the 11th of March, not 3 November a year back)."""
    def iso(day: int, month: int, year: str) -> str:
        return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None

    text = re.sub(r"\b(\d{4}-\d\d-\d\d)[Tt ](\d\d):(\d\d)(?::(\d\d))?([+-])(\d\d):?(\d\d)\b", _in_utc,
                  text)  # "2025-03-11T13:00+01:00": that instant, in UTC
    text = _WEEKDAY_BEFORE_DATE.sub("", text)  # "from Sunday 9 to Saturday 15 February": the dates say the days
    text = _NAMED_THEN_DAYS.sub("from ", text)  # "in the week before GD-02, 9 to 15 February": the days that follow
    text = re.sub(rf"(?i)\b(quarter|year|q[1-4]|h[12]|half)\s*\(\s*(?:{MONTH_NAMES})(?:,? (?:and )?(?:{MONTH_NAMES}))+"
                  r"(?: so far| to date| until now)?\s*\)", r"\1", text)  # "this quarter (January, February and
    # March so far)": its months, said again
    text = re.sub(r"(?<![\w/.-])(\d{4})/(\d{1,2})/(\d{1,2})(?![\w/-]|\.\d)",
                  lambda m: iso(int(m[3]), int(m[2]), m[1]) or m[0], text)
    if today is not None:
        text = _slashed(text, today)
    text = re.sub(rf"(?i)(?<![\w/.:-])(\d{{1,2}})[-/]({MONTH_NAMES})[-/](\d{{4}}|\d\d)(?![\w/-]|\.\d)",
                  lambda m: _dashed(m) or m[0], text)  # "11-Mar-2025" (not "29-Feb-2025": no such day, refused)
    text = re.sub(r"(?<![\w/.:-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\w/-]|\.\d)",
                  lambda m: (iso(int(m[1]), int(m[2]), m[3]) if int(m[2]) <= 12 else iso(int(m[2]), int(m[1]), m[3]))
                  or m[0], text)
    if today is not None:
        text = day_spans(_days_of_a_week(clocks_on_weekdays(text, today), today), today)  # "the first 3 days of
        # march", "from 23:00 on the 10th", "b/w 16:00 Tue and 02:00 Wed"
        text = re.sub(rf"(?i)\b(?:(?:in|during|over|for) )?the (first|1st|second|2nd|latter|last) half of "
                      rf"({MONTH_NAMES})\b", lambda m: _half(m, today), text)
        text = re.sub(rf"(?i)\b(?:(?:on|over|during|in|at) )?the weekend of (?:the )?(?:({MONTH_NAMES})\.? (\d{{1,2}})"
                      rf"(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? ({MONTH_NAMES}))\b(?!\s*[-\u2013]\s*\d)"
                      r"(?:,? (\d{4})\b)?",
                      lambda m: _weekend(m, today), text)

    def month_day(m) -> str:
        month, day = int(m[2]), int(m[3])
        if today is not None:
            month, day = month_first(today, month, day)
        return f"{m[1]} {MONTHS[month - 1]} {day}" if 1 <= month <= 12 and 1 <= day <= 31 else m[0]

    return re.sub(rf"(?i)\b(on|since|from|to|until|till|before|after|between|and|of|for|by|{'|'.join(WEEKDAYS)}|mon|"
                  r"tues?|wed|thu|thurs?|fri|sat|sun),? (\d{1,2})/(\d{1,2})(?![\w/.:-])", month_day, text)  # "on 3/11",
    # "from Mon 3/3 to Wed 3/5" (the day's name goes once the date says it), not "24/7"


_SLASHED = re.compile(r"(?<![\w/.:])(?<![A-Za-z]-)(\d{1,2})/(\d{1,2})/(\d{4})(?![\w/:]|-(?!\d{1,2}/)|\.\d)")


def _slashed(text: str, today: date) -> str:
    """ "11/03/2025" as an ISO date when the question itself says which number is the day: another of its dates with
    a day over 12 ("01/02/2025–28/02/2025"), a weekday said beside it that only one reading falls on ("on 01/02/2025?
    It was Saturday"), or one reading still to come ("11/03/2025 14:30", asked in March 2025); a run of dates joined by
    a dash as "from … to …". Month first otherwise, as the US writes it.

    >>> _slashed("changes between 11/03/2025 14:30 and 11/03/2025 15:00", date(2025, 3, 17))
    'changes between 2025-03-11 14:30 and 2025-03-11 15:00'
    >>> _slashed("silences on 01/02/2025? It was Saturday", date(2025, 3, 17))
    'silences on 2025-02-01? It was Saturday'
    >>> _slashed("in the period 01/01/2025–12/03/2025", date(2025, 3, 17))
    'in the period from 2025-01-01 to 2025-03-12'
    >>> _slashed("alerts on 02/03/2025", date(2025, 3, 17))
    'alerts on 2025-02-03'
    """
    found = [(int(m[1]), int(m[2]), int(m[3])) for m in _SLASHED.finditer(text)]
    if not found:
        return text
    day_first = _day_first(found, text, today)
    if day_first is None:
        return text  # the two ways at once: as written

    def iso(m) -> str:
        day, month = (int(m[1]), int(m[2])) if day_first else (int(m[2]), int(m[1]))
        return f"{m[3]}-{month:02d}-{day:02d}" if _day(int(m[3]), month, day) else m[0]

    dated = _SLASHED.sub(iso, text)
    return re.sub(r"(?i)(?<!\bfrom )(?<!\bbetween )\b(\d{4}-\d{2}-\d{2}) ?[-\u2013\u2014] ?(\d{4}-\d{2}-\d{2})\b",
                  r"from \1 to \2", dated)


def _day_first(found: list[tuple[int, int, int]], text: str, today: date) -> bool | None:
    """Whether the question's slashed dates are written day first, by what the question says; month first when it
    says nothing (as the US writes them: an ISO date a "since" or a span then reads like any other), ``None`` when
    its dates are written both ways."""
    firsts, seconds = any(a > 12 for a, _, _ in found), any(b > 12 for _, b, _ in found)
    if firsts or seconds:
        return None if firsts and seconds else firsts
    named = {i for i, day in enumerate(WEEKDAYS) if re.search(rf"(?i)\b{day}\b", text)}
    ahead = re.search(r"(?i)\b(?:ends?|ending|expir\w*|until|till|next|upcoming|due)\b", text)  # (a date still to
    # come is no evidence where the question looks ahead: "silences that expire after 03/20/2025")
    for a, b, year in found:
        fits = [first for first, day in ((True, _day(year, b, a)), (False, _day(year, a, b)))
                if day is not None and (day <= today or ahead) and (not named or day.weekday() in named)]
        if len(fits) == 1:
            return fits[0]
    return False


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_WEEKDAY_SAID = rf"({'|'.join(WEEKDAYS)}|mon|tues?|wed|thu|thurs?|fri|sat|sun)"
_OF_A_WEEK = re.compile(rf"(?i)\b(?:(from|between) )?(?:on )?{_WEEKDAY_SAID}(?:(?: ?(-|to|until|till|through|thru|"
                        rf"and) ?){_WEEKDAY_SAID})? (?:of )?(last|this|the previous|the past|previous|past) week\b")


def _dashed(m: re.Match) -> str | None:
    """ "11-Mar-2025" as "11 Mar 2025"; ``None`` when there is no such day."""
    year = int(m[3] if len(m[3]) == 4 else "20" + m[3])
    if _day(year, month_number(m[2]) or 0, int(m[1])) is None:
        return None
    return f"{m[1]} {m[2]} {year}"


def _in_utc(m: re.Match) -> str:
    """A stamp written with its offset, as the same instant in UTC ("2025-03-11T13:00+01:00" is 12:00Z)."""
    try:
        local = datetime.fromisoformat(f"{m[1]}T{m[2]}:{m[3]}:{m[4] or '00'}{m[5]}{m[6]}:{m[7]}")
    except ValueError:
        return m[0]
    at = local.astimezone(UTC)
    return f"{at:%Y-%m-%d %H:%M}{f':{at.second:02d}' if m[4] else ''}Z"


def _days_of_a_week(text: str, today: date) -> str:
    """A day, or days from one to another, of last week or this week ("Tuesday last week", "Mon-Wed of last week") as
    dates: the week's own days, not the last such day before now.

    >>> _days_of_a_week("alerts Mon-Wed last week", date(2025, 3, 14))
    'alerts from 2025-03-03 to 2025-03-05'
    >>> _days_of_a_week("deploys on tuesday of last week", date(2025, 3, 14))
    'deploys on 2025-03-04'
    >>> _days_of_a_week("alerts since monday this week", date(2025, 3, 14))
    'alerts since 2025-03-10'
    """
    def dated(m) -> str:
        if m[3] == "and" and m[1] != "between":
            return m[0]  # "monday and wednesday last week": two days, not the days between
        back = 0 if m[5].lower() == "this" else 7
        monday = today - timedelta(days=today.weekday() + back)
        first = monday + timedelta(days=weekday_number(m[2]))
        if not m[4]:  # (after "since", "before", "until": the date alone)
            bare = re.search(r"(?i)\b(?:since|after|before|until|till|by|to|from)\s*$", m.string[:m.start()])
            return f"{'' if bare and not m[1] else 'on '}{first.isoformat()}"
        last = monday + timedelta(days=weekday_number(m[4]))
        return m[0] if last < first else f"from {first.isoformat()} to {last.isoformat()}"
    return _OF_A_WEEK.sub(dated, text)


def _weekend(m, today: date) -> str:
    """ "the weekend of March 8" as its Saturday and Sunday, when the day named is one of them (of the last such date
    that has passed by ``today``); as said otherwise."""
    month, day = month_of((m[1] or m[4]).lower().rstrip(".")), int(m[2] or m[3])
    if month is None or not 1 <= day <= calendar.monthrange(today.year, month)[1]:
        return m[0]
    year = int(m[5]) if m[5] else today.year if (month, day) <= (today.month, today.day) else today.year - 1
    named = date(year, month, day)
    if named.weekday() not in (5, 6):
        return m[0]
    saturday = named.toordinal() - (named.weekday() - 5)
    first, last = date.fromordinal(saturday), date.fromordinal(saturday + 1)
    return f"from {first.day} {MONTHS[first.month - 1]} {first.year} to {last.day} {MONTHS[last.month - 1]} {last.year}"


def _half(m, today: date) -> str:
    """ "the first half of march" as its days, 1 to 15 (the second half 16 to the last), of the last such month that
    has begun by ``today``."""
    month = month_of(m[2].lower().rstrip("."))
    if month is None:
        return m[0]
    year = today.year if month <= today.month else today.year - 1
    name = MONTHS[month - 1]
    if m[1].lower() in ("first", "1st"):
        return f"from {name} 1 to {name} 15"
    return f"from {name} 16 to {name} {calendar.monthrange(year, month)[1]}"
