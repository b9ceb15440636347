"""SignalCraft's own suggestions read back: the feedback loop's input.

With ``SIGNALCRAFT_ANOMALY_FEEDBACK=apply`` the flow also reads ``signalcraft.suggestions``
(what it published itself, stream kind ``suggestions``) so a ``sensitivity`` suggestion
reaches the anomaly watch; the body is the :class:`SilenceSuggestion` record as JSON.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from signalcraft.models import SilenceSuggestion
from signalcraft.models.common import Record
from signalcraft.sources.adapters.base import AdaptContext, AdaptError, register


def _is_suggestion(doc: Any, ctx: AdaptContext) -> bool:
    return isinstance(doc, dict) and {"kind", "yaml", "support", "confidence"} <= doc.keys()


@register("signalcraft-silence-suggestion", "suggestions", _is_suggestion)
def parse_suggestion(doc: Any, ctx: AdaptContext) -> list[Record]:
    """One suggestion as the flow published it."""
    try:
        return [SilenceSuggestion.model_validate(doc, strict=False)]
    except ValidationError as e:
        raise AdaptError(f"silence suggestion: {e.errors()[0]['loc']}: {e.errors()[0]['msg']}") from None
