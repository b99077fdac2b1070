"""Drafting, step one: the workspace translation memory, asked before any model is loaded.

Exact matches (and 2-3 segments matching one unit together) and number-only differences
become the segments' drafts, marked with their origin; fuzzy matches at or above the
threshold are kept for the review page, and those segments still go to the model.
A project's own approved rows are not asked: they are its own work, not earlier work.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.memory import DEFAULT_FUZZY_THRESHOLD, Match, Matcher
from workbench.memory.model import MEMORY_MODEL_ID, ORIGIN_JOINED
from workbench.memory.text import join_segments
from workbench.memory.tmx import primary
from workbench.model import Draft, Project, Segment
from workbench.qa import as_strings, check_draft
from workbench.store import Store


@dataclass
class MemoryDrafts:
    drafts: dict[int, Draft] = field(default_factory=dict)
    """segment id -> its draft from the memory (joined continuations included, with empty text)."""
    fuzzy: dict[int, Match] = field(default_factory=dict)
    """segment id -> its best fuzzy match (not a draft: shown beside the model's on the review page)."""
    sources: dict[int, str] = field(default_factory=dict)
    """segment id -> the source text its memory draft translates (several segments joined for a 2:1 unit)."""


def draft_from_memory(
    store: Store, project: Project, segments: list[Segment], fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD
) -> MemoryDrafts:
    """Look every segment up in the memory; store the drafts and fuzzy matches found (replacing earlier ones)."""
    out = MemoryDrafts()
    usable = [s for s in segments if s.id is not None]
    matcher = Matcher(
        store,
        primary(project.src_lang),
        primary(project.tgt_lang),
        fuzzy_threshold=fuzzy_threshold,
        exclude_project=project.id,
    )
    matches = matcher.lookup([s.text for s in usable])
    for i, (seg, match) in enumerate(zip(usable, matches, strict=True)):
        assert seg.id is not None
        if match is None:
            continue
        if match.kind == "fuzzy":
            out.fuzzy[seg.id] = match
            continue
        if match.kind == "joined":
            out.drafts[seg.id] = Draft(seg.id, MEMORY_MODEL_ID, "", [], ORIGIN_JOINED, match.origin)
            continue
        source = join_segments(s.text for s in usable[i : i + match.segments])
        out.sources[seg.id] = source
        flags = as_strings(check_draft(source, match.target))
        out.drafts[seg.id] = Draft(seg.id, MEMORY_MODEL_ID, match.target, flags, match.origin_code, match.origin)
    store.replace_memory_drafts(project.id, out.drafts.values())
    store.save_memory_suggestions(project.id, out.fuzzy)
    return out
