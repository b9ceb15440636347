"""The joins people ask for, each a template with its slots filled from the reading.

- (alerts after deployments and their count per deployment, deployments followed by alerts or by none,
  alerts during a silence, silences after an alert or during an incident: the general relation of two kinds in time,
  :mod:`.ask_relate`);
- incidents with their suspect change, without one, suspects blamed more than once, the lag
  between change and incident, the early warnings before each incident, how incidents were fixed;
- alerts and changes per minute (the timeline).

"The same service" is the join key throughout; environments must match where both sides have one.
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_acks import acks
from signalcraft.copilot.ask_filters import FORMS, counted_per_silence
from signalcraft.copilot.ask_kind_filters import change_types
from signalcraft.copilot.ask_kinds import span
from signalcraft.copilot.ask_measures import aggregate_of, lead_bound
from signalcraft.copilot.ask_narrow import incident_state, open_incidents
from signalcraft.copilot.ask_number import number
from signalcraft.copilot.ask_pairs import two_of_a_kind
from signalcraft.copilot.ask_people import people_of_two
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_relate import relate
from signalcraft.copilot.ask_scope import one_of_other
from signalcraft.copilot.ask_sets import in_two_environments, services_of_two
from signalcraft.copilot.ask_sql import Select, canonical_environment, filters, lit, ts
from signalcraft.copilot.ask_suspects import blamed_changes, suspect_changes, suspects
from signalcraft.copilot.ask_tally import column_asked, per_each, share_of_met
from signalcraft.copilot.ask_vocab import Vocabulary
from signalcraft.copilot.ask_warned import warned_incidents

__all__ = ["join", "span_minutes"]

def span_minutes(r: Reading) -> int | None:
    """The N of "within N minutes", "the hour before", "30 minutes after"."""
    return span(r, None)


def join(r: Reading, vocab: Vocabulary) -> str | None:
    """The SQL of a join question, or ``None`` when the question is not one."""
    if counted_per_silence(r):
        return None  # "for each silence created since 1 March, how many alerts did Alertmanager hold back": its record
    for template in (_fixed_by, _share_of_incidents, _incidents_lacking, people_of_two, acks, _cause_of,
                     _changes_before_incident, blamed_changes, warned_incidents,
                     _incident_joins, _timeline,
                     in_two_environments, services_of_two, two_of_a_kind, relate):
        sql = template(r, vocab)
        if sql is not None:
            if r.phrase(r"\bhow (many|much) (minutes|hours|seconds|mins|time)\b|\bhow long\b") and \
                    re.search(r"(?i)\bcount\(", sql) and "epoch" not in sql.lower():
                raise Refused("not_about_this_data", "the time between two things is answered for a suspect and its "
                                                     "incident and a warning and its incident; for others ask for the "
                                                     "rows, which carry their times")  # not a count of them
            if r.phrase(r"\b(fraction|share|percent|percentage|proportion)\b") and template is not \
                    _share_of_incidents:
                if template is relate and (share := share_of_met(sql)) is not None:
                    return share  # "what percent of deploys were followed by an alert within 15 minutes"
                raise Refused("not_about_this_data", "a share of the rows a join finds is not answered yet; ask for "
                                                     "the rows themselves, or count them")
            return sql
    return None


_HAD = (("incident_suspects", r"(?:a |an |any )?(?:suspects?|suspected (?:change|deploy|cause)s?|suspect "
                              r"(?:change|deploy)s?)|(?:pinned|blamed) on (?:a |an |any )?(?:change|deploy\w*)|"
                              r"(?:linked|tied|traced|attributed) (?:to|back to) (?:a |an |any )?(?:suspect )?"
                              r"(?:change|deploy\w*)|"
                              r"(?:caused|triggered) by (?:a |an |any )?(?:change|deploy\w*)"),
        ("incident_warnings", r"(?:a |an |any )?(?:early )?warnings?(?: before(?: them| it)?)?|(?:preceded|foreseen|"
                              r"predicted) by (?:a |an |any )?(?:early )?warnings?"),
        ("resolutions", r"(?:a |an |any )?(?:recorded |written |documented |logged )?(?:resolution|root cause|fix)"
                        r"(?:es|s)?(?: written(?: down| up)?| on record)?"))


def _share_of_incidents(r: Reading, vocab: Vocabulary) -> str | None:
    """ "what share of this month's incidents were pinned on a change", "what percent of incidents had an early
    warning": the incidents that have one (a suspect, a warning before them, a resolution) as a percentage of the
    incidents asked about, one decimal."""
    if not r.phrase(r"\b(percent|percentage|share|proportion|fraction|pct)\b") or r.subject != "incidents":
        return None
    named = [view for view, words in _HAD if r.phrase(rf"\b(?:{words})\b")]
    if len(named) > 1:
        raise Refused("not_about_this_data", "a share of incidents that had two things at once is not read yet; ask "
                                             "for each one's share")
    for view, words in _HAD:
        m = r.phrase(rf"\b(?:had|have|has|with|got|were|was|are|is|came with)( no| not| never| without)? (?:been )?"
                     rf"(?:{words})\b")
        if m:
            had = f"id {'NOT ' if m[1] else ''}IN (SELECT group_id FROM {view})"
            return Select("alert_groups", columns=[f"round(100.0 * count(*) FILTER (WHERE {had}) / count(*), 1) AS "
                                                   "percent"], where=[*filters(r, vocab, "alert_groups"),
                                                                      *incident_state(r)]).sql()
    return None


def _incidents_lacking(r: Reading, vocab: Vocabulary) -> str | None:
    """ "how many incidents had neither an early warning nor a suspect change", "incidents with no suspect and no
    warning": the incidents none of the named views holds."""
    if r.subject != "incidents":
        return None
    m = r.phrase(r"\bneither (.+?) nor (.+)$") or \
        r.phrase(r"\b(?:no|without) (.+?) (and|nor|or) (?:no|without) (.+)$") or \
        r.phrase(r"\b(?:without|with no|have no|has no|had no) (.+?) (?:or|nor) (.+)$")  # "without a resolution or a
    # suspect": lacking both
    if m is None:
        return None
    first, second = (m[1], m[2]) if m.re.groups == 2 else (m[1], m[3])
    views = [next((view for view, words in _HAD if re.match(rf"(?:{words})\b", part)), None)
             for part in (first, second)]
    if None in views or views[0] == views[1]:
        return None
    lacking = [f"id NOT IN (SELECT group_id FROM {v})" for v in views]
    either = m.re.groups == 3 and m[2] == "or"  # "no suspect or no warning": lacking either
    counted = r.phrase(r"\b(how many|number of|count of)\b|^count\b")
    return Select("alert_groups", columns=["count(*) AS incidents"] if counted else ["*"],
                  where=[f"({' OR '.join(lacking)})" if either else " AND ".join(lacking),
                         *filters(r, vocab, "alert_groups")]).sql()


