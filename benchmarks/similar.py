"""Similar incidents: retrieval quality, latency at scale, embedding cost, and what the memory costs ingest.

The corpus (:mod:`similar_corpus`, seeded) is fed through the whole flow twice, in the same
run: with the incident memory off, then on (the memory's pending work drained at the end
and timed apart), so the ingest figures stand side by side. Then every query (a new
incident in a project, its family seen before in other projects) asks
:func:`~signalcraft.copilot.similar.find_similar` for its 5 nearest past incidents, three
ways in the same run: hybrid (what ``signalcraft similar`` does), vector only, full text
only. A result is relevant when its incident is of the query's root-cause family.

- recall@1, recall@5: share of queries with a relevant incident first / in the top 5;
- MRR: mean of 1 / rank of the first relevant incident (0 when none in the top 5);
- per split: ``tune`` (what the ranking weights were chosen on) and ``held_out`` (families
  and a project left alone while tuning), and ``cross_only`` (the family never occurred in
  the query's own project);
- leaks: results from the other workspace (must be 0).

Latency: the memory is copied and filled to 10,000 and 100,000 incidents with copies of
its rows (vectors jittered so none is a duplicate, ids new), indexed as the flow would
(the vector index once 10,000 rows are in), and ``find_similar`` is timed on group
queries (stored vector) and free-text ones (the query embedded first).

    python benchmarks/similar.py --seed 1            # the seed tuned on
    python benchmarks/similar.py --seed 2 --skip-scale
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).parent))
import similar_corpus

from signalcraft.copilot.memory import Memory
from signalcraft.copilot.similar import find_similar
from signalcraft.operators.embedding import DIM, Encoder
from signalcraft.sinks import incident_memory
from signalcraft.sinks.incident_memory import IncidentMemory

MODES = ("hybrid", "vector", "text")


def build(corpus, db: Path, memory: bool) -> dict:
    """Run the flow over the corpus into ``db``; with ``memory``, the incident memory beside it."""
    drained = []
    close = incident_memory.MemoryIndexer.close

    def timed_close(self):
        t0 = time.perf_counter()
        close(self)
        drained.append((time.perf_counter() - t0, self.report))

    incident_memory.MemoryIndexer.close = timed_close
    try:
        total = similar_corpus.build_store(corpus, db, memory=memory, drain_s=1800)
    finally:
        incident_memory.MemoryIndexer.close = close
    drain, report = drained[0] if drained else (0.0, None)
    n = len(corpus.messages)
    out = {"messages": n, "flow_s": round(total, 2), "drain_s": round(drain, 2),
           "ingest_per_s": round(n / (total - drain))}
    if report is not None:
        out |= {"incidents_written": report.written, "texts": report.texts, "embedded": report.embedded,
                "cache_hits": report.cache_hits, "embed_s": round(report.embed_seconds, 2),
                "embed_per_s": round(report.embedded / report.embed_seconds, 1) if report.embed_seconds else None}
    return out


def group_truth(corpus, db: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Alert group id -> family (through the groups' fingerprints), and query id -> its group id."""
    import duckdb

    by_fp = {fp: t for t in corpus.truth.values() for fp in t.fingerprints}
    family, query_group = {}, {}
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT id, workspace_id, fingerprints, opened_at FROM alert_groups "
                           "ORDER BY opened_at, id").fetchall()
    for gid, _ws, fps, _ in rows:
        owners = {by_fp[fp].id for fp in fps if fp in by_fp}
        if len(owners) == 1:
            t = corpus.truth[owners.pop()]
            family[gid] = t.family
            if t.query and t.primary_fingerprint in fps:
                query_group.setdefault(t.id, gid)
    return family, query_group


