"""How the memory compares sentences: one normal form, the keys of its two indexes, its search terms.

Two sentences are an exact match when their normal forms are equal: Unicode NFC, typographic
quotes and apostrophes as plain ones (« » “ ” → ", ’ → '), every kind of space (no-break,
narrow no-break, thin, tabs, line breaks) as one plain space, no space around quotes or before
; : ! ? %, no invisible characters (zero-width, soft hyphen) or footnote superscripts.
Case, accents, words and numbers count.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

_QUOTES = {ord(c): "'" for c in "‘’‚‛′`´ʼʹ"} | {ord(c): '"' for c in "“”„‟«»‹›″"}
_SPACES = {ord(c): " " for c in "\u00a0\u202f\u205f\u3000\t\r\n\f\v" + "".join(map(chr, range(0x2000, 0x200B)))}
_GONE = {ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad¹²³⁴⁵⁶⁷⁸⁹⁰"}
_TABLE = {**_QUOTES, **_SPACES, **_GONE, ord("…"): "..."}
_RUNS = re.compile(r" {2,}")
_AROUND_QUOTES = re.compile(r' ?" ?')
_BEFORE_MARKS = re.compile(r" (?=[;:!?%])")
_WORD = re.compile(r"[^\W_]+")
BIGRAM_JOIN = "ǂ"
"""Joins the two words of a bigram search term: a letter to SQLite's tokenizer, so the pair stays one term."""

# Only ASCII whitespace is trimmed at segment edges: a NBSP is typography, not padding.
_EDGE = " \t\n\r\f\v"


def normalise(text: str) -> str:
    """The form exact matches compare (see the module's description)."""
    text = unicodedata.normalize("NFC", text).translate(_TABLE)
    text = _RUNS.sub(" ", text).strip()
    text = _AROUND_QUOTES.sub('"', text)
    return _BEFORE_MARKS.sub("", text)


def clean(text: str) -> str:
    """A segment as stored: line breaks and runs of ASCII whitespace become one space; NBSPs stay."""
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).strip(_EDGE)


def join_segments(texts: Iterable[str]) -> str:
    """Segments of an n:m pair, joined by exactly one space; inner characters untouched."""
    return " ".join(t.strip(_EDGE) for t in texts if t.strip(_EDGE))


def hash64(text: str) -> int:
    """A signed 64-bit key (SQLite's INTEGER) for an index on long texts."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def exact_key(text: str) -> int:
    return hash64(normalise(text))


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case without accents, for search terms only (matching itself keeps them)."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _COMBINING.sub("", unicodedata.normalize("NFKD", folded))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def search_terms(text: str) -> list[str]:
    """The terms the fuzzy index keeps for a sentence: its words and its pairs of adjacent words.

    Pairs are what finds a sentence made of common words ("de la", "les Nations"): a word
    alone may be in half the memory, the pair of two rarely is.
    """
    ws = words(text)
    return ws + [a + BIGRAM_JOIN + b for a, b in zip(ws, ws[1:], strict=False)]


def index_text(text: str) -> str:
    """`search_terms` as the space-separated text the full-text index reads (already tokenised)."""
    return " ".join(search_terms(text))
