"""Ask in plain words: a question about the store becomes one validated, read-only SELECT.

The question is read against the values the store holds (:mod:`.ask_read`), turned into SQL
(:mod:`.ask_shapes`, :mod:`.ask_joins`), and that SQL — like any other — runs only after
:func:`signalcraft.copilot.sql_guard.safe` passed it, scoped to the asker's workspace, on a
locked-down connection with a time limit. A question that asks to change data, is about
something else, or names a value the store does not have gets :class:`Refused` and runs
nothing. With an optional language model (``SIGNALCRAFT_LLM_URL``) a question the parser
cannot read is offered to the model, whose SQL passes through the same gate.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import duckdb

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_ack_pairs import ack_pairs
from signalcraft.copilot.ask_anchor import anchored
from signalcraft.copilot.ask_beside import count_beside, distinct_beside
from signalcraft.copilot.ask_between import between, within_two
from signalcraft.copilot.ask_both import check_periods, check_two_periods, side_by_side
from signalcraft.copilot.ask_chatter import addressed
from signalcraft.copilot.ask_columns import counted, narrowed, rows_counted, trailing_list
from signalcraft.copilot.ask_conditions import apply as apply_conditions
from signalcraft.copilot.ask_conditions import split as split_conditions
from signalcraft.copilot.ask_context import asking_sentence, from_asking, without_gloss
from signalcraft.copilot.ask_dictated import dictated
from signalcraft.copilot.ask_except import check_set_aside, excepted
from signalcraft.copilot.ask_kinds import (
    check_asked,
    check_breakdown,
    check_compared,
    check_first_each,
    check_kinds,
    check_label_asked,
    check_metric,
    check_share,
    check_unread,
)
from signalcraft.copilot.ask_measures import first_time
from signalcraft.copilot.ask_most import most_of
from signalcraft.copilot.ask_negation import (
    check_ago,
    check_bounds,
    check_clocks,
    check_definition,
    check_negations,
    check_none_of,
    check_spans,
    check_than,
    check_weekday,
)
from signalcraft.copilot.ask_pair_list import paired
from signalcraft.copilot.ask_pasted import unpasted
from signalcraft.copilot.ask_read import read, refuse_orders, single_names
from signalcraft.copilot.ask_reading import Refused, check_length
from signalcraft.copilot.ask_register import formal
from signalcraft.copilot.ask_rows_measured import incidents_measured, rows_measured
from signalcraft.copilot.ask_said_again import said_again
from signalcraft.copilot.ask_scoped import muted_by, scoped
from signalcraft.copilot.ask_sets import in_two_periods
from signalcraft.copilot.ask_shapes import build_for
from signalcraft.copilot.ask_spoken_clock import clock_said
from signalcraft.copilot.ask_start_end import started_and_ended
from signalcraft.copilot.ask_suspects import even_without, said_without
from signalcraft.copilot.ask_told import told_first
from signalcraft.copilot.ask_typed import typed
from signalcraft.copilot.ask_vague import check_since
from signalcraft.copilot.ask_vocab import Vocabulary, tokens
from signalcraft.copilot.ask_warned import warned_incidents
from signalcraft.copilot.ask_who_when import who_and
from signalcraft.copilot.ask_windows import several_windows
from signalcraft.copilot.ask_zones import dates_said, zone_said
from signalcraft.copilot.sql_guard import UnsafeQuery, safe
from signalcraft.copilot.store import run_select

__all__ = ["Answer", "Asker", "Refused"]

log = logging.getLogger(__name__)
_ASKS_TOO = re.compile(r"(?i)^\s*(?:which|what|how many|list|show|give)\b")
"""A sentence before the one with the question mark that asks too: the question is both."""


@dataclass(frozen=True)
class Answer:
    question: str
    sql: str
    columns: list[str]
    rows: list[tuple[Any, ...]]
    ignored: tuple[str, ...] = ()
    """Words of the question that named nothing and were not used."""
    generator: str = "parser"

    def as_json(self) -> dict:
        return {"question": self.question, "sql": self.sql, "columns": self.columns,
                "rows": [[_plain(v) for v in row] for row in self.rows], "ignored": list(self.ignored),
                "generator": self.generator}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, int | float | str | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


_NARROWING = (("service",), ("project",), ("environment",), ("person",), ("change_source", "alert_source"),
              ("version",), ("label", "label_part"))
"""Kinds of value a question narrows by; a word may name a value of any kind of one group ("pagerduty" is an
alert source and a change source), and one of them applied is enough."""


def _all_applied(reading, sql: str, vocab: Vocabulary) -> None:
    """Refuse rather than answer without a service, project, environment, person, source or version the
    question named: a relation without that column (warnings have no person) would otherwise answer for all.
    Alert names pinned by the question carry their service and environment with them."""
    low = sql.lower()
    names = reading.entities.get("alert_name", [])
    if names and not any(f"'{e.value.lower()}'" in low for e in names):  # "the X incidents" answered for every one
        raise Refused("ungrounded", f"{names[0].value!r} names an alert, and what this question reads is "
                                    "not narrowed to it; nothing was run", names[0].words)
    if re.search(r"\bname (=|in)\b|m\.value (=|in)\b", low):
        return
    hinted = [h for h in reading.name_hint if re.search(rf"\b{re.escape(h)}\w* (?:incidents?|alerts?|problems?|"
                                                        rf"issues?|outages?)\b", " ".join(reading.words))
              and any(h in n.lower() for n in vocab.alert_names)]  # a word of an alert's name, not a metric's
    if reading.words[1:2] and reading.words[0] in reading.name_hint and reading.words[0] not in hinted and \
            reading.words[1] in ("for", "of", "on", "in", "at"):
        hinted.append(reading.words[0])  # "p99 for payments-api during the outage": what is asked comes first
    if hinted and not re.search(r"\bname\b|alertname|ilike|\blabels\[", low):  # "the latest resolution of the
        raise Refused("ungrounded", f"{hinted[0]!r} names an alert, and what this question reads is not narrowed "
                                    "to it; nothing was run", (hinted[0],))  # hikari alert": not every resolution
    for group in _NARROWING:
        named: dict[tuple[str, ...], list] = {}
        for kind in group:
            for entity in reading.entities.get(kind, []):
                named.setdefault(entity.words, []).append(entity)
        for words, entities in named.items():
            if _is_the_actor(reading, words):
                continue  # "which alerts did alertmanager hold back", "has signalcraft proposed routes": who did it
            if re.search(rf"\bgroup by {entities[0].kind.split('_')[-1]}\b", low):
                continue  # "share of alerts through each source (alertmanager, grafana, ...)": examples of the groups
            if not any(_applied(e, low, vocab) for e in entities):
                kind = {"label_part": "place in a label"}.get(entities[0].kind, entities[0].kind.replace("_", " "))
                raise Refused("ungrounded", f"{' '.join(words)!r} names a {kind}, and what this question reads "
                                            f"has no {kind} to narrow by; nothing was run", words)


_ACTOR_VERBS = {"proposed", "proposes", "suggested", "suggests", "recommended", "recommends", "held", "swallowed",
                "muted", "suppressed", "silenced", "inhibited", "found", "flagged", "raised", "mute", "hold", "swallow",
                "suppress", "recommend", "suggest", "propose"}


def _is_the_actor(reading, words: tuple[str, ...]) -> bool:
    """A tool named as the one that did the thing asked about ("did alertmanager actually hold back", "has
    signalcraft proposed") is not a source to narrow by."""
    if words not in (("alertmanager",), ("signalcraft",)):
        return False
    at = next((i for i in range(len(reading.words)) if tuple(reading.words[i:i + len(words)]) == words), None)
    if at and reading.subject == "silences" and reading.words[at - 1] in ("in", "into", "via", "through", "using"):
        return True  # "how many mutes has kenji put in alertmanager": where silences are kept
    after = reading.words[at + len(words):at + len(words) + 2] if at is not None else []
    return bool(set(after) & _ACTOR_VERBS)


def _applied(entity, low_sql: str, vocab: Vocabulary) -> bool:
    values = entity.value if isinstance(entity.value, tuple) else (entity.value,)
    if entity.kind == "environment":  # as the store spells it where a relation keeps it raw ('prod')
        values += tuple(e for e in vocab.raw_environments if vocab.environments.get(e.lower()) in values)
    return any(f"'{str(v).lower()}'" in low_sql or f"%{str(v).lower()}%" in low_sql for v in values)


def _listed_of(question: str, got):
    """The rows a shape read (``got``: its reading and SQL, or ``None``) narrowed to the columns a list after the
    question names ("… between the flag going on and the deploy going live? I need the service, the type, who did
    it and when")."""
    if got is None:
        return None
    items = trailing_list(said_without(question))[0]
    return (got[0], narrowed(items, got[1])) if items and "count" not in items else got


class Asker:
    """Answers questions about one store for one reader (a workspace, or all when ``None``)."""

    def __init__(self, con, *, workspace: str | None = None, zone: str = "UTC", limit: int = 1000,
                 timeout_s: float = 5.0, llm=None, vocabulary: Vocabulary | None = None) -> None:
        """``vocabulary``: the store's names for ``workspace`` when the caller keeps them (a server reads
        them once per file); read from ``con`` otherwise."""
        self.con, self.workspace, self.zone = con, workspace, zone
        self.limit, self.timeout_s, self.llm = limit, timeout_s, llm
        self.vocab = vocabulary if vocabulary is not None else Vocabulary.load(con, workspace)

    def sql(self, question: str, now: datetime) -> tuple[str, tuple[str, ...], str]:
        """The gated SQL for ``question``, the words it ignored and what wrote it; or :class:`Refused`."""
        check_length(question)  # before any reading, also of its parts
        asked = addressed(dictated(unpasted(question)))
        said = said_again(told_first(formal(excepted(asked))))
        question = told_first(typed(said, single_names(self.vocab)))  # "@signalcraft rollbacks 30d": the question
        # after its chat handle, its formal register said plainly; what it says twice or in passing left out ("…, I'll
        # filter in Excel."); an event told before it put in place of its "that" (before "when X fired, …" is read as
        # "when did X fire", and again once the typed forms are read)
        if question != said:  # "wha time de last alert start": what is said again read once more in plain words
            question = said_again(question)
        question, zone = zone_said(dates_said(clock_said(question), now.astimezone(ZoneInfo(self.zone)).date()))  #
        # "between 15:00 and 16:00 CET on 11-03-2025", "on 11/03", "at half nine last night, Darwin time"
        question = clock_said(question) if zone else question  # "yesterday (Wednesday, Tonga time)": its day once
        asker = self
        if zone is not None:  # read on a copy: the zone is this question's alone
            asker = copy.copy(self)
            asker.zone = zone
        try:
            reading, raw = asker._whole(question, now)
            raw = ack_pairs(question, raw)  # "… acknowledged while still firing? the alert name and who acked it"
            offset = now.astimezone(ZoneInfo(asker.zone)).utcoffset()
            check_two_periods(question, raw, now, asker.zone)
            check_ago(question, raw)
            check_than(question, raw)  # "which services had more alerts than search-api": search-api's own (silent)
            check_clocks(question, raw, int(offset.total_seconds()) // 60 % 60 if offset else 0)  # "at precisely
            # 13:05" had been now
            check_spans(" ".join(tokens(question)), raw)  # also of a question read in parts ("incidents that took
            # about 20 minutes to resolve" is not their mean time to resolve)
            check_since(question, raw)  # "since I took the pager" had been every alert ever
            check_set_aside(asked, raw)  # "aside from the info ones" read as every alert
            ignored, generator = tuple(reading.ignored), "parser"
            check_definition(question, ignored)
        except Refused as refused:
            if self.llm is None or refused.kind != "not_about_this_data":
                raise  # a write, a secret or an ungrounded value is refused, never guessed at
            raw, ignored, generator = self.llm.sql(question, now), (), "llm"
        try:
            return safe(raw, workspace=self.workspace, limit=self.limit), ignored, generator
        except UnsafeQuery as e:
            log.warning("a %s statement was refused by the gate: %s", generator, e)
            raise Refused("unsafe", f"the query written for this question was refused: {e}") from e

    def _whole(self, question: str, now: datetime):
        """The question read as one, or as two measures side by side; when words of a sentence around it name
        nothing ("Which incidents are still open? They go in my report."), the sentence that asks, alone."""
        question = from_asking(question, self.vocab, now, self.zone)
        try:  # an order anywhere refuses the whole, before any part is read on its own (a condition's quoted value
            refuse_orders(split_conditions(question, self.vocab)[0])  # is a value: "where comment = 'drop it'")
        except Refused as refused:
            if refused.kind == "asks_to_change_data":
                raise  # other refusals are the reading's to make, of the parts it reads
        try:
            return self._shaped(question, now)
        except Refused as refused:
            plain = without_gloss(question)
            if plain != question and refused.kind == "not_about_this_data":
                try:  # "share of alerts still firing, i.e. with no end yet": the question as first put, when its
                    # restatement is not read (never when it names what the store lacks or gives an order)
                    return self._whole(plain, now)
                except Refused:
                    raise refused from None
            asked = asking_sentence(question)
            after = question[question.find(asked) + len(asked):].lower() if asked else ""
            before = question[:question.find(asked)] if asked else ""
            if asked is None or refused.kind not in ("not_about_this_data", "ungrounded") or (
                    refused.kind == "ungrounded" and not all(w.lower() in after for w in refused.words)) or \
                    _ASKS_TOO.search(before):
                raise  # a name the store lacks stays refused unless only a remark after the question gives it; a
                # sentence before it that asks too ("which deploys last week - how many alerts each?") is not left out
            try:
                return self._shaped(asked, now)
            except Refused:
                raise refused from None

    def _shaped(self, question: str, now: datetime):
        """The question read in the first shape that takes it: the time between two events, two measures side by
        side, things around one event, ..., else read whole."""
        def part(text: str):
            return self._checked(text, now)

        return self._warned(question, now) or several_windows(question, part, now, self.zone) or \
            started_and_ended(question, part) or \
            between(question, part, self.vocab) or \
            _listed_of(question, within_two(question, part, self.vocab)) or most_of(question, part) or \
            in_two_periods(question, part) or who_and(question, part) or scoped(question, part) or \
            muted_by(question, part) or \
            self._anchored(question, part, now) or side_by_side(question, part, now) or part(question)

    def _warned(self, question: str, now: datetime):
        """Incidents that had early warnings, each with how many or how far ahead the earliest came, read whole (its
        list of columns and its second measure are its own, not parts to read alone); ``None`` when not so."""
        if not re.search(r"(?i)\bwarnings?\b", question) or \
                not re.search(r"(?i)\b(?:incidents?|outages?|incidences?)\b", question):
            return None
        try:
            text, conditions = split_conditions(question, self.vocab)
            reading = read(text, self.vocab, now, self.zone)
        except Refused:
            return None
        if (sql := warned_incidents(reading, self.vocab)) is None:
            return None
        sql = apply_conditions(sql, conditions, self.vocab)  # "… in project=checkout that had early warnings: …" (the
        # condition had been split off and left unread)
        _all_applied(reading, sql, self.vocab)
        check_negations(reading)
        return reading, sql

    def _anchored(self, question: str, part, now: datetime):
        """The rows placed around one event, narrowed to the columns a list after the event names ("… 10 min either
        side of yesterday's rollback: time and value")."""
        return _listed_of(question, anchored(question, part, now, self.vocab))

    def _checked(self, question: str, now: datetime):
        """The reading and SQL of one question, every check passed."""
        reading, raw = self._listed(question, now) or self._counted(question, now)
        _all_applied(reading, raw, self.vocab)
        check_negations(reading)
        check_bounds(reading, raw)
        check_kinds(reading, raw)
        check_metric(reading, raw)
        check_label_asked(reading, raw, self.vocab.label_keys)
        check_first_each(reading, raw)
        check_unread(reading, raw)
        check_compared(reading, raw)
        check_breakdown(reading, raw)
        check_asked(reading, raw)
        check_share(reading, raw)
        check_periods(reading)
        check_weekday(reading, raw)
        check_none_of(" ".join(reading.words), raw)
        check_spans(" ".join(reading.words), raw)  # last: a check above names why better ("a relation to its own
        # kind")
        return reading, raw

    def _read(self, question: str, now: datetime):
        text, conditions = split_conditions(question, self.vocab)  # "where ends_at is null": put on afterwards
        reading = read(text, self.vocab, now, self.zone)
        return reading, apply_conditions(build_for(reading, self.vocab), conditions, self.vocab)

    def _counted(self, question: str, now: datetime):
        """The question read whole; a count per thing narrowed to the columns a list names before its count."""
        if (rows := incidents_measured(question, lambda text: self._read(text, now))) is not None:
            return rows  # "mttr of incidents with a suspect change"
        plain = said_without(question)  # "… (empty when no suspect)": not an anti-join's "no suspect"
        items, listed_text, _ = trailing_list(plain)
        asked = plain[:plain.rfind(listed_text)].rstrip() if items else ""
        if items and "count" in items and asked.endswith("?"):  # "Which two persons acknowledged the most alerts?
            plain = asked  # Person and number of acknowledgements.": the sentence that asks, read alone; the list it
            # gave after it is put on its answer (its words had been read as what to count by: the action)
        reading, raw = self._read(plain if items else question, now)
        sql = counted(items, raw)
        if sql == raw and items and "count" not in items:  # "incidents last week: service, alert name, the suspect
            sql = narrowed(items, raw)  # version": the rows the whole question reads, narrowed (without its list the
            # question had read incidents, which have no suspect's version: every column had come back)
        if items:  # "…: service and the suspect version (empty when none)": every incident; a bare "if any" is not it
            sql = even_without(question, sql, self.vocab.columns)  # ("which incidents had a suspect change, if any?")
        return reading, distinct_beside(question, count_beside(question, first_time(question, rows_measured(
            question, rows_counted(question, sql)))))

    def _listed(self, question: str, now: datetime):
        """A question that lists the columns it wants ("...: the service, the version and who made it") read
        without its list, then narrowed to those columns; ``None`` when it lists none or the rest does not return
        whole rows that have them (read whole then)."""
        items, text, leading = trailing_list(said_without(question))
        if not items or "count" in items:
            return None
        body = question.strip()[len(text):] if leading else question[:question.rfind(text)]
        if "who" in items:  # "which silences were created, and by whom? id, author and comment": the rows
            body = re.sub(r"(?i),? *(?:and )?by whom\b|,? *and who (?:made|created|did) (?:it|them)\b", "", body)
        if "lag" in items:  # "which series warned before the incident, and how many minutes ahead? metric key and
            body = re.sub(r"(?i),? *and how (?:many minutes|long) (?:ahead|before|earlier|in advance)\b", "", body)
            # lead time": the list names the minutes
        try:
            reading, raw = self._read(body, now)
        except Refused:
            return None
        sql = narrowed(items, raw)
        if sql == raw and re.match(r"SELECT \* FROM alert_groups\b", raw) and "version" in items and \
                re.search(r"(?i)\bsuspect", question):  # "Identity incidents since 1 February: service, …, and suspect
            try:  # change version": the incidents with their suspect (the rest read alone had been incidents, which
                reading, raw = self._read(f"{body.rstrip(' :?.,')} with their suspect change", now)  # have no version)
            except Refused:
                return None
            sql = even_without(question, narrowed(items, raw), self.vocab.columns)
        if sql == raw:
            sql = paired(question, raw)  # "...: deploy service, version, alert name": the pairs' columns
        if sql == raw:
            return None
        return reading, even_without(question, sql, self.vocab.columns)  # "incidents this wk w/ their suspect if any:
        # svc, alert, opened, suspect version": every incident

    def ask(self, question: str, now: datetime) -> Answer:
        sql, ignored, generator = self.sql(question, now)
        try:
            result = run_select(self.con, sql, timeout_s=self.timeout_s)
        except duckdb.Error as e:  # a statement the gate passed that DuckDB cannot run: one line, not a crash
            log.warning("a %s statement passed the gate but did not run: %s", generator, e)
            raise Refused("unsafe", f"the query written for this question could not run: {e}") from e
        return Answer(question, sql, result.columns, result.rows, ignored, generator)
