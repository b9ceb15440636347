"""Amazon SNS messages posted to an HTTP(S) subscription: checking their signature and
finding the URL that confirms a subscription.

SNS posts three types of message, each a JSON object with ``Type``, ``MessageId``,
``TopicArn``, ``Message``, ``Timestamp``, ``SignatureVersion``, ``Signature`` and
``SigningCertURL``: a ``Notification`` (also ``Subject`` when the publisher set one, and
``UnsubscribeURL``), a ``SubscriptionConfirmation`` and an ``UnsubscribeConfirmation``
(also ``Token`` and ``SubscribeURL``).

The signature is RSA over a canonical text of some of the message's values: for each
signed key present, in the order of :data:`SIGNED_KEYS`, the key, a newline, the value, a
newline. ``SignatureVersion`` ``1`` signs with SHA1withRSA, ``2`` with SHA256withRSA. The
public key is in the X.509 certificate at ``SigningCertURL``; that URL, and the
``SubscribeURL`` a confirmation asks to visit, are trusted only over HTTPS from an SNS host
(``sns.<region>.amazonaws.com``, or ``.amazonaws.com.cn`` in China).

Nothing here touches the network: whoever receives the message (the gateway) passes a
function that fetches a certificate (``url -> PEM bytes``, wrapped in a
:class:`CertificateCache` so each certificate is fetched once) and makes the GET that
confirms a subscription itself. The ``cryptography`` package is needed to check a
signature, and is imported only then.
"""

from __future__ import annotations

import base64
import binascii
import functools
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Mapping
from datetime import datetime
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

NOTIFICATION = "Notification"
SUBSCRIPTION_CONFIRMATION = "SubscriptionConfirmation"
UNSUBSCRIBE_CONFIRMATION = "UnsubscribeConfirmation"
MESSAGE_TYPES = (NOTIFICATION, SUBSCRIPTION_CONFIRMATION, UNSUBSCRIBE_CONFIRMATION)

_CONFIRMATION_KEYS = ("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type")
SIGNED_KEYS: dict[str, tuple[str, ...]] = {
    NOTIFICATION: ("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"),
    SUBSCRIPTION_CONFIRMATION: _CONFIRMATION_KEYS,
    UNSUBSCRIBE_CONFIRMATION: _CONFIRMATION_KEYS,
}
"""The keys each message type signs, in signing order. A Notification's ``Subject`` is
signed only when the message has one."""
_OPTIONAL_KEYS = frozenset({"Subject"})
SIGNATURE_VERSIONS = {"1": "SHA1withRSA", "2": "SHA256withRSA"}
_SNS_HOST = re.compile(r"sns\.[a-z0-9][a-z0-9-]*[a-z0-9]\.amazonaws\.com(\.cn)?")

CertificateFetcher = Callable[[str], bytes]
"""Fetches the PEM certificate at an (already checked) ``https://sns…`` URL."""


class SnsError(ValueError):
    """An SNS message that cannot be trusted or used; the message says which check failed and why."""


def message_type(message: Mapping[str, Any]) -> str:
    """The message's ``Type``, checked to be one SNS sends.

    >>> message_type({"Type": "Notification"})
    'Notification'
    """
    if not isinstance(message, Mapping):
        raise SnsError(f"sns message: expected a JSON object, got {type(message).__name__}")
    kind = message.get("Type")
    if kind not in MESSAGE_TYPES:
        raise SnsError(f"sns message: Type {kind!r} is not one of {', '.join(MESSAGE_TYPES)}")
    return kind


