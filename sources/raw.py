"""Kafka message parts as the sources hand them on (the message itself is
:class:`signalcraft.models.RawMessage`)."""

from __future__ import annotations


def header_dict(headers: list[tuple[str, bytes | None]] | None) -> dict[str, str]:
    """Kafka headers as a dict with lower-case names; undecodable values are kept escaped.

    >>> header_dict([("SC-Format", b"alertmanager"), ("x", None)])
    {'sc-format': 'alertmanager', 'x': ''}
    """
    out: dict[str, str] = {}
    for name, value in headers or ():
        out[name.lower()] = "" if value is None else value.decode("utf-8", "backslashreplace")
    return out
