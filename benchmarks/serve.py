"""Page load of ``signalcraft serve`` on the demo's store: server time per page, p50 and p95.

``signalcraft serve`` runs as a real process (uvicorn) on the store ``signalcraft demo`` leaves
(built when missing) with its incident memory; each path is requested ``--n`` times over
HTTP on 127.0.0.1 after one warm-up request, one at a time, and the time from sending the
request to the last byte of the answer is kept (on the loopback that is the server's time).
Beside it, in the same run, the time of a static file (the app's stylesheet): the floor
the server and the client add to every page.

    python benchmarks/serve.py [--db /tmp/askdemo/demo.duckdb] [--n 40]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from signalcraft.broker import end_process, free_port


def _time(url: str, n: int) -> dict:
    urllib.request.urlopen(url, timeout=60).read()  # warm-up
    took = []
    for _ in range(n):
        t0 = time.perf_counter()
        with urllib.request.urlopen(url, timeout=60) as r:
            r.read()
        took.append((time.perf_counter() - t0) * 1000)
    took.sort()
    return {"n": n, "p50_ms": round(statistics.median(took), 1), "p95_ms": round(took[int(0.95 * (n - 1))], 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/askdemo/demo.duckdb"))
    parser.add_argument("--n", type=int, default=40)
    args = parser.parse_args(argv)
    if not args.db.exists():
        subprocess.run([sys.executable, "-m", "signalcraft", "demo", "--db", str(args.db)], check=True,
                       capture_output=True)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "signalcraft", "serve", "--db", str(args.db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/api/incidents?limit=1", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        listed = json.loads(urllib.request.urlopen(base + "/api/incidents?project=checkout&severity=critical",
                                                   timeout=60).read())["incidents"]
        incident = next(i["id"] for i in listed if i["suspect"])
        paths = {"static file (floor)": "/static/web.css", "incident list": "/incidents",
                 "incident page": f"/incidents/{incident}", "incident JSON": f"/api/incidents/{incident}",
                 "chart SVG": f"/incidents/{incident}/chart.svg"}
        result = {"benchmark": "serve", "store": str(args.db), "incident": incident,
                  "pages": {name: _time(base + path, args.n) for name, path in paths.items()}}
    finally:
        end_process(proc)
    for name, r in result["pages"].items():
        print(f"{name:22} p50 {r['p50_ms']:7.1f} ms   p95 {r['p95_ms']:7.1f} ms", file=sys.stderr)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
