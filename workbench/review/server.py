"""The local review server: a Starlette app over one project, served by uvicorn on 127.0.0.1.

Safety: every /api request needs the per-session token; writes must come from
the page's own origin (Origin, when sent, must match Host) and Host must be a
loopback name, which also stops DNS-rebinding pages. Every error a person can
act on comes back as 4xx JSON `{"error": ...}`, never a 500 with a traceback.
"""

from __future__ import annotations

import errno
import importlib
import json
import mimetypes
import secrets
import socket
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from workbench import actions
from workbench.errors import ConflictError, InputError, NotFoundError, StageMissingError, StoreError, WorkbenchError
from workbench.review.api import ACTIONS, openapi, validate
from workbench.review.rows import build_rows, set_aside
from workbench.store import Store
from workbench.triage import STATUS_LABELS, project_threshold

STATIC = Path(__file__).with_name("static")
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")
MAX_BODY = 2_000_000
EXPORT_FORMATS = (
    *("tmx", "tsv", "xlsx", "xliff", "srx", "document", "bilingual-html", "bilingual-docx"),
    "omegat-project",  # a folder, sent as a .zip
)
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


def create_app(session: ReviewSession) -> Starlette:
    def index(request: Request) -> Response:
        html = (STATIC / "index.html").read_text(encoding="utf-8")
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

    def state(request: Request) -> Response:
        denied = _guard(request, session, write=False)
        if denied:
            return denied
        raw_limit = request.query_params.get("limit")
        limit = None
        if raw_limit is not None:
            if not raw_limit.isdigit() or not 0 < int(raw_limit) <= 1_000_000:
                return _error(400, "limit must be a whole number of rows between 1 and 1000000")
            limit = int(raw_limit)
        try:
            return JSONResponse(_state(session, limit))
        except WorkbenchError as exc:
            return _from_exception(exc, session)

    async def action(request: Request) -> Response:
        denied = _guard(request, session, write=True)
        if denied:
            return denied
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
        from starlette.concurrency import run_in_threadpool

        try:
            return JSONResponse(await run_in_threadpool(_run_action, session, spec, body))
        except WorkbenchError as exc:
            return _from_exception(exc, session)

    def export(request: Request) -> Response:
        denied = _guard(request, session, write=False)
        if denied:
            return denied
        fmt = request.query_params.get("format", "tmx")
        if fmt not in EXPORT_FORMATS:
            return _error(400, f"unknown export format {fmt[:20]!r} (one of: {', '.join(EXPORT_FORMATS)})")
        rows = request.query_params.get("rows")
        if rows is None:  # the older parameter: unreviewed=1 meant every row
            rows = "all" if request.query_params.get("unreviewed", "0") in ("1", "true", "yes") else "confident"
        if rows not in EXPORT_ROWS:
            return _error(400, f"rows must be one of {', '.join(EXPORT_ROWS)}, not {rows[:20]!r}")
        try:
            path, media = _export(session, fmt, rows)
        except WorkbenchError as exc:
            return _from_exception(exc, session)
        return FileResponse(path, media_type=media, filename=path.name)

    def spec(request: Request) -> Response:
        return JSONResponse(openapi())

    routes = [
        Route("/", index),
        Route("/api/state", state),
        Route("/api/actions/{name}", action, methods=["POST"]),
        Route("/api/export", export),
        Route("/api/openapi.json", spec),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]

    async def unexpected(request: Request, exc: Exception) -> Response:
        # The last line of defence: a JSON message, never an HTML traceback page.
        return _error(500, f"internal error ({type(exc).__name__}); reload the page to see what was saved")

    app = Starlette(routes=routes, exception_handlers={Exception: unexpected})
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


_MEDIA = {
    "tmx": "application/x-tmx+xml",
    "tsv": "text/tab-separated-values",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xliff": "application/xliff+xml",
    "srx": "application/xml",
}


def _export(session: ReviewSession, fmt: str, rows: str) -> tuple[Path, str]:
    """Run the export stage into a temporary folder; a clear 501 when the stage is not installed."""
    # Imported lazily by name: the export stage is built separately and may not be installed.
    try:
        export_project = getattr(importlib.import_module("workbench.export"), "export_project", None)
    except ImportError:
        export_project = None
    if export_project is None:
        raise StageMissingError("exporting is not available in this version of workbench yet")
    statuses = rows
    out = Path(tempfile.mkdtemp(prefix="workbench-export-"))
    if fmt == "omegat-project":
        # A folder: written under the project's name, then sent as one .zip holding that folder.
        from workbench.export.base import zip_folder
        from workbench.export.omegat.project import folder_name

        name = folder_name(session.store.project(session.project_id).name)
        folder = Path(export_project(session.store, session.project_id, fmt, out=out / name, status=statuses))
        return zip_folder(folder, out / f"{name}.zip"), "application/zip"
    result = export_project(session.store, session.project_id, fmt, out=out, status=statuses)
    path = Path(result) if isinstance(result, str | Path) else None
    if path is None or not path.is_file():
        files = sorted(p for p in out.rglob("*") if p.is_file())
        if not files:
            raise StageMissingError(f"the export stage wrote no {fmt} file")
        path = files[0]
    guessed = mimetypes.guess_type(path.name)[0]
    return path, _MEDIA.get(fmt) or guessed or "application/octet-stream"


def export_available() -> bool:
    """Whether the export stage (`workbench.export.export_project`) is installed."""
    try:
        return hasattr(importlib.import_module("workbench.export"), "export_project")
    except ImportError:
        return False


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
