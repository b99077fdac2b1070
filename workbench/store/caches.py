"""Drafts of each segment, and the caches of machine translations and sentence embeddings."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from workbench.memory.model import MEMORY_MODEL_ID
from workbench.model import Draft
from workbench.store.connection import DRAFT_ORDER, Connection, chunked, now, text_hash

_INSERT_DRAFT = (
    "INSERT OR REPLACE INTO drafts (segment_id, model, text, flags, created_at, origin, origin_name)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)


class Caches(Connection):
    """Part of `Store`: drafts and the translation and embedding caches."""

    def save_drafts(self, drafts: Iterable[Draft]) -> None:
        stamp = now()
        with self.transaction() as db:
            db.executemany(
                _INSERT_DRAFT,
                [(d.segment_id, d.model, d.text, json.dumps(d.flags), stamp, d.origin, d.origin_name) for d in drafts],
            )

    def replace_memory_drafts(self, project_id: int, drafts: Iterable[Draft]) -> None:
        """The project's drafts from the memory become `drafts` (those no longer matched are dropped)."""
        stamp = now()
        with self.transaction() as db:
            db.execute(
                "DELETE FROM drafts WHERE model = ? AND segment_id IN (SELECT s.id FROM segments s"
                " JOIN documents d ON d.id = s.document_id WHERE d.project_id = ?)",
                (MEMORY_MODEL_ID, project_id),
            )
            db.executemany(
                _INSERT_DRAFT,
                [
                    (d.segment_id, MEMORY_MODEL_ID, d.text, json.dumps(d.flags), stamp, d.origin, d.origin_name)
                    for d in drafts
                ],
            )

    def drafts(self, project_id: int, model: str | None = None) -> dict[int, Draft]:
        """segment id -> draft (when `model` is None: the memory's, else the newest model's)."""
        sql = (
            "SELECT dr.* FROM drafts dr JOIN segments s ON s.id = dr.segment_id"
            " JOIN documents d ON d.id = s.document_id WHERE d.project_id = ?"
        )
        params: list[Any] = [project_id]
        if model is not None:
            sql += " AND dr.model = ?"
            params.append(model)
        out: dict[int, Draft] = {}
        for r in self._query(sql + DRAFT_ORDER, params):
            out[r["segment_id"]] = Draft(
                r["segment_id"], r["model"], r["text"], json.loads(r["flags"]), r["origin"], r["origin_name"]
            )
        return out

    def cached_translations(self, model: str, sources: Iterable[str]) -> dict[str, str]:
        return self._cached("translation_cache", "source_hash", "target", model, sources)

    def cache_translations(self, model: str, pairs: Mapping[str, str]) -> None:
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO translation_cache (model, source_hash, source, target) VALUES (?, ?, ?, ?)",
                [(model, text_hash(s), s, t) for s, t in pairs.items()],
            )

    def cached_embeddings(self, model: str, texts: Iterable[str]) -> dict[str, bytes]:
        """text -> raw float32 vector bytes; the embedder turns them back into arrays."""
        found = self._cached("embedding_cache", "text_hash", "vector", model, texts)
        return {text: bytes(vector) for text, vector in found.items()}

    def cache_embeddings(self, model: str, vectors: Mapping[str, bytes], dim: int) -> None:
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO embedding_cache (model, text_hash, dim, vector) VALUES (?, ?, ?, ?)",
                [(model, text_hash(t), dim, v) for t, v in vectors.items()],
            )

    def _cached(self, table: str, key: str, column: str, model: str, texts: Iterable[str]) -> dict[str, Any]:
        """text -> its value in a cache `table` keyed on (model, hash of the text in `key`)."""
        hashes = {text_hash(t): t for t in texts}
        out: dict[str, Any] = {}
        for chunk, marks in chunked(hashes):
            sql = f"SELECT {key}, {column} FROM {table} WHERE model = ? AND {key} IN ({marks})"  # noqa: S608
            for digest, value in self._raw(sql, [model, *chunk]):
                out[hashes[digest]] = value
        return out
