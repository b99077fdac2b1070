"""Review actions on a stored project: the operations the review page, the CLI and scripts share.

Each action is exactly one `Store.apply()` call, so it is atomic, recorded as
one event (undoable, redoable, surviving restarts) and refused with a
ConflictError when `expected_version` is given and someone else wrote since.
Links are rows of the review page, in `position` order; a "side" is `"src"`
(the French) or `"tgt"` (the English).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from workbench.errors import InputError, NotFoundError
from workbench.model import Link, LinkStatus, Role
from workbench.store import ChangeSet, Event, ReviewLink, Store
from workbench.textjoin import join_pair

Side = Literal["src", "tgt"]
SIDES: tuple[Side, ...] = ("src", "tgt")
MAX_TEXT = 10_000
"""Longest sentence an edit may store: longer is a paste gone wrong, not a sentence."""

_SIDE_NAMES = {"src": "French", "tgt": "English"}


# -- helpers -------------------------------------------------------------------


def _check_side(side: str) -> Side:
    if side not in SIDES:
        raise InputError(f"side must be 'src' or 'tgt', not {side!r}")
    return side


def _window(store: Store, project_id: int, link_id: int, before: int = 1, after: int = 1) -> tuple[list[Link], int]:
    """The row and its neighbours only: actions stay fast on a 20 000-row project."""
    store.project(project_id)
    return store.link_window(project_id, link_id, before, after)


def _check_links(store: Store, project_id: int, link_ids: Iterable[int]) -> list[ReviewLink]:
    """The rows (as `Store.review_links` gives them) of these link ids, all of which must exist."""
    store.project(project_id)
    wanted = set(link_ids)
    rows = store.review_links(project_id, wanted)
    missing = wanted - {r.id for r in rows}
    if missing:
        raise NotFoundError(f"no row (link) with id {min(missing)} in this project")
    return rows


def _touched(link: Link) -> None:
    """A person reshaped this link: it is theirs now, and the aligner's score no longer applies."""
    link.status = LinkStatus.EDITED
    link.score = None


def _row(store: Store, project_id: int, link: Link) -> dict[str, Any]:
    return store.link_row(project_id, link)


def _position_after(links: Sequence[Link], i: int) -> float:
    here = links[i].position
    return (here + links[i + 1].position) / 2 if i + 1 < len(links) else here + 1.0


def _apply(
    store: Store,
    project_id: int,
    kind: str,
    changes: ChangeSet,
    expected_version: int | None,
    info: dict[str, Any] | None = None,
) -> Event:
    return store.apply(project_id, kind, changes, expected_version=expected_version, info=info or {})


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise InputError("the text must be a string")
    if len(text) > MAX_TEXT:
        raise InputError(f"a sentence can have at most {MAX_TEXT} characters (this one has {len(text)})")
    if not text.strip():
        raise InputError("a sentence cannot be empty: merge it with another or move it instead")
    if any(ord(c) < 32 and c not in "\t\n" for c in text):
        raise InputError("the text contains control characters")
    return text


def _links_of_segments(store: Store, project_id: int, segment_ids: Iterable[int]) -> dict[int, Link]:
    wanted = set(segment_ids)
    store.project(project_id)
    out = store.links_holding(project_id, wanted)
    missing = wanted - set(out)
    if missing:
        raise NotFoundError(f"no sentence with id {min(missing)} in this project's rows")
    return out


# -- status, bookmarks -----------------------------------------------------------


def set_status(
    store: Store,
    project_id: int,
    link_ids: Sequence[int],
    status: LinkStatus | str,
    expected_version: int | None = None,
) -> Event:
    """Mark rows approved / needs review / excluded (rejected) / proposed."""
    try:
        new = LinkStatus(status)
    except ValueError:
        allowed = ", ".join(s.value for s in LinkStatus)
        raise InputError(f"unknown status {status!r} (one of: {allowed})") from None
    if not link_ids:
        raise InputError("no rows given")
    _check_links(store, project_id, link_ids)
    changes: ChangeSet = {"links": {link_id: {"status": new.value} for link_id in link_ids}}
    return _apply(store, project_id, f"status:{new.value}", changes, expected_version, {"links": list(link_ids)})


