"""A message as it came off a topic, before anything is made of it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class RawMessage:
    """Bytes plus where they came from. Header names are lower-cased.

    Not frozen: one is made per message on the hot path, and a frozen dataclass
    costs twice as much to build. Nothing mutates one after the source made it.
    """

    topic: str
    partition: int
    offset: int
    value: bytes
    key: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    timestamp_ms: int | None = None


def header_dict(headers: list[tuple[str, bytes | None]] | None) -> dict[str, str]:
    """Kafka headers as a dict with lower-case names; undecodable values are kept escaped.

    >>> header_dict([("SC-Format", b"alertmanager"), ("x", None)])
    {'sc-format': 'alertmanager', 'x': ''}
    """
    out: dict[str, str] = {}
    for name, value in headers or ():
        out[name.lower()] = "" if value is None else value.decode("utf-8", "backslashreplace")
    return out
