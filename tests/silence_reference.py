"""The silence finders as they were written before, one :class:`Firing` per firing: the scans
their tests compare with (the same mutes, in order, inhibitions, quick mutes, noisy warnings
and suggestions).

They read :attr:`History.firings` (a :class:`Firing` made per firing) and share nothing with
:mod:`signalcraft.operators.silence_rules` but its result types and its small pure helpers
(``_stopped``, ``_common``, ``_one_way``, ``_same_place``, ``_names_selected``,
``_NOT_EQUAL``), so the finders' lookups, columns and shortcuts are all measured against them.
:func:`scanned` puts them in the finders' place for a test.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from datetime import datetime, timedelta

import pytest

from signalcraft.operators import silence_rules as rules
from signalcraft.operators import silence_suggest
from signalcraft.operators.silence_history import Firing, History, matches
from signalcraft.params import RuleParams


def by_name(history: History) -> dict[str, list[Firing]]:
    out = defaultdict(list)
    for f in history.firings.values():
        out[f.name].append(f)
    return out


class ScanIndex:
    """The firings of one name by start: :meth:`around` is every one that starts from the
    longest firing (an open one counted to the clock) before a moment, the scan's window."""

    def __init__(self, firings: list[Firing], clock: datetime | None) -> None:
        self.firings = sorted(firings, key=lambda f: f.start)
        self.starts = [f.start for f in self.firings]
        self.longest = max(((f.end or clock or f.start) - f.start for f in self.firings), default=timedelta(0))

    def around(self, t: datetime, slack: timedelta) -> list[Firing]:
        lo = bisect.bisect_left(self.starts, t - self.longest)
        return self.firings[lo:bisect.bisect_right(self.starts, t + slack)]

    def on_at(self, t: datetime, slack: timedelta) -> list[Firing]:
        return [o for o in self.around(t, slack) if o.end is None or o.end >= t]


# -- mutes ------------------------------------------------------------------------------------------


def muted_per_firing(history: History, p: RuleParams, lookups: object = None) -> dict:
    """``muted_firings`` as written before: every name indexed, every firing by fingerprint
    (``lookups``, the finders' shared rows and indexes, left unread: the scans share nothing)."""
    out = {(f.fingerprint, f.start): (f.start, f.muted_by[0], None) for f in history.firings.values() if f.muted_by}
    names = by_name(history)
    index = {name: ScanIndex(fs, history.clock) for name, fs in names.items()}
    for s in history.silences.values():
        t = max(s.made, s.start)
        for name in rules._names_selected(s.matchers, names):
            for f in index[name].around(t, max(s.end - t, p.mute_slack)):
                started_in = s.start <= f.start <= s.end
                on_at = f.start - p.mute_slack <= t and (f.end is None or t <= f.end)
                key, when = (f.fingerprint, f.start), max(t, f.start)
                if (started_in or on_at) and matches(s.matchers, f.label_map) and (
                        key not in out or when < out[key][0]):
                    out[key] = (when, s.id, s.made)
    for a in history.acks:
        for f in history.firings.values():
            key = (f.fingerprint, f.start)
            if f.fingerprint == (a.target or "") and f.active_at(a.at) and (key not in out or a.at < out[key][0]):
                out[key] = (a.at, "ack", a.at)
    return out


# -- quick mutes ------------------------------------------------------------------------------------


def groups_per_firing(history: History) -> dict:
    """The firings by alertname and service matchers, each firing's made from its labels."""
    groups = defaultdict(list)
    for f in history.firings.values():
        labels = f.label_map
        groups[tuple(sorted(f'{k}="{labels[k]}"' for k in ("alertname", "service") if labels.get(k)))].append(f)
    return groups


