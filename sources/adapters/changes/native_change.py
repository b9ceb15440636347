"""SignalCraft's own ChangeEvent JSON; registered last, after every tool's format."""

from __future__ import annotations

from typing import Any

from signalcraft.models import ChangeEvent, make_id
from signalcraft.sources.adapters.base import AdaptContext
from signalcraft.sources.adapters.changes.common import revision_or_version
from signalcraft.sources.adapters.native import native

_IDENTITY_FIELDS = {
    "workspace": "workspace_id", "project": "project", "environment": "environment", "service": "service"
}


_DETAIL_IDENTIFIERS = {"deployment_id": "deployment", "flag_key": "flag", "flag_version": "flag_version"}


def _fill_native(item: dict[str, Any], ctx: AdaptContext) -> None:
    """Headers supply the identity a native body leaves out; the body wins where it has one.

    A body without ``identifiers`` is identified by its ``version`` (a git sha as
    ``revision``, else ``version``) and its ``details`` ``deployment_id``, ``flag_key``
    and ``flag_version``.
    """
    for field, key in _IDENTITY_FIELDS.items():
        if not item.get(key):
            item[key] = ctx.resolve({}, field)
    if "identifiers" not in item:
        version = item.get("version")
        details = item.get("details") if isinstance(item.get("details"), dict) else {}
        item["identifiers"] = {
            **revision_or_version(version if isinstance(version, str) else None),
            **{kind: value for name, kind in _DETAIL_IDENTIFIERS.items()
               if isinstance(value := details.get(name), str) and value},
        }


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
