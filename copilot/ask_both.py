"""Two measures side by side: "min and max log timestamp per service", "count of alerts and count of critical
alerts per service", "number of deploys and number of rollbacks per service", "total log lines and error lines per
environment".

Such a question is two questions that share everything but what they measure. It is split into those two
(:func:`halves`), each read like any other question, and when both read as aggregates over the same relation with
the same groups their SQL is merged into one statement (:func:`merge`): the conditions both share stay in
``WHERE``, what only one of them has becomes that measure's ``FILTER (WHERE …)``. When the two halves cannot be
merged the question is refused with that reason — answering one measure of the two would be a silent wrong answer.

>>> halves("min and max log timestamp per service in staging")
('min log timestamp per service in staging', 'max log timestamp per service in staging')
>>> halves("count of alerts and count of critical alerts per service")
('count of alerts per service', 'count of critical alerts per service')
>>> halves("for each environment, total log lines and error lines")
('for each environment, total log lines', 'for each environment, total error lines')
>>> halves("alerts for payments and checkout") is None
True
>>> print(merge("SELECT service, COUNT(*) AS alerts FROM alerts GROUP BY service ORDER BY alerts DESC",
...             "SELECT service, COUNT(*) AS alerts FROM alerts WHERE severity = 'critical' GROUP BY service"))
... # doctest: +NORMALIZE_WHITESPACE
SELECT service, COUNT(*) AS alerts, COUNT(*) FILTER(WHERE severity = 'critical') AS critical_alerts
FROM alerts GROUP BY service ORDER BY service
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_dated import by_date
from signalcraft.copilot.ask_dates import TWO_DAYS, TWO_WEEKDAYS, weekdays_apart
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_time import time_window

__all__ = ["PERIOD", "check_periods", "check_two_periods", "compared", "conjuncts", "halves", "merge", "side_by_side",
           "single_table"]

_AGGS = (r"min|minimum|max|maximum|avg|average|mean|median|total|sum|count|number|earliest|latest|oldest|newest|"
         r"first|last|highest|lowest|smallest|largest|biggest|p50|p75|p90|p95|p99")
_PAIR = re.compile(rf"\b({_AGGS})( value)?(?: and | plus |\s*[/&+]\s*)(?:the |its |their )?({_AGGS})\b", re.IGNORECASE)
"""Two aggregate words side by side: "min and max", "first and last", "average & max"."""
_CUE = (r"how many|how much|number of|count of|the number of|the count of|total number of|total|sum of|"
        r"average|avg|mean|median")
_MEASURED = re.compile(rf"\b({_CUE})\s+(?!of\b)", re.IGNORECASE)
_NOUNS = ("alerts|alert|incidents|incident|outages|deploys|deploy|deployments|deployment|rollbacks|rollback|releases|"
          "changes|silences|snoozes|acks|acknowledgements|warnings|lines|errors|logs|restarts|pages|flags|toggles|"
          "notifications|events|messages|entries|actions")
_RIGHT = re.compile(rf"^(?:also |the )?(?:({_CUE})\s+)?((?:[\w.='-]+\s+){{0,3}}?(?:{_NOUNS}))\b(.*)$", re.IGNORECASE)
_AND = re.compile(r",? (?:and|\+|plus|as well as|along with|together with) ", re.IGNORECASE)
_GROUPED = re.compile(r"\b(per|by|each|every|grouped)\b", re.IGNORECASE)
_THEM = re.compile(r"^(?:how many|how much|the number|the count|number|count) of (?:them|those|these|which)\b",
                   re.IGNORECASE)


_MONTH = r"(?:in )?(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|" \
         r"apr|jun|jul|aug|sept?|oct|nov|dec)(?: \d{4})?"
_PERIOD = (r"(?:this|last|past|previous|the previous|prior|the prior) (?:week|month|day|year|quarter|weekend)|today|"
           rf"yesterday|the (?:week|month|day) before|(?:in )?the (?:last|past|previous) \d+ (?:hours?|days?|weeks?)|"
           rf"{_MONTH}|(?:in )?(?:\d{{4}}-)?w\d{{1,2}}|(?:in )?(?:iso )?week \d{{1,2}}")
_VERSUS = re.compile(rf",? (?:(?:as )?compared (?:with|to)|versus|vs\.?|against|and how many|and|next to|beside)"
                     rf"(?: the (?:number|count|figure|total) (?:for|of))? ({_PERIOD})"
                     r"(?P<tail>,? (?:per|by|for each|for every|each|broken down by) \w+)?$", re.IGNORECASE)
_COMPARE = re.compile(r"^compare (?:the )?(?:(?:number|count|total) of )?(?P<what>.+?) (?:with|to|and|against) ",
                      re.IGNORECASE)


_HOW_DID = re.compile(rf"^how (?:did|does|do|has|have) (?P<one>{_PERIOD}) (?:compare|compared|stack up|look) "
                      rf"(?:to|with|against) (?P<other>{_PERIOD})(?: (?:in|for|on|by) (?:terms of )?(?:the )?"
                      r"(?:number of )?)?"
                      r"(?P<kind>alerts|deploys|deployments|incidents|changes|silences|rollbacks)$", re.IGNORECASE)


_BEFORE = {("last week", "week"): "the week before last", ("this week", "week"): "last week",
           ("last month", "month"): "the month before last", ("this month", "month"): "last month",
           ("yesterday", "day"): "the day before yesterday", ("today", "day"): "yesterday"}
"""The period "the week before" names, after the one it follows."""
PERIOD = _PERIOD
"""A period named in words: "this week", "yesterday", "in february", "the last 3 days"."""


def compared(question: str, now: datetime | None = None) -> tuple[str, str, str, str] | None:
    """ "How many alerts did we get this week, compared with last week": the question in each period, and the
    periods' names.

    >>> compared("How many alerts did we get this week, compared with last week?")
    ('How many alerts did we get this week', 'How many alerts did we get last week', 'this_week', 'last_week')
    """
    text = question.strip().rstrip("?.! ")
    if how := _HOW_DID.match(text):  # "how did this week compare to last week in alerts"
        text = f"how many {how['kind']} {how['one']}, compared with {how['other']}"
    if (which := _COMPARE.match(text)) and re.search(rf"\b({_PERIOD})$", which["what"], re.IGNORECASE):
        text = f"how many {which['what']} versus {text[which.end():]}"  # "compare the number of alerts this week
        # with last week per service"
    if (dated := by_date(text, _PERIOD, _label, now)) is not None:
        return dated
    m = _VERSUS.search(text)
    if m is None:
        return None
    own = list(re.finditer(rf"\b({_PERIOD})\b", text[:m.start()], re.IGNORECASE))
    if len(own) != 1 or own[0][1].lower() == m[1].lower():
        return None
    tail = m["tail"] or ""  # "alerts this week vs last week by service": both, per service
    left = text[:m.start()]
    said = m[1] if not re.fullmatch(_MONTH, m[1], re.IGNORECASE) or m[1].lower().startswith("in ") else f"in {m[1]}"
    if before := re.fullmatch(r"the (week|month|day) before", said, re.IGNORECASE):  # "last wk vs the wk before":
        said = _BEFORE.get((own[0][1].lower(), before[1].lower()))  # the week before last week
        if said is None:
            return None
    other = left[:own[0].start()] + said + left[own[0].end():]  # "incidents in february vs january": in january
    return left + tail, other + tail, _label(own[0][1]), _label(m[1])


def _periods(first: str, second: str) -> tuple[str, str, str, str] | None:
    """The halves and their periods' names when each names one period of its own ("count of alerts this week and
    count of alerts last week")."""
    found = [re.findall(rf"\b({_PERIOD})\b", half, re.IGNORECASE) for half in (first, second)]
    if any(len(f) != 1 for f in found) or found[0][0].lower() == found[1][0].lower():
        return None
    return first, second, _label(found[0][0]), _label(found[1][0])


