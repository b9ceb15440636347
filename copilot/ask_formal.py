"""Dates as a report writes them — with their year ("1 February 2025 to 28 February 2025", "March 3rd, 2025"), two
days of one month ("between 1 and 28 February 2025", "3-9 March"), "the week commencing 3 March" — rewritten into
the forms the reading knows (an ISO date, "from … to …", "the week of …"). They are applied in
:func:`.ask_common.common_forms`, before its own rules.

>>> import re
>>> def formal(text):
...     for pattern, replacement in FORMAL_RULES:
...         text = re.sub(pattern, replacement, text)
...     return text
>>> formal("For the review period 1 February 2025 to 28 February 2025, how many incidents")
'For the review period from 2025-02-01 to 2025-02-28, how many incidents'
>>> formal("between 1 and 28 February 2025, which services")
'between 2025-02-01 and 2025-02-28, which services'
>>> formal("deploys in the week commencing March 3rd, 2025")
'deploys in the week of 2025-03-03'
>>> formal("flag flips this sprint (3-14 March)")
'flag flips this sprint (from 3 March to 14 March)'
>>> formal("alerts on Tuesday 11th, and March 3-14")
'alerts on the 11th, and from March 3 to March 14'
>>> formal("alerts in February 2025")
'alerts in February 2025'
>>> formal("Over the review period February 2025, list every silence")
'Over the review period in February 2025, list every silence'
"""

from __future__ import annotations

__all__ = ["FORMAL_RULES"]

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_TH = r"(?:st|nd|rd|th)?"


def _iso(day: str, month: str, year: str) -> str:
    number = next(i for i, m in enumerate(_MONTHS, 1) if m.startswith(month.lower().rstrip(".")[:3]))
    return f"{year}-{number:02d}-{int(day):02d}"


FORMAL_RULES = (
    (rf"(?i)\b(from|between) (\d{{1,2}}){_TH} (and|to|until|till|through|thru|-) (\d{{1,2}}){_TH} (?:of )?{_MONTH},? "
     r"(\d{4})\b", lambda m: f"{m[1]} {_iso(m[2], m[5], m[6])} {m[3]} {_iso(m[4], m[5], m[6])}"),
    # "between 1 and 28 February 2025": both days of that month
    (rf"(?i)\b(\d{{1,2}}){_TH} ?[-–] ?(\d{{1,2}}){_TH} (?:of )?{_MONTH},? (\d{{4}})\b",
     lambda m: f"from {_iso(m[1], m[3], m[4])} to {_iso(m[2], m[3], m[4])}"),  # "3-9 March 2025"
    (rf"(?i)\b(\d{{1,2}}){_TH} ?[-–] ?(\d{{1,2}}){_TH} (?:of )?{_MONTH}(?! ?\d)",
     r"from \1 \3 to \2 \3"),  # "this sprint (3-14 March)": both days of that month, in the year the reading takes
    (rf"(?i)\b{_MONTH} (\d{{1,2}}){_TH} ?[-–] ?(\d{{1,2}}){_TH}\b(?![:.]?\d| ?(?:am|pm)\b)",
     r"from \1 \2 to \1 \3"),  # "March 3-14"
    (r"(?i)\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,? (?:the )?(\d{1,2})(st|nd|rd|th)\b"
     rf"(?! (?:of )?{_MONTH})", r"the \1\2"),  # "on Tuesday 11th": the 11th (its weekday restates it)
    (rf"(?i)\b(\d{{1,2}}){_TH} (?:of )?{_MONTH},? (\d{{4}})\b", lambda m: _iso(m[1], m[2], m[3])),  # "1 February 2025"
    (rf"(?i)\b{_MONTH} (\d{{1,2}}){_TH},? (\d{{4}})\b", lambda m: _iso(m[2], m[1], m[3])),  # "March 3rd, 2025"
    (r"(?i)(?<!\bfrom )(?<!\bbetween )\b(\d{4}-\d\d-\d\d) (to|until|till|through|thru) (\d{4}-\d\d-\d\d)\b",
     r"from \1 \2 \3"),  # "2025-02-01 to 2025-02-28": a range of whole days
    (r"(?i)\bweek (?:commencing|starting(?: on)?|beginning(?: on)?|from) (?=\d|the |" + _MONTH + ")", "week of "),
    (r"(?i)(?<!\bin )(?<!\bduring )(?<!\bof )(?<!\bsince )(?<!\bfor )(?<!\bfrom )(?<!\bbefore )(?<!\bafter )"
     r"(?<!\buntil )(?<!\bto )(?<!\bthrough )(?<!\bthe )\b" + _MONTH + r" (\d{4})\b", r"in \1 \2"),
    # "over the review period (February 2025)": a month with its year is that month wherever it stands
)
"""(pattern, replacement) pairs, applied in this order."""
