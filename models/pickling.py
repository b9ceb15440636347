"""Records pickled as their field values and rebuilt without validation.

A record crossing processes in a Bytewax cluster (on its way to the keyed step that holds
its key in another process) is pickled there and unpickled here, one ``pickle.dumps`` and
one ``pickle.loads`` per item. pydantic's own pickled form is the model's state dict (field
names, ``__dict__``, the fields set, extra and private) and its UTC datetimes go as
``datetime`` + ``timezone`` + ``timedelta`` reduced in Python: about 12 µs to pickle a
:class:`~signalcraft.models.MetricPoint` and 9 µs to unpickle it, half of it the one
datetime. :func:`reduce_record` pickles the field values as a tuple in field order, each
UTC datetime as the 10 bytes of its own pickled state, and the names of the fields not set
(mostly none), under one global, the class; :func:`restore_record` rebuilds the record as validation made it: the same
``__dict__`` in field order, the same fields set, no extra, no private state, the same
datetimes (``fold`` included). A record with anything else (extra or private state, a
``__dict__`` not in field order, a fields set naming something not a field, a datetime not
in UTC) is pickled as pydantic pickles it, and a pickle of pydantic's form (every state
snapshot written before this module) loads as it always did: ``BaseModel.__setstate__``.

The pickle gives fields by position, with a checksum of the model's field names and datetime
positions: a record pickled by one version of a model loads only into the same fields. A model
that changes its fields cannot resume snapshots that hold its records (as before, when the
state dict restored the old fields into the new model unchecked); :func:`restore_record`
refuses them with the model's name instead of filling the wrong fields.

>>> import pickle
>>> from datetime import UTC, datetime
>>> from signalcraft.models import MetricPoint
>>> p = MetricPoint(id="m", workspace_id="w", metric_key="cpu{}", name="cpu", value=0.5,
...     timestamp=datetime(2024, 1, 1, tzinfo=UTC), source="s")
>>> back = pickle.loads(pickle.dumps(p))
>>> back == p, back.model_fields_set == p.model_fields_set, back.timestamp.tzinfo is UTC
(True, True, True)
"""

from __future__ import annotations

from copyreg import __newobj__ as _newobj
from datetime import UTC, datetime
from functools import cache
from typing import Any, get_args
from zlib import crc32

from pydantic import BaseModel

_set = object.__setattr__
_set_fields, _set_extra, _set_private = (
    BaseModel.__dict__[slot].__set__
    for slot in ("__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
)
"""What sets each of a record's slots directly (``object.__setattr__`` looks the name up first)."""


def built(model: type[BaseModel], values: dict[str, Any], fields_set: set[str] | frozenset[str]) -> Any:
    """A record of ``model`` from already-checked ``values`` (in field order), as validation would make it: the same
    ``__dict__``, fields set, no extra and no private state; nothing is checked again."""
    record = object.__new__(model)
    _set(record, "__dict__", values)
    _set_fields(record, set(fields_set))
    _set_extra(record, None)
    _set_private(record, None)
    return record


def _holds_datetime(annotation: Any) -> bool:
    """``datetime``, or a union or ``Annotated`` with it in (``UtcDatetime | None``)."""
    return annotation is datetime or any(_holds_datetime(a) for a in get_args(annotation))


@cache
def layout(cls: type[BaseModel]) -> tuple[tuple[str, ...], tuple[int, ...], set[str], int]:
    """The field names of ``cls`` in order; the positions of those holding datetimes; the set
    of every name, the fields set of every record rebuilt with all its fields set, one shared
    by all of a class (a record never changes its own: the model is frozen and ``model_copy``
    copies it; the fast decode paths share theirs so too); and a checksum of the names and
    datetime positions, which a pickle carries so that a model whose fields changed (renamed,
    moved, retyped) refuses it instead of filling the wrong fields.

    >>> from signalcraft.models import Matcher
    >>> names, times, every, checksum = layout(Matcher)
    >>> names, times, every == set(names), checksum
    (('name', 'value', 'is_regex', 'is_equal'), (), True, 3239180724)
    """
    names = tuple(cls.model_fields)
    times = tuple(i for i, field in enumerate(cls.model_fields.values()) if _holds_datetime(field.annotation))
    return names, times, set(names), crc32(repr((names, times)).encode())


@cache
def _fields_set(cls: type[BaseModel], unset: tuple[str, ...]) -> set[str]:
    """The fields set of a record of ``cls`` that left ``unset`` out, one shared per shape."""
    return layout(cls)[2] - set(unset)


def reduce_record(record: BaseModel) -> tuple[Any, tuple[Any, ...], tuple[Any, ...]] | None:
    """``record``'s compact pickled form, ``(copyreg.__newobj__, (cls,), (values, unset, checksum))``, or
    ``None`` when it has anything that form does not carry (then pydantic's form is the one).
    The class is the pickle's one global (a global costs a microsecond each way: an import
    and an attribute look-up); the state goes to :func:`restore_record` by the record's
    ``__setstate__``."""
    cls = type(record)
    names, times, every, checksum = layout(cls)
    state = record.__dict__
    if record.__pydantic_extra__ is not None or record.__pydantic_private__ is not None or tuple(state) != names:
        return None
    given = record.__pydantic_fields_set__
    unset: tuple[str, ...] = ()
    if given is not every and given != every:
        missing = every - given
        if len(missing) + len(given) != len(every):
            return None
        unset = tuple(sorted(missing))
    values = tuple(state.values())
    if times:
        values = list(values)
        for i in times:
            value = values[i]
            if value is not None:
                if type(value) is not datetime or value.tzinfo is not UTC:
                    return None
                values[i] = value.__reduce_ex__(4)[1][0]  # the state bytes (protocol 4 keeps fold)
        values = tuple(values)
    return _newobj, (cls,), (values, unset, checksum)


def restore_record(record: BaseModel, state: tuple[tuple[Any, ...], tuple[str, ...], int]) -> None:
    """Give ``record`` (new, empty) the fields :func:`reduce_record` pickled as ``state``, without validation."""
    cls = type(record)
    names, times, every, checksum = layout(cls)
    values, unset, pickled = state
    if pickled != checksum or len(values) != len(names):
        raise TypeError(
            f"a pickled {cls.__name__} of {len(values)} field values of other fields (layout {pickled}); "
            f"the model has {len(names)} fields ({', '.join(names)}; layout {checksum})"
        )
    if times:
        values = list(values)
        for i in times:
            value = values[i]
            if type(value) is bytes:
                values[i] = datetime(value, UTC)
    _set(record, "__dict__", dict(zip(names, values, strict=True)))
    _set_fields(record, _fields_set(cls, unset) if unset else every)
    _set_extra(record, None)
    _set_private(record, None)
