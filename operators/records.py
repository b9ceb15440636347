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

from datetime import UTC
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel

from signalcraft.models.common import Record, to_utc

R = TypeVar("R", bound=Record)

_new, _set = object.__new__, object.__setattr__
_set_fields, _set_extra, _set_private = (
    BaseModel.__dict__[slot].__set__ for slot in ("__pydantic_fields_set__", "__pydantic_extra__",
                                                  "__pydantic_private__"))
"""What sets each of a record's slots directly (``object.__setattr__`` looks the name up first)."""


@cache
def _fields(cls: type[Record]) -> tuple[tuple[str, ...], tuple[str, ...], set[str]]:
    """The field names of ``cls`` in order, those holding datetimes (``UtcDatetime``, maybe ``None``),
    and the set of every name: the fields set of every record made here, one shared by all of a
    class. A record never changes its own (the model is frozen; ``model_copy`` copies it), so
    sharing it is as good as one each (as ``sources/fast_alerts.py`` shares its records')."""
    names = tuple(cls.model_fields)
    times = tuple(n for n, f in cls.model_fields.items() if "datetime" in repr(f.annotation))
    return names, times, set(names)


def trusted(cls: type[R], values: dict[str, Any]) -> R:
    """``cls(**values)`` for ``values`` that name every field of ``cls`` (best in its field order),
    each of the type the field declares: a ``KeyError`` for a field missing, a ``TypeError`` for
    one too many, and the datetimes made UTC as the model does; nothing else is checked."""
    names, times, every = _fields(cls)
    if tuple(values) != names:
        if len(values) != len(names):
            raise TypeError(f"{cls.__name__}: fields {sorted(set(values) - set(names))} are not its own")
        values = {name: values[name] for name in names}
    for name in times:
        value = values[name]
        if value is not None and value.tzinfo is not UTC:
            values[name] = to_utc(value)
    record = _new(cls)
    _set(record, "__dict__", values)
    _set_fields(record, every)
    _set_extra(record, None)
    _set_private(record, None)
    return record
