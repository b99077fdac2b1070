"""`workbench memory import|list|stats|remove|export`: the workspace translation memory."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import typer
from rich.table import Table

from workbench.cli.common import JSON_HELP, console, emit_json, info, open_store
from workbench.cli.help import Command

memory_app = typer.Typer(
    help=(
        "The workspace translation memory: imported TMX files and the approved rows of every project. "
        "run, translate and batch ask it before any model."
    ),
    no_args_is_help=True,
)


@memory_app.command("import", cls=Command)
def import_cmd(
    file: Path = typer.Argument(..., help="A TMX file (1.4b; any fr/en language codes).", dir_okay=False),
    name: str | None = typer.Option(None, "--name", "-n", help="Name it keeps in the memory (default: file name)."),
    src_lang: str = typer.Option("fr", "--src-lang", help="Source language of the units to take."),
    tgt_lang: str = typer.Option("en", "--tgt-lang", help="Target language of the units to take."),
    replace: bool = typer.Option(False, "--replace", help="Replace a TMX imported earlier under the same name."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Import a TMX file into the memory, streamed: every unit goes in, or (bad file) none does."""
    from workbench.memory import import_tmx

    with open_store() as store:
        result = import_tmx(store, file, name, src_lang=src_lang, tgt_lang=tgt_lang, replace=replace)
    origin = result.origin
    if as_json:
        emit_json(
            {
                "name": origin.name,
                "units": result.units,
                "skipped": result.skipped,
                "src_lang": origin.src_lang,
                "tgt_lang": origin.tgt_lang,
                "languages": result.languages,
                "seconds": round(result.seconds, 3),
            }
        )
        return
    skipped = f"; {result.skipped:,} units without both languages left out" if result.skipped else ""
    info(
        f"Imported {result.units:,} units from {file.name} into the memory as {origin.name!r} "
        f"({origin.src_lang}→{origin.tgt_lang}, {result.units_per_second:,.0f} units/s){skipped}."
    )


@memory_app.command("list", cls=Command)
def list_cmd(as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """List what the memory holds: each imported TMX, and each project with approved rows."""
    with open_store() as store:
        origins = store.memory_origins()
    if as_json:
        emit_json([asdict(o) for o in origins])
        return
    if not origins:
        info(
            "The memory is empty. Import a TMX with: workbench memory import FILE.tmx; "
            "approved rows of your projects join it as you review."
        )
        return
    table = Table("name", "kind", "units", "languages", "added", "file")
    for o in origins:
        table.add_row(
            o.name,
            "project" if o.kind == "project" else "TMX",
            f"{o.units:,}",
            f"{o.src_lang}→{o.tgt_lang}",
            o.created_at,
            o.path or "-",
        )
    console.print(table)


@memory_app.command("stats", cls=Command)
def stats_cmd(as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """Counts: units from TMX files and from projects, distinct source sentences, language pairs."""
    with open_store() as store:
        stats = store.memory_stats()
    if as_json:
        emit_json(asdict(stats))
        return
    table = Table(title="translation memory", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    table.add_row("units", f"{stats.units:,}")
    table.add_row("from TMX files", f"{stats.tmx_units:,}")
    table.add_row("from approved rows", f"{stats.project_units:,}")
    table.add_row("distinct sources", f"{stats.distinct_sources:,}")
    table.add_row("TMX files and projects", str(stats.origins))
    for pair, n in sorted((stats.by_pair or {}).items()):
        table.add_row(f"  {pair}", f"{n:,}")
    console.print(table)


@memory_app.command("remove", cls=Command)
def remove_cmd(name: str = typer.Argument(..., help="Name of an imported TMX (see: workbench memory list).")) -> None:
    """Remove an imported TMX and all its units from the memory."""
    with open_store() as store:
        origin = store.memory_remove(name)
    info(f"Removed {origin.name!r} ({origin.units:,} units) from the memory.")


@memory_app.command("export", cls=Command)
def export_cmd(
    file: Path = typer.Argument(..., help="The TMX file to write.", dir_okay=False),
    name: str | None = typer.Option(None, "--name", "-n", help="Only this TMX or project."),
    src_lang: str = typer.Option("fr-FR", "--src-lang", help="Source language code written in the TMX."),
    tgt_lang: str = typer.Option("en-US", "--tgt-lang", help="Target language code written in the TMX."),
) -> None:
    """Write the memory (or one TMX or project of it) as TMX 1.4b."""
    from workbench.export.memory import export_memory

    with open_store() as store:
        result = export_memory(store, file, name=name, src_lang=src_lang, tgt_lang=tgt_lang)
    info(f"Wrote {result.units:,} units to {result.path}.")


def register(app: typer.Typer) -> None:
    app.add_typer(memory_app, name="memory")