def _cause_of(r: Reading, vocab: Vocabulary) -> str | None:
    """ "what caused the payments outage", "why did checkout break": the incidents' suspect changes."""
    if not r.phrase(r"^(what|who) (caused|triggered|broke)\b|\bwhy did\b.*\b(break|broke|fail|go down|page|fire)\b|"
                    r"\bculprits?\b|\bwhat (set off|started)\b(?! (firing|alerting|paging|to))"):
        return None
    return Select("incident_suspects", where=filters(r, vocab, "incident_suspects")).sql()


_FIXES = {"roll": FORMS["rollback"], "rest": ("restart",),
          "reve": ("revert",), "scal": ("scaled", "scaling"), "turn": ("turned", "turning")}
_FIXED_BY = (r"\b(?:incidents?|outages?)\b(?: \S+){0,7}? (?:(?:that|which) (?:were|was|got) |were |got )?(?:fixed|"
             r"resolved|mitigated|solved|ended) by (?:a |an )?(rollbacks?|restarts?|reverts?|scaling|turning)\b|"
             r"\b(?:incidents?|outages?)\b(?: \S+){0,7}? (?:whose|where the|in which the|with an?) (?:\w+ )?(?:fix|"
             r"resolution)(?: \w+)? (?:was|is|were|mentions?|says?|includes?) (?:a |an )?(rollbacks?|restarts?|"
             r"reverts?)\b")


