"""The local review server: a Starlette app over one project, served by uvicorn on 127.0.0.1.

Safety: every /api request needs the per-session token; writes must come from
the page's own origin (Origin, when sent, must match Host) and Host must be a
loopback name, which also stops DNS-rebinding pages. Every error a person can
act on comes back as 4xx JSON `{"error": ...}`, never a 500 with a traceback.
"""

from __future__ import annotations

import errno
import json
import secrets
import socket
import tempfile
import threading
import time
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from workbench import actions
from workbench.errors import ConflictError, InputError, NotFoundError, StageMissingError, StoreError, WorkbenchError
from workbench.export import REGISTRY as FORMATS
from workbench.export import Kind, export_project, format_spec
from workbench.outfiles import zip_folder
from workbench.review.api import ACTIONS, openapi, validate
from workbench.review.rows import build_rows, set_aside
from workbench.store import Store
from workbench.triage import STATUS_LABELS, project_threshold

STATIC = Path(__file__).with_name("static")
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")
MAX_BODY = 2_000_000
EXPORT_ROWS = ("confident", "approved", "all")
"""Which rows an export from the page holds: as `workbench export --status`."""


@dataclass
class ReviewSession:
    store: Store
    project_id: int
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    extra_hosts: tuple[str, ...] = ()
    """Host names accepted besides loopback ones (the test client's "testserver"); "*" accepts any
    (only for `workbench review --host 0.0.0.0`, where the token is the remaining guard)."""


def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


_STATUS_OF: list[tuple[type[WorkbenchError], int]] = [
    (ConflictError, 409),
    (NotFoundError, 404),
    (StageMissingError, 501),
    (StoreError, 503),
    (InputError, 400),
    (WorkbenchError, 400),
]


def _from_exception(exc: WorkbenchError, session: ReviewSession) -> JSONResponse:
    status = next(code for cls, code in _STATUS_OF if isinstance(exc, cls))
    extra: dict[str, Any] = {}
    if status == 409:
        extra["version"] = session.store.project(session.project_id).version
    return _error(status, str(exc), **extra)


def _host_ok(request: Request, session: ReviewSession) -> bool:
    host = request.headers.get("host", "")
    name = urlsplit(f"//{host}").hostname or ""
    if "*" in session.extra_hosts:
        return True
    return name in LOOPBACK_NAMES or name.strip("[]") in LOOPBACK_NAMES or name in session.extra_hosts


def _guard(request: Request, session: ReviewSession, write: bool) -> JSONResponse | None:
    if not _host_ok(request, session):
        return _error(403, "this server only answers requests addressed to 127.0.0.1 or localhost")
    token = request.headers.get("x-workbench-token") or request.query_params.get("token", "")
    if not secrets.compare_digest(token.encode(), session.token.encode()):
        return _error(403, "missing or wrong session token: open the URL that `workbench review` printed")
    if write:
        origin = request.headers.get("origin")
        if origin is not None and urlsplit(origin).netloc != request.headers.get("host", ""):
            return _error(403, "cross-origin writes are refused")
        site = request.headers.get("sec-fetch-site")
        if site is not None and site not in ("same-origin", "none"):
            return _error(403, "cross-origin writes are refused")
    return None


def _state(session: ReviewSession, limit: int | None = None) -> dict[str, Any]:
    store, pid = session.store, session.project_id
    project = store.project(pid)  # read the version first: a write racing this read makes it older, never newer
    can_undo, can_redo = actions.can_undo_redo(store, pid)
    rows = build_rows(store, pid, limit=limit)
    total = len(rows) if limit is None else store.count_links(pid)
    aside = set_aside(store, pid)
    if len(rows) < total:  # the first screenful: only what stands among its rows
        shown = {s["id"] for r in rows for side in ("src", "tgt") for s in r[side]}
        aside = [a for a in aside if a["after"] in shown or a["before"] in shown]
    return {
        "total": total,
        "complete": len(rows) == total,
        "project": {
            "id": project.id,
            "name": project.name,
            "src_lang": project.src_lang,
            "tgt_lang": project.tgt_lang,
            # The page calls a row doubtful below this, as `run` and `export` do.
            "threshold": project_threshold(project),
        },
        "labels": dict(STATUS_LABELS),
        "version": project.version,
        "can_undo": can_undo,
        "can_redo": can_redo,
        "rows": rows,
        "aside": aside,
    }


