"""Reading a question: its words, what it refuses, what they name in the store, its time and subject.

The reading is what the SQL is built from (:mod:`signalcraft.copilot.ask_sql`). A question
is refused here when it asks to change data, asks for secrets or files, is about nothing the
store holds, or names a value the store does not have ("the service zorblax").
"""

from __future__ import annotations

import unicodedata
from datetime import datetime

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_attributes import attribute_words
from signalcraft.copilot.ask_bots import made_by
from signalcraft.copilot.ask_chatter import own_document, polite_prefix, sentences, trim_chatter
from signalcraft.copilot.ask_clock import WEEK_PART, any_day, change_clock
from signalcraft.copilot.ask_columns import listed_attributes, sort_phrase
from signalcraft.copilot.ask_common import common_forms
from signalcraft.copilot.ask_dates import SEVERAL_DAYS, every_weekday
from signalcraft.copilot.ask_forms import written_forms
from signalcraft.copilot.ask_ground import (
    ASKERS_PLACES,
    ground,
    known_words,
    leftovers,
    metric_of_aggregate,
    subjects,
    time_words,
)
from signalcraft.copilot.ask_names import joined_names, split_compounds, unglued
from signalcraft.copilot.ask_reading import Reading, Refused, check_length
from signalcraft.copilot.ask_time import time_window
from signalcraft.copilot.ask_vague import refuse_vague
from signalcraft.copilot.ask_vocab import REGION, Vocabulary, tokens
from signalcraft.copilot.ask_words import (
    OFF_LIMITS,
    REPHRASE,
    SECRET_WORDS,
    SEVERITIES,
    SUBJECTS,
    WRITE_VERBS,
)

__all__ = ["read", "single_names"]


def refuse_orders(question: str) -> None:
    """Refuse a question too long, holding control characters, or giving an order anywhere (also after a dash or a
    comma): checked on the whole question before any part of it is read on its own."""
    check_length(question)
    text = unicodedata.normalize("NFKC", question)
    if any(unicodedata.category(c) in ("Cf", "Co", "Cs", "Cc") and c not in "\t\n" for c in text):
        raise Refused("not_about_this_data", "the question holds invisible or control characters")
    if (order := re.search(_DO_IT, text)) and re.search(_AN_ACT, text[:order.start()]) and \
            not re.match(_ASKED_FIRST, text):  # "HighLatencyP99 on search-api staging ack from my name, do it" (not
        raise Refused("asks_to_change_data", "that asks for something to be done; this only answers questions about "
                                             "the data, read-only")  # "how often did maria deploy, go ahead")
    for sentence in sentences(polite_prefix(text).rstrip(" .!")):
        for clause in re.split(r"\s+[-\u2013\u2014]+\s+|\s*(?:->|=>|\u2192)\s*(?=(?:\w+ ){1,2}(?:them|it|all|the|those|"
                               r"these|every|everything)\b)|,\s*(?=(?:please|pls|kindly|go ahead|and then|then|so)\b)",
                               sentence):  # "… -> bulk transition all of them": an
            # order; "Checkout is fine now, go ahead and resolve all the open incidents"
            _refuse_writes(clause)


_DO_IT = r"(?i)(?:^|[,.;:!-])\s*(?:(?:please|pls|just|now|ok|so)\s+)?(?:do it|go ahead|make it so|get it done|" \
         r"do that|(?:please|pls) do)(?:\s+(?:now|please|pls|asap|for me))?\s*[.!]*\s*$"
"""An order given at the end ("…, do it", "… - go ahead")."""
_AN_ACT = r"(?i)(?<!\bthe )(?<!\ba )(?<!\bthis )(?<!\bthat )(?<!\beach )(?<!\bits )(?<!\bevery )(?<!\blast )" \
          r"(?<!\ball )(?<!\bany )(?<!\bmy )(?<!\bour )\b(?:ack|acknowledge|silence|" \
          r"mute|snooze|resolve|expire|close|delete|restart|roll ?back|deploy|revert|disable|enable|turn (?:off|on)|" \
          r"flip|toggle|unsilence|reopen|page)\b"
"""What such an order has done ("ack", "silence", "roll back", …; not "the silence")."""
_DOCUMENT = r"(?:report|postmortem|post-mortem|retro|review|write-?up|deck|slides|summary|notes?|doc|handover|rca|" \
            r"ticket|pack|evidence|change[- ]?log|minutes|register|newsletter|memo)"