def _fixed_by(r: Reading, vocab: Vocabulary) -> str | None:
    """ "incidents fixed by rolling back", "incidents whose fix was a restart": the incidents whose written
    resolution's fix says so, in any of the forms texts use ("rolled back to v2.13.2")."""
    if (m := r.phrase(_FIXED_BY)) is None:
        return None
    forms = _FIXES[(m[1] or m[2])[:4]]
    said = " OR ".join(f"fix ILIKE {lit('%' + f + '%')}" for f in forms)
    where = filters(r, vocab, "alert_groups")
    return Select("alert_groups", where=[*where, f"id IN (SELECT group_id FROM resolutions WHERE {said})"]).sql()


def _changes_before_incident(r: Reading, vocab: Vocabulary) -> str | None:
    """ "changes in the 30 minutes before each incident": every change of the incident's service."""
    changes = r"\b(changes?|deploys?|deployments?|rollbacks?|releases?|flags?)\b"
    if not (r.phrase(changes + r".*\b(before|leading up to|prior to|preceding|ahead of) (each|every) ?(incidents?|"
                               r"outages?)\b")
            or r.phrase(r"^for (each|every) (incident|outage)\b.*" + changes + r".*\b(previous|preceding|prior|before|"
                        r"leading)\b")) or r.has("suspect", "suspects"):
        return None  # "for every incident, the deploys in the previous 30 minutes" too
    last = r.phrase(r"\b(closest|nearest|last|latest|most recent|final)\b")  # "the last deploy before each incident"
    n = span_minutes(r) or (None if last else 15)  # the last one however long before, unless a span is named
    types = change_types(r)
    kind = [f"c.type = {lit(types[0])}"] if types and not r.has("change", "changes") else []
    kind.append("c.phase = 'live'")  # each change as it went live, as everywhere
    env = canonical_environment("c.environment", vocab)
    g_env = canonical_environment("g.environment", vocab)
    on = f"c.service = g.service AND {env} = {g_env} AND c.timestamp <= g.opened_at"
    if n is not None:
        on += f" AND c.timestamp >= g.opened_at - INTERVAL {n} MINUTE"
    where = kind + filters(r, vocab, "alert_groups", alias="g")
    if r.phrase(r"\b(how many|count|number of)\b"):  # "how many deploys in the hour before each incident": a
        return None  # count per incident, the general relation's (incidents that had none count 0)
    return Select("alert_groups g JOIN change_events c ON " + on, columns=["g.id AS group_id", "g.opened_at", "c.*"],
                  where=where, qualify="row_number() OVER (PARTITION BY g.id ORDER BY c.timestamp DESC, c.id) = 1"
                  if last else None).sql()