_GUARDED = ("/api/state", "/api/actions/", "/api/export")
"""Paths that need the session token (and, for a write, the page's own origin)."""


class _Guard:
    """ASGI middleware: `_guard` once for every guarded path, before any handler runs."""

    def __init__(self, app: ASGIApp, session: ReviewSession) -> None:
        self.app = app
        self.session = session

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(_GUARDED):
            request = Request(scope)
            denied = _guard(request, self.session, write=request.method not in ("GET", "HEAD"))
            if denied is not None:
                await denied(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _index(request: Request) -> Response:
    html = (STATIC / "index.html").read_text(encoding="utf-8").replace("<!-- export formats -->", _format_options())
    return Response(
        html,
        media_type="text/html; charset=utf-8",
        headers={
            "Content-Security-Policy": (
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
            ),
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "Cache-Control": "no-store",
        },
    )


def _session(request: Request) -> ReviewSession:
    session: ReviewSession = request.app.state.session
    return session


def _state_route(request: Request) -> Response:
    raw_limit = request.query_params.get("limit")
    limit = None
    if raw_limit is not None:
        if not raw_limit.isdigit() or not 0 < int(raw_limit) <= 1_000_000:
            return _error(400, "limit must be a whole number of rows between 1 and 1000000")
        limit = int(raw_limit)
    return JSONResponse(_state(_session(request), limit))


async def _action_route(request: Request) -> Response:
    name = request.path_params["name"]
    spec = ACTIONS.get(name)
    if spec is None:
        return _error(404, f"no action {name!r} (actions: {', '.join(ACTIONS)})")
    raw = await request.body()
    if len(raw) > MAX_BODY:
        return _error(413, "the request is too large")
    try:
        body = json.loads(raw or b"{}")
    except (ValueError, UnicodeDecodeError):
        return _error(400, "the request body is not valid JSON")
    except RecursionError:  # [[[[...]]]] a million deep: json recurses once per level
        return _error(400, "the request body is nested too deeply")
    return JSONResponse(await run_in_threadpool(_run_action, _session(request), spec, body))


def _export_route(request: Request) -> Response:
    spec = format_spec(request.query_params.get("format", "tmx"))
    rows = request.query_params.get("rows")
    if rows is None:  # the older parameter: unreviewed=1 meant every row
        rows = "all" if request.query_params.get("unreviewed", "0") in ("1", "true", "yes") else "confident"
    if rows not in EXPORT_ROWS:
        return _error(400, f"rows must be one of {', '.join(EXPORT_ROWS)}, not {rows[:20]!r}")
    name, data, media = export_download(_session(request), spec.name, rows)
    return Response(data, media_type=media, headers={"Content-Disposition": _attachment(name)})


def _openapi_route(request: Request) -> Response:
    return JSONResponse(openapi())


async def _workbench_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, WorkbenchError)
    return _from_exception(exc, _session(request))


async def _unexpected(request: Request, exc: Exception) -> Response:
    # The last line of defence: a JSON message, never an HTML traceback page.
    return _error(500, f"internal error ({type(exc).__name__}); reload the page to see what was saved")


def _format_options() -> str:
    """The Export menu's choices, from the one format registry (a new format appears by itself)."""
    return "".join(
        f'<option value="{escape(f.name)}">{escape(f.label or f.name)}</option>' for f in FORMATS.values() if f.on_page
    )


def create_app(session: ReviewSession) -> Starlette:
    """The page, its JSON API behind the session guard, and one JSON error for every failure."""
    routes = [
        Route("/", _index),
        Route("/api/state", _state_route),
        Route("/api/actions/{name}", _action_route, methods=["POST"]),
        Route("/api/export", _export_route),
        Route("/api/openapi.json", _openapi_route),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(_Guard, session=session)],
        exception_handlers={WorkbenchError: _workbench_error, Exception: _unexpected},
    )
    app.state.session = session
    return app


