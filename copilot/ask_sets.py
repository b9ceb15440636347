"""Services (projects, environments) named by two kinds of record at once: "services that alerted but never
deployed", "which services had both an alert and a deploy yesterday", "projects with incidents and no silences".

Each kind gives the values its rows carry under the question's filters and time; "both", "and", "as well as"
keep the values both give (``INTERSECT``), "but never", "and no", "without" those the first gives and the second
does not (``EXCEPT``). A relation in time between the two ("alerted after a deploy") is not this shape: that is
:mod:`.ask_relate`'s.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_both import PERIOD
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_sql import COLUMNS, Select, canonical_environment, filters, lit
from signalcraft.copilot.ask_vocab import Vocabulary
from signalcraft.copilot.ask_words import CHANGE_TYPES

__all__ = ["in_two_environments", "in_two_periods", "services_of_two"]

_KINDS = (
    ("alerts", r"alert(?:s|ed|ing)?|fired|firing|paged|pages?"),
    ("changes", r"deploy(?:s|ed|ments?)?|releas(?:e|es|ed)|rollbacks?|rolled back|shipped|changes?|changed|flags?"),
    ("incidents", r"incidents?|outages?"),
    ("silences", r"silenc(?:e|es|ed)|muted"),
    ("warnings", r"(?:early )?warnings|early warning|anomal(?:y|ies)"),
)
_RELATION = {"alerts": "alerts", "changes": "change_events", "incidents": "alert_groups", "silences": "silence_scopes",
             "warnings": "warnings"}
_HEAD = re.compile(r"^(?:(?:which|what|list|show|name)(?: me)?(?: the| all)? )?"
                   r"(services?|projects?|environments?|envs?)"
                   r" (?:that |which |with |having |had |have |saw |where )?")
_BUT_NOT = r"\b(?:but|and|yet)(?: \w+){0,2} (?:never|not|no|zero)\b|\bwithout\b"  # "but were not deployed"
_AND = r"(?:and(?: also)?|as well as|plus)\b"
_IN_TIME = r"\b(before|after|afterwards|within|during|while|following|preceded|followed|around|same day|then)\b"


def services_of_two(r: Reading, vocab: Vocabulary) -> str | None:
    """The SQL of a question naming values by two kinds of record, or ``None``."""
    text = " ".join(r.words)
    head = _HEAD.match(text)
    if head is None:
        return None
    rest = text[head.end():]
    found = sorted((m.start(), m.end(), kind, m[0]) for kind, pattern in _KINDS
                   for m in re.finditer(rf"\b(?:{pattern})\b", rest))
    if len(found) != 2 or found[0][2] == found[1][2]:
        return None
    between = rest[found[0][1]:found[1][0]]
    if re.search(_IN_TIME, rest[found[0][1]:]):  # "deploys without alerts within 5 min": a relation in time
        return None
    if re.search(_BUT_NOT, between):
        how = "EXCEPT"
    elif re.search(rf"\b{_AND}", between) and len(between.split()) <= 5:  # "and also had an"
        how = "INTERSECT"
    else:
        return None
    column = {"s": "service", "p": "project"}.get(head[1][0], "environment")
    selects = [_side(r, vocab, kind, word.split()[0], column) for _, _, kind, word in found]
    return f"{selects[0]} {how} {selects[1]} ORDER BY {column}"


def _side(r: Reading, vocab: Vocabulary, kind: str, word: str, column: str) -> str:
    """The values of ``column`` the rows of one kind carry under the question's filters and time."""
    rel = _RELATION[kind]
    stored = "environment_canonical" if column == "environment" and kind in ("alerts", "silences") else \
        COLUMNS[rel][column] if kind == "warnings" else column  # a warning's service is its label's
    where = [w for w in filters(r, vocab, rel) if not w.startswith(("type ", "type IN", "phase "))]
    if kind == "changes":
        if word in CHANGE_TYPES and not word.startswith("change"):
            where.append(f"type = {lit(CHANGE_TYPES[word])}")
        where.append("phase = 'live'")
    shown = stored if stored == column else f"{stored} AS {column}"
    return Select(rel, columns=[shown], where=[*where, f"{stored} IS NOT NULL"], distinct=True).sql()


_PLACES = re.compile(r"^(?:(?:which|what|list|show|name)(?: me)?(?: the| all)? )?(services?|projects?|alert ?names?|"
                     r"names?|versions?)(?: \w+){0,3}? (?:in|to|on) (?:both )?(\S+)(?: yesterday| today| "
                     r"(?:last|this|past) (?:week|month|year)| in [a-z]+)? (and(?: also)?|but not|and not|"
                     r"but never|but none|and never)(?: in| to| on)? (\S+)\b")


