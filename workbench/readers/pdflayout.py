"""Page layout to paragraphs: what the glyphs' places, sizes and weights say about a PDF's structure.

`layout_lines()` takes the lines of every page (`pdf.read_pdf_lines`) and decides
with the page geometry what the text front-end can only guess:

- **running headers and footers**: lines in a page's top or bottom margin that
  are a document symbol, a job number or a page counter, or that come back at
  the same place on other pages;
- **footnotes**: a block of smaller type at the foot of a page, each note
  starting at its number; the raised marks in the body that call them are cut
  out of the text and kept as references;
- **paragraphs**: a new one starts after extra space between lines, at a change
  of type size or weight, at a label hanging in the margin ("1." with its text
  at the indent is one paragraph), where the indentation changes (a first-line
  indent, a block quotation), after a short line that ends a sentence, and at
  each cell of a table row; a paragraph that runs over a page or column break
  goes on unless the line before ended it.

It returns the document's text (one line per line of the page, pages separated
by form feeds) and `paragraphs.Line`s over it, for `build_paragraphs`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from workbench.model import FOOTNOTE, FURNITURE
from workbench.readers.furniture import RepeatedLines, furniture_reason
from workbench.readers.paragraphs import BULLETS, LIST_ITEM, Line, ends_sentence, is_signature_marker

_NOTE_NUMBER = re.compile(r"^(?:\d{1,3}|[*†‡])(?:\s|$)")
_EDGE_ZONE = 0.15  # running headers and footers sit in the top or bottom 15 % of the page
_MARGIN = 0.07  # the page's top and bottom margins, where a header or footer in small type sits
_EDGE = 3  # lines looked at from each edge of a page


@dataclass
class PdfLine:
    """One line of a page as the glyphs place it (points; `y` is the baseline, down from the page top)."""

    page: int
    text: str  # raised footnote marks shown as superscript digits
    x0: float
    x1: float
    y: float
    size: float
    bold: bool
    text_x: float  # where the text starts after a label hanging in the margin (x0 when there is none)
    marks: list[tuple[int, int, str]] = field(default_factory=list)  # raised marks: (start, end, label) in text
    lead: str = ""  # a raised number opening the line: a footnote's own number
    kind: str = ""
    note: str = ""


@dataclass
class PdfPage:
    number: int
    height: float
    lines: list[PdfLine]
    separators: list[float] = field(default_factory=list)  # short rules drawn from the left margin: y from the top


def _mode(values: list[float], weights: list[int] | None = None) -> float:
    counts: Counter[float] = Counter()
    for i, v in enumerate(values):
        counts[v] += weights[i] if weights else 1
    return counts.most_common(1)[0][0] if counts else 0.0


def _mark_furniture(pages: list[PdfPage], body_size: float) -> None:
    edges: list[tuple[int, str, str]] = []
    ordered = [sorted(page.lines, key=lambda ln: ln.y) for page in pages]
    for page, lines in zip(pages, ordered, strict=True):
        for ln in lines[:_EDGE]:
            if ln.y < _EDGE_ZONE * page.height:
                edges.append((ln.page, f"top {round(ln.y / 12)}", ln.text))
        for ln in lines[-_EDGE:]:
            if ln.y > (1 - _EDGE_ZONE) * page.height:
                edges.append((ln.page, f"bottom {round(ln.y / 12)}", ln.text))
    repeated = RepeatedLines(edges, len(pages))
    for page, lines in zip(pages, ordered, strict=True):
        height = page.height
        for where, edge in (("top", lines[:_EDGE]), ("bottom", lines[::-1][:_EDGE])):
            for ln in edge:
                inside = ln.y < _EDGE_ZONE * height if where == "top" else ln.y > (1 - _EDGE_ZONE) * height
                if not inside:
                    break
                reason = furniture_reason(ln.text)
                if not reason:
                    reason = repeated.reason(f"{where} {round(ln.y / 12)}", ln.text)
                    reason = f"running {'header' if where == 'top' else 'footer'}: {reason}" if reason else ""
                margin = ln.y < _MARGIN * height if where == "top" else ln.y > (1 - _MARGIN) * height
                small = ln.size < body_size - 0.4 and not _NOTE_NUMBER.match(ln.text) and not ln.lead
                if not reason and margin and small:
                    reason = "small type in the page margin"
                if not reason:
                    break
                ln.kind, ln.note = FURNITURE, f"{reason} (page {where})"


def _mark_above_text(pages: list[PdfPage]) -> None:
    """A first page's letterhead: lines above where the text starts on every other page.

    Word and LibreOffice push a page's text down below a taller header (a first-page
    letterhead); on the other pages the text starts at the top margin.
    """
    tops = [
        min(ln.y for ln in page.lines if not ln.kind) for page in pages[1:] if any(not ln.kind for ln in page.lines)
    ]
    if not tops:
        return
    top = min(tops)
    for page in pages:
        for ln in page.lines:
            # (a letterhead stays in the page's top quarter, wherever the other pages start)
            if not ln.kind and ln.y < min(top - 0.6 * ln.size, 0.25 * page.height):
                ln.kind, ln.note = FURNITURE, "above the text area of the other pages (page header)"


def _mark_footnotes(pages: list[PdfPage], body_size: float) -> None:
    """The notes at a page's foot: below a short rule, or in smaller type; one footnote per number."""
    for page in pages:
        candidates = sorted((ln for ln in page.lines if not ln.kind), key=lambda ln: -ln.y)
        rules = [y for y in page.separators if y > 0.4 * page.height]
        block: list[PdfLine] = []
        for ln in candidates:
            below_rule = bool(rules) and ln.y > max(rules)
            if not below_rule and (ln.size > body_size - 0.75 or ln.y < 0.4 * page.height):
                break
            block.append(ln)
        block.reverse()
        starts = [bool(ln.lead or _NOTE_NUMBER.match(ln.text)) for ln in block]
        cut = next((i for i, s in enumerate(starts) if s), None)
        if cut is None:
            continue
        if cut and not (rules and block[0].y > max(rules)):
            block, starts = block[cut:], starts[cut:]  # small type above the first note is not a note
        for ln, start in zip(block, starts, strict=True):
            number = (ln.lead or ln.text.split(" ", 1)[0]) if start else ""
            ln.kind, ln.note = FOOTNOTE, f"footnote {number}" if start else "footnote (continued)"


