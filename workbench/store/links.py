"""Links: the alignment's rows (source segments ↔ target segments), written through the event log."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from workbench.errors import NotFoundError
from workbench.model import Link, LinkStatus
from workbench.store.connection import PRIMARY_TARGET, chunked, now
from workbench.store.events import ChangeSet, Event, EventLog


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


class Links(EventLog):
    """Part of `Store`: each project's links, to its first target or to a target named."""

    def links(self, project_id: int, target_document: int | None = None) -> list[Link]:
        """The links to the project's first target, or to the target document named."""
        return [
            _link(r)
            for r in self._query(
                "SELECT * FROM links WHERE project_id = ? AND target_document IS ? ORDER BY position, id",
                (project_id, target_document),
            )
        ]

    def link(self, link_id: int) -> Link:
        rows = self._query("SELECT * FROM links WHERE id = ?", (link_id,))
        if not rows:
            raise NotFoundError(f"no link with id {link_id}")
        return _link(rows[0])

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

    def count_links(self, project_id: int) -> int:
        return int(self._raw("SELECT COUNT(*) FROM links WHERE project_id = ?" + PRIMARY_TARGET, (project_id,))[0][0])

    def bookmarks(self, project_id: int) -> set[int]:
        """Ids of the project's bookmarked links."""
        return {
            int(r[0])
            for r in self._query(
                "SELECT id FROM links WHERE project_id = ? AND bookmark != 0" + PRIMARY_TARGET, (project_id,)
            )
        }

    def links_holding(self, project_id: int, segment_ids: Iterable[int]) -> dict[int, Link]:
        """segment id -> the link that lists it (searched inside SQLite, without loading every link)."""
        out: dict[int, Link] = {}
        for chunk, marks in chunked(sorted(set(segment_ids))):
            rows = self._query(
                "SELECT DISTINCT l.* FROM links l WHERE l.project_id = ? AND l.target_document IS NULL AND EXISTS ("
                f" SELECT 1 FROM json_each(l.src) WHERE value IN ({marks}) UNION ALL"  # noqa: S608
                f" SELECT 1 FROM json_each(l.tgt) WHERE value IN ({marks}))",
                [project_id, *chunk, *chunk],
            )
            for r in rows:
                link = _link(r)
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
        links = [_link(r) for r in [*reversed(above), *here, *below]]
        return links, len(above)