def in_two_environments(r: Reading, vocab: Vocabulary) -> str | None:
    """ "which alert names fired in both staging and production", "services that alerted in staging but not in
    production", "alert names seen on search-api but never on indexer": the values one kind of record carries in
    one environment (service, project) and (not) in the other."""
    m = _PLACES.match(" ".join(r.words))
    if m is None or not re.search(r"\b(alerted|fired|alerts|paged|deployed|released|shipped|went|rolled|pushed|seen|"
                                  r"occurred|happened|appeared|showed|raised|triggered)\b", m[0]):
        return None  # "which versions of checkout are in staging and production": each one's, not a set
    dim, values = next(((k, v) for k in ("environment", "service", "project")
                        if len(v := list(dict.fromkeys(e.value for e in r.entities.get(k, [])))) == 2), (None, []))
    changes = bool(re.search(r"\b(deploy\w*|releas\w*|shipped|versions?|rolled)\b", m[0]))
    column = {"s": "service", "p": "project"}.get(m[1][0], "coalesce(details['ref'], version)" if changes else "name")
    if dim is None or column == dim:
        return None
    rel = "change_events" if changes else "alerts"
    side = dim if dim != "environment" else canonical_environment("environment", vocab) if changes else \
        "environment_canonical"
    stored = r"environment|environment_canonical" if dim == "environment" else dim
    where = [w for w in filters(r, vocab, rel) if not re.match(rf"(NOT coalesce\()?({stored}) ", w)]
    if changes:
        where += [w for w in ("type = 'deployment'", "phase = 'live'") if w not in where]
    shown = f"{column} AS version" if column.startswith("coalesce") else column
    sides = [Select(rel, columns=[shown], where=[*where, f"{side} = {lit(v)}", f"{column} IS NOT NULL"],
                    distinct=True).sql() for v in values]
    how = "INTERSECT" if m[3].startswith("and") and "not" not in m[3] and "never" not in m[3] else "EXCEPT"
    if how == "INTERSECT" and dim != "environment" and not re.search(r"\b(?:both|also)\b|\band (?:on|in|to) ",
                                                                     " ".join(r.words)):  # ("both X and Y" is
        # read as "X and on Y")
        return None  # "which alert names fired on payments-api and checkout-web": either's, not both
    return f"{sides[0]} {how} {sides[1]} ORDER BY 1"


_TWO_PERIODS = re.compile(
    r"^(?P<head>(?:(?:(?:which|what|list|show|name)(?: me)?(?: the| all)? )?(?:services?|projects?|alert ?names?|"
    r"environments?|envs?|people|persons|users|engineers|clusters?|teams?)|who)\b.*?) (?P<one>" + PERIOD + r"),? "
    r"(?P<how>but|and|yet)(?P<too> (?:also|again|then))?(?P<no> (?:not|never|no|none|nothing|zero))?(?P<filler>(?: "
    r"\w+){0,3}?) "
    r"(?:(?:in|during|over|on|for) )?(?P<two>" + PERIOD + r")$", re.IGNORECASE)
"""Values asked in one period and (not) in another: "which services had alerts yesterday but none today"."""


def in_two_periods(question: str, answer: Callable[[str], tuple[object, str]]) -> tuple[object, str] | None:
    """ "services with alerts in february but not in march", "who deployed last week and again this week": the
    values the question's rows carry in the first period, without (or also with) those of the second — each
    period's question read on its own and both answered by one column, the same of each.

    >>> _TWO_PERIODS.match("which services had alerts yesterday but none today")["two"]
    'today'
    """
    m = _TWO_PERIODS.match(question.strip().rstrip("?.! "))
    if m is None or m["one"].lower() == m["two"].lower():
        return None
    head, both = re.subn(r"(?i) both$", "", m["head"])
    if set(m["filler"].lower().split()) - {*head.lower().split(), "also", "again", "then", "any", "at", "all"}:
        return None  # "alerts yesterday but no deploys today", "critical alerts yesterday and warning alerts today":
        # the second part asks about something else
    if not m["no"] and not (m["how"].lower() == "and" and (both or m["too"] or re.match(r"(?i)which|what", head))):
        return None  # "alerts yesterday and today" may be one span of two days; "which services had alerts
        # yesterday and today" asks for those of both
    try:
        (reading, first), (_, second) = answer(f"{head} {m['one']}"), answer(f"{head} {m['two']}")
    except Refused:
        return None
    sides = [_one_column(sql) for sql in (first, second)]
    if None in sides or sides[0][1] != sides[1][1]:
        return None
    how = "EXCEPT" if m["no"] else "INTERSECT"
    return reading, f"{sides[0][0]} {how} {sides[1][0]} ORDER BY 1"


def _one_column(sql: str) -> tuple[str, str] | None:
    """A statement of one column's distinct values without its limit, and that column's name; ``None`` else."""
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except SqlglotError:
        return None
    if not isinstance(tree, exp.Select) or not tree.args.get("distinct") or len(tree.expressions) != 1 or \
            tree.args.get("group") or not isinstance(tree.expressions[0], exp.Column | exp.Alias):
        return None
    tree = tree.copy()
    tree.set("limit", None)
    tree.set("order", None)
    return tree.sql(dialect="duckdb"), tree.expressions[0].alias_or_name
