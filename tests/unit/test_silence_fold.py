"""Silence mining folds a batch at once (``History.add_many``, ``SilenceMiner.step_many``,
``SilenceMiner.by_workspace``): the same history, the same order, the same suggestions as
the rules applied one record at a time, over the suggestion examples and seeded random
streams (repeated fingerprints and starts, resolves before and after firings, late and
out-of-order records, mutes, silences, acks, warnings, several workspaces)."""

from __future__ import annotations

import dataclasses
import random
from datetime import timedelta

import pytest

from signalcraft.models import AlertEvent, AlertMute, AuditEntry, ChangeEvent, EarlyWarning, Matcher
from signalcraft.operators import silence_mining
from signalcraft.operators.silence_history import Firing, History, Warned, event_time, event_times
from signalcraft.operators.silence_mining import MinerState, SilenceMiner
from signalcraft.params import SilenceParams
from tests.unit.test_silence_history import later_records
from tests.unit.test_silence_suggest import T0, history

NAMES = ["IndexLag", "DiskStale", "NodeDown"]
CHANGE = ChangeEvent(id="c", workspace_id="w", type="deployment", source="s", project="p", environment="e",
                     service="api", summary="deploy", timestamp=T0)


def one_by_one(records: list, h: History | None = None) -> History:
    """The rules as written before batches: each record's time moves the clock, then it is
    folded; an alert's first notification makes its firing, a later resolve ends it once; a
    mute makes the firing it names or adds its silences. The firings are kept as before, a
    dict of :class:`Firing` by ``(fingerprint, start)``, and set as the history's at the end."""
    h = History(max_items=10**9) if h is None else h
    firings = dict(h.firings)
    for r in records:
        t = event_time(r)
        if h.clock is None or t > h.clock:
            h.clock = t
        if isinstance(r, AlertEvent):
            key = (r.fingerprint, r.starts_at)
            old = firings.get(key)
            end = r.ends_at if r.status == "resolved" else None
            if old is None:
                labels = tuple(sorted({**r.labels, "alertname": r.name}.items()))
                firings[key] = Firing(r.fingerprint, r.name, labels, r.starts_at, end, r.severity)
            elif end is not None and old.end is None:
                firings[key] = dataclasses.replace(old, end=end)
        elif isinstance(r, AuditEntry):
            h._audit(r)
        elif isinstance(r, AlertMute):
            key = (r.fingerprint, r.starts_at)
            old = firings.get(key)
            if old is None:
                labels = tuple(sorted({**r.labels, "alertname": r.name}.items()))
                firings[key] = Firing(r.fingerprint, r.name, labels, r.starts_at, None,
                                      r.labels.get("severity", "none"), r.silenced_by)
            elif set(r.silenced_by) - set(old.muted_by):
                firings[key] = dataclasses.replace(old, muted_by=tuple(sorted({*old.muted_by, *r.silenced_by})))
        elif r.id not in h.warnings:
            h.warnings[r.id] = Warned(r.id, r.metric_key, tuple(sorted(r.labels.items())), t)
    h.firings = firings
    return h


class OneByOneMiner(SilenceMiner):
    """``step_many`` as written before batches: per record, mine first if its time passes the
    next multiple of ``every``, then fold it (:func:`one_by_one`)."""

    def step_many(self, state: MinerState | None, records: list) -> tuple[MinerState, list]:
        if state is None:
            horizon = timedelta(weeks=self.params.windows.horizon_weeks + 1)
            state = MinerState(records[0].workspace_id, History(horizon=horizon, max_items=self.params.max_items))
        out, every = [], self.params.every
        if state.mined_until is None:
            state.mined_until = silence_mining._floor(event_time(records[0]), every)
        for record in records:
            t = event_time(record)
            if t >= state.mined_until + every:
                state.mined_until = silence_mining._floor(t, every)
                state.history.trim()
                out += self._mine(state, state.mined_until)
            one_by_one([record], state.history)
        return state, out

    @staticmethod
    def by_workspace(records: list) -> list:
        keyed: dict[str, list] = {}
        for r in records:
            if isinstance(r, (AuditEntry, AlertEvent, AlertMute, EarlyWarning)):
                keyed.setdefault(r.workspace_id, []).append(r)
        return list(keyed.items())


def alert(rng: random.Random, i: int, workspace: str = "w") -> AlertEvent:
    name, fp = rng.choice(NAMES), f"fp-{rng.randrange(40)}"
    start = T0 + timedelta(minutes=rng.randrange(0, 3000, 7))
    resolved = rng.random() < 0.4
    end = start + timedelta(minutes=rng.choice([-5, 0, 10, 90])) if resolved or rng.random() < 0.2 else None
    labels = {"service": rng.choice(["api", "db"]), "instance": f"n-{rng.randrange(3)}"}
    if rng.random() < 0.2:
        labels["alertname"] = "Other"  # the record's name wins
    return AlertEvent(id=f"a-{i}", workspace_id=workspace, project="p", environment="prod",
                      service=labels["service"], name=name, severity=rng.choice(["critical", "warning"]),
                      status="resolved" if resolved else "firing", labels=labels, fingerprint=fp,
                      starts_at=start, ends_at=end, source="s")


