"""Inhibition, routing and sensitivity patterns in a workspace's silence history (no Bytewax).

Each finder reads a :class:`~signalcraft.operators.silence_history.History` and returns
what it found with its evidence; :mod:`signalcraft.operators.silence_suggest` turns that
into suggestions.

- :func:`find_inhibitions`: an alert B keeps being silenced or acked while an alert A
  that shares some labels with it is firing. Each time B is muted (a silence that
  selects it made or starting while it fires, an ack of it, or Alertmanager saying a
  silence muted it), the other alerts firing then with equal values on the labels both
  carry are candidates; A -> B is suggested when it holds in ``min_share`` of B's mutes,
  at least ``min_count`` times, and A is not simply always firing (its duty cycle over
  the history under ``max_duty``). ``equal`` is the labels equal in every one of those
  mutes (never ``alertname``, ``severity``).
- :func:`find_quick_mutes`: an alert (alertname and service) that people silenced or
  acked within ``quick`` of its start (a silence made then, not one already in place) in
  ``min_share`` of at least ``min_count`` firings: hold it back (``group_wait``) or route
  it to a low-urgency receiver.
- :func:`find_noisy_warnings`: an early-warning series whose warnings were silenced in
  ``min_share`` of at least ``min_count`` warnings, with an incident (a critical alert of
  the same project and environment within ``incident_within``) after at most
  ``max_incident_share`` of them: its sensitivity is too high.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from signalcraft.operators.silence_history import Firing, History, matches
from signalcraft.params import RuleParams

__all__ = ["Inhibition", "NoisyWarning", "QuickMute", "RuleParams", "find_inhibitions", "find_noisy_warnings",
           "find_quick_mutes", "muted_firings"]

_NOT_EQUAL = frozenset({"alertname", "severity", "__name__"})


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


def muted_firings(history: History, params: RuleParams | None = None) -> dict[tuple[str, datetime], tuple]:
    """Each firing that people muted: ``(fingerprint, start) -> (when muted, by what, when a
    person acted)`` (the silence made, the ack; ``None`` when only Alertmanager said so);
    the earliest mute wins. A silence mutes a firing it selects that starts within its window,
    or that is on when the silence starts (or is made; up to ``mute_slack`` before it
    starts counts too)."""
    p = params or RuleParams()
    out: dict[tuple[str, datetime], tuple] = {}
    by_name: dict[str, list[Firing]] = defaultdict(list)
    for f in history.firings.values():
        by_name[f.name].append(f)
        if f.muted_by:
            out[(f.fingerprint, f.start)] = (f.start, f.muted_by[0], None)
    index = {name: _StartIndex(fs, history.clock) for name, fs in by_name.items()}
    for s in history.silences.values():
        t = max(s.made, s.start)
        for name in _names_selected(s.matchers, by_name):
            for f in index[name].around(t, max(s.end - t, p.mute_slack)):
                started_in = s.start <= f.start <= s.end
                on_at = f.start - p.mute_slack <= t and (f.end is None or t <= f.end)
                if (started_in or on_at) and matches(s.matchers, f.label_map):
                    key = (f.fingerprint, f.start)
                    when = max(t, f.start)
                    if key not in out or when < out[key][0]:
                        out[key] = (when, s.id, s.made)
    by_fp: dict[str, list[Firing]] = defaultdict(list)
    for f in history.firings.values():
        by_fp[f.fingerprint].append(f)
    for a in history.acks:
        for f in by_fp.get(a.target or "", ()):
            if f.active_at(a.at):
                key = (f.fingerprint, f.start)
                if key not in out or a.at < out[key][0]:
                    out[key] = (a.at, "ack", a.at)
    return out


def find_inhibitions(history: History, params: RuleParams | None = None, muted: dict | None = None,
                     now: datetime | None = None) -> list[Inhibition]:
    p = params or RuleParams()
    now = now or history.clock
    muted = muted_firings(history, p) if muted is None else muted
    firings = list(history.firings.values())
    by_name: dict[str, list[Firing]] = defaultdict(list)
    for f in firings:
        by_name[f.name].append(f)
    duty = _duty_cycles(by_name, history)
    mutes_of: dict[str, list[tuple[Firing, datetime, str]]] = defaultdict(list)
    for f in firings:
        found = muted.get((f.fingerprint, f.start))
        if found is not None:
            mutes_of[f.name].append((f, found[0], found[1]))
    out = []
    for target, mutes in mutes_of.items():
        if len(mutes) < p.min_count:
            continue
        pairs: Counter[str] = Counter()
        shared: dict[str, list[frozenset[str]]] = defaultdict(list)
        evidence: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
        for f, t, by in mutes:
            labels = f.label_map
            seen_here: dict[str, frozenset[str]] = {}
            for name, others in by_name.items():
                if name == target:
                    continue
                for o in others:
                    if not o.active_at(t):
                        continue
                    same = frozenset(k for k, v in o.labels if k not in _NOT_EQUAL and labels.get(k) == v)
                    if same and len(same) > len(seen_here.get(name, frozenset())):
                        seen_here[name] = same
            for name, same in seen_here.items():
                pairs[name] += 1
                shared[name].append(same)
                evidence[name].append((t, by))
        for source, count in pairs.items():
            if count < p.min_count or count < p.min_share * len(mutes) or duty.get(source, 1.0) > p.max_duty:
                continue
            equal = frozenset.intersection(*shared[source])
            times = [t for t, _ in evidence[source]]
            if not equal or now - max(times) > p.stale:
                continue
            out.append(Inhibition(source, target, tuple(sorted(equal)), count, len(mutes), min(times), max(times),
                                  tuple(sorted({by for _, by in evidence[source] if by != "ack"}))))
    return out


def find_quick_mutes(history: History, params: RuleParams | None = None, muted: dict | None = None,
                     now: datetime | None = None) -> list[QuickMute]:
    p = params or RuleParams()
    now = now or history.clock
    muted = muted_firings(history, p) if muted is None else muted
    groups: dict[tuple[str, ...], list[Firing]] = defaultdict(list)
    for f in history.firings.values():
        labels = f.label_map
        key = tuple(sorted(f'{k}="{labels[k]}"' for k in ("alertname", "service") if labels.get(k)))
        groups[key].append(f)
    out = []
    for key, fs in groups.items():
        if len(fs) < p.min_count:
            continue
        delays = []
        for f in fs:
            found = muted.get((f.fingerprint, f.start))
            reacted = None if found is None or found[2] is None else found[2] - f.start
            if reacted is not None and -p.mute_slack <= reacted <= p.quick:  # a person reacted to it, quickly
                delays.append(max(reacted.total_seconds(), 0.0) / 60)
        starts = [f.start for f in fs]
        enough = len(delays) >= p.min_count and len(delays) >= p.min_share * len(fs)
        if enough and now - max(starts) <= p.stale:
            delays.sort()
            p90 = delays[min(len(delays) - 1, int(0.9 * len(delays)))]
            out.append(QuickMute(key, len(delays), len(fs), p90, min(starts), max(starts)))
    return out


def find_noisy_warnings(history: History, params: RuleParams | None = None,
                        now: datetime | None = None) -> list[NoisyWarning]:
    p = params or RuleParams()
    now = now or history.clock
    by_key: dict[str, list] = defaultdict(list)
    for w in history.warnings.values():
        by_key[w.metric_key].append(w)
    critical = [f for f in history.firings.values() if f.severity == "critical"]
    silences = list(history.silences.values())
    out = []
    for key, ws in by_key.items():
        if len(ws) < p.min_count:
            continue
        silenced = incidents = 0
        for w in ws:
            labels = dict(w.labels)
            window_end = w.start + p.incident_within
            if any(s.start <= window_end and s.end >= w.start and matches(s.matchers, labels) for s in silences):
                silenced += 1
            project, env = labels.get("project"), labels.get("environment")
            if any(w.start <= f.start <= window_end and f.label_map.get("project", project) == project
                   and f.label_map.get("environment", f.label_map.get("env", env)) == env for f in critical):
                incidents += 1
        starts = [w.start for w in ws]
        enough = silenced >= p.min_count and silenced >= p.min_share * len(ws)
        if enough and incidents <= p.max_incident_share * len(ws) and now - max(starts) <= p.stale:
            out.append(NoisyWarning(key, ws[0].labels, silenced, len(ws), incidents, min(starts), max(starts)))
    return out


class _StartIndex:
    """Firings of one name sorted by start, to find those on at a moment without a scan."""

    def __init__(self, firings: list[Firing], clock: datetime | None) -> None:
        self.firings = sorted(firings, key=lambda f: f.start)
        self.starts = [f.start for f in self.firings]
        self.longest = max(((f.end or clock or f.start) - f.start for f in self.firings), default=timedelta(0))

    def around(self, t: datetime, slack: timedelta) -> list[Firing]:
        """Firings that start by ``t + slack`` and may still be on at ``t``."""
        lo = bisect.bisect_left(self.starts, t - self.longest)
        hi = bisect.bisect_right(self.starts, t + slack)
        return self.firings[lo:hi]


def _names_selected(matchers: tuple[str, ...], by_name: dict[str, list[Firing]]) -> list[str]:
    """The alert names a matcher set can select (all, unless it pins alertname)."""
    pinned = [m for m in matchers if m.startswith('alertname="')]
    if pinned:
        name = pinned[0][len('alertname="'):-1]
        return [name] if name in by_name else []
    return list(by_name)


def _duty_cycles(by_name: dict[str, list[Firing]], history: History) -> dict[str, float]:
    """The share of the history's span each alert name was firing (any instance)."""
    if history.clock is None:
        return {}
    span_start = min((f.start for fs in by_name.values() for f in fs), default=history.clock)
    span = max((history.clock - span_start).total_seconds(), 1.0)
    out = {}
    for name, fs in by_name.items():
        intervals = sorted((f.start, f.end or history.clock) for f in fs)
        total, cur_s, cur_e = 0.0, None, None
        for s, e in intervals:
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
