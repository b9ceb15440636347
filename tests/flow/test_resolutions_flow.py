"""The attach step in Bytewax: stopped mid-stream (an abort) and resumed from its
snapshots, it attaches and gives up on exactly what an uninterrupted run does."""

from __future__ import annotations

from datetime import timedelta

import bytewax.operators as op
from bytewax.dataflow import Dataflow
from bytewax.recovery import RecoveryConfig, init_db_dir
from bytewax.testing import TestingSink, TestingSource, run_main

from signalcraft.flows.resolutions import attach_resolutions
from signalcraft.models import DeadLetter, Resolution
from tests.unit.test_resolutions import T, group


def resolution(rid: str, hours: float, fingerprint: str) -> Resolution:
    return Resolution(id=rid, workspace_id="w", fingerprint=fingerprint, resolved_at=T + timedelta(hours=hours),
                      fix="rolled back", source="signalcraft-resolution")


ITEMS = [
    resolution("early", 2, "fp1"),  # ahead of its group: waits across the stop
    group("g1", 0, "fp1", "fp2"),
    resolution("r2", 1, "fp2"),
    resolution("ahead", 7, "fp3"),  # its group comes after the stop
    resolution("lost", 1, "nobody"),  # waits, and gives up at the end
    group("g2", 5, "fp1"),
    resolution("r6", 6, "fp1"),
    group("g3", 6, "fp3"),
    resolution("old", -1, "fp1"),  # before any group of its alert
]


def run(items: list, recovery: RecoveryConfig | None = None, batch_size: int = 1) -> list[tuple[str, str | None]]:
    out: list = []
    flow = Dataflow("resolutions")
    up = op.input("in", flow, TestingSource(items, batch_size))
    op.output("out", attach_resolutions("attach", up, clock=lambda: 0.0), TestingSink(out))
    run_main(flow, epoch_interval=timedelta(0), recovery_config=recovery)
    return [(x.reason.split(":")[0], "dead") if isinstance(x, DeadLetter) else (x.id, x.group_id) for x in out]


def test_uninterrupted_run_attaches_each_to_the_latest_group_that_held_its_alert():
    assert sorted(run(ITEMS)) == sorted([("early", "g1"), ("r2", "g1"), ("ahead", "g3"), ("resolution lost", "dead"),
                                         ("r6", "g2"), ("resolution old", "dead")])


def test_a_key_s_items_in_one_activation_give_what_they_give_one_at_a_time():
    assert sorted(run(ITEMS, batch_size=len(ITEMS))) == sorted(run(ITEMS))  # fp1's five items in one call


def test_a_resume_from_the_snapshots_gives_what_an_uninterrupted_run_gives(tmp_path):
    expected = run(ITEMS)
    for cut in range(1, len(ITEMS)):
        path = tmp_path / str(cut)
        path.mkdir()
        init_db_dir(path, 1)
        recovery = RecoveryConfig(str(path), backup_interval=timedelta(0))
        items = [*ITEMS[:cut], TestingSource.ABORT(), *ITEMS[cut:]]
        got = run(items, recovery)  # stops at the ABORT, as a crash would
        got += run(items, recovery)  # resumes from the last snapshot
        assert got == expected, cut
