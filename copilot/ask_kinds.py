"""The kinds of record a question names, the words that relate two of them in time, and the span a relation
names ("within 10 min", "the hour before"): what :mod:`.ask_relate` and :mod:`.ask_pairs` read.

>>> mentions("deploys followed by an alert".split())
[(0, 'changes'), (4, 'alerts')]
"""

from __future__ import annotations

from itertools import pairwise

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_clock import made_at
from signalcraft.copilot.ask_kind_filters import change_types, versions
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_sql import lit
from signalcraft.copilot.ask_words import DOMAIN, FIRING_STATE, STOPWORDS, SUBJECTS

__all__ = [
    "PATTERN",
    "RELATIONS",
    "WORDS",
    "change_kind",
    "change_side",
    "check_asked",
    "check_breakdown",
    "check_compared",
    "check_first_each",
    "check_kinds",
    "check_label_asked",
    "check_metric",
    "check_unread",
    "mentions",
    "scale_way",
    "span",
]

WORDS = {
    "alerts": {"alert", "alerts", "alerted", "alerting", "page", "pages", "paged", "fired", "firing", "notifications",
               "broke", "problem", "problems"},  # "was anything deployed right before checkout broke": its alerts; a
    # Zabbix or Nagios admin's "problems"
    "changes": {"change", "changes", "changed", "deploy", "deploys", "deployed", "deployment", "deployments", "rolled",
                "release", "releases", "released", "rollback", "rollbacks", "rollout", "rollouts", "shipped",
                "ship", "ships", "flag", "flags", "toggle", "toggled", "config", "push", "pushes",
                "deploying", "releasing", "shipping", "scaleup", "scaledown", "sync", "syncs", "synced"},
    "incidents": {"incident", "incidents", "outage", "outages"},
    "silences": {"silence", "silences", "silenced", "muted", "mute", "mutes", "snoozed", "snooze"},
    "logs": {"log", "logs", "logged", "lines"},
    "warnings": {"warning", "warnings"},
}
RELATIONS = (
    ("same_day", r"\b(on )?(the )?same (day|date|calendar day) as\b|\bon the (same )?day of\b"),
    ("followed", r"\b(followed|chased|trailed|succeeded|undone|reverted|rolled back)( \S+){0,3} by\b|\bthen\b|"
                 r"\bafter which\b"),  # "followed
    # within 10 mins by", "after which X fired"
    ("preceded", r"\bpreceded( \S+){0,3} by\b|\bbefore which\b"),
    ("caused", r"\b(caused|causing|cause|triggered|broke|led to|behind|blamed for|blamed on|responsible for|"
               r"(is|are|was|were) suspected|pinned on|attributed to|due to|because of|put down to|"
               r"(?:make|makes|made) (?:an? |the |any )?(?:incidents?|outages?))\b"),  # "which deploy make incident"
    ("around", r"\b(either side of|on either side of|around|surrounding|on both sides of)\b"),
    ("containing", r"\b(covered|covering|covers|cover|spanned|spanning|during which|in which|while which)\b"),
    ("overlapping", r"\b(overlapped|overlapping|overlaps?)\b"),
    ("before", r"\b(before|prior to|preceding|preceded|precedes?|leading up to|ahead of|in the run ?up to)\b"),
    ("since", r"\b(ever since|since)\b"),
    ("after", r"\b(after|following|right after|in the wake of|followed(?!( \S+){0,3} by)|"
              r"within \S+( \S+)? of)\b"),
    ("during", r"\b(during|while|when(?= (a|an|the|its|their|any|some|there)\b)|amid|in the middle of|throughout|"
               r"coincided with|coinciding with|coincides with|at the same time as)\b"),  # not "when it went live"
)

PATTERN = dict(RELATIONS)


def mentions(words: list[str]) -> list[tuple[int, str]]:
    """Where each kind of record is named; a verb of alerts right after warnings is the warnings' ("warnings fired
    in the last 24 hours")."""
    return [(i, kind) for i, w in enumerate(words) for kind, keys in WORDS.items() if w in keys and not (
        kind == "alerts" and w in ("fired", "firing", "fire", "fires") and i and words[i - 1] in WORDS["warnings"])]


