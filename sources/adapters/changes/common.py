"""Helpers shared by the change adapters: times, details, labels, ids."""

from __future__ import annotations

import re
from typing import Any, get_args

import msgspec

from signalcraft.models import ChangeEvent, make_id
from signalcraft.models.inputs import ChangeType
from signalcraft.sources.adapters.base import (  # noqa: F401 - re-exported for the change adapters
    EVENT_TIME_HEADER,
    AdaptContext,
    AdaptError,
    from_epoch_ms,
    parse_time,
)

CHANGE_TYPES: frozenset[str] = frozenset(get_args(ChangeType))
_ROLLBACK = re.compile(r"\broll(?:ed|ing)?[ _-]?back|\brevert", re.IGNORECASE)
_encode = msgspec.json.Encoder(order="sorted").encode


def _details(**values: Any) -> dict[str, str]:
    """Details as strings, leaving out what is empty.

    >>> _details(sha="f95f852", ref=None, count=2, prerelease=False, images=[])
    {'sha': 'f95f852', 'count': '2', 'prerelease': 'false'}
    """
    out = {}
    for key, value in values.items():
        kind = type(value)
        if kind is str:  # most details: no empty list or object to build and compare with
            if value:
                out[key] = value
            continue
        if kind is int:  # not a bool (its own type)
            out[key] = str(value)
            continue
        if value is None or value == [] or value == {}:
            continue
        if isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, (list, dict)):
            value = _encode(value).decode()
        out[key] = str(value)
    return out


_SHA = re.compile(r"[0-9a-fA-F]{7,64}")
_FULL_SHA = re.compile(r"[0-9a-f]{40}")
_NOT_A_NAME = re.compile(r"[^A-Za-z0-9_]")
_REPO_PATH = re.compile(r"[/:]([^/:]+/[^/:]+?)(?:\.git)?/?$")
"""A whole git sha, what a label key may not hold, a git URL's ``owner/name``: compiled once."""


def revision_or_version(value: str | None) -> dict[str, str]:
    """A version as an identifier: a git sha (7 to 64 hex digits, lower-cased) is a
    ``revision``, anything else a ``version``.

    >>> revision_or_version("F95F852BD8"), revision_or_version("v2.4.1"), revision_or_version(None)
    ({'revision': 'f95f852bd8'}, {'version': 'v2.4.1'}, {})
    """
    if not value:
        return {}
    if _SHA.fullmatch(value) and not value.isdigit():
        return {"revision": value.lower()}
    return {"version": value}


def _obj(doc: Any, key: str) -> dict[str, Any]:
    """``doc[key]`` if it is an object, else ``{}`` (for optional nested parts)."""
    value = doc.get(key) if isinstance(doc, dict) else None
    return value if isinstance(value, dict) else {}


def _list(doc: Any, key: str) -> list[Any]:
    """``doc[key]`` if it is an array, else ``[]``."""
    value = doc.get(key) if isinstance(doc, dict) else None
    return value if isinstance(value, list) else []


def _text(doc: Any, key: str) -> str | None:
    value = doc.get(key) if isinstance(doc, dict) else None
    return value if isinstance(value, str) and value else None


def _labels(value: Any) -> dict[str, str]:
    """Scalar entries of an object as labels; ``app.kubernetes.io/name`` also as ``app_kubernetes_io_name``.

    >>> _labels({"app.kubernetes.io/name": "api", "n": 3, "nested": {}})
    {'app.kubernetes.io/name': 'api', 'app_kubernetes_io_name': 'api', 'n': '3'}
    """
    out: dict[str, str] = {}
    for key, item in value.items() if isinstance(value, dict) else ():
        if isinstance(item, (str, int, float)) and not isinstance(item, bool) and item != "":
            out[str(key)] = str(item)
            out.setdefault(_NOT_A_NAME.sub("_", str(key)), str(item))
    return out


def _short(rev: str | None) -> str | None:
    """A git sha shortened to 7 characters; anything else unchanged.

    >>> _short("f95f852bd8fca8fcc58a9a2d6c842781e32a215e"), _short("v2.4.1")
    ('f95f852', 'v2.4.1')
    """
    if rev and _FULL_SHA.fullmatch(rev):
        return rev[:7]
    return rev


def _repo_slug(url: str | None) -> str | None:
    """``owner/name`` of a git URL, to match GitHub's ``repository.full_name``.

    >>> _repo_slug("https://github.com/argoproj/argocd-example-apps.git")
    'argoproj/argocd-example-apps'
    >>> _repo_slug("git@github.com:acme/payments.git")
    'acme/payments'
    """
    if not url:
        return None
    m = _REPO_PATH.search(url)
    return m.group(1) if m else None


def _change(ctx: AdaptContext, source: str, key: tuple[Any, ...], labels: dict[str, str], **fields: Any) -> ChangeEvent:
    """A ChangeEvent whose id hashes the workspace, ``source`` and the natural ``key``."""
    workspace = ctx.resolve(labels, "workspace")
    return ChangeEvent(
        id=make_id("change", workspace, source, *key),
        workspace_id=workspace,
        source=source,
        **fields,
    )
