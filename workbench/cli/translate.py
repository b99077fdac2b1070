"""`workbench translate FILE|PROJECT`: offline drafts."""

from __future__ import annotations

import typer

from workbench.cli.stages import missing


def translate(
    target: str = typer.Argument(..., help="A document file, or the name of a project to draft."),
    model: str = typer.Option("fr-en", "--model", "-m", help="Installed translation package (from-to codes)."),
    beam: int = typer.Option(4, "--beam", min=1, max=16, help="Beam size."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Sentences per batch."),
) -> None:
    """Draft English for every French segment with an installed offline model."""
    raise missing("translation", 5)


def register(app: typer.Typer) -> None:
    app.command("translate")(translate)
