"""Answers with a shape of their own: the version live now, the latest row of each service, shares,
durations, services silenced now, silences edited or ended early.

Each function returns the SQL when the question is its kind, else ``None``; they run after the
joins and before the general shapes of :mod:`signalcraft.copilot.ask_shapes`.
"""

from __future__ import annotations

import re

from signalcraft.copilot.ask_read import Reading
from signalcraft.copilot.ask_sql import (
    COLUMNS,
    DIMENSIONS,
    Select,
    lit,
    number,
    plural,
    severity,
    silenced_at,
    ts,
    window,
)
from signalcraft.copilot.ask_words import DOMAIN, STOPWORDS, TEXT_CUES

__all__ = ["ACTED_ALERTS", "DURATION", "acted_on", "business_hours", "end_column", "held_back", "muted", "phases",
           "sort_by", "span_s", "special", "text_search", "thresholds"]

_ENDS = {"alerts": "ends_at", "warnings": "ends_at", "alert_groups": "resolved_at", "silence_scopes": "ends_at"}
_ENDING = r"(resolved|ended|closed|cleared|recovered|stopped|expired|expire|expires|expiring|ending|ends|end)"


def end_column(r: Reading, rel: str) -> str | None:
    """The column a time phrase is about when an ending verb leads into it ("resolved in the last 2 hours",
    "silences that expire today", "expired yesterday"), else ``None`` (the start)."""
    if rel not in _ENDS or r.window is None or r.window.kind == "instant":
        return None
    m = r.phrase(rf"\b{_ENDING} (in|within|during|since|on|between|from|today|yesterday|this|last|over|before|after)\b")
    if m is None:
        return None
    return "expired_at" if rel == "silence_scopes" and m[1] == "expired" else _ENDS[rel]

_TEXT = {"alerts": ("name", "annotations['summary']", "annotations['description']"),
         "change_events": ("summary",), "warnings": ("annotations['summary']",), "log_templates": ("template",),
         "resolutions": ("root_cause", "fix"), "alert_groups": ("group_key",), "silence_scopes": ("comment",),
         "log_events": ("body",)}
_PHASES = {"in progress": "in_progress", "in-progress": "in_progress", "ongoing": "in_progress",
           "requested": "requested", "pending": "requested", "queued": "requested", "requests": "requested",
           "request": "requested", "failed": "failed", "fail": "failed", "fails": "failed",
           "failing": "failed", "errored": "failed", "unsuccessful": "failed", "inactive": "inactive",
           "superseded": "inactive"}


def text_search(r: Reading, rel: str) -> list[str]:
    """ "alerts mentioning timeout", "changes about egress": the words inside the relation's texts."""
    columns = _TEXT.get(rel)
    cue = "|".join(TEXT_CUES)
    filler = r"(?: (?:something|anything|stuff)(?: about| on| regarding| like)?)?"  # "says something about the X"
    m = re.search(rf"\b(?:{cue}|with the (?:word|text)){filler}(?: the| an?)?(?: words?| text| term| string)? "
                  rf"(?:['\"“]([^'\"”]{{3,}})['\"”]|([\w.:/-]{{3,}})(?: ([a-z][\w-]{{2,}}))?\s*[?.!]?\s*$|"
                  rf"([\w.:/-]{{3,}}))", r.question.lower())
    m = m and [m[0], m[1] or (f"{m[2]} {m[3]}" if m[3] and m[3] not in STOPWORDS and m[3] not in DOMAIN else m[2])
               or m[4]]  # a quoted phrase whole: "connection refused"; two words that end the question
    if columns is None or m is None or m[1] in {w for es in r.entities.values() for e in es for w in e.words}:
        return []
    pattern = lit("%" + m[1].replace("%", "") + "%")
    return ["(" + " OR ".join(f"{c} ILIKE {pattern}" for c in columns) + ")"]


