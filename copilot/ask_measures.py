"""What an answer computes over its rows: a count, or an aggregate of a number the rows carry — how long they
lasted (an alert, an incident, a silence from start to end; a snooze by its length), a suspect's score and lag, a
warning's lead, a silence's matchers, an incident's alerts, an alert's notifications, a log pattern's lines.

A question that asks an average, a median, a maximum or a minimum of something no rule here reads is refused
(:func:`unread_aggregate`): counting the rows instead would be a silent wrong answer."""

from __future__ import annotations

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_filters import span_s
from signalcraft.copilot.ask_kind_filters import change_types
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_sql import COLUMNS, ts

__all__ = ["AGGREGATED", "ALERTS_PER_INCIDENT", "EACH", "IDENTITY", "TIME_AGGREGATE", "aggregate_of", "ended_by_hand",
           "first_time", "lasting", "lead_bound", "measure", "one_thing", "silence_span", "time_aggregate",
           "unread_aggregate"]

_AGG = {"avg": "avg", "average": "avg", "mean": "avg", "typical": "avg", "median": "median", "max": "max",
        "maximum": "max", "highest": "max", "largest": "max", "biggest": "max", "peak": "max", "min": "min",
        "minimum": "min", "lowest": "min", "smallest": "min", "total": "sum", "sum": "sum", "combined": "sum"}
_AGG_WORDS = "|".join(sorted(_AGG, key=len, reverse=True))
_COLUMNS = {
    "incident_suspects": ((r"scores?", "score", "score"), (r"lags?|delays?", "lag_s / 60", "minutes")),
    "correlation_candidates": ((r"scores?", "score", "score"), (r"lags?|delays?", "lag_s / 60", "minutes")),
    "incident_warnings": ((r"leads?|lead times?|lead minutes|warning times?", "lead_min", "lead_min"),
                          (r"sigmas?", "abs(sigma)", "sigma")),
    "silence_scopes": ((r"matchers?", "len(matchers)", "matchers"),),
    "alerts": ((r"notifications?", "notifications", "notifications"),),
    "alert_groups": ((r"alerts?", "alert_count", "alerts"),),
    "silence_suggestions": ((r"confidences?", "confidence", "confidence"), (r"support", "support", "support")),
}
"""Per relation: (the words for a number its rows carry, its SQL, the answer column's name after the aggregate)."""
AGGREGATED = {f"{agg}_{unit}" for agg in ("total", "max", "min", "stddev_samp") for unit in ("minutes", "hours")} | {
    f"{agg}_{name}" for agg in ("sum", "max", "min", "avg", "median") for cols in _COLUMNS.values()
    for _, _, name in cols} | {"span_minutes", "span_hours"} | {
    f"p{n}_{unit}" for n in (50, 75, 90, 95, 99) for unit in ("minutes", "hours")}
"""The answer columns of an aggregate that is not a count: the answer is that one number (or one per group)."""
_KINDS = {"incident", "incidents", "alert", "alerts", "silence", "silences", "suspect", "suspects", "change",
          "changes", "deploy", "deploys", "warning", "warnings", "groups", "group", "snoozes", "acks"}
"""Kinds of record: between an aggregate's word and a number's, they make the aggregate a count of them."""
_SPAN = r"(time to resolve|resolve time|time to recover|durations?|lengths?|how long|lasted|lasting|time)"


_EACH_SPAN = (r"\b(how long|how many (minutes|hours)|durations?|lengths?|lasted|stay(ed)? open|remained open)\b.*"
              r"\b(each|every)\b|\b(each|every)\b.*\b(how long|how many (minutes|hours)|durations?|lengths?|lasted|"
              r"last|stay(ed)? open|remained open|was (open|firing|active))\b|"
              r"\bhow (long|many (minutes|hours)) (was|were|did|has|had) (the|that|this|its|their|"
              r"\w+ (?:[\w-]+ )?(?=silence|incident|alert|snooze|outage|mute))\b")
