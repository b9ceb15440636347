"""Two subjects and how they meet in time: the joins no fixed phrasing of :mod:`.ask_joins` reads.

A question that names one kind of thing, a relation in time and another kind of thing —
"deploys followed by pages", "what shipped in the hour before the checkout alerts", "alerts
while a silence was on", "rollouts that caused incidents" — is read as three parts:

- what to return: the first kind named (alerts, changes, incidents, silences);
- the relation: ``after`` (within N after the other), ``before`` (within N before it),
  ``during`` (while the other, which lasts, was on), ``caused`` (the change was the incident's
  suspect); "X followed by Y" is X before Y, "X preceded by Y" is X after Y;
- the other kind, met on the same service, and environment where both sides have one.

N is the question's ("within 10 min", "the hour before", "30 minutes after"), else 15 minutes
between changes and alerts or incidents and 60 minutes otherwise, as :mod:`.ask_joins` does.
Filters named in the question (service, time, person, ...) apply to the returned side.
"""

from __future__ import annotations

from dataclasses import dataclass

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_alert_words import severity_condition
from signalcraft.copilot.ask_bots import made_by_bots
from signalcraft.copilot.ask_kind_filters import alert_filters
from signalcraft.copilot.ask_kinds import (
    RELATIONS,
    change_kind,
    change_side,
    mentions,
    named_at,
    span,
)
from signalcraft.copilot.ask_narrow import about_silence, errors_asked, silence_named, silence_people
from signalcraft.copilot.ask_pair_list import pair_columns
from signalcraft.copilot.ask_parts import absent, parts
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_scope import (
    first_of_listed,
    named_beside,
    one_of_other,
    scope,
    scope_on,
    window_right_after,
)
from signalcraft.copilot.ask_sql import (
    COLUMNS,
    Select,
    canonical_environment,
    filters,
    incident_names,
    lit,
    ts,
    window,
)
from signalcraft.copilot.ask_suspects import caused
from signalcraft.copilot.ask_tally import (
    DIM,
    EACH,
    EACH_DID,
    KEY,
    averaged_count,
    bounded,
    count_per,
    mean_of,
    members,
    per_each,
    projection,
    ranked,
)
from signalcraft.copilot.ask_vocab import Vocabulary, tokens

__all__ = ["projection", "relate"]



@dataclass(frozen=True)
class Side:
    relation: str
    alias: str
    time: str
    start: str
    end: str | None
    service: str = ""

    @property
    def on_service(self) -> str:
        return self.service or f"{self.alias}.service"


def _sides(vocab: Vocabulary, r: Reading) -> dict[str, Side]:
    now = r.now
    ended = r.phrase(r"\bsilences? (?:that |which |were |was |had |got |has )*(expired|ended|lifted|ran out|"
                     r"removed|expiring|ending)\b")  # "alerts after a silence ended": its end is its time
    closed = r.phrase(r"\b(incidents?|outages?)\b( \S+){0,8}? (had|has|have|was|were|got|been|being) (been )?(resolved|"
                      r"closed|fixed|over|mitigated)\b")  # "deploys in the 30 minutes after an incident had resolved"
    cleared = r.phrase(r"\balerts? (?:that |which |were |was |had |got |has )*(resolved|cleared|recovered|ended)\b")
    return {  # "alerts that resolved after the rollback": their end is their time
        "alerts": Side("alerts", "a", "a.ends_at" if cleared else "a.starts_at", "a.starts_at",
                       f"coalesce(a.ends_at, {ts(now)})"),
        "changes": Side("change_events", "c", "c.timestamp", "c.timestamp", None),
        "incidents": Side("alert_groups", "g", "g.resolved_at" if closed else "g.opened_at", "g.opened_at",
                           f"coalesce(g.resolved_at, {ts(now)})"),
        "silences": Side("silence_scopes", "s", "coalesce(s.expired_at, s.ends_at)" if ended else "s.created_at",
                          "s.starts_at", "coalesce(s.expired_at, s.ends_at)"),
        "logs": Side("log_events", "l", "l.timestamp", "l.timestamp", None),
        "warnings": Side("warnings", "w", "w.starts_at", "w.starts_at", f"coalesce(w.ends_at, {ts(now)})",
                          "w.labels['service']"),
    }


