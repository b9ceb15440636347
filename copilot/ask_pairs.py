"""Two things of one kind related in time: "deployments followed by rollbacks within an hour", "rollbacks less than
an hour after a deploy" (changes of two types on the same service and environment), "checkout-web alerts within 2
minutes after a payments-api alert" (alerts of two services in the same environment)."""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_kind_filters import versions
from signalcraft.copilot.ask_kinds import RELATIONS, mentions, span
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_scope import named_beside
from signalcraft.copilot.ask_sql import Select, canonical_environment, filters, lit
from signalcraft.copilot.ask_tally import projection
from signalcraft.copilot.ask_vocab import Vocabulary
from signalcraft.copilot.ask_words import CHANGE_TYPES

__all__ = ["two_of_a_kind"]


def two_of_a_kind(r: Reading, vocab: Vocabulary) -> str | None:
    """The SQL of a question relating two things of one kind, or ``None``."""
    sql = _reached(r, vocab) or _two_changes(r, vocab) or _two_alerts(r, vocab)
    if sql is not None and (m := r.phrase(r"\b(?:for |of )?(?:each|every|per) \w+")):  # "for each deploy, how many
        raise Refused("not_about_this_data", f"{m[0]!r}: a count for each thing of another of its kind is not read "
                                             "yet (nothing was run)", tuple(m[0].split()))  # rollbacks after it"
    return sql


_REACHED = (r"\b(?:releases?|tags?|versions?)\b.*?\b(?:(?:that|which) )?"
            r"(never |not |didn t |did not |have not |haven t )?(?:reached|reach|made it (?:in)?to|make it (?:in)?to|"
            r"got (?:out )?to|get (?:out )?to|went (?:out )?to|"
            r"landed (?:in|on)|(?:was |were |got |been |be )?(?:deployed|promoted|rolled out|shipped) (?:to|in|into)|"
            r"(?:went |go |gone |were |was |are |is |been )?live (?:in|on)|(?:deployed|promoted|shipped) on)\b"
            r"(?: an?| the)? (\S+)(?: deploy| deployment| deploys)?\b")


def _reached(r: Reading, vocab: Vocabulary) -> str | None:
    """ "which releases reached production within an hour of being published", "releases that made it to a
    production deploy", "releases never deployed to staging": a release met (or not) by a live deployment of the
    same version of its service in that environment, within N minutes after it when a span is named ("within",
    "in under"; 60 minutes for "within an hour"), at any time otherwise (a version deployed before its release was
    published reached it too)."""
    m = r.phrase(_REACHED)
    env = vocab.environments.get(m[2]) if m else None
    if m is None or env is None or "release" not in {CHANGE_TYPES.get(w) for w in r.words}:
        return None
    if len({e.value for e in r.entities.get("environment", [])}) > 1 or r.phrase(
            r"\b(more than|longer than|over|at least|later than|after more than|took longer)\b"):
        raise Refused("not_about_this_data", "releases met by deployments in two environments, or later than a "
                                             "bound, are not read yet; ask for each environment, or within a span")
    met = ["d.type = 'deployment'", "d.phase = 'live'", "d.service = c.service",
           f"{canonical_environment('d.environment', vocab)} = {lit(env)}",
           "coalesce(d.details['ref'], d.version) = coalesce(c.details['ref'], c.version)"]
    if r.phrase(r"\bwithin (?:the|the same) (hour|day)\b"):  # "within the hour"
        met += ["d.timestamp >= c.timestamp", f"d.timestamp <= c.timestamp + INTERVAL {60 if r.has('hour') else 1440} "
                                              "MINUTE"]
    elif bound := r.phrase(r"\b(?:within|inside(?: of)?|in less than|in under|under|less than|up to|no more than|"
                           r"at most) (\d+|an?|one|two|three|half an?) ?(minutes?|mins?|hours?|hrs?|h|days?|d|"
                           r"weeks?)\b"):
        n = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}.get(bound[1], 0.5 if bound[1].startswith("half") else 0)
        minutes = (n or int(bound[1])) * {"m": 1, "h": 60, "d": 1440, "w": 10080}[bound[2][0]]
        met += ["d.timestamp >= c.timestamp", f"d.timestamp <= c.timestamp + INTERVAL {int(minutes)} MINUTE"]  # "within
        # an hour of being published": a deployment in [t, t + N]
    where = ["c.type = 'release'", "c.phase = 'live'",
             *[w for w in filters(r, vocab, "change_events", alias="c")
               if "c.environment" not in w and not w.startswith("c.type")],  # the environment is the deployment's
             f"{'NOT ' if m[1] else ''}EXISTS (SELECT 1 FROM change_events d WHERE {' AND '.join(met)})"]
    return Select("change_events c", columns=projection(r, "changes", "c"), where=where).sql()


