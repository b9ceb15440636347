"""Incidents and their suspect changes, asked as a cause: "which deploys caused incidents", "incidents caused by
a flag change", "which services had incidents suspected to come from a deploy" (the ``incident_suspects`` view).
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_number import number
from signalcraft.copilot.ask_reading import Reading
from signalcraft.copilot.ask_scope import known
from signalcraft.copilot.ask_sql import Select, filters, window
from signalcraft.copilot.ask_vocab import Vocabulary

__all__ = ["blamed_changes", "caused", "even_without", "said_without", "suspect_changes", "suspects"]


def caused(r: Reading, vocab: Vocabulary, ret: str, other: str) -> str | None:
    """Changes that caused incidents or alerts (the suspects), or incidents a change caused."""
    if {ret, other} not in ({"changes", "incidents"}, {"changes", "alerts"}):
        return None
    if ret == "changes":
        return suspect_changes(r, vocab)
    return suspects(r, vocab)


def suspects(r: Reading, vocab: Vocabulary) -> str:
    """Incidents with their suspect change; "which services had ...": those values, each once."""
    m = r.phrase(r"^(?:which|what) (?:[\w-]+ )?(services?|projects?|environments?)\b|^(services?|projects?|"
                 r"environments?) "
                 r"(?:with|that|where|which|having|had)\b")  # "services with incidents suspected to ..."
    columns = [(m[1] or m[2]).rstrip("s")] if m else ["*"]
    if m and (most := r.phrase(r"\b(most(?! recent)|fewest|(?<!\bat )least)\b")):  # "which svc had the most
        dim = columns[0]  # incidents blamed on a deploy": ranked by their incidents (had been each service once)
        limit = number(r, 5 if (m[1] or m[2]).endswith("s") else 1)
        if most[1] == "most":
            return Select("incident_suspects", columns=[dim, "count(DISTINCT group_id) AS incidents"],
                          where=filters(r, vocab, "incident_suspects"), group=[dim],
                          order=["incidents DESC", dim], limit=limit).sql()
        where = filters(r, vocab, "incident_suspects")
        blamed = Select("incident_suspects", where=where).sql()  # the fewest: every known service (project) counts,
        mine = [w for w in where if dim == "service" and re.match(r"project (?:=|IN) ", w)]  # those with none at 0
        source = f"{known(dim, mine, mine)} AS k LEFT JOIN ({blamed}) AS s ON s.{dim} = k.{dim}"  # (of the project)
        return Select(source, columns=[f"k.{dim}", "count(DISTINCT s.group_id) AS incidents"],
                      where=[f"k.{dim} IS NOT NULL"], group=[f"k.{dim}"], order=["incidents ASC", f"k.{dim}"],
                      limit=limit).sql()
    return Select("incident_suspects", columns=columns, where=filters(r, vocab, "incident_suspects"),
                  distinct=columns != ["*"]).sql()


_OWN_PERIOD = (r"\b(deploys?|deployments?|changes?|releases?|rollbacks?|flags?) (of|in|from|during|made|done|shipped|"
               r"this|last)\b.*\b(that|which) (were|was|got|had been)\b")
"""Changes named with a period of their own before what they were blamed for."""
_INCIDENTS_PERIOD = (r"\bincidents? (opened|that opened|which opened|on|after|before|between|from|during|in|last|this|"
                     r"of|since|yesterday|today)\b")
"""Incidents named with a period: the period is theirs."""


def suspect_changes(r: Reading, vocab: Vocabulary, own: bool = False) -> str:
    """ "which deploys caused incidents": the changes themselves (``change_events`` rows) that are the suspect
    of an incident the question's filters select; "who made them": their actors, each once. ``own``: the question's
    time is the changes' own."""
    theirs = r.window is not None and (own or (r.phrase(_OWN_PERIOD) and not r.phrase(_INCIDENTS_PERIOD)))  # "the
    # deployments of Q1 that were blamed as the suspect": deployed in Q1 (not blamed for an incident of Q1)
    where = filters(r, vocab, "incident_suspects", time=not theirs)
    timed = window(r, "timestamp") if theirs else []
    inner = Select("incident_suspects", columns=["change_id"], where=where).sql()
    if r.has("who"):
        return Select("change_events", columns=["actor"], where=[f"id IN ({inner})", *timed], distinct=True).sql()
    return Select("change_events", where=[f"id IN ({inner})", *timed]).sql()


