"""PDF files (pypdf): the text of every page, pages separated by form feeds, then the PDF-text rebuild."""

from __future__ import annotations

import logging
from pathlib import Path

from workbench.errors import InputError


def read_pdf(path: Path) -> str:
    from pypdf import PdfReader

    # pypdf logs every repair it makes ("EOF marker not found") on stderr; the CLI says it in one line.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise InputError(f"{path} is an encrypted PDF; save an unprotected copy first")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged PDF makes pypdf raise almost any type
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        if type(exc).__name__ == "LimitReachedError":
            reason = "a stream inflates past pypdf's size limit (a decompression bomb?)"
        raise InputError(f"{path} is not a readable PDF ({reason})") from exc
    text = "\f".join(pages)
    if not text.strip():
        raise InputError(f"{path} has no text layer (a scanned PDF?); run OCR on it first")
    return text
