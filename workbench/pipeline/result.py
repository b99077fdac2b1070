"""What `run()` did, as the CLI, batch and Python users read it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.model import Project
from workbench.triage import DEFAULT_THRESHOLD


@dataclass
class RunResult:
    project: Project
    source_segments: int
    target_segments: int
    target_kind: str = "none"
    """'document' (the English version given), 'drafts' (machine drafts to post-edit) or 'none'."""
    links_by_kind: dict[str, int] = field(default_factory=dict)
    confident: int = 0
    """Units in the TMX before review, chosen as the export chooses them: approved or edited links, and
    proposed ones at or above the threshold, with text on both sides (an unaligned row is never a unit)."""
    doubtful: int = 0
    """Proposed links below the threshold, unscored or unaligned (see workbench.triage)."""
    marked: int = 0
    """Links marked "needs review" (every draft of a project made without an English version)."""
    threshold: float = DEFAULT_THRESHOLD
    drafted: int = 0
    """Source segments with a draft, from the memory or the model."""
    from_memory: int = 0
    """Drafts from the workspace memory (memory 100%, numbers changed included)."""
    numbers_changed: int = 0
    """Of those, drafts whose numbers or dates were substituted (memory 100% (numbers changed))."""
    from_model: int = 0
    fuzzy_suggestions: int = 0
    """Segments drafted by the model with a fuzzy memory match beside them on the review page."""
    undrafted: int = 0
    memory_flagged: int = 0
    """Memory drafts that a check flagged (a glossary term missing...): shown on the page, not silently used."""
    memory_origins: dict[str, int] = field(default_factory=dict)
    """TMX or project name -> drafts taken from it."""
    model_loaded: bool = False
    model: str | None = None
    embedder: str | None = None
    reused: bool = False
    exports: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    set_aside: dict[str, int] = field(default_factory=dict)
    """Segments kept out of alignment, by kind ("furniture", "footnote"), both documents together."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "project": self.project.name,
            "source_segments": self.source_segments,
            "target_segments": self.target_segments,
            "target_kind": self.target_kind,
            "links_by_kind": self.links_by_kind,
            "links": sum(self.links_by_kind.values()),
            "threshold": self.threshold,
            "confident": self.confident,
            "doubtful": self.doubtful,
            "needs_review": self.marked,
            "drafted": self.drafted,
            "drafts": {
                "memory": self.from_memory - self.numbers_changed,
                "memory_numbers_changed": self.numbers_changed,
                "model": self.from_model,
                "none": self.undrafted,
                "fuzzy_suggestions": self.fuzzy_suggestions,
                "memory_flagged": self.memory_flagged,
                "memory_origins": self.memory_origins,
            },
            "model": self.model,
            "model_loaded": self.model_loaded,
            "embedder": self.embedder,
            "reused": self.reused,
            "exports": [str(p) for p in self.exports],
            "notes": self.notes,
            "set_aside": self.set_aside,
        }

    def __str__(self) -> str:
        lines = [
            f"project {self.project.name}: {self.source_segments} source segments, "
            f"{self.target_segments} target segments ({self.target_kind})"
        ]
        if self.links_by_kind:
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.links_by_kind.items()))
            lines.append(f"links: {kinds}; {describe_triage(self)}")
        if self.drafted or self.fuzzy_suggestions:
            lines.append(f"drafts: {describe_drafts(self)}")
        if self.set_aside:
            lines.append(f"set aside (not aligned): {describe_set_aside(self.set_aside)}")
        lines += [f"wrote {p}" for p in self.exports]
        lines += self.notes
        return "\n".join(lines)


def describe_drafts(result: RunResult) -> str:
    """`12 from memory (2 with numbers changed), 30 from the model; 3 fuzzy matches to compare`."""
    parts = []
    if result.from_memory:
        changed = f" ({result.numbers_changed} with numbers changed)" if result.numbers_changed else ""
        parts.append(f"{result.from_memory} from memory{changed}")
    if result.from_model:
        parts.append(f"{result.from_model} from the model")
    if result.undrafted:
        parts.append(f"{result.undrafted} with none")
    text = ", ".join(parts) or "none"
    if result.fuzzy_suggestions:
        n = result.fuzzy_suggestions
        text += f"; {n} fuzzy {'match' if n == 1 else 'matches'} to compare"
    return text


def describe_triage(result: RunResult) -> str:
    """`30 confident, 8 doubtful (below 0.5 or unaligned)`, and those marked needs review when there are any."""
    text = f"{result.confident} confident, {result.doubtful} doubtful (below {result.threshold:g} or unaligned)"
    if result.marked:
        text += f", {result.marked} marked needs review"
    return text


def describe_set_aside(counts: dict[str, int]) -> str:
    """`6 page headers/footers, 2 footnotes`: what the readers kept out of alignment."""
    names = {"furniture": ("page header/footer", "page headers/footers"), "footnote": ("footnote", "footnotes")}
    parts = []
    for kind, n in sorted(counts.items()):
        one, many = names.get(kind, (kind, kind))
        parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts)
