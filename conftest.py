"""Doctests of the package run against the installed modules, each imported once.

The top-level folders install as ``signalcraft.<folder>`` (pyproject's package-dir map);
pytest's own ``--doctest-modules`` would import ``sources/decode.py`` a second time as
``sources.decode``, a copy with its own registries. This hook collects the doctests of
those folders from the module under its installed name instead; other files (the
benchmarks, which are scripts) keep pytest's own doctest collection.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from _pytest.doctest import DoctestModule

ROOT = Path(__file__).parent
PACKAGE_DIRS = {"signalcraft": "signalcraft", **{d: f"signalcraft.{d}" for d in (
    "config", "models", "sources", "operators", "flows", "sinks", "copilot", "web", "gateway")}}


def installed_name(path: Path) -> str | None:
    """The module name ``path`` installs as (``sources/adapters/base.py`` is
    ``signalcraft.sources.adapters.base``), or ``None`` outside the package folders."""
    try:
        parts = path.relative_to(ROOT).with_suffix("").parts
    except ValueError:
        return None
    if not parts or parts[0] not in PACKAGE_DIRS:
        return None
    inner = parts[1:-1] if parts[-1] == "__init__" else parts[1:]
    return ".".join((PACKAGE_DIRS[parts[0]], *inner))


class InstalledDoctestModule(DoctestModule):
    """A module's doctests, from the module as the package installs it."""

    def _getobj(self):
        return importlib.import_module(installed_name(self.path))


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if (
        file_path.suffix == ".py"
        and installed_name(file_path) is not None
        and file_path.name not in ("conftest.py", "__main__.py")
    ):
        return InstalledDoctestModule.from_parent(parent, path=file_path)
    return None
