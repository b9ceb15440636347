"""Incidents that had early warnings, one row each with what their warnings measure: "which incidents on March 11
had an early warning beforehand? Service, alert name, and the lead in minutes that the earliest warning gave", "for
each incident last week that had early warnings: service, alert name, opened and how many warnings".

Read from ``incident_warnings`` (a row per incident and warning; an incident without a warning has none), grouped by
the incident: the columns of the incident the question lists, in its order (else its id, service, alert name and
opening), then the measures it asks for — how many warnings (``count(*)``), the lead of the earliest one
(``max(lead_min)``; the latest one's is ``min``, a typical one ``round(avg(lead_min), 1)``). A ranking, a breakdown, a
total or an average over incidents is read elsewhere.
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_reading import Reading
from signalcraft.copilot.ask_sql import Select, filters
from signalcraft.copilot.ask_vocab import Vocabulary

__all__ = ["warned_incidents"]

_DEFAULT = ("group_id", "service", "group_labels['alertname'] AS alertname", "opened_at")
"""The incident's columns when the question lists none."""
_INCIDENT_COLUMNS = (
    (r"\b(?:incident|group) ids?\b|\bgroup_id\b|\bthe ids?\b", "group_id"),
    (r"\bservices?\b|\bsvcs?\b", "service"),
    (r"\balert ?names?\b|\balertnames?\b|\bnames?\b", "group_labels['alertname'] AS alertname"),
    (r"\bopened(?:_at)?\b|\bopen(?:ing)? times?\b|\bwhen (?:it|they) opened\b|\bstart(?:ed)?\b", "opened_at"),
    (r"\benvironments?\b|\benvs?\b", "environment"),
    (r"\bprojects?\b", "project"),
    (r"\bseverit(?:y|ies)\b", "max_severity"),
)
"""An incident's columns a list names (grouped by what stands before "AS")."""
_LEAD = (r"\b(?:lead|how (?:many )?(?:minutes|mins) (?:ahead|before|earlier|in advance|of (?:lead|warning))|"
         r"(?:minutes|mins) (?:ahead|before|earlier|in advance|of lead|of warning)|how (?:far|long) ahead|how early)\b")
_COUNT = r"\b(?:how many|number of|count of|no\. of)(?: early)? warnings\b"
_HAD = (r"\b(?:incidents?|outages?|incidences?)\b.*\b(?:had|have|has|having|with|got|that had|which had|received|"
        r"preceded by)\b(?: an?| any| some| their| its)?(?: early)? warnings?\b")
"""Incidents said to have had warnings (not "for each incident, how many warnings": every incident, 0 counted)."""


def warned_incidents(r: Reading, vocab: Vocabulary) -> str | None:
    """The SQL of a question asking, per incident that had early warnings, how many it had or how far ahead the
    earliest came; ``None`` when the question is not one."""
    if not (r.has("warning", "warnings") and r.has("incident", "incidents", "outage", "outages", "incidence",
                                                   "incidences")):
        return None
    if r.has("suspect", "suspects", "silence", "silences", "deploy", "deploys", "change", "changes") or r.phrase(
            r"^(?:which|what|list|show|give)?(?: me)?(?: the| all)?(?: early)? warnings\b|\b(?:each|every|per) "
            r"(?:early )?warning\b|\b(?:no|without|never|not)\b|\b(?:top|most|fewest|least|per|by|total|in total|"
            r"average|avg|mean|median|sorted|ranked|order(?:ed)?)\b"):
        return None  # warnings listed (their own rows), a warning's own count, incidents without any
    lead, counted = r.phrase(_LEAD), r.phrase(_COUNT)
    if not (lead or counted) or not r.phrase(_HAD) or \
            r.phrase(r"\b(?:\d+|an?|one|half an?) (?:minutes?|mins?|hours?|h)\b"):
        return None  # "for each incident, how many warnings": every incident, none counted 0 (ask_joins); "with a
        # warning more than 30 minutes ahead": a bound
    listed = re.split(r"[?:]", r.question.lower().rstrip(" ?.!"))[-1]  # "…? Service, alert name and minutes."
    if re.search(r"\b(?:summary|summaries|warning (?:names?|services?|ids?|kinds?)|metrics?|sigma|warned at|"
                 r"warning_\w+|services? of the (?:early )?warnings?)\b", listed):
        return None  # "…: svc, warning summary, mins before": each warning's row
    said = sorted((m.start(), shown) for pattern, shown in _INCIDENT_COLUMNS if (m := re.search(pattern, listed)))
    columns = [shown for _, shown in said] or list(_DEFAULT)
    group = ["group_id", *(c.split(" AS ")[0] for c in columns if c != "group_id")]  # each incident once
    measures = []
    if counted:
        measures.append((counted.start(), "count(*) AS warnings"))
    if lead:  # (an average, the least: refused above, read elsewhere)
        agg = "round(avg(lead_min), 1)" if r.has("typical") else "min(lead_min)" if \
            r.phrase(r"\b(?:latest|last|closest|shortest)\b") else "max(lead_min)"
        measures.append((lead.start(), f"{agg} AS lead_min"))
    severity = r.phrase(r"\bwarning (?:severity|level)\b|\bseverity (?:of )?warning\b|\bwarning-level\b")
    where = [w for w in filters(r, vocab, "incident_warnings") if (severity or w != "max_severity = 'warning'") and
             "ORDER BY opened_at" not in w]  # an early warning is not the severity "warning"; "the earliest one" is
    # the earliest warning, not the earliest incident
    if r.phrase(r"\bsame service\b|\b(?:its|their) own service\b"):
        where.append("same_service")
    return Select("incident_warnings", columns=[*columns, *(m for _, m in sorted(measures))], where=where,
                  group=group).sql()
