"""The relation a question is about and the shape of its answer: list, count, breakdown, top N,
latest N, "who ...".

Conventions (docs/ask.md, "Shapes and joins"): a list is every column of the relation; a
count is one number; a breakdown counts rows per value (per day and per hour in UTC, or in
the configured zone's wall-clock time), most first; "top N" is the first N of a breakdown
(ties by name); "latest N" are the N rows started last, up to now; "who ..." answers with
the people, each once; deployments and rollbacks are the reports of them going live (a
deployment is reported once per phase) unless a phase is asked for.
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_alert_words import severity
from signalcraft.copilot.ask_columns import LASTED, listed
from signalcraft.copilot.ask_dims import (
    column_dimension,
    dimensions,
    first_plural,
    is_top,
    singular_top,
    top_dimension,
)
from signalcraft.copilot.ask_filters import ACTED_ALERTS, DURATION, SILENCES_THAT_MUTED, counted_per_silence, muted
from signalcraft.copilot.ask_groups import average_per_bucket, counted_at_least, dim_cols, group
from signalcraft.copilot.ask_joins import join
from signalcraft.copilot.ask_measures import (
    AGGREGATED,
    ALERTS_PER_INCIDENT,
    EACH,
    IDENTITY,
    TIME_AGGREGATE,
    ended_by_hand,
    one_thing,
    time_aggregate,
    unread_aggregate,
)
from signalcraft.copilot.ask_measures import measure as measure_of
from signalcraft.copilot.ask_narrow import narrow
from signalcraft.copilot.ask_negation import negated_alert_actions
from signalcraft.copilot.ask_number import number, plural
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_special import SORTS, sort_by, special
from signalcraft.copilot.ask_sql import BUCKETS, COLUMNS, DIMENSIONS, LATEST_GROUP, Select, filters, ts
from signalcraft.copilot.ask_vocab import Vocabulary
from signalcraft.copilot.ask_words import SUBJECTS

__all__ = ["build_for", "relation"]


def relation(r: Reading) -> str:
    """The table or view the question is about: the first subject it names, with the views that
    join incidents to what came before them chosen when both are named."""
    s = r.subjects
    if named := r.phrase(rf"\b({'|'.join(SUBJECTS['suggestions'])}) (service|svc|api|app|team|project)\b"):
        raise Refused("ungrounded", f"no {named[2]} called {named[1]!r} in this store", (named[1],))  # "the
        # recommendations service": a name the store does not have (one it has is grounded before this)
    if r.has(*SUBJECTS["suggestions"]) and not r.has("suspect", "suspects", "fix", "fixes", "runbook"):
        return "silence_suggestions"  # "suggested inhibit rules", "silence suggestions"
    if r.has("candidate", "candidates", "correlated") or (
            r.has("considered", "ranked") and r.has("change", "changes", "suspect", "suspects", "deploy", "deploys")
            and not r.phrase(r"\branked by\b")):  # "changes ranked as suspects"; not "actors ranked by count of ..."
        return "correlation_candidates"
    if r.has("suspect", "suspects", "suspected", "blamed", "blame") or r.phrase(r"\bcaused by\b"):
        return "incident_suspects"
    if r.phrase(SILENCES_THAT_MUTED) or counted_per_silence(r):  # "for each silence created in March, how many alerts
        return "silence_scopes"  # did it hold back": the silences, by what was held back
    if muted(r) and "person" not in r.entities and not negated_alert_actions(r):  # what Alertmanager held back:
        narrowed = {"project", "environment"} & set(r.entities) or severity(r) is not None or \
            r.has("firing", "resolved", "open", "active", "ongoing", "unresolved")
        return "alerts" if narrowed else "alert_mutes"  # its own record, or the alerts where it lacks a column
    if r.phrase(ALERTS_PER_INCIDENT) or r.phrase(r"\b(max|maximum|most|largest|biggest|"
                r"min|minimum|fewest)\b.*\balerts?\b.*\b(in|per|of) (a single|one|any|an?|each) (incident|group)"):
        return "alert_groups"
    if "incidents" in s:
        if r.has("resolve", "resolved", "fixed", "closed") and r.phrase(r"^who\b|\b(each|every|per|by) (person|one)\b|"
                                                                          r"\bpeople\b"):
            return "resolutions"  # "who resolved the most incidents": the resolutions' people
        if "warnings" in s:
            return "incident_warnings"
        if "logs" in s or r.has("pattern", "patterns"):
            return "incident_log_patterns"
        if "alerts" in s and s.index("alerts") < s.index("incidents") and not r.phrase(r"alert groups?"):
            return "alerts"
        return "alert_groups"
    if "logs" in s and "warnings" not in s:
        if r.phrase(TIME_AGGREGATE) or r.phrase(r"\bwhen (?:was|were) (?:its|their|the) (earliest|latest|first|last)"
                                                r"\b.*\b(per|each|every)\b|\b(per|each|every)\b.*\bwhen (?:was|were) "
                                                r"(?:its|their|the) (earliest|latest|first|last)\b"):
            return "log_events"  # "min and max log timestamp": the lines' own times, not minutes of patterns
        counted = r.phrase(r"\b(how many|count|number|total|sum|per|by|top|most|least|each|average|avg|rate)\b")
        if r.has("pattern", "patterns", "template", "templates"):  # "top 5 log patterns by errors": their counts
            ranked = (r.phrase(r"\b(top|most|noisiest|loudest|least)\b") or (counted and r.phrase(
                r"\b(lines|errors|error lines|volume)\b"))) and not r.has("new")  # "sum of lines per template"
            return "log_pattern_counts" if ranked else "log_templates"
        return "log_events"  # the lines themselves, listed or counted (exact to the second, where the patterns'
        # counts are per minute)
    if r.subject == "metrics" or (not s and r.entities.get("metric")):
        return "metric_points"
    if "alerts" in s and "changes" in s and r.has("minute", "timeline"):
        return "timeline"
    if r.subject == "alerts" and re.search(r"\balert_events\b", r.question):
        return "alert_events"  # the table named: a row per state an alert was reported in, not one per alert
    first = r.subject or "alerts"
    if first == "alerts" and r.phrase(r"\bhow (many times|often)\b.*\b(was|were|is|are|got|get|been)\b.*\b("
                                      r"snoozed|acked|acknowledged|silenced|muted)\b"):
        first = "silences" if r.has("silenced", "muted") else "audit"  # counting what was done to an alert
    if first == "silences" and "audit" in s and s.index("audit") < 2 and not r.has("silence", "silences"):
        first = "audit"
    if first == "audit" and r.phrase(ACTED_ALERTS):
        first = "alerts"  # "snoozed alerts on payments-api": the alerts, through the audit log's targets
    found = {"alerts": "alerts", "warnings": "warnings", "changes": "change_events", "silences": "silence_scopes",
             "audit": "audit_log", "resolutions": "resolutions", "logs": "warnings", "metrics": "metric_points",
             "suspects": "incident_suspects", "suggestions": "silence_suggestions"}.get(first)
    if found is None:
        raise Refused("not_about_this_data", f"{first!r} is not read as what the question asks for; nothing was run")
    return found


_ORDINAL = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
_ORDINALS = "|".join(_ORDINAL)


_LAST_OF = {"deploy", "deployment", "change", "alert", "incident", "silence", "release", "rollback", "warning", "page",
            "flag"}


def _last_named(r: Reading) -> bool:
    """ "user-profile last deploy", "the last user-profile prod deploy": "last" before the kind, with only the names
    of what it is of (grounded words) between."""
    grounded = {w for es in r.entities.values() for e in es for w in e.words}
    for i, w in enumerate(r.words):
        if w != "last":
            continue
        j = i + 1
        while j < len(r.words) and r.words[j] in grounded:
            j += 1
        if j < len(r.words) and r.words[j].removesuffix("s") in _LAST_OF and (j > i + 1 or i == 0 or
                                                                              r.words[i - 1] in grounded):
            return True
    return False


def _nth(q: Select, r: Reading, ranked_by: str) -> None:
    """ "the second noisiest alert", "the 3rd most recent deploy": one row, after the ranks before it; two ranks
    ("the 2nd and 3rd noisiest") are refused. ``ranked_by``: the words the ordinal stands before."""
    low = r.question.lower()
    if re.search(rf"\b({_ORDINALS}) (and|or|to|through|-) ({_ORDINALS})\b", low):
        raise Refused("not_about_this_data", "two ranks of a ranking are not read yet; ask for the top N")
    if m := re.search(rf"\b({_ORDINALS}) (?:{ranked_by})\b", low):
        q.limit, q.offset = 1, _ORDINAL[m[1]] - 1
_OF_GROUPS = ("incident_suspects", "incident_warnings", "incident_log_patterns", "correlation_candidates")


def _distinct_count(r: Reading, rel: str, vocab: Vocabulary, dims: list[str]) -> str | None:
    """ "how many distinct alert names (per service)", "number of services with alerts today", "unique
    fingerprints": the count of the distinct values (in each group), or ``None``."""
    m = r.phrase(r"\b(?:distinct|unique|different) (\w+)(?: (\w+))?") or (not dims and r.phrase(
        r"^(?:how many|(?:the )?number of|count of|count the|count) (services|projects|environments|people|persons|"
        r"users|sources)\b()"))
    if not m:
        return None
    dim = DIMENSIONS.get(m[1]) or DIMENSIONS.get(m[2] or "")
    if dim in dims:
        return None  # "how many distinct services per service" is the count per service
    if dim is None and (column := column_dimension(m[1], rel, vocab)) and column.startswith("col:"):
        if rel == "change_events" and column == "col:version":
            return "count(DISTINCT coalesce(details['ref'], version))"  # a version as its listing names it: the tag
        return f"count(DISTINCT {column[4:]})"
    if dim in COLUMNS[rel] and dim != "time":
        return f"count(DISTINCT {dim_cols([dim], rel, r.zone)[0].split(' AS ')[0]})"
    return None


