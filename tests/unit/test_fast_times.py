"""The native fast path's end times (:meth:`Times.plain_end`) read a plain RFC 3339 text as the
adapters' ``parse_optional_end`` does (Go's zero time and any time in year 1: not ended; outside
the era, out of range in UTC or not a date: refused), and leave every other spelling to the full path."""

from __future__ import annotations

import random
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalcraft.sources.adapters import AdaptError
from signalcraft.sources.adapters.base import parse_optional_end
from signalcraft.sources.fast_alert_values import _PLAIN_TIME, Times, Unsure
from tests.unit.test_fast_alerts import PROPERTY

ODD = [
    "0001-01-01T00:00:00Z", "0001-01-01T23:59:59.999999Z", "0001-01-01T05:00:00-01:00", "0001-01-01T00:30:00+01:00",
    "0001-12-31T23:30:00-01:00", "0002-01-01T00:30:00+01:00", "1969-12-31T23:59:59.999999Z",
    "1970-01-01T00:00:00Z", "1970-01-01T00:30:00+01:00", "8999-12-31T23:59:59.999999Z", "9000-01-01T00:00:00Z",
    "8999-12-31T23:30:00-01:00", "9999-12-31T23:59:59Z", "9999-12-31T23:30:00-01:00", "2024-02-30T00:00:00Z",
    "2023-02-29T12:00:00Z", "2024-02-29T12:00:00Z", "2024-06-04T14:07:30.1+02:00", "2024-06-04T14:07:30.123456-23:59",
    "2024-06-04T14:07:30.1234567Z", "2024-06-04t14:07:30Z", "2024-06-04T14:07:30z", "2024-06-04 14:07:30Z",
    "2024-06-04T14:07:30", "2024-06-04T14:07:30+0200", "2024-06-04T24:00:00Z", "", " 2024-06-04T14:07:30Z",
    "2024-06-04T14:07:30.Z", "2024-06-04T14:07:60Z", "+2024-06-04T14:07:30Z", "2024-06-04T14:07:30-00:00",
]


def full(text: str) -> object:
    """What the full path's reading gives: the time, ``None`` (not ended) or the refusal."""
    try:
        return parse_optional_end(text, "ends_at")
    except AdaptError:
        return AdaptError


def fast(times: Times, text: str) -> object:
    try:
        return times.plain_end(text)
    except Unsure:
        return Unsure


def check(times: Times, text: str) -> None:
    got = fast(times, text)
    if _PLAIN_TIME.fullmatch(text) is None:
        assert got is Unsure, text  # the full path decides
        return
    want = full(text)
    if want is AdaptError:
        assert got is Unsure, text
    else:
        assert got == want and (got is None or (got.tzinfo, got.year) == (want.tzinfo, want.year)), text
        assert fast(times, text) is got  # remembered


@pytest.mark.parametrize("text", ODD)
def test_odd_end_times_read_as_the_adapters_read_them(text):
    check(Times(), text)


def test_many_end_times_read_as_the_adapters_read_them():
    rng, times = random.Random(7), Times(size=64)  # a small cache: misses and clears
    for _ in range(3000):
        year = rng.choice([1, 2, 1969, 1970, 2024, 2026, 8999, 9000, 9999])
        frac = rng.choice(["", "." + str(rng.randint(0, 999_999)).zfill(rng.randint(1, 6))[:6]])
        offset = f"{rng.choice('+-')}{rng.randint(0, 23):02d}:{rng.choice([0, 30, 59]):02d}"
        zone = rng.choice(["Z", "+00:00", "-00:00", offset])
        text = (f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 31):02d}T{rng.randint(0, 23):02d}:"
                f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}{frac}{zone}")
        check(times, text)
        check(times, text)  # the second reading from the cache


@PROPERTY
@given(st.one_of(st.text(max_size=40), st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31),
                                                  timezones=st.timezones()).map(datetime.isoformat)))
def test_any_text_reads_as_the_adapters_read_it(text):
    check(Times(), text)
