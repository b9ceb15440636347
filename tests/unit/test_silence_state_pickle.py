"""A silence history pickled before its items moved to ``operators/silence_items.py`` loads.

Bytewax recovery pickles silence mining's state, and a pickle names each class by its module:
``data/silence_history_2bcf3c8.pickle`` was made by the code of 2bcf3c8, when
:class:`Silence`, :class:`Ack`, :class:`Firing` and :class:`Warned` lived in
``operators/silence_history.py`` (``pickle.dumps((history, list(history.firings.values())))``
of ``History().add_all(records())``, the examples of ``test_silence_history``). It loads as
the history the code of now folds from the same records, and goes on as that one does.
"""

from __future__ import annotations

import pickle
from pathlib import Path

from signalcraft.operators import silence_history, silence_items
from signalcraft.operators.silence_history import History
from signalcraft.operators.silence_items import Ack, Firing, Silence, Warned
from tests.unit.test_silence_history import later_records, records

PICKLED = Path(__file__).parent / "data" / "silence_history_2bcf3c8.pickle"


def test_the_items_keep_their_old_names():
    for item in (Ack, Firing, Silence, Warned):
        assert item.__module__ == silence_items.__name__
        assert getattr(silence_history, item.__name__) is item
        assert item.__name__ in silence_history.__all__
    assert silence_history.firing_at is silence_items.firing_at


def test_a_history_pickled_before_the_items_moved_loads_and_goes_on():
    data = PICKLED.read_bytes()
    for name in (b"Silence", b"Ack", b"Warned", b"Firing", b"History"):
        assert name in data
    assert b"signalcraft.operators.silence_history" in data and b"silence_items" not in data
    loaded, firings = pickle.loads(data)
    now = History().add_all(records())
    assert type(loaded) is History and loaded == now
    assert {type(s) for s in loaded.silences.values()} == {Silence} and {type(a) for a in loaded.acks} == {Ack}
    assert {type(w) for w in loaded.warnings.values()} == {Warned} and loaded.silences and loaded.warnings
    assert {type(f) for f in firings} == {Firing} and firings == list(now.firings.values())
    assert list(loaded.firings.items()) == list(now.firings.items())
    later = later_records()
    assert loaded.add_all(later) == now.add_all(later)
    assert pickle.loads(pickle.dumps(loaded)) == now
