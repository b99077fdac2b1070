"""`workbench glossary import|list|remove|show`: terminology for drafts and review."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from workbench.cli.common import JSON_HELP, console, emit_json, info, open_store
from workbench.cli.help import Command

glossary_app = typer.Typer(
    help="Glossaries: terms the drafts must respect (fixed translations, do-not-translate names).",
    no_args_is_help=True,
)

PROJECT_HELP = "Attach the glossary to this project (default: the whole workspace)."


@glossary_app.command("import", cls=Command)
def import_cmd(
    file: Path = typer.Argument(..., help="A .csv/.tsv file (source, target, options) or a .tbx file."),
    project: str | None = typer.Option(None, "--project", "-p", help=PROJECT_HELP),
    name: str | None = typer.Option(None, "--name", "-n", help="Glossary name (default: the file name)."),
) -> None:
    """Import a glossary; a glossary of the same name in the same place is replaced."""
    from workbench.terms.storage import import_glossary

    with open_store() as store:
        glossary = import_glossary(store, str(file), project=project, name=name)
    dnt = sum(1 for t in glossary.terms if t.dnt)
    where = f"project {project}" if project else "the workspace"
    info(f"Imported glossary {glossary.name!r} into {where}: {len(glossary.terms)} terms ({dnt} do-not-translate).")


@glossary_app.command("list", cls=Command)
def list_cmd(
    project: str | None = typer.Option(None, "--project", "-p", help="Only the workspace's and this project's."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """List glossaries: the workspace's, and each project's."""
    from workbench.terms.storage import list_glossaries

    with open_store() as store:
        rows = list_glossaries(store, project)
    if as_json:
        emit_json([vars(r) for r in rows])
        return
    if not rows:
        info("No glossaries yet. Import one with: workbench glossary import FILE [--project P]")
        return
    table = Table("glossary", "applies to", "terms", "imported from", "imported")
    for r in rows:
        table.add_row(r.name, r.project or "workspace", str(r.terms), r.source_path or "-", r.created_at)
    console.print(table)


@glossary_app.command("show", cls=Command)
def show_cmd(
    name: str = typer.Argument(..., help="Glossary name."),
    project: str | None = typer.Option(None, "--project", "-p", help="The project it belongs to."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Show the terms of one glossary."""
    from workbench.terms.storage import load_glossary

    with open_store() as store:
        glossary = load_glossary(store, name, project)
    if as_json:
        emit_json([vars(t) for t in glossary.terms])
        return
    table = Table("id", "French", "English", "options", "note")
    for t in glossary.terms:
        opts = ", ".join(o for o, on in (("do not translate", t.dnt), ("case-sensitive", t.case_sensitive)) if on)
        table.add_row(t.id, t.source, t.rendering, opts, t.note)
    console.print(table)


@glossary_app.command("remove", cls=Command)
def remove_cmd(
    name: str = typer.Argument(..., help="Glossary name."),
    project: str | None = typer.Option(None, "--project", "-p", help="The project it belongs to."),
) -> None:
    """Remove a glossary."""
    from workbench.terms.storage import remove_glossary

    with open_store() as store:
        n = remove_glossary(store, name, project)
    info(f"Removed glossary {name!r} ({n} terms).")


def register(app: typer.Typer) -> None:
    app.add_typer(glossary_app, name="glossary")
