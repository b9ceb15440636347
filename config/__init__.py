"""Settings, one frozen class per concern, read from ``SIGNALCRAFT_*`` env vars."""

from signalcraft.config.settings import (
    BrokerSettings,
    CorrelationSettings,
    IdentitySettings,
    IngestSettings,
    Settings,
    StoreSettings,
    TopicSettings,
)

__all__ = [
    "BrokerSettings",
    "CorrelationSettings",
    "IdentitySettings",
    "IngestSettings",
    "Settings",
    "StoreSettings",
    "TopicSettings",
]
