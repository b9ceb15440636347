"""Deterministic record ids.

>>> make_id("alert", "1a30ba71cca2921f", "firing", "2023-02-06T13:08:45.828000+00:00")
'alert-9b720f5c784387062064695ad25ec823'
"""

from __future__ import annotations

import hashlib

_SEP = "\x1f"


def make_id(kind: str, *parts: object) -> str:
    """Return ``"<kind>-<32 hex>"``, a stable hash of ``parts``.

    ``None`` and ``""`` hash differently, so optional fields stay distinct.
    """
    text = _SEP.join(["\x00" if p is None else str(p) for p in parts])  # a list: join makes one of a generator
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
    return f"{kind}-{digest}"
