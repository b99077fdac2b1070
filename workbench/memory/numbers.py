"""Number-only differences: the memory has "le 14 mars 2024", the document "le 3 avril 2025".

A sentence's *skeleton* is its normal form with every number and French month name replaced
by a placeholder; two sentences with the same skeleton differ only in numbers and dates. The
memory's target then gets the new values in place of the old ones, written the English way
("13 400 000" → "13,400,000", "2,5" → "2.5", "avril" → "April").

Substitution is refused (None: the segment is left to the model, with the memory unit shown as
a fuzzy match) whenever the mapping is not certain: a changed value the target does not hold,
or holds a different number of times than the source, or one value changed in some places and
kept in others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.memory.text import hash64, normalise
from workbench.numbers import (
    FR_MONTHS,
    FR_MONTHS_UNACCENTED,
    FRENCH_NUMBER_ALONE,
    english_numbers,
    french_numbers,
    french_value,
    to_english,
)

# A number is never glued to letters here ("1er", "2e", "10h" are words, and any change to them is
# not number-only); a month is named in English with a capital ("avril" → "April").
_IN_ENGLISH = {fr: en.capitalize() for fr, en in (FR_MONTHS | FR_MONTHS_UNACCENTED).items()}
_MONTH = re.compile(r"(?<!\w)(" + "|".join(sorted(_IN_ENGLISH, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)
_TOKEN = re.compile(f"{FRENCH_NUMBER_ALONE.pattern}|{_MONTH.pattern}", re.IGNORECASE)
NUMBER_MARK, MONTH_MARK = "\u2460", "\u2461"


@dataclass(frozen=True)
class Token:
    kind: str  # "number" | "month"
    text: str
    start: int
    end: int

    @property
    def value(self) -> float | str:
        if self.kind == "month":
            return _IN_ENGLISH[self.text.casefold()]
        return french_value(self.text)


def tokens(normal: str) -> list[Token]:
    """Numbers and month names of a normalised French sentence, in order."""
    out = []
    for m in _TOKEN.finditer(normal):
        kind = "number" if m.group()[0].isdigit() else "month"
        out.append(Token(kind, m.group(), m.start(), m.end()))
    return out


def skeleton(normal: str) -> str | None:
    """The sentence with numbers and months as placeholders; None when it has neither."""
    found = tokens(normal)
    if not found:
        return None
    parts, last = [], 0
    for t in found:
        parts += [normal[last : t.start], NUMBER_MARK if t.kind == "number" else MONTH_MARK]
        last = t.end
    parts.append(normal[last:])
    return "".join(parts)


def number_key(text: str) -> int | None:
    """Index key of sentences that differ only in numbers and dates (None: nothing to vary)."""
    shape = skeleton(normalise(text))
    return None if shape is None else hash64(shape)


def _target_spans(target: str, value: float | str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each place the target writes `value`."""
    if isinstance(value, str):
        return [(m.start(), m.end(), m.group()) for m in re.finditer(rf"(?<!\w){value}(?!\w)", target, re.IGNORECASE)]
    spans = [(n.start, n.end, n.text) for n in english_numbers(target) if n.value == value]
    if not spans:  # a target that kept the French way of writing numbers
        spans = [(n.start, n.end, n.text) for n in french_numbers(target) if n.value == value]
    return spans


def _render(new: Token, old_written: str) -> str:
    """The new value written as the target wrote the old one."""
    if new.kind == "month":
        english = _IN_ENGLISH[new.text.casefold()]
        if old_written.isupper():
            return english.upper()
        return english.lower() if old_written.islower() else english
    english = to_english(new.text)
    whole = english.split(".")[0]
    if "," in whole and re.fullmatch(r"\d{4,}(?:\.\d+)?", old_written):
        return english.replace(",", "")  # the target writes thousands without a separator ("1200")
    if "," not in whole and "," in old_written and len(whole) > 3:
        return f"{int(whole):,}" + english[len(whole) :]
    return english


def substitute(memory_source: str, memory_target: str, source: str) -> str | None:
    """`memory_target` with the numbers and dates that changed between `memory_source` and `source`.

    None when the two sources differ in more than numbers and dates, in nothing, or when the
    target cannot be changed with certainty (see the module's description).
    """
    old_norm, new_norm = normalise(memory_source), normalise(source)
    old, new = tokens(old_norm), tokens(new_norm)
    if not old or skeleton(old_norm) != skeleton(new_norm) or len(old) != len(new):
        return None
    # Old value -> the new token it becomes; a value that changes in one place must change the same everywhere.
    plan: dict[float | str, Token] = {}
    kept: set[float | str] = set()
    count: dict[float | str, int] = {}
    for a, b in zip(old, new, strict=True):
        count[a.value] = count.get(a.value, 0) + 1
        if a.value == b.value and a.kind == b.kind:
            kept.add(a.value)
            continue
        if a.value in plan and plan[a.value].value != b.value:
            return None
        plan[a.value] = b
    if not plan:
        # The same values written another way ("1 200" and "1200"): the memory's target holds.
        return memory_target if old_norm != new_norm else None
    if kept & set(plan):
        return None
    edits: list[tuple[int, int, str]] = []
    for value, token in plan.items():
        spans = _target_spans(memory_target, value)
        if len(spans) != count[value]:
            return None
        edits += [(start, end, _render(token, written)) for start, end, written in spans]
    edits.sort()
    if any(a[1] > b[0] for a, b in zip(edits, edits[1:], strict=False)):
        return None
    out = memory_target
    for start, end, text in reversed(edits):
        out = out[:start] + text + out[end:]
    return out