def _line_pitch(body: list[PdfLine]) -> float:
    """The usual distance between two lines of a paragraph, in type sizes.

    The smallest distance that is common: paragraphs spaced apart make larger
    distances, and in a document of short paragraphs they may even be the most frequent.
    """
    ratios = Counter(
        round((b.y - a.y) / b.size * 20) / 20
        for a, b in zip(body, body[1:], strict=False)
        if a.page == b.page and abs(a.size - b.size) < 0.6 and 0.9 < (b.y - a.y) / b.size < 3.0
    )
    total = sum(ratios.values())
    for ratio in sorted(ratios):
        if ratios[ratio] >= max(2, 0.15 * total):
            return ratio
    return 1.2


def _centred_under(first: PdfLine, cur: PdfLine) -> bool:
    """`cur` is centred under `first` (a title over two lines), not indented."""
    return abs((first.x0 + first.x1) / 2 - (cur.x0 + cur.x1) / 2) < 0.6 * cur.size


class _Starts:
    """Whether each body line starts a paragraph, from the geometry of the lines before it."""

    def __init__(self, body: list[PdfLine], heights: dict[int, float]) -> None:
        self.heights = heights
        self.pitch = _line_pitch(body)
        self.by_page: dict[int, list[PdfLine]] = {}
        for ln in body:
            self.by_page.setdefault(ln.page, []).append(ln)
        self._edges: dict[tuple[int, int, int], float] = {}

    def right_edge(self, line: PdfLine) -> float:
        """Where the text of `line`'s block ends: the right margin of its column, or of the quotation it is in.

        A block of at least three lines indented alike (a quotation) ends where its
        longest line does; a shorter one (a signature, a date) ends at its column's margin,
        where most of the lines beside it end.
        """
        key = (line.page, round(line.x0 / 12), round(line.x1 / 48))
        if key not in self._edges:
            beside = [ln for ln in self.by_page[line.page] if ln.x0 < line.x1 and ln.x1 > line.x0]
            tol = 0.6 * line.size
            block = [ln.x1 for ln in beside if abs(ln.x0 - line.x0) < tol and abs(ln.size - line.size) < 0.6]
            if len(block) >= 3 and any(ln.x0 < line.x0 - tol for ln in beside):
                self._edges[key] = max(block)
            else:
                ends = sorted(ln.x1 for ln in beside)
                self._edges[key] = ends[int(0.8 * (len(ends) - 1))] if ends else line.x1
        return self._edges[key]

    def gap(self, prev: PdfLine | None, cur: PdfLine) -> int:
        if prev is None or prev.page != cur.page or cur.y <= prev.y:
            return 0
        ratio = (cur.y - prev.y) / cur.size
        return 2 if ratio > 2.5 * self.pitch else 1 if ratio > 1.3 * self.pitch + 0.1 else 0

    def margin(self, line: PdfLine) -> float:
        """The left edge of `line`'s column: where the lines beside it start furthest left."""
        return min((ln.x0 for ln in self.by_page[line.page] if ln.x0 < line.x1 and ln.x1 > line.x0), default=line.x0)

    def centred(self, line: PdfLine) -> bool:
        left, right = line.x0 - self.margin(line), self.right_edge(line) - line.x1
        return left > 2 * line.size and abs(left - right) < 1.5 * line.size

    def free(self, line: PdfLine) -> float:
        """The room a centred line leaves on both sides."""
        return self.right_edge(line) - line.x1 + line.x0 - self.margin(line)

    def short(self, prev: PdfLine, cur: PdfLine) -> bool:
        """The first word of `cur` would have fitted at the end of `prev`: `prev` ended its paragraph."""
        word = cur.text.split(" ", 1)[0]
        return self.right_edge(prev) - prev.x1 > (len(word) + 3) * 0.5 * prev.size

    def flows(self, prev: PdfLine, cur: PdfLine) -> bool:
        """From `prev` to `cur` the text goes on to the next page or column."""
        return cur.page != prev.page or prev.y - cur.y > 0.3 * self.heights[cur.page]

    def __call__(self, body: list[PdfLine]) -> list[bool]:
        out: list[bool] = []
        first: PdfLine | None = None  # the first line of the current paragraph
        cont: float | None = None  # where its later lines start
        prev: PdfLine | None = None
        for cur in body:
            start = self._starts(prev, cur, first, cont)
            if start:
                first, cont = cur, None
            elif cont is None or prev is not None and self.flows(prev, cur):
                cont = cur.x0  # a paragraph going on in the next column starts its lines there
            out.append(start)
            prev = cur
        return out

    def _starts(self, prev: PdfLine | None, cur: PdfLine, first: PdfLine | None, cont: float | None) -> bool:
        if prev is None or first is None:
            return True
        tol = 0.6 * cur.size
        hanging = cur.text_x > cur.x0 + 1 or cur.text[:1] in BULLETS
        labelled = hanging or bool(LIST_ITEM.match(cur.text))
        if is_signature_marker(cur.text):
            return True
        if self.flows(prev, cur):
            # A page or column break: the paragraph goes on where its lines would, unless it ended.
            if abs(cur.size - prev.size) > 0.6 or cur.bold != prev.bold or labelled:
                return True
            if cur.text[:1].islower():
                return False
            places = [cont] if cont is not None else [first.x0, first.text_x]
            if min(abs(cur.x0 - x) for x in places) > tol:
                return True
            return ends_sentence(prev.text) and self.short(prev, cur)
        if abs(cur.y - prev.y) < 0.3 * cur.size or cur.y < prev.y:
            return True  # the next cell of a table row, or a block beside the text
        if abs(cur.size - prev.size) > 0.6:
            return True
        if cur.bold != prev.bold and (self.short(prev, cur) or not ends_sentence(prev.text) or len(cur.text) < 80):
            return True
        if self.gap(prev, cur):
            return True
        if cur.bold and prev.bold and abs(cur.x0 - prev.x0) < tol and not ends_sentence(prev.text):
            return False  # a heading over two lines: it wraps where its own right indent is
        if labelled and (ends_sentence(prev.text) or prev.text.endswith(",") or hanging and self.short(prev, cur)):
            return True
        if cur.x1 < first.x0 - tol:
            return True  # wholly left of the paragraph's first line: the next row of a table without rules
        if (
            _centred_under(prev, cur)
            and abs(prev.x0 - cur.x0) > tol
            and self.centred(prev)
            and self.centred(cur)
            and self.free(prev) > (len(cur.text.split(" ", 1)[0]) + 3) * 0.5 * cur.size
        ):
            return True  # centred lines that are not a wrap: the next word would have fitted
        if cont is not None:
            if abs(cur.x0 - cont) > tol:
                return True  # the indentation changes: a quotation begins or ends, a first-line indent
        elif first.text_x > first.x0 + 1 or LIST_ITEM.match(first.text):
            label = first.text.split(" ", 1)[0]
            hang = first.text_x if first.text_x > first.x0 + 1 else first.x0 + (len(label) + 1) * 0.55 * first.size
            if abs(cur.x0 - hang) > 1.5 * tol and abs(cur.x0 - first.x0) > tol:
                return True  # a hanging paragraph goes on at its text's indent (or at the margin)
        elif cur.x0 > first.x0 + tol and not _centred_under(first, cur):
            return True  # deeper than a one-line paragraph: a sub-item or a quotation
        return ends_sentence(prev.text) and self.short(prev, cur) or self.short(prev, cur) and cur.text[:1].isupper()


