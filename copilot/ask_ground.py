"""Grounding a question's words: the values they name in the store, its subjects, and the words left over.

A word left over is kept as a hint of an alert's name ("latency", "disk"), passed over as an
ordinary word, or, in the place of a value ("the service zorblax"), refuses the question.
"""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_time import Window
from signalcraft.copilot.ask_vocab import NAME_SYNONYMS, Entity, Vocabulary, name_words, stem, tokens
from signalcraft.copilot.ask_words import (
    CHANGE_TYPES,
    CUES,
    DOMAIN,
    FIRING_STATE,
    ORDER_WORDS,
    PERSON_VERBS,
    REPHRASE,
    SEVERITIES,
    SPAN_WORDS,
    STOPWORDS,
    SUBJECTS,
    TEXT_CUES,
)

__all__ = ["ASKERS_PLACES", "ground", "known_words", "leftovers", "metric_of_aggregate", "subjects", "time_words"]

_MAP_NOUNS = {"annotation", "annotations", "attribute", "attributes"}


def known_words(vocab: Vocabulary) -> tuple[set[str], set[str]]:
    """Every word the reader knows, and those a misspelt word may be corrected to (names of things,
    not ordinary words: "expire" stays "expire")."""
    targets = set(CHANGE_TYPES) | set(SEVERITIES)
    for words in SUBJECTS.values():
        targets |= set(words)
    for phrase in vocab.phrases():
        targets |= set(phrase)
    for name in vocab.alert_names + vocab.warning_names + vocab.metric_names:
        targets |= set(name_words(name))
    rephrased = {key[0] for key in REPHRASE if len(key) == 1}  # "deployer" is read as "who deployed", not corrected
    return targets | DOMAIN | STOPWORDS | rephrased, targets


def metric_of_aggregate(r: Reading, vocab: Vocabulary) -> Entity | None:
    """A metric named by a word of its name beside an aggregate, no kind of record named: "max p99 payments-api",
    "avg p99 of checkout today" (the one metric with a p99 segment); ``None`` when none or several are."""
    if not r.phrase(r"\b(max|maximum|peak|highest|avg|average|mean|median|min|minimum|lowest)\b"):
        return None
    def fits(hint: str, part: str) -> bool:
        return part == hint or stem(part) == stem(hint) or (len(hint) >= 3 and part.startswith(hint))

    scores = {m: [h for h in r.name_hint if any(fits(h, p) for p in re.split(r"[:_.]", m.lower()))]
              for m in vocab.metric_names}
    best = max((len(hints) for hints in scores.values()), default=0)
    named = [m for m, hints in scores.items() if len(hints) == best]
    if best == 0 or len(named) != 1:
        return None  # "avg request rate": http_requests:rate1m (two words), not the p99 of request durations (one)
    return Entity("metric", named[0], tuple(scores[named[0]]))


def time_words(words: list[str], window: Window | None) -> set[int]:
    if window is None:
        return set()
    phrase = set(tokens(window.phrase))
    return {i for i, w in enumerate(words) if w in phrase}


_CHANGE_NOUNS = {"change", "changes", "deploy", "deploys", "deployment", "deployments", "release", "releases",
                 "rollout", "rollouts", "rollback", "rollbacks", "reports", "report"}


def ground(r: Reading, vocab: Vocabulary, used: set[int]) -> None:
    """Longest word sequences first, left to right; each word grounds at most one value."""
    phrases = vocab.phrases()
    words = r.words
    i = 0
    while i < len(words):
        if i and words[i - 1] in TEXT_CUES and (words[i - 1] != "matching" or not _named_after_matching(
                words, i, phrases)) and words[i - 1] != "about":  # "silences that contain reindex": a word searched
            i += 1  # for inside texts, whatever else it names ("matching KubePodNotReady" is the name's: a text only
            continue  # when it names no service, alert, environment or person, or the match is negated)
        if i >= 2 and i == len(words) - 1 and words[i - 2] in TEXT_CUES and words[i - 2] != "about" and \
                words[i] not in STOPWORDS and words[i] not in DOMAIN and not any(
                    e.kind in ("service", "project", "environment", "person") for e in phrases.get((words[i],), ())):
            i += 1  # "silences mentioning full reindex": both words searched for (had also been the label
            continue  # queue=reindex); not "… mentioning disk checkout-web": a service
        if words[i] == "live" and ((i + 1 < len(words) and words[i + 1] in (*_CHANGE_NOUNS, "one", "ones")) or
                                   (i and words[i - 1] in ("go", "went", "gone", "goes", "going")) or
                                   (i and words[i - 1] in ("is", "was", "are", "were", "be", "been", "currently",
                                                           "now", "still") and i + 1 < len(words) and
                                    words[i + 1] in ("in", "on", "at", "for")) or
                                   (i and words[i - 1] in ("not", "never", "yet") and set(words) & _CHANGE_NOUNS)):
            i += 1  # "live change reports", "did not go live": the phase of the changes, not an environment
            continue
        for n in (3, 2, 1):
            key = tuple(words[i:i + n])
            if len(key) == n and not used & set(range(i, i + n)) and key in phrases:
                for e in _prefer(phrases[key], words, i):
                    r.entities.setdefault(e.kind, [])
                    if e not in r.entities[e.kind]:
                        r.entities[e.kind].append(e)
                used |= set(range(i, i + n))
                i += n
                break
        else:
            i += 1


