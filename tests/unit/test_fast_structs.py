"""The alert fast paths' decoded bodies are structs the garbage collector does not track
(``gc=False``): a JSON body is a tree, so they are never in a cycle, and they are read and
dropped within the call; tracking them cost ~230 instructions a native alert."""

from __future__ import annotations

import gc

from signalcraft.sources.fast_alerts import _native
from signalcraft.sources.fast_webhooks import _webhook

NATIVE = (b'{"workspace_id": "w", "project": "p", "environment": "e", "service": "s", "name": "n",'
          b' "severity": "warning", "status": "firing", "fingerprint": "f", "starts_at": "2024-01-01T00:00:00Z",'
          b' "labels": {"a": "1"}}')
WEBHOOK = (b'{"alerts": [{"status": "firing", "labels": {"alertname": "Down"}, "startsAt": "2024-01-01T00:00:00Z"}],'
           b' "groupLabels": {"alertname": "Down"}, "commonLabels": {"a": ["b", {"c": 1}]}}')


def test_decoded_bodies_are_not_tracked():
    native, webhook = _native.decode(NATIVE), _webhook.decode(WEBHOOK)
    assert not gc.is_tracked(native)
    assert not gc.is_tracked(webhook) and not gc.is_tracked(webhook.alerts[0])
    assert gc.is_tracked(webhook.alerts)  # what they hold still is
    assert bytes(webhook.commonLabels) == b'{"a": ["b", {"c": 1}]}'  # the group's maps: their text, no dicts

