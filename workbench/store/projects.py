"""Projects: a name, a language pair, settings, and the version every write moves on."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from workbench.errors import InputError, NotFoundError
from workbench.model import Project
from workbench.store.connection import Connection, now

if TYPE_CHECKING:
    from workbench.model import Link

_FORBIDDEN_NAME_CHARS = set('/\\:*?"<>|\0')


def validate_project_name(name: str) -> None:
    """Project names become file names on export: keep them safe and readable."""
    if not name or not name.strip():
        raise InputError("a project name cannot be empty")
    if len(name) > 120:
        raise InputError("a project name can have at most 120 characters")
    if name in (".", "..") or name.startswith(".") or any(c in _FORBIDDEN_NAME_CHARS for c in name):
        raise InputError(
            f"invalid project name {name!r}: use letters, digits, spaces, '-' or '_' (no slashes, no leading dot)"
        )
    if any(ord(c) < 32 for c in name):
        raise InputError("a project name cannot contain control characters")
    # Invisible characters (zero-width, bidi overrides) make two names look alike or an exported
    # file name read backwards; surrogates come from undecodable bytes and cannot be stored.
    if any(unicodedata.category(c) in ("Cf", "Cs", "Co") for c in name):
        raise InputError(
            f"invalid project name {ascii(name)}: "
            "it holds invisible or undecodable characters (zero-width, bidi controls)"
        )


def _project(row: sqlite3.Row) -> Project:
    return Project(
        id=row["id"],
        name=row["name"],
        src_lang=row["src_lang"],
        tgt_lang=row["tgt_lang"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        version=row["version"],
        settings=json.loads(row["settings"]),
    )


class Projects(Connection):
    """Part of `Store`: the workspace's projects."""

    if TYPE_CHECKING:

        def links(self, project_id: int, target_document: int | None = None) -> list[Link]: ...

    def create_project(
        self, name: str, src_lang: str = "fr", tgt_lang: str = "en", settings: Mapping[str, Any] | None = None
    ) -> Project:
        validate_project_name(name)
        stamp = now()
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM projects WHERE name = ?", (name,)).fetchone():
                raise InputError(f"a project named {name!r} already exists (use another --project name)")
            cur = db.execute(
                "INSERT INTO projects (name, src_lang, tgt_lang, created_at, updated_at, settings)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (name, src_lang, tgt_lang, stamp, stamp, json.dumps(dict(settings or {}))),
            )
            project_id = int(cur.lastrowid or 0)
        return self.project(project_id)

    def project(self, name_or_id: str | int) -> Project:
        if isinstance(name_or_id, int):
            rows = self._query("SELECT * FROM projects WHERE id = ?", (name_or_id,))
        else:
            rows = self._query("SELECT * FROM projects WHERE name = ?", (name_or_id,))
        if not rows:
            known = ", ".join(p.name for p in self.projects()[:10]) or "none yet"
            raise NotFoundError(f"no project {name_or_id!r} in {self.path.parent} (projects: {known})")
        return _project(rows[0])

    def projects(self) -> list[Project]:
        return [_project(r) for r in self._query("SELECT * FROM projects ORDER BY name")]

    def latest_project(self) -> Project | None:
        """The most recently updated project, or None in an empty workspace."""
        rows = self._query("SELECT * FROM projects ORDER BY updated_at DESC, id DESC LIMIT 1")
        return _project(rows[0]) if rows else None

    def delete_project(self, name_or_id: str | int) -> None:
        project = self.project(name_or_id)
        with self.transaction() as db:
            db.execute("DELETE FROM projects WHERE id = ?", (project.id,))

    def update_settings(self, project_id: int, settings: Mapping[str, Any]) -> Project:
        with self.transaction() as db:
            row = db.execute("SELECT settings FROM projects WHERE id = ?", (project_id,)).fetchone()
            if row is None:
                raise NotFoundError(f"no project with id {project_id}")
            merged = {**json.loads(row["settings"]), **settings}
            db.execute(
                "UPDATE projects SET settings = ?, updated_at = ? WHERE id = ?",
                (json.dumps(merged), now(), project_id),
            )
        return self.project(project_id)

    def project_stats(self, project_id: int) -> dict[str, Any]:
        """Counts a person wants at a glance: segments per side, links by type and by status."""
        seg_rows = self._query(
            "SELECT d.role, COUNT(s.id) AS n FROM documents d LEFT JOIN segments s ON s.document_id = d.id"
            " WHERE d.project_id = ? GROUP BY d.role",
            (project_id,),
        )
        by_status: dict[str, int] = {}
        by_kind: dict[str, int] = {}
        for link in self.links(project_id):
            by_status[link.status.value] = by_status.get(link.status.value, 0) + 1
            by_kind[link.kind] = by_kind.get(link.kind, 0) + 1
        return {
            "segments": {r["role"]: r["n"] for r in seg_rows},
            "links": sum(by_status.values()),
            "links_by_status": by_status,
            "links_by_kind": by_kind,
            "events": self._query("SELECT COUNT(*) FROM events WHERE project_id = ?", (project_id,))[0][0],
        }
