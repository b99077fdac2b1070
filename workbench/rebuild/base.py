"""What every document writer shares: the English of each paragraph, and how it maps onto runs of text.

A writer gets one `ParagraphOut` per paragraph of the source Document: the
source text as the reader gave it, the span and English of each segment in it,
and the English paragraph (`None` where the source is kept, e.g. a page number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.errors import InputError
from workbench.model import Document, is_set_aside
from workbench.textjoin import join_pair

_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_WS = " \t\r\n\f\v"

# Output formats a document can be written in, by file suffix.
OUTPUT_FORMATS = {".txt": "txt", ".text": "txt", ".md": "txt", ".docx": "docx", ".html": "html", ".htm": "html"}
# The format an input is written back in when no other is asked for (a PDF layout is not rebuilt).
NATURAL_OUTPUT = {"txt": "txt", "docx": "docx", "html": "html", "pdf": "txt"}


# A French sentence left in the English document (no English for it yet) travels between these
# two noncharacters, which no input holds, until each writer shows it: a highlight in Word and
# HTML, `[[FR: …]]` in text. A translator must see at once which parts are still French.
GAP_OPEN, GAP_CLOSE = "\ufdd0", "\ufdd1"
TEXT_GAP_OPEN, TEXT_GAP_CLOSE = "[[FR: ", "]]"


def mark_gap(text: str) -> str:
    return f"{GAP_OPEN}{text}{GAP_CLOSE}"


def split_gaps(text: str) -> list[tuple[str, bool]]:
    """`text` as (piece, is_french_gap) pieces, in order, without the marks; adjacent gaps are one."""
    text = text.replace(f"{GAP_CLOSE} {GAP_OPEN}", " ").replace(f"{GAP_CLOSE}{GAP_OPEN}", "")
    out: list[tuple[str, bool]] = []
    inside = False
    piece = ""
    for ch in text:
        if ch in (GAP_OPEN, GAP_CLOSE):
            if piece:
                out.append((piece, inside))
            piece = ""
            inside = ch == GAP_OPEN
            continue
        piece += ch
    if piece:
        out.append((piece, inside))
    return out


def text_gaps(text: str) -> str:
    """The marks as plain text: `[[FR: Le présent rapport…]]`."""
    return "".join(f"{TEXT_GAP_OPEN}{p}{TEXT_GAP_CLOSE}" if gap else p for p, gap in split_gaps(text))


class SourceChangedError(InputError):
    """The original file no longer matches the document the translation was made from."""


@dataclass
class SegmentOut:
    start: int  # offsets into ParagraphOut.source, or -1 when unknown (a segment edited in review)
    end: int
    english: str


@dataclass
class ParagraphOut:
    source: str
    kind: str
    segments: list[SegmentOut]
    text: str | None  # the English paragraph; None: keep the source as it is


@dataclass
class RebuildResult:
    """What a document export wrote, and what the user should know about it."""

    path: Path
    format: str
    paragraphs: int
    segments: int
    untranslated: int = 0
    notes: list[str] = field(default_factory=list)


def count(n: int, one: str, many: str | None = None) -> str:
    """`1 paragraph`, `2 paragraphs`."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def join_english(parts: list[tuple[str, bool]]) -> str:
    """Segments' English as one paragraph: `(text, spaced)` where `spaced` says the source had a gap before it.

    Empty parts (a segment whose English went with its neighbour's link) are skipped; spaced
    parts are joined as sentences are (`workbench.textjoin`: no space before a closing quote).
    """
    out = ""
    for text, spaced in parts:
        text = _SPACES.sub(" ", text).strip(" ")
        if not text:
            continue
        if not out:
            out = text
        elif spaced:
            out = join_pair(out, text) if not _marks_edge(out, text) else out + " " + text
        else:
            out += text
    return out


def _marks_edge(left: str, right: str) -> bool:
    """A gap mark at the meeting point: the sentences on either side belong to different texts."""
    return left.endswith(GAP_CLOSE) or right.startswith(GAP_OPEN)


def plan_paragraphs(document: Document, english: list[str]) -> list[ParagraphOut]:
    """One ParagraphOut per paragraph of `document`, given the English of every segment in order.

    `english` follows `document.segments`; page furniture and footnotes, which are not
    translated, stay in place as they were read.
    """
    segments = document.segments
    if len(english) != len(segments):
        raise ValueError(f"{len(english)} translations for {len(segments)} segments")
    it = iter(english)
    plans: list[ParagraphOut] = []
    text = document.text
    for par in document.paragraphs:
        if is_set_aside(par.kind):
            plans.append(ParagraphOut(" ".join(par.text.split()), par.kind, [], None))
            continue
        source = par.text
        # Stored paragraphs hold the raw span; offsets map into it only when it is the clean text too.
        raw = text[par.start : par.end] == source
        outs: list[SegmentOut] = []
        parts: list[tuple[str, bool]] = []
        prev_end: int | None = None
        for seg in par.segments:
            en = next(it)
            spaced = prev_end is not None and _apart(text, prev_end, seg.start)
            prev_end = seg.end
            parts.append((en, spaced))
            a, b = seg.start - par.start, seg.end - par.start
            if not (raw and 0 <= a < b <= len(source) and source[a:b] == seg.text):
                a = b = -1
            outs.append(SegmentOut(a, b, en))
        joined = join_english(parts) if par.segments else None
        plans.append(ParagraphOut(source, par.kind, outs, joined))
    return plans


