"""Opening the DuckDB file for the query side: read-only and locked down; running a validated query.

The connection may read only the file itself: no other directory, no network, no
extension loading, a memory cap, and the configuration cannot be changed back by a
later statement. Times come back in UTC.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

__all__ = ["QueryResult", "QueryTimeout", "StoreNotFound", "open_read_only", "run_select"]


class StoreNotFound(Exception):
    """The DuckDB file does not exist or is not a DuckDB file."""


class QueryTimeout(Exception):
    """The query ran longer than its time limit and was interrupted."""


@dataclass(frozen=True)
class QueryResult:
    sql: str
    columns: list[str]
    rows: list[tuple[Any, ...]]


def open_read_only(path: str | Path, memory_limit: str = "1GB") -> duckdb.DuckDBPyConnection:
    """A read-only, locked-down connection to the store at ``path``.

    The order matters: DuckDB refuses ``allowed_directories`` in the connect config, and
    nothing can be set once ``lock_configuration`` is on.
    """
    path = Path(path)
    if not path.is_file():
        raise StoreNotFound(f"no DuckDB file at {str(path)!r}; run `signalcraft run` or `signalcraft demo` first")
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as e:
        raise StoreNotFound(f"{str(path)!r} could not be opened as a DuckDB store: {e}") from e
    if _locked(con):  # DuckDB shares one instance per file in a process: it was locked down before
        return con
    con.execute("SET TimeZone = 'UTC'")  # times come back in UTC whatever the host's zone
    con.execute("SET memory_limit = ?", [memory_limit])
    con.execute("SET allowed_directories = [?]", [str(path.resolve().parent)])
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def _locked(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether this file's instance was locked down already (and is as this module leaves it). Such a
    connection keeps the host's time zone (``TimeZone`` is per connection and locked too): its
    timestamps are the same instants, shown in that zone."""
    locked, external = con.execute(
        "SELECT current_setting('lock_configuration'), current_setting('enable_external_access')").fetchone()
    if locked and external:
        con.close()
        raise StoreNotFound("the store is open in this process with a configuration this module did not set")
    return bool(locked)


def run_select(con: duckdb.DuckDBPyConnection, sql: str, timeout_s: float = 5.0) -> QueryResult:
    """Run ``sql`` — already passed by :func:`signalcraft.copilot.sql_guard.safe`, nothing else —
    on a locked-down connection, interrupted after ``timeout_s``."""
    timer = threading.Timer(timeout_s, con.interrupt)
    timer.daemon = True
    timer.start()
    try:
        cur = con.execute(sql)
        columns = [d[0] for d in cur.description]
        rows = cur.fetchall()
    except duckdb.InterruptException as e:
        raise QueryTimeout(f"the query ran longer than {timeout_s:g}s and was stopped") from e
    finally:
        timer.cancel()
    return QueryResult(sql, columns, rows)
