"""Answers with a shape of their own: the version live now, the latest row of each service, shares,
durations, services silenced now, silences edited or ended early.

Each function returns the SQL when the question is its kind, else ``None``; they run after the
joins and before the general shapes of :mod:`signalcraft.copilot.ask_shapes`.
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_alert_words import severity
from signalcraft.copilot.ask_filters import DURATION, counted_per_silence, span_s
from signalcraft.copilot.ask_kind_filters import change_types
from signalcraft.copilot.ask_measures import time_aggregate
from signalcraft.copilot.ask_metric_value import metric_value
from signalcraft.copilot.ask_number import number, plural
from signalcraft.copilot.ask_reading import Reading
from signalcraft.copilot.ask_scope import known
from signalcraft.copilot.ask_sql import COLUMNS, DIMENSIONS, Select, lit, silenced_at, ts, window
from signalcraft.copilot.ask_words import CHANGE_TYPES

__all__ = ["SORTS", "sort_by", "special"]

def special(r: Reading, rel: str, q: Select) -> str | None:
    """The SQL of a question with a shape of its own (``q`` holds the relation and its filters)."""
    for answer in (_muted_most, _version_live, _edited, _time_extreme, _latest_each, _share, _durations, _silenced_now,
                   metric_value, _log_templates, _none_of, _top_patterns, _highest_severity):
        sql = answer(r, rel, q)
        if sql is not None:
            return sql
    return None


def _muted_most(r: Reading, rel: str, q: Select) -> str | None:
    """ "which silences muted the most alerts": each silence by the alerts Alertmanager held back under it; "how many
    alerts did each silence mute": every silence with that count (0 for one that muted none)."""
    if rel in ("silence_scopes", "silences", "alert_mutes") and counted_per_silence(r):
        chosen = f"(SELECT * FROM silence_scopes WHERE {' AND '.join(q.where)})" if q.where and rel != "alert_mutes" \
            else "silence_scopes"  # "for each silence created in March": those silences
        by = ", s.created_by" if r.phrase(r"\b(?:created[_ ]by|author|authors|creator|who (?:created|made|set) "
                                          r"(?:it|them)|its author|their authors?)\b") else ""  # "Silence id,
        # created_by, muted alerts": its author beside it
        return (f"SELECT s.silence_id{by}, count(m.silence_id) AS alerts FROM {chosen} AS s LEFT JOIN {_MUTERS} AS m "
                f"ON m.silence_id = s.silence_id GROUP BY s.silence_id{by} ORDER BY alerts DESC, s.silence_id")
    most = r"\bsilences? (?:that |which )?(?:actually )?(?:muted|silenced|held back|suppressed|caught|hid|swallowed) " \
           r"(?:the )?most\b"
    if rel in ("silence_scopes", "silences", "alert_mutes") and r.phrase(
            r"\b(?:who (?:created|made|set|wrote|put up)|(?:authors?|creators?|owners?|person|people|engineers?|"
            r"users?) (?:whose|(?:who )?(?:created|made|set))|whose) (?:\w+ ){0,2}?" + most[2:]):  # "the author whose
        n = number(r, 1)  # silences held back the most alerts": each author by the alerts held back under theirs
        return (f"SELECT s.created_by, count(*) AS alerts FROM {_MUTERS} AS m JOIN silences AS s ON s.silence_id = "
                f"m.silence_id GROUP BY s.created_by ORDER BY alerts DESC, s.created_by LIMIT {n}")
    if rel not in ("silence_scopes", "silences") or not r.phrase(most):
        return None
    chosen = f" WHERE silence_id IN (SELECT silence_id FROM {rel} WHERE {' AND '.join(q.where)})" if q.where else ""
    n = number(r, 5 if r.phrase(r"\bsilences\b") and not r.phrase(r"^(?:which|what) (?:one )?of\b") else 1)
    return (f"SELECT silence_id, count(*) AS alerts FROM {_MUTERS} AS m{chosen} GROUP BY silence_id ORDER BY alerts "
            f"DESC, silence_id LIMIT {n}")


