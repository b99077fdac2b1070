"""`workbench review [PROJECT]`: the local review page."""

from __future__ import annotations

import time
import webbrowser

import typer

from workbench.cli.common import console, info, open_store


def review(
    project: str | None = typer.Argument(None, help="Project to review (default: the most recently updated)."),
    port: int = typer.Option(0, "--port", "-p", min=0, max=65535, help="Port (default: a free one)."),
    no_browser: bool = typer.Option(False, "--no-browser", help="Print the URL, do not open a browser."),
) -> None:
    """Open the review page for a project in your browser (local server on 127.0.0.1, works offline)."""
    from workbench.review.server import ServerThread, open_session

    with open_store() as store:
        session = open_session(store, project)
        name = store.project(session.project_id).name
        server = ServerThread(session, port).start()
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