def phases(r: Reading, rel: str) -> list[str]:
    """Deployments still in progress or only requested."""
    if rel != "change_events":
        return []
    text = " ".join(r.words)
    for phrase, phase in _PHASES.items():
        if re.search(rf"\b{phrase}\b", text):
            return [f"phase = {lit(phase)}"]
    return []

_UNIT_S = {"seconds": 1, "secs": 1, "s": 1, "minutes": 60, "minute": 60, "mins": 60, "min": 60, "m": 60,
           "hours": 3600, "hour": 3600, "hrs": 3600, "hr": 3600, "h": 3600, "days": 86400, "day": 86400, "d": 86400}
_LASTING = dict.fromkeys(_UNIT_S, "_dur")
_MEASURES = {
    "alerts": {"notifications": "notifications", "notification": "notifications", **_LASTING},
    "alert_groups": {"alerts": "alert_count", "alert": "alert_count", **_LASTING},
    "silence_scopes": _LASTING,
    "audit_log": _LASTING,
    "metric_points": {"value": "value", "values": "value", "samples": "value", "sample": "value", "points": "value",
                      "readings": "value", "": "value"},
    "warnings": {"sigma": "abs(sigma)"},
    "incident_warnings": {"minutes": "lead_min", "mins": "lead_min", "sigma": "abs(sigma)"},
    "incident_suspects": {"score": "score", "minutes": "lag_s / 60"},
    "log_pattern_counts": {"errors": "errors", "lines": "lines"},
}
DURATION = {"alerts": ("starts_at", "ends_at"), "alert_groups": ("opened_at", "resolved_at"),
            "silence_scopes": ("starts_at", "ends_at")}
"""The start and end of what lasts: an alert, an incident, a silence."""


def span_s(rel: str) -> str | None:
    """How long a row of ``rel`` lasts, in seconds, as SQL: an alert, an incident, a silence from its start to its
    end, a snooze (or a silence's audit entry) by its ``duration_s``; ``None`` for what does not last."""
    if rel == "audit_log":
        return "duration_s"
    ends = DURATION.get(rel)
    return None if ends is None else f"epoch({ends[1]}) - epoch({ends[0]})"


def thresholds(r: Reading, rel: str) -> list[str]:
    """ "incidents with more than 5 alerts", "alerts that lasted over 30 minutes", "sigma above 5"."""
    measures = _MEASURES.get(rel, {})
    out = []
    text = " ".join(r.words)
    pattern = (r"\b(more than|over|above|longer than|greater than|at least|fewer than|less than|under|below|"
               r"shorter than|at most) (\d+(?:\.\d+)?|an?|one)(?: ?(\w+))?")
    for m in re.finditer(pattern, text):
        word, number = m[3] or "", (1.0 if m[2] in ("a", "an", "one") else float(m[2]))
        column = measures.get(word)
        if column is None:
            before = re.search(r"(\w+) (?:is |of |was |were |are |has been |had been |got |reached |went )?$",
                               text[: m.start()])  # "whose sigma was above 100"
            column = measures.get(before[1]) if before else None
            word = before[1] if column is not None else word
        if column is None:
            continue
        op = {"at least": ">=", "at most": "<="}.get(m[1], "<" if m[1] in (
            "fewer than", "less than", "under", "below", "shorter than") else ">")
        if column == "_dur":
            column, number = span_s(rel), number * _UNIT_S.get(word, 60)
        out.append(f"{column} {op} {number:g}")
    if (span := span_s(rel)) is not None and (m := re.search(
            r"\b(resolved|cleared|closed|recovered|fixed|ended|stopped)\b(?: \w+)?? (?:within|inside of|inside|in) "
            r"(\d+(?:\.\d+)?|an?|one|half an) ?(\w+)", text)) and m[3] in _UNIT_S:
        n = {"a": 1.0, "an": 1.0, "one": 1.0, "half an": 0.5}.get(m[2]) or float(m[2])  # "incidents resolved
        out.append(f"{span} <= {n * _UNIT_S[m[3]]:g}")  # within 30 minutes": of those that lasted no longer
    signed = {"sigma": "sigma", "score": "score", "lag": "lag_s", "value": "value", "values": "value"}
    if (m := re.search(r"\b(negative|positive) (sigma|score|lag|values?)\b", text)) and (
            measures.get(m[2]) or (m[2] == "lag" and rel == "incident_suspects")):
        out.append(f"{signed[m[2]]} {'<' if m[1] == 'negative' else '>'} 0")  # "a negative sigma": below the band
    return out


