"""Conditions written the way an analyst writes them: a column of the store by its name, an operator and a
value ("alerts where ends_at is null and severity is not 'warning'", "alert_groups with status = 'resolved'",
"alert_mutes rows with a non-empty silenced_by", "distinct severity_text values in log_events").

They are taken out of the question before it is read (:func:`split`), then put on the SQL the rest of the question
made (:func:`apply`): on the table of its FROM or JOIN that has that column; a column no table of the answer has
is refused, never dropped. A table named by its own name is read as the words for it.

A word counts as a column only where nothing else could be meant: a name with an underscore, or any column name
followed by a symbolic operator (``=``, ``!=``, ``<>``, ``<``, ``>``), a quoted value, or ``is (not) null``,
``is true``/``false``, ``is (not) empty``."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_reading import Refused
from signalcraft.copilot.ask_sql import lit
from signalcraft.copilot.ask_vocab import Vocabulary

__all__ = ["Condition", "apply", "split"]

_TABLES = {"alert_groups": "incidents", "log_events": "log lines", "change_events": "changes",
           "alert_mutes": "muted alerts", "audit_log": "audit log entries", "silence_scopes": "silences",
           "metric_points": "metric samples"}
"""Tables and views named by their own names, and the words the parser reads them by."""
_ABSENT = {"resolutions": "resolution", "incident_suspects": "suspect", "incident_warnings": "early warning",
           "incident_log_patterns": "log pattern"}
"""Tables whose rows an incident may lack, and the words for lacking one ("no resolution")."""
_OPS = {"is not": "<>", "isn't": "<>", "!=": "<>", "<>": "<>", "is": "=", "=": "=", "==": "=", "equals": "=",
        "is equal to": "=", ">=": ">=", "<=": "<=", ">": ">", "<": "<"}
_VALUE = r"""(null|true|false|'[^']*'|"[^"]*"|-?\d+(?:\.\d+)?(?![\w.:/@-])|[\w.:/@-]+)"""
_KIND_WORDS = {"alerts", "changes", "errors", "lines", "warnings", "silences", "incidents"}
"""Columns named as the things they count (the timeline's ``alerts``): a question's "alerts > 5" counts them."""
_RELATED = {"suspect", "suspects", "resolution", "resolutions", "notifications", "alert", "change", "warning",
            "silence", "incident", "deploys", "deployments", "acks", "fix", "root_cause"}
"""Columns named as a related thing: "incidents with no suspect" is the relation's (no such row), not a column's."""


@dataclass(frozen=True, slots=True)
class Condition:
    """``column``, and the SQL that tests it with ``{c}`` where the (qualified) column goes; ``distinct``: the
    column is what to list, each value once."""

    column: str
    test: str = ""
    distinct: bool = False
    words: str = ""
    value: str | None = None
    """The text value compared to; for the columns of names in ``_NAMES`` it must be one the store has."""


def split(question: str, vocab: Vocabulary) -> tuple[str, list[Condition]]:
    """The question without its conditions on named columns, and the conditions."""
    names = vocab.once("condition_columns", lambda: "|".join(sorted(
        (re.escape(c) for c in {c for cols in vocab.columns.values() for c in cols} - {"workspace_id"}),
        key=len, reverse=True)))  # the store's column names, longest first: made once per vocabulary
    if not names:
        return question, []
    found: list[Condition] = []

    def take(m: re.Match, condition: Condition | None) -> str:
        if condition is None:
            return m.group(0)
        found.append(condition)
        return " "

    ops = "|".join(sorted((re.escape(o) for o in _OPS), key=len, reverse=True))
    text = re.sub(rf"(?i)\bdistinct ({names})\b(?: values?)?", lambda m: take(m, Condition(
        m[1].lower(), distinct=True, words=m[0])), question)
    text = re.sub(rf"(?i)\b(non-?null|not null|null) ({names})\b(?: values?)?", lambda m: take(m, Condition(
        m[2].lower(), "{c} IS NULL" if m[1].lower() == "null" else "{c} IS NOT NULL", words=m[0])), text)
    text = re.sub(rf"(?i)\b(?:that |which )?(?:have|has|with) no ({names}) values?\b|\bwhose ({names}) is (?:missing|"
                  rf"unset|not set|blank)\b", lambda m: take(m, Condition((m[1] or m[2]).lower(), "{c} IS NULL",
                                                                           words=m[0])), text)  # "that have no
    # ends_at value": none there
    text = re.sub(rf"(?i)\b(?:without|with no|having no|(?:that |which )?(?:had|have|has) no|missing|lacking)"
                  rf"(?: an?| any)? ({names})(?: values?| set| field)?(?=\s*$|\s*[,.?!;:)]|\s+{_AFTER_MISSING}\b)",
                  lambda m: take(m, _said_missing(m, question)), text)  # "deploys without a version"
    text = re.sub(rf"(?i)\b(non-?empty|non empty|empty) ({names})\b", lambda m: take(m, Condition(
        m[2].lower(), "coalesce(len({c}), 0) " + ("= 0" if m[1].lower() == "empty" else "> 0"), words=m[0])), text)
    text = re.sub(rf"(?i)(?<![\w'])({names}) (is not|is) (empty)\b", lambda m: take(m, Condition(
        m[1].lower(), "coalesce(len({c}), 0) " + ("> 0" if "not" in m[2] else "= 0"), words=m[0])), text)
    text = re.sub(rf"(?i)(?<![\w'])({names}) ?({ops}) ?{_VALUE}", lambda m: take(m, _compared(m)), text)
    if found:
        _refuse_unread(question, found)
    for table, words in _ABSENT.items():  # "that have no row in resolutions": without one
        text = re.sub(rf"(?i)\b(no|without an?|without any|not any) (?:matching )?(?:rows?|entry|entries|records?) "
                      rf"(?:in|of|from) {table}\b", rf"\1 {words}", text)
    for table, words in _TABLES.items():
        text = re.sub(rf"(?i)\b{table}\b(?: rows?)?", words, text)
    return re.sub(r"\s+", " ", text).strip(), found


