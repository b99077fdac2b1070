"""The workspace database connection: opening it, transactions, reads, and SQLite errors in plain words.

Every repository of the store reads and writes through a `Connection`: one SQLite connection
shared between threads behind one lock, in WAL mode with foreign keys on. Each write is one
`BEGIN IMMEDIATE` transaction, so a crash at any instant leaves the last committed state.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from workbench.errors import StoreError

DB_NAME = "workbench.db"

# SQLite limits how many `?` one statement takes: queries over many ids run a chunk of ids at a time.
CHUNK = 500

# Review reads see the project's first target; links to further targets are read by naming them.
PRIMARY_TARGET = " AND target_document IS NULL"

# The draft a segment shows: the memory's when it has one (earlier approved work beats any model), else
# the newest model's. Rows come in this order and later ones win.
DRAFT_ORDER = " ORDER BY (dr.model = 'memory'), dr.created_at"

T = TypeVar("T")


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


def chunked(values: Iterable[T], size: int = CHUNK) -> Iterator[tuple[list[T], str]]:
    """`values` a chunk at a time, each with its `?,?,…` placeholders for an `IN (…)` clause."""
    items = list(values)
    for i in range(0, len(items), size):
        chunk = items[i : i + size]
        yield chunk, ",".join("?" * len(chunk))


def sqlite_error(exc: sqlite3.Error, path: Path) -> StoreError:
    """What went wrong with the database at `path`, in words a translator can act on."""
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


class Connection:
    """One workspace database, open. Safe to share between threads."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the workspace folder {self.path.parent}: {exc.strerror}") from exc
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA busy_timeout = 30000")
            mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal" and str(self.path) != ":memory:":
                raise StoreError(f"{self.path}: the file system does not support SQLite's WAL mode")
            self._db.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise sqlite_error(exc, self.path) from exc

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: committed when the block ends, rolled back if it raises."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise sqlite_error(exc, self.path) from exc
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
                raise sqlite_error(exc, self.path) from exc

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Rows by column name."""
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise sqlite_error(exc, self.path) from exc

    def _raw(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Plain tuples: the fast read (20 000 review rows must load in well under a second)."""
        with self._lock:
            try:
                cur = self._db.cursor()
                cur.row_factory = None
                return cur.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise sqlite_error(exc, self.path) from exc

    def integrity_check(self) -> str:
        return str(self._query("PRAGMA integrity_check")[0][0])
