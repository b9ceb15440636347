"""A change report as a plain row: what the change fast paths make, and what the store and the join
read on the flow's path, the same fields as the record.

:class:`~signalcraft.models.ChangeEvent` stays the documented contract. The fast paths of
:mod:`~signalcraft.sources.fast_changes` decode a report's values without validating them again,
and a :class:`ChangeRow` of them is a msgspec struct of the record's fields in its order (values
exactly as the record holds them) and the record's fields set: made without the model's object,
its ``__dict__`` and its fields set, outside the collector's count (``gc=False``: its values are
strings, times and string maps, no cycle), and read by attribute as a record is (the join, the
store's columns). :meth:`ChangeRow.record` makes the record the fast path made before rows
(where one is needed: ``parse_payload``, a dead letter's payload, a flow built without rows).
``tests/unit/test_change_rows.py`` and ``tests/flow/test_change_rows_flow.py`` require the same
records, join output, stored rows and dead letters from rows as from records.

>>> from datetime import datetime, timezone
>>> t = datetime(2024, 1, 1, tzinfo=timezone.utc)
>>> row = ChangeRow("c", "w", "deployment", "s", "p", "prod", "api", None, "x", {}, None, t, "live", {},
...                 frozenset(FIELDS) - {"phase"})
>>> record = row.record()
>>> record == ChangeEvent(id="c", workspace_id="w", type="deployment", source="s", project="p", environment="prod",
...     service="api", version=None, summary="x", details={}, actor=None, timestamp=t, identifiers={})
True
>>> row_of(record) == row, sorted(record.model_fields_set) == sorted(row.fields_set)
(True, True)
"""

from __future__ import annotations

from datetime import datetime
from operator import attrgetter

import msgspec

from signalcraft.models.inputs import ChangeEvent
from signalcraft.models.pickling import built

__all__ = ["CHANGES", "FIELDS", "ChangeRow", "row_of"]

FIELDS = tuple(ChangeEvent.model_fields)
"""The record's fields in their order: ``__dict__`` of a validated record has them so."""


class ChangeRow(msgspec.Struct, frozen=True, gc=False):
    """The fields of :class:`~signalcraft.models.ChangeEvent`, in its order, as plain values, and
    the fields the record would hold as set (shared by the rows of one shape)."""

    id: str
    workspace_id: str
    type: str
    source: str
    project: str
    environment: str
    service: str
    version: str | None
    summary: str
    details: dict[str, str]
    actor: str | None
    timestamp: datetime
    phase: str
    identifiers: dict[str, str]
    fields_set: frozenset[str]

    def record(self) -> ChangeEvent:
        """The record of the row's values, as validation makes it (the same ``__dict__``, fields
        set, no extra and no private state), not validated again."""
        values = _asdict(self)  # the fields in their order, the fields set last
        del values["fields_set"]
        return built(ChangeEvent, values, self.fields_set)


CHANGES = (ChangeRow, ChangeEvent)
"""A change report as its row or as its record (the same fields by name, the same values): what the
steps that read change reports take. The row first: the flow's."""

_asdict = msgspec.structs.asdict
_VALUES = attrgetter(*FIELDS)


def row_of(record: ChangeEvent) -> ChangeRow:
    """The row of a record (made elsewhere: the full path)."""
    return ChangeRow(*_VALUES(record), frozenset(record.__pydantic_fields_set__))
