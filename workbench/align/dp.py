"""The dynamic-programming core: best monotone bead path inside a corridor.

Cells (r, c) mean "the first r source and c target segments are aligned".
Each row is computed with numpy over its corridor window, one vector
operation per bead shape; 0:1 beads (target insertions) chain along the row,
which a running maximum resolves in one pass. Cost is O(rows × window × shapes).
"""

from __future__ import annotations

import numpy as np

from workbench.align.scoring import NEG, Params, Side, row_gains

_START = -1


def banded_dp(
    src: Side, tgt: Side, lo: np.ndarray, hi: np.ndarray, mu: float, params: Params
) -> list[tuple[int, int, int, int]]:
    """Beads (src start, src count, tgt start, tgt count) of the best path from (0, 0) to (n, m)."""
    n, m = src.n, tgt.n
    moves = params.moves
    insert = len(moves)  # back-pointer code of a 0:1 bead
    dp: list[np.ndarray] = []
    bp: list[np.ndarray] = []
    for r in range(n + 1):
        lo_r, hi_r = int(lo[r]), int(hi[r])
        width = hi_r - lo_r + 1
        cand = np.full(width, NEG, dtype=np.float64)
        move = np.full(width, _START, dtype=np.int8)
        if r == 0 and lo_r == 0:
            cand[0] = 0.0
        for code, (a, b) in enumerate(moves):
            pr = r - a
            if pr < 0 or a > len(src.vecs) or b > len(tgt.vecs):  # shapes the sides have no runs for
                continue
            j_lo = max(lo_r, int(lo[pr]) + b, b)
            j_hi = min(hi_r, int(hi[pr]) + b)
            if j_lo > j_hi:
                continue
            prev = dp[pr][j_lo - b - int(lo[pr]) : j_hi - b - int(lo[pr]) + 1]
            if b == 0:
                total = prev - params.skip_penalty
            else:
                gain, _ = row_gains(src, tgt, a, b, pr, j_lo - b, j_hi - b + 1, mu, params)
                total = prev + gain
            seg = slice(j_lo - lo_r, j_hi - lo_r + 1)
            better = total > cand[seg]
            cand[seg] = np.where(better, total, cand[seg])
            move[seg] = np.where(better, code, move[seg])
        # A 0:1 bead costs skip_penalty: a running maximum of cand + k*s, minus k*s, chains them along the row.
        ramp = np.arange(width, dtype=np.float64) * params.skip_penalty
        ramped = cand + ramp
        running = np.maximum.accumulate(ramped)
        move = np.where(running > ramped, insert, move)
        best = running - ramp
        dp.append(best)
        bp.append(move)
    return _traceback(bp, lo, n, m, moves)


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
