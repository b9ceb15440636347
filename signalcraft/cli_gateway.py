"""``signalcraft gateway``: the HTTP front door tools post their webhooks (and Prometheus its remote
write) to; every body is produced to its Kafka topic and answered once Kafka has it."""

from __future__ import annotations

import argparse
import logging

log = logging.getLogger("signalcraft")


def cmd_gateway(args: argparse.Namespace) -> int:
    try:
        import uvicorn
    except ImportError as e:
        raise RuntimeError(f"gateway needs the gateway extra: pip install 'signalcraft-intel[gateway]' ({e})") from e
    from signalcraft.cli import _settings
    from signalcraft.config import IdentitySettings, TopicSettings
    from signalcraft.config.gateway import GatewaySettings
    from signalcraft.gateway.app import create_app
    from signalcraft.gateway.producer import AckingProducer
    from signalcraft.gateway.routes import HOOKS

    overrides = {k: v for k, v in (("host", args.host), ("port", args.port), ("ssl_keyfile", args.ssl_keyfile),
                                   ("ssl_certfile", args.ssl_certfile)) if v is not None}
    settings = GatewaySettings(**overrides)
    if (settings.ssl_keyfile is None) != (settings.ssl_certfile is None):
        raise ValueError("TLS needs both --ssl-keyfile and --ssl-certfile (or neither, behind a TLS proxy)")
    broker = _settings(args).broker
    producer = AckingProducer(broker.client_config(), ack_timeout_s=settings.ack_timeout_s,
                              probe_every_s=settings.probe_every_s)
    app = create_app(settings, producer, TopicSettings(), IdentitySettings().rules())
    _log_start(app.state.gateway, settings, broker.bootstrap_servers, [h.signature for h in HOOKS])
    scheme = "https" if settings.ssl_certfile else "http"
    log.info("gateway on %s://%s:%s -> Kafka at %s", scheme, settings.host, settings.port, broker.bootstrap_servers)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning", access_log=False,
                server_header=False, proxy_headers=False, log_config=None,
                ssl_keyfile=str(settings.ssl_keyfile) if settings.ssl_keyfile else None,
                ssl_certfile=str(settings.ssl_certfile) if settings.ssl_certfile else None)
    return 0


def _log_start(gateway, settings, bootstrap: str, schemes: list[str | None]) -> None:
    """One line per signing scheme: whose requests it checks (never a secret)."""
    tokens = len(settings.token_map())
    anonymous = f"; without one, workspace {settings.anonymous_workspace!r}" if settings.anonymous_workspace else ""
    log.info("%d token(s) map to workspaces%s", tokens, anonymous)
    for scheme in dict.fromkeys(s for s in schemes if s):
        checked = gateway.signatures.required(scheme)
        log.info("%s signatures: %s", scheme, ("checked for " + ", ".join(checked)) if checked
                 else f"not checked (no SIGNALCRAFT_GATEWAY_{scheme.upper()}_SECRETS)")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """The ``gateway`` subcommand."""
    gateway = sub.add_parser(
        "gateway", help="take tools' webhooks and Prometheus remote write over HTTP and produce them to Kafka",
        description="An HTTP server that takes every supported tool's webhook on its own path (/hooks/alertmanager, "
                    "/hooks/grafana, /hooks/github, ...) and Prometheus remote write on /api/v1/write, and produces "
                    "each to its topic with sc-format, the workspace of the sender's token and the arrival time; "
                    "it answers 2xx only once Kafka acknowledged, 503 with Retry-After while Kafka is unreachable. "
                    "Tokens: SIGNALCRAFT_GATEWAY_TOKENS ({\"token\": \"workspace\"}); every setting: "
                    "SIGNALCRAFT_GATEWAY_*, SIGNALCRAFT_KAFKA_*, SIGNALCRAFT_TOPIC_* (docs/gateway.md).")
    gateway.add_argument("--bootstrap-servers", help="Kafka bootstrap servers, HOST:PORT[,HOST:PORT]")
    gateway.add_argument("--kafka-option", action="append", metavar="KEY=VALUE",
                         help="any librdkafka option of the producer (SASL, TLS, linger.ms, ...); repeatable")
    gateway.add_argument("--host", help="address to bind (default 127.0.0.1, SIGNALCRAFT_GATEWAY_HOST)")
    gateway.add_argument("--port", type=int, help="port (default 8090, SIGNALCRAFT_GATEWAY_PORT)")
    gateway.add_argument("--ssl-keyfile", help="serve HTTPS with this private key (PEM); with --ssl-certfile")
    gateway.add_argument("--ssl-certfile", help="serve HTTPS with this certificate chain (PEM)")
    gateway.set_defaults(func=cmd_gateway)
