"""Fragments of other tools' query languages inside a question, said in the words the reading knows: Prometheus'
selectors and ``topk`` (``ALERTS{alertstate="firing", namespace="identity"}``, ``topk(3, count by (metric_key)
(warnings))``), a Jira JQL filter (``project = SEARCH AND status = "firing" ORDER BY created DESC``), a spreadsheet's
formula (``=COUNTIFS(env, "staging", service, "search-api")``, ``=AVERAGE(alert_count)``), a field said with ``=`` or
spaces ("in project = CHECKOUT"), and the columns a pipe's ``table`` or ``project`` asks for after a
question in words. Only the text is rewritten; what it becomes is read and gated like any question.

>>> selectors('ALERTS{alertstate="firing", namespace="identity"} which alert still firing now?')
'firing alerts with namespace identity which alert still firing now?'
>>> selectors("topk(3, count by (metric_key) (early warnings))")
'top 3 metric_key by early warnings'
>>> selectors('project = SEARCH AND status = "firing" ORDER BY created DESC')
'alerts in project search that are firing, newest first'
>>> selectors('=COUNTIFS(env, "staging", service, "search-api")  how much is it?')
'how many alerts in staging for search-api how much is it?'
>>> selectors("what changed in prod yesterday | table _time type service summary")
'what changed in prod yesterday: time, type, service and summary'
"""

from __future__ import annotations

from datetime import UTC, datetime

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_query_terms import UNITS, last, unquote

__all__ = ["selectors"]

_SELECTOR = re.compile(r"\b(?P<name>[A-Za-z_:][\w:]*)?\{(?P<body>[^{}]*)\}(?:\[(?P<range>\d+[smhdw])\])?"
                       r"(?:\s*@\s*(?P<at>\d{10}|\d{4}-\d\d-\d\d \d\d:\d\d)(?::\d\d)?)?")
_MATCHER = re.compile(r"""(?P<key>\w+)\s*(?P<op>=~|!~|!=|=)\s*(?P<value>"[^"]*"|'[^']*')""")
_ALONE = ("service", "job", "alertname", "severity", "project", "app", "application")
_ENVIRONMENTS = ("env", "environment", "stage", "deployment_environment")
_STATES = {"firing": "firing", "resolved": "resolved", "open": "still open", "done": "resolved",
           "closed": "resolved", "in progress": "still open"}
_FIELD = r"(?:project|service|svc|env|environment|severity|sev|status|team|cluster|namespace|source)"


def _matchers(body: str) -> tuple[list[str], list[str]]:
    """A selector's matchers in words: those said before the kind ("firing", "payments-api") and after it."""
    before, after = [], []
    for m in _MATCHER.finditer(body):
        key, op, value = m["key"].lower(), m["op"], unquote(m["value"])
        if op in ("!=", "!~"):
            after.append(f"where {key} is not {value}")
        elif op == "=~" and key == "service" and re.fullmatch(r"[\w-]+\.\*", value):
            after.append(f"for services starting with {value[:-2]}")
        elif op == "=~":
            raise ValueError(value)  # another pattern: the selector left as written
        elif key == "alertstate" and value.lower() in ("firing", "resolved"):
            before.append(value.lower())
        elif key == "alertstate":
            raise ValueError(value)  # ("pending": no state of the store)
        elif key in _ALONE:
            before.append(value)
        elif key in _ENVIRONMENTS:
            after.append(f"in {value}")
        else:
            after.append(f"with {key} {value}")
    return before, after


def _selector(m: re.Match, text: str) -> str:
    try:
        before, after = _matchers(m["body"])
    except ValueError:
        return m[0]
    name = (m["name"] or "").lower()
    liked = re.search(r"(?i)\blike\s*$", text[:m.start()]) is not None
    if name in ("alerts", "alert") or not name:
        said = " ".join([*before, "alerts" if name or not liked else "", *after]).strip()
    elif liked:  # "like build_info{service=…, env=…} which version …": the selector's values, not its metric
        said = " ".join(["for", *before, *after])
    else:
        said = " ".join([*before, name, *after])
    if m["range"]:
        n, unit = m["range"][:-1], {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}[
            m["range"][-1]]
        said += f" in the last {n} {unit}"
    if m["at"]:  # (epoch seconds, or the time they are once read: "@ 2025-03-11 14:45:00")
        said += " at " + (datetime.fromtimestamp(int(m["at"]), UTC).strftime("%Y-%m-%d %H:%M") if m["at"].isdigit()
                          else m["at"]) + " UTC"
    return said


def _promql(text: str) -> str:
    text = re.sub(r"(?i)\btopk\(\s*(\d+)\s*,\s*(?:count|sum)\s+by\s*\(\s*([\w.]+)\s*\)\s*\(\s*([^()]+?)\s*\)\s*\)",
                  r"top \1 \2 by \3", text)
    text = re.sub(r"(?i)\bcount\s+by\s*\(\s*([\w.]+)\s*\)\s*\(\s*([^()]+?)\s*\)", r"how many \2 per \1", text)
    if not _SELECTOR.search(text):
        return text
    out, last = [], 0
    for m in _SELECTOR.finditer(text):
        if not _MATCHER.search(m["body"]):
            continue
        out.append(text[last:m.start()])
        out.append(_selector(m, text))
        last = m.end()
    text = "".join(out) + text[last:]
    text = re.sub(r"(?i)\blike\s+for\b", "for", text)
    if re.search(r"\bat \d{4}-\d\d-\d\d \d\d:\d\d UTC\b", text):
        text = re.sub(r"\s*\(\s*=[^)]*\)", "", text)  # "@ 1741704300 (= 14:45 utc yesterday)": said once
    return re.sub(r"\s{2,}", " ", text).strip()


