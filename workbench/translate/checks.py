"""Checks translators value on a machine draft: nothing dropped that must be carried over.

A draft gets flags (short strings a person reads in the review page):
`empty`, `untranslated`, `number missing: 13 400`, `date missing: janvier`, `quotes missing`.
Formatting differences between French and English are not mistakes: "13 400" → "13,400",
"1,5" → "1.5", "5 janvier" → "January 5" all pass.
"""

from __future__ import annotations

import re
import unicodedata

# French groups thousands with a space (often no-break or narrow no-break), a dot or an
# apostrophe and uses a comma for decimals; English groups with commas and uses a dot.
_FR_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?")
_EN_NUMBER = re.compile(r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?")

_MONTHS = {
    "janvier": "january",
    "février": "february",
    "fevrier": "february",
    "mars": "march",
    "avril": "april",
    "mai": "may",
    "juin": "june",
    "juillet": "july",
    "août": "august",
    "aout": "august",
    "septembre": "september",
    "octobre": "october",
    "novembre": "november",
    "décembre": "december",
    "decembre": "december",
}
_MONTH_ABBREVIATIONS = {v: v[:3] for v in set(_MONTHS.values())}
_SMALL_NUMBER_WORDS = {
    0: "zero",
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
}
_QUOTES = '«»“”„"‹›'


def _canonical(number: str, decimal: str) -> str:
    digits = re.sub(r"[^\d" + re.escape(decimal) + "]", "", number)
    if decimal in digits:
        whole, frac = digits.split(decimal, 1)
        frac = frac.rstrip("0")
        return f"{int(whole or 0)}.{frac}" if frac else str(int(whole or 0))
    return str(int(digits))


def source_numbers(text: str) -> list[tuple[str, str]]:
    """(as written, canonical value) for every number in a French sentence."""
    return [(m.group(0), _canonical(m.group(0), ",")) for m in _FR_NUMBER.finditer(text)]


def target_numbers(text: str) -> set[str]:
    """Canonical values of the numbers in an English sentence (read both ways when ambiguous)."""
    values = {_canonical(m.group(0), ".") for m in _EN_NUMBER.finditer(text)}
    # A draft may keep the French form ("1,5" or "13 400"): accept it too.
    values |= {_canonical(m.group(0), ",") for m in _FR_NUMBER.finditer(text)}
    return values


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _letters(text: str) -> str:
    return "".join(ch for ch in _fold(text) if ch.isalnum())


def check_draft(source: str, draft: str, *, target_lang: str = "en") -> list[str]:
    """Flags for one draft; an empty list means nothing to point out."""
    flags: list[str] = []
    if not source.strip():
        return flags
    if not draft.strip():
        return ["empty"]
    if _letters(source) == _letters(draft) and sum(ch.isalpha() for ch in source) >= 12:
        flags.append("untranslated")
    found = target_numbers(draft)
    folded_draft = _fold(draft)
    for written, value in source_numbers(source):
        if value in found:
            continue
        if value.isdigit() and int(value) in _SMALL_NUMBER_WORDS and _SMALL_NUMBER_WORDS[int(value)] in folded_draft:
            continue
        flags.append(f"number missing: {written}")
    if target_lang == "en":
        for word in re.findall(r"[^\W\d_]+", _fold(source)):
            month = _MONTHS.get(word)
            if month and _MONTH_ABBREVIATIONS[month] not in folded_draft:
                flags.append(f"date missing: {word}")
    if any(q in source for q in _QUOTES) and not any(q in draft for q in _QUOTES + "'‘’"):
        flags.append("quotes missing")
    return flags