def _prefer(found: list[Entity], words: list[str], i: int) -> list[Entity]:
    """Of the values one word sequence names, the one its neighbours point at ("team payments")."""
    before = words[i - 1] if i else ""
    if before in ("is", "=", "equals", "of") and i >= 2:  # "where namespace is payments"
        before = words[i - 2]
    after = words[i + 1] if i + 1 < len(words) else ""
    labels = [e for e in found if e.kind == "label"]
    for cue in (before, after):
        cued = [e for e in labels if e.value[0] == cue]
        if cued:
            return cued
    kinds = [e.kind for e in found]
    if "service" in kinds or "project" in kinds or "environment" in kinds or "person" in kinds:
        return [e for e in found if e.kind != "label"]
    if labels and len({e.value[0] for e in labels}) > 1:
        return labels[:1]
    return found


_RANKING_WORDS = {"noisiest", "loudest", "busiest", "quietest", "noisy"}
"""Words that name alerts alone ("the noisiest") but only rank when another kind is named ("busiest day for
deploys")."""


def subjects(words: list[str], r: Reading) -> list[str]:
    out = []
    for i, w in enumerate(words):
        for subject, keys in SUBJECTS.items():
            if w in keys and subject not in out:
                if subject == "warnings" and _is_severity_warning(words, i):
                    continue
                if subject == "changes" and w == "live" and "environment" in r.entities and words.count("live") \
                        and not r.has("version") and "version" not in r.entities and not (
                            i and words[i - 1] in ("went", "gone", "goes")):  # not "when did v2.14.0 go live", "what
                    continue  # went live on payments-api in production"
                if subject == "metrics" and (((words[i + 1:i + 2] in (["key"], ["keys"]) or w == "series") and any(
                        x in SUBJECTS["warnings"] for x in words[i + 1:])) or (
                        w == "metric" and any(x in SUBJECTS["warnings"] for x in words[i + 1:i + 2]))):
                    continue  # "which metric keys raised the most warnings", "metric anomaly warnings": the
                    # warnings' series, not samples
                if subject == "alerts" and words[i + 1:i + 2] in (["name"], ["names"], ["alertname"]) and any(
                        x in SUBJECTS["incidents"] for x in words[i + 2:]):
                    continue  # "which alert name has the most incidents": the incidents' alert name
                if out and i and words[i - 1] in TEXT_CUES and words[i - 1] not in ("about", "matching"):
                    continue  # "silences whose reason mentions deploy": a text searched for, not changes
                out.append(subject)
    named_alerts = [w for w in words if w in SUBJECTS["alerts"]]
    if len(out) > 1 and out[0] == "alerts" and named_alerts and set(named_alerts) <= _RANKING_WORDS:
        out.remove("alerts")  # "busiest day for deploys": the deploys, ranked
    if "warnings" in out and "alerts" in out and named_alerts and set(named_alerts) <= FIRING_STATE:
        out.remove("alerts")  # "which warnings are still firing": the warnings' own state, no alert
    if not out and "mttr" in words and not {"per", "by", "each", "every"} & set(words):
        out.append("incidents")  # "what was our MTTR last week": the incidents' (per service: the alerts', as the
        # earliest sets read it)
    if re.search(r"\b(time to (resolve|recover|fix)|mttr|how long)\b", " ".join(words)) and "alerts" not in out and \
            "incidents" not in out:
        out.append("alerts")
    return out


def _is_severity_warning(words: list[str], i: int) -> bool:
    if words[i] != "warning":
        return False
    near = words[max(0, i - 1): i + 3]
    if i + 2 < len(words) and words[i + 1] in ("and", "or", "vs", "versus") and words[i + 2] in SEVERITIES:
        return True  # "warning and critical alerts": two severities
    if words[i + 1:i + 2] in (["or"], ["and"]) and words[i + 2:i + 3] and words[i + 2] in SPAN_WORDS:
        return True  # "warning or worse": severities from warning up
    if i >= 2 and words[i - 1] in ("and", "or", "vs", "versus") and words[i - 2] in SEVERITIES:
        return True  # "today's critical vs warning split"
    return "severity" in near or "level" in near or ("alerts" in near[1:] or "alert" in near[1:])