_VERBS = {"fired", "firing", "alerted", "alerting", "paged", "deployed", "changed", "released", "shipped", "toggled",
          "silenced", "muted", "snoozed", "logged", "deploying", "releasing", "shipping"}


def named_at(words: list[str], kind: str) -> int:
    """Where the question names ``kind``: its first noun ("warnings fired before the first payments-api alert":
    the alert, not "fired"), else its first word."""
    found = [i for i, k in mentions(words) if k == kind]
    return next((i for i in found if words[i] not in _VERBS), found[0])


_NUMBERS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
            "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90}
_N = r"(\d+|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_UNIT = r"(minutes?|mins?|m|hours?|hrs?|h)"


def span(r: Reading, default: int | None) -> int | None:
    """N minutes from "within 10 min", "the hour before", "30 minutes after", "2h of", "half an hour after",
    "ten minutes or less after", "in the next 20 minutes", "up to 2 hours after"."""
    text = re.sub(r"\bhalf an? hour\b|\bhalf-hour\b|\bhalf hour\b", "30 minutes", " ".join(r.words))
    text = re.sub(r"\b(an?|one) hour and a half\b", "90 minutes", text)
    m = re.search(rf"\b{_N} ?{_UNIT}\b(?: or (?:less|fewer|so))?(?= (before|after|of|following|prior|preceding|"
                  r"leading|later|earlier|beforehand|afterwards?|either side|each side|on either side|around))", text)
    # ("alerts 30 min either side of the rollback": 30 on each side; had been the default 15)
    least = re.search(r"\b(more than|over|at least|longer than|greater than|no less than|upwards of) $",
                      text[:m.start()]) if m is not None else None
    if least:  # "alerts more than 10 minutes after a deploy": not those within 10 minutes
        raise Refused("not_about_this_data", f"{least[1]} {m[0]!r}: a least time between two things is not read "
                                             "yet; ask for those within N minutes", (*least[1].split(), *m[0].split()))
    if m is None:
        m = re.search(rf"\b(?:within|in|under|less than|up to|at most|no more than|inside)(?: of)?(?: the)?"
                      rf"(?: first| last| next| following| previous| preceding| prior)? {_N} ?{_UNIT}\b", text)
    if m is None:
        m = re.search(r"\b(?:within|in) the (?:next |following |same |previous |preceding |prior )?(hour)\b"
                      r"(?! (?:before|after))", text)
        if m is not None:
            return 60
    if m is None:
        return default
    n = int(m[1]) if m[1].isdigit() else _NUMBERS[m[1]]
    return n * 60 if m[2].startswith("h") else n


def change_side(r: Reading, c: str = "c") -> list[str]:
    """Who made the change, which version and through which tool, when the question names them ("after kenji's
    deploy", "after an argocd deploy")."""
    out = []
    people = sorted({v for e in r.entities.get("person", []) for v in e.value})
    if people:
        out.append(f"{c}.actor IN ({', '.join(lit(p) for p in people)})")
    if r.entities.get("version"):
        out.append(versions(r, f"{c}."))
    sources = sorted({v for e in r.entities.get("change_source", []) for v in (
        e.value if isinstance(e.value, tuple) else (e.value,))})
    if sources:  # "within 15 min after an argocd deploy"
        out.append(f"{c}.source IN ({', '.join(lit(v) for v in sources)})")
    for e in r.entities.get("change_key", []):  # "alerts in the hour after the new checkout flow flag went on": that
        out.append(f"{c}.details[{lit(e.value[0])}] = {lit(e.value[1])}")  # flag's changes, not any flag's
    return out + made_at(r, f"{c}.timestamp")


_SCALED = r"\b(scale|scaling|scaled)( up| down| out| in)? (events?|changes?)\b|" \
    r"\bscaled (up|down|out|in)\b|\bscale[- ](ups?|downs?)\b|\bscale(up|down)\b"
"""A change of replicas named as such ("a scale event", "scaled down"), not "at scale"."""


