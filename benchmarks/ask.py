"""Ask: execution accuracy of questions turned into SQL, per category and split, with latency.

Execution accuracy as Spider and BIRD define it: a question counts when the result of the
predicted query equals the gold query's (as multisets of rows: order is compared only
where the gold query orders its rows and the question asks for an order — here never,
since row order of equal keys is not fixed; values compared after rounding floats to six places, and a time with
a zone as the same instant's UTC wall time, so a bucket written ``date_trunc('week', t AT TIME ZONE 'UTC')`` equals
the same bucket of ``t`` itself); a refusal counts when the predictor refuses.
Every predicted statement goes through the same gate the command uses
(:func:`signalcraft.copilot.sql_guard.safe`, then the locked-down connection); one the gate
refuses counts as wrong.

Predictors compared in the same run: ``keyword`` (a keyword-template baseline: a handful of
templates picked by words, entity names matched verbatim) and ``parser``, the question parser
of ``signalcraft ask`` (:class:`signalcraft.copilot.ask.Asker`, its vocabulary read once, as a
server would keep it; the load time is reported apart). The store is the demo's
(``signalcraft demo --db``), built when missing.

    python benchmarks/ask.py [--db /tmp/askdemo/demo.duckdb] [--scale 1000000] [--paraphrases]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.ask_questions import CATEGORIES, QUESTIONS
from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.sql_guard import UnsafeQuery, safe
from signalcraft.copilot.store import QueryTimeout, open_read_only, run_select

SETS = list(dict.fromkeys(q["set"] for q in QUESTIONS))
"""The question sets in the order they were written: ours (first, tuning), then the outside authors'."""

Predictor = Callable[[str, datetime], str | None]
"""(question, now) -> SQL, or ``None`` to refuse."""


def _norm(value: object) -> object:
    """A result's value as compared: floats to 6 places, NaN equal to NaN (``nan != nan`` would make two equal
    results of non-finite samples differ), times in UTC.

    >>> result_key([(float("nan"), 1.0)]) == result_key([(float("nan"), 1.0000001)])
    True
    """
    if isinstance(value, float | Decimal):
        return "NaN" if value != value else round(float(value), 6)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)  # the same instant, with or without its zone (UTC wall time)
    if isinstance(value, list | tuple):
        return tuple(_norm(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _norm(v)) for k, v in value.items()))
    return value


def result_key(rows: list[tuple]) -> Counter:
    return Counter(tuple(_norm(v) for v in row) for row in rows)


class KeywordBaseline:
    """A keyword-template baseline: names of services, projects and alerts found verbatim in the
    question filter ``alerts``; a few words pick a template (count, per day, changes, silences)."""

    def __init__(self, con) -> None:
        self.services = [r[0] for r in con.execute("SELECT DISTINCT service FROM alerts").fetchall()]
        self.projects = [r[0] for r in con.execute("SELECT DISTINCT project FROM alerts").fetchall()]
        self.names = [r[0] for r in con.execute("SELECT DISTINCT name FROM alerts").fetchall()]

    def __call__(self, question: str, now: datetime) -> str | None:
        q = question.lower()
        if re.search(r"\b(delete|drop|update|insert|weather|ignore)\b", q):
            return None
        where = [f"service = '{s}'" for s in self.services if s.lower() in q][:1]
        where += [f"project = '{p}'" for p in self.projects if re.search(rf"\b{re.escape(p.lower())}\b", q)][:1]
        where += [f"name = '{n}'" for n in self.names if n.lower() in q][:1]
        if "critical" in q:
            where.append("severity = 'critical'")
        hours = re.search(r"last (\d+)\s*h", q)
        if hours or "24h" in q or "today" in q:
            since = now - timedelta(hours=int(hours[1]) if hours else 24)
            where.append(f"starts_at > TIMESTAMPTZ '{since.isoformat()}'")
        table = "alerts"
        if re.search(r"\b(deploy|deployed|deployment|change|changes|flag)\b", q):
            table, where = "change_events", [w for w in where if w.startswith(("service", "project"))]
        elif re.search(r"\bsilenc", q):
            table, where = "silence_scopes", [w for w in where if w.startswith(("service", "project"))]
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        if re.search(r"\b(how many|count|number of)\b", q):
            return f"SELECT count(*) FROM {table}{clause}"
        return f"SELECT * FROM {table}{clause}"


