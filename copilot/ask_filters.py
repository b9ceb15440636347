"""Conditions a question's words put on rows, whatever the shape of the answer: a window on when
things ended, words searched in texts, a change's phase, bounds on what rows carry and on how long they
lasted, business hours and weekends, what Alertmanager held back, alerts acted on."""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_clock import WEEK_PART
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_sql import COLUMNS, lit, ts
from signalcraft.copilot.ask_words import DOMAIN, NUMBER_WORDS, STOPWORDS, TEXT_CUES

__all__ = ["ACTED_ALERTS", "DURATION", "FORMS", "SILENCES_THAT_MUTED", "SPANS", "acted_on", "business_hours",
           "counted_per_silence", "end_column", "held_back", "muted", "phases", "span_s", "text_search", "thresholds",
           "unusual_values"]

_ENDS = {"alerts": "ends_at", "warnings": "ends_at", "alert_groups": "resolved_at", "silence_scopes": "ends_at"}
_ENDING = r"(resolved|ended|closed|cleared|recovered|stopped|expired|expire|expires|expiring|ending|ends|end)"


def end_column(r: Reading, rel: str) -> str | None:
    """The column a time phrase is about when an ending verb leads into it ("resolved in the last 2 hours",
    "silences that expire today", "expired yesterday"), else ``None`` (the start)."""
    if rel not in _ENDS or r.window is None or r.window.kind == "instant":
        return None
    m = r.phrase(rf"\b{_ENDING} ((?:early |by hand |manually |ahead of time ){{0,2}})(in|within|during|since|on|"
                 r"between|from|today|yesterday|this|last|over|before|after)\b")  # "ended early by hand on 11 March"
    if m is None:
        return None
    expired = m[1] == "expired" or (m[1] == "ended" and m[2])  # a silence ended early was expired by someone
    return "expired_at" if rel == "silence_scopes" and expired else _ENDS[rel]

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
    quoted = bool(m and m[1])
    named = {w for es in r.entities.values() for e in es for w in e.words}
    m = m and [m[0], m[1] or (f"{m[2]} {m[3]}" if m[3] and m[3] not in STOPWORDS and m[3] not in DOMAIN and
                              m[3] not in named else m[2])
               or m[4]]  # a quoted phrase whole: "connection refused"; two words that end the question
    if columns is None or m is None or m[1] in named:
        return []
    if m[1].split()[0] in ("most", "fewest", "least", "more", "fewer", "less", "over", "under", "at", "exactly"):
        return []  # "the incident containing the most alerts": a count, not a text
    if rel == "resolutions":  # "a fix that mentions a pool": the fix alone, not the root cause too
        said = re.search(rf"\b(fix(?:es)?|root[ -]causes?|causes?)(?: (?:that|which|whose text))? (?:{cue})\b",
                         r.question.lower())
        columns = columns if said is None else ("fix",) if said[1].startswith("fix") else ("root_cause",)
    said = m[1].replace("%", "")
    if " " in said and not quoted:  # "mentions postgres upgrade": the words in that order, whatever is between
        said = "%".join(said.split())  # ("Postgres 16 upgrade")
    patterns = [lit("%" + form + "%") for form in FORMS.get(m[1], (said,))]
    return ["(" + " OR ".join(f"{c} ILIKE {p}" for c in columns for p in patterns) + ")"]


FORMS = dict.fromkeys(("rollback", "rollbacks", "rolled back", "rolling back"),
                       ("rollback", "rolled back", "roll back", "rolling back"))
"""A word texts write in more than one form: "resolutions that mention a rollback" finds "rolled back to v2.13.2"."""


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
           "hours": 3600, "hour": 3600, "hrs": 3600, "hr": 3600, "h": 3600, "days": 86400, "day": 86400, "d": 86400,
           "weeks": 604800, "week": 604800}
