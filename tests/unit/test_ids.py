"""Record ids are stable: the same parts give the id they gave before, whatever the parts' types,
so a replay after an upgrade finds the rows it wrote (the values below were made by the first
implementation)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from signalcraft.models import make_id

GOLDEN = [
    (("alert",), "alert-cae66941d9efbd404e4d88758ea67670"),
    (("alert", None), "alert-7025e075d5e2f6cde3cc051a31f07660"),
    (("alert", ""), "alert-cae66941d9efbd404e4d88758ea67670"),
    (("alert", None, ""), "alert-bdb43880f0034570defd694869bd8579"),
    (("alert", "", None), "alert-8a91bea960e100ac5b148960621e4ed6"),
    (("x", 0, 1.5, -2), "x-621e40001d76449e09597b215f22c3ee"),
    (("log", "ws", "a\x1fb", "é✓"), "log-626bf455948f5e2e71f8880260d30731"),
    (("t", datetime(2024, 1, 1, tzinfo=UTC), True, ("a", 1)), "t-3260ad1a9059cac8f6419c2a41e47c7c"),
]


@pytest.mark.parametrize(("args", "expected"), GOLDEN)
def test_an_id_is_what_the_same_parts_always_gave(args, expected):
    assert make_id(*args) == expected


def test_none_and_an_empty_string_are_told_apart_but_a_missing_part_is_an_empty_one():
    assert make_id("a", None) != make_id("a", "")
    assert make_id("a") == make_id("a", "")  # one empty part joins to the same text as none
