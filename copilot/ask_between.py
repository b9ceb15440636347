"""The time between two named events: "how many minutes passed between the payments-api v2.14.0 production deploy
going live and the first payments-api alert after it", "how long from the first checkout alert on March 11 until
the payments-api rollback went live".

Each event is read as a question of its own (:func:`.ask_anchor.event_question`) and must read as rows of one
relation that has a time. The first event is the earliest of its rows (the latest for "the last …"); the second is
the first of its rows at or after the first event (the last of them for "the last …"; the last before the first
event when none came after) — "the rollback" after
"the first alert on March 11" is that day's rollback, not the first one ever. "After it" in the second names that
order outright. The answer is one number, the minutes (hours when asked) between the two, to one decimal.

>>> split_between("How many minutes passed between the v2.14.0 deploy going live and the first alert after it?")
('minutes', 'the v2.14.0 deploy going live', 'the first alert')
>>> split_between("how long from the first checkout alert on March 11 until the rollback went live")
('minutes', 'the first checkout alert on March 11', 'the rollback went live')
>>> split_between("From the first checkout alert until the payments-api rollback went live, how many minutes passed?")
('minutes', 'the first checkout alert', 'the payments-api rollback went live')
>>> split_between("how many alerts between 2 and 4 pm") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlglot import exp

from signalcraft.copilot.ask_anchor import EVENT_TIME, event_question
from signalcraft.copilot.ask_both import single_table
from signalcraft.copilot.ask_reading import Refused

__all__ = ["between", "split_between"]

_HOW_LONG = (r"(?:how (?:many (?P<unit>minutes|mins|hours|hrs)|long|much time)(?:,? in (?P<unit3>minutes|hours),?)?"
             r"(?: (?:passed|elapsed|went by|was there|were there|was it|is it|did it take|it took|had passed))?|"
             r"(?P<unit4>minutes|hours|time))")
_ASK = re.compile(rf"^(?:in (?P<unit1>minutes|hours),?\s+)?{_HOW_LONG}\s+(?P<how>between|from)\s+(?P<both>.+?)"
                  r"(?:,? in (?P<unit2>minutes|hours))?$", re.IGNORECASE)
_HEAD = re.compile(rf"^(?P<how>between|from)\s+(?P<both>.+?),?\s+{_HOW_LONG}$", re.IGNORECASE)
_SEPARATOR = {"between": re.compile(r"\s+and\s+"), "from": re.compile(r"\s+(?:until|till|to|up to|and)\s+")}
_AFTER_IT = re.compile(r"\s+(?:(?:that|which) (?:came|fired|followed|happened)(?: after(?: it| that| this)?)?|"
                       r"(?:after|following) (?:it|that|this|them))$", re.I)
_DEFINITE = re.compile(r"^(?:the|its|that|this|[\w-]+'s)\b", re.IGNORECASE)


def split_between(question: str) -> tuple[str, str, str] | None:
    """(``minutes`` or ``hours``, the first event, the second event), or ``None``."""
    text = question.strip().rstrip("?.! ")
    m = _ASK.match(text) or _HEAD.match(text)
    if m is None:
        return None
    both = m["both"]
    for cut in _SEPARATOR[m["how"].lower()].finditer(both):  # "from the rollout to production ... to the alert"
        a, b = _named(both[:cut.start()]), _named(_AFTER_IT.sub("", both[cut.end():].strip()))
        if _DEFINITE.match(a) and _DEFINITE.match(b):
            break
    else:
        return None  # "between 2 and 4 pm", "between a deploy and an alert": not two named events
    groups = m.groupdict()
    unit = next((groups[k] for k in ("unit", "unit1", "unit2", "unit3", "unit4") if groups.get(k)), "minutes").lower()
    return ("hours" if unit.startswith("h") else "minutes"), a, b


def _named(event: str) -> str:
    """An event written without its article ("first checkout alert on March 11") as the one it names."""
    event = event.strip()
    return event if _DEFINITE.match(event) or not re.match(r"(?i)(first|last|latest|earliest)\b|[\w-]+ (v?\d|"
                                                             r"rollback|deploy|release)", event) else f"the {event}"


def between(question: str, answer: Callable[[str], tuple[object, str]]) -> tuple[object, str] | None:
    """The minutes between the question's two events (``answer`` reads one question into its reading and SQL);
    ``None`` when it does not ask that or an event does not read as timed rows of one relation."""
    parts = split_between(question)
    if parts is None:
        return None
    unit, first, second = parts
    try:
        (reading, a_sql), (other, b_sql) = answer(event_question(first)), answer(event_question(second))
    except Refused:
        return None
    reading.ignored.extend(w for w in other.ignored if w not in reading.ignored)  # both events' unread words
    a_rows, b_rows = _rows(a_sql), _rows(b_sql)
    if a_rows is None or b_rows is None:
        return None
    agg = "max" if re.search(r"(?i)\b(last|latest|most recent)\b", first) else "min"
    later = "max" if re.search(r"(?i)\b(last|latest|most recent)\b", second) else "min"
    after = f"(SELECT {later}(b.t) FROM b WHERE b.t >= a.t)"
    b_at = after if _AFTER_IT.search(question.strip().rstrip("?.! ")) else \
        f"coalesce({after}, (SELECT max(b.t) FROM b WHERE b.t < a.t))"  # "… after it": none before it counts
    return reading, (f"WITH a AS (SELECT {agg}(t) AS t FROM ({a_rows}) AS x), b AS ({b_rows}) "
                     f"SELECT round(abs(epoch({b_at}) - epoch(a.t)) / {3600 if unit == 'hours' else 60}, 1) "
                     f"AS {unit} FROM a")


def _rows(sql: str) -> str | None:
    """The times of an event's rows (``t``), whatever order or limit its reading gave them; ``None`` when it is
    not rows of one timed relation."""
    tree = single_table(sql)
    if tree is None or [c.sql() for c in tree.expressions] != ["*"] or tree.args.get("group"):
        return None
    column = EVENT_TIME.get(tree.args["from_"].this.name)
    if column is None:
        return None
    tree = tree.copy()
    for arg in ("order", "limit", "offset"):
        tree.set(arg, None)
    tree.set("expressions", [exp.alias_(exp.column(column), "t")])
    return tree.sql(dialect="duckdb")

