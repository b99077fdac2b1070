"""Translated documents out: the English document rebuilt in the input's own format.

from workbench.rebuild import translate_document, write_document
result = translate_document("lettre.docx", "lettre.en.docx")     # drafts with the installed model
result = write_document(document, english, "out.txt")            # any English for a read, segmented Document

One module per output format over a shared base: `txt` (one paragraph per
block), `docx` (the same Word file with its text replaced, or a new one for
text and PDF inputs), `html` (the same page, scripts removed); `bilingual`
writes the French | English proofreading table; `project` gathers the English
of a reviewed project.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workbench.errors import InputError
from workbench.model import Document, Role
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
    "translate_document",
    "write_document",
    "write_plans",
]

Progress = Callable[[int, int], None]


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


def translate_document(
    path: str | os.PathLike[str],
    out: str | os.PathLike[str] | None = None,
    *,
    model: str | None = None,
    translate: Callable[[list[str]], list[str]] | None = None,
    translator: Any | None = None,
    store: Any | None = None,
    wrap: int | None = None,
    progress: Progress | None = None,
) -> RebuildResult:
    """Translate a French file and write the English document in its own format.

    `out` defaults to `<stem>.en.<ext>` beside the file (a PDF gives .txt). The drafts
    come from `translate` (any function from a list of sentences to their English),
    else `translator` (a `workbench.translate.Translator`), else the installed fr→en
    model (`model` names one); with a `store`, drafts are cached there.
    """
    from workbench.pipeline import read_and_segment

    document = read_and_segment(Path(path), "fr", Role.SOURCE)
    target = default_output(path, document.format, out)
    output_format(target, document.format)  # refuse an unwritable output before translating
    texts = [s.text for s in document.segments]
    if translate is not None:
        english = list(translate(texts))
        if len(english) != len(texts):
            raise InputError(f"the translation function gave {len(english)} sentences for {len(texts)}")
    else:
        from workbench.translate import Translator, require_model, translate_texts

        if translator is None:
            translator = Translator(require_model("fr", "en", name=model))
        english = translate_texts(texts, store=store, translator=translator, progress=progress)
    return write_document(document, english, target, wrap=wrap)
