"""The glossary tables (schema: migration 4), for one project or for the whole workspace.

Plain rows in, plain rows out: what a term means, how glossaries merge and what the messages
say is `workbench.terms.storage`'s business.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.store.connection import Connection, now


@dataclass(frozen=True)
class TermRow:
    """One stored glossary entry (`id` is 0 until it is stored)."""

    source: str
    target: str
    dnt: bool = False
    case_sensitive: bool = False
    note: str = ""
    line: int = 0
    id: int = 0


@dataclass
class GlossaryInfo:
    name: str
    project: str | None
    terms: int
    source_path: str | None
    created_at: str


def _term_rows(db: sqlite3.Connection, glossary_id: int) -> list[TermRow]:
    return [
        TermRow(r["source"], r["target"], bool(r["dnt"]), bool(r["case_sensitive"]), r["note"], r["line"], int(r["id"]))
        for r in db.execute("SELECT * FROM glossary_terms WHERE glossary_id = ? ORDER BY position", (glossary_id,))
    ]


class Glossaries(Connection):
    """Part of `Store`: glossaries and their terms. A `project_id` of None is the workspace's scope."""

    def put_glossary(
        self, name: str, project_id: int | None, source_path: str | None, terms: Sequence[TermRow]
    ) -> None:
        """Store a glossary, replacing the one of the same name and scope."""
        with self.transaction() as db:
            db.execute("DELETE FROM glossaries WHERE name = ? AND COALESCE(project_id, 0) = ?", (name, project_id or 0))
            cur = db.execute(
                "INSERT INTO glossaries (name, project_id, source_path, created_at) VALUES (?, ?, ?, ?)",
                (name, project_id, source_path, now()),
            )
            gid = int(cur.lastrowid or 0)
            db.executemany(
                "INSERT INTO glossary_terms (glossary_id, position, source, target, dnt, case_sensitive, note, line)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (gid, i, t.source, t.target, int(t.dnt), int(t.case_sensitive), t.note, t.line)
                    for i, t in enumerate(terms)
                ],
            )

    def find_glossary(self, name: str, project_id: int | None) -> tuple[int, list[TermRow]] | None:
        """(id, terms in order) of the glossary of this name in this scope; None when there is none."""
        with self.transaction() as db:
            row = db.execute(
                "SELECT id FROM glossaries WHERE name = ? AND COALESCE(project_id, 0) = ?", (name, project_id or 0)
            ).fetchone()
            if row is None:
                return None
            return int(row["id"]), _term_rows(db, row["id"])

    def glossary_listing(self, project_id: int | None) -> list[GlossaryInfo]:
        """The workspace's glossaries and the project's (every glossary when `project_id` is None)."""
        with self.transaction() as db:
            rows = db.execute(
                "SELECT g.name, p.name AS project, g.source_path, g.created_at,"
                " (SELECT COUNT(*) FROM glossary_terms t WHERE t.glossary_id = g.id) AS n"
                " FROM glossaries g LEFT JOIN projects p ON p.id = g.project_id"
                " WHERE ? IS NULL OR g.project_id IS NULL OR g.project_id = ?"
                " ORDER BY g.project_id IS NOT NULL, p.name, g.name",
                (project_id, project_id),
            ).fetchall()
        return [GlossaryInfo(r["name"], r["project"], r["n"], r["source_path"], r["created_at"]) for r in rows]

    def drop_glossary(self, glossary_id: int) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM glossary_terms WHERE glossary_id = ?", (glossary_id,))
            db.execute("DELETE FROM glossaries WHERE id = ?", (glossary_id,))

    def terms_in_scope(self, project_id: int | None) -> list[TermRow]:
        """The terms of every workspace glossary, then of the project's own, each glossary in order."""
        with self.transaction() as db:
            ids = db.execute(
                "SELECT id FROM glossaries WHERE project_id IS NULL OR project_id = ?"
                " ORDER BY project_id IS NOT NULL, id",
                (project_id,),
            ).fetchall()
            return [term for r in ids for term in _term_rows(db, r["id"])]
