"""Settings of ``signalcraft gateway``: where it listens, who may write into which workspace, how
vendors' signatures are checked and how long a request waits for Kafka.

Credentials and signing secrets are JSON objects kept as ``SecretStr``, so they never show in a
repr, a log line or a validation error:

>>> s = GatewaySettings(tokens='{"t-acme": "acme", "t-globex": "globex"}', github_secrets='{"acme": "gh-s3cr3t"}')
>>> s.token_map()["t-globex"], s.secret_map("github"), s.secret_map("launchdarkly")
('globex', {'acme': 'gh-s3cr3t'}, {})
>>> "t-acme" in repr(s) or "gh-s3cr3t" in repr(s)
False
>>> GatewaySettings().host, GatewaySettings().port, GatewaySettings().max_body_bytes
('127.0.0.1', 8090, 1048576)
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

SIGNING_SCHEMES = ("github", "launchdarkly", "pagerduty", "grafana", "sentry")
"""The vendors whose signatures the gateway checks; each has a ``<name>_secrets`` setting."""


def _json_object(value: SecretStr | None, what: str, key_name: str, value_name: str) -> SecretStr | None:
    """``value`` unchanged when it holds a non-empty JSON object of non-empty strings; a ValueError
    that names the entry (never its text) otherwise."""
    if value is None:
        return None
    try:
        mapping = json.loads(value.get_secret_value())
    except json.JSONDecodeError as e:
        raise ValueError(f"{what}: not JSON ({e.msg} at character {e.pos}); expected "
                         f'{{"{key_name}": "{value_name}", ...}}') from None
    if not isinstance(mapping, dict) or not mapping:
        raise ValueError(f'{what}: expected a non-empty JSON object {{"{key_name}": "{value_name}", ...}}')
    for number, (key, item) in enumerate(mapping.items(), 1):
        if not isinstance(item, str) or not item.strip() or not key.strip():
            raise ValueError(f"{what}: entry {number} needs a non-empty {key_name} and a non-empty {value_name}")
    return value


class GatewaySettings(BaseSettings):
    """The HTTP front door (``SIGNALCRAFT_GATEWAY_*``); Kafka and topic names come from
    ``SIGNALCRAFT_KAFKA_*`` and ``SIGNALCRAFT_TOPIC_*`` as for ``signalcraft run``."""

    model_config = SettingsConfigDict(env_prefix="SIGNALCRAFT_GATEWAY_", frozen=True, extra="forbid",
                                      hide_input_in_errors=True)  # a bad token map never echoes a token

    host: str = "127.0.0.1"
    """The address to bind; ``0.0.0.0`` to take webhooks from other machines."""
    port: int = 8090
    tokens: SecretStr | None = None
    """Who may write: a JSON object of token -> workspace (``{"s3cr3t": "acme"}``), sent as
    ``Authorization: Bearer <token>``, as the password of HTTP basic auth, or as ``?token=``.
    Everything a token writes lands in its workspace, whatever the body or headers say."""
    anonymous_workspace: str | None = None
    """Where a request without a credential writes. Unset (the default) such a request gets 401; set it
    only for a single team on a private network."""
    query_tokens: bool = True
    """Accept ``?token=`` for tools that cannot set a header (query strings may end up in proxies' logs)."""
    github_secrets: SecretStr | None = None
    """GitHub webhook secrets, JSON workspace -> secret (``"*"``: any workspace). Set for a workspace,
    ``X-Hub-Signature-256`` is required on ``/hooks/github``."""
    launchdarkly_secrets: SecretStr | None = None
    """LaunchDarkly webhook secrets (``X-LD-Signature``), JSON workspace -> secret."""
    pagerduty_secrets: SecretStr | None = None
    """PagerDuty V3 webhook subscription secrets (``X-PagerDuty-Signature``), JSON workspace -> secret."""
    grafana_secrets: SecretStr | None = None
    """Grafana contact points' HMAC secrets (``X-Grafana-Alerting-Signature``), JSON workspace -> secret."""
    sentry_secrets: SecretStr | None = None
    """Sentry integrations' client secrets (``Sentry-Hook-Signature``), JSON workspace -> secret."""
    sns_topics: tuple[str, ...] | None = None
    """The SNS topic ARNs ``/hooks/cloudwatch`` accepts, a JSON list; unset, any topic whose messages
    carry a valid SNS signature (which the gateway checks on every message, whatever this says)."""
    grafana_timestamp_header: str = "X-Grafana-Alerting-Timestamp"
    """The timestamp header named in Grafana's HMAC settings; required with a Grafana secret."""
    replay_window_s: int = 300
    """A signed request whose timestamp is further than this from the clock is refused."""
    max_body_bytes: int = 1_048_576
    """Larger bodies get 413 (Kafka's default message limit is about 1 MB)."""
    max_samples_bytes: int = 33_554_432
    """The largest remote-write body once decompressed (a snappy length above it is 413 at once)."""
    ack_timeout_s: float = 10.0
    """How long a request waits for Kafka to acknowledge its messages before it gets 503."""
    retry_after_s: int = 5
    """The ``Retry-After`` of a 503."""
    probe_every_s: float = 1.0
    """While Kafka is unreachable, how often the gateway asks it for metadata to notice its return."""
    ssl_keyfile: Path | None = None
    """TLS: the private key (PEM); with ``ssl_certfile`` the gateway speaks HTTPS itself."""
    ssl_certfile: Path | None = None
    """TLS: the certificate chain (PEM)."""

    @field_validator("tokens")
    @classmethod
    def _tokens(cls, value: SecretStr | None) -> SecretStr | None:
        return _json_object(value, "tokens", "token", "workspace")

    @field_validator("github_secrets", "launchdarkly_secrets", "pagerduty_secrets", "grafana_secrets", "sentry_secrets")
    @classmethod
    def _secrets(cls, value: SecretStr | None, info) -> SecretStr | None:
        return _json_object(value, info.field_name, "workspace", "secret")

    @field_validator("sns_topics")
    @classmethod
    def _sns_topics(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is None:
            return None
        if not value:
            raise ValueError("sns_topics: an empty list would refuse every SNS message; leave it unset to accept "
                             "any topic")
        for number, arn in enumerate(value, 1):
            parts = arn.split(":")
            if len(parts) != 6 or parts[0] != "arn" or parts[2] != "sns" or not all(parts[3:]):
                raise ValueError(f"sns_topics: entry {number} {arn!r} is not an SNS topic ARN "
                                 "(arn:aws:sns:<region>:<account>:<topic>)")
        return value

    @field_validator("port")
    @classmethod
    def _port(cls, value: int) -> int:
        if not 0 <= value <= 65535:
            raise ValueError(f"port: {value} is not between 0 and 65535")
        return value

    @field_validator("replay_window_s", "retry_after_s", "max_body_bytes", "max_samples_bytes")
    @classmethod
    def _positive(cls, value: int, info) -> int:
        if value <= 0:
            raise ValueError(f"{info.field_name}: {value} is not above 0")
        return value

    @field_validator("ack_timeout_s", "probe_every_s")
    @classmethod
    def _positive_seconds(cls, value: float, info) -> float:
        if not value > 0:
            raise ValueError(f"{info.field_name}: {value} is not above 0 seconds")
        return value

    def token_map(self) -> dict[str, str]:
        """Token -> workspace (empty without tokens); read once by the app, never logged."""
        return {} if self.tokens is None else json.loads(self.tokens.get_secret_value())

    def secret_map(self, scheme: str) -> dict[str, str]:
        """Workspace (or ``"*"``) -> signing secret of ``scheme`` (one of :data:`SIGNING_SCHEMES`)."""
        value = getattr(self, f"{scheme}_secrets")
        return {} if value is None else json.loads(value.get_secret_value())