"""What a preface names when it names the document the answer goes into ("for the ops report:")."""
_FOR_DOCUMENT = re.compile(rf"(?i)^for (?:the|my|our|this|a|an) ?(.*?)\s*\b(?:timeline|{_DOCUMENT})$")
"""A preface naming the document the answer goes into, with the day it is about ("For the 11 March timeline:")."""
_ADVICE = r"^(?:what(?: is|s)?|which(?: is)?|is there|any|how)\b.*\b(?:best|better|ideal|recommended|good|right)\b" \
          r"(?: \w+){0,3} (?:algorithms?|librar(?:y|ies)|frameworks?|approach(?:es)?|practices?|techniques?|methods?|" \
          r"tools?|products?|vendors?|alternatives?|" \
          r"strateg(?:y|ies)|way to (?:set|tune|configure|choose|pick|detect|design|write))\b|" \
          r"^(?:should|shall) (?:i|we)\b|\b(?:catchy|snappy|funny|witty)\b|" \
          r"^what(?:'s| is|s)? (?:an? |the )?(?:good|sensible|reasonable|recommended|sane|ideal|proper|safe|right) " \
          r"(?:\w+ ){0,3}?(?:ttl|threshold|value|setting|limit|timeout|size|number|length|duration|interval|window|" \
          r"budget|target|level)s?\b|" \
          r"^what should (?:our|my|the) \w+(?: \w+){0,3} be\b|" \
          r"^(?:under [\w .-]{2,30},\s*)?(?:do|does|would|should|must)\b[^?]{0,80}\bcount as (?:an? |the )?" \
          r"(?:standard |normal |emergency |significant |major )?(?:changes?|deploys?|deployments?|releases?|" \
          r"incidents?|outages?|acks?|silences?)\b|" \
          r"\b(?:need|needs|require|requires|required) (?:a |an )?(?:cab|change advisory|board|manager|formal) " \
          r"?(?:approval|sign-?off)\b|" \
          r"\b(?:is it|would it be) (?:better|worse|wiser|smarter) to\b|\bgenerally speaking\b|" \
          r"^what(?: is|s)? (?:the )?differences? between\b|^how (?:do |can |should |would |to )?(?:i |we )?" \
          r"(?:configure|set up|setup|install|enable|disable|tune|upgrade)\b|" \
          r"\b(?:good|typical|normal|healthy|acceptable|reasonable|industry|realistic)(?: \w+){0,3} (?:benchmarks?|" \
          r"targets?|standards?) (?:for|in|across)\b|\b(?:companies|company|teams|orgs?|organi[sz]ations) (?:of )?" \
          r"(?:our|my|a similar|similar) size\b|\b(?:compared? (?:us |ourselves )?(?:to|with)|against) (?:our )?" \
          r"(?:peers|competitors|the industry|other companies)\b|" \
          r"\b(?:a )?(?:title|headline|slogan|tagline|poem|joke|haiku|limerick) (?:for|about)\b|" \
          r"^(?:which|what)\b[^?]{0,60}\b(?:is|are|would be) (?:the )?(?:right|correct|best|ideal|optimal|" \
          r"recommended|sensible)(?: (?:value|setting|size|number))? (?:for|on)\b(?=[^?]*\b(?:a|an|my|our) " \
          r"(?:machine|box|host|server|node|instance|vm|cluster|database|db)\b|[^?]*\b\d+ ?(?:gb|gib|mb|cores?|cpus?|" \
          r"vcpus?)\b)"
"""A question that asks for advice or general knowledge rather than for rows of the store ("which max_connections
is right for Postgres 16 on a machine with 64 GB RAM")."""


def single_names(vocab: Vocabulary) -> dict[str, frozenset[str]]:
    """The store's values named by one word, each with what it names."""
    return vocab.once("single names", lambda: {key[0]: frozenset(str(e.value) for e in found) for key, found in
                                               vocab.phrases().items() if len(key) == 1})


