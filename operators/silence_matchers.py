"""Alertmanager's matchers as silence mining reads them: written as Alertmanager writes them
(``name="value"``, ``!=``, ``=~``, ``!~``), sorted (a matcher set's identity), and matched as
Alertmanager matches them: ``=``/``!=`` compare the whole value, ``=~``/``!~`` are anchored
regular expressions, a missing label is the empty string.

>>> from signalcraft.models import Matcher
>>> m = matcher_strings((Matcher(name="service", value="search-.*", is_regex=True),
...                      Matcher(name="alertname", value="DiskFilling")))
>>> m, matches(m, {"alertname": "DiskFilling", "service": "search-indexer"})
(('alertname="DiskFilling"', 'service=~"search-.*"'), True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from signalcraft.models import Matcher

__all__ = ["matcher_strings", "matches"]

_MATCHER = re.compile(r'^([a-zA-Z_][a-zA-Z0-9_]*)(=~|!~|!=|=)"((?:[^"\\]|\\.)*)"$')


def matcher_strings(matchers: Iterable[Matcher]) -> tuple[str, ...]:
    """Matchers as Alertmanager writes them (``name="value"``), sorted: a matcher set's identity."""
    return tuple(sorted(f'{m.name}{m.operator}"{_escape(m.value)}"' for m in matchers))


def matches(matchers: tuple[str, ...], labels: Mapping[str, str]) -> bool:
    """Whether alerts with ``labels`` are selected by every matcher (Alertmanager's rules)."""
    for text in matchers:
        name, op, value = _parse(text)
        got = labels.get(name, "")
        if op == "=":
            ok = got == value
        elif op == "!=":
            ok = got != value
        else:
            pattern = _regex(value)
            ok = (pattern is not None and pattern.fullmatch(got) is not None) == (op == "=~")
        if not ok:
            return False
    return True


@lru_cache(maxsize=4096)
def _parse(text: str) -> tuple[str, str, str]:
    found = _MATCHER.match(text)
    if found is None:
        raise ValueError(f'matcher {text!r}: expected name="value" (or !=, =~, !~)')
    name, op, value = found.groups()
    return name, op, re.sub(r"\\(.)", r"\1", value)


@lru_cache(maxsize=4096)
def _regex(value: str) -> re.Pattern[str] | None:
    try:
        return re.compile(value)
    except re.error:
        return None  # Alertmanager would not have taken it; it matches nothing here


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')