_BLAMED = (r"\b(?:deploys?|deployments?|changes?|releases?|rollbacks?)\b(?:(?: \S+){0,6}? (?:(?:that|which) )?"
           r"(?:were|was|got|have been|has been|had been|are|is) (?:ever |later |then |once )?| (?:ever |later )?)"
           r"(?:(?:the |a )?suspects?\b|blamed\b(?! (?:for|on)\b)|suspected\b(?! (?:for|of|to|on)\b))")
"""Changes said to have been some incident's suspect, no incident named ("deploys that were blamed as the
suspect", "changes that were a suspect")."""


def blamed_changes(r: Reading, vocab: Vocabulary) -> str | None:
    """ "list the deployments that were blamed as the suspect": the changes themselves, as :func:`suspect_changes`
    reads them (their own time); ``None`` when an incident is named (read with it) or no change is said blamed."""
    if r.has("incident", "incidents", "outage", "outages") or not r.phrase(_BLAMED) or \
            r.phrase(r"\b(?:most|fewest|least|top \d+|top|per|by|grouped|each|every|latest|last|first|newest|earliest|"
                     r"recent|score|scores|scored|scoring|lag|rank)\b"):
        return None  # "whose deploys got blamed the most", "… per service", "the latest deploy that was blamed",
        # "with their suspect score": the suspects' own rows (ask_joins, incident_suspects)
    return suspect_changes(r, vocab, own=True)


_EVEN_WITHOUT = re.compile(r"(?i)\((?:empty|blank|null|none|nothing|n/a|-)\b[^)]*\)|\b(?:empty|blank|null|nothing) "
                           r"(?:when|if|where) (?:it has |there is |there's )?(?:none|no suspect|not)\b|\bif any\b|"
                           r"\bor none\b|\beven (?:those |the ones |incidents )?(?:without|with no)\b")
_FROM_GROUP = {"group_id": "id", "group_status": "status"}
"""The suspects' columns named otherwise on the incident itself."""


def _every_incident(columns: dict[str, list[str]]) -> str:
    """Every incident in the shape of ``incident_suspects``: the incident's own columns from ``alert_groups``, the
    suspect's from the view (empty where it has none); ``columns``: the store's columns per table and view."""
    own = set(columns.get("alert_groups", ()))
    shown = [f"g.{_FROM_GROUP[c]} AS {c}" if c in _FROM_GROUP else f"g.{c}" if c in own else f"s.{c}"
             for c in columns["incident_suspects"]]
    return (f"(SELECT {', '.join(shown)} FROM alert_groups AS g LEFT JOIN incident_suspects AS s ON s.group_id = g.id)"
            " AS incident_suspects")


def even_without(question: str, sql: str, columns: dict[str, list[str]]) -> str:
    """ "each incident with its suspect's version (empty when it has none)": every incident, its suspect's columns
    empty where it has none (``incident_suspects`` holds only the incidents that have one); ``sql`` unchanged when
    the question does not say so. ``columns``: the store's columns per table and view.

    >>> cols = {"alert_groups": ["id", "service", "status"], "incident_suspects": ["group_id", "service",
    ...                                                                          "change_version"]}
    >>> even_without("incidents: service and suspect version, if any", "SELECT service FROM incident_suspects", cols)
    'SELECT service FROM (SELECT g.id AS group_id, g.service, s.change_version FROM alert_groups AS g LEFT JOIN \
incident_suspects AS s ON s.group_id = g.id) AS incident_suspects'
    """
    bare = r"\bFROM incident_suspects(?=\s+(?:WHERE|ORDER|GROUP|LIMIT)\b|\s*\)|\s*$)"  # the view alone, no alias
    if not _EVEN_WITHOUT.search(question) or not re.search(bare, sql) or "incident_suspects" not in columns:
        return sql
    return re.sub(bare, lambda _: f"FROM {_every_incident(columns)}", sql, count=1)


def said_without(question: str) -> str:
    """``question`` without its "(empty when it has none)", "if any": a list before it ends where the list does.

    >>> said_without("incidents: service and suspect version, if any")
    'incidents: service and suspect version'
    """
    return re.sub(r"\s*,?\s*(?:" + _EVEN_WITHOUT.pattern.removeprefix("(?i)") + r")\s*(?=[.?!]*\s*$)", "", question,
                  flags=re.IGNORECASE)