def build_for(r: Reading, vocab: Vocabulary) -> str:
    """The SQL for a reading."""
    sql = join(r, vocab)
    if sql is not None:
        return sql
    if r.phrase(r"^(what|anything)( else)? (happened|went on|was going on|changed)( right| just| shortly)? "
                r"(before|after|around|prior to|leading up to|ahead of)\b"):  # not the thing it is before
        raise Refused("not_about_this_data", "what happened around a moment is read by kind: ask for the deploys, "
                                             "alerts, warnings or log lines before or after it")
    rel = relation(r)
    q = Select(rel, where=filters(r, vocab, rel))
    narrow(q, r, vocab)
    sql = special(r, rel, q)
    if sql is not None:
        return sql
    if r.order is not None and not r.phrase(r"\b(how many|count|number of|per|each|every|average|avg|mean|median|"
                                            r"sum|total|most|least|fewest)\b"):  # "alerts sorted by starts_at"
        column, direction = r.order
        have = vocab.columns.get(rel, [])
        column = {"time": COLUMNS[rel]["time"], "date": COLUMNS[rel]["time"], "when": COLUMNS[rel]["time"]}.get(
            column, "severity_rank" if column == "severity" and "severity_rank" in have else column)
        if column not in have and column not in SORTS:
            raise Refused("ungrounded", f"{rel} has no column {column!r} to sort by", (column,))
        q.order, q.limit = [f"{SORTS.get(column, column)} {direction}"], number(r, None)
        return q.sql()
    cols = COLUMNS[rel]
    dims = dimensions(r, rel, vocab)
    if rel == "silence_scopes" and "person" in dims and r.phrase(r"\b(expire|expired|ended|lifted|removed|"
                                                                r"unsilenced|killed)\b"):
        dims = ["col:expired_by" if d == "person" else d for d in dims]  # "how many silences did each person
        q.where.append("expired_by IS NOT NULL")  # expire": by who ended them, not who made them
    measure, name = measure_of(r, rel)
    if name == EACH:  # "how long did each incident last": the rows, each with its minutes
        if rel in DURATION and r.phrase(r"\b(has|have) ([\w-]+ ){0,6}been\b"):  # "how long has it been open": so far
            start, end = DURATION[rel]
            measure = measure.replace(f"epoch({end})", f"coalesce(epoch({end}), epoch({ts(r.now)}))")
            if r.phrase(r"\bbeen (firing|open|active|going|going on|on|in effect|ongoing|running)\b"):
                q.where += [f"{start} <= {ts(r.now)}", f"({end} IS NULL OR {end} > {ts(r.now)})"]  # those on now
        kind = {"alerts": "alerts", "alert_groups": "incidents", "silence_scopes": "silences"}.get(rel, "")
        shown = listed(r, kind, "", LASTED) or ([] if one_thing(r) else IDENTITY[rel])  # "give its alert name and how
        # many minutes it stayed open", "its author and its length"; "how long was the cart-service silence
        if rel == "silence_scopes" and ended_by_hand(r):
            q.where.append("expired_at IS NOT NULL")  # on": its minutes; "... before someone expired it": those expired
        q.columns = [*shown, f"{measure} AS {'hours' if '/ 3600' in measure else 'minutes'}"]
        if r.phrase(r"\bresolved (ones|incidents|alerts)? ?only\b|\bonly (the )?resolved\b|\b(that|which) (were|have "
                    r"been|got) resolved\b") and rel in DURATION:
            q.where.append(f"{DURATION[rel][1]} IS NOT NULL")  # "(resolved ones only)"
        if m := r.phrase(r"\b(?:the|my|our|their) (last|latest|most recent|newest|first|earliest|oldest)\b|"
                         r"\b(latest|most recent|newest|earliest|oldest)\b"):  # not "how long did each one last"
            time, which = COLUMNS[rel]["time"], m[1] or m[2]
            q.where.append(f"{time} <= {ts(r.now)}")
            q.order = [f"{time}{'' if which in ('first', 'earliest', 'oldest') else ' DESC'}"]
            q.limit = number(r, 1)
        return q.sql()
    if rel in DURATION and "epoch(" in measure and not name.startswith("span_"):
        q.where.append(f"{DURATION[rel][1]} IS NOT NULL")  # how long things lasted: of those that have ended
    if (sql := counted_at_least(q, r, rel, dims, measure, name)) is not None:
        return sql
    if (sql := average_per_bucket(q, r, rel, dims, measure, name)) is not None:
        return sql
    unread_aggregate(r, measure)
    if "epoch(" in measure and r.has("longest", "shortest", "slowest", "fastest", "highest", "lowest"):
        dim = dims or [top_dimension(r, rel, vocab)]  # "service with the longest average alert duration": ranked
        group(q, dim, rel, measure, name, r.zone)
        keys = [d.split(" AS ")[-1] for d in dim_cols(dim, rel, r.zone)]
        q.order = [f"{name} {'ASC' if r.has('shortest', 'fastest', 'lowest') else 'DESC'}", *keys]
        q.limit = number(r, 1 if singular_top(r) or not plural(r) else 5)
        return q.sql()
    one_group = rel in _OF_GROUPS and r.phrase(LATEST_GROUP)  # "log patterns before the first incident": its rows
    sort = None if one_group else sort_by(r, rel)
    if sort is not None:
        unbounded = r.phrase(r"\b(sorted|ordered|ranked) by\b")  # "alerts sorted by duration": all of them
        q.order, q.limit = [sort, f"{cols['time']}"], number(r, None if unbounded else 5 if first_plural(r) else 1)
        _nth(q, r, r"highest|lowest|strongest|weakest|largest|biggest|smallest")  # "the second highest scoring"
        return q.sql()
    latest = r.phrase(r"\b(latest|newest|most recent|last (\d+|one|two|three|five|ten) (?!(h|hr|hrs|hours?|m|min|"
                      r"mins|minutes?|d|days?|w|weeks?|months?)\b)|recent)")
    if one_group or time_aggregate(r, rel) is not None:
        latest = None  # "log patterns before the latest incident": that incident's, every one (see filters); "the
        # latest start time per service": a time per group
    elif latest or r.phrase(r"^last \w+$|\bwhen (was|were|did)\b.*\blast\b|\blast time\b|\blast (deployed|changed|"
                          r"released|rolled|silenced|fired|toggled|updated|alerted|paged)\b|(\bthe |^)last (deploy|"
                          r"deployment|change|alert|incident|silence|release|rollback|warning|page|flag)s?\b") or \
            _last_named(r):
        q.where.append(f"{cols['time']} <= {ts(r.now)}")
        q.order = [f"{cols['time']} DESC"]
        q.limit = number(r, 10 if plural(r) else 1)
        _nth(q, r, r"latest|newest|most recent|last")  # "the second most recent incident"
        if r.phrase(r"^who\b") and "person" in cols:
            q.columns = [cols["person"]]  # "who made the latest change": the person of the latest row(s)
        return q.sql()
    if dims and r.phrase(r"\b(how many|count|number of)\b") and \
            (distinct := _distinct_count(r, rel, vocab, dims)) is not None:
        measure = distinct  # "how many distinct alert names per service"
    if is_top(r) or (dims and r.has("most", "noisiest")) or r.has("least", "fewest", "quietest", "bottom"):
        dim = dims or [top_dimension(r, rel, vocab)]
        group(q, dim, rel, measure, name, r.zone)
        q.where += [f"{c.split(' AS ')[0]} IS NOT NULL" for d, c in zip(dim, dim_cols(dim, rel, r.zone), strict=True)
                    if d not in BUCKETS and d != "month"]  # "which service is silenced most": not the silences of none
        order = "ASC" if r.has("least", "fewest", "quietest", "bottom") else "DESC"
        q.order = [f"{name} {order}"] + [d.split(" AS ")[-1] for d in dim_cols(dim, rel, r.zone)]
        q.limit = number(r, 1 if singular_top(r) else 5)
        _nth(q, r, r"most|least|top|\w+est")  # "the second noisiest alert"
        return q.sql()
    if dims:
        group(q, dims, rel, measure, name, r.zone)
        if r.phrase(r"\b(leave|leaving|leaves) out\b.*\b(no|not)\b|\b(exclude|excluding|ignore|ignoring|skip|skipping|"
                    r"omit|omitting|drop|dropping)\b.*\b(no|without|empty|missing)\b|\b(that|which|those|ones) "
                    r"(carry|carries|have|has|bear|bears) (a|an|the|that) \S+ (label|tag)\b"):  # "(leave out ones with
            q.where += [f"{c.split(' AS ')[0]} IS NOT NULL" for d, c in zip(dims, dim_cols(dims, rel, r.zone),
                                                                        strict=True)
                        if d not in BUCKETS and d != "month"]  # no team label)": the groups of no value left out
        return q.sql()
    if rel == "change_events" and r.phrase(r"^(which|what) (feature )?flags\b") and \
            not r.phrase(r"\b(how many|count|number)\b|\b(by|and) (who|whom)\b"):  # "which flags were toggled
        # today": the flags ("... and by whom": the changes, which name their people)
        q.columns, q.distinct = ["details['flag_key'] AS flag"], True
        return q.sql()
    m = r.phrase(r"^(?:(?:could|can|would) you (?:please )?(?:tell|show|give) me )?(which|what|(?:list|show)(?: me)?"
                 r"(?: the| all| all the)?)(?: (?:distinct|different|unique))? (?:alert |change )?(services|projects|"
                 r"environments|people|alerts names|names|alertnames|sources|types)\b(?! (?:and|,))")  # "could you
    # tell me which services", "list the alert sources", "which alert names fired on indexer": each once
    if m and not r.phrase(r"\b(how many|count|number)\b"):
        dim = DIMENSIONS.get(m[2].split()[-1])
        if dim in cols and not cols[dim].startswith("*"):
            q.columns, q.distinct = [cols[dim]], True
            return q.sql()
    if rel == "metric_points" and r.phrase(r"^(which|what) (metrics|metric names|series)\b") and \
            not r.entities.get("metric") and not r.phrase(r"\b(how many|count|number|most|top|highest)\b"):
        q.columns, q.distinct = ["name"], True  # "which metrics does payments-api have": their names
        return q.sql()
    if (m := r.phrase(r"^(which|what) ([a-z]+_[a-z_]+?)s? (?:had|have|has|show up|appear)\b")) and \
            m[2] in vocab.columns.get(rel, []) and not r.phrase(r"\b(how many|count|number)\b"):
        q.columns, q.distinct = [m[2]], True  # "distinct values of severity_text in token-service log lines"
        return q.sql()
    if r.phrase(r"\b(how many|how often|count|number of|total|volume)\b") or r.phrase(r"^count\b"):
        q.columns = [f"{_distinct_count(r, rel, vocab, []) or measure} AS {name}"]
        return q.sql()
    if r.phrase(r"\b(avg|average|mean|median|mttr)\b|time to (resolve|recover)") or name in AGGREGATED:
        q.columns = [f"{measure} AS {name}"]
        return q.sql()
    earliest = r.phrase(r"\b(earliest|oldest|first (\d+|one|two|three|five|ten) (?!(h|hr|hrs|hours?|m|min|"
                        r"mins|minutes?|d|days?|w|weeks?|months?)\b)|very first)")
    first = earliest or r.phrase(r"^first \w+$|\bfirst (?:[\w-]+ ){0,2}(alert|deploy|deployment|change|incident|"
                                 r"silence|warning|page|rollback|release)s?\b")
    if first and not one_group:
        q.order = [f"{cols['time']}"]
        q.limit = number(r, 10 if plural(r) else 1)
        return q.sql()
    _who(q, r, rel)
    return q.sql()


