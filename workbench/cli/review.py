"""`workbench review [PROJECT]`: the local review page."""

from __future__ import annotations

import time
import webbrowser

import typer

from workbench.cli.common import console, err_console, info, open_store
from workbench.cli.help import Command


def review(
    project: str | None = typer.Argument(
        None, metavar="PROJECT", help="Project to review (default: the most recently updated)."
    ),
    project_option: str | None = typer.Option(
        None, "--project", "-p", help="The same as PROJECT (as -p names the project in every command)."
    ),
    port: int = typer.Option(0, "--port", min=0, max=65535, help="Port (default: a free one)."),
    no_browser: bool = typer.Option(False, "--no-browser", help="Print the URL, do not open a browser."),
    host: str | None = typer.Option(
        None,
        "--host",
        help="Address to listen on (default 127.0.0.1: this computer only). Another address lets other "
        "machines reach the page; anyone with the printed URL can then change the project.",
    ),
) -> None:
    """Open the review page for a project in your browser (local server on 127.0.0.1, works offline)."""
    from workbench.errors import InputError, NotFoundError
    from workbench.review.server import LOOPBACK_NAMES, ServerThread, open_session

    if project is not None and project_option is not None and project != project_option:
        raise typer.BadParameter("give the project once, as PROJECT or with --project", param_hint="--project")
    project = project if project is not None else project_option
    bind = (host or "127.0.0.1").strip()
    exposed = bind not in LOOPBACK_NAMES and not bind.startswith("127.")
    if exposed:
        err_console.print(
            f"workbench: warning: serving on {bind}, not only on this computer: anyone who can reach it "
            "and has the URL (its token) can read and change this project",
            markup=False,
        )
    with open_store() as store:
        extra = ("*",) if bind in ("0.0.0.0", "::") else ((bind.strip("[]"),) if bind not in LOOPBACK_NAMES else ())
        try:
            session = open_session(store, project, extra_hosts=extra)
        except NotFoundError:
            if project_option is not None and project_option.isdigit():
                # `review -p 8765` meant the port before -p named the project here as everywhere.
                raise InputError(
                    f"no project {project_option!r}: -p names the project; for the port write --port {project_option}"
                ) from None
            raise
        name = store.project(session.project_id).name
        server = ServerThread(session, port, host=bind.strip("[]")).start()
        console.print(server.url, markup=False)
        info(f"Reviewing {name}: every action is saved at once. Press Ctrl+C to stop the server.")
        if not no_browser:
            webbrowser.open(server.url)
        try:
            while server.thread.is_alive():
                time.sleep(0.5)
        except KeyboardInterrupt:
            info("Stopping the review server; everything is saved.")
        finally:
            server.stop()


def register(app: typer.Typer) -> None:
    app.command("review", cls=Command)(review)
