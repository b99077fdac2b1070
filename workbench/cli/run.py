"""`workbench run FR_FILE [--english EN_FILE]`: the main job."""

from __future__ import annotations

from pathlib import Path

import typer

from workbench.cli.common import info, settings
from workbench.pipeline import run as run_pipeline


def run(
    fr_file: Path = typer.Argument(..., help="French document (.txt, .docx, .html, .pdf).", dir_okay=False),
    english: Path | None = typer.Option(
        None, "--english", "-e", help="Its English version, if there is one.", dir_okay=False
    ),
    project: str | None = typer.Option(None, "--project", "-p", help="Project name (default: the file name)."),
    out: Path = typer.Option(Path("aligned"), "--out", "-o", help="Folder for the exported files.", file_okay=False),
    embedder: str | None = typer.Option(None, "--embedder", help="Embedding model name or local path."),
    model: str | None = typer.Option(None, "--model", "-m", help="Translation package (default fr-en if installed)."),
) -> None:
    """Segment, draft, align and export one document (and its English version)."""
    result = run_pipeline(
        fr_file,
        english,
        project=project,
        out=out,
        embedder=embedder,
        model=model,
        workspace=settings.workspace,
    )
    info(str(result))


def register(app: typer.Typer) -> None:
    app.command("run")(run)
