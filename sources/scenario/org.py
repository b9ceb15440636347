"""The organisation the scenario plays in: the platform's services and people, the message
collector, and the time and id formats the tools write.

Everything random comes from one :class:`random.Random`; nothing reads the clock.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import msgspec

from signalcraft.params import StreamKind

WORKSPACE = "acme"
ORG = "acme-corp"
MINUTE = timedelta(minutes=1)
CLUSTERS = {"production": "prod-eu-west-1", "staging": "staging-eu-west-1"}


@dataclass(frozen=True)
class Service:
    """One deployable service of one project."""

    project: str
    name: str
    version: str
    """The version running in production when the scenario starts."""
    delivery: str
    """How it ships: ``github`` (deployments API), ``argocd`` or ``pagerduty`` (CI posts change events)."""
    runtime: str
    peak_rps: float
    replicas: int


SERVICES = (
    Service("checkout", "payments-api", "v2.13.2", "github", "java", 180.0, 3),
    Service("checkout", "cart-service", "v3.7.4", "github", "go", 420.0, 4),
    Service("checkout", "checkout-web", "v5.1.9", "github", "node", 650.0, 4),
    Service("search", "search-api", "v1.30.2", "argocd", "go", 1200.0, 6),
    Service("search", "indexer", "v0.18.1", "argocd", "python", 35.0, 2),
    Service("search", "query-suggest", "v0.9.0", "argocd", "python", 800.0, 3),
    Service("identity", "auth-api", "v4.2.0", "github", "java", 510.0, 4),
    Service("identity", "user-profile", "v1.12.5", "github", "node", 240.0, 2),
    Service("identity", "token-service", "v1.9.2", "pagerduty", "go", 300.0, 3),
)
BY_NAME = {s.name: s for s in SERVICES}
TEAMS = {"checkout": "payments", "search": "discovery", "identity": "iam"}


@dataclass(frozen=True)
class Person:
    login: str
    first: str
    last: str
    user_id: int

    @property
    def email(self) -> str:
        return f"{self.first.lower()}.{self.last.lower()}@acme.io"


PEOPLE = (
    Person("mgonzalez", "Maria", "Gonzalez", 40211873),
    Person("dpatel", "Dev", "Patel", 51893302),
    Person("ktanaka", "Kenji", "Tanaka", 38810264),
    Person("lnovak", "Lucie", "Novak", 60122517),
    Person("sokafor", "Sade", "Okafor", 47765091),
    Person("jlindqvist", "Jonas", "Lindqvist", 55310478),
)
ONCALL = {"checkout": PEOPLE[0], "search": PEOPLE[2], "identity": PEOPLE[3]}


# --- time formats --------------------------------------------------------------------------


def go_time(at: datetime, nanos: int = 0) -> str:
    """RFC 3339 with Go's trimmed nanoseconds, as Prometheus and Alertmanager write it.

    >>> go_time(datetime(2025, 3, 11, 14, 2, 5, 120000, tzinfo=UTC), 7)
    '2025-03-11T14:02:05.120000007Z'
    """
    frac = f"{at.microsecond * 1000 + nanos:09d}".rstrip("0")
    return at.strftime("%Y-%m-%dT%H:%M:%S") + (f".{frac}" if frac else "") + "Z"


def iso_s(at: datetime) -> str:
    """Second precision with ``Z`` (GitHub, Kubernetes, prometheus-kafka-adapter).

    >>> iso_s(datetime(2025, 3, 11, 14, 2, 5, 999999, tzinfo=UTC))
    '2025-03-11T14:02:05Z'
    """
    return at.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def iso_ms(at: datetime) -> str:
    """Millisecond precision with ``Z`` (Alertmanager API, SignalCraft)."""
    return at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"


def pd_time(at: datetime) -> str:
    """PagerDuty's documented form: milliseconds and a ``+0000`` offset without a colon."""
    return at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}+0000"


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO = timedelta(microseconds=1)
_SECOND = timedelta(seconds=1)