EACH = "minutes_each"
"""The name :func:`measure` gives how long each row lasted: the rows, each with its minutes, not an aggregate."""
IDENTITY = {"alerts": ["name", "service", "starts_at"], "alert_groups": ["id", "service", "opened_at"],
            "silence_scopes": ["silence_id", "created_by", "starts_at"], "audit_log": ["actor", "action", "timestamp"]}
"""The columns that tell one row of a relation from another, shown beside what is computed for each."""


def lasting(r: Reading) -> bool:
    """Whether "open", "firing" or "active" is how long something was so, not a state asked for: "how many minutes
    did each incident stay open", "how long was each alert firing"."""
    return bool(r.phrase(r"\b(stay|stayed|stays|staying|remain|remained|was|were|been|kept)( (?!(?:that|which|who)\b)"
                         r"\S+){0,9}? (open|firing|active|in effect)\b")  # (not across "that is still open")
                and r.phrase(r"\bhow (long|many (minutes|hours))\b|\bdurations?\b|\btotal (hours|minutes|days|time)\b|"
                             r"\b(hours|minutes) in total\b"))  # "the total hours the silences were in place"


_ENDED = (r"\bbefore (?:(?:some|any)one |she |he |they |it was |it got |\w+ )?(?:expired|ended|lifted|removed|"
          r"killed|pulled|cancell?ed|took)\b|\buntil (?:it was |(?:some|any)one |she |he |they |\w+ )?(?:expired|"
          r"ended|lifted|removed|killed|pulled|cancell?ed)\b")


def ended_by_hand(r: Reading) -> bool:
    """Whether a silence's time is asked until someone ended it ("how long was it on before she expired it"): of
    the silences that were expired, to their expiry."""
    return bool(r.phrase(_ENDED))


def silence_span(r: Reading) -> str:
    """How long a silence lasted, in seconds, as the question means it: until it was ended by hand ("how long was
    the silence on before she expired it": of silences that were expired), as it actually was ("actually in
    effect": to its end or its expiry, whichever came first), else as it was set (start to scheduled end)."""
    if ended_by_hand(r):
        return "epoch(expired_at) - epoch(starts_at)"
    if r.phrase(r"\bactual(ly)?\b|\breally\b"):
        return "epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)"
    return span_s("silence_scopes")


def one_thing(r: Reading) -> bool:
    """Whether "how long" asks about one thing the question singles out ("how long was the cart-service silence
    in effect", "how many minutes did maria's silence run"): its minutes alone answer it."""
    return bool(r.phrase(r"\bhow (long|many (minutes|hours)) (was|is|did|has|had) (the|that|this|\w+) (\S+ ){0,2}"
                         r"(silence|incident|alert|snooze|outage|mute)\b(?! (and|or)\b)")) and not r.phrase(
        r"\b(each|every|all|per)\b")


def _down(r: Reading, subject: str) -> tuple[str, str]:
    """ "how long was payments down yesterday": from its first alert's start to its last one's end, within the
    question's window and up to now (an alert still firing counts until now); a subject the store does not know
    is refused, not answered for everything."""
    unknown = [w for w in subject.split() if w in r.ignored and w not in ("we", "us", "it", "things", "everything")]
    if unknown:
        raise Refused("ungrounded", f"no service, project or environment called {unknown[0]!r} in this store",
                      tuple(unknown))
    r.ignored[:] = [w for w in r.ignored if w not in ("having", "problems", "issues", "trouble")]  # the rewrite's
    w = r.window
    start = f"greatest(starts_at, {ts(w.start)})" if w is not None and w.kind != "before" else "starts_at"
    end = f"coalesce(ends_at, {ts(r.now)})" if w is None or w.kind == "since" else \
        f"least(coalesce(ends_at, {ts(r.now)}), {ts(min(w.end, r.now))})"
    unit = 3600 if r.phrase(r"\bhours\b") else 60
    return (f"round((epoch(max({end})) - epoch(min({start}))) / {unit}, 1)",
            "span_hours" if unit > 60 else "span_minutes")


