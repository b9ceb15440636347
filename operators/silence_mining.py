"""Silence mining in the flow: per workspace, history in, versioned suggestions out (no Bytewax).

The flow keys audit entries, alert notifications, muted alerts and early warnings by
workspace and folds each key's batches through :meth:`SilenceMiner.step_many`, keeping
the returned :class:`MinerState`: the workspace's bounded
:class:`~signalcraft.operators.silence_history.History` and the suggestions sent so far.
Each time a record's event time passes a multiple of ``every`` (6 hours), the history
folded so far (everything before that record) is mined again
(:func:`~signalcraft.operators.silence_suggest.suggest`), as of that boundary, and
compared with what was sent — the same records in the same order give the same mining
runs however they are batched:

- a new suggestion is sent at version 1;
- one whose rule changed (its window, matchers, labels, settings) or whose support did
  (one more week seen) is sent again, one version up, with its current backtest;
- one no longer supported (its pattern stopped, or fell under the thresholds) is sent
  once more as ``withdrawn``, one version up; if it comes back, it is ``suggested`` again.

So the store and the ``signalcraft.suggestions`` topic hold each suggestion at its latest
version, and a replay after a crash (the state comes back from the snapshot, and event
time decides when mining runs) sends the same versions again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from operator import attrgetter, itemgetter
from typing import get_args

from signalcraft.models import AlertEvent, AlertMute, AuditEntry, EarlyWarning, SilenceSuggestion
from signalcraft.operators.silence_history import History, event_times, kind_of
from signalcraft.operators.silence_suggest import suggest
from signalcraft.params import SilenceParams
from signalcraft.sources.alert_rows import AlertRow

__all__ = ["MinerState", "SilenceMiner"]

STATE_LAYOUT = 1
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
Mined = AuditEntry | AlertEvent | AlertMute | EarlyWarning | AlertRow
_MINED = get_args(Mined)
"""``Mined`` as a tuple: ``isinstance`` takes it faster than the union."""
_MINED_KINDS = frozenset(_MINED)
_WORKSPACE = attrgetter("workspace_id")
_ROW_WORKSPACE = itemgetter(AlertRow._fields.index("workspace_id"))
"""A row's workspace by position: a generic attribute lookup on a row costs several times more."""


@dataclass
class MinerState:
    """One workspace's silence history and the suggestions sent; picklable."""

    workspace: str
    history: History
    sent: dict[str, SilenceSuggestion] = field(default_factory=dict)
    """The latest version sent of every suggestion id, withdrawn ones included."""
    digests: dict[str, str] = field(default_factory=dict)
    mined_until: datetime | None = None
    """The end of the last ``every`` period mined."""
    layout: int = STATE_LAYOUT


