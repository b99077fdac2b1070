"""The input files of a job: checked, read and segmented, and the project name they give."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workbench.errors import InputError
from workbench.filekind import check_pdf_name
from workbench.model import Document, Role

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): how far a long stage has come."""


def check_input_file(path: str | Path, what: str = "input") -> Path:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{what} file not found: {p}")
    if p.is_dir():
        raise InputError(f"{what} {p} is a folder, not a file")
    return p


def read_and_segment(
    path: str | Path, lang: str, role: Role, presegmented: bool = False, progress: Progress | None = None
) -> Document:
    """Read one file into a segmented Document (one segment per line when `presegmented`).

    `progress("read", page, pages)` follows a PDF page by page.
    """
    from workbench import readers
    from workbench.segment import segment_document

    p = check_input_file(path, "the " + role.value)
    check_pdf_name(p)
    if presegmented:
        return readers.read_presegmented(p, lang=lang, role=role)
    pages = None if progress is None else lambda done, total: progress("read", done, total)
    document = segment_document(readers.read_document(p, lang=lang, role=role, progress=pages))
    if not document.segments:
        raise InputError(f"{p} holds no text to align (no sentences found)")
    return document


def default_project_name(path: str | Path) -> str:
    stem = Path(path).stem.strip() or "document"
    safe = "".join(c if c.isalnum() or c in "-_ ." else "-" for c in stem).lstrip(".") or "document"
    return safe[:100]