def _two_alerts(r: Reading, vocab: Vocabulary) -> str | None:
    """ "which checkout-web alerts started within 2 minutes after a payments-api alert": the alerts of one service
    met by another service's alerts in the same environment (their own environment, whatever the service)."""
    found = [i for i, kind in mentions(r.words) if kind == "alerts" and r.words[i] in ("alert", "alerts")]
    if len(found) != 2 or {k for _, k in mentions(r.words)} != {"alerts"}:
        return None
    mine, theirs = named_beside(r, found[0]), named_beside(r, found[1])
    between = " ".join(r.words[found[0] + 1:found[1]])
    how = _how(r, between, found[1])
    if not theirs or how not in ("followed", "preceded", "before", "after"):
        return None
    n = span(r, 15)
    later, earlier = ("a", "a2") if how in ("after", "preceded") else ("a2", "a")
    on = [f"a2.service IN ({', '.join(lit(v) for v in sorted(theirs))})",
          "a2.environment_canonical = a.environment_canonical", "(a2.fingerprint, a2.starts_at) <> (a.fingerprint, "
          "a.starts_at)", f"{later}.starts_at >= {earlier}.starts_at",
          f"{later}.starts_at <= {earlier}.starts_at + INTERVAL {n} MINUTE"]
    where = [w for w in filters(r, vocab, "alerts", alias="a") if not w.startswith("a.service ")]
    if mine - theirs:  # "checkout-web alerts ... after a payments-api alert": each side its own service
        where.append(f"a.service IN ({', '.join(lit(v) for v in sorted(mine - theirs))})")
    if _negated(r, between, found[1]):  # "checkout-web alerts not followed by a payments-api alert"
        return Select("alerts a", columns=projection(r, "alerts", "a"), where=[
            *where, f"NOT EXISTS (SELECT 1 FROM alerts a2 WHERE {' AND '.join(on)})"], distinct=True).sql()
    return Select("alerts a JOIN alerts a2 ON " + " AND ".join(on), columns=projection(r, "alerts", "a"),
                  where=where, distinct=True).sql()


def _two_changes(r: Reading, vocab: Vocabulary) -> str | None:
    """ "deployments followed by rollbacks within an hour", "rollbacks less than an hour after a deploy": changes of
    one type met by changes of another on the same service and environment."""
    typed = [(i, CHANGE_TYPES[w]) for i, w in enumerate(r.words) if w in CHANGE_TYPES]
    if len({t for _, t in typed}) != 2 or {k for _, k in mentions(r.words)} != {"changes"}:
        return None
    (i, first), (j, second) = typed[0], next(x for x in typed if x[1] != typed[0][1])
    between = " ".join(r.words[i + 1:j])
    how = _how(r, between, j)
    if how is None and second == "rollback" and re.search(
            r"\b(were|was|had to be|got|needed to be|have been|got an?|had an?|saw an?|needed an?)$", between):
        how = "followed"  # "which deploys had to be rolled back": deployments a rollback followed
    if how not in ("followed", "preceded", "before", "after"):
        return None
    n = span(r, 60)
    later, earlier = ("c2", "c") if how in ("followed", "before") else ("c", "c2")
    env = canonical_environment("c.environment", vocab)
    on = ["c2.service = c.service", f"{canonical_environment('c2.environment', vocab)} = {env}",
          f"c2.type = {lit(second)}", "c2.phase = 'live'", f"{later}.timestamp >= {earlier}.timestamp",
          f"{later}.timestamp <= {earlier}.timestamp + INTERVAL {n} MINUTE", "c2.id <> c.id"]
    where = [f"c.type = {lit(first)}", "c.phase = 'live'",
             *[w for w in filters(r, vocab, "change_events", alias="c") if not w.startswith("c.type")]]
    at = [r.words.index(e.words[0]) for e in r.entities.get("version", []) if e.words[0] in r.words]
    if at and all(abs(k - j) < abs(k - i) for k in at):  # "rollbacks after the 2.14 deploy": the deploy's
        where = [w for w in where if not w.startswith("(c.version ")]
        on.append(versions(r, "c2."))
    if _negated(r, between, j):  # "deploys not followed by a rollback", "deploys with no rollback after them"
        return Select("change_events c", columns=projection(r, "changes", "c"), where=[
            *where, f"NOT EXISTS (SELECT 1 FROM change_events c2 WHERE {' AND '.join(on)})"], distinct=True).sql()
    return Select("change_events c JOIN change_events c2 ON " + " AND ".join(on), columns=projection(r, "changes", "c"),
                  where=where, distinct=True).sql()


def _how(r: Reading, between: str, j: int) -> str | None:
    """How the first thing relates to the second (at word ``j``): a relation word between them, or one after the
    second that points back ("deploys with no rollback after them": followed; "… before them": preceded)."""
    how = next((name for name, pattern in RELATIONS if re.search(pattern, between)), None)
    if how is not None:
        return how
    after = " ".join(r.words[j + 1:j + 8])
    if re.search(r"\b(after|afterwards|following|followed) (them|it|that|each)\b|^(after|afterwards|later)$", after):
        return "followed"
    if re.search(r"\b(before|preceding|preceded|prior to|ahead of) (them|it|that|each)\b|^(before|beforehand|"
                 r"earlier)$", after):
        return "preceded"
    return None


def _negated(r: Reading, between: str, j: int) -> bool:
    """Whether the second thing is said to be absent: "not followed by a rollback", "with no rollback after them",
    "never rolled back"."""
    before = " ".join(r.words[max(0, j - 4):j])
    return bool(re.search(r"\b(not|never|no|without|zero|none)\b", between) or
                re.search(r"\b(no|without|zero|never)( an?| any)?( \S+)?$", before))