def check_sns_url(url: Any, what: str) -> str:
    """``url`` if it is HTTPS on an SNS host (port 443), else an SnsError naming ``what``.

    >>> check_sns_url("https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-abc.pem", "SigningCertURL")
    'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-abc.pem'
    >>> try:
    ...     check_sns_url("https://sns.eu-west-1.amazonaws.com.evil.example/x.pem", "SigningCertURL")
    ... except SnsError as e:
    ...     print(e)
    sns message: SigningCertURL host 'sns.eu-west-1.amazonaws.com.evil.example' is not an SNS host; \
expected sns.<region>.amazonaws.com or sns.<region>.amazonaws.com.cn
    """
    if not isinstance(url, str) or not url:
        raise SnsError(f"sns message: {what} is {type(url).__name__ if not isinstance(url, str) else 'empty'}, "
                       "expected an https URL")
    if any(c.isspace() or c == "\\" for c in url):
        raise SnsError(f"sns message: {what} {url!r} holds whitespace or a backslash")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as e:
        raise SnsError(f"sns message: {what} {url!r} is not a URL ({e})") from None
    if parts.scheme.lower() != "https":
        raise SnsError(f"sns message: {what} {url!r} is not https; only an https URL is trusted")
    host = (parts.hostname or "").lower()
    if parts.username is not None or parts.password is not None or port not in (None, 443):
        raise SnsError(f"sns message: {what} {url!r} carries credentials or a port other than 443")
    if not _SNS_HOST.fullmatch(host):
        raise SnsError(
            f"sns message: {what} host {host!r} is not an SNS host; expected sns.<region>.amazonaws.com "
            "or sns.<region>.amazonaws.com.cn"
        )
    return url


def string_to_sign(message: Mapping[str, Any]) -> bytes:
    """The canonical text SNS signs for ``message``, as UTF-8.

    >>> string_to_sign({"Type": "Notification", "MessageId": "m-1", "TopicArn": "arn:aws:sns:eu-west-1:1:t",
    ...                 "Message": "hi", "Timestamp": "2024-06-04T14:02:11.123Z"})
    b'Message\\nhi\\nMessageId\\nm-1\\nTimestamp\\n2024-06-04T14:02:11.123Z\\nTopicArn\\narn:aws:sns:eu-west-1:1:t\\nType\\nNotification\\n'
    """
    kind = message_type(message)
    lines = []
    for key in SIGNED_KEYS[kind]:
        value = message.get(key)
        if value is None and key in _OPTIONAL_KEYS:
            continue
        if not isinstance(value, str):
            found = "missing" if value is None else f"{type(value).__name__}, expected a string"
            raise SnsError(f"sns message ({kind}): signed key {key!r} is {found}")
        lines.append(f"{key}\n{value}\n")
    return "".join(lines).encode()


def verify_sns_message(
    message: Mapping[str, Any],
    fetch_cert: CertificateFetcher,
    *,
    topics: Collection[str] | None = None,
    now: datetime | None = None,
) -> None:
    """Return if ``message`` carries a valid SNS signature, else raise :class:`SnsError`.

    Checked in order: the type; the topic, when ``topics`` lists the accepted ARNs; the
    signature version; the certificate URL (https, SNS host); the signature's base64; the
    certificate ``fetch_cert`` returns (PEM X.509 with an RSA key, valid at ``now`` when
    given); the RSA signature over :func:`string_to_sign`. A fetcher that fails is
    reported as an SnsError with its error chained.
    """
    kind = message_type(message)
    if topics is not None and message.get("TopicArn") not in topics:
        raise SnsError(f"sns message ({kind}): TopicArn {message.get('TopicArn')!r} is not an accepted topic")
    version = message.get("SignatureVersion")
    if version not in SIGNATURE_VERSIONS:
        raise SnsError(
            f"sns message ({kind}): SignatureVersion {version!r} is not supported; "
            "expected '1' (SHA1withRSA) or '2' (SHA256withRSA)"
        )
    url = check_sns_url(message.get("SigningCertURL"), "SigningCertURL")
    signature = _signature(message.get("Signature"), kind)
    signed = string_to_sign(message)
    try:
        pem = fetch_cert(url)
    except Exception as e:
        raise SnsError(f"sns message ({kind}): fetching the signing certificate {url} failed: {e}") from e
    _check_signature(pem, url, signature, signed, version, now, f"sns message ({kind}) {message.get('MessageId')!r}")


