"""Log template mining on LogHub-style data: accuracy, speed and state, beside drain3.

Reads every ``<System>/<System>*.log_structured.csv`` under ``--data-dir`` (columns
``Content``, ``EventId``, ``EventTemplate``; LogHub's 2k samples are laid out so), feeds
each system's lines in file order to a fresh :class:`TemplateMiner` (one service per
system, the default :class:`LogTemplateParams`: one configuration for every system)
and, in the same run, to drain3's ``TemplateMiner`` with its documented defaults.

Scores, per system and averaged over systems:

- **GA** (grouping accuracy): a line counts when the set of lines of its mined group is
  exactly the set of lines of its true ``EventId``. Our groups follow the ids the
  miner reports: an id listed in ``replaced_ids`` joins the group of the new id.
- **PA** (parsing accuracy): a line counts when its group's final template equals its
  true template after :func:`normalise`, applied to both: the miner's masking, then
  every token holding a ``<*>`` becomes ``<*>`` and runs of ``<*>`` tokens become one.
  So ``blk_<*>``, ``<*>.<*>`` and a masked IP compare equal to ``<*>``, a value of
  several tokens to one ``<*>``; what must match is the constant words and where the
  values sit.
- Averages are given over all systems, over the systems the default configuration was
  tuned on (:data:`TUNED_ON`) and over the others (held out).

Then throughput (lines/s of ``add`` alone, all systems' lines in file order, one miner
per system, repeated to ``--lines``; and the first pass alone, every line once into
fresh miners), beside drain3's on the same stream (drain3's defaults mask nothing, so
its figure has no masking in it; ours includes masking and JSON/binary checks), and
the pickled size of a miner holding 1,000 templates (seeded synthetic lines) beside
drain3's ``Drain`` object fed the same lines. Prints a table and, last, one JSON line.

    python benchmarks/loghub.py --data-dir ../shared/loghub --out /tmp/loghub.json
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import pickle
import random
import string
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from statistics import mean

from signalcraft.operators.log_templates import LogTemplateParams, TemplateMiner
from signalcraft.operators.log_templates_text import WILDCARD, mask

TUNED_ON = ("Apache", "BGL", "HDFS", "Hadoop", "OpenStack")
"""The systems the default parameters and masks were chosen on; the others are held out."""

csv.field_size_limit(1 << 24)


@dataclass
class System:
    name: str
    lines: list[str]
    event_ids: list[str]
    templates: list[str]


@dataclass
class Parsed:
    groups: list[int] = field(default_factory=list)
    """Final group of each line."""
    templates: list[str] = field(default_factory=list)
    """Final template of each line's group."""


def load_systems(data_dir: Path) -> list[System]:
    """Every system under ``data_dir``, sorted by name."""
    systems: list[System] = []
    for path in sorted(data_dir.glob("*/*.log_structured.csv")):
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as f:
            rows = list(csv.DictReader(f))
        if rows and {"Content", "EventId", "EventTemplate"} <= rows[0].keys():
            name = path.parent.name
            if any(s.name == name for s in systems):  # a second file in one folder: name it by the file
                name = path.name.split(".")[0]
            systems.append(
                System(
                    name,
                    [r["Content"] or "" for r in rows],
                    [r["EventId"] for r in rows],
                    [r["EventTemplate"] or "" for r in rows],
                )
            )
    return systems


def normalise(template: str) -> str:
    """A template as PA compares it (see the module docstring).

    >>> normalise("Served blk_<*> to /<*>:<*> in <*>.<*> ms"), normalise("Served <*> to 10.0.0.1 in 3 ms")
    ('Served <*> to <*> in <*> ms', 'Served <*> to <*> in <*> ms')
    """
    out: list[str] = []
    for tok in mask(template).split():
        if WILDCARD in tok:
            if out and out[-1] == WILDCARD:
                continue
            tok = WILDCARD
        out.append(tok)
    return " ".join(out)


def grouping_accuracy(groups: list, truth: list) -> float:
    """Share of lines whose group holds exactly the lines of their true event.

    >>> grouping_accuracy([1, 1, 2, 3], ["a", "a", "b", "b"])
    0.5
    """
    by_group: dict = {}
    by_truth: dict = {}
    for i, (g, t) in enumerate(zip(groups, truth, strict=True)):
        by_group.setdefault(g, []).append(i)
        by_truth.setdefault(t, []).append(i)
    correct = 0
    for members in by_group.values():
        same = by_truth[truth[members[0]]]
        if len(same) == len(members) and all(truth[i] == truth[members[0]] for i in members):
            correct += len(members)
    return correct / len(groups) if groups else 0.0