def leftovers(r: Reading, vocab: Vocabulary, used: set[int]) -> None:
    """Words that name nothing: alert-name words are kept as hints; a word in the place of a value
    ("the service zorblax", "the moonbase environment") refuses the question."""
    grounded = {w for es in r.entities.values() for e in es for w in e.words}
    name_vocab = vocab.once("name_vocab", lambda: set().union(
        *(t for kind in ("alert", "warning", "metric") for t in vocab.terms(kind).values())))
    column_words = vocab.once("column_words",
                              lambda: {c for cols in vocab.columns.values() for c in cols} | set(vocab.label_keys))
    for i, w in enumerate(r.words):
        if i in used or w in grounded:
            continue
        cue = _cue(r.words, i)
        if w in TEXT_CUES or (i and r.words[i - 1] in TEXT_CUES) or (
                i >= 2 and i == len(r.words) - 1 and r.words[i - 2] in TEXT_CUES):  # searched for inside texts, not a
            continue  # name ("contains" is no word of ContainerOOMKilled; "mentioning full reindex": both words)
        if (r.words[i + 1:i + 2] and r.words[i + 1] in _MAP_NOUNS) or (i > 2 and r.words[i - 1] in ("is", "=") and
                                                                       r.words[i - 2] in _MAP_NOUNS):
            continue  # "whose db.system attribute is postgresql": a key of a map and its value (map_filters)
        if w in STOPWORDS or w in DOMAIN:
            continue
        if w in SPAN_WORDS and i >= 2 and r.words[i - 1] in ("or", "and") and r.words[i - 2].rstrip("s") in SEVERITIES:
            continue  # "critical or worse": a span of severities (ask_alert_words.severity_span)
        if w in _UNUSUAL and set(r.words) & _SAMPLES:
            continue  # "non-finite metric points": a sample's value (ask_filters.unusual_values), not a name
        after = r.words[i + 1] if i + 1 < len(r.words) else ""
        if w.endswith("ing") and after in ("the", "a", "an", "any", "its", "their"):
            continue  # "alerts missing the description annotation": a verb, not HeartbeatMissing's word
        if after in ("project", "service", "environment", "env") and i and r.words[i - 1] in ("the", "for", "on",
                                                                                             "in") \
                and any(w in keys for keys in SUBJECTS.values()) and not w.endswith("est"):
            raise Refused("ungrounded", f"no {CUES[after]} called {w!r} in this store", (w,))  # "the notifications
        if w in CHANGE_TYPES or w in SEVERITIES or any(w in keys for keys in SUBJECTS.values()):  # project"
            continue
        if re.fullmatch(r"[0-9a-f]{5,39}", w) and re.search(r"[0-9]", w) and (shas := [
                v for v in vocab.versions if re.fullmatch(r"[0-9a-f]{40}", v) and v.startswith(w)]):
            r.entities.setdefault("version", []).extend(Entity("version", v, (w,)) for v in shas)
            continue  # "the deploy of 63544e7", "sha starting with 63544": the commits it begins
        if re.fullmatch(r"[45](?!00)\d\d", w) and after in ("alert", "alerts") and (i == 0 or r.words[i - 1] in (
                "any", "the", "of", "about", "http", "on", "for", "with", "no", "all")) and not (
                i > 1 and r.words[i - 2] in ORDER_WORDS | {"up", "limit", "than", "over", "under", "me"}):  # (not
            # "the latest 500 alerts", "give me 404 alerts": how many)
            if f"{w[0]}xx" not in name_vocab:  # "502 alerts": alerts of the status's class (HTTP5xxRatioHigh)
                raise Refused("ungrounded", f"no alert name, label or service mentions {w!r} in this store", (w,))
            r.name_hint.append(f"{w[0]}xx")  # (the number had been dropped: every alert)
            continue
        if w.isdigit() or re.fullmatch(r"\d+(m|h|d|w|min|mins|s)", w):
            continue
        if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", w) and _in_window(int(w[:-2]), r):
            continue  # "last tuesday (the 11th) … on march 11": the day the window holds, said again
        if i and r.words[i - 1] in ("by", "per", "each") and w in column_words:
            continue  # "by status": a column to break down by, not a word of an alert's name
        if w in vocab.label_keys and i + 1 < len(r.words) and (i + 1 in used or r.words[i + 1] in grounded):
            continue  # "node ip-10-42-28-16": the key of the label value that follows
        if w in column_words and after in ("of", "for"):
            continue  # "the status of alerts for search": a column of theirs, not the 'Status page probe' alert's word
        if w in ("killed", "kill") and after == "manually":
            continue  # "silences killed by hand": how they were ended, not ContainerOOMKilled's word
        if i and w.endswith("ed") and any(r.words[i - 1] in e.words for e in r.entities.get("person", [])):
            continue  # "the silences maria killed by hand": what the person did, not ContainerOOMKilled's word
        if w in ("above", "below", "over", "under") and re.fullmatch(r"\d+(?:\.\d+)?", after):
            continue  # "services with a number of alerts above 3": a bound, not a word of 'delivery failures above 5%'
        syn = NAME_SYNONYMS.get(w, w)
        if stem(syn) in name_vocab or syn in name_vocab:
            r.name_hint.append(syn)
            continue
        if w in column_words or w.rstrip("s") in column_words:
            continue
        if cue is not None and i and r.words[i - 1] in CUES and (re.fullmatch(r"[a-z]{3,}ed", w) or (
                r.words[i - 2:i - 1] in (["which"], ["what"]) and after in ("the", "a", "an", "most", "more"))):
            continue  # "which service raised the most warnings", "which service hit the highest p99": a verb
        if cue is not None and r.words[i - 1] in CUES and re.search(
                rf"(?i)\b{re.escape(r.words[i - 1])}\s*[,;/]\s*{re.escape(w)}\b", r.question):
            continue  # "kind of warning, service, start and count": items of a list, not the service 'start'
        if cue is not None and i >= 2 and r.words[i - 1] in CUES and (i - 2 in used or r.words[i - 2] in grounded) \
                and ((w == "kick" and after == "off") or (w in _VERBS_AFTER_A_NAME and after != "up") or (
                    w in ("go", "went") and after == "live" and set(r.words) & {"deploy", "deploys", "deployment",
                                                                                "deployments", "release", "version"})):
            continue  # "the profile service kick off", "the payments service go live": the cue is the name's head
            # noun ("the profile service" is user-profile), not a word before a name
        if cue is not None:
            raise Refused("ungrounded", f"no {cue} called {w!r} in this store", (w,))
        if re.fullmatch(r"[a-z][a-z0-9]{1,9}-\d{1,6}", w) and re.search(rf"\b{re.escape(w.upper())}\b", r.question):
            r.ignored.append(w)  # "PROJ-440 - …", "for INC-2031": a ticket's key, where the question comes from
            continue
        if re.search(r"[-_.\d]", w) and len(w) > 3:
            raise Refused("ungrounded", f"{w!r} names nothing in this store", (w,))
        if len(w) >= 5 and w.isalpha() and any(_glued_in(w, words) for words in vocab.once(
                "alert_name_words", lambda: [name_words(n) for n in vocab.alert_names])):
            r.name_hint.append(w)  # a part of a name written as one word: "crashloop"
            continue
        kin = sorted(v for v in vocab.once("name_words", lambda: {x for kind in ("alert", "warning", "metric") for n in
                                                                   vocab.terms(kind) for x in name_words(n)})
                     if len(w) >= 5 and len(v) >= 5 and v[:5] == w[:5])  # (a word of a name, not two run together)
        if kin:
            r.name_hint.append(kin[0])  # another form of a name's word: "expiry" for "expiring"
            continue
        if i + 1 < len(r.words) and r.words[i + 1] in ("alert", "alerts") and w.isalpha() and len(w) > 2 \
                and w not in ORDER_WORDS:
            raise Refused("ungrounded", f"no alert name, label or service mentions {w!r} in this store", (w,))
        if i and r.words[i - 1] in ("did", "has", "had") and i + 1 < len(r.words) and r.words[i + 1] in PERSON_VERBS:
            raise Refused("ungrounded", f"no person called {w!r} in this store", (w,))
        if ((i and r.words[i - 1] == "by") or (i > 1 and r.words[i - 2:i] == ["by", "the"])) and len(w) > 2:
            raise Refused("ungrounded", f"no person called {w!r} in this store", (w,))
        if (i > 1 and r.words[i - 1] == "the" and r.words[i - 2] in ("on", "in", "at", "from", "to") and w in _VENUES) \
                or (i and r.words[i - 1] in ("in", "on") and w in ("thread", "slack", "chat", "standup", "zoom")):
            r.ignored.append(w)  # "we're arguing on the bridge whether …", "asked on the forum": where the asker is
            continue
        if i and r.words[i - 1] == "to" and w in _AUDIENCES:
            r.ignored.append(w)  # "what did we ship to customers on tuesday": to production, as any deploy
            continue
        if len(w) > 1 and ((i and r.words[i - 1] in ("for", "on", "in", "of", "from", "to")) or (
                i > 1 and r.words[i - 1] == "the" and r.words[i - 2] in ("for", "on", "to"))):
            raise Refused("ungrounded", f"no service, project, environment or person called {w!r} in this store",
                          (w,))
        r.ignored.append(w)