def _incident_joins(r: Reading, vocab: Vocabulary) -> str | None:
    if not r.has("incident", "incidents", "incidnet", "outage", "outages"):
        return None
    if r.phrase(r"\b(no|without|missing|none of)( an?| any| our| the)?( early)? warnings?\b") or (r.phrase(
            r"\b(not|never) (been )?(preceded|foreseen|predicted|warned)\b") and r.subject == "incidents"):
        unwarned = "id NOT IN (SELECT group_id FROM incident_warnings)"  # "incidents without early warnings", "got
        # none of our warnings", "not preceded by a warning"
        counted = r.phrase(r"\b(how many|count|number of)\b")
        dim = column_asked(r)  # "which services had incidents with no early warning": their services
        return Select("alert_groups", columns=["count(*)"] if counted else [dim] if dim else ["*"],
                      where=[*open_incidents(r), unwarned, *filters(r, vocab, "alert_groups")],
                      distinct=bool(dim and not counted)).sql()
    if m := r.phrase(r"\b(?:no|without|missing|none of)(?: an?| any| the)?(?: ([\w-]+?))?s?(?: log)? patterns?\b"):
        of = {None: "", "log": "", "new": " WHERE is_new", "error": " WHERE errors > 0"}.get(m[1])  # "no new patterns"
        if m[1] in vocab.services:
            of = f" WHERE service = {lit(m[1])}"  # "no token-service log pattern"
        if of is None:  # "no flaky patterns": a kind of pattern not read
            raise Refused("not_about_this_data", f"{m[1]!r} patterns are not read yet; ask for incidents without log "
                                                 "patterns, without new ones or without a service's", (m[1],))
        quiet = f"id NOT IN (SELECT group_id FROM incident_log_patterns{of})"  # "incidents without log patterns"
        counted = r.phrase(r"\b(how many|count|number of)\b")
        return Select("alert_groups", columns=["count(*)"] if counted else ["*"],
                      where=[*open_incidents(r), quiet, *filters(r, vocab, "alert_groups")]).sql()
    if r.phrase(r"\b(no|without|missing|(?:did|does|do|has|have|had) not (?:have|get|got)|never (?:had|got|received))"
                r"( an?| any| matching)?( written)? (resolutions?|root cause|fix)\b|\b(not|never) (been )?fixed\b"):
        unfixed = "id NOT IN (SELECT group_id FROM resolutions)"  # "incidents with no resolution yet"
        resolved = ["resolved_at IS NOT NULL"] if r.phrase(r"\bresolved (incidents?|outages?|groups?|alert_groups)\b|"
                                                      r"\bstatus (is )?resolved\b|\b(were|was|have been|got) "
                                                      r"resolved\b") else []  # "resolved incidents with no resolution"
        return Select("alert_groups", where=[*open_incidents(r), *resolved, unfixed,
                                             *filters(r, vocab, "alert_groups")]).sql()
    if m := r.phrase(r"\b(no|without|missing|never (?:got|had|received|gotten))( a| any)? (suspects?|suspected|"
                     r"candidates?|candidate changes?)\b"):  # "incidents that never got any candidate change": not
        of = "correlation_candidates" if m[3].startswith("candidate") else "incident_suspects"  # even a candidate
        unblamed = f"NOT EXISTS (SELECT 1 FROM {of} s WHERE s.group_id = g.id)"
        return Select("alert_groups g", where=[*open_incidents(r, "g."), unblamed,
                                               *filters(r, vocab, "alert_groups", alias="g")]).sql()
    if r.phrase(r"\bsuspects?\b.*\bmore than (one|1|once)\b|\bsuspects?\b.*\b(several|multiple) incidents"):
        return Select("incident_suspects", columns=["change_id", "change_service", "change_version",
                                                    "count(*) AS incidents"],
                      where=filters(r, vocab, "incident_suspects"),
                      group=["change_id", "change_service", "change_version"], having="count(*) > 1").sql()
    if (sql := _fixed_by_who_changed(r, vocab)) is not None:
        return sql
    if (m := r.phrase(r"^(?:(?:which|what|list|show|the|how many)(?: me)?(?: the| all)? )?(?:[\w-]+ )?"
                      r"(?:incidents|outages) "
                      r"(?:(?!not\b|no\b|never\b|without\b)\w+ ){0,6}?(?:that |which )?(?:have|had|has|with|got) "
                      r"(?:a |an |any )?(?:written )?"
                      r"(resolution|root cause|fix)(?:es|s)?(?: written(?: down| up)?)?(?: recorded)?$")):
        cause = " AND r.root_cause IS NOT NULL" if m[1] == "root cause" else ""  # "which incidents since March have a
        return Select("alert_groups g", columns=["count(*) AS incidents"] if r.phrase(r"^how many\b") else ["*"],
                      where=[  # written root cause": the incidents themselves (or how many)
            f"EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id{cause})", *incident_state(r, "g."),
            *filters(r, vocab, "alert_groups", alias="g")]).sql()
    if (r.phrase(r"\b(how|were|was)\b.*\b(fixed|resolved)\b|\bwhat fixed\b|\bfixed by\b|\bresolutions?\b|"
                 r"\bfix(es)?\b.*\bincidents?\b|\broot causes?\b")
            and not r.phrase(r"\bhow many\b.*\b(each|every|per|by) (person|one|engineer|responder)\b")
            and not r.phrase(r"\b(average|avg|mean|median|duration|durations|how long|minutes)\b")):
        where = filters(r, vocab, "alert_groups", alias="g")
        at = next((i for i, w in enumerate(r.words) if w in ("incident", "incidents", "outage", "outages")), None)
        if at is not None and (one := one_of_other(r, "incidents", at)) is not None:  # "what fixed the last
            way, n = one  # token-service incident": that one alone
            own = " AND ".join([*filters(r, vocab, "alert_groups"), f"opened_at <= {ts(r.now)}"])
            where = [f"g.id IN (SELECT id FROM alert_groups WHERE {own} ORDER BY opened_at {way}, id LIMIT {n})"]
        return Select("alert_groups g JOIN resolutions r ON r.group_id = g.id",
                      columns=["g.id", "g.service", "g.opened_at", "r.root_cause", "r.fix", "r.resolved_by"],
                      where=where, order=["g.opened_at"]).sql()
    if r.has("suspect", "suspects") and r.has("warning", "warnings") and r.subject == "incidents" and \
            r.phrase(r"\b(had|have|has|with|got|having)( both)? (an? |any )?(early )?(warnings?|suspects?)\b.*\band "
                     r"(also )?(an? |any )?(early )?(warnings?|suspects?)\b"):
        counted = r.phrase(r"\b(how many|number of|count)\b")  # "which incidents had both a warning and a suspect":
        return Select("alert_groups", columns=["count(*)"] if counted else ["*"], where=[  # those with each
            "id IN (SELECT group_id FROM incident_suspects)", "id IN (SELECT group_id FROM incident_warnings)",
            *incident_state(r), *filters(r, vocab, "alert_groups")]).sql()
    if r.has("suspect", "suspects") and r.has("warning", "warnings"):
        where = [f"s.{w}" if re.match(r"^\w+ ", w) else w for w in filters(r, vocab, "incident_suspects")]
        return Select("incident_suspects s JOIN incident_warnings w ON w.group_id = s.group_id",
                      columns=["s.group_id", "s.service", "s.change_service", "w.warning_alertname", "w.lead_min"],
                      where=where, distinct=True).sql()
    if r.phrase(r"\b(minutes?|how long|lag)\b.*\bbefore\b.*\bsuspect|\bsuspect\b.*\b(lag|minutes? before)|"
                r"\bhow (long|many minutes) after\b.*\bsuspect"):  # "how long after the suspect change did each open"
        if r.phrase(r"\b(average|avg|mean|typical)\b"):  # "on average ..., by change type": the mean lag per group
            m = r.phrase(r"\b(?:by|per|for each|each) (?:the )?(change type|type|kind|service|change service|"
                         r"environment|env|project)\b")
            dim = {"change type": "change_type", "type": "change_type", "kind": "change_type", "env": "environment",
                   "change service": "change_service"}.get(m[1], m[1]) if m else None
            return Select("incident_suspects", columns=[*([dim] if dim else []), "round(avg(lag_s) / 60, 1) AS "
                                                                                  "avg_minutes_before"],
                          where=filters(r, vocab, "incident_suspects"), group=[dim] if dim else []).sql()
        return Select("incident_suspects", columns=["group_id", "service", "opened_at", "change_service",
                                                    "round(lag_s / 60, 1) AS minutes_before"],
                      where=filters(r, vocab, "incident_suspects"), order=["opened_at"]).sql()
    if r.phrase(r"\b(with|and) (their|its|the) (suspects?|suspected (change|deploy|cause)s?)\b|"
                r"\b(each|every) (incident|outage)\b.*\bsuspect|\bsuspect.*\b(each|every) (incident|outage)\b"):
        return suspects(r, vocab)  # "for each incident, its suspect change", "the change suspected for each incident"
    if (sql := _blamed_most(r, vocab)) is not None:
        return sql
    if r.phrase(r"(\b(which|what)|^(list|show|return|give|get|find)( me| us)?( the| all)?|^|^[\w.@-]+(?:'s)?) ?"
                r"((?:live|production|prod|staging) )?(deploys?|deployments?|changes?|"
                r"releases?|rollbacks?|flags?)\b.*\b(suspects?|suspected|caused|triggered|broke|led to|blamed)\b"):
        return suspect_changes(r, vocab)
    if r.has("warning", "warnings") and r.phrase(r"\b(how many|number of|count)\b") and \
            r.phrase(r"\b(each|every|per)( [\w-]+)? (incident|outage)s?\b"):  # "how many warnings came before each
        shown, met = ["g.id", "g.service", "g.opened_at"], ["w.group_id = g.id"]  # incident": every incident, those
        met += ["w.same_service"] * bool(r.phrase(r"\bsame service\b|\bits own service\b"))  # with none counted 0
        met += [f"w.{w}" for w in lead_bound(r)]
        return Select(f"alert_groups g LEFT JOIN incident_warnings w ON {' AND '.join(met)}",
                      columns=[*shown, "count(w.warning_id) AS warnings"], group=shown,
                      where=[*open_incidents(r, "g."), *filters(r, vocab, "alert_groups", alias="g")]).sql()
    before_warned = r.has("warning", "warnings") and r.has("before", "preceded", "ahead", "beforehand", "prior",
                                                            "earlier", "early", "led")  # warnings before incidents
    if before_warned and (m := r.phrase(_NOT_WARNED)) and (r.subject == "incidents" or
                                                           not m[0].startswith(("not", "never"))):
        raise Refused("not_about_this_data", f"{m[0]!r}: warnings and incidents are related one way, warnings "
                                             "before the incident; this is not read yet (nothing was run)",
                      tuple(m[0].split()))
    if before_warned and r.subject == "incidents" and not r.phrase(r"\b(with|and) (the|their|its) (early )?warnings\b|"
                                                                   r"\b(most|fewest|least) (early )?warnings\b"):
        # (not "incidents with their warnings", nor those ranked by how many)
        if m := r.phrase(r"\b(?:incidents?|outages?) (?:\S+ ){0,5}?(?:before|during|around|either side of|while|"
                         r"surrounding|amid) (?:an? |any |the )?(?:early )?warnings?\b"):  # "incidents in the 30
            raise Refused("not_about_this_data", f"{m[0]!r}: incidents are read after their warnings, not before or "
                                                 "during them (nothing was run)", tuple(m[0].split()))  # minutes
            # before an early warning"
        if per_each(r) == "warnings":  # "how many incidents came within 30 minutes after each early warning"
            raise Refused("not_about_this_data", "a count of incidents for each warning is not read yet; ask for each "
                                                 "incident's warnings (nothing was run)", ("each",))
        bound = lead_bound(r) or ([f"lead_min <= {n}"] if r.phrase(r"\bafter (?:an? |any |the )?(?:early )?warnings?\b")
                                  and (n := span(r, None)) else [])  # "incidents within 15 minutes after a warning"
        warned = " AND ".join(["same_service"] * bool(r.phrase(r"\bsame service\b|\bits own service\b"))
                              + bound)  # "incidents with a warning at least 10 min before they opened"
        where = [f"id IN (SELECT group_id FROM incident_warnings{' WHERE ' + warned if warned else ''})"]
        counted = r.phrase(r"\b(how many|number of|count of)\b|^count\b")  # "how many of this month's incidents
        where += incident_state(r)  # were preceded by a warning"
        dim = column_asked(r)
        columns = ["count(*) AS incidents"] if counted else [dim] if dim else ["*"]  # "which services had
        return Select("alert_groups", where=where + filters(r, vocab, "alert_groups"), columns=columns,  # incidents
                      distinct=bool(dim and not counted)).sql()  # after an early warning": their services
    if r.has("warning", "warnings") and r.has("before", "preceded", "ahead"):
        where = filters(r, vocab, "incident_warnings")
        if r.phrase(r"\bsame service\b|\bits own service\b"):
            where.append("same_service")
        where += lead_bound(r)
        if (found := aggregate_of(r, "incident_warnings")) is not None:  # "the average lead of the warnings before
            value, name = found  # critical incidents": computed over the view's rows
            dim = r.phrase(r"\b(?:per|by|each|every|for each) (service|project|environment)\b")
            keys = [dim[1]] if dim else []
            return Select("incident_warnings", columns=[*keys, f"{value} AS {name}"], where=where, group=keys).sql()
        if (most := r.phrase(r"\b(most|fewest|least) (early )?warnings\b")) and r.subject == "incidents":
            return Select("incident_warnings", columns=["group_id", "count(*) AS warnings"], where=where,
                          group=["group_id"], order=[f"warnings {'DESC' if most[1] == 'most' else 'ASC'}", "group_id"],
                          limit=number(r, 5 if r.has("incidents", "outages") else 1)).sql()  # "which incident
        dim = column_asked(r)  # "which services had warnings in the 30 minutes before an incident": their services
        return Select("incident_warnings", columns=[dim] if dim else ["*"], where=where,  # had the most warnings
                      distinct=bool(dim)).sql()  # before it": ranked by how many
    return None


