"""The layers point one way, checked on the source (so the rule cannot rot):

- config, models and ``signalcraft/params.py`` (the shared types) import nothing of
  operators, sources, sinks or flows;
- sinks and flows import nothing of sources (the input layer is imported only by what
  reads input);
- the query side (``copilot``, and the web app ``web``) imports nothing of flows, sources or sinks:
  it reads the store;
- the gateway (``gateway``) imports nothing of flows, operators, sinks or the query side: it reads
  input and writes Kafka;
- ``signalcraft parse`` and the gateway load no numpy, bytewax, duckdb, pyarrow or torch.

Imports under ``if TYPE_CHECKING:`` are for annotations only and do not count.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("operators", "sources", "sinks", "flows", "copilot")


def imported_modules(path: Path) -> set[str]:
    """The modules ``path`` imports at run time (absolute names; relative ones resolved)."""
    tree = ast.parse(path.read_text(), str(path))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for child in node.body for n in ast.walk(child))
    out = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
            out.update(f"{node.module}.{alias.name}" for alias in node.names)
    return out


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "signalcraft" and parts[1] in LAYERS else None


def sources_of(*places: str) -> list[Path]:
    out: list[Path] = []
    for place in places:
        path = ROOT / place
        out.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return out


@pytest.mark.parametrize(
    "path", sources_of("config", "models", "signalcraft/params.py"), ids=lambda p: str(p.relative_to(ROOT))
)
def test_leaves_import_no_layer(path: Path) -> None:
    assert {m for m in imported_modules(path) if layer_of(m)} == set()


@pytest.mark.parametrize("path", sources_of("sinks", "flows"), ids=lambda p: str(p.relative_to(ROOT)))
def test_sinks_and_flows_import_nothing_of_sources(path: Path) -> None:
    assert {m for m in imported_modules(path) if layer_of(m) == "sources"} == set()


@pytest.mark.parametrize("path", sources_of("copilot", "web", "signalcraft/cli_serve.py"),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_the_query_side_imports_no_flow_source_or_sink(path: Path) -> None:
    assert {layer_of(m) for m in imported_modules(path)} & {"flows", "sources", "sinks"} == set()


def test_the_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from typing import TYPE_CHECKING\nfrom signalcraft.sources.decode import decode\n"
        "if TYPE_CHECKING:\n    from signalcraft.flows.pipeline import build_flow\n"
    )
    assert {layer_of(m) for m in imported_modules(bad)} - {None} == {"sources"}


def test_parse_loads_no_heavy_library() -> None:
    example = ROOT / "sources" / "examples" / "changes" / "github-deployment-status-failure.json"
    code = (
        "import sys, io, contextlib\n"
        "from signalcraft.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    rc = main(['parse', {str(example)!r}])\n"
        "assert rc == 0 and '\"format\":\"github-deployment-status\"' in out.getvalue()\n"
        "print(sorted(m for m in ('numpy', 'bytewax', 'duckdb', 'pyarrow', 'torch', 'river') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("path", sources_of("gateway", "signalcraft/cli_gateway.py"),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_the_gateway_imports_no_flow_operator_sink_or_query_side(path: Path) -> None:
    imported = imported_modules(path)
    assert {layer_of(m) for m in imported} & {"flows", "operators", "sinks", "copilot"} == set()
    assert not any(m == "signalcraft.web" or m.startswith("signalcraft.web.") for m in imported)


def test_the_gateway_loads_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "import signalcraft.gateway.app, signalcraft.cli_gateway\n"
        "print(sorted(m for m in ('numpy', 'bytewax', 'duckdb', 'pyarrow', 'torch', 'river') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
