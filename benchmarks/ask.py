"""Ask: execution accuracy of questions turned into SQL, per category and split, with latency.

Execution accuracy as Spider and BIRD define it: a question counts when the result of the
predicted query equals the gold query's (as multisets of rows: order is compared only
where the gold query orders its rows and the question asks for an order — here never,
since row order of equal keys is not fixed); a refusal counts when the predictor refuses.
Every predicted statement goes through the same gate the command uses
(:func:`signalcraft.copilot.sql_guard.safe`, then the locked-down connection); one the gate
refuses counts as wrong.

Predictors compared in the same run: ``keyword`` (a keyword-template baseline: a handful of
templates picked by words, entity names matched verbatim) and ``parser``, the question parser
of ``signalcraft ask`` (:class:`signalcraft.copilot.ask.Asker`, its vocabulary read once, as a
server would keep it; the load time is reported apart). The store is the demo's
(``signalcraft demo --db``), built when missing.

    python benchmarks/ask.py [--db /tmp/askdemo/demo.duckdb]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.ask_questions import CATEGORIES, QUESTIONS
from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.sql_guard import UnsafeQuery, safe
from signalcraft.copilot.store import QueryTimeout, open_read_only, run_select

Predictor = Callable[[str, datetime], str | None]
"""(question, now) -> SQL, or ``None`` to refuse."""


def _norm(value: object) -> object:
    if isinstance(value, float | Decimal):
        return round(float(value), 6)
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

    return predict


def evaluate(con, predictor: Predictor, questions: list[dict]) -> dict:
    by: dict[str, list[bool]] = defaultdict(list)
    took = []
    for q in questions:
        now = datetime.fromisoformat(q["now"].replace("Z", "+00:00"))
        t0 = time.perf_counter()
        predicted = predictor(q["question"], now)
        took.append((time.perf_counter() - t0) * 1000)
        ok = _correct(con, q, predicted)
        for key in ("all", q["category"], q["split"], f"{q['split']}:{q['category']}", f"set:{q['set']}"):
            by[key].append(ok)
    took.sort()
    out = {k: {"n": len(v), "accuracy": round(sum(v) / len(v), 3)} for k, v in by.items()}
    out["latency_ms"] = {"p50": round(statistics.median(took), 2), "p99": round(took[int(0.99 * (len(took) - 1))], 2)}
    return out


def _correct(con, q: dict, predicted: str | None) -> bool:
    if q["gold_sql"] is None:
        return predicted is None
    if predicted is None:
        return False
    try:
        got = run_select(con, safe(predicted, limit=100_000), timeout_s=5).rows
    except (UnsafeQuery, QueryTimeout, Exception):  # noqa: BLE001 - any failure of a prediction is a wrong answer
        return False
    gold = run_select(con, q["gold_sql"], timeout_s=30).rows
    return result_key(got) == result_key(gold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/askdemo/demo.duckdb"))
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
              f"{r['held_out']['accuracy']:.3f}  p50/p99 {r['latency_ms']['p50']}/{r['latency_ms']['p99']} ms",
              file=sys.stderr)
        for split in ("dev", "held_out"):
            print(f"  {split:9}" + "  ".join(f"{c} {r[f'{split}:{c}']['accuracy']:.2f}/{r[f'{split}:{c}']['n']}"
                                            for c in CATEGORIES if f"{split}:{c}" in r), file=sys.stderr)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
