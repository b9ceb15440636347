"""Two periods compared when either is said by its date: "the number of alerts in the week of 10 March with the week
before it (3 to 9 March)", "alerts on 10 March vs 11 March" (:func:`.ask_both.compared` reads those said in words:
"this week vs last week"). Each had been read as the first period alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_dates import DAY_OF_MONTH, MONTHS
from signalcraft.copilot.ask_time import time_window

__all__ = ["by_date"]

_DAY = DAY_OF_MONTH
_WEEK_OF = rf"(?:in |during )?the week (?:of|starting|beginning|commencing|from) (?:the )?(?P<day>{_DAY})"
_DATED = re.compile(rf"(?i)\b(?:{_WEEK_OF}|(?:on )?(?:the )?(?:{_DAY}))")
"""A period said by its date: "the week of 10 March", "on 11 March"."""
_DATED_VS = re.compile(rf"(?i),? (?:(?:as )?compared (?:with|to)|versus|vs\.?|against)(?: the (?:number|count|"
                       rf"figure|total) (?:for|of))? (?P<other>the week before(?: it| that| this| then)?|"
                       rf"(?:the )?(?:{_WEEK_OF.replace('?P<day>', '')}|(?:on )?(?:the )?(?:{_DAY})))"
                       r"(?:\s*\([^()]*\))?(?:,? (?:utc|gmt))?"
                       r"(?P<tail>,? (?:per|by|for each|for every|each|broken down by) \w+)?$")
"""The second period of a comparison said by date ("… in the week of 10 March with the week before it (3 to 9
March)"): a parenthesis after it restates it."""


def _bare(period: str) -> str:
    """A period's words without their preposition and article: "in the week of 10 March" → "week of 10 March"."""
    return re.sub(r"(?i)^(?:in |during |on )?(?:the )?", "", period)


def by_date(text: str, period: str, label: Callable[[str], str],
            now: datetime | None = None) -> tuple[str, str, str, str] | None:
    """Two periods compared where either is said by its date ("the number of alerts in the week of 10 March with the
    week before it", "on 10 March vs 11 March"), or ``None``; ``period`` is the pattern of a period said in words
    ("last week"), ``label`` names a column after a period; "the week before it" is read with ``now`` alone (the year
    of the week it follows).

    >>> from datetime import UTC
    >>> by_date("compare the number of alerts in the week of 10 March with the week before it (3 to 9 March)",
    ...         r"last week", lambda p: p.replace(" ", "_"), datetime(2025, 3, 17, tzinfo=UTC))
    ... # doctest: +NORMALIZE_WHITESPACE
    ('how many alerts in the week of 10 March', 'how many alerts in the week of 2025-03-03', 'week_of_10_March',
     'week_of_3_march')
    >>> by_date("alerts on 10 March vs 11 March", r"last week", lambda p: p.replace(" ", "_"))
    ('alerts on 10 March', 'alerts on 11 March', '10_March', '11_March')
    """
    if which := re.match(r"(?i)^(?:(?:please|kindly|pls),? )?(?:(?:can|could|would) you )?compare (?:the )?"
                         r"(?:(?:number|count|total) of )?(?P<what>.+?) (?=(?:with|to|and|against|versus|vs\.?) )",
                         text):
        rest = re.sub(r"^ (?:with|to|and|against|versus|vs\.?)", "", text[which.end() - 1:])
        text = f"how many {which['what']} versus{rest}"
    m = _DATED_VS.search(text)
    if m is None or not re.search(r"(?i)\b(?:alerts?|incidents?|outages?|deploys?|deployments?|changes?|rollbacks?|"
                                  r"releases?|silences?|snoozes?|acks?|warnings?|lines?|logs?|errors?|pages?)\b",
                                  text[:m.start()]) or re.search(r"(?i)\b(?:between|from)\b", text[:m.start()]):
        return None  # "search-api latency on 11 March vs 10 March": not a count of rows; "between 1 and 11 March": a
        # range
    left, tail = text[:m.start()], m["tail"] or ""
    own = list(_DATED.finditer(left)) or list(re.finditer(rf"(?i)\b({period})\b", left))
    if len(own) != 1:
        return None
    other, said = m["other"], _bare(own[0][0])
    before, after = left[:own[0].start()], left[own[0].end():]
    if re.match(r"(?i)the week before", other):  # "the week of 10 March … the week before it": of 3 March, that year
        window = time_window(own[0][0], now) if now is not None and own[0].groupdict().get("day") else None
        if window is None:
            return None
        start = window.start - timedelta(days=7)
        return left + tail, f"{before.rstrip()} in the week of {start:%Y-%m-%d}{after}{tail}", label(said), \
            label(f"week_of_{start.day}_{MONTHS[start.month - 1]}")
    wanted = _bare(other)
    if said.lower() == wanted.lower():
        return None
    place = "in " if re.match(r"(?i)week", wanted) else "on "
    return left + tail, f"{before.rstrip()} {place}the {wanted}{after}{tail}" if place == "in " else \
        f"{before.rstrip()} {place}{wanted}{after}{tail}", label(said), label(wanted)
