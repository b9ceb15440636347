"""What the services write in their log bodies: messages with variable parts, as real ones have.

Each runtime (java, go, node, python) has a few error and warning messages of its own
libraries (Spring, HikariCP, lettuce, go-redis, gRPC, node-fetch, elasticsearch-py,
urllib3), filled per line with request ids, UUIDs, pod IPs, ports, paths, durations and
counts; the incident adds payments-api's pool exhaustion and the 503s its callers see.
A message is a :class:`Line`: a ``str.format`` text whose fields :class:`_Fields` fills
from one :class:`random.Random` (the scenario's ``words`` stream, so the text never
moves when or how often anything is logged).

>>> import random
>>> rng = random.Random(1)
>>> pool_error(rng, 0.8)[0][:62]
'HikariPool-1 - Connection is not available, request timed out '
>>> access_path(rng, "payments-api", "/v1/payments/{id}").startswith("/v1/payments/pay_")
True
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass

__all__ = [
    "POOL_EXCEPTION", "Line", "access_path", "background", "batch_behind", "entity_id", "pool_error",
    "upstream_error",
]

ERROR, WARN = 17, 13
POOL_EXCEPTION = "java.sql.SQLTransientConnectionException"
"""The ``exception.type`` of payments-api's pool-exhaustion errors."""
_POOL_APP_EXCEPTION = "org.springframework.transaction.CannotCreateTransactionException"
_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class Line:
    """One message a runtime logs: severity, ``str.format`` text, exception type, relative weight."""

    severity: int
    text: str
    exception: str | None = None
    weight: float = 1.0


