"""Reading a question: its words, what it refuses, what they name in the store, its time and subject.

The reading is what the SQL is built from (:mod:`signalcraft.copilot.ask_sql`). A question
is refused here when it asks to change data, asks for secrets or files, is about nothing the
store holds, or names a value the store does not have ("the service zorblax").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from signalcraft.copilot.ask_common import common_forms
from signalcraft.copilot.ask_forms import polite_prefix, sentences, trim_chatter, written_forms
from signalcraft.copilot.ask_time import Window, time_window
from signalcraft.copilot.ask_vocab import NAME_SYNONYMS, Entity, Vocabulary, name_words, stem, tokens
from signalcraft.copilot.ask_words import (
    CHANGE_TYPES,
    CUES,
    DOMAIN,
    OFF_LIMITS,
    ORDER_WORDS,
    PERSON_VERBS,
    REPHRASE,
    SECRET_WORDS,
    SEVERITIES,
    STOPWORDS,
    SUBJECTS,
    TEXT_CUES,
    WRITE_VERBS,
)

__all__ = ["MAX_QUESTION", "Reading", "Refused", "read"]

MAX_QUESTION = 500
"""Longer questions are refused unread."""


class Refused(Exception):
    """The question gets no query; ``kind`` is ``asks_to_change_data``, ``not_about_this_data``,
    ``ungrounded`` or ``too_long``; the message is the one line a person reads."""

    def __init__(self, kind: str, message: str, words: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.kind, self.words = kind, words


@dataclass
class Reading:
    question: str
    words: list[str]
    now: datetime
    window: Window | None
    entities: dict[str, list[Entity]] = field(default_factory=dict)
    name_hint: list[str] = field(default_factory=list)
    """Words left over that alert names are made of ("latency", "disk")."""
    subjects: list[str] = field(default_factory=list)
    """Subjects in the order the question names them."""
    ignored: list[str] = field(default_factory=list)
    zone: str = "UTC"

    def has(self, *words: str) -> bool:
        """Whether the question holds any of ``words``; "at least" and "at most" are bounds, not rankings."""
        return any(w in words and not (w in ("least", "most") and i and self.words[i - 1] == "at")
                   for i, w in enumerate(self.words))

    def phrase(self, pattern: str) -> re.Match | None:
        return re.search(pattern, " ".join(self.words))

    def one(self, kind: str):
        found = self.entities.get(kind) or []
        return found[0].value if found else None

    @property
    def subject(self) -> str | None:
        return self.subjects[0] if self.subjects else None


def read(question: str, vocab: Vocabulary, now: datetime, zone: str = "UTC") -> Reading:
    """The reading of ``question``, or :class:`Refused` saying why there is none."""
    if len(question) > MAX_QUESTION:
        raise Refused("too_long", f"the question is {len(question):,} characters; ask in at most {MAX_QUESTION}")
    text = unicodedata.normalize("NFKC", question)
    if any(unicodedata.category(c) in ("Cf", "Co", "Cs", "Cc") and c not in "\t\n" for c in text):
        raise Refused("not_about_this_data", "the question holds invisible or control characters")
    preface = re.match(r"\s*([A-Za-z][\w ,'-]{0,30}):\s+(?=\S)", text)  # "weekly review: alerts per service"
    if preface and ((not any(w in keys for w in tokens(preface[1]) for keys in SUBJECTS.values())
                     and not set(tokens(preface[1])) & vocab.once("known", lambda: _known(vocab))[0])
                    or re.search(r"(?i)\b(check|audit|review|question|report|postmortem|retro|summary|note|context)$",
                                 preface[1])):
        text = text[preface.end():]  # a preface that names no kind of record or value ("weekly review:", "deploy
        # hygiene check:") is left out; "auditing dpatel:" and "dpatel's deploys:" are part of the question
    text = polite_prefix(text).rstrip(" .!")  # "... whose comment mentions reindex.": not 'reindex.'
    for sentence in sentences(text):  # an order anywhere in the question refuses it
        _refuse_writes(sentence)
    text = trim_chatter(written_forms(common_forms(text)))
    words = tokens(re.sub(r"(?i)\b((?:mentioning|mentions|saying|says|containing|contains|matching|with the (?:word|"
                          r"text|phrase))\s+)['\"“]([^'\"”]{3,})['\"”]", r"\1", text))  # a quoted text searched for
    # is not read for names: "mentioning 'Service Unavailable'"
    phrases = vocab.phrases()
    for key, value in re.findall(r"\b([a-z_]+)\s*=\s*['\"]?([a-z0-9][\w./:-]*)", text.lower()):
        if (value,) not in phrases and value not in SEVERITIES and not value.isdigit():  # "region=us-west-2"
            raise Refused("ungrounded", f"no {key} called {value!r} in this store", (value,))
    known, targets = vocab.once("known", lambda: _known(vocab))
    words = _split_compounds([vocab.correct(w, known, targets) or w for w in words], known)
    words = _rephrase(["who" if w == "whom" else w for w in words])
    window = time_window(text, now, zone)
    r = Reading(question=text, words=words, now=now, window=window, zone=zone)
    used = _time_words(words, window)
    _ground(r, vocab, used)
    r.subjects = _subjects(words, r)
    _leftovers(r, vocab, used)
    if not r.subjects and not r.entities.get("metric") and (metric := _metric_of_aggregate(r, vocab)) is not None:
        r.entities["metric"] = [metric]  # "max p99 payments-api 24h": the one metric whose name ends in p99
        r.name_hint = [h for h in r.name_hint if h not in metric.words]
    if not r.subjects and r.entities.get("metric"):
        r.subjects = ["metrics"]
    named = any(w in keys for w in words for keys in SUBJECTS.values()) or \
        bool(re.search(r"\b(mttr|time to (resolve|recover|fix)|how long)\b", " ".join(words)))
    if not named and r.ignored and not r.entities.get("metric"):  # "grafana dashboards", "cpu usage of the db hosts"
        raise Refused("not_about_this_data", f"{' '.join(r.ignored)!r}: nothing of that kind is kept in this store",
                      tuple(r.ignored))
    names = {w.lower() for w in re.findall(r"(?<=[a-z,;] )[A-Z][a-z]+\b", question)}  # capitalised inside a sentence
    if len(set(r.ignored) & names) >= 2 or len(r.ignored) >= 5:  # "the latest stable React Native version", "what
        unread = [w for w in r.ignored if w in names] if len(set(r.ignored) & names) >= 2 else r.ignored  # sample
        raise Refused("not_about_this_data", f"{' '.join(unread)!r}: not something this store holds (nothing was "
                                             "run)", tuple(unread))  # size do I need for an A/B test ..."
    if not r.subjects and (r.name_hint or r.entities.get("alert_name")
                           or any(w in ("critical", "sev1", "sev2", "p1", "p2") for w in words)):
        r.subjects = ["alerts"]  # "anything critical going on right now": alerts by their severity
    if not r.subjects and not r.entities:
        raise Refused("not_about_this_data", "this is not a question about alerts, changes, silences, warnings, "
                                             "incidents or logs in this store")
    later = re.search(r"\b(tomorrow|tmrw|next (week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|"
                      r"saturday|sunday|sprint|release)|upcoming|in the coming \w+|later this week)\b", " ".join(words))
    if r.subject != "silences" and ((window is not None and window.start > now) or later):  # "who deploys next
        phrase = window.phrase if window is not None and window.start > now else later[0]  # tuesday"
        raise Refused("not_about_this_data", f"{phrase!r} is after now: the store holds what has happened",
                      tuple(phrase.split()))
    return r


_MAP_NOUNS = {"annotation", "annotations", "attribute", "attributes"}
_VALUE_NOUNS = {"project", "service", "svc", "team", "cluster", "namespace", "environment", "env"}


def _split_compounds(words: list[str], known: set[str]) -> list[str]:
    """``high-latency`` is two words when it is no value but both halves are words we know; not where a value
    is named ("the data-platform project" names a project of that name, not the project ``platform``)."""
    out = []
    for i, w in enumerate(words):
        parts = [p for p in re.split(r"[-_/]", w) if p]
        named = (i + 1 < len(words) and words[i + 1] in _VALUE_NOUNS) or \
            (len(parts) > 1 and parts[-1] in ("svc", "service", "api", "srv", "app", "web", "worker", "db"))  # a
        # service's name ("recommendations-svc"), grounded or refused as one
        if w not in known and len(parts) > 1 and not named and all(p in known or p.isdigit() for p in parts):
            out += parts
        else:
            out.append(w)
    return out


def _refuse_writes(text: str) -> None:
    low = text.lower()
    if re.search(r";|--|/\*|\b(drop|delete|insert|update|alter|truncate)\b.*\b(table|from|into|set|all|every)\b",
                 low) or re.search(r"\b(attach|copy|install|pragma|load)\b", low):
        raise Refused("asks_to_change_data", "only questions are answered here: nothing is changed, loaded or run")
    first = low.strip()
    for _ in range(3):  # "could you also please silence ..."
        first = re.sub(r"^(please|pls|can you|could you|would you|will you|go|now|then|just|kindly|also|and|so|ok|"
                       r"okay)[\s,]+", "", first)
    verb = (re.findall(r"[a-z]+", first) or [""])[0]
    if (verb in WRITE_VERBS and not re.match(r"^\w+\s+(by|from|of|per|in|on|for|actions?|events?|entries|records?|"
                                             r"counts?|totals?|numbers?|rates?|history|logs?|trends?|suggestions?|"
                                             r"rules?|patterns?|requests?|reports?|hygiene|frequency|times?|notes|trains?|"
                                             r"candidates?|versions?|tags?|managers?|cadence|schedules?|toggles?|"
                                             r"flips?|ids?|authors?|comments?|durations?|lengths?|windows?|names?|"
                                             r"creators?|owners?|scopes?|matchers?)\b",
                                             first)) or \
            re.search(r"\b(delete|drop|insert|truncate|overwrite|wipe|purge)\b", low):
        raise Refused("asks_to_change_data", f"{verb or 'that'!r} asks to change data; this only answers questions "
                                             "about it, read-only")
    if re.search(r"\b(mtta|time to (acknowledge|ack)|acknowledge?ment time)\b|\b(time|minutes|how long) (between|from|"
                 r"until|till|before)\b.*\b(ack|acks|acked|acknowledged?|acknowledgement)\b", low):
        raise Refused("not_about_this_data", "time to acknowledge is not answered yet; ask for the acks themselves or "
                                             "for the time to resolve")
    if re.search(r"\bratio (of|between)\b|\b(week|month|day)[- ]over[- ](week|month|day)\b", low):
        raise Refused("not_about_this_data", "ratios of two counts and period-over-period changes are not answered "
                                             "yet; ask for the counts (\"alerts by severity\") or a share (\"what "
                                             "share of alerts are critical\")")
    if re.match(r"(open|file|raise|start) (a|an|the) |(escalate|notify|assign|email|post|send|trigger|page) ",
                first):
        raise Refused("asks_to_change_data", f"{verb!r} asks for an action; this only answers questions about the "
                                             "data, read-only")
    unpaired = re.sub(r"\b\w+\s*=\s*\S+|\bflag[- _]keys?\b", " ", low)  # "label datname=tokens": a label's value,
    # "per flag key": the flag's name; not secrets
    secret = set(tokens(unpaired)) & set(SECRET_WORDS) and not re.search(r"token[- ]service", low)
    if OFF_LIMITS.search(low) or secret:
        raise Refused("not_about_this_data", "secrets, files and settings are not something this answers")
    if m := re.search(r"\bhow much (money|revenue|cost|costs|sales|cash|dollars|euros|budget|spend|spending)\b", low):
        raise Refused("not_about_this_data", f"{m[1]!r} is not kept in this store", (m[1],))
    if re.match(r"(how (do|can|should|would) (i|we|you)|how to)\b", first):
        raise Refused("not_about_this_data", "how to do things is not in this store; ask about what happened")
    field = r"\b(whose|with|without|no|have|has|missing|the|its|their|in) (a |an )?(runbooks?|summary|summaries)\b|" \
            r"\b(runbook|summary) (mentions?|contains?|says|field|url|link)\b|" \
            r"\b(change|deploy|flag change)('s)? summary\b|\b(name|summary),? (or |and )?(the )?(summary|description)\b"
    if (re.search(r"\b(runbooks?|summari[sz]e|summary|explain)\b", low) and not re.search(field, low)) or \
            re.search(r"\b(write|draft|give me|make|generate|create) (me )?(a |the )?(runbook|summary)\b", low):
        raise Refused("not_about_this_data", "briefs and runbooks are written by `signalcraft brief` and "
                                             "`signalcraft runbook` (and the incident page), not by ask")


def _known(vocab: Vocabulary) -> tuple[set[str], set[str]]:
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


def _metric_of_aggregate(r: Reading, vocab: Vocabulary) -> Entity | None:
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


def _time_words(words: list[str], window: Window | None) -> set[int]:
    if window is None:
        return set()
    phrase = set(tokens(window.phrase))
    return {i for i, w in enumerate(words) if w in phrase}


_CHANGE_NOUNS = {"change", "changes", "deploy", "deploys", "deployment", "deployments", "release", "releases",
                 "rollout", "rollouts", "rollback", "rollbacks", "reports", "report"}


def _ground(r: Reading, vocab: Vocabulary, used: set[int]) -> None:
    """Longest word sequences first, left to right; each word grounds at most one value."""
    phrases = vocab.phrases()
    words = r.words
    i = 0
    while i < len(words):
        if i and words[i - 1] in TEXT_CUES and words[i - 1] != "about":  # "silences that contain reindex": a word
            i += 1  # searched for inside texts, whatever else it names
            continue
        if words[i] == "live" and ((i + 1 < len(words) and words[i + 1] in _CHANGE_NOUNS) or
                                   (i and words[i - 1] in ("go", "went", "gone", "goes", "going")) or
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


def _rephrase(words: list[str]) -> list[str]:
    """Ways of saying a thing that the reading knows in one word: "rolled out" is deployed,
    "deployers" are who deployed."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for key, said in REPHRASE.items():
            if tuple(words[i:i + len(key)]) == key:
                out += said
                i += len(key)
                break
        else:
            out.append(words[i])
            i += 1
    return out