_VENUES = frozenset(("bridge", "forum", "forums", "channel", "thread", "call", "standup", "stand-up", "retro", "huddle",
                     "meeting", "chat", "slack", "zoom", "phone", "ticket", "doc", "postmortem", "post-mortem", "wiki",
                     "board", "dashboard", "sync", "review", "town-hall"))
"""Where the asker talks or writes, said after "on the", "in the" ("on the bridge", "in the channel"): no value."""
_AUDIENCES = frozenset(("customers", "clients", "users", "shoppers", "merchants", "everyone", "subscribers"))
"""Who a change is shipped to ("shipped to customers"), never a service or environment of the store."""
ASKERS_PLACES = _VENUES | _AUDIENCES
"""Words of where the asker is and whom a change reached: left unread, and not counted as what the store lacks."""
_UNUSUAL = frozenset(("finite", "nan", "nans", "inf", "infinite", "infinity"))
_SAMPLES = frozenset(("metric", "metrics", "sample", "samples", "points", "readings", "gauge", "gauges", "series"))


def _in_window(day_of_month: int, r: Reading) -> bool:
    """Whether a day of the month is the day of the reading's window (of one day at most, in its zone)."""
    w = r.window
    if w is None or w.end - w.start > timedelta(days=1):  # (not "alerts this week on the 11th": a day of the week)
        return False
    zone = ZoneInfo(r.zone)
    return day_of_month in (w.start.astimezone(zone).day, (w.end - timedelta(microseconds=1)).astimezone(zone).day)


