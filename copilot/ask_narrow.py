"""Conditions that depend on the relation a question is read on: what is firing or open, the change types and
phases (requests never live, flags turned on or off), silence states and when they end, audit actions and the
alerts or matchers an entry names, suggestion kinds, incidents' log patterns and error lines."""

from __future__ import annotations

from datetime import timedelta

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_alert_words import exact_names, match_names
from signalcraft.copilot.ask_excluded import excluded, maybe_not
from signalcraft.copilot.ask_filters import (
    SILENCES_THAT_MUTED,
    acted_on,
    aged,
    business_hours,
    end_column,
    held_back,
    phases,
    text_search,
    thresholds,
    unusual_values,
)
from signalcraft.copilot.ask_kind_filters import change_types
from signalcraft.copilot.ask_kinds import scale_way
from signalcraft.copilot.ask_measures import lasting, lead_bound
from signalcraft.copilot.ask_negation import negated_alert_actions, negated_change_type, not_firing, not_live
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_sql import COLUMNS, RESOLVED_GROUPS, Select, firing_at, lit, silenced_at, ts, window
from signalcraft.copilot.ask_vocab import Vocabulary
from signalcraft.copilot.ask_words import AUDIT_ACTIONS

__all__ = ["about_silence", "errors_asked", "incident_state", "narrow", "open_incidents", "silence_named",
           "silence_people"]

_SUGGESTION_KINDS = ((r"\binhibit(ion|ions|s|ing)?\b", "inhibit_rule"), (r"\brout(e|es|ing)\b", "route"),
                     (r"\b(mute|muting|maintenance) (time|times|interval|intervals|window|windows)\b|\bschedule",
                      "mute_time_interval"), (r"\bsensitivity|\bthresholds?\b", "sensitivity"))
"""The kinds of silence suggestion by the words for them."""

_BY_ANOTHER = r"\bby (?:someone|somebody|a person|people|anyone|another person|a different person|others?)(?: else)?" \
    r"(?: other than| but| besides| than)? (?:their|its|the) (?:own )?(?:creators?|authors?|owners?|makers?)\b|" \
    r"\bnot by (?:their|its|the) (?:own )?(?:creators?|authors?|owners?)\b|" \
    r"\b(?:they|he|she) (?:didn'?t|did not|hadn'?t|had not|never) (?:create|make|set|put)\b|" \
    r"\b(?:created|made|set|put on) and (?:then )?(?:expired|ended|removed|taken off|lifted) by (?:different|two " \
    r"different|other) (?:people|persons|users|accounts)\b|\bsomeone other than (?:their|its|the) (?:creators?|" \
    r"authors?) (?:expired|ended|removed|lifted)\b"
_BY_THEIR_CREATOR = r"\bby (?:their|its|the) (?:own )?(?:creators?|authors?|owners?|makers?)\b|" \
    r"\bby the (?:same )?(?:person|people|one|ones) who (?:created|made|set) (?:it|them)\b"
"""A silence expired by another than the one who created it, or by that one."""


def _on_in_window(r: Reading) -> bool:
    """Whether a thing is asked for as on at some moment of the question's period ("alerts firing between 14:00 and
    15:00", "silences in effect on march 11"), not as started in it and on now ("still firing", "started firing")."""
    return bool(r.phrase(r"\b(firing|active|in effect|in force)\b")) and not r.phrase(
        r"\bstill\b|\b(currently|right now)\b|\b(started|began|start|starts|starting|begun|while( it was| they were)?) "
        r"firing\b|\b(firing|going off) (the )?(most|more|less|fewest|often|least)\b")


