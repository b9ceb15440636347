"""The gateway's Starlette app: every path of :data:`~signalcraft.gateway.routes.HOOKS`, and
``GET /healthz``, ``/readyz`` and ``/metrics``.

A request to a path goes, in order: the credential (401), the body's size (413), the vendor's
signature where its secret is set (401), the path's own answer (GitHub's ``ping``, Sentry's other
resources; SNS's signature and handshake: 401, or 503 while AWS cannot be reached), the format
the headers pick (202 for events the pipeline does not read), the body against the path (415 or
400, and a dead letter on the DLQ topic; 403 for records of another workspace), then Kafka: the
answer is 2xx only once every message of the request was acknowledged, 503 with ``Retry-After``
while Kafka is unreachable or slow to acknowledge, 413 when Kafka refuses the size.

Nothing is logged per request above DEBUG, and never a token, a signature, a query string or a
body; refusals of credentials and signatures are logged at WARNING with the path, the workspace
(when known) and the reason.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from signalcraft.config import TopicSettings
from signalcraft.config.gateway import GatewaySettings
from signalcraft.gateway.auth import Credentials, Signatures, Unsigned
from signalcraft.gateway.bodies import (
    Forbidden,
    Prepared,
    TooLarge,
    dead_letter,
    dead_letter_headers,
    headers_for,
    prepare_json,
    prepare_remote_write,
    unpack,
)
from signalcraft.gateway.metrics import CONTENT_TYPE_LATEST, GatewayMetrics
from signalcraft.gateway.producer import AckingProducer, Rejected, Unavailable
from signalcraft.gateway.remote_write import SeriesCache
from signalcraft.gateway.routes import HOOKS, Hook, Ignored, Refused, Services, Unreachable
from signalcraft.gateway.sns import HttpsGet, SnsSubscription, https_get
from signalcraft.params import Identity
from signalcraft.sources.kafka_client import Throttle

__all__ = ["Gateway", "create_app"]

log = logging.getLogger(__name__)
UNAUTHORISED = {"error": "unauthorised: send Authorization: Bearer <token> (or ?token=)"}


class Gateway:
    """The handlers of every path, sharing the credentials, the producer and the metrics."""

    def __init__(self, settings: GatewaySettings, producer: AckingProducer, topics: TopicSettings,
                 identity: Identity, clock: Callable[[], float] = time.time, fetch: HttpsGet = https_get):
        self.settings, self.producer, self.topics, self.identity, self.clock = (
            settings, producer, topics, identity, clock)
        self.credentials = Credentials.of(settings)
        self.signatures = Signatures(settings)
        self.services = Services(sns=SnsSubscription(fetch, settings.sns_topics, clock))
        self.metrics = GatewayMetrics()
        self.series = SeriesCache()
        self._throttle = Throttle()

    def _warn(self, msg: str, *args: Any) -> None:
        """A warning, throttled: a sender that keeps failing the same way is one line a minute, with a count."""
        if not log.isEnabledFor(logging.WARNING):
            return
        record = log.makeRecord(log.name, logging.WARNING, __file__, 0, msg, args, None)
        if self._throttle.filter(record):
            log.handle(record)

    async def handle(self, request: Request, hook: Hook) -> Response:
        try:
            response = await self._answer(request, hook)
        except Exception:
            log.exception("%s %s failed", request.method, hook.path)
            response = JSONResponse({"error": "internal error (see the gateway's log)"}, 500)
        self.metrics.answered(hook.path, response.status_code)
        return response

    async def _answer(self, request: Request, hook: Hook) -> Response:
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in request.scope["headers"]}
        query = request.query_params
        workspace = self.credentials.workspace(headers, query)
        if workspace is None:
            self._warn("%s: refused a request without a known credential", hook.path)
            return JSONResponse(UNAUTHORISED, 401, {"www-authenticate": 'Bearer realm="signalcraft-gateway"'})
        try:
            body = await _read(request, headers, self.settings.max_body_bytes)
        except TooLarge as e:
            return _refusal(413, str(e))
        now = self.clock()
        try:
            self.signatures.check(hook.signature, workspace, headers, body, now)
        except Unsigned as e:
            self._warn("%s: refused a request of workspace %s: %s", hook.path, workspace, e)
            return _refusal(401, f"signature: {e}")
        if hook.intercept is not None and (
                answer := await self._intercept(hook, workspace, headers, body)) is not None:
            return answer
        try:
            fmt = hook.format_of(headers)
            out = headers_for(hook, fmt, workspace, headers, query, int(now * 1000))
            prepared = self._prepare(hook, fmt, workspace, out, body, headers)
        except Ignored as e:
            return JSONResponse({"ignored": str(e)}, 202)
        except Refused as e:
            await self._dead_letter(hook, workspace, headers, query, body, e, now)
            return _refusal(e.status, e.reason)
        except TooLarge as e:
            return _refusal(413, str(e))
        except Forbidden as e:
            self._warn("refused: %s", e)
            return _refusal(403, str(e))
        return await self._produce(hook, prepared)

    async def _intercept(self, hook: Hook, workspace: str, headers: dict[str, str], body: bytes) -> Response | None:
        """The path's own answer, if it has one for this request."""
        try:
            answer = await hook.intercept(headers, body, self.services)
        except Unsigned as e:
            self._warn("%s: refused a request of workspace %s: %s", hook.path, workspace, e)
            return _refusal(e.status, f"signature: {e}")
        except Unreachable as e:
            self._warn("%s: a request of workspace %s waits on AWS: %s", hook.path, workspace, e)
            return _unavailable(str(e), self.settings.retry_after_s)
        return None if answer is None else JSONResponse(answer.body, answer.status)

    def _prepare(self, hook: Hook, fmt: str, workspace: str, out: dict[str, str], body: bytes,
                 headers: dict[str, str]) -> Prepared:
        if hook.body == "remote-write":
            prepared = prepare_remote_write(out, body, headers, self.settings.max_samples_bytes, self.series)
            for reason, n in prepared.skipped.items():
                self.metrics.skipped.labels(reason).inc(n)
            return prepared
        body = unpack(body, headers, self.settings.max_body_bytes)
        return prepare_json(hook, fmt, workspace, out, body, headers, self.identity)

    async def _produce(self, hook: Hook, prepared: Prepared) -> Response:
        topic = getattr(self.topics, hook.kind)
        started = time.perf_counter()
        try:
            await self.producer.deliver(topic, prepared.messages, prepared.headers)
        except Unavailable as e:
            return _unavailable(str(e), self.settings.retry_after_s)
        except Rejected as e:
            return _refusal(e.status, e.reason)
        self.metrics.ack_seconds.observe(time.perf_counter() - started)
        self.metrics.messages.labels(topic).inc(len(prepared.messages))
        if hook.body == "remote-write":
            return Response(status_code=204)
        answer: dict[str, Any] = {"accepted": len(prepared.messages), "topic": topic, "records": prepared.records}
        if prepared.refusal is not None:
            answer["dead_letter"] = prepared.refusal  # the flow keeps it in the DLQ with this reason
        return JSONResponse(answer, 200)

    async def _dead_letter(self, hook: Hook, workspace: str, headers: dict[str, str], query: Any, body: bytes,
                           refused: Refused, now: float) -> None:
        """The refused body on the DLQ topic; a failure to write it is logged, the answer stays 4xx."""
        try:
            fmt = hook.format_of(headers)
        except (Ignored, Refused):
            fmt = None
        out = headers_for(hook, fmt or "", workspace, headers, query, int(now * 1000))
        if fmt is None:
            del out["sc-format"]  # the headers did not say which format: none is claimed
        dead = dead_letter(getattr(self.topics, hook.kind), hook.path, fmt, out, body, refused.step, refused.reason)
        try:
            await self.producer.deliver(self.topics.dlq, [(None, body)], dead_letter_headers(dead))
        except (Unavailable, Rejected) as e:
            self._warn("%s: a refused body of workspace %s was not written to %s: %s", hook.path, workspace,
                        self.topics.dlq, e)
            return
        self.metrics.dead_letters.labels(refused.step).inc()

    def endpoint(self, hook: Hook) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            return await self.handle(request, hook)

        return endpoint

    async def healthz(self, request: Request) -> Response:
        return PlainTextResponse("ok\n")

    async def readyz(self, request: Request) -> Response:
        if self.producer.watch.reachable:
            return PlainTextResponse("ready\n")
        return PlainTextResponse("not ready: Kafka unreachable\n", 503)

    async def metrics_page(self, request: Request) -> Response:
        self.metrics.reachable.set(1 if self.producer.watch.reachable else 0)
        return Response(self.metrics.render(), media_type=CONTENT_TYPE_LATEST)


