"""Which two kinds of record a question relates, and how: "deploys followed by pages" is (changes, before, alerts),
"alerts while a silence was on" (alerts, during, silences), "deploys with no alert after them" the other kind absent.
What :mod:`.ask_relate` builds its join from."""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_kinds import PATTERN, RELATIONS, mentions, span
from signalcraft.copilot.ask_reading import Reading
from signalcraft.copilot.ask_tally import per_each
from signalcraft.copilot.ask_vocab import tokens

__all__ = ["absent", "parts"]


def parts(r: Reading) -> tuple[str, str, str] | None:
    """(returned kind, relation, other kind) when the question relates two kinds in time."""
    found = mentions(r.words)
    if r.has("pattern", "patterns", "template", "templates"):  # log patterns before incidents: their own view
        found = [(i, k) for i, k in found if k != "logs"]
    if len({k for _, k in found}) < 2:
        return None
    text = " ".join(r.words)
    if (answer := _after_colon(r, found)) is not None:
        return answer
    first_i, first = found[0]
    kinds = {k for _, k in found}
    if "changes" in kinds and kinds & {"incidents", "alerts"} and re.search(PATTERN["caused"], text):
        return first, "caused", next(k for _, k in found if k != first)
    for i, other in found[1:]:
        if other == first:
            continue
        between = " ".join(r.words[first_i + 1:i])
        for name, pattern in RELATIONS:
            if re.search(pattern, between):
                return first, name, other
        if name_after := _trailing(text, r.words, i):
            if per_each(r) == other and name_after in _TURNED:  # "alerts per deploy in the hour after": after each
                name_after = _TURNED[name_after]  # deploy, the thing counted for, not after the alerts
            return first, name_after, other
    return _cause_and_effect(r, first, next(k for _, k in found if k != first))


_TURNED = {"followed": "preceded", "preceded": "followed"}


def _cause_and_effect(r: Reading, first: str, other: str) -> tuple[str, str, str] | None:
    """ "releases without alerts", "deployments with zero alerts within 30 minutes", "alerts with no deploy
    within the hour": no word says which comes first, so changes come before the alerts or incidents."""
    if {first, other} not in ({"changes", "alerts"}, {"changes", "incidents"}, {"changes", "logs"},
                              {"changes", "warnings"}):
        return None  # "deploys that had error lines within 5 min": the lines after them
    counted = r.phrase(r"\b(how many|count|number of)\b|\b(alerts|changes|deploys|silences|incidents) per\b") and \
        per_each(r) in (first, other)  # "alerts per deploy" counts the alerts after each
    if not absent(r, first, other) and not r.phrase(r"\bwithin\b") and not counted and span(r, None) is None:
        return None  # a span between the two ("a deploy of the same service in the 20 minutes") relates them too
    return first, "before" if first == "changes" else "after", other


def _after_colon(r: Reading, found: list[tuple[int, str]]) -> tuple[str, str, str] | None:
    """ "the blast radius of dpatel's deploys: alerts within 30 minutes after them": what follows a colon is
    what is asked for, related to the kind the words before it named."""
    if not re.search(r":(?!\d)", r.question) or r.phrase(r"\bwhether\b"):  # "deploys: service, version and whether
        return None  # an alert followed": the things before the colon, with a column about the others
    head = len(tokens(re.split(r":(?!\d)", r.question, maxsplit=1)[0]))  # not the colon of "14:00"
    before = [k for i, k in found if i < head]
    after = [k for i, k in found if i >= head]
    if not before or not after or after[0] == before[0]:
        return None
    rest = " ".join(w for i, w in enumerate(r.words) if i >= head)
    how = next((name for name, pattern in RELATIONS if name not in ("followed", "preceded", "caused")
                and re.search(pattern, rest)), None)
    return None if how is None else (after[0], how, before[0])


def absent(r: Reading, ret: str, kind: str) -> bool:
    """Whether the other kind is named as absent: "no deploy before them", "without an alert after", "deploys
    that were not followed by any alert", "alerts that never came after a deploy" (not "alerts not resolved
    after a deploy": there the negation is of another verb)."""
    found = mentions(r.words)
    if any(re.search(r"\b(no|without|never|zero|none of the|not (see|get|have|trigger|cause|bring|produce|draw|"
                     r"hit|set off)s?)( an?| any)?( (?!(?:and|or|but|that|which|who|after|before|during|while|"
                     r"within|in|around|came|come|fired|followed|preceded)\b)\S+){0,2}$",
                     " ".join(r.words[max(0, i - 5):i]))
           for i, k in found if k == kind):  # "no critical alert after them", "no payments-api error logs"
        return True
    first = next((i for i, k in found if k == ret), None)
    other = next((i for i, k in found if k == kind and first is not None and i > first), None)
    if other is None:
        return False
    between = " ".join(r.words[first + 1:other])
    return bool(re.search(r"\b(not|never)( \w+)?( \w+)? (followed|preceded|after|before|during|while|within|in|"
                          r"around|near|covered|accompanied|come|came|happen|happened|overlap\w*)\b", between))


def _trailing(text: str, words: list[str], i: int) -> str | None:
    """ "deploys with an alert after them": the relation may follow the other kind's word."""
    ahead = next((j for j, _ in mentions(words) if j > i and not words[j].endswith(("ing", "ed"))),
                 len(words))  # up to the next kind named by a noun ("while they were still firing" reads on)
    rest = " ".join(words[i + 1:min(ahead, i + 15)])  # "that followed them", "in the 30 minutes before they opened"
    if re.search(r"\b(after|afterwards|following|followed) (them|it|that|they|its|their|each)\b", rest) or (
            ahead < len(words) and re.search(r"\b(after|following) (the|every)$", rest)):
        return "followed"  # "deploys with the alerts that followed them"
    if re.search(r"\b(before|preceded|leading up to|prior to|ahead of) (them|it|they|its|their)\b", rest) or (
            ahead < len(words) and re.search(r"\b(before|prior to|ahead of) (the|each|every|that)$", rest)):
        return "preceded"  # "incidents that had a deploy in the 10 minutes before they opened", "alerts joined with
        # warnings where the warning started within 10 minutes before the alert"
    if re.search(r"\b(during|while|within|in) (them|it)\b|\b(during|while) (they|it) (were|was|are|is) (still )?(open|"
                 r"active|firing|ongoing|running|in effect)\b", rest):
        return "containing"  # "incidents that had a silence during them": the other kind within their span
    if re.search(r"\b(on )?the same (day|date)\b", rest):
        return "same_day"  # "alerts on a service that also had a rollback in the same environment on the same day"
    if re.search(r"\bat the (same )?time\b|\bat (that|this|the same|the) (moment|instant|point|minute)\b", rest):
        return "during"  # "deploys to a service that was silenced at the time"
    if re.search(r"\b(in|within|during) the (next|following|subsequent)\b", rest):
        return "followed"  # "for each deploy, how many alerts fired in the following 15 min"
    if re.search(r"\b(in|within|during) the (previous|preceding|prior)\b", rest):
        return "preceded"
    if len(words) - i <= 12 and ahead == len(words):  # the relation ends the question: "incidents with no deploy
        # in the 30 min before"
        if re.search(r"\b(after|afterwards|following|later)$", rest):
            return "followed"
        if re.search(r"\b(before|beforehand|prior|earlier)$", rest):
            return "preceded"
        if re.search(r"\b(during|while|meanwhile)$", rest):
            return "containing"  # "incidents nobody silenced anything during"
    return None
