"""How long the rows a question names lasted, on average, when it asks so of rows the reading answered whole ("incidents
without a suspect change: average time to resolve in minutes" had come back as the incidents themselves): the mean
(or median) time from start to end of those that ended, in minutes unless the question says hours.

>>> rows_measured("incidents without a suspect: average time to resolve in minutes",
...               "SELECT * FROM alert_groups AS g WHERE NOT EXISTS (SELECT 1 FROM x)")
'SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes FROM (SELECT * FROM alert_groups AS g \
WHERE NOT EXISTS (SELECT 1 FROM x)) AS q WHERE resolved_at IS NOT NULL'
>>> rows_measured("incidents without a suspect", "SELECT * FROM alert_groups AS g")
'SELECT * FROM alert_groups AS g'
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_filters import SPANS

__all__ = ["rows_measured"]

_ASKED = re.compile(r"(?i)\b(average|avg|mean|median)\b (?:time to (?:resolve|recover|close|fix)|(?:resolution|"
                    r"resolve|recovery) time|duration|length|lifetime|time (?:they|it) (?:lasted|took)|minutes to "
                    r"resolve)\b")
_WHOLE = re.compile(r"^SELECT (?:DISTINCT )?(?:\w+\.)?\* FROM (\w+)\b")


def rows_measured(question: str, sql: str) -> str:
    """``sql``'s rows' mean (or median) duration when ``question`` asks it of them; ``sql`` otherwise."""
    asked, whole = _ASKED.search(question), _WHOLE.match(sql)
    if asked is None or whole is None or whole[1] not in SPANS or re.search(r"\b(?:GROUP BY|LIMIT \d{1,4}\b)", sql) \
            or re.search(r"(?i)\b(?:per|by|each|every)\b|\bhow many\b|\bcount\b", question):
        return sql  # ("… per service", "…, and how many": more than the mean; read as before)
    start, end = SPANS[whole[1]]
    how = "median" if asked[1].lower() == "median" else "avg"
    unit, per = ("hours", 3600) if re.search(r"(?i)\bin hours\b", question) else ("minutes", 60)
    sql = re.sub(r"(?i)\s+LIMIT \d+$", "", sql.strip())
    return (f"SELECT round({how}(epoch({end}) - epoch({start})) / {per}, 1) AS {how}_{unit} FROM ({sql}) AS q "
            f"WHERE {end} IS NOT NULL")
