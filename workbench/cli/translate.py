"""`workbench translate FILE|PROJECT`: offline drafts."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from workbench.cli.common import JSON_HELP, emit_json, err_console, info, open_store, progress_enabled
from workbench.cli.help import Command
from workbench.memory.model import DEFAULT_FUZZY_THRESHOLD
from workbench.model import Document, Project, is_set_aside
from workbench.store import Store

if TYPE_CHECKING:
    from workbench.translate.drafts import DraftReport


@contextlib.contextmanager
def progress_bar(
    description: str, unit: str = "segments", *, lazy: bool = False
) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar with ETA on stderr, only when stderr is a terminal; else no callback.

    `lazy`: the bar appears at the first progress reported (a step that may need no model shows none).
    """
    if not progress_enabled():
        yield None
        return
    if lazy:
        with contextlib.ExitStack() as stack:
            shown: list[Callable[[int, int], None] | None] = []

            def start(done: int, total: int) -> None:
                if not shown:
                    shown.append(stack.enter_context(progress_bar(description, unit)))
                if shown[0] is not None:
                    shown[0](done, total)

            yield start
        return
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    count = DownloadColumn() if unit == "bytes" else MofNCompleteColumn()
    columns = (TextColumn("{task.description}"), BarColumn(), count, TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err_console, transient=True) as bar:
        task = bar.add_task(description, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total or None)

        yield update


