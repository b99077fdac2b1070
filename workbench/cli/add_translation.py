"""`workbench add-translation PROJECT FILE --lang de`: another target aligned to the reviewed source."""

from __future__ import annotations

from pathlib import Path

import typer

from workbench.cli.common import JSON_HELP, console, emit_json, info, open_store
from workbench.cli.help import Command


def add_translation(
    project: str = typer.Argument(
        ..., metavar="PROJECT", help="Project whose (reviewed) source the translation is aligned with."
    ),
    file: Path = typer.Argument(
        ..., metavar="FILE", help="The translation: .txt, .docx, .html or .pdf.", dir_okay=False
    ),
    lang: str = typer.Option(..., "--lang", "-l", help="Language of the translation: en, de, es..."),
    presegmented: bool = typer.Option(False, "--presegmented", help="The file holds one segment per line."),
    embedder: str | None = typer.Option(None, "--embedder", help="Embedding model name or local path."),
    force: bool = typer.Option(False, "--force", help="Accept a file whose language looks wrong for --lang."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Align another translation (a second English version, or another language) with the project's
    source as it is: the source is not segmented again and its reviewed rows stay as they are."""
    from workbench.translations import add_translation as add

    with open_store() as store:
        result = add(store, project, file, lang=lang, embedder=embedder, presegmented=presegmented, force=force)
    if as_json:
        emit_json(result.to_dict())
        return
    console.print(str(result), markup=False)
    info(f"export every language in one TMX with: workbench export {result.project!r} --multilingual")


def register(app: typer.Typer) -> None:
    app.command("add-translation", cls=Command)(add_translation)
