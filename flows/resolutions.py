"""Resolutions named by an alert's fingerprint, attached to the group that held it.

    alert groups (as they open) ─┐
                                 ├─► by workspace/fingerprint ──► attach ──► resolutions with group_id
    resolutions by fingerprint ──┘                                       └─► dead letters (no such group)
"""

from __future__ import annotations

from typing import Any

import bytewax.operators as op
from bytewax.dataflow import Stream, operator

from signalcraft.operators.resolutions import ResolutionAttacher, attach_keys


@operator
def attach_resolutions(step_id: str, up: Stream[Any]) -> Stream[Any]:
    """Alert groups and fingerprint-named resolutions in; attached resolutions and dead letters out."""
    attacher = ResolutionAttacher()
    keyed = op.flat_map("by-fingerprint", up, attach_keys)
    return op.key_rm("attached", op.stateful_flat_map("attach", keyed, attacher.step))
