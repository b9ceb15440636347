"""The change adapters' shared helpers keep the rules they were first written with.

Both decode paths call these helpers (``_details``, ``from_epoch_ms``, the LaunchDarkly flag
diff), so the comparisons of the two paths (``test_fast_changes``, ``test_fast_change_bodies``)
cannot see a change of their rules; each is held here to its first implementation, kept below
as the reference, over arbitrary values.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from signalcraft.sources.adapters.base import AdaptError, from_epoch_ms
from signalcraft.sources.adapters.changes.common import _details, _encode, _obj
from signalcraft.sources.adapters.changes.launchdarkly import _variation, flag_diff
from tests.unit.test_adapters_property import TRICKY_STRINGS, json_values
from tests.unit.test_fast_alerts import PROPERTY


def _details_as_written_first(**values: Any) -> dict[str, str]:
    out = {}
    for key, value in values.items():
        if value is None or value == "" or value == [] or value == {}:
            continue
        if isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, (list, dict)):
            value = _encode(value).decode()
        out[key] = str(value)
    return out


@PROPERTY
@given(values=st.dictionaries(st.text(max_size=3), st.one_of(json_values, st.sampled_from(
    [*TRICKY_STRINGS, "", 0, -1, 2**70, 0.0, -0.0, 1.5, True, False, None, [], {}, [0], {"": 0}])), max_size=6))
def test_details(values):
    got, want = _details(**values), _details_as_written_first(**values)
    assert list(got.items()) == list(want.items()) and all(type(v) is str for v in got.values())


def _from_epoch_ms_as_written_first(ms: Any) -> Any:
    if isinstance(ms, bool) or not isinstance(ms, int) or ms <= 0:
        return "refused"
    try:
        when = datetime.fromtimestamp(ms // 1000, tz=UTC).replace(microsecond=ms % 1000 * 1000)
    except (OverflowError, OSError, ValueError):
        return "out of range"
    return "no tool's" if when.year >= 9000 else when  # a time no tool sends (and the joins could not reach past)


@PROPERTY
@given(ms=st.one_of(st.integers(min_value=-5, max_value=2**70), st.integers(253402300799000, 253402300800999),
                    st.integers(221845392000000 - 1001, 221845392000000 + 1001),
                    st.sampled_from([True, False, 1.5, "1000", None, 1, 2**63, 2**64, 10**20])))
def test_from_epoch_ms(ms):
    try:
        got = from_epoch_ms(ms, "date")
    except AdaptError as e:
        got = "out of range" if "out of range" in str(e) else "no tool's" if "no tool sends" in str(e) else "refused"
    want = _from_epoch_ms_as_written_first(ms)
    assert got == want
    if isinstance(got, datetime):
        assert got.tzinfo is want.tzinfo is UTC and got.isoformat() == want.isoformat()


def _flag_state_as_written_first(flag: dict[str, Any], env: str) -> dict[str, str]:
    conf = _obj(_obj(flag, "environments"), env)
    if not conf:
        return {}
    fallthrough = _obj(conf, "fallthrough")
    state = {
        "on": None if conf.get("on") is None else str(conf["on"] is True).lower(),
        "fallthrough": "rollout" if "rollout" in fallthrough else _variation(flag, fallthrough.get("variation")),
        "off_variation": _variation(flag, conf.get("offVariation")),
        "rules": len(conf["rules"]) if isinstance(conf.get("rules"), list) else None,
        "targets": len(conf["targets"]) if isinstance(conf.get("targets"), list) else None,
    }
    return {k: str(v) for k, v in state.items() if v is not None}


def _flag_diff_as_written_first(prev: dict[str, Any], cur: dict[str, Any], env: str) -> dict[str, str]:
    before, after = _flag_state_as_written_first(prev, env), _flag_state_as_written_first(cur, env)
    out = {}
    for name, new in after.items():
        old = before.get(name)
        if old is not None and old != new:
            out[name] = f"{old} → {new}"
        elif name in ("on", "fallthrough"):
            out[name] = new
    return out


small = st.one_of(st.sampled_from([True, False, None, 0, 1, 2, -1, 1.0, "x", "", [], {}, [{}], {"a": 1}]), json_values)
environment = st.fixed_dictionaries({}, optional={
    "on": small, "rules": small, "targets": small, "offVariation": small, "_environmentName": small,
    "fallthrough": st.one_of(st.fixed_dictionaries({}, optional={"variation": small, "rollout": small}), small),
})
variations = st.lists(st.one_of(st.fixed_dictionaries({}, optional={"name": small, "value": small}), small),
                      max_size=3)
flag = st.one_of(
    st.fixed_dictionaries({"environments": st.dictionaries(st.sampled_from(["production", "staging"]),
                                                           st.one_of(environment, environment, small), max_size=2)},
                          optional={"variations": st.one_of(variations, variations, small)}),
    small,
)


@PROPERTY
@given(prev=flag, cur=flag, env=st.sampled_from(["production", "production", "staging", "", "qa"]))
def test_flag_diff(prev, cur, env):
    prev, cur = (p if isinstance(p, dict) else {} for p in (prev, cur))  # as the adapters pass them
    assert list(flag_diff(prev, cur, env).items()) == list(_flag_diff_as_written_first(prev, cur, env).items())
