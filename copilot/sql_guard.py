"""The one gate between text and the store: a statement runs only as a validated, read-only SELECT.

Every statement, whoever wrote it (the question parser, a language model, a person), is
parsed with sqlglot in DuckDB's dialect and must be exactly one SELECT, or a set operation
of SELECTs, that reads only the allowlisted tables and views by their bare names (and its
own CTEs), calls no table function and no function outside what a question needs, and
carries no command of any kind. What passes is rewritten from the tree, not from the text:

- with a workspace, every table it reads is replaced by that table filtered to the
  workspace (``(SELECT * FROM t WHERE workspace_id = 'W') AS t``), however deep it sits in
  subqueries, CTEs, joins or unions; a relation without ``workspace_id`` is refused then;
- a row limit caps what comes back.

>>> print(safe("SELECT name, count(*) AS n FROM alert_events GROUP BY name", workspace="acme", limit=100))
... # doctest: +NORMALIZE_WHITESPACE
SELECT name, COUNT(*) AS n FROM (SELECT * FROM alert_events WHERE workspace_id = 'acme') AS alert_events
GROUP BY name LIMIT 100
>>> try:
...     safe("SELECT 1; DROP TABLE alert_events")
... except UnsafeQuery as e:
...     print(e)
exactly one statement may run, got 2
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError

__all__ = ["ALLOWED_RELATIONS", "MAX_CHARS", "UnsafeQuery", "safe"]

ALLOWED_RELATIONS = frozenset({
    "alert_events", "change_events", "audit_log", "metric_points", "log_events", "log_templates", "resolutions",
    "alert_groups", "correlations", "warnings", "anomaly_models", "commits", "alert_mutes", "silence_suggestions",
    "alerts", "alerts_firing", "correlation_candidates", "incident_suspects", "timeline", "incident_warnings",
    "log_template_current", "log_pattern_counts", "incident_log_patterns", "silences", "silence_scopes",
    "deploy_commits",
})
"""The documented tables and views a question may read (the dead-letter queue, with raw payloads, is not one)."""
UNSCOPED = frozenset()
"""Allowlisted relations without ``workspace_id`` (none today): refused under a workspace."""
MAX_CHARS = 20_000
"""Longer statements are refused before parsing."""

_ALLOWED_FUNCTIONS = frozenset({
    # aggregates
    "count", "sum", "avg", "min", "max", "median", "quantile_cont", "quantile_disc", "mode", "stddev", "stddev_pop",
    "stddev_samp", "variance", "var_pop", "var_samp", "arg_max", "arg_min", "argmax", "argmin", "string_agg",
    "list", "array_agg", "bool_and", "bool_or", "approx_count_distinct", "first", "last", "any_value", "histogram",
    "count_star", "countif", "count_if",
    # time
    "now", "current_timestamp", "current_date", "date_trunc", "datetrunc", "date_part", "datepart", "extract",
    "time_bucket", "epoch", "epoch_ms", "to_timestamp", "strftime", "strptime", "date_diff", "datediff", "date_sub",
    "age", "make_timestamp", "make_date", "dayname", "monthname", "hour", "minute", "day", "month", "year",
    "dayofweek", "isodow", "dayofweek_iso", "week", "timezone", "to_days", "to_hours", "to_minutes", "to_seconds",
    "interval",
    # text
    "lower", "upper", "length", "strlen", "concat", "concat_ws", "substring", "substr", "left", "right", "trim",
    "ltrim", "rtrim", "replace", "contains", "starts_with", "ends_with", "prefix", "suffix", "regexp_matches",
    "regexp_extract", "regexp_replace", "like", "ilike", "split_part", "string_split", "position", "strpos",
    "lpad", "rpad", "repeat", "reverse", "format", "printf",
    # values, lists, maps
    "coalesce", "nullif", "ifnull", "greatest", "least", "abs", "round", "floor", "ceil", "ceiling", "ln", "log",
    "log10", "log2", "exp", "power", "pow", "sqrt", "sign", "isnan", "isinf", "isfinite", "cast", "try_cast", "if",
    "case", "in", "between",
    "unnest", "list_contains", "array_contains", "list_has", "array_has", "len", "array_length", "list_extract",
    "array_extract", "element_at", "map_extract", "cardinality", "list_value", "array", "struct_extract",
    "list_filter", "array_filter", "filter",  # with a lambda, whose body is checked like any expression
    "list_intersect", "array_intersect", "list_has_any", "array_has_any", "list_has_all", "array_has_all",
    "row_number", "rank", "dense_rank", "lag", "lead", "first_value", "last_value", "ntile", "percent_rank",
    "cume_dist", "nth_value",
    # the names sqlglot gives some of the above once parsed
    "approx_distinct", "array_size", "date_bin", "explode", "group_concat", "logical_or", "logical_and",
    "percentile_cont", "percentile_disc", "str_position", "str_to_time", "time_to_str", "time_to_unix",
    "timestamp_from_parts", "timestamp_trunc", "unix_to_time", "date_add", "timestamp_diff", "bracket", "today",
    "dayofmonth", "dayofyear", "quarter", "current_time", "date_str_to_date", "ts_or_ds_to_date", "unix_seconds",
    "count_distinct",
})
"""Functions a question may call: no file, network, setting, environment or catalog access among them."""

_FORBIDDEN = (exp.Insert, exp.Update, exp.Delete, exp.Drop, exp.Create, exp.Alter, exp.Command, exp.Copy,
              exp.Pragma, exp.Set, exp.Use, exp.Attach, exp.Detach, exp.Install, exp.Transaction, exp.Commit,
              exp.Rollback, exp.Merge, exp.Describe, exp.Summarize, exp.Into, exp.LoadData, exp.Analyze)


_OPERATORS = (exp.Binary, exp.Connector, exp.Predicate, exp.Unary, exp.Cast, exp.TryCast, exp.Case, exp.If)
"""Nodes sqlglot files under functions that are operators of the language (AND, OR, IN, LIKE, CAST, CASE)."""


class UnsafeQuery(ValueError):
    """The statement is not one validated read-only SELECT over the allowlist; nothing ran."""


def safe(sql: str, *, workspace: str | None = None, limit: int = 1000,
         relations: Iterable[str] = ALLOWED_RELATIONS) -> str:
    """The statement to run for ``sql``, or :class:`UnsafeQuery` saying why there is none."""
    if len(sql) > MAX_CHARS:
        raise UnsafeQuery(f"the statement is {len(sql):,} characters; at most {MAX_CHARS:,}")
    if any(unicodedata.category(c) in ("Cf", "Co", "Cs") for c in sql):
        raise UnsafeQuery("the statement holds invisible or private-use characters")
    try:
        statements = [s for s in sqlglot.parse(sql, read="duckdb") if s is not None]
    except (ParseError, sqlglot.errors.TokenError) as e:
        raise UnsafeQuery(f"not SQL that DuckDB would read: {str(e).splitlines()[0][:200]}") from e
    if len(statements) != 1:
        raise UnsafeQuery(f"exactly one statement may run, got {len(statements)}")
    tree = statements[0]
    if not isinstance(tree, (exp.Select, exp.Union, exp.Intersect, exp.Except)):
        raise UnsafeQuery(f"only a SELECT may run, not {type(tree).__name__.upper()}")
    _check(tree, frozenset(r.lower() for r in relations), workspace)
    if workspace is not None:
        tree = _scoped(tree, workspace)
    return _limited(tree, limit).sql(dialect="duckdb")


def _check(tree: exp.Expression, relations: frozenset[str], workspace: str | None) -> None:
    ctes = {c.alias_or_name.lower() for c in tree.find_all(exp.CTE)}
    for node in tree.walk():
        if isinstance(node, _FORBIDDEN):
            raise UnsafeQuery(f"{type(node).__name__.upper()} is not a read-only SELECT")
        if isinstance(node, exp.Table):
            _check_table(node, relations, ctes, workspace)
        elif isinstance(node, exp.Func) and not isinstance(node, _OPERATORS):
            name = (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).lower()
            if name not in _ALLOWED_FUNCTIONS and type(node).__name__.lower() not in _ALLOWED_FUNCTIONS:
                raise UnsafeQuery(f"function {name}() is not one a question may call")


def _check_table(node: exp.Table, relations: frozenset[str], ctes: set[str], workspace: str | None) -> None:
    if not isinstance(node.this, exp.Identifier):
        raise UnsafeQuery("reading from a function or a file is not allowed")
    if node.args.get("db") is not None or node.args.get("catalog") is not None:
        raise UnsafeQuery(f"{node.sql(dialect='duckdb')}: name tables without a schema or catalog")
    name = node.name.lower()
    if name in ctes:
        return
    if name not in relations:
        raise UnsafeQuery(f"{node.name!r} is not a table or view a question may read")
    if workspace is not None and name in UNSCOPED:
        raise UnsafeQuery(f"{node.name!r} has no workspace and cannot be read for one")


def _scoped(tree: exp.Expression, workspace: str) -> exp.Expression:
    """Every allowlisted table replaced by its rows of ``workspace`` (CTE names left alone)."""
    ctes = {c.alias_or_name.lower() for c in tree.find_all(exp.CTE)}

    def swap(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.Table) and node.name.lower() not in ctes:
            alias = node.alias or node.name
            inner = exp.select("*").from_(exp.to_table(node.name)).where(
                exp.EQ(this=exp.column("workspace_id"), expression=exp.Literal.string(workspace)))
            return exp.Subquery(this=inner, alias=exp.TableAlias(this=exp.to_identifier(alias)))
        return node

    return tree.transform(swap, copy=True)


def _limited(tree: exp.Expression, limit: int) -> exp.Expression:
    if isinstance(tree, exp.Select):
        current = tree.args.get("limit")
        value = current.expression if current is not None else None
        if isinstance(value, exp.Literal) and value.is_int and int(value.this) <= limit:
            return tree
        return tree.limit(limit, copy=True)
    return exp.select("*").from_(tree.subquery("q")).limit(limit)
