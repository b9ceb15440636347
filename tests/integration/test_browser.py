"""The incident list and page in a real browser (Debian's chromium, headless) against
``signalcraft serve`` on the demo's store: the pages draw, the chart shows the suspect marker and
its label, nothing is fetched from anywhere but the server, nothing is logged as an error, and
the ask box answers in the page.

``SIGNALCRAFT_SCREENSHOTS=DIR`` keeps the screenshots there (the README's picture is made so).
"""

from __future__ import annotations

import json
import os
import urllib.request
from pathlib import Path

import pytest

from tests.integration.browser import Browser


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    browser = Browser(tmp_path_factory.mktemp("chromium"))
    tab = browser.page()
    yield tab
    tab.close()
    browser.close()


def _keep(name: str, png: bytes, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SIGNALCRAFT_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(png)
    return folder / name


def _checkout_incident(server: str) -> str:
    with urllib.request.urlopen(server + "/api/incidents?project=checkout&severity=critical", timeout=30) as r:
        listed = json.loads(r.read())["incidents"]
    return next(i["id"] for i in listed if i["suspect"] and "v2.14.0" in i["suspect"]["summary"])


def test_the_incident_list_draws_and_fetches_nothing_from_elsewhere(server, page, tmp_path):
    page.goto(server + "/incidents?project=checkout")
    rows = page.evaluate("document.querySelectorAll('table.incidents tbody tr').length")
    assert rows >= 1
    assert page.evaluate("[...document.querySelectorAll('td.suspect')].some(t => t.textContent.includes('v2.14.0'))")
    png = page.screenshot()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000
    _keep("incidents.png", png, tmp_path)
    assert all(u.startswith(server) or u.startswith(("data:", "about:")) for u in page.requested()), page.requested()
    assert page.problems() == []


def test_the_incident_page_shows_the_suspect_on_the_chart_and_the_ask_box_answers(server, page, tmp_path):
    page.events.clear()
    page.goto(f"{server}/incidents/{_checkout_incident(server)}")
    assert page.evaluate("document.querySelector('figure.chart svg') !== null")
    marker = page.evaluate("""(() => {
        const g = document.querySelector('figure.chart svg g.change.suspect');
        if (!g) return null;
        const line = g.querySelector('line'), label = g.querySelector('text');
        const box = line.getBoundingClientRect();
        return {stroke: line.getAttribute('stroke'), height: box.height, visible: box.width >= 0 && box.height > 0,
                label: label ? label.textContent : null};
    })()""")
    assert marker is not None and marker["stroke"] == "#c62828" and marker["visible"] and marker["height"] > 100
    assert "v2.14.0" in marker["label"]
    headline = page.evaluate("document.querySelector('.headline').textContent")
    assert headline.startswith("Suspect:") and "payments-api v2.14.0" in headline and "by dpatel" in headline
    assert page.evaluate("document.querySelectorAll('figure.chart svg .bar').length") > 0
    png = page.screenshot()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 50_000
    _keep("incident-page.png", png, tmp_path)

    page.evaluate("""(() => {
        document.querySelector('#ask input[name=question]').value = 'critical alerts per service';
        document.querySelector('#ask button').click();
    })()""")
    sql = page.until("(document.querySelector('#answer pre.sql') || {}).textContent")
    assert sql.startswith("SELECT service, COUNT(*)") and "severity = 'critical'" in sql
    cells = page.until("[...document.querySelectorAll('#answer table.answer tbody td')].map(t => t.textContent)")
    assert "payments-api" in cells
    assert all(u.startswith(server) or u.startswith(("data:", "about:")) for u in page.requested()), page.requested()
    assert page.problems() == []


def test_the_chart_as_png_is_drawn_by_chromium(server, tmp_path, monkeypatch):
    import shutil as sh

    from signalcraft.web.chart import HEIGHT, WIDTH
    from signalcraft.web.png import to_png

    with urllib.request.urlopen(f"{server}/incidents/{_checkout_incident(server)}/chart.svg", timeout=30) as r:
        svg = r.read().decode()
    which = sh.which
    monkeypatch.setattr("shutil.which", lambda name: None if name == "rsvg-convert" else which(name))
    out = tmp_path / "chart.png"
    assert to_png(svg, out, WIDTH, HEIGHT) == "chromium"
    png = out.read_bytes()
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")  # the IHDR chunk
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and (width, height) == (WIDTH, HEIGHT) and len(png) > 20_000