_LASTING = dict.fromkeys(_UNIT_S, "_dur")
_MEASURES = {
    "alerts": {"notifications": "notifications", "notification": "notifications", **_LASTING},
    "alert_groups": {"alerts": "alert_count", "alert": "alert_count", **_LASTING},
    "silence_scopes": {**_LASTING, "matchers": "len(matchers)", "matcher": "len(matchers)"},
    "resolutions": {"links": "len(links)", "link": "len(links)"},
    "audit_log": _LASTING,
    "metric_points": {"value": "value", "values": "value", "samples": "value", "sample": "value", "points": "value",
                      "readings": "value", "": "value"},
    "warnings": {"sigma": "abs(sigma)", **_LASTING},
    "incident_warnings": {"minutes": "lead_min", "mins": "lead_min", "sigma": "abs(sigma)"},
    "incident_suspects": {"score": "score", "scoring": "score", "scored": "score", "minutes": "lag_s / 60"},
    "log_pattern_counts": {"errors": "errors", "lines": "lines"},
    "log_templates": {"errors": "error_count", "error": "error_count", "lines": "count", "times": "count",
                      "occurrences": "count", "hits": "count"},
    "silence_suggestions": {"confidence": "confidence", "support": "support"},
}
DURATION = {"alerts": ("starts_at", "ends_at"), "alert_groups": ("opened_at", "resolved_at"),
            "silence_scopes": ("starts_at", "ends_at"), "warnings": ("starts_at", "ends_at")}
"""The start and end of what lasts: an alert, an incident, a silence, a warning."""
SPANS = {**DURATION, "silences": DURATION["silence_scopes"]}
"""The same, by the name a question's SQL reads them under (the ``silences`` view too)."""


def span_s(rel: str) -> str | None:
    """How long a row of ``rel`` lasts, in seconds, as SQL: an alert, an incident, a silence from its start to its
    end, a snooze (or a silence's audit entry) by its ``duration_s``; ``None`` for what does not last."""
    if rel == "audit_log":
        return "duration_s"
    ends = DURATION.get(rel)
    return None if ends is None else f"epoch({ends[1]}) - epoch({ends[0]})"


_NUMBER_WORDS = "|".join(NUMBER_WORDS)


def thresholds(r: Reading, rel: str) -> list[str]:
    """ "incidents with more than 5 alerts", "alerts that lasted over 30 minutes", "sigma above 5"."""
    measures = _MEASURES.get(rel, {})
    out = []
    text = " ".join(r.words)
    pattern = (r"\b(more than|over|above|longer than|greater than|at least|fewer than|less than|under|below|"
               rf"shorter than|at most|longer|shorter) (\d+(?:\.\d+)?(?![\d%])|an?|{_NUMBER_WORDS})(?: ?(\w+))?")
    for m in re.finditer(pattern, text):  # "snoozes longer 4h" (not "above 80%": a share)
        if re.match(r"(?:\w+ )?ago\b", text[m.end():].lstrip()):
            continue  # "created more than a week ago": a time (ask_time), not how long
        if m[2][0].isdigit() and re.search(rf"(?<![\d.])\.{re.escape(m[2])}\b", r.question):
            continue  # "above .8": a number the words lost its point of (left to the check of bounds: refused)
        word, number = m[3] or "", (1.0 if m[2] in ("a", "an") else float(NUMBER_WORDS.get(m[2]) or m[2]))
        column = measures.get(word)
        if column is None:
            before = re.search(r"(\w+) (?:is |of |was |were |are |has been |had been |got |reached |went )?$",
                               text[: m.start()])  # "whose sigma was above 100"
            column = measures.get(before[1]) if before else None
            word = before[1] if column is not None else word
        if column is None:
            continue
        op = {"at least": ">=", "at most": "<="}.get(m[1], "<" if m[1] in (
            "fewer than", "less than", "under", "below", "shorter than", "shorter") else ">")
        if column == "_dur":
            column, number = span_s(rel), number * _UNIT_S.get(word, 60)
            so_far = re.search(r"\b(been|still) (firing|open|active|on|going|silenced)\b|^(?:which |what |list |"
                               r"show |the )?(?:\w+ )?(?:alerts?|incidents?|warnings?) (?:that are |which are |are )?"
                               r"(?:firing|open|ongoing) (?:for )?(?:more|longer|over)\b", text)
            if (rel in DURATION and so_far) or (rel == "alert_groups" and op in (">", ">=")):  # (an incident still
                # open has lasted until now)
                end, start = DURATION[rel][1], DURATION[rel][0]  # "firing for more than 2 hours": so far
                column = f"coalesce(epoch({end}), epoch({ts(r.now)})) - epoch({start})"
        out.append(f"{column} {op} {number:g}")
    if (span := span_s(rel)) is not None and (m := re.search(
            r"\b(resolved|cleared|closed|recovered|fixed|ended|stopped)\b(?: \w+)?? (?:within|inside of|inside|in) "
            r"(\d+(?:\.\d+)?|an?|one|half an) ?(\w+)", text)) and m[3] in _UNIT_S:
        n = {"a": 1.0, "an": 1.0, "one": 1.0, "half an": 0.5}.get(m[2]) or float(m[2])  # "incidents resolved
        out.append(f"{span} <= {n * _UNIT_S[m[3]]:g}")  # within 30 minutes": of those that lasted no longer
    if (span := span_s(rel)) is not None and rel in ("audit_log", "silence_scopes") and (m := re.search(
            r"\b(?:snoozed|snoozes|snooze|silenced|silences|silence|muted|mutes|mute)(?: \S+)? for "
            r"(\d+(?:\.\d+)?|an?|one) ?(\w+)\b(?! (?:or|and) )", text)) and m[2] in _UNIT_S:
        n = {"a": 1.0, "an": 1.0, "one": 1.0}.get(m[1]) or float(m[1])  # "snoozes for 2h": that long
        out.append(f"{span} = {n * _UNIT_S[m[2]]:g}")
    signed = {"sigma": "sigma", "score": "score", "lag": "lag_s", "value": "value", "values": "value"}
    if (m := re.search(r"\b(negative|positive) (sigma|score|lag|values?)\b", text)) and (
            measures.get(m[2]) or (m[2] == "lag" and rel == "incident_suspects")):
        out.append(f"{signed[m[2]]} {'<' if m[1] == 'negative' else '>'} 0")  # "a negative sigma": below the band
    return out