def quick_mutes_per_firing(history: History, p: RuleParams, muted: dict) -> list:
    """``find_quick_mutes`` as written before: each firing's matchers made from its labels."""
    out = []
    for key, fs in groups_per_firing(history).items():
        found = [muted.get((f.fingerprint, f.start)) for f in fs]
        reacted = [None if m is None or m[2] is None else m[2] - f.start for f, m in zip(fs, found, strict=True)]
        quick = [r is not None and -p.mute_slack <= r <= p.quick for r in reacted]
        delays = sorted(max(r.total_seconds(), 0.0) / 60 for r, q in zip(reacted, quick, strict=True) if q)
        outcomes = [(f.start, q) for f, q in zip(fs, quick, strict=True)]
        if (len(fs) >= p.min_count and len(delays) >= p.min_count and len(delays) >= p.min_share * len(fs)
                and not rules._stopped(outcomes, p)):
            starts = [f.start for f in fs]
            p90 = delays[min(len(delays) - 1, int(0.9 * len(delays)))]
            out.append(rules.QuickMute(key, len(delays), len(fs), p90, min(starts), max(starts)))
    return out


# -- inhibitions ------------------------------------------------------------------------------------


def duty_cycles(names: dict[str, list[Firing]], history: History) -> dict[str, float]:
    """The share of the history's span each alert name was firing (any instance)."""
    if history.clock is None:
        return {}
    span_start = min((f.start for fs in names.values() for f in fs), default=history.clock)
    span = max((history.clock - span_start).total_seconds(), 1.0)
    out = {}
    for name, fs in names.items():
        total, cur_s, cur_e = 0.0, None, None
        for s, e in sorted((f.start, f.end or history.clock) for f in fs):
            if cur_e is None or s > cur_e:
                if cur_e is not None:
                    total += (cur_e - cur_s).total_seconds()
                cur_s, cur_e = s, e
            else:
                cur_e = max(cur_e, e)
        if cur_e is not None:
            total += (cur_e - cur_s).total_seconds()
        out[name] = total / span
    return out


def scan_causes(f: Firing, names: dict, index: dict, p: RuleParams) -> dict:
    """Per other name, its firings on when ``f`` began (scanned from the longest) sharing label values."""
    labels = f.label_map
    out: dict = {}
    for name in names:
        if name == f.name:
            continue
        for o in index[name].on_at(f.start, p.mute_slack):
            same = frozenset(k for k, v in o.labels if k not in rules._NOT_EQUAL and labels.get(k) == v)
            if same:
                out.setdefault(name, []).append((o, same))
    return out


def scan_likely_sources(hit: list, names: dict, index: dict, duty: dict, p: RuleParams) -> dict:
    """The names :func:`scan_causes` gives at least ``min_count`` of the muted firings ``hit``, under ``max_duty``."""
    if len(hit) < p.min_count:
        return {}
    counts: dict[str, int] = defaultdict(int)
    for f in hit:
        for name in scan_causes(f, names, index, p):
            counts[name] += 1
    return {name: names[name] for name, n in counts.items() if n >= p.min_count and duty.get(name, 1.0) <= p.max_duty}


def inhibition_of(source: str, target: str, pairs: list, muted: dict, duty: dict, p: RuleParams):
    """``_inhibition`` as written per firing (each firing's service from its label map)."""
    hit = [(f, c) for f, c in pairs if (f.fingerprint, f.start) in muted]
    if len(hit) < p.min_count or duty.get(source, 1.0) > p.max_duty:
        return None
    source_service = rules._common({o.label_map.get("service") for o, _ in c} for _, c in hit)
    target_service = rules._common([{f.label_map.get("service")} for f, _ in hit])
    if source_service is None or target_service is None or source_service == target_service:
        source_service = target_service = None
    if source_service or target_service:
        pairs = [(f, [(o, same) for o, same in c if source_service in (None, o.label_map.get("service"))])
                 for f, c in pairs if target_service in (None, f.label_map.get("service"))]
        pairs = [(f, c) for f, c in pairs if c]
        hit = [(f, c) for f, c in pairs if (f.fingerprint, f.start) in muted]
    if len(hit) < p.min_count or len(hit) < p.min_share * len(pairs):
        return None
    equal = frozenset.intersection(*(max((same for _, same in c), key=len) for _, c in hit))
    if source_service:
        equal -= {"service"}
    times = [muted[(f.fingerprint, f.start)][0] for f, _ in hit]
    if not equal or rules._stopped([(f.start, (f.fingerprint, f.start) in muted) for f, _ in pairs], p):
        return None
    by = {muted[(f.fingerprint, f.start)][1] for f, _ in hit}
    return rules.Inhibition(
        source, target, tuple(sorted(equal)), len(hit), len(pairs), min(times), max(times),
        tuple(sorted(b for b in by if b != "ack")),
        source_labels=(("service", source_service),) if source_service else (),
        target_labels=(("service", target_service),) if target_service else (),
        targets=tuple(f for f, _ in pairs),
    )


