"""Questions half written in SQL ("select service, count(*) from change_events where type = 'config_update' group by
service", "select count(*) from alerts where starts_at >= 2025-03-01 group by day") rewritten into the words the
reading knows. The result is read like any other question and passes the same gate: the text is never run as SQL.

>>> import re
>>> text = "select created_by, count(*) from silences group by created_by order by count(*) desc limit 3"
>>> for pattern, replacement in HALF_SQL_RULES:
...     text = re.sub(pattern, replacement, text)
>>> text
'how many silences per created_by, top 3'
>>> text = "select count(*) from alerts where starts_at >= 2025-03-01 group by day"
>>> for pattern, replacement in HALF_SQL_RULES:
...     text = re.sub(pattern, replacement, text)
>>> text
'how many alerts since 2025-03-01 per day'
"""

from __future__ import annotations

__all__ = ["HALF_SQL_RULES"]

_TIME = r"(?:starts_at|timestamp|created_at|opened_at|resolved_at|ends_at|bucket|minute)"
_WHERE = r"(?:\s+where\s+(?P<where>.+?))?"


def _where(m) -> str:
    """The condition as said: a time ("since 2025-03-01") without its "where", any other with it."""
    if not m["where"]:
        return ""
    return f" {m['where']}" if m["where"].startswith(("since ", "before ")) else f" where {m['where']}"


HALF_SQL_RULES = (
    (rf"(?i)\b{_TIME}\s*>=?\s*'?(\d{{4}}-\d{{2}}-\d{{2}}(?:[ t]\d{{1,2}}:\d\d)?)'?", r"since \1"),  # a time column
    (rf"(?i)\b{_TIME}\s*<\s*'?(\d{{4}}-\d{{2}}-\d{{2}}(?:[ t]\d{{1,2}}:\d\d)?)'?", r"before \1"),  # against a date
    (r"(?i)\b(comment|summary|body|name|template|text)\s+i?like\s+'%?([^'%]+)%?'", r"\1 mentions '\2'"),
    (rf"(?i)^\s*select\s+(?P<col>\w+)\s*,\s*count\(\s*\*?\s*\)(?:\s+as\s+\w+)?\s+from\s+(?P<rel>.+?){_WHERE}\s+group\s+"
     rf"by\s+(?P=col)(?:\s+order\s+by\s+(?:count(?:\(\s*\*?\s*\))?|\w+)(?:\s+(?:desc|asc))?)?(?:\s+limit\s+"
     r"(?P<n>\d+))?\s*;?\s*$",
     lambda m: f"how many {m['rel']} per {m['col']}{_where(m)}{', top ' + m['n'] if m['n'] else ''}"),
    (rf"(?i)^\s*select\s+count\(\s*\*?\s*\)(?:\s+as\s+\w+)?\s+from\s+(?P<rel>.+?){_WHERE}(?:\s+group\s+by\s+"
     r"(?P<per>\w+))?\s*;?\s*$", lambda m: f"how many {m['rel']}{_where(m)}{' per ' + m['per'] if m['per'] else ''}"),
    (rf"(?i)^\s*select\s+\*\s+from\s+(?P<rel>.+?){_WHERE}\s*;?\s*$", lambda m: f"{m['rel']}{_where(m)}"),
)
"""(pattern, replacement) pairs, applied in order: the conditions first, then the statement's shape."""
