"""Word .docx files (python-docx): one paragraph per Word paragraph, table cells included."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from workbench.errors import InputError
from workbench.readers.base import MAX_BYTES

_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not \u00a0: French no-break spaces stay


def read_docx(path: Path) -> str:
    """The document's text, Word paragraphs separated by a blank line."""
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    _check_archive(path)
    try:
        document = docx.Document(str(path))
    except (
        zipfile.BadZipFile,
        zlib.error,
        RuntimeError,  # zipfile: a part flagged as encrypted
        KeyError,
        ValueError,
        PackageNotFoundError,
        etree.XMLSyntaxError,
    ) as exc:
        raise InputError(f"{path} is not a readable .docx file ({str(exc).splitlines()[0][:200]})") from exc
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


def _check_archive(path: Path) -> None:
    """Refuse zip bombs and XML entity tricks before python-docx inflates anything.

    A .docx is a zip: a few kB on disk can inflate to gigabytes, and Word never
    writes a DTD, so an `<!ENTITY` in one of its parts is an attack, not a document.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if any(info.flag_bits & 0x1 for info in infos):
                raise InputError(f"{path} is password-protected; save an unprotected copy first")
            inflated = sum(info.file_size for info in infos)
            if inflated > 4 * MAX_BYTES:
                raise InputError(
                    f"{path} would inflate to {inflated / 1024 / 1024:.0f} MB of XML, over the "
                    f"{4 * MAX_BYTES // 1024 // 1024} MB limit for one .docx (a zip bomb?)"
                )
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    with archive.open(info) as part:
                        if b"<!ENTITY" in part.read(1 << 16):
                            raise InputError(f"{path} declares XML entities in {info.filename}; refused (not Word's)")
    except zipfile.BadZipFile as exc:
        raise InputError(f"{path} is not a readable .docx file (not a zip archive: {exc})") from exc
    except (OSError, EOFError, zlib.error, RuntimeError, zipfile.LargeZipFile, NotImplementedError) as exc:
        raise InputError(f"{path} is not a readable .docx file ({exc})") from exc
