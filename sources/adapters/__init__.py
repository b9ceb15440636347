"""Payload adapters, one module per family of tools; importing this registers all."""

from signalcraft.sources.adapters import (  # noqa: F401  (import registers)
    alerts,
    audit,
    changes,
    telemetry,
)
from signalcraft.sources.adapters.base import REGISTRY, AdaptContext, AdaptError, Adapter

__all__ = ["REGISTRY", "AdaptContext", "AdaptError", "Adapter", "formats_for"]


def formats_for(kind: str) -> list[str]:
    """Names of the formats that can arrive on a stream of ``kind``, in detection order."""
    return [name for name, adapter in REGISTRY.items() if adapter.kind == kind]
