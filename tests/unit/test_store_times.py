"""The store's time columns: ``_micros`` (each time worked out, no lookup by object) gives what
``epoch_micros`` gives, and raises what it raises; the Arrow column is the one ``pyarrow.array``
makes of the datetimes."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

import pyarrow as pa
import pytest

from signalcraft.models.common import epoch_micros
from signalcraft.sinks.columns import _TIMESTAMP, TIMESTAMPTZ, _micros, _timestamps


def times(seed: int, n: int = 400) -> list[datetime | None]:
    """Aware datetimes over the whole range (microseconds, offsets, before 1970), some shared, some ``None``."""
    rng = random.Random(seed)
    out: list[datetime | None] = []
    for _ in range(n):
        pick = rng.random()
        if pick < 0.15:
            out.append(None)
        elif pick < 0.3 and out:
            out.append(rng.choice(out))  # the same object again, as decode's cache shares them
        else:
            zone = rng.choice([UTC, timezone(timedelta(hours=rng.randint(-12, 14), minutes=rng.choice([0, 30, 45])))])
            year = rng.choice([1, 1969, 1970, 2024, 2026, 2041, 2262, 9999])
            out.append(datetime(year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
                                rng.randint(0, 59), rng.randint(0, 999_999), tzinfo=zone))
    return out


@pytest.mark.parametrize("seed", range(8))
def test_micros_are_epoch_micros(seed):
    values = times(seed)
    assert _micros(values) == epoch_micros(values)
    assert _micros(values[:0]) == [] and _micros([None]) == [None]


@pytest.mark.parametrize("seed", range(4))
def test_the_time_column_is_pyarrows(seed):
    values = [t for t in times(seed) if t is None or 1678 <= t.year <= 2261]  # what an int64 of ns-free µs holds
    assert _timestamps(values).equals(pa.array(values, _TIMESTAMP))
    assert TIMESTAMPTZ.array(values).equals(pa.array(values, _TIMESTAMP))


@pytest.mark.parametrize("odd", [datetime(2024, 1, 1), "2024-01-01T00:00:00Z", 1704067200, object()])
def test_what_is_not_an_aware_datetime_is_left_to_epoch_micros(odd):
    values = [datetime(2024, 1, 1, tzinfo=UTC), odd, None]
    with pytest.raises(Exception) as expected:
        epoch_micros(values)
    with pytest.raises(type(expected.value), match=str(expected.value)):
        _micros(values)
    # the column still takes a naive time as pyarrow.array does (as UTC), through its fallback
    if isinstance(odd, datetime):
        assert TIMESTAMPTZ.array(values).equals(pa.array(values, _TIMESTAMP))
