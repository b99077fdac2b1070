"""The event log: every review action is one event, with undo and redo computed from the log.

`apply()` writes a change set (links and segments: the rows review may change) and records the
rows it touched before and after in the append-only `events` table, in one transaction; undo and
redo write the recorded "before" or "after" back and are events themselves. The project's version
moves on with every event, which is how a writer that loaded an older state is refused.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workbench.errors import ConflictError, InputError, NotFoundError
from workbench.store.connection import Connection, now

UNDO = "undo"
REDO = "redo"

ChangeSet = dict[str, dict[int, dict[str, Any] | None]]
"""table -> row id -> new column values (None deletes the row); rows not named stay as they are.
A negative row id inserts a new row; `Event.new_ids` tells which id it got."""

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


def _event(row: sqlite3.Row) -> Event:
    return Event(
        row["id"],
        row["project_id"],
        row["ts"],
        row["kind"],
        row["actor"],
        row["target_event"],
        json.loads(row["payload"]),
    )


def _check_version(db: sqlite3.Connection, project_id: int, expected_version: int | None, then: str) -> None:
    """Refuse a write from someone who loaded the project before its last change (`then`: what to do next)."""
    row = db.execute("SELECT version FROM projects WHERE id = ?", (project_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no project with id {project_id}")
    if expected_version is not None and row["version"] != expected_version:
        raise ConflictError(
            f"the project changed since you loaded it (version {expected_version}, now {row['version']}); reload{then}"
        )


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


class EventLog(Connection):
    """Part of `Store`: `apply()`, the event log, undo and redo."""

    if TYPE_CHECKING:

        def _sync_link_memory(
            self, db: sqlite3.Connection, project_id: int, link_ids: Iterable[int], segment_ids: Iterable[int] = ()
        ) -> None: ...

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(path)
        # project id -> (its first event id, undo stack, redo stack, the last event replayed)
        self._stack_cache: dict[int, tuple[int | None, list[int], list[int], int]] = {}

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
            _check_version(db, project_id, expected_version, " to see the other changes, then try again")
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
            self._sync_link_memory(db, project_id, *_written_ids(after))
            event = self._record(
                db, project_id, kind, actor, None, {"before": before, "after": after, "info": dict(info or {})}
            )
            event.new_ids = new_ids
        return event

    def undo(self, project_id: int, expected_version: int | None = None) -> Event | None:
        """Revert the newest action not yet undone; None when there is nothing to undo."""
        return self._step(project_id, UNDO, expected_version)

    def redo(self, project_id: int, expected_version: int | None = None) -> Event | None:
        """Re-apply the newest undone action; None when there is nothing to redo."""
        return self._step(project_id, REDO, expected_version)

    def events(self, project_id: int, since: int = 0) -> list[Event]:
        return [
            _event(r)
            for r in self._query(
                "SELECT * FROM events WHERE project_id = ? AND id > ? ORDER BY id", (project_id, since)
            )
        ]

    def event(self, event_id: int) -> Event:
        rows = self._query("SELECT * FROM events WHERE id = ?", (event_id,))
        if not rows:
            raise NotFoundError(f"no event with id {event_id}")
        return _event(rows[0])

    def can_undo_redo(self, project_id: int) -> tuple[bool, bool]:
        with self._lock:
            done, undone = self._stacks(self._db, project_id)
        return bool(done), bool(undone)

    def next_undo_redo(self, project_id: int) -> tuple[tuple[int, str] | None, tuple[int, str] | None]:
        """(event id, actor) of what undo and redo would revert or replay next (None when nothing)."""
        with self._lock:
            done, undone = self._stacks(self._db, project_id)

            def actor(event_id: int) -> tuple[int, str]:
                row = self._db.execute("SELECT actor FROM events WHERE id = ?", (event_id,)).fetchone()
                return event_id, str(row[0])

            return (actor(done[-1]) if done else None, actor(undone[-1]) if undone else None)

    # -- writing rows -------------------------------------------------------------------------

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

    # -- undo and redo ------------------------------------------------------------------------

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
            _check_version(db, project_id, expected_version, ", then undo again")
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
            self._sync_link_memory(db, project_id, *_written_ids(state))
            return self._record(
                db, project_id, direction, "user", target_id, {"kind": target["kind"], "info": payload.get("info", {})}
            )


def _written_ids(state: Mapping[str, Mapping[str, Any]]) -> tuple[list[int], list[int]]:
    """(link ids, segment ids) of a recorded state: the rows whose memory may have changed."""
    return [int(k) for k in state.get("links", {})], [int(k) for k in state.get("segments", {})]
