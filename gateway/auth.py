"""Who is writing: the credential of a request and the workspace it writes into, and the vendor
signature its path requires.

A token travels as ``Authorization: Bearer <token>`` (Alertmanager's ``http_config.authorization``,
Grafana's and Argo CD's header settings), as the password of HTTP basic auth (tools that only
offer a user and password; the user name is not read), or as ``?token=`` for tools that cannot set
a header. The workspace is the token's, never the body's: the gateway sets ``sc-workspace`` itself
and refuses a body whose records name another.

Tokens are looked up by their SHA-256 (a dict lookup whose timing depends only on the hash),
then compared with :func:`hmac.compare_digest`. Nothing here logs a token or a secret.

>>> creds = Credentials({"t-acme": "acme"})
>>> creds.workspace({"authorization": "Bearer t-acme"}, {}), creds.workspace({}, {"token": "t-acme"})
('acme', 'acme')
>>> creds.workspace({"authorization": "Basic " + base64.b64encode(b"alertmanager:t-acme").decode()}, {})
'acme'
>>> creds.workspace({"authorization": "Bearer t-other"}, {}) is None
True
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Mapping

from signalcraft.config.gateway import GatewaySettings
from signalcraft.gateway.signatures import SCHEMES, Scheme, Unsigned, Window

__all__ = ["Credentials", "Signatures", "Unsigned"]


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


class Credentials:
    """Token -> workspace, with an optional workspace for requests that bring no credential."""

    def __init__(self, tokens: Mapping[str, str], anonymous: str | None = None, query_tokens: bool = True):
        self._by_digest = {_digest(token): (token.encode(), workspace) for token, workspace in tokens.items()}
        self.anonymous = anonymous
        self.query_tokens = query_tokens

    @classmethod
    def of(cls, settings: GatewaySettings) -> Credentials:
        return cls(settings.token_map(), settings.anonymous_workspace, settings.query_tokens)

    @property
    def configured(self) -> bool:
        """Whether any request can get in (a token, or the anonymous workspace)."""
        return bool(self._by_digest) or self.anonymous is not None

    def workspace(self, headers: Mapping[str, str], query: Mapping[str, str]) -> str | None:
        """The workspace the request writes into, or ``None`` (answer 401).

        A request that presents a credential is judged by it alone: a wrong token is refused even
        when anonymous writes are allowed.
        """
        token = self._token(headers, query)
        if token is None:
            return self.anonymous
        found = self._by_digest.get(_digest(token))
        if found is None or not hmac.compare_digest(found[0], token.encode()):
            return None
        return found[1]

    def _token(self, headers: Mapping[str, str], query: Mapping[str, str]) -> str | None:
        scheme, _, value = headers.get("authorization", "").strip().partition(" ")
        scheme, value = scheme.lower(), value.strip()
        if scheme == "bearer" and value:
            return value
        if scheme == "basic" and value:
            try:
                decoded = base64.b64decode(value, validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                return ""  # a credential was presented, and it is not one: refused, never anonymous
            return decoded.partition(":")[2]
        if scheme:
            return ""
        if query.get("token"):
            return query["token"] if self.query_tokens else ""  # presented and not accepted: refused
        return None


class Signatures:
    """The signing secrets of each scheme per workspace; checks a request's signature."""

    def __init__(self, settings: GatewaySettings, schemes: Mapping[str, Scheme] = SCHEMES):
        self.schemes = dict(schemes)
        self.window_s = settings.replay_window_s
        self.timestamp_header = settings.grafana_timestamp_header.lower()
        self._secrets = {
            name: {ws: secret.encode() for ws, secret in settings.secret_map(name).items()}
            for name, scheme in self.schemes.items() if scheme.secret_setting is not None
        }

    def required(self, scheme: str | None) -> list[str]:
        """The workspaces (``"*"``: every one) for which ``scheme`` is checked; for the start-up line."""
        if scheme is None:
            return []
        if self.schemes[scheme].secret_setting is None:
            return ["*"]
        return sorted(self._secrets.get(scheme, {}))

    def check(self, scheme: str | None, workspace: str, headers: Mapping[str, str], body: bytes, now: float) -> bool:
        """Raise :class:`Unsigned` when ``scheme`` applies to ``workspace`` and the request is not
        signed; return whether a signature was checked."""
        if scheme is None:
            return False
        found = self.schemes[scheme]
        if found.secret_setting is None:
            found.check(b"", headers, body, Window(now, self.window_s, self.timestamp_header))
            return True
        secrets = self._secrets.get(scheme, {})
        secret = secrets.get(workspace, secrets.get("*"))
        if secret is None:
            return False
        found.check(secret, headers, body, Window(now, self.window_s, self.timestamp_header))
        return True
