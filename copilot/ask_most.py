"""The value with the most (or fewest) rows of a narrowed kind: "which alert name has the most incidents with no
suspect change", "which service had the fewest deploys that were followed by an alert".

The part after "the most" is read as its own question ("incidents with no suspect change"); when it reads as rows
of one kind, they are counted per the value the question names (an incident's alert name, a change's person, ...),
most first, ties by the value. Only a part that says more than its kind is read so: "which service has the most
alerts" is the common breakdown's.

>>> split_most("which alert name has the most incidents with no suspect change?")
('name', 'DESC', 1, 'incidents with no suspect change')
>>> split_most("top 3 services by deploys that were followed by an alert")
('service', 'DESC', 3, 'deploys that were followed by an alert')
>>> split_most("Return the single service with the most alerts that started after a deploy, with that count.")
('service', 'DESC', 1, 'alerts that started after a deploy')
>>> split_most("which service has the most alerts") is None
True
"""

from __future__ import annotations

from collections.abc import Callable

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_reading import Refused
from signalcraft.copilot.ask_words import NUMBER_WORDS

__all__ = ["most_of", "split_most"]

_DIM = {"alert name": "name", "alert names": "name", "alertname": "name", "alertnames": "name", "alert": "name",
        "alerts": "name", "service": "service", "services": "service", "project": "project", "projects": "project",
        "environment": "environment", "environments": "environment", "env": "environment", "envs": "environment",
        "person": "person", "people": "person", "engineer": "person", "engineers": "person", "team": "team",
        "teams": "team"}
_KINDS = r"(?:incidents?|outages?|alert groups?|alerts?|deploys?|deployments?|rollbacks?|changes?|silences?)"
_DIMS = "|".join(sorted(_DIM, key=len, reverse=True))
_WHICH = re.compile(rf"^(?:please )?(?:which|what|(?:(?:return|give|show|name|find|get|tell)(?: me| us)? )?the"
                    rf"(?: single| sole| one)?) (?:(?P<n>\d{{1,2}}|two|three|four|five|ten) )?(?:(?P<scope>[\w-]+) )?"
                    rf"(?P<dim>{_DIMS}) (?:has|had|have|got|"
                    rf"gets|saw|sees|with|has had|did) (?:the )?(?P<most>most|fewest|least|highest number of|lowest "
                    rf"number of) (?P<rest>{_KINDS}\b.+)$", re.IGNORECASE)
_TOP = re.compile(rf"^(?P<dir>top|bottom) (?P<n>\d+) (?:(?P<scope>[\w-]+) )?(?P<dim>{_DIMS}) by "
                  rf"(?:(?:the )?number of )?(?P<rest>{_KINDS}\b.+)$", re.IGNORECASE)
_COUNT_TOO = re.compile(r",? (?:with|and) (?:that|its|the|their) (?:count|number|tally)$|[.,;]? (?:for each,? )?(?:the "
                        r"|its )?[\w ]{0,20}? and (?:the )?(?:number|count) of (?:such|those|these|them)(?: \w+)?$",
                        re.IGNORECASE)
"""The count asked for beside the value ("…, with that count"): the answer has it."""
_MORE = re.compile(r"\b(with|without|that|which|who|having|after|before|during|while|within|followed|preceded)\b",
                   re.IGNORECASE)
"""Words that say more of the rows than their kind: the part is a question of its own."""
_COLUMN = {
    "alert_groups": {"name": "group_labels['alertname']", "service": "service", "project": "project",
                     "environment": "environment", "team": "group_labels['team']"},
    "incident_suspects": {"name": "group_labels['alertname']", "service": "service", "project": "project",
                          "environment": "environment", "person": "change_actor"},
    "alerts": {"name": "name", "service": "service", "project": "project", "environment": "environment_canonical",
               "team": "labels['team']"},
    "change_events": {"service": "service", "project": "project", "environment": "environment", "person": "actor"},
    "silence_scopes": {"service": "service", "project": "project", "environment": "environment_canonical",
                       "person": "created_by"},
}
_NAMES = {"alert_groups": "incidents", "incident_suspects": "incidents", "alerts": "alerts",
          "change_events": "changes", "silence_scopes": "silences"}


