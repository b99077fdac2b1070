"""Per-language segmentation data, loaded from `rules/<lang>.json`.

The lists live in data files so a translator can extend them (a new
abbreviation, a signature formula) without touching the splitter.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from workbench.errors import InputError

LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class LanguageRules:
    lang: str
    never_final: frozenset[str]  # abbreviations that never end a sentence ("M.", "Dr.", "cf.")
    before_number: frozenset[str]  # abbreviations that never end a sentence before a number ("art. 5", "p. 12")
    maybe_final: frozenset[str]  # may end one ("etc.", "U.S."): break only before a typical sentence opener
    sentence_starters: frozenset[str]
    hyphen_keep_prefixes: frozenset[str]  # "ci-" + "joint": a real hyphen even at a line end
    hyphen_keep_suffixes: frozenset[str]
    closing_words: tuple[str, ...]
    signature_markers: tuple[str, ...]
    stopwords: frozenset[str]
    question_then_lowercase_breaks: bool = False  # English "where? india?": a new sentence even in lowercase
    lowercase_starters: frozenset[str] = frozenset()  # words that open a sentence even in lowercase ("i")
    never_last: frozenset[str] = frozenset()  # words a sentence or a title never ends on ("de la", "of the")


def _lower_set(items: list[str]) -> frozenset[str]:
    return frozenset(x.lower().rstrip(".") for x in items)


@cache
def rules_for(lang: str) -> LanguageRules:
    """The rules of `lang` ('fr' or 'en'); an unknown language is a clear error."""
    code = (lang or "").lower().split("-")[0].split("_")[0]
    if code not in LANGUAGES:
        raise InputError(f"no segmentation rules for language {lang!r}; use one of: {', '.join(LANGUAGES)}")
    raw = json.loads(resources.files("workbench.segment").joinpath("rules", f"{code}.json").read_text("utf-8"))
    return LanguageRules(
        lang=code,
        never_final=_lower_set(raw["never_final"]),
        before_number=_lower_set(raw["before_number"]),
        maybe_final=_lower_set(raw["maybe_final"]),
        sentence_starters=frozenset(raw["sentence_starters"]),
        hyphen_keep_prefixes=_lower_set(raw["hyphen_keep_prefixes"]),
        hyphen_keep_suffixes=_lower_set(raw["hyphen_keep_suffixes"]),
        closing_words=tuple(raw["closing_words"]),
        signature_markers=tuple(raw["signature_markers"]),
        stopwords=frozenset(raw["stopwords"]),
        question_then_lowercase_breaks=bool(raw.get("question_then_lowercase_breaks", False)),
        lowercase_starters=frozenset(raw.get("lowercase_starters", [])),
        never_last=frozenset(raw.get("never_last", [])),
    )


def all_signature_markers() -> tuple[str, ...]:
    """Signature markers of every language: a French letter may quote an English "(Signed)"."""
    out: list[str] = []
    for lang in LANGUAGES:
        out.extend(rules_for(lang).signature_markers)
    return tuple(out)
