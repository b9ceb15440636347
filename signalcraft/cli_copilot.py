"""The copilot's commands: ``similar``, ``brief``, ``runbook`` (read the store and the incident memory)
and ``index`` (build the memory from a store)."""

from __future__ import annotations

import argparse
import json
import sys
import time


def _memory(args: argparse.Namespace):
    from signalcraft.copilot.memory import Memory

    return Memory.open(args.db, args.lance)


def cmd_similar(args: argparse.Namespace) -> int:
    from signalcraft.config import CopilotSettings
    from signalcraft.copilot.similar import find_similar

    if (args.group_id is None) == (args.text is None):
        raise ValueError("give exactly one of GROUP_ID and --text")
    memory = _memory(args)
    try:
        found = find_similar(memory, group_id=args.group_id, text=args.text, workspace=args.workspace, k=args.k,
                             settings=CopilotSettings(), resolved_only=not args.all)
    finally:
        memory.close()
    if args.json:
        print(json.dumps([m.as_json() for m in found], indent=2, ensure_ascii=False))
        return 0
    for m in found:
        print(f"{m.score:5.2f}  {m.opened_at:%Y-%m-%d %H:%M}  {m.project}/{m.service}  {m.alertname}  {m.group_id}")
        print(f"       why: {'; '.join(m.why) or '-'}")
        if m.root_cause:
            print(f"       root cause: {m.root_cause}")
        if m.fix:
            print(f"       fix: {m.fix}")
    if not found:
        print("no similar incident" + ("" if args.all else " with a resolution (--all includes open ones)"))
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    from signalcraft.config import CopilotSettings
    from signalcraft.copilot.brief import brief

    memory = _memory(args)
    try:
        b = brief(memory, args.group_id, CopilotSettings(), workspace=args.workspace)
    finally:
        memory.close()
    if args.json:
        print(json.dumps(b.as_json(), indent=2, ensure_ascii=False))
    else:
        print(b.markdown() if args.markdown else b.text(), end="")
    return 0


def cmd_runbook(args: argparse.Namespace) -> int:
    from signalcraft.config import CopilotSettings
    from signalcraft.copilot.runbook import draft

    if (args.group_id is None) == (args.alertname is None):
        raise ValueError("give exactly one of GROUP_ID and --alertname")
    if args.alertname is not None and not args.workspace:
        raise ValueError("--alertname needs --workspace (whose incidents to draft from)")
    memory = _memory(args)
    try:
        book = draft(memory, group_id=args.group_id, alertname=args.alertname, service=args.service,
                     workspace=args.workspace, settings=CopilotSettings())
    finally:
        memory.close()
    if book is None:
        print("no runbook: no resolved incident like this one in the memory yet")
        return 0
    print(json.dumps(book.as_json(), indent=2, ensure_ascii=False) if args.json else book.markdown(), end="\n"
          if args.json else "")
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    from pathlib import Path

    from signalcraft.config import CopilotSettings
    from signalcraft.copilot.memory import default_lance_dir
    from signalcraft.operators.embedding import Encoder
    from signalcraft.sinks.incident_memory import index_store

    settings = CopilotSettings()
    lance = Path(args.lance) if args.lance else default_lance_dir(args.db)
    started = time.monotonic()
    def progress(done: int, total: int) -> None:
        print(f"  {done:,} of {total:,} groups", file=sys.stderr, flush=True)

    report = index_store(args.db, lance, Encoder(settings.model_path), ann_min_rows=settings.ann_min_rows,
                         progress=progress)
    print(f"{report.written} incidents written, {report.unchanged} unchanged; {report.embedded} texts embedded, "
          f"{report.cache_hits} from the cache; {time.monotonic() - started:.1f}s -> {lance}")
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """The copilot's subcommands."""
    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", required=True, help="the DuckDB store (the flow's file or its read copy), read-only")
        p.add_argument("--lance", help="the incident memory folder (default: <db>.lance beside the store, or "
                                       "SIGNALCRAFT_STORE_LANCE_DIR)")

    similar = sub.add_parser("similar", help="similar past incidents and how they were fixed",
                             description="Past incidents like alert group GROUP_ID (or like --text) in the "
                                         "workspace, across its projects: hybrid retrieval (meaning, words, shared "
                                         "alert, change type, log pattern, kind of service).")
    similar.add_argument("group_id", nargs="?", metavar="GROUP_ID", help="an alert group (alert_groups.id)")
    similar.add_argument("--text", help="free text instead of a group, e.g. 'db connection pool exhausted'")
    similar.add_argument("--workspace", help="whose incidents to search (required with --text); with GROUP_ID, "
                                             "the group must be this workspace's (or shared with it)")
    similar.add_argument("--k", type=int, default=5, help="how many (default 5)")
    similar.add_argument("--all", action="store_true", help="include incidents without a resolution")
    similar.add_argument("--json", action="store_true", help="print a JSON array")
    common(similar)
    similar.set_defaults(func=cmd_similar)

    brief = sub.add_parser("brief", help="the incident brief of an alert group",
                           description="What is firing, the suspect change and what it shipped, the warnings "
                                       "before, the log patterns that surged, similar incidents with their fixes, "
                                       "and a runbook draft when the issue recurs.")
    brief.add_argument("group_id", metavar="GROUP_ID", help="an alert group (alert_groups.id)")
    brief.add_argument("--workspace", help="the group must be this workspace's (or shared with it)")
    out = brief.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print one JSON object")
    out.add_argument("--markdown", action="store_true", help="print Markdown")
    common(brief)
    brief.set_defaults(func=cmd_brief)

    runbook = sub.add_parser("runbook", help="a runbook draft from how similar incidents were resolved",
                             description="Markdown drafted from the resolutions of similar past incidents: symptoms, "
                                         "first checks, fixes ranked by how often they worked, and the evidence.")
    runbook.add_argument("group_id", nargs="?", metavar="GROUP_ID", help="an alert group (alert_groups.id)")
    runbook.add_argument("--alertname", help="instead of a group: every resolved incident of this alert")
    runbook.add_argument("--service", help="with --alertname: only this service")
    runbook.add_argument("--workspace", help="whose incidents (required with --alertname); with GROUP_ID, the "
                                             "group must be this workspace's (or shared with it)")
    runbook.add_argument("--json", action="store_true", help="print one JSON object")
    common(runbook)
    runbook.set_defaults(func=cmd_runbook)

    index = sub.add_parser("index", help="build or bring up to date the incident memory from a store",
                           description="Index every alert group of the DuckDB file whose memory row is missing or "
                                       "stale (what `signalcraft run` does as it goes); a second run adds nothing.")
    common(index)
    index.set_defaults(func=cmd_index)

    from signalcraft.cli_annotations import add_parser as add_annotations
    from signalcraft.cli_ask import add_parser as add_ask

    add_ask(sub)
    add_annotations(sub)
