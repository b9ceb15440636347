"""The ``commits`` table: what pushes brought into each repository (GitHub ``push`` webhooks).

Made like every table (:mod:`signalcraft.sinks.schema`); with ``change_events`` it says
what a deploy shipped: the commits of the service between two live versions.
"""

from __future__ import annotations

from signalcraft.models import Commit
from signalcraft.sinks.columns import (
    ID,
    PROJECT,
    SERVICE,
    SOURCE,
    TIMESTAMPTZ,
    VARCHAR,
    VARCHAR_LIST,
    WORKSPACE,
    Column,
    Table,
)

COMMITS = Table(
    "commits",
    Commit,
    "One commit as a push delivered it: repository, ref, message, author, the files it added, modified and "
    "removed. One row per repository and sha.",
    (
        ID,
        WORKSPACE,
        PROJECT,
        SERVICE,
        Column("repository", VARCHAR, "owner/name."),
        Column("ref", VARCHAR, "The ref pushed, e.g. refs/heads/main."),
        Column("sha", VARCHAR, "The commit's sha."),
        Column("message", VARCHAR, "The commit message."),
        Column("author", VARCHAR, "The author's username, else name or e-mail.", nullable=True),
        Column("timestamp", TIMESTAMPTZ, "The commit's own time (UTC)."),
        Column("pushed_at", TIMESTAMPTZ, "When the push that brought it arrived (UTC).", nullable=True),
        Column("added", VARCHAR_LIST, "Paths added."),
        Column("modified", VARCHAR_LIST, "Paths modified."),
        Column("removed", VARCHAR_LIST, "Paths removed."),
        Column("url", VARCHAR, "The commit's page.", nullable=True),
        Column("compare_url", VARCHAR, "The push's compare link (before...after).", nullable=True),
        SOURCE,
    ),
    time_column="timestamp",
)