def approve(store: Store, project_id: int, link_id: int, expected_version: int | None = None) -> Event:
    return set_status(store, project_id, [link_id], LinkStatus.APPROVED, expected_version)


def needs_review(store: Store, project_id: int, link_id: int, expected_version: int | None = None) -> Event:
    return set_status(store, project_id, [link_id], LinkStatus.NEEDS_REVIEW, expected_version)


def exclude(store: Store, project_id: int, link_id: int, expected_version: int | None = None) -> Event:
    """Keep the row in the project but leave it out of every export."""
    return set_status(store, project_id, [link_id], LinkStatus.REJECTED, expected_version)


def approve_above(store: Store, project_id: int, link_id: int, expected_version: int | None = None) -> Event:
    """Approve every not-yet-decided row from the top down to this one (included).

    Excluded, edited and already approved rows keep their status.
    """
    store.project(project_id)
    ids = _undecided_down_to(store, project_id, link_id, inclusive=True)
    if not ids:
        raise InputError("every row down to this one is already decided")
    changes: ChangeSet = {"links": {lid: {"status": LinkStatus.APPROVED.value} for lid in ids}}
    return _apply(store, project_id, "approve_above", changes, expected_version, {"link": link_id, "count": len(ids)})


def bookmark(
    store: Store, project_id: int, link_id: int, on: bool = True, expected_version: int | None = None
) -> Event:
    _check_links(store, project_id, [link_id])
    changes: ChangeSet = {"links": {link_id: {"bookmark": 1 if on else 0}}}
    return _apply(store, project_id, "bookmark" if on else "unbookmark", changes, expected_version)


# -- text ------------------------------------------------------------------------


def _undecided_down_to(store: Store, project_id: int, link_id: int, *, inclusive: bool) -> list[int]:
    """Ids of the proposed or needs-review rows from the top down to `link_id` (itself if `inclusive`)."""
    rows = store.review_links(project_id)  # plain values: fast even on 20 000 rows
    at = next((i for i, r in enumerate(rows) if r.id == link_id), None)
    if at is None:
        raise NotFoundError(f"no row (link) with id {link_id} in this project")
    open_states = (LinkStatus.PROPOSED.value, LinkStatus.NEEDS_REVIEW.value)
    return [r.id for r in rows[: at + 1 if inclusive else at] if r.status in open_states]


def _confirm_above(store: Store, project_id: int, link_id: int, changes: ChangeSet) -> int:
    """Add to `changes` the approval of every undecided row above `link_id` (InterText's auto-confirm).

    Part of the same event as the edit that triggers it, so one undo takes both back.
    """
    links = changes.setdefault("links", {})
    ids = [lid for lid in _undecided_down_to(store, project_id, link_id, inclusive=False) if lid not in links]
    for lid in ids:
        links[lid] = {"status": LinkStatus.APPROVED.value}
    return len(ids)


def edit_text(
    store: Store,
    project_id: int,
    edits: Sequence[tuple[int, str]],
    expected_version: int | None = None,
    *,
    confirm_above: bool = False,
) -> Event:
    """Replace the text of one or more sentences; their rows become `edited`.

    `confirm_above`: also approve every undecided row above the first edited one.
    """
    if not edits:
        raise InputError("no edits given")
    clean = [(int(seg_id), _check_text(text)) for seg_id, text in edits]
    owners = _links_of_segments(store, project_id, [s for s, _ in clean])
    changes: ChangeSet = {"segments": {}, "links": {}}
    for seg_id, text in clean:
        changes["segments"][seg_id] = {"text": text}
        changes["links"][owners[seg_id].id or 0] = {"status": LinkStatus.EDITED.value}
    info: dict[str, Any] = {"segments": [s for s, _ in clean]}
    if confirm_above:
        info["confirmed"] = _confirm_above(store, project_id, owners[clean[0][0]].id or 0, changes)
    return _apply(store, project_id, "edit", changes, expected_version, info)