def _label(period: str) -> str:
    """A period's words as a column's suffix: "last week" → "last_week"."""
    return re.sub(r"\W+", "_", re.sub(r"(?i)^in ", "", period).lower())


def halves(question: str, now: datetime | None = None) -> tuple[str, str] | None:
    """The two questions a question of two measures is made of, or ``None`` when it asks one."""
    text = question.strip().rstrip("?.! ")
    if (periods := compared(text, now)) is not None:
        return periods[0], periods[1]
    if m := _PAIR.search(text):
        if m[1].lower() == m[3].lower():
            return None
        head, tail = text[:m.start()], text[m.end():]
        return f"{head}{m[1]}{m[2] or ''}{tail}", f"{head}{m[3]}{m[2] or ''}{tail}"
    if len(_AND.findall(text)) != 1:
        return None
    left, right = _AND.split(text, maxsplit=1)
    cue = ([None, *_MEASURED.finditer(left)])[-1]  # the last measure word before "and"
    if cue is None and _GROUPED.search(right) and not _MEASURED.match(right) and \
            _noun(left) == _noun(right) is not None:  # "log lines + error lines per env": counted per group
        left, right = f"total {left}", f"total {right}"
        cue = _MEASURED.match(left)
    if cue is None or (_GROUPED.search(left[cue.end():]) and not _THEM.match(right)):
        return None  # "count of alerts per service and environment": one measure, two groups (not "… per person,
        # and how many of those were expired early": a second measure of the same rows)
    head, measured = left[:cue.start()], left[cue.end():]
    if them := _THEM.match(right):
        rest = right[them.end():]
        return left + _suffix(rest), f"{head}how many {measured} {rest.strip()}"
    r = _RIGHT.match(right)
    if r is None or (r[1] is None and _noun(r[2]) != _noun(measured)):
        return None  # "how many deploys and rollbacks": one count of both kinds; "log lines and error lines": two
    shared = r[3]
    if re.search(rf"\b({_PERIOD})\b", left, re.IGNORECASE):  # "alerts this week and alerts last week": each its own
        shared = re.sub(rf"\s*\b({_PERIOD})\b", "", shared, flags=re.IGNORECASE)
    return f"{left}{shared}", f"{head}{r[1] or cue[1]} {r[2]}{r[3]}"


