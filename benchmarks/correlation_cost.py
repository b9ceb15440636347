"""What the correlation branch adds to the whole flow: the dense backlog with it and without.

Produces the seeded scenario (``--tenants 8``: ``corr-v2-s1-n400-x8``) once into the bundled
broker, then runs the flow over it ``--rounds`` times: without the correlation branch, with
it but without the incident memory (whose thread embeds every group it is told of), and
with both, as ``benchmarks/correlation.py`` runs it (same topics, a fresh DuckDB file each
run). Prints, for each run, messages/s and the CPU µs per message of this process (all its
threads; the broker runs in its own process). The differences are the branch's cost and
the memory's inside the flow.

    python benchmarks/correlation_cost.py --tenants 8 --rounds 2
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import correlation_scenario as cs
from common import bench_settings, timed_run, topic_settings
from correlation import produce, tenants

from signalcraft.broker import EmbeddedBroker, create_topics
from signalcraft.config import CorrelationSettings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--incidents", type=int, default=400)
    parser.add_argument("--tenants", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    scenario = tenants(cs.generate(seed=args.seed, incidents=args.incidents), args.tenants)
    n = len(scenario.messages)
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as tmp:
        bootstrap = broker.bootstrap_servers
        topics = topic_settings("bench-corr-cost")
        create_topics({"bootstrap.servers": bootstrap}, [*topics.inputs(), *topics.outputs()], partitions=2)
        produce(bootstrap, topics, scenario.messages)
        for r in range(args.rounds):
            for on, memory in ((False, False), (True, False), (True, True)):
                corr = CorrelationSettings(dependencies=scenario.dependencies) if on else None
                settings = bench_settings(bootstrap, topics, Path(tmp) / f"run-{r}-{on}-{memory}.duckdb",
                                          correlation=corr)
                settings = settings.model_copy(update={"copilot": settings.copilot.model_copy(
                    update={"memory": memory})})
                cpu = time.process_time()
                elapsed = timed_run(settings)
                cpu = time.process_time() - cpu
                print(f"[{scenario.scenario_id}] round {r + 1}, correlation {'on ' if on else 'off'}, "
                      f"memory {'on ' if memory else 'off'}: "
                      f"{n / elapsed:,.0f} messages/s, {cpu / n * 1e6:.1f} CPU µs/message", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
