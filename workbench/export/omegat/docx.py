"""A Word paragraph as OmegaT 3.6's Word filter hands it to the segmenter.

What OmegaT's OpenXML filter does with its default options (which the project's
`omegat/filters.xml` pins, so a translator's own settings cannot change them):

- `w:p`, `w:tab` and `w:br` are paragraph tags: a tab or a line break inside a Word
  paragraph ends one translatable entry and starts another. "1.<TAB>Le présent…"
  is two segments, "1." and "Le présent…";
- every other element is a tag; tags with no text between them are merged into one
  standalone tag, shown `<t0/>`, `<t1/>`… numbered from 0 in each entry: a footnote
  reference, an italic run, a run boundary of any kind;
- tags before the first and after the last word of an entry are left out of it,
  and so are the spaces (and no-break spaces) at its ends;
- `w:instrText`, `w:fldChar`, `mc:Fallback` and a few drawing elements are kept
  whole inside a tag (never text to translate).

Each character of an entry keeps the offset it has in the paragraph as workbench's
reader gave it (tabs and breaks as spaces, spaces collapsed), so that OmegaT's
segments can be laid over ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from workbench.export.omegat.srx import java_trim_char
from workbench.readers.docx import paragraph_runs, run_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{" + W_NS + "}"

# OmegaT matches the qualified names as the file writes them (Word always uses these prefixes).
PARAGRAPH_TAGS = frozenset({"w:p", "w:tab", "w:br", "si", "comment", "definedName", "a:p", "c:v", "Text"})
INTACT_TAGS = frozenset(
    {
        *("w:instrText", "mc:Fallback", "authors", "rPh", "definedNames", "p:attrName", "a:tableStyleId"),
        *("c:f", "c:formatCode", "wp:align", "wp:posOffset", "wp14:pctWidth", "wp14:pctHeight", "w:fldChar"),
        *("xdr:col", "xdr:row", "xdr:colOff", "xdr:rowOff"),
    }
)
TAG = -1  # the offset `Entry.where` gives the characters of a tag
NOTE_REFERENCES = frozenset({"footnoteReference", "endnoteReference"})
# Characters our reader takes from a run besides w:t, each one character long ("\t", "\n", "-").
_ONE_CHARACTER = frozenset({W + "tab", W + "ptab", W + "cr", W + "noBreakHyphen"})
_READER_SPACES = re.compile(r"[ \t\r\n\f\v]+")


@dataclass
class Tag:
    """One merged tag of an entry: `<t{number}/>`; `kind` is "note" for a footnote reference."""

    number: int
    kind: str

    @property
    def text(self) -> str:
        return f"<t{self.number}/>"


@dataclass
class Entry:
    """One translatable entry as OmegaT shows it, before it cuts sentences.

    `where[i]` is the offset of `text[i]` in the paragraph's clean text: TAG inside a tag, None for
    text our reader does not have (in a text box, in deleted text).
    """

    text: str
    where: list[int | None]
    tags: list[Tag] = field(default_factory=list)


@dataclass
class _Text:
    chars: str
    raw: list[int | None]


@dataclass
class _Tag:
    names: set[str]


def _qname(el: Any) -> str:
    local = el.tag.split("}")[-1] if isinstance(el.tag, str) else ""
    return f"{el.prefix}:{local}" if el.prefix else local


def _local(el: Any) -> str:
    return el.tag.split("}")[-1] if isinstance(el.tag, str) else ""


class _Walker:
    """Turns one w:p into OmegaT's stream of text, tags and paragraph breaks."""

    def __init__(self, paragraph: Any) -> None:
        # The elements themselves, not their id(): lxml reuses a live proxy for the same node.
        self.ours = set(paragraph_runs(paragraph))
        self.raw_pos = 0
        self.raw: list[str] = []
        self.entries: list[list[_Text | _Tag]] = [[]]

    def _tag(self, name: str) -> None:
        current = self.entries[-1]
        if current and isinstance(current[-1], _Tag):
            current[-1].names.add(name)
        else:
            current.append(_Tag({name}))

    def _text(self, chars: str, raw: list[int | None]) -> None:
        if not chars:
            return
        current = self.entries[-1]
        if current and isinstance(current[-1], _Text):
            current[-1].chars += chars
            current[-1].raw.extend(raw)
        else:
            current.append(_Text(chars, list(raw)))

    def _ours(self, chars: str) -> list[int | None]:
        offsets: list[int | None] = list(range(self.raw_pos, self.raw_pos + len(chars)))
        self.raw_pos += len(chars)
        self.raw.append(chars)
        return offsets

    def walk(self, el: Any, run: bool = False) -> None:
        """`run`: `el` is a child of one of the runs our reader reads."""
        if not isinstance(el.tag, str):  # a comment or processing instruction: a tag to OmegaT
            self._tag("#comment")
            return
        name = _qname(el)
        if run and el.tag in _ONE_CHARACTER:
            self._ours(run_text_of(el))  # in our text (a space once cleaned), never OmegaT text
        elif run and el.tag == W + "br" and el.get(W + "type") in (None, "textWrapping"):
            self._ours("\n")
        if name in INTACT_TAGS:
            self._tag(_local(el))
            return
        if name in PARAGRAPH_TAGS:
            self.entries.append([])
        else:
            self._tag(_local(el))
        if el.text:
            ours = run and el.tag == W + "t"
            self._text(el.text, self._ours(el.text) if ours else [None] * len(el.text))
        inside_run = el in self.ours
        for child in el:
            self.walk(child, inside_run)
            if child.tail:
                self._text(child.tail, [None] * len(child.tail))
        if name in PARAGRAPH_TAGS:
            self.entries.append([])
        else:
            self._tag(_local(el))


