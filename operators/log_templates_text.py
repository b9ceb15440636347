"""What a log body becomes before it is clustered: the text mined, masked and split.

Three steps, all generic (no rule knows about a particular system):

1. :func:`body_text` picks the text to mine from a body of any shape:

   - ``bytes`` are decoded as UTF-8 with invalid bytes replaced; ``None`` is empty.
   - A body that is a JSON object (a structured log) is mined by its message: the first
     of :data:`MESSAGE_KEYS` that the object has, as text. An object without one is
     mined as ``key=value`` pairs of its first 32 keys in document order (nested values
     show as ``{…}``/``[…]``), so its shape, not its values, makes the template. JSON
     is only parsed for bodies up to ``max_json_chars``; longer ones are text.
   - Only the first ``max_chars`` characters are considered: two bodies that differ
     only after that share a template. The record itself is not touched.
   - Text with a NUL, or of which more than a tenth of the characters are control
     characters or U+FFFD (what undecodable bytes become), is :data:`BINARY`; blank text is
     :data:`EMPTY`. Each is one template per service, whatever the bytes.

2. :func:`mask` replaces variable parts by ``<*>`` (one untyped mask, as LogHub
   templates read): URLs, e-mail addresses, UUIDs, ISO dates and times, dates with a
   month name (``Sun Jul 24 02:40:00 2005``, ``24/Jul/2005:02:40:00 +0000``), times of
   day, MAC and IPv4 addresses (with a port), Unix paths of two or more segments and
   Windows paths, quoted values without whitespace (a quoted phrase is message text:
   its words stay, its numbers are masked one by one), hex numbers (``0x…``, or six or
   more hex digits with both a digit and a letter), sizes (``5.6KB``), durations
   (``250ms``) and numbers. A value is masked only where no letter or digit comes just
   before it, so ``blk_-42`` becomes ``blk_<*>`` and ``core.6711`` ``core.<*>``, while
   ``jk2_init`` and ``ipv4`` stay.

3. :func:`tokens` splits the masked text on whitespace, newlines included, and keeps
   the first ``max_tokens`` tokens.

>>> mask("Got 3 rows from 10.0.0.7:5432 in 12ms, id=4f1c2a9e-0b7d-4c1e-9a55-0e9c1d2b3a41")
'Got <*> rows from <*> in <*>, id=<*>'
>>> mask("open '/etc/app.yaml' failed at 2024-05-01T12:00:03Z for user@example.com")
'open <*> failed at <*> for <*>'
>>> body_text('{"level": "error", "msg": "timeout after 30 s"}', 4096, 65536)
'timeout after 30 s'
>>> body_text(b"\\x00\\x01\\x02\\xff\\xfe", 4096, 65536), body_text("   ", 4096, 65536)
('<binary>', '<empty>')
"""

from __future__ import annotations

import json
import re

__all__ = ["BINARY", "EMPTY", "MESSAGE_KEYS", "WILDCARD", "body_text", "is_variable", "is_word", "mask", "tokens"]

WILDCARD = "<*>"
"""What a masked value or a generalised template position reads as."""
EMPTY = "<empty>"
"""The text mined for an empty or blank body."""
BINARY = "<binary>"
"""The text mined for a body that looks binary."""
MESSAGE_KEYS = ("message", "msg", "log", "body", "text", "event", "@message", "Message", "MESSAGE")
"""Keys that hold the message of a structured (JSON) log, in the order they are tried."""

_BINARY_SHARE = 0.1
_JSON_KEYS = 32

_MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_PATTERNS = (  # each is tried only where no letter or digit precedes
    r"[A-Za-z][A-Za-z0-9+.\-]*://[^\s\"'<>]+",  # URL
    r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+",  # e-mail
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",  # UUID
    r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?",  # ISO date[time]
    rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?{_MONTH}[a-z]*\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    r"(?:\s+\d{1,2}:\d\d:\d\d(?:[.,]\d+)?)?(?:\s+\d{4})?(?![\w:])",  # Jul 24 02:40:00 2005
    rf"\d{{1,2}}/{_MONTH}/\d{{4}}(?::\d\d:\d\d:\d\d)?(?:\s[+-]\d{{4}})?",  # 24/Jul/2005:02:40:00 +0000
    r"\d{1,2}:\d\d:\d\d(?:[.,]\d+)?",  # time of day
    r"[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}",  # MAC
    r"\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?",  # IPv4[:port]
    r"(?<![\w./\-])(?:/[\w.\-@%+~:]*){2,}",  # path of two or more segments
    r"(?<!_)[A-Za-z]:\\[^\s\"'<>|]*",  # Windows path
    r"(?<!_)\"[^\"\s]{0,256}\"(?!\w)",  # "value" without whitespace
    r"(?<!_)'[^'\s]{0,256}'(?!\w)",  # 'value' without whitespace
    r"0[xX][0-9a-fA-F]+(?![A-Za-z0-9])",  # 0x hex
    r"(?=[a-fA-F]*\d)(?=\d*[a-fA-F])[0-9a-fA-F]{6,}(?![A-Za-z0-9])",  # bare hex
    r"[-+]?\d+(?:\.\d+)?[KMGTP]i?B(?![A-Za-z0-9])",  # size
    r"[-+]?\d+(?:\.\d+)?(?:ns|us|ms|s|m|h|d)(?![A-Za-z0-9])",  # duration
    r"[-+]?\d+(?:\.\d+)*(?![A-Za-z0-9])",  # number, version
)
_MASK = re.compile("(?<![A-Za-z0-9])(?:" + "|".join(f"(?:{p})" for p in _PATTERNS) + ")")
_ODD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_DIGIT = re.compile(r"\d")
_PUNCT = ".,:;!?()[]{}<>'\"`"


def mask(text: str) -> str:
    """``text`` with every variable part (see the module docstring) replaced by ``<*>``."""
    return _MASK.sub(WILDCARD, text)


def tokens(masked: str, max_tokens: int) -> list[str]:
    """The whitespace-separated tokens of ``masked``, at most ``max_tokens`` of them."""
    toks = masked.split()
    return toks[:max_tokens] if len(toks) > max_tokens else toks


def is_variable(token: str) -> bool:
    """Whether a token is (or holds) a value: it has a digit or a ``<*>`` in it.

    >>> is_variable("core.6711"), is_variable("<*>]"), is_variable("Started")
    (True, True, False)
    """
    return WILDCARD in token or _DIGIT.search(token) is not None


def is_word(token: str) -> bool:
    """Whether a token is a plain word: letters only once outer punctuation is stripped.

    >>> is_word("Started"), is_word("(Lifecycle"), is_word("msra-sa"), is_word("x_y")
    (True, True, False, False)
    """
    return token.strip(_PUNCT).isalpha()


def body_text(body: str | bytes | None, max_chars: int, max_json_chars: int) -> str:
    """The text to mine for ``body`` (see the module docstring). Never raises."""
    if body is None:
        return EMPTY
    if isinstance(body, (bytes, bytearray, memoryview)):
        body = bytes(body[: max_json_chars * 4]).decode("utf-8", "replace")
    elif not isinstance(body, str):
        body = str(body)
    head = body.lstrip()[:1]
    if head == "{" and len(body) <= max_json_chars:
        body = _json_text(body)
    text = body[:max_chars]
    if not text or text.isspace():
        return EMPTY
    odd = len(_ODD.findall(text))
    if odd and (odd > len(text) * _BINARY_SHARE or "\x00" in text):
        return BINARY
    return text


def _json_text(body: str) -> str:
    try:
        obj = json.loads(body)
    except (ValueError, RecursionError):
        return body
    if not isinstance(obj, dict):
        return body
    for key in MESSAGE_KEYS:
        value = obj.get(key)
        if isinstance(value, str):
            return value
        if value is not None and not isinstance(value, (dict, list)):
            return str(value)
    return " ".join(f"{k}={_json_value(v)}" for k, v in list(obj.items())[:_JSON_KEYS])


def _json_value(value: object) -> str:
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    return json.dumps(value, ensure_ascii=False)