def _glued_in(word: str, words: list[str]) -> bool:
    """Whether ``word`` is a run of a name's ``words`` written as one ("crashloop" in KubePodCrashLooping): it starts
    where a word of the name starts and ends where one ends or three letters into it ("rated" is not in
    CheckoutConversionRateDrop: "rate" and one letter of "drop").

    >>> _glued_in("crashloop", name_words("KubePodCrashLooping"))
    True
    >>> _glued_in("rated", name_words("CheckoutConversionRateDrop"))
    False
    """
    for i in range(len(words)):
        run = ""
        for w in words[i:]:
            rest = word[len(run):]
            if word == run + w or (word.startswith(run) and len(rest) >= 3 and w.startswith(rest)):
                return True
            run += w
            if not word.startswith(run):
                break
    return False


def _named_after_matching(words: list[str], i: int, phrases: dict) -> bool:
    """Whether the words after "matching" at ``i`` name something the store holds: any value of alerts or warnings
    ("alerts matching discovery": the team label); of silences, a service, project, environment, alert name, person
    or source only (a label value alone may be no matcher of any silence: "silences matching reindex" searches their
    comments). Negated ("alerts not matching X"), a service, project or environment is read as set aside; anything
    else is searched for, then refused as a negation the reading does not hold."""
    named = {e.kind for n in (3, 2, 1) for e in phrases.get(tuple(words[i:i + n]), ())}
    if i >= 2 and words[i - 2] in ("not", "never", "dont", "don't", "doesnt", "doesn't", "no", "nothing"):
        return bool(named & {"service", "project", "environment"})
    if (set(SUBJECTS["silences"]) | {"snooze", "snoozes", "snoozed"}) & set(words[:i]):
        return bool(named & {"service", "project", "environment", "alert_name", "person", "alert_source",
                             "change_source"})
    return bool(named)


_VERBS_AFTER_A_NAME = frozenset(("start", "started", "starts", "begin", "began", "fire", "fired", "fires", "alert",
                                 "alerted"))
"""Verbs of an alert's start said right after "the X service" ("when did the profile service start alerting")."""


def _cue(words: list[str], i: int) -> str | None:
    """The kind of value the words around position ``i`` say it is ("service X", "X environment")."""
    before = words[i - 1] if i > 0 else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if words[i] in CUES:
        return None
    if before in CUES and before not in ("services",):
        return CUES[before]
    if after in CUES and after != "by":  # "the frontend team": a team label no alert carries
        return CUES[after]
    return None
