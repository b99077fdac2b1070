"""`workbench segment FILE`: paragraphs and sentences of one document."""

from __future__ import annotations

from pathlib import Path

import typer

from workbench.cli.stages import missing


def segment(
    file: Path = typer.Argument(..., help="Document to segment (.txt, .docx, .html, .pdf).", dir_okay=False),
    lang: str = typer.Option("auto", "--lang", "-l", help="Language: fr, en or auto."),
    fmt: str = typer.Option(
        "lines",
        "--format",
        "-f",
        help="lines: one segment per line, blank line between paragraphs; jsonl: one JSON object per segment.",
    ),
) -> None:
    """Rebuild paragraphs and split them into sentences."""
    raise missing("segmentation", 4)


def register(app: typer.Typer) -> None:
    app.command("segment")(segment)