def special(r: Reading, rel: str, q: Select) -> str | None:
    """The SQL of a question with a shape of its own (``q`` holds the relation and its filters)."""
    for answer in (_version_live, _edited, _latest_each, _share, _durations, _silenced_now, _metric_value,
                   _log_templates, _none_of, _top_patterns):
        sql = answer(r, rel, q)
        if sql is not None:
            return sql
    return None


def _top_patterns(r: Reading, rel: str, q: Select) -> str | None:
    """ "top 3 log patterns before the X incident": each incident's patterns of the first ranks (the view ranks
    them), not a ranking of patterns across incidents."""
    if rel != "incident_log_patterns" or not r.phrase(r"\btop\b") or \
            r.phrase(r"\b(per|by|which|what) (service|project|environment|env)s?\b"):
        return None
    q.where.append(f"rank <= {number(r, 5)}")
    q.order = ["opened_at", "group_id", "rank"]
    return q.sql()


def _version_live(r: Reading, rel: str, q: Select) -> str | None:
    if rel != "change_events" or not r.phrase(r"\b(which|what)( [\w.-]+)? versions?\b|"
                                              r"\bversion (is|of)\b.*\b(live|running|out)\b|"
                                              r"\b(last|latest|most recent|newest|current) version\b"):
        return None
    q.columns = ["coalesce(details['ref'], version) AS version"]  # by its tag where the version is a commit
    if r.phrase(r"^when\b"):  # "when did cart-service last go out, and what version was it": both
        q.columns.insert(0, "timestamp")
    last = r.phrase(r"\b(last|latest|most recent|newest)\b") and not plural(r)  # "what version went out last"
    if not (last or r.has("live", "running", "current", "currently", "now")) or r.window is not None:
        q.distinct = True  # "what version went out to staging": every one that did
        return q.sql()
    q.where += ["type IN ('deployment', 'rollback')", "phase = 'live'", "source <> 'kubernetes-event'",
                f"timestamp <= {ts(r.now)}"]
    q.order, q.limit = ["timestamp DESC"], 1
    return q.sql()


def business_hours(r: Reading, rel: str) -> list[str]:
    """ "silences created outside business hours", "deploys during office hours": Monday to Friday, 09:00 to
    17:00 in the question's zone, by the row's own time."""
    m = r.phrase(r"\b(outside|out of|after|off|during|within|in) (business|office|working|work) hours\b|"
                 r"\b(after|off)[- ]hours\b")
    if "time" not in COLUMNS[rel]:
        return []
    at = COLUMNS[rel]["time"] if r.zone == "UTC" else f"timezone({lit(r.zone)}, {COLUMNS[rel]['time']})"
    if m is None:  # "alerts that started on a weekend", "deploys on weekdays": any such day, by the row's own time
        days = r.phrase(r"\b(?:on|at|during|over|in) (?:a |any )?(weekends|weekend|weekdays|weekday)\b(?! of\b)")
        if days is None or (days[1] == "weekend" and r.window is not None and "weekend" in r.window.phrase):
            return []
        return [f"dayofweek({at}) {'IN (0, 6)' if days[1].startswith('weekend') else 'BETWEEN 1 AND 5'}"]
    inside = f"(dayofweek({at}) BETWEEN 1 AND 5 AND hour({at}) >= 9 AND hour({at}) < 17)"  # Sunday is 0
    return [inside if m[1] in ("during", "within", "in") else f"NOT {inside}"]


