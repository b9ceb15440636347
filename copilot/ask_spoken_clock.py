"""Clock times as people say them, written as the reading knows them: "quarter to 9" is 8:45, "half nine" 9:30, and
a time told with its part of the day ("half nine last night", "2 in the arvo", "6am this morning", "since I came in
at 8") becomes a time of that day on a 24-hour clock ("21:30 yesterday", "14:00 today", "since 08:00 today").

A night's small hours are the next day's ("at 2 last night" is 02:00 today); an hour of the evening or the
afternoon under 12 is after noon. Only the words are rewritten: the window they make is the reading's, in the
question's zone.

>>> clock_said("what silences were on at half nine last night")
'what silences were on at 21:30 yesterday'
>>> clock_said("what was firing at quarter to 9 yesterday morning")
'what was firing at 08:45 yesterday'
>>> clock_said("alerts since I came in at 8")
'alerts since 08:00 today'
>>> clock_said("the shift was 6pm last night to 6am this morning")
'the shift was 18:00 yesterday to 06:00 today'
>>> clock_said("from end of day yesterday (5pm) till standup at 9 this morning")
'from 17:00 yesterday till 09:00 today'
>>> clock_said("on Tuesday between 6 and 8 in the morning")
'on Tuesday between 06:00 and 08:00'
>>> clock_said("staging alerts since iftar yesterday (18:12) till now")
'staging alerts since 18:12 yesterday till now'
>>> clock_said("incidents opened yesterday (Wednesday) after v2.14.0 went live (4h31)")
'incidents opened yesterday after v2.14.0 went live'
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_dates import MONTH_NAMES, WEEKDAYS

__all__ = ["clock_said"]

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12}
_HOUR = r"(1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PARTS = (r"this morning|yesterday morning|in the morning|last night|tonight|this evening|yesterday evening|"
          r"in the evening|this afternoon|yesterday afternoon|in the afternoon|in the arvo|this arvo|yesterday arvo|"
          r"at night")


_DAILY = r"iftar|suhoor|sehri|sunset|sunrise|lunch|dinner|breakfast|standup|stand-up|handover|shift change|prayers?|" \
         r"school run|kick-?off|the match|church|mass"
"""Moments of a day that are no record of the store ("since iftar yesterday (18:12)": the time said with it)."""
_WEEKDAY = f"(?:{'|'.join(WEEKDAYS)})"
_DATE = rf"\d{{1,2}} (?:{MONTH_NAMES})\b|(?:{MONTH_NAMES}) \d{{1,2}}|\d{{4}}-\d\d-\d\d"


_LEAD = r"at|since|from|till|until|to|before|after|between|and"
"""The words a time of day is said after ("at 9 last night"; a number after "top", "than" or "the last" counts)."""


def _hour(word: str) -> int:
    return _NUMBERS.get(word.lower()) or int(word)


def _spoken(text: str) -> str:
    """"quarter to 9", "quarter past nine", "half past 9", "half nine", "nine o'clock" as "8:45", "9:15", "9:30",
    "9:30", "9:00"."""
    text = re.sub(rf"(?i)\b(?:a )?quarter (to|past|after) {_HOUR}\b(?!:)",
                  lambda m: f"{(_hour(m[2]) - 1) or 12}:45" if m[1].lower() == "to" else f"{_hour(m[2])}:15", text)
    text = re.sub(rf"(?i)\bhalf(?: past)? {_HOUR}\b(?![:.]\d| (?:hours?|days?|minutes?|mins?|of)\b)",
                  lambda m: f"{_hour(m[1])}:30", text)
    text = re.sub(rf"(?i)\b({_LEAD}) {_HOUR} o'?clock\b", lambda m: f"{m[1]} {_hour(m[2])}:00", text)  # (not "the 9
    # o'clock alerts": a name for them)
    return re.sub(rf"(?i)\b(at|since|from|till|until|before|after) {_HOUR}\b(?= (?:{_PARTS})\b)",
                  lambda m: f"{m[1]} {_hour(m[2])}", text)  # "at nine last night"


def _day_time(hour: int, minute: int, meridiem: str, part: str, written: str = "") -> str:
    """The time of day and its day ("today", "yesterday") for ``hour`` said with a part of the day (``written`` as
    the question wrote the hour: "06" or "18" is a 24-hour clock's, taken as it is)."""
    part, meridiem = part.lower(), meridiem.lower()
    day = "yesterday" if part.startswith("yesterday") or part == "last night" else "today"  # (or "today" alone)
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    elif written.startswith("0") or hour > 12:
        pass
    elif not meridiem:
        if "morning" in part:
            hour %= 12
        elif "afternoon" in part or "arvo" in part or "evening" in part:
            hour = hour + 12 if hour < 12 else hour
        elif part in ("last night", "tonight", "at night"):
            hour = hour + 12 if 5 <= hour < 12 else 0 if hour == 12 else hour  # ("at 2 last night": 02:00)
    if part == "last night" and hour < 12:
        day = "today"  # the night's small hours: after midnight
    if part.startswith(("in the", "at ")):
        return f"{hour:02d}:{minute:02d}"  # "between 6 and 8 in the morning": of the day the question names
    return f"{hour:02d}:{minute:02d} {day}"


def clock_said(text: str) -> str:
    """``text`` with its spoken clock times and the parts of the day said with them as 24-hour times of a day."""
    text = _spoken(text)
    text = re.sub(r"(?i)\b(?:the )?(?:end of (?:the )?(?:business )?day|eod|close of business|cob|start of (?:the )?"
                  r"day|lunch(?:time)?|standup|stand-up|handover)(?: (yesterday|today))? ?\((\d{1,2})(?::(\d\d))? ?"
                  r"([ap]m)\)", lambda m: _day_time(int(m[2]), int(m[3] or 0), m[4], m[1] or "today"),
                  text)  # "end of day yesterday (5pm)": its time
    text = re.sub(r"(?i)\b(since|from|till|until|before|after) (?:the )?(?:standup|stand-up|handover|lunch|the morning "
                  r"meeting) at (?=\d)", r"\1 ", text)  # "till standup at 9 this morning": its time
    text = re.sub(r"(?i)\b(?:during|at) (?:the )?(?:standup|stand-up|handover|lunch|the morning meeting) at (?=\d)",
                  "at ", text)
    text = re.sub(rf"(?i)\b(since|after|before|from|till|until|at) (?:the |my |our )?(?:{_DAILY})"
                  r"(?: (yesterday|today))? \((\d{1,2})[:h](\d\d) ?([ap]m)?([^)]*)\)",
                  lambda m: f"{m[1]} {_day_time(int(m[3]), int(m[4]), m[5] or '', m[2] or 'today')}" + (
                      f" ({m[6].strip()})" if m[6].strip() else ""), text)  # "since iftar yesterday (18:12)": the
    # time it names (a zone said with it kept: "(18:12 Malé time)")
    text = re.sub(r"(?i)\b((?:went live|went out|was deployed|got deployed|was rolled out|rolled out|fired|started)"
                  r"(?: (?:in|to|on) [\w-]+)?) \(\d{1,2}[:h]\d\d\s*([^)]*)\)",
                  lambda m: f"{m[1]} ({m[2]})" if m[2] else m[1],
                  text)  # "after v2.14.0 went live (4h31)": the event's own time
    text = re.sub(rf"(?i)\b(yesterday|today|the day before yesterday|{_DATE}) \((?:on )?{_WEEKDAY}\)", r"\1",
                  text)  # "yesterday (Wednesday)": said twice
    text = re.sub(rf"(?i)\b(hours?|busiest hour) of (yesterday|today|{_WEEKDAY})\b", r"\1 on \2", text)
    text = re.sub(rf"(?i)\bbetween (\d{{1,2}}(?::[0-5]\d)?) and (\d{{1,2}}(?::[0-5]\d)?) ((?:{_PARTS}))\b",
                  lambda m: f"between {m[1]} {m[3]} and {m[2]} {m[3]}", text)  # "between 6 and 8 in the morning"

    def told(m) -> str:
        if not (m["lead"] or m["ap"] or m["m"]) or re.search(r"(?i)\b(?:than|top|last|first|above|below|over|under|"
                                                               r"around|about)\s*$|[=<>]\s*$", text[:m.start()]):
            return m[0]  # "the last 10 last night", "more than 3 last night": a number of rows, not a time
        if (m["lead"] or "").strip().lower() == "and" and not re.search(r"(?i)\bbetween \d{1,2}(?::\d\d)?\b",
                                                                        text[:m.start()]):
            return m[0]  # "between ten pm and six this morning": read whole by the reading of spans
        if (m["lead"] or "").strip().lower() in ("and", "to", "till", "until") and m["part"].lower() == "last night" \
                and re.search(r"(?i)\b(?:between|from) (?:\d{1,2}(?::\d\d)?\s?(?:am|pm)?|noon|midnight)\s*$",
                              text[:m.start()]):
            return m[0]  # "from 7pm to 7am last night": the night's span, read whole (7am had been today's alone)
        return f"{m['lead'] or ''}{_day_time(int(m['h']), int(m['m'] or 0), m['ap'] or '', m['part'], m['h'])}"

    text = re.sub(rf"(?i)(?P<lead>\b(?:{_LEAD}) )?(?<![\d:.-])\b(?P<h>2[0-3]|1\d|0?\d)(?::(?P<m>[0-5]\d))?\s?"
                  rf"(?P<ap>[ap]m)?,? (?P<part>{_PARTS})\b", told, text)
    text = re.sub(r"(?i)\bfrom (\d\d:\d\d (?:yesterday|today))\b(?!.*\b(?:till|until|to|through|and)\b)", r"since \1",
                  text)  # "alerts from end of day yesterday (5pm)": from then on
    return re.sub(r"(?i)\bsince (?:i|we) (?:came in|got in|arrived|started|logged on|clocked in)(?: this morning)? "
                  r"at (\d{1,2})(?::([0-5]\d))?\s?(am|pm)?\b",
                  lambda m: f"since {_day_time(int(m[1]), int(m[2] or 0), m[3] or '', 'this morning')}", text)