def _noun(phrase: str) -> str | None:
    """The kind of record a measured phrase counts: "log lines" → "lines"."""
    found = re.findall(rf"\b({_NOUNS})\b", phrase, re.IGNORECASE)
    return found[0].lower().rstrip("s") if found else None


def _suffix(rest: str) -> str:
    """What follows a measure's own condition after a comma and belongs to both: "how many of them are errors, for
    payments-api on March 11"; without a comma the rest is the measure's own ("count of them for payments-api")."""
    m = re.search(r",", rest)
    return "" if m is None else " " + rest[m.start():].lstrip(", ")


def conjuncts(where: exp.Expression | None) -> list[exp.Expression]:
    """The conditions a ``WHERE`` (or a condition) ANDs together, each without its parentheses."""
    if where is None:
        return []
    node = where.this if isinstance(where, exp.Where) else where
    if isinstance(node, exp.And):
        return [*conjuncts(node.left), *conjuncts(node.right)]
    return [node.unnest() if isinstance(node, exp.Paren) else node]


def single_table(sql: str) -> exp.Select | None:
    """``sql`` parsed, when it is one SELECT from one table without joins; ``None`` otherwise."""
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except SqlglotError:
        return None
    if not isinstance(tree, exp.Select) or tree.args.get("joins") or not isinstance(tree.args.get("from_"), exp.From) \
            or not isinstance(tree.args["from_"].this, exp.Table):
        return None
    return tree


_Shape = tuple[exp.Select, list[exp.Expression], list[exp.Expression]]


def _shape(sql: str) -> _Shape | None:
    """A single-table aggregate: the statement, its grouping columns and its aggregates."""
    tree = single_table(sql)
    if tree is None or tree.args.get("having") or tree.args.get("qualify") or tree.args.get("limit") or \
            tree.args.get("distinct") or tree.find(exp.Subquery, exp.Window, exp.Filter):
        return None
    dims, measures = [], []
    for column in tree.expressions:
        (measures if column.find(exp.AggFunc) else dims).append(column)
    if not measures:
        return None
    return tree, dims, measures


def _name(measure: exp.Expression, extra: list[exp.Expression], taken: set[str]) -> str:
    """The measure's own name; when another column has it, or it names no kind ("changes"), the value its own
    condition picks ("critical_alerts", "rollbacks")."""
    name = measure.alias_or_name or "value"
    words = [s.this for c in extra for s in c.find_all(exp.Literal) if s.is_string]
    word = re.sub(r"\W+", "_", "_".join(words[:1]).lower()).strip("_")
    if word and name in ("changes", "actions") and f"{word}s" not in taken:
        return f"{word}s"
    if name not in taken:
        return name
    return f"{word}_{name}" if word and f"{word}_{name}" not in taken else f"{name}_2"


