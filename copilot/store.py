"""Opening the DuckDB file for the query side: read-only and locked down.

The connection may read only the file itself: no other directory, no network, no
extension loading, and the configuration cannot be changed back by a later statement.
"""

from __future__ import annotations

from pathlib import Path

import duckdb


class StoreNotFound(Exception):
    """The DuckDB file does not exist or is not a DuckDB file."""


def open_read_only(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only, locked-down connection to the store at ``path``."""
    path = Path(path)
    if not path.is_file():
        raise StoreNotFound(f"no DuckDB file at {str(path)!r}; run `signalcraft run` or `signalcraft demo` first")
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as e:
        raise StoreNotFound(f"{str(path)!r} could not be opened as a DuckDB store: {e}") from e
    con.execute("SET TimeZone = 'UTC'")  # times come back in UTC whatever the host's zone
    con.execute("SET allowed_directories = [?]", [str(path.resolve().parent)])
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con
