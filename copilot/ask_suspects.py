"""Incidents and their suspect changes, asked as a cause: "which deploys caused incidents", "incidents caused by
a flag change", "which services had incidents suspected to come from a deploy" (the ``incident_suspects`` view).
"""

from __future__ import annotations

from signalcraft.copilot.ask_reading import Reading
from signalcraft.copilot.ask_sql import Select, filters
from signalcraft.copilot.ask_vocab import Vocabulary

__all__ = ["caused", "suspect_changes", "suspects"]


def caused(r: Reading, vocab: Vocabulary, ret: str, other: str) -> str | None:
    """Changes that caused incidents or alerts (the suspects), or incidents a change caused."""
    if {ret, other} not in ({"changes", "incidents"}, {"changes", "alerts"}):
        return None
    if ret == "changes":
        return suspect_changes(r, vocab)
    return suspects(r, vocab)


def suspects(r: Reading, vocab: Vocabulary) -> str:
    """Incidents with their suspect change; "which services had ...": those values, each once."""
    m = r.phrase(r"^(?:which|what) (services?|projects?|environments?)\b|^(services?|projects?|environments?) "
                 r"(?:with|that|where|which|having|had)\b")  # "services with incidents suspected to ..."
    columns = [(m[1] or m[2]).rstrip("s")] if m else ["*"]
    return Select("incident_suspects", columns=columns, where=filters(r, vocab, "incident_suspects"),
                  distinct=columns != ["*"]).sql()


def suspect_changes(r: Reading, vocab: Vocabulary) -> str:
    """ "which deploys caused incidents": the changes themselves (``change_events`` rows) that are the suspect
    of an incident the question's filters select; "who made them": their actors, each once."""
    inner = Select("incident_suspects", columns=["change_id"], where=filters(r, vocab, "incident_suspects")).sql()
    if r.has("who"):
        return Select("change_events", columns=["actor"], where=[f"id IN ({inner})"], distinct=True).sql()
    return Select("change_events", where=[f"id IN ({inner})"]).sql()

