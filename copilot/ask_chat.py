"""What people do to a question in a chat under pressure, undone before it is read: a quoted line of the thread it
answers ("> did checkout-web feel it?" above the question), an alert title or a pager line pasted in front of it,
times as Unix epoch seconds, and a correction typed after it ("prod only - no wait, every env", "in feb? no - in
march", "er, prod incidents only"): the last thing said wins.

>>> untangled("alerts per day this week, prod only - no wait, every env")
'alerts per day this week, every env'
>>> untangled("who deployed the most in feb? no - in march")
'who deployed the most in march'
>>> untangled("Number of pages in the last hour - no, make it last 3 hours. Sorry if that's not how you count it.")
'Number of pages in last 3 hours'
>>> untangled("[FIRING:1] DiskSpaceLow (indexer production warning) <- paging again. all alerts on indexer")
'all alerts on indexer'
>>> untangled("prod alerts that started between 1741703482 and 1741705200 (epoch secs, utc)")
'prod alerts that started between 2025-03-11 14:31:22 and 2025-03-11 15:00:00'
>>> untangled("from the pager: 'X payments-api critical, started 2025-03-11T14:42:48Z' - what changed before that?")
'what changed before 2025-03-11 14:42:48?'
"""

from __future__ import annotations

from datetime import UTC, datetime

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_words import WRITE_VERBS

__all__ = ["untangled"]

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_DAYS = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?"
_TIME = (rf"(?:(?:in|on|during|since|for|from) )?(?:(?:the )?(?:last|this|past|previous) "
         rf"(?:week|month|day|hour|year|\d+ ?\w+)|yesterday|today|tonight|"
         rf"{_MONTHS}(?: \d{{1,2}}(?:st|nd|rd|th)?)?|{_DAYS})")
_ENV = (r"(?:(?:only )?(?:in |on )?(?:prod|production|staging|stg|dev|qa)\b(?: only)?|every env\w*|all env\w*|"
        r"any env\w*)")
_MARK = (r"(?:no,? wait|wait,? no|scratch that|sorry|correction|er+|erm+|uh+|um+|no(?=\s*[-\u2013\u2014,]))"
         r"\s*[-\u2013\u2014,:]*")
_FIX = re.compile(rf"(?i)\s*(?:[-\u2013\u2014,;.?!]\s*)+{_MARK}\s+(?P<fix>[^.?!]+?)[.!]?\s*$")
_MEANT_NAME = re.compile(r"(?i)\s*[,;\u2013\u2014-]\s*(?:i mean|i meant|or rather|sorry)\s*,?\s+(?!(?:it|that|this|"
                         r"them|all|everything|yes|no|really|literally|seriously|ok|okay)\b)(?P<fix>[a-z][\w.-]*)"
                         r"\s*[.!?]*\s*$")
"""A name typed again right after the question ("alerts on checkout, I mean cart-service"): it replaces the last one."""
_NAMED_AT = re.compile(r"(?i)\b(on|for|in|of|from|to) ([a-z][\w.-]*)(?=\s*(?:[,.!?]|$|\s+(?:today|yesterday|this|last|"
                       r"since|in|on|during)\b))")
_MEANT = re.compile(r"(?i)\s*[-\u2013\u2014,;.?!]\s*(?P<fix>[^-\u2013\u2014,;.?!]+?),? i mean\.?\s*$")


def _epoch(m: re.Match) -> str:
    return datetime.fromtimestamp(int(m[0]), UTC).strftime("%Y-%m-%d %H:%M:%S")


def _with_preposition(was: str, fix: str) -> str:
    """ "in feb - no, march": "in march" (the correction's time keeps the preposition of the one it replaces)."""
    lead = re.match(r"(?i)(in|on|during|since|for|from) ", was)
    return f"{lead[1]} {fix}" if lead and not re.match(r"(?i)(?:in|on|during|since|for|from) ", fix) else fix


