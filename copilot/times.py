"""Times people type on the query side: an ISO 8601 time or date, or an age before now.

>>> from datetime import datetime, UTC
>>> now = datetime(2025, 3, 11, 16, tzinfo=UTC)
>>> moment("2h", now).isoformat(), moment("2025-03-11", now).isoformat()
('2025-03-11T14:00:00+00:00', '2025-03-11T00:00:00+00:00')
>>> moment("2025-03-11T14:35:00+01:00", now).isoformat()
'2025-03-11T13:35:00+00:00'
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

__all__ = ["moment"]

_AGO = re.compile(r"(\d{1,5})\s*([mhdw])")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def moment(text: str, now: datetime | None = None, *, require_zone: bool = False) -> datetime:
    """``text`` as a UTC time: an age (``30m``, ``24h``, ``7d``, ``2w``) before ``now`` (default the clock), or
    ISO 8601 (a date is its midnight; without a zone it is UTC unless ``require_zone``); ``ValueError`` else."""
    text = text.strip()
    ago = _AGO.fullmatch(text)
    if ago:
        return (now or datetime.now(UTC)) - timedelta(**{_UNITS[ago[2]]: int(ago[1])})
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{text[:40]!r} is not an ISO 8601 time (2025-03-11T14:35:00Z) "
                         "or an age (30m, 24h, 7d)") from None
    if parsed.tzinfo is None:
        if require_zone:
            raise ValueError(f"{text!r} has no time zone; add Z or an offset (2025-03-11T16:00:00Z)")
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)
