"""Fixtures shared by every test tier."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.shared_data import shared_fixtures_or_skip


@pytest.fixture(scope="session")
def shared_fixtures() -> Path:
    """The shared payload fixtures (real captures), found by :mod:`tests.shared_data`."""
    return shared_fixtures_or_skip()
