"""Inhibition, routing and sensitivity patterns in a workspace's silence history (no Bytewax).

Each finder reads a :class:`~signalcraft.operators.silence_history.History` and returns
what it found with its evidence; :mod:`signalcraft.operators.silence_suggest` turns that
into suggestions.

- :func:`find_inhibitions`: an alert B that fires while an alert A sharing some label
  values with it is already on (A began first: the cause) and is then muted by people
  (a silence that selects it, an ack of it, or Alertmanager saying a silence muted it).
  A -> B is suggested when B was muted in ``min_share`` of the times it fired during such
  an A (what the rule would mute, so this is its measured precision), at least
  ``min_count`` times, and A is not simply always firing (its duty cycle under
  ``max_duty``). ``equal`` is the labels equal every time (never ``alertname``,
  ``severity``). An alert name several services fire is told apart by ``service``: the
rule then names the service in its source (or target) matchers.
- :func:`find_quick_mutes`: an alert (alertname and service) that people silenced or
  acked within ``quick`` of its start (a silence made then, not one already in place) in
  ``min_share`` of at least ``min_count`` firings: hold it back (``group_wait``) or route
  it to a low-urgency receiver.
- :func:`find_noisy_warnings`: an early-warning series whose warnings were silenced (a
  silence selecting the warning's labels while it was on, or an ack of it) in
  ``warning_share`` of at least ``min_count`` warnings, with an incident (a critical alert of
  the same service, or else project and environment, within ``incident_within``) after at
  most ``max_incident_share`` of them: its sensitivity is too high.

The finders read the history's firings as columns (:attr:`History.fired`): a firing is its
row number there, and a :class:`Firing` is made only for what a finder hands out (an
inhibition's ``targets``), not one per firing held (0.3 µs each, a third of a mining run
over 150,000 alerts). What they look the rows up with (each name's rows, its firings by
start, the duty cycles) is in :mod:`signalcraft.operators.silence_index`.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from itertools import compress

from signalcraft.operators.silence_firings import FiringTable
from signalcraft.operators.silence_history import History
from signalcraft.operators.silence_index import (
    _NOT_EQUAL,
    _duty_cycles,
    _Lookups,
    _names_selected,
)
from signalcraft.operators.silence_items import Firing, firing_at
from signalcraft.operators.silence_matchers import SelectsOnce, matches
from signalcraft.params import RuleParams

__all__ = ["Inhibition", "NoisyWarning", "QuickMute", "RuleParams", "find_inhibitions", "find_noisy_warnings",
           "find_quick_mutes", "muted_firings"]

@dataclass(frozen=True)
class Inhibition:
    source: str
    target: str
    equal: tuple[str, ...]
    count: int
    of: int
    first: datetime
    last: datetime
    silences: tuple[str, ...] = field(default=(), repr=False)
    source_labels: tuple[tuple[str, str], ...] = ()
    target_labels: tuple[tuple[str, str], ...] = ()
    targets: tuple[Firing, ...] = field(default=(), repr=False)
    """The target firings the rule would have muted: its backtest."""


@dataclass(frozen=True)
class QuickMute:
    matchers: tuple[str, ...]
    count: int
    of: int
    p90_minutes: float
    first: datetime
    last: datetime


@dataclass(frozen=True)
class NoisyWarning:
    metric_key: str
    labels: tuple[tuple[str, str], ...]
    silenced: int
    of: int
    incidents: int
    first: datetime
    last: datetime


def muted_firings(history: History, params: RuleParams | None = None,
                  lookups: _Lookups | None = None) -> dict[tuple[str, datetime], tuple]:
    """Each firing that people muted: ``(fingerprint, start) -> (when muted, by what, when a
    person acted)`` (the silence made, the ack; ``None`` when only Alertmanager said so);
    the earliest mute wins. A silence mutes a firing it selects that starts within its window,
    or that is on when the silence starts (or is made; up to ``mute_slack`` before it
    starts counts too). ``lookups``: the rows by name and the indexes of this history, to share
    with the other finders of one mining run (:class:`_Lookups`)."""
    p = params or RuleParams()
    out: dict[tuple[str, datetime], tuple] = {}
    fired = history.fired  # the few Alertmanager said were muted, from the columns (no firing made)
    for fingerprint, start, by in compress(zip(fired.fingerprint, fired.start, fired.muted_by, strict=True),
                                           fired.muted_by):
        out[(fingerprint, start)] = (start, by[0], None)
    fingerprints, starts, ends, labels = fired.fingerprint, fired.start, fired.end, fired.labels
    look = _Lookups.of(history, lookups) if history.silences else None
    by_name = look.by_name if look is not None else {}  # what silences select from
    for s in history.silences.values():
        t = max(s.made, s.start)
        selects = SelectsOnce(s.matchers)  # whether s selects a label tuple (firings share them)
        for name in _names_selected(s.matchers, by_name):
            found = look.index(name)  # the names silences select, indexed when first selected
            for i in found.muting(s.start, s.end, t, p.mute_slack):
                if selects.known(labels[i]) is False:
                    continue  # a label tuple s does not select (the usual case: tested once)
                start, end = starts[i], ends[i]
                started_in = s.start <= start <= s.end
                on_at = start - p.mute_slack <= t and (end is None or t <= end)
                if not (started_in or on_at):
                    continue
                if selects(labels[i]):
                    key = (fingerprints[i], start)
                    when = max(t, start)
                    if key not in out or when < out[key][0]:
                        out[key] = (when, s.id, s.made)
    by_fp: dict[str, list[int]] = defaultdict(list)
    for i, fingerprint in enumerate(fingerprints if history.acks else ()):
        by_fp[fingerprint].append(i)
    for a in history.acks:
        for i in by_fp.get(a.target or "", ()):
            if starts[i] <= a.at and (ends[i] is None or a.at <= ends[i]):  # on when acked
                key = (fingerprints[i], starts[i])
                if key not in out or a.at < out[key][0]:
                    out[key] = (a.at, "ack", a.at)
    return out


def find_inhibitions(history: History, params: RuleParams | None = None, muted: dict | None = None,
                     lookups: _Lookups | None = None) -> list[Inhibition]:
    p = params or RuleParams()
    look = _Lookups.of(history, lookups)  # the rows and indexes muted_firings may have made already
    muted = muted_firings(history, p, look) if muted is None else muted
    if len(muted) < p.min_count:
        return []  # a target's muted firings are some of these
    fired = history.fired
    fps, starts = fired.fingerprint, fired.start
    by_name = look.by_name
    fingerprints = {fp for fp, _ in muted}
    hits = {name: [i for i in rows if fps[i] in fingerprints and (fps[i], starts[i]) in muted]
            for name, rows in by_name.items()}
    if all(len(hit) < p.min_count for hit in hits.values()):
        return []  # no alert muted often enough to be a target: no index, no duty cycles
    index = look.indexes()
    duty = _duty_cycles(by_name, history, index)
    out = []
    for target, rows in by_name.items():
        sources = _likely_sources(hits[target], fired, by_name, index, duty, p)
        if not sources:
            continue
        co: dict[str, list[tuple[int, list[tuple[int, frozenset[str]]]]]] = defaultdict(list)
        for f in rows:
            for name, candidates in _causes(f, fired, sources, index, p).items():
                co[name].append((f, candidates))
        for source, pairs in co.items():
            found = _inhibition(source, target, pairs, muted, duty, p, fired)
            if found is not None:
                out.append((found, _leads(pairs, starts)))
    return _one_way(out)


def _likely_sources(hit: list[int], fired: FiringTable, by_name: dict, index: dict, duty: dict,
                    p: RuleParams) -> dict[str, list[int]]:
    """The alert names that were on at least ``min_count`` times when a firing of the target
    was muted (``hit``, the rows of its muted firings in ``fired``), and are not always on: the only sources
    :func:`_inhibition` can accept, found from the muted firings alone, so that the target's
    other firings are paired with these names only (without it, a history of many alerts and
    no silences is paired all with all). Only names under ``max_duty`` are counted, and each
    is asked whether ONE alert of it was on sharing a label value (:meth:`_StartIndex.shares`),
    not for all of them: the names :func:`_causes` would give, in its order, without listing
    what is on (every open alert of a name, when many never resolve)."""
    if len(hit) < p.min_count:
        return {}
    names = [name for name in by_name if duty.get(name, 1.0) <= p.max_duty]
    counts: dict[str, int] = defaultdict(int)
    for f in hit if names else ():
        labels = [kv for kv in dict(fired.labels[f]).items() if kv[0] not in _NOT_EQUAL]
        for name in names:
            if name != fired.name[f] and index[name].shares(fired.start[f], p.mute_slack, labels):
                counts[name] += 1
    return {name: by_name[name] for name, n in counts.items() if n >= p.min_count}


def _leads(pairs: list, starts: list[datetime]) -> float:
    """The share of co-occurrences in which the source began first."""
    firsts = [min(starts[o] for o, _ in c) <= starts[f] for f, c in pairs]
    return sum(firsts) / len(firsts)


def _one_way(found: list[tuple[Inhibition, float]]) -> list[Inhibition]:
    """Of A -> B and B -> A both found, the one whose source began first more often."""
    best: dict[frozenset[str], tuple[Inhibition, float]] = {}
    for rule, lead in found:
        key = frozenset((rule.source, rule.target))
        if key not in best or lead > best[key][1]:
            best[key] = (rule, lead)
    return [rule for rule, _ in best.values()]


def _causes(f: int, fired: FiringTable, by_name: dict[str, list[int]], index: dict, p: RuleParams) -> dict:
    """Per other alert name, the alerts of it (rows) that began before row ``f`` did (or within
    ``mute_slack`` after), were still on, and share label values with it."""
    labels, name_f, start = dict(fired.labels[f]), fired.name[f], fired.start[f]
    labels_of = fired.labels
    out: dict[str, list[tuple[int, frozenset[str]]]] = {}
    for name in by_name:
        if name == name_f:
            continue
        for o in index[name].on_at(start, p.mute_slack):
            same = frozenset(k for k, v in labels_of[o] if k not in _NOT_EQUAL and labels.get(k) == v)
            if same:
                out.setdefault(name, []).append((o, same))
    return out


def _inhibition(source: str, target: str, pairs: list, muted: dict, duty: dict, p: RuleParams,
                fired: FiringTable) -> Inhibition | None:
    """A -> B when B was muted in ``min_share`` of the times it fired during an A sharing
    labels with it, at least ``min_count`` times: the rule's own precision, measured.
    Between two single services (every muted B had one service, and one service's A was
    on each time), the rule names both services; a rule that fans out (one A, B of many
    services) is named by alert names and ``equal`` alone. ``pairs`` are rows of ``fired``."""
    fps, starts, labels = fired.fingerprint, fired.start, fired.labels

    def service(row: int) -> str | None:
        return dict(labels[row]).get("service")

    hit = [(f, c) for f, c in pairs if (fps[f], starts[f]) in muted]
    if len(hit) < p.min_count or duty.get(source, 1.0) > p.max_duty:
        return None
    source_service = _common({service(o) for o, _ in c} for _, c in hit)
    target_service = _common([{service(f)} for f, _ in hit])
    if source_service is None or target_service is None or source_service == target_service:
        source_service = target_service = None  # a rule that fans out (or within one service): alert names, equal
    if source_service or target_service:  # one service's alert muting another's: the narrower rule's precision
        pairs = [(f, [(o, same) for o, same in c if source_service in (None, service(o))])
                 for f, c in pairs if target_service in (None, service(f))]
        pairs = [(f, c) for f, c in pairs if c]
        hit = [(f, c) for f, c in pairs if (fps[f], starts[f]) in muted]
    if len(hit) < p.min_count or len(hit) < p.min_share * len(pairs):
        return None
    equal = frozenset.intersection(*(max((same for _, same in c), key=len) for _, c in hit))
    if source_service:
        equal -= {"service"}
    times = [muted[(fps[f], starts[f])][0] for f, _ in hit]
    if not equal or _stopped([(starts[f], (fps[f], starts[f]) in muted) for f, _ in pairs], p):
        return None
    by = {muted[(fps[f], starts[f])][1] for f, _ in hit}
    return Inhibition(
        source, target, tuple(sorted(equal)), len(hit), len(pairs), min(times), max(times),
        tuple(sorted(b for b in by if b != "ack")),
        source_labels=(("service", source_service),) if source_service else (),
        target_labels=(("service", target_service),) if target_service else (),
        targets=tuple(firing_at(fired, f) for f, _ in pairs),
    )


def _same_place(warning: dict[str, str], alert: dict[str, str]) -> bool:
    """Whether a critical alert concerns what a warning watched: the same service when the
    warning names one, else the same project and environment (``env`` or ``environment``)."""
    if warning.get("service"):
        return alert.get("service") == warning["service"]
    env = warning.get("environment", warning.get("env"))
    return (alert.get("project") == warning.get("project") is not None
            and alert.get("environment", alert.get("env")) == env)


def _stopped(outcomes: list[tuple[datetime, bool]], p: RuleParams) -> bool:
    """Whether people stopped: the last ``stop_after`` chances to act (a firing, a
    warning) went by without it. A rare pattern is not stopped by being rare; it ages out
    of the history when nothing happens for its whole horizon."""
    last = [done for _, done in sorted(outcomes, key=lambda o: o[0])[-p.stop_after:]]
    return len(last) == p.stop_after and not any(last)


def _common(sets) -> str | None:
    """The one value every set holds, if there is exactly one."""
    sets = list(sets)
    common = set.intersection(*sets) - {None} if sets else set()
    return next(iter(common)) if len(common) == 1 else None


def find_quick_mutes(history: History, params: RuleParams | None = None, muted: dict | None = None) -> list[QuickMute]:
    p = params or RuleParams()
    muted = muted_firings(history, p) if muted is None else muted
    if len(muted) < p.min_count:
        return []  # each quick mute is one of these
    fingerprints = {fp for fp, _ in muted}
    fps, starts = history.fired.fingerprint, history.fired.start
    out = []
    for key, rows in _by_name_and_service(history).items():
        if len(rows) < p.min_count:
            continue
        reacted = {i: d for i in rows
                   if fps[i] in fingerprints and (d := _quick(fps[i], starts[i], muted, p)) is not None}
        delays = list(reacted.values())  # in order of rows
        if len(delays) < p.min_count or len(delays) < p.min_share * len(rows):
            continue
        if not _stopped([(starts[i], i in reacted) for i in rows], p):
            times = [starts[i] for i in rows]
            delays.sort()
            p90 = delays[min(len(delays) - 1, int(0.9 * len(delays)))]
            out.append(QuickMute(key, len(delays), len(rows), p90, min(times), max(times)))
    return out


def _by_name_and_service(history: History) -> dict[tuple[str, ...], list[int]]:
    """The firings (rows of :attr:`History.fired`) by their ``alertname`` and ``service``
    matchers, each group's in order. The matchers are made once per label tuple (a stream's
    firings share them) and the rows of one tuple go straight to its group."""
    groups: dict[tuple[str, ...], list[int]] = {}
    of_labels: dict[int, list[int]] = {}  # id of a label tuple the history holds -> its group
    for i, tuple_ in enumerate(history.fired.labels):
        group = of_labels.get(id(tuple_))
        if group is None:
            labels = dict(tuple_)
            key = tuple(sorted(f'{k}="{labels[k]}"' for k in ("alertname", "service") if labels.get(k)))
            group = of_labels[id(tuple_)] = groups.setdefault(key, [])
        group.append(i)
    return groups


def _quick(fingerprint: str, start: datetime, muted: dict, p: RuleParams) -> float | None:
    """The minutes (at least 0) until a person muted the firing ``(fingerprint, start)`` if
    they did within ``quick``, else ``None``."""
    found = muted.get((fingerprint, start))
    reacted = None if found is None or found[2] is None else found[2] - start
    if reacted is not None and -p.mute_slack <= reacted <= p.quick:  # a person reacted, quickly
        return max(reacted.total_seconds(), 0.0) / 60
    return None


def find_noisy_warnings(history: History, params: RuleParams | None = None) -> list[NoisyWarning]:
    p = params or RuleParams()
    by_key: dict[str, list] = defaultdict(list)
    for w in history.warnings.values():
        by_key[w.metric_key].append(w)
    critical: list[int] | None = None  # rows, listed when a series has enough warnings to judge, by start
    fired = history.fired
    critical_starts: list[datetime] = []
    silences = list(history.silences.values())
    acked = {a.target for a in history.acks if a.target}
    out = []
    for key, ws in by_key.items():
        if len(ws) < p.min_count:
            continue
        if critical is None:
            critical = sorted(compress(range(len(fired)), [sev == "critical" for sev in fired.severity]),
                              key=fired.start.__getitem__)
            critical_starts = list(map(fired.start.__getitem__, critical))
        silenced = incidents = 0
        outcomes = []
        for w in ws:
            labels = dict(w.labels)
            window_end = w.start + p.incident_within
            done = w.id in acked or any(s.start <= window_end and s.end >= w.start and matches(s.matchers, labels)
                                        for s in silences)
            silenced += done
            outcomes.append((w.start, done))
            after = critical[bisect.bisect_left(critical_starts, w.start):
                             bisect.bisect_right(critical_starts, window_end)]  # those starting in the window
            if any(_same_place(labels, dict(fired.labels[i])) for i in after):
                incidents += 1
        starts = [w.start for w in ws]
        enough = silenced >= p.min_count and silenced >= p.warning_share * len(ws)
        if enough and incidents <= p.max_incident_share * len(ws) and not _stopped(outcomes, p):
            out.append(NoisyWarning(key, ws[0].labels, silenced, len(ws), incidents, min(starts), max(starts)))
    return out
