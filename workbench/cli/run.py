"""`workbench run FR_FILE [--english EN_FILE]` (the main job) and `workbench batch SRC_DIR` (a corpus)."""

from __future__ import annotations

import shlex
from pathlib import Path

import typer
from rich.table import Table

from workbench.cli.common import JSON_HELP, console, emit_json, info, settings
from workbench.cli.help import Command
from workbench.cli.progress import stage_progress
from workbench.memory.model import DEFAULT_FUZZY_THRESHOLD
from workbench.pipeline import describe_drafts, describe_set_aside
from workbench.pipeline import run as run_pipeline
from workbench.store import default_workspace

THRESHOLD_HELP = (
    "Confidence (0-1) from which a proposed link counts as confident and goes into the TMX before review; "
    "below it a link is doubtful. Kept with the project (review and export use it). Default: the "
    "project's, 0.5 for a new one."
)
FORCE_HELP = "Accept a French document that looks English (or an English one that looks French)."
FUZZY_HELP = "Memory matches scoring at least this (percent) are shown beside the model's draft in review."
NO_MEMORY_HELP = "Do not ask the workspace translation memory (every draft from the model)."


def run(
    fr_file: Path = typer.Argument(
        ..., metavar="FR_FILE", help="French document (.txt, .docx, .html, .pdf).", dir_okay=False
    ),
    english: Path | None = typer.Option(
        None, "--english", "-e", metavar="EN_FILE", help="Its English version, if there is one.", dir_okay=False
    ),
    project: str | None = typer.Option(None, "--project", "-p", help="Project name (default: the file name)."),
    out: Path = typer.Option(Path("aligned"), "--out", "-o", help="Folder for the exported files.", file_okay=False),
    embedder: str | None = typer.Option(None, "--embedder", help="Embedding model name or local path."),
    model: str | None = typer.Option(None, "--model", "-m", help="Translation package (default: fr-en if installed)."),
    threshold: float | None = typer.Option(None, "--threshold", min=0.0, max=1.0, help=THRESHOLD_HELP),
    no_translate: bool = typer.Option(False, "--no-translate", help="Do not draft, even when a model is installed."),
    fuzzy: int = typer.Option(DEFAULT_FUZZY_THRESHOLD, "--fuzzy-threshold", min=50, max=100, help=FUZZY_HELP),
    no_memory: bool = typer.Option(False, "--no-memory", help=NO_MEMORY_HELP),
    force: bool = typer.Option(False, "--force", help=FORCE_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Segment, draft, align, store and export one document (and its English version).

    Drafts come from the workspace translation memory first (earlier approved work, imported
    TMX files), then from the model, which is loaded only if some segment needs it.
    Running it again on the same files reuses the project and every cached draft and
    embedding; review work already done is kept.
    """
    with stage_progress() as progress:
        result = run_pipeline(
            fr_file,
            english,
            project=project,
            out=out,
            embedder=embedder,
            model=model,
            threshold=threshold,
            translate=not no_translate,
            workspace=settings.workspace,
            progress=progress,
            fuzzy_threshold=fuzzy,
            memory=not no_memory,
            force=force,
        )
    if as_json:
        emit_json(result.to_dict())
        return
    table = Table(title=f"workbench run: project {result.project.name}", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    table.add_row("French segments", str(result.source_segments))
    target_label = {"document": "English segments", "drafts": "English drafts"}.get(result.target_kind, "English")
    table.add_row(target_label, str(result.target_segments) if result.target_kind != "none" else "none given")
    if result.drafted or result.fuzzy_suggestions:
        table.add_row("drafts", describe_drafts(result))
    if result.from_memory:
        origins = ", ".join(f"{name} ({n})" for name, n in sorted(result.memory_origins.items(), key=lambda kv: -kv[1]))
        table.add_row("from memory", origins)
    if result.from_model:
        table.add_row("drafted with", f"{result.model} ({result.from_model} segments)")
    if result.embedder:
        table.add_row("aligned with", result.embedder)
    if result.links_by_kind:
        kinds = ", ".join(f"{k}: {n}" for k, n in sorted(result.links_by_kind.items(), key=lambda kv: -kv[1]))
        table.add_row("links", kinds)
        table.add_row("confident", f"{result.confident} (approved, or scoring at least {result.threshold:g})")
        table.add_row("doubtful", f"{result.doubtful} (below {result.threshold:g}, or unaligned)")
        if result.marked:
            table.add_row("needs review", f"{result.marked} (marked so: drafts to post-edit)")
    if result.set_aside:
        table.add_row("set aside", f"{describe_set_aside(result.set_aside)} (not aligned; see workbench inspect)")
    for path in result.exports:
        table.add_row("TMX", str(path))
    console.print(table)
    for note in result.notes:
        info(f"note: {note}")
    workspace = f" --workspace {shlex.quote(str(settings.workspace))}" if settings.workspace else ""
    if result.links_by_kind:
        info(f"review it: workbench{workspace} review {shlex.quote(result.project.name)}")


def batch(
    src_dir: Path = typer.Argument(
        ..., metavar="FR_DIR", help="Folder of French documents (or of both languages).", file_okay=False
    ),
    tgt_dir: Path | None = typer.Argument(
        None, metavar="EN_DIR", help="Folder of English documents, paired by name.", file_okay=False
    ),
    pairs: Path | None = typer.Option(None, "--pairs", help="CSV manifest: source,target[,name].", dir_okay=False),
    workers: int = typer.Option(1, "--workers", "-j", min=1, help="Documents processed at once."),
    engine: str = typer.Option("local", "--engine", help="local (process pool) or ray."),
    ray_address: str | None = typer.Option(None, "--ray-address", help="Ray cluster address (default: start one)."),
    name: str = typer.Option("batch", "--name", help="Batch name: prefix of its projects and corpus files."),
    out: Path = typer.Option(Path("aligned"), "--out", "-o", help="Folder for the exported files.", file_okay=False),
    embedder: str | None = typer.Option(None, "--embedder", help="Embedding model name or local path."),
    model: str | None = typer.Option(None, "--model", "-m", help="Translation package."),
    threshold: float | None = typer.Option(None, "--threshold", min=0.0, max=1.0, help=THRESHOLD_HELP),
    no_translate: bool = typer.Option(False, "--no-translate", help="Do not draft, even when a model is installed."),
    fuzzy: int = typer.Option(DEFAULT_FUZZY_THRESHOLD, "--fuzzy-threshold", min=50, max=100, help=FUZZY_HELP),
    no_memory: bool = typer.Option(False, "--no-memory", help=NO_MEMORY_HELP),
    force: bool = typer.Option(False, "--force", help=FORCE_HELP),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Align a whole folder of document pairs, in parallel; rerun it to resume after an interruption.

    Writes one TMX per pair under OUT/pairs/, a merged corpus OUT/NAME.tmx and .tsv, and a
    report OUT/NAME-report.json. A failed document is reported and retried on the next run.
    """
    from workbench.batch import BatchOptions, discover_pairs, run_batch
    from workbench.store import validate_project_name

    validate_project_name(name)
    tasks, unpaired = discover_pairs(src_dir, tgt_dir, pairs)
    options = BatchOptions(
        workspace=str(settings.workspace or default_workspace()),
        out=str(out),
        batch=name,
        embedder=embedder,
        model=model,
        threshold=threshold,
        translate=not no_translate,
        fuzzy_threshold=fuzzy,
        memory=not no_memory,
        force=force,
    )
    info(f"{len(tasks)} document pairs; engine {engine}, {workers} worker(s)")
    for path in unpaired:
        info(f"note: no partner for {path}; skipped")
    with stage_progress() as progress:

        def on_outcome(outcome: object, done: int, total: int) -> None:
            if progress:
                progress("batch", done, total)

        report = run_batch(
            tasks,
            options,
            engine=engine,
            workers=workers,
            ray_address=ray_address,
            unpaired=unpaired,
            on_outcome=on_outcome,
        )
    summary = report.to_dict()
    if as_json:
        emit_json(summary)
    else:
        table = Table(title=f"workbench batch {name}", show_header=False, title_justify="left")
        for key in ("pairs", "done", "skipped", "failed", "links", "confident_links", "mean_confidence", "seconds"):
            table.add_row(key.replace("_", " "), str(summary[key]))
        drafts = summary["drafts"]
        if any(drafts.values()):
            table.add_row(
                "drafts",
                f"{drafts['memory']} from memory ({drafts['memory_numbers_changed']} with numbers changed), "
                f"{drafts['model']} from the model; {drafts['fuzzy_suggestions']} fuzzy matches to compare",
            )
        table.add_row("corpus TMX", str(report.corpus_tmx))
        table.add_row("report", str(report.report))
        console.print(table)
        for outcome in report.outcomes:
            if outcome.status == "failed":
                info(f"failed: {outcome.name}: {outcome.error}")
    if report.count("failed"):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("run", cls=Command)(run)
    app.command("batch", cls=Command)(batch)
