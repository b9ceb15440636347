"""Questions typed as a Kusto (KQL) pipeline, said in the words the reading knows: ``Alerts | where Service ==
"payments-api" and StartTime > ago(1d) | summarize count() by bin(StartTime, 1h)`` is "how many payments-api alerts in
the last 24 hours per hour". Only the text is rewritten; what it becomes is read and gated like any question.

A table is one of the store's kinds under the names people give it in KQL (``Alerts``, ``ChangeEvents``,
``AuditLog``, ``Incidents``, …); a pipeline on a table of another name is left as it was. A comment after ``--`` or
``//`` that says what the pipeline means ("-- means avg resolve time per service") is read in its place; one that
narrows it ("-- only those which went live within 1 hour after a deploy") is read after it.

>>> kusto('Alerts | where Service == "payments-api" and StartTime > ago(1d) | summarize count() by bin(StartTime, 1h)')
'how many payments-api alerts in the last 24 hours per hour'
>>> kusto('ChangeEvents | where Type == "rollback" and Env == "prod" | project Timestamp, Service, Actor')
'rollbacks in prod - just time, service and actor'
>>> kusto("Alerts | summarize count() by Service | top 3 by count_")
'how many alerts per service, top 3'
>>> kusto("Deploys in the last week | where it failed") is None
True
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_query_terms import INDEX, TYPES, UNITS, last, unquote

__all__ = ["kusto"]

_TABLES = {**INDEX, "alertevents": "alerts", "alert_events": "alerts", "changeevents": "changes",
           "auditlog": "audit entries", "alertgroups": "incidents",
           "silencescopes": "silences", "silence_scopes": "silences", "logevents": "log lines", "incident": "incidents",
           "warning": "warnings", "change": "changes", "silence": "silences"}
_COLUMNS = {"starttime": "start", "startsat": "start", "starts_at": "start", "endtime": "end", "endsat": "end",
            "ends_at": "end", "timestamp": "time", "timegenerated": "time", "_time": "time", "time": "time",
            "openedat": "opened", "opened_at": "opened", "createdby": "created by", "created_by": "created by",
            "alertname": "alert name", "metrickey": "metric key", "changetype": "change type"}
_TIMES = ("start", "end", "time", "opened", "created", "createdat", "created_at", "minute")
_ALONE = ("service", "project", "severity", "status", "source", "alertname", "name", "alert name", "cluster",
          "namespace", "level", "phase")
"""Columns whose value is said alone ("Service == 'indexer'": indexer)."""
_PEOPLE = ("actor", "created by", "user", "author", "by", "expired by", "deployedby")
_ACTIONS = {"ack": "acks", "silence": "silences created", "snooze": "snoozes", "unsilence": "silences expired",
            "expire": "silences expired", "resolve": "resolves"}
_BINS = {"1m": "minute", "1h": "hour", "1d": "day", "7d": "week", "60m": "hour", "24h": "day", "1w": "week"}
_MEASURES = {"avg": "average", "sum": "total"}
_HEAD = re.compile(r"(?i)^\s*([A-Za-z_]+)\s*\|\s*(?=where|summarize|project|top|take|limit|count|order|sort|distinct|"
                   r"extend)")
_COMMENT = re.compile(r"\s+(?:--|//)\s*(.*)$")
_WHEN = re.compile(r"(?i)datetime\(\s*['\"]?([\d-]+(?:[ t][\d:]+)?)z?['\"]?\s*\)")


def _column(name: str) -> str:
    key = name.strip().lower()
    return _COLUMNS.get(key, key.replace("_", " "))


def _split(text: str, sep: str) -> list[str]:
    """``text`` split at ``sep`` outside quotes and brackets."""
    parts, depth, quote, start = [], 0, "", 0
    i = 0
    while i < len(text):
        c = text[i]
        if quote:
            quote = "" if c == quote else quote
        elif c in "\"'":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            start = i + len(sep)
            i += len(sep) - 1
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


class _Unread(Exception):
    """A stage or condition this reader does not know: the pipeline is left to the other readers as written."""


def _when(value: str) -> str | None:
    """``datetime(2025-03-11)`` as "2025-03-11 00:00" (a day alone is its midnight), with its time when it has one."""
    at = _WHEN.fullmatch(value.strip())
    if at is None:
        return None
    said = at[1].replace("T", " ").replace("t", " ")
    return said if " " in said else f"{said} 00:00"


class _Said:
    """A pipeline's parts in words."""

    def __init__(self, subject: str) -> None:
        self.subject, self.before, self.after, self.tail = subject, [], [], []
        self.since = self.until = self.window = None
        self.count, self.per, self.top, self.columns, self.first = False, [], None, [], ""
        self.order = ""

    def condition(self, cond: str) -> None:
        """One condition of a ``where``."""
        if m := re.fullmatch(r"(?i)(isnotnull|isnull|isnotempty|isempty)\(\s*(\w+)\s*\)", cond):
            negated = m[1].lower() in ("isnotnull", "isnotempty")
            if _column(m[2]) != "end":
                raise _Unread(cond)
            self.before.append("resolved" if negated else "still open")
            return
        if m := re.fullmatch(r"(?i)(\w+)\s+between\s*\(\s*(.+?)\s*\.\.\s*(.+?)\s*\)", cond):
            start, end = _when(m[2]), _when(m[3])
            if start is None or end is None:
                raise _Unread(cond)
            self.since, self.until = start, end
            return
        m = re.fullmatch(r"(?i)(\w+)\s*(==|=~|!=|!~|>=|<=|>|<|=|\bin~?\b|!in\b|\bhas\b|\bcontains\b)\s*(.+)", cond)
        if m is None:
            raise _Unread(cond)
        column, op, value = _column(m[1]), m[2].lower(), m[3].strip()
        if column in _TIMES or column.endswith(" time"):
            if (ago := re.fullmatch(r"(?i)ago\(\s*(\d+)\s*(m|h|d|w)\s*\)", value)) and op in (">", ">="):
                self.window = last(int(ago[1]), UNITS[ago[2].lower()])
            elif (at := _when(value)) and op in (">", ">="):
                self.since = at
            elif (at := _when(value)) and op in ("<", "<="):
                self.until = at
            else:
                raise _Unread(cond)
            return
        values = [unquote(v.strip()) for v in _split(value.strip("()"), ",")] if op in ("in", "in~", "!in") \
            else [unquote(value)]
        said = " or ".join(values)
        if op in ("!=", "!~") and column == "status" and said.lower() in ("resolved", "firing"):
            self.before.append("still open" if said.lower() == "resolved" else "resolved")
        elif op in ("!=", "!~") and len(values) == 1:
            self.tail.append(f"with {column} != {said}")
        elif op in ("has", "contains") and len(values) == 1:
            self.tail.append(f"whose {column} mentions {said}")
        elif op not in ("==", "=~", "=", "in", "in~"):
            raise _Unread(cond)
        elif column == "type" and self.subject == "changes" and all(v.lower() in TYPES for v in values):
            self.subject = " or ".join(TYPES[v.lower()] for v in values)
        elif column == "action" and all(v.lower() in _ACTIONS for v in values):
            self.subject = " or ".join(_ACTIONS[v.lower()] for v in values)
        elif column in ("env", "environment"):
            self.after.append(f"in {said}")
        elif column in _PEOPLE:
            self.after.append(f"by {said}")
        elif column in _ALONE:
            self.before.append(said)
        else:
            self.tail.append(f"with {column} {said}")

    def summarize(self, stage: str) -> None:
        """``summarize count() by …``, ``summarize avg(x) by …``, ``summarize dcount(x)``."""
        body = stage[len("summarize"):].strip()
        measure, _, by = body.partition(" by ")
        measure = re.sub(r"^\w+\s*=\s*", "", measure.strip())
        one = self.subject.rstrip("s") if self.subject.endswith("s") else self.subject
        if re.fullmatch(r"(?i)count\(\s*\)", measure):
            self.count = True
        elif (m := re.fullmatch(r"(?i)(max|min|arg_max|arg_min)\(\s*(\w+)\s*(?:,\s*\*\s*)?\)", measure)) and \
                _column(m[2]) in _TIMES:
            self.first = f"{'latest' if 'max' in m[1].lower() else 'first'} {one} time"
        elif m := re.fullmatch(r"(?i)dcount\(\s*(\w+)\s*\)", measure):
            self.first = f"how many distinct {_column(m[1])}s"
        elif m := re.fullmatch(r"(?i)(avg|sum)\(\s*(\w+)\s*\)", measure):
            self.first = f"{_MEASURES[m[1].lower()]} {_column(m[2])}"
        elif re.fullmatch(r"(?i)avg\(\s*datetime_diff\(\s*['\"]minute['\"]\s*,\s*endtime\s*,\s*starttime\s*\)\s*\)",
                          measure):
            self.first = "average minutes to resolve"
        else:
            raise _Unread(stage)
        for key in _split(by, ","):
            if not key:
                continue
            if m := re.fullmatch(r"(?i)bin\(\s*\w+\s*,\s*(\d+[mhdw])\s*\)", key):
                n = m[1].lower()
                self.per.append(_BINS.get(n) or f"{n[:-1]} {UNITS[n[-1]]}")
            elif re.fullmatch(r"\w+", key):
                self.per.append(_column(key))
            else:
                raise _Unread(stage)

    def words(self) -> str:
        when = f"between {self.since} and {self.until}" if self.since and self.until else \
            f"since {self.since}" if self.since else f"before {self.until}" if self.until else self.window or ""
        text = " ".join(filter(None, [*self.before, self.subject, *self.after, when]))
        if self.first.endswith(" time"):  # "latest alert time per service": of the rows the rest names
            text = f"{self.first} of {' '.join(filter(None, [*self.before, *self.after, when]))}".removesuffix(" of ")
        elif self.first:
            text = f"{self.first} of {text}"
        elif self.count:
            text = f"how many {text}"
        if self.per:
            text += " per " + " and ".join(self.per)
        text = " ".join([text, *self.tail])
        if self.top:
            text = f"{text}, top {self.top}" if self.count or self.first else \
                f"{'first' if self.order == 'asc' else 'latest'} {self.top} {text}"
        elif self.order and not (self.count or self.first):
            text += ", oldest first" if self.order == "asc" else ", newest first"
        if self.columns:
            text += " - just " + ", ".join(self.columns[:-1]) + (" and " if len(self.columns) > 1 else "") + \
                self.columns[-1]
        return re.sub(r"\s+", " ", text).strip()