def read(question: str, vocab: Vocabulary, now: datetime, zone: str = "UTC") -> Reading:
    """The reading of ``question``, or :class:`Refused` saying why there is none."""
    refuse_orders(question)
    text = unicodedata.normalize("NFKC", question)
    preface = re.match(r"\s*([A-Za-z][\w ,'-]{0,30}):\s+(?=\S)", text)  # "weekly review: alerts per service"
    if preface and (doc := _FOR_DOCUMENT.match(preface[1])):  # "For the 11 March timeline: …": its time, said last
        rest = text[preface.end():].rstrip(" .!?")
        said = None if time_window(rest, now, zone) is not None else next((
            f"{lead} {doc[1]}" for lead in ("on", "in") if doc[1] and time_window(f"{lead} {doc[1]}", now, zone)), None)
        # (a time the question says itself is its own: "For the March report: incidents per service in February")
        text = f"{rest} {said}" if said else rest  # "For the March report: …": in March
        preface = None
    timed = preface and next((f"{lead}{preface[1]}" for lead in ("", "in ") if time_window(
        f"{lead}{preface[1]}", now, zone) is not None), None)  # "March 11: ...", "March: ...": a time
    if timed and not any(w in keys for w in tokens(preface[1]) for keys in SUBJECTS.values()):
        text = f"{text[preface.end():].rstrip(' .!?')} {timed}"  # "March 11: 2 busiest hours by alerts": said last
    elif preface and ((not any(w in keys for w in tokens(preface[1]) for keys in SUBJECTS.values())
                     and not set(tokens(preface[1])) & vocab.once("known", lambda: known_words(vocab))[0])
                    or re.search(rf"(?i)\b(?:check|audit|question|context|{_DOCUMENT})$", preface[1])):
        text = text[preface.end():]  # a preface that names no kind of record or value ("weekly review:", "deploy
        # hygiene check:") is left out; "auditing dpatel:" and "dpatel's deploys:" are part of the question
    text = polite_prefix(text).rstrip(" .!")  # "... whose comment mentions reindex.": not 'reindex.'
    names = single_names(vocab)
    text, change_at = change_clock(written_forms(common_forms(trim_chatter(text, names))))
    text, made = made_by(text)
    text, weekday, weekday_hours = every_weekday(text)  # "who deploys on friday afternoons": every Friday's
    text, daily = any_day(text, re.search(SEVERAL_DAYS, text) is not None or re.search(
        rf"(?i){WEEK_PART}|\b(?:on|at|during|over) the weekend\b", text) is not None)  # "from 9 to 5 on weekdays":
    # those hours of every weekday (had been yesterday's)
    daily = daily or weekday_hours
    text, order = sort_phrase(text)
    if re.search(r"(?i)\butc\b", text):  # "per hour yesterday, in UTC": the clock of the question is UTC's
        zone, text = "UTC", re.sub(r"(?i),?\s*\(?\b(?:(?:in|on|as|using|by) )?(?:the )?utc(?: time)?\b\)?", "", text)
    words = tokens(re.sub(r"(?i)\b((?:mentioning|mentions|saying|says|containing|contains|matching|with the (?:word|"
                          r"text|phrase))\s+)['\"“]([^'\"”]{3,})['\"”]", r"\1", text))  # a quoted text searched for
    # is not read for names: "mentioning 'Service Unavailable'"
    phrases = vocab.phrases()
    for key, value in re.findall(r"\b([a-z_]+)\s*=\s*['\"]?([a-z0-9][\w./:-]*?)(?=[.:]*(?:\s|$|['\",;?!)]))",
                                 text.lower()):  # (not the full stop after it: "node=ip-….internal. That is …")
        if (value,) not in phrases and value not in SEVERITIES and not value.isdigit():  # "region=us-west-2"
            raise Refused("ungrounded", f"no {key} called {value!r} in this store", (value,))
        if key in vocab.label_keys and len(value) >= 3 and key not in vocab.labels.get(value, []):  # "team=search":
            raise Refused("ungrounded", f"no {key} called {value!r} in this store", (value,))  # no team is called so,
            # whatever else is (the search project)
    _unknown_region(text, vocab)
    known, targets = vocab.once("known", lambda: known_words(vocab))
    words = split_compounds([vocab.correct(w, known, targets) or w for w in joined_names(
        unglued(words, vocab, known), vocab, known, targets)], known)
    words = _rephrase(["who" if w == "whom" else w for w in words])
    if re.search(_ADVICE, " ".join(words)):  # "what's the best anomaly detection algorithm for weekly seasons", "how
        raise Refused("not_about_this_data", "this asks for advice or writing, not for what the store holds (nothing "
                                             "was run)")  # I configure argo cd": whatever names it holds
    window = time_window(text, now, zone)
    time_first = window is not None and bool(re.match(  # "Yesterday, which changes …": of the whole question
        rf"(?i)\W*(?:(?:on|in|during|for|since|from|over) )?(?:the )?{re.escape(window.phrase)}\b", question))
    r = Reading(question=text, words=words, now=now, window=window, zone=zone, change_at=change_at, made_by=made,
                time_first=time_first, daily=daily, weekday=weekday, order=order)
    used = time_words(words, window)
    ground(r, vocab, used)
    r.subjects = subjects(words, r)
    leftovers(r, vocab, used)
    if said := attribute_words(r, vocab):  # "top 3 http status codes checkout-web sent back": log lines' attributes
        r.ignored = [w for w in r.ignored if w not in said]
        r.subjects = r.subjects or ["logs"]
    if not r.subjects and not r.entities.get("metric") and (metric := metric_of_aggregate(r, vocab)) is not None:
        r.entities["metric"] = [metric]  # "max p99 payments-api 24h": the one metric whose name ends in p99
        r.name_hint = [h for h in r.name_hint if h not in metric.words]
    if not r.subjects and r.entities.get("metric"):
        r.subjects = ["metrics"]
    named = any(w in keys for w in words for keys in SUBJECTS.values()) or bool(said) or \
        bool(re.search(r"\b(mttr|time to (resolve|recover|fix)|how long)\b", " ".join(words)))
    if not named and not r.entities.get("metric") and [w for w in r.ignored if not (r.name_hint and w in (
            "start", "started", "begin", "began", "stop", "stopped"))]:  # "grafana dashboards", "cpu usage of the db
        # hosts" (not "when did token-service start crashlooping": the start of an alert named so)
        raise Refused("not_about_this_data", f"{' '.join(r.ignored)!r}: nothing of that kind is kept in this store",
                      tuple(r.ignored))
    names = {w.lower() for w in re.findall(r"(?<=[a-z,;] )[A-Z][a-z]+\b", question)}  # capitalised inside a sentence
    if len(set(r.ignored) & names) >= 2 or len(set(r.ignored) - ASKERS_PLACES) >= 5:  # "the latest stable React
        unread = [w for w in r.ignored if w in names] if len(set(r.ignored) & names) >= 2 else r.ignored  # Native
        # version", "what sample
        raise Refused("not_about_this_data", f"{' '.join(unread)!r}: not something this store holds (nothing was "
                                             "run)", tuple(unread))  # size do I need for an A/B test ..."
    if not r.subjects and (r.name_hint or r.entities.get("alert_name")
                           or any(w in ("critical", "sev1", "sev2", "p1", "p2") for w in words)):
        r.subjects = ["alerts"]  # "anything critical going on right now": alerts by their severity
    if not r.subjects and not r.entities:
        raise Refused("not_about_this_data", "this is not a question about alerts, changes, silences, warnings, "
                                             "incidents or logs in this store")
    near = re.search(r"\b(?:around|about|roughly) (\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d)\b", text.lower())
    if near and (window is None or window.kind != "instant"):  # "alerts around 3pm yesterday": how wide is unsaid
        raise Refused("not_about_this_data", f"{near[0]!r}: say the window (\"between 2:30 and 3:30pm\") or the moment "
                                             "(\"firing at 3pm\"); nothing was run", tuple(near[0].split()))
    later = re.search(r"\b(tomorrow|tmrw|next (week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|"
                      r"saturday|sunday|sprint|release)|upcoming|in the coming \w+|later this week)\b", " ".join(words))
    if r.subject != "silences" and ((window is not None and window.start > now) or later):  # "who deploys next
        phrase = window.phrase if window is not None and window.start > now else later[0]  # tuesday"
        raise Refused("not_about_this_data", f"{phrase!r} is after now: the store holds what has happened",
                      tuple(phrase.split()))
    return r


