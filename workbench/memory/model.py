"""What the translation memory holds and what a lookup answers: plain dataclasses, no SQL."""

from __future__ import annotations

from dataclasses import dataclass

# Where a draft came from (`Draft.origin`). The review page, `run`'s summary and --json all say it.
ORIGIN_MODEL = "model"
ORIGIN_MEMORY = "memory"
"""memory 100%: the segment, once whitespace, quotes and apostrophes are normalised, is in the memory."""
ORIGIN_NUMBERS = "memory-numbers"
"""memory 100% (numbers changed): only numbers or dates differ; they were substituted in the target."""
ORIGIN_JOINED = "memory-joined"
"""The segment is the continuation of the one before it: one memory unit covers both (a 2:1 pair)."""

MEMORY_ORIGINS = frozenset({ORIGIN_MEMORY, ORIGIN_NUMBERS, ORIGIN_JOINED})
MEMORY_MODEL_ID = "memory"
"""`Draft.model` of every draft that came from the memory (the drafts table is keyed by segment and model)."""

LABELS = {
    ORIGIN_MEMORY: "memory 100%",
    ORIGIN_NUMBERS: "memory 100% (numbers changed)",
    ORIGIN_JOINED: "memory 100%",
    ORIGIN_MODEL: "model",
}

KIND_TMX = "tmx"
KIND_PROJECT = "project"

DEFAULT_FUZZY_THRESHOLD = 75
"""Fuzzy matches at or above this score (percent) are shown beside the draft on the review page."""


def label(origin: str) -> str:
    """How a person reads a draft's origin: `memory 100%`, `memory 100% (numbers changed)`, `model`."""
    return LABELS.get(origin, origin)


def check_threshold(value: float) -> int:
    """A fuzzy threshold in percent; below 50 a "match" is mostly other words."""
    from workbench.errors import InputError

    if not 50 <= value <= 100:
        raise InputError(f"the fuzzy-match threshold must be between 50 and 100 percent (got {value:g})")
    return int(value)


@dataclass
class MemoryUnit:
    """One source sentence and its translation, as the memory keeps it (typography untouched)."""

    source: str
    target: str
    src_lang: str = "fr"
    tgt_lang: str = "en"
    note: str = ""
    changed: str = ""
    """When it was last changed (ISO 8601, or as the TMX said); empty when unknown."""
    origin: str = ""
    """The name of the TMX or project it came from (filled when read back)."""
    origin_kind: str = ""
    id: int | None = None


@dataclass
class MemoryOrigin:
    """A TMX file imported under a name, or a project whose approved rows feed the memory."""

    name: str
    kind: str
    units: int = 0
    src_lang: str = ""
    tgt_lang: str = ""
    path: str | None = None
    created_at: str = ""
    project_id: int | None = None
    id: int | None = None

    @property
    def described(self) -> str:
        return f"{self.name} ({'project' if self.kind == KIND_PROJECT else 'TMX'})"


@dataclass(frozen=True)
class Match:
    """The best memory unit for a segment (or a run of consecutive segments)."""

    kind: str
    """`exact`, `numbers` (numbers or dates substituted) or `fuzzy`."""
    score: float
    """0-100; 100 for exact and number-only matches."""
    source: str
    """The memory's source sentence."""
    target: str
    """What the draft would be: the memory's target, with the numbers substituted for `numbers`."""
    origin: str
    origin_kind: str
    segments: int = 1
    """How many consecutive segments of the document this unit covers (2 for a 2:1 pair)."""

    @property
    def origin_code(self) -> str:
        """The `Draft.origin` of a draft taken from this match."""
        return {"numbers": ORIGIN_NUMBERS, "joined": ORIGIN_JOINED}.get(self.kind, ORIGIN_MEMORY)


@dataclass
class MemoryStats:
    units: int = 0
    origins: int = 0
    tmx_units: int = 0
    project_units: int = 0
    distinct_sources: int = 0
    by_pair: dict[str, int] | None = None
