"""Progress bars on stderr for stages that take more than a moment."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

from workbench.cli.common import err_console, progress_enabled
from workbench.model import Document
from workbench.pipeline import Progress as ProgressCallback

_LABELS = {"read": "Reading", "translate": "Drafting", "embed": "Embedding", "align": "Aligning", "batch": "Documents"}


@contextmanager
def stage_progress() -> Iterator[ProgressCallback | None]:
    """A `progress(stage, done, total)` callback drawing one bar per stage, or None when not on a terminal."""
    if not progress_enabled():
        yield None
        return
    bars = Progress(
        TextColumn("{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
    )
    tasks: dict[str, TaskID] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bars.add_task(_LABELS.get(stage, stage), total=total)
        bars.update(tasks[stage], completed=done, total=total)

    with bars:
        yield update


def read_with_progress(path: Path, lang: str | None) -> Document:
    """Read a document, with a "Reading" bar page by page for a long PDF on a terminal."""
    from workbench.filekind import check_pdf_name
    from workbench.readers import read_document

    check_pdf_name(path)
    with stage_progress() as progress:
        pages = None if progress is None else lambda done, total: progress("read", done, total)
        return read_document(path, lang, progress=pages)