def _unknown_region(text: str, vocab: Vocabulary) -> None:
    """A cloud region written in the question ("alerts in prod-us-west-2") that no label value, alert name or
    service holds is refused as ungrounded (its words had matched names that hold another region's)."""
    regions = re.findall(REGION, text.lower())
    if not regions:
        return
    held = vocab.once("regions", lambda: " ".join(
        [*(v.lower() for v in vocab.labels), *(n.lower() for n in vocab.alert_names), *vocab.services]))
    for region in regions:
        if region not in held:
            raise Refused("ungrounded", f"{region!r}: no cluster, region or alert in this store names it",
                          (region,))


_ASKING = r"(who|what|which|when|where|why|how|did|does|do|is|are|was|were|has|have|had|whether|any|list|show|give|" \
          r"count|can i|could i)\b"
_ASKED_FIRST = r"(?i)^\s*(?:(?:whom|whose|get|find|tell|i need|i want|we need|can you|could you|" \
               r"please (?:list|show|give|tell|count|find))\b|" + _ASKING + ")"
"""A clause that asks before "go ahead" ("how often did maria deploy, go ahead"): a question, not an order (the
words a question opens with, :data:`_ASKING`, and a request for rows)."""
_PARTICLE_VERB = r"(turn|switch|flip|flick|toggle|roll|shut|spin|scale|bring|take) (on|off|back|down|up|over)\b" \
                 r"(?! (?:events?|changes?|actions?)\b)"
