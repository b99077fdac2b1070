"""Documents, their paragraphs and their segments (sentences), as read and as review has edited them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from workbench.errors import NotFoundError
from workbench.model import SET_ASIDE_KINDS, Document, Paragraph, Role, Segment
from workbench.store.connection import Connection, chunked, text_hash


def _segment(row: sqlite3.Row) -> Segment:
    return Segment(
        text=row["text"],
        lang=row["lang"],
        start=row["start"],
        end=row["end"],
        paragraph=row["paragraph"],
        kind=row["kind"],
        id=row["id"],
    )


class Documents(Connection):
    """Part of `Store`: each project's documents and segments."""

    def add_document(self, project_id: int, document: Document) -> Document:
        """Store a read and segmented document; fills in `document.id` and every segment's id."""
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO documents (project_id, role, lang, path, format, encoding, sha256, text, meta)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    project_id,
                    document.role.value,
                    document.lang,
                    document.path,
                    document.format,
                    document.encoding,
                    text_hash(document.text),
                    document.text,
                    json.dumps(document.meta),
                ),
            )
            document.id = int(cur.lastrowid or 0)
            position = 0
            for p_idx, paragraph in enumerate(document.paragraphs):
                db.execute(
                    'INSERT INTO paragraphs (document_id, idx, start, "end", kind, page, note)'
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        document.id,
                        p_idx,
                        paragraph.start,
                        paragraph.end,
                        paragraph.kind,
                        paragraph.page,
                        paragraph.note,
                    ),
                )
                for segment in paragraph.segments:
                    segment.paragraph = p_idx
                    cur = db.execute(
                        'INSERT INTO segments (document_id, position, paragraph, text, lang, start, "end", kind)'
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            document.id,
                            position,
                            p_idx,
                            segment.text,
                            segment.lang,
                            segment.start,
                            segment.end,
                            segment.kind,
                        ),
                    )
                    segment.id = int(cur.lastrowid or 0)
                    position += 1
        return document

    def documents(self, project_id: int, role: Role | None = None) -> list[Document]:
        """The project's documents with their paragraphs and current segments (review edits included)."""
        sql = "SELECT * FROM documents WHERE project_id = ?"
        params: list[Any] = [project_id]
        if role is not None:
            sql += " AND role = ?"
            params.append(role.value)
        docs = []
        for row in self._query(sql + " ORDER BY id", params):
            paragraphs = [
                Paragraph(
                    text=row["text"][p["start"] : p["end"]],
                    start=p["start"],
                    end=p["end"],
                    kind=p["kind"],
                    page=p["page"],
                    note=p["note"],
                )
                for p in self._query(
                    'SELECT idx, start, "end", kind, page, note FROM paragraphs WHERE document_id = ? ORDER BY idx',
                    (row["id"],),
                )
            ]
            for seg in self.segments(row["id"]):
                while seg.paragraph >= len(paragraphs):
                    paragraphs.append(Paragraph(text="", start=seg.start, end=seg.end))
                paragraphs[seg.paragraph].segments.append(seg)
            docs.append(
                Document(
                    text=row["text"],
                    lang=row["lang"],
                    paragraphs=paragraphs,
                    path=row["path"],
                    format=row["format"],
                    encoding=row["encoding"],
                    meta=json.loads(row["meta"]),
                    role=Role(row["role"]),
                    id=row["id"],
                )
            )
        return docs

    def segments(self, document_id: int) -> list[Segment]:
        return [
            _segment(r)
            for r in self._query("SELECT * FROM segments WHERE document_id = ? ORDER BY position", (document_id,))
        ]

    def segments_by_id(self, ids: Iterable[int]) -> dict[int, Segment]:
        out: dict[int, Segment] = {}
        for chunk, marks in chunked(sorted(set(ids))):
            for r in self._query(f"SELECT * FROM segments WHERE id IN ({marks})", chunk):  # noqa: S608
                out[r["id"]] = _segment(r)
        return out

    def project_segments(self, project_id: int) -> dict[int, tuple[Segment, Role, int, float]]:
        """Every segment of the project in one query: id -> (segment, side, document id, position)."""
        out: dict[int, tuple[Segment, Role, int, float]] = {}
        for r in self._query(
            "SELECT s.*, d.role FROM segments s JOIN documents d ON d.id = s.document_id WHERE d.project_id = ?",
            (project_id,),
        ):
            out[r["id"]] = (_segment(r), Role(r["role"]), r["document_id"], r["position"])
        return out

    def neighbour_segment(self, segment_id: int, after: bool = True) -> tuple[int, float] | None:
        """(id, position) of the segment right after (or before) this one in its document.

        Page headers and footnotes in between are stepped over: a sentence that runs over
        a page break is merged with its other half, not with the page's footer.
        """
        doc, pos = self.segment_place(segment_id)
        op, order = (">", "ASC") if after else ("<", "DESC")
        aside = sorted(SET_ASIDE_KINDS)
        found = self._query(
            f"SELECT id, position FROM segments WHERE document_id = ? AND position {op} ?"  # noqa: S608
            f" AND kind NOT IN ({','.join('?' * len(aside))}) ORDER BY position {order} LIMIT 1",
            (doc, pos, *aside),
        )
        return (int(found[0][0]), float(found[0][1])) if found else None

    def segment_place(self, segment_id: int) -> tuple[int, float]:
        """(document id, position) of a segment."""
        rows = self._query("SELECT document_id, position FROM segments WHERE id = ?", (segment_id,))
        if not rows:
            raise NotFoundError(f"no segment with id {segment_id}")
        return int(rows[0][0]), float(rows[0][1])
