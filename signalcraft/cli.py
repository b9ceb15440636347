"""``signalcraft``: thin command line over the library.

Each command parses its arguments, builds settings, calls the library and turns
an exception into one clear line and a non-zero exit.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

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
    running = service_running(settings)
    flow = kafka_flow(settings, stop_at_end=args.stop_at_end, running=running)
    addresses = args.addresses.split(";") if args.addresses else None
    server = serve_health(settings, args.process_id)
    log.info("ingesting from %s into %s", settings.broker.bootstrap_servers, settings.store.db_path)
    try:
        run_flow(flow, settings, workers=args.workers, process_id=args.process_id, addresses=addresses,
                 stop=running.stop)
    finally:
        if server is not None:
            server.close()
    return 0


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
    run.add_argument("--bootstrap-servers", help="Kafka bootstrap servers, HOST:PORT[,HOST:PORT]")
    run.add_argument("--db", help="DuckDB file to write (default signalcraft.duckdb)")
    run.add_argument("--kafka-option", action="append", metavar="KEY=VALUE",
                     help="any librdkafka option (SASL, TLS, ...); repeatable")
    run.add_argument("--stop-at-end", action="store_true", help="consume what is in the topics now, then exit")
    run.add_argument("--recovery-dir", help="Bytewax recovery directory (resume after a crash)")
    run.add_argument("--metrics-port", type=int,
                     help="serve /metrics, /healthz and /readyz on this port (process i: port + i); default off")
    run.add_argument("-w", "--workers", type=int, default=1, help="workers in this process (prefer processes: -i/-a)")
    run.add_argument("-i", "--process-id", type=int, help="this process's index in a cluster")
    run.add_argument("-a", "--addresses", help="all processes' HOST:PORT, ';'-separated")
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