def parsing_accuracy(mined: list[str], truth: list[str]) -> float:
    """Share of lines whose mined template equals the true one after :func:`normalise`.

    >>> parsing_accuracy(["a <*> b", "x y"], ["a <*>.<*> b", "x <*>"])
    0.5
    """
    cache: dict[str, str] = {}

    def norm(t: str) -> str:
        if t not in cache:
            cache[t] = normalise(t)
        return cache[t]

    ok = sum(norm(m) == norm(t) for m, t in zip(mined, truth, strict=True))
    return ok / len(truth) if truth else 0.0


def run_ours(system: System, params: LogTemplateParams) -> Parsed:
    """Feed one system to a fresh miner; groups follow ``replaced_ids`` (union-find)."""
    miner = TemplateMiner(params, "bench", system.name)
    parent: list[int] = []
    text: list[str] = []
    handle: dict[str, int] = {}

    def find(h: int) -> int:
        while parent[h] != h:
            parent[h] = parent[parent[h]]
            h = parent[h]
        return h

    line_handles = []
    for line in system.lines:
        m = miner.add(line)
        if m.is_new or m.template_id not in handle:
            parent.append(len(parent))
            text.append(m.template)
            handle[m.template_id] = len(parent) - 1
        h = find(handle[m.template_id])
        for old in m.replaced_ids:
            if old in handle:
                o = find(handle[old])
                parent[o] = h
        text[h] = m.template
        line_handles.append(h)
    groups = [find(h) for h in line_handles]
    return Parsed(groups, [text[g] for g in groups])


def drain3_miner():
    """drain3's miner with its documented defaults (no masking, sim_th 0.4, depth 4)."""
    try:
        from drain3 import TemplateMiner as Drain3Miner
        from drain3.template_miner_config import TemplateMinerConfig
    except ImportError as e:
        raise SystemExit("loghub benchmark: drain3 is missing; install it with `pip install -e .[dev]`") from e
    logging.getLogger("drain3").setLevel(logging.WARNING)
    config = TemplateMinerConfig()
    config.profiling_enabled = False
    return Drain3Miner(config=config)


def run_drain3(system: System) -> Parsed:
    miner = drain3_miner()
    ids = [miner.add_log_message(line)["cluster_id"] for line in system.lines]
    final = {c.cluster_id: c.get_template() for c in miner.drain.clusters}
    return Parsed(ids, [final[i] for i in ids])


def stream(systems: list[System], n: int) -> list[tuple[str, str]]:
    """(system, line) over all systems in file order, repeated until ``n`` lines."""
    once = [(s.name, line) for s in systems for line in s.lines]
    reps = max(1, -(-n // max(1, len(once))))
    return (once * reps)[: max(n, len(once))]


def throughput(systems: list[System], n: int, params: LogTemplateParams) -> dict:
    """Lines per second of ours and drain3's on the same stream, first pass and repeated."""
    lines = stream(systems, n)
    first = sum(len(s.lines) for s in systems)
    out = {}
    for name, make, call in (
        ("ours", lambda s: TemplateMiner(params, "bench", s), lambda m, x: m.add(x)),
        ("drain3", lambda s: drain3_miner(), lambda m, x: m.add_log_message(x)),
    ):
        miners = {s.name: make(s.name) for s in systems}
        t0 = time.perf_counter()
        for i, (svc, line) in enumerate(lines):
            if i == first:
                t_first = time.perf_counter() - t0
            call(miners[svc], line)
        total = time.perf_counter() - t0
        if len(lines) == first:
            t_first = total
        out[name] = {
            "lines": len(lines),
            "lines_per_s": round(len(lines) / total),
            "first_pass_lines_per_s": round(first / t_first),
        }
    return out


def synthetic_lines(seed: int, n_templates: int) -> list[str]:
    """Lines of ``n_templates`` distinct random templates (4-14 words and two values each)."""
    rng = random.Random(seed)
    vocab = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 10))) for _ in range(3000)]
    lines = []
    for _ in range(n_templates):
        words = rng.sample(vocab, rng.randint(4, 14))
        words.insert(rng.randint(1, len(words)), f"id={rng.randint(0, 10**6)}")
        words.append(f"after {rng.randint(1, 999)} ms")
        lines.append(" ".join(words))
    return lines


def state_bytes(seed: int, params: LogTemplateParams, n: int = 1000) -> dict:
    """Pickled size of one service's miner holding ``n`` templates, and of drain3's on the same lines."""
    lines = synthetic_lines(seed, n)
    miner = TemplateMiner(params, "bench", "svc")
    drain = drain3_miner()
    for line in lines:
        miner.add(line)
        drain.add_log_message(line)
    ours = len(pickle.dumps(miner))
    theirs = len(pickle.dumps(drain.drain))
    return {
        "templates": len(miner),
        "bytes": ours,
        "bytes_per_template": round(ours / max(1, len(miner)), 1),
        "drain3_clusters": len(drain.drain.clusters),
        "drain3_bytes": theirs,
    }


