"""Footnotes in PDF text: the notes at a page's foot, and the marks in the body that call them.

Text extracted from a PDF loses the small type and the raised marks: a note
becomes a line "1 Résolution 78/214 de l’Assemblée générale." before the form
feed, and its mark is glued to the word before it ("78/2141", "Programme2").
`mark_footnotes` finds, page by page, a block of numbered notes at the foot of
the page whose numbers follow on from the notes before and are each called by
a glued mark in the page's body; the notes become `footnote` lines and the
marks are cut from the body lines (`Line.marks`), so "78/2141" reads "78/214"
again and the "1" is kept as the note's reference.
"""

from __future__ import annotations

import re

from workbench.model import FOOTNOTE
from workbench.readers.paragraphs import Line

# A note's first line: its number, then its text ("1 Résolution 78/214…", "12 Voir…").
_NOTE_START = re.compile(r"^(\d{1,3})(?:\s+(?=\S)|$)")
_AFTER_MARK = r"(?=[\s.,;:!?)\]»”’'\"]|$)"


def _mark_pattern(label: str) -> re.Pattern[str]:
    """The label glued to what precedes it: a letter or a closing mark (strong), or a digit (weak)."""
    return re.compile(rf"(?<=[^\s\d(\[]){re.escape(label)}{_AFTER_MARK}")


def _note_blocks(page: list[Line]) -> list[tuple[int, list[int]]]:
    """Candidate note blocks at the page's foot: (index of the first note line, the note numbers)."""
    out: list[tuple[int, list[int]]] = []
    numbers: list[int] = []
    for i in range(len(page) - 1, -1, -1):
        m = _NOTE_START.match(page[i].text)
        if m:
            numbers.insert(0, int(m.group(1)))
            out.append((i, list(numbers)))
    return out


def _consecutive(numbers: list[int]) -> bool:
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def _find_marks(body: list[Line], text: str, labels: list[str]) -> list[tuple[Line, int, int, str]] | None:
    """One glued mark per label, in order through the body lines; None when one is missing."""
    found: list[tuple[Line, int, int, str]] = []
    li, pos = 0, 0
    for label in labels:
        pattern = _mark_pattern(label)
        hit = None
        while li < len(body):
            ln = body[li]
            segment = text[ln.start : ln.end]
            m = pattern.search(segment, pos)
            if m:
                hit = (ln, ln.start + m.start(), ln.start + m.end(), label)
                pos = m.end()
                break
            li, pos = li + 1, 0
        if hit is None:
            return None
        found.append(hit)
    return found


def mark_footnotes(lines: list[Line], text: str) -> None:
    """Set aside the footnote blocks of every page and cut their marks out of the body lines."""
    pages: dict[int, list[Line]] = {}
    for ln in lines:
        if not ln.kind:
            pages.setdefault(ln.page, []).append(ln)
    last = 0  # the number of the last note seen: notes are numbered through the document
    for number in sorted(pages):
        page = pages[number]
        best: tuple[int, list[int], list[tuple[Line, int, int, str]]] | None = None
        for first, numbers in _note_blocks(page):
            if not _consecutive(numbers) or first == 0:
                continue
            if numbers[0] != last + 1 and numbers[0] != 1:
                continue
            marks = _find_marks(page[:first], text, [str(n) for n in numbers])
            if marks is not None:
                best = (first, numbers, marks)  # the highest block start wins: more notes, all called
        if best is None:
            continue
        first, numbers, marks = best
        for ln in page[first:]:
            m = _NOTE_START.match(ln.text)
            ln.kind, ln.note = FOOTNOTE, f"footnote {m.group(1)}" if m else "footnote (continued)"
            ln.starts = bool(m)
        for ln, a, b, label in marks:
            ln.marks.append((a, b, label))
        last = numbers[-1]
