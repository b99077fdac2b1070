"""Readers: one module per input format, each turning a file into a `Document` of paragraphs.

`read_document()` picks the reader from the file extension; every reader
returns the document's text and its paragraphs (spans into that text), no
segments yet. `read_presegmented()` reads one segment per line.
"""

from __future__ import annotations

from pathlib import Path

from workbench.errors import InputError
from workbench.model import Document, Role
from workbench.readers.base import check_file
from workbench.readers.langid import detect_language
from workbench.readers.pdftext import rebuild_paragraphs

__all__ = ["detect_language", "document_from_text", "read_document", "read_presegmented", "SUFFIXES"]

SUFFIXES = (".txt", ".text", ".md", ".docx", ".html", ".htm", ".xhtml", ".pdf")


def _resolve_lang(lang: str | None, text: str) -> str:
    if lang is None or lang == "auto":
        return detect_language(text)
    code = lang.lower().split("-")[0].split("_")[0]
    if code not in ("fr", "en"):
        raise InputError(f"unsupported language {lang!r}: use fr, en or auto")
    return code


def document_from_text(
    text: str,
    lang: str | None = None,
    role: Role = Role.SOURCE,
    *,
    path: str | None = None,
    fmt: str = "txt",
    encoding: str = "utf-8",
) -> Document:
    """A Document from text already in memory (PDF-text paragraph rebuild included)."""
    code = _resolve_lang(lang, text)
    return Document(
        text=text,
        lang=code,
        paragraphs=rebuild_paragraphs(text, code),
        path=path,
        format=fmt,
        encoding=encoding,
        role=role,
    )


def read_document(path: str | Path, lang: str | None = None, role: Role = Role.SOURCE) -> Document:
    """Read a file into a Document whose paragraphs are rebuilt (no segments yet)."""
    p = check_file(path)
    suffix = p.suffix.lower()
    if suffix == ".docx":
        from workbench.readers.docx import read_docx

        text, fmt, encoding = read_docx(p), "docx", "utf-8"
    elif suffix in (".html", ".htm", ".xhtml"):
        from workbench.readers.html import read_html

        text, encoding = read_html(p)
        fmt = "html"
    elif suffix == ".pdf":
        from workbench.readers.pdf import read_pdf

        text, fmt, encoding = read_pdf(p), "pdf", "utf-8"
    elif suffix in (".doc", ".odt", ".rtf", ".xlsx", ".pptx", ".zip"):
        raise InputError(f"{p.name}: {suffix} files are not supported; save it as .docx, .html, .pdf or .txt")
    else:
        from workbench.readers.plaintext import read_text_file

        text, encoding = read_text_file(p)
        fmt = "txt"
    doc = document_from_text(text, lang, role, path=str(p), fmt=fmt, encoding=encoding)
    if encoding not in ("utf-8", "utf-8-sig"):
        doc.meta["encoding_note"] = f"read as {encoding}, not UTF-8"
    if not any(par.kind != "page-furniture" for par in doc.paragraphs):
        raise InputError(f"{p} holds no text to segment")
    return doc


def read_presegmented(path: str | Path, lang: str | None = None, role: Role = Role.SOURCE) -> Document:
    """Read a file holding one segment per line (a blank line separates paragraphs)."""
    from workbench.readers.presegmented import read_presegmented_file

    return read_presegmented_file(path, lang, role)