def evaluate(memory: Memory, corpus, family: dict[str, str], query_group: dict[str, str], k: int = 5) -> dict:
    out = {}
    for mode in MODES:
        ranks: dict[str, list[int | None]] = defaultdict(list)
        leaks = 0
        for t in corpus.queries:
            gid = query_group.get(t.id)
            if gid is None:
                continue
            found = find_similar(memory, group_id=gid, k=k, mode=mode)
            leaks += sum(m.workspace_id != similar_corpus.WORKSPACE for m in found)
            rank = next((i for i, m in enumerate(found, 1) if family.get(m.group_id) == t.family), None)
            for key in ("all", t.split, *(("cross_only",) if t.cross_only else ())):
                ranks[key].append(rank)
        out[mode] = {key: _scores(r) for key, r in ranks.items()} | {"leaks": leaks}
    return out


def _scores(ranks: list[int | None]) -> dict:
    n = len(ranks)
    return {"queries": n, "recall@1": round(sum(r == 1 for r in ranks) / n, 3),
            "recall@5": round(sum(r is not None for r in ranks) / n, 3),
            "mrr": round(sum(1 / r for r in ranks if r) / n, 3)}


def dir_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def scale(lance: Path, db: Path, sizes: list[int], family: dict[str, str], corpus, query_group, seed: int,
          encoder: Encoder) -> dict:
    """Latency (and quality) with the memory filled to each size by jittered copies of its rows."""
    import lancedb

    rng = np.random.default_rng(seed)
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "scaled.lance"
        shutil.copytree(lance, work)
        table = lancedb.connect(str(work)).open_table("incidents")
        base = table.search().where(f"workspace_id = '{similar_corpus.WORKSPACE}'").limit(None).to_arrow()
        filled = table.count_rows()
        fill_family = dict(family)
        for size in sizes:
            while filled < size:
                n = min(10_000, size - filled)
                pick = rng.integers(0, base.num_rows, n)
                rows = base.take(pa.array(pick))
                vec = rows["vector"].combine_chunks().flatten().to_numpy().reshape(-1, DIM)
                vec = vec + rng.normal(0, 0.02, vec.shape).astype(np.float32)
                vec /= np.linalg.norm(vec, axis=1, keepdims=True)
                ids = [f"fill-{filled + i}" for i in range(n)]
                for i, src in zip(ids, rows["id"].to_pylist(), strict=True):
                    if src in family:
                        fill_family[i] = family[src]
                rows = rows.set_column(rows.schema.get_field_index("id"), "id", pa.array(ids))
                rows = rows.set_column(rows.schema.get_field_index("vector"), "vector",
                                       pa.FixedSizeListArray.from_arrays(pa.array(vec.ravel()), DIM))
                table.add(rows)
                filled += n
            t0 = time.perf_counter()
            memory = IncidentMemory(work, encoder, ann_min_rows=10_000)
            memory.maintain(force=True)
            memory.maintain(force=True)
            index_s = time.perf_counter() - t0
            reader = Memory(lancedb.connect(str(work)).open_table("incidents"), _con(db), encoder)
            queries = [query_group[t.id] for t in corpus.queries if t.id in query_group][:200]
            group_ms = _timings(lambda g, r=reader: find_similar(r, group_id=g, k=5), queries)
            texts = [t.alertnames[0] + " " + t.family.replace("_", " ") for t in corpus.queries[:50]]
            text_ms = _timings(lambda q, r=reader: find_similar(r, text=q, workspace=similar_corpus.WORKSPACE, k=5),
                               texts)
            quality = evaluate_at(reader, corpus, fill_family, query_group)
            out[str(size)] = {"incidents": table.count_rows(), "index_build_s": round(index_s, 1),
                              "bytes_per_incident": round(dir_bytes(work) / table.count_rows()),
                              "group_query_ms": group_ms, "text_query_ms": text_ms, **quality}
            reader.close()
    return out


def evaluate_at(reader: Memory, corpus, family, query_group) -> dict:
    ranks = []
    for t in corpus.queries:
        gid = query_group.get(t.id)
        if gid is None:
            continue
        found = find_similar(reader, group_id=gid, k=5)
        ranks.append(next((i for i, m in enumerate(found, 1) if family.get(m.group_id) == t.family), None))
    return _scores(ranks)


