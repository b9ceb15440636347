"""The attach step keyed only by the fingerprints new to a group (:class:`AttachKeys`) attaches,
refuses and keeps exactly what it does keyed by every fingerprint of every emission (:func:`attach_keys`)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from signalcraft.models import AlertGroup, Resolution
from signalcraft.operators.resolutions import AttachKeys, ResolutionAttacher, attach_keys

T = datetime(2025, 3, 11, 14, 0, tzinfo=UTC)


def emissions(rng: random.Random, gid: str, fps: list[str], start: float) -> list[AlertGroup]:
    """One group's versions as the grouper emits them: members only grow, ``opened_at`` may be
    lowered by a late alert, the last version may be ``resolved``."""
    members: list[str] = []
    out, opened = [], start
    pool = rng.sample(fps, rng.randint(1, len(fps)))
    for version in range(1, rng.randint(2, 6)):
        if pool and (not members or rng.random() < 0.6):
            members.append(pool.pop())
        if rng.random() < 0.2:
            opened -= rng.uniform(0, 0.5)
        status = "created" if version == 1 else "updated"
        out.append(_group(gid, status, opened, members, version))
    if rng.random() < 0.7:
        out.append(_group(gid, "resolved", opened, members, len(out) + 1))
    return out


def _group(gid: str, status: str, hours: float, members: list[str], version: int) -> AlertGroup:
    at = T + timedelta(hours=hours)
    fps = tuple(sorted(members))
    return AlertGroup(id=gid, workspace_id="w", group_key="k", group_labels={}, project="p", environment="e",
                      service="s", status=status, opened_at=at, updated_at=at, fingerprints=fps, alert_count=len(fps),
                      max_severity="critical", version=version)


def stream(seed: int) -> list[AlertGroup | Resolution]:
    """Groups of a few fingerprints, their versions interleaved in order, with resolutions before,
    between and after them (some naming their group, some a fingerprint nobody held)."""
    rng = random.Random(seed)
    fps = [f"fp{i}" for i in range(rng.randint(2, 6))]
    per_group = [emissions(rng, f"g{i}", fps, rng.uniform(0, 10)) for i in range(rng.randint(1, 8))]
    items: list[AlertGroup | Resolution] = []
    while any(per_group):
        lane = rng.choice([p for p in per_group if p])
        items.append(lane.pop(0))
        if rng.random() < 0.3:
            items.append(_resolution(rng, len(items), [*fps, "nobody"]))
    for i in range(rng.randint(0, 4)):
        items.insert(rng.randint(0, len(items)), _resolution(rng, 1000 + i, fps))
    return items


def _resolution(rng: random.Random, n: int, fps: list[str]) -> Resolution:
    named = {"group_id": "g0"} if rng.random() < 0.1 else {"fingerprint": rng.choice(fps)}
    return Resolution(id=f"r{n}", workspace_id="w", resolved_at=T + timedelta(hours=rng.uniform(-1, 12)),
                      fix="rolled back", source="signalcraft-resolution", **named)


def fold(items, keys, attacher: ResolutionAttacher, restart_at: int | None = None) -> tuple[list, dict]:
    """Every item keyed by ``keys`` through the attacher, a second of processing time each (so
    waits run out), then the end; ``restart_at``: a new ``keys`` from that item on (a restart)."""
    states: dict = {}
    out: list = []
    for i, item in enumerate(items):
        if i == restart_at:
            keys = type(keys)() if isinstance(keys, AttachKeys) else keys
        for key, value in keys(item):
            states[key], emitted = attacher.step(states.get(key), value, now=float(i))
            out += emitted
        for key, state in states.items():
            states[key], emitted = attacher.expire(state, now=float(i))
            out += emitted
    for key, state in states.items():
        states[key], emitted = attacher.flush(state)
        out += emitted
    return out, states


def _same(seed: int, keys: AttachKeys, restart_at: int | None = None) -> None:
    items = stream(seed)
    attacher = ResolutionAttacher(max_groups=2, wait_s=6.0, max_waiting=2)
    want, want_states = fold(items, attach_keys, attacher)
    got, got_states = fold(items, keys, attacher, restart_at)
    assert [_record(r) for r in got] == [_record(r) for r in want]
    assert got_states == want_states


def _record(r) -> dict:
    return r.model_dump(exclude={"received_at"})  # a dead letter's wall clock


@pytest.mark.parametrize("seed", range(300))
def test_new_fingerprints_only_attach_and_refuse_what_every_fingerprint_does(seed):
    _same(seed, AttachKeys())


@pytest.mark.parametrize("seed", range(0, 300, 7))
def test_a_small_or_fresh_memory_only_gives_more_pairs_and_the_same_result(seed):
    _same(seed, AttachKeys(max_groups=1))
    _same(seed, AttachKeys(), restart_at=len(stream(seed)) // 2)


def test_most_pairs_are_left_out_and_every_new_one_is_given():
    given, every = 0, 0
    for seed in range(300):
        keys = AttachKeys()
        for item in stream(seed):
            if isinstance(item, AlertGroup):
                given += len(keys(item))
                every += len(attach_keys(item))
    distinct = {(seed, g.id, fp) for seed in range(300) for g in stream(seed) if isinstance(g, AlertGroup)
                for fp in g.fingerprints}
    assert given == len(distinct) < every * 0.6


def test_the_streams_attach_refuse_and_make_resolutions_wait():
    kinds, late = set(), 0
    for seed in range(300):
        items = stream(seed)
        out, _ = fold(items, attach_keys, ResolutionAttacher(max_groups=2, wait_s=6.0, max_waiting=2))
        kinds |= {type(r).__name__ for r in out}
        first = {}
        for i, item in enumerate(items):
            first.setdefault(item.id, i)
        late += sum(1 for r in out if isinstance(r, Resolution) and first[r.group_id] > first[r.id])
    assert kinds == {"Resolution", "DeadLetter"} and late  # some waited for their group