"""An order that opens with a verb and its particle: "turn on the flag", "roll back payments-api" (not "scale down
events of payments-api": a kind of change)."""
_DO_A_CHANGE = r"\b(perform|make|do|execute|trigger|initiate|kick off|start|run) (a |an |the )?(new |quick |full )?" \
               r"(rollback|roll back|deploy|deployment|redeploy|restart|release|silence|snooze)\b"
"""An order to do a change, anywhere in a sentence that asks nothing: "payments-api make rollback to v2.13.2"."""
_PROLONG = r"\b(keep|leave) (the |that |this |my |our )?[\w -]{0,40}\b(silence|snooze|mute)s? [\w -]{0,20}\b(going|" \
           r"running|active|in place|on)\b[\w -]{0,10}\b(for|until|till|another|one more)\b|\bmake (it|them|that|" \
           r"this|the [\w-]+) ([\w-]+ ){0,3}(longer|shorter|active|inactive|expire)\b"
"""An order to keep a silence going or change its length: "keep the silence going for one more day"."""


_AND_DO = r"(?:\b(?:and|then|also|plus)|&|\bi\.e\.?|\bie|\bthat is|\bmeaning|\bnamely|\bin other words),?\s+" \
          r"(?:please\s+|also\s+|then\s+|just\s+|go ahead and\s+)*(?:expire|delete|remove|mute|silence|snooze|ack|" \
          r"acknowledge|resolve|close|extend|update|change|clear|purge|wipe|kill|disable|enable|restart|redeploy|" \
          r"roll back|rollback|revert|drop|unsilence|unmute)\s+(?:all|them|it|those|these|every|each|everything|any)\b"
"""An order joined to a question: "list silences and expire all of them"."""
_DONE_TO = re.compile(r"(can|could|would|will|should|may)\b.{0,80}\bbe (muted|silenced|snoozed|acked|acknowledged|"
                      r"resolved|closed|deleted|removed|dropped|rolled back|restarted|redeployed|deployed|expired|"
                      r"extended|updated|changed|turned (on|off)|disabled|enabled|paused|suppressed)\b")
_ABOUT_DATA = re.compile(r"\b(which|what|any|already|were|was|ever|whether|how many|by (a|any|the) silence)\b")


def _done_to(clause: str) -> bool:
    """A request in the passive ("could the checkout alerts be silenced for an hour?"), not a question about what was
    so ("could any silence be expired already?", "could they be muted by a silence, which ones were?")."""
    return bool(_DONE_TO.match(clause)) and not _ABOUT_DATA.search(clause)


_STACKED = r";(?![\s;?.!]*$)(?!\s*(?:(?:only|just) (?:the )?(?:top |first |last )?\d+|pls|please|thx|thanks|ty|asap)" \
           r"[.!?]*\s*$)"
"""A ";" that could begin a second statement: not one that ends the question, its question mark as Greek writes it
("what is firing rn in prod;"), nor one before a number of rows or a courtesy alone ("…; only 1", "…; pls"): anything
more after it ("…; please expire them all") is refused as before."""