def replace_text(
    store: Store,
    project_id: int,
    find: str,
    replacement: str,
    *,
    regex: bool = False,
    sides: Sequence[str] = SIDES,
    links: Iterable[int] | None = None,
    expected_version: int | None = None,
) -> Event:
    """Search and replace over every sentence of the chosen side(s), as one undoable event.

    `links`: only the sentences of these rows (those a filter on the review page shows).
    """
    if not find:
        raise InputError("the search text is empty")
    if len(find) > 1000 or len(replacement) > 1000:
        raise InputError("search and replacement texts can have at most 1000 characters")
    try:
        pattern = re.compile(find if regex else re.escape(find))
    except re.error as exc:
        raise InputError(f"invalid regular expression {find!r}: {exc}") from None
    wanted = {_check_side(s) for s in sides}
    roles = {Role.SOURCE if s == "src" else Role.TARGET for s in wanted}
    store.project(project_id)
    only: set[int] | None = None
    if links is not None:
        only = {i for r in _check_links(store, project_id, links) for i in (*r.src, *r.tgt)}
    edits: list[tuple[int, str]] = []
    for seg_id, (text, _, role) in store.review_segments(project_id, only).items():
        if Role(role) not in roles:
            continue
        try:
            new = pattern.sub(replacement, text)
        except (re.error, IndexError) as exc:
            raise InputError(f"invalid replacement {replacement!r}: {exc}") from None
        if new != text:
            edits.append((seg_id, new))
    if not edits:
        raise InputError(f"no sentence matches {find!r}; nothing was replaced")
    return edit_text(store, project_id, edits, expected_version)


def take_memory_match(store: Store, project_id: int, link_id: int, expected_version: int | None = None) -> Event:
    """Put the row's fuzzy memory match into its English sentence, as one undoable action.

    The row becomes `needs_review`, not edited: a fuzzy match differs from the French in some
    words, and a person must look at them before it is approved (and joins the memory).
    """
    row = _check_links(store, project_id, [link_id])[0]
    src, tgt = row.src, row.tgt
    found = store.memory_suggestions(project_id, src)
    match = next((found[s] for s in src if s in found), None) if len(src) == 1 else None
    if match is None:
        raise InputError("this row has no fuzzy memory match to take")
    if not tgt:
        raise InputError("this row has no English sentence to put the memory's translation in; insert one first")
    if len(tgt) > 1:
        raise InputError(f"this row has {len(tgt)} English sentences: join them first (J), then take the memory match")
    score, _, target, origin = match
    changes: ChangeSet = {
        "segments": {tgt[0]: {"text": _check_text(target)}},
        "links": {link_id: {"status": LinkStatus.NEEDS_REVIEW.value}},
    }
    info = {"link": link_id, "score": score, "origin": origin}
    return _apply(store, project_id, "take_memory", changes, expected_version, info)