def _who(q: Select, r: Reading, rel: str) -> None:
    """ "who deployed X", "who silenced the indexer", "who acked alerts": the people, each once."""
    if not r.has("who") or r.phrase(r"\b(with|and|plus|including) (who|whom)\b|\band by (who|whom)\b|"
                                    r"\bwho\b.*\band (what|when|which|where|how|why)\b"):
        return  # "every rollback with who did it", "who resolved it and what was the fix": the rows, which name
        # their people
    person = {"change_events": "actor", "audit_log": "actor", "silence_scopes": "created_by",
              "incident_suspects": "change_actor", "correlation_candidates": "change_actor",
              "resolutions": "resolved_by"}.get(rel)
    if rel == "silence_scopes" and r.phrase(r"who silenced what"):
        q.columns = ["created_by", "service", "environment", "matchers", "comment", "created_at"]
        q.order = ["created_at"]
    elif person is not None and r.phrase(r"\b(the )?(last|latest|most recent|newest|previous)\b(?! (week|month|year|"
                                         r"night|day|hour|quarter|weekend|sprint|\d+\w*|few|couple|(mon|tues|wednes|thurs|"
                                         r"fri|satur|sun)day)s?\b)") and not plural(r):  # not "last week": a window
        q.columns = [person]  # "who pushed the last payments-api deploy": the person of that one
        q.where.append(f"{COLUMNS[rel]['time']} <= {ts(r.now)}")
        q.order, q.limit = [f"{COLUMNS[rel]['time']} DESC"], 1
    elif person is not None:
        q.columns, q.distinct, q.order = [person], True, []
    elif rel not in ("alerts", "alert_groups"):
        raise Refused("ungrounded", f"'who' has no answer in {rel}")