def _rows_of_one_kind(sql: str) -> exp.Select | None:
    """``sql`` parsed when it selects whole rows of the table it reads first (``*``, or ``c.*`` beside a join)."""
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except SqlglotError:
        return None
    if not isinstance(tree, exp.Select) or tree.args.get("group") or len(tree.expressions) != 1 or \
            not isinstance(tree.args.get("from_"), exp.From) or not isinstance(tree.args["from_"].this, exp.Table):
        return None
    shown, table = tree.expressions[0], tree.args["from_"].this
    if isinstance(shown, exp.Star) and not tree.args.get("joins"):
        return tree
    if isinstance(shown, exp.Column) and isinstance(shown.this, exp.Star) and shown.table == (table.alias or
                                                                                              table.name):
        return tree
    return None


_MOST_OFTEN = re.compile(
    r"(?i)\b(?:(?:which|what) (?:(\w+) )?(?:people|persons|engineers|users|devs|developers)(?:'s?|\u2019s?)|(whose)) "
    r"((?:flag |config )?(?:changes?|deploys?|deployments?|rollbacks?|releases?)) (?:were|was|got) (?:the )?(?:most "
    r"often|most frequently|most) (followed by|caused|triggered)\b")
"""The people ranked by their changes that something followed ("which two people's changes were most often followed
by an alert"): read as "which two people had the most changes followed by an alert" (had been the changes, ranked
by their alerts)."""


def _most_often(m: re.Match) -> str:
    return f"which {m[1] + ' people' if m[1] else 'people' if not m[2] else 'person'} had the most {m[3]} {m[4]}"


def split_most(question: str) -> tuple[str, str, int, str] | None:
    """(the value counted by, the order, how many, the rows' own question), or ``None``."""
    text = _COUNT_TOO.sub("", _MOST_OFTEN.sub(_most_often, question.strip().rstrip("?.! ")))
    if m := _WHICH.match(text):
        order = "ASC" if m["most"].lower() in ("fewest", "least", "lowest number of") else "DESC"
        n = 1 if m["n"] is None else int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"].lower()]  # "which
        # two ..."
    elif m := _TOP.match(text):
        order, n = ("ASC" if m["dir"].lower() == "bottom" else "DESC"), int(m["n"])
    else:
        return None
    if not _MORE.search(m["rest"]):
        return None
    scope = m["scope"]  # "top 2 staging services by alerts that ...": the staging alerts that ...
    if scope and (scope.lower() in _DIM or scope.lower() in ("of", "the", "most", "by")):
        return None
    return _DIM[m["dim"].lower()], order, n, f"{scope} {m['rest']}" if scope else m["rest"]


def most_of(question: str, answer: Callable[[str], tuple[object, str]]) -> tuple[object, str] | None:
    """The counts per value of the rows the question narrows, first N; ``None`` when it does not read so."""
    parts = split_most(question)
    if parts is None:
        return None
    dim, order, n, rest = parts
    try:
        reading, sql = answer(rest)
    except Refused:
        return None
    tree = _rows_of_one_kind(sql)
    if tree is None:
        return None
    relation = tree.args["from_"].this.name
    column = _COLUMN.get(relation, {}).get(dim)
    if column is None:
        return None
    rows = tree.copy()
    rows.set("limit", None)
    name, key = _NAMES[relation], "alertname" if dim == "name" else dim
    return reading, (f"SELECT {column} AS {key}, count(*) AS {name} FROM ({rows.sql(dialect='duckdb')}) AS q "
                     f"WHERE {column} IS NOT NULL GROUP BY {column} ORDER BY {name} {order}, {column} LIMIT {n}")
    # (by the column: its name as the value's may be another column of the rows, "environment" of the alerts)
