"""SQL literals written from what a question names: a quoted string, a UTC timestamp, a column equal to one of
some values.

>>> in_list("service", ["a", "b", "a"]), lit("it's")
("service IN ('a', 'b')", "'it''s'")
"""

from __future__ import annotations

from datetime import datetime

__all__ = ["in_list", "lit", "ts"]


def lit(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def ts(moment: datetime) -> str:
    return f"TIMESTAMPTZ '{moment.strftime('%Y-%m-%d %H:%M:%S')}+00'"


def in_list(column: str, values: list[str]) -> str:
    """``column = 'v'`` for one value, ``column IN (...)`` for several (each once)."""
    values = list(dict.fromkeys(values))
    if len(values) == 1:
        return f"{column} = {lit(values[0])}"
    return f"{column} IN ({', '.join(lit(v) for v in values)})"
