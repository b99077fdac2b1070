"""Sentence embedders behind one small interface, with a cache in the store.

`get_embedder(name)` returns an `Embedder`: `.name`, `.dim` and `.embed(texts)`
giving float32 L2-normalised rows. Backends load their weights lazily from the
installed package or a local folder; nothing is ever downloaded at run time.
"""

from __future__ import annotations

from workbench.embed.base import DEFAULT_EMBEDDER, Embedder, available_embedders, get_embedder

__all__ = ["DEFAULT_EMBEDDER", "Embedder", "available_embedders", "get_embedder"]
