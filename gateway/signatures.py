"""Vendor webhook signatures, checked on the raw body before anything reads it.

Each :class:`Scheme` names the setting its secrets come from (``<name>_secrets``, a JSON
object workspace -> secret, ``"*"`` for any workspace) and a check that raises
:class:`Unsigned` with a reason that never contains a secret or a signature. Every
comparison is :func:`hmac.compare_digest`. A scheme whose vendor signs without a shared secret
(a certificate, as Amazon SNS does) sets ``secret_setting=None`` and is checked on every request.

- GitHub: ``X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, body)>``;
- LaunchDarkly: ``X-LD-Signature: <hex HMAC-SHA256(secret, body)>``;
- PagerDuty V3: ``X-PagerDuty-Signature: v1=<hex>[,v1=<hex>...]`` (several while a secret rotates);
- Grafana: ``X-Grafana-Alerting-Signature: <hex HMAC-SHA256(secret, "<timestamp>:<body>")>`` with the
  Unix-seconds timestamp in the header Grafana's HMAC settings name, within the replay window;
- Sentry (integration platform): ``Sentry-Hook-Signature: <hex HMAC-SHA256(client secret, body)>``.

>>> body = b'{"action": "created"}'
>>> GITHUB.check(b"s", {"x-hub-signature-256": "sha256=" + hex_hmac(b"s", body)}, body, Window(0, 300))
>>> try:
...     GITHUB.check(b"s", {"x-hub-signature-256": "sha256=" + "0" * 64}, body, Window(0, 300))
... except Unsigned as e:
...     print(e)
X-Hub-Signature-256 does not match the body signed with the GitHub secret
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass

__all__ = ["GITHUB", "GRAFANA", "LAUNCHDARKLY", "PAGERDUTY", "SCHEMES", "SENTRY", "Scheme", "Unsigned", "Window",
           "hex_hmac"]


class Unsigned(Exception):
    """A request whose signature is missing, malformed, wrong or outside the replay window: answered
    ``status`` (401; 400 for a body that cannot carry its signature at all, as a body that is not an
    SNS message)."""

    def __init__(self, reason: str, status: int = 401):
        super().__init__(reason)
        self.status = status


@dataclass(frozen=True)
class Window:
    """The clock (Unix seconds) and how far a signed timestamp may be from it, with the name of
    the header a timestamped scheme reads its timestamp from."""

    now: float
    seconds: int
    timestamp_header: str = "x-grafana-alerting-timestamp"


Check = Callable[[bytes, Mapping[str, str], bytes, Window], None]


@dataclass(frozen=True)
class Scheme:
    """How one vendor signs its webhooks."""

    name: str
    check: Check
    """``check(secret, lower-cased headers, raw body, window)``: returns, or raises :class:`Unsigned`."""
    secret_setting: str | None = None
    """The settings field holding this scheme's secrets; ``None``: checked without a secret, always."""


def hex_hmac(secret: bytes, message: bytes) -> str:
    """Lower-case hex HMAC-SHA256 of ``message`` under ``secret``.

    >>> hex_hmac(b"It's a Secret to Everybody", b"Hello, World!")[:16]
    '757107ea0eb2509f'
    """
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def _matches(expected: str, given: str) -> bool:
    """Whether the hex digest ``given`` (any case) is ``expected``, in constant time; a header that is not
    ASCII is no match (:func:`hmac.compare_digest` raises on such strings).

    >>> _matches("ab12", "AB12"), _matches("ab12", "ab1\u00e9")
    (True, False)
    """
    return hmac.compare_digest(expected.encode(), given.lower().encode("utf-8", "replace"))


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name.lower(), "").strip()
    if not value:
        raise Unsigned(f"{_title(name)} is missing: this path requires the vendor's signature")
    return value


