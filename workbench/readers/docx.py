"""Word .docx files (python-docx): one paragraph per Word paragraph, table cells included."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from workbench.errors import InputError

_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not \u00a0: French no-break spaces stay


def read_docx(path: Path) -> str:
    """The document's text, Word paragraphs separated by a blank line."""
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError) as exc:
        raise InputError(f"{path} is not a readable .docx file ({exc})") from exc
    blocks: list[str] = []
    for par in document.paragraphs:
        text = _SPACES.sub(" ", par.text).strip(" ")  # soft line breaks inside a Word paragraph are wraps
        if text:
            blocks.append(text)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                text = _SPACES.sub(" ", cell.text).strip(" ")
                if text and text not in blocks[-1:]:
                    blocks.append(text)
    if not blocks:
        raise InputError(f"{path} holds no text")
    return "\n\n".join(blocks) + "\n"