_LINES: dict[str, tuple[Line, ...]] = {
    "java": (
        Line(ERROR, 'I/O error on POST request for "http://{peer}:8080/v1/{resource}/{num}": Read timed out',
             "org.springframework.web.client.ResourceAccessException", 3),
        Line(ERROR, 'ERROR: duplicate key value violates unique constraint "{constraint}"'
             "  Detail: Key ({key})=({uuid}) already exists.", "org.postgresql.util.PSQLException", 2),
        Line(ERROR, "Command timed out after {redis_ms} millisecond(s)",
             "io.lettuce.core.RedisCommandTimeoutException", 2),
        Line(ERROR, "Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : "
             "[{entity_class}#{ident}]", "org.springframework.orm.ObjectOptimisticLockingFailureException", 1),
        Line(WARN, "Slow request {call} took {slow_ms}ms (threshold 1000ms) [request_id={req}]", weight=3),
        Line(WARN, "Retrying call to {peer} after 502 Bad Gateway (attempt {attempt}/3, backoff {backoff}ms)",
             weight=2),
        Line(WARN, "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={delta}).",
             weight=1),
    ),
    "go": (
        Line(ERROR, "redis: dial tcp {ip}:6379: i/o timeout", "*net.OpError", 3),
        Line(ERROR, 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while '
             'dialing: dial tcp {ip}:9090: connect: connection refused"', "*status.Error", 2),
        Line(ERROR, 'Post "http://{peer}:8080/v1/{resource}/{num}": context deadline exceeded '
             "(Client.Timeout exceeded while awaiting headers)", "*url.Error", 2),
        Line(ERROR, "load {entity} {uuid}: pq: canceling statement due to statement timeout", "*pq.Error", 1),
        Line(WARN, "slow request method={method} path={path} status=200 duration={slow_s}s", weight=3),
        Line(WARN, "retrying {peer} request (attempt {attempt}/3): unexpected EOF", weight=2),
    ),
    "node": (
        Line(ERROR, "request to http://{peer}:8080/v1/{resource}/{num} failed, reason: socket hang up",
             "FetchError", 3),
        Line(ERROR, "request to http://{peer}:8080/v1/{resource}/{num} failed, reason: connect ETIMEDOUT {ip}:8080",
             "FetchError", 2),
        Line(ERROR, "Cannot read properties of undefined (reading '{prop}')", "TypeError", 2),
        Line(ERROR, "connect ECONNREFUSED {ip}:6379", "Error", 1),
        Line(WARN, "request completed slowly: {call} {slow_ms}ms (req {uuid})", weight=3),
        Line(WARN, "Retrying request to {peer} in {backoff}ms (attempt {attempt} of 3)", weight=2),
    ),
    "python": (
        Line(ERROR, "ConnectionTimeout caused by - ReadTimeoutError(HTTPConnectionPool(host='{es_host}', "
             "port=9200): Read timed out. (read timeout=10))", "elasticsearch.exceptions.ConnectionTimeout", 3),
        Line(ERROR, "{docs} document(s) failed to index.", "elasticsearch.helpers.BulkIndexError", 2),
        Line(ERROR, "TransportError(429, 'es_rejected_execution_exception', 'rejected execution of bulk on node "
             "{es_host} (queue capacity 200, active {active})')", "elasticsearch.exceptions.TransportError", 1),
        Line(ERROR, "Error 111 connecting to {ip}:6379. Connection refused.", "redis.exceptions.ConnectionError", 1),
        Line(WARN, "Slow request {call} took {slow_s}s", weight=3),
        Line(WARN, "Retrying (Retry(total={retries_left}, connect=None, read=None, redirect=None, status=None)) "
             "after connection broken by 'ReadTimeoutError(\"HTTPConnectionPool(host='{es_host}', port=9200): "
             "Read timed out. (read timeout=10)\")': /{index}/{es_op}", weight=2),
    ),
}
_PEERS = {  # service -> (peer, the resource it calls there)
    "payments-api": (("card-gateway", "authorizations"), ("ledger-service", "entries"), ("fraud-scoring", "scores")),
    "cart-service": (("inventory", "reservations"), ("pricing", "quotes"), ("promotions", "vouchers")),
    "checkout-web": (("cart-service", "carts"), ("user-profile", "users"), ("pricing", "quotes")),
    "search-api": (("ranking", "rerank"), ("query-suggest", "suggestions"), ("es-coordinator", "queries")),
    "indexer": (("catalog-export", "batches"), ("es-coordinator", "tasks")),
    "query-suggest": (("ranking", "models"), ("es-coordinator", "queries")),
    "auth-api": (("user-profile", "users"), ("token-service", "tokens"), ("ldap-proxy", "binds")),
    "user-profile": (("auth-api", "sessions"), ("avatar-store", "avatars")),
    "token-service": (("auth-api", "clients"), ("vault", "leases")),
}
_ENTITY = {  # service -> what its ids name
    "payments-api": "payment", "auth-api": "session", "cart-service": "cart", "search-api": "synonyms",
    "token-service": "client", "checkout-web": "order", "user-profile": "user", "indexer": "document",
    "query-suggest": "suggestion",
}
_CONSTRAINT = {"payments-api": ("payments_idempotency_key_key", "idempotency_key"),
               "auth-api": ("refresh_tokens_pkey", "token_id")}
_PROPS = ("lineItems", "currency", "shippingAddress", "total", "avatarUrl", "locale", "email")
_TERMS = ("running+shoes", "iphone+15", "usb-c+cable", "desk+lamp", "rain+jacket", "coffee+grinder", "tent")
_PREFIXES = ("ip", "run", "lap", "coff", "head", "sof", "ten", "mon")
_INDICES = ("products-v7", "offers-v3", "suggest-v2")
_ROUTES = {
    "payments-api": (("POST", "/v1/payments"), ("GET", "/v1/payments/{id}"), ("POST", "/v1/refunds")),
    "cart-service": (("GET", "/cart/{id}"), ("POST", "/cart/{id}/items")),
    "checkout-web": (("GET", "/checkout"), ("POST", "/checkout/confirm")),
    "search-api": (("GET", "/v2/search"), ("GET", "/v2/search/facets")),
    "indexer": (("POST", "/internal/index/batch"),),
    "query-suggest": (("GET", "/v1/suggest"),),
    "auth-api": (("POST", "/oauth/token"), ("POST", "/login")),
    "user-profile": (("GET", "/v1/users/{id}"), ("PATCH", "/v1/users/{id}")),
    "token-service": (("POST", "/v1/tokens/verify"), ("POST", "/v1/tokens/refresh")),
}


