"""The parser's patterns are compiled once: reading the same questions again compiles none (with :mod:`re`'s own cache
of 512 the reading compiled some 19 patterns a question again and again, a quarter of its time)."""

from __future__ import annotations

import contextlib
import re._compiler

import pytest

from signalcraft.copilot.ask import Refused
from tests.unit.test_ask import NOW

QUESTIONS = [
    "critical alerts for checkout in the last 24h", "who deployed the most last week", "silences created by ana today",
    "alerts within 15 min after 11:25 today", "how many incidents had no suspect", "top 3 noisiest alerts",
    "deploys per day this week", "which services had no alerts yesterday", "alerts firing between 10:10 and 10:20",
    "what changed in the hour before 2024-03-05T11:30:00Z?", "flag changes today: the summary, who and when",
    "latest 2 alerts on checkout", "is checkout ok?", "alerts that lasted 30 minutes or less",
    "for each deploy, how many alerts in the 30 min after it", "median alert duration per service",
]


def test_reading_again_compiles_no_pattern(incidents_asker, monkeypatch):
    def ask_all():
        for question in QUESTIONS:
            with contextlib.suppress(Refused):  # a refusal is a reading too
                incidents_asker.ask(question, NOW)

    ask_all()
    compiled = []
    original = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile", lambda *a, **k: compiled.append(a[0]) or original(*a, **k))
    ask_all()
    assert len(compiled) <= 5, compiled[:10]


@pytest.mark.parametrize("name", ["search", "match", "fullmatch", "sub", "split", "findall", "finditer", "compile"])
def test_the_same_functions_as_re(name):
    import re as stdlib

    from signalcraft.copilot import ask_re
    args = {"sub": (r"a(\d)", r"b\1", "a1 a2"), "split": (r"\s+", "a b  c"), "compile": (r"x",)}.get(
        name, (r"(\d+) min", "within 15 min"))
    got, want = getattr(ask_re, name)(*args), getattr(stdlib, name)(*args)
    if name == "finditer":
        got, want = [m.group(0) for m in got], [m.group(0) for m in want]
    elif name in ("search", "match", "fullmatch"):
        got, want = got and got.groups(), want and want.groups()
    assert got == want
