"""``signalcraft annotations``: changes, warnings and suspect links as Grafana annotations, to a file
or posted to Grafana's HTTP API once each (a re-run adds nothing twice)."""

from __future__ import annotations

import argparse
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime

from signalcraft.copilot.annotations import ID_TAG


def cmd_annotations(args: argparse.Namespace) -> int:
    from signalcraft.copilot.annotations import annotations
    from signalcraft.copilot.store import open_read_only
    from signalcraft.copilot.times import moment

    now = datetime.now(UTC)
    since, until = moment(args.since, now), (moment(args.until, now) if args.until else now)
    con = open_read_only(args.db)
    try:
        found = annotations(con, since, until, workspace=args.workspace)
    finally:
        con.close()
    bodies = [a.as_json(args.dashboard_uid, args.panel_id) for a in found]
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(bodies, f, indent=2, ensure_ascii=False)
        print(f"{len(bodies)} annotations -> {args.out}")
        return 0
    token = os.environ.get(args.token_env or "")
    if not token:
        raise ValueError(f"--token-env {args.token_env!r}: that environment variable is empty or not set "
                         "(a Grafana service account token with annotations:write)")
    grafana = Grafana(args.grafana_url, token)
    added, present = grafana.post_new(bodies, since, until, args.dashboard_uid)
    print(f"{len(bodies)} annotations: {added} added, {present} already in Grafana")
    return 0


class Grafana:
    """The two calls of Grafana's annotations HTTP API this needs: find by tag, create."""

    def __init__(self, url: str, token: str, timeout_s: float = 10.0) -> None:
        self.url, self.timeout_s = url.rstrip("/"), timeout_s
        self._headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                         "Accept": "application/json"}

    def _call(self, method: str, path: str, body: dict | None = None):
        request = urllib.request.Request(self.url + path, method=method, headers=self._headers,
                                         data=None if body is None else json.dumps(body).encode())
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"Grafana {method} {path.split('?')[0]}: HTTP {e.code} {e.reason}") from e
        except (urllib.error.URLError, TimeoutError, OSError) as e:
            raise RuntimeError(f"Grafana at {self.url} could not be reached: {e}") from e

    def existing_ids(self, since: datetime, until: datetime, dashboard_uid: str | None) -> set[str]:
        """The ``sc-id:`` tags of the annotations already there in the window."""
        query = {"tags": "signalcraft", "from": int(since.timestamp() * 1000), "to": int(until.timestamp() * 1000),
                 "limit": 100_000, "type": "annotation"}
        if dashboard_uid:
            query["dashboardUID"] = dashboard_uid
        found = self._call("GET", "/api/annotations?" + urllib.parse.urlencode(query)) or []
        return {t for a in found for t in a.get("tags", []) if t.startswith(ID_TAG)}

    def post_new(self, bodies: list[dict], since: datetime, until: datetime,
                 dashboard_uid: str | None) -> tuple[int, int]:
        """Create the annotations whose ``sc-id:`` tag is not there yet; (added, already there)."""
        there = self.existing_ids(since, until, dashboard_uid)
        added = 0
        for body in bodies:
            ident = next(t for t in body["tags"] if t.startswith(ID_TAG))
            if ident in there:
                continue
            self._call("POST", "/api/annotations", body)
            there.add(ident)
            added += 1
        return added, len(bodies) - added


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "annotations", help="changes, warnings and suspect links as Grafana annotations (a file, or posted once)",
        description="Every change that went live, every early warning (a region) and every suspect link in the "
                    "window, in the shape of Grafana's POST /api/annotations, each tagged sc-id:<id> so a re-run "
                    "posts nothing twice. Write them to --out, or post them with --grafana-url and a token read "
                    "from the environment variable --token-env names.")
    p.add_argument("--db", required=True, help="the DuckDB store (the flow's file or its read copy), read-only")
    p.add_argument("--since", required=True, help="start: 24h, 7d, 30m before now, or ISO 8601 with a zone")
    p.add_argument("--until", help="end (default: now), same forms")
    p.add_argument("--workspace", help="only this workspace's records")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--out", help="write a JSON array of annotations to this file")
    out.add_argument("--grafana-url", help="post to this Grafana (https://grafana.example.com)")
    p.add_argument("--token-env", default="GRAFANA_TOKEN",
                   help="environment variable holding the Grafana service account token (default GRAFANA_TOKEN)")
    p.add_argument("--dashboard-uid", help="attach the annotations to this dashboard (default: organization-wide)")
    p.add_argument("--panel-id", type=int, help="with --dashboard-uid: to this panel")
    p.set_defaults(func=cmd_annotations)


