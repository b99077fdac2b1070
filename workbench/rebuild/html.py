"""HTML out: the same page with the text of its blocks replaced, `lang` set to English.

Elements and attributes stay as they are, except what could run code: script
elements, `on*` event-handler attributes and `javascript:` links are never
carried into the output (the result says how many were removed).
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import IO, Any

from workbench.readers.html import block_text, declared_charset, html_blocks, parse_html
from workbench.rebuild.base import GAP_CLOSE, GAP_OPEN, ParagraphOut, SourceChangedError, map_pieces, split_gaps

_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "data", "xlink:href", "background", "poster"})
_SCRIPT_URL = re.compile(r"^\s*(?:javascript|vbscript|data:text/html)", re.IGNORECASE)
_CODE_ELEMENTS = frozenset({"script"})
_HIDDEN = "data-workbench-http-equiv"
_DOCTYPE = re.compile(rb"<!doctype", re.IGNORECASE)


def sanitize(root: Any) -> tuple[int, int]:
    """Remove scripts, event-handler attributes and script URLs; return (elements, attributes) removed."""
    elements = attributes = 0
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.tag.lower().split("}")[-1] in _CODE_ELEMENTS:
            el.drop_tree()  # keeps the text that follows the element
            elements += 1
            continue
        for name, value in list(el.attrib.items()):
            lower = name.lower()
            if (
                lower.startswith("on")
                or (lower in _URL_ATTRIBUTES and _SCRIPT_URL.match(value or ""))
                or (lower == "srcdoc")
            ):
                del el.attrib[name]
                attributes += 1
    return elements, attributes


def _set_lang(root: Any, lang: str) -> None:
    root.set("lang", lang)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for name in ("lang", "xml:lang", "{http://www.w3.org/XML/1998/namespace}lang"):
            value = el.get(name)
            if value is not None and (el is root or value.lower().startswith("fr")):
                el.set(name, lang)


def _gap_mark(root: Any, text: str) -> Any:
    mark = root.makeelement("mark", {"class": "untranslated", "lang": "fr", "title": "not translated yet"})
    mark.text = text
    return mark


def _highlight_gaps(root: Any) -> None:
    """French still without English as `<mark class="untranslated" lang="fr">`: seen at once, and read
    as French by browsers and screen readers."""
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        text = el.text or ""
        if GAP_OPEN in text or GAP_CLOSE in text:
            pieces = split_gaps(text)
            el.text = ""
            at = 0
            for piece, gap in pieces:
                if gap:
                    el.insert(at, _gap_mark(root, piece))
                    at += 1
                elif at == 0:
                    el.text = piece
                else:
                    el[at - 1].tail = (el[at - 1].tail or "") + piece
        tail = el.tail or ""
        if el.getparent() is not None and (GAP_OPEN in tail or GAP_CLOSE in tail):
            pieces = split_gaps(tail)
            el.tail = ""
            last = el
            for piece, gap in pieces:
                if gap:
                    mark = _gap_mark(root, piece)
                    last.addnext(mark)
                    mark.tail = ""
                    last = mark
                else:
                    last.tail = (last.tail or "") + piece


def _output_encoding(encoding: str) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return "utf-8"
    return "utf-8" if name in ("utf-8-sig", "utf-16", "utf-32") else name


def rebuild_html(source: Path, plans: list[ParagraphOut], stream: IO[bytes], lang: str = "en") -> tuple[int, int]:
    """Write `source` with the text of its blocks replaced; return the (scripts, attributes) removed."""
    import lxml.html

    root, encoding = parse_html(source)
    blocks = html_blocks(root)
    if [block_text(slots) for slots in blocks] != [p.source for p in plans]:
        raise SourceChangedError(f"{source} has changed since it was translated (its text blocks differ)")
    for slots, plan in zip(blocks, plans, strict=True):
        if plan.text is None:
            continue
        new, _ = map_pieces([getattr(el, attr) or "" for el, attr in slots], plan)
        for (el, attr), change in zip(slots, new, strict=True):
            if change is not None:
                setattr(el, attr, "".join(change))
    removed = sanitize(root)
    _set_lang(root, lang)
    _highlight_gaps(root)
    # Serialised as text and encoded here: libxml2 would drop a <meta http-equiv> charset and
    # invent a DOCTYPE the page never had.
    with open(source, "rb") as fh:
        head = fh.read(4096)
    declared = declared_charset(head)
    out_encoding = _output_encoding(encoding) if declared else "utf-8"  # the <meta charset> stays true
    doctype = root.getroottree().docinfo.doctype if _DOCTYPE.search(head) else ""
    # libxml2 leaves out <meta http-equiv="Content-Type"> when serialising: hide it under another name.
    hidden = []
    for meta in root.iter("meta"):
        for name in list(meta.attrib):
            if name.lower() == "http-equiv":
                meta.set(_HIDDEN, meta.attrib.pop(name))
                hidden.append(name)
    body = lxml.html.tostring(root, encoding="unicode", method="html")
    if hidden:
        body = body.replace(f"{_HIDDEN}=", "http-equiv=")
    text = (doctype + "\n" if doctype else "") + body + "\n"
    stream.write(text.encode(out_encoding, errors="xmlcharrefreplace"))
    return removed
