"""A request's body, checked against its path, as the Kafka messages it becomes.

- The headers every message carries: ``sc-format``, ``sc-workspace`` (the credential's),
  ``sc-event-time`` (arrival, epoch milliseconds), the tool's headers the adapters read
  (``x-github-event``, ...) and the identity hints a sender may add (``sc-project``, ...).
- A JSON path takes a body whose ``Content-Type`` is not one of another kind (a form,
  protobuf: 415), that is JSON (400, step ``json``) and that its format recognises (400, step
  ``format``): what a sender got wrong. A body that passes is produced unchanged, even when
  the adapter then refuses it (an event the pipeline does not keep, a field out of range): the
  flow dead-letters it with its reason, as it does for every message.
- Records that name a workspace other than the credential's (SignalCraft's own JSON carries
  ``workspace_id``) are refused whole (:class:`Forbidden`, 403); tools' formats take the
  workspace from ``sc-workspace``, so it is the credential's.
- A refused body becomes a dead letter on the DLQ topic in the shape the flow writes them.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

import msgspec

from signalcraft.gateway.remote_write import RemoteWriteError, SeriesCache, decode, messages
from signalcraft.gateway.routes import IDENTITY_HEADERS, Hook, Refused
from signalcraft.models import DeadLetter, make_id
from signalcraft.models.common import Record
from signalcraft.params import Identity
from signalcraft.sources.adapters import REGISTRY, AdaptContext
from signalcraft.sources.decode import DecodeError, parse_payload

__all__ = ["Forbidden", "Prepared", "TooLarge", "dead_letter", "dead_letter_headers", "headers_for", "prepare_json",
           "prepare_remote_write", "unpack"]

_json = msgspec.json.Decoder()
MAX_HEADER = 1024
"""Characters kept of a copied header's value."""
NOT_JSON = ("application/x-www-form-urlencoded", "multipart/form-data", "application/x-protobuf",
            "application/protobuf", "application/grpc")


class Forbidden(Exception):
    """Records of another workspace than the credential's (403)."""


class TooLarge(Exception):
    """A body over the limit, or one that decompresses over it (413)."""


@dataclass
class Prepared:
    """What one request produces: ``(key, value)`` messages sharing ``headers``."""

    format: str
    messages: list[tuple[bytes | None, bytes]]
    headers: list[tuple[str, bytes]]
    records: int = 0
    """Records the pipeline will make of it (0 when the adapter refuses it: the flow dead-letters it)."""
    refusal: str | None = None
    """Why the adapter refuses it, for the answer."""
    skipped: dict[str, int] = field(default_factory=dict)
    """Remote write: what was not produced (staleness markers, histograms, unnamed series)."""


def headers_for(hook: Hook, fmt: str, workspace: str, request: Mapping[str, str], query: Mapping[str, str],
                now_ms: int) -> dict[str, str]:
    """The Kafka headers of a body posted to ``hook`` by ``workspace``.

    >>> from signalcraft.gateway.routes import HOOK_BY_PATH
    >>> headers_for(HOOK_BY_PATH["/hooks/github"], "github-push", "acme",
    ...             {"x-github-event": "push", "sc-workspace": "globex", "sc-service": "api"},
    ...             {"environment": "prod"}, 1700000000000)  # doctest: +NORMALIZE_WHITESPACE
    {'sc-format': 'github-push', 'sc-workspace': 'acme', 'sc-event-time': '1700000000000',
     'x-github-event': 'push', 'sc-environment': 'prod', 'sc-service': 'api'}
    """
    out = {"sc-format": fmt, "sc-workspace": workspace, "sc-event-time": str(now_ms)}
    for name in hook.copy_headers:
        if request.get(name):
            out[name] = request[name][:MAX_HEADER]
    for name in IDENTITY_HEADERS:
        value = request.get(name) or query.get(name.removeprefix("sc-"))
        if value:
            out[name] = value[:MAX_HEADER]
    return out


def unpack(body: bytes, headers: Mapping[str, str], limit: int) -> bytes:
    """The body without its ``Content-Encoding`` (gzip or deflate, as OpenTelemetry exporters send),
    at most ``limit`` bytes once decompressed."""
    encoding = headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "deflate"):
        raise Refused(415, "format", f"Content-Encoding {encoding!r} is not read here; send gzip, deflate or none")
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16 if encoding == "gzip" else zlib.MAX_WBITS)
    try:
        out = inflater.decompress(body, limit + 1)
    except (zlib.error, gzip.BadGzipFile) as e:
        raise Refused(400, "format", f"the body is not {encoding}-compressed as its Content-Encoding says ({e})") \
            from None
    if len(out) > limit:
        raise TooLarge(f"the body decompresses to more than {limit} bytes")
    return out


def _check_type(headers: Mapping[str, str], fmt: str) -> None:
    media = headers.get("content-type", "").split(";")[0].strip().lower()
    if media in NOT_JSON:
        raise Refused(415, "format", f"Content-Type {media!r}: this path takes {fmt} JSON (application/json)")


def _detected(fmt: str, doc: object, ctx: AdaptContext) -> bool:
    detect = REGISTRY[fmt].detect
    try:
        if isinstance(doc, list) and doc and fmt.startswith("signalcraft-"):
            return all(detect(item, ctx) for item in doc)  # SignalCraft's own JSON may be a list of records
        return bool(detect(doc, ctx))
    except Exception:  # noqa: BLE001 - a detector that trips means "not this format", as in the flow
        return False