def subscribe_url(message: Mapping[str, Any]) -> str:
    """The ``SubscribeURL`` a ``SubscriptionConfirmation`` asks to visit (HTTP GET) to confirm.

    Checked like the certificate URL (https, SNS host). Check the message's signature with
    :func:`verify_sns_message` first: the URL is only as trustworthy as the message.

    >>> subscribe_url({"Type": "SubscriptionConfirmation",
    ...                "SubscribeURL": "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&Token=t"})
    'https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&Token=t'
    """
    kind = message_type(message)
    if kind != SUBSCRIPTION_CONFIRMATION:
        raise SnsError(f"sns message: a {kind} confirms no subscription; expected a {SUBSCRIPTION_CONFIRMATION}")
    return check_sns_url(message.get("SubscribeURL"), "SubscribeURL")


class CertificateCache:
    """A certificate fetcher that fetches each URL once; the ``size`` most recently used are kept.

    Only successful fetches are kept, so a failed one is tried again next time. Safe to
    share between threads.

    >>> calls = []
    >>> cache = CertificateCache(lambda url: calls.append(url) or b"PEM", size=2)
    >>> cache("https://a"), cache("https://a"), len(calls)
    (b'PEM', b'PEM', 1)
    """

    def __init__(self, fetch: CertificateFetcher, size: int = 32):
        if size < 1:
            raise ValueError(f"certificate cache: size {size} is not positive")
        self._fetch = fetch
        self._size = size
        self._kept: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, url: str) -> bytes:
        with self._lock:
            if url in self._kept:
                self._kept.move_to_end(url)
                return self._kept[url]
        pem = self._fetch(url)
        with self._lock:
            self._kept[url] = pem
            self._kept.move_to_end(url)
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)
        return pem


def _signature(value: Any, kind: str) -> bytes:
    if not isinstance(value, str) or not value:
        raise SnsError(f"sns message ({kind}): 'Signature' is missing or not a string")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise SnsError(f"sns message ({kind}): 'Signature' is not base64") from None


def _check_signature(
    pem: Any, url: str, signature: bytes, signed: bytes, version: str, now: datetime | None, what: str
) -> None:
    crypto = _cryptography()
    if not isinstance(pem, bytes):
        raise SnsError(f"{what}: the certificate fetched from {url} is {type(pem).__name__}, expected PEM bytes")
    try:
        cert = crypto.x509.load_pem_x509_certificate(pem)
    except ValueError as e:
        raise SnsError(f"{what}: {url} is not a PEM X.509 certificate ({e})") from None
    if now is not None and not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        raise SnsError(
            f"{what}: the certificate at {url} is valid from {cert.not_valid_before_utc.isoformat()} "
            f"to {cert.not_valid_after_utc.isoformat()}, not at {now.isoformat()}"
        )
    key = cert.public_key()
    if not isinstance(key, crypto.rsa.RSAPublicKey):
        raise SnsError(f"{what}: the certificate at {url} holds a {type(key).__name__}, expected an RSA key")
    digest = crypto.hashes.SHA1() if version == "1" else crypto.hashes.SHA256()
    try:
        key.verify(signature, signed, crypto.padding.PKCS1v15(), digest)
    except crypto.InvalidSignature:
        raise SnsError(
            f"{what}: the signature ({SIGNATURE_VERSIONS[version]}) does not match the message "
            f"and the certificate at {url}"
        ) from None


@functools.cache
def _cryptography() -> SimpleNamespace:
    """The parts of ``cryptography`` a signature check uses, imported on first use."""
    try:
        from cryptography import x509
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding, rsa
    except ImportError as e:
        raise ImportError(
            "checking SNS message signatures needs the 'cryptography' package: pip install cryptography"
        ) from e
    return SimpleNamespace(x509=x509, InvalidSignature=InvalidSignature, hashes=hashes, padding=padding, rsa=rsa)