def scale_way(r: Reading, p: str) -> list[str]:
    """Which way a change of replicas went when the question says ("scaled down", "scale-ups"): the replica counts
    Kubernetes reported before and after.

    >>> from signalcraft.copilot.ask_reading import Reading
    >>> scale_way(Reading(question="", words=["scaledown", "changes"], now=None, window=None), "c.")
    ["TRY_CAST(c.details['replicas_to'] AS INTEGER) < TRY_CAST(c.details['replicas_from'] AS INTEGER)"]
    """
    way = "<" if r.has("scaledown") else ">" if r.has("scaleup") else None
    if way is None:
        return []
    return [f"TRY_CAST({p}details['replicas_to'] AS INTEGER) {way} TRY_CAST({p}details['replicas_from'] AS INTEGER)"]


def change_kind(r: Reading, c: str) -> list[str]:
    types = [t for t in change_types(r) if t != "scale" or r.phrase(_SCALED)]
    if not types:  # "changes": of every type; "what shipped": deployments; each as it went live
        return [f"{c}.phase = 'live'"] if r.has("change", "changes", "changed") else \
            [f"{c}.type = 'deployment'", f"{c}.phase = 'live'"]
    if len(types) > 1 and r.phrase(r"\bboth\b"):  # "incidents with both a deploy and a flag change before them"
        raise Refused("not_about_this_data", "one thing met with two kinds of change at once is not read yet; ask "
                                             "for each kind, or for either ('a deploy or a flag change')")
    if len(types) > 1:  # "deploys or rollbacks within 15 minutes": any of them
        return [f"{c}.type IN ({', '.join(lit(t) for t in types)})", f"{c}.phase = 'live'"]
    return [f"{c}.type = {lit(types[0])}", f"{c}.phase = 'live'", *scale_way(r, f"{c}.")]


_READ_BY = {
    "changes": {"change_events", "incident_suspects", "correlation_candidates", "timeline", "deploy_commits",
                "silence_suggestions"},
    "incidents": {"alert_groups", "incident_suspects", "incident_warnings", "incident_log_patterns",
                  "correlation_candidates", "resolutions"},
    "alerts": {"alerts", "alert_events", "alert_mutes", "alert_groups", "timeline", "alerts_firing", "audit_log",
               "incident_suspects", "incident_warnings", "silence_suggestions"},
    "silences": {"silence_scopes", "silences", "audit_log", "alert_mutes", "silence_suggestions"},
    "warnings": {"warnings", "incident_warnings"},
    "logs": {"log_events", "incident_log_patterns", "log_patterns", "log_pattern_counts", "warnings"},
    "acks": {"audit_log"},
}
"""The relations that answer for each kind of record a question names."""
_ACKS = {"ack", "acks", "acked", "acking", "acknowledged", "acknowledgement", "acknowledgements", "acknowledgment",
         "acknowledgments"}
_SEVERITY_WORD = r"\bwarning(?:s)? (?:alerts?|severity|level|or|split|only)\b|" \
                 r"\b(?:vs|or|severity|info|than) warning\b|\bwarning-"


def tables_read(sql: str) -> set[str]:
    """The relations a statement reads (after FROM or JOIN), lower case."""
    return {t.lower() for t in re.findall(r"\b(?:FROM|JOIN)\s+(\w+)", sql, flags=re.IGNORECASE)}


