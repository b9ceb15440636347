"""Silence suggestions from a workspace's history, as Alertmanager config (no Bytewax).

:func:`suggest` runs every finder over a :class:`~signalcraft.operators.silence_history.History`
and makes one :class:`~signalcraft.models.SilenceSuggestion` per pattern:

- ``mute_time_interval`` (:mod:`~signalcraft.operators.silence_windows`): a named
  ``time_intervals`` entry and a child route for the matchers with
  ``mute_time_intervals``;
- ``inhibit_rule``: ``source_matchers``, ``target_matchers``, ``equal``;
- ``route``: a child route for the alert that holds it back (``group_wait``) so what
  people mute within minutes stops paging, or sends it to a low-urgency receiver;
- ``sensitivity``: not Alertmanager's business: the SignalCraft setting that lowers the
  early-warning sensitivity of that series (``SIGNALCRAFT_ANOMALY_SENSITIVITY``).

Each carries its **backtest** over the history it was mined from: the firings it would
have muted (or held back), how many of those people silenced anyway, and the
*collateral*: ones nobody silenced that were part of an incident (by default a critical
alert). Confidence is the share of periods (or occurrences) the pattern held, lowered by
the collateral share.

Ids come from the workspace, the kind and what the suggestion is about (the matchers and
the days of a schedule, not its minutes), so a schedule that drifts is one suggestion
that changes, not a new one. :func:`alertmanager_fragment` merges suggestions into one
fragment: top-level ``time_intervals`` and ``inhibit_rules``, and ``routes`` to put under
the root route.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import yaml

from signalcraft.models import SilenceSuggestion, make_id
from signalcraft.operators.silence_history import History
from signalcraft.operators.silence_index import _Lookups
from signalcraft.operators.silence_items import Firing, firing_at
from signalcraft.operators.silence_matchers import SelectsOnce
from signalcraft.operators.silence_rules import (
    Inhibition,
    NoisyWarning,
    QuickMute,
    find_inhibitions,
    find_noisy_warnings,
    find_quick_mutes,
    muted_firings,
)
from signalcraft.operators.silence_windows import WEEKDAYS, Recurrence, Window, find_recurrences
from signalcraft.params import SilenceParams

__all__ = ["alertmanager_fragment", "critical", "merge_into", "render_yaml", "suggest"]


Incident = Callable[[Firing], bool]


def critical(f: Firing) -> bool:
    """The default incident test: a critical alert."""
    return f.severity == "critical"


def suggest(workspace: str, history: History, now: datetime, params: SilenceParams | None = None,
            incident: Incident = critical, raise_sigma: float = 3.0) -> list[SilenceSuggestion]:
    """Every suggestion the history supports now (version 1; the streaming miner versions
    them). ``raise_sigma`` is the watch's, which a sensitivity suggestion raises."""
    p = params or SilenceParams()
    lookups = _Lookups(history)  # each name's rows and index, made once for the finders below
    muted = muted_firings(history, p.rules, lookups)
    out: list[SilenceSuggestion] = []
    by_set: dict[tuple[str, ...], list[Window]] = defaultdict(list)
    for s in history.silences.values():
        by_set[s.matchers].append(Window(s.start, s.end, s.made, s.id))
    scheduled: set[tuple[str, ...]] = set()
    explained: set[str] = set()  # silences a schedule accounts for: no evidence of anything else
    for matchers, windows in by_set.items():
        for r in find_recurrences(windows, now, p.windows, p.locations_of(workspace)):
            out.append(_mute(workspace, matchers, r, history, muted, now, incident))
            scheduled.add(matchers)
            explained.update(r.silences)
    unexplained = {k: v for k, v in muted.items() if v[1] not in explained}
    inhibitions = find_inhibitions(history, p.rules, unexplained, lookups)
    out += [_inhibit(workspace, i, muted, now, incident) for i in inhibitions]
    covered = {(f'alertname="{i.target}"',) for i in inhibitions} | scheduled
    for q in find_quick_mutes(history, p.rules, unexplained):
        if not any(set(c) <= set(q.matchers) for c in covered):
            out.append(_route(workspace, q, history, muted, now, incident, p))
    for n in find_noisy_warnings(history, p.rules):
        out.append(_sensitivity(workspace, n, now, raise_sigma + p.sigma_step))
    return sorted(out, key=lambda s: (s.kind, s.id))


# -- one suggestion per kind ---------------------------------------------------------------------------


