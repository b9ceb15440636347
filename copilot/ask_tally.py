"""Counts over a relation in time: things ranked by what they met, a count per thing, and things whose count
of what they met passes a bound ("deploys followed by at least 2 alerts within 30 minutes").

:mod:`.ask_relate` reads which two kinds a question relates and how; this module shapes the answer when the
question counts what was met.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlglot
from sqlglot import exp

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_columns import listed
from signalcraft.copilot.ask_kinds import WORDS, mentions
from signalcraft.copilot.ask_number import number
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_sql import Select

if TYPE_CHECKING:
    from signalcraft.copilot.ask_relate import Side

__all__ = ["DIM", "EACH", "EACH_DID", "KEY", "averaged_count", "bounded", "column_asked", "count_per", "mean_of",
           "members", "per_each", "projection", "ranked", "share_of_met"]

KEY = {"alerts": "(a.fingerprint, a.starts_at)", "changes": "c.id", "incidents": "g.id", "silences": "s.silence_id",
       "logs": "l.id", "warnings": "w.id"}
"""What tells one thing of each kind from another."""
EACH = {"changes": ["c.id", "c.service", "c.environment", "c.timestamp"],
        "incidents": ["g.id", "g.service", "g.opened_at"], "alerts": ["a.fingerprint", "a.starts_at", "a.service"],
        "silences": ["s.silence_id"], "warnings": ["w.id", "w.labels['service']", "w.starts_at"],
        "logs": ["l.id", "l.service", "l.timestamp"]}
"""What one row of a count per thing shows of the thing: its identity, service and time (a silence: its id, which
names it in Alertmanager)."""
DIM = {kind: {"service": f"{alias}.service", "svc": f"{alias}.service", "project": f"{alias}.project",
              **dict.fromkeys(("environment", "env"), f"{alias}.environment{canonical}")}
       for kind, alias, canonical in (("changes", "c", ""), ("incidents", "g", ""), ("alerts", "a", "_canonical"),
                                      ("silences", "s", "_canonical"), ("logs", "l", ""))}
DIM["warnings"] = {"service": "w.labels['service']", "svc": "w.labels['service']", "project": "w.labels['project']",
                   **dict.fromkeys(("environment", "env"), "w.labels['environment']")}
"""The column a count per service, project or environment groups each kind by."""

EACH_DID = r"^for (each|every) \w+\b.*\b(did|was there|were there|is there|has there been) (an?|any|some)\b"
"""A true or false asked of each thing: "for each deploy, did an alert follow"."""
_PERSON = {"changes": "c.actor", "silences": "s.created_by"}
"""Who made each kind of thing a ranking of people counts."""
_OPS = {"more than": ">", "over": ">", "above": ">", "at least": ">=", "fewer than": "<", "less than": "<",
        "under": "<", "at most": "<=", "exactly": "="}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "a": 1, "an": 1, "a single": 1}
_BOUND = r"\b(" + "|".join(_OPS) + r") (\d+|" + "|".join(_NUMBERS) + \
    r")(?: (?:different|distinct|separate|other))? (\S+)"


def bounded(r: Reading, ret: str, other: str, x: Side, y: Side, met: list[str], where: list[str]) -> str | None:
    """The things of ``ret`` whose count of the ``other`` kind they met (``met``: the join's conditions) passes
    the question's bound: "deploys followed by at least 2 alerts within 30 minutes", "incidents with fewer than
    two deploys before them" (none met counts as 0); "how many ...": their number."""
    m = next((m for m in re.finditer(_BOUND, " ".join(r.words)) if m[3] in WORDS.get(other, ())), None)
    if m is None:
        return None
    n = int(m[2]) if m[2].isdigit() else _NUMBERS[m[2]]
    count = f"(SELECT count(DISTINCT {KEY[other]}) FROM {y.relation} {y.alias} WHERE {' AND '.join(met)})"
    where = [*where, f"{count} {_OPS[m[1]]} {n}"]
    if r.phrase(r"\b(how many|count|number of)\b"):
        return Select(f"{x.relation} {x.alias}", columns=["count(*)"], where=where).sql()
    columns = projection(r, ret, x.alias)
    return Select(f"{x.relation} {x.alias}", columns=columns, where=where, distinct=columns != [f"{x.alias}.*"]).sql()


def ranked(r: Reading, ret: str, other: str, source: str, where: list[str]) -> str | None:
    """Things ranked by what they met: "which deploy had the most alerts after it" (alerts counted per deploy),
    "which service had the most incidents after a deploy" (incidents counted per service); an average over the
    things met is left to the mean of the count per thing when it is one (:func:`averaged_count`), else refused
    rather than listed."""
    if r.phrase(_AVERAGE):
        if averaged_count(r):
            return None  # "on average, how many alerts in the 15 min after each deploy": the count per thing's mean
        raise Refused("not_about_this_data", "an average over things related in time is not read yet; ask for the "
                                             "count per thing (\"for each deploy, how many alerts after it\")")
    m = r.phrase(r"\b(most(?! recent)|fewest|(?<!\bat )least)\b(?<!\bat most)")
    if ret in _PERSON and (m or r.phrase(r"^(?:the )?top\b")) and r.phrase(
            r"^(?:(?:the )?top (?:\d+|\w+) |(?:which|what) (?:\d+|\w+ )?)?(?:deployers|people|persons|actors|"
            r"engineers|authors|users|humans|who)\b"):  # "which two persons made the most changes while …"
        shown = [_PERSON[ret]]  # "top 3 deployers by deploys followed by an alert": people by their things met
        return Select(source, columns=[*shown, f"count(DISTINCT {KEY[ret]}) AS {ret}"], where=where, group=shown,
                      order=[f"{ret} {'ASC' if m and m[1] != 'most' else 'DESC'}", *shown],
                      limit=number(r, 1 if r.phrase(r"^who\b") else 5)).sql()
    dim = r.phrase(r"^(?:which|what) (?:[\w-]+ )?(service|svc|project|environment|env)s?\b")  # "which identity
    # service had the most alerts within an hour after a change"
    if m is None or (ret not in EACH and not (dim and ret in DIM and ret in KEY)):
        return None
    if dim:
        shown, key = [DIM[ret][dim[1]]], KEY[ret]
    else:
        shown, key = EACH[ret], KEY[other]
    counted = (ret if dim else other)
    plural = r.phrase(r"^(?:which|what|the) \w+s\b")
    return Select(source, columns=[*shown, f"count(DISTINCT {key}) AS {counted}"],
                  where=where, group=shown, order=[f"{counted} {'DESC' if m[1] == 'most' else 'ASC'}", *shown],
                  limit=number(r, 5 if plural else 1)).sql()


_AVERAGE = r"\b(average|avg|mean|median)\b"
_MEASURED = r"\bhow many (minutes|mins|hours|hrs|seconds|secs)\b|\b(long|duration|durations|lag|lead|score|sigma|" \
    r"time to|ttr|mttr|share|percent|percentage|fraction|ratio|rate)\b"
"""Words of a measure other than a count: an average of those over a relation is not a mean of counts."""


def averaged_count(r: Reading) -> bool:
    """Whether the question asks the mean (median) of a count per thing met in time: "on average, how many alerts
    in the 15 min after each deploy", "average number of pages per rollout within an hour"."""
    return bool(r.phrase(_AVERAGE) and r.phrase(r"\b(how many|number of|count of|\w+s per)\b")
                and not r.phrase(_MEASURED) and not r.phrase(r"\b(?:per|an|a|each|every) (?:hour|day|week|month|"
                                                             r"minute)\b"))  # "per hour during the outage": buckets


def mean_of(r: Reading, sql: str, counted: str) -> str:
    """The mean (or median) of a count per thing, to one decimal: the things that met none count 0."""
    how = "median" if r.phrase(r"\bmedian\b") else "avg"
    return f"SELECT round({how}({counted}), 1) AS {how}_{counted} FROM ({sql}) AS per_thing"


def share_of_met(sql: str) -> str | None:
    """The rows a relation in time keeps, as a percentage of the rows of the first kind that its own conditions
    select ("what percent of deploys were followed by an alert within 15 minutes", "what share of incidents had no
    deploy before them"): the join (or the NOT EXISTS) becomes the filter of a count; ``None`` for any other shape.

    >>> share_of_met("SELECT DISTINCT c.* FROM change_events AS c JOIN alerts AS a ON a.service = c.service "
    ...              "WHERE c.type = 'deployment'")  # doctest: +NORMALIZE_WHITESPACE
    "SELECT ROUND(100.0 * COUNT(*) FILTER(WHERE EXISTS(SELECT 1 FROM alerts AS a WHERE a.service = c.service)) /
     COUNT(*), 1) AS percent FROM change_events AS c WHERE c.type = 'deployment'"
    """
    tree = sqlglot.parse_one(sql, read="duckdb")
    if not isinstance(tree, exp.Select) or len(tree.expressions) != 1 or tree.args.get("group") or \
            not isinstance(tree.expressions[0], exp.Column) or not isinstance(tree.expressions[0].this, exp.Star):
        return None
    joins, where = tree.args.get("joins") or [], tree.args.get("where")
    rest = [] if where is None else list(where.this.flatten()) if isinstance(where.this, exp.And) else [where.this]
    if len(joins) == 1 and joins[0].args.get("on") is not None and not joins[0].args.get("side"):
        other = joins[0].this.copy()
        met = exp.Exists(this=exp.select("1").from_(other).where(joins[0].args["on"].copy()))
    elif not joins and (found := [c for c in rest if isinstance(c, exp.Not) and isinstance(c.this, exp.Exists)]):
        met, rest = found[0], [c for c in rest if c is not found[0]]
    else:
        return None
    share = exp.Filter(this=exp.Count(this=exp.Star()), expression=exp.Where(this=met))
    percent = f"round(100.0 * {share.sql(dialect='duckdb')} / count(*), 1) AS percent"
    out = exp.select(percent, dialect="duckdb").from_(tree.args["from_"].this.copy())
    if rest:
        out = out.where(exp.and_(*[c.copy() for c in rest]))
    return out.sql(dialect="duckdb")


def count_per(r: Reading, per: str, kinds: tuple[str, str], first: tuple[Side, list[str]],
              second: tuple[Side, list[str]], on: list[str]) -> str:
    """One row per thing of the kind counted for, those that met none with a count of 0: what the question
    says of the other kind joins it, what it says of the thing selects the rows."""
    (keep, keep_where), (count, count_on) = (first, second) if kinds[0] == per else (second, first)
    counted = kinds[1] if kinds[0] == per else kinds[0]
    key = KEY[counted] if counted != "alerts" else "CASE WHEN a.fingerprint IS NOT NULL THEN (a.fingerprint, " \
                                                   "a.starts_at) END"  # a row of nulls is no alert
    source = f"{keep.relation} {keep.alias} LEFT JOIN {count.relation} {count.alias} ON " + " AND ".join(on + count_on)
    shown = listed(r, per, keep.alias) or EACH[per]  # "its id, who made it, and how many": those columns
    group = [EACH[per][0], *(re.sub(r"(?i) AS \w+$", "", c) for c in shown if c != EACH[per][0])]  # one row per thing,
    # however shown (a column named as it is shown is grouped by its expression)
    yes_no = r.phrase(r"\bwhether\b") or r.phrase(EACH_DID)  # "whether an alert followed": true or false
    measure = f"count(DISTINCT {key}) > 0" if yes_no else f"count(DISTINCT {key})"
    return Select(source, columns=[*shown, f"{measure} AS {counted}"], where=keep_where, group=group).sql()


_IN_TIME = r"\b(before|after|within|during|while|around|following|preceding|since|until|prior|leading|minutes?|mins?|" \
    r"hours?|hrs?)\b"
_MEMBERS = r"\balerts? (?:in|inside|within) (?:each|every|it|them|that|the)\b|\b(?:each|every|per) (?:incident|group|" \
    r"outage)\b|\b(?:it|they|each one) (?:had|has|have|contained|contains|holds|held)\b|\balert counts?\b"
"""An incident's own alerts counted: "how many alerts did each incident have", "alerts per incident"."""


def members(r: Reading, where: list[str]) -> str | None:
    """One row per incident with the number of its own alerts ("list incidents along with the number of alerts
    in each", "how many alerts did each incident have"): its ``alert_count``, not the alerts that met it in time
    (those are asked with a time word: "alerts during each incident", "in the hour before each incident")."""
    if {kind for _, kind in mentions(r.words)} != {"incidents", "alerts"} or r.phrase(_IN_TIME):
        return None
    if r.phrase(r"\b(critical|warning|info|firing|resolved) alerts?\b") or r.entities.get("label"):
        return None  # "how many critical alerts did each incident have": the alerts' own, not its count
    if not r.phrase(r"\b(how many|number of|count|counts|per)\b") or not r.phrase(_MEMBERS) or \
            r.phrase(r"\b(average|avg|mean|median|total|sum|max|maximum|min|minimum|most|fewest|least|top)\b"):
        return None  # ("how many alerts did each incident have" is read "alerts per incident")
    shown = listed(r, "incidents", "g") or EACH["incidents"]
    return Select("alert_groups g", columns=[*shown, "g.alert_count AS alerts"], where=where).sql()


def per_each(r: Reading) -> str | None:
    """The kind a count is given for each of: "for each deploy", "per incident", "every rollback", "by deploy"
    (not the agent of a verb: "deploys followed by an alert")."""
    if r.phrase(r"\b(?:for )?(?:each|every) (?:one|of them)\b") or r.phrase(
            r"^(?:list|show|give)(?: me)?(?: the| all| every)? \S+(?: \S+)? (?:with|and) (?:the|their|its) "
            r"(?:number|count) of\b") or r.phrase(
            r"\b(?:after|before|following|around|during) (?:each|every)(?: one)?$"):  # "dpatel's deploys: for each
        # one, ...", "list the rollbacks with the number of", "deploys and the number of alerts in the 30 minutes
        # after each"
        return next((kind for _, kind in mentions(r.words)), None)
    each = r"\b(?:(?:each|every)(?: of)?(?: its| their| the| our)?|per|(?<!ed )by)"  # "before each of its march 11
    for m in re.finditer(each + r" (\S+)(?: (\S+))?(?: (\S+))?", " ".join(r.words)):  # incidents"
        for at, word in enumerate(m.groups()):
            if (kind := next((kind for kind, keys in WORDS.items() if word in keys), None)) and \
                    m.groups()[at + 1:at + 2] not in (("type",), ("types",), ("kind",), ("kinds",), ("source",)):
                return kind  # ("per suspect change type": per type, not per change)
    return None


_WHO = {"changes": "actor", "silences": "created_by"}


def column_asked(r: Reading) -> str | None:
    """The one column a question asks of the rows it selects, when it opens with it: "which services had …",
    "projects with …" (``service``, ``project`` or ``environment``)."""
    m = r.phrase(r"^(?:which|what|list(?: the| all)?|show(?: me)?(?: the| all)?) (?:other |different )?(?:[\w-]+ )?"
                 r"(services?|projects?|environments?|envs?)\b") or \
        r.phrase(r"^(services?|projects?|environments?|envs?) (?:with|that|where|which|whose|having|had|got|saw)\b")
    return {"s": "service", "p": "project"}.get(m[1][0], "environment") if m else None


def projection(r: Reading, kind: str, alias: str) -> list[str]:
    """What a join returns of its first side: "which services ..." those values, "who ..." the people (of
    changes and silences), else every column."""
    if column := column_asked(r):
        if column == "environment" and kind in ("alerts", "silences"):
            column = "environment_canonical"
        return [f"{alias}.labels['{column}'] AS {column}" if kind == "warnings" else f"{alias}.{column}"]
    if r.has("who") and kind in _WHO:
        return [f"{alias}.{_WHO[kind]}"]
    return [f"{alias}.*"]
