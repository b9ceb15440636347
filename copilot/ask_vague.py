"""Windows, events and periods said too vaguely to read, refused with what to say instead: "during the freeze", "the big
deploy", "all time but excluding 2025-03-11", "in early March". Each had been read as something else (every change, the
first deploy ever, that day alone, the whole month). ``check_since``: a "since …" that placed no bound on what was
read ("since I took the pager" had been every alert ever).

>>> refuse_vague("alerts after the payments-api v2.14.0 deploy")
>>> refuse_vague("alerts after the big deploy")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
signalcraft.copilot.ask_reading.Refused: 'the big deploy': which one is that? ...
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_dates import DAY_OF_MONTH, MONTH_NAMES
from signalcraft.copilot.ask_reading import Refused

__all__ = ["check_since", "refuse_vague"]


def refuse_vague(low: str) -> None:
    """Refuse ``low`` (a question in lower case) when it names a window, an event or a period that the store cannot
    place."""
    if (m := re.search(r"\b(?:during|outside(?: of)?|within|inside|in|before|after) (?:the |our |a |any )?(?:(?:change|"
                       r"code|deploy(?:ment)?|release|maintenance) )?(?:window|freeze)s?\b", low)) and \
            not re.search(r"\d", low):
        raise Refused("not_about_this_data", f"{m[0]!r}: which hours is that? the store holds no change windows or "
                                             "freezes; say them (\"during the freeze (Tue 11 Mar, 12:00-18:00 UTC)\")")
        # "changes outside the change window", "deploys during the freeze" had been every change
    if m := re.search(r"\bthe (?:big|major|huge|large|massive|bad|infamous|problem|fateful) (?:deploy|deployment|"
                      r"release|rollout|roll-out|change|push|update|upgrade|migration)\b", low):
        raise Refused("ungrounded", f"{m[0]!r}: which one is that? name its service, version or day (\"the "
                                    "payments-api v2.14.0 deploy\")", tuple(m[0].split()[1:2]))  # "minutes after
        # the big deploy went live" had been after the first deploy ever
    if m := re.search(rf"\b(?:excluding|except(?: for| on)?|but not(?: on)?|other than|apart from|leaving out|not "
                      rf"counting|without) (?:the (?:day (?:of )?)?)?(?:\d{{4}}-\d\d-\d\d|{DAY_OF_MONTH}|yesterday|"
                      rf"today|(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|(?:the )?weekends?\b)", low):
        raise Refused("not_about_this_data", f"{m[0]!r}: a period left out of a longer one is not read yet; ask for "
                                             "the periods on either side")  # "all time but excluding 2025-03-11" had
        # been that day alone
    if m := re.search(rf"\b(?:early|late|mid|(?:at |by |since )?the end of|towards the end of)[ -](?:{MONTH_NAMES})\b",
                      low):
        raise Refused("not_about_this_data", f"{m[0]!r}: which days is that? ask for dates (\"from march 1 to march "
                                             "10\") or a week (\"the first week of march\")")  # "alerts in early march"
        # had been all of March up to now, "at the end of february" all of February


_EVER = re.compile(r"(?i)\bsince (?:always|ever|forever|the (?:very )?(?:beginning|start)|day one|the first day|"
                   r"records began|(?:it|they|we|the store|this store|the data|data) (?:started|began|start|begin)|"
                   r"inception|launch|(?:the )?go-live of the store)\b|\bsince when\b|\bever since\b")
"""A "since" that means all the store holds, or asks when."""
_SINCE = re.compile(r"(?i)\bsince\b((?:\s+[\w'-]+){1,4})")


def check_since(question: str, sql: str) -> None:
    """Refuse a question whose "since …" bounded nothing the SQL reads: no time, no interval and no event's time in
    it (the words after "since" were not read as a moment).

    >>> check_since("alerts since 22:00", "SELECT * FROM alerts WHERE starts_at >= CAST('…' AS TIMESTAMPTZ)")
    >>> check_since("how many since it started", "SELECT COUNT(*) FROM alerts")
    >>> check_since("alerts since I took the pager", "SELECT * FROM alerts")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    signalcraft.copilot.ask_reading.Refused: 'since I took the pager': not read as a moment; ...
    """
    if (m := _SINCE.search(question)) is None or _EVER.search(question) or re.search(
            r"(?i)\bsince (?:[\w'-]+ ){1,3}?(?:is|are|was|were|'s|seems|seem|looks|look|has been|have been)\b",
            question):
        return  # "since it is staging, show alerts": because, not a moment
    if re.search(r"(?i)TIMESTAMPTZ|\bINTERVAL\b|\(SELECT (?:min|max|arg_min|arg_max)\(|\b(?:>=|>) \(SELECT\b", sql):
        return
    said = re.sub(r"[?.!,;:]+$", "", m[0].strip())
    raise Refused("not_about_this_data", f"{said!r}: not read as a moment; say when (\"since 22:00 UTC\", \"since "
                                         "the payments-api v2.14.0 deploy\")")