def other(rng: random.Random, i: int, workspace: str = "w") -> AuditEntry | AlertMute | EarlyWarning:
    at = T0 + timedelta(minutes=rng.randrange(0, 3000) if rng.random() < 0.9 else 360 * rng.randrange(8))
    kind = rng.randrange(3)
    if kind == 0:
        action = rng.choice(["silence", "snooze", "unsilence", "ack"])
        return AuditEntry(id=f"au-{i}", workspace_id=workspace, action=action, target=f"s-{rng.randrange(6)}",
                          matchers=(Matcher(name="alertname", value=rng.choice(NAMES)),), timestamp=at,
                          starts_at=at, duration_s=3600, updated_at=at, source="s")
    if kind == 1:
        return AlertMute(id=f"m-{i}", workspace_id=workspace, fingerprint=f"fp-{rng.randrange(40)}",
                         name=rng.choice(NAMES), labels={"service": "api"}, starts_at=at - timedelta(minutes=5),
                         observed_at=at, silenced_by=(f"s-{rng.randrange(6)}",), source="alertmanager-api")
    return EarlyWarning(id=f"w-{rng.randrange(30)}", workspace_id=workspace, labels={"alertname": "X"},
                        annotations={"summary": "s", "description": "d"}, starts_at=at, generator_url="",
                        metric_key="k", observed=1.0, expected=0.0, band=(0.0, 0.5), sigma=4.0, method="m")


def stream(seed: int, n: int = 400, mixed: float = 0.2, workspaces: str = "w") -> list:
    rng = random.Random(seed)
    return [other(rng, i, rng.choice(workspaces)) if rng.random() < mixed else alert(rng, i, rng.choice(workspaces))
            for i in range(n)]


