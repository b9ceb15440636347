"""The incident page's commands: ``chart`` (one incident's chart as a file) and ``serve`` (the web app)."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

log = logging.getLogger("signalcraft")


def cmd_chart(args: argparse.Namespace) -> int:
    from html import escape

    from signalcraft.config import ServeSettings
    from signalcraft.copilot.store import open_read_only
    from signalcraft.web.chart import svg
    from signalcraft.web.incidents import chart_data, incident_facts

    out = Path(args.out)
    if out.suffix.lower() not in (".svg", ".html", ".png"):
        raise ValueError(f"--out {args.out!r}: expected a file ending in .svg, .html or .png")
    settings = ServeSettings()
    con = open_read_only(args.db)
    try:
        facts = incident_facts(con, args.group_id, args.workspace)
        if facts is None:
            raise LookupError(f"no alert group {args.group_id!r} in the store"
                              + (f" for workspace {args.workspace!r}" if args.workspace else ""))
        data = chart_data(con, facts, args.before or settings.chart_before_min, args.after or settings.chart_after_min)
    finally:
        con.close()
    picture = svg(data)
    if out.suffix.lower() == ".png":
        from signalcraft.web.chart import HEIGHT, WIDTH
        from signalcraft.web.png import to_png

        to_png(picture, out, WIDTH, HEIGHT)
    elif out.suffix.lower() == ".html":
        picture = (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(data.title)}</title>'
                   f"</head><body>\n<h1>{escape(data.title)}</h1>\n<p><b>{escape(data.headline)}</b></p>\n"
                   f"{picture}</body></html>\n")
    if out.suffix.lower() != ".png":
        out.write_text(picture, encoding="utf-8")
    print(f"{data.headline}\n{len(data.changes)} changes, {len(data.shades)} warning spans, {len(data.surges)} log "
          f"surges, {sum(b.alerts for b in data.bars)} alerts -> {out}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn
    except ImportError as e:
        raise RuntimeError(f"serve needs the serve extra: pip install 'signalcraft-intel[serve]' ({e})") from e
    from signalcraft.config import AskSettings, ServeSettings
    from signalcraft.web.app import create_app
    from signalcraft.web.store import ReadStore

    overrides = {k: v for k, v in (("host", args.host), ("port", args.port)) if v is not None}
    settings = ServeSettings(**overrides)
    store = ReadStore(args.db, args.lance, memory_limit=AskSettings().memory_limit)
    app = create_app(store, settings)
    who = "bearer tokens required" if settings.requires_token else "no token asked for: every workspace is visible"
    log.info("serving %s on http://%s:%s (%s)", args.db, settings.host, settings.port, who)
    try:
        uvicorn.run(app, host=settings.host, port=settings.port, log_level="info", server_header=False,
                    proxy_headers=False, log_config=None)
    finally:
        store.close()
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """The ``chart`` and ``serve`` subcommands."""
    chart = sub.add_parser(
        "chart", help="one incident's alert chart, with its changes and the suspect, as SVG, HTML or PNG",
        description="Alerts per minute per service around alert group GROUP_ID (from the timeline view), the "
                    "changes of its project and environment as labelled markers, the suspect in red and named above "
                    "the chart, early warnings shaded and log-pattern surges marked: the picture of the incident page, "
                    "for a report or a ticket.")
    chart.add_argument("group_id", metavar="GROUP_ID", help="an alert group (alert_groups.id)")
    chart.add_argument("--db", required=True, help="the DuckDB store (the flow's file or its read copy), read-only")
    chart.add_argument("--out", required=True,
                       help="FILE.svg, FILE.html (the SVG in a page with its headline) or FILE.png (drawn by "
                            "rsvg-convert or chromium)")
    chart.add_argument("--workspace", help="the group must be this workspace's")
    chart.add_argument("--before", type=int, help="minutes before the incident opened (default 60, "
                                                  "SIGNALCRAFT_SERVE_CHART_BEFORE_MIN)")
    chart.add_argument("--after", type=int, help="minutes after (default 30, SIGNALCRAFT_SERVE_CHART_AFTER_MIN)")
    chart.set_defaults(func=cmd_chart)

    serve = sub.add_parser(
        "serve", help="the incident list and incident pages, with a JSON API, read-only",
        description="A read-only web app over the store: the incident list, the incident page (chart, suspect, "
                    "brief, similar incidents, runbook draft, ask box) and the JSON API under /api. Binds 127.0.0.1 "
                    "unless told otherwise; SIGNALCRAFT_SERVE_TOKENS ({\"token\": \"workspace\"}) requires a bearer "
                    "token and confines each to its workspace.")
    serve.add_argument("--db", required=True, help="the DuckDB store (its read copy while `signalcraft run` writes)")
    serve.add_argument("--lance", help="the incident memory folder (default: <db>.lance beside the store, or "
                                       "SIGNALCRAFT_STORE_LANCE_DIR); optional")
    serve.add_argument("--host", help="address to bind (default 127.0.0.1, SIGNALCRAFT_SERVE_HOST)")
    serve.add_argument("--port", type=int, help="port (default 8080, SIGNALCRAFT_SERVE_PORT)")
    serve.set_defaults(func=cmd_serve)