_RANKING_WORDS = {"noisiest", "loudest", "busiest", "quietest", "noisy"}
"""Words that name alerts alone ("the noisiest") but only rank when another kind is named ("busiest day for
deploys")."""


def _subjects(words: list[str], r: Reading) -> list[str]:
    out = []
    for i, w in enumerate(words):
        for subject, keys in SUBJECTS.items():
            if w in keys and subject not in out:
                if subject == "warnings" and _is_severity_warning(words, i):
                    continue
                if subject == "changes" and w == "live" and "environment" in r.entities and words.count("live") \
                        and not r.has("version"):
                    continue
                if out and i and words[i - 1] in TEXT_CUES and words[i - 1] not in ("about", "matching"):
                    continue  # "silences whose reason mentions deploy": a text searched for, not changes
                out.append(subject)
    named_alerts = [w for w in words if w in SUBJECTS["alerts"]]
    if len(out) > 1 and out[0] == "alerts" and named_alerts and set(named_alerts) <= _RANKING_WORDS:
        out.remove("alerts")  # "busiest day for deploys": the deploys, ranked
    if re.search(r"\b(time to (resolve|recover|fix)|mttr|how long)\b", " ".join(words)) and "alerts" not in out:
        out.append("alerts")
    return out


def _is_severity_warning(words: list[str], i: int) -> bool:
    if words[i] != "warning":
        return False
    near = words[max(0, i - 1): i + 3]
    if i + 2 < len(words) and words[i + 1] in ("and", "or", "vs", "versus") and words[i + 2] in SEVERITIES:
        return True  # "warning and critical alerts": two severities
    if i >= 2 and words[i - 1] in ("and", "or", "vs", "versus") and words[i - 2] in SEVERITIES:
        return True  # "today's critical vs warning split"
    return "severity" in near or "level" in near or ("alerts" in near[1:] or "alert" in near[1:])