def _corrected(text: str) -> str:
    """The question with a correction typed after it applied: the part of the same kind (an environment, a time, a
    number of rows) replaced, anything else added."""
    text = re.sub(r"(?i)(?<=[.!?])\s*sorry (?:if|for|about)\b[^.?!]*[.!]?\s*$", "", text)  # manners after it
    if (meant := _MEANT_NAME.search(text)) and (named := list(_NAMED_AT.finditer(text[:meant.start()]))):
        said = text[:meant.start()]  # "alerts on checkout, I mean cart-service": the name the correction replaces
        return f"{said[:named[-1].start(2)]}{meant['fix']}{said[named[-1].end(2):]}".rstrip(" ,")
    m = _FIX.search(text) or _MEANT.search(text)
    if m is None:
        return text
    said, fix = text[:m.start()].rstrip(" ,;-"), m["fix"].strip(" *")
    if re.match(r"(?i)(?:if|for|to|about|that|this|i|i'm|im|we|you|it)\b", fix):
        return text  # "Sorry if that's not how you measure it.": manners, not a correction
    fix = re.sub(r"(?i)^(?:make (?:it|that)|i meant?|meant|should be|rather|instead)\s+", "", fix)
    if re.fullmatch(rf"(?i)(?:\w+ )?{_ENV}(?: \w+)?(?: only)?", fix) and re.search(rf"(?i)\b{_ENV}", said):
        said = re.sub(rf"(?i),?\s*\b{_ENV}", "", said).strip()
        return f"{said}, {fix}"
    if re.fullmatch(rf"(?i){_TIME}", fix) and re.search(rf"(?i)\b{_TIME}\b", said):
        return re.sub(rf"(?i)\b{_TIME}\b", lambda m: _with_preposition(m[0], fix), said, count=1)
    if (n := re.fullmatch(r"(?i)(?:top|just|only|first|last|latest) (\d+)", fix)) and re.search(r"\b\d+\b", said):
        return re.sub(r"(?i)\b(top|first|last|latest|which|the) \d+\b", rf"\g<1> {n[1]}", said, count=1)
    kinds = r"(?:alerts?|deploys?|deployments?|incidents?|silences?|changes?|rollbacks?|warnings?)"
    if re.fullmatch(rf"(?i){kinds}", fix) and re.search(rf"(?i)\b{kinds}\b", said):  # "how many alerts - no, deploys"
        return re.sub(rf"(?i)\b{kinds}\b", lambda _: fix, said, count=1)
    return f"{said}, {fix}"


_WRAPPER = re.compile(r"(?i)-{3,}\s*forwarded message\s*-{3,}|(?:fwd?|fw|forwarded)\s*:?\s*|(?:from|to|subject|date|"
                      r"sent|cc):\s.*")
"""A forward's header lines."""
_GREETING = re.compile(r"(?i)(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))(?: [\w.-]+){0,3}\s*[,!.:]?")
_SIGN_OFF = re.compile(r"(?i)(?:many thanks|thanks|thank you|best|kind regards|regards|cheers|br|all the best|thx|"
                       r"ty)(?: [\w,.-]+){0,3}\s*[,!.]?")
_NOTE = re.compile(r"(?i)\b(?:fwd?|fw|forward(?:ed|ing)?|pasting|pasted|sent me|my (?:manager|boss|lead)|as-is|"
                   r"(?-i:from [A-Z][a-z]+)|(?:she|he) (?:wants|means|asked|needs))\b")
"""Words of a note about a forwarded question, not of a question."""


_HUNCH = re.compile(r"(?i)^\s*(?:i think|i reckon|i suspect|i'?d guess|i guess|i believe|i feel like|(?:i'?m )?pretty "
                    r"sure|i'?d bet|i bet|bet|my (?:theory|hunch|guess)(?: is)?:?)\b(?P<hunch>(?:[^.?!]|\.(?=\w))*?)\s*"
                    r"(?:[.!?]+|[-\u2013\u2014]|[,;]\s*anyway[,:]?)\s+(?P<rest>\S.*)$")