def run_text_of(el: Any) -> str:
    """The character our reader gives for a tab, a carriage return or a no-break hyphen."""
    return "-" if el.tag == W + "noBreakHyphen" else "\t" if el.tag in (W + "tab", W + "ptab") else "\n"


def clean_offsets(raw: str) -> tuple[str, list[int | None]]:
    """Our reader's cleaning of a paragraph (whitespace runs to one space, ends trimmed),
    with the clean offset of every raw character (None for a trimmed one)."""
    clean: list[str] = []
    where: list[int | None] = []
    pieces = _READER_SPACES.split(raw)
    spaces = _READER_SPACES.findall(raw)
    for i, piece in enumerate(pieces):
        for ch in piece:
            where.append(len(clean))
            clean.append(ch)
        if i < len(spaces):
            run = spaces[i]
            where.extend([len(clean)] * len(run))
            clean.append(" ")
    text = "".join(clean)
    lead = len(text) - len(text.lstrip(" "))
    body = text.strip(" ")
    out: list[int | None] = []
    for offset in where:
        assert offset is not None
        shifted = offset - lead
        out.append(shifted if 0 <= shifted < len(body) else None)
    return body, out


_JAVA_TRIM = "".join(map(chr, range(0x21)))  # String.trim(): what makes a text "meaningful" to OmegaT


def _entry_edge(ch: str) -> bool:
    """What ParseEntry strips at both ends of an entry: Java whitespace and the no-break space."""
    return java_trim_char(ch) or ch == "\u00a0"


def _entry(elements: list[_Text | _Tag], clean_of: list[int | None]) -> Entry | None:
    """One entry as OmegaT builds it: leading and trailing tags and spaces out, tags numbered."""
    meaningful = [i for i, el in enumerate(elements) if isinstance(el, _Text) and el.chars.strip(_JAVA_TRIM)]
    if not meaningful:
        return None
    first, last = meaningful[0], meaningful[-1]
    text: list[str] = []
    where: list[int | None] = []
    tags: list[Tag] = []
    for el in elements[first : last + 1]:
        if isinstance(el, _Tag):
            tag = Tag(len(tags), "note" if el.names & NOTE_REFERENCES else "format")
            tags.append(tag)
            text.append(tag.text)
            where.extend([TAG] * len(tag.text))
        else:
            text.append(el.chars)
            where.extend(clean_of[r] if r is not None and r < len(clean_of) else None for r in el.raw)
    joined = "".join(text)
    # ParseEntry strips Java whitespace and no-break spaces at both ends of the entry.
    start, end = 0, len(joined)
    while start < end and _entry_edge(joined[start]):
        start += 1
    while end > start and _entry_edge(joined[end - 1]):
        end -= 1
    if start >= end:
        return None
    return Entry(joined[start:end], where[start:end], tags)


def paragraph_entries(paragraph: Any, clean: str) -> list[Entry] | None:
    """OmegaT's entries for one Word paragraph, or None when our reader's text of it is not `clean`
    (the file changed since it was read)."""
    from lxml import etree

    # python-docx gives its elements a `text` property of its own (a run's whole text, tabs
    # included): walk a plain lxml copy, whose `text` is the XML's.
    paragraph = etree.fromstring(etree.tostring(paragraph))
    walker = _Walker(paragraph)
    for child in paragraph:
        walker.walk(child)
        if child.tail:
            walker._text(child.tail, [None] * len(child.tail))
    raw = "".join(walker.raw)
    if raw != "".join(run_text(r) for r in paragraph_runs(paragraph)):
        return None
    body, clean_of = clean_offsets(raw)
    if body != clean:
        return None
    entries = [_entry(elements, clean_of) for elements in walker.entries]
    return [e for e in entries if e is not None]
