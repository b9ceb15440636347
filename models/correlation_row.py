"""A correlation as a plain row: the join's output on the flow's path, the same fields as the record.

:class:`~signalcraft.models.Correlation` stays the documented contract (the correlations topic's
JSON, the ``correlations`` table). The join emits ~1.5 correlations a message on the dense backlog,
and building each as a pydantic record, then its JSON from the record, cost ~2.8 µs of the flow's
thread; a :class:`CorrelationRow` is a msgspec struct of the same fields in the same order, made
in ~0.3 µs and encoded by msgspec to the JSON the record gives (~0.4 µs), and the store reads its
columns by attribute as a record's. Its values are those the record would hold (the join makes
both of one candidate: ``operators/correlation_rank.py``), so nothing is validated again here.
``tests/unit/test_correlation_row.py`` and ``tests/flow/test_correlation_row_flow.py`` require the
same messages and rows as the records give.

>>> from datetime import datetime, timezone
>>> t = datetime(2024, 1, 1, tzinfo=timezone.utc)
>>> row = CorrelationRow("corr-1", "w", "g", "c", 1, 0.5, 60.0, ("r",), True, 1, t, None, False)
>>> record = Correlation(id="corr-1", workspace_id="w", group_id="g", change_id="c", rank=1, score=0.5,
...     lag_s=60.0, reasons=("r",), suspect=True, version=1, requested_at=t, live_at=None, withdrawn=False)
>>> row.record() == record, json_of(row) == record.model_dump_json().encode()
(True, True)
"""

from __future__ import annotations

from datetime import datetime

import msgspec

from signalcraft.models.outputs import Correlation


class CorrelationRow(msgspec.Struct, frozen=True, gc=False):
    """The fields of :class:`~signalcraft.models.Correlation`, in its order, as plain values."""

    id: str
    workspace_id: str
    group_id: str
    change_id: str
    rank: int
    score: float
    lag_s: float
    reasons: tuple[str, ...]
    suspect: bool
    version: int
    requested_at: datetime
    live_at: datetime | None
    withdrawn: bool

    def record(self) -> Correlation:
        """The row as its record, validated (for the rare paths that need one: a dead letter's payload)."""
        return Correlation(**msgspec.structs.asdict(self))


_ENCODE = msgspec.json.Encoder().encode


def json_of(row: CorrelationRow) -> bytes:
    """The row as the JSON its record's ``model_dump_json`` gives (UTC times end in ``Z``)."""
    return _ENCODE(row)

