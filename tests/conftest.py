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
