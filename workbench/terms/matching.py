"""Find glossary terms in segments.

Rules, in the order a translator would expect them:
- whole words only ("Union" is not found inside "Réunion");
- case-blind, except for terms marked case-sensitive and for all-capital words
  ("CE" the acronym is not "ce" the pronoun);
- elision: "l’Union", "d’État", "qu’Euratom" (’ or ') match "Union", "État",
  "Euratom"; a glossary entry written "l’Union européenne" matches without its article;
- plurals: "droit de l’homme" meets "droits de l’homme", "journal" meets "journaux";
- accents: an entry typed without accents matches any accented spelling, capitals
  may drop their accents ("ETAT", "Etat" for "État"), but two different accents on
  small letters are different words ("pêche" is not "péché");
- words of a term may be joined by spaces, hyphens or apostrophes;
- overlapping terms: the longest wins ("Conseil de l’Europe" over "Conseil").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from workbench.terms.model import Glossary, Term
from workbench.terms.text import APOSTROPHES, ELIDED, Token, fold, has_accent, plural_forms, tokens

_GAP = re.compile(rf"[\s{APOSTROPHES}\-‐‑]+")


@dataclass(frozen=True)
class TermMatch:
    term: Term
    start: int
    end: int
    text: str
    plural: bool = False
    """The segment has the plural of a singular entry (the English rendering should follow)."""


@dataclass
class _Compiled:
    term: Term
    words: list[str]
    forms: list[set[str]]


def _term_words(phrase: str) -> list[str]:
    toks = tokens(phrase)
    # A leading elided article belongs to the sentence, not to the term.
    if len(toks) > 1 and fold(toks[0].text) in ELIDED:
        after = phrase[toks[0].end : toks[1].start]
        if after and after[0] in APOSTROPHES:
            toks = toks[1:]
    return [t.text for t in toks]


def _word_ok(term_word: str, text_word: str, case_sensitive: bool) -> bool:
    exact_case = case_sensitive or (len(term_word) >= 2 and term_word.isupper())
    for a, b in zip(term_word, text_word, strict=False):
        if exact_case and a != b:
            return False
        if has_accent(a) and b.islower() and a.casefold() != b.casefold():
            return False  # "pêche" is not "péche"/"peche"; capitals may drop accents
    return True


class TermMatcher:
    """Compiled glossary for one side: French sources (`lang="fr"`) or English renderings (`lang="en"`)."""

    def __init__(self, terms: Iterable[Term], lang: str = "fr") -> None:
        self.lang = lang
        self._by_first: dict[str, list[_Compiled]] = defaultdict(list)
        for term in terms:
            phrase = term.source if lang == "fr" else term.rendering
            words = _term_words(phrase)
            if not words:
                continue
            forms = [plural_forms(w, lang) for w in words]
            compiled = _Compiled(term, words, forms)
            for form in forms[0]:
                self._by_first[form].append(compiled)

    @classmethod
    def for_glossary(cls, glossary: Glossary, lang: str = "fr") -> TermMatcher:
        return cls(glossary.terms, lang)

    def _match_at(self, text: str, toks: list[Token], i: int, c: _Compiled) -> TermMatch | None:
        n = len(c.words)
        if i + n > len(toks):
            return None
        for k in range(n):
            tok = toks[i + k]
            if k and not _GAP.fullmatch(text[toks[i + k - 1].end : tok.start]):
                return None
            if not (plural_forms(tok.text, self.lang) & c.forms[k]):
                return None
            if not _word_ok(c.words[k], tok.text, c.term.case_sensitive):
                return None
        start, end = toks[i].start, toks[i + n - 1].end
        plural = any(
            fold(toks[i + k].text) != fold(w)
            and fold(toks[i + k].text).endswith(("s", "x"))
            and not fold(w).endswith(("s", "x"))
            for k, w in enumerate(c.words)
        )
        return TermMatch(c.term, start, end, text[start:end], plural)

    def find_all(self, text: str) -> list[TermMatch]:
        """Every place any term matches, overlaps included."""
        toks = tokens(text)
        found: list[TermMatch] = []
        for i, tok in enumerate(toks):
            seen: set[int] = set()
            for form in plural_forms(tok.text, self.lang):
                for c in self._by_first.get(form, ()):
                    if id(c) in seen:
                        continue
                    seen.add(id(c))
                    m = self._match_at(text, toks, i, c)
                    if m is not None:
                        found.append(m)
        return found

    def find(self, text: str) -> list[TermMatch]:
        """Non-overlapping matches in text order, the longest term winning each overlap."""
        chosen: list[TermMatch] = []
        for m in sorted(self.find_all(text), key=lambda m: (-(m.end - m.start), m.start)):
            if all(m.end <= o.start or m.start >= o.end for o in chosen):
                chosen.append(m)
        return sorted(chosen, key=lambda m: m.start)


def find_terms(text: str, glossary: Glossary) -> list[TermMatch]:
    """Glossary terms in one French segment (see the module doc for the rules)."""
    return TermMatcher.for_glossary(glossary).find(text)