def _apart(text: str, prev_end: int, start: int) -> bool:
    """Did the source have a space between two sentences? Only sentences that touch with no space in
    the file ("fin.Suite") are written touching. A sentence cut in review ends where the next one
    begins, after the space it had: that is a space too ("civil registration. Report of")."""
    if start > prev_end:
        return True
    if not 0 < prev_end <= len(text) or start >= len(text):
        return True  # offsets from an edit in review: no text to look at
    return text[prev_end - 1] in _WS or text[start] in _WS


def map_pieces(pieces: list[str], plan: ParagraphOut) -> tuple[list[tuple[str, str, str] | None], bool]:
    """New text for each piece (a Word run, an HTML text node) of one paragraph.

    Returns `(new, clean)`: `new[i]` is `(leading space, English, trailing space)` for a
    piece whose text changes, or None for one left as it is. A sentence inside one piece
    goes into that piece (its formatting kept); a sentence running over several pieces
    goes, with the sentences sharing those pieces, into the first of them, and the others
    are emptied. `clean` is True when no sentence ran over a piece boundary. When the
    segments cannot be placed at all (edited in review), the whole paragraph goes into
    its first piece with text.
    """
    assert plan.text is not None
    owner: list[int] = []  # piece index of every character of the paragraph as the reader cleans it
    clean_chars: list[str] = []
    pending_space: int | None = None
    for i, piece in enumerate(pieces):
        for ch in piece:
            if ch in _WS:
                if pending_space is None:
                    pending_space = i
            else:
                if pending_space is not None and clean_chars:
                    clean_chars.append(" ")
                    owner.append(pending_space)
                pending_space = None
                clean_chars.append(ch)
                owner.append(i)
    texty = [i for i, piece in enumerate(pieces) if piece.strip(_WS)]
    if not texty:
        return [None] * len(pieces), False
    # Groups of pieces that sentences hold together: [first piece, last piece, English parts].
    groups: list[list[Any]] = []
    placed = "".join(clean_chars) == plan.source and all(s.start >= 0 for s in plan.segments)
    prev_end: int | None = None
    for seg in plan.segments if placed else []:
        owners = [owner[k] for k in range(seg.start, seg.end) if clean_chars[k] != " "]
        spaced = prev_end is not None and seg.start > prev_end
        prev_end = seg.end
        first, last = min(owners), max(owners)
        if groups and first <= groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], last)
            groups[-1][2].append((seg.english, spaced))
        else:
            groups.append([first, last, [(seg.english, spaced)]])
    covered = {i for g in groups for i in texty if g[0] <= i <= g[1]}
    if not placed or covered != set(texty):
        groups = [[texty[0], texty[-1], None]]  # the whole paragraph into its first piece
    new: list[tuple[str, str, str] | None] = [None] * len(pieces)
    clean = all(g[0] == g[1] for g in groups) and groups[0][2] is not None
    for first, last, parts in groups:
        english = plan.text if parts is None else join_english(parts)
        members = [i for i in texty if first <= i <= last]
        for i in members:
            piece = pieces[i]
            lead = piece[: len(piece) - len(piece.lstrip(_WS))]
            trail = piece[len(piece.rstrip(_WS)) :]
            if i == members[0] and english:
                new[i] = (lead, english, trail if i == members[-1] else "")
            elif i == members[-1]:
                # The group's last piece keeps what separated it from the next piece.
                new[i] = ("", "", trail or (lead[:1] if not english else ""))
            else:
                new[i] = ("", "", "")
        # Spaces, tabs or line breaks inside the group would trail its English.
        for i in range(members[0] + 1, members[-1]):
            if new[i] is None and pieces[i]:
                new[i] = ("", "", "")
    return new, clean


def natural_suffix(fmt: str) -> str:
    return "." + NATURAL_OUTPUT.get(fmt, "txt")


def output_format(out: Path, source_format: str) -> str:
    """The format to write, from the output's suffix; a clear error for what cannot be written."""
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        raise InputError(
            f"{out.name}: rebuilding a PDF layout is out of scope; write the English as .txt or .docx instead"
        )
    fmt = OUTPUT_FORMATS.get(suffix)
    if fmt is None:
        raise InputError(f"cannot write {out.name}: give a .txt, .docx or .html output file")
    if fmt == "html" and source_format != "html":
        raise InputError(f"{out.name}: an .html output needs an .html input; write .txt or .docx instead")
    return fmt
