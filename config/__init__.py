"""Settings, one frozen class per concern, read from ``SIGNALCRAFT_*`` env vars."""

from signalcraft.config.ask import AskSettings, LLMSettings
from signalcraft.config.copilot import CopilotSettings
from signalcraft.config.serve import ServeSettings
from signalcraft.config.settings import (
    AnomalySettings,
    BrokerSettings,
    CorrelationSettings,
    IdentitySettings,
    IngestSettings,
    PatternSettings,
    ServiceSettings,
    Settings,
    SilenceSettings,
    StoreSettings,
    TopicSettings,
)

__all__ = [
    "AnomalySettings",
    "AskSettings",
    "BrokerSettings",
    "CopilotSettings",
    "CorrelationSettings",
    "IdentitySettings",
    "IngestSettings",
    "LLMSettings",
    "PatternSettings",
    "ServeSettings",
    "ServiceSettings",
    "Settings",
    "SilenceSettings",
    "StoreSettings",
    "TopicSettings",
]
