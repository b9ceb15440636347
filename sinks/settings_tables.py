"""Two small tables of the settings the flow runs with, rewritten each time the writer opens the file,
so that views (and people) read a record's identity the way the flow did:

- ``identity_labels(kind, key, rank)``: which labels name a record's workspace, project,
  environment and service, first key first (``SIGNALCRAFT_IDENTITY_*``);
- ``environment_aliases(alias, canonical)``: the spellings of one environment the change
  correlation treats as one (``SIGNALCRAFT_CORRELATION_ENVIRONMENT_ALIASES``; ``prod`` is
  ``production``).
"""

from __future__ import annotations

from typing import Any

from signalcraft.params import Identity

__all__ = ["SETTINGS_TABLES", "write_settings_tables"]

SETTINGS_TABLES = ("identity_labels", "environment_aliases")


def write_settings_tables(con: Any, identity: Identity, aliases: dict[str, str]) -> None:
    """Create (when missing) and refill both tables, inside the caller's transaction."""
    con.execute("CREATE TABLE IF NOT EXISTS identity_labels (kind VARCHAR NOT NULL, key VARCHAR NOT NULL, "
                "rank INTEGER NOT NULL, PRIMARY KEY (kind, key))")
    con.execute("COMMENT ON TABLE identity_labels IS 'Which labels name a record''s workspace, project, environment "
                "and service (rank 1 first), as the flow that wrote this file was set up.'")
    con.execute("CREATE TABLE IF NOT EXISTS environment_aliases (alias VARCHAR PRIMARY KEY, canonical VARCHAR NOT "
                "NULL)")
    con.execute("COMMENT ON TABLE environment_aliases IS 'Spellings of one environment (lower case) and the "
                "canonical name change correlation uses for them; a name not listed is its own lower case.'")
    con.execute("DELETE FROM identity_labels")
    con.execute("DELETE FROM environment_aliases")
    rows = [(kind, key, rank) for kind in ("workspace", "project", "environment", "service")
            for rank, key in enumerate(getattr(identity, f"{kind}_keys"), 1)]
    con.executemany("INSERT INTO identity_labels VALUES (?, ?, ?) ON CONFLICT DO NOTHING", rows)
    if aliases:
        con.executemany("INSERT INTO environment_aliases VALUES (?, ?)",
                        [(a.lower(), c.lower()) for a, c in sorted(aliases.items())])
