"""The anomaly branch: alert, log and metric records -> per-series watch -> warnings.

    record batches ──► by series key ──► watch (SeriesWatch: buckets, detector, band,
                                          warning state machine) ──► warnings, baseline snapshots
                                                                 └─► late records
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Stream, operator

from signalcraft.models import AnomalyModel, DeadLetter, EarlyWarning
from signalcraft.operators.anomaly import SeriesWatch
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
def watch(step_id: str, up: Stream[list[Any]], params: AnomalyParams) -> Watched:
    """Watch every series of the alert, log and metric records of the batches."""
    watcher = SeriesWatch(params)
    keyed = op.flat_map("records-by-series", up, watcher.by_series)
    found = op.key_rm("watched", op.stateful_flat_map("watch", keyed, watcher.step_many))
    return Watched(
        op.filter_map("warnings", found, lambda x: x if isinstance(x, EarlyWarning) else None),
        op.filter_map("anomaly-models", found, lambda x: x if isinstance(x, AnomalyModel) else None),
        op.filter_map("late", found, lambda x: x if isinstance(x, Late) else None),
    )
