"""Rebuild paragraphs from text extracted from a PDF (or typed with hard line breaks).

The input has hard wraps, maybe a blank line after every line (double-spaced
extraction), indentation that marks paragraph starts (or none), hyphenated
words at line ends, page numbers and running headers around form feeds,
titles over several lines and signature blocks. The rules, in order:

1. lines and gaps: a blank line is *soft* (maybe just a wrap) unless the text is
   double-spaced, where single blank lines are the layout and only a line of
   spaces, two blank lines or more separate blocks (*hard* gaps);
2. page furniture (page numbers, running headers) is set aside;
3. a line starts a paragraph after a hard gap, after a soft gap unless the
   sentence visibly goes on, when it is indented deeper than the line before,
   when it is a list item or a signature line, or (when the document has no
   indentation) when the line before ended a sentence and was short;
4. signature blocks ("L’Ambassadeur,", "(Signé) N. Danenov") become one
   paragraph per line;
5. lines are joined with one space; a hyphen at a line end is removed
   (`dé-` + `penses`) unless it is a real one (`ci-` + `joint`).

Every paragraph keeps its span in the original text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from workbench.model import Paragraph
from workbench.segment.rules import LanguageRules, all_signature_markers, rules_for

_LINE_SPLIT = re.compile(r"\r\n|\r|\n|\f|\v|\x0b|\u2028|\u2029|\x85")
_TERMINAL = ".!?…:;"
_CLOSERS = "»”\"’')]"
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|p\.)\s*\d{1,4}(?:\s*(?:/|of|sur|de)\s*\d{1,4})?|\d{1,4}\s*/\s*\d{1,4})$",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
_LIST_ITEM = re.compile(r"^(?:[•·▪◦‣*–—-]\s|\(?\d{1,3}[.)]\s|\(?[a-zA-Z][.)]\s|\(?[ivxIVX]{1,4}[.)]\s)")
_CLOSING_LINE = re.compile(r"^[A-ZÀ-ÖØ-Þ][^.!?:;]{0,48},$")
_WORD_END = re.compile(r"([^\W\d_]+)-$")
_WORD_START = re.compile(r"^([^\W\d_]+)")


@dataclass
class Line:
    start: int  # offset of the first non-space character in the whole text
    end: int  # offset after the last non-space character
    text: str  # the line without leading/trailing whitespace
    indent: int
    gap: int = 0  # before this line: 0 adjacent, 1 soft blank, 2 hard break
    page_break: bool = False  # a form feed comes before this line
    furniture: bool = False


@dataclass
class Block:
    lines: list[Line]
    kind: str = "text"


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
    width = _quantile(lengths, 0.9)
    if width == 0 or width > 200:
        return False
    full = sum(1 for n in lengths if n >= 0.6 * width)
    return full >= 0.6 * len(lengths) and _quantile(lengths, 0.5) >= 0.7 * width


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
    for kind, start, end, ff in entries:
        page_break = page_break or ff
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
            )
        )
        empties = spaces = 0
        page_break = False
    return lines


def _mark_furniture(lines: list[Line]) -> None:
    """Page numbers and running headers/footers: only where the layout shows pages."""
    has_pages = any(ln.page_break for ln in lines)
    for ln in lines:
        if _PAGE_NUMBER.match(ln.text):
            ln.furniture = True
    if not has_pages:
        return
    # Around a form feed: bare page numbers near it, and first/last lines of pages
    # that repeat on several pages (running headers and footers).
    near: set[int] = set()
    edges: set[int] = {j for j in (0, len(lines) - 1) if j >= 0}
    for i, ln in enumerate(lines):
        if ln.page_break:
            near.update(j for j in (i - 2, i - 1, i, i + 1) if 0 <= j < len(lines))
            edges.update(j for j in (i - 1, i) if j >= 0)
    shapes = Counter(re.sub(r"\d+", "#", lines[j].text) for j in edges if len(lines[j].text) <= 80)
    for j in near:
        if _BARE_NUMBER.match(lines[j].text):
            lines[j].furniture = True
    for j in edges:
        if len(lines[j].text) <= 80 and shapes[re.sub(r"\d+", "#", lines[j].text)] >= 2:
            lines[j].furniture = True


def _ends_sentence(s: str) -> bool:
    s = s.rstrip(_CLOSERS + " ")
    return bool(s) and s[-1] in _TERMINAL


def _all_caps(s: str) -> bool:
    letters = [ch for ch in s if ch.isalpha()]
    return len(letters) >= 3 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)  # "XXIe SIÈCLE"


def is_signature_marker(s: str) -> bool:
    return s.startswith(all_signature_markers())


def _quantile(values: list[int], q: float) -> int:
    if not values:
        return 0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _starts(lines: list[Line]) -> list[bool]:
    """Whether each (non-furniture) line starts a new paragraph."""
    if not lines:
        return []
    indents = Counter(ln.indent for ln in lines)
    base = min(indents, key=lambda k: (-indents[k], k))
    # Indentation marks paragraphs when an indented line is followed by wrapped
    # lines at the base indent, i.e. a first-line indent (a stray leading space does not count).
    indent_marked = any(
        a.indent > base and b.indent == base and b.gap == 0 for a, b in zip(lines, lines[1:], strict=False)
    )
    widths = [ln.indent + len(ln.text) for ln in lines]
    width = _quantile(widths, 0.9)
    # Text that was never wrapped: one paragraph per line.
    unwrapped = not indent_marked and width > 250
    out: list[bool] = []
    prev: Line | None = None
    for ln in lines:
        out.append(_is_start(ln, prev, base, indent_marked, width, unwrapped))
        prev = ln
    return out


def _is_start(ln: Line, prev: Line | None, base: int, indent_marked: bool, width: int, unwrapped: bool) -> bool:
    if prev is None or ln.gap == 2 or unwrapped:
        return True
    if is_signature_marker(ln.text):
        return True
    deeper = ln.indent > base and ln.indent > prev.indent
    if ln.gap == 1:
        # A blank line in single-spaced text ends the paragraph, unless indentation
        # marks paragraphs, this line is not indented and the sentence goes on.
        goes_on = indent_marked and ln.indent <= base and not _ends_sentence(prev.text)
        # Without indentation, only a visible continuation bridges a blank line: a
        # hyphen at the line end, or an all-caps title going on in caps.
        goes_on = goes_on or bool(_WORD_END.search(prev.text))
        goes_on = goes_on or _all_caps(prev.text) and _all_caps(ln.text) and not _ends_sentence(prev.text)
        return not goes_on or bool(_LIST_ITEM.match(ln.text))
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
    if _LIST_ITEM.match(ln.text) and (_ends_sentence(prev.text) or prev.text.endswith(",")):
        return True
    first_word = ln.text.split(" ", 1)[0]
    room = width - (prev.indent + len(prev.text))
    if (
        not indent_marked
        and room > len(first_word) + 8
        and room > 0.3 * width
        and ln.text[:1].isupper()
        and not (_all_caps(prev.text) and _all_caps(ln.text))  # an all-caps title wraps early
    ):
        return True  # a short line (a title) and a capital: the next word would have fitted, so not a wrap
    if _ends_sentence(prev.text):
        if room > len(first_word) + 8 and not indent_marked:
            return True  # lost indentation: the next word would have fitted on the short line
        if indent_marked and ln.indent == prev.indent > base and room > len(first_word) + 8:
            return True  # two indented one-line paragraphs in a row
    return False


def _signature_blocks(blocks: list[Block]) -> list[Block]:
    """Split signature blocks into one paragraph per line, kind 'signature'."""
    out: list[Block] = []
    for bi, block in enumerate(blocks):
        texts = [ln.text for ln in block.lines]
        first = block.lines[0]
        last = out[-1].lines[-1] if out else None
        if (
            out
            and out[-1].kind == "signature"
            and last is not None
            and first.gap == 0
            and first.indent == last.indent
            and all(len(t) <= 70 and not _ends_sentence(t) and (t[0].isupper() or t[0] == "(") for t in texts)
        ):
            out += [Block([ln], "signature") for ln in block.lines]  # more lines of the same signature block
            continue
        short = all(len(t) <= 70 and not t.endswith((".", "!", "?")) or is_signature_marker(t) for t in texts)
        marker = any(is_signature_marker(t) for t in texts)
        closing = bool(_CLOSING_LINE.match(texts[0])) and len(texts[0].split()) <= 5
        nxt = blocks[bi + 1].lines[0].text if bi + 1 < len(blocks) else ""
        if short and len(texts) <= 6 and (marker or (closing and (len(texts) > 1 or is_signature_marker(nxt)))):
            for ln in block.lines:
                if ln.text[:1].islower() and out and out[-1].kind == "signature":
                    out[-1].lines.append(ln)  # a wrapped line, not a new signature line
                else:
                    out.append(Block([ln], "signature"))
        elif closing and len(texts) == 1:
            out.append(Block(block.lines, "signature"))
        else:
            out.append(block)
    return out


def _join(lines: list[Line], text: str, rules: LanguageRules) -> str:
    """The paragraph as one clean line: wraps become spaces, line-end hyphens are resolved."""
    parts: list[str] = []
    for i, ln in enumerate(lines):
        piece = re.sub(r"[ \t\r]+", " ", text[ln.start : ln.end])
        if i + 1 < len(lines):
            nxt = lines[i + 1].text
            if piece.endswith("\u00ad"):
                parts.append(piece[:-1])
                continue
            m = _WORD_END.search(piece)
            w = _WORD_START.match(nxt)
            if m and w and not piece.endswith(" -"):
                before, after = m.group(1), w.group(1)
                real = (
                    before.lower() in rules.hyphen_keep_prefixes
                    or after.lower() in rules.hyphen_keep_suffixes
                    or after[0].isupper()  # "Jean-" + "Pierre", "anti-" + "OTAN"
                )
                parts.append(piece if real else piece[:-1])
                continue
            parts.append(piece + " ")
        else:
            parts.append(piece)
    return "".join(parts)


def _kind(block: Block, joined: str) -> str:
    if block.kind != "text":
        return block.kind
    if all(ln.furniture for ln in block.lines):
        return "page-furniture"
    if _LIST_ITEM.match(joined):
        return "list"
    letters = [ch for ch in joined if ch.isalpha()]
    if letters and not _ends_sentence(joined) and (len(joined) <= 300 or all(ch.isupper() for ch in letters)):
        return "heading"
    return "text"


def rebuild_paragraphs(text: str, lang: str = "fr") -> list[Paragraph]:
    """Paragraphs (with spans into `text`) rebuilt from hard-wrapped PDF text."""
    rules = rules_for(lang)
    lines = _lines_with_gaps(text)
    _mark_furniture(lines)
    blocks: list[Block] = []
    body: list[Line] = []
    pending_gap = 0
    for ln in lines:
        if ln.furniture:
            blocks.append(Block([ln], "page-furniture"))
            pending_gap = max(pending_gap, ln.gap)
            continue
        if pending_gap:
            ln.gap = max(ln.gap, pending_gap)
            pending_gap = 0
        body.append(ln)
    starts = _starts(body)
    text_blocks: list[Block] = []
    for ln, start in zip(body, starts, strict=True):
        if start or not text_blocks:
            text_blocks.append(Block([ln]))
        else:
            text_blocks[-1].lines.append(ln)
    text_blocks = _signature_blocks(text_blocks)
    ordered = sorted(blocks + text_blocks, key=lambda b: b.lines[0].start)
    paragraphs: list[Paragraph] = []
    for block in ordered:
        joined = _join(block.lines, text, rules)
        paragraphs.append(
            Paragraph(text=joined, start=block.lines[0].start, end=block.lines[-1].end, kind=_kind(block, joined))
        )
    return paragraphs
