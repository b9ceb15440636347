"""The log-pattern branch: log records -> per-service template mining -> templated records,
template rows, pattern hits and "new error pattern" warnings.

    record batches ──► by (workspace, service) ──► mine (LogPatterns: miner, per-template
                                                    counts, new-pattern rule)
                                                      ├─► stored: records with template_id, log_templates rows
                                                      ├─► hits (lines at WARN and above) ──► (the caller: watch)
                                                      └─► warnings

With a meter, the step also counts the warnings it emits, the services mined and the
templates held. In a flow built without recovery, the miner's state is not copied for
Bytewax's snapshots (:mod:`signalcraft.flows.keyed`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Stream, operator

from signalcraft.flows.keyed import fold_one
from signalcraft.models import EarlyWarning, LogRecord, LogTemplate
from signalcraft.operators.log_patterns import LogPatterns
from signalcraft.operators.metering import Meter, metered_patterns
from signalcraft.operators.series import PatternHit
from signalcraft.params import PatternParams


@dataclass(frozen=True)
class Mined:
    """What :func:`patterns` emits, per service per input batch (lists) or one by one."""

    stored: Stream[list[LogRecord | LogTemplate]]
    """The records with their ``template_id`` and the template rows, for the store."""
    hits: Stream[list[PatternHit]]
    """Lines at ``watch_severity`` or above, for the per-template count series."""
    warnings: Stream[EarlyWarning]


def _stored(out: list[Any]) -> list[LogRecord | LogTemplate]:
    return [x for x in out if isinstance(x, (LogRecord, LogTemplate))]


def _hits(out: list[Any]) -> list[PatternHit]:
    return [x for x in out if isinstance(x, PatternHit)]


def _warnings(out: list[Any]) -> list[EarlyWarning]:
    return [x for x in out if isinstance(x, EarlyWarning)]


@operator
def patterns(step_id: str, up: Stream[list[Any]], params: PatternParams, health: Meter | None = None,
             recovery: bool = True) -> Mined:
    """Mine the log records of the batches, per (workspace, service); ``health``, if given,
    hears of the warnings emitted and the templates held. ``recovery``: the flow runs with
    Bytewax recovery (off: the state is not copied for snapshots)."""
    miner = LogPatterns(params)
    step = miner.step_many if health is None else metered_patterns(miner.step_many, health)
    keyed = op.flat_map("logs-by-service", up, miner.by_service)
    found = op.key_rm("mined", fold_one("mine", keyed, step, recovery))
    return Mined(
        op.filter("stored", op.map("to-store", found, _stored), bool),
        op.filter("hits", op.map("to-watch", found, _hits), bool),
        op.flat_map("warnings", found, _warnings),
    )