def split_segment(
    store: Store,
    project_id: int,
    segment_id: int,
    offset: int,
    text: str | None = None,
    expected_version: int | None = None,
    *,
    confirm_above: bool = False,
) -> Event:
    """Cut a sentence in two at `offset` (in `text`, the sentence as edited, when given).

    The second half becomes a new sentence right after the first, in the same row.
    `confirm_above`: also approve every undecided row above this one.
    """
    owner = _links_of_segments(store, project_id, [segment_id])[segment_id]
    seg = store.segments_by_id([segment_id])[segment_id]
    document_id, position = store.segment_place(segment_id)
    full = _check_text(text) if text is not None else seg.text
    if not isinstance(offset, int) or not 0 < offset < len(full):
        raise InputError(f"the split point must be inside the sentence (1..{len(full) - 1}), not {offset}")
    left, right = full[:offset].rstrip(), full[offset:].lstrip()
    if not left or not right:
        raise InputError("splitting there would leave an empty sentence")
    nxt = store.neighbour_segment(segment_id, after=True)
    new_position = (position + nxt[1]) / 2 if nxt else position + 1.0
    middle = min(seg.start + len(full[:offset]), seg.end) if text is None else seg.end
    changes: ChangeSet = {
        "segments": {
            segment_id: {"text": left, "end": middle},
            -1: {
                "document_id": document_id,
                "position": new_position,
                "paragraph": seg.paragraph,
                "text": right,
                "lang": seg.lang,
                "start": middle,
                "end": seg.end,
                "kind": seg.kind,
            },
        },
        "links": {},
    }
    side: Side = "src" if segment_id in owner.src else "tgt"
    ids = list(getattr(owner, side))
    ids.insert(ids.index(segment_id) + 1, -1)  # the store swaps -1 for the new sentence's id
    setattr(owner, side, ids)
    _touched(owner)
    changes["links"][owner.id or 0] = _row(store, project_id, owner)
    info: dict[str, Any] = {"segment": segment_id, "offset": offset}
    if confirm_above:
        info["confirmed"] = _confirm_above(store, project_id, owner.id or 0, changes)
    return _apply(store, project_id, "split", changes, expected_version, info)


def merge_segments(store: Store, project_id: int, segment_id: int, expected_version: int | None = None) -> Event:
    """Join a sentence with the one after it in the same document (pulling it from the next row if needed)."""
    _links_of_segments(store, project_id, [segment_id])
    nxt = store.neighbour_segment(segment_id, after=True)
    if nxt is None:
        raise InputError("this is the last sentence of its document: there is nothing after it to merge with")
    segs = store.segments_by_id([segment_id, nxt[0]])
    first, second = segs[segment_id], segs[nxt[0]]
    owners = _links_of_segments(store, project_id, [segment_id, nxt[0]])
    text = join_pair(first.text, second.text, first.lang)  # "…discrimination.”", never "… ”"
    if len(text) > MAX_TEXT:
        raise InputError(f"the merged sentence would exceed {MAX_TEXT} characters")
    changes: ChangeSet = {"segments": {segment_id: {"text": text, "end": max(first.end, second.end)}}, "links": {}}
    changes["segments"][nxt[0]] = None
    keep, other = owners[segment_id], owners[nxt[0]]
    for link in {id(keep): keep, id(other): other}.values():
        link.src = [s for s in link.src if s != nxt[0]]
        link.tgt = [s for s in link.tgt if s != nxt[0]]
        _touched(link)
    # Link changes first, so that the deleted sentence is never named by a stored link.
    ordered: ChangeSet = {"links": {}, "segments": changes["segments"]}
    for link in (keep, other):
        lid = link.id or 0
        ordered["links"][lid] = None if not link.src and not link.tgt else _row(store, project_id, link)
    return _apply(store, project_id, "merge_sentences", ordered, expected_version, {"segments": [segment_id, nxt[0]]})


# -- row structure ---------------------------------------------------------------


def _save(store: Store, project_id: int, changes: ChangeSet, *links: Link) -> None:
    for link in links:
        lid = link.id if link.id is not None else 0
        if not link.src and not link.tgt:
            changes["links"][lid] = None
        else:
            changes["links"][lid] = _row(store, project_id, link)


def move_first_up(store: Store, project_id: int, link_id: int, side: str, expected_version: int | None = None) -> Event:
    """Move the first sentence of one side of a row to the end of the same side of the row above."""
    side = _check_side(side)
    links, i = _window(store, project_id, link_id)
    if i == 0:
        raise InputError("the first row has no row above it")
    here, above = links[i], links[i - 1]
    ids = list(getattr(here, side))
    if not ids:
        raise InputError(f"the {_SIDE_NAMES[side]} side of this row is empty")
    setattr(above, side, [*getattr(above, side), ids[0]])
    setattr(here, side, ids[1:])
    _touched(here)
    _touched(above)
    changes: ChangeSet = {"links": {}}
    _save(store, project_id, changes, here, above)
    return _apply(store, project_id, "move_up", changes, expected_version, {"link": link_id, "side": side})


