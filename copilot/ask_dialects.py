"""Questions typed in the query language of another tool, rewritten into the words the reading knows: Splunk's
search pipeline ("index=alerts service=indexer earliest=-7d | stats count by severity"), New Relic's NRQL words
("violations WHERE entity = 'user-profile' SINCE 1 month ago", "FACET severity"). (Kibana's ``field:value`` and
Prometheus' label matchers, ``alertname="HighErrorRate"``, are read as they are: their words are the values.) As with
half-written SQL, the text is only rewritten: the result is read and gated like any other question, never run.

>>> in_words("index=alerts service=indexer severity=warning earliest=-7d, just the raw events")
'indexer warning alerts in the last 7 days, just the raw events'
>>> in_words("index=changes type=deployment earliest=-30d | stats count by actor | sort -count | head 2")
'how many deploys in the last 30 days per actor, top 2'
>>> in_words("index=silences | eval weekday=strftime(created_at, \\"%A\\") | stats count by weekday")
'how many silences per weekday'
>>> in_words("violations WHERE entity = 'user-profile' SINCE 1 month ago FACET severity")
'alerts user-profile in the past month per severity'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from signalcraft.copilot import ask_re as re

__all__ = ["in_words"]

_INDEX = {"alerts": "alerts", "alert": "alerts", "changes": "changes", "change_events": "changes",
          "deploys": "deploys", "deployments": "deploys", "incidents": "incidents", "alert_groups": "incidents",
          "silences": "silences", "logs": "log lines", "log_events": "log lines", "logpatterns": "log templates",
          "log_patterns": "log templates", "log_pattern_counts": "log templates", "templates": "log templates",
          "warnings": "warnings", "audit": "audit entries", "audit_log": "audit entries"}
_TYPES = {"deployment": "deploys", "rollback": "rollbacks", "flag_change": "flag changes", "config_update":
          "config changes", "config_change": "config changes", "release": "releases", "scale": "scale events"}
_VALUES = ("service", "project", "environment", "env", "severity", "alertname", "name", "status", "source", "type",
           "change_type", "phase", "cluster", "namespace", "team", "entity", "app", "level", "host")
"""Fields whose value is said alone ("service=indexer": indexer)."""
_PEOPLE = ("actor", "created_by", "user", "author", "owner", "createdby", "by")
_UNITS = {"s": "seconds", "m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks", "mon": "months",
          "y": "years"}
_AGGREGATES = {"sum": "total", "avg": "average", "max": "most", "min": "least"}
_PAIR = re.compile(r"""(?P<field>[\w.]+)\s*(?P<op>!=|=~|=|:)\s*(?P<value>"[^"]*"|'[^']*'|[^\s,|)}]+)""")
_STAMP = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?::(\d{1,2}):(\d{2})(?::\d{2})?)?")


def _unquote(value: str) -> str:
    return value[1:-1] if value[:1] in "\"'" and value[-1:] == value[:1] else value


def _stamp(value: str) -> str | None:
    """Splunk's ``MM/DD/YYYY:HH:MM:SS`` as ``YYYY-MM-DD HH:MM``."""
    m = _STAMP.fullmatch(value)
    if m is None:
        return None
    day = f"{m[3]}-{int(m[1]):02d}-{int(m[2]):02d}"
    return f"{day} {int(m[4]):02d}:{m[5]}" if m[4] else day


def _relative(value: str) -> str | None:
    """``-7d``, ``-24h@h``, ``-1mon``: "in the last 7 days" (one of a unit: "in the last day")."""
    m = re.fullmatch(r"-(\d+)(s|m|min|h|d|w|mon|y)(?:@\w+)?", value)
    if m is None:
        return None
    return _last(int(m[1]), _UNITS[m[2]])


def _last(n: int, unit: str) -> str:
    """A window back from now: one week is its seven days, one month the month up to now (not the calendar week or
    month before this one)."""
    n, unit = (7, "days") if (n, unit) == (1, "weeks") else (24, "hours") if (n, unit) == (1, "days") else (n, unit)
    if unit == "months":  # a month back from now, not the calendar month before this one
        return "in the past month" if n == 1 else f"in the last {n} months"
    return f"in the last {unit[:-1]}" if n == 1 else f"in the last {n} {unit}"


