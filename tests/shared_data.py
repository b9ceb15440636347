"""Where the shared payload fixtures are, if this checkout has them.

The project runs without them (``sources/examples/`` covers every format); tests of
the real captures look for them beside the repository, in ``$SIGNALCRAFT_SHARED_FIXTURES``,
or at ``/work/shared/fixtures``, and are skipped, saying so, where none exists.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def find_shared_fixtures() -> Path | None:
    explicit = os.environ.get("SIGNALCRAFT_SHARED_FIXTURES")
    if explicit is not None:  # set: the only place to look (set it to "" to run without them)
        candidates = [Path(explicit)] if explicit else []
    else:
        candidates = [parent / "shared" / "fixtures" for parent in REPO.parents]
        candidates.append(Path("/work/shared/fixtures"))
    for path in candidates:
        if (path / "alertmanager-webhook").is_dir():
            return path
    return None


SHARED_FIXTURES = find_shared_fixtures()
MISSING = "shared payload fixtures not found (set SIGNALCRAFT_SHARED_FIXTURES to their folder)"


def shared_fixtures_or_skip() -> Path:
    if SHARED_FIXTURES is None:
        pytest.skip(MISSING)
    return SHARED_FIXTURES
