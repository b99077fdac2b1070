"""Rebuild paragraphs from text extracted from a PDF (or typed with hard line breaks).

This is the front-end for text: it has no page geometry, only what `pdftotext`
or a copy-paste leaves (hard wraps, maybe a blank line after every line,
indentation, form feeds between pages). The rules, in order:

1. lines and gaps: a blank line is *soft* (maybe just a wrap) unless the text is
   double-spaced, where single blank lines are the layout and only a line of
   spaces, two blank lines or more separate blocks (*hard* gaps);
2. page furniture is set aside: page counters, document symbols and job numbers
   at a page's top or bottom, and lines that come back at the edges of several
   pages (`furniture`);
3. a footnote block at a page's foot (a small number, then the note, before the
   form feed) is set aside too, and the marks that refer to it are cut out of
   the body ("78/2141" → "78/214", `footnotes`);
4. a label alone on its line ("1.", "a)": how `pdftotext` renders a hanging
   indent) is joined to the text that follows it;
5. a line starts a paragraph after a hard gap, after a soft gap unless the
   sentence visibly goes on, when it is indented deeper than the line before,
   when it is a list item or a signature line, or (when the document has no
   indentation) when the line before ended a sentence and was short;

then `paragraphs.build_paragraphs` groups, joins and names the paragraphs as it
does for a PDF's layout. Every paragraph keeps its span in the original text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from workbench.model import FURNITURE, Paragraph
from workbench.readers.footnotes import mark_footnotes
from workbench.readers.furniture import RepeatedLines, furniture_reason, shape
from workbench.readers.labels import OPENING_QUOTE, join_labels, mark_bullets
from workbench.readers.paragraphs import (
    LIST_ITEM,
    Line,
    all_caps,
    build_paragraphs,
    ends_sentence,
    is_signature_marker,
    quantile,
    split_word,
)
from workbench.segment.rules import rules_for

_LINE_SPLIT = re.compile(r"\r\n|\r|\n|\f|\v|\x0b|\u2028|\u2029|\x85")
# Page counters that are furniture wherever they stand ("- 3 -", "Page 3 of 9"); a bare
# number is furniture only at a page's edge.
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|p\.)\s*\d{1,4}(?:\s*(?:/|of|sur|de)\s*\d{1,4})?|\d{1,4}\s*/\s*\d{1,4})$",
    re.IGNORECASE,
)
_EDGE = 3  # lines looked at from each edge of a page for running headers and footers
_MONTHS = (
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# A date line, alone on its line in a letter or a statement: "New York, le 3 mars 2025", "Geneva, 21 June 2025".
_DATE = rf"(?:\d{{1,2}}(?:er)?\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}},?)\s+\d{{4}}"
_PLACE = r"[A-ZÀ-Þ][^\W\d_]*(?:[ '’-][^\W\d_]+){0,3},\s+(?:le\s+)?"
_DATE_LINE = re.compile(rf"^(?:{_PLACE}{_DATE}\.?|{_DATE})$")
# A line opening on a capitalised word or a number, not on a symbol ("CRE/C/MRZ/3-5") or an acronym.
_WORD_OR_NUMBER = re.compile(r"^(?:[A-ZÀ-Þ][a-zß-ÿ’']|\d[\d\u00a0\u202f ,.]*\s+[^\W\d])")


def _indent_width(prefix: str) -> int:
    return sum(4 if ch == "\t" else 1 for ch in prefix)


def _physical_lines(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, after_form_feed) of every physical line."""
    out: list[tuple[int, int, bool]] = []
    pos = 0
    ff = False
    for m in _LINE_SPLIT.finditer(text):
        out.append((pos, m.start(), ff))
        ff = m.group() == "\f"
        pos = m.end()
    out.append((pos, len(text), ff))
    return out


def _looks_wrapped(text: str, entries: list[tuple[str, int, int, bool]]) -> bool:
    """Most lines fill the measure, as hard-wrapped text does (blank-separated paragraphs do not)."""
    lengths = [len(text[start:end].strip()) for kind, start, end, _ in entries if kind == "t"]
    width = quantile(lengths, 0.9)
    if width == 0 or width > 200:
        return False
    full = sum(1 for n in lengths if n >= 0.6 * width)
    return full >= 0.6 * len(lengths) and quantile(lengths, 0.5) >= 0.7 * width


