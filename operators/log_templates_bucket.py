"""One bucket of a :class:`~signalcraft.operators.log_templates.TemplateMiner`: its
templates in the order they were made, and an index that finds the few worth comparing.

The index only skips templates that comparing the line with each one would reject, so
results are the same as comparing with every template of the bucket, in order; it
keeps a bucket of many templates cheap. Two facts make the skipping exact, for a line
with ``c`` constant positions of which a match must agree (same token or ``<*>``) on
``need`` (see :class:`~signalcraft.operators.log_templates.TemplateMiner`):

- *Word clash.* Where the line has the plain word ``w`` at ``i``, only templates with
  ``w`` or with a non-word at ``i`` can match (:meth:`Bucket.clash_free`). Word merge
  joins templates that clash at one position only, so each of them is clash-free at
  any other: the union over two word positions holds them all.
- *Pigeonhole.* A template that agrees on ``need`` of the ``c`` positions agrees on at
  least one of any ``c - need + 1`` of them: the union of :meth:`Bucket.agreeing` over
  that many positions holds every match. (The first ``depth`` tokens chose the bucket:
  every template agrees there, and they are counted as agreed.)

A bucket of at most :data:`SMALL` templates is compared in full. The index is rebuilt
with the bucket when a miner is unpickled; it is not state.

>>> from signalcraft.operators.log_templates import Template
>>> b = Bucket(depth=1)
>>> for n, text in enumerate(["job load done", "job <*> done", "job parse done", "job x-y done"]):
...     b.add(Template(str(n), tuple(text.split())))
>>> [t.id for t in b.clash_free(1, "load")], [t.id for t in b.agreeing(1, "load")]
(['0', '1', '3'], ['0', '1'])
>>> b.remove(b.templates[0]); [t.id for t in b.agreeing(1, "load")]
['1']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from signalcraft.operators.log_templates_text import WILDCARD, is_word

if TYPE_CHECKING:
    from signalcraft.operators.log_templates import Template

__all__ = ["Bucket"]

SMALL = 16
"""A bucket of at most this many templates is compared in full; the index is not worth it."""


class Bucket:
    """Templates of one bucket, in the order they were made, indexed by token per position."""

    __slots__ = ("_exact", "_next", "_nonword", "_seq", "depth", "templates")

    def __init__(self, depth: int) -> None:
        self.depth = depth
        self.templates: list[Template] = []
        self._seq: dict[int, int] = {}  # id(template) -> order of insertion
        self._exact: list[dict[str, list[Template]]] = []  # per position: token -> templates
        self._nonword: list[list[Template]] = []  # per position: templates without a plain word there
        self._next = 0

    def __len__(self) -> int:
        return len(self.templates)

    def add(self, tpl: Template) -> None:
        """Append ``tpl`` (made last)."""
        self.templates.append(tpl)
        self._seq[id(tpl)] = self._next
        self._next += 1
        while len(self._exact) < len(tpl.tokens):
            self._exact.append({})
            self._nonword.append([])
        for i, tok in enumerate(tpl.tokens):
            self._exact[i].setdefault(tok, []).append(tpl)
            if not is_word(tok):
                self._nonword[i].append(tpl)

    def remove(self, tpl: Template) -> None:
        """Take ``tpl`` out."""
        self.templates.remove(tpl)
        del self._seq[id(tpl)]
        for i, tok in enumerate(tpl.tokens):
            same = self._exact[i][tok]
            same.remove(tpl)
            if not same:
                del self._exact[i][tok]
            if not is_word(tok):
                self._nonword[i].remove(tpl)

    def agreeing(self, i: int, token: str) -> list[Template]:
        """The templates with ``token`` or ``<*>`` at position ``i``."""
        if i >= len(self._exact):
            return []
        return [*self._exact[i].get(token, ()), *self._exact[i].get(WILDCARD, ())]

    def clash_free(self, i: int, word: str) -> list[Template]:
        """The templates with ``word`` or a non-word at position ``i``."""
        if i >= len(self._exact):
            return []
        return [*self._exact[i].get(word, ()), *self._nonword[i]]

    def candidates(self, toks: list[str], const: list[int], words: set[int], need: int) -> list[Template]:
        """In order, the templates that may match a line (``const``: its constant positions,
        ``words``: those holding plain words, ``need``: how many a match agrees on)."""
        if len(self.templates) <= SMALL:
            return self.templates
        hi = [i for i in const if i >= self.depth]
        pools = [self.clash_free(i, toks[i]) for i in hi if i in words][:1]
        k = need - (len(const) - len(hi))
        if k > len(hi):
            return []
        if k > 0:
            pools.append([t for i in hi[: len(hi) - k + 1] for t in self.agreeing(i, toks[i])])
        return self._common(pools)

    def siblings(self, toks: list[str], const: list[int], words: set[int], need: int) -> list[Template]:
        """In order, the templates that may clash with a line at one word position only."""
        hi = [i for i in const if i >= self.depth]
        wp = [i for i in hi if i in words]
        if not wp:
            return []
        if len(self.templates) <= SMALL:
            return self.templates
        if len(wp) >= 2:
            return self._ordered({id(t): t for i in wp[:2] for t in self.clash_free(i, toks[i])}.values())
        rest = [i for i in hi if i != wp[0]]
        k = need - 1 - (len(const) - len(hi))
        if k > len(rest):
            return []
        if k <= 0:
            return self.templates
        return self._common([[t for i in rest[: len(rest) - k + 1] for t in self.agreeing(i, toks[i])]])

    def _common(self, pools: list[list[Template]]) -> list[Template]:
        if not pools:
            return self.templates
        found = {id(t): t for t in pools[0]}
        for pool in pools[1:]:
            keep = {id(t) for t in pool}
            found = {k: t for k, t in found.items() if k in keep}
        return self._ordered(found.values())

    def _ordered(self, tpls) -> list[Template]:
        seq = self._seq
        return sorted(tpls, key=lambda t: seq[id(t)])
