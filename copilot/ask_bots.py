"""Changes and actions made by automation ("bots", "automation", "automated") or by people ("by hand", "by a
human", "leave the bots out"): the actors whose stored names say they are automation, and the question's words
for either side, taken out of the text before it is read (they name no person).

>>> made_by("which two people made the most changes by hand? leave the bots out")
('which two people made the most changes?', 'people')
>>> made_by("deploys made by automation that were later blamed")
('deploys that were later blamed', 'bots')
>>> [a for a in ["argocd (automated)", "deployment-controller", "dependabot[bot]", "lnovak"] if BOT.search(a)]
['argocd (automated)', 'deployment-controller', 'dependabot[bot]']
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_literals import in_list
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_vocab import Vocabulary

__all__ = ["BOT", "bot_actors", "made_by", "made_by_bots"]

BOT = re.compile(r"(?i)\[bot\]|\bbots?\b|-bot\b|\bautomat(ed|ion)\b|controller\b|serviceaccount|^system:|"
                 r"github-actions|\brenovate\b|\bdependabot\b|\bflux\b|\bspinnaker\b|\bjenkins\b")
"""What an actor's stored name holds when it is automation: "argocd (automated)", "deployment-controller",
"dependabot[bot]", "system:serviceaccount:...", "github-actions"."""

_ACCOUNT = r"(?:automated|automatic|service|technical|system|machine|non-human|bot) (?:accounts?|actors?|users?|" \
           r"identity|identities)"
"""An account that is automation ("the automatic account", "service accounts")."""
_AUTOMATION = rf"(?:the )?(?:bots?|automation|automated (?:tools|systems|jobs|pipelines)|robots|machines|{_ACCOUNT})"
_NOT_BY_PEOPLE = r"\s*,?\s*\b(?:and )?not by (?:an? )?(?:humans?|persons?|people)\b"
_PEOPLE = (rf"\s*[,.;]?\s*\b(?:and )?(?:leave|leaving|left|leaves) {_AUTOMATION} out\b",
           rf"\s*[,.;]?\s*\b(?:(?:please )?(?:exclude|ignore|omit)|excluding|without|except(?: for)?|not counting|"
           rf"ignoring|omitting|but not|minus) {_AUTOMATION}\b",
           rf"\s*[,.;]?\s*\b{_AUTOMATION} (?:left out|excluded|aside)\b",
           rf"\s*\b(?:made |done |pushed )?(?:by hand|manually|by (?:an? )?(?:humans?|real people|people)|"
           rf"by an? person|by person(?=,? (?:rather than|and not|not|instead of) (?:by )?{_AUTOMATION}\b))"  # ("by
           # person" alone: per person; "by person rather than by automation": people's)
           rf"(?:,? (?:rather than|and not|not|instead of) (?:by )?{_AUTOMATION})?\b(?! (?:who|that|which|whose)\b)",
           r"(?<=\bdid )(?:real )?(?:people|humans)(?= (?:make|push|ship|do|run)\b)",  # "which changes did
           # people make": not the bots'
           r"(?<=\b)(?:human|manual)(?= (?:changes?|deploys?|deployments?|rollbacks?|releases?)\b)",
           r"\s*[,.;:]?\s*\b(?:(?:just|only) )?(?:the )?(?:human|manual) ones\b",  # "Just the human ones."
           r"\s*[,.;:]?\s*\b(?:humans?|(?:real )?people|persons) only\b",  # "Humans only."
           rf"\s*,\s*humans?,? (?:and )?not {_AUTOMATION},(?= )")  # "which two people, humans not the bots, made"
_NAMED = (r"(?:the )?(?:argo ?cd(?: \(automated\))?|argo|deployment[- ]controller|(?:k8s |kubernetes )?controllers?|"
          r"renovate|dependabot|github[- ]actions|jenkins|flux|spinnaker)")
_NAMED_LIST = rf"{_NAMED}(?:(?:,| and| or| &|,? nor) {_NAMED})*"
_NAMED_OUT = re.compile(
    rf"(?i)\s*[,.;:]?\s*(?:\s-\s*)?\b(?:and )?(?:(?:leave|leaving|keep|keeping) (?:out {_NAMED_LIST}|{_NAMED_LIST} out)"
    rf"(?: of (?:it|this|that|there|the count))?|(?:excluding|without|except(?: for)?|not counting|ignoring|but not|"
    rf"minus|not(?: by)?) {_NAMED_LIST})\b(?!\s*(?:,|and\b|or\b|&)\s*(?:the )?[a-z0-9])")
"""Automation named and left out ("leave argocd and the deployment controller out of it", "not argocd or the
deployment-controller"): those actors' changes are not counted. A list that goes on with others ("leaving out
deployment-controller and lnovak") is left to the reading of excluded values."""
_ACTOR_OF = ((r"argo", "argo"), (r"deployment[- ]controller", r"deployment.controller"), (r"controller", "controller"),
             (r"renovate", "renovate"), (r"dependabot", "dependabot"), (r"github[- ]actions", r"github.actions"),
             (r"jenkins", "jenkins"), (r"flux", "flux"), (r"spinnaker", "spinnaker"))
"""The words that name automation and what the stored actor names of each hold."""
_HUMANS = r"(?:(?:by )?humans?|(?:by )?(?:real )?people|by hand|manual(?:ly)?|persons?)"
_BOTS = (rf"\s*\b(?:made |done |pushed |run |triggered )?by {_AUTOMATION}\b(?:\s*\((?:[^()]|\([^()]*\))*\))?"
         r"(?:,? (?:rather than|"
         r"and not|not|instead of) (?:by )?(?:humans?|real people|people|persons?|hand))?",  # "by bots (argocd,
         # ...) rather than by people": the bots; the list in brackets names them, it narrows nothing
         r"(?<=\b)(?:bot|automated|automation)(?= (?:changes?|deploys?|deployments?|rollbacks?|releases?)\b)",
         r"\s*\b(?:were|was) (?:automated|automatic|(?:done|made|run|triggered) automatically)\b",  # "which deploys
         # were automated": made by automation
         _NOT_BY_PEOPLE)  # "by the automatic account argocd
# (automated) and not by a person"


_ONE_ACCOUNT = re.compile(rf"(?i)\s*\bby (?:the |an? )?{_ACCOUNT} ({_NAMED})\b(?:\s*\([^()]*\))?(?:{_NOT_BY_PEOPLE})?")
"""One automation account named as such: its changes alone."""
_ENDED_BY_HAND = re.compile(r"(?i)(\b(?:expired?|ended|end|killed|kill|lifted|lift|removed|remove|deleted|delete|"
                            r"cancell?ed|cancel)(?: it| them)?) "
                            r"(?:by hand|manually)\b")
"""How a silence was ended ("killed by hand"), which says nothing of who made it."""


def made_by(text: str) -> tuple[str, str | None]:
    """``text`` without the words that say who made a thing, and ``"people"`` or ``"bots"`` (``None``: not said).
    "killed by hand" says how a silence was ended, not who made it."""
    if _ENDED_BY_HAND.search(text):
        return _ENDED_BY_HAND.sub(r"\1 manually", text), None  # (the store's expired_by and expired_at say it)
    if m := _ONE_ACCOUNT.search(text):  # "by the automatic account argocd (automated) and not by a person": that one
        one = next(actor for word, actor in _ACTOR_OF if re.search(rf"(?i)\b{word}", m[1]))
        return re.sub(r"\s{2,}", " ", text[:m.start()] + text[m.end():]).strip(" ,"), f"only:{one}"
    named: list[str] = []
    by_person = re.search(r"(?i)\bby person(?=,? (?:rather than|and not|but not|not|instead of) )", text)  # (an account
    # of automation named after it)
    for m in _NAMED_OUT.finditer(text):
        named += [actor for word, actor in _ACTOR_OF if re.search(rf"(?i)\b{word}", m[0])
                  and not (actor == "controller" and "deployment.controller" in named)]
    text = _NAMED_OUT.sub("", text)
    text, made = _made_by(text)
    if named and made is None and by_person:  # "changes done by person and not by argocd": people's
        text, made = re.sub(r"(?i)\s*\bby person\b", "", text).strip(" ,"), "people"
    if named and made is None:
        made = "not:" + "|".join(dict.fromkeys(named))
    return text, made


def _made_by(text: str) -> tuple[str, str | None]:
    bots = rf"(?:{_AUTOMATION}|automated|automatic)"
    versus = r"(?:\s+\w+){0,2}\s*(?:vs\.?|versus|compared (?:to|with)|against|/)\s*(?:by )?"
    if re.search(rf"(?i)\b{_HUMANS}{versus}{bots}\b|\b{bots}{versus}{_HUMANS}\b", text):
        raise Refused("not_about_this_data", "people and bots side by side are not read yet; ask for each (\"changes "
                                             "made by bots\", \"changes made by hand\")")  # one side had been counted
    first = min(((m.start(), kind) for kind, patterns in (("people", _PEOPLE), ("bots", _BOTS)) for p in patterns
                 if (m := re.search(p, text, flags=re.I))), default=None)  # the side said first is the one asked
    if first is None:
        return text, None
    for pattern in (*_BOTS, *_PEOPLE) if first[1] == "bots" else (*_PEOPLE, *_BOTS):
        text = re.sub(pattern, "", text, flags=re.I)
    return re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(" ,"), first[1]


def bot_actors(r: Reading, vocab: Vocabulary) -> tuple[bool, list[str]] | None:
    """For a question that names automation or people as who made a thing: whether the bots are left out, and
    the bots (``None``: it names neither)."""
    if r.made_by is None:
        return None
    if r.made_by.startswith("not:"):  # automation named and left out: those actors alone
        return True, [p for p in vocab.people if re.search(f"(?i){r.made_by[4:]}", p)]
    if r.made_by.startswith("only:"):  # one automation account named
        if not (one := [p for p in vocab.people if re.search(f"(?i){r.made_by[5:]}", p) and BOT.search(p)]):
            raise Refused("ungrounded", f"no automation account called {r.made_by[5:]!r} in this store",
                          (r.made_by[5:],))
        return False, one
    bots = vocab.once("bots", lambda: [p for p in vocab.people if BOT.search(p)])
    if r.made_by == "bots" and not bots:
        raise Refused("ungrounded", "no actor in this store is automation (a bot, a controller, an automated "
                                    "account)", ("bots",))
    return r.made_by == "people", bots


def made_by_bots(r: Reading, vocab: Vocabulary, column: str) -> list[str]:
    """The condition on an actor ``column`` of a question that says automation or people made the thing."""
    if (found := bot_actors(r, vocab)) is None or not found[1]:
        return []
    people, bots = found
    return [f"NOT coalesce({in_list(column, bots)}, false)" if people else in_list(column, bots)]
