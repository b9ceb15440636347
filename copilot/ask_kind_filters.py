"""Conditions particular to one kind of record: an alert's labels, names and resolution, a key of an alert's
annotations or a log line's attributes, a change's version and its types. :func:`.ask_sql.filters` puts them with
the conditions every relation shares.
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_alert_words import exact_names, hinted_names, known_hint
from signalcraft.copilot.ask_excluded import excluded, maybe_not
from signalcraft.copilot.ask_literals import in_list as _in
from signalcraft.copilot.ask_literals import lit
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_vocab import Vocabulary
from signalcraft.copilot.ask_words import CHANGE_TYPES

__all__ = ["alert_filters", "change_types", "map_filters", "versions"]

_MAPS = {"alerts": "annotations", "warnings": "annotations", "log_events": "attributes"}


def map_filters(r: Reading, relation: str, p: str = "") -> list[str]:
    """A key of an alert's annotations or a log line's attributes: "alerts with no runbook_url annotation",
    "log lines whose db.system attribute is postgresql"."""
    column = _MAPS.get(relation)
    text = " ".join(r.words)
    out = []
    for m in re.finditer(r"\b(no|without|missing|with|having|has|have)? ?(?:an? |any |the )?([a-z][\w.]*) "
                         r"(annotation|attribute)s?"
                         r"(?: (?:is|=|of|equal to|set to) ([\w.:/-]+))?", text):
        if column is None or m[2] in ("an", "a", "the", "its", "their", "no", "any"):
            continue
        key = f"{p}{column}[{lit('runbook_url' if m[2] == 'runbook' and column == 'annotations' else m[2])}]"
        if m[4]:
            out.append(f"{key} = {lit(m[4])}")
        else:
            out.append(f"{key} IS NULL" if m[1] in ("no", "without", "missing") else f"{key} IS NOT NULL")
    return out


def alert_filters(r: Reading, vocab: Vocabulary, p: str) -> list[str]:
    out = []
    for e in r.entities.get("label", []):
        key, value = e.value
        out.append(maybe_not(f"{p}labels[{lit(key)}] = {lit(value)}", excluded(r, e.words)))  # "not on team iam"
    parts = list(r.entities.get("label_part", []))  # "alerts in eu-west-1": a cluster of that region
    if parts and r.phrase(r"\b(names?|named|titles?|titled|called|mentions?|mentioning|contains?|containing|says|"
                          r"saying|summary|text)\b"):  # "alerts whose name mentions eu-west-1": the words, not a place
        r.entities.pop("label_part")
        parts = []
    for key in dict.fromkeys(e.value[0] for e in parts):
        alike = " OR ".join(f"{p}labels[{lit(key)}] LIKE {lit('%' + e.value[1] + '%')}" for e in parts
                            if e.value[0] == key)
        out.append(maybe_not(f"({alike})", excluded(r, parts[0].words)))
    for m in re.finditer(r"\b(no|without|missing|lacking|with|having|has|have) (?:an? |any |the )?([\w.-]+) labels?\b"
                         r"(?! (?:is|=|of|set to|equal to)\b)", " ".join(r.words)):
        if m[2] in vocab.label_keys and not r.phrase(r"\b(leave|leaving|leaves|skip|skipping|exclude|excluding|"
                                                      r"ignore|ignoring|drop|dropping|omit|omitting)\b"):
            # "alerts without a team label": whether the key is there at all ("leave out the ones with no team
            # label" is the breakdown's, ask_shapes)
            out.append(f"{p}labels[{lit(m[2])}] IS " + ("NULL" if m[1] in ("no", "without", "missing", "lacking")
                                                        else "NOT NULL"))
    names = [e.value for e in r.entities.get("alert_name", [])] or exact_names(r, vocab) or hinted_names(r, vocab)
    if names:
        words = {e.value: e.words for e in r.entities.get("alert_name", [])}
        out_names = [n for n in names if n in words and excluded(r, words[n])] or [  # "alerts except X": the others
            n for n in names if n not in words and (excluded(r, (n.lower(),)) or any(r.phrase(
                rf"\b(?:except|excluding|besides|other than|apart from|not counting|minus|ignoring|leaving out|leave "
                rf"out) (?:the |any )?{re.escape(h)}\b") for h in r.name_hint))]  # "not counting the tokencache
    # ones": a word of its name set aside (not "pod not ready alerts": the name's own "not")
        if out_names:
            out.append(maybe_not(_in(p + "name", out_names), True))
        if kept := [n for n in names if n not in out_names]:
            out.append(_in(p + "name", kept))
    elif (hint := known_hint(r, vocab)) and not r.entities:
        raise Refused("ungrounded", f"no alert is named like {' '.join(hint)!r} in this store", tuple(hint))
    quick = r.phrase(r"\bresolved(?: themselves| itself| on their own| by themselves)? (?:in|within|under) "
                     r"(?:(\d+|an?) ?)?(minutes?|mins?|m|hours?|hrs?|h)\b")
    if quick:
        n = int(quick[1]) if quick[1] and quick[1].isdigit() else 1
        out += [f"{p}status = 'resolved'",
                f"epoch({p}ends_at) - epoch({p}starts_at) <= {n * (3600 if quick[2].startswith('h') else 60)}"]
    elif r.has("resolved") and not r.phrase(r"resolved (in|within|during|between|since|today|yesterday)"):
        out.append(f"{p}status = 'resolved'")
    if r.has("unresolved", "unacknowledged", "unfixed"):
        out.append(f"{p}ends_at IS NULL")
    return out


def versions(r: Reading, p: str = "") -> str:
    """The change's version or its tag (GitHub deployments keep the sha as the version, the tag as ``ref``)."""
    named = [e.value for e in r.entities["version"]]
    ref = p + "details['ref']"
    return f"({_in(p + 'version', named)} OR {_in(ref, named)})"


def change_types(r: Reading) -> list[str]:
    out = []
    for w in r.words:
        t = CHANGE_TYPES.get(w)
        if t and t not in out:
            out.append(t)
    if r.phrase(r"\broll(ed)? back\b") and "rollback" not in out:
        out.append("rollback")
    if "deployment" in out and "rollback" in out and not r.has("rollback", "rollbacks", "rolled"):
        out.remove("rollback")
    if "deployment" in out and len(out) > 1 and ("rollback" not in out or r.has("rollback", "rollbacks")) and not r.has(
            "deploy", "deploys", "deployment", "deployments") and r.has(
            "deployed", "deploying", "shipped", "shipping", "ship", "ships") and not r.phrase(
            r"\b(deployed|shipped) (or|and)\b|\b(or|and) (deployed|shipped)\b"):
        out.remove("deployment")  # "flag changes that went out", "config changes shipped to X", "rollbacks that
        # went out": how they went live
    if not out and r.has("pushed") and not r.has("change", "changes", "changed"):
        out.append("deployment")  # "who pushed auth-api"; "who pushed the most changes" counts every change
    if len(out) > 1 and r.phrase(r"\b(whatever|etc|and so on|or anything|anything else|all kinds|any kind|anything$)"):
        return []  # "deploys, flags, whatever": every kind of change
    return out
