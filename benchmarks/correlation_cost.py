"""What the correlation branch adds to the whole flow: the dense backlog with it and without.

Produces the seeded scenario (``--tenants 8``: ``corr-v2-s1-n400-x8``) once into the bundled
broker, then runs the flow over it ``--rounds`` times: without the correlation branch, with
it but without the incident memory (whose thread embeds every group it is told of), and
with both, as ``benchmarks/correlation.py`` runs it (same topics, a fresh DuckDB file each
run). Prints, for each run, messages/s and the CPU µs per message of this process (all its
threads; the broker runs in its own process). The differences are the branch's cost and
the memory's inside the flow.

With the memory on it also prints what the memory did (groups written, texts embedded) and
how many groups it left stale: at the end of a backlog the flow waits at most ``--drain-s``
for the memory (the service's default, 15 s), and what is still pending then is caught up
at the next start. A ``--drain-s`` long enough to leave nothing stale gives the whole cost
of keeping the memory up to date.

    python benchmarks/correlation_cost.py --tenants 8 --rounds 2
    python benchmarks/correlation_cost.py --tenants 8 --rounds 2 --memory-only --drain-s 600
    python benchmarks/correlation_cost.py --rounds 1 --no-memory
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import correlation_scenario as cs
from common import bench_settings, timed_run, topic_settings
from correlation import produce, tenants

from signalcraft.broker import EmbeddedBroker, create_topics
from signalcraft.config import CorrelationSettings, Settings
from signalcraft.sinks import incident_memory


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--incidents", type=int, default=400)
    parser.add_argument("--tenants", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--drain-s", type=float, default=15.0,
                        help="how long the flow waits for the memory at the end (the service's default: 15)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--memory-only", action="store_true", help="run only the flow with the memory on")
    which.add_argument("--no-memory", action="store_true",
                       help="run only the flows without the memory (correlation off, then on)")
    args = parser.parse_args(argv)
    scenario = tenants(cs.generate(seed=args.seed, incidents=args.incidents), args.tenants)
    n = len(scenario.messages)
    runs = ((True, True),) if args.memory_only else ((False, False), (True, False)) if args.no_memory else \
        ((False, False), (True, False), (True, True))
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        bootstrap = broker.bootstrap_servers
        topics = topic_settings("bench-corr-cost")
        create_topics({"bootstrap.servers": bootstrap}, [*topics.inputs(), *topics.outputs()], partitions=2)
        produce(bootstrap, topics, scenario.messages)
        for r in range(args.rounds):
            for on, memory in runs:
                corr = CorrelationSettings(dependencies=scenario.dependencies) if on else None
                db = Path(tmp) / f"run-{r}-{on}-{memory}.duckdb"
                settings = with_memory(bench_settings(bootstrap, topics, db, correlation=corr), memory, args.drain_s)
                cpu = time.process_time()
                elapsed, did = run_noting_memory(settings)
                cpu = time.process_time() - cpu
                print(f"[{scenario.scenario_id}] round {r + 1}, correlation {'on ' if on else 'off'}, "
                      f"memory {'on ' if memory else 'off'}: "
                      f"{n / elapsed:,.0f} messages/s, {cpu / n * 1e6:.1f} CPU µs/message"
                      + (f"; memory: {did}, {stale_after(settings)} groups left stale" if memory else ""),
                      flush=True)
    return 0


def with_memory(settings: Settings, memory: bool, drain_s: float) -> Settings:
    """``settings`` with the incident memory on or off, waited for at most ``drain_s`` at the end."""
    grace = max(settings.service.shutdown_grace, timedelta(seconds=drain_s + 10))
    return settings.model_copy(update={
        "copilot": settings.copilot.model_copy(update={"memory": memory, "drain_s": drain_s}),
        "service": settings.service.model_copy(update={"shutdown_grace": grace})})


def run_noting_memory(settings: Settings) -> tuple[float, str]:
    """Run the flow; return its seconds and what its incident memory did (empty when off)."""
    reports = []
    close = incident_memory.MemoryIndexer.close

    def noting_close(self: incident_memory.MemoryIndexer) -> None:
        close(self)
        reports.append(self.report)

    incident_memory.MemoryIndexer.close = noting_close
    try:
        elapsed = timed_run(settings)
    finally:
        incident_memory.MemoryIndexer.close = close
    if not reports:
        return elapsed, ""
    r = reports[0]
    return elapsed, (f"{r.written} incidents written, {r.texts} texts, {r.embedded} embedded "
                     f"({r.embed_seconds:.1f}s in the model)")


def stale_after(settings: Settings) -> int:
    """Groups of the store whose memory row is missing or older than their facts."""
    import duckdb

    con = duckdb.connect(str(settings.store.db_path), read_only=True)
    try:
        return len(incident_memory.IncidentMemory(settings.store.lance_path()).stale(con))
    finally:
        con.close()


if __name__ == "__main__":
    raise SystemExit(main())
