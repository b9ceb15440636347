"""Payload adapters, one module per family of tools; importing this registers all."""

from signalcraft.sources.adapters import (  # noqa: F401  (import registers)
    alerts,
    audit,
    changes,
    cloudwatch,
    datadog,
    feedback,
    opsgenie,
    pagerduty_v3,
    sentry,
    telemetry,
)
from signalcraft.sources.adapters.base import REGISTRY, AdaptContext, Adapter, AdaptError

__all__ = ["REGISTRY", "AdaptContext", "AdaptError", "Adapter", "formats_for"]


def formats_for(kind: str) -> list[str]:
    """Names of the formats that can arrive on a stream of ``kind``, in detection order:
    tools' formats, then the generic ones, by name within each (:attr:`Adapter.precedence`).

    >>> formats_for("changes")[-1], formats_for("alerts")[:2]
    ('signalcraft-change', ['alertmanager', 'cloudwatch-sns'])
    """
    return sorted((n for n, a in REGISTRY.items() if a.kind == kind), key=lambda n: (REGISTRY[n].precedence, n))
