"""Where the whole flow's CPU goes, step by step, on the dense correlation backlog.

Produces the seeded scenario (``--tenants 8``: ``corr-v2-s1-n400-x8``) once into the bundled
broker and runs the flow over it as ``benchmarks/correlation_cost.py`` does (incident memory
off), correlation off and then on (``--modes``), each in the same process. Every Bytewax
step's Python callable (mappers, stateful logic, source and sink partitions, inspectors) is
wrapped to add up the CPU time (``time.thread_time``) of its calls, so the table is the flow's
thread per step; what the flow's thread spent outside them is Bytewax itself, its idle
polling included (7-31 µs a message from run to run), and the wrappers; the other threads
(the DuckDB writer's, DuckDB's and librdkafka's) are the process's CPU less the flow's
thread. A generator a mapper returns is consumed inside its timing.

    python benchmarks/flow_steps.py --modes off,on
    python benchmarks/flow_steps.py --modes none --decode-by-format   # decode per payload format only
    python benchmarks/flow_steps.py --modes none --decode-by-format --detect   # ... each format detected
    python benchmarks/flow_steps.py --modes on --profile 40   # cProfile's top 40 of the flow's thread instead

``--decode-by-format`` also decodes every message of the backlog outside the flow, with no
other thread competing (``parse_payload``, the best of three passes per format), and prints
the µs a message of each stream's payload formats and their share of the decode step.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import bytewax.operators as op
from bytewax.testing import run_main

sys.path.insert(0, str(Path(__file__).parent))
import correlation_scenario as cs
from common import bench_settings, topic_settings
from correlation import produce, tenants
from correlation_cost import with_memory

from signalcraft.broker import EmbeddedBroker, create_topics
from signalcraft.config import CorrelationSettings
from signalcraft.params import Identity
from signalcraft.runtime import kafka_flow, tune_gc
from signalcraft.sources.decode import parse_payload

CPU: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)


def _timed(name: str, f, listed: bool = False):
    def timed(*args):
        t = time.thread_time()
        try:
            out = f(*args)
            return list(out) if listed else out
        finally:
            CPU[name] += time.thread_time() - t
            CALLS[name] += 1
    return timed


class _Logic(op.StatefulBatchLogic):
    """A stateful step's logic, timed."""

    def __init__(self, name: str, logic: op.StatefulBatchLogic):
        self._logic = logic
        self._batch = _timed(name, lambda values: _listed(logic.on_batch(values)))
        self._notify = _timed(name, lambda: _listed(logic.on_notify()))
        self._notify_at = _timed(name + " (notify_at)", logic.notify_at)
        self._snapshot = _timed(name + " (snapshot)", logic.snapshot)

    def on_batch(self, values):
        return self._batch(values)

    def on_notify(self):
        return self._notify()

    def on_eof(self):
        return self._logic.on_eof()

    def notify_at(self):
        return self._notify_at()

    def snapshot(self):
        return self._snapshot()


def _listed(out):
    items, discard = out
    return list(items), discard


def _wrap_built(name: str, owner, method: str, *parts: str) -> None:
    """Time ``parts`` of every partition ``owner.<method>`` builds."""
    build = getattr(owner, method)

    def built(*args, **kwargs):
        part = build(*args, **kwargs)
        for p in parts:
            if hasattr(part, p):
                setattr(part, p, _timed(f"{name} ({p})", getattr(part, p)))
        return part

    object.__setattr__(owner, method, built)


def instrument(step) -> None:
    """Wrap the Python callables of every core step under ``step``."""
    for s in getattr(step, "substeps", []):
        kind, name = type(s).__name__, s.step_id
        if kind == "flat_map_batch":
            object.__setattr__(s, "mapper", _timed(name, s.mapper, listed=True))
        elif kind == "branch":
            object.__setattr__(s, "predicate", _timed(name, s.predicate))
        elif kind == "inspect_debug":
            object.__setattr__(s, "inspector", _timed(name, s.inspector))
        elif kind == "stateful_batch":
            object.__setattr__(s, "builder", lambda resume, b=s.builder, n=name: _Logic(n, b(resume)))
        elif kind == "output":
            if hasattr(s.sink, "build_part"):
                _wrap_built(name, s.sink, "build_part", "write_batch", "snapshot")
            else:
                _wrap_built(name, s.sink, "build", "write_batch")
        elif kind == "input":
            _wrap_built(name, s.source, "build_part", "next_batch")
        instrument(s)


