"""The anomaly branch: alert, log and metric records -> per-series watch -> warnings.

    record batches ──► by series key ──► watch (SeriesWatch: buckets, detector, band,
                                          warning state machine) ──► warnings, baseline snapshots
                                                                 └─► late records

With a meter, the watch step also counts the warnings it emits and the series it watches.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Stream, operator

from signalcraft.models import AnomalyModel, DeadLetter, EarlyWarning
from signalcraft.operators.anomaly import SeriesWatch
from signalcraft.operators.metering import Meter, keyed_in_value, metered_watch
from signalcraft.operators.series import Late
from signalcraft.params import AnomalyParams


@dataclass(frozen=True)
class Watched:
    """What :func:`watch` emits."""

    warnings: Stream[EarlyWarning]
    models: Stream[AnomalyModel]
    """Baseline snapshots for ``anomaly_models``."""
    late: Stream[Late]
    """Records that came after their series' bucket closed (stored and counted anyway)."""


def late_dead_letter(late: Late) -> DeadLetter:
    """A record that came after its series' bucket closed, as a dead letter (step ``series``)."""
    return DeadLetter.of_record(late.record, "series", late.reason)


@operator
def watch(step_id: str, up: Stream[list[Any]], params: AnomalyParams, health: Meter | None = None) -> Watched:
    """Watch every series of the alert, log and metric records of the batches; ``health``,
    if given, hears of the warnings emitted and of the series watched."""
    watcher = SeriesWatch(params)
    by_series, step = watcher.by_series, watcher.step_many
    if health is not None:
        by_series, step = keyed_in_value(by_series), metered_watch(step, health)
    keyed = op.flat_map("records-by-series", up, by_series)
    found = op.key_rm("watched", op.stateful_flat_map("watch", keyed, step))
    return Watched(
        op.filter_map("warnings", found, lambda x: x if isinstance(x, EarlyWarning) else None),
        op.filter_map("anomaly-models", found, lambda x: x if isinstance(x, AnomalyModel) else None),
        op.filter_map("late", found, lambda x: x if isinstance(x, Late) else None),
    )
