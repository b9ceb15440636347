"""From a reading to one SELECT: the relation, its filters, and the shape of the answer.

Shapes: a list of rows (``SELECT *``), a count, a breakdown (per service, per day, ...), the
top N of a breakdown, the latest N rows, and the answers of "who" questions. Joins people ask
for are in :mod:`signalcraft.copilot.ask_joins`. Every value written into the SQL is one the
store holds (grounded by the reading) or a number; the statement still passes the gate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_alert_words import (
    FAMILY_WORDS,
    exact_names,
    hinted_names,
    match_names,
    severity_condition,
    whole_name,
)
from signalcraft.copilot.ask_attributes import attribute_filters
from signalcraft.copilot.ask_bots import made_by_bots
from signalcraft.copilot.ask_clock import made_at
from signalcraft.copilot.ask_excluded import excluded, maybe_not, negative
from signalcraft.copilot.ask_kind_filters import alert_filters, change_types, map_filters, versions
from signalcraft.copilot.ask_literals import in_list as _in
from signalcraft.copilot.ask_literals import lit, ts
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_scope import suspect_on
from signalcraft.copilot.ask_vocab import Vocabulary
from signalcraft.copilot.ask_words import STOPWORDS

__all__ = ["COLUMNS", "Select", "alert_filters", "filters", "lit", "ts"]

COLUMNS = {
    "alerts": {"time": "starts_at", "service": "service", "project": "project",
               "environment": "environment_canonical", "severity": "severity", "name": "name", "source": "source",
               "fingerprint": "fingerprint"},
    "alert_events": {"time": "starts_at", "service": "service", "project": "project", "environment": "*raw",
                     "severity": "severity", "name": "name", "source": "source", "fingerprint": "fingerprint"},
    "warnings": {"time": "starts_at", "service": "labels['service']", "project": "labels['project']",
                 "environment": "labels['environment']", "name": "labels['alertname']", "type": "labels['alertname']"},
    "change_events": {"time": "timestamp", "service": "service", "project": "project", "environment": "*raw",
                      "source": "source", "type": "type", "person": "actor", "version": "version"},
    "silence_scopes": {"time": "created_at", "service": "service", "project": "project",
                       "environment": "environment_canonical", "person": "created_by"},
    "audit_log": {"time": "timestamp", "person": "actor", "action": "action"},
    "alert_groups": {"time": "opened_at", "service": "service", "project": "project", "environment": "*raw",
                     "severity": "max_severity", "name": "group_labels['alertname']"},
    "incident_suspects": {"time": "opened_at", "service": "service", "project": "project", "environment": "*raw",
                          "severity": "max_severity", "type": "change_type", "person": "change_actor",
                          "name": "group_labels['alertname']"},
    "correlation_candidates": {"time": "opened_at", "service": "service", "project": "project", "environment": "*raw",
                               "severity": "max_severity", "type": "change_type", "person": "change_actor"},
    "metric_points": {"time": "timestamp", "service": "labels['service']", "project": "labels['project']",
                      "environment": "labels['environment']", "name": "name"},
    "log_templates": {"time": "first_seen", "service": "service"},
    "incident_warnings": {"time": "opened_at", "service": "service", "project": "project", "environment": "*raw",
                          "severity": "max_severity", "incident": "group_id"},
    "incident_log_patterns": {"time": "opened_at", "service": "group_service", "project": "project",
                              "environment": "*raw"},
    "log_pattern_counts": {"time": "minute", "service": "service", "project": "project", "environment": "*raw",
                           "name": "template"},
    "log_events": {"time": "timestamp", "service": "service", "project": "project", "environment": "*raw",
                   "source": "source"},
    "timeline": {"time": "bucket", "service": "service", "project": "project", "environment": "*raw"},
    "resolutions": {"time": "resolved_at", "person": "resolved_by"},
    "silence_suggestions": {"time": "first_seen", "type": "kind"},
    "alert_mutes": {"time": "starts_at", "service": "labels['service']", "name": "name", "source": "source",
                    "fingerprint": "fingerprint"},
}
DIMENSIONS = {"service": "service", "services": "service", "svc": "service", "project": "project",
              "projects": "project", "environment": "environment", "environments": "environment", "env": "environment",
              "severity": "severity", "severities": "severity", "person": "person", "people": "person",
              "user": "person", "actor": "person", "who": "person", "creator": "person", "author": "person",
              "engineer": "person", "creators": "person", "authors": "person", "alertname": "name", "name": "name",
              "account": "person", "accounts": "person", "users": "person", "login": "person", "logins": "person",
              "engineers": "person", "actors": "person", "deployers": "person", "deployer": "person",
              "silencer": "person", "silencers": "person", "individual": "person", "individuals": "person",
              "persons": "person", "names": "name", "alertnames": "name",
              "action": "action", "source": "source", "sources": "source", "type": "type", "kind": "type",
              "day": "day", "daily": "day", "hour": "hour", "hourly": "hour", "month": "month", "week": "week",
              "minute": "minute", "incident": "incident", "incidents": "incident", "fingerprint": "fingerprint",
              "fingerprints": "fingerprint"}
BUCKETS = {"day": "INTERVAL 1 DAY", "hour": "INTERVAL 1 HOUR", "week": "INTERVAL 1 WEEK", "minute": "INTERVAL 1 MINUTE",
           **{f"minutes_{n}": f"INTERVAL {n} MINUTE" for n in (5, 10, 15, 20, 30)}}
"""Time buckets by the dimension's name (``minutes_5``: "per 5 minutes", "in 15-minute buckets")."""