def move_last_down(
    store: Store, project_id: int, link_id: int, side: str, expected_version: int | None = None
) -> Event:
    """Move the last sentence of one side of a row to the start of the same side of the row below."""
    side = _check_side(side)
    links, i = _window(store, project_id, link_id)
    if i + 1 >= len(links):
        raise InputError("the last row has no row below it")
    here, below = links[i], links[i + 1]
    ids = list(getattr(here, side))
    if not ids:
        raise InputError(f"the {_SIDE_NAMES[side]} side of this row is empty")
    setattr(below, side, [ids[-1], *getattr(below, side)])
    setattr(here, side, ids[:-1])
    _touched(here)
    _touched(below)
    changes: ChangeSet = {"links": {}}
    _save(store, project_id, changes, here, below)
    return _apply(store, project_id, "move_down", changes, expected_version, {"link": link_id, "side": side})


def shift_side(
    store: Store,
    project_id: int,
    link_id: int,
    side: str,
    direction: str,
    expected_version: int | None = None,
) -> Event:
    """Move a whole side of a row into the row above (`up`) or below (`down`), leaving it empty here.

    Shifting down from the last row makes a new row for it.
    """
    side = _check_side(side)
    if direction not in ("up", "down"):
        raise InputError(f"direction must be 'up' or 'down', not {direction!r}")
    links, i = _window(store, project_id, link_id)
    here = links[i]
    ids = list(getattr(here, side))
    if not ids:
        raise InputError(f"the {_SIDE_NAMES[side]} side of this row is empty")
    changes: ChangeSet = {"links": {}}
    setattr(here, side, [])
    _touched(here)
    if direction == "up":
        if i == 0:
            raise InputError("the first row has no row above it")
        above = links[i - 1]
        setattr(above, side, [*getattr(above, side), *ids])
        _touched(above)
        _save(store, project_id, changes, here, above)
    elif i + 1 < len(links):
        below = links[i + 1]
        setattr(below, side, [*ids, *getattr(below, side)])
        _touched(below)
        _save(store, project_id, changes, here, below)
    else:
        new = Link(src=ids if side == "src" else [], tgt=ids if side == "tgt" else [], position=here.position + 1.0)
        _touched(new)
        _save(store, project_id, changes, here)
        changes["links"][-1] = _row(store, project_id, new)
    return _apply(store, project_id, f"shift_{direction}", changes, expected_version, {"link": link_id, "side": side})


def insert_empty(store: Store, project_id: int, link_id: int, side: str, expected_version: int | None = None) -> Event:
    """Put an empty cell on one side of this row, pushing that side's sentences into a new row below.

    A 1:1 row with `side="tgt"` becomes a 1:0 row followed by a 0:1 row.
    """
    side = _check_side(side)
    links, i = _window(store, project_id, link_id)
    here = links[i]
    ids = list(getattr(here, side))
    other: Side = "tgt" if side == "src" else "src"
    if not ids:
        raise InputError(f"the {_SIDE_NAMES[side]} side of this row is already empty")
    if not getattr(here, other):
        raise InputError(f"the {_SIDE_NAMES[other]} side of this row is empty: an empty row would have nothing in it")
    new = Link(src=[], tgt=[], position=_position_after(links, i))
    setattr(new, side, ids)
    setattr(here, side, [])
    _touched(here)
    _touched(new)
    changes: ChangeSet = {"links": {}}
    _save(store, project_id, changes, here)
    changes["links"][-1] = _row(store, project_id, new)
    return _apply(store, project_id, "insert_empty", changes, expected_version, {"link": link_id, "side": side})


