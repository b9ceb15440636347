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
from signalcraft.copilot.ask_kusto import kusto
from signalcraft.copilot.ask_query_terms import INDEX, TYPES, UNITS, last, unquote
from signalcraft.copilot.ask_selectors import selectors

__all__ = ["in_words"]

_VALUES = ("service", "project", "environment", "env", "severity", "alertname", "name", "status", "source", "type",
           "change_type", "phase", "cluster", "namespace", "team", "entity", "app", "level", "host")
"""Fields whose value is said alone ("service=indexer": indexer)."""
_PEOPLE = ("actor", "created_by", "user", "author", "owner", "createdby", "by")
_AGGREGATES = {"sum": "total", "avg": "average", "max": "most", "min": "least"}
_PAIR = re.compile(r"""(?P<field>[\w.]+)\s*(?P<op>!=|=~|=|:)\s*(?P<value>"[^"]*"|'[^']*'|[^\s,|)}]+)""")
_STAMP = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?::(\d{1,2}):(\d{2})(?::\d{2})?)?")


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
    return last(int(m[1]), UNITS[m[2]])


def _kind(table: str) -> str:
    """The kind of record a table of another tool's names ("Alert", "Incident", "Deployment")."""
    name = table.lower()
    return INDEX.get(name) or INDEX.get(name + "s") or name


def _spl(text: str) -> str | None:
    """A Splunk search (``index=… | …``) in words; ``None`` when ``text`` is not one."""
    head = re.match(r"(?i)^\s*(?:search\s+)?index\s*=\s*\"?([\w-]+)\"?", text)
    if head is None:
        return None
    parts = text[head.end():].split("|")
    said = _searched(INDEX.get(head[1].lower(), head[1].lower().replace("_", " ")), parts[0])
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
        key, value = m["field"].lower(), unquote(m["value"])
        if key == "earliest" and value in ("@d", "@w", "@w0", "@w1", "@mon"):
            when = {"@d": "today", "@mon": "this month"}.get(value, "this week")
        elif key == "earliest":
            when, since = _relative(value) or when, _stamp(value) or since
        elif key == "latest":
            until = _stamp(value)
        elif key in ("is_error", "error") and value.lower() in ("true", "1", "t"):
            said.subject = "error lines" if said.subject == "log lines" else f"error {said.subject}"
        elif key == "type" and said.subject == "changes" and value.lower() in TYPES:
            said.subject = TYPES[value.lower()]
        elif key in _PEOPLE:
            said.after.append(f"by {value.rstrip('*')}")
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
            columns = [w.strip(",").replace("_time", "time") for w in words[1:] if w.strip(",") not in ("", "*")]
        elif verb == "stats" and (m := re.match(r"(?i)stats\s+(?:latest|max|last)\(_time\)(?:\s+as\s+\w+)?\s+by\s+"
                                                r"(\w+)$", command)):
            said.subject = f"latest {said.subject.rstrip('s')} time"
            said.free.append(f"per {m[1]}")
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
    (r"(?i)\b(?:avg|average|mean) (?:resolve|resolution) time\b", "average time to resolve"),
)
"""Words of other fields: a queue's arrivals are alerts started; "only days that had alerts" is what an average per
day of the rows counts anyway; "n of" is a count."""

_NRQL = (
    (r"(?i)\ba violation\b", "an alert"),
    (r"(?i)^\s*SELECT\s+count\(\*\)\s+FROM\s+(\w+)\b", lambda m: f"how many {_kind(m[1])}"),
    (r"(?i)\bSINCE\s+'([^']+)'\s+UNTIL\s+'([^']+)'", r"between \1 and \2"),
    (r"\s+WHERE\s+(?:env|environment)\s*=\s*'([^']*)'", r" in env \1"),
    (r"\s+WHERE\s+[\w.]+\s*=\s*'([^']*)'", r" \1"),
    (r"(?i)\bviolations?\b", lambda m: "alerts" if m[0].lower().endswith("s") else "alert"),
    (r"(?i)\bdeployment markers?\b", "deploys"),
    (r"(?i)\bmuting rules?\b", "silences"),
    (r"(?i)\bthe (?!same\b)([\w-]+) entity\b", r"\1"),
    (r"(?i)\bentity\b", "service"),
    (r"(?i)\bentities\b", "services"),
    (r"(?i)\bSINCE (\d+) (minute|hour|day|week|month)s? ago\b",
     lambda m: last(int(m[1]), f"{m[2].lower()}s")),
    (r"(?i)\bFACET hourOf\(\w+\)", "per hour of day"),
    (r"(?i)\bFACET weekdayOf\(\w+\)", "per weekday"),
    (r"(?i)\bFACET dateOf\(\w+\)", "per day"),
    (r"(?i)\bFACET ([\w.]+)\b", lambda m: "per " + re.sub(r"(?<=[a-z])(?=[A-Z])", " ", m[1]).replace(".", " ").lower()),
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
        flag, value = m[1].lstrip("-").lower(), unquote(m[3] or "").strip("<>")
        if flag in ("since", "last") and (m2 := re.fullmatch(r"(\d+)(s|m|min|h|d|w|mon|y)", value)):
            after.append(last(int(m2[1]), UNITS[m2[2]]))
        elif flag in ("group-by", "by-each", "per") or (flag == "by" and value in ("day", "hour", "week", "service")):
            after.append(f"per {value}")
        elif flag in ("type", "change-type") and subject.lower().endswith("suspects"):
            after.append(f"whose suspect was a {value.replace('_', ' ')}")
        elif flag == "type":
            kinds = [TYPES.get(v.lower(), v.replace("_", " ")) for v in value.split(",") if v]
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
            after.append(f"opened after a {TYPES.get(value.lower(), value.replace('_', ' '))}")
        elif flag == "within" and (m2 := re.fullmatch(r"(\d+)(s|m|min|h|d)", value)):
            after.append(f"within {m2[1]} {UNITS[m2[2]]}")
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
    if (said := kusto(text)) is not None:
        text = said  # (its words then read as the others': "avg resolve time")
    elif (spl := _spl(text) or _cli(text)) is not None:
        return spl
    text = selectors(text)
    for pattern, replacement in (*_NRQL, *_FIELDS):
        text = re.sub(pattern, replacement, text)
    return re.sub(r"(?<=\S)  +(?=\S)", " ", text).strip()