_JQL_CLAUSE = r"""\w+\s*(?:>=|=|!=|~|\bin\b)\s*(?:"[^"]*"|'[^']*'|\([^)]*\)|[\w.-]+)"""
_JQL = re.compile(rf"(?i)^\s*{_JQL_CLAUSE}(?:\s+AND\s+{_JQL_CLAUSE})*(?:\s+ORDER\s+BY\s+\w+(?:\s+(?:ASC|DESC))?)?\s*$")


def _jql(text: str) -> str | None:
    """A whole JQL filter in words; ``None`` when ``text`` is not one."""
    if not _JQL.match(text) or not re.search(r"(?i)\bAND\b|\bORDER BY\b", text):
        return None
    before, after, order = [], [], ""
    body, *ordered = re.split(r"(?i)\s+ORDER\s+BY\s+", text.strip())
    for clause in re.split(r"(?i)\s+AND\s+", body):
        m = re.match(r"""(?i)(\w+)\s*(>=|=|!=|~|in)\s*(.+)""", clause.strip())
        key, op, value = m[1].lower(), m[2].lower(), unquote(m[3].strip()).lower()
        if key in ("status", "statuscategory", "resolution") and op == "=":
            after.append(f"that are {_STATES.get(value, value)}")
        elif key in ("status", "statuscategory") and op == "!=" and value in _STATES:
            after.append("that are resolved" if _STATES[value] != "resolved" else "that are still open")
        elif op == "!=":
            after.append(f"with {key} != {value}")
        elif key == "created" and (ago := re.fullmatch(r"-(\d+)([dhw])", value)):
            after.append(last(int(ago[1]), UNITS[ago[2]]))
        elif op == "~":
            after.append(f"whose {key} mentions {value}")
        elif key in ("project", "env", "environment"):
            after.insert(0, f"in {key if key == 'project' else ''} {value}".replace("  ", " "))
        elif key in ("assignee", "reporter", "creator", "actor"):
            after.append(f"by {value}")
        else:
            before.append(value)
    if ordered:
        order = ", newest first" if re.search(r"(?i)\bdesc\b", ordered[0]) else ", oldest first"
    return re.sub(r"\s{2,}", " ", " ".join([*before, "alerts", *after]) + order).strip()


def _formula(text: str) -> str:
    """A spreadsheet's formula in words: ``=COUNTIFS(col, "v", …)`` a count, ``=AVERAGE(x)`` an average; the rest
    of the question as it was; an aside that shows a formula ("(like =IF(COUNTIFS(...)>0,TRUE,FALSE))") left out."""
    text = re.sub(r"(?i)\s*\((?:like|e\.g\.|as in|i\.e\.)?\s*=\s*[A-Z]+\(.*\)\s*\)", "", text)

    def counted(m) -> str:
        args = [unquote(a.strip()) for a in m[2].split(",")]
        said = []
        for key, value in zip(args[::2], args[1::2], strict=False):
            key = key.lower()
            said.append(f"in {value}" if key in _ENVIRONMENTS else f"for {value}" if key in ("service", "svc") else
                        f"in project {value}" if key == "project" else value)
        return "how many alerts " + " ".join(said)

    text = re.sub(r"(?i)=\s*(COUNTIFS?)\(([^()]*)\)", counted, text)
    text = re.sub(r"(?i)=\s*AVERAGE\(\s*alert_count\s*\)(?:\s+(?:for|of)\s+the\s+incidents\b)?",
                  "the average number of alerts per incident", text)
    return re.sub(r"(?i)=\s*(AVERAGE|SUM|MAX|MIN|MEDIAN)\(\s*([\w ]+?)\s*\)",
                  lambda m: f"the {_FUNCTIONS[m[1].lower()]} {m[2].replace('_', ' ')}", text)


_FUNCTIONS = {"average": "average", "sum": "total", "max": "highest", "min": "lowest", "median": "median"}


def _tail(text: str) -> str:
    """" | table _time type service" or " | project Service, AlertName" after a question: the columns it lists."""
    m = re.search(r"\s*\|\s*(?:table|fields|project)\s+([\w, ]+?)\s*$", text)
    if m is None or not re.search(r"[a-z]{3,} [a-z]{3,}", text[:m.start()]):
        return text
    columns = [re.sub(r"(?<=[a-z])(?=[A-Z])", " ", c).lower().replace("_time", "time").strip()
               for c in re.split(r"[,\s]+" if "," not in m[1] else r"\s*,\s*", m[1]) if c.strip()]
    listed = ", ".join(columns[:-1]) + (" and " if len(columns) > 1 else "") + columns[-1]
    return f"{text[:m.start()]}: {listed}"


def _field(m: re.Match) -> str:
    return f"{m[1]}={m[2].lower() if m[2].isupper() else m[2]}"


def selectors(text: str) -> str:
    """``text`` with the fragments of other query languages it holds said in words; unchanged when it has none."""
    if (jql := _jql(text)) is not None:
        return jql
    text = _formula(_promql(text))
    text = re.sub(rf"(?i)(?<![\w-])({_FIELD})\s*==?\s*([\w.-]+)", _field, text)  # "in project = CHECKOUT" as
    # "project=checkout", read as the reading reads "key=value" (a quoted value is a label matcher's, read as it is)
    text = re.sub(r"""(?i)\b(comment|summary|reason|name|message)\s*~\s*("[^"]*"|'[^']*')""", r"\1 contains \2", text)
    return re.sub(r"(?<=\S)  +(?=\S)", " ", _tail(text))
