"""Log templates: each log body of a service mapped online, in one pass, to its pattern.

A :class:`TemplateMiner` holds the templates of one (workspace, service) and maps each
body given to :meth:`TemplateMiner.add` to one of them, creating or generalising
templates as it goes. Pure Python, no Bytewax: the flow keeps one miner per
(workspace, service) as its state. Whether a line is an error is not the miner's
business; the caller keeps ``LogRecord.is_error`` beside the template id.

The body becomes masked tokens (:mod:`signalcraft.operators.log_templates_text`: the
message of a JSON body, the first ``max_body_chars`` characters, variable parts such
as numbers, ids, addresses, paths and durations replaced by ``<*>``). Then:

- **Buckets.** Templates are bucketed by token count and by their first ``depth``
  tokens, a token with a digit or a ``<*>`` in it counting as ``<*>`` (the fixed-depth
  routing of Drain, flattened into one dict). A line is only compared with the
  templates of its bucket, and an index skips those that could not match it
  (:mod:`signalcraft.operators.log_templates_bucket`).
- **Matching.** A line matches a template when (a) no position holds two different
  plain words (letters only: ``Started`` vs ``Paused``; such a word is taken for
  message text, not a value) and (b) of the line's ``c`` constant positions (no digit,
  no ``<*>``), the template agrees (same token or ``<*>``) on ``need`` or more, the
  fewest with ``need / c >= similarity``; a line without constant positions passes (b). Of the matching
  templates the one with the highest share wins, then the one with more constant
  tokens, then the older. The template then keeps its tokens where they equal the
  line's and becomes ``<*>`` elsewhere (it *generalises*).
- **Word merge.** A plain word can still be a value (a user name, a state). When a
  line that matched nothing differs from ``merge_words - 1`` templates of its bucket
  only by the word at one same position, they and the line become one template with
  ``<*>`` there.
- **Cap and eviction.** At most ``max_templates`` templates. Making one more evicts the
  template that matched a line least recently (kept in recency order: O(1)); what a store
  holds of it stays. A line of an evicted template later makes it anew, under the
  same id when its text is the same.
- **State.** The templates with their counters and a tick (lines added); the pickle
  holds only those (about 100 bytes a template) and rebuilds the buckets. A small cache
  of recent masked texts (at most 1,024 of up to 512 characters, not pickled) answers
  a repeat of a line whose template has not changed since; it never changes an answer.

**Ids.** ``template_id(workspace, service, text) = make_id("tpl", …)``: a hash of the
template's text, not an arrival counter, so two miners fed the same lines (or a
miner restored from a pickle and fed the rest) give the same ids, and a template text
has the same id in any run, after any restart or replay. An id changes only when its
template's text does: when it generalises, when word merge joins it with others, and
when generalising makes it equal to another template of the service (the two are
joined under that one's id). Each :class:`Match` says so: ``replaced_ids`` are the ids
that now live on as ``template_id`` (a store renames them), ``evicted_id`` the
template dropped to make room.

**Order.** Lines equal after masking are the same line to the miner, and a stream of
one pattern's lines (differing only in masked values, or also in the word at one
position, ``merge_words`` or more distinct words there) ends in the same template
whatever their order. Beyond that the templates a stream ends with can depend on line
order, as for any one-pass miner: a line is compared with the templates made so far.

>>> m = TemplateMiner(workspace="w1", service="api")
>>> a = m.add("Connection to db-primary closed after 200 ms")
>>> a.template, a.is_new
('Connection to db-primary closed after <*> ms', True)
>>> b = m.add("Connection to cache-eu closed after 31 ms")
>>> b.template, b.replaced_ids == (a.template_id,)
('Connection to <*> closed after <*> ms', True)
>>> m.add("Connection to 10.0.0.9 closed after 7 ms").template_id == b.template_id
True
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

from signalcraft.models.ids import make_id
from signalcraft.operators.log_templates_bucket import Bucket
from signalcraft.operators.log_templates_text import (
    WILDCARD,
    body_text,
    is_variable,
    is_word,
    mask,
    tokens,
)
from signalcraft.params import LogTemplateParams

__all__ = ["LogTemplateParams", "Match", "Template", "TemplateMiner", "template_id"]

_STATE_VERSION = 1
"""Format of the pickled state: (version, params, workspace, service, tick, rows)."""
_CACHE_SIZE = 1024
"""Masked texts remembered per miner (not pickled): a repeat skips matching."""
_CACHE_CHARS = 512
"""Longest masked text remembered; the cache stays under ~1 MB per miner."""


def template_id(workspace: str, service: str, text: str) -> str:
    """The id of a template text of a service: ``"tpl-<32 hex>"``, a hash of the three."""
    return make_id("tpl", workspace, service, text)


@dataclass(slots=True)
class Template:
    """One template of a service, with its counters (``tick`` = lines added so far)."""

    id: str
    tokens: tuple[str, ...]
    count: int = 1
    """Lines matched, including those of templates merged into it."""
    first_seen: int = 0
    """Tick of its first line (of the oldest template merged into it)."""
    last_seen: int = 0
    """Tick of its latest line: what eviction goes by."""

    @property
    def text(self) -> str:
        """The template as one string, tokens separated by one space."""
        return " ".join(self.tokens)


@dataclass(frozen=True, slots=True)
class Match:
    """What :meth:`TemplateMiner.add` did with one body."""

    template_id: str
    template: str
    is_new: bool
    """The template was made for this line (not matched, generalised or merged)."""
    replaced_ids: tuple[str, ...] = ()
    """Ids this line's template had before (generalised or merged): now ``template_id``."""
    replaced_texts: tuple[str, ...] = ()
    """The texts of ``replaced_ids``, in the same order."""
    evicted_id: str | None = None
    """A template dropped to stay within ``max_templates``."""


