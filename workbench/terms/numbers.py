"""Numbers in French sources and English drafts, compared by value.

"13 400" (French) and "13,400" (English) are the same number; "3,5" and "3.5"
too. Times and dates split into their parts ("10 h 15" vs "10.15 a.m.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FR_NUMBER = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?(?!\d)|(?<![\d,.])\d+(?:,\d+)?(?![\d])")
_EN_NUMBER = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|(?<![\d,.])\d+(?:\.\d+)?(?![\d])")
_ANY_DIGITS = re.compile(r"\d+")

FR_WORDS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000,
}  # fmt: skip
EN_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}  # fmt: skip
FR_MONTHS = {
    "janvier": "january", "février": "february", "mars": "march", "avril": "april", "mai": "may",
    "juin": "june", "juillet": "july", "août": "august", "septembre": "september", "octobre": "october",
    "novembre": "november", "décembre": "december",
}  # fmt: skip


@dataclass(frozen=True)
class NumberSpan:
    text: str
    start: int
    end: int
    value: float


def _value(raw: str, thousands: str, decimal: str) -> float:
    cleaned = raw
    for sep in thousands:
        cleaned = cleaned.replace(sep, "")
    return float(cleaned.replace(decimal, "."))


def french_numbers(text: str) -> list[NumberSpan]:
    return [
        NumberSpan(m.group(), m.start(), m.end(), _value(m.group(), " \u00a0\u202f.", ","))
        for m in _FR_NUMBER.finditer(text)
    ]


def english_numbers(text: str) -> list[NumberSpan]:
    return [NumberSpan(m.group(), m.start(), m.end(), _value(m.group(), ",", ".")) for m in _EN_NUMBER.finditer(text)]


def to_english(raw: str) -> str:
    """A French-written number as English writes it: "13 400,5" → "13,400.5"; "2025" stays."""
    whole, _, frac = raw.replace("\u00a0", " ").replace("\u202f", " ").partition(",")
    digits = re.sub(r"\D", "", whole)
    if re.search(r"[ .]", whole):  # it was grouped in French: group it the English way
        digits = f"{int(digits):,}"
    return digits + ("." + frac if frac else "")


def readings(text: str, lang: str) -> set[float]:
    """Every value a reader could take from the text: both number conventions, and each digit group alone."""
    values: set[float] = {float(d) for d in _ANY_DIGITS.findall(text)}
    values |= {n.value for n in french_numbers(text)}
    values |= {n.value for n in english_numbers(text)}
    return values


def digit_values(text: str, lang: str) -> list[NumberSpan]:
    return french_numbers(text) if lang == "fr" else english_numbers(text)


def word_values(text: str, lang: str) -> set[float]:
    table = FR_WORDS if lang == "fr" else EN_WORDS
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return {float(table[w]) for w in words if w in table}