def _spl(text: str) -> str | None:
    """A Splunk search (``index=… | …``) in words; ``None`` when ``text`` is not one."""
    head = re.match(r"(?i)^\s*(?:search\s+)?index\s*=\s*\"?([\w-]+)\"?", text)
    if head is None:
        return None
    parts = text[head.end():].split("|")
    said = _searched(_INDEX.get(head[1].lower(), head[1].lower().replace("_", " ")), parts[0])
    return _piped(said, [p.strip() for p in parts[1:]])


@dataclass
class _Said:
    """A search's parts as words: what is counted and the words around it."""

    subject: str
    before: list[str] = field(default_factory=list)  # values said before the subject ("indexer warning")
    after: list[str] = field(default_factory=list)  # people and the window
    free: list[str] = field(default_factory=list)  # conditions and what the commands add
    tail: str = ""


def _searched(subject: str, search: str) -> _Said:
    """The search before the first pipe: the index's kind narrowed by its ``field=value`` pairs and its window."""
    said, since, until, when = _Said(subject), None, None, None
    for m in _PAIR.finditer(search):
        key, value = m["field"].lower(), _unquote(m["value"])
        if key == "earliest":
            when, since = _relative(value) or when, _stamp(value) or since
        elif key == "latest":
            until = _stamp(value)
        elif key in ("is_error", "error") and value.lower() in ("true", "1", "t"):
            said.subject = "error lines" if said.subject == "log lines" else f"error {said.subject}"
        elif key == "type" and said.subject == "changes" and value.lower() in _TYPES:
            said.subject = _TYPES[value.lower()]
        elif key in _PEOPLE:
            said.after.append(f"by {value}")
        elif key.endswith("change_type"):
            said.free.append(f"whose suspect was a {value.replace('_', ' ')}")
        elif key in _VALUES:
            said.before.append(value)
        else:
            said.free.append(f"where {key} is {value}")
    said.after.append(f"between {since} and {until}" if since and until else f"since {since}" if since else when or "")
    left = re.sub(r"\b\d{1,2}/\d{1,2}/\d{4}(?::\d{1,2}:\d{2}(?::\d{2})?)?\b", lambda m: _stamp(m[0]) or m[0],
                  _PAIR.sub("", search).strip())  # "created between 02/01/2025 and 02/28/2025"
    said.tail = left  # ", just the raw events": the search's own words after it
    return said