def _b62(rng: random.Random, n: int) -> str:
    """``n`` base-62 characters with at least one digit (ids like Stripe's)."""
    bits = rng.getrandbits(6 * n)
    chars = [_B62[(bits >> (6 * i)) % 62] for i in range(n)]
    if not any(c.isdigit() for c in chars):
        chars[-1] = _B62[bits % 10]
    return "".join(chars)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _hex(rng: random.Random, digits: int) -> str:
    return f"{rng.getrandbits(4 * digits):0{digits}x}"


def entity_id(rng: random.Random, service: str) -> str:
    """An id of the thing a service's ``{id}`` routes name."""
    if service == "payments-api":
        return "pay_" + _b62(rng, 14)
    if service == "user-profile":
        return str(rng.randrange(100_000, 9_999_999))
    return _uuid(rng)


def access_path(rng: random.Random, service: str, route: str) -> str:
    """The path of one request to ``route``: ids filled in, a query string where the API takes one."""
    if "{id}" in route:
        return route.replace("{id}", entity_id(rng, service))
    if route.startswith("/v2/search"):
        return f"{route}?q={rng.choice(_TERMS)}&page={rng.randint(1, 5)}"
    if route == "/v1/suggest":
        return f"{route}?prefix={rng.choice(_PREFIXES)}&limit=10"
    return route


class _Fields(dict):
    """The fields of one message, each drawn when first asked for (the same value if asked twice)."""

    def __init__(self, rng: random.Random, service: str) -> None:
        super().__init__()
        self.rng, self.service = rng, service

    def __missing__(self, key: str) -> str:
        value = self[key] = str(getattr(self, "_" + key)())
        return value

    def _ip(self) -> str:
        return f"10.42.{self.rng.randrange(0, 16)}.{self.rng.randrange(2, 255)}"

    def _peer(self) -> str:
        peer, self["resource"] = self.rng.choice(_PEERS[self.service])
        return peer

    def _resource(self) -> str:
        self["peer"] = self._peer()
        return self["resource"]

    def _num(self) -> int:
        return self.rng.randrange(10_000, 99_999_999)

    def _uuid(self) -> str:
        return _uuid(self.rng)

    def _req(self) -> str:
        return _hex(self.rng, 16)

    def _ident(self) -> str:
        return entity_id(self.rng, self.service)

    def _constraint(self) -> str:
        return _CONSTRAINT.get(self.service, ("idempotency_keys_pkey", "key"))[0]

    def _key(self) -> str:
        return _CONSTRAINT.get(self.service, ("idempotency_keys_pkey", "key"))[1]

    def _entity(self) -> str:
        return _ENTITY[self.service]

    def _entity_class(self) -> str:
        name = _ENTITY[self.service]
        return f"com.acme.{self.service.split('-')[0]}.model.{name.capitalize()}"

    def _redis_ms(self) -> int:
        return self.rng.choice((250, 500, 1000, 2000))

    def _slow_ms(self) -> int:
        return round(1000 + self.rng.lognormvariate(6.0, 0.8))

    def _slow_s(self) -> str:
        return f"{1 + self.rng.lognormvariate(-1.2, 0.8):.3f}"

    def _attempt(self) -> int:
        return self.rng.randint(1, 3)

    def _backoff(self) -> int:
        return self.rng.choice((100, 200, 400, 800))

    def _delta(self) -> str:
        return f"{self.rng.randint(1, 3)}m{self.rng.randint(0, 59)}s{self.rng.randint(0, 999)}ms"

    def _route(self) -> tuple[str, str]:
        method, route = self.rng.choice(_ROUTES[self.service])
        self["method"], self["path"] = method, access_path(self.rng, self.service, route)
        return method, self["path"]

    def _method(self) -> str:
        return self._route()[0]

    def _path(self) -> str:
        return self._route()[1]

    def _call(self) -> str:
        return f"{self['method']} {self['path']}"

    def _prop(self) -> str:
        return self.rng.choice(_PROPS)

    def _es_host(self) -> str:
        return f"es-data-{self.rng.randrange(0, 6)}.search.svc"

    def _docs(self) -> int:
        return self.rng.randint(1, 40)

    def _active(self) -> int:
        return self.rng.randint(190, 200)

    def _retries_left(self) -> int:
        return self.rng.randint(0, 2)

    def _index(self) -> str:
        return self.rng.choice(_INDICES)

    def _es_op(self) -> str:
        return "_bulk" if self.service == "indexer" else "_search"


