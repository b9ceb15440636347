"""The chart as PNG, for a ticket or a chat that will not show SVG: drawn by a renderer the
machine has — ``rsvg-convert`` (Debian's ``librsvg2-bin``), else a headless ``chromium``."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

__all__ = ["NoRenderer", "to_png"]


class NoRenderer(RuntimeError):
    """Neither renderer is installed."""


def to_png(svg: str, out: Path, width: int, height: int, timeout_s: float = 60.0) -> str:
    """Write ``svg`` as a PNG of ``width`` × ``height`` to ``out``; the renderer's name."""
    with tempfile.TemporaryDirectory(prefix="signalcraft-chart-") as tmp:
        source = Path(tmp) / "chart.svg"
        source.write_text(svg, encoding="utf-8")
        if rsvg := shutil.which("rsvg-convert"):
            _run([rsvg, "--format", "png", "--width", str(width), "--output", str(out), str(source)], timeout_s)
            return "rsvg-convert"
        browser = shutil.which("chromium") or shutil.which("chromium-browser")
        if browser is None:
            raise NoRenderer("a PNG needs Debian's librsvg2-bin (rsvg-convert) or chromium; "
                             "or write .svg / .html")
        page = Path(tmp) / "chart.html"
        page.write_text(f'<!doctype html><html><body style="margin:0">{svg}</body></html>', encoding="utf-8")
        _run([browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
              f"--user-data-dir={Path(tmp) / 'profile'}", f"--window-size={width},{height}",
              f"--screenshot={out}", page.as_uri()], timeout_s)
        return "chromium"


def _run(argv: list[str], timeout_s: float) -> None:
    done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout_s)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(argv[0]).name} could not draw the chart: {done.stderr.strip()[-300:]}")