@dataclass
class Select:
    relation: str
    where: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=lambda: ["*"])
    group: list[str] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    limit: int | None = None
    distinct: bool = False
    having: str | None = None
    qualify: str | None = None
    offset: int | None = None
    """Rows skipped before the first shown: "the second noisiest alert"."""

    def sql(self) -> str:
        out = "SELECT " + ("DISTINCT " if self.distinct else "") + ", ".join(self.columns) + " FROM " + self.relation
        if self.where:
            out += " WHERE " + " AND ".join(dict.fromkeys(self.where))  # a condition read twice is one
        if self.group:
            out += " GROUP BY " + ", ".join(self.group)
        if self.having:
            out += " HAVING " + self.having
        if self.qualify:
            out += " QUALIFY " + self.qualify
        if self.order:
            out += " ORDER BY " + ", ".join(self.order)
        if self.limit is not None:
            out += f" LIMIT {self.limit}"
        if self.offset:
            out += f" OFFSET {self.offset}"
        return out


_THROUGH_ALERTS = {"audit_log": ("target", "alerts", "fingerprint"),
                   "resolutions": ("group_id", "alert_groups", "id")}
"""Relations without a service of their own, narrowed through what they name: an audit entry's target
(an alert's fingerprint) and a resolution's group."""


def filters(r: Reading, vocab: Vocabulary, relation: str, *, time: bool = True, alias: str = "") -> list[str]:
    """The conditions the reading's grounded values and time put on ``relation``."""
    cols = COLUMNS[relation]
    p = alias + "." if alias else ""
    out = []
    for kind in ("service", "project", "environment"):
        if kind not in cols:
            continue
        for negated in (False, True):
            values = [e.value for e in r.entities.get(kind, []) if negative(r, e) == negated]
            if not values:
                continue
            if kind == "environment" and cols[kind] == "*raw":
                raw = [e for e in vocab.raw_environments if vocab.environments.get(e.lower()) in values]
                cond = f"{p}environment IN ({', '.join(lit(v) for v in raw)})" if raw else "false"
            else:
                cond = _in(p + cols[kind], values)
            if kind == "project" and relation in ("silence_scopes", "silences") and "service" in cols and \
                    _services_of_project(r):
                theirs = " UNION ".join(f"SELECT service FROM {t} WHERE {_in('project', values)}"
                                        for t in ("alerts", "change_events"))  # a silence on a service of it, whose
                cond = f"({cond} OR {p}service IN ({theirs}))"  # matchers name no project ("checkout silences")
            out.append(f"NOT coalesce({cond}, false)" if negated else cond)
    if "person" in cols and r.entities.get("person"):
        for negated in (False, True):  # "changes not made by lnovak"
            people = sorted({v for e in r.entities["person"] if negative(r, e) == negated for v in e.value})
            if people:
                cond = _in(p + cols["person"], people)
                out.append(f"NOT coalesce({cond}, false)" if negated else cond)
    if "person" in cols:  # "changes made by hand", "deploys by automation"
        out += made_by_bots(r, vocab, p + cols["person"])
    if relation == "alert_groups" and r.entities.get("person") and r.has("resolved", "fixed", "closed"):
        people = sorted({v for e in r.entities["person"] for v in e.value})  # "incidents resolved by jonas"
        out.append(f"{p}id IN (SELECT group_id FROM resolutions WHERE {_in('resolved_by', people)})")
    if relation in _THROUGH_ALERTS:  # "acks on payments-api": the audit entries whose alert was payments-api's
        key, inner, inner_key = _THROUGH_ALERTS[relation]
        scoped = [c for c in filters(r, vocab, inner, time=False)
                  if re.match(r"(NOT coalesce\()?(service|project|environment|environment_canonical|severity|"
                              r"max_severity) ", c)]  # "who resolved the most critical incidents": those incidents
        if scoped:
            out.append(f"{p}{key} IN (SELECT {inner_key} FROM {inner} WHERE {' AND '.join(scoped)})")
    if relation in ("incident_suspects", "correlation_candidates") and change_types(r):
        out.append(_in(p + "change_type", change_types(r)))
    if relation == "change_events":
        for e in r.entities.get("change_key", []):  # "flag changes not on avatar-cdn-v2"
            out.append(maybe_not(f"{p}details[{lit(e.value[0])}] = {lit(e.value[1])}", excluded(r, e.words)))
    changes = relation in ("incident_suspects", "correlation_candidates")  # a suspect's version is its change's
    if ("version" in cols or changes) and r.entities.get("version"):  # "deploys not of v2.14.0"
        negated = [excluded(r, e.words) for e in r.entities["version"]]
        if any(negated) and not all(negated):  # "v2.14.0 and not v2.12.0": one named, one excluded
            raise Refused("not_about_this_data", "a version named and another excluded in one question is not read "
                                                 "yet; name the versions wanted")
        if changes:  # "incidents blamed on the payments-api v2.14.0 deploy": the service named with the version is
            theirs = {e.value for e in r.entities.get("service", []) if _just_before(r, e.words)}  # the change's
            out = [f"{p}change_service = {lit(w.split(' = ')[1][1:-1])}" if w.startswith(f"{p}service = ") and
                   w.split(" = ")[1][1:-1] in theirs else w for w in out]
        out.append(maybe_not(versions(r, p + "change_" if changes else p), all(negated)))
    if relation == "incident_suspects":  # "caused by a deployment of another service"
        out = suspect_on(r, p, out)
    elif relation == "log_events" and r.entities.get("version"):  # "error lines payments-api logged on v2.14.0"
        out.append(_in(p + "service_version", [e.value for e in r.entities["version"]]))
    if "severity" in cols and (said := severity_condition(r, p + cols["severity"])):  # "critical vs warning alerts",
        out.append(said)  # "warning or worse", "non-critical"
    if relation == "alerts":
        out += alert_filters(r, vocab, p)
    elif relation == "alert_mutes":  # an alert held back, by its name and labels
        out += [w for w in alert_filters(r, vocab, p) if w.startswith((f"{p}name ", f"{p}labels["))]
    if relation in _NAMED_GROUPS and relation != "alert_groups":
        out += _which_groups(r, vocab, p)
    if relation in _NAMED_GROUPS:  # "the TokenCacheEvictionsHigh incidents": the groups of that alert
        for cond in group_names(r, vocab):
            out.append(f"{p}{cond}" if _NAMED_GROUPS[relation] else
                       f"{p}group_id IN (SELECT id FROM alert_groups WHERE {cond})")
    if relation == "metric_points":
        names = [e.value for e in r.entities.get("metric", [])] or match_names(r.name_hint, vocab.terms("metric"))
        if names:
            out.append(_in(p + "name", names))
    if relation == "warnings":
        grounded = {w for es in r.entities.values() for e in es for w in e.words} | r.timed
        hint = [w for i, w in enumerate(r.words) if w not in STOPWORDS and w not in grounded
                and w not in ("warning", "warnings") and not (i and r.words[i - 1] in ("per", "by", "each"))
                and r.words[i + 1:i + 2] not in (["key"], ["keys"])]  # "metric keys": a column, not MetricAnomaly
        names = match_names(hint, vocab.terms("warning"))
        if names:
            out.append(_in(p + cols["name"], names))
        metrics = [e.value for e in r.entities.get("metric", [])] or (
            [] if names else whole_name(hint, vocab.terms("metric")))  # "warnings for hikaricp_connections_pending",
        if metrics:  # "on queue depth": the metric of the series warned about
            out.append(_in(f"{p}labels['metric']", metrics))
    if "source" in cols:
        kind = "alert_source" if relation == "alerts" else "change_source"
        for negated in (False, True):  # "alerts not from alertmanager": every other source
            sources = [e.value for e in r.entities.get(kind, []) if excluded(r, e.words) == negated]
            if sources:
                out.append(f"NOT coalesce({_in(p + 'source', sources)}, false)" if negated else
                           _in(p + "source", sources))
    if relation in ("incident_suspects", "correlation_candidates") and r.entities.get("change_source"):
        sources = [e.value for e in r.entities["change_source"]]  # "whose suspect is an argocd deploy"
        out.append(f"{p}change_id IN (SELECT id FROM change_events WHERE {_in('source', sources)})")
    if relation == "change_events":
        out += made_at(r, p + "timestamp")
    if time and r.window is not None and r.window.kind != "instant":
        out += window(r, p + ("changed_at" if relation in ("incident_suspects", "correlation_candidates")
                              and _change_timed(r) else cols["time"]))
    return out + map_filters(r, relation, p) + attribute_filters(r, vocab, relation, p)


