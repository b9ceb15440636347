"""When a set of things began and when it ended, asked together: "when did payments-api alerts start and stop on
Tuesday", "when did the checkout incidents start and when did they end", "the earliest start and latest end of the
indexer alerts", "min starts_at and max ends_at of …". The things are read like any question; the answer is the first
start and the last end of those rows (an alert from its start to its end, an incident from opening to resolution, a
silence from its start to its end), one row; the end is empty while one of them has not ended. One of the two read
alone had answered before: only the first start, or rows whose end fell in the day.

>>> split_start_end("when did payments api alerts start n stop on tues")
'payments api alerts on tues'
>>> split_start_end("the earliest start and latest end of the indexer alerts yesterday")
'the indexer alerts yesterday'
>>> split_start_end("payments-api alerts on 11 march, when it start and when it stop?")
'payments-api alerts on 11 march'
>>> split_start_end("when did the deploy start") is None
True
"""

from __future__ import annotations

from collections.abc import Callable

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_filters import SPANS
from signalcraft.copilot.ask_reading import Refused

__all__ = ["split_start_end", "started_and_ended"]

_ENDED = r"(?:stop|end|finish|clear|resolve|recover)(?:ed)?"
_ASKED = (
    re.compile(rf"(?i)^(?:when|what time|at what time) did (?P<what>.+?) (?:start|begin)(?: firing)? (?:and|n|&) "
               rf"(?:when did (?:they|it) )?{_ENDED}(?: firing)?\b(?P<rest>.*?)[?.!\s]*$"),
    re.compile(rf"(?i)^(?:when|what time|at what time) did the (?:first|earliest) (?P<what>.+?) (?:start|begin|fire)"
               rf"(?: firing)?(?P<mid> [^,]{{2,40}}?)?,? (?:and|n|&) (?:when|what time) did the (?:last|latest) "
               rf"(?:one|of them|\S+) {_ENDED}(?: firing)?\b(?P<rest>.*?)[?.!\s]*$"),  # "when did the first
    # payments-api alert start (yesterday) and when did the last one end"
    re.compile(r"(?i)^(?:the )?(?:earliest|first|min|minimum) (?:start|starts_at|start time) (?:and|&) (?:the )?"
               r"(?:latest|last|max|maximum) (?:end|ends_at|end time) (?:of|for) (?P<what>.+?)(?P<rest>)[?.!\s]*$"),
    re.compile(rf"(?i)^(?P<what>.*?\b(?:alerts?|incidents?|outages?|warnings?)\b.*?)\s*[,:;-]+\s*when (?:did )?"
               rf"(?:it|they) (?:start|begin)(?:ed)?(?: firing)? (?:and|n|&) (?:when (?:did )?(?:it|they) )?{_ENDED}"
               rf"(?: firing)?\b(?P<rest>)[?.!\s]*$"),
)
_ROWS = re.compile(r"^SELECT \* FROM (\w+)\b")


def split_start_end(question: str) -> str | None:
    """The things whose first start and last end are asked, or ``None``."""
    question = question.strip()
    if lead := re.match(r"(?i)^((?:on|in|during|for|over) [^,]{2,30}|yesterday|today|last week|last night|last weekend|"
                        r"this morning|tonight),\s*(.+)$", question):
        when = re.sub(r"(?i)^(?:on|during) (?:my|the|our) (?:shift|watch|rotation)\b\s*", "", lead[1])
        question = f"{lead[2].rstrip(' ?.!')} {when}"  # "On 11.03.2025, when did …": the day said after ("during
        # my shift yesterday": the day; ask_chatter.addressed leaves an on-call preface's day so)
    for pattern in _ASKED:
        if (m := pattern.match(question)) is not None:
            return f"{m['what']}{m.groupdict().get('mid') or ''}{m['rest']}".strip()
    return None


def started_and_ended(question: str, answer: Callable[[str], tuple[object, str]]) -> tuple[object, str] | None:
    """The first start and the last end of the rows the question names (``answer`` reads them), or ``None``
    when it does not ask so or they are not whole rows of a kind that lasts."""
    things = split_start_end(question)
    if things is None:
        return None
    try:
        reading, sql = answer(things)
    except Refused:
        return None
    m = _ROWS.match(sql)
    if m is None or m[1] not in SPANS or re.search(r"\b(?:ORDER BY|LIMIT|GROUP BY)\b", sql):
        return None  # "when did the 3 longest incidents start and end": those rows, each with its own times
    start, end = SPANS[m[1]]
    return reading, (f"SELECT min({start}) AS first_start, CASE WHEN count(*) = count({end}) THEN max({end}) END "
                     f"AS last_end FROM ({sql}) AS q")  # no end while one of them has none yet (still going)
