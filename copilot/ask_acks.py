"""Acks met with the alerts and incidents they acknowledged: "incidents nobody acked while they were open",
"which TokenCacheEvictionsHigh alerts got acked while still firing", "how many of sade's acks came more than 3
minutes after the alert started".

An ack is an ``audit_log`` row (``action = 'ack'``) whose equality matchers name the alert: ``alertname=X`` and
``service=S`` (an incident's alert name is its ``group_labels['alertname']``). It acknowledged an alert or an
incident when it came while that was on: from its start up to its end (or still on).

>>> _matched("a.name", "a.service")[:60]
"list_contains([m.name || '=' || m.value FOR m IN k.matchers "
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_number import number
from signalcraft.copilot.ask_reading import Reading, Refused, minutes
from signalcraft.copilot.ask_sql import Select, filters
from signalcraft.copilot.ask_tally import column_asked
from signalcraft.copilot.ask_vocab import Vocabulary

__all__ = ["acks"]

_ACKED = r"\b(acked|acknowledged|acks?|unacked|unacknowledged)\b"
_NEGATED = r"\b(never|not|no one|nobody)(?: (?:been|yet|ever|get|got|be|gotten))* (acked|acknowledged)\b|" \
           r"\b(unacked|unacknowledged)\b|\b(?:no|without|zero)(?: an?| any)? acks?\b"
_UNREAD = r"\b(per|each|every|most|fewest|least|top|average|avg|mean|resolved|unresolved|closed|fixed)\b|" \
          r"\bby (?!(?:someone|somebody|anyone|anybody|a person|a human|an engineer|whom|who)\b)\w+|" \
          r"\b\d+ ?(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?)\b"
"""What an ack question may also ask that these shapes do not read: a breakdown, a ranking, another state, a
span (other than "N minutes after the alert started")."""
_WHILE = r"\b(while|when) (they|it) (were|was) (still )?(open|firing|active|on|ongoing)\b|\bwhile (still )?(open|" \
         r"firing|active|ongoing)\b|\bbefore (they|it) (resolved|closed|ended|cleared)\b"
_LAG = re.compile(r"\b(more than|over|longer than|within|less than|under|at least|at most) (\d+) ?(?:min|mins|minutes?)"
                  r"\b.*\bafter\b.*\b(alerts?|it|they)\b.*\b(start|started|fired|firing|began|opened)\b")


_ACKED_IN = re.compile(r"\b(?:acked|acknowledged)\b(?: \w+)?? (within|in under|in less than|in|under|less than|inside|"
                       r"after more than|more than|over|after over|only after|after) (\d+|an?|one) ?(min|mins|"
                       r"minutes?|m|h|hrs?|hours?)\b")
"""An alert or incident acked within (or only after) N minutes of its start: "alerts acked within 5 minutes"."""


_OTHER_TIME = r"\b(?:before|after|around|either side of|surrounding|preceding|following|followed|preceded|prior to)" \
              r"(?: \S+){0,3}? (?:an? |any |the )?(?:\S+ )?(?:alerts?|incidents?|outages?|pages?|them|it)\b|" \
              r"\b(?:acks?|acked|acknowledged)\b(?: \S+){0,3}? (?:before|after|followed|preceded) (?:them|it)\b"
"""Acks related to an alert or incident otherwise than while it was on: before it, after it, around it."""


_PAIRS = "[m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex]"
"""The ack's equality matchers as ``name=value`` strings."""


def _matched(name: str, service: str) -> str:
    return f"list_contains({_PAIRS}, 'alertname=' || {name}) AND list_contains({_PAIRS}, 'service=' || {service})"