_MADE = re.compile(r"\b(?:change|deploy|deployment|rollback|release|flag change|config change|sync)s? (?:that |which )?"
                   r"(?:was |were )?(?:made|shipped|deployed|pushed|rolled out|released|done|flipped|went (?:out|live))"
                   r"(?: [a-z]+)?$")


def _change_timed(r: Reading) -> bool:
    """Whether the question's time is the suspect change's ("incidents whose suspect was a change made on Tuesday"),
    not the incident's: the words just before the time phrase make a change.

    >>> from types import SimpleNamespace as N
    >>> _change_timed(N(words="incidents with a suspect change made on tuesday".split(), window=N(phrase="on tuesday")))
    True
    >>> _change_timed(N(words="incidents on tuesday with a suspect deploy".split(), window=N(phrase="on tuesday")))
    False
    """
    said = set(r.window.phrase.lower().split()) - {"the", "on", "at", "in"}
    i = next((i for i, w in enumerate(r.words) if w in said), 0)  # where the time phrase begins (its words may come
    return i > 0 and _MADE.search(" ".join(r.words[:i])) is not None  # in another order: "today between 9 and 10")


def _services_of_project(r: Reading) -> bool:
    """Whether a project is named for its services ("silences on checkout services", "the services of checkout"):
    a silence on one of them counts even when its matchers name no project ("the identity project": its own)."""
    for e in r.entities.get("project", []):
        if (i := r.position(e.words)) is None:
            continue
        after, before = r.words[i + len(e.words):i + len(e.words) + 2], r.words[max(0, i - 3):i - 1]
        if after[:1] in (["services"], ["svcs"]) or after in (["project", "services"], ["project", "svcs"],
                                                              ["project's", "services"]) or \
                any(w in ("services", "svcs") for w in before):  # "checkout project services"
            return True
    return False