def measure(r: Reading, rel: str) -> tuple[str, str]:
    """The SQL computed over the rows (per group when there are groups) and its column's name."""
    if rel == "alerts" and (down := r.phrase(r"\bhow (?:long|many (?:minutes|hours)) (?:was|were|has been|had been) "
                                             r"(.*?) ?\bhaving (?:problems|issues|trouble)\b")) and not r.phrase(
            r"\b(each|every|per)\b"):
        return _down(r, down[1])
    span = silence_span(r) if rel == "silence_scopes" else span_s(rel)
    if span is not None and rel in IDENTITY and r.phrase(_EACH_SPAN) and not r.phrase(
            r"\b(avg|average|mean|median|total|sum|max|maximum|min|minimum)\b|\bhow many (alerts|incidents|"
            r"silences|snoozes|groups)\b|\blast (\d+|an?|one|two|few|couple|hour|day|week|month|night)\b"):
        unit = 3600 if r.phrase(r"\b(in|as) hours\b|\bhow many hours\b") else 60
        return f"round(({span}) / {unit}, 1)", EACH  # "how long did each incident last": per row
    if rel == "log_pattern_counts":
        return ("sum(errors)", "errors") if r.has("error", "errors") else ("sum(lines)", "lines")
    if span is not None and (agg := _span_aggregate(r)) is not None:
        unit = 60 if not r.phrase(r"\b(in|as) hours?\b|\bhours? (of|in total|total)\b|\b(hours|hour)$|"
                                  r"\b(total|how many|sum of|combined|number of) (\w+ ){0,2}hours\b") else 3600
        # ("total scheduled silence hours": two words between)
        name = f"{'total' if agg == 'sum' else agg}_{'minutes' if unit == 60 else 'hours'}"
        if agg.startswith("p"):  # "p99 of alert durations": quantile_cont, as a percentile is read
            return f"round(quantile_cont({span}, {int(agg[1:]) / 100}) / {unit}, 1)", name
        return f"round({agg}({span}) / {unit}, 1)", name
    if (found := aggregate_of(r, rel)) is not None:
        return found
    if (found := time_aggregate(r, rel)) is not None:
        return found
    if rel == "incident_suspects" and r.phrase(r"\b(avg|average|mean|median)\b.*\b(lag|delay|time|minutes)\b") and \
            not r.phrase(r"\b(?:time to|minutes to|hours to) (?:resolve|recover|close|fix|restore|repair)\b|"
                         r"\b(?:resolution|recovery) time\b|\bmttr\b"):  # (not "avg time to resolve of incidents that
        # had a suspect change": those incidents' own, Asker's rows_measured)
        agg = "median" if r.has("median") else "avg"
        return f"round({agg}(lag_s) / 60, 1)", f"{agg}_minutes"
    if rel == "alert_groups" and r.phrase(ALERTS_PER_INCIDENT):
        return "round(avg(alert_count), 1)", "avg_alerts"
    if rel == "alert_groups" and (m := r.phrase(r"\b(max|maximum|most|largest|biggest|min|minimum|fewest)\b.*"
                                                r"\balerts?\b.*\b(in|per|of) (a single|one|any|an?|each)")):
        agg = "max" if m[1] in ("max", "maximum", "most", "largest", "biggest") else "min"
        return f"{agg}(alert_count)", f"{agg}_alerts"
    if rel == "alerts" and r.phrase(r"\b(how many|number of|total|sum of|count of|avg|average|mean)( \w+)? "
                                    r"notifications?\b|\bnotifications? (count|total)\b"):  # not the alerts
        if r.phrase(r"\b(avg|average|mean)\b"):
            return "round(avg(notifications), 1)", "avg_notifications"
        return "sum(notifications)", "notifications"
    name = {"alerts": "alerts", "warnings": "warnings", "change_events": "changes", "silence_scopes": "silences",
            "audit_log": "actions", "alert_groups": "groups", "log_events": "lines"}.get(rel, "n")
    if rel == "change_events" and change_types(r) == ["deployment"]:
        name = "deployments"
    return "count(*)", name


