"""Plain dataclasses that every stage takes and returns.

Stages never see SQL rows or HTTP requests: readers produce a `Document`, the
segmenter fills its paragraphs with `Segment`s, the translator makes `Draft`s,
the aligner makes `Link`s, and the store keeps all of them inside a `Project`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class LinkStatus(enum.StrEnum):
    """Review state of one link.

    `rejected` is what the review page calls "excluded": kept in the project,
    never exported as a pair.
    """

    PROPOSED = "proposed"
    APPROVED = "approved"
    EDITED = "edited"
    NEEDS_REVIEW = "needs_review"
    REJECTED = "rejected"

    @property
    def is_locked(self) -> bool:
        """A person decided this link; the aligner must not move it."""
        return self in (LinkStatus.APPROVED, LinkStatus.EDITED)


# Paragraph kinds a reader keeps in the document but that are not the text a translator
# aligns: page headers, footers and page numbers ("furniture"; older projects stored
# "page-furniture") and footnotes. They keep their segments, so nothing read is lost, but
# `Document.segments` leaves them out: alignment, drafting and TMX export never see them.
FURNITURE = "furniture"
FOOTNOTE = "footnote"
SET_ASIDE_KINDS = frozenset({FURNITURE, FOOTNOTE, "page-furniture"})


def is_set_aside(kind: str) -> bool:
    """Whether a paragraph or segment of this kind is kept out of alignment and export."""
    return kind in SET_ASIDE_KINDS


class Role(enum.StrEnum):
    SOURCE = "source"
    TARGET = "target"


@dataclass
class Segment:
    """One sentence (or title, signature line...) of a document.

    `start`/`end` are character offsets into `Document.text`, so that
    `document.text[start:end]` is the segment as it appeared in the file
    (line breaks and hyphenation included); `text` is the cleaned sentence.
    """

    text: str
    lang: str
    start: int
    end: int
    paragraph: int = 0
    kind: str = "text"
    id: int | None = None


@dataclass
class Paragraph:
    """A block of the document: a paragraph, a title, a signature line, a footnote, a page header.

    `page` is the 1-based page it starts on where the reader knows pages (0 otherwise);
    `note` says why a reader set a paragraph aside ("running header: on 3 pages");
    `refs` are the footnote reference marks taken out of the text, as (offset in `text`,
    label): "78/214" + `(6, "1")` is "78/214¹" on the page.
    """

    text: str
    start: int
    end: int
    kind: str = "text"
    segments: list[Segment] = field(default_factory=list)
    page: int = 0
    note: str = ""
    refs: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class Document:
    """A file as read: its decoded text and the paragraphs rebuilt from it."""

    text: str
    lang: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    path: str | None = None
    format: str = "txt"
    encoding: str = "utf-8"
    meta: dict[str, Any] = field(default_factory=dict)
    role: Role = Role.SOURCE
    id: int | None = None

    @property
    def segments(self) -> list[Segment]:
        """The segments a translator aligns: every one but those of set-aside paragraphs."""
        return [s for p in self.paragraphs if not is_set_aside(p.kind) for s in p.segments]

    @property
    def all_segments(self) -> list[Segment]:
        """Every segment in document order, page furniture and footnotes included."""
        return [s for p in self.paragraphs for s in p.segments]


@dataclass
class Draft:
    """The draft translation of one segment: by a model, or taken from the translation memory.

    `origin` says which (`model`, `memory` = memory 100%, `memory-numbers` = memory 100% with
    numbers or dates substituted, `memory-joined` = covered by the previous segment's memory
    draft); `origin_name` names the TMX or project a memory draft came from.
    """

    segment_id: int
    model: str
    text: str
    flags: list[str] = field(default_factory=list)
    origin: str = "model"
    origin_name: str = ""


@dataclass
class Link:
    """A pairing of source segments with target segments.

    In a stored project `src` and `tgt` hold segment ids; the aligner works on
    0-based positions and the pipeline maps them to ids before storing.
    `[a]` / `[]` is a 1:0 link (an unaligned source segment).
    """

    src: list[int]
    tgt: list[int]
    score: float | None = None
    status: LinkStatus = LinkStatus.PROPOSED
    note: str = ""
    flags: list[str] = field(default_factory=list)
    position: float = 0.0
    id: int | None = None
    target_document: int | None = None
    """Which target document `tgt` lists segments of; None is the project's first target."""

    @property
    def kind(self) -> str:
        """Link type as translators write it: "1:1", "2:1", "0:1"..."""
        return f"{len(self.src)}:{len(self.tgt)}"


@dataclass
class Project:
    id: int
    name: str
    src_lang: str
    tgt_lang: str
    created_at: str
    updated_at: str
    version: int = 0
    settings: dict[str, Any] = field(default_factory=dict)
