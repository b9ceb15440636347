"""The silence finders at scale: a muted alert's possible causes, a silence's possible mutes
and a warning's possible incidents are looked up (the open and the resolved firings apart,
a latest end per label value), not scanned from the longest firing on; the same mutes,
inhibitions, noisy warnings and suggestions as the finders written as scans, over seeded
busy histories (most alerts never resolve, silences by service and by alert name, made
late, starting past the clock, a history without a clock), and the work grows with the
history, not with its square."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, datetime, timedelta

import pytest

from signalcraft.models import AlertEvent, AuditEntry, EarlyWarning, Matcher, make_id
from signalcraft.operators import silence_index as index_module
from signalcraft.operators import silence_matchers
from signalcraft.operators import silence_rules as rules
from signalcraft.operators.silence_history import History, event_time
from signalcraft.operators.silence_suggest import suggest
from signalcraft.params import RuleParams, SilenceParams
from tests.silence_reference import ScanIndex, muted_per_firing, noisy_as_before, scanned

T0 = datetime(2026, 3, 2, tzinfo=UTC)
NAMES = ["HighErrorRate", "NodeDown", "DiskStale", "QueueBacklog", "PodCrashLooping"]


# -- busy histories ------------------------------------------------------------------------------


def alert(fp: str, name: str, start: datetime, end: datetime | None, severity: str = "warning",
          **labels: str) -> list[AlertEvent]:
    common = {"workspace_id": "w", "project": labels.get("project", "shop"), "environment": "prod",
              "service": labels.get("service", "x"), "name": name, "severity": severity, "fingerprint": fp,
              "labels": {"alertname": name, "env": "prod", **labels}, "starts_at": start, "source": "alertmanager"}
    out = [AlertEvent(id=make_id("alert", fp, start, "f"), status="firing", **common)]
    if end is not None:
        out.append(AlertEvent(id=make_id("alert", fp, start, "r"), status="resolved", ends_at=end, **common))
    return out


def silence(key: str, matchers: dict[str, str], start: datetime, minutes: float, made: datetime) -> AuditEntry:
    return AuditEntry(id=make_id("audit", key), workspace_id="w", action="silence", target=key,
                      matchers=tuple(Matcher(name=k, value=v) for k, v in matchers.items()), timestamp=made,
                      starts_at=start, ends_at=start + timedelta(minutes=minutes), updated_at=made,
                      source="alertmanager-silence")


def busy(seed: int, n: int, silences: int = 8, planted: bool = True) -> list:
    """``n`` alerts a few seconds apart, most never resolved (as the ingest benchmark's), some
    resolved within minutes, a few after days or before they began; ``silences`` silences of a
    service (some made after they began, one starting past every record); a planted
    inhibition (HostDown on an instance, VolumeStale muted on it), acks, and early warnings with
    critical alerts at the edges of their incident window."""
    rng = random.Random(seed)
    out: list = []
    for i in range(n):
        start = T0 + timedelta(seconds=3 * i + rng.randrange(30))
        r = rng.random()
        end = (None if r < 0.6 else start + timedelta(minutes=rng.randrange(1, 30)) if r < 0.95
               else start + timedelta(days=rng.randrange(1, 3)) if r < 0.98 else start - timedelta(minutes=5))
        out += alert(f"{rng.getrandbits(40):010x}", rng.choice(NAMES), start, end,
                     rng.choice(["critical", "warning"]), service=f"svc-{rng.randrange(10)}",
                     project=rng.choice(["checkout", "search", "identity"]), instance=f"n-{rng.randrange(4)}")
    span = timedelta(seconds=3 * n)
    for i in range(silences):
        start = T0 + span * (i + 0.5) / (silences + 1)
        made = start + timedelta(minutes=20) if i % 3 == 1 else start  # some made after they began
        out.append(silence(f"svc-sil-{i}", {"service": f"svc-{i}"}, start, 30, made))
    out.append(silence("future", {"service": "svc-1"}, T0 + span + timedelta(hours=2), 60, T0 + span))
    if planted:
        for k in range(12):
            t = T0 + span * (k + 0.3) / 13
            node = f"n-{k % 4}"
            out += alert(f"nd-{k}", "HostDown", t, t + timedelta(minutes=30), "critical", service="infra",
                         instance=node)
            out += alert(f"ds-{k}", "VolumeStale", t + timedelta(minutes=2), t + timedelta(minutes=25),
                         service="infra", instance=node)
            out.append(silence(f"ds-sil-{k}", {"alertname": "VolumeStale", "instance": node},
                               t + timedelta(minutes=4), 60, t + timedelta(minutes=4)))
        late = T0 + span * 0.95  # a HostDown still on at the end
        out += alert("nd-open", "HostDown", late, None, "critical", service="infra", instance="n-0")
    for i in range(0, n, max(1, n // 40)):
        a = out[2 * i] if 2 * i < len(out) else out[-1]
        if isinstance(a, AlertEvent):
            out.append(AuditEntry(id=f"ack-{i}", workspace_id="w", action="ack", target=a.fingerprint,
                                  timestamp=a.starts_at + timedelta(minutes=3), source="pagerduty-events"))
    for k in range(20):
        t = T0 + timedelta(hours=2 * k, minutes=7)
        labels = {"alertname": "HighLogErrorRate", "service": f"batch-{k % 2}", "series": f"s-{k % 2}"}
        out.append(EarlyWarning(id=f"warn-{k}", workspace_id="w", labels=labels,
                                annotations={"summary": "s", "description": "d"}, starts_at=t, generator_url="",
                                metric_key=f"logs:s-{k % 2}", observed=1.0, expected=0.0, band=(0.0, 0.5),
                                sigma=4.0, method="m"))
        out.append(silence(f"warn-sil-{k}", {"alertname": "HighLogErrorRate"}, t + timedelta(minutes=2), 30,
                           t + timedelta(minutes=2)))
        if k // 2 < 4:  # a critical alert on, past, at and before the edges of the incident window
            edge = t + (timedelta(hours=1), timedelta(hours=1, seconds=1), timedelta(0), -timedelta(seconds=1))[k // 2]
            out += alert(f"inc-{k}", "Outage", edge, edge + timedelta(minutes=5), "critical",
                         service=f"batch-{k % 2}")
    return sorted(out, key=event_time)


PARAMS = [RuleParams(), RuleParams(min_count=2, min_share=0.5, max_duty=1.0),
          RuleParams(min_count=3, min_share=0.3, quick=timedelta(minutes=30), max_duty=1.0, stop_after=50,
                     max_incident_share=0.5, warning_share=0.5)]


def histories() -> list[tuple[str, History]]:
    out = []
    for seed in range(3):
        out.append((f"busy-{seed}", History().add_all(busy(seed, 700))))
    no_clock = History().add_all(busy(3, 250))
    no_clock.clock = None  # firings set with no records folded: every lookup falls back to the scan
    early = History().add_all(busy(4, 700))
    early.clock = early.clock - timedelta(minutes=20)  # some firings and silences start past the clock
    return [*out, ("no-clock", no_clock), ("early-clock", early)]


def dumped(found: list) -> list[dict]:
    return [s.model_dump(mode="json") for s in found]


@pytest.mark.parametrize(("name", "history"), histories(), ids=[n for n, _ in histories()])
def test_the_finders_find_what_the_scans_found(name, history, monkeypatch):
    now = history.clock or T0 + timedelta(days=1)
    got = {}
    for i, p in enumerate(PARAMS):
        muted = rules.muted_firings(history, p)
        got[i] = (list(muted.items()), rules.find_inhibitions(history, p, muted), rules.find_noisy_warnings(history, p),
                  dumped(suggest("w", history, now, SilenceParams(rules=p))))
    scanned(monkeypatch)
    totals = defaultdict(int)
    for i, p in enumerate(PARAMS):
        muted = muted_per_firing(history, p)
        want = (list(muted.items()), rules.find_inhibitions(history, p, muted), noisy_as_before(history, p),
                dumped(suggest("w", history, now, SilenceParams(rules=p))))
        assert got[i][0] == want[0], (name, i, "muted, in order")
        assert got[i][1] == want[1], (name, i, "inhibitions")
        assert [r.targets for r in got[i][1]] == [r.targets for r in want[1]]
        assert got[i][2] == want[2], (name, i, "noisy warnings")
        assert got[i][3] == want[3], (name, i, "suggestions")
        totals["muted"] += len(want[0])
        totals["inhibitions"] += len(want[1])
        totals["noisy"] += len(want[2])
        totals["kinds"] += len({s["kind"] for s in want[3]})
    if name != "no-clock":  # what is compared is something
        assert totals["muted"] > 300 and totals["inhibitions"] > 0 and totals["noisy"] > 0, totals


def test_a_muted_alert_is_paired_with_what_was_on_in_the_scans_order():
    """``_StartIndex.on_at`` (open and resolved firings apart) is the scan's ``around`` less
    what had ended, in its order, at every moment of a busy history and past its clock."""
    history = History().add_all(busy(5, 600))
    fired, keys = history.fired, history.fired.keys()
    checked = 0
    for name, rows in index_module._rows_by_name(fired).items():
        fs = [f for f in history.firings.values() if f.name == name]
        index, scan = index_module._StartIndex(rows, fired, history.clock), ScanIndex(fs, history.clock)
        for t in [*(f.start for f in fs[::7]), history.clock + timedelta(minutes=1)]:
            for slack in (timedelta(0), timedelta(minutes=5)):
                want = scan.on_at(t, slack)
                assert [keys[i] for i in index.on_at(t, slack)] == [(o.fingerprint, o.start) for o in want]
                labels = [("service", "svc-1"), ("instance", "n-2")]
                assert index.shares(t, slack, labels) == any(set(labels) & set(o.labels) for o in want)
                checked += len(want)
    assert checked > 10_000


def _counter(counted: list[int]):
    """A wrapper for methods that adds to ``counted[0]`` the firings each call hands out (1 for
    anything not a list)."""
    def counting(method):
        def wrapped(*args, **kwargs):
            out = method(*args, **kwargs)
            counted[0] += len(out) if isinstance(out, list) else 1
            return out
        return wrapped
    return counting


def work(monkeypatch: pytest.MonkeyPatch, n: int) -> int:
    """Firings the finders are handed by the index, and matcher tests, in one :func:`suggest`
    over a busy history of ``n`` alerts with eight service silences."""
    history = History().add_all(busy(7, n, planted=False))
    counted = [0]
    counting = _counter(counted)

    with monkeypatch.context() as m:
        for method in ("around", "on_at", "muting", "shares"):
            m.setattr(index_module._StartIndex, method, counting(getattr(index_module._StartIndex, method)))
        tested = counting(silence_matchers.matches)  # every matcher test: the finders' own and SelectsOnce's
        for module in (rules, silence_matchers):
            m.setattr(module, "matches", tested)
        suggest("w", history, history.clock, SilenceParams())
    return counted[0]


def test_mining_a_busy_history_grows_with_it_not_with_its_square(monkeypatch):
    """Most alerts never resolve: each is on at every later moment. Pairing each muted alert
    with all that were on (as the scan did) is 1,000 × 1,000 at 2,000 alerts and four times
    that at twice the alerts; the lookups do a few per muted alert and silence."""
    small, large = work(monkeypatch, 2000), work(monkeypatch, 4000)
    assert large < 2.4 * small, (small, large)
    assert large < 40 * 4000, large


def sources_work(monkeypatch: pytest.MonkeyPatch, n: int) -> tuple[int, dict]:
    """Firings handed out (and lookups) while finding the likely sources of every alert name
    of a busy history of ``n`` alerts, no name ruled out by its duty cycle."""
    history = History().add_all(busy(8, n, planted=False))
    p = RuleParams(max_duty=1.0)
    muted = rules.muted_firings(history, p)
    by_name = index_module._rows_by_name(history.fired)
    index = {name: index_module._StartIndex(rows, history.fired, history.clock) for name, rows in by_name.items()}
    fps, starts = history.fired.fingerprint, history.fired.start
    counted = [0]
    counting = _counter(counted)

    with monkeypatch.context() as m:
        for method in ("around", "on_at", "shares"):
            m.setattr(index_module._StartIndex, method, counting(getattr(index_module._StartIndex, method)))
        found = {target: list(rules._likely_sources([i for i in rows if (fps[i], starts[i]) in muted], history.fired,
                                                    by_name, index, {}, p)) for target, rows in by_name.items()}
    return counted[0], found


def test_the_likely_sources_of_a_busy_history_are_asked_not_listed(monkeypatch):
    """A name is a likely source when one of its alerts sharing a label was on at a muted
    alert's start: a lookup per label value, not the list of all that were on."""
    (small, found), (large, _) = sources_work(monkeypatch, 2000), sources_work(monkeypatch, 4000)
    assert all(found[name] for name in NAMES), found  # every name was on beside the others' muted alerts
    assert large < 2.4 * small and large < 40 * 4000, (small, large)


def test_the_benchmarks_busy_workspace_mines_as_the_scans_did(monkeypatch):
    """``benchmarks/silences.py --busy``'s workspace (the ingest benchmark's alerts, eight
    service silences), small: the same mutes, in order, and suggestions as the scans."""
    from tests.support import load_benchmark

    bench = load_benchmark("silences")
    records = bench.busy(3000, 1)
    assert sum(isinstance(r, AuditEntry) for r in records) == 8
    history = History(max_items=10**7).add_all(records)
    muted = list(rules.muted_firings(history).items())
    got = dumped(suggest("acme", history, history.clock, SilenceParams()))
    assert bench.mine_busy(3000, 1)["suggestions"] == len(got)
    scanned(monkeypatch)
    assert muted == list(muted_per_firing(history, RuleParams()).items()) and len(muted) > 100
    assert got == dumped(suggest("acme", history, history.clock, SilenceParams()))


def test_mining_reads_the_columns_and_makes_only_the_firings_it_hands_out(monkeypatch):
    """The finders read the firings' columns (``History.fired``): a mining run never reads
    ``History.firings`` (a :class:`Firing` made per firing), and makes a :class:`Firing` only
    for what it hands out (a backtest's firings, an inhibition's targets): none for the
    benchmark's busy workspace, which suggests nothing."""
    from signalcraft.operators import silence_history, silence_suggest
    from tests.support import load_benchmark

    made = []

    def counting(fired, row):
        made.append(row)
        return silence_history.firing_at(fired, row)

    histories = [History().add_all(busy(seed, 900)) for seed in range(2)]
    kinds = set()
    with monkeypatch.context() as m:
        m.setattr(History, "firings", property(lambda self: pytest.fail("History.firings read")))
        for module in (rules, silence_suggest):
            m.setattr(module, "firing_at", counting)
        for history in histories:
            for p in PARAMS:
                kinds.update(s.kind for s in suggest("w", history, history.clock, SilenceParams(rules=p)))
        assert {"inhibit_rule", "route", "sensitivity"} <= kinds and made  # backtests, targets
        made.clear()
        bench = load_benchmark("silences").busy(3000, 1)
        history = History(max_items=10**7).add_all(bench)
        assert suggest("acme", history, history.clock, SilenceParams()) == [] and made == []
    for history in histories:  # the same suggestions read the other way
        for p in PARAMS:
            got = dumped(suggest("w", history, history.clock, SilenceParams(rules=p)))
            scanned(monkeypatch)
            assert got == dumped(suggest("w", history, history.clock, SilenceParams(rules=p)))
            monkeypatch.undo()