def _first_line_indents_across_blanks(text: str, entries: list[tuple[str, int, int, bool]]) -> bool:
    """An indented line, one empty line, then an unindented one: a first-line indent, double-spaced."""
    texts = [(i, text[start:end]) for i, (kind, start, end, _) in enumerate(entries) if kind == "t"]
    if not texts:
        return False
    indents = {i: len(t) - len(t.lstrip()) for i, t in texts}
    low = min(indents.values())
    return any(
        indents[i] > low and entries[i + 1][0] == "e" and indents.get(i + 2, -1) == low
        for i, _ in texts
        if i + 2 < len(entries)
    )


def _lines_with_gaps(text: str) -> list[Line]:
    raw = _physical_lines(text)
    entries: list[tuple[str, int, int, bool]] = []  # kind: 't' text, 'e' empty, 'w' spaces only
    for start, end, ff in raw:
        segment = text[start:end]
        stripped = segment.strip()
        if stripped:
            entries.append(("t", start, end, ff))
        else:
            entries.append(("w" if segment else "e", start, end, ff))
    # Double-spaced extraction: text lines mostly come in "text, empty, text" steps.
    steps: Counter[str] = Counter()
    for i, e in enumerate(entries[:-2]):
        if e[0] == "t":
            if entries[i + 1][0] == "t":
                steps["adjacent"] += 1
            elif entries[i + 1][0] == "e" and entries[i + 2][0] == "t":
                steps["double"] += 1
    double = (
        steps["double"] >= 2
        and steps["double"] > 2 * steps["adjacent"]
        and (_looks_wrapped(text, entries) or _first_line_indents_across_blanks(text, entries))
    )
    lines: list[Line] = []
    empties = spaces = 0
    page_break = False
    page = 1
    for kind, start, end, ff in entries:
        page_break = page_break or ff
        page += ff
        if kind == "e":
            empties += 1
            continue
        if kind == "w":
            spaces += 1
            continue
        segment = text[start:end]
        lead = len(segment) - len(segment.lstrip())
        trail = len(segment) - len(segment.rstrip())
        if not lines:
            gap = 2
        elif spaces:
            gap = 2  # a line of spaces is an empty paragraph of the original
        elif double:
            # one blank line is the layout; a blank line of the original shows as 2-3
            gap = 0 if empties <= 1 else 1 if empties <= 3 else 2
        else:
            gap = 0 if empties == 0 else 1 if empties == 1 else 2
        lines.append(
            Line(
                start=start + lead,
                end=end - trail,
                text=segment.strip(),
                indent=_indent_width(segment[:lead]),
                gap=gap,
                page_break=page_break,
                page=page,
            )
        )
        empties = spaces = 0
        page_break = False
    return lines


def _mark_furniture(lines: list[Line]) -> None:
    """Page counters anywhere; symbols, job numbers and repeated lines at the edges of pages."""
    pages: dict[int, list[Line]] = {}
    for ln in lines:
        pages.setdefault(ln.page, []).append(ln)
    edges = [(p, "top", ln.text) for p, group in pages.items() for ln in group[:_EDGE]]
    edges += [(p, "bottom", ln.text) for p, group in pages.items() for ln in group[-_EDGE:]]
    repeated = RepeatedLines(edges, len(pages))
    for ln in lines:
        if _PAGE_NUMBER.match(ln.text):
            ln.put_aside(FURNITURE, "page number")
    # A running header that lost its form feed (pasted text) still comes back word for word.
    everywhere = Counter(shape(ln.text) for ln in lines if furniture_reason(ln.text))
    for ln in lines:
        reason = furniture_reason(ln.text)
        if reason and reason != "page number" and everywhere[shape(ln.text)] >= 2:
            ln.put_aside(FURNITURE, f"{reason}, {everywhere[shape(ln.text)]} times")
    for group in pages.values():
        # A page's header block: the lines above a symbol or job number at the top of the page
        # ("Nations Unies" over "A/80/123", "COMMUNIQUÉ DE PRESSE" over "… – BRS/CP/2025/41").
        marked = [k for k, ln in enumerate(group[:_EDGE]) if furniture_reason(ln.text) not in ("", "page number")]
        for ln in group[: marked[-1]] if marked else []:
            ln.put_aside(FURNITURE, "with the page header")
        for where, edge in (("top", group[:_EDGE]), ("bottom", group[::-1][:_EDGE])):
            for ln in edge:
                reason = ln.note if ln.kind == FURNITURE else furniture_reason(ln.text)
                if not reason and not _continued(ln, group):
                    reason = repeated.reason(where, ln.text)
                    reason = f"running {'header' if where == 'top' else 'footer'}: {reason}" if reason else ""
                if not reason:
                    break
                ln.put_aside(FURNITURE, reason)


