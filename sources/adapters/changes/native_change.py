"""SignalCraft's own ChangeEvent JSON; registered last, after every tool's format."""

from __future__ import annotations

from typing import Any

from signalcraft.models import ChangeEvent, make_id
from signalcraft.sources.adapters.base import AdaptContext, AdaptError, parse_time
from signalcraft.sources.adapters.native import native


def _native_time(value: Any) -> Any:
    try:
        return parse_time(value, "timestamp").isoformat()
    except AdaptError:
        return value  # the model says what is wrong with it


def _fill_native(item: dict[str, Any], ctx: AdaptContext) -> None:
    """Headers supply the identity a native body leaves out; the body wins where it has one."""
    fields = {"workspace": "workspace_id", "project": "project", "environment": "environment", "service": "service"}
    for field, key in fields.items():
        if not item.get(key):
            item[key] = ctx.resolve({}, field)


native(
    "signalcraft-change",
    "changes",
    ChangeEvent,
    frozenset({"type", "summary", "timestamp"}),
    lambda d: make_id(
        "change", d.get("source"), d.get("type"), d.get("project"), d.get("environment"),
        d.get("service"), d.get("version"), _native_time(d.get("timestamp")),
    ),
    _fill_native,
)