def _mute(workspace: str, matchers: tuple[str, ...], r: Recurrence, history: History, muted: dict, now: datetime,
          incident: Incident) -> SilenceSuggestion:
    specs = r.time_intervals()
    name = _name("mute", matchers, r.kind, r.weekdays, r.days_of_month, r.nth)
    hit = [f for f in _selected(matchers, history) if _inside(f.start, r)]
    backtest = _backtest(hit, muted, incident)
    who = ", ".join(matchers)
    text = (f"You usually silence {who} {r.describe()}: mute it then "
            f"({backtest['would_mute']} alerts in the history, {backtest['silenced_anyway']} silenced anyway, "
            f"{backtest['collateral']} part of an incident).")
    fragment = {
        "time_intervals": [{"name": name, "time_intervals": specs}],
        "routes": [{"matchers": list(matchers), "mute_time_intervals": [name]}],
    }
    return _suggestion(
        workspace, "mute_time_interval", (matchers, r.kind, r.weekdays, r.days_of_month, r.nth), text, fragment,
        now, matchers=matchers, time_intervals=tuple(specs),
        evidence={"schedule": r.describe(), "periods": r.support, "of": r.periods, "unit": r.unit,
                  "silences": sorted(r.silences)[-50:], "location": r.location},
        backtest=backtest, support=r.support, share=r.support / max(r.periods, 1), first=r.first, last=r.last,
    )


def _inhibit(workspace: str, i: Inhibition, muted: dict, now: datetime, incident: Incident) -> SilenceSuggestion:
    source = tuple(sorted([f'alertname="{i.source}"', *(f'{k}="{v}"' for k, v in i.source_labels)]))
    target = tuple(sorted([f'alertname="{i.target}"', *(f'{k}="{v}"' for k, v in i.target_labels)]))
    backtest = _backtest(list(i.targets), muted, incident)
    text = (f"{i.target} was silenced or acked while {i.source} was firing on the same {', '.join(i.equal)} "
            f"in {i.count} of {i.of} cases: let {i.source} inhibit {i.target}.")
    fragment = {"inhibit_rules": [{"source_matchers": list(source), "target_matchers": list(target),
                                   "equal": list(i.equal)}]}
    return _suggestion(
        workspace, "inhibit_rule", (source, target), text, fragment, now, matchers=target,
        source_matchers=source, target_matchers=target, equal=i.equal,
        evidence={"occurrences": i.count, "of": i.of, "silences": list(i.silences[-50:])},
        backtest=backtest, support=i.count, share=i.count / max(i.of, 1), first=i.first, last=i.last,
    )


def _route(workspace: str, q: QuickMute, history: History, muted: dict, now: datetime, incident: Incident,
           p: SilenceParams) -> SilenceSuggestion:
    hit = _selected(q.matchers, history)
    backtest = _backtest(hit, muted, incident)
    text = (f"{', '.join(q.matchers)} was silenced or acked within {q.p90_minutes:.0f} min of firing in {q.count} "
            f"of {q.of} firings: hold it {p.hold} before notifying (group_wait), or route it to a low-urgency "
            "receiver.")
    fragment = {"routes": [{"matchers": list(q.matchers), "group_wait": p.hold}]}
    return _suggestion(
        workspace, "route", (q.matchers,), text, fragment, now, matchers=q.matchers,
        settings={"group_wait": p.hold, "receiver": "low-urgency (yours)"},
        evidence={"muted_quickly": q.count, "of": q.of, "p90_minutes": round(q.p90_minutes, 1)},
        backtest=backtest, support=q.count, share=q.count / max(q.of, 1), first=q.first, last=q.last,
    )


def _sensitivity(workspace: str, n: NoisyWarning, now: datetime, sigma: float) -> SilenceSuggestion:
    labels = dict(n.labels)
    matchers = tuple(sorted(f'{k}="{labels[k]}"' for k in ("alertname", "service", "series") if labels.get(k)))
    text = (f"Early warnings of {n.metric_key} were silenced {n.silenced} of {n.of} times with "
            f"{n.incidents} incident{'' if n.incidents == 1 else 's'} after them: warn on it only at {sigma:g}σ.")
    fragment = {"SIGNALCRAFT_ANOMALY_SENSITIVITY": {n.metric_key: sigma}}
    return _suggestion(
        workspace, "sensitivity", (n.metric_key,), text, fragment, now, matchers=matchers,
        settings={"metric_key": n.metric_key, "raise_sigma": f"{sigma:g}"},
        evidence={"silenced": n.silenced, "of": n.of, "incidents": n.incidents},
        backtest={"warnings": n.of, "silenced_anyway": n.silenced, "collateral": n.incidents},
        support=n.silenced, share=n.silenced / max(n.of, 1), first=n.first, last=n.last,
    )


