"""A question asked in a chat tool after something pasted into it — a thread's lines, an alert notification, a ticket
title, a log line, a bot's message, a panel's title — or among other questions of one message ("1) … 2) …"): the
question alone, with "this one" / "this alert" / "this 👆" put as the alert the paste names. Applied first by
:meth:`.ask.Asker.sql`.

>>> unpasted("[FIRING:1] SearchReindexQueueBacklog (indexer production warning)\\nthis alert, when it started the "
...          "first time?")
'the SearchReindexQueueBacklog alert on indexer, when it started the first time?'
>>> unpasted("QA-7731 [checkout-web] Payment step returns 503 on prod — regression?\\nShow all alerts of checkout-web")
'Show all alerts of checkout-web'
>>> unpasted("3 things: (a) lunch at 12h30 is ok for everybody? (b) the VPN is slow for you also? (c) the alerts of "
...          "the 11 march that started after a deploy")
'the alerts of the 11 march that started after a deploy'
>>> unpasted("/ask [FIRING:1] DiskSpaceLow (indexer production warning) - show me every one of these since monday")
'show me the DiskSpaceLow alerts on indexer in production since monday'
>>> unpasted("how many alerts yesterday?")
'how many alerts yesterday?'
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re

__all__ = ["unpasted"]

_PASTE = re.compile(r"(?i)^\s*(?:>|\[(?:firing|resolved)\b|(?-i:[A-Z][A-Z0-9]{1,9}-\d{3,6})\b|(?:bot msg|bot message|"
                    r"log line|log|ticket|alert|notification|slack|pagerduty|opsgenie)\s*:|#[\w-]+(?: bot)?\s*:|"
                    r"[\w .'-]{0,40}\b(?:says|said|wrote|posted)\s*:|[^\w\s]\s*(?:firing|resolved)\b)")
"""A line that is something pasted, not the question: a quoted line of a thread, a notification, a ticket's id and
title, a bot's or a log's line."""
_NOTIFIED = re.compile(r"(?P<name>(?-i:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+))\b[^(\n]{0,20}\((?P<service>[a-z][\w-]*)",
                       re.IGNORECASE)
"""An alert's name and then its service in brackets, as notifications write them ("[FIRING:1] DiskSpaceLow (indexer
production warning)", "CheckoutConversionRateDrop fired (checkout-web)")."""
_ALERT_NAME = re.compile(r"(?<![\w-])([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)(?![\w-])")
"""An alert's name as rule files write it ("SearchReindexQueueBacklog")."""
_THIS = re.compile(r"(?i)\b(?:this|that|the)\s*(?:one|alert)\b(?:\s*(?:👆|☝️?|\^+))?|\bthis\s*(?:👆|☝️?|\^+)|"
                   r"\bthe alert (?:in|of|from) the (?:paste|message|notification|line above)\b")
_PARTS = re.compile(r"(?i)(?:^|\s)(?:question\s*\d+\s*[:.)]|\d\)|\([a-z]\)|[a-z]\))\s+")
_DATA = re.compile(r"(?i)\b(?:alerts?|incidents?|deploys?|deployments?|changes?|silences?|snoozes?|acks?|rollbacks?|"
                   r"releases?|warnings?|flags?|logs?|log lines?|errors?|firing|fired|deployed|silenced|incident)\b")


_TITLED = re.compile(r"(?i)^\s*(?:[\w#-]+ ){0,3}(?:panel|ticket|digest|message|msg|notification|title)\b"
                     r"[^'\"‘’“”]{0,20}(['\"‘“])[^'\"’”]{1,120}['\"’”][^.?!—–]{0,40}(?:[.?!:]|\s[—–-])\s+(?=\S)")
"""A title quoted before the question on its line ("Grafana panel 'Top talkers — error lines'. which 3 services …",
"ticket 'MOB-2231 Passkey login broken' — when was …")."""


_HEADED = re.compile(r"(?i)^\s*(?:for (?:the|our|my) (?:[\w-]+ )?(?:baseline|record|report|review|postmortem|write-?up|"
                     r"deck|slides?|retro|doc|notes|exercise report|calendar)|(?:[\w-]+ ){0,3}[\w-]+ (?:check|report|"
                     r"review|summary|audit|baseline|window|note|context|question)(?: for [a-z]{1,4}-\d{1,3})?)\s*:\s+"
                     r"(?=\S)")
