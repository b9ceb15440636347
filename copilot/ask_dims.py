"""What an answer is broken down by and ranked on: the dimensions a question names ("per service", "by
label team", "top actors by …"), the one a ranking is by when none is named, and how many rows a ranking
shows (one for "which incident …", five for "top incidents")."""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_alert_words import compared_severities
from signalcraft.copilot.ask_attributes import attribute_dimension
from signalcraft.copilot.ask_kind_filters import change_types
from signalcraft.copilot.ask_number import plural
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_sql import BUCKETS, COLUMNS, DIMENSIONS
from signalcraft.copilot.ask_vocab import Vocabulary
from signalcraft.copilot.ask_words import AUDIT_ACTIONS, STOPWORDS, SUBJECTS

__all__ = ["NOUNS", "column_dimension", "dimensions", "first_plural", "is_top", "singular_top", "top_dimension"]

NOUNS = {"audit_log": "snoozes, acks and silence actions", "change_events": "changes", "silence_scopes": "silences",
         "alert_groups": "incidents", "log_pattern_counts": "log lines", "resolutions": "resolutions"}


def cols_named(rel: str, vocab: Vocabulary | None) -> list[str]:
    """The relation's columns whose names hold an underscore (read as two words: "created_by")."""
    return [c for c in (vocab.columns.get(rel, []) if vocab is not None else []) if "_" in c and c != "workspace_id"]


def column_dimension(word: str, rel: str, vocab: Vocabulary) -> str | None:
    """A column of the relation named by the word ("by method"), or a label key of alerts ("by cluster")."""
    columns = vocab.columns.get(rel, [])
    for column in columns:
        if word in (column, column.rstrip("s"), column.replace("_", ""), column + "s") and column != "workspace_id":
            return f"col:{column}"
    if rel in ("warnings", "incident_warnings") and word in ("metric", "metrics", "series"):
        return "col:metric_key"  # "warnings per metric"
    if rel == "log_events" and word in ("version", "versions"):
        return "col:service_version"  # "error lines per version": the version each line reports
    if rel == "change_events" and word in ("flag", "flags"):
        return "detail:flag_key"  # "flag changes per flag"
    if rel in ("alerts", "warnings") and (word in vocab.label_keys or word.rstrip("s") in vocab.label_keys):
        return f"label:{word if word in vocab.label_keys else word.rstrip('s')}"
    return None


