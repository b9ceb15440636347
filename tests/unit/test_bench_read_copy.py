"""The ingest benchmark's read copy is a parameter of the run (``bench_settings``, ``ingest_rate``), not
state a module keeps: without it no read copy, with it one at most that often, and a value that is not
seconds (negative, not finite) is refused, at the command line with the reason."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from signalcraft.config import TopicSettings
from tests.support import load_benchmark

ingest = load_benchmark("ingest")
common = load_benchmark("common")


def settings(**kw):
    return common.bench_settings("localhost:9092", TopicSettings(), Path("x.duckdb"), **kw)


def test_a_run_keeps_a_read_copy_only_when_asked():
    assert settings().store.read_copy is False
    store = settings(read_copy_every_s=1.5).store
    assert (store.read_copy, store.read_copy_every_s) == (True, 1.5)
    assert settings(read_copy_every_s=0).store.read_copy_every_s == 0.0  # every epoch with new rows


def test_the_rates_take_it_as_a_parameter_and_no_module_state_holds_it():
    for rate in (ingest.ingest_rate, ingest.profiled_ingest_rate):
        assert inspect.signature(rate).parameters["read_copy_every_s"].default is None
    assert not hasattr(ingest, "READ_COPY_EVERY")


@pytest.mark.parametrize("seconds", [-1, -0.5, float("nan"), float("inf"), True])
def test_what_is_not_seconds_is_refused(seconds):
    with pytest.raises(ValueError, match=r"read_copy_every_s .* is not a finite number of seconds >= 0"):
        settings(read_copy_every_s=seconds)


@pytest.mark.parametrize("text", ["-1", "nan", "inf", "soon"])
def test_the_command_line_refuses_it_with_the_reason(text, capsys, monkeypatch):
    def began(*_):
        raise AssertionError(f"--read-copy-every {text}: the run began")

    monkeypatch.setattr(ingest, "warm_imports", began)
    monkeypatch.setattr(ingest, "EmbeddedBroker", began)
    with pytest.raises(SystemExit) as stop:
        ingest.main(["--read-copy-every", text, "--events", "1"])
    assert stop.value.code == 2
    assert f"--read-copy-every: {text!r} is not a finite number of seconds >= 0" in capsys.readouterr().err