def epoch_ms(at: datetime) -> int:
    return (at - _EPOCH) // _MICRO // 1000


def epoch_ns(at: datetime) -> str:
    """Nanoseconds since the epoch as a decimal string, as OTLP/JSON encoders write them.

    >>> epoch_ns(datetime(2018, 12, 13, 14, 51, 0, 300000, tzinfo=UTC))
    '1544712660300000000'
    """
    return str((at - _EPOCH) // _MICRO * 1000)


# --- ids -------------------------------------------------------------------------------------


def hexid(rng: random.Random, digits: int) -> str:
    return f"{rng.getrandbits(4 * digits):0{digits}x}"


def uuid4(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# --- the collector ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScenarioMessage:
    """One Kafka message: what to produce, and to which input stream it belongs."""

    kind: StreamKind
    key: bytes | None
    value: bytes
    headers: dict[str, str]
    timestamp_ms: int
    """The event time, used as the Kafka timestamp."""
    format: str | None
    """The payload format the generator wrote (for a malformed message: what it claims to be)."""
    malformed: str | None = None
    """Why this message must end in the dead-letter queue; ``None`` for a good one."""


_encode = msgspec.json.Encoder().encode
# Go's encoding/json escapes these inside strings; they never occur outside one.
_GO_ESCAPES = ((b"&", b"\\u0026"), (b"<", b"\\u003c"), (b">", b"\\u003e"))


def encode(doc: object, go: bool = False) -> bytes:
    raw = _encode(doc)
    if go:
        for char, escaped in _GO_ESCAPES:
            raw = raw.replace(char, escaped)
    return raw


@dataclass
class Collector:
    """Gathers the messages of the scenario window and the records they should yield."""

    rng: random.Random
    start: datetime
    end: datetime
    _items: list[tuple[float, int, ScenarioMessage]] = field(default_factory=list)
    _records: dict[str, set[Hashable]] = field(default_factory=lambda: defaultdict(set))

    def emit(
        self,
        kind: StreamKind,
        fmt: str | None,
        body: object,
        at: datetime,
        *,
        headers: dict[str, str] | None = None,
        key: str | bytes | None = None,
        late_s: float = 0.0,
        records: Iterable[Hashable] = (),
        go: bool = False,
        malformed: str | None = None,
    ) -> bool:
        """Add one message whose event time is ``at``; outside the window it is dropped.

        ``late_s`` delays its delivery (the list is in delivery order); ``records`` are
        the natural keys of the records it carries, for the expected counts.
        """
        if not self.start <= at < self.end:
            return False
        value = body if isinstance(body, bytes) else encode(body, go)
        if isinstance(key, str):
            key = key.encode()
        message = ScenarioMessage(kind, key, value, dict(headers) if headers else {}, epoch_ms(at), fmt, malformed)
        delivered = (at - _EPOCH) / _SECOND + late_s + 0.01 + self.rng.random() * 0.8
        self._items.append((delivered, len(self._items), message))
        if malformed is None:
            self._records[kind].update(records)
        return True

    def absorb(self, other: Collector) -> None:
        """Take ``other``'s messages and records: a part of the scenario drawn from its own
        random stream, so adding it moves nothing here."""
        base = len(self._items)
        self._items += [(delivered, base + i, message) for delivered, i, message in other._items]
        for kind, keys in other._records.items():
            self._records[kind].update(keys)

    def messages(self) -> list[ScenarioMessage]:
        """All messages so far, in delivery order."""
        return [m for _, _, m in sorted(self._items)]

    def record_counts(self) -> dict[str, int]:
        return {kind: len(keys) for kind, keys in sorted(self._records.items())}


def sc_headers(fmt: str | None, **identity: str) -> dict[str, str]:
    """What the webhook-to-Kafka bridge adds: the format, the workspace, identity a body lacks."""
    out = {"sc-format": fmt} if fmt else {}
    out["sc-workspace"] = WORKSPACE
    for name, value in identity.items():
        out[f"sc-{name}"] = value
    return out
