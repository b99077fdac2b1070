"""Word .docx files (python-docx): one paragraph per Word paragraph, in document order, table cells included.

`docx_blocks()` is shared with the rebuild (`workbench.rebuild.docx`): the
reader and the writer walk the same Word paragraphs in the same order, so
paragraph *i* of the Document is Word paragraph *i* of that walk.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.errors import InputError
from workbench.readers.base import MAX_BYTES

_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not \u00a0: French no-break spaces stay
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# The first bytes of an OLE compound file: what Word writes for a password-protected
# .docx (and for an old .doc renamed .docx).
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def clean_block(text: str) -> str:
    """A Word paragraph's text as one line: soft line breaks and tabs inside it are wraps."""
    return _SPACES.sub(" ", text).strip(" ")


def open_docx(path: Path) -> Any:
    """The python-docx Document; a clear InputError for encrypted, old-format or damaged files."""
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    with open(path, "rb") as fh:
        head = fh.read(8)
    if head == _OLE_MAGIC:
        raise InputError(
            f"{path} is password-protected (or an old Word .doc renamed .docx); "
            "open it in Word or LibreOffice, remove the password and save it as .docx"
        )
    _check_archive(path)
    try:
        return docx.Document(str(path))
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
    except Exception as exc:  # noqa: BLE001 - lxml and zipfile raise many types for a damaged package
        raise InputError(f"{path} is a damaged .docx file ({type(exc).__name__}: {exc})") from exc


def _run_pieces(run: Any) -> Iterator[tuple[Any, str]]:
    """(element, its text) for the text-bearing children of one w:r, as Word shows them."""
    for child in run:
        tag = child.tag
        if tag == W + "t":
            yield child, child.text or ""
        elif tag in (W + "tab", W + "ptab"):
            yield child, "\t"
        elif tag == W + "br" and child.get(W + "type") in (None, "textWrapping"):
            yield child, "\n"  # page and column breaks are layout, not text
        elif tag == W + "cr":
            yield child, "\n"
        elif tag == W + "noBreakHyphen":
            yield child, "-"


def paragraph_runs(p: Any) -> list[Any]:
    """The w:r elements whose text belongs to Word paragraph `p`, in order.

    Runs inside hyperlinks, fields, tracked insertions and content controls
    count; deleted text and the paragraphs of text boxes nested in a run do not.
    """
    runs = []
    for r in p.iter(W + "r"):
        owner = r.getparent()
        skip = False
        while owner is not None and owner is not p:
            if owner.tag in (W + "del", W + "moveFrom", W + "p", W + "txbxContent"):
                skip = True
                break
            owner = owner.getparent()
        if not skip:
            runs.append(r)
    return runs


def run_text(run: Any) -> str:
    return "".join(text for _, text in _run_pieces(run))


def text_elements(run: Any) -> list[Any]:
    """The children of a run that carry its text (w:t, tabs, soft breaks...)."""
    return [el for el, _ in _run_pieces(run)]


@dataclass
class DocxBlock:
    """One Word paragraph holding text: its element and its text as the reader gives it."""

    element: Any
    text: str
    in_table: bool = False


def _walk(container: Any, in_table: bool) -> Iterator[tuple[Any, bool]]:
    for child in container:
        tag = child.tag
        if tag == W + "p":
            yield child, in_table
        elif tag == W + "tbl":
            for row in child.iter(W + "tr"):
                if row.getparent() is not child:
                    continue  # rows of nested tables come through their cell
                for cell in row:
                    if cell.tag == W + "tc":
                        yield from _walk(cell, True)
                    elif cell.tag == W + "sdt":  # a content control around a cell
                        for content in cell.iter(W + "tc"):
                            yield from _walk(content, True)
        elif tag == W + "sdt":  # a content control around paragraphs or tables
            for content in child:
                if content.tag == W + "sdtContent":
                    yield from _walk(content, in_table)
        elif tag == W + "customXml":
            yield from _walk(child, in_table)


def docx_blocks(document: Any) -> list[DocxBlock]:
    """Every Word paragraph of the body that holds text, in document order (table cells in place)."""
    blocks: list[DocxBlock] = []
    body = document.element.body
    for p, in_table in _walk(body, False):
        text = clean_block("".join(run_text(r) for r in paragraph_runs(p)))
        if text:
            blocks.append(DocxBlock(p, text, in_table))
    return blocks


def read_docx_blocks(path: Path) -> list[str]:
    """The text of every Word paragraph holding text, in document order."""
    blocks = [b.text for b in docx_blocks(open_docx(path))]
    if not blocks:
        raise InputError(f"{path} holds no text (no paragraph or table cell with words in it)")
    return blocks


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