def narrow(q: Select, r: Reading, vocab: Vocabulary) -> None:
    """Conditions that depend on the relation: firing now, change types, silence states, actions."""
    rel = q.relation
    found = text_search(r, rel)
    if found and rel == "alerts" and any(w.startswith(("name = ", "name IN (")) for w in q.where) and re.search(
            r"(?i)\babout\b", r.question) and not re.search(r"(?i)\b(?:mention\w*|contain\w*|say\w*|match\w*|"
                                                            r"referenc\w*)\b", r.question):
        found = []  # "alerts about database connections": the names those words point at, not the words again
    q.where += thresholds(r, rel) + found + phases(r, rel) + business_hours(r, rel) + aged(r, rel) + \
        unusual_values(r, rel)
    for m in re.finditer(r"\b(?:no|without(?: an?| any)?|not (?:pin|have|name|target|scope|carry)(?: an?| any)?) "
                         r"(service|project|environment)\b", " ".join(r.words)):  # "silences that don't pin a service"
        if m[1] in COLUMNS[rel] and not COLUMNS[rel][m[1]].startswith("*"):  # "alerts w/o a service"
            q.where.append(f"{COLUMNS[rel][m[1]]} IS NULL")
    ending = end_column(r, rel)
    if ending is not None:  # "resolved in the last 2 hours": the window is on the end, not the start
        start = COLUMNS[rel]["time"]
        q.where = [w for w in q.where if not w.startswith(f"{start} ")] + window(r, ending)
    if rel in ("alerts", "warnings"):
        if r.window is not None and r.window.kind == "instant":
            q.where += firing_at(r.window.start)
        elif r.window is not None and r.window.kind in ("period", "to_now") and (r.phrase(
                r"\b(were|was) (still )?(firing|active|open|going off)\b") or _on_in_window(r)) and \
                not r.phrase(r"\b(now|rn)\b"):
            w = r.window  # "what alerts were firing yesterday afternoon": on at some moment of it, started before too
            q.where = [c for c in q.where if not c.startswith(("starts_at >", "starts_at <"))]
            q.where += [f"starts_at {'<=' if w.kind == 'to_now' else '<'} {ts(w.end)}",
                        f"(ends_at IS NULL OR ends_at > {ts(w.start)})"]
        elif not_firing(r):  # "alerts that are not firing": ended by now
            q.where.append(f"ends_at <= {ts(r.now)}")
        elif lasting(r):
            pass  # "how long was each alert firing": how long, not the ones firing now
        elif ((r.has("firing", "open", "active", "ongoing") and not r.has("resolved")
               and not r.phrase(r"\b(started|began|start|starting|begun|while( it was| they were)?) firing\b")) or
              r.phrase(r"\bstill (firing|open)\b|\bon fire\b|\bburning\b|\b(going on|happening|firing) (right )?now\b|"
                       r"\bright now\b") or (r.window is None and r.phrase(r"^\w+( \w+){0,4} (now|rn)$|going "
                                                                            r"off"))) and \
                not r.phrase(r"\b(firing|going off|fires|fired) (the )?(most|more|less|fewest|often|least)\b"):
            q.where += firing_at(r.now)  # "alerts crit prod now": a terse "firing now" (not "which alert is firing
            # the most": a count)
        if rel == "alerts" and r.phrase(r"\bnever grouped\b"):  # in no incident (alert group) by its fingerprint
            q.where.append("NOT EXISTS (SELECT 1 FROM alert_groups AS g WHERE list_contains(g.fingerprints, "
                           "alerts.fingerprint))")
        if rel == "alerts" and r.phrase(r"more than one source|multiple sources|several sources"):
            q.where.append("notifications > 1")
        if rel == "alerts" and r.phrase(r"\b(flap|flaps|flapped|flapping|flappy|flapper|flappers)\b"):  # fired,
            q.where.append("fingerprint IN (SELECT fingerprint FROM alerts GROUP BY fingerprint HAVING count(*) > 1)")
            # resolved and fired again: more than one start of the same alert
        if rel == "alerts":
            q.where += negated_alert_actions(r) or acted_on(r)  # "not acked"; muted alerts with filters the
            if r.phrase(r"\b(without|no|missing|lacking|lack|not have|dont have|doesnt have|never had)( a| an| any)? "
                        r"runbooks?\b(?! annotations?)"):  # the runbook link the
                q.where.append("annotations['runbook_url'] IS NULL")  # alert carries ("runbook annotation": the key's)
            elif r.phrase(r"\b(with|have|has)( a| any)? runbooks?\b(?! annotations?)"):
                q.where.append("annotations['runbook_url'] IS NOT NULL")
    elif rel == "alert_mutes" and (which := held_back(r)):
        q.where.append(which.removeprefix(" WHERE "))
    elif rel == "change_events":
        types = change_types(r)
        if r.entities.get("version") and r.has("shipped") and not r.has("released", "release", "deployed"):
            types = []  # "who shipped v4.2.1": whatever change carried it live
        if types:
            q.where.append(negated_change_type(r, types) or (f"type = {lit(types[0])}" if len(types) == 1 else
                                                             f"type IN ({', '.join(lit(t) for t in types)})"))
            q.where += scale_way(r, "") if types == ["scale"] else []  # "scale-downs on payments-api"
        if r.phrase(r"\b(no|without (a|any)?|empty|missing( a)?|blank) (comment|comments|reason)\b|"
                    r"\bnot have (a |any )?(comment|comments|reason)\b"):
            q.where.append("coalesce(trim(details['comment']), '') = ''")  # "flag flips w/o a comment": the note
            # the tool kept with the change (LaunchDarkly's comment)
        if not any(w.startswith("phase ") for w in q.where) and not r.phrase(r"\b(?:per|by|for each|each) phase\b"):
            q.where.append("phase <> 'live'" if not_live(r) else "phase = 'live'")  # one change is one row reaching
            # live, not its requested/in-progress reports (all of them when counted per phase)
        if ("phase = 'requested'" in q.where or "phase <> 'live'" in q.where) and r.phrase(
                r"\b(never|not|didn't|did not|yet to|isn't|is not|hasn't|has not|haven't|have not|aren't|are not)"
                r"( yet)?( \w+){0,2} (live|out|deployed|through|rolled out)\b|\bnot live yet\b"):
            q.where.append(  # "deploys requested but never live": no live report of that version there since
                "NOT EXISTS (SELECT 1 FROM change_events AS l WHERE l.phase = 'live' AND "
                "l.service = change_events.service AND l.environment = change_events.environment AND "
                "l.version = change_events.version AND "
                f"l.timestamp >= change_events.timestamp AND l.timestamp <= {ts(r.now)})")
        if "flag_change" in types and not r.phrase(r"\bon (or|and) off\b|\boff (or|and) on\b") and (
                m := r.phrase(r"\b(turned|turning|turn|switched|switching|switch|flipped|flip|set|toggled|toggle) "
                              r"(?:\w+ ){0,3}?(on|off)\b(?! (?:the )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
                              r"dec|mon|tue|wed|thu|fri|sat|sun|prod|production|staging|stg|dev|development|qa))|"
                              r"\b(enabled|disabled)\b")) and not _on_a_name(r, m):  # not "flags on March 11", "on
            # production", "who flipped flags on search-api"
            state = "on" if (m[2] or m[3]) in ("on", "enabled") else "off"  # by the switch's new state, as the
            arrow = "true" if state == "on" else "false"  # change recorded it or its summary says
            said = rf"(?i)\b(turned|switched|set) {state}\b|\b{state}$|\b{'en' if state == 'on' else 'dis'}abled\b"
            q.where.append(f"(details['on'] LIKE {lit('%→ ' + arrow)} OR regexp_matches(summary, {lit(said)}))")

    elif rel == "silence_suggestions":
        kinds = [kind for words, kind in _SUGGESTION_KINDS if r.phrase(words)]
        if kinds:
            q.where.append(f"kind = {lit(kinds[0])}")
    elif rel == "silence_scopes":
        if r.phrase(r"\b(expired?|ended|lifted|removed) (early|before)|\bearly\b") is None:  # (early: ask_special's)
            if r.phrase(_BY_ANOTHER):  # "expired by someone other than their creator", "who expired silences they
                q.where.append("expired_by IS NOT NULL AND expired_by <> created_by")  # didn't create"
            elif r.phrase(_BY_THEIR_CREATOR):  # "silences expired by their own creator"
                q.where.append("expired_by = created_by")
        if muted := r.phrase(SILENCES_THAT_MUTED):  # "which silences actually hid alerts", "... never muted anything"
            none = muted[1] or re.search(r"\b(?:no|zero|not a single|not any|not one) (?:\w+ )?\w+$|\bnothing$",
                                         muted[0])
            q.where.append(f"silence_id {'NOT IN' if none else 'IN'} (SELECT unnest(silenced_by) FROM alert_mutes)")
            # "which silences muted no alerts", "… muted nothing": those that held none back
        if end_column(r, rel) is None and r.window is not None and r.window.kind != "instant" and r.phrase(
                r"^who (expired|removed|lifted|killed|unsilenced|ended|deleted)\b|\b(removed|lifted|killed|unsilenced|"
                r"deleted) (early |manually )?(yesterday|today|this|last|on|in|between|during|since|over|after|"
                r"before)\b"):
            created = window(r, "created_at")  # "who removed silences yesterday": when they were expired
            q.where = [w for w in q.where if w not in created] + window(r, "expired_at")
        days = 1 if r.window is not None and "today" in r.window.phrase else 7 if r.window is not None and \
            r.window.phrase.endswith("this week") else None  # ("this week": Monday to Sunday)
        if days and r.phrase(r"\b(will|going to|due to|set to|scheduled to|yet to|still to) (end|expire|run out|lapse|"
                             r"stop)\b|\b(end|ends|expire|expires|expiring|ending|lapse|lapses) later "
                             r"(today|this week)\b"):
            q.where = [w for w in q.where if not w.startswith(("ends_at ", "created_at "))]  # "what silences will end
            q.where += [f"ends_at > {ts(r.now)}", f"ends_at < {ts(r.window.start + timedelta(days=days))}",  # today",
                        f"(expired_at IS NULL OR expired_at > {ts(r.now)})"]  # (not one expired by hand already)
            # "set to expire this week": the rest of the day or week
        elif days and r.window.phrase.endswith(("today", "this week")) and r.phrase(
                r"\b(ending|ends|expiring|expires|due to end|due to expire|runs? out|running out|lapses?|lapsing)\b|"
                r"\b(that|which|silences|mutes|snoozes|they|it) (end|expire)\b") and \
                not r.phrase(r"\bnot\b"):
            q.where = [w for w in q.where if not w.startswith(("ends_at ", "created_at "))]  # "silences ending today":
            q.where += [f"ends_at >= {ts(r.window.start)}", f"ends_at < {ts(r.window.start + timedelta(days=days))}"]
            # the whole day (or week), what is still to end too
        if m := r.phrase(r"\b(?:expir\w*|end\w*|run(?:ning)? out|lapse\w*)\b.*?\b(?:(?:in|within|over) (?:the )?|the )?"
                         r"next (?:(an?|one|\d+) ?)?(minutes?|mins?|hours?|hrs?|h|days?)\b"):
            n = int(m[1]) if m[1] and m[1].isdigit() else 1
            minutes = n * {"m": 1, "h": 60, "d": 1440}[m[2][0]]
            q.where += [f"ends_at > {ts(r.now)}", f"ends_at <= {ts(r.now)} + INTERVAL {minutes} MINUTE",
                        f"starts_at <= {ts(r.now)}", f"(expired_at IS NULL OR expired_at > {ts(r.now)})"]
        elif r.phrase(r"\babout to (expire|end|run out|lapse)\b|\b(expiring|ending|expire|end|running out) soon\b"):
            raise Refused("not_about_this_data", "how soon is 'about to expire'? ask for silences expiring in the "
                                                 "next N minutes or hours")
        elif r.phrase(r"\b(start|starts|started|starting|begin|begins|began)( is| was| time is)? (later than|after) "
                      r"(the (moment|time) |when )?(they were |it was |(their|its) )?(created|made|set up|creation)\b"):
            q.where.append("starts_at > created_at")  # "silences that start later than they were created"
        elif r.phrase(r"\b(start|starts|starting|begin|begins) (in the future|later)\b|\bnot (yet )?started\b"):
            q.where.append(f"starts_at > {ts(r.now)}")  # "silences that start in the future"
        elif r.phrase(r"\b(scheduled|programmed|planned|set up|put in place)( ahead| in advance)\b"):  # not "their
            # scheduled end", "scheduled length", "scheduled silence minutes", "scheduled downtimes": how long a silence
            # was set for, or the silences themselves
            q.where.append("starts_at > created_at")  # set up ahead of the time they start
        elif r.window is not None and r.window.kind == "instant":  # "what was silenced at 10pm last night"
            q.where += silenced_at(r.window.start)
        elif r.window is not None and r.window.kind in ("period", "to_now") and _on_in_window(r) and \
                end_column(r, rel) is None:  # "silences in effect between 14:00 and 15:00": on at some moment of it
            w = r.window
            q.where = [c for c in q.where if not c.startswith(("created_at >", "created_at <"))]
            q.where += [f"starts_at {'<=' if w.kind == 'to_now' else '<'} {ts(w.end)}",
                        f"least(ends_at, coalesce(expired_at, ends_at)) > {ts(w.start)}"]
        elif r.phrase(r"\b(no longer|not|never) (active|in effect|on(?=$| (anymore|any more|now|right now|yet|"
                      r"today)\b))\b|\binactive\b|\b(that|which) (have |had )?("
                      r"ended|finished|ran out|lapsed)\b|\b(that|which) (have|had) run out\b|"
                      r"\b(ended|finished|lapsed|over) silences\b"):  # ("that run out today": to end today)
            q.where.append(f"coalesce(expired_at, ends_at) <= {ts(r.now)}")  # "silences no longer active": ended
        elif (r.has("active", "current", "currently", "ongoing", "effect") or (
                r.phrase(r"\b(right now|rn|at the moment|now)\b") and r.window is None)) and not lasting(r):
            q.where += silenced_at(r.now)
        for state in ("pending", "expired"):
            if r.has(state) and not r.has("active") and end_column(r, rel) is None and \
                    not r.phrase(rf"\bwho {state}\b|\b{state} (by|early|before|ahead)\b") and \
                    not (state == "expired" and r.entities.get("person")):  # "silences jonas expired": a verb
                q.where.append(f"state = {lit(state)}")
        m = r.phrase(r"\b(?:comment|comments|reason)\b.*?\b(?:mentioning|mentions|about|with|saying|containing) "
                     r"(?:(?:a|an|the|some|any) )?([\w-]+)")  # "where the comment mentions a reindex"
        if m and not any("comment ILIKE" in w for w in q.where):
            q.where.append(f"comment ILIKE {lit('%' + m[1] + '%')}")
        if r.phrase(r"\b(no|without (a|any)?|empty|missing( a)?|blank) (comment|comments|reason)\b|"
                    r"\bnot have (a |any )?(comment|comments|reason)\b"):
            q.where.append("coalesce(trim(comment), '') = ''")  # "silences with no comment"
        _matching_alert(q, r, vocab)
        _matchers(q, r)
        if m:  # the word the comment is searched for is not also a matcher's value
            q.where = [w for w in q.where if not ("matchers" in w and f"'{m[1]}'" in w)]
        if r.phrase(r"\b(what|which|whats)( is| was| were)?( the)? (reason|comment|comments|why)\b|\bwhy was\b|"
                    r"\breason (given )?for\b"):
            q.columns = ["comment"]
        elif r.phrase(r"^when (does|do|will|did)\b.*\b(end|expire|run out|lapse|stop)\b"):
            q.columns = ["ends_at"]
        if r.entities.get("person") and r.phrase(r"\b(expired?|ended|lifted|removed|unsilenced|unmuted|killed|deleted|"
                                                 r"cancell?ed|pulled|(?:end|kill|lift|remove|delete) manually)\b|"
                                                 r"\bdid (?:(?!silences?\b)\S+ ){1,2}(?:end|kill|lift|remove|delete|"
                                                 r"cancel|pull)\b"):  # (not "when did kenji's silences end": the
            # silences he made)
            q.where = [re.sub(r"^created_by\b", "expired_by", w) for w in q.where]  # who ended them
    elif rel == "audit_log":
        _matching_alert(q, r, vocab)
        _matchers(q, r)
        actions = sorted({AUDIT_ACTIONS[w] for w in r.words if w in AUDIT_ACTIONS})
        if actions:
            q.where.append(f"action = {lit(actions[0])}" if len(actions) == 1 else
                           f"action IN ({', '.join(lit(a) for a in actions)})")
    elif rel == "alert_groups":
        q.where += open_incidents(r)
        if r.has("resolved", "closed") and r.window is None:
            q.where.append("resolved_at IS NOT NULL")
    elif rel == "incident_warnings":
        q.where += lead_bound(r)
    elif rel == "incident_log_patterns":
        q.where += ["is_new"] * r.has("new") + ["errors > 0"] * bool(r.phrase(r"\berror (log )?(patterns?|templates?)"))
        for e in r.entities.get("service", []):  # "cart-service error log patterns before the X incident": the
            if r.phrase(rf"\b{re.escape(' '.join(e.words))} (new |error )*(log )?(patterns?|templates?)\b"):
                q.where = [f"service = {lit(e.value)}" if w == f"group_service = {lit(e.value)}" else w
                           for w in q.where]  # patterns' own service, not the incident's
    elif rel == "log_pattern_counts" and r.has("error", "errors") and not r.has("per", "by", "top", "most", "each"):
        q.where.append("errors > 0")
    elif rel == "log_events" and errors_asked(r):
        q.where.append("is_error")


