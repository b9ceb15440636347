"""``signalcraft``: thin command line over the library.

Each command parses its arguments, builds settings, calls the library and turns
an exception into one clear line and a non-zero exit.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from pathlib import Path

from signalcraft.cli_copilot import add_parsers as add_copilot_parsers
from signalcraft.cli_gateway import add_parsers as add_gateway_parsers
from signalcraft.cli_serve import add_parsers as add_serve_parsers

log = logging.getLogger("signalcraft")


def _settings(args: argparse.Namespace):
    from signalcraft.config import BrokerSettings, IngestSettings, ServiceSettings, Settings, StoreSettings

    broker = BrokerSettings()
    if getattr(args, "bootstrap_servers", None):
        broker = broker.model_copy(update={"bootstrap_servers": args.bootstrap_servers})
    if getattr(args, "kafka_option", None):
        opts = dict(broker.options)
        for item in args.kafka_option:
            key, sep, value = item.partition("=")
            if not sep:
                raise ValueError(f"--kafka-option {item!r} is not KEY=VALUE")
            opts[key] = value
        broker = broker.model_copy(update={"options": opts})
    store = StoreSettings()
    if getattr(args, "db", None):
        store = store.model_copy(update={"db_path": Path(args.db)})
    ingest = IngestSettings()
    if getattr(args, "recovery_dir", None):
        ingest = ingest.model_copy(update={"recovery_dir": Path(args.recovery_dir)})
    service = ServiceSettings()
    if getattr(args, "metrics_port", None) is not None:
        service = service.model_copy(update={"metrics_port": args.metrics_port})
    return Settings(broker=broker, store=store, ingest=ingest, service=service)


def cmd_run(args: argparse.Namespace) -> int:
    from signalcraft.runtime import kafka_flow, run_flow, serve_health, service_running

    settings = _settings(args)
    workers, process_id, addresses = _cluster(args)
    running = service_running(settings)
    flow = kafka_flow(settings, stop_at_end=args.stop_at_end, running=running,
                      cluster=addresses is not None and len(addresses) > 1)
    server = serve_health(settings, process_id, addresses)
    if addresses is not None:
        log.info("process %d of %d (%s)", process_id, len(addresses), addresses[process_id])
    log.info("ingesting from %s into %s", settings.broker.bootstrap_servers, settings.store.db_path)
    try:
        run_flow(flow, settings, workers=workers, process_id=process_id, addresses=addresses,
                 stop=running.stop)
    finally:
        if server is not None:
            server.close()
    return 0


def _cluster(args: argparse.Namespace) -> tuple[int, int | None, list[str] | None]:
    """Workers per process, this process's id and every process's address: the flags, else the
    environment variables ``python -m bytewax.run`` and Bytewax's Helm chart use."""
    import os

    env = os.environ
    workers = args.workers if args.workers is not None else int(env.get("BYTEWAX_WORKERS_PER_PROCESS") or 1)
    process_id = args.process_id
    if process_id is None and env.get("BYTEWAX_PROCESS_ID"):
        process_id = int(env["BYTEWAX_PROCESS_ID"])
    if process_id is None and env.get("BYTEWAX_POD_NAME") and env.get("BYTEWAX_STATEFULSET_NAME"):
        pod, stateful_set = env["BYTEWAX_POD_NAME"], env["BYTEWAX_STATEFULSET_NAME"]
        ordinal = pod.removeprefix(f"{stateful_set}-")
        if not ordinal.isdigit():
            raise ValueError(f"BYTEWAX_POD_NAME {pod!r} is not BYTEWAX_STATEFULSET_NAME {stateful_set!r} "
                             "followed by -ORDINAL")
        process_id = int(ordinal)
    text = args.addresses or env.get("BYTEWAX_ADDRESSES")
    if not text and env.get("BYTEWAX_HOSTFILE_PATH"):
        text = ";".join(line.strip() for line in Path(env["BYTEWAX_HOSTFILE_PATH"]).read_text().splitlines()
                        if line.strip())
    addresses = [a.strip() for a in text.split(";") if a.strip()] if text else None
    if (process_id is None) != (addresses is None):
        raise ValueError("a cluster needs both this process's id (-i, BYTEWAX_PROCESS_ID or BYTEWAX_POD_NAME) and "
                         "every process's HOST:PORT (-a, BYTEWAX_ADDRESSES or BYTEWAX_HOSTFILE_PATH)")
    if addresses is not None and not 0 <= process_id < len(addresses):
        raise ValueError(f"process id {process_id} is not one of the {len(addresses)} addresses {';'.join(addresses)}")
    return workers, process_id, addresses