def decode_by_format(messages: list, passes: int = 3, detect: bool = False) -> None:
    """Print the µs to decode a message of each ``(stream, sc-format)`` of ``messages``, outside the
    flow; with ``detect``, each message without its ``sc-format`` header (its format detected)."""
    by_format: dict[tuple[str, str], list] = defaultdict(list)
    for topic, _key, value, headers, _at in messages:
        fmt = headers.get("sc-format", "(detected)")
        if detect:
            headers = {k: v for k, v in headers.items() if k != "sc-format"}
        by_format[(topic, fmt)].append((value, headers))
    identity, spent = Identity(), {}
    for (kind, fmt), payloads in by_format.items():
        best = float("inf")
        for _ in range(passes):
            t = time.thread_time()
            for value, headers in payloads:
                parse_payload(value, kind, headers, identity)
            best = min(best, time.thread_time() - t)
        spent[(kind, fmt)] = best
    total = sum(spent.values())
    print(f"decode outside the flow{' (formats detected)' if detect else ''}: {total / len(messages) * 1e6:.1f} µs"
          " a message")
    for (kind, fmt), seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        n = len(by_format[(kind, fmt)])
        print(f"  {seconds / n * 1e6:6.1f} µs  {n:7,d} messages  {seconds / total:4.0%}  {kind}: {fmt}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--incidents", type=int, default=400)
    parser.add_argument("--tenants", type=int, default=8)
    parser.add_argument("--modes", default="off,on", help="correlation off and/or on, in this order ('none': neither)")
    parser.add_argument("--decode-by-format", action="store_true",
                        help="also time decoding each payload format of the backlog outside the flow")
    parser.add_argument("--detect", action="store_true",
                        help="with --decode-by-format: the messages without their sc-format header (formats detected)")
    parser.add_argument("--min-us", type=float, default=0.3, help="leave out steps under this many µs a message")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="run each mode under cProfile instead of timing the steps; print its top N by own time")
    args = parser.parse_args(argv)
    scenario = tenants(cs.generate(seed=args.seed, incidents=args.incidents), args.tenants)
    n = len(scenario.messages)
    if args.decode_by_format:
        decode_by_format(scenario.messages, detect=args.detect)
    if args.modes == "none":
        return 0
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        bootstrap = broker.bootstrap_servers
        topics = topic_settings("bench-flow-steps")
        create_topics({"bootstrap.servers": bootstrap}, [*topics.inputs(), *topics.outputs()], partitions=2)
        produce(bootstrap, topics, scenario.messages)
        for mode in args.modes.split(","):
            on = mode == "on"
            corr = CorrelationSettings(dependencies=scenario.dependencies) if on else None
            settings = with_memory(bench_settings(bootstrap, topics, Path(tmp) / f"{mode}.duckdb", correlation=corr),
                                   False, 15.0)
            flow = kafka_flow(settings, stop_at_end=True)
            if not args.profile:  # under cProfile the steps are not wrapped: its figures are the flow's own
                instrument(flow)
            CPU.clear()
            CALLS.clear()
            tune_gc()
            cpu, main_thread, wall = time.process_time(), time.thread_time(), time.perf_counter()
            prof = cProfile.Profile() if args.profile else None
            if prof is None:
                run_main(flow)
            else:
                prof.runcall(run_main, flow)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            main_thread = time.thread_time() - main_thread
            print(f"[{scenario.scenario_id}] correlation {mode}: {n / wall:,.0f} messages/s, "
                  f"{cpu / n * 1e6:.1f} CPU µs a message; the flow's thread {main_thread / n * 1e6:.1f}, other threads "
                  f"{(cpu - main_thread) / n * 1e6:.1f}", flush=True)
            for name, spent in sorted(CPU.items(), key=lambda kv: -kv[1]):
                if spent / n * 1e6 >= args.min_us:
                    print(f"  {spent / n * 1e6:6.1f} µs  {CALLS[name]:7,d} calls  {name}")
            print(f"  {(main_thread - sum(CPU.values())) / n * 1e6:6.1f} µs  outside the steps (Bytewax, the wrappers)")
            if prof is not None:
                pstats.Stats(prof).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
