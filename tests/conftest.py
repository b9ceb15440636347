"""Fixtures shared by every test tier."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from tests.shared_data import shared_fixtures_or_skip

# CI replays the same examples every run (a failure there is reproducible, never a fluke of
# the draw); locally each run draws new ones. SIGNALCRAFT_HYPOTHESIS_PROFILE picks either.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile(os.environ.get("SIGNALCRAFT_HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def shared_fixtures() -> Path:
    """The shared payload fixtures (real captures), found by :mod:`tests.shared_data`."""
    return shared_fixtures_or_skip()


@pytest.fixture(scope="session")
def incident_scenario():
    """``generate()``: the bundled incident scenario (seed 7, what ``signalcraft demo`` produces), made once
    for the session; tests only read it (``test_scenario.py`` checks that a second run equals it)."""
    from signalcraft.sources.scenario import generate

    return generate()