def cmd_demo(args: argparse.Namespace) -> int:
    from signalcraft.demo import run_demo

    run_demo(Path(args.db), seed=args.seed, out=sys.stdout)
    return 0


def cmd_parse(args: argparse.Namespace) -> int:
    from signalcraft.config import IdentitySettings
    from signalcraft.sources.decode import DecodeError, parse_any

    data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    headers = {}
    for item in args.header or ():
        name, sep, value = item.partition("=")
        if not sep:
            raise ValueError(f"--header {item!r} is not NAME=VALUE")
        headers[name.strip().lower()] = value
    try:
        fmt, records = parse_any(data, args.format, headers, IdentitySettings().rules())
    except DecodeError as e:
        print(f"signalcraft parse: {args.file}: {e.reason}", file=sys.stderr)
        return 1
    for record in records:
        print(f'{{"format":"{fmt}","record":"{type(record).__name__}","data":{record.model_dump_json()}}}')
    return 0


def cmd_collect_silences(args: argparse.Namespace) -> int:
    import os
    import threading

    from signalcraft.sources.alertmanager_api import AlertmanagerAPI
    from signalcraft.sources.kafka_client import BrokerWatch
    from signalcraft.sources.kafka_outbox import KafkaOutbox, topic_history
    from signalcraft.sources.silences import SilenceCollector, run_collector, stop_on_signals

    url = args.alertmanager_url or os.environ.get("SIGNALCRAFT_ALERTMANAGER_URL")
    if not url:
        raise ValueError("no Alertmanager: give --alertmanager-url or SIGNALCRAFT_ALERTMANAGER_URL")
    api = AlertmanagerAPI(url, token=os.environ.get("SIGNALCRAFT_ALERTMANAGER_TOKEN") or None,
                          timeout_s=min(10.0, args.interval))
    settings = _settings(args)
    watch = BrokerWatch()
    config = {"fetch.wait.max.ms": str(settings.broker.fetch_wait_max_ms), **settings.broker.client_config(),
              **watch.client_config()}
    topic = settings.topics.audit
    stop = threading.Event()
    collector = SilenceCollector(
        api,
        KafkaOutbox(settings.broker.client_config(), watch),
        topic,
        lambda: topic_history(config, topic, timeout_s=min(30.0, max(5.0, args.interval)), should_stop=stop.is_set),
        workspace=args.workspace,
        state_file=Path(args.state_file) if args.state_file else None,
    )
    stop_on_signals(stop)
    log.info("collecting silences from %s into %s %s", api.url, topic,
             "once" if args.once else f"every {args.interval:g} s")
    run_collector(collector, interval_s=args.interval, once=args.once, stop=stop)
    return 0