def _none_of(r: Reading, rel: str, q: Select) -> str | None:
    """ "which services had no deploys this week": the services (projects) the store knows from alerts and
    changes that none of the rows the question selects carries."""
    m = r.phrase(r"^(?:(?:which|what|list|show)(?: me)?(?: the| all)? )?(services?|projects?) (?:\w+ ){0,2}?(?:no|zero|"
                 r"without|never|not)\b(?! (?:in|on|from|for|to|at|part of)\b)")  # "with no deploys", "that never
    # alerted", "that did not deploy" (not "services not in prod": the services of what is elsewhere)
    column = COLUMNS[rel].get("service" if m and m[1].startswith("s") else "project") if m else None
    if column is None or column.startswith("*"):
        return None
    name = m[1].rstrip("s")
    inner = Select(rel, columns=[column], where=[*q.where, f"{column} IS NOT NULL"]).sql()
    known = f"(SELECT {name} FROM alerts UNION SELECT {name} FROM change_events) AS known"
    return Select(known, columns=[name], where=[f"{name} IS NOT NULL", f"{name} NOT IN ({inner})"],
                  order=[name]).sql()


def _edited(r: Reading, rel: str, q: Select) -> str | None:
    if rel != "silence_scopes":
        return None
    if r.phrase(r"^who (expired|lifted|removed|ended)"):
        q.columns, q.distinct = ["expired_by"], True
        q.where.append("expired_by IS NOT NULL")
        if r.phrase(r"\b(the )?(most|fewest|least)\b(?! recent)"):  # "who expired the most silences": ranked
            most = not r.has("fewest", "least")
            q.columns, q.distinct, q.group = ["expired_by", "count(*) AS silences"], False, ["expired_by"]
            q.order, q.limit = [f"silences {'DESC' if most else 'ASC'}", "expired_by"], number(r, 1)
        return q.sql()
    if r.has("edited", "edits", "changed", "updated", "modified", "extended", "shortened") or \
            r.phrase(r"\b(more than (one|1)|multiple|several) versions?\b|\bversions? (more than|over) (one|1)\b"):
        return Select("silences", where=[*q.where, "versions > 1"]).sql()
    if r.phrase(r"\b(expired?|ended|lifted|removed) (early|before)|\bearly\b"):
        counted = r.phrase(r"\b(how many|count|number of)\b")
        where = [re.sub(r"^created_by\b", "expired_by", w) for w in q.where]  # "did jonas expire early": who ended
        early = "NOT expired_early" if r.phrase(r"\b(not|never) (been )?(expired?|ended|lifted|removed) early") \
            else "expired_early"  # "silences that were not expired early"
        return Select("silences", columns=["count(*) AS silences"] if counted else ["*"],
                      where=[*where, early]).sql()
    return None


def _latest_each(r: Reading, rel: str, q: Select) -> str | None:
    """ "the last deploy of each service": one row per value, the latest."""
    m = r.phrase(r"\b(latest|last|most recent|newest|first|earliest)\b.*\b(of|for|per|on|to|in|from|by) (each|every) "
                 r"(\w+)") or r.phrase(r"\b(latest|last|most recent|newest|first|earliest)\b.*\b(per)( )(?:\w+ )?"
                                       r"(service|project|environment|env|person|source|type)\b")  # "per search svc"
    dim = DIMENSIONS.get(m[4]) if m else None
    cols = COLUMNS[rel]
    if dim is None or dim not in cols or cols[dim].startswith("*"):
        return None
    direction = "ASC" if m[1] in ("first", "earliest") else "DESC"
    q.where.append(f"{cols['time']} <= {ts(r.now)}")
    q.qualify = f"row_number() OVER (PARTITION BY {cols[dim]} ORDER BY {cols['time']} {direction}) = 1"
    return q.sql()