async def _read(request: Request, headers: dict[str, str], limit: int) -> bytes:
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TooLarge(f"the body is {declared} bytes; at most {limit}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"the body is over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _refusal(status: int, reason: str) -> Response:
    return JSONResponse({"error": reason}, status)


def _unavailable(reason: str, retry_after_s: int) -> Response:
    return JSONResponse({"error": f"{reason}; retry later"}, 503, {"retry-after": str(retry_after_s)})


def create_app(settings: GatewaySettings, producer: AckingProducer, topics: TopicSettings | None = None,
               identity: Identity | None = None, clock: Callable[[], float] = time.time,
               fetch: HttpsGet = https_get) -> Starlette:
    """The app; it starts ``producer`` when it starts and flushes and closes it when it stops.

    ``fetch`` is the HTTPS GET of SNS's signing certificates and subscription-confirmation URLs (run in a
    thread; by default :func:`~signalcraft.gateway.sns.https_get`); tests pass one that serves theirs.
    """
    gateway = Gateway(settings, producer, topics or TopicSettings(), identity or Identity(), clock, fetch)
    if not gateway.credentials.configured:
        raise ValueError("no credentials: set SIGNALCRAFT_GATEWAY_TOKENS ({\"token\": \"workspace\"}) or, for one "
                         "team on a private network, SIGNALCRAFT_GATEWAY_ANONYMOUS_WORKSPACE")

    @asynccontextmanager
    async def lifespan(app: Starlette):
        import asyncio

        producer.start(asyncio.get_running_loop())
        try:
            yield
        finally:
            producer.close()

    routes = [Route(h.path, gateway.endpoint(h), methods=["POST", "PUT"]) for h in HOOKS]
    routes += [Route("/healthz", gateway.healthz), Route("/readyz", gateway.readyz),
               Route("/metrics", gateway.metrics_page)]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.gateway = gateway
    return app
