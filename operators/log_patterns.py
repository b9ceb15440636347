"""Log patterns of one service: each log record gets its template; templates become rows and news.

The flow keys log records by (workspace, service) and folds each key's batches through
:meth:`LogPatterns.step_many`, keeping the returned :class:`PatternState`: the service's
:class:`~signalcraft.operators.log_templates.TemplateMiner` and, per template, what the
store and the warnings need (:class:`TemplateSeen`: event times, counts, an example).
For every batch it returns:

- the records, each with its ``template_id`` set;
- a :class:`~signalcraft.models.LogTemplate` row for every template the batch touched,
  at ``version`` = the number of the service's line that touched it last (so the same
  lines give the same rows however they are batched, and a replay writes nothing new),
  and one for every template the batch replaced (its text changed: generalised or
  merged), saying under which id it lives on (``replaced_by``), at the number of the
  line that replaced it;
- a :class:`~signalcraft.operators.series.PatternHit` for every line at
  ``watch_severity`` or above, for the anomaly watch's per-template count series;
- "New error pattern" warnings (:class:`~signalcraft.models.EarlyWarning`).

**New error pattern.** A template is new when it was first seen after the service's
first ``learn_first`` of logs (event time; before that everything is new). When a new
template's error lines come ``new_min_count`` times within ``new_window`` of its first
error line, a warning is raised: "New error pattern in payments-api: '<template>' — 212
times in 5 min, first seen 14:31", with the template and an example line in the
annotations. It resolves (a second version, ``ends_at`` the last line) once the
template has been quiet for ``new_quiet`` of the service's event time. A template that
merges with an older one takes the older one's first sighting, so it is not new.

**State.** The miner (about 100 bytes a template) and one :class:`TemplateSeen` per
template (about 200 bytes and the example line, cut to ``EXAMPLE_CHARS``); an evicted
template's entry goes with it. Both are picklable and come back with Bytewax recovery.

>>> from datetime import datetime, timedelta, timezone
>>> t0 = datetime(2024, 5, 1, 14, 0, tzinfo=timezone.utc)
>>> def log(i, minute, body, error=True):
...     return LogRecord(id=f"l{i}", workspace_id="w", project="shop", environment="prod",
...         service="payments-api", severity_number=17 if error else 9, is_error=error, body=body,
...         timestamp=t0 + timedelta(minutes=minute), source="otlp")
>>> lp = LogPatterns(PatternParams(new_min_count=3, learn_first=timedelta(minutes=30)))
>>> state, out = lp.step_many(None, [log(i, i, f"GET /cart/{i} 200", error=False) for i in range(40)])
>>> state, out = lp.step_many(state, [log(100 + i, 40 + i / 10, f"Timeout after {i}00 ms") for i in range(3)])
>>> [w.annotations["summary"] for w in out if isinstance(w, EarlyWarning)]
["New error pattern in payments-api: 'Timeout after <*> ms' — 3 times in 0.2 min, first seen 14:40"]
>>> from signalcraft.operators.log_templates import template_id
>>> sorted({r.template_id == template_id("w", "payments-api", "Timeout after <*> ms")
...         for r in out if isinstance(r, LogRecord)})
[True]
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta

from signalcraft.models import EarlyWarning, LogRecord, LogTemplate, make_id
from signalcraft.operators.batching import group_by_key
from signalcraft.operators.log_templates import Match, TemplateMiner
from signalcraft.operators.series import PatternHit
from signalcraft.params import PatternParams

__all__ = ["EXAMPLE_CHARS", "LogPatterns", "PatternState", "TemplateSeen", "pattern_key"]

EXAMPLE_CHARS = 512
"""Longest example line kept per template (state and store)."""
STATE_LAYOUT = 1
"""The layout of :class:`PatternState`; another is started afresh."""

Emitted = LogRecord | LogTemplate | PatternHit | EarlyWarning


@dataclass(slots=True)
class TemplateSeen:
    """What the flow saw of one template (event times, UTC)."""

    first_seen: datetime
    last_seen: datetime
    count: int = 0
    errors: int = 0
    example: str = ""
    project: str = ""
    """Of the latest line: where a warning about it is routed."""
    environment: str = ""
    first_error: datetime | None = None
    window_errors: int = 0
    """Error lines within ``new_window`` of ``first_error``."""
    warning_id: str | None = None
    """The id of the template's "new error pattern" warning, once raised."""
    warned_at: datetime | None = None

    def __reduce__(self) -> tuple:
        # positional fields: the default pickle names every field of every template
        return (TemplateSeen, tuple(map(self.__getattribute__, _SEEN_FIELDS)))


