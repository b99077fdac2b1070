"""Document structure as alignment anchors: numbered headings and paragraphs that match on both sides.

"Chapitre 3 – …" / "Chapter 3 – …" / "Kapitel 3 – …", "12. …" / "12. …", "Article 4" /
"Art. 4", "IV." / "IV." carry the same label in every language; when a label occurs once
on each side the pair is an anchor for the corridor, like a confident embedding match.
Page headers, footers, page numbers and footnotes (the set-aside kinds of `workbench.model`)
never anchor, even when their embeddings match perfectly, because they repeat on every page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from workbench.align.anchors import _increasing_chain
from workbench.model import SET_ASIDE_KINDS

FURNITURE_KINDS = SET_ASIDE_KINDS | {"header", "footer", "page-number"}

_ROMAN = re.compile(r"^(?=[IVXLC])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
# A structural word in the languages we align, then a number: the word is dropped, the number kept.
_WORDED = re.compile(
    r"^\s*(?:chapitre|chapter|kapitel|capítulo|capitolo|section|sektion|abschnitt|partie|part|teil|titre|title|"
    r"article|artikel|art\.|annexe|annex|anhang|appendix|anlage|§)\s*([0-9]+(?:\.[0-9]+)*|[IVXLC]+)\b",
    re.IGNORECASE,
)
# "1.", "1.2", "1.2.3)", "(4)", "IV." at the start of a segment, followed by text.
_NUMBERED = re.compile(r"^\s*\(?([0-9]{1,3}(?:\.[0-9]{1,3})*|[IVXLC]{1,6})[.)]\s*\S")


def _norm(number: str) -> str:
    if _ROMAN.match(number.upper()) and not number.isdigit():
        values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
        total = 0
        for k, ch in enumerate(number.upper()):
            v = values[ch]
            total += -v if k + 1 < len(number) and values[number.upper()[k + 1]] > v else v
        return str(total)
    return number.rstrip(".")


def structure_label(text: str, kind: str = "text") -> str | None:
    """The structural label of a segment ("worded:3", "num:1.2"), or None."""
    if kind in FURNITURE_KINDS:
        return None
    m = _WORDED.match(text)
    if m:
        return f"worded:{_norm(m.group(1))}"
    m = _NUMBERED.match(text)
    if m:
        return f"num:{_norm(m.group(1))}"
    return None


@dataclass(frozen=True)
class Structure:
    """Per-segment labels and furniture marks of both sides (build with `Structure.of`)."""

    src_labels: tuple[str | None, ...]
    tgt_labels: tuple[str | None, ...]
    src_furniture: frozenset[int]
    tgt_furniture: frozenset[int]

    @classmethod
    def of(cls, src_texts: list[str], tgt_texts: list[str], src_kinds: list[str], tgt_kinds: list[str]) -> Structure:
        return cls(
            tuple(structure_label(t, k) for t, k in zip(src_texts, src_kinds, strict=True)),
            tuple(structure_label(t, k) for t, k in zip(tgt_texts, tgt_kinds, strict=True)),
            frozenset(i for i, k in enumerate(src_kinds) if k in FURNITURE_KINDS),
            frozenset(j for j, k in enumerate(tgt_kinds) if k in FURNITURE_KINDS),
        )

    def pairs(self) -> list[tuple[int, int]]:
        """(source, target) positions of labels that occur exactly once on each side."""
        s_count = Counter(x for x in self.src_labels if x)
        t_count = Counter(x for x in self.tgt_labels if x)
        t_at = {x: j for j, x in enumerate(self.tgt_labels) if x and t_count[x] == 1}
        return [(i, t_at[x]) for i, x in enumerate(self.src_labels) if x and s_count[x] == 1 and x in t_at]

    def apply(self, anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Embedding anchors without page furniture, joined with the structural pairs into one monotone chain.

        Structural pairs count twice when the chain has to choose, so a numbered
        heading wins over an embedding match that would cross it.
        """
        kept = [(i, j) for i, j in anchors if i not in self.src_furniture and j not in self.tgt_furniture]
        extra = self.pairs()
        if not extra:
            return kept
        merged = sorted(set(kept) | set(extra))
        chain = _increasing_chain(merged)
        if all(p in chain for p in extra):
            return chain
        # Give the structure priority: keep every embedding anchor consistent with the chain of structural pairs.
        frame = _increasing_chain(sorted(extra))
        ok = [p for p in kept if _consistent(p, frame)]
        return _increasing_chain(sorted(set(ok) | set(frame)))


def _consistent(p: tuple[int, int], frame: list[tuple[int, int]]) -> bool:
    i, j = p
    return all((i < a and j < b) or (i > a and j > b) or (i, j) == (a, b) for a, b in frame)
