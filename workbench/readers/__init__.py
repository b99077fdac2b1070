"""Readers: one module per input format, each turning a file into a `Document` of paragraphs.

`read_document()` picks the reader from the file extension; every reader
returns the document's text and its paragraphs (spans into that text), no
segments yet. `read_presegmented()` reads one segment per line.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from workbench.errors import InputError
from workbench.model import Document, Paragraph, Role, is_set_aside
from workbench.readers.base import check_file
from workbench.readers.langid import detect_language, resolve_language
from workbench.readers.pdftext import rebuild_paragraphs

__all__ = [
    "detect_language",
    "document_from_blocks",
    "document_from_text",
    "read_document",
    "read_presegmented",
    "SUFFIXES",
]

SUFFIXES = (".txt", ".text", ".md", ".docx", ".html", ".htm", ".xhtml", ".pdf")


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
    code = resolve_language(lang, text)
    return Document(
        text=text,
        lang=code,
        paragraphs=rebuild_paragraphs(text, code),
        path=path,
        format=fmt,
        encoding=encoding,
        role=role,
    )


def document_from_blocks(
    blocks: list[str],
    lang: str | None = None,
    role: Role = Role.SOURCE,
    *,
    path: str | None = None,
    fmt: str = "docx",
    encoding: str = "utf-8",
) -> Document:
    """A Document with one paragraph per block of a structured file (a Word paragraph, an HTML block).

    The blocks are never joined or split (unlike hard-wrapped text), so that paragraph
    *i* can be written back into block *i* of the file; each block still gets its kind
    (heading, list item, signature line, page number) from the PDF-text rules.
    """
    text = "\n\n".join(blocks) + "\n"
    code = resolve_language(lang, text)
    paragraphs = []
    offset = 0
    for block in blocks:
        kinds = [p.kind for p in rebuild_paragraphs(block, code)]
        # A .docx or .html body holds no page furniture or footnotes: a table cell "2024" is text.
        kind = kinds[0] if len(kinds) == 1 and not is_set_aside(kinds[0]) else "text"
        paragraphs.append(Paragraph(text=block, start=offset, end=offset + len(block), kind=kind))
        offset += len(block) + 2
    return Document(text=text, lang=code, paragraphs=paragraphs, path=path, format=fmt, encoding=encoding, role=role)


def read_document(
    path: str | Path,
    lang: str | None = None,
    role: Role = Role.SOURCE,
    progress: Callable[[int, int], None] | None = None,
) -> Document:
    """Read a file into a Document whose paragraphs are rebuilt (no segments yet).

    `meta["source_path"]` is the file's absolute path and `meta["source_sha256"]` its
    digest, so that the translated document can later be rebuilt from the same file.
    `progress(done, total)` follows a PDF page by page.
    """
    p = check_file(path)
    suffix = p.suffix.lower()
    if suffix == ".docx":
        from workbench.readers.docx import read_docx_blocks

        doc = document_from_blocks(read_docx_blocks(p), lang, role, path=str(p), fmt="docx")
    elif suffix in (".html", ".htm", ".xhtml"):
        from workbench.readers.html import read_html_blocks

        blocks, encoding = read_html_blocks(p)
        doc = document_from_blocks(blocks, lang, role, path=str(p), fmt="html", encoding=encoding)
    elif suffix == ".pdf":
        from workbench.readers.paragraphs import build_paragraphs
        from workbench.readers.pdf import read_pdf_document
        from workbench.segment.rules import rules_for

        text, lines = read_pdf_document(p, progress)
        code = resolve_language(lang, text)
        paragraphs = build_paragraphs(lines, text, rules_for(code))
        doc = Document(text=text, lang=code, paragraphs=paragraphs, path=str(p), format="pdf", role=role)
    elif suffix in (".doc", ".odt", ".rtf", ".xlsx", ".pptx", ".zip"):
        raise InputError(f"{p.name}: {suffix} files are not supported; save it as .docx, .html, .pdf or .txt")
    else:
        from workbench.readers.plaintext import read_text_file

        text, encoding = read_text_file(p)
        doc = document_from_text(text, lang, role, path=str(p), fmt="txt", encoding=encoding)
    if doc.encoding not in ("utf-8", "utf-8-sig"):
        doc.meta["encoding_note"] = f"read as {doc.encoding}, not UTF-8"
    if not any(not is_set_aside(par.kind) for par in doc.paragraphs):
        raise InputError(f"{p} holds no text to segment")
    doc.meta["source_path"] = str(p.resolve())
    doc.meta["source_sha256"] = hashlib.sha256(p.read_bytes()).hexdigest()
    return doc


def read_presegmented(path: str | Path, lang: str | None = None, role: Role = Role.SOURCE) -> Document:
    """Read a file holding one segment per line (a blank line separates paragraphs)."""
    from workbench.readers.presegmented import read_presegmented_file

    return read_presegmented_file(path, lang, role)