def dimensions(r: Reading, rel: str, vocab: Vocabulary | None = None) -> list[str]:
    """What the question breaks its answer down by ("per service", "by day", "for each project")."""
    cols = COLUMNS[rel]
    if vocab is not None and (attribute := attribute_dimension(r, rel, vocab)):
        return [attribute]  # "error lines per route", "top 3 http status codes"
    ranked = r.phrase(r"^(?:top|bottom)(?: \d+)? (\w+) by\b|^(?:\w+ )?(\w+) (?:ranked|sorted|ordered) by\b|"
                      r"^(?:rank|sort|order) (?:the )?(\w+) by\b")  # "rank services by number of alerts"
    ranked = ranked and [None, ranked[1] or ranked[2] or ranked[3]]
    if ranked and DIMENSIONS.get(ranked[1]) in cols:  # "top actors by flag changes": per actor, not per flag
        return [DIMENSIONS[ranked[1]]]
    out = []
    if m := r.phrase(r"\bper (5|10|15|20|30)[ -]?(?:minutes?|mins?|m)\b|\b(5|10|15|20|30)[ -]?(?:minutes?|mins?|m) "
                     r"(?:buckets?|bins?|intervals?|slots?|windows?)\b"):
        out.append(f"minutes_{m[1] or m[2]}")  # "how many alerts per 5 minutes", "in 15-minute buckets" (not "resolved
        # in 5 minutes", "fires every 10 minutes": a duration, a repeat)
    underscored = cols_named(rel, vocab)  # "created_by": read as two words
    for i, w in enumerate(r.words[:-1]):
        if w == "by" and r.words[i + 1] in ("whom", "who") and i and r.words[i - 1] == "and":
            continue  # "which flags were flipped today and by whom": the rows, which name their people
        if w == "by" and i and f"{r.words[i - 1]}_by" in underscored:
            continue  # the "by" of "created_by"
        if w in ("per", "by", "each") or (w == "for" and r.words[i + 1] in ("each", "every")) or \
                (w == "and" and out and i > 0 and r.words[i - 1] in DIMENSIONS):
            nxt = first = ""
            entity_words = {w for es in r.entities.values() for e in es for w in e.words}
            for j, x in enumerate(r.words[i + 1: i + 4], start=i + 1):
                if x in ("each", "every", "label", "labels") or (j == i + 1 and x in ("the", "their", "its")) or (
                        x in ("alert", "metric") and r.words[j + 1:j + 2] in (
                        ["name"], ["names"])):
                    continue  # "per alert name", "per metric name": by name
                if x in ("metric", "metrics", "series") and rel == "metric_points":
                    nxt = "name"  # "samples per metric"
                    break
                if x in entity_words and j == i + 1 and r.words[j + 1:j + 2] and (
                        r.words[j + 1] in DIMENSIONS or r.words[j + 1] in ("version", "versions")):
                    continue  # "per identity service": per service, of the identity project; "each payments-api
                    # version": per version, of payments-api
                if x in entity_words:
                    break  # "by maria last week": a person, not a breakdown by week
                if j == i + 1 and r.words[j + 1:j + 2] and r.words[j + 1] in DIMENSIONS and any(
                        x in keys for keys in SUBJECTS.values()):
                    continue  # "per silence author", "by alert service": the thing's own author, service
                if x == "service" and r.words[j + 1:j + 2] in (["version"], ["versions"]):
                    continue  # "per service version": by the version
                first = first or x
                if x in DIMENSIONS:
                    nxt = x
                    break
                if x in STOPWORDS or any(x in keys for keys in SUBJECTS.values()
                                         if x not in ("change", "suspect", "flag", "flags")):
                    break
            dim = DIMENSIONS.get(nxt)
            if dim is None and nxt in ("alertname", "alert", "name") and "name" in cols:
                dim = "name"
            grounded = {w for es in r.entities.values() for e in es for w in e.words}
            after = r.words[i + 2] if i + 2 < len(r.words) else ""
            if rel == "log_pattern_counts" and first in ("error", "errors", "lines", "line", "count", "volume"):
                continue  # "log patterns by error count": what is summed, not a breakdown
            if dim is None and vocab is not None and i + 2 < len(r.words) and \
                    f"{r.words[i + 1]}_{r.words[i + 2]}" in underscored:
                dim = f"col:{r.words[i + 1]}_{r.words[i + 2]}"  # "per created_by", "per change_type": as stored
            if dim is None and first and first not in STOPWORDS and vocab is not None and after not in grounded:
                dim = column_dimension(first, rel, vocab)
            known = dim is not None and (dim in cols or dim in BUCKETS or dim == "month"
                                         or dim.startswith(("col:", "label:", "detail:")))
            if known and dim not in out and not (dim == "minute" and any(d.startswith("minutes_") for d in out)):
                out.append(dim)
    for pattern, cycle in ((r"\bhours? of (the )?day\b|\btime of day\b", "hour_of_day"),
                           (r"\bdays? of (the )?week\b|(?<!\bon a )(?<!\bon )\bweekdays?\b", "weekday")):  # not "on a
        # weekday": those days (a filter), not a breakdown
        if r.phrase(pattern) and cycle not in out:  # "which hour of the day has the most alerts"
            out = [d for d in out if d not in ("hour", "day")] + [cycle]
    if rel == "change_events" and len(change_types(r)) > 1 and "type" not in out and \
            r.phrase(r"\b(how many|count|number of)\b.*\b(vs\.?|versus|compared to|against)\b"):
        out.append("type")  # "how many rollbacks this month vs deploys": one count per type
    if compared_severities(r) and "severity" in cols and "severity" not in out and \
            r.phrase(r"\b(how many|count|number|vs\.?|versus|compare|compared)\b"):
        out.append("severity")
    if r.phrase(r"\bvs\.?\b|\bversus\b|\bcompare|\bcomparison\b|\bside by side\b|\bseparate(ly)?\b|\bindividually\b|"
                r"\brespectively\b|\bapiece\b|\beach (one|on its own)\b|\bone by one\b"):  # "cart-service and
        # user-profile, each one separate": one count each
        for kind, dim in (("environment", "environment"), ("service", "service"), ("project", "project"),
                          ("alert_source", "source"), ("change_source", "source"), ("person", "person")):
            if len({e.value if isinstance(e.value, str) else tuple(e.value) for e in r.entities.get(kind, [])}) >= 2 \
                    and dim in cols and dim not in out:
                out.append(dim)  # "how many alerts from pagerduty vs alertmanager": one count each
    if not out and r.phrase(r"\btrend\b|\bover time\b|\bhistogram\b"):
        span = (r.window.end - r.window.start).total_seconds() if r.window is not None else None
        out.append("hour" if span is not None and span <= 2 * 86400 else "day")
    for w, dim in (("daily", "day"), ("hourly", "hour"), ("weekly", "week"), ("monthly", "month")):
        if r.has(w) and dim not in out and not r.phrase(rf"\b(?:each|every|the|a|an|this|that|our|its) {w} "
                                                         r"(?!(?:count|counts|total|totals|number|numbers|breakdown|"
                                                         r"trend|average|sum|rate)\b)"):
            out.append(dim)  # (not "for each weekly reindex silence": a kind of silence, not a count per week)
    if out and r.has("who") and "person" in cols and "person" not in out:
        out.insert(0, "person")
    if rel == "audit_log" and len({w for w in r.words if w in AUDIT_ACTIONS}) > 1 and "action" not in out:
        out.append("action")
    return out


