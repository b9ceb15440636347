"""The incident chart's SVG, built without a server: where markers, bars, spans and surges land, the
suspect's colour and words, escaping, and the same bytes for the same data."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

import pytest

from signalcraft.web import chart
from signalcraft.web.chart import CANDIDATE, CHANGE, SUSPECT, Bar, ChangeMark, ChartData, Shade, Surge, svg, x_at

NS = {"s": "http://www.w3.org/2000/svg"}
T0 = datetime(2025, 3, 11, 14, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def data(**kw) -> ChartData:
    base = {"title": "HighErrorRate on payments-api — checkout/production",
            "headline": "Suspect: deployed payments-api v2.14.0 by dpatel, 13 min before the first alert",
            "start": T0, "end": at(90), "opened_at": at(60)}
    return ChartData(**{**base, **kw})


def tree(text: str) -> ET.Element:
    return ET.fromstring(text)  # well-formed XML or this raises


def test_time_maps_linearly_onto_the_plot():
    # the plot runs from x=48 to x=948 (900 px for 90 minutes: 10 px a minute)
    assert [x_at(data(), at(m)) for m in (0, 30, 45, 90)] == [48.0, 348.0, 498.0, 948.0]


def test_change_markers_stand_at_their_times_and_the_suspect_is_red_and_named():
    d = data(changes=(ChangeMark(at(30), "deploy payments-api v2.14.0", "suspect", "deployed v2.14.0 by dpatel"),
                      ChangeMark(at(31), "scale payments-api", "candidate"),
                      ChangeMark(at(75), "rollback payments-api v2.13.2", "change")))
    root = tree(svg(d))
    groups = root.findall(".//s:g[@class='changes']/s:g", NS)
    by_kind = {g.get("class").split()[1]: g for g in groups}
    assert set(by_kind) == {"suspect", "candidate", "change"}
    lines = {k: g.find("s:line", NS) for k, g in by_kind.items()}
    assert {k: float(line.get("x1")) for k, line in lines.items()} == {"suspect": 348.0, "candidate": 358.0,
                                                                      "change": 798.0}
    assert lines["suspect"].get("stroke") == SUSPECT and lines["suspect"].get("stroke-width") == "2.5"
    assert lines["candidate"].get("stroke") == CANDIDATE and lines["candidate"].get("stroke-dasharray")
    assert lines["change"].get("stroke") == CHANGE
    label = by_kind["suspect"].find("s:text", NS)
    assert label.text == "deploy payments-api v2.14.0" and label.get("fill") == SUSPECT
    assert label.get("font-weight") == "bold" and float(label.get("x")) == 351.0  # just right of its line
    assert by_kind["suspect"].find("s:title", NS).text == "deployed v2.14.0 by dpatel"
    headline = root.find(".//s:text[@id='chart-headline']", NS)
    assert headline.text == d.headline and headline.get("fill") == SUSPECT
    # the suspect is drawn last, on top of a change made the same minute
    assert groups[-1].get("class") == "change suspect"


def test_without_a_suspect_the_headline_says_so_in_ink_not_red():
    root = tree(svg(data(headline="No suspect change: none scored high enough")))
    assert root.find(".//s:text[@id='chart-headline']", NS).get("fill") != SUSPECT
    assert root.findall(".//s:g[@class='change suspect']", NS) == []


def test_labels_that_would_collide_take_other_lanes_and_the_rest_are_counted():
    marks = tuple(ChangeMark(at(30 + i / 10), f"deploy service-{i} v1.{i}.0") for i in range(6))
    root = tree(svg(data(changes=marks)))
    labelled = root.findall(".//s:g[@class='change change']/s:text", NS)
    assert len(labelled) == 4  # four lanes
    assert len({t.get("y") for t in labelled}) == 4
    legend = " ".join(t.text for t in root.findall(".//s:g[@class='legend']/s:text", NS))
    assert "+2 unlabelled changes" in legend
    assert len(root.findall(".//s:g[@class='changes']//s:line", NS)) == 6  # every marker is drawn


def test_a_label_near_the_right_edge_is_pulled_left_to_stay_on_the_chart():
    root = tree(svg(data(changes=(ChangeMark(at(89), "rollback payments-api v2.13.2 (requested)"),))))
    text = root.find(".//s:g[@class='changes']//s:text", NS)
    assert float(text.get("x")) + len(text.text) * chart.CHAR_W <= chart.WIDTH - chart.RIGHT


def test_warning_episodes_are_shaded_from_start_to_end_clipped_to_the_window():
    d = data(shades=(Shade(at(10), at(40), "early warning", "14:10 HighErrorVelocity"),
                     Shade(at(80), at(200), "early warnings (2)")))
    rects = tree(svg(d)).findall(".//s:g[@class='warnings']/s:rect", NS)
    assert [(float(r.get("x")), float(r.get("width"))) for r in rects] == [(148.0, 300.0), (848.0, 100.0)]
    assert float(rects[0].get("height")) == chart.PLOT_H
    assert rects[0].find("s:title", NS).text == "14:10 HighErrorVelocity"


def test_alerts_stack_per_minute_and_the_scale_fits_the_busiest_minute():
    d = data(bars=(Bar("payments-api", at(61), 2, 1), Bar("cart-service", at(61), 1), Bar("cart-service", at(62), 1)))
    rects = tree(svg(d)).findall(".//s:rect[@class='bar']", NS)
    assert len(rects) == 3
    heights = [float(r.get("height")) for r in rects]
    per_alert = chart.PLOT_H / 3  # the busiest minute has 3 alerts
    assert heights == pytest.approx([per_alert, 2 * per_alert, per_alert], abs=0.1)
    first_minute = [r for r in rects if float(r.get("x")) == 658.0]
    assert len(first_minute) == 2  # both services in minute 61, one on the other
    top = min(float(r.get("y")) for r in first_minute)
    assert top == pytest.approx(chart.PLOT_TOP, abs=0.1)
    assert {r.get("fill") for r in first_minute} == set(chart.PALETTE[:2])


def test_log_surges_are_triangles_under_the_axis_at_their_minute():
    root = tree(svg(data(surges=(Surge(at(55), "new payments-api", "HikariPool timeout"),))))
    surge = root.find(".//s:g[@class='surge']", NS)
    assert surge.find("s:path", NS).get("d").startswith("M598.0 ")
    assert surge.find("s:text", NS).text == "new payments-api"
    assert surge.find("s:title", NS).text == "HikariPool timeout"


def test_marks_outside_the_window_are_left_out():
    d = data(changes=(ChangeMark(at(-5), "too early"),), surges=(Surge(at(95), "too late"),),
             bars=(Bar("x", at(-1), 3),))
    text = svg(d)
    assert "too early" not in text and "too late" not in text and 'class="bar"' not in text


def test_every_text_is_escaped():
    hostile = '<script>alert("x")</script> & \'quoted\''
    d = data(title=hostile, headline="Suspect: " + hostile,
             changes=(ChangeMark(at(30), hostile, "suspect", hostile),), shades=(Shade(at(1), at(2), hostile),),
             surges=(Surge(at(3), hostile, hostile),), bars=(Bar(hostile, at(4), 1),))
    text = svg(d)
    assert "<script" not in text and "&lt;script&gt;" in text
    root = tree(text)  # still one well-formed document
    assert root.find(".//s:text[@id='chart-title']", NS).text == hostile


def test_the_same_data_gives_the_same_bytes_whatever_its_order():
    marks = (ChangeMark(at(30), "a", "suspect"), ChangeMark(at(20), "b"), ChangeMark(at(50), "c", "candidate"))
    bars = (Bar("s1", at(61), 1), Bar("s2", at(61), 2), Bar("s1", at(70), 1))
    one = svg(data(changes=marks, bars=bars))
    assert one == svg(data(changes=marks[::-1], bars=bars[::-1]))
    assert one.startswith('<svg xmlns="http://www.w3.org/2000/svg"') and one.endswith("</svg>\n")


def test_the_json_of_the_chart_spells_times_in_iso_8601():
    j = data(changes=(ChangeMark(at(30), "a", "suspect"),)).as_json()
    assert j["changes"] == [{"at": "2025-03-11T14:30:00+00:00", "label": "a", "kind": "suspect", "detail": ""}]
    assert j["start"] == "2025-03-11T14:00:00+00:00" and j["opened_at"] == "2025-03-11T15:00:00+00:00"