def acks(r: Reading, vocab: Vocabulary) -> str | None:
    """The SQL of a question about acks and the alerts or incidents they acknowledged, or ``None``."""
    if not r.phrase(_ACKED):
        return None
    counted = bool(r.phrase(r"\b(how many|count|number of)\b"))
    if (m := _LAG.search(" ".join(r.words))) and r.has("acks", "ack"):  # "acks more than 3 minutes after the alert"
        op = {"more than": ">", "over": ">", "longer than": ">", "at least": ">=", "within": "<=", "less than": "<",
              "under": "<", "at most": "<="}[m[1]]
        on = _on("a")
        where = ["k.action = 'ack'", *filters(r, vocab, "audit_log", alias="k"),
                 f"EXISTS (SELECT 1 FROM alerts a WHERE {on} AND k.timestamp {op} a.starts_at + "
                 f"INTERVAL {minutes(int(m[2]))} MINUTE)"]
        return Select("audit_log k", columns=["count(*)"] if counted else ["k.*"], where=where).sql()
    negated = bool(r.phrase(_NEGATED))
    if not negated and (sql := _after_changes(r, vocab, counted)) is not None:
        return sql
    kind = _kind(r)
    if kind is not None and (m := r.phrase(_OTHER_TIME)):  # "acks in the 30 minutes before an alert",
        raise Refused("not_about_this_data", f"{m[0]!r}: acks are read while the alert or incident was on, not "
                                             "before or after it (nothing was run)", tuple(m[0].split()))  # "incidents
        # with no ack before them"
    dim = column_asked(r)
    if kind is not None and not negated and _acks_first(r):  # "acks that happened during an incident": the acks
        if dim:  # "which services had acks during an incident": an ack carries no service of its own
            raise Refused("not_about_this_data", f"the {dim}s of acks are not read yet; ask for the acks or the "
                                                 "incidents (alerts) they acknowledged (nothing was run)", (dim,))
        alias, relation = ("g", "alert_groups") if kind == "incidents" else ("a", "alerts")
        own = [w for w in filters(r, vocab, "audit_log", alias="k") if not w.startswith("k.target ")]
        theirs = " AND ".join([_on(alias), *filters(r, vocab, relation, alias=alias, time=False)])
        where = ["k.action = 'ack'", *own, f"EXISTS (SELECT 1 FROM {relation} {alias} WHERE {theirs})"]
        return Select("audit_log k", columns=["count(*)"] if counted else ["k.*"], where=where).sql()
    if kind is None or (kind == "alerts" and not r.phrase(_WHILE) and not _ACKED_IN.search(" ".join(r.words))):
        return None  # "which alerts were acked": any ack of the alert, read elsewhere
    alias, relation = ("g", "alert_groups") if kind == "incidents" else ("a", "alerts")
    if (m := _ACKED_IN.search(" ".join(r.words))) and not negated and not r.phrase(r"\b(per|each|every|most|top)\b"):
        span = minutes((1 if not m[2].isdigit() else int(m[2])) * (60 if m[3].startswith("h") else 1))
        op = "<=" if m[1] in ("within", "in under", "in less than", "in", "under", "less than", "inside") else ">"
        start = "g.opened_at" if alias == "g" else "a.starts_at"  # "incidents acked within 5 minutes" of opening
        met = (f"EXISTS (SELECT 1 FROM audit_log k WHERE k.action = 'ack' AND {_on(alias)} AND k.timestamp {op} "
               f"{start} + INTERVAL {span} MINUTE)")
        return Select(f"{relation} {alias}", columns=["count(*)"] if counted else [f"{alias}.*"],
                      where=[*filters(r, vocab, relation, alias=alias), met]).sql()
    if r.phrase(r"^who\b") and not negated and not r.phrase(_UNREAD):  # "who acked payments-api alerts while they
        # were still firing": the people whose acks met them
        theirs = " AND ".join([_on(alias), *filters(r, vocab, relation, alias=alias)])
        met = f"EXISTS (SELECT 1 FROM {relation} {alias} WHERE {theirs})"
        return Select("audit_log k", columns=["k.actor"], where=["k.action = 'ack'", met], distinct=True).sql()
    if not negated and (top := _ranked(r)) is not None:  # "which two people acked the most alerts while they were
        # still firing": the people by their acks that met one
        theirs = " AND ".join([_on(alias), *filters(r, vocab, relation, alias=alias)])
        where = ["k.action = 'ack'", "k.actor IS NOT NULL", f"EXISTS (SELECT 1 FROM {relation} {alias} WHERE {theirs})"]
        return (f"SELECT k.actor AS person, count(*) AS acks FROM audit_log AS k WHERE {' AND '.join(where)} "
                f"GROUP BY person ORDER BY acks DESC, person LIMIT {top}")
    if m := r.phrase(_UNREAD):  # "incidents acked within 5 minutes", "acked incidents per service"
        raise Refused("not_about_this_data", f"acks with {m[0]!r} are not read yet; ask which incidents or alerts "
                                             "were acked (while open), or for acks N minutes after the alert started",
                      tuple(m[0].split()))
    met = f"{'NOT ' if negated else ''}EXISTS (SELECT 1 FROM audit_log k WHERE k.action = 'ack' AND {_on(alias)})"
    where = [*filters(r, vocab, relation, alias=alias), met]
    if dim and not counted:  # "which services had incidents nobody acked": their services
        return Select(f"{relation} {alias}", columns=[f"{alias}.{dim}"], where=where, distinct=True).sql()
    return Select(f"{relation} {alias}", columns=["count(*)"] if counted else [f"{alias}.*"], where=where).sql()