def _leftovers(r: Reading, vocab: Vocabulary, used: set[int]) -> None:
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
        if w in TEXT_CUES or (i and r.words[i - 1] in TEXT_CUES):  # searched for inside texts, not a name
            continue  # ("contains" is no word of ContainerOOMKilled)
        if (r.words[i + 1:i + 2] and r.words[i + 1] in _MAP_NOUNS) or (i > 2 and r.words[i - 1] in ("is", "=") and
                                                                       r.words[i - 2] in _MAP_NOUNS):
            continue  # "whose db.system attribute is postgresql": a key of a map and its value (ask_sql.map_filters)
        if w in STOPWORDS or w in DOMAIN:
            continue
        after = r.words[i + 1] if i + 1 < len(r.words) else ""
        if w.endswith("ing") and after in ("the", "a", "an", "any", "its", "their"):
            continue  # "alerts missing the description annotation": a verb, not HeartbeatMissing's word
        if after in ("project", "service", "environment", "env") and i and r.words[i - 1] in ("the", "for", "on",
                                                                                             "in") \
                and any(w in keys for keys in SUBJECTS.values()) and not w.endswith("est"):
            raise Refused("ungrounded", f"no {CUES[after]} called {w!r} in this store", (w,))  # "the notifications
        if w in CHANGE_TYPES or w in SEVERITIES or any(w in keys for keys in SUBJECTS.values()):  # project"
            continue
        if w.isdigit() or re.fullmatch(r"\d+(m|h|d|w|min|mins|s)", w):
            continue
        if i and r.words[i - 1] in ("by", "per", "each") and w in column_words:
            continue  # "by status": a column to break down by, not a word of an alert's name
        if w in vocab.label_keys and i + 1 < len(r.words) and (i + 1 in used or r.words[i + 1] in grounded):
            continue  # "node ip-10-42-28-16": the key of the label value that follows
        syn = NAME_SYNONYMS.get(w, w)
        if stem(syn) in name_vocab or syn in name_vocab:
            r.name_hint.append(syn)
            continue
        if w in column_words or w.rstrip("s") in column_words:
            continue
        if cue is not None and i and r.words[i - 1] in CUES and re.fullmatch(r"[a-z]{3,}ed", w):
            continue  # "which service raised the most warnings": a verb after the cue, not a name
        if cue is not None:
            raise Refused("ungrounded", f"no {cue} called {w!r} in this store", (w,))
        if re.search(r"[-_.\d]", w) and len(w) > 3:
            raise Refused("ungrounded", f"{w!r} names nothing in this store", (w,))
        if len(w) >= 5 and w.isalpha() and any(w in n.lower() for n in vocab.alert_names):
            r.name_hint.append(w)  # a part of a name written as one word: "crashloop"
            continue
        kin = sorted(v for v in name_vocab if len(w) >= 5 and len(v) >= 5 and v[:5] == w[:5])
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
        if len(w) > 1 and ((i and r.words[i - 1] in ("for", "on", "in", "of", "from", "to")) or (
                i > 1 and r.words[i - 1] == "the" and r.words[i - 2] in ("for", "on", "to"))):
            raise Refused("ungrounded", f"no service, project, environment or person called {w!r} in this store",
                          (w,))
        r.ignored.append(w)


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
