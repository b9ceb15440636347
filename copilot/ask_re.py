"""The parser's regular expressions, each compiled once and kept.

Reading a question tries well over a thousand distinct patterns, more than the 512 that :mod:`re` keeps compiled;
past that, :mod:`re` compiles a pattern again each time it comes back (measured over 1,500 questions: 19
compilations a question, a quarter of its CPU time; with this module 0.2). The readers import this module under the
name ``re``: the same functions and names, with a cache of 8,192 patterns (patterns made from a question's own words
come and go through it too; none is kept unbounded).

>>> search(r"\\b(\\d+) min", "within 15 min after").group(1)
'15'
>>> compile(r"a+") is compile(r"a+")
True
"""

from __future__ import annotations

import functools
import re as _re
from re import IGNORECASE, Match, Pattern, S, error, escape
from re import I as I

__all__ = [
    "IGNORECASE",
    "I",
    "Match",
    "Pattern",
    "S",
    "compile",
    "error",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
    "subn",
]


@functools.lru_cache(maxsize=8192)
def compile(pattern, flags=0):  # noqa: A001 (re's own name)
    return _re.compile(pattern, flags)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)
