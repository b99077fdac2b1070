"""Asking the memory about a document's segments: exact, number-only and fuzzy matches.

The memory lives in the workspace store; this module only asks it questions through the
`MemoryIndex` methods the store provides, so it holds no SQL:

1. **exact**: one indexed query for the whole document, by the hash of each segment's normal
   form (see `workbench.memory.text`); runs of 2-4 consecutive segments are looked up joined
   too, so a unit that pairs two French sentences with one English sentence (or a signature
   block kept as one unit) is found;
2. **numbers**: the segments still without a draft, by the hash of their skeleton (numbers and
   months as placeholders), then `workbench.memory.numbers.substitute` on the candidates;
3. **fuzzy**: for each remaining segment, its rarest search terms (words and word pairs, by
   how many units hold them) pick at most `candidates` units from the full-text index, and
   rapidfuzz scores only those. No segment is ever compared with the whole memory. Among
   those candidates, a unit whose source begins the segment and a second unit that is
   exactly the rest make an exact match too (a memory that split a sentence at a colon).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from typing import Protocol

from workbench.memory.model import DEFAULT_FUZZY_THRESHOLD, Match, MemoryUnit
from workbench.memory.numbers import number_key, substitute
from workbench.memory.text import exact_key, join_segments, normalise, search_terms

MAX_TERMS = 12
"""Search terms asked of the full-text index per segment, at most."""
MIN_TERMS = 4
"""Search terms asked however common they are: a short sentence of common words still finds its match."""
POSTINGS_BUDGET = 5000
"""Beyond the first `MIN_TERMS`, terms are added only while the units they name stay under this count."""
CANDIDATES = 100
"""Units rapidfuzz scores per segment."""
MAX_JOINED = 4
"""Consecutive segments looked up joined (a memory unit may pair 2-4 sentences or lines with one)."""


class MemoryIndex(Protocol):
    """What the store answers (see `workbench.store.memory_tables`)."""

    def memory_by_key(
        self, column: str, keys: Sequence[int], src_lang: str, tgt_lang: str, exclude_project: int | None
    ) -> dict[int, list[MemoryUnit]]:
        """key -> the units with that key, most recently changed first."""
        ...

    def memory_term_counts(self, terms: Sequence[str]) -> dict[str, int]:
        """term -> how many units hold it (0 when none)."""
        ...

    def memory_candidates(
        self,
        weighted_terms: Sequence[tuple[str, float]],
        limit: int,
        src_lang: str,
        tgt_lang: str,
        exclude_project: int | None,
    ) -> list[MemoryUnit]:
        """The units holding the most (weighted) terms, best first."""
        ...

    def memory_size(self) -> int: ...


class Matcher:
    """Lookups for one language pair, optionally ignoring one project's own approved rows.

    Keep one per document or run: it remembers how common each search term is.
    """

    def __init__(
        self,
        index: MemoryIndex,
        src_lang: str = "fr",
        tgt_lang: str = "en",
        *,
        fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD,
        exclude_project: int | None = None,
        candidates: int = CANDIDATES,
    ) -> None:
        self.index = index
        self.src_lang, self.tgt_lang = src_lang, tgt_lang
        self.fuzzy_threshold = fuzzy_threshold
        self.exclude_project = exclude_project
        self.candidates = candidates
        self._counts: dict[str, int] = {}
        self._size: int | None = None

    # -- the three kinds of match ---------------------------------------------------------------

    def _by_key(self, column: str, keys: Sequence[int | None]) -> dict[int, list[MemoryUnit]]:
        wanted = sorted({k for k in keys if k is not None})
        if not wanted:
            return {}
        return self.index.memory_by_key(column, wanted, self.src_lang, self.tgt_lang, self.exclude_project)

    def exact(self, texts: Sequence[str]) -> list[Match | None]:
        """The newest unit whose source is the same sentence (normalised), for each text."""
        found = self._by_key("exact_key", [exact_key(t) for t in texts])
        out: list[Match | None] = []
        for text in texts:
            normal = normalise(text)
            unit = next((u for u in found.get(exact_key(text), []) if normalise(u.source) == normal), None)
            out.append(None if unit is None else _match("exact", 100.0, unit, unit.target))
        return out

    def numbers(self, texts: Sequence[str]) -> list[Match | None]:
        """A unit differing only in numbers and dates, with them substituted in its target."""
        keys = [number_key(t) for t in texts]
        found = self._by_key("number_key", keys)
        out: list[Match | None] = []
        for text, key in zip(texts, keys, strict=True):
            match = None
            for unit in found.get(key, []) if key is not None else []:
                target = substitute(unit.source, unit.target, text)
                if target is not None:
                    match = _match("numbers", 100.0, unit, target)
                    break
            out.append(match)
        return out

    def fuzzy(self, text: str) -> Match | None:
        """The best unit scoring at least the threshold, among the candidates the index gives
        (or two units that make up the segment exactly between them)."""
        from rapidfuzz import fuzz, process

        units = self.index.memory_candidates(
            self._terms(text), self.candidates, self.src_lang, self.tgt_lang, self.exclude_project
        )
        if not units:
            return None
        normal = normalise(text)
        sources = [normalise(u.source) for u in units]
        pieces = self._pieces(normal, units, sources)
        if pieces is not None:
            return pieces
        if self.fuzzy_threshold > 100:
            return None
        best = process.extractOne(normal, sources, scorer=fuzz.ratio, score_cutoff=self.fuzzy_threshold)
        if best is None:
            return None
        unit = units[best[2]]
        # Floor, not round: 99.6 % is not 100 %, which means the same sentence.
        return _match("fuzzy", math.floor(float(best[1]) * 10) / 10, unit, unit.target)

    def _pieces(self, normal: str, units: list[MemoryUnit], sources: list[str]) -> Match | None:
        """A segment that the memory holds as two units, one after the other ("Objet : …" split at the colon)."""
        heads = [(u, s) for u, s in zip(units, sources, strict=True) if len(s) < len(normal) and normal.startswith(s)]
        for head, source in sorted(heads, key=lambda hs: -len(hs[1])):
            rest = normal[len(source) :].strip()
            tail = self.exact([rest])[0] if rest else None
            if tail is not None:
                return Match(
                    "exact",
                    100.0,
                    join_segments([head.source, tail.source]),
                    join_segments([head.target, tail.target]),
                    head.origin,
                    head.origin_kind,
                )
        return None

    def _terms(self, text: str) -> list[tuple[str, float]]:
        """The segment's rarest search terms in the memory, each weighted by its rarity (idf)."""
        terms = list(dict.fromkeys(search_terms(normalise(text))))
        missing = [t for t in terms if t not in self._counts]
        if missing:
            self._counts.update(self.index.memory_term_counts(missing))
        known = sorted((t for t in terms if self._counts.get(t, 0) > 0), key=lambda t: self._counts[t])
        if self._size is None:
            self._size = self.index.memory_size()
        chosen: list[tuple[str, float]] = []
        postings = 0
        for term in known:
            n = self._counts[term]
            if len(chosen) >= MAX_TERMS or (len(chosen) >= MIN_TERMS and postings + n > POSTINGS_BUDGET):
                break
            chosen.append((term, math.log((self._size + 1) / n)))
            postings += n
        return chosen

    # -- a whole document ------------------------------------------------------------------------

    def lookup(self, texts: Sequence[str]) -> list[Match | None]:
        """The best match of each segment of a document (its segments in order).

        A unit may cover several consecutive segments: the first gets the match, with
        `segments` > 1, and the ones it covers get a `joined` match with an empty target.
        Fuzzy matches are looked for when `fuzzy_threshold` is at most 100 (a segment the
        memory holds as two units is found either way).
        """
        n = len(texts)
        if self._size is None:
            self._size = self.index.memory_size()
        if not self._size:
            return [None] * n  # an empty memory costs a run nothing
        result: list[Match | None] = list(self.exact(texts))
        self._joined(texts, result)
        open_ = [i for i in range(n) if result[i] is None]
        for i, match in zip(open_, self.numbers([texts[i] for i in open_]), strict=True):
            result[i] = match
        for i in range(n):
            if result[i] is None and texts[i].strip():
                result[i] = self.fuzzy(texts[i])
        return result

    def _joined(self, texts: Sequence[str], result: list[Match | None]) -> None:
        """Exact matches of 2-4 consecutive unmatched segments, read as one."""
        windows: dict[tuple[int, int], str] = {}
        for i in range(len(texts)):
            for size in range(2, MAX_JOINED + 1):
                span = range(i, i + size)
                if span.stop > len(texts) or any(result[j] is not None for j in span):
                    break
                windows[(i, size)] = join_segments(texts[j] for j in span)
        if not windows:
            return
        found = self.exact(list(windows.values()))
        hits = {key: m for key, m in zip(windows, found, strict=True) if m is not None}
        i = 0
        while i < len(texts):
            size = next((s for s in range(MAX_JOINED, 1, -1) if (i, s) in hits), 0)
            if not size or any(result[j] is not None for j in range(i, i + size)):
                i += 1
                continue
            head = dataclasses.replace(hits[(i, size)], segments=size)
            result[i] = head
            for j in range(i + 1, i + size):
                result[j] = dataclasses.replace(head, kind="joined", target="", segments=1)
            i += size


def _match(kind: str, score: float, unit: MemoryUnit, target: str) -> Match:
    return Match(kind, score, unit.source, target, unit.origin, unit.origin_kind)