def merge_next(store: Store, project_id: int, link_id: int, expected_version: int | None = None) -> Event:
    """Merge this row with the next one, both sides (a 1:1 and a 1:1 make a 2:2)."""
    links, i = _window(store, project_id, link_id)
    if i + 1 >= len(links):
        raise InputError("the last row has no row below it to merge with")
    here, below = links[i], links[i + 1]
    here.src = [*here.src, *below.src]
    here.tgt = [*here.tgt, *below.tgt]
    _touched(here)
    changes: ChangeSet = {"links": {}}
    _save(store, project_id, changes, here)
    changes["links"][below.id or 0] = None
    return _apply(store, project_id, "merge_rows", changes, expected_version, {"link": link_id})


# -- undo, redo ------------------------------------------------------------------


REVIEW_ACTOR = "user"
"""Events by other actors (the aligner, an import) are the starting point: review undo stops there."""


def can_undo_redo(store: Store, project_id: int) -> tuple[bool, bool]:
    """Whether review undo / redo have something to do (the aligner's own run is never undone here)."""
    to_undo, to_redo = store.next_undo_redo(project_id)
    return (
        to_undo is not None and to_undo[1] == REVIEW_ACTOR,
        to_redo is not None and to_redo[1] == REVIEW_ACTOR,
    )


def undo(store: Store, project_id: int, expected_version: int | None = None) -> Event:
    """Revert the newest review action (unlimited depth, across restarts)."""
    if not can_undo_redo(store, project_id)[0]:
        raise InputError("there is nothing to undo")
    event = store.undo(project_id, expected_version)
    if event is None:  # pragma: no cover - another writer emptied the stack in between
        raise InputError("there is nothing to undo")
    return event


def redo(store: Store, project_id: int, expected_version: int | None = None) -> Event:
    """Replay the newest undone review action."""
    if not can_undo_redo(store, project_id)[1]:
        raise InputError("there is nothing to redo")
    event = store.redo(project_id, expected_version)
    if event is None:  # pragma: no cover
        raise InputError("there is nothing to redo")
    return event


def touched_links(store: Store, event: Event) -> set[int]:
    """Ids of the links an action (or the action an undo/redo replayed) wrote, deleted ones included."""
    payload = event.payload
    if event.target_event is not None:
        payload = store.event(event.target_event).payload
    return {int(k) for k in payload.get("after", {}).get("links", {})} | {
        int(k) for k in payload.get("before", {}).get("links", {})
    }


_LABELS = {
    "status:approved": "approved",
    "status:needs_review": "marked needs review",
    "status:rejected": "excluded from export",
    "status:proposed": "back to proposed",
    "status:edited": "marked edited",
    "approve_above": "approved every row down to here",
    "realign": "re-aligned the rows between the approved ones",
    "bookmark": "bookmarked",
    "unbookmark": "bookmark removed",
    "edit": "text saved",
    "split": "sentence split",
    "merge_sentences": "sentences joined",
    "move_up": "sentence moved up",
    "move_down": "sentence moved down",
    "shift_up": "side shifted up",
    "shift_down": "side shifted down",
    "insert_empty": "empty cell inserted",
    "merge_rows": "rows merged",
    "take_memory": "memory match taken: check the words that differ",
}


def describe(event: Event) -> str:
    """A short human line for a toast: "undid: text saved", "approved"."""
    if event.kind in ("undo", "redo"):
        inner = str(event.payload.get("kind", "action"))
        return f"{'undid' if event.kind == 'undo' else 'redid'}: {_LABELS.get(inner, inner)}"
    return _LABELS.get(event.kind, event.kind)


__all__ = [
    "MAX_TEXT",
    "SIDES",
    "approve",
    "approve_above",
    "bookmark",
    "describe",
    "edit_text",
    "exclude",
    "insert_empty",
    "merge_next",
    "merge_segments",
    "move_first_up",
    "move_last_down",
    "needs_review",
    "redo",
    "replace_text",
    "set_status",
    "shift_side",
    "split_segment",
    "take_memory_match",
    "touched_links",
    "undo",
]