def _suggestion(workspace: str, kind: str, key: tuple, text: str, fragment: dict, now: datetime, *, evidence: dict,
                backtest: dict, support: int, share: float, first: datetime, last: datetime,
                **fields) -> SilenceSuggestion:
    collateral = backtest.get("collateral", 0) / max(backtest.get("would_mute", backtest.get("warnings", 0)), 1)
    return SilenceSuggestion(
        id=make_id("suggestion", workspace, kind, repr(key)), workspace_id=workspace, kind=kind, text=text,
        evidence=evidence, backtest=backtest, support=support,
        confidence=round(max(0.0, min(1.0, share * (1 - collateral))), 3),
        yaml=render_yaml(fragment), first_seen=first, last_seen=last, updated_at=now, version=1, **fields,
    )


def _backtest(hit: list[Firing], muted: dict, incident: Incident) -> dict:
    silenced = [f for f in hit if (f.fingerprint, f.start) in muted]
    collateral = [f for f in hit if (f.fingerprint, f.start) not in muted and incident(f)]
    return {"would_mute": len(hit), "silenced_anyway": len(silenced), "collateral": len(collateral),
            "collateral_examples": sorted({f.fingerprint for f in collateral})[:5]}


def _selected(matchers: tuple[str, ...], history: History) -> list[Firing]:
    """The history's firings ``matchers`` select, in order: one test per label tuple (a
    stream's firings share them), read from the columns (:attr:`History.fired`); a
    :class:`Firing` made for each selected one only (the backtest hands them to ``incident``)."""
    selects, fired = SelectsOnce(matchers), history.fired
    return [firing_at(fired, i) for i, labels in enumerate(fired.labels) if selects(labels)]


def _inside(t: datetime, r: Recurrence) -> bool:
    """Whether ``t`` falls in the schedule's window (local time in its location)."""
    local = t.astimezone(ZoneInfo(r.location))
    minute = local.hour * 60 + local.minute
    wraps = r.end_minute < r.start_minute
    if wraps and minute < r.end_minute:  # the part after midnight belongs to the day before
        local = local - timedelta(days=1)
    elif not (r.start_minute <= minute < (r.end_minute if not wraps else 1440)):
        return False
    if r.kind == "weekly":
        return local.weekday() in r.weekdays
    if r.kind == "monthly_day":
        return local.day in r.days_of_month
    if r.kind == "monthly_nth_weekday":
        return local.weekday() == r.weekdays[0] and (local.day - 1) // 7 + 1 == r.nth
    return True


# -- Alertmanager config ------------------------------------------------------------------------------


def render_yaml(fragment: dict) -> str:
    """A fragment as YAML, keys in the order given."""
    return yaml.safe_dump(fragment, sort_keys=False, default_flow_style=False, allow_unicode=True)


def alertmanager_fragment(suggestions: Iterable[SilenceSuggestion]) -> dict:
    """One fragment of every current Alertmanager suggestion: ``time_intervals`` and
    ``inhibit_rules`` for the top level, ``routes`` for under the root route."""
    merged: dict[str, list] = {"time_intervals": [], "routes": [], "inhibit_rules": []}
    for s in suggestions:
        if s.status != "suggested" or s.kind == "sensitivity":
            continue
        for key, items in yaml.safe_load(s.yaml).items():
            merged[key].extend(items)
    return {k: v for k, v in merged.items() if v}


def merge_into(config: dict, fragment: dict) -> dict:
    """``config`` (an Alertmanager configuration) with ``fragment`` merged in: its time
    intervals and inhibit rules appended at the top level, its routes first under the root
    route (so they are tried before the routes already there). ``config`` is not changed."""
    merged = {**config, "route": {**config.get("route", {})}}
    if fragment.get("time_intervals"):
        merged["time_intervals"] = [*config.get("time_intervals", []), *fragment["time_intervals"]]
    if fragment.get("inhibit_rules"):
        merged["inhibit_rules"] = [*(config.get("inhibit_rules") or []), *fragment["inhibit_rules"]]
    if fragment.get("routes"):
        merged["route"]["routes"] = [*fragment["routes"], *merged["route"].get("routes", [])]
    return merged


def _name(kind: str, matchers: tuple[str, ...], *shape: object) -> str:
    values = "-".join(re.sub(r"[^a-z0-9]+", "-", m.split('"')[1].lower()).strip("-") for m in matchers)[:40]
    digest = hashlib.blake2b(repr((matchers, shape)).encode(), digest_size=3).hexdigest()
    days = "".join(WEEKDAYS[d][:3] for d in shape[1]) if shape and isinstance(shape[1], tuple) else ""
    return "-".join(x for x in ("sc", kind, values, days, digest) if x)