def _share(r: Reading, rel: str, q: Select) -> str | None:
    """ "what share of alerts are critical": a percentage, one decimal."""
    if not r.phrase(r"\b(percent|percentage|share|proportion|fraction|ratio) (of|were|are|is)\b|%|"
                    r"^(what|which) (percent|percentage|share|proportion|fraction)\b"):
        return None  # "5xx ratio alerts" name alerts, not a share
    if (m := r.phrase(r"\b(?:each|every|per|by) (source|service|severity|project|environment|env|type|kind)s?\b")) and \
            (column := COLUMNS[rel].get({"env": "environment", "kind": "type"}.get(m[1], m[1]))) and \
            not column.startswith("*"):  # "what share of alerts arrives through each source"
        q.columns = [f"{column} AS {m[1]}", "round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS percent"]
        q.group, q.order = [column], ["percent DESC", m[1]]
        q.where = [w for w in q.where if not w.startswith(f"{column} ")]  # "(alertmanager, grafana, ...)": examples
        return q.sql()
    sev = severity(r)
    if sev is None or "severity" not in COLUMNS[rel]:
        return _share_of(r, rel, q)
    column = COLUMNS[rel]["severity"]
    q.where = [w for w in q.where if not w.startswith(f"{column} =")]
    q.columns = [f"round(100.0 * count(*) FILTER (WHERE {column} = {lit(sev)}) / count(*), 1) AS percent"]
    return q.sql()


def _share_of(r: Reading, rel: str, q: Select) -> str | None:
    """ "what share of alerts came from checkout": the rows the question's values select, as a
    percentage of all rows in its time window."""
    times = window(r, COLUMNS[rel]["time"]) if "time" in COLUMNS[rel] and r.window is not None else []
    conditions = [w for w in q.where if w not in times]
    whole = [w for w in conditions if _of_the_whole(r, w)]  # "share of cart-service's log lines that are errors":
    conditions = [w for w in conditions if w not in whole] or conditions  # cart-service's lines are the whole
    if not conditions:
        return None
    q.where = [w for w in q.where if w in times or (w in whole and w not in conditions)]
    q.columns = [f"round(100.0 * count(*) FILTER (WHERE {' AND '.join(conditions)}) / count(*), 1) AS percent"]
    return q.sql()


def _of_the_whole(r: Reading, condition: str) -> bool:
    """Whether a condition comes from values named between "share of" and the verb ("of cart-service's
    production log lines are errors")."""
    m = r.phrase(r"\b(?:percent|percentage|share|proportion|fraction) of (.+?) (?:are|were|is|was|that|which|came|come|"
                 r"got|had|have|has)\b")
    if m is None:
        return False
    words = set(m[1].split())
    low = condition.lower()
    return any(all(w in words for w in e.words) and any(f"'{str(v).lower()}'" in low for v in
                                                        (e.value if isinstance(e.value, tuple) else (e.value,)))
               for es in r.entities.values() for e in es)


def _durations(r: Reading, rel: str, q: Select) -> str | None:
    """ "the 3 longest alerts", "which alerts resolved the fastest", "longest running alert still firing"."""
    longest, shortest = r.has("longest"), r.has("shortest", "fastest", "quickest")
    if not (longest or shortest) or r.phrase(r"\b(longest|shortest) (average|avg|mean|median)\b"):
        return None  # "the service with the longest average alert duration": a ranking of averages
    span = span_s(rel)
    if span is None:
        return None
    start, end = DURATION.get(rel, ("timestamp", "duration_s"))
    if rel in DURATION and (r.has("firing", "open", "ongoing", "active", "unresolved") or r.phrase(r"\bstill\b")):
        q.order = [start if longest else f"{start} DESC"]  # "longest running alert still firing": by how long
        q.limit = number(r, 5 if plural(r) else 1)  # it has run until now, the earliest start first
        return q.sql()
    q.where.append(f"{end} IS NOT NULL")  # the rows themselves, longest (or shortest) first
    q.order = [span + (" DESC" if longest else "")]
    q.limit = number(r, 5 if plural(r) else 1)
    return q.sql()