@dataclass(slots=True)
class _Outcome:
    template: Template
    is_new: bool = False
    replaced: list[Template] = field(default_factory=list)


class TemplateMiner:
    """Online template miner for the log bodies of one (workspace, service); picklable.

    >>> m = TemplateMiner(LogTemplateParams(max_templates=2), "w", "s")
    >>> [m.add(f"step {w} done").template for w in ("load", "parse", "load")]
    ['step load done', 'step parse done', 'step load done']
    >>> m.add("disk full").evicted_id == template_id("w", "s", "step parse done")
    True
    >>> len(m), sorted(t.text for t in m.templates())
    (2, ['disk full', 'step load done'])
    """

    def __init__(self, params: LogTemplateParams | None = None, workspace: str = "", service: str = "") -> None:
        self.params = params if params is not None else LogTemplateParams()
        self.workspace = workspace
        self.service = service
        self._tick = 0
        self._by_id: dict[str, Template] = {}
        self._buckets: dict[tuple[str, ...], Bucket] = {}
        self._recent: dict[str, None] = {}  # ids, least recently matched first
        self._cache: dict[str, Template] = {}  # masked text -> template; cleared on any change of templates

    # -- public -------------------------------------------------------------------------

    def add(self, body: str | bytes | None) -> Match:
        """Map ``body`` to its template, learning from it; never raises on any body."""
        p = self.params
        self._tick += 1
        masked = mask(body_text(body, p.max_body_chars, p.max_json_chars))
        hit = self._cache.get(masked)
        if hit is not None:
            hit.count += 1
            self._touch(hit)
            return Match(hit.id, hit.text, False)
        toks = tokens(masked, p.max_tokens)
        out = self._place(toks)
        tpl = out.template
        tpl.count += 0 if out.is_new else 1
        self._touch(tpl)
        evicted = self._evict() if out.is_new else None
        if not out.replaced and len(masked) <= _CACHE_CHARS:  # the template holds the line as it is
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[masked] = tpl
        replaced = {t.id: t.text for t in out.replaced if t.id != tpl.id}
        return Match(tpl.id, tpl.text, out.is_new, tuple(replaced), tuple(replaced.values()), evicted)

    def templates(self) -> list[Template]:
        """Copies of the templates held, in the order they were made (a rewritten one counts as made anew)."""
        return [Template(**asdict(t)) for t in self._by_id.values()]

    def text_of(self, tid: str) -> str:
        """The text of the template ``tid`` held now (``KeyError`` when none is)."""
        return self._by_id[tid].text

    def last_tick(self, tid: str) -> int:
        """The tick of the latest line of the template ``tid`` (``KeyError`` when none is held)."""
        return self._by_id[tid].last_seen

    @property
    def tick(self) -> int:
        """Lines added so far (restored with the state)."""
        return self._tick

    def __len__(self) -> int:
        return len(self._by_id)

    def __repr__(self) -> str:
        return f"TemplateMiner({self.params!r}, {self.workspace!r}, {self.service!r})"

    def __getstate__(self) -> tuple:
        rows = [(t.text, t.count, t.first_seen, t.last_seen) for t in self._by_id.values()]
        return (_STATE_VERSION, self.params, self.workspace, self.service, self._tick, rows)

    def __setstate__(self, state: tuple) -> None:
        version, params, workspace, service, tick, rows = state
        if version != _STATE_VERSION:
            raise ValueError(f"TemplateMiner state version {version!r}; expected {_STATE_VERSION}")
        self.__init__(params, workspace, service)
        self._tick = tick
        for text, count, first, last in rows:
            self._insert(Template(self._id(text), tuple(text.split(" ")), count, first, last))
        self._recent = dict.fromkeys(t.id for t in sorted(self._by_id.values(), key=lambda t: (t.last_seen, t.id)))

    # -- matching -----------------------------------------------------------------------

    def _place(self, toks: list[str]) -> _Outcome:
        bucket = self._buckets.get(self._key(toks))
        if bucket is None:
            return self._create(toks)
        const = [i for i, t in enumerate(toks) if not is_variable(t)]
        words = {i for i in const if is_word(toks[i])}
        need = _need(len(const), self.params.similarity)
        best, best_key = None, None
        for tpl in bucket.candidates(toks, const, words, need):
            agree = _agreement(tpl.tokens, toks, const, words)
            if agree is not None and agree >= need:
                key = (agree, sum(t != WILDCARD for t in tpl.tokens))
                if best_key is None or key > best_key:
                    best, best_key = tpl, key
        if best is not None:
            return self._generalise(best, toks)
        siblings = bucket.siblings(toks, const, words, need)
        return self._merge_words(siblings, toks, const, words, need) or self._create(toks)

    def _generalise(self, tpl: Template, toks: list[str]) -> _Outcome:
        new = tuple(a if a == b else WILDCARD for a, b in zip(tpl.tokens, toks, strict=True))
        if new == tpl.tokens:
            return _Outcome(tpl)
        return self._rewrite([tpl], new)

    def _merge_words(
        self, siblings: list[Template], toks: list[str], const: list[int], words: set[int], need: int
    ) -> _Outcome | None:
        by_pos: dict[int, list[Template]] = {}
        for tpl in siblings:
            pos = _word_sibling(tpl.tokens, toks, const, words, need)
            if pos is not None:
                by_pos.setdefault(pos, []).append(tpl)
        for pos in sorted(by_pos):
            group = by_pos[pos]
            if len(group) + 1 >= self.params.merge_words:
                merged = list(toks)
                merged[pos] = WILDCARD
                for tpl in group:
                    merged = [a if a == b else WILDCARD for a, b in zip(merged, tpl.tokens, strict=True)]
                return self._rewrite(group, tuple(merged))
        return None

    def _rewrite(self, olds: list[Template], new: tuple[str, ...]) -> _Outcome:
        """Replace ``olds`` by one template of tokens ``new`` (joining one that has that text)."""
        for tpl in olds:
            self._remove(tpl)
        text = " ".join(new)
        keep = self._by_id.get(self._id(text))
        if keep is None:
            keep = Template(self._id(text), new, 0, self._tick, self._tick)
            self._insert(keep)
        for tpl in olds:
            keep.count += tpl.count
            keep.first_seen = min(keep.first_seen, tpl.first_seen)
        return _Outcome(keep, False, list(olds))

    def _create(self, toks: list[str]) -> _Outcome:
        text = " ".join(toks)
        tpl = Template(self._id(text), tuple(toks), 1, self._tick, self._tick)
        self._insert(tpl)
        return _Outcome(tpl, True)

    # -- state --------------------------------------------------------------------------

    def _id(self, text: str) -> str:
        return template_id(self.workspace, self.service, text)

    def _key(self, toks: list[str] | tuple[str, ...]) -> tuple[str, ...]:
        head = tuple(WILDCARD if is_variable(t) else t for t in toks[: self.params.depth])
        return (str(len(toks)), *head)

    def _touch(self, tpl: Template) -> None:
        tpl.last_seen = self._tick
        self._recent.pop(tpl.id, None)
        self._recent[tpl.id] = None

    def _insert(self, tpl: Template) -> None:
        self._by_id[tpl.id] = tpl
        self._recent[tpl.id] = None
        key = self._key(tpl.tokens)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = Bucket(self.params.depth)
        bucket.add(tpl)
        self._cache.clear()

    def _remove(self, tpl: Template) -> None:
        del self._by_id[tpl.id]
        del self._recent[tpl.id]
        key = self._key(tpl.tokens)
        bucket = self._buckets[key]
        bucket.remove(tpl)
        if not bucket:
            del self._buckets[key]
        self._cache.clear()

    def _evict(self) -> str | None:
        if len(self._by_id) <= self.params.max_templates:
            return None
        victim = self._by_id[next(iter(self._recent))]
        self._remove(victim)
        return victim.id


