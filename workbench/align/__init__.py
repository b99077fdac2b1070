"""The dynamic-programming aligner: pure functions over embedding arrays.

`align_segments(src_texts, tgt_texts, embedder)` embeds once and returns `Bead`s;
`align_sides` runs the same aligner on precomputed arrays.
"""

from __future__ import annotations

from workbench.align.aligner import align_segments, align_sides, align_stored_segments, build_sides
from workbench.align.beads import Bead, check_partition, parse_links, read_links, write_links
from workbench.align.scoring import Params

__all__ = [
    "Bead",
    "Params",
    "align_segments",
    "align_sides",
    "align_stored_segments",
    "build_sides",
    "check_partition",
    "parse_links",
    "read_links",
    "write_links",
]
