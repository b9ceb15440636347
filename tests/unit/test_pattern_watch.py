"""A log pattern's count series in the anomaly watch: a surge of a known template warns, with
the template in the annotations; the bursts a sparse template always has do not."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from signalcraft.models import EarlyWarning
from signalcraft.operators.anomaly import SeriesWatch, poisson_tail
from signalcraft.operators.series import PatternHit, series_key
from signalcraft.params import AnomalyParams

T0 = datetime(2025, 6, 2, 0, 0, tzinfo=UTC)
TEMPLATE = "retrying call to ledger-db after <*> ms (attempt <*>)"


def hits(per_minute, minutes: int, seed: int, template_id: str = "tpl-1") -> list[PatternHit]:
    """``per_minute(m, rng)`` lines in minute ``m``, spread over the minute."""
    rng, out = random.Random(seed), []
    for m in range(minutes):
        n = per_minute(m, rng)
        out += [
            PatternHit(f"log-{template_id}-{m}-{i}", "acme", "shop", "prod", "payments-api", template_id, TEMPLATE,
                       T0 + timedelta(minutes=m, seconds=60 * i / max(n, 1)))
            for i in range(n)
        ]
    return out


def poisson(rate: float, rng: random.Random) -> int:
    n, t = 0, rng.expovariate(1.0)
    while t < rate:
        n, t = n + 1, t + rng.expovariate(1.0)
    return n


def warnings_of(records) -> list[EarlyWarning]:
    watch, state, out = SeriesWatch(AnomalyParams()), None, []
    for r in records:
        state, emitted = watch.step(state, r)
        out += [w for w in emitted if isinstance(w, EarlyWarning)]
    return out


def test_a_pattern_hit_feeds_its_own_series_per_template():
    [hit] = hits(lambda m, rng: 1, 1, 1, "tpl-9")
    assert series_key(hit) == ("pattern", "pattern:acme/shop/prod/payments-api/tpl-9")


def test_a_surge_of_a_known_template_warns_once_with_the_template():
    steady = hits(lambda m, rng: poisson(2.0, rng) if m < 240 else 40 + poisson(10.0, rng), 250, seed=3)
    [warning] = [w for w in warnings_of(steady) if w.status == "firing"]
    assert warning.labels["alertname"] == "LogPatternSurge"
    assert warning.labels["template_id"] == "tpl-1" and "template" not in warning.labels
    assert warning.annotations["template"] == TEMPLATE
    assert warning.annotations["summary"].startswith("Log Pattern Surge in payments-api Detected")
    assert timedelta(minutes=240) <= warning.starts_at - T0 <= timedelta(minutes=243)


def sparse(m: int, rng: random.Random) -> int:
    """Mostly silent; a few minutes of 4-8 lines every two hours or so (a job retrying)."""
    return rng.randint(4, 8) if m % 127 in (90, 91, 92) else rng.choice([0] * 30 + [1])


def test_bursts_of_a_sparse_template_never_warn():
    for seed in range(5):
        assert warnings_of(hits(sparse, 600, seed)) == [], seed


def test_without_the_count_gate_those_bursts_would_warn(monkeypatch):
    monkeypatch.setattr(SeriesWatch, "_count_stands_out", lambda self, count, expected: True)
    assert sum(len(warnings_of(hits(sparse, 600, seed))) for seed in range(5)) > 0


def test_poisson_tail_matches_the_textbook_values():
    # P(X >= k) for Poisson(mean): 1 - sum_{i<k} e^-m m^i / i!
    assert abs(poisson_tail(1, 2.0) - (1 - 0.1353352832)) < 1e-9
    assert abs(poisson_tail(5, 1.0) - 0.0036598468) < 1e-9
    assert poisson_tail(40, 2.0) < 1e-30


def test_sensitivity_feedback_sets_and_withdrawal_restores_a_series_raise_sigma():
    from signalcraft.models import SilenceSuggestion
    from signalcraft.operators.anomaly import Sensitivity, sensitivity_of

    surge = hits(lambda m, rng: poisson(2.0, rng) if m < 240 else 40 + poisson(10.0, rng), 250, seed=3)
    key = "pattern:acme/shop/prod/payments-api/tpl-1"
    assert warnings_of([Sensitivity(key, 1000.0), *surge]) == []
    assert len(warnings_of([Sensitivity(key, 1000.0), Sensitivity(key, None), *surge])) >= 1
    t = T0
    s = SilenceSuggestion(id="s", workspace_id="acme", kind="sensitivity", text="t", support=5, confidence=1.0,
                          yaml="{}", settings={"metric_key": key, "raise_sigma": "4"}, first_seen=t, last_seen=t,
                          updated_at=t, version=1)
    assert sensitivity_of(s) == Sensitivity(key, 4.0)
    assert sensitivity_of(s.model_copy(update={"status": "withdrawn"})) == Sensitivity(key, None)
    assert sensitivity_of(s.model_copy(update={"kind": "route"})) is None
