"""The records SignalCraft reads and writes; nothing else lives here.

Every record is a frozen, strict pydantic v2 model with timezone-aware UTC
datetimes and a deterministic ``id`` (see :func:`signalcraft.models.ids.make_id`),
so replaying the same input always yields the same rows.
"""

from signalcraft.models.common import Matcher, UtcDatetime, to_utc
from signalcraft.models.dead_letter import DeadLetter
from signalcraft.models.ids import make_id
from signalcraft.models.inputs import (
    AlertEvent,
    AlertMute,
    AuditEntry,
    ChangeEvent,
    Commit,
    LogRecord,
    MetricPoint,
    Resolution,
    metric_key,
)
from signalcraft.models.outputs import (
    AlertGroup,
    AnomalyModel,
    Correlation,
    EarlyWarning,
    LogTemplate,
    SilenceSuggestion,
)
from signalcraft.models.raw import RawMessage

__all__ = [
    "AlertEvent",
    "AlertGroup",
    "AlertMute",
    "AnomalyModel",
    "AuditEntry",
    "ChangeEvent",
    "Commit",
    "Correlation",
    "DeadLetter",
    "EarlyWarning",
    "LogRecord",
    "LogTemplate",
    "Matcher",
    "MetricPoint",
    "RawMessage",
    "Resolution",
    "SilenceSuggestion",
    "UtcDatetime",
    "make_id",
    "metric_key",
    "to_utc",
]
