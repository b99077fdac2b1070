"""`workbench export PROJECT` and `workbench import FILE`."""

from __future__ import annotations

from pathlib import Path

import typer

from workbench.cli.stages import missing


def export(
    project: str = typer.Argument(..., help="Project to export."),
    fmt: str = typer.Option("tmx", "--format", "-f", help="tmx, tsv, xlsx, xliff or srx."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Output file (default: aligned/PROJECT.EXT)."),
    status: str = typer.Option("approved", "--status", help="approved: reviewed links only; all: every link."),
    src_lang: str = typer.Option("fr-FR", "--src-lang", help="Source language code written in the file."),
    tgt_lang: str = typer.Option("en-GB", "--tgt-lang", help="Target language code written in the file."),
) -> None:
    """Export a project's links as TMX 1.4b (or TSV, XLSX, XLIFF 1.2, SRX rules)."""
    raise missing("export", 7)


def import_(
    file: Path = typer.Argument(..., help="A .tmx or .tsv translation memory.", dir_okay=False),
    project: str | None = typer.Option(None, "--project", "-p", help="Name of the new project."),
) -> None:
    """Create a project from an existing TMX or TSV so it can be reviewed and re-exported."""
    raise missing("import", 7)


def register(app: typer.Typer) -> None:
    app.command("export")(export)
    app.command("import")(import_)