_NOT_WARNED = r"\b(?:not|never) (?:\w+ )?followed\b|\b(?:incidents?|outages?) (?:(?!\S*warn)\S+ ){0,3}?before " \
              r"(?:them|it|the warnings?)\b"  # (not "incidents had early warnings before them": theirs)
"""Warnings and incidents related otherwise than the warnings before the incident ("incidents not followed by an
early warning", "warnings that had no incident before them")."""


def _blamed_most(r: Reading, vocab: Vocabulary) -> str | None:
    """ "which change was the suspect for the most incidents", "whose deploys were blamed for the most incidents",
    "which service's changes were suspects in the most incidents": suspects counted per change, person or
    service."""
    if not (r.phrase(r"\b(suspects?|suspected|blamed?)\b.*\b(the )?most (incidents?|outages?)\b|"
                     r"\b(suspects?|suspected|blamed?)\b.*\bmost (often|times)\b|\bmost (frequently|commonly|often)\b"
                     r".*\b(suspects?|suspected|blamed?)\b|\bblamed? (?:the )?most$")):  # "whose dpl got blame as
        return None  # suspect for most incident", "whose deploys got blamed most"
    if r.phrase(r"^(who|whose)\b|\bwhose (?:changes?|deploys?|deployments?|releases?|rollouts?)\b|"
                r"\b(which|what)(?: (?:\d+|two|three|four|five))? (persons?|people|engineers?|actors?|"
                r"deployers?|developers?|devs?|users?|accounts?)\b|\b(person|people|engineers?|actors?|"
                r"deployers?) whose\b") or re.search(r"(?i)\bdeployers?\b", r.question):  # "top 2 people whose
        # changes got blamed ...", "which two deployers got …" (read as deploys in the words)
        key = "change_actor"
    elif r.phrase(r"\b(which|what) (services?|svcs?)\b|\bservice'?s\b"):
        key = "change_service"
    elif r.phrase(r"\b(types?|kinds?|sorts?) of (changes?|deploys?|suspects?)\b|\b(which|what) change (types?|"
                  r"kinds?)\b"):
        key = "change_type"  # "which type of change got blamed for the most incidents"
    else:
        key = "change_id"
    where = filters(r, vocab, "incident_suspects")  # "whose deploys": of that change type too
    return Select("incident_suspects", columns=[key, "count(DISTINCT group_id) AS incidents"], where=where, group=[key],
                  order=["incidents DESC", key], limit=number(r, 1)).sql()  # "top 3", "the top two people"


