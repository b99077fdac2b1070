"""Two sentences as one text: a space between them, except where typography wants none.

Every place that puts sentences together (joining two sentences in review, a merged link's
unit, the rebuilt English document) goes through `join_pair`, so that a closing quotation mark
or bracket that ended up at the start of the next sentence is glued back ("non-discrimination.”",
not "non-discrimination. ”"), and French keeps its no-break space before » : ; ! ?.
"""

from __future__ import annotations

from collections.abc import Iterable

NBSP = "\u00a0"
NNBSP = "\u202f"
_CLOSING = frozenset("”’)]}.,…")
_OPENING = frozenset("“‘([{")
_FRENCH_HIGH = frozenset(":;!?")
_SPACES = (" ", NBSP, NNBSP, "\t", "\n")


def separator(left: str, right: str, lang: str = "en") -> str:
    """What goes between `left` and `right` (both non-empty, without edge spaces)."""
    last, first = left[-1], right[0]
    french = lang.split("-")[0].lower() == "fr"
    if last in _SPACES or first in _SPACES:
        return ""
    if last == "«":
        return NBSP
    if last in _OPENING:
        return ""
    if first == "»":
        return NBSP
    if first in _FRENCH_HIGH:
        return NBSP if french else ""
    if first in _CLOSING:
        return ""
    if first == '"' and (len(right) == 1 or not right[1].isalnum()):
        return ""  # a straight quote that closes: followed by nothing, a space or punctuation
    return " "


def join_pair(left: str, right: str, lang: str = "en") -> str:
    left, right = left.rstrip(" \t\r\n"), right.lstrip(" \t\r\n")
    if not left:
        return right
    if not right:
        return left
    return left + separator(left, right, lang) + right


def join_texts(texts: Iterable[str], lang: str = "en") -> str:
    """Sentences in order as one text (empty ones skipped)."""
    out = ""
    for text in texts:
        out = join_pair(out, text, lang)
    return out


# Only ASCII whitespace is trimmed at segment edges: a NBSP is typography, not padding.
EDGE = " \t\n\r\f\v"


def join_segments(texts: list[str], lang: str = "en") -> str:
    """Segments of an n:m link, joined by one space (none before closing punctuation, a no-break
    space before » and, in French, before : ; ! ?); inner characters untouched."""
    return join_texts((t.strip(EDGE) for t in texts), lang)
