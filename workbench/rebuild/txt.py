"""Plain text out: one paragraph per block, a blank line between blocks, no hard wraps (or `wrap` columns).

French still without English reads `[[FR: …]]`."""

from __future__ import annotations

import textwrap
from typing import IO

from workbench.rebuild.base import ParagraphOut, text_gaps


def paragraph_texts(plans: list[ParagraphOut]) -> list[str]:
    """The paragraphs a text output holds: the English, or the source where nothing was translated
    (page headers, footers and footnotes stay where they were, as they were)."""
    return [text_gaps(p.text) if p.text is not None else p.source for p in plans]


def render_txt(plans: list[ParagraphOut], wrap: int | None = None) -> str:
    blocks = paragraph_texts(plans)
    if wrap:
        blocks = [
            textwrap.fill(b, width=wrap, break_long_words=False, break_on_hyphens=False) if b else b for b in blocks
        ]
    return "\n\n".join(b for b in blocks if b) + "\n"


def write_txt(plans: list[ParagraphOut], stream: IO[bytes], wrap: int | None = None) -> None:
    stream.write(render_txt(plans, wrap).encode("utf-8"))
