"""Silence intelligence: how many planted silence habits the miner finds, how many decoys fool
it, whether Alertmanager accepts every fragment, and how long mining takes.

Generates the seeded audit history of ``benchmarks/silences_scenario.py`` (alerts, silences,
acks, early warnings; planted patterns of every kind and decoys), mines every workspace
with the flow's code (:func:`~signalcraft.operators.silence_suggest.suggest` over a
:class:`~signalcraft.operators.silence_history.History`, each workspace's time zone given
as ``SIGNALCRAFT_SILENCES_LOCATIONS`` would), and scores the suggestions against the
planted truth (``benchmarks/silences_scoring.py``) beside a naive baseline in the same run:
"every service silenced at least 3 times". Every suggestion's YAML, merged under a real
configuration's root route, goes through ``amtool check-config`` (Debian's
prometheus-alertmanager 0.25), counted. Then the mining time over about a million audit
entries (``--noise``). With ``--busy N``, also one workspace of ``N`` alerts shaped as the
ingest benchmark's (most never resolve) and eight silences of a service each, mined once
(CPU seconds). Prints a table and, last, one JSON line.

    python benchmarks/silences.py --seed 1
    python benchmarks/silences.py --seed 2 --skip-scale
    python benchmarks/silences.py --seed 1 --skip-scale --busy 150000
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from silences_scenario import Scenario, generate
from silences_scoring import naive_baseline, score

from signalcraft.models import AlertEvent, AuditEntry, Matcher
from signalcraft.operators.silence_history import History, event_time
from signalcraft.operators.silence_suggest import merge_into, suggest
from signalcraft.params import SilenceParams

BASE = {
    "route": {"receiver": "default", "group_by": ["alertname"]},
    "receivers": [{"name": "default", "webhook_configs": [{"url": "http://127.0.0.1:9/hook"}]}],
}


def mine(scenario: Scenario) -> tuple[list, float]:
    """Every workspace's suggestions, and the seconds it took (history built and mined)."""
    by_ws: dict[str, list] = {}
    for record in (*scenario.alerts, *scenario.audit, *scenario.warnings):
        by_ws.setdefault(record.workspace_id, []).append(record)
    params = SilenceParams(locations={ws: (zone,) for ws, zone in scenario.locations.items()})
    out = []
    t0 = time.perf_counter()
    for ws, records in by_ws.items():
        records.sort(key=event_time)
        history = History(max_items=10**7).add_all(records)
        out += suggest(ws, history, scenario.end, params)
    return out, time.perf_counter() - t0


