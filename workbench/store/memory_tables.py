"""The store's translation-memory tables (schema: migration 6 in `workbench.store.schema`).

Part of `Store`; the memory's logic (keys, matching, TMX) is `workbench.memory`, which never
speaks SQL. Units come from two places:

- **TMX files** imported under a name (`memory_import`), streamed into one transaction: a file
  that turns out bad halfway leaves the memory as it was;
- **every approved or edited link of every project**: `Store.apply()` and undo/redo call
  `_sync_link_memory` inside their own transaction, so a project's memory rows (keyed on the
  link id) always equal what its event log says the links are now. Undo an approval and its
  unit is gone; redo it and it is back.

Lookups (`memory_by_key`, `memory_term_counts`, `memory_candidates`) are what
`workbench.memory.lookup.Matcher` asks; fuzzy candidates come from the FTS5 index
`memory_terms` (words and word pairs), never from a scan of the memory.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from workbench.errors import InputError, NotFoundError
from workbench.memory.keys import unit_keys
from workbench.memory.model import KIND_PROJECT, KIND_TMX, Match, MemoryOrigin, MemoryStats, MemoryUnit
from workbench.memory.text import join_segments
from workbench.memory.tmx import primary
from workbench.store.connection import Connection, chunked, now

_KEY_COLUMNS = ("exact_key", "number_key")
_UNIT_COLUMNS = "u.id, u.source, u.target, u.src_lang, u.tgt_lang, u.note, u.changed, o.name, o.kind"


def _unit(row: Sequence[Any]) -> MemoryUnit:
    uid, source, target, src, tgt, note, changed, origin, kind = row[:9]
    return MemoryUnit(source, target, src, tgt, note, changed, origin, kind, uid)


class MemoryTables(Connection):
    """Part of `Store`: the workspace translation memory."""

    # -- approved links of every project ------------------------------------------------------

    def _sync_link_memory(
        self, db: sqlite3.Connection, project_id: int, link_ids: Iterable[int], segment_ids: Iterable[int] = ()
    ) -> None:
        """Make the project's memory rows for these links (and the approved links holding these
        segments) match the links as they are now, inside the caller's transaction."""
        ids = {int(i) for i in link_ids}
        segs = sorted({int(s) for s in segment_ids})
        for chunk, marks in chunked(segs):
            # Only approved or edited links can have memory rows; a changed status names its link anyway.
            for (lid,) in db.execute(
                "SELECT l.id FROM links l WHERE l.project_id = ? AND l.status IN ('approved', 'edited') AND ("
                f" EXISTS (SELECT 1 FROM json_each(l.src) WHERE value IN ({marks})) OR"  # noqa: S608
                f" EXISTS (SELECT 1 FROM json_each(l.tgt) WHERE value IN ({marks})))",
                [project_id, *chunk, *chunk],
            ):
                ids.add(int(lid))
        if not ids:
            return
        ordered = sorted(ids)
        for chunk, marks in chunked(ordered):
            db.execute(f"DELETE FROM memory_units WHERE link_id IN ({marks})", chunk)  # noqa: S608
        locked: list[tuple[Any, ...]] = []
        for chunk, marks in chunked(ordered):
            locked += db.execute(
                "SELECT id, src, tgt, target_document, note, updated_at FROM links"
                f" WHERE id IN ({marks}) AND project_id = ? AND status IN ('approved', 'edited')",  # noqa: S608
                [*chunk, project_id],
            ).fetchall()
        if locked:
            self._insert_link_units(db, project_id, locked)

    def _insert_link_units(self, db: sqlite3.Connection, project_id: int, links: list[tuple[Any, ...]]) -> None:
        sides = [(json.loads(r[1]), json.loads(r[2])) for r in links]
        wanted = sorted({i for src, tgt in sides for i in (*src, *tgt)})
        texts: dict[int, str] = {}
        for chunk, marks in chunked(wanted):
            texts.update(db.execute(f"SELECT id, text FROM segments WHERE id IN ({marks})", chunk).fetchall())  # noqa: S608
        project = db.execute("SELECT name, src_lang, tgt_lang FROM projects WHERE id = ?", (project_id,)).fetchone()
        targets = dict(
            db.execute("SELECT id, lang FROM documents WHERE project_id = ? AND role = 'target'", (project_id,))
        )
        first_target = min(targets) if targets else None
        origin_id = self._project_origin(db, project_id, project[0], project[1], project[2])
        rows = []
        for (link_id, _, _, target_document, note, changed), (src, tgt) in zip(links, sides, strict=True):
            source = join_segments(texts.get(i, "") for i in src)
            target = join_segments(texts.get(i, "") for i in tgt)
            if not source.strip() or not target.strip():
                continue  # a 1:0 or 0:1 row pairs nothing
            doc = target_document if target_document is not None else first_target
            tgt_lang = primary(targets.get(doc, project[2]) if doc is not None else project[2])
            exact, number, terms = unit_keys(source)
            rows.append(
                (origin_id, link_id, primary(project[1]), tgt_lang, source, target, note, changed, exact, number, terms)
            )
        db.executemany(
            "INSERT INTO memory_units (origin_id, link_id, src_lang, tgt_lang, source, target, note, changed,"
            " exact_key, number_key, terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    @staticmethod
    def _project_origin(db: sqlite3.Connection, project_id: int, name: str, src: str, tgt: str) -> int:
        row = db.execute("SELECT id FROM memory_origins WHERE project_id = ?", (project_id,)).fetchone()
        if row is not None:
            return int(row[0])
        cur = db.execute(
            "INSERT INTO memory_origins (kind, name, project_id, src_lang, tgt_lang, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (KIND_PROJECT, name, project_id, src, tgt, now()),
        )
        return int(cur.lastrowid or 0)

    def _sync_all_link_memory(self, db: sqlite3.Connection) -> None:
        """Every approved link of every project into the memory (a workspace from before the memory)."""
        for (project_id,) in db.execute("SELECT id FROM projects ORDER BY id").fetchall():
            links = db.execute(
                "SELECT id FROM links WHERE project_id = ? AND status IN ('approved', 'edited')", (project_id,)
            ).fetchall()
            if links:
                self._sync_link_memory(db, int(project_id), [int(r[0]) for r in links])

    # -- origins: imported TMX files and projects ----------------------------------------------

    def memory_import(
        self,
        origin: MemoryOrigin,
        units: Iterable[MemoryUnit],
        *,
        replace: bool = False,
        check: Callable[[int], None] | None = None,
    ) -> int:
        """Store `units` under a new TMX origin, all in one transaction; returns how many.

        `check(count)` runs before the commit and may raise to leave the memory as it was (a
        file with no usable pair). The origin's language codes are written last: a streamed
        file names them as it goes.
        """
        if origin.kind != KIND_TMX:
            raise ValueError("only TMX origins are imported; projects feed the memory through review")
        stamp = now()
        with self.transaction() as db:
            row = db.execute(
                "SELECT id FROM memory_origins WHERE kind = ? AND name = ?", (KIND_TMX, origin.name)
            ).fetchone()
            if row is not None:
                if not replace:
                    raise InputError(
                        f"the memory already has a TMX named {origin.name!r}; import it under another --name, "
                        f"or replace it with --replace"
                    )
                db.execute("DELETE FROM memory_origins WHERE id = ?", (row[0],))
            cur = db.execute(
                "INSERT INTO memory_origins (kind, name, path, src_lang, tgt_lang, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (KIND_TMX, origin.name, origin.path, origin.src_lang, origin.tgt_lang, stamp),
            )
            origin_id = int(cur.lastrowid or 0)
            count = 0
            batch: list[tuple[Any, ...]] = []
            sql = (
                "INSERT INTO memory_units (origin_id, src_lang, tgt_lang, source, target, note, changed,"
                " exact_key, number_key, terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            )
            for unit in units:
                exact, number, terms = unit_keys(unit.source)
                batch.append(
                    (
                        origin_id,
                        unit.src_lang,
                        unit.tgt_lang,
                        unit.source,
                        unit.target,
                        unit.note,
                        unit.changed or stamp,
                        exact,
                        number,
                        terms,
                    )
                )
                if len(batch) >= 2000:
                    db.executemany(sql, batch)
                    count += len(batch)
                    batch = []
            db.executemany(sql, batch)
            count += len(batch)
            if check is not None:
                check(count)
            db.execute(
                "UPDATE memory_origins SET src_lang = ?, tgt_lang = ? WHERE id = ?",
                (origin.src_lang, origin.tgt_lang, origin_id),
            )
        origin.id, origin.units, origin.created_at = origin_id, count, stamp
        return count

    def memory_origins(self) -> list[MemoryOrigin]:
        """Every TMX in the memory, and every project that has approved rows in it."""
        rows = self._raw(
            "SELECT o.id, o.kind, o.name, o.project_id, o.path, o.src_lang, o.tgt_lang, o.created_at,"
            " (SELECT COUNT(*) FROM memory_units u WHERE u.origin_id = o.id) FROM memory_origins o"
            " ORDER BY o.kind DESC, o.name"
        )
        return [
            MemoryOrigin(name, kind, n, src, tgt, path, created, project_id, oid)
            for oid, kind, name, project_id, path, src, tgt, created, n in rows
            if kind == KIND_TMX or n
        ]

    def memory_remove(self, name: str) -> MemoryOrigin:
        """Remove an imported TMX (all its units) from the memory."""
        found = [o for o in self.memory_origins() if o.name == name]
        tmx = next((o for o in found if o.kind == KIND_TMX), None)
        if tmx is None:
            if found:
                raise InputError(
                    f"{name!r} is a project: its approved and edited rows are the memory's as long as they are "
                    f"approved; to take them out, delete the project (workbench projects delete {name!r})"
                )
            names = ", ".join(o.name for o in self.memory_origins() if o.kind == KIND_TMX) or "none"
            raise NotFoundError(f"no TMX named {name!r} in the memory (imported: {names})")
        with self.transaction() as db:
            db.execute("DELETE FROM memory_origins WHERE id = ?", (tmx.id,))
        return tmx

    def memory_units(
        self, origin: str | None = None, src_lang: str | None = None, tgt_lang: str | None = None
    ) -> Iterator[MemoryUnit]:
        """Every unit (of one origin, of one language pair), oldest first, read a few thousand at a time."""
        where, params = [], []
        if origin is not None:
            where.append("o.name = ?")
            params.append(origin)
        if src_lang is not None:
            where.append("u.src_lang = ?")
            params.append(src_lang)
        if tgt_lang is not None:
            where.append("u.tgt_lang = ?")
            params.append(tgt_lang)
        clause = "".join(f" AND {w}" for w in where)
        last = 0
        while True:
            rows = self._raw(
                f"SELECT {_UNIT_COLUMNS} FROM memory_units u JOIN memory_origins o ON o.id = u.origin_id"  # noqa: S608
                f" WHERE u.id > ?{clause} ORDER BY u.id LIMIT 5000",
                [last, *params],
            )
            if not rows:
                return
            for row in rows:
                yield _unit(row)
            last = int(rows[-1][0])

    def memory_stats(self) -> MemoryStats:
        stats = MemoryStats(by_pair={})
        for kind, n in self._raw(
            "SELECT o.kind, COUNT(*) FROM memory_units u JOIN memory_origins o ON o.id = u.origin_id GROUP BY o.kind"
        ):
            if kind == KIND_TMX:
                stats.tmx_units = int(n)
            else:
                stats.project_units = int(n)
        stats.units = stats.tmx_units + stats.project_units
        stats.origins = len(self.memory_origins())
        stats.distinct_sources = int(self._raw("SELECT COUNT(DISTINCT exact_key) FROM memory_units")[0][0])
        stats.by_pair = {
            f"{src}→{tgt}": int(n)
            for src, tgt, n in self._raw("SELECT src_lang, tgt_lang, COUNT(*) FROM memory_units GROUP BY 1, 2")
        }
        return stats

    # -- lookups (workbench.memory.lookup.MemoryIndex) -----------------------------------------

    def memory_by_key(
        self, column: str, keys: Sequence[int], src_lang: str, tgt_lang: str, exclude_project: int | None
    ) -> dict[int, list[MemoryUnit]]:
        if column not in _KEY_COLUMNS:
            raise ValueError(f"no memory key {column!r}")
        out: dict[int, list[MemoryUnit]] = {}
        for chunk, marks in chunked(keys):
            for row in self._raw(
                f"SELECT {_UNIT_COLUMNS}, u.{column} FROM memory_units u JOIN memory_origins o ON o.id = u.origin_id"  # noqa: S608
                f" WHERE u.{column} IN ({marks}) AND u.src_lang = ? AND u.tgt_lang = ?"
                " AND (o.project_id IS NULL OR o.project_id != ?) ORDER BY u.changed DESC, u.id DESC",
                [*chunk, src_lang, tgt_lang, exclude_project or 0],
            ):
                out.setdefault(int(row[9]), []).append(_unit(row))
        return out

    def memory_term_counts(self, terms: Sequence[str]) -> dict[str, int]:
        out = dict.fromkeys(terms, 0)
        for chunk, marks in chunked(out):
            for term, n in self._raw(
                f"SELECT term, doc FROM memory_term_counts WHERE term IN ({marks})",  # noqa: S608
                chunk,
            ):
                out[term] = int(n)
        return out

    def memory_candidates(
        self,
        weighted_terms: Sequence[tuple[str, float]],
        limit: int,
        src_lang: str,
        tgt_lang: str,
        exclude_project: int | None,
    ) -> list[MemoryUnit]:
        if not weighted_terms:
            return []
        # Each term's units with the term's weight; summed per unit inside SQLite, best first.
        parts = " UNION ALL ".join(
            ["SELECT rowid AS id, ? AS w FROM memory_terms WHERE memory_terms MATCH ?"] * len(weighted_terms)
        )
        params: list[Any] = []
        for term, weight in weighted_terms:
            params += [weight, f'"{term}"']
        rows = self._raw(
            f"SELECT {_UNIT_COLUMNS} FROM (SELECT id, SUM(w) AS s FROM ({parts}) GROUP BY id"  # noqa: S608
            " ORDER BY s DESC LIMIT ?) g JOIN memory_units u ON u.id = g.id JOIN memory_origins o ON o.id = u.origin_id"
            " WHERE u.src_lang = ? AND u.tgt_lang = ? AND (o.project_id IS NULL OR o.project_id != ?)"
            " ORDER BY g.s DESC, u.changed DESC, u.id DESC",
            [*params, limit, src_lang, tgt_lang, exclude_project or 0],
        )
        return [_unit(r) for r in rows]

    def memory_size(self) -> int:
        return int(self._raw("SELECT COUNT(*) FROM memory_units")[0][0])

    # -- fuzzy matches kept for the review page ------------------------------------------------

    def save_memory_suggestions(self, project_id: int, suggestions: Mapping[int, Match]) -> None:
        """Replace the project's fuzzy matches: source segment id -> its best match."""
        stamp = now()
        with self.transaction() as db:
            db.execute("DELETE FROM memory_suggestions WHERE project_id = ?", (project_id,))
            db.executemany(
                "INSERT OR REPLACE INTO memory_suggestions"
                " (segment_id, project_id, score, source, target, origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(sid, project_id, m.score, m.source, m.target, m.origin, stamp) for sid, m in suggestions.items()],
            )

    def memory_suggestions(
        self, project_id: int, ids: Iterable[int] | None = None
    ) -> dict[int, tuple[float, str, str, str]]:
        """segment id -> (score, memory source, memory target, origin name)."""
        sql = "SELECT segment_id, score, source, target, origin FROM memory_suggestions WHERE project_id = ?"
        if ids is None:
            return {r[0]: (r[1], r[2], r[3], r[4]) for r in self._raw(sql, (project_id,))}
        out: dict[int, tuple[float, str, str, str]] = {}
        wanted = sorted(set(ids))
        for chunk, marks in chunked(wanted):
            for r in self._raw(sql + f" AND segment_id IN ({marks})", [project_id, *chunk]):
                out[r[0]] = (r[1], r[2], r[3], r[4])
        return out
