"""Numbers and month names as French and English write them: the one place they are read.

"13 400" (French) and "13,400" (English) are the same number; "3,5" and "3.5" too. French
groups thousands with a space (often a no-break or narrow no-break one) or a dot and writes
decimals with a comma; English groups with commas and writes decimals with a dot.

Who reads what:
- the draft checks (`workbench.qa`) compare the values of a source and its draft
  (`french_numbers`, `english_numbers`, `readings`, `word_values`, `FR_MONTHS`);
- glossary enforcement (`workbench.terms.enforce`) carries numbers over, written the English
  way (`to_english`);
- the memory (`workbench.memory.numbers`) substitutes numbers and months in a memory unit
  (`FRENCH_NUMBER_ALONE`, `french_value`);
- the review page compares the two sides of a row ignoring separators (`digit_strings`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FR_GROUPED = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?"
_FR_PLAIN = r"\d+(?:,\d+)?"
_EN_GROUPED = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
_EN_PLAIN = r"\d+(?:\.\d+)?"
_FR_THOUSANDS, _EN_THOUSANDS = " \u00a0\u202f.", ","

FRENCH_NUMBER = re.compile(rf"(?<![\d,.])(?:{_FR_GROUPED}|{_FR_PLAIN})(?!\d)")
"""A number as French writes it, wherever it stands ("10h" holds one)."""
FRENCH_NUMBER_ALONE = re.compile(rf"(?<![\w,.])(?:{_FR_GROUPED}|{_FR_PLAIN})(?!\w)")
"""A number as French writes it, never glued to letters ("1er", "2e", "10h" are words)."""
ENGLISH_NUMBER = re.compile(rf"(?<![\d,.])(?:{_EN_GROUPED}|{_EN_PLAIN})(?!\d)")
_ANY_DIGITS = re.compile(r"\d+")
_DIGIT_RUN = re.compile(r"\d(?:[\d\u00a0\u202f ,.]*\d)?")
_NON_DIGIT = re.compile(r"\D")

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
"""French month names -> English ones, in lower case."""
FR_MONTHS_UNACCENTED = {"fevrier": "february", "aout": "august", "decembre": "december"}
"""The month names a text typed without accents writes another way."""


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


def french_value(raw: str) -> float:
    """The value of a number written the French way: "13 400,5" → 13400.5."""
    return _value(raw, _FR_THOUSANDS, ",")


def french_numbers(text: str) -> list[NumberSpan]:
    return [NumberSpan(m.group(), m.start(), m.end(), french_value(m.group())) for m in FRENCH_NUMBER.finditer(text)]


def english_numbers(text: str) -> list[NumberSpan]:
    return [
        NumberSpan(m.group(), m.start(), m.end(), _value(m.group(), _EN_THOUSANDS, "."))
        for m in ENGLISH_NUMBER.finditer(text)
    ]


def to_english(raw: str) -> str:
    """A French-written number as English writes it: "13 400,5" → "13,400.5"; "2025" stays."""
    whole, _, frac = raw.replace("\u00a0", " ").replace("\u202f", " ").partition(",")
    digits = re.sub(r"\D", "", whole)
    if re.search(r"[ .]", whole):  # it was grouped in French: group it the English way
        digits = f"{int(digits):,}"
    return digits + ("." + frac if frac else "")


def readings(text: str) -> set[float]:
    """Every value a reader could take from the text: both number conventions, and each digit group alone."""
    values: set[float] = {float(d) for d in _ANY_DIGITS.findall(text)}
    values |= {n.value for n in french_numbers(text)}
    values |= {n.value for n in english_numbers(text)}
    return values


def word_values(text: str, lang: str) -> set[float]:
    """The values of the numbers written as words ("trois", "three") in a French (`fr`) or English text."""
    table = FR_WORDS if lang == "fr" else EN_WORDS
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return {float(table[w]) for w in words if w in table}


def digit_strings(text: str) -> list[str]:
    """The numbers as sorted bare digit strings, separators dropped, so "13 400 000" equals "13,400,000"
    and "2,5" equals "2.5": two texts that state the same numbers, either way, give the same list."""
    return sorted(_NON_DIGIT.sub("", m) for m in _DIGIT_RUN.findall(text))
