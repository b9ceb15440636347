"""Alertmanager's API v2, the little of it the silence collector reads, over HTTP(S)."""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import unquote, urlsplit, urlunsplit
from urllib.request import Request, urlopen

MUTED_QUERY = "/api/v2/alerts?silenced=true&inhibited=true&active=false&unprocessed=false"
"""The suppressed alerts only: the unmuted ones make no record, and a busy Alertmanager's
whole list can outgrow a Kafka message."""


class CollectError(RuntimeError):
    """Alertmanager or Kafka did not answer (``--once`` ends with it; the service keeps polling)."""


class AlertmanagerAPI:
    """Alertmanager's API v2 over HTTP(S). Basic auth comes from the URL's ``user:password@``,
    a bearer token from ``token``; neither is ever part of :attr:`url`, a log line or an error."""

    def __init__(self, url: str, *, token: str | None = None, timeout_s: float = 10.0):
        parts = urlsplit(url)
        host = parts.netloc.rpartition("@")[2]
        self.url = urlunsplit((parts.scheme, host, parts.path.rstrip("/"), "", ""))
        if parts.scheme not in ("http", "https") or not host or parts.query or parts.fragment:
            raise ValueError(f"Alertmanager URL {self.url!r}: expected http(s)://[USER:PASSWORD@]HOST[:PORT][/PATH]")
        if parts.username is not None and token:
            raise ValueError("Alertmanager credentials twice: basic auth in the URL and a token; give one")
        self._auth: str | None = None
        if parts.username is not None:
            pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
            self._auth = "Basic " + base64.b64encode(pair.encode()).decode()
        elif token:
            self._auth = f"Bearer {token}"
        self.timeout_s = timeout_s

    def __repr__(self) -> str:
        return f"AlertmanagerAPI({self.url!r})"

    def get(self, path: str) -> Any:
        headers = {"Accept": "application/json"}
        if self._auth:
            headers["Authorization"] = self._auth
        where = f"GET {self.url}{path}"
        try:
            with urlopen(Request(self.url + path, headers=headers), timeout=self.timeout_s) as resp:
                body = resp.read()
        except HTTPError as e:
            raise CollectError(f"Alertmanager {where}: HTTP {e.code} {e.reason}") from None
        except (URLError, OSError) as e:
            raise CollectError(f"Alertmanager {where}: {getattr(e, 'reason', None) or e}") from None
        try:
            return json.loads(body)
        except ValueError:
            raise CollectError(f"Alertmanager {where}: the answer is not JSON ({body[:80]!r})") from None

    def get_list(self, path: str) -> list[dict[str, Any]]:
        doc = self.get(path)
        if not isinstance(doc, list):
            raise CollectError(f"Alertmanager GET {self.url}{path}: expected a list, got {type(doc).__name__}")
        return [item for item in doc if isinstance(item, dict)]

    def silences(self) -> list[dict[str, Any]]:
        return [s for s in self.get_list("/api/v2/silences") if s.get("id")]

    def muted_alerts(self) -> list[dict[str, Any]]:
        return self.get_list(MUTED_QUERY)
