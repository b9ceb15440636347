"""What a question was read as (:class:`Reading`), or why it gets no query (:class:`Refused`).

Made by :func:`signalcraft.copilot.ask_read.read`; every step after it (the SQL of
:mod:`signalcraft.copilot.ask_sql` and the shapes and relations built on it) takes a reading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_time import Window
from signalcraft.copilot.ask_vocab import Entity, tokens

__all__ = ["MAX_MINUTES", "MAX_QUESTION", "Reading", "Refused", "check_length", "compiled", "minutes"]

MAX_QUESTION = 500
"""Longer questions are refused unread."""


def check_length(question: str) -> None:
    """:class:`Refused` when ``question`` is longer than :data:`MAX_QUESTION`."""
    if len(question) > MAX_QUESTION:
        raise Refused("too_long", f"the question is {len(question):,} characters; ask in at most {MAX_QUESTION}")


MAX_MINUTES = 366 * 24 * 60
"""The longest span in minutes a question may name ("in the 99999999999999999999999 minutes before" is refused, not
handed to DuckDB)."""


def minutes(n: int) -> int:
    """``n`` minutes, or :class:`Refused` when more than a year."""
    if n > MAX_MINUTES:
        raise Refused("not_about_this_data", f"{n:,} minutes is more than a year; ask for a shorter span")
    return n


@lru_cache(maxsize=8192)
def compiled(pattern: str) -> re.Pattern:
    """A pattern of the reading's rules, compiled once. The rules hold more patterns than :mod:`re` keeps compiled
    (512): through its cache alone every question compiled most of them again. Bounded, since a few patterns are
    made with a question's own values."""
    return re.compile(pattern)


class Refused(Exception):
    """The question gets no query; ``kind`` is ``asks_to_change_data``, ``not_about_this_data``,
    ``ungrounded`` or ``too_long``; the message is the one line a person reads."""

    def __init__(self, kind: str, message: str, words: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.kind, self.words = kind, words


@dataclass
class Reading:
    question: str
    words: list[str]
    now: datetime
    window: Window | None
    entities: dict[str, list[Entity]] = field(default_factory=dict)
    name_hint: list[str] = field(default_factory=list)
    """Words left over that alert names are made of ("latency", "disk")."""
    subjects: list[str] = field(default_factory=list)
    """Subjects in the order the question names them."""
    ignored: list[str] = field(default_factory=list)
    zone: str = "UTC"
    made_by: str | None = None
    """``"bots"`` or ``"people"`` when the question says automation or people made the thing ("by hand");
    ``"not:"`` and a pattern of actor names when it names automation and leaves it out ("leave argocd out")."""
    daily: tuple[float, float] | None = None
    """Hours of the day on any date ("at night": 22 to 6), the second before the first when they wrap."""
    weekday: int | None = None
    """A day of the week on any date ("on fridays", "every friday"), as DuckDB's ``dayofweek`` (Sunday 0)."""
    order: tuple[str, str] | None = None
    """A column the rows are to be sorted by, as the store names it, and ASC or DESC ("sorted by starts_at")."""
    change_at: tuple[int, int] | None = None
    """The hour and minute of a change the question names by its time of day ("the 14:20 deploy")."""
    time_first: bool = False
    """Whether the question opens with its time phrase ("Yesterday, which …"): said of the whole question."""

    def has(self, *words: str) -> bool:
        """Whether the question holds any of ``words``; "at least" and "at most" are bounds, not rankings."""
        return any(w in words and not (w in ("least", "most") and i and self.words[i - 1] == "at")
                   for i, w in enumerate(self.words))

    def phrase(self, pattern: str) -> re.Match | None:
        return compiled(pattern).search(" ".join(self.words))

    def position(self, words) -> int | None:
        """Where ``words`` (a run of the question's words) first stand, or ``None``."""
        run = list(words)
        return next((i for i in range(len(self.words)) if self.words[i:i + len(run)] == run), None)

    @property
    def timed(self) -> set[str]:
        """The words of the question's time phrase ("yesterday", "last", "week"), none without one."""
        return set(tokens(self.window.phrase)) if self.window else set()

    def one(self, kind: str):
        found = self.entities.get(kind) or []
        return found[0].value if found else None

    @property
    def subject(self) -> str | None:
        return self.subjects[0] if self.subjects else None