ALERTS_PER_INCIDENT = r"\b(avg|average|mean)\b.*\balerts (?:(?:are|were) (?:there )?)?per (?:\S+ ){0,2}?(group|" \
    r"incident)s?\b"
"""The mean of incidents' own alert counts: "average alerts per incident", "… per checkout incident"."""


def unread_aggregate(r: Reading, computed: str) -> None:
    """Refuse a question that asks an average, median, maximum or minimum when what was read is a count:
    "average score of suspects" is not their number."""
    if computed in ("count(*)", "sum(lines)", "sum(errors)") and (
            m := r.phrase(r"\b(avg|average|mean|median|maximum|minimum)\b( \w+){0,3}|"
                          r"(?<!\d )(?<!\d)\b(min|max)\b(?! \d)( \w+){0,3}")):  # not "the last 30 min"
        raise Refused("ungrounded", f"{m[0]!r}: not read (a count of the rows would not answer it)")


def aggregate_of(r: Reading, rel: str) -> tuple[str, str] | None:
    """ "average score of suspects", "median lag of the suspect changes", "max lead of warnings before
    incidents", "average number of matchers per silence"."""
    for words, sql, name in _COLUMNS.get(rel, ()):
        m = r.phrase(rf"\b({_AGG_WORDS})(?: (?:number|count) of)?(?: \w+){{0,3}}? (?:{words})\b") or \
            r.phrase(rf"\b(?:{words})\b.*\b(on average|in total)\b")
        if m is None or set(m[0].split()[1:-1]) & _KINDS:
            continue  # "total number of incidents with critical alerts": a count of the incidents, not a sum
        agg = {"on average": "avg", "in total": "sum"}.get(m[1], _AGG.get(m[1], "avg"))
        digits = 2 if sql == "confidence" else 1  # (a confidence is 0 to 1: one decimal would say little)
        value = f"round({agg}({sql}), {digits})" if agg in ("avg", "median") else f"{agg}({sql})"
        return value, f"{agg}_{name}"
    return None


_TIME_WORDS = r"timestamps?|time ?stamps?|start ?times?|starts_at|created_at|opened_at|dates?|times?"
TIME_AGGREGATE = (rf"\b(min|minimum|max|maximum|earliest|latest|oldest|newest|first|last)\b((?: [\w-]+){{0,3}}?) "
                  rf"(?:{_TIME_WORDS})\b")
"""The earliest or latest time of the rows: "min log timestamp", "latest start time of the alerts"."""


def time_aggregate(r: Reading, rel: str) -> tuple[str, str] | None:
    """ "min and max log timestamp per service", "earliest alert start time per project": the first or last time
    of the rows (per group), not the rows. "the last time X deployed" asks for the deploy, not this."""
    m = r.phrase(TIME_AGGREGATE)
    if m is None and r.phrase(r"\b(per|each|every)\b"):  # "for each service, when was its earliest log line"
        m = r.phrase(r"\bwhen (?:was|were|did) (?:its|their|the) (earliest|latest|first|last|oldest|newest)( )")
    bare = not m[2].strip() and m[0].split()[-1] in ("time", "times") and m[0].split()[-2] not in ("start", "end") \
        if m is not None else False  # "the last time X deployed": the deploy; "the earliest start time": a time
    if m is None or rel not in COLUMNS or bare:
        return None
    column = COLUMNS[rel]["time"]
    first = m[1] in ("min", "minimum", "earliest", "oldest", "first")
    return f"{'min' if first else 'max'}({column})", f"{'first' if first else 'last'}_{column}"


