"""An aggregate of a metric's samples ("max of hikaricp_connections_pending today", "the latest p99"), per
metric or per value of one of its labels ("which service hit the highest p99"), and of the warnings' sigma ("max
sigma of warnings today"). One of the answers with a shape of their own (:mod:`.ask_special`).
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_number import number
from signalcraft.copilot.ask_reading import Reading
from signalcraft.copilot.ask_sql import COLUMNS, DIMENSIONS, Select

__all__ = ["metric_value"]


def metric_value(r: Reading, rel: str, q: Select) -> str | None:
    """ "max of hikaricp_connections_pending today", "latest value of …": an aggregate of the samples;
    "max sigma of warnings today": of the warnings' sigma."""
    if rel == "warnings" and not r.phrase(r"^(?:\w+ ){0,3}\d+ ") and (m := r.phrase(
            r"(?<!with the )(?<!have the )(?<!has the )(?<!had the )\b(avg|average|mean|max|maximum|highest|min|"
            r"minimum|lowest|median) (?:of (?:the )?)?sigma\b")):  # not "the warning with the highest", "the 3 ..."
        agg = {"average": "avg", "mean": "avg", "maximum": "max", "highest": "max", "minimum": "min",
               "lowest": "min"}.get(m[1], m[1])
        value = f"round({agg}(sigma), 1)" if agg in ("avg", "median") else f"{agg}(sigma)"  # averages: one decimal
        q.columns = [f"{value} AS {agg}_sigma"]
        if by := r.phrase(r"\b(?:per|by|each|every) (service|svc|project|environment|env|metric)\b"):
            dim = {"svc": "service", "env": "environment"}.get(by[1], by[1])
            column = "metric_key" if dim == "metric" else COLUMNS["warnings"][dim]  # "highest sigma per service"
            q.columns.insert(0, f"{column} AS {dim}")
            q.group = [column]
        return q.sql()
    if rel != "metric_points":
        return None
    m = re.search(r"\b(avg|average|mean|max|maximum|peak|highest|min|minimum|lowest|sum|total|median)\b",
                  " ".join(r.words))
    if m is None:
        return None
    agg = {"average": "avg", "mean": "avg", "maximum": "max", "peak": "max", "highest": "max", "minimum": "min",
           "lowest": "min", "total": "sum"}.get(m[1], m[1])
    value = f"round({agg}(value), 1)" if agg in ("avg", "median") else f"{agg}(value)"  # averages: one decimal
    one_metric = len({w for w in q.where if w.startswith("name ")}) == 1 and "name IN" not in " ".join(q.where)
    if one_metric and (label := _metric_label(r)):
        return _metric_per_label(r, q, label, value, agg)
    if one_metric and not r.phrase(r"\b(per|by|each|every) (metric|name|series)\b"):
        q.columns = [f"{value} AS {agg}"]  # "peak hikaricp_connections_pending value": of the one metric named
        return q.sql()
    q.columns = ["name", f"{value} AS {agg}"]
    q.group = ["name"]
    return q.sql()


_LABEL_WORDS = "service|svc|project|environment|env|cluster|namespace|pool|queue|instance|pod|node|job"
_LABEL = rf"({_LABEL_WORDS})s?"


def _metric_label(r: Reading) -> str | None:
    """The label a metric's aggregate is broken down by: "max p99 per service", "which service hit the highest p99"."""
    m = r.phrase(rf"\b(?:per|by|each|every|for each|for every|across) {_LABEL}\b") or \
        r.phrase(rf"^(?:which|what|the) (?:\d+ |one |two |three |five )?{_LABEL}\b")
    return DIMENSIONS.get(m[1], m[1]) if m else None  # "svc", "env": their dimensions' names


def _metric_per_label(r: Reading, q: Select, label: str, value: str, agg: str) -> str:
    """One metric's aggregate per value of a label; "which service had the highest …" is the first of them."""
    column = f"labels['{label}']"
    q.columns, q.group = [f"{column} AS {label}", f"{value} AS {agg}"], [column]
    if r.phrase(r"^(?:which|what|the) ") and not r.phrase(r"\b(?:per|by|each|every|across)\b"):
        low = r.phrase(r"\b(lowest|min|minimum|smallest|least)\b") is not None
        q.order = [f"{agg} {'ASC' if low else 'DESC'}", column]  # the service first in that aggregate
        q.limit = number(r, None if r.phrase(rf"^(?:which|what) (?:{_LABEL_WORDS})s\b") else 1)
    else:
        q.order = [column]
    q.where.append(f"{column} IS NOT NULL")
    return q.sql()
