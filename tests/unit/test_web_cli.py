"""``signalcraft chart`` writes the incident's chart to a file; ``chart`` and ``serve`` turn what goes
wrong into one line and a non-zero exit, naming no secret."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from signalcraft.cli import main
from tests.unit.test_web_app import db as store_path  # noqa: F401 - the store the app tests build, a fixture


@pytest.fixture(scope="module")
def db(store_path):  # noqa: F811 - the fixture imported above
    return str(store_path)


def test_chart_writes_the_svg_and_says_what_it_drew(db, tmp_path, capsys):
    out = tmp_path / "incident.svg"
    assert main(["chart", "g-open", "--db", db, "--out", str(out)]) == 0
    root = ET.fromstring(out.read_text())
    ns = {"s": "http://www.w3.org/2000/svg"}
    assert root.find(".//s:g[@class='change suspect']/s:text", ns).text == "deploy payments-api v2.14.0"
    printed = capsys.readouterr().out
    assert printed.startswith("Suspect: deployed payments-api v2.14.0 (63544dc) to production by ana")
    assert "2 changes, 1 warning spans, 1 log surges, 3 alerts" in printed


def test_chart_as_html_wraps_the_same_svg_with_its_headline(db, tmp_path):
    svg_file, html_file = tmp_path / "c.svg", tmp_path / "c.html"
    assert main(["chart", "g-open", "--db", db, "--out", str(svg_file), "--before", "30", "--after", "10"]) == 0
    assert main(["chart", "g-open", "--db", db, "--out", str(html_file), "--before", "30", "--after", "10"]) == 0
    page = html_file.read_text()
    assert svg_file.read_text() in page and "<p><b>Suspect: deployed payments-api" in page


@pytest.mark.parametrize(("args", "needle"), [
    (["chart", "g-open", "--out", "x.gif"], "--out 'x.gif': expected a file ending in .svg, .html or .png"),
    (["chart", "nope", "--out", "x.svg"], "no alert group 'nope' in the store"),
    (["chart", "g-globex", "--out", "x.svg", "--workspace", "acme"], "no alert group 'g-globex' in the store for "
                                                                     "workspace 'acme'"),
])
def test_chart_refuses_with_one_line(db, tmp_path, capsys, monkeypatch, args, needle):
    monkeypatch.chdir(tmp_path)
    assert main([*args, "--db", db]) == 1
    err = capsys.readouterr().err
    assert err.startswith("signalcraft chart: ") and needle in err and len(err.strip().splitlines()) == 1


def test_serve_without_a_store_is_one_line(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "missing.duckdb")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("signalcraft serve: no DuckDB file at") and "Traceback" not in err


def test_serve_with_a_bad_token_map_never_prints_a_token(db, capsys, monkeypatch):
    monkeypatch.setenv("SIGNALCRAFT_SERVE_TOKENS", '{"hunter2-secret": 42}')
    assert main(["serve", "--db", db, "--port", "0"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("signalcraft serve: ") and "hunter2" not in err and "entry 1" in err
