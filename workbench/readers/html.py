"""HTML files (lxml): block elements are paragraphs; script, style and other non-text are dropped."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from workbench.errors import InputError
from workbench.readers.base import read_bytes
from workbench.readers.plaintext import decode

_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt", "figcaption"),
        *("footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol"),
        *("p", "pre", "section", "table", "td", "th", "tr", "ul", "body", "br"),
    }
)
_DROP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object"})
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not \u00a0: French no-break spaces stay
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)


Slot = tuple[Any, str]
"""(element, "text" or "tail"): one place in the tree where a block's text lives."""


def html_blocks(root: Any) -> list[list[Slot]]:
    """The text slots of every block, in document order, as the reader joins them.

    Shared with the rebuild (`workbench.rebuild.html`) so that block *i* of the
    reader is block *i* of the writer.
    """
    blocks: list[list[Slot]] = []
    current: list[Slot] = []

    def flush() -> None:
        if clean_block("".join(getattr(el, attr) or "" for el, attr in current)):
            blocks.append(list(current))
        current.clear()

    def walk(el: Any) -> None:
        tag = el.tag
        if not isinstance(tag, str):  # comments, processing instructions
            if el.tail:
                current.append((el, "tail"))
            return
        name = tag.lower().split("}")[-1]
        if name in _DROP:
            if el.tail:
                current.append((el, "tail"))
            return
        block = name in _BLOCKS
        if block:
            flush()
        if el.text:
            current.append((el, "text"))
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            current.append((el, "tail"))

    walk(root)
    flush()
    return blocks


def clean_block(text: str) -> str:
    return _SPACES.sub(" ", text).strip(" ")


def block_text(slots: list[Slot]) -> str:
    return clean_block("".join(getattr(el, attr) or "" for el, attr in slots))


def declared_charset(head: bytes) -> str | None:
    """The charset a `<meta>` in the file's first 4 KB declares, as written there; None when none does."""
    found = _META_CHARSET.search(head[:4096])
    return found.group(1).decode("ascii") if found else None


def parse_html(path: Path) -> tuple[Any, str]:
    """(lxml root, encoding) of an HTML file; a clear InputError when it is not usable."""
    import lxml.html

    data = read_bytes(path)
    declared = declared_charset(data)
    encoding = "utf-8"
    if declared:
        try:
            text = data.decode(declared)
            encoding = declared.lower()
        except (LookupError, UnicodeDecodeError):
            text, encoding = decode(data, path)
    else:
        text, encoding = decode(data, path)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001 - lxml raises several types for unusable input
        raise InputError(f"{path} is not readable HTML ({exc})") from exc
    return root, encoding


def read_html_blocks(path: Path) -> tuple[list[str], str]:
    """(text of every block, encoding)."""
    root, encoding = parse_html(path)
    blocks = [block_text(slots) for slots in html_blocks(root)]
    if not blocks:
        raise InputError(f"{path} holds no text")
    return blocks, encoding
