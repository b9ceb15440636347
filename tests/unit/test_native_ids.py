"""Native payloads without an id: one instant, however it is spelled, gives one id."""

from __future__ import annotations

import json

import pytest

from signalcraft.params import Identity
from signalcraft.sources.decode import parse_payload

SPELLINGS = [
    "2024-01-01T00:00:00Z", "2024-01-01T00:00:00+00:00", "2024-01-01T01:00:00+01:00", "2023-12-31T19:00:00.000-05:00"
]

DOCS = {
    "alerts": lambda t: {"workspace_id": "w", "project": "p", "environment": "e", "service": "s", "name": "n",
                         "severity": "warning", "status": "firing", "fingerprint": "f", "starts_at": t, "source": "sc"},
    "metrics": lambda t: {"workspace_id": "w", "metric_key": 'up{job="a"}', "name": "up", "labels": {"job": "a"},
                          "value": 1.0, "timestamp": t, "source": "sc"},
    "resolutions": lambda t: {"workspace_id": "w", "group_id": "g", "resolved_at": t, "fix": "restart", "source": "sc"},
    "audit": lambda t: {"workspace_id": "w", "action": "ack", "timestamp": t, "target": "f", "source": "sc"},
}


@pytest.mark.parametrize("kind", sorted(DOCS))
def test_one_instant_one_id(kind):
    ids = {parse_payload(json.dumps(DOCS[kind](t)).encode(), kind, {}, Identity())[1][0].id for t in SPELLINGS}
    assert len(ids) == 1
    later = parse_payload(json.dumps(DOCS[kind]("2024-01-01T00:00:01Z")).encode(), kind, {}, Identity())[1][0].id
    assert later not in ids
