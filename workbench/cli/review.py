"""`workbench review [PROJECT]`: the local review page."""

from __future__ import annotations

import typer

from workbench.cli.stages import missing


def review(
    project: str | None = typer.Argument(None, help="Project to review (default: the most recent)."),
    port: int = typer.Option(0, "--port", "-p", help="Port (default: a free one)."),
    no_browser: bool = typer.Option(False, "--no-browser", help="Print the URL, do not open a browser."),
) -> None:
    """Open the review page for a project in your browser (local server, works offline)."""
    raise missing("review", 11)


def register(app: typer.Typer) -> None:
    app.command("review")(review)