_SEEN_FIELDS = tuple(f.name for f in fields(TemplateSeen))


@dataclass(slots=True)
class PatternState:
    """The log patterns of one (workspace, service); picklable."""

    miner: TemplateMiner
    seen: dict[str, TemplateSeen] = field(default_factory=dict)
    started: datetime | None = None
    """Event time of the service's first line."""
    clock: datetime | None = None
    """Latest event time seen."""
    warning_open: dict[str, None] = field(default_factory=dict)
    """Templates whose "new error pattern" warning has not resolved yet."""
    layout: int = STATE_LAYOUT


def pattern_key(record: LogRecord) -> str:
    """The key the flow keeps a service's patterns under.

    >>> from datetime import datetime, timezone
    >>> pattern_key(LogRecord(id="l", workspace_id="acme", project="p", environment="e",
    ...     service="api", severity_number=9, is_error=False, body="ok",
    ...     timestamp=datetime(2024, 1, 1, tzinfo=timezone.utc), source="t"))
    'acme/api'
    """
    return f"{record.workspace_id}/{record.service}"


class LogPatterns:
    """Fold the log records of one (workspace, service) into templates, rows and warnings."""

    def __init__(self, params: PatternParams | None = None) -> None:
        self.params = params if params is not None else PatternParams()

    @staticmethod
    def by_service(records: list) -> list[tuple[str, list[LogRecord]]]:
        """The log records among ``records`` by :func:`pattern_key`, each key's in order."""
        return group_by_key(records, lambda r: pattern_key(r) if isinstance(r, LogRecord) else None)

    def step_many(self, state: PatternState | None, records: list[LogRecord]) -> tuple[PatternState, list[Emitted]]:
        """Mine one batch of the service's records, in order; the state and what to emit."""
        if not records:
            return state, []
        if state is None or getattr(state, "layout", None) != STATE_LAYOUT:
            first = records[0]
            state = PatternState(TemplateMiner(self.params.miner, first.workspace_id, first.service))
        times = [r.timestamp for r in records]
        earliest, latest = min(times), max(times)
        state.started = earliest if state.started is None else min(state.started, earliest)
        state.clock = latest if state.clock is None else max(state.clock, latest)
        out: list[Emitted] = []
        touched: dict[str, None] = {}
        for record in records:
            self._mine(state, record, touched, out)
        out += self._rows(state, touched)
        out += self._resolve_quiet(state)
        return state, out

    # -- one line ---------------------------------------------------------------------------

    def _mine(self, state: PatternState, record: LogRecord, touched: dict[str, None], out: list[Emitted]) -> None:
        """Mine one line into ``state``; append what it makes to ``out`` (the hot path: kept flat)."""
        t = record.timestamp
        match = state.miner.add(record.body)
        tid = match.template_id
        if match.replaced_ids:
            out += self._renamed(state, match)
        if match.evicted_id is not None:
            state.seen.pop(match.evicted_id, None)
            touched.pop(match.evicted_id, None)
            state.warning_open.pop(match.evicted_id, None)
        seen = state.seen.get(tid)
        if seen is None:
            seen = state.seen[tid] = TemplateSeen(t, t, example=record.body[:EXAMPLE_CHARS])
        elif t > seen.last_seen:
            seen.last_seen = t
        elif t < seen.first_seen:
            seen.first_seen = t
        seen.count += 1
        if seen.project != record.project or seen.environment != record.environment:
            seen.project, seen.environment = record.project, record.environment
        touched[tid] = None
        out.append(record.model_copy(update={"template_id": tid}))
        if record.severity_number >= self.params.watch_severity:
            out.append(PatternHit(record.id, record.workspace_id, record.project, record.environment,
                                  record.service, tid, match.template, t))
        if record.is_error:
            seen.errors += 1
            self._count_error(seen, t)
            if seen.warning_id is None and seen.window_errors >= self.params.new_min_count:
                warning = self._new_pattern(state, match, seen)
                if warning is not None:
                    out.append(warning)

    def _renamed(self, state: PatternState, match: Match) -> list[LogTemplate]:
        """Fold what was seen of the templates ``match`` replaced into its template; their
        rows, saying where they went."""
        rows = []
        for old_id, old_text in zip(match.replaced_ids, match.replaced_texts, strict=True):
            old = state.seen.pop(old_id, None)
            if old is None:
                continue
            if old_id in state.warning_open:
                del state.warning_open[old_id]
                state.warning_open[match.template_id] = None
            rows.append(self._row(state, old_id, old_text, old, state.miner.tick, replaced_by=match.template_id))
            into = state.seen.get(match.template_id)
            if into is None:
                state.seen[match.template_id] = old
                continue
            into.first_seen, into.last_seen = min(into.first_seen, old.first_seen), max(into.last_seen, old.last_seen)
            into.count += old.count
            into.errors += old.errors
            if old.first_error is not None and (into.first_error is None or old.first_error < into.first_error):
                into.first_error, into.window_errors = old.first_error, old.window_errors
            if old.warning_id is not None and into.warning_id is None:
                into.warning_id, into.warned_at = old.warning_id, old.warned_at
        return rows

    def _count_error(self, seen: TemplateSeen, t: datetime) -> None:
        if seen.first_error is None or t < seen.first_error:
            seen.first_error, seen.window_errors = t, 0
        if t - seen.first_error <= self.params.new_window:
            seen.window_errors += 1

    def _new_pattern(self, state: PatternState, match: Match, seen: TemplateSeen) -> EarlyWarning | None:
        p = self.params
        is_new = state.started is not None and seen.first_seen - state.started >= p.learn_first
        if not is_new or seen.warning_id is not None or seen.window_errors < p.new_min_count:
            return None
        seen.warning_id = make_id("warning", state.miner.workspace, "new-pattern", match.template_id)
        seen.warned_at = seen.last_seen
        state.warning_open[match.template_id] = None
        return self._warning(state, match.template_id, match.template, seen, "firing", 1)

    def _resolve_quiet(self, state: PatternState) -> list[EarlyWarning]:
        out = []
        for tid in list(state.warning_open):
            seen = state.seen[tid]
            if state.clock - seen.last_seen >= self.params.new_quiet:
                del state.warning_open[tid]
                out.append(self._warning(state, tid, state.miner.text_of(tid), seen, "resolved", 2))
        return out

    # -- output -------------------------------------------------------------------------------

    def _rows(self, state: PatternState, touched: dict[str, None]) -> list[LogTemplate]:
        return [
            self._row(state, tid, state.miner.text_of(tid), state.seen[tid], version=state.miner.last_tick(tid))
            for tid in touched
            if tid in state.seen
        ]

    @staticmethod
    def _row(
        state: PatternState, tid: str, text: str, seen: TemplateSeen, version: int, replaced_by: str | None = None
    ) -> LogTemplate:
        miner = state.miner
        return LogTemplate(
            id=tid, workspace_id=miner.workspace, service=miner.service, template=text,
            first_seen=seen.first_seen, last_seen=seen.last_seen, count=seen.count, error_count=seen.errors,
            example=seen.example, is_error=seen.errors > 0, replaced_by=replaced_by, version=max(1, version),
        )

    def _warning(
        self, state: PatternState, tid: str, text: str, seen: TemplateSeen, status: str, version: int
    ) -> EarlyWarning:
        service, first = state.miner.service, seen.first_error or seen.first_seen
        span = max(seen.warned_at - first, timedelta(0)) if status == "firing" else seen.last_seen - first
        count = seen.window_errors if status == "firing" else seen.errors
        minutes = span.total_seconds() / 60
        summary = (
            f"New error pattern in {service}: '{_short(text)}' — {count} times in {minutes:.1f} min, "
            f"first seen {first:%H:%M}"
        )
        description = (
            f"{service} ({seen.project}/{seen.environment}) logs a message not seen before "
            f"{first:%Y-%m-%d %H:%M} UTC: {count} error lines in {minutes:.1f} min"
            + (". It has been quiet since then." if status == "resolved" else ".")
        )
        labels = {
            "alertname": "NewLogPattern", "severity": "warning", "project": seen.project,
            "environment": seen.environment, "service": service, "template_id": tid,
        }
        return EarlyWarning(
            id=seen.warning_id or make_id("warning", state.miner.workspace, "new-pattern", tid),
            workspace_id=state.miner.workspace,
            labels=labels,
            annotations={"summary": summary, "description": description, "template": text,
                         "example": seen.example},
            starts_at=first,
            ends_at=seen.last_seen if status == "resolved" else None,
            generator_url="",
            metric_key=f"pattern:{state.miner.workspace}/{seen.project}/{seen.environment}/{service}/{tid}",
            observed=float(count),
            expected=0.0,
            band=(0.0, 0.0),
            sigma=0.0,
            method="new_pattern",
            status=status,
            version=version,
        )


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