"""A hunch said before the question that checks it ("I think sokafor is the same person, anyway: which deploys …")."""
_KINDS = re.compile(r"(?i)\b(?:alerts?|deploys?|deployments?|deployers|incidents?|silences?|changes?|services?|people|"
                    r"rollbacks?|warnings?|logs?|lines|versions?|flags?)\b")
_YES_NO = re.compile(r"(?i)^\s*(?:is|was|were|did|does|do|are|has|have|had)\b[^?]*\?\s+(?P<rest>(?:which|what|who|how "
                     r"many|top \d+|list|show|give)\b.*)$")
"""A yes/no question, then the question that answers it ("did anyone deploy more than dpatel? top 3 deployers")."""


_RESTATED = re.compile(r"(?i)^(?P<asked>.+?)(?:(?P<mark>\?)\s*(?:that is|i\.e\.?|in other words|i mean),?\s+|"
                       r"\s+[-\u2013\u2014]\s+(?:(?:i\.e\.?|that is),?\s+)?)(?P<again>(?:all )?the (?:number|count|"
                       r"total|alerts?|deploys?|deployments?|incidents?|silences?|changes?|services?|people|log lines)"
                       r"\b.+)$|^(?P<asked2>.+?),\s*(?:i mean|in other words)\s+"
                       r"(?P<again2>[^,]+?)\s*(?P<mark2>\?)?$")
"""A question said again after a dash or "that is" ("alerts per day - the number of alerts per day"), or explained
after ", I mean" ("silences programmed in advance, I mean starting later than the moment they were created")."""


_ORDER = re.compile(r"(?i)\b(?:" + "|".join(WRITE_VERBS) + r"|roll back)\b")
"""Verbs of an order (:data:`~signalcraft.copilot.ask_words.WRITE_VERBS`): a restatement that gives one is not one."""


def _digits(text: str) -> set[str]:
    return {d.lstrip("0") or "0" for d in re.findall(r"\d+", text)}


def _said_once(text: str) -> str:
    """The question as first put, when what follows only says it again: it names no number and no hyphenated name
    the first did not (a restatement that narrows it, "deploys today - the ones on checkout-web", is kept whole)."""
    m = _RESTATED.match(text)
    if m is None:
        return text
    asked, again, mark = (m["asked"], m["again"], m["mark"]) if m["asked"] else (m["asked2"], m["again2"], m["mark2"])
    if not (_KINDS.search(asked) or re.search(r"(?i)\bfir(?:ing|ed)\b", asked)) or _ORDER.search(again):
        return text  # (an order after it is never left out: "..., I mean delete them" is refused whole)
    names = set(re.findall(r"\w+(?:-\w+)+", again.lower())) - set(re.findall(r"\w+(?:-\w+)+", asked.lower()))
    return asked + (mark or "") if not names and _digits(again) <= _digits(asked) else text


def _checked(text: str) -> str:
    """The question that checks a hunch or answers a yes/no question put first, when it says what it reads."""
    if m := _HUNCH.match(text):
        rest = m["rest"].strip()
        if re.fullmatch(r"(?i)(which|who|what|how many)\s*\??", rest):  # "bet some silences were … . which?"
            hunch = re.sub(r"(?i)^(?:some|all|most|many|the|a few) ", "", m["hunch"].strip())
            return f"{rest.strip(' ?')} {hunch}"
        return rest
    if (m := _YES_NO.match(text)) and _KINDS.search(m["rest"]) and len(m["rest"].split()) >= 5 and not re.search(
            r"(?i)\b(?:that|those|these|them|it|its|their|then|there|same|such)\b", m["rest"]):
        return m["rest"]  # (not "… ? which incidents", "… ? the alerts from that day": the first question's)
    return text


