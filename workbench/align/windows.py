"""Runs of consecutive segments ("windows") and the texts embedded for them.

A merged bead (2:1, 1:3...) is scored by the embedding of its concatenated text,
so each side needs one vector per run of 1..MAX_RUN consecutive segments.
"""

from __future__ import annotations

MAX_RUN = 3


def join(texts: list[str]) -> str:
    """The text of a run, the way Vecalign builds its overlaps (so embeddings can be shared)."""
    return " ".join(t.strip() or "BLANK_LINE" for t in texts)


def run_allowed(start: int, length: int, paragraphs: list[int] | None) -> bool:
    """A run may not cross a paragraph boundary (when paragraphs are known)."""
    if paragraphs is None or length <= 1:
        return True
    return paragraphs[start] == paragraphs[start + length - 1]


def run_texts(texts: list[str], paragraphs: list[int] | None = None, max_run: int = MAX_RUN) -> list[list[str | None]]:
    """runs[k][i] = text of segments i..i+k (k = 0..max_run-1), or None where not allowed/past the end."""
    runs: list[list[str | None]] = []
    n = len(texts)
    for k in range(max_run):
        row: list[str | None] = []
        for i in range(n):
            if i + k < n and run_allowed(i, k + 1, paragraphs):
                row.append(join(texts[i : i + k + 1]) if k else texts[i].strip() or "BLANK_LINE")
            else:
                row.append(None)
        runs.append(row)
    return runs
