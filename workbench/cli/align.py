"""`workbench align SRC TGT`: pair source and target segments."""

from __future__ import annotations

from pathlib import Path

import typer

from workbench.cli.stages import missing


def align(
    src: Path = typer.Argument(..., help="Source document.", dir_okay=False),
    tgt: Path = typer.Argument(..., help="Target document.", dir_okay=False),
    src_lang: str = typer.Option("fr", "--src-lang", help="Source language."),
    tgt_lang: str = typer.Option("en", "--tgt-lang", help="Target language."),
    presegmented: bool = typer.Option(False, "--presegmented", help="Inputs hold one segment per line."),
    embedder: str | None = typer.Option(None, "--embedder", "-e", help="Embedding model name or local path."),
    links_out: Path | None = typer.Option(None, "--links-out", "-o", help="Write the links to this file."),
    fmt: str = typer.Option("links", "--format", "-f", help="links, tsv or jsonl."),
) -> None:
    """Align two documents: 1:1, 1:2, 2:1, 1:0, 0:1 links with a confidence each."""
    raise missing("alignment", 6)


def register(app: typer.Typer) -> None:
    app.command("align")(align)
