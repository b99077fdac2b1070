"""Confident 1:1 anchors and the search corridor they define.

Anchors are mutual nearest neighbours (on the common similarity scale) that clearly beat
their runner-up, kept in a monotone chain (longest increasing subsequence).
Similarities are computed block by block inside a wide diagonal band, so memory
stays small and cost grows about linearly for long books.
"""

from __future__ import annotations

import bisect

import numpy as np

from workbench.align.scoring import Side

_BLOCK = 512
_MIN_ADJ = 0.25  # similarity (on the common scale, see scoring.add_hubness) an anchor needs
_MIN_MARGIN = 0.05  # lead over the best competitor in its row and column
_NARROW = 100  # half-width of the second, narrow anchor search


def _band_halfwidth(n: int, m: int) -> int:
    return max(1000, int(0.15 * max(n, m)))


def find_anchors(src: Side, tgt: Side) -> list[tuple[int, int]]:
    """Anchors in a wide band around the diagonal; if repeated text makes them too sparse
    (every sentence has a twin somewhere in the band), again in a narrow band around the first result."""
    n, m = src.n, tgt.n
    if n == 0 or m == 0:
        return []
    diagonal = np.arange(n) * (m / n)
    anchors = _anchors_in_band(src, tgt, diagonal, _band_halfwidth(n, m))
    if len(anchors) < 0.2 * min(n, m) and min(n, m) > 200:
        if anchors:
            rows, cols = zip(*anchors, strict=True)
            centre = np.interp(np.arange(n), [0, *rows, n], [0, *cols, m])
        else:
            centre = diagonal
        narrow = _anchors_in_band(src, tgt, centre, _NARROW)
        if len(narrow) > len(anchors):
            anchors = narrow
    return anchors


def _anchors_in_band(src: Side, tgt: Side, centre: np.ndarray, width: int) -> list[tuple[int, int]]:
    n, m = src.n, tgt.n
    S, T = src.vecs[0], tgt.vecs[0]
    row_best = np.full(n, -1, dtype=np.int64)
    row_top = np.full(n, -9.0, dtype=np.float32)
    row_second = np.full(n, -9.0, dtype=np.float32)
    col_best = np.full(m, -1, dtype=np.int64)
    col_top = np.full(m, -9.0, dtype=np.float32)
    col_second = np.full(m, -9.0, dtype=np.float32)
    for start in range(0, n, _BLOCK):
        stop = min(n, start + _BLOCK)
        c0 = max(0, int(centre[start:stop].min()) - width)
        c1 = min(m, int(centre[start:stop].max()) + width + 1)
        adj = S[start:stop] @ T[c0:c1].T - 0.5 * (src.hub[0][start:stop, None] + tgt.hub[0][None, c0:c1])
        # rows
        if adj.shape[1] >= 2:
            part = np.argpartition(-adj, 1, axis=1)[:, :2]
            a0 = np.take_along_axis(adj, part, axis=1)
            swap = a0[:, 1] > a0[:, 0]
            part[swap] = part[swap][:, ::-1]
            a0[swap] = a0[swap][:, ::-1]
            row_best[start:stop] = part[:, 0] + c0
            row_top[start:stop] = a0[:, 0]
            row_second[start:stop] = a0[:, 1]
        else:
            row_best[start:stop] = c0
            row_top[start:stop] = adj[:, 0]
        # columns: merge this block's top two into the running top two
        k = min(2, adj.shape[0])
        part = np.argpartition(-adj, k - 1, axis=0)[:k]
        vals = np.take_along_axis(adj, part, axis=0)
        for r in range(k):
            v, idx = vals[r], part[r] + start
            cols = slice(c0, c1)
            better = v > col_top[cols]
            new_second = np.where(better, col_top[cols], np.maximum(col_second[cols], v))
            col_best[cols] = np.where(better, idx, col_best[cols])
            col_top[cols] = np.where(better, v, col_top[cols])
            col_second[cols] = new_second
    cands = []
    for i in range(n):
        j = int(row_best[i])
        if j < 0 or col_best[j] != i:
            continue
        top = float(row_top[i])
        margin = top - max(float(row_second[i]), float(col_second[j]))
        if top >= _MIN_ADJ and margin >= _MIN_MARGIN:
            cands.append((i, j))
    return _increasing_chain(cands)


def _increasing_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest chain with both coordinates strictly increasing (pairs come sorted by source)."""
    tails: list[int] = []
    tail_idx: list[int] = []
    prev = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect.bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_idx.append(k)
        else:
            tails[pos] = j
            tail_idx[pos] = k
        prev[k] = tail_idx[pos - 1] if pos else -1
    chain = []
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        chain.append(pairs[k])
        k = prev[k]
    return chain[::-1]


def corridor(
    anchors: list[tuple[int, int]], n: int, m: int, band: int, max_gap_width: int
) -> tuple[np.ndarray, np.ndarray]:
    """Per DP row r (0..n), the inclusive range of DP columns (0..m) to search."""
    points = [(0, 0)]
    for i, j in anchors:
        points += [(i, j), (i + 1, j + 1)]
    points.append((n, m))
    lo = np.full(n + 1, m, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    for (r0, c0), (r1, c1) in zip(points, points[1:], strict=False):
        rows = np.arange(r0, r1 + 1)
        slope = (c1 - c0) / (r1 - r0) if r1 > r0 else 0.0
        diag = c0 + (rows - r0) * slope
        seg_lo = np.maximum(c0 - band, np.floor(diag - max_gap_width)).astype(np.int64)
        seg_hi = np.minimum(c1 + band, np.ceil(diag + max_gap_width)).astype(np.int64)
        if r1 == r0:
            seg_lo, seg_hi = np.array([c0 - band]), np.array([c1 + band])
        lo[rows] = np.minimum(lo[rows], seg_lo)
        hi[rows] = np.maximum(hi[rows], seg_hi)
    lo = np.clip(lo, 0, m)
    hi = np.clip(hi, 0, m)
    # Monotone windows that overlap from row to row, so a path always exists.
    hi = np.maximum.accumulate(hi)
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi[:-1] = np.maximum(hi[:-1], lo[1:])
    lo[0], hi[-1] = 0, m
    return lo, hi
