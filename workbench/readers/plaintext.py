"""Plain-text files: decode (UTF-8, UTF-8/16 with BOM, or cp1252/Latin-1, reported), refuse binaries."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from workbench.errors import InputError
from workbench.readers.base import read_bytes, require_text

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_binary(data: bytes) -> bool:
    head = data[:65536]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(head) // 100)


def _plausible(text: str) -> bool:
    """Decoded text that a person wrote: letters, digits, spaces, punctuation; few oddities."""
    sample = text[:100000]
    odd = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\t\n\r\f")
    return odd <= len(sample) // 200


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a byte-order mark: text whose every other byte is NUL (Latin script)."""
    head = data[:4096]
    if len(head) < 4 or len(data) % 2:
        return None
    for name, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if zeros.count(0) >= len(zeros) * 0.9:
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                return None
            return (text, name) if _plausible(text) and "\x00" not in text else None
    return None


def decode(data: bytes, path: str | Path) -> tuple[str, str]:
    """(text, encoding name) of a text file's bytes; a clear InputError when it is not text."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise InputError(f"{path} starts with a {name} byte-order mark but is not valid {name}") from exc
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if _looks_binary(data):
        raise InputError(f"{path} looks like a binary file, not text (save it as .txt, .docx, .html or .pdf)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        if _plausible(text):
            return text, "latin-1"
    else:
        if _plausible(text):
            return text, "cp1252"
    raise InputError(f"cannot tell the character encoding of {path}; save it as UTF-8 and try again")


def read_text_file(path: str | Path) -> tuple[str, str]:
    text, encoding = decode(read_bytes(path), path)
    return require_text(text, path), encoding
