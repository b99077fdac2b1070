"""PDF files (pypdf): the text of every page, pages separated by form feeds, then the PDF-text rebuild."""

from __future__ import annotations

from pathlib import Path

from workbench.errors import InputError


def read_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise InputError(f"{path} is an encrypted PDF; save an unprotected copy first")
        pages = [page.extract_text() or "" for page in reader.pages]
    except PdfReadError as exc:
        raise InputError(f"{path} is not a readable PDF ({exc})") from exc
    text = "\f".join(pages)
    if not text.strip():
        raise InputError(f"{path} has no text layer (a scanned PDF?); run OCR on it first")
    return text
