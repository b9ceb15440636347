"""Payload adapters, one module per family of tools; importing this registers all."""

from typing import Any

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

__all__ = ["REGISTRY", "AdaptContext", "AdaptError", "Adapter", "detect_format", "formats_for"]


def formats_for(kind: str) -> list[str]:
    """Names of the formats that can arrive on a stream of ``kind``, in detection order:
    tools' formats, then the generic ones, by name within each (:attr:`Adapter.precedence`).

    >>> formats_for("changes")[-1], formats_for("alerts")[:2]
    ('signalcraft-change', ['alertmanager', 'cloudwatch-sns'])
    """
    key = (kind, len(REGISTRY))  # formats are only ever added (register refuses a name twice)
    names = _ORDER.get(key)
    if names is None:
        names = _ORDER[key] = sorted((n for n, a in REGISTRY.items() if a.kind == kind),
                                     key=lambda n: (REGISTRY[n].precedence, n))
    return list(names)


_ORDER: dict[tuple[str, int], list[str]] = {}
"""Each stream's detection order, sorted once (detection asks for it with every message)."""


def detect_format(doc: Any, kind: str, ctx: AdaptContext) -> str | None:
    """The first format of ``kind`` (in :func:`formats_for`'s order) whose detector takes the
    decoded ``doc``; a detector that trips means "not this format"; ``None`` when none takes it.

    >>> from signalcraft.params import Identity
    >>> detect_format({"alerts": [], "groupKey": "{}"}, "alerts", AdaptContext({}, Identity()))
    'alertmanager'
    """
    for name in formats_for(kind):
        try:
            if REGISTRY[name].detect(doc, ctx):
                return name
        except Exception:  # noqa: BLE001 - a detector that trips means "not this format"
            continue
    return None
