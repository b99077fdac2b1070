"""Split a paragraph into sentences exactly as OmegaT 3.6 does with a set of SRX rules.

A TMX unit fills an OmegaT segment only when its source text is that segment,
character for character. The project export therefore predicts OmegaT's
segments instead of assuming ours: this is OmegaT's `Segmenter` (every rule
applied over the whole paragraph, from the last rule to the first so that the
first rule wins, then cuts trimmed of Java whitespace), with Java's regex
meaning of `\\s`, `\\d` and `\\w` (ASCII only), which Python's differ from:
a no-break space is `\\s` to Python and not to Java.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from workbench.export.srx import Rule

# Java's \s without UNICODE_CHARACTER_CLASS, and Character.isWhitespace (what OmegaT trims).
_JAVA_SPACE = " \t\n\x0b\f\r"
_JAVA_TRIM = frozenset(" \t\n\x0b\f\r\x1c\x1d\x1e\x1f\u1680\u205f\u3000\u2028\u2029")
_JAVA_TRIM |= frozenset(chr(c) for c in range(0x2000, 0x200B) if c != 0x2007)  # not the figure space
_CLASSES = {"s": _JAVA_SPACE, "d": "0-9", "w": "a-zA-Z_0-9"}


def java_trim_char(ch: str) -> bool:
    """Java's Character.isWhitespace: what OmegaT strips around a sentence (never a no-break space)."""
    return ch in _JAVA_TRIM


def _javaish(pattern: str) -> str:
    """The pattern with \\s, \\d, \\w (and their negations) meaning what they mean to Java."""
    out: list[str] = []
    in_class = False
    class_start = 0  # index in `pattern` of the class's first member (a "]" there is a literal)
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            lower = nxt.lower()
            if lower in _CLASSES:
                chars = _CLASSES[lower].replace("\\", "\\\\")
                chars = chars.replace("\t", "\\t").replace("\n", "\\n").replace("\x0b", "\\x0b")
                chars = chars.replace("\f", "\\f").replace("\r", "\\r")
                if in_class:
                    if nxt.isupper():  # [^\S] inside a class: rare; keep Python's meaning
                        out.append(pattern[i : i + 2])
                    else:
                        out.append(chars)
                else:
                    out.append(f"[{'^' if nxt.isupper() else ''}{chars}]")
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            class_start = i + 2 if pattern[i + 1 : i + 2] == "^" else i + 1
        elif ch == "]" and in_class and i != class_start:
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


@lru_cache(maxsize=256)
def _compile(pattern: str) -> Any:
    return regex.compile(_javaish(pattern), regex.VERSION0)


@dataclass(frozen=True)
class Cut:
    """One sentence of a paragraph: its text and where it lies in the paragraph."""

    text: str
    start: int
    end: int


def _breaks(text: str, rule: Rule) -> Iterator[int]:
    """Where one rule applies, found the way OmegaT's getBreaks walks its two matchers."""
    _, before, after = rule
    after_matches = _compile(after).finditer(text) if after else None
    current = next(after_matches, None) if after_matches is not None else None
    if after_matches is not None and current is None:
        return
    for found in _compile(before or ".").finditer(text):
        end = found.end()
        if after_matches is None:
            yield end
            continue
        while current is not None and current.start() < end:
            current = next(after_matches, None)
        if current is None:
            return
        if current.start() == end:
            yield end


def break_positions(text: str, rules: Sequence[Rule]) -> list[int]:
    """The positions where OmegaT cuts `text`: the first rule matching at a position decides."""
    breaks: set[int] = set()
    keep: set[int] = set()
    for rule in reversed(rules):
        found = set(_breaks(text, rule))
        if rule[0]:
            breaks |= found
            keep -= found
        else:
            keep |= found
            breaks -= found
    return sorted(breaks - keep)


def split(text: str, rules: Sequence[Rule]) -> list[Cut]:
    """OmegaT's sentences of one paragraph (already stripped as OmegaT strips an entry)."""
    pieces: list[tuple[int, int]] = []
    previous = 0
    for position in break_positions(text, rules):
        pieces.append((previous, position))
        previous = position
    tail = (previous, len(text))
    if pieces and not text[previous:].strip():
        pieces[-1] = (pieces[-1][0], len(text))  # "Rains. " keeps its trailing space in the last piece
    else:
        pieces.append(tail)
    cuts: list[Cut] = []
    for start, end in pieces:
        while start < end and java_trim_char(text[start]):
            start += 1
        while end > start and java_trim_char(text[end - 1]):
            end -= 1
        if start < end:
            cuts.append(Cut(text[start:end], start, end))
    return cuts


def omegat_rules(rules: Sequence[Rule]) -> list[Rule]:
    """Our rules, each also applying when tags follow its before-break text.

    In a Word file a footnote reference or the end of an italic run after a full stop
    is a tag to OmegaT ("…en 2024.<t0/> Il…"), and a rule that wants a space right after
    the full stop never sees one there: without these, OmegaT keeps the two sentences as one.
    """
    out: list[Rule] = []
    for do_break, before, after in rules:
        flags = "(?i)" if before.startswith("(?i)") else ""  # a flag stays at the very start
        out.append((do_break, before, after))
        out.append((do_break, f"{flags}(?:{before.removeprefix(flags)})(?:<t\\d+/>)+", after))
    return out
