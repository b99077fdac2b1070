"""A stored document as OmegaT will see it: its segments, laid over ours.

Two kinds of file go into an OmegaT project's `source/`:

- the original .docx, read again here with OmegaT's Word filter rules
  (`omegat_docx`): tabs and line breaks cut a paragraph into entries, inline
  formatting and footnote references are tags;
- a text file that we write ourselves for .txt and .pdf inputs (and for a .docx
  whose original is gone): one paragraph per line, our sentences joined by one
  space, page headers and footers left out, footnotes kept where they were read.

Either way every entry is cut into sentences with the rules the project's
`omegat/segmentation.conf` holds (`omegat_srx`), and every character keeps the
place it has in our paragraph, so each OmegaT segment knows which of our
segments it holds.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workbench.export.omegat.docx import TAG, Entry, Tag, paragraph_entries
from workbench.export.omegat.srx import split
from workbench.export.srx import Rule
from workbench.model import FURNITURE, Document, is_set_aside
from workbench.xmlsafe import clean_text

_TAG_TEXT = re.compile(r"<t(\d+)/>")
_SPACES = re.compile(r"[ \t\r\n\f\v\u2028\u2029]+")


@dataclass
class Piece:
    """Text as OmegaT shows it (tags as `<t0/>`), with the tags it holds."""

    text: str
    tags: list[Tag] = field(default_factory=list)


@dataclass
class Cut(Piece):
    """One OmegaT segment of the file, and our segments it holds."""

    segments: list[int] = field(default_factory=list)
    foreign: bool = False  # holds text that no segment of ours has (a text box, deleted text)


@dataclass
class _Paragraph:
    entries: list[Entry]
    spans: dict[int, tuple[int, int]]  # our segment id -> its span in the entries' offsets


@dataclass
class DocumentView:
    """OmegaT's segments of one file, in order, and how they map onto our segments."""

    file_name: str  # the name the file has in the project's source/
    cuts: list[Cut]
    paragraphs: list[_Paragraph]
    original: Path | None = None  # the file to copy into source/, or None when `text` is written
    text: str | None = None
    note: str = ""  # why the original could not be used, when it could not

    def __post_init__(self) -> None:
        self._paragraph_of = {seg_id: p for p, par in enumerate(self.paragraphs) for seg_id in par.spans}

    def pieces(self, segment_ids: Sequence[int]) -> list[Piece]:
        """Our segments as OmegaT shows their text, in the order given: one piece per entry they
        touch, neighbours in the same entry joined with what lies between them (a space, tags)."""
        paragraph_of = self._paragraph_of
        taken: list[tuple[int, int, int, int]] = []  # (paragraph, entry, first character, last character)
        for seg_id in segment_ids:
            if seg_id not in paragraph_of:
                continue
            p = paragraph_of[seg_id]
            par = self.paragraphs[p]
            start, end = par.spans[seg_id]
            for e, entry in enumerate(par.entries):
                inside = [i for i, at in enumerate(entry.where) if at is not None and start <= at < end]
                if not inside:
                    continue
                first, final = inside[0], inside[-1]
                if taken and taken[-1][:2] == (p, e) and taken[-1][3] < first:
                    before = taken[-1]
                    if _only_space_or_tags(entry, before[3] + 1, first):
                        taken[-1] = (p, e, before[2], final)
                        continue
                taken.append((p, e, first, final))
        out: list[Piece] = []
        for p, e, first, final in taken:
            entry = self.paragraphs[p].entries[e]
            text = entry.text[first : final + 1]
            out.append(Piece(text, _tags_in(text, entry.tags)))
        return out


def _only_space_or_tags(entry: Entry, start: int, end: int) -> bool:
    return all(entry.where[i] == TAG or entry.text[i].isspace() for i in range(start, end))


def _tags_in(text: str, tags: list[Tag]) -> list[Tag]:
    by_number = {t.number: t for t in tags}
    return [by_number[int(m.group(1))] for m in _TAG_TEXT.finditer(text) if int(m.group(1)) in by_number]


def _cuts(paragraphs: list[_Paragraph], rules: Sequence[Rule]) -> list[Cut]:
    cuts: list[Cut] = []
    for par in paragraphs:
        for entry in par.entries:
            for found in split(entry.text, rules):
                offsets = entry.where[found.start : found.end]
                chars = entry.text[found.start : found.end]
                held: list[int] = []
                foreign = False
                for at, ch in zip(offsets, chars, strict=True):
                    if at == TAG:
                        continue
                    owner = None if at is None else next((s for s, (a, b) in par.spans.items() if a <= at < b), None)
                    if owner is None:
                        foreign = foreign or not ch.isspace()
                    elif owner not in held:
                        held.append(owner)
                cuts.append(Cut(found.text, _tags_in(found.text, entry.tags), held, foreign))
    return cuts