def _piped(said: _Said, commands: list[str]) -> str:
    """The search's words with what its commands do: a count per value, a ranking, the columns shown."""
    count, ranked, per, top, columns, names = False, False, None, None, None, {}
    for command in commands:
        words = command.split()
        verb = words[0].lower() if words else ""
        if verb == "eval" and (m := re.match(r"(?i)eval\s+(\w+)\s*=\s*strftime\([^,]+,\s*\"%([AaHdj])\"\)", command)):
            names[m[1]] = {"A": "weekday", "a": "weekday", "H": "hour of day", "d": "day", "j": "day"}[m[2]]
        elif verb == "stats" and (m := re.match(r"(?i)stats\s+(?:count|dc\(\w+\))(?:\s+by\s+([\w, ]+))?$", command)):
            count, per = True, m[1]
        elif verb == "stats" and (m := re.match(r"(?i)stats\s+(sum|avg|max|min)\((\w+)\)(?:\s+as\s+\w+)?(?:\s+by\s+"
                                                r"([\w, ]+))?$", command)):
            measure = "error lines" if m[2] == "errors" else m[2]
            by = (m[3] or "").strip()
            if m[1] == "sum" and said.subject == "log templates" and by in ("template", "template_id"):
                said.subject, ranked = f"log templates by {measure}", True  # "… by template | sort -sum | head 3"
            else:
                said.free.append(f"{_AGGREGATES[m[1]]} {measure}" + (f" per {m[3].strip()}" if m[3] else ""))
        elif verb == "timechart" and (m := re.search(r"span=1?([mhdw])", command)):
            count, per = True, {"m": "minute", "h": "hour", "d": "day", "w": "week"}[m[1]]
        elif verb in ("head", "tail") and len(words) > 1 and words[1].isdigit():
            top = words[1]
        elif verb in ("table", "fields"):
            columns = [w.strip(",") for w in words[1:] if w.strip(",")]
        elif verb == "where":  # "| where it went live while …": the rows that did
            said.free.append(re.sub(r"(?i)^(?:it|they)\b", "that", command[len("where"):].strip()))
        elif command and verb not in ("sort", "dedup", "reverse", "rename"):
            said.free.append(command)
    text = " ".join(filter(None, [*said.before, said.subject, *said.after]))
    text += f" {said.tail}" if said.tail[:1].isalnum() else said.tail  # (a leading comma stays on the word before)
    if per:
        text += " per " + " and ".join(names.get(p.strip(), p.strip()) for p in per.split(",") if p.strip())
    text = " ".join(filter(None, [f"how many {text}" if count else text, *said.free]))
    if top:
        text = f"{text}, top {top}" if count or ranked else f"latest {top} {text}"
    if columns:
        text += " - just " + ", ".join(columns[:-1]) + (" and " if len(columns) > 1 else "") + columns[-1]
    return re.sub(r"\s+", " ", text).strip()


_FIELDS = (
    (r"(?i)\balert arrival rate\b", "alert count"),
    (r"(?i)\b(?:alert )?arrivals\b", "alerts"),
    (r"(?i)\bhour on the clock\b(?:\s*\(\s*0\s*-\s*23\s*\))?", "hour of the day"),
    (r"(?i)[,.;]?\s*(?:counting |including |considering )?only (?:the )?days (?:that|which) had (?:at least one |any )?"
     r"\w+\b", ""),
    (r"(?i)(?:^|(?<=\s))n of\b", "number of"),
)
"""Words of other fields: a queue's arrivals are alerts started; "only days that had alerts" is what an average per
day of the rows counts anyway; "n of" is a count."""

_NRQL = (
    (r"(?i)\ba violation\b", "an alert"),
    (r"\s+WHERE\s+[\w.]+\s*=\s*'([^']*)'", r" \1"),
    (r"(?i)\bviolations?\b", lambda m: "alerts" if m[0].lower().endswith("s") else "alert"),
    (r"(?i)\bdeployment markers?\b", "deploys"),
    (r"(?i)\bmuting rules?\b", "silences"),
    (r"(?i)\bthe (?!same\b)([\w-]+) entity\b", r"\1"),
    (r"(?i)\bentity\b", "service"),
    (r"(?i)\bentities\b", "services"),
    (r"(?i)\bSINCE (\d+) (minute|hour|day|week|month)s? ago\b",
     lambda m: _last(int(m[1]), f"{m[2].lower()}s")),
    (r"(?i)\bFACET hourOf\(\w+\)", "per hour of day"),
    (r"(?i)\bFACET weekdayOf\(\w+\)", "per weekday"),
    (r"(?i)\bFACET dateOf\(\w+\)", "per day"),
    (r"(?i)\bFACET ([\w.]+)\b", r"per \1"),
    (r"(?i)\bTIMESERIES (\d+ )?(minute|hour|day|week)s?\b", r"per \2"),
    (r"(?i)\s*\bacross all data\b", ""),
)
"""New Relic's words: a violation is an alert, an entity a service, a deployment marker a deploy, a muting rule a
silence; ``SINCE … ago`` a window back from now, ``FACET`` a breakdown."""

_FLAG = re.compile(r"(?:^|\s)(--?[a-z][\w-]*)(?:(=|~|\s+)(?!-)(\"[^\"]*\"|'[^']*'|<[^>]*>|[^\s]+))?", re.I)
_SUBJECT_WORDS = ((r"\balertnames?\b", "alert names"), (r"\bincident-suspects\b", "suspects"),
                  (r"\blag-min\b", "lag in minutes"), (r"\bsvcs?\b", "service"))