def _project(kind: str, alias: str) -> str:
    return f"{alias}.labels['project']" if kind == "warnings" else f"{alias}.project"


def _env(kind: str, alias: str, vocab: Vocabulary) -> str:
    if kind in ("alerts", "silences"):
        return f"{alias}.environment_canonical"
    if kind == "warnings":
        return canonical_environment(f"{alias}.labels['environment']", vocab)
    return canonical_environment(f"{alias}.environment", vocab)


_SPANNING = r"\b(?:started|began|start|begin|set|created|opened) before\b.*\band (?:ended|end|expired|lasted|ran|" \
            r"stayed|kept going) (?:on )?(?:after|past|beyond|until after)\b"
"""One thing's span around the other's whole span."""


def _window_at(r: Reading) -> int | None:
    """Where the time phrase stands among the words (a date's parts are words of their own: "2025", "03", "11")."""
    at = r.position(tokens(r.window.phrase))
    return at if at is not None else r.position(tokens(re.sub(r"[-/:]", " ", r.window.phrase)))


def _window_of_other(r: Reading, ret: str, other: str, since: bool = False) -> bool:
    """Whether the time phrase belongs to the other kind: it stands between the relation and the other kind's
    word ("alerts after yesterday's deploys", "logs around its march 11 deploy"), or, ``since`` a moment, after
    it ("incidents since the reindex alert fired this morning"), or it ends a clause of the other kind's own ("…
    while the p99 alert was firing yesterday")."""
    if r.window is None:
        return False
    at = _window_at(r)
    found = mentions(r.words)
    first = next((i for i, k in found if k == ret), None)
    second = next((i for i, k in found if k == other and first is not None and i > first), None)
    if since and at is not None and second is not None and at > second:
        return True
    if at is not None and second is not None and first is not None and at > second and \
            not r.time_first and \
            re.search(r"\b(?:while|when|whilst)\b", " ".join(r.words[first + 1:second])) and re.fullmatch(
                r"(?:\S+ ){0,2}?(?:was|were|is|are) (?:still )?(?:firing|open|on|active|in effect|in place|going on)",
                " ".join(r.words[second + 1:at])):
        return True  # "silences in effect while the p99 alert was firing yesterday": the alert's day
    if at is not None and second is not None and first is not None and at > second and not r.time_first and \
            _dated(r, second) and re.search(r"\b(?:while|when|whilst|during)\b", " ".join(r.words[first + 1:second])):
        return True  # "silences in effect while the PaymentsAPIErrorBudgetBurn incident of 11 March was open"
    if at is None or second is None or not first < at < second:
        return False
    between = " ".join(r.words[first + 1:at])  # "incidents opened on march 11 and the deploys before each": theirs
    return any(re.search(pattern, between) for _, pattern in RELATIONS)


def _dated(r: Reading, at: int) -> bool:
    """Whether the time phrase follows the word at ``at``, with or without its preposition ("after each production
    deployment on 11 March": the deployments' day)."""
    return window_right_after(r, at) or (r.words[at + 1:at + 2] in (["on"], ["in"], ["from"], ["of"]) and
                                         window_right_after(r, at + 1))


def _window_first(r: Reading, ret: str) -> bool:
    """Whether the time phrase comes before the returned kind is first named."""
    if r.window is None:
        return False
    at = _window_at(r)
    first = next((i for i, k in mentions(r.words) if k == ret), None)
    return at is not None and first is not None and at < first


_SCOPE = {kind: tuple(f"{alias}.{c} " for c in ("service", "project", "environment"))
          for kind, alias in (("changes", "c"), ("incidents", "g"), ("alerts", "a"), ("silences", "s"), ("logs", "l"))}
_SCOPE["warnings"] = tuple(f"w.labels['{c}'] " for c in ("service", "project", "environment"))