class SilenceMiner:
    """Fold a workspace's records into its history; mine it every ``every`` of event time."""

    def __init__(self, params: SilenceParams | None = None, raise_sigma: float = 3.0) -> None:
        self.params = params if params is not None else SilenceParams()
        self.raise_sigma = raise_sigma

    @staticmethod
    def by_workspace(records: list) -> list[tuple[str, list[Mined]]]:
        """The records silence mining reads, by workspace, each workspace's in order
        (``group_by_key`` written out: no call per record). A batch of those kinds only, all
        of one workspace (the usual one), is looked at column-wise."""
        kind = kind_of(records)
        if kind in _MINED_KINDS or (kind is None and set(map(type, records)) <= _MINED_KINDS):
            workspaces = list(map(_ROW_WORKSPACE if kind is AlertRow else _WORKSPACE, records))
            if workspaces and workspaces.count(workspaces[0]) == len(workspaces):  # equal strings compare at C speed
                return [(workspaces[0], list(records))]
        keyed: dict[str, list[Mined]] = {}
        for record in records:
            if isinstance(record, _MINED):
                found = keyed.get(record.workspace_id)
                if found is None:
                    keyed[record.workspace_id] = [record]
                else:
                    found.append(record)
        return list(keyed.items())

    def step_many(self, state: MinerState | None, records: list[Mined]) -> tuple[MinerState | None,
                                                                               list[SilenceSuggestion]]:
        """Fold a workspace's records into its history in order; mine it before each record whose
        event time passes the next multiple of ``every``, as of that multiple. The records between
        two such are folded at once (:meth:`History.add_many`)."""
        if not records:
            return state, []
        if state is None or getattr(state, "layout", None) != STATE_LAYOUT:
            horizon = timedelta(weeks=self.params.windows.horizon_weeks + 1)
            state = MinerState(records[0].workspace_id, History(horizon=horizon, max_items=self.params.max_items))
        out: list[SilenceSuggestion] = []
        every, history, kind = self.params.every, state.history, kind_of(records)
        times = event_times(records, kind)
        latest = max(times)  # the first of equal maxima, as one by one
        if state.mined_until is None:
            state.mined_until = _floor(times[0], every)
        done = 0
        for i, due in _periods_ended(times, state.mined_until, every, latest):
            history.fold(records[done:i], times[done:i], kind)
            done, state.mined_until = i, due
            history.trim()
            out += self._mine(state, due)
        if done:
            history.fold(records[done:], times[done:], kind)
        else:
            history.fold(records, times, kind, latest)
        return state, out

    def mine_now(self, state: MinerState, now: datetime) -> list[SilenceSuggestion]:
        """Mine the state's history as of ``now`` (a backfill's last step, or a test)."""
        return self._mine(state, now)

    def _mine(self, state: MinerState, now: datetime) -> list[SilenceSuggestion]:
        found = {s.id: s for s in suggest(state.workspace, state.history, now, self.params,
                                          raise_sigma=self.raise_sigma)}
        out = []
        for sid, s in found.items():
            digest = _digest(s)
            old = state.sent.get(sid)
            if old is not None and old.status == "suggested" and state.digests.get(sid) == digest:
                continue
            version = 1 if old is None else old.version + 1
            sent = s.model_copy(update={"version": version})
            state.sent[sid], state.digests[sid] = sent, digest
            out.append(sent)
        for sid, old in list(state.sent.items()):
            if sid not in found and old.status == "suggested":
                withdrawn = old.model_copy(update={"status": "withdrawn", "version": old.version + 1,
                                                   "updated_at": now})
                state.sent[sid] = withdrawn
                out.append(withdrawn)
        return out


_RULE = {"kind", "status", "matchers", "time_intervals", "source_matchers", "target_matchers", "equal", "settings",
         "support"}


def _digest(s: SilenceSuggestion) -> str:
    """What makes a suggestion worth sending again: the rule itself and its support (the
    backtest and the sentence of a version are as of its ``updated_at``)."""
    body = s.model_dump_json(include=_RULE)
    return hashlib.blake2b(body.encode(), digest_size=12).hexdigest()


def _periods_ended(times: list[datetime], mined_until: datetime, every: timedelta,
                   latest: datetime | None = None) -> list[tuple[int, datetime]]:
    """``(i, due)``: each index whose time passes the next multiple of ``every`` after the one
    mined until (a multiple: no earlier time floors past it), and the multiple it floors to.
    ``latest``: the greatest of ``times`` if the caller has it.

    >>> t0, h = datetime(2026, 1, 5, tzinfo=UTC), timedelta(hours=1)
    >>> [(i, (due - t0) / h) for i, due in _periods_ended([t0 + x * h for x in (1, 7, 6, 13, 25)], t0, 6 * h)]
    [(1, 6.0), (3, 12.0), (4, 24.0)]
    """
    next_due = mined_until + every
    if (latest if latest is not None else max(times)) < next_due:
        return []
    out = []
    for i, t in enumerate(times):
        if t >= next_due:
            due = _floor(t, every)
            out.append((i, due))
            next_due = due + every
    return out


def _floor(t: datetime, every: timedelta) -> datetime:
    step = every.total_seconds()
    return _EPOCH + timedelta(seconds=(t - _EPOCH).total_seconds() // step * step)
