"""The columns a question lists: "for each deploy, when it went live, the environment and how many alerts
followed", "its id, who made it, and how many ...", "... as their suspect? incident service, alert name, when it
opened and who flipped it", "versions only pls".

Only what the question names with a possessive or a clause about the thing ("its id", "the environment", "who
made it", "when it went live"), or as a list after a colon or a question mark, counts as a column asked for; a
filter in the same words ("incidents opened on March 11") is not one. The columns come in the question's order,
and a list that names anything this kind of row does not have leaves the shape's own columns.

>>> from types import SimpleNamespace
>>> listed(SimpleNamespace(words="for each silence its id who made it and how many alerts".split()), "silences", "s")
['s.silence_id', 's.created_by']
>>> listed(SimpleNamespace(words="for each incident opened on march 11 how many deploys".split()), "incidents", "g")
[]
>>> items, _, _ = trailing_list("incidents with a suspect? incident service, alert name and the version")
>>> narrowed(items, "SELECT * FROM incident_suspects")
... # doctest: +NORMALIZE_WHITESPACE
"SELECT service, group_labels['alertname'], coalesce(change_details['ref'], change_version)
 FROM (SELECT * FROM incident_suspects) AS q"
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_items import ASKED, ITEMS

__all__ = ["COLUMNS", "KIND", "LASTED", "counted", "listed", "listed_attributes", "narrowed", "rows_counted",
           "sort_phrase", "trailing_list"]

_DIRECTIONS = {"asc": "ASC", "ascending": "ASC", "oldest first": "ASC", "earliest first": "ASC", "smallest first":
               "ASC", "lowest first": "ASC", "desc": "DESC", "descending": "DESC", "newest first": "DESC",
               "latest first": "DESC", "largest first": "DESC", "highest first": "DESC"}
_SORT = re.compile(r"(?i),?\s*\b(?:sorted|ordered|order|ranked|sort)(?: them| it| the rows| the results)? (?:by|on) "
                   r"(?:the )?(?:column )?([a-z][a-z0-9]*_[a-z0-9_]+|[a-z]+)(?: (" + "|".join(_DIRECTIONS) + r"))?\b"
                   r"(?=\s*(?:$|[,.;:?!)]|(?:and|then|top|limit|first|last|please|pls)\b))")  # the column alone: not
# "ranked by sum of errors", "sorted by average duration"


def sort_phrase(text: str) -> tuple[str, tuple[str, str] | None]:
    """A column a list is to be sorted by, named as the store names it ("sorted by starts_at descending", "ordered
    by alert_count"), or in a word ("sorted by severity desc"): the text without it, and the column and direction
    (``None`` when there is none; "sorted by count descending" is the order of a count, kept).

    >>> sort_phrase("alerts sorted by starts_at descending, top 10")
    ('alerts, top 10', ('starts_at', 'DESC'))
    >>> sort_phrase("alerts per service sorted by count descending")
    ('alerts per service sorted by count descending', None)
    """
    m = _SORT.search(text)
    if m is None or m[1].lower() in ("count", "number", "total", "frequency", "volume", "n", "duration", "length",
                                     "how", "most", "the", "a"):
        return text, None
    return f"{text[:m.start()]}{text[m.end():]}".strip(), (m[1].lower(), _DIRECTIONS[m[2].lower()] if m[2] else "ASC")

COLUMNS = {
    "changes": {"id": "id", "change_id": "id", "who": "actor", "when": "timestamp", "environment": "environment",
                "service": "service", "version": "coalesce(details['ref'], version)", "summary": "summary",
                "kind": "type", "key": "coalesce(details['key'], details['flag_key']) AS key",
                "old": "details['old'] AS old", "new": "details['new'] AS new"},
    "incidents": {"id": "id", "when": "opened_at", "opened": "opened_at", "environment": "environment",
                  "service": "service", "severity": "max_severity", "name": "group_labels['alertname']",
                  "minutes": "round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes"},  # "…: service
    # and minutes": how long each was open
    "silences": {"id": "silence_id", "silence_ids": "silence_id", "who": "created_by", "when": "created_at",
                 "environment": "environment_canonical", "service": "service", "comment": "comment",
                 "expired_by": "expired_by", "expired_at": "expired_at",
                 "minutes": "round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes",
                 "lasted": "round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) "
                           "AS minutes"},  # as scheduled, and until it ended or was expired
    "alerts": {"when": "starts_at", "environment": "environment_canonical", "service": "service",
               "severity": "severity", "name": "name", "minutes": "round((epoch(ends_at) - epoch(starts_at)) / 60, 1) "
                                                                 "AS minutes"},
    "suspects": {"id": "group_id", "change_id": "change_id", "service": "service", "change_service": "change_service",
                 "name": "group_labels['alertname']", "opened": "opened_at", "when": "opened_at",
                 "version": "coalesce(change_details['ref'], change_version)", "who": "change_actor",
                 "summary": "change_summary", "environment": "environment", "severity": "max_severity",
                 "kind": "change_type", "lag": "round(lag_s / 60, 1) AS minutes_before",
                 "minutes": "round(lag_s / 60, 1) AS minutes_before"},
    "patterns": {"id": "group_id", "incident": "group_id", "service": "service",
                 "template": "template", "lines": "lines", "errors": "errors",
                 "when": "opened_at", "opened": "opened_at", "environment": "environment"},
    "suggestions": {"kind": "kind", "text": "text", "confidence": "confidence", "service": "service"},
    "warnings": {"id": "id", "when": "starts_at", "service": "labels['service'] AS service",
                 "environment": "labels['environment'] AS environment", "name": "labels['alertname'] AS alertname",
                 "kind": "labels['alertname'] AS alertname", "metric": "metric_key"},  # "kind of warning": its name
    "mutes": {"name": "name", "when": "starts_at", "service": "service", "silence_ids": "silenced_by",
              "environment": "environment"},
    "metrics": {"when": "timestamp", "value": "value", "name": "name", "metric": "metric_key",
                "service": "labels['service'] AS service"},  # "time and value of each … sample"
    "early": {"id": "group_id", "incident": "group_id", "service": "service",
              "name": "group_labels['alertname']", "opened": "opened_at",
              "when": "warned_at", "environment": "environment", "summary": "summary", "metric": "metric_key",
              "lag": "lead_min", "minutes": "lead_min", "warning_name": "warning_alertname",
              "warning_service": "warning_service"},
    "audit": {"who": "actor", "when": "timestamp", "comment": "comment", "kind": "action",
              "name": "list_filter(matchers, m -> m.name = 'alertname')[1].value AS alertname",
              "service": "list_filter(matchers, m -> m.name = 'service')[1].value AS service"},
    "fixed": {"id": "g.id", "service": "g.service", "name": "g.group_labels['alertname']", "opened": "g.opened_at",
              "when": "g.opened_at", "environment": "g.environment", "severity": "g.max_severity",
              "resolver": "r.resolved_by", "who": "r.resolved_by", "fix": "r.fix", "root_cause": "r.root_cause"},
}
for _kind, _ends in (("silences", "ends_at"), ("alerts", "ends_at"), ("incidents", "resolved_at"),
                     ("fixed", "g.resolved_at"), ("warnings", "ends_at"), ("changes", None), ("suspects", None),
                     ("patterns", None), ("mutes", None)):
    COLUMNS[_kind].setdefault("starts", "starts_at" if _kind == "silences" else COLUMNS[_kind]["when"])  # "start":
    if _ends:  # a silence's start is when it takes effect, not when it was made; elsewhere the row's own time
        COLUMNS[_kind]["ends"] = _ends
KIND = {"change_events": "changes", "alert_groups": "incidents", "silence_scopes": "silences", "silences": "silences",
         "alerts": "alerts", "incident_suspects": "suspects", "alert_mutes": "mutes",
         "silence_suggestions": "suggestions", "incident_log_patterns": "patterns", "audit_log": "audit",
         "incident_warnings": "early", "warnings": "warnings", "metric_points": "metrics"}
_COUNT = r"\b(?:how many|the number of|number of|a count of|count of|the count of|whether)\b"
LASTED = rf"{_COUNT}|\b(?:how long|(?:its|their|the) (?:\w+ )?(?:length|duration)s?)\b"
"""Where how long each row lasted is asked, after the columns listed beside it: "its author and its scheduled
length in minutes"."""


def listed(r, kind: str, alias: str, marker: str = _COUNT) -> list[str]:
    """The columns of ``kind`` the question lists before its count (or before what ``marker`` finds: how long
    each lasted), in its order; ``[]`` when it lists none (or names one this kind does not have, which leaves the
    shape's own columns)."""
    text = " ".join(r.words)
    count = re.search(marker, text)
    if count is None:
        return []
    before = text[:count.start()]
    found = sorted((m.start(), what) for what, pattern in ASKED for m in re.finditer(pattern, before))
    if not found:  # "... before each of its incidents? opening time + count please": a list after it, count last
        items = _items(getattr(r, "question", ""))
        if items[-1:] == ["count"]:
            found = list(enumerate(items[:-1]))
    columns = COLUMNS.get(kind, {})
    question = getattr(r, "question", "").lower()
    if (said := re.search(marker, question)) and ":" in question[:said.start()]:  # "for every deploy: its service,
        after = re.sub(r"[\s,]+and$", "", question[:said.start()].rsplit(":", 1)[1].strip(" ,"))  # timestamp, and
        items = _attributes(after)  # the number of ...": the list after the colon, each item without its "its"
        if len(items) > len(found) and all(what in columns for what in items):
            found = list(enumerate(items))
    if not found or any(what not in columns for _, what in found):
        return []
    out: list[str] = []
    for _, what in found:
        column = columns[what]
        if alias:
            column = f"{alias}.{column}" if column.isidentifier() else re.sub(r"\b(details|version|labels)\b",
                                                                               rf"{alias}.\1", column)
        if column not in out:
            out.append(column)
    return out


_ROW = re.compile(r"^SELECT (?:DISTINCT )?(?:(\w+)\.)?\* FROM (\w+)(?: AS)? ?(\w+)?")
_FIXED = re.compile(r"\bFROM alert_groups (?:AS )?g JOIN resolutions (?:AS )?r ON r\.group_id = g\.id\b")
"""How incidents were fixed: the incident's columns beside its resolution's."""


def narrowed(items: list[str], sql: str) -> str:
    """``sql`` narrowed to the columns a list names (:func:`trailing_list`), when it returns rows of one kind that
    has them all (whole rows, or a projection of them without groups); else ``sql`` as it is."""
    m = _ROW.match(sql)
    if m is not None and not _FIXED.search(sql):
        alias, first, first_alias = m.groups()
        relation = first if alias in (None, first_alias) else _alias_of(sql, alias)
        columns = COLUMNS.get(KIND.get(relation or "", relation or ""), {})
        fixed = COLUMNS["fixed"]
        if relation == "alert_groups" and alias is None and items and all(i in fixed for i in items) and \
                any(i not in columns for i in items):  # "incidents on 11 March: the service, the fix and who
            return (f"SELECT {', '.join(dict.fromkeys(fixed[i] for i in items))} FROM ({sql}) AS g "  # resolved it"
                    "JOIN resolutions AS r ON r.group_id = g.id")
        early = COLUMNS["early"]
        warned = re.search(r"\bid IN \(SELECT group_id FROM incident_warnings\b", sql) and not re.search(
            r"\bNOT\s*\(?\s*id IN \(SELECT group_id FROM incident_warnings", sql)  # (not "incidents without one")
        if relation == "alert_groups" and alias is None and items and all(i in early for i in items) and any(
                i not in columns for i in items) and warned:  # "which incidents had an early warning before them? the
            return (f"SELECT {', '.join(dict.fromkeys(early[i] for i in items))} FROM incident_warnings "  # service,
                    f"WHERE group_id IN (SELECT id FROM ({sql}) AS g)")  # the warning's summary and how many minutes
            # it came before": one row per incident and warning
        if not items or any(i not in columns for i in items):
            return sql
        if relation == "incident_warnings" and "warning_name" in items and "name" not in items:
            columns = {**columns, "service": "warning_service"}  # "early warnings before X: warning name, service,
            # minutes before": the warning's service (beside the incident's alert name, the incident's)
        return f"SELECT {', '.join(dict.fromkeys(columns[i] for i in items))} FROM ({sql}) AS q"
    return _projected(items, sql)


def _projected(items: list[str], sql: str) -> str:
    """A projection of one kind's rows ("SELECT group_id, service, ... FROM incident_suspects ...", the fixed
    incidents' join) with its select list replaced by the listed columns; ``sql`` when it groups, aggregates or
    reads another shape."""
    tree, table = _select_from_table(sql)
    if tree is None or tree.args.get("group") or tree.args.get("distinct") or \
            any(s.find(exp.AggFunc) for s in tree.expressions):
        return sql
    kind = "fixed" if _FIXED.search(sql) else KIND.get(table.name) if not tree.args.get("joins") else None
    columns = COLUMNS.get(kind or "", {})
    if not items or any(i not in columns for i in items):
        return sql
    picked = _qualified([columns[i] for i in dict.fromkeys(items)], table.alias if kind != "fixed" else "")
    named = {c.sql() for c in picked}
    computed = [e for e in tree.expressions if isinstance(e, exp.Alias) and not isinstance(e.this, exp.Column)
                and e.this.sql() not in named and e.sql() not in named]
    return tree.select(*picked, *computed, append=False).sql(dialect="duckdb")  # "how many minutes did each alert
    # last, with its service and severity": the minutes stay beside the columns listed


def counted(items: list[str], sql: str) -> str:
    """A count per thing shown with the columns a list names before its count ("Give the change's service, its
    version and how many incidents"): the groups stay, their columns are the listed ones, the count follows;
    ``sql`` when it is not one count per group of one kind's rows, or the kind lacks a column."""
    if len(items) < 2 or items[-1] != "count" or "count" in items[:-1]:
        return sql
    tree, table = _select_from_table(sql)
    if tree is None or not tree.args.get("group"):
        return sql
    counts = [e for e in tree.expressions if e.find(exp.AggFunc)]
    columns = COLUMNS.get(KIND.get(table.name, ""), {})
    if len(counts) != 1 or any(i not in columns for i in items[:-1]):
        return sql
    picked = _qualified([columns[i] for i in dict.fromkeys(items[:-1])], table.alias)
    keys = tree.args["group"].expressions
    aliases = {e.alias for e in tree.expressions if e.alias}
    shown = " ".join(p.sql() for p in picked)
    each = any(isinstance(k, exp.Column) and k.name == "id" and k.table == table.alias for k in keys)  # one group
    if tree.args.get("joins") and not each:  # per row of the first table ("for each deploy, how many alerts
        return sql  # after it"): its other keys are that row's, whatever the list shows
    if not each and any(not isinstance(k, exp.Column) or k.name in aliases or not (
            k.name == "id" or k.name.endswith("_id") or re.search(rf"\b{k.name}\b", shown)) for k in keys):
        return sql  # a group the listed columns would not show ("per hour: the service and how many")
    known = {k.sql() for k in keys}
    tree = tree.select(*picked, counts[0], append=False)
    bare = dict.fromkeys(p.unalias().copy() for p in picked if p.unalias().sql() not in known)  # (an item shown
    # under a name, "labels['alertname'] AS alertname", is grouped by its expression)
    return tree.group_by(*keys, *bare, append=False).sql(dialect="duckdb")


_HOW_MANY = re.compile(r"^(?:so |and |ok,? )?(?:how many|count(?: the| all)?|the number of|number of|what is the "
                       r"number of|what's the number of|total number of)\b(?! (?:minutes|hours|seconds|days|times)\b)")


def rows_counted(question: str, sql: str) -> str:
    """ "How many incidents had no suspect" answered with the rows themselves: their number instead. Only a
    SELECT of whole rows (or of distinct columns) without groups, aggregates or a row limit is counted; a question
    that does not begin by asking how many, or asks how many minutes, is left as it is."""
    if not _HOW_MANY.search(" ".join(question.lower().split())):
        return sql
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except SqlglotError:
        return sql
    if not isinstance(tree, exp.Select) or tree.args.get("group") or tree.args.get("limit") or \
            tree.find(exp.AggFunc) or tree.args.get("order"):
        return sql
    stars = all(isinstance(e, exp.Star) or (isinstance(e, exp.Column) and isinstance(e.this, exp.Star))
                for e in tree.expressions)
    if not stars and not (tree.args.get("distinct") and all(isinstance(e, exp.Column) for e in tree.expressions)):
        return sql
    return f"SELECT count(*) AS n FROM ({sql}) AS counted"


def _select_from_table(sql: str) -> tuple[exp.Select | None, exp.Table | None]:
    """``sql`` parsed when it is a SELECT whose FROM is one table (joins may follow), with that table."""
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except SqlglotError:
        return None, None
    source = tree.args.get("from_") or tree.args.get("from")
    if not isinstance(tree, exp.Select) or source is None or not isinstance(source.this, exp.Table):
        return None, None
    return tree, source.this


def _qualified(columns: list[str], alias: str) -> list[exp.Expression]:
    picked = [sqlglot.parse_one(c, read="duckdb") for c in columns]
    if alias:
        for column in (c for p in picked for c in p.find_all(exp.Column) if not c.table):  # (not a lambda's own
            column.set("table", exp.to_identifier(alias))  # "m.name" in an ack's alert name)
    return picked


def _alias_of(sql: str, alias: str) -> str | None:
    m = re.search(rf"\b(\w+)(?: AS)? {alias}\b", sql)
    return m[1] if m else None


def _items(question: str) -> list[str]:
    return trailing_list(question)[0]


_LISTS = (
    (r"[:?]\s*([^:?]+)$", False),  # "...: the service, when it went live and who made it", "...? incident service, ..."
    (r"[.!]\s+([^:?.!]+)$", False),  # "... also the ones with zero. service, environment, time of the sync and the
    # count": a last sentence that only lists
    (r"(?i)\b(?:give me|show me|i need|i want|i'd like|provide|give|return|include|report|show)\s+([^:?]+)$", False),
    # "... give me the service, ...", "Provide the service, summary, actor and timestamp."
    (r"\s[—–]\s*([^:?—–]+)$", False),  # "..., top 3 — template, lines, errors"
    (r"\s-\s+([^:?—–]+)$", False),  # "lucie's silences - only silence id and comment"
    (r"\s->\s*([^:?—–>]+)$", False),  # "prod deploys on tue -> service, version, ts"
    (r"(?i),\s*((?:who(?: \w+ (?:them|it))?|when|where|which \w+|what \w+)(?:\s*(?:,|and|&)\s*(?:who|when|where|which "
     r"\w+|what \w+))+)$", False),  # "config changes on production, who and when?", "..., who created them and when"
    (r"(?i),\s*with (?:the |its |their )?([^:?,]+(?:,[^:?,]+)*)$", False),  # "..., with the service, the alert name"
    (r"(?i)\s+with (?:the |its |their )?([^:?,]+(?:,[^:?,]+)+)$", False),  # "the config changes with service, summary
    # and author"
    (r"(?i)[,(]\s*((?:just|only) [^,]+|[^,]+ only(?: pls| please)?)\)?$", False),  # "..., versions only pls"
    (r"(?i)^(?:for )?(?:each|every) [^,]+,\s*([^,]+(?:,[^,]+)+)$", False),  # "for each incident that opened on 11
    # March and has been resolved, the service, the alert name, when it opened, ..."
    (r"(?i)^(?:list|show(?: me)?|give me|get(?: me)?|what (?:are|were|is|was))\s+(?:the\s+)?(.+?)\s+(?:of|for)\s+"
     r"(?=\S)", True),  # "List the service, version and time of every", "list alert name and start for critical"
    (r"(?i)^(?:the\s+)?(\w+ and \w+)\s+(?:of|for)\s+(?=(?:the|all|every|each) \S)", True),  # "time and value of
    # each … sample": two attributes before what they are of
    (r"(?i)^(?:the\s+)?([\w' ]+,[\w' ,]+? and [\w' ]+?)\s+(?:of|for)\s+(?=(?:the|all|every|each) \S)", True),  # a
    # list of three before what it is of: "service, summary and timestamp of the flag changes made by jonas"
    (r"(?i)^[^,:?]+,\s*((?:[^,:?]+,\s*)*[^,:?]+ and [^,:?]+)$", False),  # "lucie's silences, silence id and comment
    # pls": after the rows, a list with its "and" (every item an attribute)
)
_PURPOSE = r"(?i),?\s*\b(?:for|to) (?:the|my|our|a|an) (?:weekly |monthly |ops |change |on-?call )?(?:review|report|" \
    r"audit|records?|post-?mortem|retro|meeting|slides?|deck|notes?|handover|ticket|file|spreadsheet)\b[^,:?]*$"
"""What the answer is for, after a list ("…: the author and the comment, for the review"): not an item."""


_REMARK_AFTER = r"(?i)(?<=[.!?])\s+(?:someone|somebody|nobody|no one|everyone|ppl|folks|the team|it'?s for|" \
    r"this is for)\b[^.?!]*[.!]?\s*$"
"""A remark after the list about who asked or why ("Someone in thread lost track."): not part of the list."""


def trailing_list(question: str) -> tuple[list[str], str, bool]:
    """The attributes a list names ("...: the service, when it went live and who made it", "...? incident service,
    alert name", "List the service, version and time of every rollback"), the words the list takes up and whether
    they begin the question; ``([], "", False)`` when there is no such list or an item is not an attribute."""
    text = re.sub(_REMARK_AFTER, "", question.strip())  # "…: service, version and who, please. Someone in thread
    # lost track."
    text = re.sub(r"(?i)\s*[—–-]+\s*(?:go|now|asap|quick|pls|please|thx|thanks)$", "", text.rstrip(".?! "))
    text = re.sub(_PURPOSE, "", text).rstrip(".?! ")
    found = []
    for pattern, leading in _LISTS:
        m = re.search(pattern, text)
        if m is not None and (items := _attributes(m[1])):
            found.append((items, text[:m.end()] if leading else m[1], leading))
    return max(found, key=lambda f: len(f[0]), default=([], "", False))  # the longest list: "with the old value, the
    # new value, who made it and when" (not its "who made it and when" alone)


_ZEROS = r"(?:(?:with|including|include|incl|even) )?(?:zeros?|0s?|the zeros?|the ones with (?:zero|0|none))(?: (?:" \
    r"also|too|included|as well|where none|if none|when none))?|0 where none"
"""A remark beside a count's list that the things with none are shown too (they are: a count per thing is 0)."""


def listed_attributes(listed_text: str) -> list[str]:
    """The attributes a list of columns names ("service, version, alert name and alert start"); ``[]`` when an item
    is not one."""
    return _attributes(listed_text)


def _attributes(listed_text: str) -> list[str]:
    listed_text = re.sub(r"(?i)^\s*(?:for )?(?:each|every) [^,]+,\s*", "", listed_text)  # "for each incident that
    # opened on 11 March and has been resolved, the service, ...": what the list is of, not an item
    parts = [p.strip(" .") for p in re.split(r"(?i),\s*(?:and\s+)?|\s+and\s+|\s*\+\s*", listed_text.lower())
             if p.strip(" .")]
    parts = [re.sub(r"^(?:(?:please|pls|just|only|give me|show me|give|show|list|i need|i want|its|their|each|the|"
                    r"which|what|plus|also) )+",
                    "", p) for p in parts]
    parts = [re.sub(r"\s+(?:please|pls|only|too|of (?:each|them|every one|each one)|for each(?: one)?|will do|would "
                    r"do|is enough|are enough|is fine|are fine)$|\s*\(.*\)$",
                    "", p) for p in parts]
    parts = [p for p in parts if p not in ("please", "pls", "thanks", "thank you", "thx", "cheers")
             and not re.fullmatch(_ZEROS, p)]  # "start and count, zero also": not an item
    parts = [re.sub(r"\b(?:toggle|modification)\b", "change", re.sub(r"\balarms?\b", "alert", p))
             for p in parts]  # "the alarm name", "the toggle summary": said in the store's words
    short = {"svc": "service", "ver": "version", "proj": "project", "errs": "errors", "mins": "minutes",
             "min": "minutes"}
    parts = [re.sub(r"\b(svc|ver|proj|errs|mins|min)\b", lambda m: short[m[1]], p) for p in parts]  # "svc, ver, time",
    # "mins before", "min before"
    if len(parts) < 2 and not re.search(r"(?i)\b(?:just|only)\b", listed_text):
        return []
    out = []
    for p in parts:
        what = next((what for what, pattern in ITEMS if re.fullmatch(pattern, p)), None)
        if what is None and (m := re.fullmatch(r"(\w+(?: \w+)?) of (?:the |each |its |their )?(incident|change|deploy|"
                                               r"suspect change|suspect|alert|silence|warning)", p)):
            what = next((what for what, pattern in ITEMS if re.fullmatch(pattern, f"{m[2]}'s {m[1]}")), None)  #
            # "the version of the change": the change's version
        if what is None:
            return []
        if what == "when" and p == "when" and out and out[-1] == "expired_by":
            what = "expired_at"  # "who expired it and when": when it was expired, not when it was made
        out.append(what)
    return out