_MUTERS = "(SELECT unnest(silenced_by) AS silence_id FROM alert_mutes)"
"""Each silence once for every alert Alertmanager held back under it."""


def _highest_severity(r: Reading, rel: str, q: Select) -> str | None:
    """ "the highest severity of alerts on checkout today", "how bad did it get": the one severity, the worst."""
    if rel != "alerts" or not r.phrase(r"\bhighest severity of alerts\b") or r.phrase(r"\b(per|by|each|every)\b"):
        return None
    where = [w for w in q.where if not w.startswith("severity ")]
    return Select("alerts", columns=["severity"], where=where, order=["severity_rank DESC"], limit=1).sql()


def _top_patterns(r: Reading, rel: str, q: Select) -> str | None:
    """ "top 3 log patterns before the X incident", "... only the first 3 of every incident": each incident's
    patterns of the first ranks (the view ranks them), not a ranking of patterns across incidents."""
    if rel != "incident_log_patterns" or not r.phrase(r"\btop\b|\bfirst (?:\d+|[a-z]+) (?:\w+ )?(?:(?:of|per|for|in) "
                                                     r"(?:each|every|an?)|per) (?:incident|outage|group)\b") or \
            r.phrase(r"\b(per|by|which|what) (service|project|environment|env)s?\b"):
        return None
    q.where.append(f"rank <= {number(r, 5)}")
    q.order = ["opened_at", "group_id", "rank"]
    return q.sql()


def _version_live(r: Reading, rel: str, q: Select) -> str | None:
    if rel != "change_events" or not r.phrase(r"\b(which|what)( [\w.-]+)? versions?\b|"
                                              r"\bversion (is|of)\b.*\b(live|running|out)\b|"
                                              r"\b(last|latest|most recent|newest|current)( [\w.-]+)? version\b|"
                                              r"\bversion\b.*\b(rn|right now|currently|now)$|"
                                              r"^versions?\b.*\b(vs|versus|compared (to|with)|against)\b|"
                                              r"^(?:[\w.-]+ )?versions? (?:(?:in|on) )?[\w.-]+ (?:vs|versus|against|"
                                              r"compared (?:to|with)) |"
                                              r"^(?:[\w.-]+ ){1,3}version$|^version (?:[\w.-]+ ?){1,3}$|"
                                              r"^(?:the )?(?:[\w.-]+ )?versions? (?:that |which )?(?:were |got )?"
                                              r"(?:shipped|deployed|released|pushed|rolled out|went out|went to|"
                                              r"went live|got deployed)\b"):
        return None  # "checkout-web versions shipped to stg yday": each version once
    q.columns = ["coalesce(details['ref'], version) AS version"]  # by its tag where the version is a commit
    if r.phrase(r"^when\b"):  # "when did cart-service last go out, and what version was it": both
        q.columns.insert(0, "timestamp")
    last = r.phrase(r"\b(last|latest|most recent|newest)\b") and not plural(r)  # "what version went out last"
    envs = len({e.value for e in r.entities.get("environment", [])}) > 1 and r.window is None  # "in staging vs
    # production": each
    present = (r.phrase(r"\b(which|what)( [\w.-]+)? versions? (is|are)\b|\bversions?( \S+){0,3} (is|are) (in|on|"
                        r"running|live|deployed)\b|^(?:[\w.-]+ ){1,3}version$|^version (?:[\w.-]+ ?){1,3}$")
               or envs) and not r.phrase(r"\b(was|were|went|did|deployed|shipped|released|had)\b")  # "what version
    # is auth-api on in staging", "version payments-api prod": the one live now
    moment = r.window.start if r.window is not None and r.window.kind == "instant" and r.has(
        "live", "running", "deployed", "out") else None  # "which version was live at 14:45 yesterday": then
    if moment is None and (not (last or present or r.has("live", "running", "current", "currently", "now", "rn")) or
                           r.window is not None):
        q.distinct = True  # "what version went out to staging": every one that did
        if r.phrase(r"\bwhich (?:envs?|environments?)\b"):  # "deployed which version to which environment": both
            q.columns.append("environment")
        if not change_types(r) and not any(w.startswith("type ") for w in q.where) and r.phrase(
                r"\b(went|gone|go|goes|got|shipped|deployed|pushed|rolled out)( out)? (to|in|into|on)\b"):
            q.where.append("type = 'deployment'")  # "which query-suggest versions went to staging": its deploys
        return q.sql()
    if moment is not None:
        q.where = [w for w in q.where if not w.startswith("timestamp ")]
    q.where += ["type IN ('deployment', 'rollback')", "phase = 'live'", "source <> 'kubernetes-event'",
                f"timestamp <= {ts(moment or r.now)}"]
    if envs:  # "what version is payments-api on in staging and in production": the one live in each
        q.columns.insert(0, "environment")
        q.qualify = "row_number() OVER (PARTITION BY environment ORDER BY timestamp DESC) = 1"
        return q.sql()
    if r.phrase(r"\b(?:of |for |per |by )?(?:each|every) (service|project)\b|\bper (service|project)\b"):
        dim = "service" if r.has("service") else "project"  # "latest version of each service in production"
        q.columns.insert(0, dim)
        q.qualify = f"row_number() OVER (PARTITION BY {dim} ORDER BY timestamp DESC) = 1"
        return q.sql()
    q.order, q.limit = ["timestamp DESC"], 1
    return q.sql()


