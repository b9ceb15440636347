"""The path table: one :class:`Hook` per sender, saying which topic its body goes to, which
``sc-format`` names it, which signature it carries and which of its headers the adapters read.

Adding a sender is one entry in :data:`HOOKS` (with its adapter registered in
``signalcraft.sources.adapters``), e.g.::

    Hook("/hooks/opsgenie", "alerts", "opsgenie"),

A tool that signs adds its :class:`~signalcraft.gateway.signatures.Scheme` (``signature=``);
one that needs an answer of its own before anything is produced (GitHub's ``ping``, SNS's
subscription handshake) adds an ``intercept``: a coroutine of the headers, the raw body and the
app's :class:`Services` that returns an :class:`Answer` (the request ends there) or ``None``
(it goes on to be produced). Intercepts run on the event loop: one that waits on the network (SNS
fetching its certificate, confirming a subscription) does so in a thread.

>>> HOOK_BY_PATH["/hooks/alertmanager"].kind, HOOK_BY_PATH["/hooks/alertmanager"].format_of({})
('alerts', 'alertmanager')
>>> HOOK_BY_PATH["/hooks/github"].format_of({"x-github-event": "deployment_status"})
'github-deployment-status'
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from signalcraft.params import StreamKind
from signalcraft.sources.adapters.sentry import RESOURCES as SENTRY_RESOURCES

if TYPE_CHECKING:
    from signalcraft.gateway.sns import SnsSubscription

__all__ = ["HOOKS", "HOOK_BY_PATH", "Answer", "Hook", "Ignored", "Refused", "Services", "Unreachable"]


class Ignored(Exception):
    """A request the path accepts and does not keep (an event the pipeline does not read): 202."""


class Refused(Exception):
    """A request that is not what the path expects: ``status`` 400 or 415, ``step`` for the dead letter."""

    def __init__(self, status: int, step: str, reason: str):
        super().__init__(reason)
        self.status, self.step, self.reason = status, step, reason


class Unreachable(Exception):
    """Something a request needs besides Kafka did not answer (SNS's signing certificate, the URL that
    confirms a subscription): 503, so the sender retries."""


@dataclass(frozen=True)
class Answer:
    """What an ``intercept`` answers instead of producing (e.g. GitHub's ``ping``)."""

    status: int
    body: dict[str, object]


@dataclass(frozen=True)
class Services:
    """What an intercept may use besides its request; ``create_app`` makes one per app."""

    sns: SnsSubscription
    """Checks SNS messages and confirms subscriptions (:mod:`signalcraft.gateway.sns`)."""


Intercept = Callable[[Mapping[str, str], bytes, Services], Awaitable[Answer | None]]
"""``intercept(lower-cased headers, raw body, services)``: an Answer, or ``None`` to go on; it may raise
:class:`~signalcraft.gateway.signatures.Unsigned` (401, or its ``status``) or :class:`Unreachable` (503)."""

FormatChooser = Callable[[Mapping[str, str]], str]
"""Picks the ``sc-format`` from the request's (lower-cased) headers; raises Ignored or Refused."""


@dataclass(frozen=True)
class Hook:
    """One sender's path."""

    path: str
    kind: StreamKind
    """The input stream, hence the topic (``SIGNALCRAFT_TOPIC_<KIND>``)."""
    format: str | FormatChooser
    """The ``sc-format`` of what the path takes, or a function of the headers that picks it."""
    signature: str | None = None
    """The signing scheme (:data:`signalcraft.gateway.signatures.SCHEMES`) checked when its secret is set."""
    copy_headers: tuple[str, ...] = ()
    """Request headers produced with the body (the adapters read them), lower-case."""
    body: Literal["json", "remote-write"] = "json"
    intercept: Intercept | None = None
    """Runs after the credential and the signature are checked; an Answer ends the request there."""

    def format_of(self, headers: Mapping[str, str]) -> str:
        return self.format if isinstance(self.format, str) else self.format(headers)


GITHUB_EVENTS = {
    "deployment": "github-deployment",
    "deployment_status": "github-deployment-status",
    "release": "github-release",
    "push": "github-push",
}
"""The GitHub events the pipeline reads (``X-GitHub-Event`` -> ``sc-format``)."""


def _github_format(headers: Mapping[str, str]) -> str:
    event = headers.get("x-github-event", "").strip().lower()
    if not event:
        raise Refused(400, "format", "GitHub webhook without X-GitHub-Event: it names the event, and with it the "
                                     f"format; expected one of {sorted(GITHUB_EVENTS)}")
    if event not in GITHUB_EVENTS:
        raise Ignored(f"GitHub event {event!r} is not read (only {', '.join(sorted(GITHUB_EVENTS))}); "
                      "untick it in the webhook's events")
    return GITHUB_EVENTS[event]


async def _github_ping(headers: Mapping[str, str], body: bytes, services: Services) -> Answer | None:
    if headers.get("x-github-event", "").strip().lower() == "ping":
        return Answer(200, {"pong": True})
    return None


async def _sentry_resource(headers: Mapping[str, str], body: bytes, services: Services) -> Answer | None:
    """Sentry's other resources (``installation``, ``metric_alert``, ``error``, ``comment``) are accepted
    and not kept, as GitHub's other events are; without the header (the legacy plugin) the body is read."""
    resource = headers.get("sentry-hook-resource", "").strip()
    if resource and resource not in SENTRY_RESOURCES:
        return Answer(202, {"ignored": f"Sentry resource {resource[:40]!r} is not read (only "
                                       f"{', '.join(SENTRY_RESOURCES)}); untick it in the integration's webhooks"})
    return None


async def _sns_message(headers: Mapping[str, str], body: bytes, services: Services) -> Answer | None:
    return await services.sns.receive(body)


NATIVE = {"alerts": "signalcraft-alert", "changes": "signalcraft-change", "audit": "signalcraft-audit",
          "metrics": "signalcraft-metric", "logs": "signalcraft-log", "resolutions": "signalcraft-resolution"}
"""SignalCraft's own JSON per stream, posted to ``/hooks/signalcraft/<stream>``."""

HOOKS: tuple[Hook, ...] = (
    Hook("/hooks/alertmanager", "alerts", "alertmanager"),
    Hook("/hooks/grafana", "alerts", "grafana", signature="grafana"),
    Hook("/hooks/pagerduty", "resolutions", "pagerduty-v3-webhook", signature="pagerduty"),
    Hook("/hooks/pagerduty-events", "alerts", "pagerduty-events"),
    Hook("/hooks/pagerduty-change", "changes", "pagerduty-change"),
    Hook("/hooks/github", "changes", _github_format, signature="github",
         copy_headers=("x-github-event", "x-github-delivery"), intercept=_github_ping),
    Hook("/hooks/argocd", "changes", "argocd"),
    Hook("/hooks/kubernetes", "changes", "kubernetes-event"),
    Hook("/hooks/launchdarkly", "changes", "launchdarkly", signature="launchdarkly"),
    Hook("/hooks/alertmanager-silences", "audit", "alertmanager-silence"),
    Hook("/hooks/datadog", "alerts", "datadog"),
    Hook("/hooks/opsgenie", "alerts", "opsgenie"),  # its acknowledgements become audit entries in the flow
    Hook("/hooks/sentry", "alerts", "sentry", signature="sentry", copy_headers=("sentry-hook-resource",),
         intercept=_sentry_resource),
    Hook("/hooks/cloudwatch", "alerts", "cloudwatch-sns", intercept=_sns_message),  # every message verified
    Hook("/v1/logs", "logs", "otlp-logs"),
    *(Hook(f"/hooks/signalcraft/{kind}", kind, name) for kind, name in NATIVE.items()),
    Hook("/api/v1/write", "metrics", "prometheus-kafka-adapter", body="remote-write"),
)
"""Every path the gateway answers besides ``/healthz``, ``/readyz`` and ``/metrics``."""

HOOK_BY_PATH = {hook.path: hook for hook in HOOKS}

IDENTITY_HEADERS = ("sc-project", "sc-environment", "sc-service", "sc-fingerprint")
"""Headers (or query parameters without the ``sc-`` prefix) a sender may set to fill what its body
lacks. ``sc-workspace`` is not among them: the credential decides it."""
