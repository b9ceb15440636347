"""Format detection does not depend on the order adapters were imported: every tool's
detector takes only its own payloads, and the generic (SignalCraft JSON) formats come after."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from signalcraft.params import Identity
from signalcraft.sources.adapters import REGISTRY, AdaptContext, formats_for
from signalcraft.sources.adapters.base import GENERIC, TOOL
from tests.support import example_format

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "sources" / "examples").glob("*/*.json"))
HEADERS = {"github-deployment": {"x-github-event": "deployment"},
           "github-deployment-status": {"x-github-event": "deployment_status"},
           "github-release": {"x-github-event": "release"}}


def accepting(doc: object, kind: str, headers: dict[str, str]) -> list[str]:
    ctx = AdaptContext(headers, Identity())
    out = []
    for name in formats_for(kind):
        try:
            if REGISTRY[name].detect(doc, ctx):
                out.append(name)
        except Exception:  # noqa: BLE001 - a detector that trips does not accept
            pass
    return out


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_exactly_one_tool_format_or_else_only_generic_ones_accept_each_example(path: Path) -> None:
    fmt = example_format(path)
    kind = REGISTRY[fmt].kind
    found = accepting(json.loads(path.read_bytes()), kind, HEADERS.get(fmt, {}))
    tools = [n for n in found if REGISTRY[n].precedence == TOOL]
    if REGISTRY[fmt].precedence == TOOL:
        assert tools == [fmt], found
    else:
        assert tools == [] and found[0] == fmt, found


def test_generic_formats_come_after_every_tool_format_of_their_kind() -> None:
    assert {a.name for a in REGISTRY.values() if a.precedence == GENERIC} == {
        "signalcraft-alert", "signalcraft-change", "signalcraft-audit", "signalcraft-metric", "signalcraft-log",
        "signalcraft-resolution",
    }
    for kind in {a.kind for a in REGISTRY.values()}:
        order = [REGISTRY[n].precedence for n in formats_for(kind)]
        assert order == sorted(order), kind