_TEXTS = frozenset(("comment", "summary", "description", "body", "template", "example", "root_cause", "fix"))
"""Columns of free text: one said missing is empty or blank too."""

_AFTER_MISSING = r"(?:and|or|in|on|at|from|during|since|last|this|yesterday|today|for|by|per|of|to|before|after|" \
    r"between|within|over|please|pls|yet|so far|ever)"
"""Words that may follow a column said missing ("deploys without a version in march") and are not its value."""

_EXCLUDING_WORDS = "not|except|excluding|without|besides|other than|apart from|but not|leaving out|minus|ignoring"
_EXCLUDING = rf"(?:{_EXCLUDING_WORDS})"
_SET_ASIDE_BEFORE = rf"(?i)\b(?:{_EXCLUDING_WORDS}|counting|skipping)\b(?:\s+\w+){{0,2}}\s*$"
"""A word that sets aside what follows it, up to two words before ("not counting ones without service")."""


def _said_missing(m: re.Match, question: str) -> Condition | None:
    """The condition of a column said missing ("deploys without a version", "changes that had no actor": it had been
    every row): ``IS NULL``, or empty too for free text; ``None`` when the word is a related kind ("incidents with no
    suspect": the relation's), follows a word that sets it aside ("not counting ones without service": read
    elsewhere), or is an alert's annotation ("alerts without a summary")."""
    column = m[1].lower()
    if column in _KIND_WORDS | _RELATED or re.search(_SET_ASIDE_BEFORE, m.string[:m.start()]):
        return None
    if column in ("summary", "description") and re.search(r"(?i)\b(?:alerts?|warnings?|incidents?)\b", question):
        return None
    return Condition(column, "coalesce(trim({c}), '') = ''" if column in _TEXTS else "{c} IS NULL", words=m[0])


def _refuse_unread(question: str, found: list[Condition]) -> None:
    """Conditions are ANDed, each as written: one after an exclusion ("except where ends_at is null"), two joined
    by "or", or conditions in a share ("what percent of alerts have ends_at is null") are refused, not read as
    something else."""
    low = question.lower()
    spans = [low.find(c.words.lower()) for c in found]
    for c, at in zip(found, spans, strict=True):
        before = " ".join(low[:max(at, 0)].split()[-3:])
        if re.search(rf"\b{_EXCLUDING}\b", before) and not c.distinct:
            raise Refused("not_about_this_data", f"a condition after an exclusion ({before} {c.words.strip()!r}) is "
                                                 "not read yet; write the opposite condition ('<>', 'is not null')")
    ordered = sorted(at for at in spans if at >= 0)
    for a, b in pairwise(ordered):
        if re.search(r"\bor\b", low[a:b]):
            raise Refused("not_about_this_data", "conditions joined with 'or' are not read yet; ask for each, or "
                                                 "for a list of values in words")
    if re.search(r"\b(percent|percentage|share|fraction|proportion|ratio)\b", low):
        raise Refused("not_about_this_data", "a share with conditions on named columns is not read yet; ask for "
                                             "the count of each")


def _compared(m: re.Match) -> Condition | None:
    column, op, value = m[1].lower(), _OPS[m[2].lower()], m[3]
    quoted = value[:1] in ("'", '"')
    special = value.lower() in ("null", "true", "false")
    if "_" not in column and not quoted and not special and not re.fullmatch(r"[=!<>]+", m[2]):
        return None  # "severity is critical" is the parser's to read; "severity = critical" is a condition
    if m[2].lower() in ("is", "is not", "isn't") and not (quoted or special or "_" in column):
        return None
    if column in _KIND_WORDS and not (quoted or special):
        return None  # "services with alerts > 5": a count of alerts, not the timeline's column
    numeric = re.fullmatch(r"-?\d+(?:\.\d+)?", value) is not None
    if _OPS[m[2].lower()] in ("<", ">", "<=", ">=") and not numeric:
        raise Refused("not_about_this_data", f"{m[0]!r}: an order is read only against a number")
    if value.lower() == "null":
        test = "{c} IS NULL" if op == "=" else "{c} IS NOT NULL"
    elif value.lower() in ("true", "false"):
        test = f"{{c}} {'=' if op == '=' else '<>'} {value.lower()}"
    elif quoted or not re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        text = value[1:-1] if quoted else value
        return Condition(column, f"{{c}} {op} {lit(text)}", words=m[0], value=text)
    else:
        test = f"{{c}} {op} {value}"
    return Condition(column, test, words=m[0])