def averages(rows: dict, names: list[str]) -> dict:
    if not names:
        return {}
    return {
        f"{who}_{k}": round(mean(rows[n][who][k] for n in names), 4)
        for who in ("ours", "drain3")
        for k in ("ga", "pa")
    } | {"systems": names}


def score(system: System, parsed: Parsed) -> dict:
    """GA, PA and the number of groups of one miner's run over one system."""
    return {
        "ga": round(grouping_accuracy(parsed.groups, system.event_ids), 4),
        "pa": round(parsing_accuracy(parsed.templates, system.templates), 4),
        "templates": len(set(parsed.groups)),
    }


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description="Template mining accuracy, speed and state on LogHub-style data.")
    ap.add_argument("--data-dir", type=Path, required=True, help="folder of <System>/<System>_2k.log_structured.csv")
    ap.add_argument("--out", type=Path, help="also write the result JSON here")
    ap.add_argument("--lines", type=int, default=100_000, help="lines in the throughput stream (default 100000)")
    ap.add_argument("--seed", type=int, default=1, help="seed of the synthetic state-size lines")
    args = ap.parse_args(argv)
    systems = load_systems(args.data_dir)
    if not systems:
        raise SystemExit(
            "loghub benchmark: no <System>/*.log_structured.csv with Content/EventId/EventTemplate "
            f"under {args.data_dir}"
        )
    params = LogTemplateParams()
    rows = {
        s.name: {
            "lines": len(s.lines),
            "true_templates": len(set(s.event_ids)),
            "ours": score(s, run_ours(s, params)),
            "drain3": score(s, run_drain3(s)),
        }
        for s in systems
    }
    names = [s.name for s in systems]
    average = {
        "all": averages(rows, names),
        "tuned": averages(rows, [n for n in names if n in TUNED_ON]),
        "held_out": averages(rows, [n for n in names if n not in TUNED_ON]),
    }
    speed = throughput(systems, args.lines, params)
    result = {
        "benchmark": "loghub",
        "data_dir": str(args.data_dir),
        "params": asdict(params),
        "tuned_on": list(TUNED_ON),
        "systems": rows,
        "average": average,
        "throughput": speed,
        "state_1000_templates": state_bytes(args.seed, params),
        "goals": {
            "ga_all_at_least_0.90": average["all"]["ours_ga"] >= 0.90,
            "ga_tuned_at_least_0.90": bool(average["tuned"]) and average["tuned"]["ours_ga"] >= 0.90,
            "lines_per_s_at_least_50000": speed["ours"]["lines_per_s"] >= 50_000,
        },
        "seed": args.seed,
    }
    print_table(result)
    line = json.dumps(result, sort_keys=True)
    if args.out:
        args.out.write_text(line + "\n")
    print(line)
    return result


def print_table(r: dict) -> None:
    print(f"{'system':<12}{'lines':>6}{'true':>6} | {'GA ours':>8}{'drain3':>8} | {'PA ours':>8}{'drain3':>8} | "
          f"{'groups ours':>11}{'drain3':>8}")
    for name, row in r["systems"].items():
        o, d = row["ours"], row["drain3"]
        tag = "" if name in r["tuned_on"] else " *"
        print(f"{name + tag:<12}{row['lines']:>6}{row['true_templates']:>6} | {o['ga']:>8.3f}{d['ga']:>8.3f} | "
              f"{o['pa']:>8.3f}{d['pa']:>8.3f} | {o['templates']:>11}{d['templates']:>8}")
    for label, avg in r["average"].items():
        if avg:
            print(f"{'avg ' + label:<24} | {avg['ours_ga']:>8.3f}{avg['drain3_ga']:>8.3f} | "
                  f"{avg['ours_pa']:>8.3f}{avg['drain3_pa']:>8.3f} |")
    print("(* held out: not used to choose the parameters or the masks)")
    for who, t in r["throughput"].items():
        print(f"throughput {who:<7} {t['lines_per_s']:>9,} lines/s over {t['lines']:,} lines; "
              f"first pass {t['first_pass_lines_per_s']:,} lines/s")
    st = r["state_1000_templates"]
    print(f"state at {st['templates']} templates: {st['bytes']:,} bytes pickled "
          f"({st['bytes_per_template']} per template); "
          f"drain3 {st['drain3_bytes']:,} bytes at {st['drain3_clusters']} clusters")


if __name__ == "__main__":
    main()
