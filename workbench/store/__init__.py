"""The project store: one SQLite database per workspace, the single source of truth.

Only this package speaks SQL. `Store` is its one entry point; each part of it is one module,
all over the same connection:

- `connection`: opening the database (WAL, foreign keys), transactions, SQLite errors in words,
  the chunked `IN (…)` helper;
- `schema`: the migrations and bringing an older database up to date;
- `projects`, `documents` (and segments), `caches` (drafts, translations, embeddings), `links`,
  `glossaries`, `memory_tables` (the translation memory): the repositories;
- `events`: `apply()`, the append-only event log of review actions with the rows they touched
  before and after, and the undo and redo computed from it;
- `review`: the review page's read model (plain values, fast on 20 000 rows).

Every write is one `BEGIN IMMEDIATE` transaction, so a crash at any instant leaves the last
committed state.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from workbench.store.caches import Caches
from workbench.store.connection import DB_NAME, default_workspace, now, sqlite_error, text_hash
from workbench.store.documents import Documents
from workbench.store.events import REDO, UNDO, ChangeSet, Event
from workbench.store.glossaries import Glossaries, GlossaryInfo, TermRow
from workbench.store.links import Links
from workbench.store.memory_tables import MemoryTables
from workbench.store.projects import Projects, validate_project_name
from workbench.store.review import ReviewLink, ReviewReads
from workbench.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate

__all__ = [
    "DB_NAME",
    "MIGRATIONS",
    "REDO",
    "SCHEMA_VERSION",
    "UNDO",
    "ChangeSet",
    "Event",
    "GlossaryInfo",
    "ReviewLink",
    "Store",
    "TermRow",
    "default_workspace",
    "now",
    "text_hash",
    "validate_project_name",
]


class Store(Projects, Documents, Caches, Links, ReviewReads, Glossaries, MemoryTables):
    """A workspace database. Safe to share between threads; one per process is enough."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(path)
        try:
            migrate(self, self._sync_all_link_memory)
        except sqlite3.Error as exc:
            raise sqlite_error(exc, self.path) from exc

    @classmethod
    def open_workspace(cls, workspace: str | os.PathLike[str] | None = None) -> Store:
        folder = Path(workspace).expanduser() if workspace else default_workspace()
        return cls(folder / DB_NAME)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
