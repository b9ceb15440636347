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
           "deploys": "deploys", "auditlog": "audit entries", "alertgroups": "incidents",
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
_MEASURES = {"avg": "average", "sum": "total", "max": "highest", "min": "lowest", "percentile": "p", "dcount":
             "distinct"}
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


class _Said:
    """A pipeline's parts in words."""

    def __init__(self, subject: str) -> None:
        self.subject, self.before, self.after, self.tail = subject, [], [], []
        self.since = self.until = self.window = None
        self.count, self.per, self.top, self.columns, self.first = False, [], None, [], ""

    def condition(self, cond: str) -> None:
        """One condition of a ``where``."""
        if m := re.fullmatch(r"(?i)(isnotnull|isnull|isnotempty|isempty)\(\s*(\w+)\s*\)", cond):
            negated = m[1].lower() in ("isnotnull", "isnotempty")
            if _column(m[2]) == "end":
                self.before.append("resolved" if negated else "still open")
            else:
                self.tail.append(f"where {_column(m[2])} is {'not ' if negated else ''}empty")
            return
        if m := re.fullmatch(r"(?i)(\w+)\s+between\s*\(\s*(.+?)\s*\.\.\s*(.+?)\s*\)", cond):
            start, end = _WHEN.search(m[2]), _WHEN.search(m[3])
            if start and end:
                self.since, self.until = start[1].replace("T", " "), end[1].replace("T", " ")
                return
        m = re.fullmatch(r"(?i)(\w+)\s*(==|=~|!=|!~|>=|<=|>|<|=|\bin~?\b|!in\b|\bhas\b|\bcontains\b|"
                         r"\bstartswith\b|\bendswith\b|\bhas_any\b)\s*(.+)", cond)
        if m is None:
            self.tail.append(f"where {cond}")
            return
        column, op, value = _column(m[1]), m[2].lower(), m[3].strip()
        if column in _TIMES or column.endswith(" time"):
            if (ago := re.fullmatch(r"(?i)ago\(\s*(\d+)\s*(m|h|d|w)\s*\)", value)) and op in (">", ">="):
                self.window = last(int(ago[1]), UNITS[ago[2].lower()])
            elif (at := _WHEN.fullmatch(value)) and op in (">", ">="):
                self.since = at[1].replace("T", " ")
            elif (at := _WHEN.fullmatch(value)) and op in ("<", "<="):
                self.until = at[1].replace("T", " ")
            else:
                self.tail.append(f"where {column} {op} {value}")
            return
        values = [unquote(v.strip()) for v in _split(value.strip("()"), ",")] if op in ("in", "in~", "!in") \
            else [unquote(value)]
        said = " or ".join(values)
        if op in ("!=", "!~", "!in"):
            self.tail.append(f"where {column} is not {said}")
        elif op in ("has", "contains", "has_any"):
            self.tail.append(f"whose {column} mentions {said}")
        elif op in ("startswith", "endswith"):
            self.tail.append(f"whose {column} {'starts' if op == 'startswith' else 'ends'} with {said}")
        elif op in ("<", "<=", ">", ">="):
            self.tail.append(f"where {column} {op} {said}")
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
        if re.fullmatch(r"(?i)count\(\s*\)", measure):
            self.count = True
        elif m := re.fullmatch(r"(?i)(avg|sum|max|min|dcount)\(\s*(\w+)\s*\)", measure):
            self.first = f"{_MEASURES[m[1].lower()]} {_column(m[2])}"
        elif re.fullmatch(r"(?i)avg\(\s*datetime_diff\(\s*['\"]minute['\"]\s*,\s*endtime\s*,\s*starttime\s*\)\s*\)",
                          measure):
            self.first = "average minutes to resolve"
        else:
            self.tail.append(stage)
            return
        for key in _split(by, ","):
            if not key:
                continue
            if m := re.fullmatch(r"(?i)bin\(\s*\w+\s*,\s*(\d+[mhdw])\s*\)", key):
                n = m[1].lower()
                self.per.append(_BINS.get(n) or f"{n[:-1]} {UNITS[n[-1]]}")
            else:
                self.per.append(_column(key))

    def words(self) -> str:
        when = f"between {self.since} and {self.until}" if self.since and self.until else \
            f"since {self.since}" if self.since else f"before {self.until}" if self.until else self.window or ""
        text = " ".join(filter(None, [*self.before, self.subject, *self.after, when]))
        if self.first:
            text = f"{self.first} of {text}"
        elif self.count:
            text = f"how many {text}"
        if self.per:
            text += " per " + " and ".join(self.per)
        text = " ".join([text, *self.tail])
        if self.top:
            text = f"{text}, top {self.top}" if self.count or self.first else f"latest {self.top} {text}"
        if self.columns:
            text += " - just " + ", ".join(self.columns[:-1]) + (" and " if len(self.columns) > 1 else "") + \
                self.columns[-1]
        return re.sub(r"\s+", " ", text).strip()


def kusto(text: str) -> str | None:
    """A KQL pipeline in words; ``None`` when ``text`` does not start with a known table and a pipe."""
    head = _HEAD.match(text)
    if head is None or head[1].lower() not in _TABLES:
        return None
    comment = ""
    if m := _COMMENT.search(text):
        text, comment = text[:m.start()], m[1].strip()
    said = _Said(_TABLES[head[1].lower()])
    for stage in _split(text[head.end():], "|"):
        verb = stage.split(maxsplit=1)[0].lower() if stage else ""
        rest = stage[len(verb):].strip()
        if verb == "where":
            for cond in _split(re.sub(r"(?i)\s+and\s+", " && ", rest), "&&"):
                said.condition(cond)
        elif verb == "summarize":
            said.summarize(stage)
        elif verb == "count":
            said.count = True
        elif verb in ("top", "take", "limit") and (m := re.match(r"(\d+)", rest)):
            said.top = m[1]
        elif verb == "project":
            said.columns = [_column(c) for c in _split(rest, ",") if c]
        elif verb == "distinct" and rest:
            said.first = "which " + " and ".join(_column(c) for c in _split(rest, ","))
        elif verb in ("order", "sort"):
            if re.search(r"(?i)\basc\b", rest):
                said.tail.append("oldest first")
        elif verb != "extend":
            said.tail.append(stage)
    words = said.words()
    if re.match(r"(?i)(?:means?|i\.?e\.?|=|that is|in words)\b[:,]?\s*", comment):
        return re.sub(r"(?i)^(?:means?|i\.?e\.?|=|that is|in words)\b[:,]?\s*", "", comment)
    if comment:
        words = f"{words} {re.sub(r'(?i)^only (?:those|the ones) (?:which|that|who)', 'that', comment)}"
    return words
