"""Fixtures shared by every test tier."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def shared_fixtures() -> Path:
    """The shared payload fixtures (``../shared/fixtures`` beside the repository)."""
    path = Path(__file__).parents[1].parent / "shared" / "fixtures"
    if not path.is_dir():
        pytest.fail(f"shared fixtures not found at {path}")
    return path
