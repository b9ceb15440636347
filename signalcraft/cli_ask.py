"""``signalcraft ask``: a question in plain words, answered by one validated read-only SELECT.

Exit codes: 0 with an answer (even an empty one), 2 when the question is refused (nothing
ran), 1 for anything else (no store, a query stopped by its time limit).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

REFUSED = 2


def cmd_ask(args: argparse.Namespace) -> int:
    from signalcraft.config import AskSettings, LLMSettings
    from signalcraft.copilot.ask import Asker, Refused
    from signalcraft.copilot.store import open_read_only

    settings = AskSettings(**({"time_zone": args.zone} if args.zone else {}))
    now = _now(args.now)
    con = open_read_only(args.db, memory_limit=settings.memory_limit)
    try:
        asker = Asker(con, workspace=args.workspace, zone=settings.time_zone, limit=args.limit or settings.row_limit,
                      timeout_s=settings.timeout_s, llm=_llm(con, LLMSettings()))
        try:
            answer = asker.ask(args.question, now)
        except Refused as refused:
            if args.json:
                print(json.dumps({"question": args.question, "error": str(refused), "kind": refused.kind,
                                  "words": list(refused.words)}, ensure_ascii=False))
            else:
                print(f"signalcraft ask: {refused}", file=sys.stderr)
            return REFUSED
    finally:
        con.close()
    if args.json:
        print(json.dumps(answer.as_json(), ensure_ascii=False, default=str))
        return 0
    print(answer.sql)
    print()
    print(table(answer.columns, answer.rows))
    print(f"({len(answer.rows)} row{'' if len(answer.rows) == 1 else 's'})")
    if answer.ignored:
        print(f"words not used: {', '.join(answer.ignored)}", file=sys.stderr)
    return 0


def _now(text: str | None) -> datetime:
    from signalcraft.copilot.times import moment

    try:
        return datetime.now(UTC) if text is None else moment(text, require_zone=True)
    except ValueError as e:
        raise ValueError(f"--now {e}") from None


def _llm(con, settings):
    if not settings.url:
        return None
    from signalcraft.copilot.ask_llm import LanguageModel, schema_text

    key = settings.api_key.get_secret_value() if settings.api_key else None
    return LanguageModel(settings.url, model=settings.model, api_key=key, timeout_s=settings.timeout_s,
                         schema=schema_text(con))


def table(columns: list[str], rows: list[tuple], width: int = 48) -> str:
    """Rows as a plain text table, long cells cut with an ellipsis."""
    def cell(value) -> str:
        if value is None:
            return ""
        text = value.strftime("%Y-%m-%d %H:%M:%S") if isinstance(value, datetime) else str(value)
        text = " ".join(text.split())
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)


def add_parser(sub: argparse._SubParsersAction) -> None:
    ask = sub.add_parser(
        "ask", help="a question in plain words, answered with read-only SQL over the store",
        description="Reads the question against the values in the store (services, projects, environments, alert "
                    "names, labels, people, sources, times), writes one SELECT, checks it (one read-only SELECT "
                    "over the documented tables and views, scoped to --workspace) and prints it with its result. "
                    "A question that asks to change data, is not about this data, or names something the store "
                    "does not have exits 2 with the reason and runs nothing.")
    ask.add_argument("question", metavar="QUESTION", help='e.g. "critical alerts for payments-api in the last 24h"')
    ask.add_argument("--db", required=True, help="the DuckDB store (the flow's file or its read copy), read-only")
    ask.add_argument("--now", help="the time 'now' means, ISO 8601 with a zone (default: the clock)")
    ask.add_argument("--workspace", help="answer from this workspace's rows only (default: every workspace)")
    ask.add_argument("--zone", help="time zone for 'yesterday', '2 pm' and day buckets (default: "
                                    "SIGNALCRAFT_ASK_TIME_ZONE or UTC)")
    ask.add_argument("--limit", type=int, help="at most this many rows (default: SIGNALCRAFT_ASK_ROW_LIMIT, 1000)")
    ask.add_argument("--json", action="store_true", help="print one JSON object: question, sql, columns, rows "
                                                         "(or question, error)")
    ask.set_defaults(func=cmd_ask)