_PLACE = {"svc": "on", "service": "on", "project": "in project", "env": "in", "environment": "in",
          "created-by": "by", "actor": "by", "by": "by", "user": "by"}
_BARE = {"all-svc": "on any service", "all-services": "on any service", "same-svc": "of the same service",
         "same-service": "of the same service", "with-suspect": "with a suspect", "acked-while-firing":
         "that were acked while firing", "during-silence": "while a silence was in effect"}


def _cli(text: str) -> str | None:
    """A command line's words (``deploys --since 30d --group-by day``, ``top 2 actors --type=flag_change``,
    ``silences --created-by=jonas --comment~reindex``) as a question; ``None`` when ``text`` has no ``--flag``."""
    first = re.search(r"(?:^|\s)--[a-z]", text)
    if first is None or not re.match(r"^\s*[a-z]", text, re.I):
        return None
    subject = text[:first.start()].strip()
    for pattern, words in _SUBJECT_WORDS:
        subject = re.sub(pattern, words, subject, flags=re.I)
    before, after, columns = [], [], []
    for m in _FLAG.finditer(text[first.start():]):
        flag, value = m[1].lstrip("-").lower(), _unquote(m[3] or "").strip("<>")
        if flag in ("since", "last") and (m2 := re.fullmatch(r"(\d+)(s|m|min|h|d|w|mon|y)", value)):
            after.append(_last(int(m2[1]), _UNITS[m2[2]]))
        elif flag in ("group-by", "by-each", "per") or (flag == "by" and value in ("day", "hour", "week", "service")):
            after.append(f"per {value}")
        elif flag in ("type", "change-type") and subject.lower().endswith("suspects"):
            after.append(f"whose suspect was a {value.replace('_', ' ')}")
        elif flag == "type":
            kinds = [_TYPES.get(v.lower(), v.replace("_", " ")) for v in value.split(",") if v]
            if re.fullmatch(r"(?i)(?:all )?changes?", subject):
                subject = " or ".join(kinds)
            else:
                after.append("of " + " or ".join(kinds))
        elif flag in _PLACE and value:
            after.append(f"{_PLACE[flag]} {value}")
        elif flag in ("state", "status", "severity", "sev") and value:
            before.append(value)
        elif flag == "comment" and value:
            after.append(f"whose comment mentions {value}")
        elif flag in ("o", "output", "fields", "columns") and value:
            columns = [c.replace("_", " ") for c in value.split(",") if c]
        elif flag in ("limit", "n", "top") and value.isdigit():
            subject = f"top {value} {subject}"
        elif flag in ("firing-at", "at") and value:
            after.append(f"firing when {value}" if flag == "firing-at" else f"at {value}")
        elif flag == "opened-after" and value:
            after.append(f"opened after a {_TYPES.get(value.lower(), value.replace('_', ' '))}")
        elif flag == "within" and (m2 := re.fullmatch(r"(\d+)(s|m|min|h|d)", value)):
            after.append(f"within {m2[1]} {_UNITS[m2[2]]}")
        elif flag in _BARE:
            after.append(_BARE[flag])
        elif flag not in ("sort", "sort-by", "order", "desc", "count"):
            after.append(f"{flag.replace('-', ' ')} {value}".strip())  # left for the reading to read or refuse
    said = " ".join([*before, subject, *after])
    if columns:
        said += " - just " + ", ".join(columns[:-1]) + (" and " if len(columns) > 1 else "") + columns[-1]
    return re.sub(r"\s+", " ", said).strip()


def in_words(text: str) -> str:
    """``text`` with another tool's query words said as a question's; unchanged when it has none."""
    spl = _spl(text) or _cli(text)
    if spl is not None:
        return spl
    for pattern, replacement in (*_NRQL, *_FIELDS):
        text = re.sub(pattern, replacement, text)
    return re.sub(r"(?<=\S)  +(?=\S)", " ", text).strip()