def _parser(asker: Asker) -> Predictor:
    """The question parser, through the same gate as the command (the benchmark gates once more)."""

    def predict(question: str, now: datetime) -> str | None:
        try:
            return asker.sql(question, now)[0]
        except Refused:
            return None
        except Exception as e:  # noqa: BLE001 - a crash is a wrong answer, counted and named, not the end of the run
            print(f"parser failed on {question!r}: {type(e).__name__}: {e}", file=sys.stderr)
            return "SELECT 'the parser failed'"

    return predict


def evaluate(con, predictor: Predictor, questions: list[dict]) -> dict:
    by: dict[str, list[bool]] = defaultdict(list)
    took, answered = [], []
    for q in questions:
        now = datetime.fromisoformat(q["now"].replace("Z", "+00:00"))
        t0 = time.perf_counter()
        predicted = predictor(q["question"], now)
        took.append((time.perf_counter() - t0) * 1000)
        ok = _correct(con, q, predicted, answered, took[-1])
        for key in ("all", q["category"], q["split"], f"{q['split']}:{q['category']}", f"set:{q['set']}",
                    f"set:{q['set']}:{q['split']}", f"set:{q['set']}:{q['split']}:{q['category']}"):
            by[key].append(ok)
    out = {k: {"n": len(v), "accuracy": round(sum(v) / len(v), 3)} for k, v in by.items()}
    out["latency_ms"] = _percentiles(took)
    out["answer_ms"] = _percentiles(answered)  # reading and SQL, then running it: what a person waits for
    return out


def _percentiles(values: list[float]) -> dict:
    values = sorted(values) or [0.0]
    return {"p50": round(statistics.median(values), 2), "p99": round(values[int(0.99 * (len(values) - 1))], 2)}


