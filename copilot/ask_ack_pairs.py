"""Acknowledgements listed beside the alerts they acknowledged: "Which alerts were acknowledged while they were still
firing? The alert name, the service, its start and who acknowledged it." The reading finds the alerts that have such
an ack (or the acks that have such an alert) as rows of one kind with an ``EXISTS`` on the other; a list naming
columns of both is answered by the pairs: the ``EXISTS`` becomes a join on the same condition, one row per alert and
ack, narrowed to the columns in the list's order. Anything else is left as read.

>>> sql = ("SELECT a.* FROM alerts AS a WHERE a.service = 'x' AND EXISTS(SELECT 1 FROM audit_log AS k WHERE "
...        "k.action = 'ack' AND k.timestamp >= a.starts_at)")
>>> ack_pairs("which x alerts were acked while firing? alert name, its start, who acknowledged it and when", sql)
"SELECT a.name, a.starts_at, k.actor, k.timestamp FROM alerts AS a JOIN audit_log AS k ON k.action = 'ack' AND \
k.timestamp >= a.starts_at WHERE a.service = 'x'"
>>> ack_pairs("which x alerts were acked while firing?", sql) == sql
True
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from signalcraft.copilot import ask_re as re

__all__ = ["ack_pairs"]

_ALERT = {"name": re.compile(r"(?:the )?(?:alert ?name|alertname|name|alert(?: (?:it|they) acknowledged)?|"
                             r"acknowledged alert)"),
          "service": re.compile(r"(?:the )?(?:alert'?s? )?(?:service|svc)"),
          "starts_at": re.compile(r"(?:its|the|the alert'?s?) (?:start|start time)|start(?: time)?|"
                                  r"when (?:it|the alert|that alert) (?:started|began|fired)|alert start(?: time)?")}
_ACK = {"actor": re.compile(r"(?:the )?(?:person|people|who|acker)|who (?:acked|acknowledged|ack)(?: it| them)?|"
                            r"(?:the )?person who acknowledged it"),
        "timestamp": re.compile(r"when(?: (?:it|they) (?:was|were) (?:acked|acknowledged))?|when acknowledged|"
                                r"(?:the )?ack(?:nowledge?ment)? time|when (?:it was|they were) acked")}
_LIST = re.compile(r"(?i)(?:[:?]|\.(?=\s))\s*(?:(?:please|kindly) )?(?:(?:give|show|list)(?: me)? )?([^:?]+?)[.!?\s]*$")


def _columns(question: str, alerts: str, audit: str) -> list[str] | None:
    m = _LIST.search(question.strip())
    if m is None:
        return None
    out, sides = [], set()
    for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", m[1].lower()):
        part = part.strip(" .")
        for alias, table in ((alerts, _ALERT), (audit, _ACK)):
            column = next((c for c, pattern in table.items() if pattern.fullmatch(part)), None)
            if column is not None:
                out.append(f"{alias}.{column}")
                sides.add(alias)
                break
        else:
            return None
    return out if len(sides) == 2 else None


def ack_pairs(question: str, sql: str) -> str:
    """``sql`` (one kind's rows with an ``EXISTS`` on the other: alerts and acks) as the pairs with the columns the
    question's list names, when it names columns of both; ``sql`` as it is otherwise."""
    if "audit_log" not in sql or "alerts" not in sql or "EXISTS" not in sql.upper():
        return sql
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except SqlglotError:
        return sql
    outer = tree.args.get("from_")
    where = tree.args.get("where")
    if not isinstance(tree, exp.Select) or outer is None or where is None or tree.args.get("joins") or \
            tree.args.get("group") or not isinstance(outer.this, exp.Table):
        return sql
    conjuncts = list(where.this.flatten()) if isinstance(where.this, exp.And) else [where.this]
    found = [c for c in conjuncts if isinstance(c, exp.Exists)]
    if len(found) != 1 or not isinstance(inner := found[0].this, exp.Select) or inner.args.get("where") is None or \
            not isinstance(inner.args["from_"].this, exp.Table):
        return sql
    near = inner.args["from_"].this
    tables = {outer.this.name: outer.this.alias_or_name, near.name: near.alias_or_name}
    if set(tables) != {"alerts", "audit_log"} or (columns := _columns(question, tables["alerts"],
                                                                         tables["audit_log"])) is None:
        return sql
    rest = [c for c in conjuncts if c is not found[0]]
    paired = exp.select(*columns, dialect="duckdb").from_(outer.this.copy()).join(
        inner.args["from_"].this.copy(), on=inner.args["where"].this.copy())
    if rest:
        paired = paired.where(exp.and_(*[c.copy() for c in rest]))
    if tree.args.get("limit"):
        paired.set("limit", tree.args["limit"].copy())
    return paired.sql(dialect="duckdb")
