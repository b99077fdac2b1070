"""HTML files (lxml): block elements are paragraphs; script, style and other non-text are dropped."""

from __future__ import annotations

import re
from pathlib import Path

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
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)


def read_html(path: Path) -> tuple[str, str]:
    """(text, encoding): block elements separated by blank lines, inline text joined."""
    import lxml.html

    data = read_bytes(path)
    declared = _CHARSET.search(data[:4096])
    encoding = "utf-8"
    if declared:
        try:
            text = data.decode(declared.group(1).decode("ascii"))
            encoding = declared.group(1).decode("ascii").lower()
        except (LookupError, UnicodeDecodeError):
            text, encoding = decode(data, path)
    else:
        text, encoding = decode(data, path)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001 - lxml raises several types for unusable input
        raise InputError(f"{path} is not readable HTML ({exc})") from exc
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        joined = _SPACES.sub(" ", "".join(current)).strip(" ")
        if joined:
            blocks.append(joined)
        current.clear()

    def walk(el: object) -> None:
        tag = getattr(el, "tag", None)
        if not isinstance(tag, str):  # comments, processing instructions
            tail = getattr(el, "tail", None)
            if tail:
                current.append(tail)
            return
        name = tag.lower().split("}")[-1]
        if name in _DROP:
            if el.tail:  # type: ignore[attr-defined]
                current.append(el.tail)  # type: ignore[attr-defined]
            return
        block = name in _BLOCKS
        if block:
            flush()
        if el.text:  # type: ignore[attr-defined]
            current.append(el.text)  # type: ignore[attr-defined]
        for child in el:  # type: ignore[attr-defined]
            walk(child)
        if block:
            flush()
        if el.tail:  # type: ignore[attr-defined]
            current.append(el.tail)  # type: ignore[attr-defined]

    walk(root)
    flush()
    if not blocks:
        raise InputError(f"{path} holds no text")
    return "\n\n".join(blocks) + "\n", encoding