def _matching_alert(q: Select, r: Reading, vocab: Vocabulary) -> None:
    """ "silences for KubePodNotReady", "times the p99 latency alert was snoozed": the entries whose
    matchers name the alert (by its name, or the names its words match)."""
    names = [e.value for e in r.entities.get("alert_name", [])] or exact_names(r, vocab)
    if not names and r.name_hint:
        names = match_names(r.name_hint, vocab.terms("alert"))
    if names:
        q.where.append("len(list_filter(matchers, m -> m.name = 'alertname' AND m.value IN ("
                       + ", ".join(lit(n) for n in names) + "))) > 0")
    if q.relation in ("silence_scopes", "silences"):
        for e in r.entities.get("label", []):  # "silences on team=payments": a matcher on that label; "the
            key, value = e.value  # reindex silence": that matcher, or the word in its comment
            out = excluded(r, e.words)  # "excluding the reindex ones": the others, by matcher or comment
            q.where.append(maybe_not(about_silence(key, value, comment=out or silence_named(r, e.words)), out))


def _matchers(q: Select, r: Reading) -> None:
    """ "silences that match on the node label", "snoozes matching on alertname", "silences with a regex matcher"."""
    if key := r.phrase(r"\bmatch(?:es|ing)? on (?:the )?([a-z_][\w.]*)(?: label)?\b|\b(?:with|having|has|have) (?:a|an|"
                       r"any) matcher (?:on|for) (?:the )?([a-z_][\w.]*)(?: label)?\b"):  # "silences with a matcher on
        # alertname" had been every silence
        q.where = [w for w in q.where if "m.name = 'alertname' AND m.value IN" not in w]  # "node" names no alert here
        q.where.append(f"len(list_filter(matchers, m -> m.name = {lit(key[1] or key[2])})) > 0")
    if r.phrase(r"\b(regex|regexp|regular expression) matchers?\b|\bmatchers? (that are |which are )?(a )?regex"):
        q.where.append("len(list_filter(matchers, m -> m.is_regex)) > 0")