def _source_name(document: Document, suffix: str) -> str:
    recorded = document.meta.get("source_path") or document.path or "source"
    stem = Path(recorded).name
    if suffix and not stem.lower().endswith(suffix):
        stem = Path(stem).stem + suffix
    return stem


def original_file(document: Document) -> tuple[Path | None, str]:
    """The original file as workbench read it, or None and why it cannot be used."""
    recorded = document.meta.get("source_path") or document.path
    if not recorded or not Path(recorded).is_file():
        return None, f"the original file {recorded or '(unknown)'} is gone"
    path = Path(recorded)
    digest = document.meta.get("source_sha256")
    if digest and hashlib.sha256(path.read_bytes()).hexdigest() != digest:
        return None, f"the original file {recorded} has changed since it was read"
    return path, ""


def docx_view(document: Document, rules: Sequence[Rule]) -> DocumentView | None:
    """The original .docx as OmegaT's Word filter reads it, or None when it cannot be used."""
    from workbench.readers.docx import docx_blocks, open_docx

    path, _ = original_file(document)
    if path is None:
        return None
    blocks = docx_blocks(open_docx(path))
    if len(blocks) != len(document.paragraphs):
        return None
    paragraphs: list[_Paragraph] = []
    for block, par in zip(blocks, document.paragraphs, strict=True):
        entries = paragraph_entries(block.element, par.text)
        if entries is None:
            return None
        spans = {s.id: (s.start - par.start, s.end - par.start) for s in par.segments if s.id is not None}
        paragraphs.append(_Paragraph(entries, spans))
    return DocumentView(path.name, _cuts(paragraphs, rules), paragraphs, original=path)


def clean_line(text: str) -> str:
    """One line of the text file: line breaks and tabs become spaces (a text filter cuts at every
    line break), no-break spaces stay; control characters and the private-use glyphs of PDF
    symbol fonts (a bullet read as U+F0B7) go, as they go from every export."""
    return _SPACES.sub(" ", clean_text(text)[0]).strip(" ")


def text_view(document: Document, rules: Sequence[Rule], note: str = "") -> DocumentView:
    """The text file we write for OmegaT: one paragraph per line, page furniture left out."""
    lines: list[str] = []
    paragraphs: list[_Paragraph] = []
    for par in document.paragraphs:
        if par.kind == FURNITURE or par.kind == "page-furniture":
            continue  # running headers, footers, page numbers: the PDF's layout, not text to translate
        spans: dict[int, tuple[int, int]] = {}
        parts: list[str] = []
        length = 0
        if is_set_aside(par.kind):
            parts.append(clean_line(par.text))  # a footnote: translated in OmegaT, never aligned
        else:
            for seg in par.segments:
                text = clean_line(seg.text)
                if not text:
                    continue
                if parts:
                    length += 1
                if seg.id is not None:
                    spans[seg.id] = (length, length + len(text))
                parts.append(text)
                length += len(text)
        line = " ".join(p for p in parts if p)
        if not line:
            continue
        lines.append(line)
        entry = Entry(line, list(range(len(line))), [])
        paragraphs.append(_Paragraph([entry], spans))
    name = _source_name(document, ".txt")
    return DocumentView(name, _cuts(paragraphs, rules), paragraphs, text="\n".join(lines) + "\n", note=note)


def document_view(document: Document, rules: Sequence[Rule]) -> DocumentView:
    """OmegaT's view of a stored document: the original .docx when it is there and unchanged,
    else the text we write (.txt, .pdf, .html, and a .docx that is gone)."""
    if document.format == "docx":
        view = docx_view(document, rules)
        if view is not None:
            return view
        _, why = original_file(document)
        why = why or "the original .docx no longer reads as it did"
        return text_view(document, rules, note=f"{why}; source/ holds its text")
    if document.format == "html":
        # OmegaT's HTML filter (paired tags, its own spaces and <br> rules) is not reproduced:
        # the text, a paragraph a line, is what every unit is sure to fill.
        note = "an .html original is not reproduced as OmegaT's HTML filter reads it; source/ holds its text"
        return text_view(document, rules, note=note)
    return text_view(document, rules)
