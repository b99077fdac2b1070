"""The review page's read model: what it shows, read in a few fast queries of plain values.

The page loads 20 000 rows in well under a second: these reads skip `sqlite3.Row` and model
objects, and only the first target's links are read (further targets are reviewed by export).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from workbench.model import SET_ASIDE_KINDS
from workbench.store.connection import DRAFT_ORDER, PRIMARY_TARGET, Connection, chunked


@dataclass(frozen=True, slots=True)
class ReviewLink:
    """One row of the review page, as stored: its sides are JSON lists of segment ids."""

    id: int
    position: float
    src_json: str
    tgt_json: str
    score: float | None
    status: str
    bookmark: int

    @property
    def src(self) -> list[int]:
        """The source segment ids."""
        return list(json.loads(self.src_json))

    @property
    def tgt(self) -> list[int]:
        """The target segment ids."""
        return list(json.loads(self.tgt_json))


class ReviewReads(Connection):
    """Part of `Store`: the reads behind the review page."""

    def review_links(
        self, project_id: int, ids: Iterable[int] | None = None, limit: int | None = None
    ) -> list[ReviewLink]:
        """The project's rows (or those with these ids) in page order (the first `limit`)."""
        sql = "SELECT id, position, src, tgt, score, status, bookmark FROM links WHERE project_id = ?" + PRIMARY_TARGET
        if ids is None:
            if limit is not None:
                rows = self._raw(sql + " ORDER BY position, id LIMIT ?", (project_id, limit))
            else:
                rows = self._raw(sql + " ORDER BY position, id", (project_id,))
            return [ReviewLink(*r) for r in rows]
        found: list[tuple[Any, ...]] = []
        for chunk, marks in chunked(sorted(set(ids))):
            found += self._raw(sql + f" AND id IN ({marks})", [project_id, *chunk])
        return [ReviewLink(*r) for r in sorted(found, key=lambda r: (r[1], r[0]))]

    def review_segments(self, project_id: int, ids: Iterable[int] | None = None) -> dict[int, tuple[str, int, str]]:
        """segment id -> (text, paragraph, role) for the whole project or the given ids."""
        sql = (
            "SELECT s.id, s.text, s.paragraph, d.role FROM segments s JOIN documents d ON d.id = s.document_id"
            " WHERE d.project_id = ?"
        )
        if ids is None:
            return {r[0]: (r[1], r[2], r[3]) for r in self._raw(sql, (project_id,))}
        out: dict[int, tuple[str, int, str]] = {}
        for chunk, marks in chunked(sorted(set(ids))):
            for r in self._raw(sql + f" AND s.id IN ({marks})", [project_id, *chunk]):
                out[r[0]] = (r[1], r[2], r[3])
        return out

    def review_set_aside(self, project_id: int) -> list[tuple[Any, ...]]:
        """(id, role, kind, text, previous body segment id, next body segment id, why, page) of every
        set-aside segment (page furniture, footnotes) of the source and the first target, in document order.

        One query: the neighbours are the nearest segments of the same document that are not set
        aside (None at a document's edge), which tells the page where each one falls between rows.
        """
        aside = sorted(SET_ASIDE_KINDS)
        marks = ",".join("?" * len(aside))
        neighbour = (
            "(SELECT b.id FROM segments b WHERE b.document_id = s.document_id AND b.position {op} s.position"
            f" AND b.kind NOT IN ({marks}) ORDER BY b.position {{order}} LIMIT 1)"
        )
        sql = (
            f"SELECT s.id, d.role, s.kind, s.text, {neighbour.format(op='<', order='DESC')},"  # noqa: S608
            f" {neighbour.format(op='>', order='ASC')}, COALESCE(p.note, ''), COALESCE(p.page, 0)"
            " FROM segments s JOIN documents d ON d.id = s.document_id"
            " LEFT JOIN paragraphs p ON p.document_id = s.document_id AND p.idx = s.paragraph"
            f" WHERE d.project_id = ? AND s.kind IN ({marks})"
            " AND (d.role = 'source'"
            " OR d.id = (SELECT MIN(id) FROM documents WHERE project_id = ? AND role = 'target'))"
            " ORDER BY d.id, s.position"
        )
        return self._raw(sql, (*aside, *aside, project_id, *aside, project_id))

    def review_drafts(self, project_id: int, ids: Iterable[int] | None = None) -> dict[int, str]:
        """segment id -> newest draft text."""
        return {k: str(v) for k, v in self._newest_drafts(project_id, ids, "text").items()}

    def review_draft_flags(self, project_id: int, ids: Iterable[int] | None = None) -> dict[int, list[str]]:
        """segment id -> the QA flags ("code: reason") of its newest draft, for drafts that have any."""
        raw = self._newest_drafts(project_id, ids, "flags")
        return {k: flags for k, v in raw.items() if (flags := json.loads(v))}

    def review_draft_origins(self, project_id: int, ids: Iterable[int] | None = None) -> dict[int, tuple[str, str]]:
        """segment id -> (origin, origin name) of the draft the page shows."""
        out: dict[int, tuple[str, str]] = {}
        for seg_id, value in self._newest_drafts(project_id, ids, "origin || char(31) || dr.origin_name").items():
            origin, _, name = str(value).partition("\x1f")
            out[seg_id] = (origin, name)
        return out

    def _newest_drafts(self, project_id: int, ids: Iterable[int] | None, column: str) -> dict[int, Any]:
        sql = (
            f"SELECT dr.segment_id, dr.{column} FROM drafts dr JOIN segments s ON s.id = dr.segment_id"  # noqa: S608
            " JOIN documents d ON d.id = s.document_id WHERE d.project_id = ?"
        )
        if ids is None:
            return {r[0]: r[1] for r in self._raw(sql + DRAFT_ORDER, (project_id,))}
        out: dict[int, Any] = {}
        for chunk, marks in chunked(sorted(set(ids))):
            for r in self._raw(sql + f" AND s.id IN ({marks})" + DRAFT_ORDER, [project_id, *chunk]):
                out[r[0]] = r[1]
        return out
