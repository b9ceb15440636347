"""SignalCraft's own ChangeEvent JSON; registered last, after every tool's format."""

from __future__ import annotations

from typing import Any

from signalcraft.models import ChangeEvent, make_id
from signalcraft.sources.adapters.base import AdaptContext
from signalcraft.sources.adapters.native import native


_IDENTITY_FIELDS = {"workspace": "workspace_id", "project": "project", "environment": "environment", "service": "service"}


def _fill_native(item: dict[str, Any], ctx: AdaptContext) -> None:
    """Headers supply the identity a native body leaves out; the body wins where it has one."""
    for field, key in _IDENTITY_FIELDS.items():
        if not item.get(key):
            item[key] = ctx.resolve({}, field)


native(
    "signalcraft-change",
    "changes",
    ChangeEvent,
    frozenset({"type", "summary", "timestamp"}),
    lambda d: make_id(
        "change", d.get("workspace_id"), d.get("source"), d.get("type"), d.get("project"), d.get("environment"),
        d.get("service"), d.get("version"), d.get("timestamp"),
    ),
    _fill_native,
)