def busy(n: int, seed: int, silences: int = 8) -> list:
    """``n`` alerts of one workspace shaped as ``benchmarks/ingest.py``'s native ones (40 services,
    4 projects, 5 names, five a second, 70 % never resolved, the rest after 5 min) and
    ``silences`` silences of one service each (``svc-00`` on, hourly, 30 min), by event time."""
    rng, t0 = random.Random(seed), datetime(2026, 3, 2, tzinfo=UTC)
    out: list = []
    for i in range(n):
        svc, proj, name = f"svc-{rng.randrange(40):02d}", rng.choice(["checkout", "search", "identity", "billing"]), \
            rng.choice(["HighErrorRate", "HighLatencyP99", "PodCrashLooping", "DiskAlmostFull", "QueueBacklog"])
        resolved, starts = rng.random() >= 0.7, t0 + timedelta(seconds=i // 5)
        out.append(AlertEvent(
            id=f"a{i}", workspace_id="acme", project=proj, environment="production", service=svc, name=name,
            severity=rng.choice(["critical", "warning"]), status="resolved" if resolved else "firing",
            labels={"alertname": name, "service": svc, "project": proj, "env": "production"},
            fingerprint=f"{rng.getrandbits(64):016x}", starts_at=starts,
            ends_at=starts + timedelta(minutes=5) if resolved else None, source="signalcraft"))
    out += [AuditEntry(id=f"s{i}", workspace_id="acme", action="silence", target=f"s{i}",
                       matchers=(Matcher(name="service", value=f"svc-{i:02d}"),), timestamp=t0 + timedelta(hours=i),
                       starts_at=t0 + timedelta(hours=i), ends_at=t0 + timedelta(hours=i, minutes=30),
                       source="alertmanager-silence") for i in range(silences)]
    return sorted(out, key=event_time)


def mine_busy(n: int, seed: int) -> dict:
    """One mining run over :func:`busy` (the history built first): its CPU seconds and suggestions."""
    history = History(max_items=10**7).add_all(busy(n, seed))
    cpu = time.thread_time()
    found = suggest("acme", history, history.clock, SilenceParams())
    return {"alerts": n, "silences": len(history.silences), "firings": len(history.fired),
            "suggestions": len(found), "mining_cpu_s": round(time.thread_time() - cpu, 2)}


def amtool_accepts(suggestions: list) -> tuple[int, int]:
    """(accepted, checked): each Alertmanager suggestion's YAML merged into a base config."""
    amtool = shutil.which("amtool")
    if amtool is None:
        raise SystemExit("amtool is missing: install Debian's prometheus-alertmanager")
    accepted = checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "alertmanager.yml"
        for s in suggestions:
            if s.kind == "sensitivity":
                continue
            path.write_text(yaml.safe_dump(merge_into(BASE, yaml.safe_load(s.yaml)), sort_keys=False))
            done = subprocess.run([amtool, "check-config", str(path)], capture_output=True, text=True, timeout=60)
            checked += 1
            accepted += done.returncode == 0
    return accepted, checked


def backtest_totals(suggestions: list) -> dict[str, int]:
    keys = ("would_mute", "silenced_anyway", "collateral")
    return {k: sum(int(s.backtest.get(k, 0)) for s in suggestions if s.kind != "sensitivity") for k in keys}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workspaces", type=int, default=20)
    parser.add_argument("--weeks", type=int, default=12)
    parser.add_argument("--noise", type=int, default=1040, help="noise factor of the mining-time run (~1M entries)")
    parser.add_argument("--skip-scale", action="store_true", help="skip the mining-time run")
    parser.add_argument("--busy", type=int, default=0, metavar="N",
                        help="also mine N ingest-benchmark alerts with eight service silences (one workspace)")
    args = parser.parse_args(argv)

    scenario = generate(args.seed, args.workspaces, args.weeks)
    found, seconds = mine(scenario)
    dicts = [s.model_dump(mode="json") for s in found]
    ours = score(dicts, scenario.truth, scenario.decoys)
    naive = score(naive_baseline(scenario), scenario.truth, scenario.decoys)
    accepted, checked = amtool_accepts(found)
    result: dict = {
        "benchmark": "silences", "scenario": scenario.scenario_id,
        "audit_entries": len(scenario.audit), "alert_events": len(scenario.alerts), "planted": len(scenario.truth),
        "decoys": len(scenario.decoys), "suggestions": len(found),
        "ours": json.loads(ours.to_json()), "naive": json.loads(naive.to_json()),
        "amtool_accepted": accepted, "amtool_checked": checked, "backtest": backtest_totals(found),
        "mining_s": round(seconds, 2),
    }
    print(f"{scenario.scenario_id}: {len(scenario.audit):,} audit entries, {len(scenario.alerts):,} alert events, "
          f"{len(scenario.truth)} planted, {len(scenario.decoys)} decoys; mined in {seconds:.2f} s")
    print(f"{'kind':22} {'precision':>10} {'recall':>8}   naive {'precision':>10} {'recall':>8}")
    for kind in ("mute_time_interval", "inhibit_rule", "route", "sensitivity", "all"):
        a, b = _kind(result["ours"], kind), _kind(result["naive"], kind)
        print(f"{kind:22} {_f(a, 'precision'):>10} {_f(a, 'recall'):>8}         {_f(b, 'precision'):>10} "
              f"{_f(b, 'recall'):>8}")
    print(f"amtool check-config: {accepted} of {checked} fragments accepted; backtest {result['backtest']}")
    if not args.skip_scale:
        big = generate(args.seed, args.workspaces, args.weeks, noise=args.noise)
        _, big_seconds = mine(big)
        result["scale"] = {"scenario": big.scenario_id, "audit_entries": len(big.audit),
                           "alert_events": len(big.alerts), "mining_s": round(big_seconds, 1)}
        print(f"mining time: {len(big.audit):,} audit entries and {len(big.alerts):,} alert events "
              f"in {big_seconds:.1f} s ({len(big.audit) / big_seconds:,.0f} entries/s)")
    if args.busy:
        result["busy"] = mine_busy(args.busy, args.seed)
        print(f"busy workspace: {args.busy:,} alerts, 8 service silences, mined in {result['busy']['mining_cpu_s']} s "
              f"of CPU ({result['busy']['suggestions']} suggestions)")
    print(json.dumps(result))
    return 0


def _kind(report: dict, kind: str) -> dict:
    if kind == "all":
        return report
    return report.get("by_kind", {}).get(kind, {})


def _f(d: dict, key: str) -> str:
    v = d.get(key)
    return "-" if v is None else f"{v:.3f}"


if __name__ == "__main__":
    raise SystemExit(main())