def merge(first: str, second: str, labels: tuple[str, str] | None = None) -> str | None:
    """One statement computing both halves' aggregates, or ``None`` when they do not share relation and groups;
    ``labels`` name each half's measures ("alerts_this_week") when the halves differ by their period."""
    a, b = _shape(first), _shape(second)
    return None if a is None or b is None else _merge(a, b, labels)


def _filtered(value: exp.Expression, conditions: list[exp.Expression]) -> exp.Expression:
    """``value`` with each aggregate it holds counting only the rows ``conditions`` keep: ``round(median(x) / 60,
    1)`` becomes ``round(median(x) FILTER (WHERE …) / 60, 1)`` (a FILTER on the round is no SQL)."""
    def where() -> exp.Where:
        return exp.Where(this=exp.and_(*[c.copy() for c in conditions]))

    if isinstance(value, exp.AggFunc):
        return exp.Filter(this=value, expression=where())
    for agg in [a for a in value.find_all(exp.AggFunc) if a.find_ancestor(exp.AggFunc) is None]:
        agg.replace(exp.Filter(this=agg.copy(), expression=where()))
    return value


def _merge(a: _Shape, b: _Shape, labels: tuple[str, str] | None) -> str | None:
    (ta, dims_a, ms_a), (tb, dims_b, ms_b) = a, b
    if ta.args["from_"].sql() != tb.args["from_"].sql() or [d.sql() for d in dims_a] != [d.sql() for d in dims_b] or \
            (ta.args.get("group") and ta.args["group"].sql()) != (tb.args.get("group") and tb.args["group"].sql()):
        return None
    ca, cb = conjuncts(ta.args.get("where")), conjuncts(tb.args.get("where"))
    sa, sb = {c.sql() for c in ca}, {c.sql() for c in cb}
    common = [c for c in ca if c.sql() in sb]
    columns, taken = [d.copy() for d in dims_a], {d.alias_or_name for d in dims_a}
    for side, (measures, own, other) in enumerate(((ms_a, ca, sb), (ms_b, cb, sa))):
        extra = [c for c in own if c.sql() not in other]
        for m in measures:
            value = m.unalias() if isinstance(m, exp.Alias) else m
            if extra:
                value = _filtered(value.copy(), extra)
            name = f"{m.alias_or_name}_{labels[side]}" if labels else _name(m, extra, taken)
            taken.add(name)
            columns.append(exp.alias_(value.copy(), name))
    merged = exp.Select(expressions=columns).from_(ta.args["from_"].this.copy())
    if common:
        merged = merged.where(exp.and_(*[c.copy() for c in common]))
    if not ta.args.get("group"):
        return merged.sql(dialect="duckdb")
    merged.set("group", ta.args["group"].copy())
    return f"{merged.sql(dialect='duckdb')} ORDER BY {', '.join(d.alias_or_name for d in dims_a)}"


def side_by_side(question: str, answer: Callable[[str], tuple[object, str]],
                 now: datetime | None = None) -> tuple[object, str] | None:
    """The question answered as two measures merged (``answer`` reads one question into its reading and SQL);
    ``None`` when it asks one measure. A time said of the first measure alone is the second's too ("alerts on the
    11th and the number of critical alerts"), when periods are not compared."""
    parts = halves(question, now)
    if parts is None:
        return None
    periods = compared(question, now)
    if periods and not _MEASURED.search(parts[0]):  # "deploys today vs yesterday": their numbers compared
        parts = (f"how many {parts[0]}", f"how many {parts[1]}")
    elif not periods and now is not None and not _VS.search(question) and \
            (said := time_window(parts[0], now)) is not None and time_window(parts[1], now) is None:
        parts = (parts[0], f"{parts[1]} {said.phrase}")
    try:
        (reading, first), (other, second) = answer(parts[0]), answer(parts[1])
        if (scope := _scope_of_first(reading, other)) and not periods and not _EVERY.search(parts[1]):
            scoped = answer(re.sub(r"(?i)^(total |how many )?", lambda m: f"{m[0]}{scope} ", parts[1], count=1))[1]
            second = scoped if scoped != first else second  # "payments-api log lines and error lines per hour":
            # payments-api's error lines too (had been every service's); not "… and all error lines"
    except Refused:
        return None
    a, b = _shape(first), _shape(second)
    if a is None or b is None or first == second:
        return None  # a list and a count, two lists, or one measure read twice: not two measures
    periods = periods or _periods(*parts)
    sql = _merge(a, b, periods[2:] if periods else None)
    if sql is None:
        raise Refused("ungrounded", f"{parts[0]!r} and {parts[1]!r} read as measures of different things; ask them "
                                    "one at a time")
    return reading, sql