def check_kinds(r: Reading, sql: str) -> None:
    """Refuse when the question names a kind of record the SQL reads nothing of ("how long after the deploy did
    each incident open" had been answered from the incidents alone): a relation between them is not read yet."""
    low = sql.lower()
    kinds = {k for i, k in mentions(r.words) if f"%{r.words[i]}%" not in low}  # "alerts mentioning deploy",
    # "incidents fixed by a rollback": a text searched for
    if any(w in _ACKS and f"%{w}%" not in low for w in r.words):  # "deploys during an ack": acks are audit entries
        kinds.add("acks")
    if "warnings" in kinds and (re.search(_SEVERITY_WORD, r.question.lower()) or "'warning'" in sql):
        kinds.discard("warnings")  # "warning-severity alerts", "critical vs warning": a severity
    if "warnings" in kinds and {r.words[i] for i, k in mentions(r.words) if k == "alerts"} <= FIRING_STATE:
        kinds.discard("alerts")  # "which warnings are still firing": the warnings' own state
    read = tables_read(sql)
    read_by = _READ_BY
    if "acks" in kinds and any(r.phrase(words) for _, words in RELATIONS) and not r.phrase(
            r"\b(ack|acked|acking|acknowledged)( \S+){0,3}? (alert|alerts|page|pages)\b"):  # "acks within 15 minutes
        read_by = {k: v - {"audit_log"} if k != "acks" else v for k, v in _READ_BY.items()}  # after an alert": the
        # audit log answers for the acks, not for the alerts they are related to ("who acked an alert after ...": for
        # the alert acked too)
    missing = sorted(k for k in kinds if not read_by[k] & read)
    if missing and len(kinds) > 1:
        named = " and ".join(sorted(kinds))
        raise Refused("not_about_this_data", f"this relates {named} in a way that is not read yet (the answer would "
                                             f"not read the {missing[0]}); nothing was run", tuple(missing))


_FILLER = {"actually", "hold", "back", "early", "really", "exactly", "basically", "ever", "recorded", "stored", "kept",
           "happened", "everything", "anything", "whole", "entire", "full", "raw", "rows", "row", "table", "list",
           "suspected", "caused", "correlated", "linked", "related", "raised", "issued", "emitted", "generated"}


def check_share(r: Reading, sql: str) -> None:
    """Refuse a question that asks a share ("what percent of incidents had a suspect") answered with anything but
    a share: the rows, or their count, would be a silent wrong answer."""
    m = r.phrase(r"\b(percent|percentage|share|fraction|proportion|ratio|pct)\b(?! (alerts?|alerting|metrics?))")
    if m and m[1] not in r.name_hint and "100.0" not in sql and "percent" not in sql.lower():  # not "5xx ratio alerts"
        raise Refused("not_about_this_data", f"{m[0]!r}: this share is not read yet; ask for the two counts "
                                             "(nothing was run)", (m[0],))


_ROWS = re.compile(r"^SELECT (?:DISTINCT )?(?:\w+\.)?\* FROM\b", re.IGNORECASE)
_WITH_PEOPLE = {"change_events", "incident_suspects", "correlation_candidates", "silence_scopes", "silences",
                "audit_log", "resolutions", "deploy_commits"}
"""Relations whose rows name a person: the rows answer "who" with the rest of what they hold."""
_TIMED = re.compile(r"\b(?:epoch|lag_s|duration_s|lead_min|minutes|hours|date_diff|age)\b", re.IGNORECASE)
_THING = r"(incident|outage|deploy|deployment|change|alert|silence|rollback)"
_EACH = rf"\b(?:for|of|in) (?:each|every) {_THING}\b|\b(?:before|after|preceding|following) each {_THING}\b|" \
        rf"\b(?:did|does|do|has|have) (?:each|every) {_THING}\b|" \
        r"\b(?:did|does|do|for|of|by) (?:each|every) (team|service|project|environment|env|person|engineer|cluster|" \
        r"namespace|region|day|week|month|hour)\b"
"""A count asked of each thing: "for each incident, how many warnings came before it"."""
_ANOTHER = r"(?<!\bby )\b(?:another|an? other|a different|an earlier|a previous|the previous|a later|other) " \
           r"(?:alert|deploy|deployment|incident|silence|change|rollback)s?\b"
"""Things related to others of their own kind: "alerts within 5 minutes after another alert"."""
_HOW_LONG = r"^(?:\w+ ){0,3}?(?:how (?:long|many minutes|many hours|many seconds|much time)\b(?! ago)|" \
            r"(?:minutes|hours|time) (?:between|from)\b)|\b(?:how many (?:minutes|mins|hours|hrs|seconds|days)|" \
            r"how long|(?<!\bmost )(?<!\bfewest )(?<!\bleast )(?<!\bmany )time|gap|gaps|delay|lag|interval)s? " \
            r"(?:between|from)\b|^how many (?:minutes|mins|hours|hrs|" \
            r"seconds|secs)\b(?! (?:per|each|a|in|of the day|with|had|have|did|were|was)\b)|" \
            r"\bhow many (?:minutes|mins|hours|hrs|seconds|secs) (?:ahead|before|earlier|early|in advance|after|" \
            r"later|late)\b"
