"""Names said in pieces, read before a question's words are grounded: a service's name said as two words one slip
away from it ("the card service" for cart-service), and a hyphenated word that is no value but two known words
("high-latency")."""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_vocab import Vocabulary

__all__ = ["joined_names", "split_compounds", "unglued"]

_ENDINGS = {"il", "ile", "pi", "pa", "manta", "kta", "da", "dan", "ga", "ta", "te", "ning", "ni", "ku", "ke", "ko",
            "lar", "ler", "nin", "nun", "ssa", "ssä", "sta", "lla", "lta", "ban", "ben", "nak", "nek", "wa"}
"""Case endings of other languages people glue to an English word or a name (Malayalam -il, Quechua -pi/-pa/-manta,
Uzbek -da/-ga/-ning, Turkish, Finnish, Hungarian, Japanese); any other ending makes another name
("checkout-web-beta")."""


def unglued(words: list[str], vocab: Vocabulary, known: set[str]) -> list[str]:
    """A word or name with a case ending of another language glued to it by a hyphen ("production-il",
    "cart-service-pa", "deploys-manta": in, of, from): the word or name, when the whole is nothing known and the ending
    is one of :data:`_ENDINGS` ("checkout-web-qa", "checkout-web-beta" stay: another name)."""
    phrases = vocab.phrases()
    out = []
    for w in words:
        head, _, ending = w.rpartition("-")
        if head and w not in known and (w,) not in phrases and ending in _ENDINGS and \
                (head in known or (head,) in phrases):
            out.append(head)
        else:
            out.append(w)
    return out


_VALUE_NOUNS = {"project", "service", "svc", "team", "cluster", "namespace", "environment", "env"}


def joined_names(words: list[str], vocab: Vocabulary, known: set[str], targets: set[str]) -> list[str]:
    """A service's name said as two words one slip away from it ("the card service" for cart-service, as a
    transcriber hears it): the service, as its hyphenated spelling would be corrected; two words that name something
    as they are ("cart service") stay."""
    out, i = [], 0
    phrases = vocab.phrases()
    while i < len(words):
        pair = tuple(words[i:i + 2])
        if len(pair) == 2 and pair[1] in ("service", "svc", "api", "web", "app", "worker") and pair not in phrases and \
                (fixed := vocab.correct(f"{pair[0]}-{pair[1]}", known, targets)) in vocab.services:
            out.append(fixed)
            i += 2
            continue
        out.append(words[i])
        i += 1
    return out


def split_compounds(words: list[str], known: set[str]) -> list[str]:
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