def _span_aggregate(r: Reading) -> str | None:
    """The aggregate asked of how long things lasted: "average silence length", "median time to resolve",
    "total silenced minutes per author", "max snooze duration", "p90 of incident durations"; ``None`` when the
    question asks none."""
    if m := r.phrase(r"\b(?:p|percentile )(50|75|90|95|99)\b(?: of)?(?: the)? (?:\w+ )?(durations?|lengths?|time to "
                     r"resolve|resolution times?|mttr)\b|\b(50|75|90|95|99)(?:th)? percentile\b.*\b(durations?|"
                     r"lengths?|time to resolve|resolution times?)\b"):
        return f"p{m[1] or m[3]}"  # a percentile of how long things lasted
    if r.phrase(r"\bstddev\b.*\b" + _SPAN + r"\b"):
        return "stddev_samp"  # "std dev of incident duration": the spread of how long they lasted
    if m := r.phrase(r"(?<!\d )\b(max|maximum|min|minimum) (?:\w+ )?(?:time to (?:resolve|recover|clear|close)|"
                     r"resolution times?|mttr)\b"):  # "max time to resolve payments-api alerts" (had been the average;
        # not "a 20 min time to resolve")
        return "max" if m[1].startswith("max") else "min"
    if r.phrase(r"\b(avg|average|mean|median|typical)\b.*\b" + _SPAN + r"\b") or r.phrase(
            r"\b(on average|typically|usually)\b.*\bhow (many (minutes|hours)|long)\b|\bhow (many (minutes|hours)|"
            r"long)\b.*\b(on average|typically|usually)\b") or r.phrase(
            r"\b(mttr|time to resolve|time to recover)\b|how long .*\blast\b|"
            r"\bhow long\b.*\b(on average|average|typically|usually)\b|\b(take|takes|took) to (resolve|recover|clear|"
            r"close)\b|\b(avg|average|mean|median) (minutes|hours)\b"):
        return "median" if r.has("median") else "avg"
    if r.phrase(r"\b(total|sum of|combined|cumulative)( the)?( \w+)?( \w+)? (minutes|hours|durations?|lengths?|time)\b"
                r"|\bhow many (minutes|hours)\b(?! (ago|before|after|earlier|later|back))|"
                r"\b(minutes|hours|time) (in total|altogether|combined)\b"):
        return "sum"
    if m := r.phrase(r"\b(max|maximum|min|minimum)( \w+)?( \w+)? (durations?|lengths?|(?<!start )(?<!end )(?<!open )"
                     r"(?<!creation )time)\b"):  # not "min alert start time": a time, not how long
        return "max" if m[1].startswith("max") else "min"
    return None


_LEAST = {"more than": ">", "over": ">", "longer than": ">", "at least": ">=", "no less than": ">="}


def lead_bound(r: Reading) -> list[str]:
    """ "warnings more than 30 minutes before", "a warning at least 10 min ahead", "over an hour": the least lead
    of a warning before its incident, in minutes."""
    m = r.phrase(r"\b(more than|over|longer than|at least|no less than) (\d+|an?) ?(min|mins|minutes?|m|h|hrs?|"
                 r"hours?)\b")
    if m is None and (most := r.phrase(r"\b(?:in|within|during) the (?:last |final )?(\d+|an?) ?(min|mins|minutes?|"
                                       r"h|hrs?|hours?) (?:before|prior|leading up|ahead)\b|\b(?:within|less than|"
                                       r"under|at most) (\d+|an?) ?(min|mins|minutes?|h|hrs?|hours?) (?:before|prior|"
                                       r"ahead)\b")):  # "warnings in the 30 minutes before an incident": at most
        n, unit = (most[1], most[2]) if most[1] else (most[3], most[4])
        return [f"lead_min <= {(int(n) if n.isdigit() else 1) * (60 if unit.startswith('h') else 1)}"]
    if m is None:
        return []
    n = (int(m[2]) if m[2].isdigit() else 1) * (60 if m[3].startswith("h") else 1)
    return [f"lead_min {_LEAST[m[1]]} {n}"]