def relate(r: Reading, vocab: Vocabulary) -> str | None:
    """The SQL of a question relating two kinds of thing in time, or ``None``."""
    if r.phrase(r"\b(incidents?|groups?|outages?) (with|having|that had|which had|has|had|have|containing|contains|"
                r"contained|holds|held) (the )?(most|fewest|least|more|less|over|under)\b.*\balerts?\b"):
        return None  # "incident with the most alerts in it": incidents by their own alert count
    if (sql := members(r, filters(r, vocab, "alert_groups", alias="g"))) is not None:
        return sql  # "how many alerts did each incident have": its own alerts
    if r.has("suspect", "suspects", "suspected") and (not r.phrase(r"\b(after|before|within|following|preceding|"
                                                                   r"during|while|since|until)\b") or r.phrase(
            r"\b(avg|average|mean|median|typical|max|maximum|min|minimum)( \w+)? (lag|delay|gap)\b")):
        return None  # "how many incidents per suspect change type": the suspects' own record, not a relation in time
    found = parts(r)
    if found is None:
        return None
    ret, how, other = found
    if how == "caused":
        return caused(r, vocab, ret, other)
    if how == "followed":
        how = "before"
    elif how == "preceded":
        how = "after"
    sides = _sides(vocab, r)
    x, y = sides[ret], sides[other]
    if how == "during" and y.end is None and x.end is not None:  # "incidents that coincided with a flag change": the
        how = "containing"  # change, which does not last, within the incident
    if how == "during" and x.end is not None and r.phrase(r"\b(were|was|still|being) (firing|going off|goin off)\b|"
                                                          r"\b(on|open|active|firing) (while|during)\b|\balerts? "
                                                          r"firing\b") and \
            not r.phrase(r"\b(created|made|added|set|put|opened|started|began|begun|fired|kicked in|took effect)"
                         r"( up| in place)? (while|during|when)\b"):
        how = "overlapping"  # "alerts that were firing while a silence was in effect": on at any time in it
    if how in ("during", "containing") and x.end is not None and y.end is not None and r.phrase(
            r"\bin (effect|place|force) ([\w'-]+ ){0,6}?(while|during)\b"):
        how = "overlapping"  # "incidents that had a silence in effect while they were open": on together at some time
    if how == "during" and x.end is not None and r.phrase(r"\b(active|in effect|in place|running) (when|as|at the "
                                                          r"(?:time|moment))\b"):
        how = "containing"  # "silences that were active when the payments-api alerts fired": its start inside them
    if x.end is not None and y.end is not None and r.phrase(_SPANNING):
        how = "spanning"  # "silences that started before the incident and ended after it": the whole of it inside
    if (how == "during" and y.end is None) or (how == "containing" and x.end is None) or \
            (how == "overlapping" and (x.end is None or y.end is None)):
        return None
    n = span(r, 15 if "changes" in (ret, other) and {"alerts", "incidents"} & {ret, other} else 60)
    env = f"{_env(ret, x.alias, vocab)} = {_env(other, y.alias, vocab)}"
    if "silences" in (ret, other) and not r.phrase(r"\bsame (service and )?(environment|env)\b"):  # a silence
        env = f"({_env('silences', 's', vocab)} IS NULL OR {env})"  # without an environment covers every one
    wide = scope(r)  # "a deploy in the checkout project, any of its services": the project, not the service
    if how == "since" and wide == "service" and not r.phrase(r"\bsame (service|project|environment|env)\b|\b(its|"
                                                             r"their|that service's)\b"):
        wide, env = "any", "true"  # "incidents opened since the reindex alert fired": a moment, not a scope
    at = {kind: named_at(r.words, kind) for kind in (ret, other)}
    if wide == "service" and (named := (named_beside(r, at[ret]), named_beside(r, at[other]))) and all(named) and \
            not named[0] & named[1]:
        wide = "named"  # "cart-service alerts within 15 minutes after a payments-api deploy": each its own service
    if wide == "service" and other == "changes" and r.entities.get("change_key") and r.entities.get("service") and \
            not named_beside(r, at[other]) and not r.phrase(r"\bsame (service|project)\b"):
        wide = "named"  # "checkout-web or payments-api alerts after the new checkout flow flag went on": that flag's
        # change, whatever its service; the services named are the alerts'
    if wide == "service" and named_beside(r, at[other]) and named_beside(r, at[ret], "project") and \
            not named_beside(r, at[ret]) and not r.phrase(r"\bsame (service|project)\b|\b(its|their) own\b"):
        wide = "any"  # "alerts on the checkout services within 15 minutes after payments-api v2.14.0 went live": any
        # service of that project, the service named the change's
    on = [*scope_on(wide, (x.on_service, _project(ret, x.alias)), (y.on_service, _project(other, y.alias))),
          *([env] if env != "true" else []),
          f"{x.alias}.workspace_id = {y.alias}.workspace_id"]  # a tenant's deploy is not another tenant's cause
    if how == "after":
        on.append(f"{x.time} >= {y.time} AND {x.time} <= {y.time} + INTERVAL {n} MINUTE")
    elif how == "since":  # from it until now
        on.append(f"{x.time} >= {y.time} AND {x.time} <= {ts(r.now)}")
    elif how == "before":
        on.append(f"{x.time} <= {y.time} AND {x.time} >= {y.time} - INTERVAL {n} MINUTE")
    elif how == "containing":
        on.append(f"{y.time} >= {x.start} AND {y.time} <= {x.end}")
    elif how == "overlapping":  # the two spans share a moment
        on.append(f"{x.start} < {y.end} AND {x.end} > {y.start}")
    elif how == "spanning":  # the other from its start to its end inside the first
        on.append(f"{x.start} <= {y.start} AND {x.end} >= {y.end}")
    elif how == "same_day":  # "alerts the same day as a deploy of their service": the day in the asker's zone
        days = [t if r.zone == "UTC" else f"timezone({lit(r.zone)}, {t})" for t in (x.time, y.time)]
        on.append(f"CAST({days[0]} AS DATE) = CAST({days[1]} AS DATE)")
    elif how == "around":  # "log lines within 5 min either side of the deploy"
        on.append(f"{x.time} >= {y.time} - INTERVAL {n} MINUTE AND {x.time} <= {y.time} + INTERVAL {n} MINUTE")
    else:
        on.append(f"{x.time} >= {y.start} AND {x.time} <= {y.end}")
    mine = []  # what the question says of the other kind alone
    if other == "changes":  # "alerts after kenji's deploy of v2.14.0": who and which version, on the change's side
        mine += change_kind(r, y.alias) + change_side(r, y.alias) + made_by_bots(r, vocab, f"{y.alias}.actor")
    if other == "logs" and errors_asked(r):
        mine.append("l.is_error")  # "deploys that had error lines within 5 min"
    if other == "alerts" and (said := severity_condition(r, "a.severity")):  # "silences that covered critical alerts"
        mine.append(said)
    if other == "incidents" and ret not in ("alerts", "incidents") and (
            said := severity_condition(r, "g.max_severity")):  # "changes in the 30 minutes before each critical (error
        mine.append(said)  # or higher) incident" (had been every one)
    if other == "alerts":  # "what changed in the hour before the HighErrorRate alert": the alert's name and labels
        mine += [w for w in alert_filters(r, vocab, "a.") if w.startswith(("a.name ", "a.labels["))]
    if other == "incidents" and (names := incident_names(r, vocab)):  # "the hour leading up to the X incident"
        mine.append("EXISTS (SELECT 1 FROM alerts AS ga WHERE list_contains(g.fingerprints, ga.fingerprint) AND "
                    f"ga.name IN ({', '.join(lit(n) for n in names)}))")
    where = filters(r, vocab, x.relation, alias=x.alias)
    if other == "silences":  # "alerts that fired during the reindex silence": what the silence is about
        for e in [e for e in r.entities.get("label", []) if silence_named(r, e.words)]:
            key, value = e.value
            where = [w for w in where if not w.startswith(f"{x.alias}.labels[{lit(key)}]")]
            mine.append(about_silence(key, value, "s."))
        if people := silence_people(r, at[other]):  # "alerts firing while maria's silence was on": the silence's
            mine.append(f"s.created_by IN ({', '.join(lit(v) for v in people)})")  # author ("deploys by kenji while
            where = [w for w in where if not any(lit(v) in w for v in people)]  # maria's silence was on": kenji
            others = sorted({v for e in r.entities.get("person", []) for v in e.value} - set(people))  # the deploys')
            if others and (column := COLUMNS[x.relation].get("person")):
                where.append(f"{x.alias}.{column} IN ({', '.join(lit(v) for v in others)})")
    if ret == "silences" and "IS NULL OR" in env and not named_beside(r, at[ret], "environment") and (said := [
            w for w in where if w.startswith(f"{x.alias}.environment_canonical ")]):  # "silences created during an
        where = [w for w in where if w not in said]  # incident on the same service - in prod": production's incidents,
        mine += [w.replace(f"{x.alias}.environment_canonical", _env(other, y.alias, vocab), 1) for w in said]  # met by
        # the silences that cover production (those naming none too, as the relation reads them); "prod silences …":
        # the silences' own
    if ret == "logs" and any(f"{y.alias}.version " in w for w in mine):  # "error lines after the v2.14.0 deploy":
        where = [w for w in where if not w.startswith("l.service_version ")]  # the deploy's version, not theirs
    if other == "alerts":  # "incidents within 30 minutes after HighErrorRate alerts": the alerts' name, not theirs
        where = [w for w in where if "group_labels['alertname']" not in w]
    if wide != "service" and (theirs := named_beside(r, at[other])):
        where = [w for w in where if not (w.startswith(f"{x.on_service} ") and any(f"'{v}'" in w for v in theirs))]
        if wide == "named":  # "cart-service alerts ... after a payments-api deploy": the listed side's own
            where.append(f"{x.on_service} IN ({', '.join(lit(v) for v in sorted(named_beside(r, at[ret])))})")
        mine.append(f"{y.on_service} IN ({', '.join(lit(v) for v in sorted(theirs))})")  # "a checkout-web alert"
    if at[other] > at[ret] and (projects := named_beside(r, at[other], "project")) and \
            not named_beside(r, at[ret], "project"):  # "silences created while a checkout incident was open"
        where = [w for w in where if not w.startswith(f"{_project(ret, x.alias)} ")]
        mine.append(f"{_project(other, y.alias)} IN ({', '.join(lit(v) for v in sorted(projects))})")
    if _window_of_other(r, ret, other, how == "since"):  # "log lines either side of its march 11 deploy": its day
        where = [w for w in where if not w.startswith(f"{x.time} ")]
        mine += window(r, y.time)
    if (one := one_of_other(r, other, at[other])) is not None:  # "alerts after the last payments-api deploy"
        order, n = one
        own = [w for w in filters(r, vocab, y.relation, alias=y.alias, time=False) if w.startswith(_SCOPE[other])]
        if window_right_after(r, at[other]) and not _window_of_other(r, ret, other):  # "the first deploy today"
            where = [w for w in where if not w.startswith(f"{x.time} ")]
            mine += window(r, y.time)
        conds = [*mine, *(own if wide == "service" else []), *([f"{y.time} <= {ts(r.now)}"] if order == "DESC" else [])]
        mine.append(f"{KEY[other]} IN (SELECT {KEY[other]} FROM {y.relation} {y.alias}"
                    + (f" WHERE {' AND '.join(conds)}" if conds else "")
                    + f" ORDER BY {y.time} {order}, {KEY[other]} LIMIT {n})")
    if ret == "changes":
        where = change_kind(r, x.alias) + [w for w in where if "severity" not in w]
    if ret == "logs" and errors_asked(r):
        where.append("l.is_error")  # "error logs in the 10 min after a deploy"
    if absent(r, ret, other):  # "incidents that had no deploy before them": none of the other kind met
        where.append(f"NOT EXISTS (SELECT 1 FROM {y.relation} {y.alias} WHERE " + " AND ".join(on + mine) + ")")
        counted = r.phrase(r"\b(how many|count|number of)\b")  # "how many deploys had no alert after them"
        columns = ["count(*)"] if counted else projection(r, ret, x.alias)
        return Select(f"{x.relation} {x.alias}", columns=columns, where=where,
                      distinct=columns[0] not in ("count(*)", f"{x.alias}.*")).sql()
    if (sql := bounded(r, ret, other, x, y, on + mine, where)) is not None:
        return sql  # "deploys followed by at least 2 alerts within 30 minutes"
    source = f"{x.relation} {x.alias} JOIN {y.relation} {y.alias} ON " + " AND ".join(on + mine)
    if (sql := ranked(r, ret, other, source, where)) is not None:
        return sql  # "which deploy had the most alerts after it"
    if r.phrase(r"\bpairs?\b|\bpair up\b|\bone row per \w+ \w+\b") and \
            (columns := pair_columns(r.question, {ret: x.alias, other: y.alias})):  # "one row per deploy-alert pair:
        return Select(source, columns=columns, where=where).sql()  # deploy service, deploy time, alert name"
    if (m := r.phrase(r"^(?:how many|count(?: the)?|the number of|number of) (?:different |distinct )?(service|svc|"
                      r"project|environment|env)s\b")) and ret in DIM:  # "how many services got paged after a deploy"
        return Select(source, columns=[f"count(DISTINCT {DIM[ret][m[1]]})"], where=where).sql()
    if r.phrase(r"\b(how many|count|number of)\b|\b(alerts|changes|deploys|silences|incidents) per\b"):
        per = per_each(r)
        if averaged_count(r) and per not in (ret, other):  # "average number of alerts after a deploy": per deploy
            per = other
        if per in (ret, other) and per in EACH:
            if per == other:  # "how many alerts during each indexer silence": the thing's scope selects the things
                mine += [w for w in filters(r, vocab, y.relation, alias=y.alias) if w.startswith(_SCOPE[other])]
                if (_window_first(r, ret) or _dated(r, at[other])) and not any(w.startswith(f"{y.time} ") for w in
                                                                               mine):  # "for every incident
                    where = [w for w in where if not w.startswith(f"{x.time} ")]  # opened on March 11: ... how many
                    mine += window(r, y.time)  # deploys": the incidents' day
            sql = count_per(r, per, (ret, other), (x, where), (y, mine), on)  # "for each deploy, how many alerts"
            return mean_of(r, sql, other if per == ret else ret) if averaged_count(r) else sql
        if averaged_count(r):
            raise Refused("not_about_this_data", "an average over things related in time is read for a count per "
                                                 "thing (\"on average, how many alerts after each deploy\")")
        if m := r.phrase(r"\b(?:each|every|per|by) (service|project|environment|env)s?\b"):  # "for each service, how
            dim = DIM[ret][m[1]]  # many deploys were followed by an alert": one row each
            return Select(source, columns=[dim, f"count(DISTINCT {KEY[ret]}) AS {ret}"], where=where,
                          group=[dim]).sql()
        return Select(source, columns=[f"count(DISTINCT {KEY[ret]}) AS {ret}"], where=where).sql()
    if (r.phrase(r"\bwhether (an?|any|there|some|it)\b") or r.phrase(EACH_DID)) and ret in EACH:  # "deploys: service,
        # version and whether an alert followed", "for each deploy, did an alert follow": true or false
        return count_per(r, ret, (ret, other), (x, where), (y, mine), on)
    if columns := pair_columns(r.question, {ret: x.alias, other: y.alias}, both=True):  # "...: deploy service,
        return Select(source, columns=columns, where=where).sql()  # version, alert name, alert start": each pair
    columns = projection(r, ret, x.alias)
    if columns == [f"{x.alias}.*"] and (first := first_of_listed(r, ret, at[ret])) is not None:
        return Select(source, columns=columns, where=where, distinct=True, order=[f"{x.time} {first[0]}"],
                      limit=first[1]).sql()  # "the first alert after a payments-api deploy"
    return Select(source, columns=columns, where=where, distinct=True).sql()
