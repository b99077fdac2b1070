"""`workbench export PROJECT` and `workbench import FILE`."""

from __future__ import annotations

from pathlib import Path

import typer

from workbench.cli.common import JSON_HELP, console, emit_json, info, open_store
from workbench.cli.help import Command
from workbench.export.formats import formats_help
from workbench.triage import STATUS_HELP, status_label

FORMAT_HELP = formats_help()


def export(
    project: str = typer.Argument(..., metavar="PROJECT", help="Project to export."),
    fmt: str = typer.Option("tmx", "--format", "-f", help=FORMAT_HELP),
    out: Path | None = typer.Option(
        None,
        "--out",
        "-o",
        help="Output file or folder (default: aligned/PROJECT.EXT; document: PROJECT.en.EXT; "
        "omegat-project: the project folder, aligned/PROJECT-omegat/).",
    ),
    status: str = typer.Option("confident", "--status", help=STATUS_HELP),
    src_lang: str = typer.Option("fr-FR", "--src-lang", help="Source language code written in the file."),
    tgt_lang: str | None = typer.Option(
        None, "--tgt-lang", help="Target language code written in the file (default en-US, or the --target's)."
    ),
    threshold: float | None = typer.Option(
        None,
        "--threshold",
        min=0.0,
        max=1.0,
        help="With --status confident (or approved): proposed links scoring at least this (0-1) go out too. "
        "Default: the project's threshold, the one `run --threshold` was given (0.5 unless set).",
    ),
    min_confidence: float | None = typer.Option(
        None, "--min-confidence", min=0.0, max=1.0, hidden=True, help="The old name of --threshold."
    ),
    multilingual: bool | None = typer.Option(
        None,
        "--multilingual/--pair",
        help="One TMX with a tuv per language (the default for TMX when the project has several targets).",
    ),
    target: str | None = typer.Option(
        None, "--target", "-t", help="Export the pair with this target: its language (de) or document id."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Export a project: a TMX 1.4b translation memory, or TSV, XLSX, XLIFF 1.2, our segmentation rules
    (SRX, OmegaT), a ready OmegaT project, the English document, or a bilingual table for a reviser.

    By default the same links `run` wrote: the approved and edited ones, and the proposed ones
    scoring at least the project's threshold.
    """
    from workbench.export import ExportOptionError, export_project_report

    if threshold is not None and min_confidence is not None and threshold != min_confidence:
        raise typer.BadParameter("give --threshold once (--min-confidence is its old name)", param_hint="--threshold")
    with open_store() as store:
        try:
            result = export_project_report(
                store,
                store.project(project).id,
                fmt,
                out,
                status=status,
                src_lang=src_lang,
                tgt_lang=tgt_lang,
                min_confidence=threshold if threshold is not None else min_confidence,
                target=target,
                multilingual=multilingual,
            )
        except ExportOptionError as exc:
            raise typer.BadParameter(str(exc), param_hint=exc.param_hint) from None
    if as_json:
        emit_json(
            {
                "path": str(result.path),
                "format": fmt,
                "units": result.units,
                "by_status": result.by_status,
                "threshold": result.threshold,
                "skipped_unaligned": result.skipped_unaligned,
                "skipped_empty": result.skipped_empty,
                "cleaned_characters": result.cleaned_characters,
            }
        )
        return
    origin = result.describe_units()
    console.print(f"wrote {result.path} ({result.units} {result.noun}{': ' + origin if origin else ''})", markup=False)
    if result.skipped_unaligned:
        info(f"left out {result.skipped_unaligned} unaligned segments (1:0 / 0:1 links are not pairs)")
    if result.skipped_empty:
        info(f"left out {result.skipped_empty} links with an empty side")
    for note in result.notes:
        info(note)
    if fmt == "omegat-project":
        info(f"open it in OmegaT (Project > Open: {result.path}); exact matches are filled in from tm/auto/")


def import_(
    file: Path = typer.Argument(..., metavar="FILE", help="A .tmx or .tsv translation memory.", dir_okay=False),
    project: str | None = typer.Option(None, "--project", "-p", help="Name of the new project."),
    src_lang: str | None = typer.Option(None, "--src-lang", help="Source language in the file (default: srclang)."),
    tgt_lang: str | None = typer.Option(None, "--tgt-lang", help="Target language in the file (default: the other)."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Create a project from an existing TMX or TSV so it can be reviewed and re-exported."""
    from workbench.export import import_file

    with open_store() as store:
        proj = import_file(store, file, project, src_lang=src_lang, tgt_lang=tgt_lang)
        stats = store.project_stats(proj.id)
    if as_json:
        emit_json({"project": proj.name, "src_lang": proj.src_lang, "tgt_lang": proj.tgt_lang, **stats})
        return
    by_status = ", ".join(f"{status_label(k)} {v}" for k, v in sorted(stats["links_by_status"].items()))
    console.print(f"imported {file.name} as project {proj.name}: {stats['links']} pairs ({by_status})", markup=False)
    info(f"review it with: workbench review {proj.name!r}")


def register(app: typer.Typer) -> None:
    app.command("export", cls=Command)(export)
    app.command("import", cls=Command)(import_)
