"""`workbench review [PROJECT]`: the local review page."""

from __future__ import annotations

import time
import webbrowser

import typer

from workbench.cli.common import console, err_console, info, open_store


def review(
    project: str | None = typer.Argument(None, help="Project to review (default: the most recently updated)."),
    port: int = typer.Option(0, "--port", "-p", min=0, max=65535, help="Port (default: a free one)."),
    no_browser: bool = typer.Option(False, "--no-browser", help="Print the URL, do not open a browser."),
    host: str | None = typer.Option(
        None,
        "--host",
        help="Address to listen on (default 127.0.0.1: this computer only). Another address lets other "
        "machines reach the page; anyone with the printed URL can then change the project.",
    ),
) -> None:
    """Open the review page for a project in your browser (local server on 127.0.0.1, works offline)."""
    from workbench.review.server import LOOPBACK_NAMES, ServerThread, open_session

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
        session = open_session(store, project, extra_hosts=extra)
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
    app.command("review")(review)