def about_silence(key: str, value: str, p: str = "", *, comment: bool = True) -> str:
    """A silence with a matcher ``key=value``, or (``comment``) that word in its comment."""
    matcher = f"len(list_filter({p}matchers, m -> m.name = {lit(key)} AND m.value = {lit(value)})) > 0"
    return f"({matcher} OR {p}comment ILIKE {lit('%' + value + '%')})" if comment else matcher


def silence_named(r: Reading, words: tuple[str, ...]) -> bool:
    """Whether ``words`` stand right before "silence" ("the reindex silence", "last night's reindex silences"):
    what the silence is about, by its matchers or its comment."""
    n = len(words)
    return any(tuple(r.words[i:i + n]) == tuple(words) and r.words[i + n:i + n + 1] in (["silence"], ["silences"])
               for i in range(len(r.words) - n))


def silence_people(r: Reading, silence: int) -> list[str]:
    """The people named as the author of the silence whose word stands at ``silence``: "maria's silence", "the
    silence of maria", "the sil kenji put on indexer", "the silence that was created by maria"."""
    out = []
    for e in r.entities.get("person", []):
        at = r.position(e.words)
        if at is None:
            continue
        between = r.words[at + len(e.words):silence] if at < silence else r.words[silence + 1:at]
        plural = r.words[silence].endswith("s") or "were" in between or "are" in between  # "changes during a silence
        # that were made by kenji": the changes'
        after = at > silence and len(between) <= 4 and set(between) <= _BY and not plural and not re.search(
            rf"(?i)\bsil\w*[^,]*,[^,]*\b{re.escape(e.words[0])}\b", r.question)  # "deploys during silences, by kenji"
        if (at < silence and len(between) <= 1 and set(between) <= _OWN) or after:
            out += [v for v in e.value if v not in out]
    return sorted(out)


