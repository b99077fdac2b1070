"""The workspace translation memory: earlier approved work and imported TMX files, asked before any model.

Public interface:

- `Matcher(index, src_lang, tgt_lang, fuzzy_threshold=75, exclude_project=None).lookup(texts, paragraphs)`
  -> the best `Match` (exact, numbers, joined, fuzzy) per segment; the store is the index;
- `import_tmx(store, path, name=None, ...)` -> `ImportResult`: a TMX file streamed into the memory
  (`workbench.export.memory.export_memory` writes it back out);
- `normalise`, `exact_key`, `substitute`: what "the same sentence" and "only the numbers differ" mean.

Units live in the workspace store (`workbench.store.memory_tables`); approved and edited rows of every
project join the memory as review happens, and leave it on undo.
"""

from __future__ import annotations

from workbench.memory.importing import ImportResult, import_tmx
from workbench.memory.lookup import Matcher, MemoryIndex
from workbench.memory.model import (
    DEFAULT_FUZZY_THRESHOLD,
    LABELS,
    MEMORY_ORIGINS,
    ORIGIN_JOINED,
    ORIGIN_MEMORY,
    ORIGIN_MODEL,
    ORIGIN_NUMBERS,
    Match,
    MemoryOrigin,
    MemoryStats,
    MemoryUnit,
    check_threshold,
    label,
)
from workbench.memory.numbers import substitute
from workbench.memory.text import exact_key, normalise

__all__ = [
    "DEFAULT_FUZZY_THRESHOLD",
    "LABELS",
    "MEMORY_ORIGINS",
    "ORIGIN_JOINED",
    "ORIGIN_MEMORY",
    "ORIGIN_MODEL",
    "ORIGIN_NUMBERS",
    "ImportResult",
    "Match",
    "Matcher",
    "MemoryIndex",
    "MemoryOrigin",
    "MemoryStats",
    "MemoryUnit",
    "check_threshold",
    "exact_key",
    "import_tmx",
    "label",
    "normalise",
    "substitute",
]