_EVERY = re.compile(r"(?i)(?<!^)\b(?:all|total|overall|every|everywhere|anywhere|any|across|whole|entire|in all|"
                    r"altogether|combined)\b")
"""A second measure said of everything ("… and all error lines"): not narrowed to the first's names."""


def _scope_of_first(first, second) -> str:
    """The names that scope the first measure (services, projects, environments) when the second names none of
    those kinds: said once, before both ("payments-api log lines and error lines"); ``""`` otherwise."""
    kinds = ("service", "project", "environment")
    if not hasattr(first, "entities") or not hasattr(second, "entities") or \
            any(second.entities.get(k) for k in kinds):
        return ""
    return " ".join(" ".join(e.words) for k in kinds for e in first.entities.get(k, []))


_VS = re.compile(r"\s+(?:vs\.?|versus|compared (?:to|with)|as against|against)\s+", re.IGNORECASE)


def check_periods(r: Reading) -> None:
    """Refuse two periods compared that are not read as two measures ("alerts after 2pm yesterday vs alerts before
    2pm" had been answered for one of them): each side names a time of its own; and two days of a month that do
    not follow each other ("alerts on march 10 and 12": read as the first alone)."""
    for m in re.finditer(TWO_DAYS, r.question):
        first, second = int(m[2] or m[4]), int(m[3] or m[5])
        if second != first + 1 and not re.search(r"(?i)\b(?:between|from)\s*$", r.question[:m.start()]):  # not a
            # range ("between march 10 and 12")
            raise Refused("not_about_this_data", f"{m[0]!r}: two days that are not one after the other are not read as "
                                                 "one window yet; ask each day on its own (nothing was run)",
                          tuple(m[0].split()))
    for m in re.finditer(TWO_WEEKDAYS, r.question):
        if weekdays_apart(m) and not _VS.search(r.question):  # "on monday or wednesday"
            raise Refused("not_about_this_data", f"{m[0].strip()!r}: two days of the week that are not one after the "
                                                 "other are not read as one window yet; ask each day on its own "
                                                 "(nothing was run)", (m[2], m[4]))
    sides = _VS.split(r.question)
    if len(sides) != 2:
        return
    first, second = (time_window(side, r.now, r.zone) for side in sides)
    if first is not None and second is not None and (first.start, first.end) != (second.start, second.end):
        raise Refused("not_about_this_data", "two periods compared are read when each is named (today, yesterday, "
                                             "this week, last week, …); ask each period on its own (nothing was run)",
                      tuple(_VS.search(r.question)[0].split()))


_JOINED = re.compile(rf"(?i)\b({_PERIOD})\b(?P<between>(?:(?!\b(?:{_PERIOD})\b).){{1,60}}?)\b({_PERIOD})\b")


def check_two_periods(question: str, sql: str, now: datetime, zone: str) -> None:
    """Refuse when a question names two periods joined by "and" or "but" ("services with alerts last week and deploys
    this week", "critical alerts yesterday and warning alerts today") and the answer starts at only one of them: the
    other had been dropped. Not a range ("between monday and today", "from january to march")."""
    for m in _JOINED.finditer(question):
        if not re.search(r"(?i)\b(?:and|but|yet|while|whereas)\b", m["between"]) or re.search(
                r"(?i)\b(?:between|from)\b[^,;?.]{0,25}$", question[:m.start()]) or m[1].lower() == m[3].lower():
            continue
        windows = [time_window(p if not re.fullmatch(_MONTH, p, re.IGNORECASE) or p.lower().startswith("in ") else
                               f"in {p}", now, zone) for p in (m[1], m[3])]
        if None in windows or windows[0].start == windows[1].start:
            continue
        missing = [w for w in windows if w.start.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") not in sql]
        if missing:
            raise Refused("not_about_this_data", f"{m[0]!r}: two periods said in one question are not read together "
                                                 "here; ask each on its own (nothing was run)", (m[1], m[3]))