"""A question that asks how much time passed: how long, the time between two events or after one, or how far
ahead ("which series warned before the incident, and how many minutes ahead": not a count of them)."""


_IN_TIME = r"\b(before|after|within|during|while|following|preceding|around)\b"


def _same_kind_related(r: Reading) -> str | None:
    """The words relating a kind to itself ("alerts while the checkout alert was firing"), or ``None``: two nouns
    of one kind with a word of time between them."""
    nouns = sorted([(i, k) for i, k in mentions(r.words) if r.words[i] not in _VERBS] +
                   [(i, "acks") for i, w in enumerate(r.words) if w in ("ack", "acks")])  # "acks right after an ack"
    for (i, kind), (j, other) in pairwise(nouns):
        between = " ".join(r.words[i + 1:j])
        text = " ".join(r.words)
        each = {*r.words[max(0, i - 2):i], *r.words[j - 2:j]} & {"per", "each", "every"}  # "for each flag change,
        # how many flag changes in the 15 minutes after it"
        timed = re.search(r"\b(while|during|after|before|following|preceding|within|around|surrounding|followed|"
                          r"preceded|amid|wake|ahead|leading)\b", between) or (each and re.search(_IN_TIME, text)) or \
            re.match(r"(\S+ ){0,3}(after|before|following|preceding) (them|it|each)\b", " ".join(r.words[j + 1:]))
        if re.search(r"\b(?:first|top|last|latest) \S+ (?:(?:of|per|for|in) (?:each|every)|per)$", between):
            continue  # "the incidents of payments-api, only the first 3 of every incident": a limit per incident
        if kind == other and j - i > 1 and timed and not re.search(r"\b(vs|versus|compared|or)\b", between):
            return " ".join(r.words[i:j + 1])
    return None


def check_asked(r: Reading, sql: str) -> None:
    """Refuse an answer that leaves out what the question asks: whole rows for people ("who acked the checkout alerts
    during the outage" had listed the alerts) or for a time ("how long after the alert started did the first ack
    come in"), one number for a count asked of each thing ("for each incident, how many warnings came before it"),
    or rows of one kind for a relation to others of that kind ("alerts within 5 minutes after another alert")."""
    low = sql.strip()
    if (m := r.phrase(_EACH)) and r.phrase(r"\b(how many|number of|count)\b") and \
            re.match(r"(?i)SELECT COUNT\(", low) and not re.search(r"(?i)\bGROUP BY\b", low):
        raise Refused("not_about_this_data", f"{m[0]!r}: a count for each one is not read for this question (nothing "
                                             "was run)", tuple(m[0].split()))
    if (m := r.phrase(_ANOTHER)) and not re.search(r"(?i)\bJOIN\b|\bEXISTS\b|\bIN \(SELECT\b", low):
        raise Refused("not_about_this_data", f"{m[0]!r}: things related to others of their own kind are not read yet "
                                             "(nothing was run)", tuple(m[0].split()))
    if (same := _same_kind_related(r)) and not re.search(r"(?i)\bJOIN\b|\bEXISTS\b|\bIN \(SELECT\b", low):
        raise Refused("not_about_this_data", f"{same!r}: things related to others of their own kind are not read yet "
                                             "(nothing was run)", tuple(same.split()))  # "inventory alerts while the
        # checkout latency alert was firing" had listed the checkout alert
    if (m := r.phrase(r"\b(?:before|after|earlier than|later than) (?:they|it|that) (?:\w+ ){1,2}(?:in|on|to)\b")) and \
            len({e.value for k in ("environment", "service") for e in r.entities.get(k, [])}) > 1 and \
            not re.search(r"(?i)\bJOIN\b|\bEXISTS\b|\bIN \(SELECT\b", low):  # "alerts that fired in staging before
        raise Refused("not_about_this_data", f"{m[0]!r}: things related to themselves elsewhere are not read yet "
                                             "(nothing was run)", tuple(m[0].split()))  # they fired in production"
    if (m := r.phrase(_HOW_LONG)) and (_ROWS.match(low) or re.search(r"(?i)\bCOUNT\(\*\)", low)) and \
            not _TIMED.search(low):  # "how many minutes between deploys": neither a count nor the rows answer it
        raise Refused("not_about_this_data", f"{m[0]!r}: how long is not read for this question; the time between "
                                             "two events is read when each is named ('the payments-api v2.14.0 "
                                             "deploy', 'the first checkout alert') (nothing was run)",
                      tuple(m[0].split()))
    if not _ROWS.match(low):
        return
    if (m := r.phrase(r"\b([a-z][\w-]*) (?:metric|metrics|series|gauge|samples)\b")) and m[1] in r.ignored and \
            " metric_points" in low:  # "the cpu metric for payments-api": no metric is called so
        raise Refused("ungrounded", f"no metric is named like {m[1]!r} in this store", (m[1],))
    read = tables_read(sql)
    if r.phrase(r"^who\b(?!'?s? (?:on|the|is|are)\b)") and not read & _WITH_PEOPLE:
        raise Refused("not_about_this_data", "'who': the people of these rows are not read for this question "
                                             "(nothing was run)", ("who",))