def _fixed_by_who_changed(r: Reading, vocab: Vocabulary) -> str | None:
    """ "incidents resolved by the same person who made their suspect change", "… by someone other than the
    one who deployed the suspect": the incidents whose recorded fix names (or does not name) the suspect's actor,
    exactly as stored."""
    if not r.phrase(r"\b(resolved|fixed|closed|mitigated) by\b.*\b(person|people|engineer|one|someone|somebody|who)\b"
                    r".*\bsuspect") and not r.phrase(r"\bsuspect\b.*\b(made|deployed|pushed|shipped|changed)\b.*\b"
                                                    r"(also|then|themselves|same)\b.*\b(resolved|fixed|closed)\b"):
        return None
    other = r.phrase(r"\b(someone|somebody|anyone|a person|people) (else|other than)\b|\b(another|a different|"
                     r"different|other) (person|people|engineer|one)\b|\bnot (by )?the (same|very same)\b")
    meets = "r.resolved_by <> s.change_actor" if other else "r.resolved_by = s.change_actor"
    where = [f"EXISTS (SELECT 1 FROM incident_suspects s JOIN resolutions r ON r.group_id = s.group_id "
             f"WHERE s.group_id = g.id AND {meets})", *filters(r, vocab, "alert_groups", alias="g")]
    counted = r.phrase(r"\b(how many|count|number of)\b")
    return Select("alert_groups g", columns=["count(*)"] if counted else ["g.*"], where=where).sql()


def _timeline(r: Reading, vocab: Vocabulary) -> str | None:
    """ "alerts and changes per minute for checkout": the timeline's rows, every column (a list is whole rows)."""
    if not (r.has("timeline") or (r.has("alerts") and r.has("changes", "deploys") and r.has("minute"))):
        return None
    return Select("timeline", where=filters(r, vocab, "timeline"), order=["bucket", "service"]).sql()