LATEST_GROUP = r"\b(last|latest|most recent|newest|first|earliest) (?:(?!(?:week|day|hour|month|year|minute|per|by|" \
               r"each|every|few|couple|of|in|on)s?\b)[\w.-]+ ){0,2}?(incident|outage|alert group)\b"
"""The one incident a question is about ("the last incident"), for the views of incidents."""


_GROUP_NAME = "group_labels['alertname']"


def incident_names(r: Reading, vocab: Vocabulary) -> list[str]:
    """The alert names a question gives incidents by: written out, or a word of the name just before "incident"
    ("before the hikari incident")."""
    return exact_names(r, vocab) or (hinted_names(r, vocab) if r.phrase(
        rf"\b(?:{'|'.join(map(re.escape, [*r.name_hint, *FAMILY_WORDS]))}) (?:incidents?|outages?|problems?|"
        r"issues?)\b") or
        re.search(r"(?i)\b(?:incidents?|outages?)\s*(?:\(|:)\s*[\w -]+?(?:\s*(?:,|and|or|&)\s*[\w -]+)+",
                  r.question) else [])  # "database incidents (Postgres, DB pool, Hikari)": the names listed


def group_names(r: Reading, vocab: Vocabulary) -> list[str]:
    """The conditions on ``group_labels['alertname']`` the alerts a question names put on incidents: those named,
    or not those ("incidents other than HighErrorRate")."""
    entities = r.entities.get("alert_name", [])
    named = [e.value for e in entities if not negative(r, e)]
    unnamed = [e.value for e in entities if negative(r, e)]
    if not entities:
        named = incident_names(r, vocab)
    out = [_in(_GROUP_NAME, named)] if named else []
    if unnamed:
        out.append(f"NOT coalesce({_in(_GROUP_NAME, unnamed)}, false)")
    return out