def check_metric(r: Reading, sql: str) -> None:
    """Refuse an answer that reads nothing of the metric the question names by its name ("peak
    hikaricp_connections_pending while PaymentsAPIErrorBudgetBurn was firing" had listed the alerts)."""
    named = r.entities.get("metric")
    read = tables_read(sql)
    if r.window is not None and r.window.kind == "instant" and "metric_points" in read and \
            not re.search(r"(?i)\btimestamp\b", sql):  # "what was hikaricp_connections_pending at 14:40" had been
        raise Refused("not_about_this_data", f"{r.window.phrase!r}: a metric at one moment is not read yet; ask for "
                                             "its samples in a window (\"between 14:35 and 14:45\")")  # every sample
    measured = r.phrase(r"^(?:what|how high|how bad|how much) (?:was|is|were|did|got)(?: the)? (?:(?:p\d\d|median|"
                        r"average|avg|mean|max|maximum|peak|highest|current) )?(?:latency|response time|cpu|memory|"
                        r"throughput|request rate|rps|qps)\b(?! (?:leak|incidents?|alerts?|alerting|warnings?|alarms?|"
                        r"pages?|issues?|problems?|slo|related|breach(?:es)?)\b)|^(?:the )?(?:p\d\d|median|average|avg|"
                        r"mean|max|maximum|peak) (?:latency|response time|error rate|cpu|memory|throughput|request "
                        r"rate)\b(?! (?:alerts?|incidents?|warnings?|slo|breach|alarms?|pages?)\b)")
    if measured and not read & {"metric_points", "warnings", "incident_warnings", "anomaly_models"}:
        raise Refused("not_about_this_data", f"{measured[0]!r}: a measured value is read from a metric's samples; ask "
                                             "for them by the metric's name in a window (\"service:http_request_"
                                             "duration_seconds:p99 samples for payments-api between 14:30 and "
                                             "15:00\"); nothing was run", tuple(measured[0].split()))  # (had been
        # the latency alerts, or the incidents)
    if named and not read & {"metric_points", "warnings", "incident_warnings", "anomaly_models"}:
        raise Refused("not_about_this_data", f"the metric {named[0].value} is named but the answer would not read its "
                                             "samples (nothing was run)", (named[0].value,))


_KIND_WORDS = {"group", "incident", "alert", "service", "project", "environment", "change", "deploy", "silence"}
"""Label keys that are also the name of a kind of record ("avg alerts per group": per incident)."""


def check_label_asked(r: Reading, sql: str, label_keys) -> None:
    """Refuse a breakdown by a label the answer never reads ("incidents per team", "which team had the most
    incidents": incidents carry no team label; had been every incident, or a count per alert name)."""
    m = r.phrase(r"\b(?:per|by|for each|for every|each|every) (\w+?)s?\b(?! (?:label|value))|"
                 r"^(?:which|what) (\w+?)s? (?:had|has|have|saw|got|raised|fired|opened) (?:the )?"
                 r"(?:most|fewest|least)\b")
    word = m and (m[1] or m[2])
    if word and word in label_keys and word not in _KIND_WORDS and f"'{word}'" not in sql and \
            not re.search(rf"\b{word}\b", sql):
        raise Refused("not_about_this_data", f"{word!r}: what this question counts carries no {word} label (alerts "
                                             f"do: ask for alerts per {word}); nothing was run", (word,))


