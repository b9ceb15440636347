"""A second measure asked beside the one a question reads, put on its answer: the count of the rows beside a total or
mean asked of them ("how many silences this quarter, and their total planned hours", "per author: number of silences
and total silenced hours"), the number of different services beside each thing's count ("top 3 alert names by number
of alerts, with how many distinct services each one fired on"). Each had been dropped.
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_both import conjuncts

__all__ = ["count_beside", "distinct_beside"]


_COUNT_BESIDE = re.compile(r"(?i)\b(?:(?:the )?(?:number|count|#) of (?P<what>[a-z-]+s)|(?:each one's|their|its) count)"
                           r"\b,? (?:and|&|\+|plus) (?:the |their |its |each one's )?(?:total|sum|overall|average|avg|"
                           r"mean)\b|\bhow many (?P<many>[a-z-]+s)\b[^?;]*?,? (?:and|&|\+|plus) "
                           r"(?:what (?:was|is|were) )?(?:the |their |its )?(?:total|sum|overall|combined|average|avg|"
                           r"mean)\b|\bhow many (?P<then>[a-z-]+s)\b[^?;]*?,? (?:and|&|\+|plus) how many (?:hours|"
                           r"minutes|days)\b(?![^?;]*\b(?:each|every|per)\b)")
_COUNTED = {"alerts": ("alerts",), "incidents": ("alert_groups",), "outages": ("alert_groups",),
            "silences": ("silences", "silence_scopes"), "snoozes": ("silences", "silence_scopes", "audit_log"),
            "acks": ("audit_log",),
            "deploys": ("change_events",), "deployments": ("change_events",), "changes": ("change_events",),
            "rollbacks": ("change_events",), "releases": ("change_events",), "warnings": ("warnings",),
            "lines": ("log_events",), "logs": ("log_events",), "errors": ("log_events",)}
"""The relations a counted noun's rows are read from."""


def _not_null(node: exp.Expression) -> bool:
    """``x IS NOT NULL`` (``NOT x IS NULL``), which aggregates of ``x`` need not say."""
    return isinstance(node, exp.Not) and isinstance(node.this, exp.Is) and isinstance(node.this.expression, exp.Null)


_BY_COUNT = re.compile(r"(?i)\bby (?:the )?(?:number|count) of\b|\bby how many\b")


def count_beside(question: str, sql: str) -> str:
    """ "Per author: number of silences and total silenced hours", "top 2 silence authors by number of silences, with
    each one's count and total scheduled hours": the count of the rows beside the total asked of them per thing (the
    count had been dropped), ranked by the count when that is what the question ranks by."""
    m = _COUNT_BESIDE.search(question)
    try:
        tree = sqlglot.parse_one(sql, read="duckdb") if m else None
    except SqlglotError:
        return sql
    grouped = isinstance(tree, exp.Select) and bool(tree.args.get("group"))
    if not isinstance(tree, exp.Select) or len(tree.expressions) != 1 + grouped or tree.find(exp.Count) or \
            not isinstance(tree.expressions[-1], exp.Alias) or not tree.expressions[-1].find(exp.Sum, exp.Avg):
        return sql  # "how many silences this quarter, and their total planned hours": one count beside the total
    ranked = re.search(r"(?i)\bby (?:the )?(?:number|count) of ([a-z-]+s)\b", question)
    noun = (m["what"] or m["many"] or m["then"] or (ranked[1] if ranked else "")).lower()  # "how many silences …,
    # and how many hours were they in place in total"
    source = tree.args.get("from_")
    if noun and (not isinstance(source.this, exp.Table) or source.this.name not in _COUNTED.get(noun, ())):
        return sql  # "how many alerts, and the average number of alerts per incident": not the incidents counted
    name = re.sub(r"\W", "_", noun or "count")
    tree = tree.copy()
    tree.set("expressions", [*tree.expressions[:-1], exp.alias_(exp.Count(this=exp.Star()), name),
                             tree.expressions[-1]])
    kept = [c for c in conjuncts(tree.args.get("where")) if not _not_null(c)]  # the rows a sum or mean
    tree.set("where", exp.Where(this=exp.and_(*kept)) if kept else None)  # leaves out (no end yet) are counted
    if _BY_COUNT.search(question) and tree.args.get("order"):
        key = tree.expressions[0].alias_or_name
        tree.set("order", exp.Order(expressions=[exp.Ordered(this=exp.column(name), desc=True),
                                                 exp.Ordered(this=exp.column(key))]))
    return tree.sql(dialect="duckdb")


_DISTINCT_BESIDE = re.compile(r"(?i)(?:\bwith|\band|\bplus|,)\s+(?:the number of |how many |the count of )?"
                              r"(?:distinct |different |unique )?(services|projects)\b"
                              r"(?= (?:each|each one|it|they|every one)\b|\s*(?:each|per \w+)?\s*[.?!]?\s*$)")
_HAS_SCOPE = ("alerts", "alert_groups", "change_events", "log_events", "silences", "silence_scopes")


def distinct_beside(question: str, sql: str) -> str:
    """ "Top 3 alert names by number of alerts, with how many distinct services each one fired on": the number of
    different services beside each thing's count (had been dropped)."""
    m = _DISTINCT_BESIDE.search(question)
    try:
        tree = sqlglot.parse_one(sql, read="duckdb") if m else None
    except SqlglotError:
        return sql
    source = tree.args.get("from_") if isinstance(tree, exp.Select) else None
    if source is None or not isinstance(source.this, exp.Table) or source.this.name not in _HAS_SCOPE or \
            tree.args.get("joins") or not tree.args.get("group") or len(tree.expressions) != 2 or \
            not isinstance(tree.expressions[1], exp.Alias) or not isinstance(tree.expressions[1].this, exp.Count) or \
            tree.expressions[1].this.args.get("distinct"):
        return sql
    column = m[1].lower().rstrip("s")
    if tree.expressions[0].alias_or_name == column:
        return sql  # per service already
    tree = tree.copy()
    tree.set("expressions", [*tree.expressions, exp.alias_(
        exp.Count(this=exp.Distinct(expressions=[exp.column(column)])), m[1].lower())])
    return tree.sql(dialect="duckdb")
