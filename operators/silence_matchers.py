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

__all__ = ["SelectsOnce", "matcher_strings", "matches"]

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


class SelectsOnce:
    """Whether ``matchers`` select a label tuple, tested once per tuple: the firings of one
    stream share their tuple, so a scan over many firings tests few (keyed by the tuple's
    identity, which the firing table shares).

    >>> once = SelectsOnce(('alertname="Down"',))
    >>> labels = (("alertname", "Down"),)
    >>> once.known(labels) is None, once(labels), once.known(labels)
    (True, True, True)
    """

    __slots__ = ("_matchers", "_seen")

    def __init__(self, matchers: tuple[str, ...]) -> None:
        self._matchers = matchers
        self._seen: dict[int, bool] = {}

    def known(self, labels: tuple[tuple[str, str], ...]) -> bool | None:
        """The answer already found for ``labels``, ``None`` when not tested yet."""
        return self._seen.get(id(labels))

    def __call__(self, labels: tuple[tuple[str, str], ...]) -> bool:
        found = self._seen.get(id(labels))
        if found is None:
            found = self._seen[id(labels)] = matches(self._matchers, dict(labels))
        return found