def inhibitions_per_firing(history: History, p: RuleParams, muted: dict, lookups: object = None) -> list:
    """``find_inhibitions`` as written before: every name indexed and its duty cycle taken,
    every firing of a target paired by a scan with all that were on (``lookups`` left unread)."""
    names = by_name(history)
    index = {name: ScanIndex(fs, history.clock) for name, fs in names.items()}
    duty = duty_cycles(names, history)
    out = []
    for target, firings in names.items():
        sources = scan_likely_sources([f for f in firings if (f.fingerprint, f.start) in muted], names, index, duty, p)
        co = defaultdict(list)
        for f in firings if sources else ():
            for name, candidates in scan_causes(f, sources, index, p).items():
                co[name].append((f, candidates))
        for source, pairs in co.items():
            found = inhibition_of(source, target, pairs, muted, duty, p)
            if found is not None:
                out.append((found, sum(min(o.start for o, _ in c) <= f.start for f, c in pairs) / len(pairs)))
    return rules._one_way(out)


# -- noisy warnings and suggestions ---------------------------------------------------------------


def noisy_as_before(history: History, p: RuleParams) -> list:
    """``find_noisy_warnings`` as written before: the critical firings listed first, always."""
    critical = [f for f in history.firings.values() if f.severity == "critical"]
    acked = {a.target for a in history.acks if a.target}
    by_key: dict[str, list] = {}
    for w in history.warnings.values():
        by_key.setdefault(w.metric_key, []).append(w)
    out = []
    for key, ws in by_key.items():
        if len(ws) < p.min_count:
            continue
        outcomes, silenced, incidents = [], 0, 0
        for w in ws:
            labels, window_end = dict(w.labels), w.start + p.incident_within
            done = w.id in acked or any(s.start <= window_end and s.end >= w.start and matches(s.matchers, labels)
                                        for s in history.silences.values())
            silenced += done
            outcomes.append((w.start, done))
            incidents += any(w.start <= f.start <= window_end and rules._same_place(labels, f.label_map)
                             for f in critical)
        starts = [w.start for w in ws]
        if (silenced >= p.min_count and silenced >= p.warning_share * len(ws)
                and incidents <= p.max_incident_share * len(ws) and not rules._stopped(outcomes, p)):
            out.append(rules.NoisyWarning(key, ws[0].labels, silenced, len(ws), incidents, min(starts), max(starts)))
    return out


def scan_selected(matchers: tuple[str, ...], history: History) -> list[Firing]:
    """The firings ``matchers`` select, in order, each tested."""
    return [f for f in history.firings.values() if matches(matchers, f.label_map)]


def scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    """The finders (and :func:`~signalcraft.operators.silence_suggest.suggest`'s backtests) as
    the scans above from here on."""
    monkeypatch.setattr(silence_suggest, "_selected", scan_selected)
    for module in (rules, silence_suggest):
        monkeypatch.setattr(module, "muted_firings", muted_per_firing)
        monkeypatch.setattr(module, "find_noisy_warnings", noisy_as_before)
        monkeypatch.setattr(module, "find_inhibitions", inhibitions_per_firing)
        monkeypatch.setattr(module, "find_quick_mutes", quick_mutes_per_firing)
