"""XML that comes from outside (TMX, XLIFF, glossaries), parsed so that it cannot hurt.

One policy for every reader, whole file or streamed: no entity declarations at all (billion
laughs, quadratic blow-up, external entities reading local files), no DTD loaded, no network,
libxml2's size and depth limits kept (`huge_tree=False`). A TMX needs no entities; the
`<!DOCTYPE tmx SYSTEM "tmx14.dtd">` line every tool writes is allowed and never fetched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from workbench.errors import InputError

# C0/C1 controls (XML 1.0 forbids C0; C1 are almost always decoding damage), surrogates,
# U+FFFE/U+FFFF, and private-use glyphs from PDF symbol fonts that no other tool can display.
_FORBIDDEN_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffe\uffff\U000f0000-\U0010ffff]")


def clean_text(text: str) -> tuple[str, int]:
    """Drop characters XML 1.0 forbids (and private-use ones); return the text and how many went.

    A CR LF or lone CR inside a segment becomes LF first, since an XML parser
    would turn it into LF anyway and the round trip must be exact.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned, n = _FORBIDDEN_RE.subn("", text)
    return cleaned, n


PROLOG_BYTES = 1 << 20
"""How much of a streamed file is read ahead to look for entity declarations (they must precede the root)."""

_ENTITY_MARKS = (b"<!ENTITY", "<!ENTITY".encode("utf-16-le"), "<!ENTITY".encode("utf-16-be"))


def _entities_refused(name: str) -> InputError:
    return InputError(
        f"{name} declares XML entities; refused, because such files can expand to gigabytes "
        "(billion laughs) or read local files (external entities). A TMX needs no entity declarations."
    )


def _parser_options() -> dict[str, Any]:
    return {
        "resolve_entities": False,
        "no_network": True,
        "huge_tree": False,
        "load_dtd": False,
        "dtd_validation": False,
    }


def _syntax_error(exc: Exception, name: str) -> InputError:
    """One line for a parse error: libxml2's first real complaint (a stream's own message can be vaguer)."""
    text = str(exc)
    for entry in getattr(exc, "error_log", None) or ():
        if entry.level_name in ("ERROR", "FATAL"):
            text = f"{entry.message}, line {entry.line}, column {entry.column}"
            break
    low = text.lower()
    if "amplification" in low:
        return _entities_refused(name)
    if "entity" in low and "not defined" in low:
        return InputError(f"{name} uses an undeclared XML entity ({text}); refused")
    return InputError(f"{name} is not well-formed XML: {text}")


def _check_tree(root: Any, name: str) -> None:
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and list(dtd.iterentities()):
        raise _entities_refused(name)


def has_entity(element: Any) -> bool:
    """Whether an element holds an entity reference (one the parser was told not to expand)."""
    from lxml import etree

    return any(isinstance(node, etree._Entity) for node in element.iter())


def safe_parse(raw: bytes, name: str) -> Any:
    """Parse a whole XML document that came from outside; the root element, or one InputError."""
    from lxml import etree

    if any(mark in raw for mark in _ENTITY_MARKS):
        raise _entities_refused(name)
    etree.clear_error_log()  # the log is per thread: an earlier file's errors must not be reported for this one
    try:
        root = etree.fromstring(raw, etree.XMLParser(**_parser_options()))
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc, name) from exc
    if root is None:
        raise InputError(f"{name} is empty")
    _check_tree(root, name)
    if has_entity(root):
        raise InputError(f"{name} uses undeclared XML entities; refused")
    return root


def iter_elements(
    path: Path, tag: str, name: str | None = None, on_root: Callable[[Any], None] | None = None
) -> Iterator[tuple[Any, Any]]:
    """Stream a big XML file: yields (root, element) for each complete `tag` element, in order.

    The caller reads the element, then it is cleared, so memory stays flat however long the
    file. `on_root(root)` sees the root element as soon as it opens (to refuse the wrong kind
    of file at once). The same refusals as `safe_parse`: entity declarations anywhere before
    the root element, undeclared entity references, syntax errors (one InputError, with the line).
    """
    from lxml import etree

    label = name or path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(PROLOG_BYTES)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if not head.strip():
        raise InputError(f"{label} is empty")
    if any(mark in head for mark in _ENTITY_MARKS):
        raise _entities_refused(label)
    root = None
    etree.clear_error_log()
    try:
        for event, element in etree.iterparse(str(path), events=("start", "end"), **_parser_options()):
            if event == "start":
                if root is None:
                    root = element
                    _check_tree(root, label)
                    if on_root is not None:
                        on_root(root)
                continue
            if element.tag != tag:
                continue
            if has_entity(element):
                raise InputError(f"{label} uses undeclared XML entities; refused")
            yield root, element
            # Free what was read: the element itself and the siblings already handled before it.
            element.clear(keep_tail=False)
            parent = element.getparent()
            if parent is not None:
                while element.getprevious() is not None:
                    del parent[0]
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc, label) from exc
    if root is None:
        raise InputError(f"{label} holds no XML element")
