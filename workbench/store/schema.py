"""The workspace database's schema: its migrations, and bringing an older database up to date.

`PRAGMA user_version` holds how many migrations a database has had; opening it applies the rest,
each in its own transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from workbench.errors import StoreError
from workbench.store.connection import Connection

# Each entry upgrades the schema by one version; never edit a released entry,
# append a new one. `PRAGMA user_version` holds how many have been applied.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE projects (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        src_lang TEXT NOT NULL,
        tgt_lang TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        settings TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('source', 'target')),
        lang TEXT NOT NULL,
        path TEXT,
        format TEXT NOT NULL,
        encoding TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        text TEXT NOT NULL,
        meta TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX documents_project ON documents(project_id);
    CREATE TABLE paragraphs (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        kind TEXT NOT NULL,
        PRIMARY KEY (document_id, idx)
    );
    CREATE TABLE segments (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position REAL NOT NULL,
        paragraph INTEGER NOT NULL,
        text TEXT NOT NULL,
        lang TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        kind TEXT NOT NULL DEFAULT 'text'
    );
    CREATE INDEX segments_document_position ON segments(document_id, position);
    CREATE TABLE drafts (
        segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        text TEXT NOT NULL,
        flags TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        PRIMARY KEY (segment_id, model)
    );
    CREATE TABLE translation_cache (
        model TEXT NOT NULL,
        source_hash TEXT NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        PRIMARY KEY (model, source_hash)
    );
    CREATE TABLE embedding_cache (
        model TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        dim INTEGER NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (model, text_hash)
    );
    CREATE TABLE links (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        position REAL NOT NULL,
        src TEXT NOT NULL,
        tgt TEXT NOT NULL,
        score REAL,
        status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        flags TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL
    );
    CREATE INDEX links_project_position ON links(project_id, position);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        ts TEXT NOT NULL,
        kind TEXT NOT NULL,
        actor TEXT NOT NULL DEFAULT 'user',
        target_event INTEGER,
        payload TEXT NOT NULL
    );
    CREATE INDEX events_project ON events(project_id, id);
    """,
    # 2: review bookmarks live on the link so that setting one is an undoable event like any other.
    """
    ALTER TABLE links ADD COLUMN bookmark INTEGER NOT NULL DEFAULT 0
    """,
    # 3: a project may hold several targets (another translation, another language) aligned to the
    # same source; a link names its target document, NULL meaning the project's first target.
    """
    ALTER TABLE links ADD COLUMN target_document INTEGER;
    CREATE INDEX links_project_target ON links(project_id, target_document, position)
    """,
    # 4: glossaries, per project (project_id) or for the whole workspace (NULL). IF NOT EXISTS
    # because workspaces from before this migration may already hold these tables.
    """
CREATE TABLE IF NOT EXISTS glossaries (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
    source_path TEXT,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS glossaries_name ON glossaries(name, COALESCE(project_id, 0));
CREATE TABLE IF NOT EXISTS glossary_terms (
    id INTEGER PRIMARY KEY,
    glossary_id INTEGER NOT NULL REFERENCES glossaries(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    dnt INTEGER NOT NULL DEFAULT 0,
    case_sensitive INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    line INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS glossary_terms_glossary ON glossary_terms(glossary_id, position);
""",
    # 5: where a paragraph stood (its page) and why a reader set it aside ("document symbol (page
    # top)", "footnote 2"), so that the review page can say it.
    """
    ALTER TABLE paragraphs ADD COLUMN page INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE paragraphs ADD COLUMN note TEXT NOT NULL DEFAULT ''
    """,
    # 6: the workspace translation memory (see memory_tables.py): imported TMX files and every project's
    # approved rows (keyed on the link, kept in step by apply/undo/redo), an index for exact matches (hash
    # of the normal form), one for number-only differences (hash of the skeleton), an FTS5 index of words
    # and word pairs for fuzzy candidates; drafts say where they came from; fuzzy matches kept for review.
    """
    CREATE TABLE memory_origins (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('tmx', 'project')),
        name TEXT NOT NULL,
        project_id INTEGER UNIQUE REFERENCES projects(id) ON DELETE CASCADE,
        path TEXT,
        src_lang TEXT NOT NULL DEFAULT '',
        tgt_lang TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (kind, name)
    );
    CREATE TABLE memory_units (
        id INTEGER PRIMARY KEY,
        origin_id INTEGER NOT NULL REFERENCES memory_origins(id) ON DELETE CASCADE,
        link_id INTEGER UNIQUE REFERENCES links(id) ON DELETE CASCADE,
        src_lang TEXT NOT NULL,
        tgt_lang TEXT NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        changed TEXT NOT NULL DEFAULT '',
        exact_key INTEGER NOT NULL,
        number_key INTEGER,
        terms TEXT NOT NULL
    );
    CREATE INDEX memory_units_exact ON memory_units(exact_key);
    CREATE INDEX memory_units_number ON memory_units(number_key) WHERE number_key IS NOT NULL;
    CREATE INDEX memory_units_origin ON memory_units(origin_id);
    CREATE VIRTUAL TABLE memory_terms USING fts5(
        terms, content='memory_units', content_rowid='id', tokenize='unicode61 remove_diacritics 0', detail='none'
    );
    CREATE VIRTUAL TABLE memory_term_counts USING fts5vocab(memory_terms, row);
    CREATE TRIGGER memory_units_ai AFTER INSERT ON memory_units BEGIN
        INSERT INTO memory_terms (rowid, terms) VALUES (new.id, new.terms);
    END;
    CREATE TRIGGER memory_units_ad AFTER DELETE ON memory_units BEGIN
        INSERT INTO memory_terms (memory_terms, rowid, terms) VALUES ('delete', old.id, old.terms);
    END;
    CREATE TRIGGER memory_units_au AFTER UPDATE OF terms ON memory_units BEGIN
        INSERT INTO memory_terms (memory_terms, rowid, terms) VALUES ('delete', old.id, old.terms);
        INSERT INTO memory_terms (rowid, terms) VALUES (new.id, new.terms);
    END;
    CREATE TABLE memory_suggestions (
        segment_id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        score REAL NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        origin TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX memory_suggestions_project ON memory_suggestions(project_id);
    ALTER TABLE drafts ADD COLUMN origin TEXT NOT NULL DEFAULT 'model';
    ALTER TABLE drafts ADD COLUMN origin_name TEXT NOT NULL DEFAULT ''
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
MEMORY_MIGRATION = 6


def migrate(conn: Connection, fill_memory: Callable[[sqlite3.Connection], None]) -> None:
    """Apply the migrations `conn` has not had yet; `fill_memory` runs inside the memory's migration."""
    current = conn.schema_version
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"{conn.path} was written by a newer workbench (schema {current}, this one knows "
            f"{SCHEMA_VERSION}); upgrade workbench to open it"
        )
    for version in range(current, SCHEMA_VERSION):
        with conn.transaction() as db:
            # executescript would commit behind our back; run statements one by one instead
            # (a trigger's body holds semicolons: a statement ends where SQLite says it is complete).
            pending = ""
            for part in MIGRATIONS[version].split(";"):
                pending += part + ";"
                if sqlite3.complete_statement(pending):
                    if pending.strip(" \t\n;"):
                        db.execute(pending)
                    pending = ""
            if version + 1 == MEMORY_MIGRATION:
                # Review work done before the memory existed is the memory's first content.
                fill_memory(db)
            db.execute(f"PRAGMA user_version = {version + 1}")