def cmd_suggest_silences(args: argparse.Namespace) -> int:
    import json
    from datetime import datetime

    from signalcraft.config import Settings
    from signalcraft.copilot.silences import suggest_from_store
    from signalcraft.operators.silence_suggest import alertmanager_fragment, render_yaml

    settings = Settings()
    now = None
    if args.now:
        now = datetime.fromisoformat(args.now)
        if now.tzinfo is None:
            raise ValueError(f"--now {args.now!r} has no time zone; give one, e.g. {args.now}Z")
    found = suggest_from_store(args.db, args.workspace, now, settings.silences.params(),
                               settings.anomaly.raise_sigma)
    if args.alertmanager:
        print(render_yaml(alertmanager_fragment(found)), end="")
    elif args.json:
        print(json.dumps([_suggestion_json(s) for s in found], indent=2))
    else:
        for s in found:
            print(f"{s.kind:19} {s.confidence:.2f}  {s.text}")
        if not found:
            print("no suggestions: no silence habit in the history holds (see docs/silences.md for the thresholds)")
    return 0


def _suggestion_json(s) -> dict:
    """A suggestion as ``suggest-silences --json`` prints it (only what its kind uses)."""
    doc = s.model_dump(mode="json")
    out = {k: doc[k] for k in ("id", "workspace_id", "kind", "status", "text", "matchers")}
    if s.kind == "mute_time_interval":
        out["time_intervals"] = doc["time_intervals"]
    elif s.kind == "inhibit_rule":
        out |= {k: doc[k] for k in ("source_matchers", "target_matchers", "equal")}
    else:
        out["settings"] = doc["settings"]
    out |= {k: doc[k] for k in ("evidence", "backtest", "support", "confidence", "first_seen", "last_seen", "yaml")}
    return out


def _duration(text: str) -> float:
    """``30s``, ``2m``, ``1h``, ``500ms`` or plain seconds, as seconds.

    >>> _duration("30s"), _duration("2m"), _duration("500ms"), _duration("1.5")
    (30.0, 120.0, 0.5, 1.5)
    """
    m = re.fullmatch(r"\s*(\d+(?:\.\d*)?)\s*(ms|s|m|h)?\s*", text)
    if m is None or float(m[1]) <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration such as 30s, 2m or 1h")
    return float(m[1]) * {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}[m[2] or "s"]


