"""The project store: one SQLite database per workspace, the single source of truth.

Only this module speaks SQL. The database runs in WAL mode with foreign keys
on; every write happens inside one `BEGIN IMMEDIATE` transaction, so a crash
at any instant leaves the last committed state. Review actions are recorded
in the append-only `events` table with the rows they touched before and after,
which is what undo, redo and the audit trail are computed from.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.errors import ConflictError, InputError, NotFoundError, StoreError
from workbench.memory.model import MEMORY_MODEL_ID
from workbench.model import SET_ASIDE_KINDS, Document, Draft, Link, LinkStatus, Paragraph, Project, Role, Segment
from workbench.store_memory import MemoryTables

DB_NAME = "workbench.db"

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
    # 6: the workspace translation memory (see store_memory.py): imported TMX files and every project's
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
_MEMORY_MIGRATION = 6

# The draft a segment shows: the memory's when it has one (earlier approved work beats any model), else
# the newest model's. Rows come in this order and later ones win.
_DRAFT_ORDER = " ORDER BY (dr.model = 'memory'), dr.created_at"

# Tables whose rows review actions may change; undo/redo restore them by id.
_MUTABLE_TABLES: dict[str, tuple[str, ...]] = {
    "links": (
        "project_id",
        "position",
        "src",
        "tgt",
        "score",
        "status",
        "note",
        "flags",
        "updated_at",
        "bookmark",
        "target_document",
    ),
    "segments": ("document_id", "position", "paragraph", "text", "lang", "start", "end", "kind"),
}

# Columns added by later migrations: rows recorded in older events (or written by callers
# that do not know them) get these values when they are inserted again.
_COLUMN_DEFAULTS: dict[str, dict[str, Any]] = {"links": {"bookmark": 0, "target_document": None}}

# Review reads see the project's first target; links to further targets are read by naming them.
_PRIMARY = " AND target_document IS NULL"

UNDO = "undo"
REDO = "redo"


def now() -> str:
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def default_workspace() -> Path:
    """`$WORKBENCH_HOME`, else `$XDG_DATA_HOME/workbench`, else `~/.local/share/workbench`."""
    env = os.environ.get("WORKBENCH_HOME")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"
    return base / "workbench"


ChangeSet = dict[str, dict[int, dict[str, Any] | None]]
"""table -> row id -> new column values (None deletes the row); rows not named stay as they are.
A negative row id inserts a new row; `Event.new_ids` tells which id it got."""


@dataclass
class Event:
    id: int
    project_id: int
    ts: str
    kind: str
    actor: str
    target_event: int | None
    payload: dict[str, Any]
    new_ids: dict[str, dict[int, int]] = field(default_factory=dict)
    """For `apply()`: table -> the negative placeholder keys of new rows -> their real ids."""


def _translate_sqlite_error(exc: sqlite3.Error, path: Path) -> StoreError:
    msg = str(exc).lower()
    if "readonly" in msg or "read-only" in msg:
        return StoreError(f"the workspace database {path} is read-only; nothing was changed")
    if "full" in msg:
        return StoreError(f"the disk holding {path} is full; the last saved state is intact")
    if "not a database" in msg or "malformed" in msg:
        return StoreError(f"{path} is not a workbench database or is damaged")
    if "locked" in msg or "busy" in msg:
        return StoreError(f"the workspace database {path} is busy (another process is writing); try again")
    if "unable to open" in msg:
        return StoreError(f"cannot open the workspace database {path}")
    return StoreError(f"workspace database error ({exc}); the last saved state is intact")


class Store(MemoryTables):
    """A workspace database. Safe to share between threads; one per process is enough."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the workspace folder {self.path.parent}: {exc.strerror}") from exc
        self._lock = threading.RLock()
        self._stack_cache: dict[int, tuple[int | None, list[int], list[int], int]] = {}
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA busy_timeout = 30000")
            mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal" and str(self.path) != ":memory:":
                raise StoreError(f"{self.path}: the file system does not support SQLite's WAL mode")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.Error as exc:
            raise _translate_sqlite_error(exc, self.path) from exc

    @classmethod
    def open_workspace(cls, workspace: str | os.PathLike[str] | None = None) -> Store:
        folder = Path(workspace).expanduser() if workspace else default_workspace()
        return cls(folder / DB_NAME)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing -----------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.schema_version
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer workbench (schema {current}, this one knows "
                f"{SCHEMA_VERSION}); upgrade workbench to open it"
            )
        for version in range(current, SCHEMA_VERSION):
            with self.transaction() as db:
                # executescript would commit behind our back; run statements one by one instead
                # (a trigger's body holds semicolons: a statement ends where SQLite says it is complete).
                pending = ""
                for part in MIGRATIONS[version].split(";"):
                    pending += part + ";"
                    if sqlite3.complete_statement(pending):
                        if pending.strip(" \t\n;"):
                            db.execute(pending)
                        pending = ""
                if version + 1 == _MEMORY_MIGRATION:
                    # Review work done before the memory existed is the memory's first content.
                    self._sync_all_link_memory(db)
                db.execute(f"PRAGMA user_version = {version + 1}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: committed when the block ends, rolled back if it raises."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise _translate_sqlite_error(exc, self.path) from exc
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise _translate_sqlite_error(exc, self.path) from exc

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise _translate_sqlite_error(exc, self.path) from exc

    def integrity_check(self) -> str:
        return str(self._query("PRAGMA integrity_check")[0][0])

    # -- projects -----------------------------------------------------------

    @staticmethod
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
        return self._project(rows[0])

    def projects(self) -> list[Project]:
        return [self._project(r) for r in self._query("SELECT * FROM projects ORDER BY name")]

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

    # -- documents and segments ---------------------------------------------

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

    @staticmethod
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

    def segments(self, document_id: int) -> list[Segment]:
        return [
            self._segment(r)
            for r in self._query("SELECT * FROM segments WHERE document_id = ? ORDER BY position", (document_id,))
        ]

    def segments_by_id(self, ids: Iterable[int]) -> dict[int, Segment]:
        wanted = sorted(set(ids))
        out: dict[int, Segment] = {}
        for chunk_start in range(0, len(wanted), 500):
            chunk = wanted[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self._query(f"SELECT * FROM segments WHERE id IN ({marks})", chunk):
                out[r["id"]] = self._segment(r)
        return out

    # -- drafts and caches --------------------------------------------------

    def save_drafts(self, drafts: Iterable[Draft]) -> None:
        stamp = now()
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO drafts (segment_id, model, text, flags, created_at, origin, origin_name)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
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
                "INSERT OR REPLACE INTO drafts (segment_id, model, text, flags, created_at, origin, origin_name)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
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
        for r in self._query(sql + _DRAFT_ORDER, params):
            out[r["segment_id"]] = Draft(
                r["segment_id"], r["model"], r["text"], json.loads(r["flags"]), r["origin"], r["origin_name"]
            )
        return out

    def cached_translations(self, model: str, sources: Iterable[str]) -> dict[str, str]:
        hashes = {text_hash(s): s for s in sources}
        out: dict[str, str] = {}
        keys = list(hashes)
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for r in self._query(
                f"SELECT source_hash, target FROM translation_cache WHERE model = ? AND source_hash IN ({marks})",
                [model, *chunk],
            ):
                out[hashes[r["source_hash"]]] = r["target"]
        return out

    def cache_translations(self, model: str, pairs: Mapping[str, str]) -> None:
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO translation_cache (model, source_hash, source, target) VALUES (?, ?, ?, ?)",
                [(model, text_hash(s), s, t) for s, t in pairs.items()],
            )

    def cached_embeddings(self, model: str, texts: Iterable[str]) -> dict[str, bytes]:
        """text -> raw float32 vector bytes; the embedder turns them back into arrays."""
        hashes = {text_hash(t): t for t in texts}
        out: dict[str, bytes] = {}
        keys = list(hashes)
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for r in self._query(
                f"SELECT text_hash, vector FROM embedding_cache WHERE model = ? AND text_hash IN ({marks})",
                [model, *chunk],
            ):
                out[hashes[r["text_hash"]]] = bytes(r["vector"])
        return out

    def cache_embeddings(self, model: str, vectors: Mapping[str, bytes], dim: int) -> None:
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO embedding_cache (model, text_hash, dim, vector) VALUES (?, ?, ?, ?)",
                [(model, text_hash(t), dim, v) for t, v in vectors.items()],
            )

    # -- links, events, undo ------------------------------------------------

    @staticmethod
    def _link(row: sqlite3.Row) -> Link:
        return Link(
            src=json.loads(row["src"]),
            tgt=json.loads(row["tgt"]),
            score=row["score"],
            status=LinkStatus(row["status"]),
            note=row["note"],
            flags=json.loads(row["flags"]),
            position=row["position"],
            id=row["id"],
            target_document=row["target_document"],
        )

    def links(self, project_id: int, target_document: int | None = None) -> list[Link]:
        """The links to the project's first target, or to the target document named."""
        return [
            self._link(r)
            for r in self._query(
                "SELECT * FROM links WHERE project_id = ? AND target_document IS ? ORDER BY position, id",
                (project_id, target_document),
            )
        ]

    def target_documents(self, project_id: int) -> list[tuple[int, str]]:
        """(document id, language) of every target document, the first target first."""
        rows = self._query(
            "SELECT id, lang FROM documents WHERE project_id = ? AND role = ? ORDER BY id",
            (project_id, Role.TARGET.value),
        )
        return [(int(r[0]), str(r[1])) for r in rows]

    def link(self, link_id: int) -> Link:
        rows = self._query("SELECT * FROM links WHERE id = ?", (link_id,))
        if not rows:
            raise NotFoundError(f"no link with id {link_id}")
        return self._link(rows[0])

    @staticmethod
    def link_row(project_id: int, link: Link) -> dict[str, Any]:
        """Column values for a link, as `apply()` takes them."""
        return {
            "project_id": project_id,
            "position": link.position,
            "src": json.dumps(list(link.src)),
            "tgt": json.dumps(list(link.tgt)),
            "score": link.score,
            "status": LinkStatus(link.status).value,
            "note": link.note,
            "flags": json.dumps(list(link.flags)),
            "updated_at": now(),
            "target_document": link.target_document,
        }

    def replace_links(
        self,
        project_id: int,
        links: Sequence[Link],
        kind: str = "align",
        actor: str = "aligner",
        target_document: int | None = None,
    ) -> Event:
        """Set the project's links (to its first target, or to `target_document`) to `links`
        (positions renumbered 0..n-1), as one undoable event."""
        with self._lock:
            old = self.links(project_id, target_document)
            changes: ChangeSet = {"links": {lk.id: None for lk in old if lk.id is not None}}
            for i, link in enumerate(links):
                link.position = float(i)
                link.target_document = target_document
                changes["links"][-(i + 1)] = self.link_row(project_id, link)
            event = self.apply(project_id, kind, changes, actor=actor)
            for i, link in enumerate(links):
                link.id = event.new_ids["links"][-(i + 1)]
            return event

    def _snapshot(self, db: sqlite3.Connection, table: str, row_id: int) -> dict[str, Any] | None:
        columns = ", ".join(f'"{c}"' for c in _MUTABLE_TABLES[table])
        row = db.execute(f"SELECT {columns} FROM {table} WHERE id = ?", (row_id,)).fetchone()  # noqa: S608
        return dict(row) if row is not None else None

    def _write(
        self, db: sqlite3.Connection, table: str, row_id: int, values: dict[str, Any] | None, project_id: int
    ) -> None:
        if values is None:
            db.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))  # noqa: S608
            return
        unknown = set(values) - set(_MUTABLE_TABLES[table])
        if unknown:
            raise ValueError(f"unknown {table} columns: {sorted(unknown)}")
        if table == "links" and values.get("project_id", project_id) != project_id:
            raise InputError("a link cannot be moved to another project")
        current = self._snapshot(db, table, row_id)
        if current is None:
            merged = {**_COLUMN_DEFAULTS.get(table, {}), **values}
            missing = set(_MUTABLE_TABLES[table]) - set(merged)
            if missing:
                raise ValueError(f"new {table} row {row_id} lacks {sorted(missing)}")
            cols = ["id", *_MUTABLE_TABLES[table]]
            db.execute(
                f"INSERT INTO {table} ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in cols)})"  # noqa: S608
                f" VALUES ({', '.join('?' * len(cols))})",
                [row_id, *(merged[c] for c in _MUTABLE_TABLES[table])],
            )
        else:
            sets = ", ".join(f'"{c}" = ?' for c in values)
            db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), row_id])  # noqa: S608

    def _check_ownership(self, db: sqlite3.Connection, project_id: int, changes: ChangeSet) -> None:
        for seg_id in changes.get("segments", {}):
            row = db.execute(
                "SELECT d.project_id FROM segments s JOIN documents d ON d.id = s.document_id WHERE s.id = ?",
                (seg_id,),
            ).fetchone()
            if row is not None and row[0] != project_id:
                raise InputError(f"segment {seg_id} belongs to another project")
        for link_id in changes.get("links", {}):
            row = db.execute("SELECT project_id FROM links WHERE id = ?", (link_id,)).fetchone()
            if row is not None and row[0] != project_id:
                raise InputError(f"link {link_id} belongs to another project")

    def apply(
        self,
        project_id: int,
        kind: str,
        changes: ChangeSet,
        *,
        expected_version: int | None = None,
        actor: str = "user",
        info: Mapping[str, Any] | None = None,
    ) -> Event:
        """Write `changes` and record them as one event, atomically.

        `expected_version` is the project version the caller last saw; when
        someone else wrote since, nothing is written and ConflictError says so.
        """
        for table in changes:
            if table not in _MUTABLE_TABLES:
                raise ValueError(f"table {table!r} cannot be changed through apply()")
        with self.transaction() as db:
            row = db.execute("SELECT version FROM projects WHERE id = ?", (project_id,)).fetchone()
            if row is None:
                raise NotFoundError(f"no project with id {project_id}")
            if expected_version is not None and row["version"] != expected_version:
                raise ConflictError(
                    f"the project changed since you loaded it (version {expected_version}, now "
                    f"{row['version']}); reload to see the other changes, then try again"
                )
            self._check_ownership(db, project_id, changes)
            # Negative keys are new rows: give them real ids here, inside the transaction,
            # so two writers can never pick the same one.
            new_ids: dict[str, dict[int, int]] = {}
            for table, rows in changes.items():
                next_id = int(db.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]) + 1  # noqa: S608
                new_ids[table] = {}
                for row_id in sorted(r for r in rows if r < 0):
                    new_ids[table][row_id] = next_id
                    next_id += 1
            before: dict[str, dict[str, Any]] = {}
            after: dict[str, dict[str, Any]] = {}
            for table, rows in changes.items():
                before[table], after[table] = {}, {}
                for key, values in rows.items():
                    row_id = new_ids[table].get(key, key)
                    if table == "links" and values is not None:
                        values = _resolve_segment_placeholders(values, new_ids.get("segments", {}))
                    before[table][str(row_id)] = self._snapshot(db, table, row_id)
                    self._write(db, table, row_id, values, project_id)
                    after[table][str(row_id)] = self._snapshot(db, table, row_id)
            # The memory follows the links in the same transaction: approved rows in, the rest out.
            self._sync_link_memory(
                db, project_id, (int(k) for k in after.get("links", {})), (int(k) for k in after.get("segments", {}))
            )
            event = self._record(
                db, project_id, kind, actor, None, {"before": before, "after": after, "info": dict(info or {})}
            )
            event.new_ids = new_ids
        return event

    def _record(
        self,
        db: sqlite3.Connection,
        project_id: int,
        kind: str,
        actor: str,
        target_event: int | None,
        payload: dict[str, Any],
    ) -> Event:
        stamp = now()
        cur = db.execute(
            "INSERT INTO events (project_id, ts, kind, actor, target_event, payload) VALUES (?, ?, ?, ?, ?, ?)",
            (project_id, stamp, kind, actor, target_event, json.dumps(payload)),
        )
        db.execute("UPDATE projects SET version = version + 1, updated_at = ? WHERE id = ?", (stamp, project_id))
        return Event(int(cur.lastrowid or 0), project_id, stamp, kind, actor, target_event, payload)

    def events(self, project_id: int, since: int = 0) -> list[Event]:
        return [
            Event(r["id"], r["project_id"], r["ts"], r["kind"], r["actor"], r["target_event"], json.loads(r["payload"]))
            for r in self._query(
                "SELECT * FROM events WHERE project_id = ? AND id > ? ORDER BY id", (project_id, since)
            )
        ]

    def _stacks(self, db: sqlite3.Connection, project_id: int) -> tuple[list[int], list[int]]:
        """Replay the event log into (undo stack, redo stack) of event ids.

        The log is append-only, so the stacks are kept per project and only the events added
        since the last call (by this process or any other) are replayed: asking "can I undo?"
        stays cheap however long the review has been. The project's first event id guards
        against a deleted project whose id was reused.
        """
        first = db.execute("SELECT MIN(id) FROM events WHERE project_id = ?", (project_id,)).fetchone()[0]
        cached = self._stack_cache.get(project_id)
        if cached is not None and cached[0] == first:
            _, done, undone, last = cached[0], list(cached[1]), list(cached[2]), cached[3]
        else:
            done, undone, last = [], [], 0
        for r in db.execute(
            "SELECT id, kind, target_event FROM events WHERE project_id = ? AND id > ? ORDER BY id", (project_id, last)
        ):
            last = r["id"]
            if r["kind"] == UNDO:
                if done and done[-1] == r["target_event"]:
                    undone.append(done.pop())
            elif r["kind"] == REDO:
                if undone and undone[-1] == r["target_event"]:
                    done.append(undone.pop())
            else:
                done.append(r["id"])
                undone.clear()
        # Only states read outside a write transaction are certain to be committed.
        if not db.in_transaction:
            self._stack_cache[project_id] = (first, list(done), list(undone), last)
        return done, undone

    def _step(self, project_id: int, direction: str, expected_version: int | None) -> Event | None:
        with self.transaction() as db:
            row = db.execute("SELECT version FROM projects WHERE id = ?", (project_id,)).fetchone()
            if row is None:
                raise NotFoundError(f"no project with id {project_id}")
            if expected_version is not None and row["version"] != expected_version:
                raise ConflictError(
                    f"the project changed since you loaded it (version {expected_version}, now "
                    f"{row['version']}); reload, then undo again"
                )
            done, undone = self._stacks(db, project_id)
            stack = done if direction == UNDO else undone
            if not stack:
                return None
            target_id = stack[-1]
            target = db.execute("SELECT kind, payload FROM events WHERE id = ?", (target_id,)).fetchone()
            payload = json.loads(target["payload"])
            state = payload["before"] if direction == UNDO else payload["after"]
            # Deletions first, then the rows in the order they were written, so foreign keys hold.
            for table, rows in state.items():
                for row_id, values in rows.items():
                    if values is None:
                        self._write(db, table, int(row_id), None, project_id)
            for table, rows in state.items():
                for row_id, values in rows.items():
                    if values is not None:
                        self._write(db, table, int(row_id), values, project_id)
            self._sync_link_memory(
                db, project_id, (int(k) for k in state.get("links", {})), (int(k) for k in state.get("segments", {}))
            )
            return self._record(
                db, project_id, direction, "user", target_id, {"kind": target["kind"], "info": payload.get("info", {})}
            )

    def undo(self, project_id: int, expected_version: int | None = None) -> Event | None:
        """Revert the newest action not yet undone; None when there is nothing to undo."""
        return self._step(project_id, UNDO, expected_version)

    def redo(self, project_id: int, expected_version: int | None = None) -> Event | None:
        """Re-apply the newest undone action; None when there is nothing to redo."""
        return self._step(project_id, REDO, expected_version)

    def event(self, event_id: int) -> Event:
        rows = self._query("SELECT * FROM events WHERE id = ?", (event_id,))
        if not rows:
            raise NotFoundError(f"no event with id {event_id}")
        r = rows[0]
        return Event(
            r["id"], r["project_id"], r["ts"], r["kind"], r["actor"], r["target_event"], json.loads(r["payload"])
        )

    def bookmarks(self, project_id: int) -> set[int]:
        """Ids of the project's bookmarked links."""
        return {
            int(r[0])
            for r in self._query(
                "SELECT id FROM links WHERE project_id = ? AND bookmark != 0" + _PRIMARY, (project_id,)
            )
        }

    def latest_project(self) -> Project | None:
        """The most recently updated project, or None in an empty workspace."""
        rows = self._query("SELECT * FROM projects ORDER BY updated_at DESC, id DESC LIMIT 1")
        return self._project(rows[0]) if rows else None

    def project_segments(self, project_id: int) -> dict[int, tuple[Segment, Role, int, float]]:
        """Every segment of the project in one query: id -> (segment, side, document id, position)."""
        out: dict[int, tuple[Segment, Role, int, float]] = {}
        for r in self._query(
            "SELECT s.*, d.role FROM segments s JOIN documents d ON d.id = s.document_id WHERE d.project_id = ?",
            (project_id,),
        ):
            out[r["id"]] = (self._segment(r), Role(r["role"]), r["document_id"], r["position"])
        return out

    def neighbour_segment(self, segment_id: int, after: bool = True) -> tuple[int, float] | None:
        """(id, position) of the segment right after (or before) this one in its document.

        Page headers and footnotes in between are stepped over: a sentence that runs over
        a page break is merged with its other half, not with the page's footer.
        """
        rows = self._query("SELECT document_id, position FROM segments WHERE id = ?", (segment_id,))
        if not rows:
            raise NotFoundError(f"no segment with id {segment_id}")
        doc, pos = rows[0]
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

    def next_undo_redo(self, project_id: int) -> tuple[tuple[int, str] | None, tuple[int, str] | None]:
        """(event id, actor) of what undo and redo would revert or replay next (None when nothing)."""
        with self._lock:
            done, undone = self._stacks(self._db, project_id)

            def actor(event_id: int) -> tuple[int, str]:
                row = self._db.execute("SELECT actor FROM events WHERE id = ?", (event_id,)).fetchone()
                return event_id, str(row[0])

            return (actor(done[-1]) if done else None, actor(undone[-1]) if undone else None)

    # -- fast reads for the review page (plain tuples: 20 000 rows must load in well under a second)

    def _raw(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                cur = self._db.cursor()
                cur.row_factory = None
                return cur.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise _translate_sqlite_error(exc, self.path) from exc

    def review_links(
        self, project_id: int, ids: Iterable[int] | None = None, limit: int | None = None
    ) -> list[tuple[Any, ...]]:
        """(id, position, src JSON, tgt JSON, score, status, bookmark) in page order (the first `limit`)."""
        sql = "SELECT id, position, src, tgt, score, status, bookmark FROM links WHERE project_id = ?" + _PRIMARY
        if ids is None:
            if limit is not None:
                return self._raw(sql + " ORDER BY position, id LIMIT ?", (project_id, limit))
            return self._raw(sql + " ORDER BY position, id", (project_id,))
        wanted = sorted(set(ids))
        out: list[tuple[Any, ...]] = []
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            out += self._raw(sql + f" AND id IN ({','.join('?' * len(chunk))})", [project_id, *chunk])
        return sorted(out, key=lambda r: (r[1], r[0]))

    def review_segments(self, project_id: int, ids: Iterable[int] | None = None) -> dict[int, tuple[str, int, str]]:
        """segment id -> (text, paragraph, role) for the whole project or the given ids."""
        sql = (
            "SELECT s.id, s.text, s.paragraph, d.role FROM segments s JOIN documents d ON d.id = s.document_id"
            " WHERE d.project_id = ?"
        )
        if ids is None:
            return {r[0]: (r[1], r[2], r[3]) for r in self._raw(sql, (project_id,))}
        wanted = sorted(set(ids))
        out: dict[int, tuple[str, int, str]] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            for r in self._raw(sql + f" AND s.id IN ({','.join('?' * len(chunk))})", [project_id, *chunk]):
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
            return {r[0]: r[1] for r in self._raw(sql + _DRAFT_ORDER, (project_id,))}
        wanted = sorted(set(ids))
        out: dict[int, Any] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for r in self._raw(sql + f" AND s.id IN ({marks})" + _DRAFT_ORDER, [project_id, *chunk]):
                out[r[0]] = r[1]
        return out

    def count_links(self, project_id: int) -> int:
        return int(self._raw("SELECT COUNT(*) FROM links WHERE project_id = ?" + _PRIMARY, (project_id,))[0][0])

    def links_holding(self, project_id: int, segment_ids: Iterable[int]) -> dict[int, Link]:
        """segment id -> the link that lists it (searched inside SQLite, without loading every link)."""
        wanted = sorted(set(segment_ids))
        out: dict[int, Link] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._query(
                "SELECT DISTINCT l.* FROM links l WHERE l.project_id = ? AND l.target_document IS NULL AND EXISTS ("
                f" SELECT 1 FROM json_each(l.src) WHERE value IN ({marks}) UNION ALL"  # noqa: S608
                f" SELECT 1 FROM json_each(l.tgt) WHERE value IN ({marks}))",
                [project_id, *chunk, *chunk],
            )
            for r in rows:
                link = self._link(r)
                for seg in (*link.src, *link.tgt):
                    if seg in chunk:
                        out[seg] = link
        return out

    def link_window(self, project_id: int, link_id: int, before: int = 1, after: int = 1) -> tuple[list[Link], int]:
        """The link with up to `before` links above and `after` below, and its index in that list."""
        rows = self._query(
            "SELECT position, target_document FROM links WHERE id = ? AND project_id = ?", (link_id, project_id)
        )
        if not rows:
            raise NotFoundError(f"no row (link) with id {link_id} in this project")
        pos, target = rows[0][0], rows[0][1]
        above = self._query(
            "SELECT * FROM links WHERE project_id = ? AND target_document IS ?"
            " AND (position < ? OR (position = ? AND id < ?))"
            " ORDER BY position DESC, id DESC LIMIT ?",
            (project_id, target, pos, pos, link_id, before),
        )
        here = self._query("SELECT * FROM links WHERE id = ?", (link_id,))
        below = self._query(
            "SELECT * FROM links WHERE project_id = ? AND target_document IS ?"
            " AND (position > ? OR (position = ? AND id > ?))"
            " ORDER BY position, id LIMIT ?",
            (project_id, target, pos, pos, link_id, after),
        )
        links = [self._link(r) for r in [*reversed(above), *here, *below]]
        return links, len(above)

    def can_undo_redo(self, project_id: int) -> tuple[bool, bool]:
        with self._lock:
            done, undone = self._stacks(self._db, project_id)
        return bool(done), bool(undone)


def _resolve_segment_placeholders(values: dict[str, Any], new_segments: dict[int, int]) -> dict[str, Any]:
    """A link written in the same apply() as a new segment names it by its negative key; use the real id."""
    if not new_segments:
        return values
    out = dict(values)
    for side in ("src", "tgt"):
        if side in out:
            ids = json.loads(out[side])
            out[side] = json.dumps([new_segments.get(i, i) if i < 0 else i for i in ids])
    return out


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
