"""``signalcraft serve`` as a real process (uvicorn) on the store the demo leaves: the list and the
incident page over HTTP, the chart with the suspect marker and its label, similar incidents from the
demo's incident memory, and an ask through the JSON API."""

from __future__ import annotations

import json
import time
import urllib.request
import xml.etree.ElementTree as ET

NS = {"s": "http://www.w3.org/2000/svg"}


def get(url: str) -> tuple[int, str, str]:
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.status, r.headers["content-type"], r.read().decode()


def test_the_list_and_the_incident_page_show_the_suspect_deploy_on_the_chart(server):
    status, kind, page = get(server + "/incidents?project=checkout")
    assert status == 200 and kind.startswith("text/html") and "payments-api v2.14.0" in page
    listed = json.loads(get(server + "/api/incidents?project=checkout&severity=critical")[2])["incidents"]
    suspected = [i for i in listed if i["suspect"] and "v2.14.0" in i["suspect"]["summary"]]
    assert suspected, listed
    incident = suspected[0]
    assert "by dpatel" in incident["suspect"]["text"]

    started = time.monotonic()
    status, kind, page = get(f"{server}/incidents/{incident['id']}")
    took = time.monotonic() - started
    assert status == 200 and took < 10
    root = ET.fromstring(page[page.index("<svg"):page.index("</svg>") + 6])
    suspect = root.find(".//s:g[@class='change suspect']", NS)
    assert suspect is not None
    assert suspect.find("s:text", NS).text == "deploy payments-api v2.14.0"
    assert suspect.find("s:line", NS).get("stroke") == "#c62828"
    headline = root.find(".//s:text[@id='chart-headline']", NS).text
    assert headline.startswith("Suspect: deployed payments-api v2.14.0") and "by dpatel" in headline
    assert root.findall(".//s:rect[@class='bar']", NS) and root.findall(".//s:rect[@class='warning']", NS)
    assert "Similar past incidents" in page and "<b>fix:</b>" in page  # the demo's memory answers
    status, kind, js = get(server + "/static/ask.js")
    assert status == 200 and "/api/ask" in js


def test_ask_round_trips_through_the_json_api(server):
    body = json.dumps({"question": "deploys of payments-api in the last 2 hours",
                       "now": "2025-03-11T15:00:00Z"}).encode()
    request = urllib.request.Request(server + "/api/ask", data=body, headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as r:
        answer = json.loads(r.read())
    assert answer["sql"].startswith("SELECT") and answer["rows"]
    services = {row[answer["columns"].index("service")] for row in answer["rows"]}
    assert services == {"payments-api"}
