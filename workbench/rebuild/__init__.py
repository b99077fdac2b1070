"""Translated documents out: the English document rebuilt in the input's own format.

from workbench.rebuild import write_document
result = write_document(document, english, "out.txt")            # any English for a read, segmented Document

(`workbench.pipeline.translate_document` drafts a French file and writes it through here.)

One module per output format over a shared base: `txt` (one paragraph per
block), `docx` (the same Word file with its text replaced, or a new one for
text and PDF inputs), `html` (the same page, scripts removed); `bilingual`
writes the French | English proofreading table; `project` gathers the English
of a reviewed project.
"""

from __future__ import annotations

import os
from pathlib import Path

from workbench.errors import InputError
from workbench.model import Document
from workbench.outfiles import atomic_output, is_folder
from workbench.rebuild.base import (
    ParagraphOut,
    RebuildResult,
    SourceChangedError,
    count,
    natural_suffix,
    output_format,
    plan_paragraphs,
)

__all__ = [
    "ParagraphOut",
    "RebuildResult",
    "SourceChangedError",
    "default_output",
    "plan_paragraphs",
    "write_document",
    "write_plans",
]


def default_output(source: str | os.PathLike[str], fmt: str, out: str | os.PathLike[str] | None = None) -> Path:
    """`out` as given, or `<folder>/<stem>.en.<ext>` when `out` is a folder, ends with a slash or has
    no suffix (None: beside the source)."""
    src = Path(source)
    name = f"{src.stem}.en{natural_suffix(fmt)}"
    if out is None:
        return src.with_name(name)
    return Path(out) / name if is_folder(out) else Path(out)


def write_plans(
    plans: list[ParagraphOut],
    out: Path,
    *,
    source: Path | None,
    source_format: str,
    wrap: int | None = None,
    title: str = "",
    lang: str = "en",
) -> RebuildResult:
    """Write paragraphs' English to `out` in the format its suffix names.

    `source` is the original file, needed to rebuild a .docx or an .html in place; `lang`
    is the language the output declares.
    """
    fmt = output_format(out, source_format)
    if wrap is not None and wrap < 20:
        raise InputError(f"--wrap {wrap} is too narrow: give 20 columns or more (or leave it out)")
    if wrap is not None and fmt != "txt":
        raise InputError("--wrap applies to .txt output only")
    if source is not None and source.resolve() == out.resolve():
        raise InputError(f"{out} is the original file: write the English document under another name")
    translated = [p for p in plans if p.text is not None]
    result = RebuildResult(out, fmt, len(translated), sum(len(p.segments) for p in translated))
    with atomic_output(out) as stream:
        if fmt == "txt":
            from workbench.rebuild.txt import write_txt

            write_txt(plans, stream, wrap)
        elif fmt == "docx" and source_format == "docx":
            from workbench.rebuild.docx import rebuild_docx

            assert source is not None
            clean = rebuild_docx(source, plans, stream, lang)
            mixed = len(translated) - clean
            if mixed:
                result.notes.append(
                    f"{count(mixed, 'paragraph')} had formatting inside a sentence: "
                    "such a sentence took the formatting of its first run"
                )
        elif fmt == "docx":
            from workbench.rebuild.docx import new_docx

            new_docx(plans, stream, title, lang)
            if source_format == "pdf":
                result.notes.append("a PDF's layout is not rebuilt: the English is a plain Word document")
        else:
            from workbench.rebuild.html import rebuild_html

            assert source is not None
            scripts, attributes = rebuild_html(source, plans, stream, lang)
            if scripts or attributes:
                result.notes.append(
                    f"removed {count(scripts, 'script')} and "
                    f"{count(attributes, 'event-handler or script-link attribute')}: "
                    "they are never carried into a translated page"
                )
    return result


def write_document(
    document: Document,
    english: list[str],
    out: str | os.PathLike[str],
    *,
    wrap: int | None = None,
) -> RebuildResult:
    """Write the English of a read, segmented `document` (`english[i]` for its segment i) to `out`."""
    plans = plan_paragraphs(document, english)
    source = Path(document.path) if document.path else None
    return write_plans(plans, Path(out), source=source, source_format=document.format, wrap=wrap)