def _run_action(session: ReviewSession, spec: Any, body: Any) -> dict[str, Any]:
    store, pid = session.store, session.project_id
    args, version = validate(spec, body)
    event = spec.run(store, pid, args, version)
    if event is None:
        can_undo, can_redo = actions.can_undo_redo(store, pid)
        return {
            "version": store.project(pid).version,
            "message": "nothing to change",
            "rows": [],
            "deleted": [],
            "can_undo": can_undo,
            "can_redo": can_redo,
        }
    touched = actions.touched_links(store, event)
    rows = build_rows(store, pid, only=touched)
    present = {r["id"] for r in rows}
    can_undo, can_redo = actions.can_undo_redo(store, pid)
    return {
        "version": store.project(pid).version,
        "message": actions.describe(event),
        "rows": rows,
        "deleted": sorted(touched - present),
        "can_undo": can_undo,
        "can_redo": can_redo,
    }


def export_download(session: ReviewSession, fmt: str, rows: str) -> tuple[str, bytes, str]:
    """The export the page asked for, as (file name, bytes, media type): written by the one export
    orchestrator into a temporary folder that is gone before the response is sent. A folder
    format (the OmegaT project) comes as one .zip holding the folder."""
    spec = format_spec(fmt)
    with tempfile.TemporaryDirectory(prefix="workbench-export-") as tmp:
        out = Path(tmp)
        if spec.kind is Kind.FOLDER:
            from workbench.export.omegat.project import folder_name

            name = folder_name(session.store.project(session.project_id).name)
            folder = export_project(session.store, session.project_id, spec.name, out=out / name, status=rows)
            return f"{name}.zip", zip_folder(folder), spec.media_type_for(Path(f"{name}.zip"))
        path = export_project(session.store, session.project_id, spec.name, out=out, status=rows)
        return path.name, path.read_bytes(), spec.media_type_for(path)


def _attachment(filename: str) -> str:
    """A Content-Disposition that names the file, as Starlette's FileResponse writes it."""
    quoted = quote(filename)
    if quoted != filename:
        return f"attachment; filename*=utf-8''{quoted}"
    return f'attachment; filename="{filename}"'


def check_port(host: str, port: int) -> None:
    """InputError when `port` cannot be listened on at `host` (in use, or not ours to take)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        # The same option uvicorn sets, so a port in TIME_WAIT after a restart is not "in use".
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except PermissionError:
            raise InputError(f"port {port} needs administrator rights on this computer: give one above 1023") from None
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise InputError(
                    f"port {port} is already in use on {host} (another review server?): give another --port, "
                    "or leave --port out to get a free one"
                ) from None
            raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerThread:
    """uvicorn in a background thread: for tests, the benchmark, and the CLI's blocking loop."""

    def __init__(self, session: ReviewSession, port: int = 0, host: str = "127.0.0.1") -> None:
        import uvicorn

        self.session = session
        self.host = host
        self.port = port or free_port()
        config = uvicorn.Config(create_app(session), host=host, port=self.port, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        shown = "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host
        shown = f"[{shown}]" if ":" in shown else shown
        return f"http://{shown}:{self.port}/?token={self.session.token}"

    def start(self) -> ServerThread:
        # Asked first, so that a port in use is one clear line, not uvicorn's bind error and then ours.
        check_port(self.host, self.port)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise InputError(f"the review server could not start on {self.host}:{self.port} (port in use?)")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def open_session(store: Store, project: str | int | None = None, extra_hosts: tuple[str, ...] = ()) -> ReviewSession:
    """A session on the named project, or on the most recently updated one."""
    if project is None:
        latest = store.latest_project()
        if latest is None:
            raise NotFoundError(f"no projects yet in {store.path.parent}; start one with: workbench run FILE")
        return ReviewSession(store, latest.id, extra_hosts=extra_hosts)
    return ReviewSession(store, store.project(project).id, extra_hosts=extra_hosts)