def _attrs(line: Line, body: str) -> dict[str, object]:
    return {"exception.type": line.exception, "exception.message": body} if line.exception else {}


def background(rng: random.Random, service: str, runtime: str, severity: int) -> tuple[str, dict[str, object]]:
    """One of the everyday errors (``severity`` 17) or warnings (13) of a service: body and attributes."""
    lines = [line for line in _LINES[runtime] if line.severity == severity]
    line = rng.choices(lines, weights=[x.weight for x in lines])[0]
    body = line.text.format_map(_Fields(rng, service))
    return body, _attrs(line, body)


def pool_error(rng: random.Random, excess: float) -> tuple[str, dict[str, object]]:
    """payments-api v2.14.0 out of connections (its pool of 4, all busy, ``excess`` the incident's
    strength): HikariCP's timeout (most lines, the queue growing with ``excess``) or the payment it failed."""
    waited = 30_000 + round(rng.expovariate(1 / 25))
    if rng.random() < 0.85:
        waiting = max(1, round(45 * excess * rng.uniform(0.7, 1.3)))
        body = (f"HikariPool-1 - Connection is not available, request timed out after {waited}ms "
                f"(total=4, active=4, idle=0, waiting={waiting})")
        kind = POOL_EXCEPTION
    else:
        body = (f"Failed to authorize payment pay_{_b62(rng, 14)} for order ord_{_b62(rng, 10)} "
                f"[request_id={_hex(rng, 16)}]: Could not open JDBC Connection for transaction")
        kind = _POOL_APP_EXCEPTION
    return body, {"exception.type": kind, "exception.message": body, "http.route": "/v1/payments",
                  "http.response.status_code": 503}


def upstream_error(rng: random.Random, service: str) -> tuple[str, dict[str, object]]:
    """What cart-service (Go) and checkout-web (Node) log when payments-api answers 503."""
    latency = 30_000 + round(rng.lognormvariate(3.5, 0.6))
    if service == "cart-service":
        body = (f"POST /cart/{_uuid(rng)}/checkout: authorize payment: payments-api returned "
                f"503 Service Unavailable after {latency / 1000:.3f}s (request_id={_hex(rng, 16)})")
    else:
        body = (f"POST /checkout/confirm failed for session sess_{_b62(rng, 20)}: payments-api responded "
                f"503 Service Unavailable in {latency}ms (x-request-id: {_uuid(rng)})")
    return body, {"peer.service": "payments-api", "http.response.status_code": 502}


def batch_behind(rng: random.Random, phase: float) -> str:
    """The indexer's warning while the nightly reindex runs late."""
    queued = round(4200 * min(phase, 20) * rng.uniform(0.9, 1.1))
    return (f"reindex batch behind schedule: {queued} documents queued, "
            f"{rng.randint(1100, 1600)} docs/s, {phase:.0f} min into the run")