"""A heading before a colon that says what the question is for ("Change-freeze check for GD-03: every change …", "For
the baseline: the alerts …"), not what it asks."""


def _question_of(parts: list[str]) -> str | None:
    """The one of several questions that is about this data ("1) lunch at noon? 2) alerts since monday")."""
    about = [p for p in parts if _DATA.search(p)]
    return about[0] if len(about) == 1 else None


_SAME_LINE = re.compile(r"(?i)^\s*(?:/\w+|@[\w.-]+|q:)?\s*\[(?:firing|resolved)(?::\d+)?\]\s*"
                        r"(?P<name>(?-i:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+))\s*\((?P<service>[a-z][\w-]*)(?P<labels>[^)]*)\)\s*(?:[-\u2013\u2014:|]+|<-+)"
                        r"\s*(?P<asked>.+)$")
"""A notification pasted on the question's own line, a dash before the question ("/ask [FIRING:1] DiskSpaceLow (indexer
production warning) - show me every one of these since monday")."""
_THESE = re.compile(r"(?i)\b(?:(?:every|each|all) (?:one )?of )?(?:these|those)(?: ones| alerts)?\b"
                    r"(?! (?:(?:last|past|next|previous|first) )?(?:\d+|few|couple) ?(?:minutes?|mins?|hours?|hrs?|"
                    r"days?|weeks?|h|m|d)?\b)|"
                    r"\b(?:this|that|the) (?:one|alert)\b(?! (?:count|counts|name|names|rule|rules|total|totals|"
                    r"volume|numbers?|list|per)\b)|\b(?P<day>\w+)(?:'s|’s) one\b")
"""What stands for the pasted alert: "these" its alerts, "tuesday's one" that day's incident of it."""


def _on_its_line(m: re.Match) -> str | None:
    """The question with the pasted alert put in place of what stands for it, or ``None`` when nothing does."""
    env = next((e for e in re.findall(r"\b(production|prod|staging|stage|dev|qa)\b", m["labels"], flags=re.I)), None)
    where = f" on {m['service']}" + (f" in {env}" if env else "")
    these = _THESE.search(m["asked"])
    if these is None:
        return None
    said = f"{these['day']}'s {m['name']} incident{where}" if these["day"] else f"the {m['name']} alerts{where}"
    return m["asked"][:these.start()] + said + m["asked"][these.end():]


def unpasted(text: str) -> str:
    """``text`` without what was pasted before it, or the one of its several questions about this data."""
    if (same := _SAME_LINE.match(text)) and "\n" not in text.strip() and (asked := _on_its_line(same)):
        return asked
    pasted, asked = [], []
    for line in (line.strip() for line in text.splitlines() if line.strip()):
        (pasted if _PASTE.match(line) else asked).append(line)
    if pasted and asked and (_DATA.search(question := " ".join(asked)) or _THIS.search(question)):  # (a question
        # quoted with a remark after it is the quoted question: "> What was firing at 3pm?\nfor the review")
        text = question
        named = next((m for line in pasted if (m := _NOTIFIED.search(line))), None)
        name = named["name"] if named else next((m[1] for line in pasted if (m := _ALERT_NAME.search(line))), None)
        if name and _THIS.search(text):
            on = f" on {named['service']}" if named else ""
            text = _THIS.sub(f"the {name} alert{on}", text, count=1)
    parts = [p.strip() for p in _PARTS.split(text)]
    if len(parts) > 2 and (one := _question_of(parts[1:])) and any("?" in p for p in parts[1:] if p != one):
        text = one  # (separate questions: not "show 1) alerts on cart 2) only critical", conditions of one)
    if (headed := _HEADED.match(text)) and _DATA.search(rest := text[headed.end():]) and len(rest.split()) >= 4:
        text = rest
    if (titled := _TITLED.match(text)) and _DATA.search(rest := text[titled.end():]) and len(rest.split()) >= 5:
        text = rest  # (not "Stat panel: 'Avg # alerts after each deploy'. what value", "Table panel '…'. which
        # deploys": the title is what is asked)
    return text