def layout_lines(pages: list[PdfPage]) -> tuple[str, list[Line]]:
    """The document text and its lines, with furniture, footnotes and paragraph starts decided."""
    everything = [ln for page in pages for ln in page.lines]
    body_size = _mode([round(ln.size * 2) / 2 for ln in everything], [len(ln.text) for ln in everything]) or 10.0
    _mark_furniture(pages, body_size)
    _mark_above_text(pages)
    _mark_footnotes(pages, body_size)
    body = [ln for ln in everything if not ln.kind]
    rules = _Starts(body, {page.number: page.height for page in pages}) if body else None
    starts = dict(zip(map(id, body), rules(body), strict=True)) if rules else {}
    parts: list[str] = []
    lines: list[Line] = []
    pos = 0
    prev_body: PdfLine | None = None
    for p, page in enumerate(pages):
        if p:
            parts.append("\f")
            pos += 1
        margin = min((ln.x0 for ln in page.lines), default=0.0)
        for i, ln in enumerate(page.lines):
            if i:
                parts.append("\n")
                pos += 1
            start = pos
            parts.append(ln.text)
            pos += len(ln.text)
            gap = rules.gap(prev_body, ln) if rules and not ln.kind else 0
            lines.append(
                Line(
                    start=start,
                    end=pos,
                    text=ln.text,
                    indent=round((ln.x0 - margin) / (0.5 * body_size)),
                    gap=gap,
                    page_break=i == 0 and p > 0,
                    kind=ln.kind,
                    note=ln.note,
                    page=ln.page,
                    starts=starts.get(id(ln), ln.kind == FOOTNOTE and ln.note != "footnote (continued)"),
                    marks=[(start + a, start + b, label) for a, b, label in ln.marks],
                )
            )
            if not ln.kind:
                prev_body = ln
    return "".join(parts), lines
