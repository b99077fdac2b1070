"""Glossaries in the workspace database, for one project or for the whole workspace.

The tables come from the store's migration 4.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import InputError, NotFoundError
from workbench.store import Store, now
from workbench.terms.model import Glossary, Term
from workbench.terms.text import fold


@dataclass
class GlossaryInfo:
    name: str
    project: str | None
    terms: int
    source_path: str | None
    created_at: str


def _project_id(store: Store, project: str | None) -> int | None:
    return None if project is None else store.project(project).id


def _scope(project: str | None) -> str:
    return f"project {project!r}" if project else "the workspace"


def save_glossary(store: Store, glossary: Glossary, source_path: str | None = None) -> Glossary:
    """Store (or replace, same name and scope) a glossary; returns it with stored term ids."""
    project_id = _project_id(store, glossary.project)
    with store.transaction() as db:
        db.execute(
            "DELETE FROM glossaries WHERE name = ? AND COALESCE(project_id, 0) = ?",
            (glossary.name, project_id or 0),
        )
        cur = db.execute(
            "INSERT INTO glossaries (name, project_id, source_path, created_at) VALUES (?, ?, ?, ?)",
            (glossary.name, project_id, source_path, now()),
        )
        gid = int(cur.lastrowid or 0)
        db.executemany(
            "INSERT INTO glossary_terms (glossary_id, position, source, target, dnt, case_sensitive, note, line)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (gid, i, t.source, t.target, int(t.dnt), int(t.case_sensitive), t.note, t.line)
                for i, t in enumerate(glossary.terms)
            ],
        )
    return load_glossary(store, glossary.name, glossary.project)


def _terms(db: sqlite3.Connection, gid: int) -> list[Term]:
    return [
        Term(
            source=r["source"],
            target=r["target"],
            dnt=bool(r["dnt"]),
            case_sensitive=bool(r["case_sensitive"]),
            note=r["note"],
            id=str(r["id"]),
            line=r["line"],
        )
        for r in db.execute("SELECT * FROM glossary_terms WHERE glossary_id = ? ORDER BY position", (gid,))
    ]


def load_glossary(store: Store, name: str, project: str | None = None) -> Glossary:
    project_id = _project_id(store, project)
    with store.transaction() as db:
        row = db.execute(
            "SELECT id FROM glossaries WHERE name = ? AND COALESCE(project_id, 0) = ?", (name, project_id or 0)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no glossary {name!r} in {_scope(project)} (see: workbench glossary list)")
        return Glossary(name=name, terms=_terms(db, row["id"]), project=project, id=row["id"])


def list_glossaries(store: Store, project: str | None = None) -> list[GlossaryInfo]:
    """Glossaries of the workspace, and of `project` when given (all of them when it is None)."""
    project_id = _project_id(store, project)
    with store.transaction() as db:
        rows = db.execute(
            "SELECT g.name, p.name AS project, g.source_path, g.created_at,"
            " (SELECT COUNT(*) FROM glossary_terms t WHERE t.glossary_id = g.id) AS n"
            " FROM glossaries g LEFT JOIN projects p ON p.id = g.project_id"
            " WHERE ? IS NULL OR g.project_id IS NULL OR g.project_id = ?"
            " ORDER BY g.project_id IS NOT NULL, p.name, g.name",
            (project_id, project_id),
        ).fetchall()
    return [GlossaryInfo(r["name"], r["project"], r["n"], r["source_path"], r["created_at"]) for r in rows]


def remove_glossary(store: Store, name: str, project: str | None = None) -> int:
    """Delete a glossary; returns how many terms it had."""
    glossary = load_glossary(store, name, project)
    with store.transaction() as db:
        db.execute("DELETE FROM glossary_terms WHERE glossary_id = ?", (glossary.id,))
        db.execute("DELETE FROM glossaries WHERE id = ?", (glossary.id,))
    return len(glossary.terms)


def glossary_for_project(store: Store, project: str | None) -> Glossary:
    """Every term that applies to `project`: workspace glossaries, then the project's own, which win on conflicts."""
    project_id = _project_id(store, project)
    with store.transaction() as db:
        rows = db.execute(
            "SELECT id FROM glossaries WHERE project_id IS NULL OR project_id = ? ORDER BY project_id IS NOT NULL, id",
            (project_id,),
        ).fetchall()
        merged: dict[str, Term] = {}
        for r in rows:
            for term in _terms(db, r["id"]):
                merged[fold(" ".join(term.source.split()))] = term
    if not merged and project is None:
        return Glossary(name="workspace", terms=[])
    name = f"{project} terms" if project else "workspace terms"
    if not merged:
        return Glossary(name=name, terms=[], project=project)
    return Glossary(name=name, terms=list(merged.values()), project=project)


def glossary_for_file(store: Store, extra: str | Path | None = None) -> Glossary | None:
    """The terms a translation made outside any project uses: the workspace glossaries, and the
    glossary file `extra` (`translate FILE --glossary`), whose terms win on conflicts. None: no terms."""
    from dataclasses import replace

    from workbench.terms.importers import read_glossary

    merged: dict[str, Term] = {}
    sources = [glossary_for_project(store, None)]
    if extra is not None:
        sources.append(read_glossary(extra))
    for glossary in sources:
        for term in glossary.terms:
            merged[fold(" ".join(term.source.split()))] = replace(term, id="")  # new ids: unique once merged
    if not merged:
        return None
    return Glossary(
        name="workspace terms" if extra is None else f"workspace terms + {Path(extra).name}",
        terms=list(merged.values()),
    )


def import_glossary(store: Store, path: str, *, project: str | None = None, name: str | None = None) -> Glossary:
    from workbench.terms.importers import read_glossary

    glossary = read_glossary(path, name)
    if not glossary.name.strip():
        raise InputError("a glossary name cannot be empty (use --name)")
    glossary.project = project
    return save_glossary(store, glossary, source_path=str(path))