_A_SILENCE = re.compile(r"(?:silence|snooze|mute)s?,? (?:created|made|expired|ended|set up|put|placed|lifted|"
                        r"(?:that|which) (?:already|was|were|is|are|has|had|got|expired|ended|ran|still))\b")
"""A silence named as a thing, not an order ("silence that already expired early, who expire it", "silence created
when …")."""


_PUT = r"put (?:(?:please|pls|kindly|just|quickly|now|also) )?(?:a |the )?(?:mute|silence|snooze|hold) on\b"
"""An order to mute ("put a silence on the indexer", "Put please a silence on …"); in a clause of a question ("what
was still firing when X put the silence on Y") a moment."""


def _columns_listed(clause: str) -> bool:
    """Whether ``clause`` is a list of columns that begins with a kind's name ("deploy service, version, alert name and
    alert start"), not an order ("deploy checkout, payments and search", "ack the X alert, the Y alert and …")."""
    rest = clause.strip().rstrip(" .!?").partition(" ")[2]
    items = [i.strip() for i in re.split(r",|\band\b|&", rest) if i.strip()]
    return len(items) >= 3 and len(items[0].split()) == 1 and bool(listed_attributes(rest))


def _refuse_writes(text: str) -> None:
    low = text.lower()
    if re.search(_STACKED + r"|--|/\*|\b(drop|delete|insert|update|alter|truncate)\b.*\b(table|from|into|set|all|"
                 r"every)\b", low) or re.search(r"\b(attach|copy|install|pragma|load)\b", low):
        raise Refused("asks_to_change_data", "only questions are answered here: nothing is changed, loaded or run")
    if re.search(_AND_DO, low) or re.search(r"\bbulk[- ](?:transition|resolve|close|ack|acknowledge|delete|edit|"
                                            r"assign|update|silence|mute|expire)\b", low):  # "list silences and
        # expire all of them", "..., i.e. delete them", "bulk transition all of them"
        raise Refused("asks_to_change_data", "that asks for something to be done; this only answers questions about "
                                             "the data, read-only")
    first = low.strip()
    for _ in range(3):  # "could you also please silence ...", "please you switch off ..."
        first = re.sub(r"^(please|pls|can you|could you|would you|will you|you|go ahead and|go ahead|go|now|then|just|"
                       r"kindly|also|and|so|ok|okay|like|i mean|help me(?: to)?|(?:i|we) (?:need|want) you to|"
                       r"(?:i|we)(?:'d| would) like you to|[a-z]+(?= ?, ?(?:please|pls|can you|could you|would you|"
                       r"will you|kindly)\b)|[\w#'()/-]+(?: [\w#'()/-]+){0,4}:(?=\s))[\s,]+", "",
                       first)  # "help me close the incident", "mas, can you mark …", "PROJ-494: pls turn the flag back
        # on" (what it is headed with)
    if _done_to(first) or (re.search(rf"\b{_PUT}", first) and not re.match(
            r"(?:who|whom|whose)\b|(?:did|has|have|had) \S+ put\b|(?:when|why) (?:was|were|did|had)\b", first)
            and not (re.match(r"(?:what|which|who|list|show|were|was|did|any)\b(?! if\b)", first) and re.search(
                rf"\b(?:when|while|after|before|since|until|once) (?:[\w.@'-]+ ){{1,3}}{_PUT}", first)
                and len(re.findall(r"\bput\b", first)) == 1)):  # "what was still firing
            # when X put the silence on Y": a question
        # "can everything in monitoring be muted until tomorrow?", "put a mute on all of it"; not "who put ..."
        raise Refused("asks_to_change_data", "that asks for something to be done; this only answers questions about "
                                             "the data, read-only")
    if re.match(r"(?:record|register|note|enter|write down|document|add|put|store|save)\b[^?]*\b(?:in|into|to) "
                r"(?:the |our )?(?:audit[ _-]?log|store|database|db|table|duckdb|records?)\b", first):
        raise Refused("asks_to_change_data", "that asks for something to be written; this only answers questions "
                                             "about the data, read-only")  # "Please record in the audit log that …"
    asking = re.match(_ASKING, first)
    if re.match(_PARTICLE_VERB, first) or (not asking and re.search(_DO_A_CHANGE, low)) or re.search(_PROLONG, low):
        raise Refused("asks_to_change_data", "that asks for something to be done; this only answers questions about "
                                             "the data, read-only")
    verb = (re.findall(r"[a-z_]+", first) or [""])[0]  # "silence_id, created_by and comment of …": a column
    if (verb in WRITE_VERBS and not re.match(r"^\w+\s+(by|from|of|per|in|on|for|actions?|events?|entries|records?|"
                                             r"counts?|totals?|numbers?|rates?|history|logs?|trends?|suggestions?|rows?|"
                                             r"rules?|patterns?|requests?|reports?|hygiene|frequency|times?|notes|trains?|"
                                             r"candidates?|versions?|tags?|managers?|cadence|schedules?|toggles?|"
                                             r"flips?|ids?|authors?|comments?|durations?|lengths?|windows?|names?|"
                                             r"creators?|owners?|scopes?|matchers?)\b",
                                             first) and not re.match(_A_SILENCE, first)
         and not _columns_listed(first)) or re.search(r"\b(delete|drop|insert|truncate|overwrite|wipe|purge)\b", low):
        raise Refused("asks_to_change_data", f"{verb or 'that'!r} asks to change data; this only answers questions "
                                             "about it, read-only")
    if re.search(r"\b(mtta|time to (acknowledge|ack)|acknowledge?ment time)\b|"
                 r"\b(time|(?:minutes|how long)(?: \w+){0,3}?) (between|from|until|till|before)\b.*"
                 r"\b(ack|acks|acked|acknowledged?|acknowledgement)\b", low):
        raise Refused("not_about_this_data", "time to acknowledge is not answered yet; ask for the acks themselves or "
                                             "for the time to resolve")
    if re.search(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b.*\b(vs\.?|versus|compared (to|with)|against)\b.*"
                 r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", low):  # "alerts on tuesday vs wednesday"
        raise Refused("not_about_this_data", "two days compared side by side are not answered yet; ask for the count "
                                             "per day")
    if re.search(r"\b(which|what) (days?|dates?|hours?|weeks?|months?) (had|have|has|saw|with|got|were there) "
                 r"(no|zero|not any|none)\b|^(?:(?:list|show|give)(?: me)?(?: the| all)? )?(days?|hours?|weeks?|"
                 r"dates?) (without|with no|with zero) ", low):
        raise Refused("not_about_this_data", "periods with none of something are not answered yet; ask for the count "
                                             "per day (or hour), which leaves out the periods with none")  # "which
        # days had no deploys this week" had listed the deploys
    if m := re.search(r"\b(?:patterns?|templates?)\b.*\b(?:spiked|spiking|spikes?|surged|surging|surges?|jumped|"
                      r"exploded|blew up)\b|\b(?:spiking|surging|spiked|surged) (?:log )?(?:patterns?|templates?)\b",
                      low):
        raise Refused("not_about_this_data", f"{m[0]!r}: a pattern's surge is not read yet; ask for the lines per "
                                             "pattern in a window, or the patterns first seen in it")  # "which log
        # patterns spiked yesterday" had been the patterns first seen yesterday
    if m := re.search(r"\b(?:had|have|has|got|with|saw|fired)\b.*\b(?:but|and) not (?:on )?(today|yesterday|this week|"
                      r"last week|this month|last month|tonight|this morning)\b", low):
        raise Refused("not_about_this_data", f"{m[0]!r}: one period set against another is not read yet; ask for "
                                             "each period's rows or counts")  # "which services had alerts yesterday
        # but not today" had been today's services
    if m := re.search(r"\bthe same (?:thing|things|alerts?|silences?|services?|stuff) (?:again )?(?:every|each) "
                      r"(?:day|week|month|night|time|tuesday|weekend)\b", low):
        raise Refused("not_about_this_data", f"{m[0]!r}: a pattern that repeats is not read by ask; the silence "
                                             "suggestions (`signalcraft suggest-silences`) mine those")  # "who
        # silences the same thing every week" had been everyone who made a silence
    refuse_vague(low)  # a window, an event or a period said too vaguely to read
    if re.search(r"\bmean time between\b|\bmtbf\b|\btime between (incidents|alerts|outages|failures|deploys)\b", low):
        raise Refused("not_about_this_data", "the time between things of one kind is not answered yet; ask for their "
                                             "count per day or week, or how long each lasted")
    if re.search(r"\bratio (of|between)\b|\b(week|month|day)[- ]over[- ](week|month|day)\b", low):
        raise Refused("not_about_this_data", "ratios of two counts and period-over-period changes are not answered "
                                             "yet; ask for the counts (\"alerts by severity\") or a share (\"what "
                                             "share of alerts are critical\")")
    if re.match(r"(open|file|raise|start) (a|an|the) |(escalate|notify|assign|email|post|send|trigger|page) "
                r"(?!(?:me|us|over)\b)", first):  # "send me every alert that …": a request for the rows
        raise Refused("asks_to_change_data", f"{verb!r} asks for an action; this only answers questions about the "
                                             "data, read-only")
    unpaired = re.sub(r"\b\w+\s*=\s*\S+|\b(?:flag|metric|config)[- _]keys?\b", " ", low)  # "label datname=tokens": a
    # label's value, "per flag key": the flag's name, "metric keys": the warnings' series; not secrets
    secret = set(tokens(unpaired)) & set(SECRET_WORDS) and not re.search(r"token[- ]service", low)
    kept = low if re.search(r"\b(?:save|saving|store|dump|write|export|put|copy|send|attach|upload)\b", low) else \
        re.sub(r"\b(?:evidence|audit|report|review|compliance|postmortem|case) files?\b", " ", low)  # "for the PCI
    # DSS evidence file": the document the rows go in (not where they are to be saved)
    if OFF_LIMITS.search(kept) or secret:
        raise Refused("not_about_this_data", "secrets, files and settings are not something this answers")
    if re.search(r"\b(?:service|team|project|code|repo) owners?\b|\bowners? of (?:the|a|an|its|their|each|that) "
                 r"(?:services?|teams?|projects?|repos?|code)\b|\bwho owns\b(?! (?:the |that |this )?(?:[\w-]+ )?"
                 r"(?:silences?|snoozes?|mutes?|incidents?|alerts?)\b)", low):  # (a silence's owner: who made it)
        raise Refused("not_about_this_data", "who owns a service, team or project is not in this store")  # "created by
        # someone other than the owner of the service" had been read as expired by another than its creator
    if m := re.search(r"\bhow much (money|revenue|cost|costs|sales|cash|dollars|euros|budget|spend|spending)\b", low):
        raise Refused("not_about_this_data", f"{m[1]!r} is not kept in this store", (m[1],))
    if re.match(r"(how (do|can|should|would) (i|we|you)|how to)\b", first):
        raise Refused("not_about_this_data", "how to do things is not in this store; ask about what happened")  # "how
        # do I write a PromQL query": before the reading of what people said ("how do I write" is no quote)
    if re.match(r"(what|how) (did|does|do|has|have|would|will) (the |our |my |their )?[\w.'-]+ (say|said|think|thought|"
                r"feel|write|wrote|tell|told|mean|want|decide|decided)\b", first):  # "what did the CEO say about the
        raise Refused("not_about_this_data", "what people said or thought is not in this store; ask about what "
                                             "happened")  # outage": not a text search for "outage"
    field = r"\b(whose|which|where|with|without|no|have|has|missing|the|its|their|in) (a |an )?(runbooks?|summary|" \
            r"summaries)\b|" \
            r"\b(runbook|summary) (mentions?|contains?|says|field|url|link)\b|\bsummary(,| and\b)|" \
            r"(,| and) (the )?summary\b|" \
            r"\b(change|deploy|deployment|flag change|flag|rollback|release|warning|alert)('s)? summary\b|" \
            r"\b(name|summary),? (or |and )?(the )?(summary|description)\b"
    asked = "" if own_document(low) else low  # "I'm putting together the quarterly reliability summary for our
    # leadership team." before "Please show me every rollback …": the asker's own document, not one asked of ask (a
    # sentence that asks for one is still refused)
    if (re.search(r"\b(runbooks?|summari[sz]e|summary|explain)\b", asked) and not re.search(field, asked)) or \
            re.search(r"\b(write|draft|give me|make|generate|create) (me )?(a |the )?(runbook|summary)\b", asked):
        raise Refused("not_about_this_data", "briefs and runbooks are written by `signalcraft brief` and "
                                             "`signalcraft runbook` (and the incident page), not by ask")


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