_AFTER_CHANGE = re.compile(r"\b(?:within|in|less than|under) (?:the |an? |one )?(?:(\d+) ?)?(min|mins|minutes?|h|hrs?|"
                           r"hours?) after\b.*\b(deploy|deploys|deployed|deployment|rollback|rolled back|released|"
                           r"release|change|changed)\b")


def _after_changes(r: Reading, vocab: Vocabulary, counted: bool) -> str | None:
    """ "who acked an alert on a service within an hour after that service got deployed": acks whose service
    matcher names a service that had a change of that kind in the N minutes before."""
    m = _AFTER_CHANGE.search(" ".join(r.words))
    if m is None or not re.search(r"(?i)\b(ack|acks|acked|acking|acknowledg\w*)\b", r.question):
        return None  # (not a word corrected into "acked": "racked up the most alerts")
    if dim := column_asked(r):  # an ack carries no service
        raise Refused("not_about_this_data", f"the {dim}s of acks are not read yet; ask for the acks or who made "
                                             "them (nothing was run)", (dim,))
    span = minutes(int(m[1] or 1) * (60 if m[2].startswith("h") else 1))
    kinds = {"rollback": "rollback", "rolled back": "rollback", "released": "release", "release": "release"}
    change = kinds.get(m[3], "deployment" if m[3].startswith("deploy") else None)
    theirs = [f"c.type = '{change}'"] * bool(change) + ["c.phase = 'live'", "c.workspace_id = k.workspace_id",
                                                         f"list_contains({_PAIRS}, 'service=' || c.service)",
                                                         f"k.timestamp >= c.timestamp AND k.timestamp <= c.timestamp + "
                                                         f"INTERVAL {span} MINUTE"]
    where = ["k.action = 'ack'", *filters(r, vocab, "audit_log", alias="k"),
             f"EXISTS (SELECT 1 FROM change_events c WHERE {' AND '.join(theirs)})"]
    if r.phrase(r"^who\b"):
        return Select("audit_log k", columns=["k.actor"], where=where, distinct=True).sql()
    return Select("audit_log k", columns=["count(*)"] if counted else ["k.*"], where=where).sql()


_RANKED = re.compile(r"^(?:who|(?:which|what) (?:\S+ )?(?:people|persons|engineers|users|responders|folks|actors)|"
                     r"(?:the )?(?:top )?\S+ (?:people|persons|engineers|users|responders|folks))\b.*"
                     r"\b(?:acked|acknowledged)\b (?:the )?most\b")
"""People ranked by their acks: "who acked the most alerts while they fired", "which two people acked the most"."""


def _ranked(r: Reading) -> int | None:
    """How many people a ranking by acks asks for (:func:`number`, one when none is said), or ``None``."""
    if _RANKED.search(" ".join(r.words)) is None or r.phrase(r"\b(per|each|every|fewest|least|average|avg|mean)\b"):
        return None
    return number(r, 1)


def _acks_first(r: Reading) -> bool:
    """Whether the acks themselves are asked for: "acks" (a noun) comes before the incident or alert word."""
    first = next((w for w in r.words if w in ("ack", "acks", "acknowledgements", "acknowledgments", "incident",
                                              "incidents", "outage", "outages", "alert", "alerts")), None)
    return first in ("acks", "acknowledgements", "acknowledgments") and not r.phrase(_UNREAD)  # ("who ack most
    # alerts": a ranking of people, read elsewhere)


def _kind(r: Reading) -> str | None:
    words = [w for w in r.words if w in ("incident", "incidents", "outage", "outages", "alert", "alerts", "problem",
                                         "problems")]  # ("the problem they acknowledged": the alert)
    if not words:  # "who acked alerts while ...": the reading keeps the verb, its object is in the question
        words = re.findall(r"\b(incidents?|outages?|alerts?|problems?)\b", r.question.lower())[:1]
    if not words:
        return None
    return "incidents" if words[0].startswith(("incident", "outage")) else "alerts"


def _on(alias: str) -> str:
    """An ack of ``alias`` (``a`` an alert, ``g`` an incident) while it was on."""
    same = f"k.workspace_id = {alias}.workspace_id AND "  # one tenant's ack is not another's
    if alias == "g":
        return (same + _matched("g.group_labels['alertname']", "g.service")
                + " AND k.timestamp >= g.opened_at AND (g.resolved_at IS NULL OR k.timestamp <= g.resolved_at)")
    return same + _matched("a.name", "a.service") + " AND k.timestamp >= a.starts_at AND (a.ends_at IS NULL OR " \
                                                    "k.timestamp <= a.ends_at)"