def _none_of(r: Reading, rel: str, q: Select) -> str | None:
    """ "which services had no deploys this week": the services (projects) the store knows from alerts and
    changes that none of the rows the question selects carries."""
    m = r.phrase(r"^(?:(?:which|what|list|show)(?: me)?(?: the| all)? |(how many|number of|count of) )?(?!(?:other|"
                 r"different|another|remaining|rest) )(?:[\w-]+ )?(services?|projects?) (?:(?:in|of|on) [\w-]+ )?"
                 r"(?:\w+ ){0,2}?(?:no|zero|"
                 r"without|never|not)\b(?! (?:in|on|from|for|to|at|part of|(?:been )?(?:followed|preceded))\b)")
    # "with no deploys", "that never alerted", "that did not deploy" (not "services not in prod": the services of what
    # is elsewhere; not "services that had deploys not followed by an alert": a relation)
    column = COLUMNS[rel].get("service" if m and m[2].startswith("s") else "project") if m else None
    if column is None or column.startswith("*"):
        return None
    name = m[2].rstrip("s")
    inner = Select(rel, columns=[column], where=[*q.where, f"{column} IS NOT NULL"]).sql()
    mine = [w for w in q.where if name == "service" and re.match(r"project (?:=|IN) ", w)]  # "which identity services
    # had no deploys": the identity project's services (not every service)
    envs = [e[1] for w in q.where if (e := re.match(r"environment(?:_canonical)? ((?:=|IN) .+)$", w))]  # "which
    # staging services had no deploys": the services seen in staging
    every = known(name, [*mine, *(f"environment_canonical {e}" for e in envs)],
                  [*mine, *(f"environment {e}" for e in envs)]) + " AS known"
    where = [f"{name} IS NOT NULL", f"{name} NOT IN ({inner})"]
    if m[1]:  # "how many services had no alerts yesterday": their number (it had been those that had)
        return Select(every, columns=[f"count(*) AS {name}s"], where=where).sql()
    return Select(every, columns=[name], where=where, order=[name]).sql()


