"""The values the alert fast paths read a JSON text into and remember: an alert's string maps, one
dict a text (:func:`shared_map`), and times, one datetime a spelling (:class:`Times`). What either
cannot vouch for raises :class:`Unsure` (or msgspec's error), and the payload goes down the full path.
"""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime
from typing import Any

import msgspec
from msgspec import UNSET, Raw

from signalcraft.models.common import era_error
from signalcraft.sources.adapters import AdaptError
from signalcraft.sources.adapters.base import end_in_era, parse_optional_end, parse_time

__all__ = ["TIMES", "Times", "Unsure", "shared_map"]

_intern = sys.intern
_string_map = msgspec.json.Decoder(dict[str, str])
_MAPS: dict[bytes, dict[str, str]] = {}
_MAPS_MAX, _MAP_BYTES_MAX = 4096, 1024


def shared_map(raw: Raw) -> dict[str, str]:
    """The ``dict[str, str]`` a JSON text holds (``raw``: a string map's text in a body), its values
    interned; one dict for the texts a stream repeats (an alert's labels, its annotations), read once
    and shared by every row and record of them: nothing changes a record's maps (the model is frozen,
    and no step writes into them), so sharing one is as good as one each, without a dict, its strings
    and their interning a record. A text this decoder refuses raises (msgspec's error: the payload
    goes down the full path, as when the body's decoder refused it). The bytes decide, so two texts
    are one map only if they are the same text; a text longer than 1 KiB is read each time.

    >>> one = shared_map(msgspec.json.decode(b'[{"a": "1"}]', type=list[Raw])[0])
    >>> one, one is shared_map(Raw(b'{"a": "1"}')), one is shared_map(Raw(b'{"a":"1"}'))
    ({'a': '1'}, True, False)
    """
    key = bytes(raw)
    found = _MAPS.get(key)
    if found is None:
        found = _string_map.decode(key)
        for name, value in found.items():
            found[name] = _intern(value)
        if len(key) <= _MAP_BYTES_MAX:
            if len(_MAPS) >= _MAPS_MAX:
                _MAPS.clear()
            _MAPS[key] = found
    return found


_PLAIN_TIME = re.compile(
    r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
    r"(\.[0-9]{1,6})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"
)
"""The times both Python and pydantic read the same way (pydantic also reads epoch
seconds, lower-case separators, seven fractional digits, ...: those take the full path)."""


_plain_match, _from_iso = _PLAIN_TIME.fullmatch, datetime.fromisoformat  # bound once: a miss looks up neither


class Unsure(Exception):
    """The fast path cannot vouch for this payload; the full path decides."""


def _read_plain(text: str) -> datetime:
    """The aware UTC time of a plain RFC 3339 text (:data:`_PLAIN_TIME`), of any year, as both Python
    and pydantic read it; :class:`Unsure` for any other spelling or a time out of range in UTC."""
    if _plain_match(text) is None:
        raise Unsure
    try:
        return _from_iso(text).astimezone(UTC)
    except (ValueError, OverflowError):
        raise Unsure from None


class Times:
    """Time text to (aware UTC datetime, its ISO text), remembered for the few thousand
    spellings a stream repeats (a webhook's alerts share startsAt; every firing alert has
    Go's zero endsAt)."""

    def __init__(self, size: int = 4096) -> None:
        self._plain: dict[str, datetime] = {}
        self._parsed: dict[str, tuple[datetime, str]] = {}
        self._ends: dict[Any, datetime | None] = {}
        self._plain_ends: dict[str, datetime | None] = {}
        self._size = size
        self.plain_known = self._plain.get
        """A time :meth:`plain` read before, else ``None`` (a lookup without the call)."""
        self.start_known = self._parsed.get
        """What :meth:`start` gave for a text before, else ``None``."""
        self.end_known = self._ends.get
        """What :meth:`end` gave for a text before (``None`` too), else the default asked for."""
        self.plain_end_known = self._plain_ends.get
        """What :meth:`plain_end` gave for a text before (``None`` too), else the default asked for."""

    def plain(self, text: str) -> datetime:
        """A native record's time, as pydantic would read it, for the plainest RFC 3339 only."""
        hit = self._plain.get(text)
        if hit is None:
            hit = _read_plain(text)
            if era_error(hit) is not None:
                raise Unsure  # the model says why
            self._remember(self._plain, text, hit)
        return hit

    def plain_end(self, text: str) -> datetime | None:
        """A native record's end, as pydantic would read it, for the plainest RFC 3339 only: the adapters'
        rule (``end_in_era``: year 1, Go's zero time, is ``None``, not ended) applied in place, without
        the lookup and miss of :meth:`end`'s cache, which reads such a text the same."""
        hit = self._plain_ends.get(text, UNSET)
        if hit is UNSET:
            try:
                hit = end_in_era(_read_plain(text), text, "endsAt")
            except AdaptError:
                raise Unsure from None
            self._remember(self._plain_ends, text, hit)
        return hit

    def start(self, text: str) -> tuple[datetime, str]:
        """``parse_time`` (the adapters' own) and the ISO text the id is made of."""
        hit = self._parsed.get(text)
        if hit is None:
            try:
                started = parse_time(text, "startsAt")
            except AdaptError:
                raise Unsure from None
            hit = (started, started.isoformat())
            self._remember(self._parsed, text, hit)
        return hit

    def end(self, value: Any) -> datetime | None:
        """``parse_optional_end`` (the adapters' own) of a text, ``None`` or nothing."""
        if value is UNSET or value is None:
            return None
        if not isinstance(value, str):
            raise Unsure
        try:
            return self._ends[value]
        except KeyError:
            pass
        try:
            ended = parse_optional_end(value, "endsAt")
        except AdaptError:
            raise Unsure from None
        self._remember(self._ends, value, ended)
        return ended

    def _remember(self, cache: dict, key: Any, value: Any) -> None:
        if len(cache) >= self._size:
            cache.clear()
        cache[key] = value


TIMES = Times()