def _week_part(at: str, said: str) -> str:
    """The days of the week ``said`` ("weekdays", "weekend"), by the row's time ``at`` (Sunday is 0)."""
    return f"dayofweek({at}) {'IN (0, 6)' if said.startswith('weekend') else 'BETWEEN 1 AND 5'}"


def aged(r: Reading, rel: str) -> list[str]:
    """ "alerts older than a day", "silences newer than 2 hours": by the row's own time against now."""
    m = r.phrase(r"\b(older|newer|younger) than (\d+|an?|one) ?(minutes?|mins?|hours?|hrs?|days?|weeks?)\b")
    if m is None or "time" not in COLUMNS.get(rel, {}):
        return []
    minutes = (1 if not m[2].isdigit() else int(m[2])) * _UNIT_S[m[3]] // 60
    return [f"{COLUMNS[rel]['time']} {'<' if m[1] == 'older' else '>'} {ts(r.now)} - INTERVAL {minutes} MINUTE"]


def unusual_values(r: Reading, rel: str) -> list[str]:
    """ "samples that came back as NaN", "infinite or NaN values", "non-finite readings": a metric's samples that
    are not numbers (or not finite), by ``isnan``/``isinf``/``isfinite``."""
    if rel != "metric_points":
        return []
    nan = r.phrase(r"\b(nan|nans|not a number)\b")
    inf = r.phrase(r"\b(inf|infinite|infinity|infinities)\b")
    if r.phrase(r"\b(non[- ]?finite|not finite)\b") or (nan and inf):
        return ["NOT isfinite(value)"]
    return ["isnan(value)"] if nan else ["isinf(value)"] if inf else []


