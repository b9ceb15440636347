"""Spans and periods said in the asker's own words, as rewrites of the question (applied in order by
:func:`.ask_common.common_forms`): a span given in brackets after the asker's name for it ("during the drill night
(from 2025-03-11 16:30 UTC to 2025-03-12 06:00 UTC)", "during the gd (11 mar 09:00-12:00 utc)") is the span alone;
remarks after the question ("…, about halfway through GD-01", "…, for the exercise calendar") are not more of it; a
month or a weekday said before the records ("the February 2025 rollbacks", "the tuesday deploys") is the period they
are of.

>>> from signalcraft.copilot import ask_re as re
>>> def said(text, rules):
...     for pattern, replacement in rules:
...         text = re.sub(pattern, replacement, text)
...     return text
>>> said("alerts during the drill night (from 2025-03-11 16:30 UTC to 2025-03-12 06:00 UTC)", NAMED_SPANS)
'alerts from 2025-03-11 16:30 UTC to 2025-03-12 06:00 UTC'
>>> said("which flags got flipped during the gd (11 mar 09:00-12:00 utc)", NAMED_SPANS)
'which flags got flipped on 11 mar 09:00-12:00 utc'
>>> said("what was firing at 07:30 UTC on 21 January, about halfway through GD-01?", REMARKS_AFTER)
'what was firing at 07:30 UTC on 21 January?'
>>> said("alerts per day (2024-03-04 to 2024-03-05)", NAMED_SPANS)
'alerts per day (2024-03-04 to 2024-03-05)'
>>> said("list the February 2025 rollbacks", RECORDS_OF_A_PERIOD)
'list the rollbacks in February 2025'
>>> said("for each of the tuesday deploys", RECORDS_OF_A_PERIOD)
'for each of the deploys on tuesday'
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_late_forms import DAYS_SAID, MONTHS_SAID

__all__ = ["NAMED_SPANS", "RECORDS_OF_A_PERIOD", "REMARKS_AFTER"]


def _span_alone(m: re.Match) -> str:
    """The span in the brackets, with "from" before "X to Y" and "on" before a day when a preposition led the name."""
    if re.match(r"(?i)(?:from|between) ", m[2]):
        return m[2]
    if re.search(r"(?i)\s(?:to|until|till|through)\s", m[2]):
        return f"from {m[2]}"  # (a span "X to Y": from X to Y, not the day of X)
    return f"on {m[2]}" if m[1] else m[2]


def _remark_of_a_moment(m: re.Match) -> str:
    """ "at 07:30 on 21 January, about halfway through GD-01": left out; kept when no clock is said and it names an
    outage ("alerts yesterday, halfway through the outage": the moment asked)."""
    if re.search(r"(?i)\b(?:outage|incident|drill|exercise|game ?day)\b", m[0]) and not re.search(
            r"(?i)\d{1,2}:\d\d|\d\s*[ap]m\b", m.string[:m.start()]):
        return m[0]
    return ""


def _of_the_month(m: re.Match) -> str:
    """ "the February 2025 rollbacks" → "the rollbacks in February 2025" (groups: the article or count, the month, its
    year, the words between, the records)."""
    return f"{m[1].strip()} {m[4]}{m[5]} in {m[2]}{' ' + m[3] if m[3] else ''}"


NAMED_SPANS = (
    (r"(?i)(?:\b(during|in|on|over|for|of|within|inside|from) (?:the |our |this |that )?|\b(?:the |our |this |that )|"
     r"(?<=[,;:] )|^)(?:(?!(?:during|in|on|over|for|of|within|inside|from|per|each|every|by|at|to|and|with|"
     r"alerts|deploys|deployments|changes|rollbacks|incidents|silences|snoozes|acks|flags|warnings)\b)"
     r"[\w-]+ ){0,3}?"  # (not "alerts per day (…)", "alerts on payments-api during the drill (…)": their words)
     r"(?:window|night|day|drills?|exercises?|gd|game ?days?|test|period|run|[a-z]{1,4}-\d{1,3})(?: only| alone)?\s*"
     r"\(\s*(?:same window,?\s*|i\.e\.,?\s*|that is,?\s*)?((?:from |between )?[^()]*?(?:\d{1,2}:\d\d|\d{4}-\d\d-\d\d)"
     r"[^()]*)\)", _span_alone),
)
"""A span named in the asker's words and given in brackets."""

REMARKS_AFTER = (
    (r"(?i),\s*(?:about|roughly|around|approximately|right|just)?\s*(?:halfway|midway|partway) (?:through|into) "
     r"(?:the )?[\w-]+(?: [\w-]+)?\s*(?=[?.!]*$)", _remark_of_a_moment),
    (r"(?i),\s*for (?:the|our|my) (?:[\w-]+ ){0,2}(?:calendar|report|deck|slides?|retro|doc|notes|write-?up|review|"
     r"postmortem|record|dashboard)\s*(?=[?.!]*$)", ""),  # "…, for the exercise calendar": what it is for
)
"""Remarks after the question that say where it stands or what it is for."""

RECORDS_OF_A_PERIOD = (
    (rf"(?i)(?<!\bsince )(?<!\bafter )(?<!\bbefore )(?<!\buntil )(?<!\btill )"
     rf"\b(the|those|these|all|our|(?:the |our )(?:two|three|four|five|\d) )\s*({MONTHS_SAID})(?: (\d{{4}}))? "
     rf"((?:(?!(?:and|or|to|through|thru|vs|versus|{MONTHS_SAID})\b)[a-z-]+ ){{0,2}}?)(alerts|deploys|deployments|"
     rf"changes|incidents|silences|warnings|rollbacks|releases|pages|acks|outages)\b",
     _of_the_month),  # "the February 2025 rollbacks", "our three February drill incidents": those of that month
    (rf"(?i)\b(the|those|these) ({DAYS_SAID}) (alerts?|deploys?|deployments?|changes?|incidents?|silences?|warnings?|"
     r"rollbacks?|releases?|pages?|acks?)\b", r"\1 \3 on \2"),
    # "for each of the tuesday deploys": those of that day (not "the tuesday before")
)
"""A month or a weekday said before the records: the period they are of."""