_NAMES = {"service": "services", "group_service": "services", "change_service": "services", "project": "projects",
          "environment": "environments", "environment_canonical": "environments", "actor": "people",
          "created_by": "people", "expired_by": "people", "change_actor": "people", "name": "alert_names",
          "type": "change_types", "change_type": "change_types"}
"""Columns of names, and the store's list of those names a compared value must be among."""


def _grounded(c: Condition, vocab: Vocabulary) -> None:
    kind = _NAMES.get(c.column)
    if kind is None or c.value is None:
        return
    known = getattr(vocab, kind)
    names = {n.lower() for n in known} | ({v.lower() for v in known.values()} if isinstance(known, dict) else set())
    if c.value.lower() not in names:
        what = {"people": "person", "alert_names": "alert name", "change_types": "change type"}.get(kind, kind[:-1])
        raise Refused("ungrounded", f"no {what} called {c.value!r} in this store", (c.value,))


def apply(sql: str, conditions: list[Condition], vocab: Vocabulary) -> str:
    """``sql`` with each condition on the table of the answer that has its column."""
    if not conditions:
        return sql
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except SqlglotError:
        raise Refused("not_about_this_data", "the conditions on named columns could not be put on this answer") \
            from None
    for c in conditions:
        _grounded(c, vocab)
        select, column = _owner(tree, c.column, vocab)
        if select is None:
            tables = sorted({t.name for t in tree.find_all(exp.Table)})
            raise Refused("ungrounded", f"{c.words.strip()!r}: {', '.join(tables) or 'the answer'} has no column "
                                        f"{c.column!r}", (c.column,))
        if c.distinct:
            if not any(isinstance(e, exp.Star) for e in select.expressions):
                raise Refused("not_about_this_data", f"{c.words.strip()!r} is read only on a list of rows")
            select.set("expressions", [column])
            select.set("distinct", exp.Distinct())
        else:
            if re.fullmatch(r"\{c\} = .*", c.test):  # "changes where phase = 'requested'": not the live reports
                _drop_equal(select, column)
            select.where(_test(c.test, column), copy=False)
    return tree.sql("duckdb")


def _test(template: str, column: exp.Column) -> exp.Expression:
    """The condition ``template`` (``{c}`` for the column) as a tree, the column put in as a node: a column named
    like a keyword ("comment") stays a column."""
    test = sqlglot.parse_one(template.format(c="condition_column"), read="duckdb")
    return test.transform(lambda n: column.copy() if isinstance(n, exp.Column) and n.name == "condition_column"
                          else n)


def _owner(tree: exp.Expression, column: str, vocab: Vocabulary) -> tuple[exp.Select | None, exp.Column | None]:
    """The SELECT of the answer itself (or one its FROM reads, as a list narrowed to its columns does) whose
    table or joined table has ``column``, and the column as it is named there; never a subquery of a WHERE (an
    anti-join's) nor a branch of a UNION, whose rows are not the answer's."""
    select = tree if isinstance(tree, exp.Select) else None
    while select is not None:
        source = select.args.get("from_") or select.args.get("from")
        for table in [source, *(select.args.get("joins") or [])]:
            t = table.this if table is not None else None
            if isinstance(t, exp.Table) and column in vocab.columns.get(t.name, []):
                qualifier = t.alias_or_name if select.args.get("joins") or t.alias else None
                return select, exp.column(column, table=qualifier)
        inner = source.this if source is not None else None
        select = inner.this if isinstance(inner, exp.Subquery) and isinstance(inner.this, exp.Select) else None
    return None, None


def _drop_equal(select: exp.Select, column: exp.Column) -> None:
    """Take out of the WHERE's top-level ANDs what tests ``column`` against literals: a default the question's
    own condition on that column replaces."""
    where = select.args.get("where")
    if where is None:
        return
    def tests_literal(p: exp.Expression) -> bool:
        if isinstance(p, exp.Paren):
            return False
        values = [p.expression] if isinstance(p, exp.EQ) else p.expressions if isinstance(p, exp.In) else []
        return bool(values) and isinstance(p.this, exp.Column) and p.this.name == column.name and \
            all(isinstance(v, exp.Literal) for v in values)

    kept = [p for p in (where.this.flatten() if isinstance(where.this, exp.And) else [where.this])
            if not tests_literal(p)]
    select.set("where", exp.Where(this=exp.and_(*kept)) if kept else None)