def check_first_each(r: Reading, sql: str) -> None:
    """Refuse "the first alert after each deploy" answered with every alert after them: one per deploy is asked."""
    if (r.phrase(r"\b(?:first|earliest|last|latest|next|previous) (?:\S+ ){0,3}(?:after|before|following|preceding) "
                 r"(?:each|every)\b") or r.phrase(r"^for (?:each|every) .*\b(?:the )?(?:first|earliest|next) \S+ "
                                                   r"(?:\S+ )?(?:after|following)\b")) and \
            not re.search(r"\b(?:ROW_NUMBER|QUALIFY|ARG_MIN|ARG_MAX|MIN|MAX)\b", sql, re.IGNORECASE):
        raise Refused("not_about_this_data", "the first (or last) of one kind for each of another is not read yet; "
                                             "ask for all of them after each (nothing was run)")


def check_breakdown(r: Reading, sql: str) -> None:
    """Refuse one count answered for a question that asked it per something ("how many critical incidents per resolver"
    had been the count of all of them): a breakdown the reading did not make is not dropped in silence."""
    one_count = r"(?i)SELECT COUNT\(\*\) AS \w+ FROM \w+(?: WHERE (?:(?!SELECT).)*)?"
    if not re.fullmatch(one_count, re.sub(r"(?i) LIMIT \d+$", "", sql.strip())):
        return
    if m := r.phrase(r"\b(?:per|for each|for every|broken down by|split by|grouped by) (?!(?:the |a |an )?(?:day|hour|"
                     r"week|month|minute|year|second|average|avg|mean)\b)(\w+)"):
        raise Refused("ungrounded", f"{m[0]!r}: this breakdown is not read (one count of all would not answer it)",
                      (m[1],))


_THAN_THEN = re.compile(r"\b(?:more|fewer|less|higher|lower)\b(?: \S+){0,5} than (?:yesterday|last (?:week|month|year)|"
                        r"the (?:day|week|month) before|before|usual|normal|average|typical|earlier)\b")
"""A count compared with another period's ("which service had more alerts than yesterday")."""


def check_compared(r: Reading, sql: str) -> None:
    """Refuse a comparison with another period answered with one period's rows or counts (it had been yesterday's
    alerts); the two counts side by side are read ("alerts today vs yesterday")."""
    if (m := _THAN_THEN.search(" ".join(r.words))) and " FILTER(" not in sql.upper():
        raise Refused("not_about_this_data", f"{m[0]!r}: a comparison with another period is not read yet; ask for "
                                             "the counts side by side ('alerts per service today vs yesterday') "
                                             "(nothing was run)", tuple(m[0].split()))


def check_unread(r: Reading, sql: str) -> None:
    """Refuse a whole table answered for a question with words that asked for less ("silences with a regex
    matcher", "metrics that had NaN values" had been answered with every row)."""
    if not re.fullmatch(r"SELECT \* FROM \w+", re.sub(r" LIMIT \d+$", "", sql.strip())):
        return
    named = {w for es in r.entities.values() for e in es for w in e.words} | set(r.name_hint)
    timed = set(r.window.phrase.split()) if r.window is not None else set()
    subjects = {w for keys in SUBJECTS.values() for w in keys}
    held = {"suppressed", "suppress", "swallowed", "inhibited", "held", "hold", "back"} if " alert_mutes" in sql else \
        set()
    left = [w for w in r.words if w not in STOPWORDS and w not in DOMAIN and w not in subjects and w not in named
            and w not in timed and w not in _FILLER and w not in held and not w.isdigit()]  # (what Alertmanager
    # held back is the whole of alert_mutes)
    if left:
        raise Refused("not_about_this_data", f"{' '.join(left)!r}: not read, and the answer would be every row "
                                             "(nothing was run)", tuple(left))

