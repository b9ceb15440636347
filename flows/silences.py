"""The silence-mining branch: audit entries, alerts, muted alerts and early warnings ->
per-workspace history -> silence suggestions.

    records ──► by workspace ──► mine (SilenceMiner: bounded history, mined every 6 h of
                                        event time, suggestions versioned and withdrawn)
                                   └─► suggestions ──► (the caller: store, signalcraft.suggestions)

In a flow built without recovery, the history is not copied for Bytewax's snapshots
(:mod:`signalcraft.flows.keyed`).
"""

from __future__ import annotations

from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Stream, operator

from signalcraft.flows.keyed import fold
from signalcraft.models import SilenceSuggestion
from signalcraft.operators.silence_mining import SilenceMiner
from signalcraft.params import SilenceParams


@operator
def mine_silences(step_id: str, up: Stream[list[Any]], params: SilenceParams,
                  raise_sigma: float = 3.0, recovery: bool = True) -> Stream[SilenceSuggestion]:
    """Mine the audit, alert, muted-alert and warning records of the batches per workspace.
    ``recovery``: the flow runs with Bytewax recovery (off: no state is copied for snapshots)."""
    miner = SilenceMiner(params, raise_sigma)
    keyed = op.flat_map("by-workspace", up, miner.by_workspace)
    return op.key_rm("mined", fold("mine", keyed, miner.step_many, recovery))