def untangled(text: str) -> str:
    """``text`` without the chat's clutter; unchanged when it has none."""
    lines = [line.strip() for line in text.splitlines() if line.strip() and not _WRAPPER.fullmatch(line.strip())]
    while lines and (_GREETING.fullmatch(lines[0]) or _SIGN_OFF.fullmatch(lines[-1]) or (
            len(lines) > 1 and _SIGN_OFF.fullmatch(lines[-2]) and re.fullmatch(r"[A-Z][\w.-]*", lines[-1]))):
        lines = lines[1:] if _GREETING.fullmatch(lines[0]) else lines[:-1]  # an e-mail's greeting and sign-off
    quoted = [line.lstrip("> ").strip() for line in lines if line.startswith(">")]
    own = [line for line in lines if not line.startswith(">")]
    if quoted and own and (all(_NOTE.search(line) for line in own) or (quoted[-1].endswith("?") and all(re.match(
            r"(?i)(?:asking (?:for|because)|it'?s for|this is for|for (?:the|my|our) \w+|need it for)\b", line)
            and "?" not in line for line in own))):  # "> when did …?" above "asking for the postmortem. Just the
        # time please.": the quoted question is the one asked
        lines = quoted  # "> How many …?" above "(from my manager, fwd)": the forwarded question, asked
    elif quoted and own:
        lines = own  # "> did checkout-web feel it?" above the question: the thread's line it answers
    elif quoted:
        lines = quoted  # a forward with nothing added
    text = " ".join(lines) if lines else text
    if (m := re.search(r"\"([^\"]{12,}\?)\"", text)) and _NOTE.search(text.replace(m[0], " ")):
        text = m[1]  # 'my manager sent me this, pasting it: "What config changes …?"'
    text = re.sub(r"^\s*\[[ xX]?\]\s*(?:\d+[.)]\s*)?", "", text)  # an item of a checklist
    text = re.sub(r"(?i)\s*\((?:our|what we call|we call (?:them|it|these)|aka|a\.k\.a\.?|also called|also known as)\b"
                  r"[^)]*\)", "", text)  # "(our multi-defect events)": the asker's own name for them
    text = re.sub(r"(?i)\s*->\s*(list|count|number|rows)\s*$", r", \1", text)
    text = re.sub(r"(?i)^\s*(?:following up on|replying to|re(?::|\b)|continuing|as per)\b[^:]{0,40}:\s*", "", text)
    text = re.sub(r"^\s*\[(?:FIRING|RESOLVED)(?::\d+)?\]\s*[\w.:-]+\s*(?:\([^)]*\))?\s*(?:<-+[^.?!]*[.?!]\s*|"
                  r"[-\u2013\u2014:]+\s+)?", "", text, flags=re.IGNORECASE)  # a pasted alert title
    if m := re.match(r"(?i)^\s*(?:from the pager|(?:the )?page(?:r)? (?:said|says)|pasting)?\s*:?\s*(['\"`])"
                     r"(?P<page>[^'\"`]*?\bstarted (?:at )?(?P<at>\d{4}-\d\d-\d\d[t ]\d\d:\d\d(?::\d\d)?z?))\1"
                     r"\s*[-\u2013\u2014:,]*\s*(?P<rest>.+)$", text):  # "'… started <stamp>' - … before that?"
        moment = m["at"].upper().replace("T", " ").rstrip("Z")
        text = re.sub(r"(?i)\b(before|after|around|since) (?:that|then|it)\b", rf"\1 {moment}", m["rest"])
    text = re.sub(r"\s*\((?:epoch|unix)(?: time| secs| seconds)?(?:,? ?utc)?\)", "", text, flags=re.IGNORECASE)
    text = re.sub(r"(?<![\w.-])1[5-9]\d{8}(?![\w.-])", _epoch, text)  # 2017..2033 in seconds
    text = re.sub(r"(?i),?\s*(?:forgot to (?:say|mention)(?: (?:that|it))?|should have said)\s*[.!]?\s*$", "", text)
    return _said_once(_checked(_corrected(text)))
