"""Tell French from English offline by counting frequent function words.

`detect_language` names the likelier language. `language_evidence` keeps the counts, so that a
caller can ask how sure the guess is: `clearly_not` says a text is in another language only
when the function words leave no reasonable doubt (a short or bilingual text never does).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from workbench.errors import InputError
from workbench.segment.rules import LANGUAGES, rules_for

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 200_000
"""Characters looked at: a long document's first pages say which language it is in."""

CONFIDENCE_Z = 3.29
"""Two-sided 99.9 % normal quantile: the bound on the expected language's share is that sure."""
MIN_EVIDENCE = 20
"""Fewer function words than this (a title, a one-line note) never decide anything."""
MIN_DENSITY = 0.1
"""A language's function words make about a third of its running text (fr .33, en .31 on the dev
sets); in a third language they are stray lookalikes ("was", "in": .02 of German). Below this
share of all words, the text is in a language we cannot name, and nothing is decided."""


def detect_language(text: str, default: str = "fr") -> str:
    """'fr' or 'en' for `text` (the first 20,000 characters are enough)."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if not words:
        return default
    scores = {lang: sum(1 for w in words if w in rules_for(lang).stopwords) for lang in LANGUAGES}
    accents = sum(1 for ch in text[:20000] if ch in "éèêàçùâîôûëïœ«»")
    scores["fr"] += accents // 4
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0 else default


@dataclass(frozen=True)
class LanguageEvidence:
    """Function words of each language found in a text."""

    counts: dict[str, int]
    words: int = 0
    """All the words looked at."""

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, lang: str) -> float:
        return self.counts.get(lang, 0) / self.total if self.total else 0.0

    def upper_share(self, lang: str, z: float = CONFIDENCE_Z) -> float:
        """The highest share of `lang`'s function words the text is compatible with (Wilson bound)."""
        n = self.total
        if n == 0:
            return 1.0
        p = self.share(lang)
        centre = p + z * z / (2 * n)
        spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
        return min(1.0, (centre + spread) / (1 + z * z / n))

    def likeliest(self) -> str:
        return max(self.counts, key=lambda k: self.counts[k])


def resolve_language(lang: str | None, text: str) -> str:
    """The language a reader was asked for (`fr`, `en-GB`, `auto`...), as `fr` or `en`; `auto` or none looks."""
    if lang is None or lang == "auto":
        return detect_language(text)
    code = lang.lower().split("-")[0].split("_")[0]
    if code not in ("fr", "en"):
        raise InputError(f"unsupported language {lang!r}: use fr, en or auto")
    return code


def language_evidence(text: str) -> LanguageEvidence:
    """Counts of each known language's function words in (the start of) `text`."""
    words = [w.lower() for w in _WORD.findall(text[:_SAMPLE])]
    counts = {lang: sum(1 for w in words if w in rules_for(lang).stopwords) for lang in LANGUAGES}
    return LanguageEvidence(counts, len(words))


def clearly_not(text: str, lang: str) -> LanguageEvidence | None:
    """The evidence when `text` is, beyond reasonable doubt, mostly not in `lang` (else None).

    Sure means: enough function words, and even the most favourable reading of them (the upper
    99.9 % bound of `lang`'s share) leaves `lang` a minority. A bilingual text, a text quoting
    the other language, or one too short to tell is never "clearly not".
    """
    if lang not in LANGUAGES:
        return None
    evidence = language_evidence(text)
    if evidence.total < MIN_EVIDENCE or evidence.upper_share(lang) >= 0.5:
        return None
    if evidence.counts[evidence.likeliest()] < MIN_DENSITY * evidence.words:
        return None  # German, Spanish…: not French, but not English either; the user named it
    return evidence
