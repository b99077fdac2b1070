"""Footnotes in PDF text: the notes at a page's foot, and the marks in the body that call them.

Text extracted from a PDF loses the small type and the raised marks. `pdftotext`
puts a page's notes after its text, either as numbered lines ("1 Résolution
78/214…") or as a run of bare numbers followed by the notes' texts ("1", "2",
"3", then three notes), with the page counter sometimes in between; the marks
end up glued to the word before them ("ans2.", "78/2141") or spaced ("78/214 1
de"). `mark_footnotes` finds, page by page, the notes whose numbers follow on
from the notes before and are called by marks in the page's text: the notes
become `footnote` lines (also where the page-furniture rules had taken a note
for a page number or a symbol) and the marks are cut from the body lines
(`Line.marks`), so "78/2141" reads "78/214" again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.model import FOOTNOTE, FURNITURE
from workbench.readers.paragraphs import Line, ends_sentence

_BARE_NUMBER = re.compile(r"^\d{1,3}$")
_NUMBERED_NOTE = re.compile(r"^(\d{1,3})\s+(?=[^\W\d_]|[«“\"(\[])")  # "1 Voir…", never "1 250,0"
_FOOTER = ("job number", "page number", "running", "repeated", "symbol, job number or page counter")
_AFTER_MARK = r"(?=[\s.,;:!?)\]»”’'\"]|$)"
# Words after which a number is a quantity, not a mark: "de 14 pays", "the 5 States".
_COUNTING_WORDS = frozenset(
    "de des du les la le l’ l' à a au aux et ou sur sous par pour en dans entre soit "  # noqa: SIM905
    "of the to and or in on at by for from with than about some over under nearly".split()
)


@dataclass
class _Notes:
    lines: list[Line]  # the page's lines that hold the notes (numbers and texts)
    labels: list[str]
    texts: list[list[Line]]  # the lines of each note, in label order
    numbers: list[Line] = field(default_factory=list)  # bare numbers printed apart from their texts


def _footer(ln: Line) -> bool:
    """A line the page-furniture rules took for a footer for a good reason (not a lone number or symbol)."""
    return ln.kind == FURNITURE and ln.note.startswith(_FOOTER) and not _BARE_NUMBER.match(ln.text)


def _group(texts: list[Line], k: int) -> list[list[Line]]:
    """The last `k` notes among the lines after the numbers: a note starts where the line before
    ended a sentence. Lines before them are the page's text, which `pdftotext` may print after
    the numbers (the page's last items, after the page counter)."""
    breaks = [
        j
        for j in range(1, len(texts))
        if ends_sentence(texts[j - 1].text) and (texts[j].text[:1].isupper() or texts[j].text[:1].isdigit())
    ]
    bounds = [0, *breaks, len(texts)]
    groups = [texts[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    return groups[-k:]


def _bare_run(page: list[Line], first: int) -> _Notes | None:
    """Bare numbers from `first` on ("1", "2", "3"), then as many notes."""
    for i, ln in enumerate(page):
        if ln.text != str(first) or ln.kind == FOOTNOTE:
            continue
        numbers = [ln]
        j = i + 1
        while j < len(page) and (page[j].text == str(first + len(numbers)) or _footer(page[j])):
            if not _footer(page[j]):
                numbers.append(page[j])
            j += 1
        texts = [t for t in page[j:] if not _footer(t) and not _BARE_NUMBER.match(t.text)]
        if not texts:
            continue
        notes = _group(texts, len(numbers))
        used = [t for note in notes for t in note]
        labels = [str(first + k) for k in range(len(notes))]
        return _Notes(numbers + used, labels, notes, numbers)
    return None


def _numbered_lines(page: list[Line], first: int) -> _Notes | None:
    """Notes that each start with their number: "1 Résolution…", "2 Voir…"."""
    for i, ln in enumerate(page):
        m = _NUMBERED_NOTE.match(ln.text)
        if not m or int(m.group(1)) != first or ln.kind == FOOTNOTE:
            continue
        texts: list[list[Line]] = []
        for nxt in page[i:]:
            if _footer(nxt):
                continue
            m = _NUMBERED_NOTE.match(nxt.text)
            if m and int(m.group(1)) == first + len(texts):
                texts.append([nxt])
            elif texts and not _BARE_NUMBER.match(nxt.text):
                texts[-1].append(nxt)  # the note goes on over another line
        labels = [str(first + k) for k in range(len(texts))]
        return _Notes([t for note in texts for t in note], labels, texts)
    return None


_GROUPED = re.compile(r"^\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d+)?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _number_with_mark(tokens: list[str], label: str) -> bool:
    """Digits before a glued mark that make a number only without it: "78/214" + "1",
    "2,500" + "1" or "2 500" + "1" (a group of four digits), the year "2019" + "2"."""
    if not tokens:
        return False
    last = tokens[-1]
    if "/" in last:
        return True
    for number in [last] if len(tokens) < 2 else [last, " ".join(tokens)]:
        if _GROUPED.match(number) and not _GROUPED.match(number + label):
            return True
    return bool(_YEAR.match(last))


def _spaced_mark(before: str, after: str) -> bool:
    """A number standing apart is a mark after a reference or a sentence ("78/214 1 de",
    "available. 3 After") or before a stop ("disponibles 3. Après"), never a quantity
    ("de 3 pays", "Tableau 1")."""
    if not before or before.lower() in _COUNTING_WORDS:
        return False
    if before.isdigit():
        return after in ".,;:"  # "in 2019 2. Home…": a quantity is not followed by a stop
    return "/" in before or before[-1] in ".,;:!?»”)" or after in ".,;:!?"


def _mark_at(body: list[Line], text: str, label: str, after: tuple[int, int]) -> tuple[Line, int, int] | None:
    """The first mark calling note `label` after position `after` (line index, offset).

    A mark glued to a word or a closing sign comes first ("ans2.", "officielle.4"), then
    one glued to a reference number ("78/2141": never to a plain number, "2024" is a
    year), then a spaced one ("78/214 1 de", "disponibles 3. Après") where the number
    cannot be a quantity ("de 3 pays").
    """
    # (after a stop, but not the decimal point of "0.3")
    glued = re.compile(rf"(?:(?<=[^\W\d_])|(?<=[.,;:!?»”’)\]])(?<!\d[.,])){re.escape(label)}{_AFTER_MARK}")
    on_reference = re.compile(rf"(?<=\d){re.escape(label)}{_AFTER_MARK}")
    spaced = re.compile(rf"(?<=\S) {re.escape(label)}(?=[.,;:!?]|\s)")
    for pattern in (glued, on_reference, spaced):
        li, pos = after
        while li < len(body):
            ln = body[li]
            segment = text[ln.start : ln.end]
            for m in pattern.finditer(segment, pos):
                before = segment[: m.start()].split()
                if pattern is on_reference and not _number_with_mark(before[-2:], label):
                    continue
                if pattern is spaced and not _spaced_mark(before[-1] if before else "", segment[m.end() : m.end() + 1]):
                    continue
                return ln, ln.start + m.start(), ln.start + m.end()
            li, pos = li + 1, 0
    return None


def mark_footnotes(lines: list[Line], text: str) -> None:
    """Set aside the footnotes of every page and cut the marks that call them out of the body lines."""
    pages: dict[int, list[Line]] = {}
    for ln in lines:
        pages.setdefault(ln.page, []).append(ln)
    last = 0  # notes are numbered through the document
    for number in sorted(pages):
        page = pages[number]
        notes = None
        for first in dict.fromkeys((last + 1, 1)):
            notes = _bare_run(page, first) or _numbered_lines(page, first)
            if notes is not None:
                break
        if notes is None:
            continue
        start = page.index(notes.lines[0])
        body = [ln for ln in page[:start] if not ln.kind]
        marks: list[tuple[Line, int, int, str]] = []
        where = (0, 0)
        for label in notes.labels:
            found = _mark_at(body, text, label, where)
            if found is not None:
                ln, a, b = found
                marks.append((ln, a, b, label))
                where = (body.index(ln), b - ln.start)
        if not marks or len(marks) < len(notes.labels) / 2 and len(notes.numbers) < 2:
            continue  # no evidence that these numbered lines are notes
        for k, ln in enumerate(notes.numbers):
            ln.kind, ln.note, ln.starts = FOOTNOTE, "footnote numbers (their notes follow)", k == 0
        for label, note in zip(notes.labels, notes.texts, strict=True):
            for k, ln in enumerate(note):
                ln.kind, ln.starts = FOOTNOTE, k == 0
                ln.note = f"footnote {label}" if k == 0 else "footnote (continued)"
        for ln, a, b, label in marks:
            ln.marks.append((a, b, label))
        last = int(notes.labels[-1])
