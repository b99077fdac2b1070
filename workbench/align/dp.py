"""The dynamic-programming core: best monotone bead path inside a corridor.

Cells (r, c) mean "the first r source and c target segments are aligned".
Each row is computed with numpy over its corridor window, one vector
operation per bead shape; 0:1 beads (target insertions) chain along the row,
which a running maximum resolves in one pass. Cost is O(rows × window × shapes).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from workbench.align.scoring import NEG, Params, Side, bead_sims, cell_gains

_START = -1


@dataclass
class Lattice:
    """Everything the path search needs: the corridor and every bead shape's gain at every cell.

    Cells (r, c) of row r run from lo[r] to hi[r]; the gain of a bead of shape code k that
    ends at (r, c) is gains[k][offset[r] + c]. 1:0 and 0:1 beads gain -skip.
    """

    n: int
    m: int
    lo: np.ndarray
    hi: np.ndarray
    moves: tuple[tuple[int, int], ...]
    usable: list[tuple[int, int, int]]  # (code, source count, target count) of the shapes that fit
    gains: dict[int, np.ndarray]
    skip: float
    offset: list[int] = field(init=False)  # flat index of cell (r, c) is offset[r] + c
    los: list[int] = field(init=False)
    his: list[int] = field(init=False)

    def __post_init__(self) -> None:
        # Plain ints: the row loops index these once per shape and row.
        self.offset = (np.concatenate([[0], np.cumsum(self.hi - self.lo + 1)])[:-1] - self.lo).tolist()
        self.los, self.his = self.lo.tolist(), self.hi.tolist()

    def incoming(self, r: int) -> Iterator[tuple[int, int, int, slice, slice, slice]]:
        """The beads ending in row r, one shape at a time, for every pass over the lattice:
        (code, target count, start row, its cells, this row's cells, their flat gain indices).

        The cells are slices of the row arrays (cell c of row q at c - lo[q]); the gain
        indices mean nothing for 1:0 beads (target count 0), which gain -skip.
        """
        lo_r, hi_r = self.los[r], self.his[r]
        for code, a, b in self.usable:
            pr = r - a
            if pr < 0:
                continue
            lo_p = self.los[pr]
            j_lo, j_hi = max(lo_r, lo_p + b, b), min(hi_r, self.his[pr] + b)
            if j_lo > j_hi:
                continue
            yield (
                code,
                b,
                pr,
                slice(j_lo - b - lo_p, j_hi - b - lo_p + 1),
                slice(j_lo - lo_r, j_hi - lo_r + 1),
                slice(self.offset[r] + j_lo, self.offset[r] + j_hi + 1),
            )


def lattice(src: Side, tgt: Side, lo: np.ndarray, hi: np.ndarray, mu: float, params: Params) -> Lattice:
    moves = params.moves
    usable = [(code, a, b) for code, (a, b) in enumerate(moves) if a <= len(src.vecs) and b <= len(tgt.vecs)]
    gains = _corridor_gains(src, tgt, lo, hi, mu, params, usable)
    return Lattice(src.n, tgt.n, lo, hi, moves, usable, gains, params.skip_penalty)


def banded_dp(lat: Lattice) -> list[tuple[int, int, int, int]]:
    """Beads (src start, src count, tgt start, tgt count) of the best path from (0, 0) to (n, m)."""
    n, m, lo = lat.n, lat.m, lat.lo
    moves, skip, gains = lat.moves, lat.skip, lat.gains
    insert = len(moves)  # back-pointer code of a 0:1 bead
    dp: list[np.ndarray] = []
    bp: list[np.ndarray] = []
    for r in range(n + 1):
        width = lat.his[r] - lat.los[r] + 1
        cand = np.full(width, NEG, dtype=np.float64)
        move = np.full(width, _START, dtype=np.int8)
        if r == 0 and lat.los[r] == 0:
            cand[0] = 0.0
        for code, b, pr, prev, here, cells in lat.incoming(r):
            total = dp[pr][prev] - skip if b == 0 else dp[pr][prev] + gains[code][cells]
            seg_cand = cand[here]
            better = total > seg_cand
            np.copyto(seg_cand, total, where=better)
            np.copyto(move[here], code, where=better)
        # A 0:1 bead costs `skip`: a running maximum of cand + k*skip, minus k*skip, chains them along the row.
        if skip:
            ramp = np.arange(width, dtype=np.float64) * skip
            ramped = cand + ramp
            running = np.maximum.accumulate(ramped)
            np.copyto(move, insert, where=running > ramped)
            best = running - ramp
        else:
            best = np.maximum.accumulate(cand)
            np.copyto(move, insert, where=best > cand)
        dp.append(best)
        bp.append(move)
    return _traceback(bp, lo, n, m, moves)


def _corridor_gains(
    src: Side, tgt: Side, lo: np.ndarray, hi: np.ndarray, mu: float, params: Params, usable: list[tuple[int, int, int]]
) -> dict[int, np.ndarray]:
    """For each bead shape, the gain of the bead ending at every corridor cell, in one vectorised pass.

    Gains do not depend on the DP values, so computing them up front leaves the
    row loop with a slice and an addition per shape.
    """
    widths = hi - lo + 1
    rows = np.repeat(np.arange(len(lo)), widths)
    starts = np.concatenate([[0], np.cumsum(widths)[:-1]])
    cols = lo[rows] + (np.arange(len(rows)) - starts[rows])
    shapes = [(code, a, b) for code, a, b in usable if b > 0]
    # Similarities first (NaN outside the document), then gains: the trim penalty of a
    # merge reads the similarities of the smaller shapes at neighbouring cells.
    sims: dict[tuple[int, int], np.ndarray] = {}
    for _, a, b in shapes:
        i, j = rows - a, cols - b
        ok = (i >= 0) & (j >= 0)
        sim = np.full(len(rows), np.nan, dtype=np.float32)
        sim[ok] = bead_sims(src, tgt, a, b, i[ok], j[ok])
        sims[(a, b)] = sim
    offset = starts - lo  # flat index of corridor cell (r, c) is offset[r] + c
    out: dict[int, np.ndarray] = {}
    for code, a, b in shapes:
        i, j = rows - a, cols - b
        ok = (i >= 0) & (j >= 0)
        g = np.full(len(rows), NEG, dtype=np.float32)
        sim = sims[(a, b)][ok]
        g[ok] = cell_gains(src, tgt, a, b, i[ok], j[ok], mu, params, sim=sim)
        if params.trim_weight and a + b > 2:
            g[ok] -= _trim_penalty(sims, a, b, rows[ok], cols[ok], sim, lo, hi, offset, params)
        out[code] = g
    return out


def _trim_penalty(
    sims: dict[tuple[int, int], np.ndarray],
    a: int,
    b: int,
    r: np.ndarray,
    c: np.ndarray,
    sim: np.ndarray,
    lo: np.ndarray,
    hi: np.ndarray,
    offset: np.ndarray,
    params: Params,
) -> np.ndarray:
    """Penalty of merges (ending at cells r, c) that match worse than themselves minus an edge segment.

    A segment that belongs in a merge makes the concatenation match better; an untranslated
    sentence glued onto a good link makes it match a little worse, yet the size exponent
    alone would let the merge win over "link + unaligned sentence". So a merge pays
    `trim_weight` times the similarity its best edge-trimmed sub-bead has over it, beyond
    `trim_margin`. The sub-bead without the first segment ends at the same cell; the one
    without the last ends one row (or column) earlier, which may lie outside the corridor.
    """
    best = np.full(len(r), -np.inf, dtype=np.float32)
    trims = []
    if a > 1:
        trims += [((a - 1, b), r, c), ((a - 1, b), r - 1, c)]
    if b > 1:
        trims += [((a, b - 1), r, c), ((a, b - 1), r, c - 1)]
    for shape, tr, tc in trims:
        if shape not in sims:  # a sub-shape that is not searched: nothing to compare with
            continue
        inside = (tc >= lo[tr]) & (tc <= hi[tr])
        vals = np.full(len(r), np.nan, dtype=np.float32)
        vals[inside] = sims[shape][offset[tr[inside]] + tc[inside]]
        np.fmax(best, vals, out=best)
    loss = best - sim + params.trim_margin
    return params.trim_weight * np.nan_to_num(np.maximum(loss, 0.0), nan=0.0, posinf=0.0)


def _traceback(
    bp: list[np.ndarray], lo: np.ndarray, n: int, m: int, moves: tuple[tuple[int, int], ...]
) -> list[tuple[int, int, int, int]]:
    beads = []
    r, c = n, m
    while r > 0 or c > 0:
        code = int(bp[r][c - int(lo[r])])
        if code == len(moves):
            beads.append((r, 0, c - 1, 1))
            c -= 1
            continue
        if code == _START:  # only reachable at (0, 0); anything else is a corridor bug
            raise RuntimeError(f"alignment corridor left no path through cell ({r}, {c})")
        a, b = moves[code]
        r, c = r - a, c - b
        beads.append((r, a, c, b))
    return beads[::-1]