def _edited(r: Reading, rel: str, q: Select) -> str | None:
    if rel != "silence_scopes":
        return None
    if r.phrase(r"^who (expired|lifted|removed|ended|unsilenced|unmuted|(?:took|pulled|turned) (?:\S+ ){0,4}?off\b)"):
        q.columns, q.distinct = ["expired_by"], True
        if not r.phrase(r"\b(created|made|set up|added|put on|opened)\b"):  # "who took a silence off last week": when
            q.where = [re.sub(r"^created_at\b", "expired_at", w) for w in q.where]  # it was taken off (had been when it
        q.where.append("expired_by IS NOT NULL")  # was made; "… the silences created last week" keeps their making)
        if r.phrase(r"\b(?:expired?|ended|lifted|removed)\b(?: [\w-]+){0,3} early\b|\bearly expir"):
            q.where.append("expired_early")  # "silences that already expired early, who expired them and when"
        if r.phrase(r"\b(the )?(most|fewest|least)\b(?! recent)"):  # "who expired the most silences": ranked
            most = not r.has("fewest", "least")
            q.columns, q.distinct, q.group = ["expired_by", "count(*) AS silences"], False, ["expired_by"]
            q.order, q.limit = [f"silences {'DESC' if most else 'ASC'}", "expired_by"], number(r, 1)
        return q.sql()
    if r.phrase(r"\b(?:expired?|ended|end|killed|kill|lifted|lift|removed|remove|deleted|delete|cancell?ed|cancel)"
                r"(?: it| them)? manually\b") and "expired_by IS NOT NULL" not in q.where:
        q.where.append("expired_by IS NOT NULL")  # "silences ended by hand": someone expired them (none ran out)
    if r.has("edited", "edits", "changed", "updated", "modified", "extended", "shortened") or \
            r.phrase(r"\b(more than (one|1)|multiple|several) versions?\b|\bversions? (more than|over) (one|1)\b"):
        return Select("silences", where=[*q.where, "versions > 1"]).sql()
    if r.phrase(r"\b(expired?|ended|lifted|removed) (early|before)|\bearly\b"):
        counted = r.phrase(r"\b(how many|count|number of)\b")
        where = [re.sub(r"^created_by\b", "expired_by", w) for w in q.where]  # "did jonas expire early": who ended
        early = "NOT expired_early" if r.phrase(r"\b(not|never) (been )?(expired?|ended|lifted|removed) early") \
            else "expired_early"  # "silences that were not expired early"
        if r.phrase(r"\bby (someone|somebody|anyone|anybody|a person|people|an engineer) (other than|else|besides|"
                    r"apart from)\b|\bnot by (their|its|the) (own )?(creator|author|owner)s?\b"):
            early += " AND expired_by <> created_by"  # "expired early by someone other than who created them"
        elif r.phrase(r"\bby (their|its|the) (own )?(creator|author|owner)s?\b|\bby (the person|whoever|the one|the "
                      r"people) who (created|made|set) (it|them)\b|\bby (themselves|himself|herself)\b"):
            early += " AND expired_by = created_by"
        if r.phrase(r"\b(percent|percentage|share|proportion|fraction) of\b|^(what|which) (percent|percentage|share|"
                    r"proportion|fraction)\b|%"):  # "percentage of silences that were expired early"
            return Select("silences", columns=[f"round(100.0 * count(*) FILTER (WHERE {early}) / count(*), 1) AS "
                                               "percent"], where=where).sql()
        if counted and r.phrase(r"\b(?:each|every|per|by) (?:person|author|creator|user|engineer|responder)\b"):
            who = "created_by" if r.phrase(r"\b(made|make|created|create|set|put|opened|placed|creators?|authors?|"
                                           r"owners?|makers?)\b|\b(person|author|owner|user) silences\b") \
                else "expired_by"  # "each person's silences": theirs, made by them
            return Select(rel, columns=[f"{who} AS person", "count(*) AS silences"], where=[*where, early],
                          group=["person"], order=["silences DESC", "person"]).sql()  # "how many silences each person
            # made were expired early": per person (had been one count: silent)
        return Select("silences", columns=["count(*) AS silences"] if counted else ["*"],
                      where=[*where, early]).sql()
    return None


def _time_extreme(r: Reading, rel: str, q: Select) -> str | None:
    """ "min and max log timestamp of payments-api", "the earliest start time of checkout alerts": that time, not
    the rows (per group, :func:`~.ask_measures.time_aggregate` is the measure of the common path)."""
    if (found := time_aggregate(r, rel)) is None or r.phrase(r"\b(per|by|each|every|grouped)\b"):
        return None
    q.columns = [f"{found[0]} AS {found[1]}"]
    return q.sql()