def _correct(con, q: dict, predicted: str | None, answered: list[float] | None = None, spent: float = 0.0) -> bool:
    if q["gold_sql"] is None:
        return predicted is None
    if predicted is None:
        return False
    try:
        t0 = time.perf_counter()
        got = run_select(con, safe(predicted, limit=100_000), timeout_s=5).rows
        if answered is not None:
            answered.append(spent + (time.perf_counter() - t0) * 1000)
    except (UnsafeQuery, QueryTimeout, Exception):  # noqa: BLE001 - any failure of a prediction is a wrong answer
        return False
    gold = run_select(con, q["gold_sql"], timeout_s=30).rows
    return result_key(got) == result_key(gold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/askdemo/demo.duckdb"))
    parser.add_argument("--scale", type=int, default=0, metavar="N",
                        help="also time the answers on a copy of the store grown to about N alert notifications")
    parser.add_argument("--paraphrases", action="store_true",
                        help="also answer the paraphrases of development questions (benchmarks/ask_paraphrases.py)")
    args = parser.parse_args(argv)
    if not args.db.exists():
        subprocess.run([sys.executable, "-m", "signalcraft", "demo", "--db", str(args.db)], check=True,
                       capture_output=True)
    con = open_read_only(args.db)
    t0 = time.perf_counter()
    asker = Asker(con, limit=100_000)
    load_ms = (time.perf_counter() - t0) * 1000
    predictors: dict[str, Predictor] = {"keyword": KeywordBaseline(con), "parser": _parser(asker)}
    result = {"benchmark": "ask", "questions": len(QUESTIONS), "store": str(args.db),
              "vocabulary_load_ms": round(load_ms, 1)}
    for name, predictor in predictors.items():
        result[name] = evaluate(con, predictor, QUESTIONS)
        r = result[name]
        print(f"{name:8} all {r['all']['accuracy']:.3f}  dev {r['dev']['accuracy']:.3f}  held-out "
              f"{r['held_out']['accuracy']:.3f}  p50/p99 {r['latency_ms']['p50']}/{r['latency_ms']['p99']} ms, "
              f"with the query {r['answer_ms']['p50']}/{r['answer_ms']['p99']} ms",
              file=sys.stderr)
        for split in ("dev", "held_out"):
            print(f"  {split:9}" + "  ".join(f"{c} {r[f'{split}:{c}']['accuracy']:.2f}/{r[f'{split}:{c}']['n']}"
                                            for c in CATEGORIES if f"{split}:{c}" in r), file=sys.stderr)
        for kind in SETS:
            parts = [f"{split} {r[k]['accuracy']:.3f}/{r[k]['n']}" for split in ("dev", "held_out")
                     if (k := f"set:{kind}:{split}") in r]
            print(f"  set {kind:7} " + "  ".join(parts), file=sys.stderr)
        for kind in SETS[2:]:  # the outside authors' sets, half of each category held out
            held = [f"{c} {r[k]['accuracy']:.2f}/{r[k]['n']}" for c in CATEGORIES
                    if (k := f"set:{kind}:held_out:{c}") in r]
            print(f"  {kind} held-out " + "  ".join(held), file=sys.stderr)
    if args.paraphrases:
        result["paraphrases"] = paraphrased(con, predictors["parser"])
        for batch, p in result["paraphrases"].items():
            print(f"paraphrases {batch}: {p['right']} of {p['asked']} right where their original is right "
                  f"({p['consistency']:.3f}); {p['originals_right']} of {p['originals']} originals right",
                  file=sys.stderr)
    if args.scale:
        result["scale"] = at_scale(args.db, args.scale)
        s = result["scale"]
        print(f"at {s['alert_events']:,} notifications: vocabulary {s['vocabulary_ms']} ms, answers p50/p99 "
              f"{s['answer_ms']['p50']}/{s['answer_ms']['p99']} ms", file=sys.stderr)
    print(json.dumps(result))
    return 0


def paraphrased(con, predictor: Predictor) -> dict:
    """Per batch of paraphrases: of those whose original question is answered right, how many are too (the
    paraphrase keeps the original's meaning, so its gold SQL answers it)."""
    from benchmarks.ask_paraphrases import FIFTH, FIRST, FOURTH, SECOND, THIRD

    dev = {q["id"]: q for q in QUESTIONS if q["split"] == "dev"}
    out = {}
    for batch, rows in (("first", FIRST), ("second", SECOND), ("third", THIRD), ("fourth", FOURTH),
                        ("fifth", FIFTH)):
        originals = {qid for qid, _ in rows}
        right = {qid for qid in originals if _correct(con, dev[qid], predictor(dev[qid]["question"], _now(dev[qid])))}
        asked = [(qid, text) for qid, text in rows if qid in right]
        ok = sum(_correct(con, dev[qid], predictor(text, _now(dev[qid]))) for qid, text in asked)
        out[batch] = {"originals": len(originals), "originals_right": len(right), "asked": len(asked), "right": ok,
                      "consistency": round(ok / len(asked), 3) if asked else 0.0}
    return out


def _now(q: dict) -> datetime:
    return datetime.fromisoformat(q["now"].replace("Z", "+00:00"))


def at_scale(db: Path, notifications: int) -> dict:
    """Answer time on a copy of the store whose alert notifications are repeated (new ids and
    fingerprints, an hour further back each copy) to about ``notifications``."""
    import duckdb

    big = db.with_name(f"{db.stem}-x{notifications}.duckdb")
    if not big.exists():
        shutil.copy(db, big)
        con = duckdb.connect(str(big))
        n = con.execute("SELECT count(*) FROM alert_events").fetchone()[0]
        cols = [d[0] for d in con.execute("SELECT * FROM alert_events LIMIT 0").description]
        moved = {"id": "id || '-' || k", "fingerprint": "fingerprint || '-' || k",
                 "starts_at": "starts_at - k * INTERVAL 1 HOUR", "ends_at": "ends_at - k * INTERVAL 1 HOUR"}
        con.execute(f"INSERT INTO alert_events SELECT {', '.join(moved.get(c, c) for c in cols)} "
                    f"FROM alert_events, range(1, {max(1, notifications // n)}) AS t(k)")
        con.close()
    con = open_read_only(big)
    try:
        rows = con.execute("SELECT count(*) FROM alert_events").fetchone()[0]
        t0 = time.perf_counter()
        asker = Asker(con, limit=1000)
        load_ms = (time.perf_counter() - t0) * 1000
        took = []
        for q in QUESTIONS:
            now = datetime.fromisoformat(q["now"].replace("Z", "+00:00"))
            t0 = time.perf_counter()
            with contextlib.suppress(Refused, QueryTimeout):
                asker.ask(q["question"], now)
            took.append((time.perf_counter() - t0) * 1000)
    finally:
        con.close()
    return {"alert_events": rows, "vocabulary_ms": round(load_ms), "answer_ms": _percentiles(took)}


if __name__ == "__main__":
    raise SystemExit(main())