def _shape(doc: object) -> str:
    if isinstance(doc, dict):
        keys = sorted(map(str, doc))
        return "an object with keys " + ", ".join(keys[:8]) + (", ..." if len(keys) > 8 else "")
    return f"a JSON {type(doc).__name__}"


def prepare_json(hook: Hook, fmt: str, workspace: str, headers: dict[str, str], body: bytes, request: Mapping[str, str],
                 identity: Identity) -> Prepared:
    """A JSON body as one message; Refused (400/415) or Forbidden when it is not one to produce."""
    _check_type(request, fmt)
    try:
        doc = _json.decode(body)
    except msgspec.DecodeError as e:
        raise Refused(400, "json", f"{hook.path}: the body is not valid JSON ({e})") from None
    if not _detected(fmt, doc, AdaptContext(headers, identity)):
        raise Refused(400, "format", f"{hook.path}: the body is not a {fmt} payload (came {_shape(doc)})")
    kafka_headers = [(k, v.encode()) for k, v in headers.items()]
    try:
        _, records = parse_payload(body, hook.kind, headers, identity, where=hook.path)
    except DecodeError as e:
        return Prepared(fmt, [(None, body)], kafka_headers, refusal=e.reason)
    _confine(records, workspace, hook.path)
    return Prepared(fmt, [(_key(records[0]), body)], kafka_headers, records=len(records))


def _confine(records: list[Record], workspace: str, path: str) -> None:
    others = sorted({r.workspace_id for r in records if r.workspace_id != workspace})
    if others:
        raise Forbidden(f"{path}: the body names workspace(s) {', '.join(others)}; this credential writes into "
                        f"{workspace!r} only")


def _key(record: Record) -> bytes:
    """The message key: the record's series or service, so what belongs together keeps to one partition."""
    series = getattr(record, "metric_key", None)
    if series:
        return f"{record.workspace_id}/{series}".encode()
    parts = (getattr(record, name, None) or "" for name in ("project", "environment", "service"))
    return "/".join((record.workspace_id, *parts)).encode()


def prepare_remote_write(headers: dict[str, str], body: bytes, request: Mapping[str, str], max_bytes: int,
                         cache: SeriesCache) -> Prepared:
    """A remote-write body as one message per sample; Refused (400/415) or TooLarge."""
    media = request.get("content-type", "")
    if "io.prometheus.write.v2" in media:
        raise Refused(415, "format", "remote write 2.0 is not read; send remote write 1.0 "
                                     "(protobuf_message: prometheus.WriteRequest)")
    if media.split(";")[0].strip().lower() not in ("", "application/x-protobuf", "application/protobuf"):
        raise Refused(415, "format", f"Content-Type {media[:60]!r}: remote write sends application/x-protobuf")
    encoding = request.get("content-encoding", "").strip().lower()
    if encoding != "snappy":
        raise Refused(415, "format", f"Content-Encoding {encoding or 'none'!r}: remote write sends snappy")
    try:
        decoded = decode(body, max_bytes, cache)
    except RemoteWriteError as e:
        if e.status == 413:
            raise TooLarge(e.reason) from None
        raise Refused(400, "remote-write", e.reason) from None
    skipped = {"stale": decoded.stale, "histograms": decoded.histograms, "unnamed": decoded.unnamed}
    out = messages(decoded)
    return Prepared("prometheus-kafka-adapter", out, [(k, v.encode()) for k, v in headers.items()], records=len(out),
                    skipped={k: v for k, v in skipped.items() if v})


def dead_letter(topic: str, path: str, fmt: str | None, headers: Mapping[str, str], body: bytes, step: str,
                reason: str, now: datetime | None = None) -> DeadLetter:
    """A refused body as the flow's dead letters are: where it was going, the step, the reason. Its
    id depends on the path, the workspace and the bytes, so the same body refused twice is one."""
    digest = hashlib.blake2b(body, digest_size=16).hexdigest()
    return DeadLetter(
        id=make_id("dlq", "gateway", path, headers.get("sc-workspace"), digest), source_topic=topic, partition=-1,
        offset=-1, key=None, payload=body, headers=dict(headers), format=fmt, step=step, reason=reason,
        received_at=now or datetime.now(UTC),
    )


def dead_letter_headers(dead: DeadLetter) -> list[tuple[str, bytes]]:
    """The Kafka headers of a dead letter, as the flow writes them (``sinks.kafka.dead_letter_message``)."""
    headers = [(k, v.encode()) for k, v in dead.headers.items() if not k.startswith("sc-dlq-")]
    headers += [
        ("sc-dlq-id", dead.id.encode()),
        ("sc-dlq-topic", dead.source_topic.encode()),
        ("sc-dlq-partition", str(dead.partition).encode()),
        ("sc-dlq-offset", str(dead.offset).encode()),
        ("sc-dlq-step", dead.step.encode()),
        ("sc-dlq-reason", dead.reason[:4000].encode("utf-8", "replace")),
    ]
    if dead.format:
        headers.append(("sc-dlq-format", dead.format.encode()))
    return headers
