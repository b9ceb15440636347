"""How long the rows a question names lasted, on average, when it asks so of rows the reading answered whole ("incidents
without a suspect change: average time to resolve in minutes" had come back as the incidents themselves): the mean
(or median) time from start to end of those that ended, in minutes unless the question says hours.

>>> rows_measured("incidents without a suspect: average time to resolve in minutes",
...               "SELECT * FROM alert_groups AS g WHERE NOT EXISTS (SELECT 1 FROM x)")
'SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes FROM (SELECT * FROM alert_groups AS g \
WHERE NOT EXISTS (SELECT 1 FROM x)) AS q WHERE resolved_at IS NOT NULL'
>>> rows_measured("incidents without a suspect", "SELECT * FROM alert_groups AS g")
'SELECT * FROM alert_groups AS g'
>>> rows_measured("mttr of incidents with a suspect change", "SELECT * FROM incident_suspects LIMIT 100")
'SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes FROM (SELECT * FROM alert_groups \
WHERE id IN (SELECT group_id FROM (SELECT * FROM incident_suspects) AS s)) AS q WHERE resolved_at IS NOT NULL'
"""

from __future__ import annotations

from collections.abc import Callable

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_filters import SPANS
from signalcraft.copilot.ask_reading import Refused

__all__ = ["incidents_measured", "measured_of", "rows_measured"]

_MEASURE = (r"\b(average|avg|mean|median)\b (?:time to (?:resolve|recover|close|fix|restore|repair)|(?:resolution|"
            r"resolve|recovery) time|duration|length|lifetime|time (?:they|it) (?:lasted|took)|minutes to resolve)\b|"
            r"\b(mttr)\b")
"""How the mean (or median) time from start to end is asked."""
_ASKED = re.compile(rf"(?i){_MEASURE}")
_MORE = re.compile(r"(?i)\b(?:per|each|every)\b|\bby (?:each|every|service|team|person|people|day|week|month|hour|"
                   r"type|env\w*|severity|name|version)\b|\bhow many\b|\bcount\b")
"""More asked than the mean ("… per service", "…, and how many"): read as before."""
_WHOLE = re.compile(r"^SELECT (?:DISTINCT )?(?:\w+\.)?\* FROM (\w+)\b")
_OF_INCIDENTS = ("incident_suspects", "incident_warnings")
"""Views of incidents beside what they had (a suspect, a warning), which do not say when the incident ended: measured
on the incidents they name."""


_FIRST = re.compile(rf"(?i)^\W*(?:(?:what|how) (?:is|was|'s|were|are) (?:the |our )?)?(?:{_MEASURE})"
                    r"(?:,? in (?:minutes|hours),?)? (?:of|for|across|over) (?:the |all |our |all the )?(?P<rows>.+)$")


def measured_of(question: str) -> str | None:
    """The rows a question that opens with their mean duration measures ("mttr of incidents with a suspect change":
    "incidents with a suspect change"), or ``None``.

    >>> measured_of("avg time to resolve, in minutes, of this quarter's incidents that had a suspect change")
    "this quarter's incidents that had a suspect change"
    >>> measured_of("incidents with a suspect change") is None
    True
    """
    m = _FIRST.match(question.strip())
    return m["rows"].rstrip(" ?.!") if m else None


def incidents_measured(question: str, read: Callable[[str], tuple[object, str]]) -> tuple[object, str] | None:
    """ "mttr of incidents with a suspect change": the incidents a view of what they had names (``read`` gives the
    reading and SQL of the rows' words), measured on their own times; the view does not say when an incident ended
    (its mean had been its count). ``None`` when the question is not so."""
    if (rows := measured_of(question)) is None:
        return None
    if both := _BOTH.search(rows):  # "mttr of incidents with a suspect change vs without": both means side by side
        return _both_sides(question, rows, both, read)
    try:
        reading, raw = read(rows)
    except Refused:
        return None
    whole = _WHOLE.match(raw)
    if whole is None or whole[1] not in _OF_INCIDENTS or (measured := rows_measured(question, raw)) == raw:
        return None  # (not measured: read whole, as before)
    return reading, measured


_BOTH = re.compile(r"(?i)\bwith (?:(?:and|or|vs\.?|versus) without (?P<a>an? [\w -]+?|[\w -]+?)|(?P<b>an? [\w -]+?|"
                   r"[\w -]+?),? (?:(?:vs\.?|versus|compared (?:to|with)) (?:those |the ones |ones )?without"
                   r"(?: (?:one|it|them|any|an?(?: \w+)?))?|(?:and|or) (?:those |the ones |ones )?without"
                   r"(?: (?:one|it|them|any))?))\s*$")  # (not "with a suspect change and without a silence": both)
"""A mean asked of rows with a thing and rows without it, side by side."""


def _both_sides(question: str, rows: str, both: re.Match, read) -> tuple[object, str] | None:
    """Each side read and measured alone, the two means in one row (``None`` when a side is not measured)."""
    what, head = both["a"] or both["b"], question[:len(question) - len(rows)]
    sides = []
    for side in ("with", "without"):
        words = f"{rows[:both.start()]}{side} {what}"
        if (found := incidents_measured(head + words, read)) is None:  # (a view of incidents: their own times)
            try:
                reading, raw = read(words)
            except Refused:
                return None
            found = reading, rows_measured(head + words, raw)
        if not found[1].startswith("SELECT round("):
            return None  # (a side that was not measured: read as before)
        sides.append(found)
    unit = re.search(r" AS (\w+) FROM", sides[0][1])[1]
    return sides[0][0], (f"SELECT ({sides[0][1]}) AS {unit}_with, ({sides[1][1]}) AS {unit}_without")


def rows_measured(question: str, sql: str) -> str:
    """``sql``'s rows' mean (or median) duration when ``question`` asks it of them; ``sql`` otherwise."""
    asked, whole = _ASKED.search(question), _WHOLE.match(sql)
    if asked is None or whole is None or _MORE.search(question):
        return sql
    rows, kind = sql.strip(), whole[1]
    if kind in _OF_INCIDENTS:  # "mttr of incidents with a suspect change": those incidents' own times
        rows, kind = f"SELECT * FROM alert_groups WHERE id IN (SELECT group_id FROM ({_unlimited(rows)}) AS s)", \
            "alert_groups"
    if kind not in SPANS or re.search(r"\b(?:GROUP BY|LIMIT \d{1,4}\b)", rows):
        return sql
    start, end = SPANS[kind]
    how = "median" if (asked[1] or "").lower() == "median" else "avg"
    unit, per = ("hours", 3600) if re.search(r"(?i)\bin hours\b", question) else ("minutes", 60)
    return (f"SELECT round({how}(epoch({end}) - epoch({start})) / {per}, 1) AS {how}_{unit} FROM ({_unlimited(rows)}) "
            f"AS q WHERE {end} IS NOT NULL")


def _unlimited(sql: str) -> str:
    return re.sub(r"(?i)\s+LIMIT \d+$", "", sql)
