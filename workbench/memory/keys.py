"""The three index entries of a memory unit's source, computed once when it is stored."""

from __future__ import annotations

from workbench.memory.numbers import skeleton
from workbench.memory.text import hash64, index_text, normalise


def unit_keys(source: str) -> tuple[int, int | None, str]:
    """(exact key, number-only key or None, full-text terms) of a source sentence."""
    normal = normalise(source)
    shape = skeleton(normal)
    return hash64(normal), None if shape is None else hash64(shape), index_text(normal)