def is_top(r: Reading) -> bool:
    return bool(r.phrase(r"\btop\b|\bthe most\b(?! recent)|"
                         r"\bmost (frequent|common|often|alerts|changes|silences|errors|silenced|deployed|changed|"
                         r"alerted|paged|snoozed|acked|released|toggled)\b|"
                         r"\bnoisiest\b|\bloudest\b|\bbusiest\b|\bworst\b|\bmost\b$|\bhad the most\b|"
                         r"\b(alerted|paged|fired|deployed|changed|silenced|snoozed|acked|released) most\b|"
                         r"\b(second|2nd|third|3rd|fourth|4th|fifth|5th) most\b(?! recent)"))  # "the second most
    # deploys": a rank of a ranking


def first_plural(r: Reading) -> bool:
    """Whether the first thing the question names is things: "which incident had the most alerts" asks for one."""
    nouns = [any(w in keys for keys in SUBJECTS.values()) for w in r.words]
    if True not in nouns:
        return plural(r)
    i = nouns.index(True)
    while i + 1 < len(nouns) and nouns[i + 1]:  # "suspect changes": the last noun of the first run
        i += 1
    return r.words[i].endswith("s") and r.words[i] not in ("alias", "status")


def singular_top(r: Reading) -> bool:
    """ "who deploys the most", "most common alert", "most silenced service": one row."""
    if r.has("top"):  # "top deployer": one; "top deployers", "top 3 services": several
        m = re.search(r"\btop (\w+)\b", r.question.lower())  # as written: "deployer" is read "who deployed"
        return bool(m) and m[1] in DIMENSIONS and not m[1].endswith("s") and m[1] not in ("who", "by", "per")
    if r.phrase(r"^(who|which|what)\b|\bmost (frequent|common)\b|\bwhich (has|had|is|was|one|got|saw)\b"):
        return True
    if m := r.phrase(r"\b(?:noisiest|loudest|busiest|quietest|chattiest|flakiest|worst) ([a-z][\w-]*)"):
        return not m[1].endswith("s")  # "search-api's noisiest alert": one; "the noisiest alerts": the top few
    if m := r.phrase(r"^(?:the )?most [a-z]+ed ([a-z][\w-]*)\??$"):
        return not m[1].endswith("s")  # "most silenced alert": one; "most silenced alerts": the top few
    named = [w for w in r.words if w in DIMENSIONS and w not in ("who", "by", "per")]
    return bool(named) and not any(w.endswith("s") for w in named)


_SEVERITIES = "critical|warning|warn|info|error|high|low|medium|page|major|minor"


