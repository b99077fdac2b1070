"""`workbench translate FILE|PROJECT`: offline drafts."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import typer

from workbench.cli.common import JSON_HELP, emit_json, err_console, info, open_store, progress_enabled


@contextlib.contextmanager
def progress_bar(description: str, unit: str = "segments") -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar with ETA on stderr, only when stderr is a terminal; else no callback."""
    if not progress_enabled():
        yield None
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
    target: str = typer.Argument(..., help="A document file, or the name of a project to draft."),
    model: str = typer.Option("fr-en", "--model", "-m", help="Installed translation package (from-to codes)."),
    beam: int = typer.Option(4, "--beam", min=1, max=16, help="Beam size."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Sentences per batch."),
    threads: int = typer.Option(0, "--threads", min=0, help="CPU threads (0: all cores)."),
    device: str = typer.Option("auto", "--device", help="auto (CUDA when present), cpu or cuda."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write the drafts of a FILE here.", dir_okay=False),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Draft English for every French segment with an installed offline model.

    For a FILE, prints one draft per line (a blank line between paragraphs) or writes
    them to --out. For a PROJECT, stores a draft for every source segment (resuming
    where an interrupted run stopped) and prints a summary.
    """
    from workbench.errors import InputError, NotFoundError
    from workbench.translate import Translator, draft_project, require_model

    path = Path(target)
    with open_store() as store:
        if path.is_file():
            from workbench.model import Role
            from workbench.pipeline import read_and_segment
            from workbench.translate import translate_texts

            package = require_model("fr", "en", name=model)
            document = read_and_segment(path, "fr", Role.SOURCE)
            translator = Translator(package, beam=beam, batch_size=batch_size, threads=threads, device=device)
            texts = [s.text for s in document.segments]
            with progress_bar(f"translating {path.name}") as progress:
                translations = translate_texts(texts, store=store, translator=translator, progress=progress)
            _print_file_drafts(document, translations, out, as_json, translator.model_id)
            return
        try:
            project = store.project(target)
        except NotFoundError:
            if path.suffix or "/" in target or "\\" in target:
                raise InputError(f"file not found: {target}") from None
            raise
        package = require_model(project.src_lang, project.tgt_lang, name=model)
        translator = Translator(package, beam=beam, batch_size=batch_size, threads=threads, device=device)
        with progress_bar(f"drafting {project.name}") as progress:
            drafts = draft_project(store, project.id, translator=translator, progress=progress)
        flagged: dict[str, int] = {}
        for d in drafts:
            for flag in d.flags:
                kind = flag.split(":", 1)[0]
                flagged[kind] = flagged.get(kind, 0) + 1
        if as_json:
            emit_json(
                {
                    "project": project.name,
                    "model": translator.model_id,
                    "drafts": len(drafts),
                    "flagged": sum(1 for d in drafts if d.flags),
                    "flags": flagged,
                }
            )
            return
        summary = ", ".join(f"{n} {k}" for k, n in sorted(flagged.items())) or "none"
        info(
            f"project {project.name}: {len(drafts)} segments drafted with {package.name} {package.version} "
            f"({translator.device}); flags: {summary}"
        )


def _print_file_drafts(document: object, drafts: list[str], out: Path | None, as_json: bool, model_id: str) -> None:
    from workbench.model import Document
    from workbench.translate.checks import check_draft

    assert isinstance(document, Document)
    it = iter(drafts)
    rows = []
    blocks = []
    for p_idx, paragraph in enumerate(document.paragraphs):
        lines = []
        for seg in paragraph.segments:
            text = next(it)
            lines.append(text)
            rows.append({"paragraph": p_idx, "source": seg.text, "draft": text, "flags": check_draft(seg.text, text)})
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
    app.command("translate")(translate)