def nearly_in_order(records: list, seed: int) -> list:
    """``records`` by event time, a tenth of them moved up to 30 places (late or early)."""
    out, rng = sorted(records, key=event_time), random.Random(seed)
    for i in rng.sample(range(len(out)), len(out) // 10):
        out.insert(min(len(out) - 1, max(0, i + rng.randint(-30, 30))), out.pop(i))
    return out


def assert_same(got: History, want: History) -> None:
    assert got.clock == want.clock
    for kind in ("silences", "firings", "warnings"):
        assert list(getattr(got, kind).items()) == list(getattr(want, kind).items()), kind  # and their order
    assert got.acks == want.acks
    assert all(type(f) is Firing for f in got.firings.values())


def examples() -> list:
    return [*history(), *later_records()]


@pytest.mark.parametrize("records", [examples(), sorted(examples(), key=event_time),
                                     *(stream(seed, mixed=m) for seed in range(6) for m in (0.0, 0.3))])
def test_a_batch_folds_to_the_history_of_one_record_at_a_time(records):
    want = one_by_one(records)
    batch = History(max_items=10**9)
    batch.add_many(records, event_times(records))
    assert_same(batch, want)
    split = History(max_items=10**9)
    cuts = sorted(random.Random(len(records)).sample(range(1, len(records)), 7))
    for lo, hi in zip([0, *cuts], [*cuts, len(records)], strict=True):
        split.add_many(records[lo:hi], event_times(records[lo:hi]))
    assert_same(split, want)
    assert len(want.firings) > 5 and any(f.end for f in want.firings.values())


def test_an_alert_only_batch_makes_a_firing_per_start_and_ends_it_once():
    rng = random.Random(7)
    a = alert(rng, 0).model_copy(update={"status": "firing", "ends_at": None, "fingerprint": "f"})
    t = a.starts_at
    resolve = a.model_copy(update={"status": "resolved", "ends_at": t + timedelta(minutes=10)})
    again = a.model_copy(update={"status": "resolved", "ends_at": t + timedelta(minutes=99)})
    later = a.model_copy(update={"starts_at": t + timedelta(hours=1)})
    records = [a, resolve, a, again, later]
    h = History()
    h.add_many(records, event_times(records))
    assert [(k[1] - t, f.end and f.end - t) for k, f in h.firings.items()] == [
        (timedelta(0), timedelta(minutes=10)), (timedelta(hours=1), None)]
    assert h.clock == t + timedelta(hours=1)
    assert h.firings[("f", t)].labels == tuple(sorted({**a.labels, "alertname": a.name}.items()))
    assert_same(h, one_by_one(records))


def test_event_times_column_wise_equal_one_by_one():
    mixed = stream(2, mixed=0.5)
    of_one_kind = [[r for r in mixed if type(r) is kind] for kind in (AlertEvent, AuditEntry, AlertMute, EarlyWarning)]
    assert all(len(rs) > 5 for rs in of_one_kind)
    for records in (mixed, examples(), [], *of_one_kind):
        assert event_times(records) == [event_time(r) for r in records]


def test_add_all_ignores_other_records_and_trims():
    records = stream(4, n=300, mixed=0.3)
    got = History(max_items=50).add_all([CHANGE, *records, "x"])
    want = one_by_one(records)
    want.max_items = 50
    want.trim()
    assert_same(got, want)
    assert len(got.firings) == 50


def run_miner(miner: SilenceMiner, records: list, sizes: list[int]) -> tuple[dict, list]:
    """Every workspace's state and every suggestion sent, for batches of ``sizes`` (cycled)."""
    states, sent, i, k = {}, [], 0, 0
    while i < len(records):
        size = sizes[k % len(sizes)]
        for ws, rs in miner.by_workspace(records[i:i + size]):
            states[ws], out = miner.step_many(states.get(ws), rs)
            sent += out
        i, k = i + size, k + 1
    return states, sent


@pytest.mark.parametrize(("records", "max_items"), [(sorted(examples(), key=event_time), 10**9),
                                                    (sorted(examples(), key=event_time), 40),
                                                    (stream(11, n=2000, mixed=0.3, workspaces="ab"), 10**9),
                                                    (nearly_in_order(stream(12, n=2000, mixed=0.3, workspaces="ab"),
                                                                     12), 60)])
def test_the_miner_sends_what_it_sent_one_record_at_a_time(records, max_items):
    params = SilenceParams(max_items=max_items)
    want_states, want = run_miner(OneByOneMiner(params), records, [1])
    for sizes in ([1], [7], [1000], [3, 50, 1, 200]):
        states, sent = run_miner(SilenceMiner(params), records, sizes)
        assert [s.model_dump() for s in sent] == [s.model_dump() for s in want]
        assert states.keys() == want_states.keys()
        for ws, state in states.items():
            assert_same(state.history, want_states[ws].history)
            assert (state.sent, state.mined_until) == (want_states[ws].sent, want_states[ws].mined_until)


def test_the_examples_make_suggestions_and_the_streams_trim():
    _, sent = run_miner(SilenceMiner(), sorted(examples(), key=event_time), [25])
    assert {s.kind for s in sent} >= {"mute_time_interval", "inhibit_rule"}
    records = nearly_in_order(stream(12, n=2000, mixed=0.3, workspaces="ab"), 12)
    kept, _ = run_miner(SilenceMiner(SilenceParams(max_items=60)), records, [100])
    everything, _ = run_miner(SilenceMiner(SilenceParams(max_items=10**9)), records, [100])
    assert all(len(kept[ws].history.firings) < len(everything[ws].history.firings) for ws in "ab")


@pytest.mark.parametrize("records", [stream(5, n=300, mixed=0.3, workspaces="abc"), stream(6, mixed=0.0),
                                     [*stream(8, n=50), CHANGE, "x"]])
def test_by_workspace_column_wise_equals_record_by_record(records):
    grouped, want = SilenceMiner.by_workspace(records), OneByOneMiner.by_workspace(records)
    assert [(ws, [id(r) for r in rs]) for ws, rs in grouped] == [(ws, [id(r) for r in rs]) for ws, rs in want]
    assert all(rs is not records for _, rs in grouped)


def trimmed_as_before(h: History) -> History:
    """``History.trim`` as written before: filter by the horizon, then sort what is left by start."""
    cut = h.clock - h.horizon

    def newest(items: dict) -> dict:
        return items if len(items) <= h.max_items else dict(sorted(items.items(), key=lambda kv: kv[1].start)[
            -h.max_items:])

    trimmed = dataclasses.replace(
        h, silences=newest({k: s for k, s in h.silences.items() if s.end >= cut}),
        warnings=newest({k: w for k, w in h.warnings.items() if w.start >= cut}),
        acks=[a for a in h.acks if a.at >= cut][-h.max_items:])
    trimmed.firings = newest({k: f for k, f in h.firings.items() if (f.end or f.start) >= cut})
    return trimmed


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize(("horizon", "max_items"), [(timedelta(weeks=13), 10**9), (timedelta(hours=20), 10**9),
                                                    (timedelta(weeks=13), 25), (timedelta(hours=30), 40)])
def test_trim_keeps_what_it_kept_before_in_the_same_order(seed, horizon, max_items):
    records = stream(seed, n=600, mixed=0.4)
    h = one_by_one(records)
    h.horizon, h.max_items = horizon, max_items
    want = trimmed_as_before(h)
    h.trim()
    assert_same(h, want)
    assert len(want.firings) < len(one_by_one(records).firings) or (horizon, max_items) == (timedelta(weeks=13), 10**9)
