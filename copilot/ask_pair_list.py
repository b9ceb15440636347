"""A list of columns of two related kinds ("...: deploy service, version, alert name, alert start time", "silence
id, its author, the alert name and when the alert started"): each item placed on its side of the join, so the rows
are the pairs with the columns asked, not the first kind's whole rows.

>>> pair_columns("deploys followed by an alert: deploy service, deploy time, alert name", {"changes": "c",
...                                                                                    "alerts": "a"}, both=True)
['c.service', 'c.timestamp', 'a.name']
>>> paired("deploys then alerts: deploy service, alert name",
...        "SELECT DISTINCT c.* FROM change_events AS c JOIN alerts AS a ON c.service = a.service")
'SELECT c.service, a.name FROM change_events AS c JOIN alerts AS a ON c.service = a.service'
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_columns import COLUMNS, KIND
from signalcraft.copilot.ask_items import ITEMS

__all__ = ["pair_columns", "paired"]

_PAIR_KINDS = {"deploy": "changes", "deployment": "changes", "change": "changes", "rollback": "changes",
               "release": "changes", "alert": "alerts", "incident": "incidents", "silence": "silences",
               "flag": "changes", "dpl": "changes", "sil": "silences", "inc": "incidents"}


_PAIR_WHEN = re.compile(r"when (?:the |its |their )?(deploy|deployment|change|rollback|release|alert|incident|"
                        r"silence)s? "
                        r"(?:started|began|fired|opened|went live|went out|was created|were created|was made|landed)")


_OF_SIDE = re.compile(r"(.+?) of (?:the |its |their |that |each )?(deploy|deployment|change|rollback|release|alert|"
                      r"incident|silence)s?")
"""An item said with its side after it ("the alert name of the incident")."""
_DEPLOYER = re.compile(r"who (?:deployed|shipped|pushed|released|rolled (?:it )?back|made the (?:deploy|change))"
                       r"(?: (?:it|them))?|(?:the )?deployer")


def pair_columns(question: str, sides: dict[str, str], both: bool = False) -> list[str] | None:
    """The columns of a list naming each side's attribute ("deploy service, deploy time, alert name, alert start"),
    as ``alias.column`` of ``sides`` (kind -> alias); ``None`` when an item names no side or no column of it. An
    item without its side ("deploy service, version", "silence id, its author") is of the side named before it, and
    "when the alert started" of the side it names; ``both``: ``None`` unless the list names both sides."""
    m = re.search(r"(?:[:?]|\.(?=\s))\s*(?:(?:kindly|please) )?(?:(?:i|we) (?:need|want)|give me|show me|give|share|"
                  r"provide|list)?\s*([^:?]+)$",
                  question.strip().rstrip(".?! "), re.IGNORECASE)
    if m is None:
        return None
    out, kinds, kind = [], set(), None
    first = next(iter(sides), None)
    for part in re.split(r"(?i),\s*(?:and\s+)?|\s+and\s+", m[1].lower()):
        part = re.sub(r"^(?:just|only) |\s+(?:only|please|pls|too)$", "", part.strip(" .")).removeprefix("the ")  # "…
        # and the alert start time only"
        if said := _PAIR_WHEN.fullmatch(part):
            kind, what = _PAIR_KINDS.get(said[1]), "when"
        elif _DEPLOYER.fullmatch(part):  # "who deployed": the change's author
            kind, what = "changes", "who"
        elif (of := _OF_SIDE.fullmatch(part)) and _PAIR_KINDS.get(of[2]) in sides:  # "the alert name of the
            kind = _PAIR_KINDS[of[2]]  # incident": that side's name
            text = re.sub(r"^(?:deploy|deployment|change|alert|incident|silence)'?s? ", "", of[1])
            what = next((w for w, pattern in ITEMS if re.fullmatch(pattern, text)), None)
        else:
            words = part.split(" ", 1)
            named = _PAIR_KINDS.get(words[0].rstrip("s").removesuffix("'"))
            if named == "alerts" and "alerts" not in sides and "incidents" in sides:
                named = "incidents"  # "alert name" beside a deploy's: the incident's alert name
            if named is not None and len(words) == 2:
                kind, text = named, words[1]
            elif named is None and (kind or first) is not None:  # "version", "its author", "when it opened": of the
                kind = kind or first  # side named before it, or of the rows asked for when none was named yet
                text = re.sub(r"^(?:its|their) ", "", part)
            else:
                return None
            what = next((w for w, pattern in ITEMS if re.fullmatch(pattern, text)), None)
            if text in ("time", "start", "timestamp", "start time"):
                what = "when"
        if kind not in sides:
            return None
        column = COLUMNS.get(kind, {}).get(what or "")
        if column is None or not (column.isidentifier() or column.startswith(("coalesce(", "group_labels["))):
            return None
        kinds.add(kind)
        alias = sides[kind]
        out.append(f"{alias}.{column}" if column.isidentifier() else
                   column.replace("details[", f"{alias}.details[").replace(", version)", f", {alias}.version)")
                   .replace("group_labels[", f"{alias}.group_labels["))
    return out if out and (not both or len(kinds) == 2) else None


def paired(question: str, sql: str) -> str:
    """``sql``, the whole rows of the first of two joined kinds, narrowed to the columns of both that the question's
    list names (:func:`pair_columns`); ``sql`` as it is when it is another shape or the list does not name both."""
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except SqlglotError:
        return sql
    joins = tree.args.get("joins") or []
    if not isinstance(tree, exp.Select) or len(joins) != 1 or len(tree.expressions) != 1 or \
            not isinstance(tree.expressions[0], exp.Column) or not isinstance(tree.expressions[0].this, exp.Star) or \
            tree.args.get("group"):
        return sql
    tables = [tree.args["from_"].this, joins[0].this]
    if not all(isinstance(t, exp.Table) for t in tables):
        return sql
    sides = {KIND.get(t.name): t.alias_or_name for t in tables}
    if None in sides or len(sides) != 2 or (columns := pair_columns(question, sides, both=True)) is None:
        return sql
    tree = tree.select(*columns, append=False, dialect="duckdb")
    tree.set("distinct", None)
    return tree.sql(dialect="duckdb")
