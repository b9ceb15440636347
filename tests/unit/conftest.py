"""Fixtures shared by unit-test modules."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Asker
from signalcraft.copilot.store import open_read_only


@pytest.fixture(scope="session")
def incidents_asker(tmp_path_factory):
    """An :class:`Asker` on :mod:`tests.unit.test_ask_incidents`' store (``test_ask``'s store with two incidents,
    their suspect, warnings, candidates, acks and error lines), built once: the tests using it only ask."""
    from tests.unit.test_ask import _store
    from tests.unit.test_ask_incidents import _incidents

    path = tmp_path_factory.mktemp("incidents") / "s.duckdb"
    _store(path)
    _incidents(path)
    con = open_read_only(path)
    yield Asker(con)
    con.close()
