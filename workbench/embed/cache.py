"""Embedders that look texts up in a vector cache (the workspace store) before computing them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

import numpy as np

from workbench.embed.protocol import Embedder, RunEmbedder, run_join


class VectorCache(Protocol):
    """What the cache needs of the store: raw float32 vector bytes by model and text."""

    def cached_embeddings(self, model: str, texts: Iterable[str]) -> dict[str, bytes]: ...

    def cache_embeddings(self, model: str, vectors: Mapping[str, bytes], dim: int) -> None: ...


class CachedEmbedder:
    """Wraps a backend: looks texts up in the store first and saves what it computes."""

    def __init__(self, inner: Embedder, store: VectorCache) -> None:
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

    def __init__(self, inner: RunEmbedder, store: VectorCache) -> None:
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


def cached(embedder: Embedder, store: VectorCache) -> Embedder:
    """`embedder` behind the store's cache (a run embedder stays one)."""
    if isinstance(embedder, RunEmbedder):
        return CachedRunEmbedder(embedder, store)
    return CachedEmbedder(embedder, store)
