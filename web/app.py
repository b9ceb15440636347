"""``signalcraft serve``: the incident list and page, and their JSON API, read-only (Starlette).

Routes (every one a read; there is no write endpoint):

- ``GET /incidents`` and ``GET /api/incidents``: the list (filters as query parameters);
- ``GET /incidents/{id}`` and ``GET /api/incidents/{id}``: one incident; ``GET
  /incidents/{id}/chart.svg``: its chart alone;
- ``POST /api/ask`` (JSON ``{question, now?}``) and ``POST /ask`` (the ask box's form,
  answered as a page when JavaScript is off);
- ``POST /slack/ask``: Slack's slash command, only when a Slack signing secret is set
  (:mod:`signalcraft.web.slack`). Slack's signature authenticates it, so it is the one path
  the bearer tokens do not guard.

Handlers are thin: parse, authorise (the workspace comes from the bearer token when
tokens are set), call :mod:`signalcraft.web.api`, render. Errors are one short line, in
JSON under ``/api`` and as a page elsewhere; an unexpected one is logged here with its
traceback and answered with a plain 500 that names no path.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from signalcraft.config import AskSettings, CopilotSettings, ServeSettings
from signalcraft.web import api, pages, slack
from signalcraft.web.chart import svg
from signalcraft.web.store import ReadStore

__all__ = ["create_app"]

log = logging.getLogger(__name__)

STATIC = Path(__file__).with_name("static")
MAX_BODY = 16_384
WORKSPACE = "signalcraft.workspace"
SLACK_PATH = "/slack/ask"
HEADERS = {
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}
"""On every response: nothing is loaded from elsewhere, nothing frames the pages."""


def create_app(store: ReadStore, settings: ServeSettings | None = None,
               clock: Callable[[], datetime] | None = None) -> Starlette:
    """The app over ``store``; ``settings`` bring the tokens, the allowed hosts, the chart window and Slack.
    ``clock`` (UTC now by default) dates Slack's questions and checks their timestamps."""
    settings = settings or ServeSettings()
    routes = Routes(store, settings, clock or (lambda: datetime.now(UTC)))
    slack_routes = [Route(SLACK_PATH, routes.slack_ask, methods=["POST"])] if settings.slack_enabled else []
    if settings.slack_enabled:
        log.info("Slack slash commands answered on POST %s (%d Slack team(s) mapped to workspaces)", SLACK_PATH,
                 len(settings.slack_workspaces))
    app = Starlette(
        routes=[*slack_routes,
            Route("/", lambda request: RedirectResponse("/incidents", 303)),
            Route("/favicon.ico", lambda request: FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")),
            Route("/incidents", routes.incidents_page),
            Route("/incidents/{group_id}", routes.incident_page),
            Route("/incidents/{group_id}/chart.svg", routes.chart_svg),
            Route("/ask", routes.ask_page, methods=["POST"]),
            Route("/api/incidents", routes.incidents_json),
            Route("/api/incidents/{group_id}", routes.incident_json),
            Route("/api/ask", routes.ask_json, methods=["POST"]),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ],
        middleware=[Middleware(SecurityHeaders), Middleware(TrustedHostMiddleware, allowed_hosts=settings.hosts()),
                    Middleware(BearerAuth, settings=settings)],
    )
    return app


class Routes:
    """The handlers, each: the reader's workspace, one call of :mod:`.api`, one rendering."""

    def __init__(self, store: ReadStore, settings: ServeSettings, clock: Callable[[], datetime]) -> None:
        self.store, self.settings, self.clock = store, settings, clock
        self.ask_settings, self.copilot = AskSettings(), CopilotSettings()  # read once, not per request

    async def incidents_json(self, request: Request) -> Response:
        return await answer(request, lambda ws: api.incidents(self.store, ws, request.query_params), JSONResponse)

    async def incidents_page(self, request: Request) -> Response:
        return await answer(request, lambda ws: api.incidents(self.store, ws, request.query_params),
                            lambda payload: HTMLResponse(pages.incidents_page(payload)))

    def _incident(self, workspace: str | None, group_id: str) -> api.IncidentView:
        return api.incident(self.store, workspace, group_id, self.settings, self.copilot)

    async def incident_json(self, request: Request) -> Response:
        gid = request.path_params["group_id"]
        return await answer(request, lambda ws: self._incident(ws, gid).as_json(), JSONResponse)

    async def incident_page(self, request: Request) -> Response:
        gid = request.path_params["group_id"]

        def render(view: api.IncidentView) -> Response:
            now = view.chart.end.astimezone(UTC) - timedelta(minutes=1)
            return HTMLResponse(pages.incident_page(view.as_json(), svg(view.chart), now.strftime("%Y-%m-%dT%H:%MZ")))

        return await answer(request, lambda ws: self._incident(ws, gid), render)

    async def chart_svg(self, request: Request) -> Response:
        gid = request.path_params["group_id"]
        return await answer(request, lambda ws: api.chart(self.store, ws, gid, self.settings),
                            lambda data: Response(svg(data), media_type="image/svg+xml"))

    async def ask_json(self, request: Request) -> Response:
        body = await _json_body(request)
        return await answer(request, lambda ws: api.ask(self.store, ws, body, self.ask_settings), JSONResponse)

    async def ask_page(self, request: Request) -> Response:
        form = await _form_body(request)
        question, now = form.get("question", ""), form.get("now", "")
        try:
            payload = await run_in_threadpool(api.ask, self.store, request.scope[WORKSPACE],
                                              {"question": question, "now": now}, self.ask_settings)
        except api.ApiError as err:
            return HTMLResponse(pages.answer_page(None, err.as_json(), question, now), err.status)
        except Exception:
            log.exception("POST /ask failed")
            return HTMLResponse(pages.error_page(500, "internal error: the question could not be answered"), 500)
        return HTMLResponse(pages.answer_page(payload, None, question, now))

    async def slack_ask(self, request: Request) -> Response:
        """Slack's slash command: the signature checked first, the workspace from the Slack team."""
        return await slack.respond(await _body(request), request.headers, self.store, self.settings, self.clock,
                                   self.ask_settings)


async def answer(request: Request, compute: Callable[[str | None], Any], render: Callable[[Any], Response]) -> Response:
    """``render(compute(workspace))`` off the event loop; an error as one short line (JSON under /api)."""
    as_json = request.url.path.startswith("/api/")
    try:
        return render(await run_in_threadpool(compute, request.scope[WORKSPACE]))
    except api.ApiError as err:
        return error(as_json, err.status, err.as_json())
    except Exception:
        log.exception("%s %s failed", request.method, request.url.path)
        return error(as_json, 500, {"error": "internal error: the request could not be answered (see the server "
                                             "log)"})


def error(as_json: bool, status: int, body: dict[str, Any]) -> Response:
    if as_json:
        return JSONResponse(body, status)
    return HTMLResponse(pages.error_page(status, body["error"]), status)


async def _json_body(request: Request) -> dict[str, Any]:
    raw = await _body(request)
    try:
        body = json.loads(raw or b"{}")
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = None
    return body if isinstance(body, dict) else {"question": None}


async def _form_body(request: Request) -> dict[str, str]:
    """An ``application/x-www-form-urlencoded`` body (the ask box posts nothing else)."""
    raw = (await _body(request)).decode("utf-8", "replace")
    return {k: v[0] for k, v in parse_qs(raw, max_num_fields=10).items()}


async def _body(request: Request) -> bytes:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            return b""
        chunks.append(chunk)
    return b"".join(chunks)


class BearerAuth:
    """With tokens set, a request without a known ``Authorization: Bearer`` token gets 401 and reaches
    nothing; a known one carries its workspace to the handlers. Without tokens every workspace is read.

    The one exception is ``POST /slack/ask`` when Slack is on: Slack cannot send a bearer token, so that
    exact path (no other, no other method) goes on without one and without a workspace; its handler
    checks Slack's signature and takes the workspace from the Slack team."""

    def __init__(self, app: Any, settings: ServeSettings) -> None:
        self.app, self.settings = app, settings

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.settings.slack_enabled and scope["method"] == "POST" and _route_path(scope) == SLACK_PATH:
            # no workspace in the scope: the Slack handler takes it from the Slack team, never from here
            await self.app(scope, receive, send)
            return
        workspace = None
        if self.settings.requires_token:
            scheme, _, token = Headers(scope=scope).get("authorization", "").partition(" ")
            workspace = self.settings.workspace_for(token.strip()) if scheme.lower() == "bearer" else None
            if workspace is None:
                body = {"error": "unauthorised: send Authorization: Bearer <token>"}
                response = error(scope["path"].startswith("/api/"), 401, body)
                response.headers["www-authenticate"] = 'Bearer realm="signalcraft"'
                await response(scope, receive, send)
                return
        scope[WORKSPACE] = workspace
        await self.app(scope, receive, send)


def _route_path(scope: dict[str, Any]) -> str:
    """The path the router matches (without a ``root_path`` prefix, as Starlette's router reads it)."""
    path, root = scope["path"], scope.get("root_path", "")
    return path[len(root):] if root and path.startswith(root) else path


class SecurityHeaders:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in HEADERS.items() if k.encode() not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)