_OWN = {"own", "latest", "last", "first", "new", "old", "recent"}
"""Words between a person and the silence that is theirs ("maria's own silence")."""
_BY = {"of", "by", "from", "that", "which", "was", "were", "created", "made", "put", "set", "added", "placed",
       "opened", "started", "got"}
"""Words between a silence and its author ("the silence that was created by maria")."""


def errors_asked(r: Reading) -> bool:
    """Whether the question asks for error lines ("error logs", "failed requests")."""
    return r.has("error", "errors", "errored", "failed", "failures")


def incident_state(r: Reading, p: str = "") -> list[str]:
    """ "still open" or "resolved" incidents: those open at now (:func:`open_incidents`), or those with an end."""
    return open_incidents(r, p) or ([f"{p}resolved_at IS NOT NULL"] if r.phrase(RESOLVED_GROUPS) else [])


def open_incidents(r: Reading, p: str = "") -> list[str]:
    """ "incidents still open", "ongoing outages", "open right now": those open at now (or at the instant named)."""
    if not (r.has("open", "ongoing", "active", "unresolved", "firing") or r.phrase(r"still open") or (
            r.window is None and r.phrase(r"\b(right now|rn|at the moment|currently)\b"))) or lasting(r) or \
            r.phrase(r"\bopen(?:ed|ing)? (?:to|until|till|through|->) (?:resolved|resolution|closed?)\b|"
                     r"\b(?:to|until|till|and) (?:the |its |their )?(?:incidents?|outages?) open(?:ing|ed)?\b"):
        return []  # "median minutes, open to resolved": how long they were open
    at = r.window.start if r.window is not None and r.window.kind == "instant" else r.now
    return [f"{p}opened_at <= {ts(at)}", f"({p}resolved_at IS NULL OR {p}resolved_at > {ts(at)})"]  # open at T


def _on_a_name(r: Reading, m) -> bool:
    """Whether the "on" of "flipped flags on search-api" places the flags on something the question names (a service,
    a project), rather than saying the state they were switched to."""
    if m[2] != "on":
        return False
    rest = " ".join(r.words)[m.end():].split()  # the words after it (``m`` was found in the joined words)
    return bool(rest) and any(rest[0] == str(e.value).lower() for kind in ("service", "project")
                              for e in r.entities.get(kind, []))