def _silenced_now(r: Reading, rel: str, q: Select) -> str | None:
    if rel != "silence_scopes" or not r.phrase(r"\b(which|what) (services?|projects?)\b.*\b(silenced|muted)\b") \
            or r.has("most", "least", "top", "fewest", "often") or r.window is not None:
        return None
    dim = "service" if r.has("service", "services") else "project"
    q.columns, q.distinct = [dim], True
    q.where += [c for c in [f"{dim} IS NOT NULL", *silenced_at(r.now)] if c not in q.where]  # "right now" may
    # have put the window there already
    return q.sql()


SORTS = {"sigma": "abs(sigma)", "score": "score", "scoring": "score", "scored": "score", "lag": "lag_s",
         "observed": "observed", "lead": "lead_min", "errors": "errors", "lines": "lines"}


def sort_by(r: Reading, rel: str) -> str | None:
    """ "strongest warnings by sigma", "highest scoring suspects", "top suspects by score": the column to rank
    by, largest first."""
    if rel == "alert_groups" and r.phrase(r"\b(the )?most alerts\b"):
        return "alert_count DESC"  # "which incident had the most alerts"
    if rel == "alerts" and r.phrase(r"\b(the )?most notifications\b"):
        return "notifications DESC"  # "alerts with the most notifications"
    if span_s(rel) and r.phrase(r"\b(?:sorted|ordered|ranked) by (duration|length|how long)\b"):
        if rel not in DURATION:
            return f"{span_s(rel)} DESC NULLS LAST"
        start, end = DURATION[rel]
        return f"coalesce(epoch({end}), epoch({ts(r.now)})) - epoch({start}) DESC"
    ranked = r.phrase(r"\btop\b.*\b(by|on) (sigma|score|scoring|lag|lead|observed)\b")
    if not ranked and not r.has("strongest", "highest", "largest", "biggest", "lowest", "smallest", "weakest"):
        return None  # "top suspects by score" ranks the rows; "top services by alerts" is a count per service
    for w in r.words:
        column = SORTS.get(w)
        if column is not None:
            low = r.has("lowest", "smallest", "weakest")
            return f"{column} {'ASC' if low else 'DESC'}"
    if rel == "warnings":
        return "abs(sigma) DESC"
    if rel == "incident_suspects":
        return "score DESC"
    if rel == "alert_groups":
        return "alert_count DESC"
    return None


def _metric_value(r: Reading, rel: str, q: Select) -> str | None:
    """ "max of hikaricp_connections_pending today", "latest value of …": an aggregate of the samples;
    "max sigma of warnings today": of the warnings' sigma."""
    if rel == "warnings" and (m := r.phrase(r"(?<!with the )\b(avg|average|mean|max|maximum|highest|min|minimum|lowest|"
                                            r"median) (?:of (?:the )?)?sigma\b")):  # not "the warning with the highest"
        agg = {"average": "avg", "mean": "avg", "maximum": "max", "highest": "max", "minimum": "min",
               "lowest": "min"}.get(m[1], m[1])
        value = f"round({agg}(sigma), 1)" if agg in ("avg", "median") else f"{agg}(sigma)"  # averages: one decimal
        q.columns = [f"{value} AS {agg}_sigma"]
        if by := r.phrase(r"\b(?:per|by|each|every) (service|project|environment|env|metric)\b"):
            column = "metric_key" if by[1] == "metric" else \
                COLUMNS["warnings"]["environment" if by[1] == "env" else by[1]]  # "highest sigma per service"
            q.columns.insert(0, f"{column} AS {by[1]}")
            q.group = [column]
        return q.sql()
    if rel != "metric_points":
        return None
    m = re.search(r"\b(avg|average|mean|max|maximum|peak|highest|min|minimum|lowest|sum|total|median)\b",
                  " ".join(r.words))
    if m is None:
        return None
    agg = {"average": "avg", "mean": "avg", "maximum": "max", "peak": "max", "highest": "max", "minimum": "min",
           "lowest": "min", "total": "sum"}.get(m[1], m[1])
    if len({w for w in q.where if w.startswith("name ")}) == 1 and "name IN" not in " ".join(q.where) and \
            not r.phrase(r"\b(per|by|each|every) (metric|name|series)\b"):
        q.columns = [f"{agg}(value) AS {agg}"]  # "peak hikaricp_connections_pending value": of the one metric named
        return q.sql()
    q.columns = ["name", f"{agg}(value) AS {agg}"]
    q.group = ["name"]
    return q.sql()


