"""Re-align around human decisions: approved and edited links are hard constraints.

`realign(store, project_id)` runs the aligner again only in the gaps between
locked links (and, when rows are given, only on the rows of that range: every
link outside it is kept as it is). Locked rows are never written, not even
their position; links the new alignment agrees with stay untouched too. The
whole change is one `Store.apply()` event, so one undo brings everything back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workbench.errors import InputError
from workbench.model import Link, LinkStatus, Role, Segment
from workbench.store import ChangeSet, Event, Store
from workbench.targets import ADDED_TRANSLATION

if TYPE_CHECKING:
    from workbench.align import Bead
    from workbench.embed import Embedder

EVENT_KIND = "realign"


@dataclass
class RealignResult:
    """What a re-alignment did: the rows it wrote (new link ids), the rows it removed, the rows it kept."""

    event: Event | None
    added: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    locked: int = 0
    kept: int = 0
    scope: int = 0
    """How many rows were open to re-alignment (unlocked rows inside the range)."""

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event": self.event.id if self.event else None,
            "added": self.added,
            "removed": self.removed,
            "locked": self.locked,
            "kept": self.kept,
            "scope": self.scope,
        }

    def __str__(self) -> str:
        if not self.changed:
            return f"re-aligned {self.scope} open rows around {self.locked} locked ones: nothing changed"
        return (
            f"re-aligned {self.scope} open rows around {self.locked} locked ones: {len(self.added)} new rows "
            f"replace {len(self.removed)}, {self.kept} kept as they were (one undo brings them back)"
        )


def _sides(store: Store, project_id: int, target_document: int | None) -> tuple[list[Segment], list[Segment]]:
    sources = store.documents(project_id, Role.SOURCE)
    targets = store.documents(project_id, Role.TARGET)
    if not sources or not targets:
        raise InputError("this project has no target document to align with (nothing to re-align)")
    if target_document is None:
        chosen = [d for d in targets if not d.meta.get(ADDED_TRANSLATION)]
    else:
        chosen = [d for d in targets if d.id == target_document]
        if not chosen:
            raise InputError(f"document {target_document} is not a target of this project")
    return [s for d in sources for s in d.segments], [s for d in chosen for s in d.segments]


def _bead_of(link: Link, src_pos: dict[int, int], tgt_pos: dict[int, int]) -> Bead:
    from workbench.align import Bead

    missing = [i for i in link.src if i not in src_pos] + [j for j in link.tgt if j not in tgt_pos]
    if missing:
        raise InputError(f"row (link {link.id}) names segment {missing[0]}, which is not in this project's documents")
    return Bead(tuple(sorted(src_pos[i] for i in link.src)), tuple(sorted(tgt_pos[j] for j in link.tgt)), 1.0)


def _row_range(n: int, from_row: int | None, to_row: int | None) -> range:
    """Rows as the review page numbers them: 1-based, both ends included."""
    if n == 0 and from_row is None and to_row is None:
        return range(0)
    first = 1 if from_row is None else from_row
    last = n if to_row is None else to_row
    if first < 1 or last < first or (n and first > n):
        raise InputError(f"rows {first}..{last} are not a range of this project's {n} rows")
    return range(first - 1, min(last, n))


def _positions(order: list[tuple[Bead, Link | None]]) -> list[float]:
    """Positions for the rows in `order`: kept links keep theirs, new ones go evenly between them."""
    out: list[float] = [0.0] * len(order)
    k = 0
    prev: float | None = None
    while k < len(order):
        link = order[k][1]
        if link is not None:
            out[k] = prev = link.position
            k += 1
            continue
        stop = k
        while stop < len(order) and order[stop][1] is None:
            stop += 1
        nxt = order[stop][1].position if stop < len(order) else None  # type: ignore[union-attr]
        count = stop - k
        for step in range(count):
            if prev is not None and nxt is not None:
                out[k + step] = prev + (nxt - prev) * (step + 1) / (count + 1)
            elif prev is not None:
                out[k + step] = prev + step + 1
            elif nxt is not None:
                out[k + step] = nxt - (count - step)
            else:
                out[k + step] = float(step)
        k = stop
    return out


def realign(
    store: Store,
    project_id: int,
    *,
    embedder: str | Embedder | None = None,
    from_row: int | None = None,
    to_row: int | None = None,
    target_document: int | None = None,
    expected_version: int | None = None,
    actor: str = "aligner",
) -> RealignResult:
    """Re-run the aligner between the locked (approved or edited) links; return what changed.

    `from_row`/`to_row` (1-based, as the review page numbers rows) limit the
    work to a range: rows outside it are kept as they are. `target_document`
    picks another target of a multi-target project (None: the first).
    """
    from workbench.align import Bead, align_stored_segments
    from workbench.embed import get_embedder

    store.project(project_id)
    links = store.links(project_id, target_document)
    src, tgt = _sides(store, project_id, target_document)
    src_pos = {s.id: i for i, s in enumerate(src) if s.id is not None}
    tgt_pos = {s.id: j for j, s in enumerate(tgt) if s.id is not None}
    rows = _row_range(len(links), from_row, to_row)
    fixed = [lk for k, lk in enumerate(links) if lk.status.is_locked or k not in rows]
    fixed_ids = {lk.id for lk in fixed}
    result = RealignResult(event=None, locked=sum(1 for lk in links if lk.status.is_locked))
    result.scope = len(links) - len(fixed)
    if not src or not tgt or (links and result.scope == 0):
        return result
    locked_beads = {_key(b): lk for lk in fixed for b in [_bead_of(lk, src_pos, tgt_pos)]}

    model = get_embedder(embedder, store=store) if embedder is None or isinstance(embedder, str) else embedder
    drafts = {k: d.text for k, d in store.drafts(project_id).items()}
    locked = [Bead(k[0], k[1], 1.0) for k in locked_beads]
    beads = align_stored_segments(src, tgt, model, drafts=drafts, locked=locked)
    old_open = {_key(_bead_of(lk, src_pos, tgt_pos)): lk for lk in links if lk.id not in fixed_ids}
    order = _order(beads, locked_beads, old_open)
    positions = _positions(order)
    changes: ChangeSet = {"links": {}}
    kept_ids = {lk.id for _, lk in order if lk is not None}
    for lk in links:
        if lk.id not in kept_ids and lk.id is not None:
            changes["links"][lk.id] = None
            result.removed.append(lk.id)
    placeholder = 0
    new_keys: list[int] = []
    for (bead, kept_link), pos in zip(order, positions, strict=True):
        if kept_link is not None:
            continue
        placeholder -= 1
        new_keys.append(placeholder)
        link = Link(
            [i for i in (src[k].id for k in bead.src) if i is not None],
            [j for j in (tgt[k].id for k in bead.tgt) if j is not None],
            float(bead.score),
            LinkStatus.PROPOSED,
            position=pos,
            target_document=target_document,
        )
        changes["links"][placeholder] = store.link_row(project_id, link)
    result.kept = len(kept_ids) - len(fixed)
    if not changes["links"]:
        return result
    result.event = store.apply(
        project_id,
        EVENT_KIND,
        changes,
        expected_version=expected_version,
        actor=actor,
        info={"rows": len(new_keys), "removed": len(result.removed), "target_document": target_document},
    )
    result.added = [result.event.new_ids["links"][k] for k in new_keys]
    return result


def _key(bead: Bead) -> tuple[tuple[int, ...], tuple[int, ...]]:
    return (tuple(bead.src), tuple(bead.tgt))


def _order(
    beads: list[Bead],
    locked: dict[tuple[tuple[int, ...], tuple[int, ...]], Link],
    old_open: dict[tuple[tuple[int, ...], tuple[int, ...]], Link],
) -> list[tuple[Bead, Link | None]]:
    """The new rows in page order, each with the stored link it keeps (None: a new row).

    Locked links keep their stored order: if the aligner put two of them the other
    way round (a 1:0 and a 0:1 in one gap), their slots are swapped back. A stored
    open link the aligner reproduced is kept only where its position still fits.
    """
    order: list[tuple[Bead, Link | None]] = [(b, locked.get(_key(b))) for b in beads]
    slots = [k for k, (_, lk) in enumerate(order) if lk is not None]
    by_position = sorted((order[k] for k in slots), key=lambda pair: (pair[1].position, pair[1].id or 0))  # type: ignore[union-attr]
    for k, pair in zip(slots, by_position, strict=True):
        order[k] = pair
    locked_positions = [lk.position for _, lk in order if lk is not None]
    next_locked: list[float | None] = []
    upcoming: float | None = None
    for _, lk in reversed(order):
        next_locked.append(upcoming)
        if lk is not None:
            upcoming = lk.position
    next_locked.reverse()
    last = min(locked_positions, default=0.0) - 1e18
    out: list[tuple[Bead, Link | None]] = []
    for (bead, lk), bound in zip(order, next_locked, strict=True):
        if lk is not None:
            last = lk.position
            out.append((bead, lk))
            continue
        old = old_open.get(_key(bead))
        if old is not None and old.position > last and (bound is None or old.position < bound):
            last = old.position
            out.append((bead, old))
        else:
            out.append((bead, None))
    return out


def pin(
    store: Store,
    project_id: int,
    src_ids: list[int],
    tgt_ids: list[int],
    *,
    target_document: int | None = None,
    expected_version: int | None = None,
    actor: str = "user",
) -> Event:
    """Approve the link pairing exactly these segments (OmegaT's "pinpoint"), as one undoable event.

    The segments leave whatever rows held them (a row left empty is removed);
    the new approved row takes the place of the first row it draws from. Rows
    a person already decided (approved, edited) cannot be cut: InputError says which.
    Follow with `realign()` to let the aligner redo the rows around it.
    """
    if not src_ids and not tgt_ids:
        raise InputError("a pinned link must hold at least one segment")
    wanted_src, wanted_tgt = set(src_ids), set(tgt_ids)
    links = store.links(project_id, target_document)
    src, tgt = _sides(store, project_id, target_document)
    order = {s.id: i for i, s in enumerate(src)} if wanted_src else {s.id: j for j, s in enumerate(tgt)}
    side = "src" if wanted_src else "tgt"
    unknown = (wanted_src - {s.id for s in src}) | (wanted_tgt - {s.id for s in tgt})
    if unknown:
        raise InputError(f"segment {min(unknown)} is not in this project's documents")
    changes: ChangeSet = {"links": {}}
    for link in links:
        hit_src = wanted_src & set(link.src)
        hit_tgt = wanted_tgt & set(link.tgt)
        if not hit_src and not hit_tgt:
            continue
        if link.status.is_locked and (set(link.src) != wanted_src or set(link.tgt) != wanted_tgt):
            raise InputError(f"row (link {link.id}) was decided by a person ({link.status.value}); change it first")
        rest_src = [i for i in link.src if i not in wanted_src]
        rest_tgt = [j for j in link.tgt if j not in wanted_tgt]
        assert link.id is not None
        if rest_src or rest_tgt:
            link.src, link.tgt = rest_src, rest_tgt
            link.status, link.score = LinkStatus.PROPOSED, None
            changes["links"][link.id] = store.link_row(project_id, link)
        else:
            changes["links"][link.id] = None
    new = Link(sorted(wanted_src), sorted(wanted_tgt), None, LinkStatus.APPROVED, target_document=target_document)
    # After the last row that starts before it (on the side it has), before the row after that one.
    first = min(order[i] for i in (wanted_src or wanted_tgt))
    kept = [lk for lk in links if changes["links"].get(lk.id or 0, True) is not None]
    starts = [(min((order[i] for i in getattr(lk, side) if i in order), default=None), lk) for lk in kept]
    before = [lk.position for s, lk in starts if s is not None and s < first]
    after = [lk.position for s, lk in starts if s is not None and s > first]
    lo = max(before) if before else None
    hi = min((p for p in after if lo is None or p > lo), default=None)
    if lo is not None and hi is not None:
        new.position = (lo + hi) / 2
    elif lo is not None:
        new.position = lo + 1.0
    elif hi is not None:
        new.position = hi - 1.0
    changes["links"][-1] = store.link_row(project_id, new)
    return store.apply(
        project_id,
        "pin",
        changes,
        expected_version=expected_version,
        actor=actor,
        info={"target_document": target_document},
    )
