"""Amazon SNS's HTTP(S) subscription (``/hooks/cloudwatch``): every message's signature checked
before anything reads it, and the subscription handshake answered.

- Every message is checked with :func:`~signalcraft.sources.adapters.sns.verify_sns_message`: the
  topic (when ``SIGNALCRAFT_GATEWAY_SNS_TOPICS`` lists the accepted ones), the certificate URL
  (https on an SNS host, checked before anything is fetched), the certificate (fetched once per
  URL, valid at the gateway's clock) and the RSA signature over SNS's canonical text. A message
  that fails is refused with 401, a body that is no SNS message with 400; neither is produced.
- ``SubscriptionConfirmation``: checked, then its ``SubscribeURL`` (https on an SNS host too) is
  visited, and the answer is 200; nothing is produced.
- ``UnsubscribeConfirmation``: checked, answered 200; nothing is produced.
- ``Notification``: checked, then produced like every body.

The certificate and the ``SubscribeURL`` are fetched by ``fetch`` (``url -> body``; by default
:func:`https_get`: urllib, TLS verified, 5 s, no redirect followed) in a thread, so the event loop
never waits on AWS. A certificate that cannot be fetched, or a confirmation that fails, is 503:
SNS retries on 5xx and 429 and takes every other answer as final.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
import urllib.request
from collections.abc import Callable, Collection
from datetime import UTC, datetime
from typing import Any

import msgspec

from signalcraft.gateway.routes import Answer, Unreachable
from signalcraft.gateway.signatures import Unsigned
from signalcraft.sources.adapters.sns import (
    NOTIFICATION,
    SUBSCRIPTION_CONFIRMATION,
    CertificateCache,
    SnsError,
    message_type,
    subscribe_url,
    verify_sns_message,
)

__all__ = ["HttpsGet", "SnsSubscription", "https_get"]

log = logging.getLogger(__name__)
_json = msgspec.json.Decoder()  # the flow's decoder: what is checked is what the adapter reads

HttpsGet = Callable[[str], bytes]
"""An HTTPS GET: the body at a URL, or an exception."""
TIMEOUT_S = 5.0
MAX_BYTES = 65_536
"""The most read of an answer (a signing certificate is about 2 kB)."""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is not followed (urllib then raises its 3xx): only an SNS host's own answer is trusted."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def https_get(url: str, timeout_s: float = TIMEOUT_S, limit: int = MAX_BYTES,
              context: ssl.SSLContext | None = None) -> bytes:
    """The body at the https ``url``, TLS verified (against the system's CAs unless ``context`` says
    otherwise), no redirect followed, at most ``limit`` bytes.

    >>> https_get("http://sns.eu-west-1.amazonaws.com/cert.pem")
    Traceback (most recent call last):
    ...
    ValueError: only https is fetched, not 'http://sns.eu-west-1.amazonaws.com/cert.pem'
    """
    if not url.lower().startswith("https://"):
        raise ValueError(f"only https is fetched, not {url!r}")
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context or ssl.create_default_context()),
                                         _NoRedirect())
    with opener.open(urllib.request.Request(url, method="GET"), timeout=timeout_s) as answer:
        body = answer.read(limit + 1)
    if len(body) > limit:
        raise ValueError(f"the answer is over {limit} bytes")
    return body


class _CertificateUnreachable(Exception):
    """Fetching a signing certificate failed: the network's fault, not the message's."""


class SnsSubscription:
    """The SNS messages of one app, checked with certificates fetched through ``fetch`` and kept."""

    def __init__(self, fetch: HttpsGet = https_get, topics: Collection[str] | None = None,
                 clock: Callable[[], float] = time.time):
        self.fetch, self.clock = fetch, clock
        self.topics = frozenset(topics) if topics else None
        self.certificates = CertificateCache(self._certificate)

    def _certificate(self, url: str) -> bytes:
        try:
            return self.fetch(url)
        except Exception as e:
            raise _CertificateUnreachable(f"{type(e).__name__}: {e}") from e

    async def receive(self, body: bytes) -> Answer | None:
        """``None`` for a verified Notification (produce it), an Answer for a confirmation; raises
        :class:`Unsigned` (401, or 400 for a body that is no SNS message) or :class:`Unreachable`."""
        message = _message(body)
        now = datetime.fromtimestamp(self.clock(), UTC)
        try:
            await asyncio.to_thread(verify_sns_message, message, self.certificates, topics=self.topics, now=now)
        except SnsError as e:
            if isinstance(e.__cause__, _CertificateUnreachable):
                raise Unreachable(str(e)) from None
            raise Unsigned(str(e)) from None
        kind, topic = message["Type"], message.get("TopicArn")
        if kind == NOTIFICATION:
            return None
        if kind == SUBSCRIPTION_CONFIRMATION:
            await self._confirm(message, topic)
            log.info("subscribed to SNS topic %s", topic)
            return Answer(200, {"subscribed": topic})
        log.info("SNS topic %s unsubscribed this endpoint", topic)
        return Answer(200, {"unsubscribed": topic})

    async def _confirm(self, message: dict[str, Any], topic: str) -> None:
        try:
            url = subscribe_url(message)
        except SnsError as e:
            raise Unsigned(str(e)) from None
        try:
            await asyncio.to_thread(self.fetch, url)
        except Exception as e:  # noqa: BLE001 - any failure is "ask again", said with its reason
            raise Unreachable(f"sns message ({SUBSCRIPTION_CONFIRMATION}): visiting the SubscribeURL of {topic} "
                              f"failed ({type(e).__name__}: {e}); SNS did not confirm the subscription") from None


def _message(body: bytes) -> dict[str, Any]:
    """The body as an SNS message (a JSON object with a ``Type`` SNS sends), else Unsigned with 400."""
    try:
        message = _json.decode(body)
    except (msgspec.DecodeError, UnicodeDecodeError) as e:
        raise Unsigned(f"sns message: the body is not JSON ({e})", 400) from None
    try:
        message_type(message)
    except SnsError as e:
        raw = isinstance(message, dict) and "Type" not in message
        hint = "; with raw message delivery on, SNS posts the bare message unsigned: turn it off" if raw else ""
        raise Unsigned(f"{e}{hint}", 400) from None
    return message
