"""Sentence boundaries inside one clean paragraph, driven by the per-language rules.

A boundary candidate is sentence-final punctuation (. ! ? … ...) with any closing
quotes or brackets, followed by whitespace. Each candidate is then judged by a
short list of rules over the word before it and the word after it, in order:
abbreviations, initials, list markers, numbers, sentence openers, case.
"""

from __future__ import annotations

import re

from workbench.segment.rules import LanguageRules, rules_for

# Closing marks that may follow the final punctuation, possibly after a
# (non-breaking) space; `_closing_end` keeps only those that close a quote or
# bracket opened in the same sentence (the others open or belong to the next one).
_CANDIDATE = re.compile(
    r"(?P<p>\.(?: \.){2,}|\.{2,}|…|[.!?‽]+)(?P<c>(?:[ \u00a0\u202f]?[»”\"’')\]])*)"
    r"(?:[ \t]+[:;]-?[()DPp](?=\s|$))?(?=\s|$)"  # an emoticon after the punctuation belongs to the sentence
)
# A text that ends like a sentence: final punctuation, then at most closing quotes or brackets.
_ENDS_SENTENCE = re.compile(r"[.!?…][\s\"'»”’)\]]*$")
_OPENERS = "«“‘\"'([{¿¡—–-*•"
_ACRONYM = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]$")
_ROMAN = re.compile(r"^[IVXLCDM]{1,5}$|^[ivxlcdm]{1,5}$")
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}(?:[./]\d{1,3})*$")
_URL_START = re.compile(r"\s*(?:https?://|www\.)", re.IGNORECASE)
_LEAD_STRIP = "([{«“\"'‘¿¡"


def ends_like_a_sentence(text: str) -> bool:
    """Whether `text` ends with sentence-final punctuation (closing quotes and brackets may follow)."""
    return bool(_ENDS_SENTENCE.search(text.rstrip()))


def _token_before(text: str, pos: int) -> tuple[str, int]:
    """The word that ends at `pos` (exclusive) and where it starts, without opening brackets/quotes."""
    i = pos
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    token = text[i:pos]
    stripped = token.lstrip(_LEAD_STRIP)
    return stripped, i + (len(token) - len(stripped))


def _word_after(text: str, pos: int) -> tuple[str, str]:
    """(first character, first word) of the text after `pos`, skipping spaces and opening marks."""
    n = len(text)
    i = pos
    while i < n and text[i].isspace():
        i += 1
    first = text[i] if i < n else ""
    while i < n and text[i] in _OPENERS:
        i += 1
    while i < n and text[i].isspace():
        i += 1
    j = i
    while j < n and (text[j].isalnum() or text[j] in "-"):
        j += 1
    return first, text[i:j]


def _is_break(text: str, m: re.Match[str], end: int, rules: LanguageRules, lowercase_starts: bool) -> bool:
    punct = m.group("p")
    closers = text[m.end("p") : end].strip()
    first, word = _word_after(text, end)
    if not first:
        return False  # end of the paragraph is not an inner boundary
    if first in ":;,":
        return False  # no sentence starts with a colon: "N/Réf. : MCP/CAB/2025/052"
    letter = word[:1]
    question = "?" in punct or "!" in punct or "‽" in punct
    if letter and letter.islower() and not lowercase_starts:
        if _URL_START.match(text, end + 1) or _URL_START.match(text, end):
            return True  # a web address after a full stop starts a new segment
        opens = question and rules.question_then_lowercase_breaks or word.lower() in rules.lowercase_starters
        if not opens or closers:
            return False  # "?" or "M." followed by a lowercase word continues the sentence
    if question:
        return True
    if punct != ".":
        return bool(letter) and letter.isupper()  # an ellipsis ends a sentence before a capital
    token, token_start = _token_before(text, m.start())
    low = re.split(r"[’']", token)[-1].lower()  # "l’art." is "art."
    if not token:
        return True  # a spaced period ("story .")
    if not closers:
        if low in rules.never_final:
            return False
        if len(token) == 1 and token.isalpha():
            return False  # an initial: "P. K. Ostrander", "N. Danenov"
        if low in rules.before_number and first.isdigit():
            return False
        if low in rules.maybe_final or _ACRONYM.match(token):
            return word in rules.sentence_starters
        if token_start == _first_nonspace(text) and (_PARAGRAPH_NUMBER.match(token) or _ROMAN.match(token)):
            return False  # a number opening the paragraph: "1. ", "IV. ", "12/3. " (a decision's number)
    return True


def _writer_skips_capitals(text: str, candidates: list[re.Match[str]]) -> bool:
    """True for web text whose writer starts sentences in lowercase ("ok. see you. i will...").

    Then a lowercase word after final punctuation is a new sentence too. Decided
    per paragraph: most candidates are followed by a lowercase word, at least two.
    """
    lower = upper = 0
    for m in candidates:
        _, word = _word_after(text, m.end())
        if word[:1].islower():
            lower += 1
        elif word[:1].isupper():
            upper += 1
    return lower >= 2 and lower >= upper


def _first_nonspace(text: str) -> int:
    for i, ch in enumerate(text):
        if not ch.isspace():
            return i
    return len(text)


_PAIRS = {"»": "«", "”": "“", ")": "(", "]": "["}


class _QuoteCounter:
    """Running counts of quotes and brackets from the paragraph start (quotes may span sentences)."""

    CHARS = '«»“”()[]"'

    def __init__(self, text: str) -> None:
        self.text = text
        self.upto = 0
        self.counts = dict.fromkeys(self.CHARS, 0)

    def advance(self, pos: int) -> dict[str, int]:
        if pos > self.upto:
            chunk = self.text[self.upto : pos]
            for ch in self.CHARS:
                self.counts[ch] += chunk.count(ch)
            self.upto = pos
        return self.counts


def _closing_end(text: str, m: re.Match[str], quotes: _QuoteCounter) -> int:
    """Where the sentence ends: after the final punctuation and the closers it owns.

    A closer is owned when it closes a quote or bracket left open before it in
    the paragraph; otherwise it opens the next sentence ("... fin. » Puis" in a
    quotation that began elsewhere).
    """
    i = m.end("p")
    counts = dict(quotes.advance(i))
    end = m.end("c")
    while i < end:
        j = i
        while j < end and text[j] in " \u00a0\u202f":
            j += 1
        if j >= end:
            break
        q = text[j]
        if q in _PAIRS:
            owned = counts[_PAIRS[q]] > counts[q]
        elif q == '"':
            owned = counts['"'] % 2 == 1
        else:  # an apostrophe-like quote: only when glued to the punctuation
            owned = j == i
        if not owned:
            return i
        if q in counts:
            counts[q] += 1
        i = j + 1
    if m.end() > end and i == end:
        return m.end()  # a trailing emoticon
    return i


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of one clean paragraph, trimmed of surrounding whitespace.

    The spans are in order, do not overlap and together cover every
    non-space character of `text`.
    """
    rules = rules_for(lang)
    spans: list[tuple[int, int]] = []
    start = 0
    candidates = list(_CANDIDATE.finditer(text))
    lowercase_starts = _writer_skips_capitals(text, candidates)
    quotes = _QuoteCounter(text)
    for m in candidates:
        if m.start() < start:
            continue
        end = _closing_end(text, m, quotes)
        if _is_break(text, m, end, rules, lowercase_starts):
            _add_trimmed(text, start, end, spans)
            start = end
    _add_trimmed(text, start, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
