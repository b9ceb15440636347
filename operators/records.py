"""Output records built from values the operators made of validated records, without validating them again.

The join emits an :class:`~signalcraft.models.AlertGroup` at every version of a group and a
:class:`~signalcraft.models.Correlation` for every candidate of every set: 52,000 records on
the dense backlog, each validated field by field (about 2.5 µs) though every value is already
of the type its field declares (strings, ints, floats, tuples of strings, a dict of strings,
UTC datetimes of validated records). :func:`trusted` makes the same record as the model's
constructor given every field: the same ``__dict__`` in field order, every field set, no
extra; its datetimes go through the model's own UTC rule. ``tests/unit/test_trusted_records.py``
builds each record both ways over the emissions of a seeded backlog and requires them equal,
field by field and type by type, and the same JSON.

>>> from datetime import datetime, timezone
>>> from signalcraft.models import Correlation
>>> t = datetime(2024, 1, 1, tzinfo=timezone.utc)
>>> values = dict(id="corr-1", workspace_id="w", group_id="g", change_id="c", rank=1, score=0.5, lag_s=60.0,
...     reasons=("r",), suspect=True, version=1, requested_at=t, live_at=None, withdrawn=False)
>>> trusted(Correlation, values) == Correlation(**values)
True
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar

from signalcraft.models.common import Record, to_utc

R = TypeVar("R", bound=Record)

_set = object.__setattr__


@cache
def _fields(cls: type[Record]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The field names of ``cls`` in order, and those holding datetimes (``UtcDatetime``, maybe ``None``)."""
    names = tuple(cls.model_fields)
    times = tuple(n for n, f in cls.model_fields.items() if "datetime" in repr(f.annotation))
    return names, times


def trusted(cls: type[R], values: dict[str, Any]) -> R:
    """``cls(**values)`` for ``values`` that name every field of ``cls`` (best in its field order),
    each of the type the field declares: a ``KeyError`` for a field missing, a ``TypeError`` for
    one too many, and the datetimes made UTC as the model does; nothing else is checked."""
    names, times = _fields(cls)
    if tuple(values) != names:
        if len(values) != len(names):
            raise TypeError(f"{cls.__name__}: fields {sorted(set(values) - set(names))} are not its own")
        values = {name: values[name] for name in names}
    for name in times:
        value = values[name]
        if value is not None:
            values[name] = to_utc(value)
    record = cls.__new__(cls)
    _set(record, "__dict__", values)
    _set(record, "__pydantic_fields_set__", set(names))
    _set(record, "__pydantic_extra__", None)
    _set(record, "__pydantic_private__", None)
    return record