def _con(db: Path):
    from signalcraft.copilot.store import open_read_only

    return open_read_only(db)


def _timings(call, items) -> dict:
    for item in items[:5]:
        call(item)  # warm
    took = []
    for item in items:
        t0 = time.perf_counter()
        call(item)
        took.append((time.perf_counter() - t0) * 1000)
    took.sort()
    return {"n": len(took), "p50": round(statistics.median(took), 1),
            "p99": round(took[min(len(took) - 1, int(0.99 * len(took)))], 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--incidents", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=250)
    parser.add_argument("--others", type=int, default=300)
    parser.add_argument("--sizes", default="10000,100000", help="memory sizes to time similar at")
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--skip-baseline-ingest", action="store_true", help="do not run the flow without memory")
    parser.add_argument("--keep", type=Path, help="keep the store and the memory in this folder")
    args = parser.parse_args(argv)
    # one process runs the flow (which holds LanceDB to the embedding threads unless told) and the
    # query side (which has the machine to itself in `signalcraft similar`): LanceDB gets every core here
    os.environ.setdefault("LANCE_CPU_THREADS", str(os.cpu_count() or 1))

    corpus = similar_corpus.generate(args.seed, args.incidents, args.queries, args.others)
    stats = similar_corpus.corpus_stats(corpus)
    print(f"[{corpus.corpus_id}] {stats['messages']:,} messages, {stats['past']} past incidents, "
          f"{stats['families']} families, {stats['projects']} projects, {stats['queries']} queries", file=sys.stderr)
    result: dict = {"benchmark": "similar", "corpus": corpus.corpus_id, "seed": args.seed, "corpus_stats": stats}
    with tempfile.TemporaryDirectory() as tmp:
        if args.keep:
            tmp = args.keep
            args.keep.mkdir(parents=True, exist_ok=True)
            for old in args.keep.glob("similar.*"):
                shutil.rmtree(old) if old.is_dir() else old.unlink()
        if not args.skip_baseline_ingest:
            result["ingest_without_memory"] = build(corpus, Path(tmp) / "plain.duckdb", memory=False)
            print(f"  without memory: {result['ingest_without_memory']}", file=sys.stderr)
        db = Path(tmp) / "similar.duckdb"
        result["ingest_with_memory"] = build(corpus, db, memory=True)
        print(f"  with memory: {result['ingest_with_memory']}", file=sys.stderr)
        lance = db.with_name("similar.lance")
        result["store"] = similar_corpus.store_stats(corpus, db)
        family, query_group = group_truth(corpus, db)
        encoder = Encoder()
        memory = Memory.open(db, lance, encoder)
        result["incidents_indexed"] = memory.table.count_rows()
        result["bytes_per_incident"] = round(dir_bytes(lance) / result["incidents_indexed"])
        result["queries_with_group"] = len(query_group)
        t0 = time.perf_counter()
        result["quality"] = evaluate(memory, corpus, family, query_group)
        result["evaluate_s"] = round(time.perf_counter() - t0, 1)
        memory.close()
        for mode in MODES:
            q = result["quality"][mode]
            print(f"  {mode:7} " + "  ".join(f"{k}: r@1 {v['recall@1']:.3f} r@5 {v['recall@5']:.3f} "
                                              f"mrr {v['mrr']:.3f} (n={v['queries']})"
                                              for k, v in q.items() if isinstance(v, dict))
                  + f"  leaks {q['leaks']}", file=sys.stderr)
        t0 = time.perf_counter()
        batch = encoder.encode([m.value.decode(errors="replace")[:300] for m in corpus.messages[:1000]])
        result["embed_per_s_all_threads"] = round(len(batch) / (time.perf_counter() - t0), 1)
        if not args.skip_scale:
            sizes = [int(s) for s in args.sizes.split(",")]
            result["scale"] = scale(lance, db, sizes, family, corpus, query_group, args.seed, encoder)
            for size, r in result["scale"].items():
                print(f"  {size}: {r}", file=sys.stderr)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