def _need(n_const: int, similarity: float) -> int:
    """How many of a line's ``n_const`` constant positions a template must agree on: the
    fewest ``k`` with ``k / n_const >= similarity`` (0 for a line without any)."""
    if n_const == 0:
        return 0
    k = min(n_const + 1, math.ceil(similarity * n_const))
    while k > 0 and (k - 1) / n_const >= similarity:
        k -= 1
    while k <= n_const and k / n_const < similarity:
        k += 1
    return k


def _compare(
    tpl: tuple[str, ...], toks: list[str], const: list[int], words: set[int], allow_clash: bool
) -> tuple[int, int | None] | None:
    """(how many of the line's constant positions ``tpl`` agrees with, counting a word clash
    as agreeing, the position of that clash); ``None`` on a word clash when none is allowed,
    or on a second one."""
    agree, clash = 0, None
    for i in const:
        t = tpl[i]
        if t == toks[i] or t == WILDCARD:
            agree += 1
        elif i in words and is_word(t):
            if clash is not None or not allow_clash:
                return None
            clash = i
            agree += 1
    return agree, clash


def _agreement(tpl: tuple[str, ...], toks: list[str], const: list[int], words: set[int]) -> int | None:
    """How many of the line's constant positions the template agrees with; None on a word clash."""
    found = _compare(tpl, toks, const, words, allow_clash=False)
    return None if found is None else found[0]


def _word_sibling(tpl: tuple[str, ...], toks: list[str], const: list[int], words: set[int], need: int) -> int | None:
    """The one position where ``tpl`` clashes with the line on a word, if the line would
    otherwise match it (agreeing on ``need`` positions with that one counted); else None."""
    found = _compare(tpl, toks, const, words, allow_clash=True)
    if found is None or found[1] is None or found[0] < need:
        return None
    return found[1]
