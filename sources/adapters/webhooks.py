"""What the adapters of vendor alert webhooks (Datadog, Opsgenie, CloudWatch, Sentry) share.

Each of those tools sends its own shape, but the records they become are built the same
way: a fingerprint that stays the same from firing to resolved, an id from the workspace,
the source, the fingerprint, the status and the time, and identity (workspace, project,
environment, service) taken from the ``sc-*`` headers first, then from the labels, then
from what the tool says about itself.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from signalcraft.models import AlertEvent, make_id
from signalcraft.sources.adapters.base import AdaptContext, AdaptError, in_era

_FIELDS = ("workspace", "project", "environment", "service")


def stable_hash(*parts: str) -> str:
    """A short, stable fingerprint of some text parts (16 hex digits).

    >>> stable_hash("datadog", "1234", "host:web-1") == stable_hash("datadog", "1234", "host:web-1")
    True
    >>> len(stable_hash("x"))
    16
    """
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).hexdigest()


def text(obj: Any, key: str) -> str | None:
    """``obj[key]`` when ``obj`` is an object and the value a non-blank string, stripped.

    >>> text({"a": " x "}, "a"), text({"a": ""}, "a"), text({"a": 3}, "a"), text(None, "a")
    ('x', None, None, None)
    """
    value = obj.get(key) if isinstance(obj, dict) else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def optional_str(doc: dict[str, Any], key: str, what: str) -> str | None:
    """``doc[key]`` as a non-blank string, ``None`` when absent, null or blank; an error for other types."""
    value = doc.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise AdaptError(f"{what}: {key!r} is {type(value).__name__}, expected a string")
    return value.strip() or None


def split_tags(value: Any, what: str) -> list[str]:
    """Tags as a list: a comma-separated string (Datadog's ``$TAGS``) or a list of strings.

    >>> split_tags("monitor, env:prod,service:checkout,", "tags")
    ['monitor', 'env:prod', 'service:checkout']
    >>> split_tags(["team:payments", " "], "tags")
    ['team:payments']
    """
    if value is None:
        return []
    if isinstance(value, str):
        items: Iterable[Any] = value.split(",")
    elif isinstance(value, list):
        items = value
    else:
        raise AdaptError(f"{what} is {type(value).__name__}, expected a comma-separated string or a list")
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, str):
            raise AdaptError(f"{what}[{i}] is {type(item).__name__}, expected a string")
        if item.strip():
            out.append(item.strip())
    return out


def tag_labels(tags: Iterable[str]) -> dict[str, str]:
    """``key:value`` tags as labels; the first value of a key wins, bare tags are left out.

    >>> tag_labels(["monitor", "env:prod", "url:https://x", "env:staging"])
    {'env': 'prod', 'url': 'https://x'}
    """
    out: dict[str, str] = {}
    for tag in tags:
        key, sep, value = tag.partition(":")
        if sep and key.strip() and value.strip():
            out.setdefault(key.strip(), value.strip())
    return out


def epoch_time(value: Any, what: str) -> datetime:
    """An epoch time in seconds, milliseconds, microseconds or nanoseconds, told apart by size.

    Tools send whichever they keep (Datadog's ``$DATE`` is milliseconds, often as a string;
    Opsgenie's ``createdAt`` milliseconds and its ``updatedAt`` nanoseconds; Sentry's
    ``timestamp`` seconds with a fraction). Any of them for a time between 1973 and 5138
    is read unambiguously.

    >>> epoch_time("1406662672000", "date").isoformat()
    '2014-07-29T19:37:52+00:00'
    >>> epoch_time(1420452193166002000, "updatedAt").isoformat()
    '2015-01-05T10:03:13.166002+00:00'
    >>> epoch_time(1566248777.677, "timestamp").isoformat()
    '2019-08-19T21:06:17.677000+00:00'
    """
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise AdaptError(f"{what} {value!r} is not an epoch time (a number of seconds, ms, µs or ns)")
    if (isinstance(value, float) and not math.isfinite(value)) or value <= 0:
        raise AdaptError(f"{what} {value!r} is not a time after the epoch")
    try:
        if isinstance(value, float):
            when = datetime.fromtimestamp(round(value, 6), tz=UTC)
        else:
            for digits, scale in ((11, 1), (14, 1_000), (17, 1_000_000)):
                if value < 10**digits:
                    micros = value * (1_000_000 // scale)
                    break
            else:
                micros = value // 1_000
            when = datetime.fromtimestamp(micros // 1_000_000, tz=UTC).replace(microsecond=micros % 1_000_000)
    except (OverflowError, OSError, ValueError):
        raise AdaptError(f"{what} {value!r} is out of range for an epoch time") from None
    return in_era(when, value, what)


def vendor_alert(
    ctx: AdaptContext,
    source: str,
    *,
    status: str,
    at: datetime,
    fingerprint: str,
    name: str,
    severity: str,
    labels: dict[str, str],
    annotations: dict[str, str],
    identity: Mapping[str, Any] | None = None,
    fallbacks: Mapping[str, Iterable[str | None]] | None = None,
    started: datetime | None = None,
    generator_url: str | None = None,
) -> AlertEvent:
    """One AlertEvent of a vendor webhook.

    ``at`` is when this notification's state began: the start of a firing alert, the end
    of a resolved one. ``started`` is the start of a resolved alert when the tool says it
    (Opsgenie does), else a resolved alert starts and ends at ``at``. ``identity`` is where
    workspace/project/environment/service are looked up after the headers (default: the
    labels); ``fallbacks`` gives, per field, what the tool itself says, used after both.
    """
    ident = labels if identity is None else identity
    extra = fallbacks or {}
    names = {f: ctx.resolve(ident, f, *extra.get(f, ())) for f in _FIELDS}
    firing = status == "firing"
    starts_at = at if firing or started is None else min(started, at)
    return AlertEvent(
        id=make_id("alert", names["workspace"], source, fingerprint, status, starts_at.isoformat()),
        workspace_id=names["workspace"],
        project=names["project"],
        environment=names["environment"],
        service=names["service"],
        name=name,
        severity=severity,
        status=status,
        labels=labels,
        annotations={k: v for k, v in annotations.items() if v},
        fingerprint=fingerprint,
        starts_at=starts_at,
        ends_at=None if firing else at,
        source=source,
        generator_url=generator_url or None,
    )
