"""What a file really holds when its name says otherwise: text saved under a .pdf name.

The PDF reader's own message for such a file ("not a readable PDF (Stream has ended
unexpectedly)") names a symptom; the usual cause is text copied out of a PDF and saved with
the PDF's name. Checked before any reader runs, so the person gets the cause and the fix.
"""

from __future__ import annotations

from pathlib import Path

from workbench.errors import InputError

_PDF_MAGIC = b"%PDF-"
_HEAD = 4096
"""PDF readers accept the header anywhere in the first kilobyte; text shows itself in a few KB."""


def looks_like_text(head: bytes) -> bool:
    """Mostly printable characters in UTF-8 (or, failing that, cp1252) and no NUL bytes."""
    if not head or b"\x00" in head:
        return False
    for encoding in ("utf-8", "cp1252"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError as exc:
            if encoding == "utf-8" and exc.start >= len(head) - 4:  # a character cut at the sample's end
                text = head[: exc.start].decode(encoding)
            else:
                continue
        printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t\f")
        return printable >= 0.95 * max(1, len(text))
    return False


def check_pdf_name(path: Path) -> None:
    """A file named .pdf that holds plain text: one line saying so and what to do."""
    if path.suffix.lower() != ".pdf" or not path.is_file():
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEAD)
    except OSError:
        return  # the reader says what is wrong with it
    if _PDF_MAGIC in head[:1024] or not looks_like_text(head):
        return
    raise InputError(
        f"{path} is named .pdf but holds plain text, not a PDF; if it is text copied from a PDF, "
        f"give it a .txt name (e.g. {path.with_suffix('.txt').name}) and run the command again"
    )
