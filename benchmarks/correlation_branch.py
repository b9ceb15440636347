"""The correlation branch alone, without the broker, ingest or Bytewax: CPU per message.

Decodes the seeded scenario (as :mod:`correlation` plays it), cuts the records into
batches of ``--batch`` messages and replays the branch's steps the way
:func:`signalcraft.flows.correlation.correlate` wires them: alerts by group key ->
grouping per key -> groups by join key, then changes and firing alerts by join key ->
the join per key. Prints messages/s, CPU µs per message (thread CPU clock, several
rounds) and a digest of every group and correlation emitted, so two versions of the
operators can be compared for identical output. ``--profile`` prints cProfile's top.

``--flow`` runs the ``correlate`` operator in Bytewax instead, without recovery and built
for that (the state is not copied for Bytewax's snapshots, since 2026-12-04);
``--keep-snapshots`` builds it for recovery though the run has none (before 2026-12-04:
a pickle of every touched key's state at every epoch's end, dropped by Bytewax).

    python benchmarks/correlation_branch.py --tenants 8 --rounds 5
    python benchmarks/correlation_branch.py --rounds 2 --flow [--keep-snapshots] [--rows]

``--grouped`` replays the flow's own step (grouping and the join in one fold per join key,
:class:`~signalcraft.operators.group_join.GroupJoin`) without Bytewax; with ``--batch 37`` (the
flow's decoded batches on this backlog) and under callgrind it gives repeatable instruction counts
(``--rounds 0`` for what loading the scenario costs):

    valgrind --tool=callgrind python benchmarks/correlation_branch.py --grouped --batch 37 --rounds 1

``--ingest`` starts from the messages instead: each batch decoded as the flow's decode step
decodes it (alert events and change reports kept as rows; ``--records``: both as records;
``--change-records``: change reports as records, as the flow before 2026-12-06),
the join's input taken from it as the flow takes it, the grouped join replayed, and the store's
Arrow tables built of the batch, so the instructions of decode, the join and Arrow are counted
together (2026-12-05: alert rows against records):

    PYTHONHASHSEED=0 setarch -R valgrind --tool=callgrind python benchmarks/correlation_branch.py \
        --ingest --batch 37 --rounds 1 [--records]     # --rounds 0: the scenario's set-up alone

Each round runs inside ``itertools.starmap``, so callgrind can count a round alone, without the
set-up and the digests (since 2026-12-06; a round's first is the one the flow's run is like: the
ranking's memos, keyed by the objects they read, are found again in later rounds):

    PYTHONHASHSEED=0 setarch -R valgrind --tool=callgrind --toggle-collect=starmap_next \
        python benchmarks/correlation_branch.py --grouped --batch 37 --rounds 1 --rows
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import sys
import time
from datetime import timedelta
from functools import partial
from itertools import starmap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import bytewax.operators as op
import correlation_scenario as cs
from bytewax.dataflow import Dataflow
from bytewax.testing import TestingSink, TestingSource, run_main
from correlation import decoded, tenants

from signalcraft.config import CorrelationSettings
from signalcraft.flows.correlation import correlate
from signalcraft.flows.pipeline import _joinable
from signalcraft.models import AlertEvent, AlertGroup, ChangeEvent, RawMessage
from signalcraft.models.change_row import row_of as change_row_of
from signalcraft.models.correlation_row import CorrelationRow
from signalcraft.operators.correlation import Correlator
from signalcraft.operators.group_join import GroupJoin
from signalcraft.operators.grouping import AlertGrouper
from signalcraft.operators.ingest import BatchDecoder
from signalcraft.params import Identity
from signalcraft.runtime import tune_gc
from signalcraft.sinks.duckdb_sink import arrow_batches
from signalcraft.sources.alert_rows import row_of


def batches(records_per_message: list[list], size: int, rows: bool = False, change_rows: bool | None = None,
            ) -> list[list]:
    """The joinable records, ``size`` messages a batch (what ``alerts-and-changes`` passes on);
    ``rows``: the alert events as their rows, as the flow hands them to the join (since 2026-12-05),
    and the change reports as theirs (since 2026-12-06; ``change_rows``, when given, says for them)."""
    change_rows = rows if change_rows is None else change_rows
    out = []
    for i in range(0, len(records_per_message), size):
        batch = [r for rs in records_per_message[i:i + size] for r in rs if isinstance(r, (AlertEvent, ChangeEvent))]
        out.append([row_of(r) if rows and isinstance(r, AlertEvent) else
                    change_row_of(r) if change_rows and isinstance(r, ChangeEvent) else r for r in batch])
    return out


def join_input(correlator: Correlator, groups: list, batch: list) -> list[tuple[str, list]]:
    """What the join step gets for one batch: each group keyed alone, then the batch's
    changes and firing alerts by join key."""
    return [*((correlator.key_text(g), g) for g in groups), *correlator.by_key(batch)]


def replay(record_batches: list[list], settings: CorrelationSettings) -> tuple[list, list]:
    """Run the branch over ``record_batches``; return the groups and correlations emitted."""
    grouper, correlator = AlertGrouper.of(settings.grouping()), Correlator(settings.params())
    group_states: dict = {}
    join_states: dict = {}
    groups_out, corr_out = [], []
    for batch in record_batches:
        emitted = []
        for key, events in grouper.by_key(batch):
            group_states[key], out = grouper.step_many(group_states.get(key), events)
            emitted.extend(out)
        groups_out.extend(emitted)
        for key, items in join_input(correlator, emitted, batch):
            join_states[key], out = correlator.step_many(join_states.get(key), items)
            corr_out.extend(out)
    return groups_out, corr_out


def replay_grouped(record_batches: list[list], settings: CorrelationSettings) -> tuple[list, list]:
    """The grouped join (:class:`GroupJoin`, the flow's default step) without Bytewax: each batch's
    alert and change events by join key, one ``step_many`` a key, as the flow calls it."""
    group_join = GroupJoin(AlertGrouper.of(settings.grouping()), Correlator(settings.params()))
    states: dict = {}
    groups, correlations = [], []
    for batch in record_batches:
        for key, records in group_join.by_key(batch):
            states[key], out = group_join.step_many(states.get(key), records)
            for r in out:
                (groups if isinstance(r, AlertGroup) else correlations).append(r)
    return groups, correlations


def replay_flow(record_batches: list[list], settings: CorrelationSettings, epoch: timedelta,
                keep_snapshots: bool = False) -> tuple[list, list]:
    """Run the ``correlate`` operator of the whole flow in Bytewax over ``record_batches``,
    without recovery (``keep_snapshots``: built for a run with it, as before 2026-12-04)."""
    groups: list = []
    correlations: list = []
    flow = Dataflow("correlation-branch")
    out = correlate("correlation", op.input("batches", flow, TestingSource(record_batches)),
                    settings.grouping(), settings.params(), recovery=keep_snapshots)
    op.output("groups", out.groups, TestingSink(groups))
    op.output("correlations", out.correlations, TestingSink(correlations))
    run_main(flow, epoch_interval=epoch)  # each epoch's end snapshots the state of every key it touched
    return groups, correlations


def raw_batches(scenario: cs.Scenario, size: int) -> list[list[RawMessage]]:
    """The scenario's messages as the source hands them over, ``size`` a batch."""
    raws = [RawMessage(kind, 0, i, value, key=key, headers=headers, timestamp_ms=ts)
            for i, (kind, key, value, headers, ts) in enumerate(scenario.messages)]
    return [raws[i:i + size] for i in range(0, len(raws), size)]


def replay_ingest(
    batches: list[list[RawMessage]], settings: CorrelationSettings, rows: bool = True, change_rows: bool = True,
) -> tuple[list, list]:
    """Decode each batch as the flow does (alert events as rows when ``rows``, change reports when
    ``change_rows``), replay the grouped join over the join's input and build the store's Arrow
    tables of each batch."""
    decoder = BatchDecoder({"alerts": "alerts", "changes": "changes"}, Identity(), alert_rows=rows,
                           change_rows=change_rows)
    group_join = GroupJoin(AlertGrouper.of(settings.grouping()), Correlator(settings.params()))
    states: dict = {}
    groups, correlations = [], []
    for batch in batches:
        decoded = decoder(batch)
        for key, records in group_join.by_key(_joinable(decoded)):
            states[key], out = group_join.step_many(states.get(key), records)
            for r in out:
                (groups if isinstance(r, AlertGroup) else correlations).append(r)
        arrow_batches(decoded.stored())
    return groups, correlations


def _records(correlations: list) -> list:
    """The correlations as records (the join emits rows in the flow: ``CorrelationRow``, the same JSON)."""
    return [c.record() if isinstance(c, CorrelationRow) else c for c in correlations]


def digest(groups: list, correlations: list) -> str:
    """A hash of everything emitted, in order."""
    h = hashlib.sha256()
    for r in [*groups, *_records(correlations)]:
        h.update(r.model_dump_json().encode())
    return h.hexdigest()[:16]


def final_digest(groups: list, correlations: list) -> str:
    """A hash of what a sink keeping the latest version per id holds at the end, versions
    left out, and of each group's last candidate set: what quality is measured on."""
    latest: dict = {}
    for c in _records(correlations):
        if c.id not in latest or c.version > latest[c.id].version:
            latest[c.id] = c
    top: dict = {}
    for c in latest.values():
        top[c.group_id] = max(top.get(c.group_id, 0), c.version)
    final = sorted((c.group_id, c.rank, c.change_id) for c in latest.values() if c.version == top[c.group_id])
    rows = sorted(c.model_dump_json(exclude={"version"}) for c in latest.values())
    last_groups = sorted({g.id: g for g in groups}.values(), key=lambda g: g.id)
    h = hashlib.sha256(repr((final, rows)).encode())
    for g in last_groups:
        h.update(g.model_dump_json().encode())
    return h.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--incidents", type=int, default=400)
    parser.add_argument("--scenario-version", type=int, default=2, choices=cs.VERSIONS)
    parser.add_argument("--tenants", type=int, default=8)
    parser.add_argument("--batch", type=int, default=1000, help="messages per batch")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--flow", action="store_true",
                       help="run the correlate operator in Bytewax (the engine orders the join inputs)")
    which.add_argument("--ingest", action="store_true",
                       help="from the messages: decode, the grouped join and the store's Arrow, batch by batch")
    which.add_argument("--grouped", action="store_true",
                       help="replay the grouped join (the flow's step) without Bytewax; --batch 37 is the flow's batch")
    parser.add_argument("--rows", action="store_true",
                        help="alert events and change reports as their rows (sources/alert_rows.py, "
                             "models/change_row.py), as the flow passes them; the digests are the same either way")
    parser.add_argument("--records", action="store_true",
                        help="with --ingest: alert events and change reports decoded as records (the flow before "
                             "2026-12-05)")
    parser.add_argument("--change-records", action="store_true",
                        help="change reports as records, alert events as --rows / --ingest say (the flow before "
                             "2026-12-06)")
    parser.add_argument("--epoch-ms", type=float, default=2000.0,
                        help="with --flow: the epoch interval (the flow's is 2 s: SIGNALCRAFT_INGEST_EPOCH_INTERVAL_S)")
    parser.add_argument("--keep-snapshots", action="store_true",
                        help="with --flow: build the operator for recovery though the run has none (before 2026-12-04)")
    args = parser.parse_args(argv)
    scenario = tenants(cs.generate(seed=args.seed, incidents=args.incidents, version=args.scenario_version),
                       args.tenants)
    n = len(scenario.messages)
    settings = CorrelationSettings(dependencies=scenario.dependencies)
    if args.ingest:
        record_batches = raw_batches(scenario, args.batch)
        run = partial(replay_ingest, rows=not args.records, change_rows=not (args.records or args.change_records))
    else:
        record_batches = batches(decoded(scenario), args.batch, args.rows, args.rows and not args.change_records)
        run = (partial(replay_flow, epoch=timedelta(milliseconds=args.epoch_ms), keep_snapshots=args.keep_snapshots)
               if args.flow else replay_grouped if args.grouped else replay)
    if args.profile:
        prof = cProfile.Profile()
        prof.runcall(run, record_batches, settings)
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
    tune_gc()  # as the flow does
    for r in range(args.rounds):
        cpu, wall = time.thread_time(), time.perf_counter()
        [(groups, correlations)] = starmap(run, [(record_batches, settings)])  # (callgrind: starmap_next)
        cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
        print(f"[{scenario.scenario_id}] round {r + 1}: {n:,} messages, {n / wall:,.0f} messages/s wall, "
              f"{cpu / n * 1e6:.1f} CPU µs/message; {len(groups)} groups, {len(correlations)} correlations, "
              f"digest {digest(groups, correlations)}, final {final_digest(groups, correlations)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
