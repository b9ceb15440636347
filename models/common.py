"""Types shared by several records."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict

from signalcraft.models.pickling import reduce_record, restore_record

EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
"""The earliest time a record may carry. No tool sends an earlier one, and the steps that reach
before and after a record's time (a join's look-back, a window's lateness) stay inside
``datetime``'s range for every time from here to :data:`LATEST`."""
LATEST = datetime(9000, 1, 1, tzinfo=UTC)
"""The first time a record may not carry (see :data:`EARLIEST`)."""


def era_error(value: datetime) -> str | None:
    """Why an aware UTC time is one no record may carry, or ``None`` when it may.

    >>> era_error(datetime(1, 1, 1, tzinfo=UTC))
    'is not between 1970-01-01 and 9000-01-01 UTC (no tool sends such a time)'
    >>> era_error(datetime(2024, 1, 1, tzinfo=UTC)) is None
    True
    """
    if EARLIEST <= value < LATEST:
        return None
    return "is not between 1970-01-01 and 9000-01-01 UTC (no tool sends such a time)"


def _as_utc(value: datetime) -> datetime:
    if value.tzinfo is UTC:
        return value
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise ValueError(f"datetime {value.isoformat()!r} has no timezone; expected UTC or an offset")
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"datetime {value.isoformat()!r} is out of range in UTC") from None


def to_utc(value: datetime) -> datetime:
    """Convert an aware datetime to UTC; reject a naive one and one outside :data:`EARLIEST` …
    :data:`LATEST`.

    >>> from datetime import timedelta, timezone
    >>> to_utc(datetime(2024, 1, 1, 10, tzinfo=timezone(timedelta(hours=2)))).isoformat()
    '2024-01-01T08:00:00+00:00'
    >>> to_utc(datetime(1969, 12, 31, tzinfo=UTC))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: datetime '1969-12-31T00:00:00+00:00' is not between 1970-01-01 and 9000-01-01 UTC ...
    """
    utc = _as_utc(value)
    if (problem := era_error(utc)) is None:
        return utc
    raise ValueError(f"datetime {utc.isoformat()!r} {problem}")


def end_to_utc(value: datetime) -> datetime | None:
    """:func:`to_utc` of an end time, where year 1 means "not ended" (``None``): Go's zero time,
    ``0001-01-01T00:00:00Z``, is what Alertmanager and its kin send for an alert still firing.

    >>> end_to_utc(datetime(1, 1, 1, tzinfo=UTC)) is None
    True
    """
    utc = _as_utc(value)
    return None if utc.year == 1 else to_utc(utc)


_EPOCH, _US = datetime(1970, 1, 1, tzinfo=UTC), timedelta(microseconds=1)


def epoch_micros(times: Iterable[datetime | None]) -> list[int | None]:
    """Aware datetimes (or ``None``) as microseconds since the epoch, each time object worked out
    once (records share the time objects of the times they share: decode's cache). A naive
    datetime raises ``TypeError``. What the store's time columns are made of
    (:mod:`signalcraft.sinks.columns`, :class:`signalcraft.sources.alert_rows.AlertRows`).

    >>> from datetime import timezone
    >>> t = datetime(2024, 1, 1, 1, 0, 0, 7, tzinfo=timezone(timedelta(hours=1)))
    >>> epoch_micros((t, None, t))
    [1704067200000007, None, 1704067200000007]
    """
    seen: dict[int, int] = {}  # by the datetime's id: ``times`` holds each one meanwhile, so no id is reused
    out: list[int | None] = []
    append = out.append
    for t in times:
        if t is None:
            append(None)
            continue
        found = seen.get(id(t))
        if found is None:
            if t.tzinfo is None:
                raise TypeError("a naive datetime")
            found = seen[id(t)] = (t - _EPOCH) // _US
        append(found)
    return out


UtcDatetime = Annotated[datetime, AfterValidator(to_utc)]
"""A timezone-aware datetime, normalized to UTC, between :data:`EARLIEST` and :data:`LATEST`."""
UtcEnd = Annotated[datetime, AfterValidator(end_to_utc)]
"""An end time: a :data:`UtcDatetime`, or ``None`` for one in year 1 (Go's zero time: not ended)."""


class Record(BaseModel):
    """Base of every record: strict, frozen, unknown fields rejected. Pickled as its field
    values, rebuilt without validation (:mod:`signalcraft.models.pickling`)."""

    model_config = ConfigDict(strict=True, frozen=True, extra="forbid")

    def __reduce_ex__(self, protocol: Any) -> Any:
        reduced = reduce_record(self)
        return object.__reduce_ex__(self, protocol) if reduced is None else reduced

    def __setstate__(self, state: Any) -> None:
        if type(state) is tuple:
            restore_record(self, state)
        else:  # pydantic's own form: every pickle written before models/pickling.py, and the fallback
            super().__setstate__(state)


class Matcher(Record):
    """One Alertmanager label matcher (``name`` ``=``/``!=``/``=~``/``!~`` ``value``)."""

    name: str
    value: str
    is_regex: bool = False
    is_equal: bool = True

    @property
    def operator(self) -> str:
        """The matcher operator as Alertmanager writes it.

        >>> Matcher(name="env", value="prod|staging", is_regex=True).operator
        '=~'
        """
        if self.is_regex:
            return "=~" if self.is_equal else "!~"
        return "=" if self.is_equal else "!="