_FIRST_TIME = re.compile(r"(?i)^\W*(?:when|what time|at what time|how late) (?:did|was|were) (?:the )?(first|"
                         r"earliest|last|latest|most recent)\b.*\b(?:fire|fired|start|started|go off|went off|trigger|"
                         r"triggered|begin|began|page|paged|line|log entry|log message|go live|went live|land|landed|"
                         r"ship|shipped|come in|came in|show up|showed up|pop up|popped up)\b")


_WHAT_TIME_DONE = re.compile(r"(?i)^\W*(?:at )?what time (?:was|were) (?:the |that |our )?(?:[\w.-]+ ){0,3}(?:deploy|"
                             r"deployment|rollback|release|flag change|config change|change|restart)s? (?:done|made|"
                             r"shipped|pushed|run|rolled out|applied)\b|^\W*(?:at )?what time did (?:the |that |our )?"
                             r"(?:[\w.-]+ ){1,4}(?:go live|get deployed|get released|ship|land|roll out)\b")
"""When a change was done, asked by its clock: its time alone ("what time did payments-api v2.14.0 go live")."""
_AND_MORE = re.compile(r"(?i)\band (?:who|which|what|its|the|by)\b")
"""More than the time asked ("… and who did it"): the rows stay whole."""


def first_time(question: str, sql: str) -> str:
    """ "When did the first payments-api alert fire yesterday", "what time did the last one start", "when was the last
    payments-api log line": the time alone (the earliest or latest start of the rows), not the first row whole; "what
    time was the payments rollback done on tuesday": the times of the changes asked."""
    m = _FIRST_TIME.search(question)
    done = _WHAT_TIME_DONE.search(question) and not _AND_MORE.search(question)
    try:
        tree = sqlglot.parse_one(sql, read="duckdb") if m or done else None
    except SqlglotError:
        return sql
    source = tree.args.get("from_") if isinstance(tree, exp.Select) else None
    if source is None or not isinstance(source.this, exp.Table):
        tree = None
    if done and tree is not None and source.this.name == "change_events" and not any(
            tree.args.get(k) for k in ("joins", "group", "order", "limit", "distinct")) and all(
            isinstance(e, exp.Star) for e in tree.expressions):
        tree = tree.copy()
        tree.set("expressions", [exp.column("timestamp")])
        return tree.sql(dialect="duckdb")
    if m is None:
        return sql
    limit, order = (tree.args.get("limit"), tree.args.get("order")) if tree is not None else (None, None)
    alias = source.this.alias_or_name if tree is not None else ""
    if tree is None or limit is None or limit.expression.sql() != "1" or order is None or \
            len(order.expressions) != 1 or not all(isinstance(e, exp.Star) or (
                tree.args.get("joins") and isinstance(e, exp.Column) and isinstance(e.this, exp.Star) and
                e.table == alias) for e in tree.expressions):  # the rows of one table, or of the first of a join
        return sql  # ("when did the first checkout-web alert go off after we turned on the new checkout flow")
    column = order.expressions[0].this
    if tree.args.get("joins") and (not isinstance(column, exp.Column) or column.table != alias or re.search(
            r"(?i)\b(?:each|every|per|all)\b", question)):
        return sql  # "the first alert after each deploy": one for each, not one in all
    changed = column.name == "timestamp" and source.this.name == "change_events" and re.match(
        r"(?i)^\W*(?:at )?what time\b", question) and not _AND_MORE.search(question)  # "what time did the last
    # production deploy go live" (a change's "when" is its row: "when was X last deployed"; "… and who did it": the row)
    if not isinstance(column, exp.Column) or (column.name not in ("starts_at", "opened_at") and not (
            column.name == "timestamp" and source.this.name == "log_events") and not changed):  # "when was the last
        return sql  # … log line"
    agg = "min" if m[1].lower() in ("first", "earliest") else "max"
    tree = tree.copy()
    tree.set("distinct", None)
    tree.set("order", None)
    tree.set("limit", None)
    tree.set("expressions", [exp.func(agg, column.copy())])
    return tree.sql(dialect="duckdb")
