"""Settings of ``signalcraft ask``: how questions are read and run, and the optional language model.

>>> AskSettings().time_zone, AskSettings().row_limit
('UTC', 1000)
>>> LLMSettings().url is None
True
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class AskSettings(BaseSettings):
    """Questions to SQL over the store (``SIGNALCRAFT_ASK_*``)."""

    model_config = SettingsConfigDict(env_prefix="SIGNALCRAFT_ASK_", frozen=True, extra="forbid")

    time_zone: str = "UTC"
    """The zone time phrases are read in ("yesterday", "2 pm") and day/hour buckets are cut in."""
    row_limit: int = 1000
    """At most this many rows come back."""
    timeout_s: float = 5.0
    """A query running longer is interrupted."""
    memory_limit: str = "1GB"
    """DuckDB's memory cap for the query connection."""

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise ValueError(f"time_zone: {value!r} is not an IANA time zone (e.g. Europe/Berlin)") from e
        return value

    @field_validator("row_limit")
    @classmethod
    def _positive(cls, value: int) -> int:
        if not 1 <= value <= 1_000_000:
            raise ValueError(f"row_limit: {value} is not between 1 and 1,000,000")
        return value


class LLMSettings(BaseSettings):
    """An optional OpenAI-compatible model (``SIGNALCRAFT_LLM_*``) asked to write SQL for questions the
    parser cannot read; its SQL passes the same gate. Off unless ``SIGNALCRAFT_LLM_URL`` is set."""

    model_config = SettingsConfigDict(env_prefix="SIGNALCRAFT_LLM_", frozen=True, extra="forbid")

    url: str | None = None
    """Base URL of the API (``http://127.0.0.1:8000/v1``); ``/chat/completions`` is appended."""
    model: str = "default"
    api_key: SecretStr | None = None
    timeout_s: float = 20.0