def top_dimension(r: Reading, rel: str, vocab: Vocabulary) -> str:
    if attribute := attribute_dimension(r, rel, vocab):
        return attribute  # "which routes logged the most errors"
    if rel in ("warnings", "incident_warnings") and r.phrase(r"\b(?:metric[ _]?keys?|series)\b"):
        return "col:metric_key"  # "which two metric keys raised the most warnings": the warnings' series
    if r.phrase(r"^(?:which|what)(?: one)? (?:of|among)\b|\b(?:vs|versus)\b|^(?:which|what)(?: one)? (?:had|has|have|"
                r"got|gets|saw|sees|did|does|was|is|were|are) (?:more|most|the most)\b.* or "):
        for kind in ("service", "project", "environment"):  # "which of cart-service, checkout-web and payments-api
            # has the most alerts", "which had more alerts, staging or production": those compared (not "fewer":
            # one with none would not be among the counts)
            if len(r.entities.get(kind, [])) >= 2 and kind in COLUMNS[rel] and not COLUMNS[rel][kind].startswith("*"):
                return kind
        if "severity" in COLUMNS[rel] and r.phrase(rf"\b(?:{_SEVERITIES}) or (?:{_SEVERITIES})\b"):
            return "severity"  # "which had more alerts today, critical or warning"
        if r.phrase(r"^(?:which|what)(?: one)? (?:had|has|have|got|gets|saw|sees|did|does|was|is|were|are) (?:more|"
                    r"most|the most)\b.* or ") and not r.phrase(r"^(?:which|what)(?: one)? (?:of|among)\b|\b(?:vs|"
                                                              r"versus)\b"):
            raise Refused("not_about_this_data", "which of the two is not read here; name two services, projects, "
                                                 "environments or severities, or ask for the count per thing")  # "today
            # or yesterday, which had more alerts" had ranked alert names
    if "name" in COLUMNS[rel] and r.phrase(r"\b(noisiest|loudest|chattiest|most (frequent|common)) alerts?\b"):
        return "name"  # "noisiest alert in the search project": the alert, whatever else the question names
    timed = set(r.window.phrase.split()) if r.window is not None else set()
    grounded = {w for es in r.entities.values() for e in es for w in e.words}
    kinds_of = {w: kind for kind, es in r.entities.items() for e in es for w in e.words}
    for i, w in enumerate(r.words):
        if w in timed or (i and DIMENSIONS.get(w) in ("service", "project", "environment") and
                          kinds_of.get(r.words[i - 1]) in (DIMENSIONS[w], None) and r.words[i - 1] in grounded):
            continue  # "in the staging environment": a value's kind, not what to rank by ("which search service":
            # the services of the search project)
        if rel == "log_pattern_counts" and w in ("template", "templates", "pattern", "patterns") and \
                "name" in COLUMNS[rel]:
            return "name"  # "top 2 log templates of the search services by error lines": templates, said first
        if DIMENSIONS.get(w) == "fingerprint" and "fingerprint" in COLUMNS[rel]:
            return "fingerprint"  # "which alert fingerprint fired the most": one alert's repeats
        if "name" in COLUMNS[rel] and ((DIMENSIONS.get(w) == "name" and i and r.words[i - 1] == "alert") or (
                w in ("alert", "alerts") and i and r.words[i - 1] in ("which", "what")
                and r.words[i + 1:i + 2] not in (["fingerprint"], ["fingerprints"]))):
            return "name"  # "which 2 alert names occur most in staging", "which alert is the noisiest in search"
        if DIMENSIONS.get(w) == "person":
            if "person" not in COLUMNS[rel]:  # "which person had the most alerts": alerts name no person
                raise Refused("ungrounded", f"{NOUNS.get(rel, rel)} are not recorded per person")
            return "person"
        if w in ("hour", "day", "week", "month", "minute"):
            return w
        counted = i > 1 and (r.words[i - 1].isdigit() or r.words[i - 1] in ("two", "three", "four", "five", "ten"))
        before = r.words[i - 2] if counted else r.words[i - 1] if i else ""  # "busiest 3
        if w in ("hours", "days", "weeks", "months") and i and before in ("busiest", "quietest", "worst",  # hours"
                                                                                 "noisiest", "calmest", "peak"):
            return w[:-1]  # "the 2 busiest hours on march 11"
        d = DIMENSIONS.get(w)
        if d == "incident" and d in COLUMNS[rel]:
            return d  # "which incident had the most warnings before it": per incident
        if d in ("service", "project", "environment", "severity", "source", "type"):
            if d not in COLUMNS[rel]:
                raise Refused("ungrounded", f"{NOUNS.get(rel, rel)} are not recorded per {d}")
            return d
    for i, w in enumerate(r.words):  # "top 3 teams by alerts": a label's key (not "the search project")
        if rel == "alerts" and w not in grounded and w not in timed and not (i and r.words[i - 1] in grounded) and \
                (found := column_dimension(w, rel, vocab)):
            return found
    if "name" not in COLUMNS[rel]:
        raise Refused("ungrounded", f"top of what? {NOUNS.get(rel, rel)} can be ranked per "
                                    + ", ".join(sorted(d for d in COLUMNS[rel] if d != 'time')))
    return "name"
