"""Settings of ``signalcraft serve``: where it listens, who may read, and what each reader sees.

>>> ServeSettings().host, ServeSettings().port, ServeSettings().workspace_for("anything")
('127.0.0.1', 8080, None)
>>> s = ServeSettings(tokens='{"t-acme": "acme", "t-globex": "globex"}')
>>> s.workspace_for("t-globex"), s.workspace_for("t-nobody"), s.requires_token
('globex', None, True)
>>> "t-acme" in repr(s)
False
>>> slack = ServeSettings(slack_signing_secret="8f3c", slack_workspaces={"T0ACME": "acme"})
>>> slack.slack_enabled, slack.slack_workspace_for("T0ACME"), slack.slack_workspace_for("T0OTHER")
(True, 'acme', None)
>>> "8f3c" in repr(slack), ServeSettings().slack_enabled
(False, False)
"""

from __future__ import annotations

import hmac
import json

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class ServeSettings(BaseSettings):
    """The web app (``SIGNALCRAFT_SERVE_*``)."""

    model_config = SettingsConfigDict(env_prefix="SIGNALCRAFT_SERVE_", frozen=True, extra="forbid",
                                      hide_input_in_errors=True)  # a bad token map never echoes a token

    host: str = "127.0.0.1"
    """The address to bind; 127.0.0.1 keeps the app on this machine."""
    port: int = 8080
    tokens: SecretStr | None = None
    """Bearer tokens, a JSON object of token -> workspace (``{"s3cr3t": "acme"}``). When set, every
    request needs ``Authorization: Bearer <token>`` and sees only that workspace. Unset: no
    token is asked for and every workspace is visible (for a single team on its own machine)."""
    allowed_hosts: str = ""
    """``Host`` header values the app answers, comma-separated (``*``: any). Empty: 127.0.0.1,
    localhost, ::1 and the bound host (any host when bound to 0.0.0.0), which keeps pages away from
    DNS-rebinding sites."""
    chart_before_min: int = 60
    """The incident chart starts this many minutes before the incident opened."""
    chart_after_min: int = 30
    """And ends this many minutes after."""
    slack_signing_secret: SecretStr | None = None
    """The Slack app's signing secret. Set, ``POST /slack/ask`` answers Slack's slash command (every
    request's ``X-Slack-Signature`` checked against it); unset, that path is 404."""
    slack_workspaces: dict[str, str] = {}
    """Slack team id -> workspace (``{"T0123ABCD": "acme"}``): a slash command from a team asks within
    its workspace only; a team not listed is refused. A single-workspace deployment sets one entry."""
    slack_replay_window_s: int = 300
    """A Slack request whose ``X-Slack-Request-Timestamp`` is further than this from the clock is refused."""

    @field_validator("tokens")
    @classmethod
    def _token_map(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return None
        try:
            mapping = json.loads(value.get_secret_value())
        except json.JSONDecodeError as e:  # the message names the position, never the text
            raise ValueError(f"tokens: not JSON ({e.msg} at character {e.pos}); expected "
                             '{"token": "workspace", ...}') from None
        if not isinstance(mapping, dict) or not mapping:
            raise ValueError('tokens: expected a non-empty JSON object {"token": "workspace", ...}')
        for number, (token, workspace) in enumerate(mapping.items(), 1):
            if not isinstance(workspace, str) or not workspace or not token.strip():
                raise ValueError(f"tokens: entry {number} needs a non-empty token and a workspace name")
        return value

    @field_validator("slack_workspaces")
    @classmethod
    def _team_map(cls, value: dict[str, str]) -> dict[str, str]:
        for number, (team, workspace) in enumerate(value.items(), 1):
            if not team.strip() or not workspace.strip():
                raise ValueError(f"slack_workspaces: entry {number} needs a non-empty team id and a workspace name")
        return value

    @field_validator("slack_replay_window_s")
    @classmethod
    def _window(cls, value: int) -> int:
        if not 1 <= value <= 3600:
            raise ValueError(f"slack_replay_window_s: {value} is not between 1 and 3600 seconds")
        return value

    @field_validator("port")
    @classmethod
    def _port(cls, value: int) -> int:
        if not 0 <= value <= 65535:
            raise ValueError(f"port: {value} is not between 0 and 65535")
        return value

    @property
    def requires_token(self) -> bool:
        return self.tokens is not None

    def workspace_for(self, token: str) -> str | None:
        """The workspace of ``token``, or ``None``. Every known token is compared in constant time."""
        if self.tokens is None:
            return None
        found = None
        for known, workspace in json.loads(self.tokens.get_secret_value()).items():
            if hmac.compare_digest(known.encode(), token.encode()):
                found = workspace
        return found

    @property
    def slack_enabled(self) -> bool:
        return self.slack_signing_secret is not None and bool(self.slack_signing_secret.get_secret_value())

    def slack_workspace_for(self, team_id: str) -> str | None:
        """The workspace Slack team ``team_id`` asks within, or ``None`` when the team is not mapped."""
        return self.slack_workspaces.get(team_id) if team_id else None

    def hosts(self) -> list[str]:
        """The ``Host`` values to answer."""
        if self.allowed_hosts.strip():
            return [h.strip() for h in self.allowed_hosts.split(",") if h.strip()]
        if self.host in ("0.0.0.0", "::"):  # bound to every interface: the machine's names are not known here
            return ["*"]
        return list(dict.fromkeys(["127.0.0.1", "localhost", "::1", self.host]))