def _latest_each(r: Reading, rel: str, q: Select) -> str | None:
    """ "the last deploy of each service": one row per value, the latest (not "the latest start time per service":
    a time, :func:`~.ask_measures.time_aggregate`)."""
    if time_aggregate(r, rel) is not None:
        return None
    ends = r"\b(latest|last(?! (?:week|month|day|night|year|quarter|weekend|hour|\d+|few|couple|two|three|seven)\b)|" \
        r"most recent|newest|first|earliest)\b"  # not "alerts last week per service": a period
    m = r.phrase(rf"^(?:for|of|in) (each|every) (\w+)\b.*{ends}(?! (?:longer|shorter|more|less|over|under|for|than|"
                 r"\d))")
    m = [m[0], m[3], "for", m[1], m[2]] if m and not r.phrase(r"\b(how many|count|number of)\b") else None
    # "for each service, what was the latest deployment" (not "for every deploy ... the number of last week")
    m = m or r.phrase(rf"{ends}.*\b(of|for|per|on|to|in|from|by) (each|every) (\w+)") or r.phrase(
        rf"{ends}.*\b(per)( )(?:\w+ )?(service|svc|project|environment|env|person|source|type|day)\b")  # "per search
    cols = COLUMNS[rel]  # svc"
    if m and m[4] in ("day", "date") and "time" in cols:  # "the first alert of each day": each day's (in the zone)
        at = cols["time"] if r.zone == "UTC" else f"timezone({lit(r.zone)}, {cols['time']})"
        partition = f"date_trunc('day', {at})"
    else:
        dim = DIMENSIONS.get(m[4]) if m else None
        if dim is None or dim not in cols or cols[dim].startswith("*"):
            return None
        partition = cols[dim]
    direction = "ASC" if m[1] in ("first", "earliest") else "DESC"
    q.where.append(f"{cols['time']} <= {ts(r.now)}")
    q.qualify = f"row_number() OVER (PARTITION BY {partition} ORDER BY {cols['time']} {direction}) = 1"
    return q.sql()