def _title(name: str) -> str:
    """A header name as vendors spell it in their documentation.

    >>> _title("x-hub-signature-256"), _title("x-ld-signature"), _title("x-pagerduty-signature")
    ('X-Hub-Signature-256', 'X-LD-Signature', 'X-PagerDuty-Signature')
    """
    spelled = {"ld": "LD", "pagerduty": "PagerDuty"}
    return "-".join(spelled.get(part, part.capitalize()) for part in name.lower().split("-"))


def _github(secret: bytes, headers: Mapping[str, str], body: bytes, window: Window) -> None:
    given = _header(headers, "x-hub-signature-256")
    scheme, _, digest = given.partition("=")
    if scheme != "sha256" or not digest:
        raise Unsigned("X-Hub-Signature-256 is not sha256=<hex digest>")
    if not _matches(hex_hmac(secret, body), digest):
        raise Unsigned("X-Hub-Signature-256 does not match the body signed with the GitHub secret")


def _launchdarkly(secret: bytes, headers: Mapping[str, str], body: bytes, window: Window) -> None:
    given = _header(headers, "x-ld-signature")
    if not _matches(hex_hmac(secret, body), given):
        raise Unsigned("X-LD-Signature does not match the body signed with the LaunchDarkly secret")


def _pagerduty(secret: bytes, headers: Mapping[str, str], body: bytes, window: Window) -> None:
    given = _header(headers, "x-pagerduty-signature")
    expected = hex_hmac(secret, body)
    versions = [part.strip().partition("=") for part in given.split(",")]
    if not any(version == "v1" and digest for version, _, digest in versions):
        raise Unsigned("X-PagerDuty-Signature holds no v1=<hex digest>")
    matched = False
    for version, _, digest in versions:  # every one compared: the time does not say which matched
        matched |= version == "v1" and _matches(expected, digest)
    if not matched:
        raise Unsigned("X-PagerDuty-Signature: no v1 signature matches the body signed with the PagerDuty secret")


def _sentry(secret: bytes, headers: Mapping[str, str], body: bytes, window: Window) -> None:
    given = _header(headers, "sentry-hook-signature")
    if not _matches(hex_hmac(secret, body), given):
        raise Unsigned("Sentry-Hook-Signature does not match the body signed with the Sentry client secret")


def _grafana(secret: bytes, headers: Mapping[str, str], body: bytes, window: Window) -> None:
    given = _header(headers, "x-grafana-alerting-signature")
    stamp = _header(headers, window.timestamp_header)
    _within(stamp, window)
    if not _matches(hex_hmac(secret, stamp.encode() + b":" + body), given):
        raise Unsigned("X-Grafana-Alerting-Signature does not match the timestamp and body signed with the "
                       "Grafana secret")


def _within(stamp: str, window: Window) -> None:
    """Raise unless ``stamp`` (Unix seconds) is within the window of the clock.

    >>> _within("1000", Window(1299.0, 300))
    >>> try:
    ...     _within("1000", Window(1301.0, 300))
    ... except Unsigned as e:
    ...     print(e)
    the signed timestamp is 301 s from the gateway's clock (at most 300): a replay or a wrong clock
    """
    if not (stamp.isascii() and stamp.isdigit()):
        raise Unsigned(f"the signature timestamp {stamp[:20]!r} is not Unix seconds")
    off = abs(window.now - int(stamp))
    if off > window.seconds:
        raise Unsigned(f"the signed timestamp is {off:.0f} s from the gateway's clock (at most {window.seconds}): "
                       "a replay or a wrong clock")


GITHUB = Scheme("github", _github, "github_secrets")
LAUNCHDARKLY = Scheme("launchdarkly", _launchdarkly, "launchdarkly_secrets")
PAGERDUTY = Scheme("pagerduty", _pagerduty, "pagerduty_secrets")
GRAFANA = Scheme("grafana", _grafana, "grafana_secrets")
SENTRY = Scheme("sentry", _sentry, "sentry_secrets")
SCHEMES = {s.name: s for s in (GITHUB, LAUNCHDARKLY, PAGERDUTY, GRAFANA, SENTRY)}
