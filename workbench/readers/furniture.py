"""Page furniture: what a page repeats around its text (document symbol, job number, page counter).

Both front-ends ask the same two questions of a line at the top or the bottom
of a page: does it look like furniture on its own (`furniture_reason`), and
does it come back on other pages at that place (`RepeatedLines`)? Each answer
carries the reason that `workbench inspect` shows.
"""

from __future__ import annotations

import re
from collections import Counter

# A document symbol: A/79/287, S/2024/123, E/CN.6/2025/3, A/HRC/55/L.12, CERD/C/FRA/CO/22-23.
_SYMBOL = r"[A-Z]{1,8}(?:/[A-Z0-9][A-Za-z0-9.\-]*)+(?:/Add\.\d+|/Rev\.\d+|/Corr\.\d+)*"
# A job number: 24-13377, 24-13377 (F), 24-13377 (E) 050924, GE.25-05512 (F).
_JOB = r"(?:GE\.)?\d{2}-\d{4,6}(?:\s*\([A-Z]\))?(?:\s+\d{6})?"
# A page counter: 3, - 3 -, 3/15, Page 3, page 3 sur 15, p. 3, 3 of 15.
_PAGE = (
    r"(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|p\.)\s*\d{1,4}(?:\s*(?:/|of|sur|de)\s*\d{1,4})?"
    r"|\d{1,4}\s*(?:/|of|sur|de)\s*\d{1,4}|\d{1,4})"
)
_TOKEN = rf"(?:{_SYMBOL}|{_JOB}|{_PAGE})"
_FURNITURE_LINE = re.compile(rf"^{_TOKEN}(?:\s+{_TOKEN}){{0,3}}$", re.IGNORECASE)
_SYMBOL_LINE = re.compile(rf"^{_SYMBOL}$")
# A title line that ends on the document's symbol: "Bureau régional de la santé – BRS/CP/2025/41".
_TITLED_SYMBOL = re.compile(rf"^[^.!?;:]{{3,70}}\s[–—-]\s(?:[^\W\d_]+\s)?{_SYMBOL}(?<=[A-Za-z0-9])$")
_JOB_LINE = re.compile(rf"^{_JOB}$")
_SYMBOL_OR_JOB = re.compile(rf"(?:^|\s)(?:{_SYMBOL}|{_JOB})(?:\s|$)")
PAGE_LINE = re.compile(rf"^{_PAGE}$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


def furniture_reason(text: str) -> str:
    """Why this line is page furniture by its form alone, or "" when it is not."""
    t = text.strip()
    if _TITLED_SYMBOL.match(t) and any(ch.isdigit() for ch in t.rsplit(" ", 1)[-1]):
        return "a title with the document symbol"
    if not t or len(t) > 60:
        return ""
    if PAGE_LINE.match(t):
        return "page number"
    if _SYMBOL_LINE.match(t) and any(ch.isdigit() for ch in t):
        return "document symbol"
    if _JOB_LINE.match(t):
        return "job number"
    if _FURNITURE_LINE.match(t) and _SYMBOL_OR_JOB.search(t):
        return "symbol, job number or page counter"
    return ""


def shape(text: str) -> str:
    """A line with its numbers blanked: the running header "A/79/287 3/15" is the same on every page."""
    return _DIGITS.sub("#", " ".join(text.split()).lower())


class RepeatedLines:
    """Short lines seen at a page's top or bottom on several pages: running headers and footers."""

    def __init__(self, edge_lines: list[tuple[int, str, str]], pages: int) -> None:
        """`edge_lines`: (page, place, text) of every line near a page's top or bottom edge; `place`
        says where on the page it stands ("top", or "top 4" in twelfths of an inch) and must match."""
        seen: dict[tuple[str, str], set[int]] = {}
        for page, place, text in edge_lines:
            if len(text) <= 100:
                seen.setdefault((place, shape(text)), set()).add(page)
        self.pages = pages
        self.counts = Counter({k: len(v) for k, v in seen.items()})

    def reason(self, place: str, text: str) -> str:
        if text.rstrip().endswith((".", "!", "?", ":", ";")):
            return ""  # a running title does not end like a sentence; a repeated sentence is text
        n = self.counts[(place, shape(text))] if len(text) <= 100 else 0
        return f"repeated on {n} pages" if n >= 2 and self.pages >= 2 else ""