def business_hours(r: Reading, rel: str) -> list[str]:
    """ "silences created outside business hours", "deploys during office hours": Monday to Friday, 09:00 to
    17:00 in the question's zone, by the row's own time."""
    m = r.phrase(r"\b(outside|out of|after|off|during|within|in) (business|office|working|work) hours\b|"
                 r"\b(after|off)[- ]hours\b")
    if "time" not in COLUMNS[rel]:
        return []
    at = COLUMNS[rel]["time"] if r.zone == "UTC" else f"timezone({lit(r.zone)}, {COLUMNS[rel]['time']})"
    day = [f"dayofweek({at}) = {r.weekday}"] if r.weekday is not None else []  # "on fridays": every Friday
    if not day and r.daily is not None and (days := r.phrase(WEEK_PART)):
        day = [_week_part(at, days[1])]  # "at night on weekdays": those hours of those days
    if r.daily is not None:  # "at night", "between midnight and 5, on any day": those hours of every day
        (first, last), clock = r.daily, f"hour({at})" if all(float(h).is_integer() for h in r.daily) else \
            f"(hour({at}) + minute({at}) / 60)"
        return [*day, f"{clock} >= {first:g} AND {clock} < {last:g}" if first < last else
                f"({clock} >= {first:g} OR {clock} < {last:g})"]
    if day:
        return day
    if m is None:  # "alerts that started on a weekend", "deploys on weekdays": any such day, by the row's own time
        if r.phrase(r"\bweekdays?\b.*\b(?:vs\.?|versus|against|compared|or)\b.*\bweekends?\b|\bweekends?\b.*\b(?:vs\.?|"
                    r"versus|against|compared|or)\b.*\bweekdays?\b"):
            raise Refused("not_about_this_data", "weekdays set against weekends are not read yet; ask for each "
                                                 "(\"… on weekdays\", \"… on weekends\"), or per day of the week")
        days = r.phrase(WEEK_PART)
        if days is None or (days[1] == "weekend" and r.window is not None and "weekend" in r.window.phrase):
            return []
        return [_week_part(at, days[1])]
    inside = f"(dayofweek({at}) BETWEEN 1 AND 5 AND hour({at}) >= 9 AND hour({at}) < 17)"  # Sunday is 0
    return [inside if m[1] in ("during", "within", "in") else f"NOT {inside}"]


_HELD = r"(muted|silenced|inhibited|suppressed|held back|swallowed)"
_ALERTS = r"alert(?:s|(?: ?names?))?"
_MUTED = (rf"\b{_HELD} (?:\S+ )?(alerts?|notifications?)\b|"  # "muted critical alerts"
          rf"\b{_ALERTS} (?:that )?(?:were|was|got|get|gets|getting|been|are|is|being) (?:\w+ )?{_HELD}\b|"
          rf"\balerts? (?:\w+ )?{_HELD} by\b|\balerts? (held back|suppressed|swallowed|inhibited)\b|"
          r"\balerts? (muted|silenced) (?:the )?most\b|"
          rf"\b(?:were|was|are|is|got) (?:any |the |all |these |those )?(?:\S+ )?alerts? {_HELD}\b|"
          rf"\b(?:{_ALERTS}|what) (?:did|do|have|has|had) (?:\w+ ){{1,2}}?(mute|silence|inhibit|suppress|hold back|"
          r"held back|swallow)(?:d|ed)?\b")


_HELD_VERBS = r"\b(mute|muted|mutes|hold back|held back|suppress\w*|hid|hide|silenced|catch|caught|swallow\w*)\b"


def counted_per_silence(r: Reading) -> bool:
    """ "for each silence created in March, how many alerts did it hold back": a count of the alerts Alertmanager held
    back under each silence (``alert_mutes``), not of alerts related to silences in time."""
    counted = r.phrase(r"\b(how many|count of|number of) (\w+ )?(alerts|alarms|notifications)\b")
    return bool(r.phrase(r"\b(each|every|per) silence\b") and counted and (r.phrase(_HELD_VERBS) or muted(r)))


def muted(r: Reading) -> bool:
    """ "muted alerts", "which alerts were held back", "which alerts did silences actually mute": what
    Alertmanager reported it held back (``alert_mutes``), not silences or the audit log."""
    return r.phrase(_MUTED) is not None


SILENCES_THAT_MUTED = r"^(?:did |which |what |list |show |how many )?(?:of )?(?:the |any |all |my |our )?" \
    r"(?:[\w.@'-]+ ){0,3}?silences? (?:[\w.@'-]+ ){0,6}?(?:that |which )?" \
    r"(?:have |has |had |did )?(never |not |(?:didn'?t|did not|haven'?t|have not|hasn'?t|has not) )?" \
    r"(?:actually |really |ever )?(?:end(?:ed)? up )?(?:muted|muting|suppressed|mute|" \
    r"suppress|held back|hold back|swallowed|silenced|caught|blocked|stopped|hid|hide) (?:\w+ )?(?:alerts?|" \
    r"notifications?|something|anything|nothing|things?|pages?)\b"
"""The silences Alertmanager reported holding an alert back with ("which silences actually hid alerts")."""


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
