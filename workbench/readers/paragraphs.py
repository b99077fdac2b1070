"""From physical lines to paragraphs: the part of the paragraph rebuild that text and PDF readers share.

A front-end (`pdftext` for text, `pdf` for a PDF's page layout) turns its input
into `Line`s: spans of one text, with their indentation, the gap before them,
page breaks and, where it knows better than the text rules, whether the line
starts a paragraph and what kind of line it is (page furniture, a footnote).
`build_paragraphs()` then does the rest the same way for both:

1. set-aside lines (running headers, page numbers, footnotes) leave the flow of
   the body, so a sentence running over a page break stays one paragraph;
2. the body lines are grouped into paragraphs (the front-end's `starts`, or the
   text rules of `_is_start`);
3. signature blocks become one paragraph per line;
4. lines are joined with one space, line-end hyphens resolved against the words
   of the document itself, footnote reference marks taken out (and kept in
   `Paragraph.refs`), a bullet glyph before a list item dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from workbench.model import FOOTNOTE, FURNITURE, Paragraph
from workbench.segment.rules import LanguageRules, all_signature_markers

TERMINAL = ".!?…:;"
CLOSERS = "»”\"’')]"
LIST_ITEM = re.compile(
    r"^(?:[•·▪◦‣●■□➢*–—-]\s|\(?\d{1,3}(?:[.)]|°)\s|[1-9]\d?(?:\.\d{1,2})+\.?\s(?=[A-ZÀ-Þ«“(])"
    r"|\(?[a-zA-Z][.)]\s|\(?[ivxIVX]{1,4}[.)]\s)"
)
# Glyphs that only draw a bullet: Word and LibreOffice lists put them on the page, not in the text.
BULLETS = "•▪◦‣●■□➢\uf0b7\uf0a7\uf0d8"
_BULLET_START = re.compile(rf"^[{BULLETS}·]\s+")
_SECTION_LABEL = re.compile(r"^(?:[IVXLC]{1,6}|[A-H])\.\s")
_CLOSING_LINE = re.compile(r"^[A-ZÀ-ÖØ-Þ][^.!?:;]{0,48},$")
_WORD_END = re.compile(r"([^\W\d_]+)-$")


def split_word(line: str) -> str | None:
    """The start of a word cut by a hyphen at the end of `line` ("dé-" → "dé"), or None."""
    if not line.endswith("-"):
        return None  # and the pattern is never run over a long line: it would try every start
    m = _WORD_END.search(line[-80:])
    return m.group(1) if m else None


_WORD_START = re.compile(r"^([^\W\d_]+)")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not \u00a0: French no-break spaces stay


@dataclass
class Line:
    start: int  # offset of the first non-space character in the whole text
    end: int  # offset after the last non-space character
    text: str  # the line without leading/trailing whitespace
    indent: int
    gap: int = 0  # before this line: 0 adjacent, 1 soft blank, 2 hard break
    page_break: bool = False  # a page break comes before this line
    kind: str = ""  # set by the front-end: FURNITURE or FOOTNOTE (set aside), "heading"; "" = body text
    note: str = ""  # why a line was set aside, for `workbench inspect`
    page: int = 0  # 1-based page, where the input has pages
    starts: bool | None = None  # the front-end knows whether this line starts a paragraph
    marks: list[tuple[int, int, str]] = field(default_factory=list)  # footnote marks: (start, end, label) offsets
    prefix: str = ""  # a label printed elsewhere ("1." in a column of labels) that opens this line

    @property
    def set_aside(self) -> bool:
        return self.kind in (FURNITURE, FOOTNOTE)

    def put_aside(self, kind: str, note: str) -> None:
        """Set the line aside as `kind`, unless a rule before already did (its reason stands)."""
        if not self.kind:
            self.kind, self.note = kind, note


@dataclass
class Block:
    lines: list[Line]
    kind: str = "text"


def ends_sentence(s: str) -> bool:
    s = s.rstrip(CLOSERS + " ")
    return bool(s) and s[-1] in TERMINAL


def all_caps(s: str) -> bool:
    letters = [ch for ch in s if ch.isalpha()]
    return len(letters) >= 3 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)  # "XXIe SIÈCLE"


def is_signature_marker(s: str) -> bool:
    return s.startswith(all_signature_markers())


def quantile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class Lexicon:
    """The words of one document, to tell a line-end hyphen that splits a word from a real one.

    "Pro-" + "gramme" becomes "Programme" when the document writes "programme"
    elsewhere, and "Jean-" + "Luc" keeps its hyphen when it writes "Jean-Luc";
    the language's lists decide only for words the document gives no evidence on.
    """

    def __init__(self, lines: list[Line], text: str) -> None:
        self.words: Counter[str] = Counter()
        self.compounds: Counter[str] = Counter()
        self._glued: dict[str, str] | None = None
        self._glued_words: re.Pattern[str] | None = None
        self._stems: dict[int, set[str]] = {}
        cut = False  # the line before ended on a word cut by a hyphen
        for ln in lines:
            piece = text[ln.start : ln.end]
            if cut:
                piece = piece.split(" ", 1)[1] if " " in piece else ""  # nor does the rest of that word
            cut = split_word(piece) is not None
            if cut:
                piece = piece[: piece.rfind(" ") + 1] if " " in piece else ""  # the split word proves nothing
            for w in _WORDS.findall(piece):
                low = w.lower()
                if "-" in low:
                    self.compounds[low] += 1
                    self.words.update(low.split("-"))
                else:
                    self.words[low] += 1

    def rehyphenate(self, paragraph: str) -> str:
        """Put back the hyphen a PDF extraction took out of a compound at a line end.

        `pdftotext` joins "Secretary-" + "General" into "SecretaryGeneral"; the
        document writes "Secretary-General" elsewhere, and more often than the glued form.
        """
        if self._glued_words is None:
            keys = sorted(self.glued, key=len, reverse=True)
            self._glued_words = (
                re.compile(rf"\b(?:{'|'.join(map(re.escape, keys))})\b", re.IGNORECASE) if keys else None
            )
        if self._glued_words is None or not self._glued_words.search(paragraph):
            return paragraph

        def fix(m: re.Match[str]) -> str:
            word = m.group()
            compound = self.glued.get(word.lower())
            if compound is None or self.compounds[compound] < self.words[word.lower()]:
                return word
            cut = compound.index("-")
            return word[:cut] + "-" + word[cut:]

        return _WORDS.sub(fix, paragraph)

    @property
    def glued(self) -> dict[str, str]:
        if self._glued is None:
            self._glued = {c.replace("-", ""): c for c in self.compounds if c.count("-") == 1}
        return self._glued

    def keeps_hyphen(self, before: str, after: str, rules: LanguageRules) -> bool:
        low_before, low_after = before.lower(), after.lower()
        if self.compounds[f"{low_before}-{low_after}"]:
            return True
        joined = low_before + low_after
        if self.words[joined] or self._stem_seen(joined, len(low_before) + 3):
            return False  # "pré-" + "pare" where the document writes "préparation"
        if after[0].isupper() or low_after in rules.hyphen_keep_suffixes:
            return True  # "Jean-" + "Pierre", "anti-" + "OTAN", "ci-" + "joint"
        # "ex-" + "président" is a compound only if the document knows the second word on its own:
        # "Ex-" + "ceptionally" is a word cut by the layout.
        return low_before in rules.hyphen_keep_prefixes and bool(self.words[low_after])

    def _stem_seen(self, joined: str, length: int) -> bool:
        """Some word of the document starts like `joined` (its first `length` letters, 5 to 8)."""
        k = min(length, 8, len(joined))
        if k < 5:
            return False
        if k not in self._stems:
            self._stems[k] = {w[:k] for w in self.words if len(w) >= k}
        return joined[:k] in self._stems[k]


def _join(lines: list[Line], text: str, rules: LanguageRules, lexicon: Lexicon) -> tuple[str, list[tuple[int, str]]]:
    """The paragraph as one clean line, and its footnote marks as (offset, label).

    Wraps become spaces, line-end hyphens are resolved, marks are cut out.
    """
    parts: list[str] = []
    refs: list[tuple[int, str]] = []
    length = 0
    for i, ln in enumerate(lines):
        raw = text[ln.start : ln.end]
        pieces: list[str] = []
        pos = ln.start
        for a, b, label in sorted(ln.marks):
            pieces.append(text[pos:a])
            refs.append((length + len(_SPACES.sub(" ", "".join(pieces))), label))
            pos = b
        pieces.append(text[pos : ln.end])
        piece = _SPACES.sub(" ", "".join(pieces) if ln.marks else raw)
        if ln.prefix:
            piece = f"{ln.prefix} {piece}"
        if i + 1 < len(lines):
            nxt = lines[i + 1].text
            if piece.endswith("\u00ad"):
                piece = piece[:-1]
            else:
                cut = split_word(piece)
                w = _WORD_START.match(nxt)
                if cut and w and not piece.endswith(" -"):
                    if not lexicon.keeps_hyphen(cut, w.group(1), rules):
                        piece = piece[:-1]
                else:
                    piece += " "
        parts.append(piece)
        length += len(piece)
    joined = lexicon.rehyphenate("".join(parts))
    bullet = _BULLET_START.match(joined)
    if bullet:
        joined = joined[bullet.end() :]
        refs = [(max(0, at - bullet.end()), label) for at, label in refs]
    return joined, refs


def _kind(block: Block, joined: str) -> str:
    if block.kind != "text":
        return block.kind
    letters = [ch for ch in joined if ch.isalpha()]
    titled = bool(letters) and not ends_sentence(joined)
    if _SECTION_LABEL.match(joined) and titled and len(joined) <= 150:
        return "heading"  # "I. Introduction", "A. Contexte"
    if LIST_ITEM.match(joined) or block.lines[0].text[:1] in BULLETS:
        return "list"
    if titled and (len(joined) <= 300 or all(ch.isupper() for ch in letters)):
        return "heading"
    return "text"


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
            and all(len(t) <= 70 and not ends_sentence(t) and (t[0].isupper() or t[0] == "(") for t in texts)
        ):
            out += [Block([ln], "signature") for ln in block.lines]  # more lines of the same signature block
            continue
        short = all(len(t) <= 70 and not t.endswith((".", "!", "?")) or is_signature_marker(t) for t in texts)
        marker = any(is_signature_marker(t) for t in texts)
        # "L’Ambassadeur,", "Pour le ministre et par délégation,": a short line ending in a comma
        closing = bool(_CLOSING_LINE.match(texts[0])) and len(texts[0].split()) <= 7
        nxt = blocks[bi + 1].lines[0].text if bi + 1 < len(blocks) else ""
        if short and len(texts) <= 6 and (marker or (closing and (len(texts) > 1 or is_signature_marker(nxt)))):
            for ln in block.lines:
                last_line = out[-1].lines[-1].text if out else ""
                if ln.text[:1].islower() and out and out[-1].kind == "signature" and not last_line.endswith(","):
                    out[-1].lines.append(ln)  # a wrapped line, not a new signature line
                else:
                    out.append(Block([ln], "signature"))
        elif closing and len(texts) == 1:
            out.append(Block(block.lines, "signature"))
        else:
            out.append(block)
    return out


def _set_aside_blocks(lines: list[Line]) -> list[Block]:
    """Runs of set-aside lines as blocks: one per furniture line, one per footnote."""
    blocks: list[Block] = []
    for ln in lines:
        prev = blocks[-1] if blocks else None
        joins = (
            ln.kind == FOOTNOTE
            and not ln.starts
            and prev is not None
            and prev.kind == FOOTNOTE
            and prev.lines[-1].page == ln.page
        )
        if joins and prev is not None:
            prev.lines.append(ln)
        else:
            blocks.append(Block([ln], ln.kind))
    return blocks


def build_paragraphs(
    lines: list[Line], text: str, rules: LanguageRules, text_starts: Callable[[list[Line]], list[bool]] | None = None
) -> list[Paragraph]:
    """Paragraphs (with spans into `text`) from the lines of one document.

    `text_starts(body_lines)` says which body lines start a paragraph where the
    front-end left `Line.starts` unset (the text rules of `pdftext`).
    """
    lexicon = Lexicon(lines, text)
    aside: list[Line] = []
    body: list[Line] = []
    pending_gap = 0
    for ln in lines:
        if ln.set_aside:
            aside.append(ln)
            pending_gap = max(pending_gap, ln.gap)
            continue
        if pending_gap:
            # Blank lines around a page's footer and the next page's header are no paragraph
            # break: the text goes on over the page break unless it visibly does not.
            ln.gap = max(
                ln.gap, min(pending_gap, 1) if ln.page_break or body and body[-1].page != ln.page else pending_gap
            )
            pending_gap = 0
        body.append(ln)
    guessed = text_starts(body) if text_starts is not None and body else [False] * len(body)
    text_blocks: list[Block] = []
    for ln, guess in zip(body, guessed, strict=True):
        start = guess if ln.starts is None else ln.starts
        if start or not text_blocks:
            text_blocks.append(Block([ln]))
        else:
            text_blocks[-1].lines.append(ln)
    text_blocks = _signature_blocks(text_blocks)
    ordered = sorted(_set_aside_blocks(aside) + text_blocks, key=lambda b: b.lines[0].start)
    paragraphs: list[Paragraph] = []
    for block in ordered:
        joined, refs = _join(block.lines, text, rules, lexicon)
        first = block.lines[0]
        paragraphs.append(
            Paragraph(
                text=joined,
                start=first.start,
                end=block.lines[-1].end,
                kind=_kind(block, joined),
                page=first.page,
                note=first.note if block.kind in (FURNITURE, FOOTNOTE) else "",
                refs=refs,
            )
        )
    return paragraphs
