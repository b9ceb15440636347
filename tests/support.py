"""Helpers shared by the test modules: record factories and payload parsing.

Records: the factories build records of workspace ``acme``, project ``shop`` and
environment ``prod`` (where the record type has those fields), with times given in
minutes after :data:`T0`; keyword arguments set or override the other fields.

Parsing: :func:`parse` runs a payload through ``parse_payload`` with default identity
settings; :func:`example_format` reads the format out of an example's file name.

Asking: :func:`asking` writes rows into a store and yields an ``Asker`` over it (for module fixtures).

Stores: :func:`store_contents` reads every table of a DuckDB file, to compare two files.

Benchmarks: :func:`load_benchmark` imports a module of ``benchmarks/`` (not a package)
by name, once; :func:`log_line_tables` makes the store's Arrow tables of its log lines.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from signalcraft.models import AlertEvent, AuditEntry, ChangeEvent, DeadLetter, make_id
from signalcraft.params import Identity
from signalcraft.sources.adapters import REGISTRY
from signalcraft.sources.decode import FORMAT_HEADER, parse_payload

# --- asking -----------------------------------------------------------------


def asking(path: Path, rows: Iterable[Any] = (), base: Iterable[Callable[[Path], None]] = ()) -> Iterator[Any]:
    """An ``Asker`` over the store at ``path``: each of ``base`` writes it first (a module's shared store), then the
    writer adds ``rows``; the read-only connection is closed after. Module fixtures ``yield from`` it."""
    from signalcraft.copilot.ask import Asker
    from signalcraft.copilot.store import open_read_only
    from signalcraft.sinks.duckdb_writer import DuckDBWriter

    for write in base:
        write(path)
    if rows := list(rows):
        with DuckDBWriter(path) as writer:
            writer.add(rows)
            writer.flush()
    con = open_read_only(path)
    try:
        yield Asker(con)
    finally:
        con.close()


def store_contents(path: Path) -> dict[str, list]:
    """Every stored table's rows in the DuckDB file at ``path`` (opened read-only), each table's in one
    order whatever order they were written in: two files hold the same rows when these are equal."""
    import duckdb

    from signalcraft.sinks.schema import TABLES

    with duckdb.connect(str(path), read_only=True) as con:
        return {t.name: sorted(con.execute(f"SELECT * FROM {t.name}").fetchall(), key=repr) for t in TABLES}


# --- benchmarks -------------------------------------------------------------

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def load_benchmark(name: str):
    """The module ``benchmarks/<name>.py``, imported under ``name`` (once per session)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


def log_line_tables(n: int) -> dict:
    """The store's Arrow tables (by name) of ``n`` OTLP log lines of ``benchmarks/ingest.py`` (seeded: the
    same lines each call; ``n`` more than ``m`` holds the first ``m`` lines too)."""
    import random

    from signalcraft.models import RawMessage
    from signalcraft.operators.ingest import BatchDecoder
    from signalcraft.sinks.duckdb_sink import arrow_batches

    payloads = load_benchmark("ingest").otlp_log_messages(n, random.Random(5))
    messages = [RawMessage("logs", 0, i, value, None, headers) for i, (value, headers) in enumerate(payloads)]
    return arrow_batches(BatchDecoder({"logs": "logs"}, Identity(), log_lines=True)(messages).stored())


# --- records ----------------------------------------------------------------

T0 = datetime(2024, 3, 5, 10, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def alert(name: str, service: str, status: str, start: float, end: float | None = None, **kw: Any) -> AlertEvent:
    """One notification state of alert ``name`` on ``service``; one fingerprint per name and service."""
    fingerprint = kw.pop("fingerprint", make_id("fp", name, service)[3:19])
    labels = {"alertname": name, "service": service, "namespace": "shop", **kw.pop("labels", {})}
    return AlertEvent(
        id=make_id("alert", fingerprint, status, at(start)),
        workspace_id="acme",
        project="shop",
        environment="prod",
        service=service,
        name=name,
        severity=kw.pop("severity", "critical"),
        status=status,
        labels=labels,
        annotations={"summary": f"{name} on {service}", "runbook_url": f"https://runbooks/{name}"},
        fingerprint=fingerprint,
        starts_at=at(start),
        ends_at=None if end is None else at(end),
        source="alertmanager",
        **kw,
    )


def change(key: str, type_: str, source: str, minutes: float, **kw: Any) -> ChangeEvent:
    """A change to service ``checkout`` (unless ``service`` says otherwise), id from ``key``."""
    return ChangeEvent(
        id=make_id("change", key),
        workspace_id="acme",
        type=type_,
        source=source,
        project="shop",
        environment="prod",
        service=kw.pop("service", "checkout"),
        timestamp=at(minutes),
        **kw,
    )


def audit(key: str, action: str, minutes: float, source: str = "signalcraft", **kw: Any) -> AuditEntry:
    """An audit entry, id from ``key``."""
    return AuditEntry(
        id=make_id("audit", key), workspace_id="acme", action=action, timestamp=at(minutes), source=source, **kw
    )


def dead_letter(
    offset: int, payload: bytes = b"\xff not json", reason: str = "payload is not JSON", **kw: Any
) -> DeadLetter:
    """A message of ``signalcraft.alerts`` partition 0 refused by decode, received ``offset`` minutes after T0."""
    return DeadLetter(
        id=make_id("dlq", "signalcraft.alerts", 0, offset),
        source_topic="signalcraft.alerts",
        partition=0,
        offset=offset,
        payload=payload,
        headers=kw.pop("headers", {}),
        step="decode",
        reason=reason,
        received_at=at(offset),
        **kw,
    )


# --- payloads ---------------------------------------------------------------

IDENTITY = Identity()


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def load_json(path: Path) -> Any:
    return json.loads(path.read_bytes())


def parse(data: bytes | dict | list, kind: str, headers: dict[str, str] | None = None) -> tuple[str, list[Any]]:
    """``parse_payload`` of ``data`` (JSON-encoded first unless bytes) on the ``kind`` stream."""
    if not isinstance(data, bytes):
        data = json.dumps(data).encode()
    return parse_payload(data, kind, headers or {}, IDENTITY)


def example_format(path: Path) -> str:
    """``<format>-<what>.json``: the longest registered format name the file name starts with."""
    names = [n for n in REGISTRY if path.stem.startswith(n + "-")]
    assert names, f"{path.name} does not start with a registered format name"
    return max(names, key=len)


def examples_cover(kind: str, formats: set[str], paths: Iterable[Path]) -> None:
    """The ``formats`` are registered for ``kind`` and the example files show each of them, no other."""
    assert {REGISTRY[name].kind for name in formats} == {kind}
    assert {example_format(p) for p in paths} == formats


def parse_both_ways(path: Path, kind: str) -> tuple[list[Any], list[Any]]:
    """An example parsed by detection and with its format named: both find the format of its file name."""
    fmt = example_format(path)
    found, records = parse(path.read_bytes(), kind)
    named, again = parse(path.read_bytes(), kind, {FORMAT_HEADER: fmt})
    assert found == named == fmt
    return records, again


# --- GitHub deployment webhooks -----------------------------------------------


def github_deployment_webhooks(
    deployment_id: int,
    sha: str,
    requested: float,
    statuses: Iterable[tuple[str, float]] = (),
    *,
    repo: str = "acme/payments-api",
    environment: str = "prod",
    rollback: bool = False,
) -> list[tuple[dict[str, str], bytes]]:
    """GitHub's webhooks for one deployment, as (headers, body): the ``deployment``
    (created ``requested`` minutes after :data:`T0`), then one ``deployment_status`` per
    ``(state, minutes)``. The payload's ``project`` hint is ``shop``, its service the
    repository name, its workspace ``acme``; ``rollback`` marks it as one (``payload.rollback``)."""

    def stamp(minutes: float) -> str:
        return at(minutes).strftime("%Y-%m-%dT%H:%M:%SZ")

    bot = {"login": "github-actions[bot]", "id": 41898282, "type": "Bot"}
    api = f"https://api.github.com/repos/{repo}/deployments/{deployment_id}"
    deployment = {
        "url": api, "id": deployment_id, "sha": sha, "ref": "main", "task": "deploy",
        "payload": {"project": "shop", **({"rollback": True} if rollback else {})},
        "original_environment": environment, "environment": environment,
        "description": "Roll back after errors" if rollback else None, "creator": bot,
        "created_at": stamp(requested), "updated_at": stamp(requested), "statuses_url": f"{api}/statuses",
    }
    repository = {"id": 733125466, "name": repo.split("/")[1], "full_name": repo, "private": True,
                  "html_url": f"https://github.com/{repo}"}
    out = [({"x-github-event": "deployment", "sc-workspace": "acme"},
            json.dumps({"action": "created", "deployment": deployment, "repository": repository,
                        "sender": bot}).encode())]
    for i, (state, minutes) in enumerate(statuses, 1):
        status = {
            "url": f"{api}/statuses/{deployment_id * 10 + i}", "id": deployment_id * 10 + i, "state": state,
            "creator": bot, "description": f"Deployment {state}", "environment": environment,
            "target_url": f"https://github.com/{repo}/actions/runs/{deployment_id}",
            "created_at": stamp(minutes), "updated_at": stamp(minutes), "deployment_url": api,
        }
        body = {"action": "created", "deployment_status": status,
                "deployment": {**deployment, "updated_at": stamp(minutes)}, "repository": repository, "sender": bot}
        out.append(({"x-github-event": "deployment_status", "sc-workspace": "acme"}, json.dumps(body).encode()))
    return out


def parse_changes(webhooks: Iterable[tuple[dict[str, str], bytes]]) -> list[ChangeEvent]:
    """The change records the webhooks become, through ``parse_payload`` (``changes`` stream)."""
    return [record for headers, body in webhooks for record in parse(body, "changes", headers)[1]]


# --- the whole flow ------------------------------------------------------------


def run_pipeline(settings, batches: list[list[Any]], health=None,
                 suggested: list | None = None) -> tuple[dict[str, list[dict]], list, list]:
    """Run ``build_flow`` on batches of raw messages with testing sinks; return the stored
    rows by table (as the DuckDB writer would get them), the dead-letter messages and the
    correlation-topic messages. ``health`` (a ``ServiceHealth``) hears what the flow did;
    ``suggested``, if given, gets the suggestion-topic messages."""
    from bytewax.testing import TestingSink, TestingSource, run_main

    from signalcraft.flows.pipeline import build_flow

    stored: list[Any] = []
    dlq: list[Any] = []
    messages: list[Any] = []
    suggestions = TestingSink(suggested) if suggested is not None else None
    run_main(build_flow(settings, TestingSource(batches), TestingSink(stored), TestingSink(dlq), TestingSink(messages),
                        health=health, suggestions=suggestions))
    rows: dict[str, list[dict]] = {}
    for _key, tables in stored:
        for name, table in tables.items():
            rows.setdefault(name, []).extend(table.to_pylist())
    return rows, dlq, messages


class KafkaMessage:
    """A message as confluent_kafka's consumer hands it out, as far as the sources read one (no broker);
    ``eof``: the consumer's end-of-partition event at ``offset`` instead."""

    def __init__(self, offset: int, ts: int | None = None, *, eof: bool = False):
        self._offset, self._ts, self._eof = offset, ts, eof

    def error(self):
        from confluent_kafka import KafkaError

        return KafkaError(KafkaError._PARTITION_EOF) if self._eof else None

    def offset(self) -> int:
        return self._offset

    def timestamp(self) -> tuple[int, int]:
        return (0, -1) if self._ts is None else (1, self._ts)  # (TIMESTAMP_NOT_AVAILABLE, -1) as librdkafka says it

    def value(self) -> bytes:
        return b"{}"

    def key(self) -> None:
        return None

    def headers(self) -> None:
        return None


def records_decoder(topics, identity, log_lines=False, alert_rows=False, change_rows=False):
    """A :class:`~signalcraft.operators.ingest.BatchDecoder` that keeps alert events and change reports as records
    whatever the flow asks: patched in for ``signalcraft.flows.ingest.BatchDecoder``, the record path a row path is
    compared with."""
    from signalcraft.operators.ingest import BatchDecoder

    return BatchDecoder(topics, identity, log_lines)


def change_records_decoder(topics, identity, log_lines=False, alert_rows=False, change_rows=False):
    """:func:`records_decoder` for change reports alone: alert events and log lines as the flow asks, change reports
    as records (the flow before 2026-12-06), what the change rows are compared with."""
    from signalcraft.operators.ingest import BatchDecoder

    return BatchDecoder(topics, identity, log_lines, alert_rows)


def all_records_decoder(topics, identity, log_lines=False, alert_rows=False, change_rows=False):
    """:func:`records_decoder` that keeps log lines as records too (neither lines nor rows, whatever the flow
    asks): the record-by-record path a flow of log lines or alert rows is compared with."""
    from signalcraft.operators.ingest import BatchDecoder

    return BatchDecoder(topics, identity)


def noting_types(cls: type, seen: set[type], method: str = "step_many") -> Callable:
    """``cls.method`` that adds the type of every record it is given to ``seen``: patched in
    (``patch.object(cls, method, noting_types(cls, seen))``) to show what a step of the flow read."""
    step = getattr(cls, method)

    def noting(self, state, records):
        seen.update(map(type, records))
        return step(self, state, records)

    return noting