def translate(
    target: str = typer.Argument(
        ..., metavar="FILE_OR_PROJECT", help="A document file, or the name of a project to draft."
    ),
    model: str = typer.Option("fr-en", "--model", "-m", help="Installed translation package (from-to codes)."),
    beam: int = typer.Option(4, "--beam", min=1, max=16, help="Beam size."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Sentences per batch."),
    threads: int = typer.Option(0, "--threads", min=0, help="CPU threads (0: all cores)."),
    device: str = typer.Option("auto", "--device", help="auto (CUDA when present), cpu or cuda."),
    out: Path | None = typer.Option(
        None,
        "--out",
        "-o",
        help="Write the English document of a FILE here, in its format (.txt, .docx, .html; a PDF gives "
        ".txt or .docx), or into this folder as NAME.en.EXT. With --json: the drafts as JSON.",
    ),
    wrap: int | None = typer.Option(None, "--wrap", min=20, help="Wrap a .txt document at this many columns."),
    fuzzy: int = typer.Option(
        DEFAULT_FUZZY_THRESHOLD, "--fuzzy-threshold", min=50, max=100, help="Fuzzy memory matches kept (percent)."
    ),
    no_memory: bool = typer.Option(False, "--no-memory", help="Do not ask the workspace translation memory."),
    glossary: Path | None = typer.Option(
        None,
        "--glossary",
        "-g",
        metavar="FILE",
        dir_okay=False,
        help="A glossary (.csv, .tsv, .tbx) for this translation only, over the workspace glossaries, "
        "which always apply (see workbench glossary import).",
    ),
    force: bool = typer.Option(False, "--force", help="Translate a FILE even if it looks English, not French."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Draft English for every French segment: from the translation memory first, then an offline model.

    For a FILE, prints one draft per line (a blank line between paragraphs), or with --out
    writes the English document in the file's own format. For a PROJECT, stores a draft for
    every source segment (resuming where an interrupted run stopped) and prints a summary.
    The model is loaded only when some segment is in neither the memory nor the cache.
    The workspace's glossaries apply to every draft, as in `run`.
    """
    path = Path(target)
    with open_store() as store:
        if path.is_file():
            options = FileOptions(model, beam, batch_size, threads, device, out, wrap, fuzzy, no_memory, as_json)
            _translate_file(store, path, options, glossary, force)
            return
        if glossary is not None:
            raise typer.BadParameter(
                "--glossary is for a FILE; a project uses its own and the workspace's glossaries "
                "(workbench glossary import FILE --project NAME)",
                param_hint="--glossary",
            )
        project = _find_project(store, target)
        from workbench.translate import ModelMissingError, draft_project_report, require_model

        try:
            package = require_model(project.src_lang, project.tgt_lang, name=model)
        except ModelMissingError:
            package = None  # fine as long as the memory drafts everything; else the error comes below
        with progress_bar(f"drafting {project.name}") as progress:
            report = draft_project_report(
                store,
                project.id,
                package=package,
                beam=beam,
                batch_size=batch_size,
                threads=threads,
                device=device,
                progress=progress,
                memory=not no_memory,
                fuzzy_threshold=fuzzy,
            )
        _print_project_report(project.name, report, as_json)


def _find_project(store: Store, target: str) -> Project:
    """The project named `target`; a name that looks like a path is a missing file instead."""
    from workbench.errors import InputError, NotFoundError

    try:
        return store.project(target)
    except NotFoundError:
        if Path(target).suffix or "/" in target or "\\" in target:
            raise InputError(f"file not found: {target}") from None
        raise


def _print_project_report(name: str, report: DraftReport, as_json: bool) -> None:
    from workbench.qa import label, read_back

    drafts = report.drafts
    flagged: dict[str, int] = {}
    for d in drafts:
        for flag in read_back(d.flags):
            flagged[flag.code] = flagged.get(flag.code, 0) + 1
    if as_json:
        emit_json(
            {
                "project": name,
                "model": report.model,
                "model_loaded": report.loaded,
                "drafts": len(drafts),
                "from_memory": report.from_memory - report.numbers_changed,
                "from_memory_numbers_changed": report.numbers_changed,
                "from_model": report.from_model,
                "fuzzy_suggestions": report.fuzzy,
                "memory_origins": report.origins,
                "flagged": sum(1 for d in drafts if d.flags),
                "flags": flagged,
            }
        )
        return
    summary = ", ".join(f"{n} {label(k)}" for k, n in sorted(flagged.items())) or "none"
    parts = []
    if report.from_memory:
        changed = f", {report.numbers_changed} with numbers changed" if report.numbers_changed else ""
        parts.append(f"{report.from_memory} from the memory{changed}")
    if report.from_model and report.package is not None:
        where = f", {report.device}" if report.device else ""
        parts.append(f"{report.from_model} with {report.package.name} {report.package.version}{where}")
    elif report.from_model:
        parts.append(f"{report.from_model} with {report.model}")
    fuzzy_note = f"; {report.fuzzy} fuzzy memory matches to compare in review" if report.fuzzy else ""
    info(f"project {name}: {len(drafts)} segments drafted ({'; '.join(parts) or 'none'}){fuzzy_note}; flags: {summary}")


@dataclass
class FileOptions:
    model: str
    beam: int
    batch_size: int
    threads: int
    device: str
    out: Path | None
    wrap: int | None
    fuzzy: int
    no_memory: bool
    as_json: bool


def _translate_file(store: Store, path: Path, o: FileOptions, glossary_file: Path | None, force: bool) -> None:
    from workbench.pipeline.translate_file import (
        DraftOptions,
        draft_document,
        file_format,
        planned_output,
        read_french,
    )
    from workbench.terms.storage import glossary_for_file

    target_file = None
    if o.out is not None and not o.as_json:
        target_file = planned_output(path, file_format(path), o.out)  # refused before translating
    # A workspace glossary applies to every translation made in the workspace, as in `run`.
    glossary = glossary_for_file(store, glossary_file)
    document = read_french(path, force)
    options = DraftOptions(o.model, o.beam, o.batch_size, o.threads, o.device, not o.no_memory, o.fuzzy)
    with progress_bar(f"translating {path.name}", lazy=True) as progress:
        drafts = draft_document(document, options, store=store, glossary=glossary, progress=progress)
    if drafts.model_id is not None and glossary is not None and not o.as_json:
        n = len(glossary.terms)
        info(f"glossary: {glossary.name} ({n} term{'' if n == 1 else 's'}) enforced in the model's drafts")
    if drafts.from_memory and not o.as_json:
        info(f"{drafts.from_memory} of {len(drafts.english)} drafts from the translation memory")
    if target_file is not None:
        from workbench.rebuild import write_document

        written = write_document(document, drafts.english, target_file, wrap=o.wrap)
        info(f"wrote {written.path} ({written.paragraphs} paragraphs, {written.segments} sentences)")
        for note in written.notes:
            info(note)
        return
    _print_file_drafts(document, drafts.english, drafts.origins(), drafts.fuzzy(), o.out, o.as_json, drafts.model_id)


def _print_file_drafts(
    document: Document,
    drafts: list[str],
    origins: list[tuple[str, str]],
    fuzzy: list[Any],
    out: Path | None,
    as_json: bool,
    model_id: str | None,
) -> None:
    from workbench.memory import ORIGIN_JOINED, label
    from workbench.qa import as_strings, check_draft

    it = iter(zip(drafts, origins, fuzzy, strict=True))
    rows = []
    blocks = []
    for p_idx, paragraph in enumerate(document.paragraphs):
        if is_set_aside(paragraph.kind):
            continue
        lines = []
        for seg in paragraph.segments:
            text, (origin, origin_name), match = next(it)
            row: dict[str, Any] = {
                "paragraph": p_idx,
                "source": seg.text,
                "draft": text,
                "origin": label(origin) if origin != ORIGIN_JOINED else "memory 100% (with the segment before)",
                "origin_name": origin_name,
                "flags": as_strings(check_draft(seg.text, text)) if origin != ORIGIN_JOINED else [],
            }
            if match is not None:
                row["fuzzy"] = {
                    "score": match.score,
                    "source": match.source,
                    "target": match.target,
                    "origin": match.origin,
                }
            rows.append(row)
            if origin != ORIGIN_JOINED:
                lines.append(text)
        if lines:
            blocks.append("\n".join(lines))
    if as_json:
        payload = json.dumps({"model": model_id, "segments": rows}, ensure_ascii=False, indent=2) + "\n"
    else:
        payload = "\n\n".join(blocks) + "\n"
    if out is not None:
        out.write_text(payload, encoding="utf-8")
        info(f"wrote {len(rows)} drafts to {out}")
    else:
        typer.echo(payload, nl=False)


def register(app: typer.Typer) -> None:
    app.command("translate", cls=Command)(translate)