RESOLVED_GROUPS = r"\b(resolved|closed) (incidents?|outages?|groups?)\b|\b(incidents?|outages?) (that|which) " \
    r"(were|are|have been|got|had been) (resolved|closed)\b(?! (by|per|each)\b)"
"""Incidents asked about as resolved ("resolved incidents", "outages that were closed"; not "resolved by")."""


def _which_groups(r: Reading, vocab: Vocabulary, p: str) -> list[str]:
    """What a question says of the incidents a view of theirs holds rows about: "still open" (at now), "the last
    incident" (of the services, projects and environments named)."""
    out, groups = [], []
    if r.phrase(r"\b(still open|still ongoing|still firing|currently open|open right now|ongoing|unresolved)\b|"
                r"\bopen (incidents?|outages?)\b|(?<!\bto )(?<!\buntil )(?<!\btill )\b(incidents?|outages?) "
                r"(that are |which are )?(still )?open\b"):  # (not "minutes from suspect change to incident open")
        groups += [f"opened_at <= {ts(r.now)}", f"(resolved_at IS NULL OR resolved_at > {ts(r.now)})"]
    elif r.phrase(RESOLVED_GROUPS):  # "resolved incidents with a suspect change": those resolved by now
        groups.append("resolved_at IS NOT NULL")
    if m := r.phrase(LATEST_GROUP):
        scoped = [c for c in filters(r, vocab, "alert_groups", time=False) if c.startswith(("service ", "project ",
                                                                                              "environment "))]
        scoped += group_names(r, vocab)  # "the last HighErrorRate incident": the last of that alert's
        order = "ASC" if m[1] in ("first", "earliest") else "DESC"
        last = " AND ".join([*scoped, f"opened_at <= {ts(r.now)}"])
        groups.append(f"id = (SELECT id FROM alert_groups WHERE {last} ORDER BY opened_at {order}, id LIMIT 1)")
    if groups:
        out.append(f"{p}group_id IN (SELECT id FROM alert_groups WHERE {' AND '.join(groups)})")
    return out


_NAMED_GROUPS = {"alert_groups": True, "incident_suspects": True, "incident_warnings": True,
                 "correlation_candidates": True, "incident_log_patterns": False, "resolutions": False}
"""Incident relations and whether they carry the group's labels (else: through ``alert_groups``)."""
def canonical_environment(column: str, vocab: Vocabulary) -> str:
    """``column`` with its raw names (``prod``) read as the canonical ones (``production``)."""
    renamed = [(raw, vocab.environments[raw.lower()]) for raw in vocab.raw_environments
               if vocab.environments.get(raw.lower(), raw) != raw]
    if not renamed:
        return column
    return "CASE " + " ".join(f"WHEN {column} = {lit(a)} THEN {lit(b)}" for a, b in renamed) + f" ELSE {column} END"


def window(r: Reading, column: str) -> list[str]:
    w = r.window
    if w.kind == "recent":
        return [f"{column} > {ts(w.start)}", f"{column} <= {ts(w.end)}"]
    if w.kind == "before":  # "from before march": no start
        return [f"{column} < {ts(w.end)}"]
    end = f"{column} <= {ts(w.end)}" if w.kind == "to_now" else f"{column} < {ts(w.end)}"
    return [f"{column} >= {ts(w.start)}", end]


def firing_at(moment: datetime, p: str = "") -> list[str]:
    return [f"{p}starts_at <= {ts(moment)}", f"({p}ends_at IS NULL OR {p}ends_at > {ts(moment)})"]


def silenced_at(moment: datetime) -> list[str]:
    """A silence in effect at ``moment``: started, not yet ended, not expired early."""
    return [f"starts_at <= {ts(moment)}", f"ends_at > {ts(moment)}",
            f"(expired_at IS NULL OR expired_at > {ts(moment)})"]


def _just_before(r: Reading, words: tuple[str, ...]) -> bool:
    """Whether ``words`` stand right before a named version ("the payments-api v2.14.0 deploy")."""
    at = [tuple(r.words[i:i + len(words)]) == tuple(words) for i in range(len(r.words))]
    after = {r.words[i + len(words)] for i, hit in enumerate(at) if hit and i + len(words) < len(r.words)}
    return any(w in e.words for e in r.entities.get("version", []) for w in after)