def _share(r: Reading, rel: str, q: Select) -> str | None:
    """ "what share of alerts are critical": a percentage, one decimal."""
    if not r.phrase(r"\b(percent|percentage|share|proportion|fraction|ratio) (of|were|are|is)\b|%|"
                    r"^(what|which) (percent|percentage|share|proportion|fraction)\b"):
        return None  # "5xx ratio alerts" name alerts, not a share
    if (m := r.phrase(r"\b(?:each|every|per|by) (source|service|severity|project|environment|env|type|kind)s?\b")) and \
            (column := COLUMNS[rel].get({"env": "environment", "kind": "type"}.get(m[1], m[1]))) and \
            not column.startswith("*"):  # "what share of alerts arrives through each source"
        q.where = [w for w in q.where if not w.startswith(f"{column} ")]  # "(alertmanager, grafana, ...)": examples
        times = window(r, COLUMNS[rel]["time"]) if "time" in COLUMNS[rel] and r.window is not None else []
        own = [w for w in q.where if w not in times and not _of_the_whole(r, w)]
        share = "count(*) / sum(count(*)) OVER ()"
        if own and r.phrase(r"\b(are|were|is|was|came|come|got|had|have|has)\b"):  # "percentage of alerts that
            # are critical per service": of each service's alerts, not of all
            share, q.where = f"count(*) FILTER (WHERE {' AND '.join(own)}) / count(*)", [
                w for w in q.where if w not in own]
        q.columns = [f"{column} AS {m[1]}", f"round(100.0 * {share}, 1) AS percent"]
        q.group, q.order = [column], ["percent DESC", m[1]]
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
    whole = [w for w in conditions if _of_the_whole(r, w) or (w.startswith("environment") and not r.phrase(
        r"\b(?:are|were|is|was|came|come|happened|fired|ran|running) (?:from|in|on)\b"))]  # "share of cart-service's
    # log lines that are errors", "…, in production, yesterday": of the whole; "…came from production": the share
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
                 r"got|had|have|has|mentioned|mention|mentions|contained|contain|contains|matched|said)\b")
    low = condition.lower()
    if low in ("phase = 'live'", "c.phase = 'live'"):
        return True  # a change is counted once, as it went live, whatever share is asked of them
    if m is None:
        return False
    words = set(m[1].split())
    if low.endswith("is_error") and words & {"error", "errors"}:
        return True  # "what share of payments-api's error lines mentioned HikariPool": of the error lines
    if (t := re.match(r"(?:\w\.)?type = '(\w+)'$", low)) and any(CHANGE_TYPES.get(w) == t[1] for w in words):
        return True  # "share of the live deployments in production ... were done by argocd": of the deployments
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
    if not plural(r) and (unit := r.phrase(r"\b(?:in|as|how many) (hours|minutes|mins|hrs)\b")):  # "the longest
        per = 3600 if unit[1].startswith("h") else 60  # anyone has ever muted something for? in hours": that long
        name = "hours" if per == 3600 else "minutes"
        who = COLUMNS[rel].get("person") if r.phrase(r"\bwho (?:set|created|made|put|added|did|ran|placed|owns?)\b|"
                                                      r"\bby whom\b|\b(?:its|the) (?:author|creator|owner)\b") else None
        if who is None:
            q.columns = [f"round({'max' if longest else 'min'}({span}) / {per}, 1) AS {name}"]
            return q.sql()
        q.columns = [who, f"round(({span}) / {per}, 1) AS {name}"]  # "the longest silence ever set, in hours, and
        # who set it": that row
    q.where.append(f"{end} IS NOT NULL")  # the rows themselves, longest (or shortest) first
    q.order = [span + (" DESC" if longest else "")]
    q.limit = number(r, 5 if plural(r) else 1)
    if (m := r.phrase(r"^(?:which|what) (service|project)s? (?:had|has|have|saw|got|was|were)\b")) and \
            m[1] in COLUMNS[rel]:  # "which service had the longest incident this month": that row's service
        q.columns = [COLUMNS[rel][m[1]]]
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
         "observed": "observed", "lead": "lead_min", "errors": "errors", "lines": "lines", "confidence": "confidence",
         "support": "support"}
_WARNED, _SUSPECTED, _PATTERNED = {"warnings", "incident_warnings"}, {"incident_suspects", "correlation_candidates"}, \
    {"log_pattern_counts", "incident_log_patterns"}
_SORTED_IN = {"sigma": _WARNED, "observed": _WARNED, "score": _SUSPECTED, "scoring": _SUSPECTED, "scored": _SUSPECTED,
              "lag": _SUSPECTED, "lead": {"incident_warnings"}, "errors": _PATTERNED, "lines": _PATTERNED,
              "confidence": {"silence_suggestions"}, "support": {"silence_suggestions"}}
"""The relations each ranking word's column is in."""


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
    ranked = r.phrase(r"\btop\b.*\b(by|on) (sigma|score|scoring|lag|lead|observed|confidence|support)\b")
    if not ranked and not r.has("strongest", "highest", "largest", "biggest", "lowest", "smallest", "weakest"):
        return None  # "top suspects by score" ranks the rows; "top services by alerts" is a count per service
    for w in r.words:
        column = SORTS.get(w)
        if column is not None and rel in _SORTED_IN[w]:  # not "the metric samples with the highest sigma"
            low = r.has("lowest", "smallest", "weakest")
            return f"{column} {'ASC' if low else 'DESC'}"
    if rel == "warnings":
        return "abs(sigma) DESC"
    if rel == "incident_suspects":
        return "score DESC"
    if rel == "alert_groups":
        return "alert_count DESC"
    if rel == "silence_suggestions":
        return "confidence DESC"  # "the most confident suggestions"
    return None


def _log_templates(r: Reading, rel: str, q: Select) -> str | None:
    if rel != "log_templates":
        return None
    if r.has("error", "errors", "failing", "failure", "failures"):
        q.where.append("is_error")
    if r.has("new") and r.window is None:
        q.order, q.limit = ["first_seen DESC"], number(r, 10)
    return None
