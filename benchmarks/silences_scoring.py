"""Scoring the silence-mining benchmark: suggestions matched to the planted patterns of
:mod:`silences_scenario`, precision and recall overall and per kind, and the naive baseline.

A suggestion is a dict as ``SilenceSuggestion.model_dump(mode="json")`` gives it (only
``workspace_id``, ``kind``, ``status``, ``matchers``, ``time_intervals``, ``source_matchers``,
``target_matchers``, ``equal`` and ``settings`` are read). Withdrawn ones are left out. It
matches a planted pattern of its workspace and kind when:

- ``mute_time_interval``: the same matcher set, and its time intervals cover the planted
  window: the intervals whose location is the planted one (for a pattern planted in UTC:
  no location, ``UTC``, ``Etc/UTC``, ``GMT`` or ``Etc/GMT``), whose days of the month are the
  planted ones (none for weekly and daily; ``8:14`` for the 2nd weekday) and that have a
  time range starting and ending within :data:`TOLERANCE_MIN` minutes of the planted one
  cover, together, exactly the planted weekdays (every day for daily and monthly-by-day).
  Weekday and day ranges are expanded (``monday:friday``); an interval restricted to some
  months or years covers nothing.
- ``inhibit_rule``: the same source matchers, target matchers and ``equal`` labels (as sets).
- ``route``: the same matcher set.
- ``sensitivity``: ``settings["metric_key"]`` is the planted series (matchers not compared).

Matcher strings are compared after spacing and quoting are made canonical
(``service = search-indexer`` is ``service="search-indexer"``). Suggestions are taken in
order, each matched to the first planted pattern it fits that no earlier one took; one
matching none is a false positive (and is named by the decoy it fits, if any).

Independent of the system under test, like the scenario.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

if str(Path(__file__).parent) not in sys.path:  # the sibling module, however this one was loaded
    sys.path.insert(0, str(Path(__file__).parent))
from silences_scenario import WEEKDAYS, Planted, Scenario

from signalcraft.models import SilenceSuggestion, make_id

KINDS = ("mute_time_interval", "inhibit_rule", "route", "sensitivity")
TOLERANCE_MIN = 30
UTC_NAMES = {"", "utc", "etc/utc", "gmt", "etc/gmt"}
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_MATCHER = re.compile(r'^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*(?:"((?:[^"\\]|\\.)*)"|(\S*))\s*$')


@dataclass(frozen=True)
class KindScore:
    planted: int
    suggested: int
    matched: int
    precision: float | None
    """``matched / suggested``; ``None`` when nothing was suggested."""
    recall: float | None
    """``matched / planted``; ``None`` when nothing was planted."""


@dataclass(frozen=True)
class Report:
    planted: int
    suggested: int
    """Suggestions scored (withdrawn ones left out)."""
    matched: int
    precision: float | None
    recall: float | None
    by_kind: dict[str, KindScore]
    missed: tuple[str, ...]
    """Ids of the planted patterns no suggestion matched."""
    false_positives: int
    decoys_hit: dict[str, int]
    """False positives by the decoy variant they fit (``other``: none)."""

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def score(suggestions: Iterable[Mapping[str, Any]], truth: Iterable[Planted], decoys: Iterable[Planted] = (),
          tolerance: int = TOLERANCE_MIN) -> Report:
    """Match ``suggestions`` to the planted ``truth``; false positives are named by the ``decoys`` they fit."""
    truth, decoys = list(truth), list(decoys)
    live = [s for s in suggestions if s.get("status", "suggested") != "withdrawn"]
    by_scope: dict[tuple[str, str], list[Planted]] = defaultdict(list)
    for p in truth:
        by_scope[(p.workspace, p.kind)].append(p)
    taken: set[str] = set()
    suggested, matched, hits = Counter(), Counter(), Counter()
    for s in live:
        suggested[s["kind"]] += 1
        found = next((p for p in by_scope[(s["workspace_id"], s["kind"])]
                      if p.id not in taken and matches(s, p, tolerance)), None)
        if found is not None:
            taken.add(found.id)
            matched[s["kind"]] += 1
            continue
        decoy = next((d for d in decoys if matches(s, d, tolerance)), None)
        hits[decoy.variant if decoy else "other"] += 1
    planted = Counter(p.kind for p in truth)
    by_kind = {k: KindScore(planted[k], suggested[k], matched[k], _ratio(matched[k], suggested[k]),
                            _ratio(matched[k], planted[k])) for k in KINDS}
    n_matched = sum(matched.values())
    return Report(len(truth), len(live), n_matched, _ratio(n_matched, len(live)), _ratio(n_matched, len(truth)),
                  by_kind, tuple(p.id for p in truth if p.id not in taken), len(live) - n_matched, dict(hits))


def matches(s: Mapping[str, Any], p: Planted, tolerance: int = TOLERANCE_MIN) -> bool:
    """Whether suggestion ``s`` is planted pattern ``p`` (see the module's text)."""
    if (s.get("workspace_id"), s.get("kind")) != (p.workspace, p.kind):
        return False
    if p.kind == "sensitivity":
        return (s.get("settings") or {}).get("metric_key") == p.metric_key
    if p.kind == "inhibit_rule":
        return (_set(s.get("source_matchers")) == _set(p.source_matchers)
                and _set(s.get("target_matchers")) == _set(p.target_matchers)
                and set(s.get("equal") or ()) == set(p.equal))
    if _set(s.get("matchers")) != _set(p.matchers):
        return False
    return p.kind == "route" or _covers(s.get("time_intervals") or (), p, tolerance)


def _set(matchers: Iterable[str] | None) -> set[str]:
    return {canonical(m) for m in matchers or ()}


def canonical(matcher: str) -> str:
    """A matcher string with canonical spacing and quotes.

    >>> canonical(' service = search-indexer'), canonical('env=~"prod|staging"')
    ('service="search-indexer"', 'env=~"prod|staging"')
    """
    m = _MATCHER.match(matcher)
    if m is None:
        return matcher.strip()
    name, op, quoted, bare = m.groups()
    return f'{name}{op}"{quoted if quoted is not None else bare}"'


# --- time intervals --------------------------------------------------------------------------


@dataclass(frozen=True)
class Interval:
    """An Alertmanager time interval, expanded: empty ``weekdays``/``days`` mean every day."""

    location: str
    weekdays: frozenset[int]
    days: frozenset[int]
    times: tuple[tuple[int, int], ...]
    """Minutes of the day, ``[start, end)``."""


def interval(spec: Mapping[str, Any]) -> Interval | None:
    """``spec`` expanded; ``None`` when it is restricted to some months or years, or cannot be read.

    >>> interval({"weekdays": ["monday:friday"], "times": [{"start_time": "08:30", "end_time": "09:00"}]})
    Interval(location='UTC', weekdays=frozenset({0, 1, 2, 3, 4}), days=frozenset(), times=((510, 540),))
    >>> interval({"days_of_month": ["8:14"], "weekdays": ["Tuesday"]}).days == frozenset(range(8, 15))
    True
    """
    try:
        months = _expand(spec.get("months") or (), lambda t: MONTHS.index(t) + 1 if t in MONTHS else int(t))
        if spec.get("years") or (months and months != set(range(1, 13))):
            return None
        weekdays = _expand(spec.get("weekdays") or (), WEEKDAYS.index)
        days = _expand(spec.get("days_of_month") or (), int)
        times = tuple((_minutes(t["start_time"]), _minutes(t["end_time"])) for t in spec.get("times") or ())
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    location = str(spec.get("location") or "UTC")
    return Interval("UTC" if location.lower() in UTC_NAMES else location,
                    frozenset() if weekdays == set(range(7)) else frozenset(weekdays),
                    frozenset() if days == set(range(1, 32)) else frozenset(days), times or ((0, 1440),))


def _expand(items: Iterable[str], parse: Any) -> set[int]:
    out: set[int] = set()
    for item in items:
        first, _, last = str(item).strip().lower().partition(":")
        a, b = parse(first), parse(last or first)
        out.update(range(a, b + 1) if a <= b else {a, b})
    return out


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _covers(specs: Iterable[Mapping[str, Any]], p: Planted, tolerance: int) -> bool:
    want = interval(p.schedule.time_interval())
    (start, end), every = want.times[0], frozenset(range(7))
    covered: set[int] = set()
    for spec in specs:
        got = interval(spec)
        if got is None or got.location != want.location or got.days != want.days:
            continue
        if any(abs(a - start) <= tolerance and abs(b - end) <= tolerance for a, b in got.times):
            covered |= got.weekdays or every
    return covered == (want.weekdays or every)


# --- suggestions -------------------------------------------------------------------------------


def suggestion(workspace: str, kind: str, at: datetime, **fields: Any) -> dict[str, Any]:
    """A ``SilenceSuggestion`` as its JSON dump, with what scoring does not read filled in."""
    about = json.dumps(fields, sort_keys=True, default=str)
    return SilenceSuggestion(
        id=make_id("suggestion", workspace, kind, about), workspace_id=workspace, kind=kind,
        text=f"{kind} {about}", support=fields.pop("support", 0), confidence=0.5, yaml="", first_seen=at,
        last_seen=at, updated_at=at, version=1, **fields,
    ).model_dump(mode="json")


def as_suggestion(p: Planted, at: datetime = datetime(2026, 4, 20, tzinfo=UTC)) -> dict[str, Any]:
    """The suggestion that is exactly ``p`` (for a decoy: the one a fooled miner would make)."""
    if p.kind == "mute_time_interval":
        return suggestion(p.workspace, p.kind, at, matchers=p.matchers, time_intervals=(p.schedule.time_interval(),))
    if p.kind == "inhibit_rule":
        return suggestion(p.workspace, p.kind, at, matchers=p.target_matchers, source_matchers=p.source_matchers,
                          target_matchers=p.target_matchers, equal=p.equal)
    if p.kind == "route":
        return suggestion(p.workspace, p.kind, at, matchers=p.matchers, settings={"group_wait": "10m"})
    return suggestion(p.workspace, p.kind, at, matchers=p.matchers,
                      settings={"metric_key": p.metric_key, "raise_sigma": "4"})


def naive_baseline(scenario: Scenario, least: int = 3) -> list[dict[str, Any]]:
    """Every service silenced ``least`` times or more (any time): a weekly mute on the weekday
    most of its silences started on (UTC), from their median start to their median end that day,
    both rounded to the half hour (``24:00`` when the end comes round midnight).

    A silence is counted once (its first version's start, its last version's end) when one
    of its matchers is ``service="..."``.
    """
    spans: dict[str, tuple[str, str, datetime, datetime]] = {}
    for e in scenario.audit:
        if e.source != "alertmanager-silence":
            continue
        service = next((m.value for m in e.matchers if m.name == "service" and m.is_equal and not m.is_regex), None)
        if service is not None:
            first = spans.get(e.target)
            spans[e.target] = (e.workspace_id, service, first[2] if first else e.starts_at, e.ends_at)
    grouped: dict[tuple[str, str], list[tuple[datetime, datetime]]] = defaultdict(list)
    for ws, service, starts, ends in spans.values():
        grouped[(ws, service)].append((starts, ends))
    out = []
    for (ws, service), windows in sorted(grouped.items()):
        if len(windows) < least:
            continue
        days = Counter(s.weekday() for s, _ in windows)
        day = min(days, key=lambda d: (-days[d], d))
        chosen = [(s, e) for s, e in windows if s.weekday() == day]
        start = _half_hour(statistics.median(s.hour * 60 + s.minute for s, _ in chosen))
        end = _half_hour(statistics.median(min((e - s.replace(hour=0, minute=0, second=0)).total_seconds() / 60,
                                               1440) for s, e in chosen))
        spec = {"times": [{"start_time": _hhmm(start), "end_time": _hhmm(max(end, start + 30))}],
                "weekdays": [WEEKDAYS[day]], "location": "UTC"}
        out.append(suggestion(ws, "mute_time_interval", scenario.end, matchers=(f'service="{service}"',),
                              time_intervals=(spec,), support=len(windows)))
    return out


def _half_hour(minutes: float) -> int:
    return min(int(round(minutes / 30) * 30), 1440)


def _hhmm(minutes: int) -> str:
    minutes = min(minutes, 1440)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def main(argv: list[str] | None = None) -> None:
    """Generate a scenario and print its size, the time it took and the naive baseline's scores as JSON."""
    import argparse
    import time

    import silences_scenario

    parser = argparse.ArgumentParser(description="The silence-mining scenario and its naive baseline.")
    for name, default in (("seed", 1), ("workspaces", 20), ("weeks", 12), ("noise", 1)):
        parser.add_argument(f"--{name}", type=int, default=default)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    scenario = silences_scenario.generate(args.seed, args.workspaces, args.weeks, args.noise)
    generated = time.perf_counter() - t0
    baseline = naive_baseline(scenario)
    report = score(baseline, scenario.truth, scenario.decoys)
    print(json.dumps({
        "scenario_id": scenario.scenario_id, "generate_s": round(generated, 2), "alerts": len(scenario.alerts),
        "audit": len(scenario.audit), "warnings": len(scenario.warnings),
        "planted": dict(Counter(p.kind for p in scenario.truth)), "decoys": dict(Counter(d.variant for d in
                                                                                       scenario.decoys)),
        "naive_baseline": {k: v for k, v in asdict(report).items() if k != "missed"} | {"missed": len(report.missed)},
        "baseline_s": round(time.perf_counter() - t0 - generated, 2),
    }, indent=1))


if __name__ == "__main__":
    main()