def _stage(said: _Said, stage: str) -> None:
    """One stage of the pipeline read into ``said``; :class:`_Unread` when it is not one this reader knows."""
    verb = stage.split(maxsplit=1)[0].lower() if stage else ""
    rest = stage[len(verb):].strip()
    summed = said.count or said.first
    if verb == "where":
        for cond in _split(re.sub(r"(?i)\s+and\s+", " && ", rest), "&&"):
            said.condition(cond)
    elif verb == "summarize" and not summed:
        said.summarize(stage)
    elif verb == "count" and not rest and not summed:
        said.count = True
    elif verb == "top" and (m := re.fullmatch(r"(?i)(\d+)\s+by\s+(\w+)(?:\s+(asc|desc))?", rest)) and (
            summed or _column(m[2]) in _TIMES):
        said.top, said.order = m[1], (m[3] or "desc").lower() if not summed else ""
    elif verb in ("take", "limit") and (m := re.fullmatch(r"(\d+)", rest)) and (said.order or summed):
        said.top = m[1]  # (after an order: the first rows of it)
    elif verb == "project" and rest:
        said.columns = [_column(c) for c in _split(rest, ",") if c]
    elif verb == "distinct" and re.fullmatch(r"\w+", rest) and not summed:
        said.first = f"distinct {_column(rest)}s"
    elif verb in ("order", "sort") and (m := re.fullmatch(r"(?i)by\s+(\w+)(?:\s+(asc|desc))?", rest)) and (
            _column(m[1]) in _TIMES or (summed and m[1].lower() in ("count_", "count"))):
        said.order = "" if summed else (m[2] or "desc").lower()  # (Kusto sorts descending unless told)
    else:
        raise _Unread(stage)


def kusto(text: str) -> str | None:
    """A KQL pipeline in words; ``None`` when ``text`` does not start with a known table and a pipe."""
    head = _HEAD.match(text)
    if head is None or head[1].lower() not in _TABLES:
        return None
    comment = ""
    if m := _COMMENT.search(text):
        text, comment = text[:m.start()], m[1].strip()
    if head[1].islower() and not re.search(r"\|\s*(?:where|summarize|project|distinct|take)\b", text):
        return None  # "alerts | sort by starts_at": a pipe of words, read by the others as before
    said = _Said(_TABLES[head[1].lower()])
    try:
        for stage in _split(text[head.end():], "|"):
            _stage(said, stage)
    except _Unread:
        return None  # ("alerts | count by service", "alerts | top 5": another reader's, or refused as written)
    words = said.words()
    if re.match(r"(?i)(?:means?|i\.?e\.?|=|that is|in words)\b[:,]?\s*", comment):
        return re.sub(r"(?i)^(?:means?|i\.?e\.?|=|that is|in words)\b[:,]?\s*", "", comment)
    if comment:
        words = f"{words} {re.sub(r'(?i)^only (?:those|the ones) (?:which|that|who)', 'that', comment)}"
    return words