def _continued(ln: Line, page: list[Line]) -> bool:
    """The sentence visibly goes on onto the next line: it is text, not a running title."""
    i = page.index(ln)
    return i + 1 < len(page) and page[i + 1].text[:1].islower()


# Advance widths of a proportional font, relative to an average lowercase letter. Text
# extracted from a PDF was wrapped by width, not by characters: "illicite" and "MAMMOUTH"
# fill a line very differently.
_WIDTHS = {
    **dict.fromkeys("ijl.,:;'’!|`", 0.55),
    **dict.fromkeys("ftrI()[]-/ \u00a0\u202f", 0.7),
    **dict.fromkeys("mw", 1.6),
    **dict.fromkeys("MW", 1.9),
    **dict.fromkeys("0123456789", 1.1),
}


@lru_cache(maxsize=8192)
def _visual_length(text: str) -> float:
    return sum(_WIDTHS.get(ch, 1.4 if ch.isupper() else 1.0) for ch in text)


def _char_length(text: str) -> float:
    return float(len(text))


def _measure(lines: list[Line]) -> Callable[[str], float]:
    """Characters or proportional widths: whichever makes the lines that surely wrap most alike.

    A line followed by a lowercase word at the same indent was cut where the next word no
    longer fitted, so such lines all come close to the full measure; text wrapped by a
    program (by characters) is best measured in characters, text laid out by a word
    processor (by widths) in widths.
    """
    wrapped = [
        a.text
        for a, b in zip(lines, lines[1:], strict=False)
        if b.gap == 0 and a.indent == b.indent and b.text[:1].islower() and not a.kind and not b.kind
    ]
    if len(wrapped) < 5:
        return _char_length

    def spread(measure: Callable[[str], float]) -> float:
        values = [measure(t) for t in wrapped]
        mean = sum(values) / len(values)
        return (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5 / mean if mean else 1.0

    return _visual_length if spread(_visual_length) < 0.9 * spread(_char_length) else _char_length


def _starts(lines: list[Line], never_last: frozenset[str] = frozenset()) -> list[bool]:
    """Whether each (non-furniture) line starts a new paragraph.

    A line ending on a word that never ends a sentence or a title ("… of the") never
    ends a paragraph by its shortness alone: the text goes on on the next line.
    """
    if not lines:
        return []
    indents = Counter(ln.indent for ln in lines)
    base = min(indents, key=lambda k: (-indents[k], k))
    # Indentation marks paragraphs when an indented line is followed by wrapped
    # lines at the base indent, i.e. a first-line indent (a stray leading space does not count).
    indent_marked = any(
        a.indent > base and b.indent == base and b.gap == 0 for a, b in zip(lines, lines[1:], strict=False)
    )
    # Text that was never wrapped: one paragraph per line.
    unwrapped = not indent_marked and quantile([ln.indent + len(ln.text) for ln in lines], 0.9) > 250
    measure = _measure(lines)
    width = quantile([ln.indent + measure(ln.text) for ln in lines], 0.9)
    capacity = _capacities(lines, measure, width)
    lengths = [ln.indent + measure(ln.text) for ln in lines]
    wrapped = sum(n >= 0.6 * width for n in lengths) >= 0.6 * len(lines) and quantile(lengths, 0.5) >= 0.7 * width
    out: list[bool] = []
    prev: Line | None = None
    for i, ln in enumerate(lines):
        room = capacity[i - 1] if i else width
        if prev is not None and " " in prev.text and prev.text.rsplit(" ", 1)[-1].lower() in never_last:
            room = 0.0  # "Letter dated … from the Permanent Representative of the" / "Republic of…"
        out.append(_is_start(ln, prev, base, indent_marked, room, unwrapped, measure, wrapped, never_last))
        prev = ln
    return out


def _capacities(lines: list[Line], measure: Callable[[str], float], width: float) -> list[float]:
    """How much each line could hold: the text's measure, or less inside a narrower block.

    A line followed by a lowercase word was cut because that word did not fit, so
    its block holds less than the line and that word: where a neighbour of a line
    proves its block narrower than the text (a quotation indented on both sides),
    the line is judged against that block, not against the page.
    """
    bound: list[float | None] = []
    for a, b in zip(lines, lines[1:], strict=False):
        wraps = b.gap == 0 and b.text[:1].islower()
        bound.append(a.indent + measure(a.text) + measure(" " + b.text.split(" ", 1)[0]) if wraps else None)
    bound.append(None)
    out = []
    for i in range(len(lines)):
        near = [b for b in (bound[i - 1] if i else None, bound[i + 1] if i + 1 < len(lines) else None) if b]
        narrow = [b for b in near if b < 0.92 * width]
        out.append(min(narrow) if narrow else width)
    return out


def _is_start(
    ln: Line,
    prev: Line | None,
    base: int,
    indent_marked: bool,
    width: float,
    unwrapped: bool,
    measure: Callable[[str], float],
    wrapped: bool = True,
    never_last: frozenset[str] = frozenset(),
) -> bool:
    """Whether `ln` starts a paragraph; `width` is what the line before it could hold."""
    if prev is None or ln.gap == 2 or unwrapped:
        return True
    if is_signature_marker(ln.text) or _DATE_LINE.match(ln.text) or _DATE_LINE.match(prev.text):
        return True
    if prev.text.endswith(":") and ln.text[:1] in OPENING_QUOTE:
        return True  # "… en ces termes :" and the quotation: two paragraphs
    if prev.text.endswith(";") and _WORD_OR_NUMBER.match(ln.text):
        return True  # items of a list that lost its bullets: "… maladies ;" then "320 équipes…"
    if prev.text.endswith(";") and width - (prev.indent + measure(prev.text)) > measure(ln.text.split(" ", 1)[0]) + 8:
        return True  # "… supérieur ;" on a short line, then "un mémorandum…": the next item
    deeper = ln.indent > base and ln.indent > prev.indent
    if ln.gap == 1:
        # A blank line in single-spaced text ends the paragraph, unless indentation
        # marks paragraphs, this line is not indented and the sentence goes on.
        goes_on = indent_marked and ln.indent <= base and not ends_sentence(prev.text)
        # Without indentation, only a visible continuation bridges a blank line: a
        # hyphen at the line end, or an all-caps title going on in caps.
        goes_on = goes_on or split_word(prev.text) is not None
        goes_on = goes_on or all_caps(prev.text) and all_caps(ln.text) and not ends_sentence(prev.text)
        # ... or a full line whose sentence goes on in lowercase (over a column or page break).
        full = width - (prev.indent + measure(prev.text)) <= measure(ln.text.split(" ", 1)[0]) + 8
        goes_on = goes_on or wrapped and full and ln.text[:1].islower() and not ends_sentence(prev.text)
        goes_on = goes_on or wrapped and " " in prev.text and prev.text.rsplit(" ", 1)[-1].lower() in never_last
        return not goes_on or bool(LIST_ITEM.match(ln.text))
    if deeper:
        return True
    if indent_marked and base < ln.indent < prev.indent:
        return True  # back from a deeper block (a right-aligned date) to a paragraph indent
    if (
        indent_marked
        and ln.indent == prev.indent > base
        and ln.text[:1].isupper()
        and not prev.text.endswith(",")
        and not is_signature_marker(prev.text)
    ):
        return True  # two indented paragraphs in a row (a one-line title, then a paragraph)
    if LIST_ITEM.match(ln.text) and (ends_sentence(prev.text) or prev.text.endswith(",")):
        return True
    first_word = measure(ln.text.split(" ", 1)[0])
    room = width - (prev.indent + measure(prev.text))
    capital = ln.text[:1].isupper() or ln.text[:1].isdigit()  # "12/4. Date et lieu", "8 novembre 2024"
    if (
        not indent_marked
        and room > first_word + 8
        and capital
        and not (all_caps(prev.text) and all_caps(ln.text))  # an all-caps title wraps early
    ):
        return True  # a short line and a capital or a number: the next word would have fitted, so not a wrap
    if ends_sentence(prev.text):
        if room > first_word + 8 and not indent_marked:
            return True  # lost indentation: the next word would have fitted on the short line
        if indent_marked and ln.indent == prev.indent > base and room > first_word + 8:
            return True  # two indented one-line paragraphs in a row
    return False


def rebuild_paragraphs(text: str, lang: str = "fr") -> list[Paragraph]:
    """Paragraphs (with spans into `text`) rebuilt from hard-wrapped PDF text."""
    lines = _lines_with_gaps(text)
    _mark_furniture(lines)
    mark_footnotes(lines, text)
    mark_bullets(lines)
    lines = join_labels(lines)
    rules = rules_for(lang)
    return build_paragraphs(lines, text, rules, text_starts=lambda body: _starts(body, rules.never_last))