def _log_templates(r: Reading, rel: str, q: Select) -> str | None:
    if rel != "log_templates":
        return None
    if r.has("error", "errors", "failing", "failure", "failures"):
        q.where.append("is_error")
    if r.has("new") and r.window is None:
        q.order, q.limit = ["first_seen DESC"], number(r, 10)
    return None


_HELD = r"(muted|silenced|inhibited|suppressed|held back|swallowed)"
_MUTED = (rf"\b{_HELD} (?:\S+ )?(alerts?|notifications?)\b|"  # "muted critical alerts"
          rf"\balerts? (?:that )?(?:were|was|got|been|are|is|being) (?:\w+ )?{_HELD}\b|"
          rf"\balerts? (?:\w+ )?{_HELD} by\b|"
          rf"\b(?:were|was|are|is|got) (?:any |the |all |these |those )?(?:\S+ )?alerts? {_HELD}\b|"
          r"\b(?:alerts?|what) (?:did|do|have|has|had) (?:\w+ ){1,2}?(mute|silence|inhibit|suppress|hold back|"
          r"held back|swallow)(?:d|ed)?\b")


def muted(r: Reading) -> bool:
    """ "muted alerts", "which alerts were held back", "which alerts did silences actually mute": what
    Alertmanager reported it held back (``alert_mutes``), not silences or the audit log."""
    return r.phrase(_MUTED) is not None


def held_back(r: Reading) -> str:
    """By a silence or by an inhibition, when the question says which."""
    m = r.phrase(_MUTED)
    verb = next((g for g in m.groups() if g and not g.startswith(("alert", "notification"))), "") if m else ""
    if verb.startswith("inhibit") or r.phrase(r"\binhibit(ed|ion|ions)? by\b|\bby (an? |the )?inhibit"):
        return " WHERE len(inhibited_by) > 0"
    if verb.startswith("silence") or r.phrase(r"\b(by|because of|due to) (an? |the |any )?silences?\b"):
        return " WHERE len(silenced_by) > 0"
    return ""


ACTED_ALERTS = (r"(?:^|\b(?:the|show|list|all|any|me|of|which|what|get|find|many) )(snoozed|acked|acknowledged) "
                 r"(?=alerts?\b|pages?\b)")
"""The alerts an audit action names: "snoozed alerts on X", "show acked alerts" (not "who acked alerts")."""


def acted_on(r: Reading) -> list[str]:
    """ "alerts that were acked", "alerts that got silenced": the alerts people (or silences) acted on —
    acks and snoozes name the alert's fingerprint in the audit log; what a silence or an inhibition
    held back is in ``alert_mutes``."""
    m = r.phrase(r"\b(?:were|was|got|been|are|is|being) (acked|acknowledged|snoozed)\b") or \
        r.phrase(ACTED_ALERTS) or r.phrase(r"\balerts? (?:\S+ )?(acked|acknowledged|snoozed)\b")  # "alerts acked today"
    if m is None:
        return [f"fingerprint IN (SELECT fingerprint FROM alert_mutes{held_back(r)})"] if muted(r) and \
            "person" not in r.entities else []
    action = "ack" if m[1].startswith("ack") else "snooze"
    people = sorted({v for e in r.entities.get("person", []) for v in e.value})  # "alerts acked by maria"
    by = f" AND actor IN ({', '.join(lit(p) for p in people)})" if people else ""
    return [f"fingerprint IN (SELECT target FROM audit_log WHERE action = {lit(action)}{by})"]