def _kafka_args(parser: argparse.ArgumentParser) -> None:
    """The Kafka flags every command that talks to Kafka takes."""
    parser.add_argument("--bootstrap-servers", help="Kafka bootstrap servers, HOST:PORT[,HOST:PORT]")
    parser.add_argument("--kafka-option", action="append", metavar="KEY=VALUE",
                        help="any librdkafka option (SASL, TLS, ...); repeatable")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="signalcraft", description="SignalCraft Intelligence: the proactive incident layer."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log at DEBUG level")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser(
        "run",
        help="run the flows against a Kafka cluster",
        description=(
            "Run the SignalCraft flows against a Kafka cluster; "
            "settings also come from SIGNALCRAFT_* environment variables."
        ),
    )
    _kafka_args(run)
    run.add_argument("--db", help="DuckDB file to write (default signalcraft.duckdb)")
    run.add_argument("--stop-at-end", action="store_true", help="consume what is in the topics now, then exit")
    run.add_argument("--recovery-dir", help="Bytewax recovery directory (resume after a crash)")
    run.add_argument("--metrics-port", type=int,
                     help="serve /metrics, /healthz and /readyz on this port (+ i for the i-th process of a "
                          "cluster on the same host); default off")
    run.add_argument("-w", "--workers", type=int,
                     help="workers in this process (default 1 or $BYTEWAX_WORKERS_PER_PROCESS; prefer processes)")
    run.add_argument("-i", "--process-id", type=int,
                     help="this process's index in a cluster (default $BYTEWAX_PROCESS_ID, or the ordinal of "
                          "$BYTEWAX_POD_NAME in $BYTEWAX_STATEFULSET_NAME)")
    run.add_argument("-a", "--addresses",
                     help="all processes' HOST:PORT, ';'-separated, in process id order (default $BYTEWAX_ADDRESSES, "
                          "or one a line in $BYTEWAX_HOSTFILE_PATH)")
    run.set_defaults(func=cmd_run)

    demo = sub.add_parser(
        "demo",
        help="run the bundled incident scenario end to end",
        description=(
            "Start the bundled Kafka-compatible broker, play a realistic incident scenario through it, "
            "run the flows and print what they found."
        ),
    )
    demo.add_argument("--db", default="signalcraft-demo.duckdb",
                      help="DuckDB file to leave behind (default signalcraft-demo.duckdb)")
    demo.add_argument("--seed", type=int, default=7, help="scenario seed (default 7)")
    demo.set_defaults(func=cmd_demo)

    parse = sub.add_parser(
        "parse",
        help="show the records a payload file becomes",
        description=(
            "Parse a payload file (or - for stdin) the way the ingest flow would and print one JSON line per record."
        ),
    )
    parse.add_argument("file", help="payload file, or - for standard input")
    parse.add_argument("--format", default="auto", help="payload format name, or auto (default)")
    parse.add_argument("--header", action="append", metavar="NAME=VALUE",
                       help="a Kafka header the payload would carry, e.g. x-github-event=deployment; repeatable")
    parse.set_defaults(func=cmd_parse)

    collect = sub.add_parser(
        "collect-silences",
        help="poll an Alertmanager's silences into the audit topic",
        description=(
            "Poll an Alertmanager (GET /api/v2/silences and the muted alerts) and produce each new or changed "
            "silence, once, to the audit topic; resumes from what the topic already holds. Basic auth goes in "
            "the URL, a bearer token in SIGNALCRAFT_ALERTMANAGER_TOKEN; settings also come from SIGNALCRAFT_*."
        ),
    )
    collect.add_argument("--alertmanager-url",
                         help="http(s)://[USER:PASSWORD@]HOST:PORT of the Alertmanager "
                              "(default $SIGNALCRAFT_ALERTMANAGER_URL)")
    _kafka_args(collect)
    collect.add_argument("--interval", type=_duration, default=30.0, metavar="DURATION",
                         help="time between polls: 30s (default), 2m, 1h")
    collect.add_argument("--once", action="store_true", help="poll once and exit (non-zero if that failed)")
    collect.add_argument("--workspace", help="sc-workspace header on everything produced (else from matchers)")
    collect.add_argument("--state-file",
                         help="also keep what was produced in this file (beside the audit topic read back at start)")
    collect.set_defaults(func=cmd_collect_silences)

    suggest = sub.add_parser(
        "suggest-silences",
        help="suggest mute times, inhibit rules and routes from the silence history in a DuckDB file",
        description=(
            "Mine the silences, acks, alerts and early warnings in a DuckDB file (the flow's file or its read copy) "
            "and print the suggestions: one line each, --json for the records, --alertmanager for one Alertmanager "
            "config fragment to merge under your root route. Settings come from SIGNALCRAFT_SILENCES_*."
        ),
    )
    suggest.add_argument("--db", required=True, help="DuckDB file to read (opened read-only)")
    suggest.add_argument("--workspace", help="only this workspace (default: every workspace in the file)")
    suggest.add_argument("--now", help="mine as of this time, ISO 8601 with a zone (default: the latest event)")
    out = suggest.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print a JSON array of the suggestions")
    out.add_argument("--alertmanager", action="store_true",
                     help="print one YAML fragment: time_intervals, routes (for under the root route), inhibit_rules")
    suggest.set_defaults(func=cmd_suggest_silences)
    add_copilot_parsers(sub)
    add_serve_parsers(sub)
    add_gateway_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # the CLI's one clear line (the traceback goes to the debug log)
        log.debug("command failed", exc_info=True)
        print(f"signalcraft {args.command}: {_root_message(e)}", file=sys.stderr)
        return 1


def _root_message(e: BaseException) -> str:
    """The innermost cause: Bytewax wraps errors raised while building a flow in its own."""
    while e.__cause__ is not None:
        e = e.__cause__
    return str(e) or type(e).__name__
