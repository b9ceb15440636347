"""A headless Chromium (Debian's ``chromium``) driven over the DevTools protocol, for the page tests.

The browser starts with its own profile and DevTools on a port it picks; a :class:`Page` is one
tab: commands are sent and answered over its WebSocket, and every event that arrives meanwhile
is kept, so a test can read back what the page requested, what it logged and what it threw.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Any

from websockets.sync.client import connect

from signalcraft.broker import end_process


class Browser:
    def __init__(self, profile: Path, width: int = 1280, height: int = 1600) -> None:
        binary = shutil.which("chromium") or shutil.which("chromium-browser")
        if binary is None:
            raise RuntimeError("Debian's chromium is not installed (make system installs it as root)")
        self.proc = subprocess.Popen(
            [binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
             "--disable-background-networking", "--disable-component-update", "--metrics-recording-only",
             f"--user-data-dir={profile}", f"--window-size={width},{height}", "--remote-debugging-port=0",
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.endpoint = self._endpoint()

    def _endpoint(self) -> str:
        deadline = time.monotonic() + 30
        lines = []
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            lines.append(line)
            m = re.search(r"DevTools listening on ws://([^/]+)/", line)
            if m:
                return m.group(1)
            if self.proc.poll() is not None:
                break
        self.close()
        raise RuntimeError("chromium did not start: " + "".join(lines)[-2000:])

    def page(self) -> Page:
        with urllib.request.urlopen(f"http://{self.endpoint}/json/list", timeout=10) as r:
            targets = json.loads(r.read())
        tab = next(t for t in targets if t["type"] == "page")
        return Page(tab["webSocketDebuggerUrl"])

    def close(self) -> None:
        end_process(self.proc)


class Page:
    def __init__(self, ws_url: str) -> None:
        self.ws = connect(ws_url, max_size=64 * 1024 * 1024, open_timeout=10)
        self.ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []
        for domain in ("Page", "Network", "Runtime", "Log"):
            self.send(f"{domain}.enable")

    def send(self, method: str, timeout: float = 30, **params: Any) -> dict[str, Any]:
        ident = next(self.ids)
        self.ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            message = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event: str, timeout: float = 30) -> dict[str, Any]:
        """The first event of that name since the last wait (kept ones first)."""
        for seen in self.events:
            if seen.get("method") == event and not seen.get("_used"):
                seen["_used"] = True
                return seen
        deadline = time.monotonic() + timeout
        while True:
            message = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            self.events.append(message)
            if message.get("method") == event:
                message["_used"] = True
                return message

    def goto(self, url: str) -> None:
        self.send("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:80]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def until(self, expression: str, timeout: float = 10) -> Any:
        """Evaluate until the value is truthy (the page's scripts run meanwhile)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"never true: {expression}")

    def screenshot(self) -> bytes:
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        return base64.b64decode(data)

    def requested(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def problems(self) -> list[str]:
        """Errors the page logged or threw."""
        out = []
        for e in self.events:
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.exceptionThrown":
                out.append(str(params.get("exceptionDetails", {}).get("text")))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                out.append(" ".join(str(a.get("value", a.get("description"))) for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                out.append(params["entry"].get("text", ""))
        return out

    def close(self) -> None:
        self.ws.close()
