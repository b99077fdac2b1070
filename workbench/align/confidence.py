"""How sure the aligner is of each link: the share of all alignments that contain it.

The DP's gains define a distribution over every path through the corridor,
P(path) ∝ exp(sum of its gains / τ). A bead's confidence is the total probability
of the paths that contain it, computed exactly by forward–backward over the same
lattice as the best-path search. A link is doubtful precisely when another way of
cutting its neighbourhood (a merge instead of two 1:1s, a sentence left out instead
of attached) scores nearly as well, and nothing but τ is fitted on gold links.

Measured on the dev gold sets (benchmarks/alignment.py, docs/alignment.md), this ranks
right and wrong links better than a logistic model over the bead's similarity, margin,
shape and length did, even when that model was fitted on the same links it was scored on.

One thing no monotone path can express is a crossing (a signature block in another
order): both sentences come out unaligned, each "surely" so. An unaligned segment's
confidence is therefore also scaled down by how well it matches a nearby segment
of the other side (`unaligned_doubt`).
"""

from __future__ import annotations

import numpy as np

from workbench.align.dp import Lattice
from workbench.align.scoring import Side

TEMPERATURE = 0.1  # on the scale of the gains (a clear 1:1 link gains about 0.6): posteriors near right on the dev sets
_NEIGHBOURS = 3  # how far (in segments) an unaligned segment looks for a partner it might have missed
_FLOOR = -1e30  # log of "impossible"; finite, so sums of impossible terms stay quiet


def _log_cumsum_exp(x: np.ndarray) -> np.ndarray:
    return np.logaddexp.accumulate(x) if len(x) else x


def _forward(lat: Lattice, g: dict[int, np.ndarray], g_null: float) -> list[np.ndarray]:
    """alpha[r][c - lo[r]]: log total weight of the paths from (0, 0) to (r, c)."""
    alpha: list[np.ndarray] = []
    for r in range(lat.n + 1):
        cand = np.full(lat.his[r] - lat.los[r] + 1, _FLOOR)
        if r == 0 and lat.los[r] == 0:
            cand[0] = 0.0
        for code, b, pr, prev, here, cells in lat.incoming(r):
            gain = g_null if b == 0 else g[code][cells]
            cand[here] = np.logaddexp(cand[here], alpha[pr][prev] + gain)
        # 0:1 beads chain along the row: alpha[c] = log sum over k <= c of exp(cand[k] + (c - k) * g_null).
        ramp = np.arange(len(cand)) * g_null
        alpha.append(_log_cumsum_exp(cand - ramp) + ramp)
    return alpha


def _backward(lat: Lattice, g: dict[int, np.ndarray], g_null: float) -> list[np.ndarray]:
    """beta[r][c - lo[r]]: log total weight of the paths from (r, c) to (n, m).

    Rows are finished from the last one up; each finished row passes its weight back along
    the beads that reach it, to the earlier rows they start from.
    """
    acc = [np.full(hi - lo + 1, _FLOOR) for lo, hi in zip(lat.los, lat.his, strict=True)]
    if lat.his[lat.n] == lat.m:
        acc[lat.n][-1] = 0.0
    beta: list[np.ndarray] = [np.zeros(0)] * (lat.n + 1)
    for r in range(lat.n, -1, -1):
        cand = acc[r]
        ramp = np.arange(len(cand))[::-1] * g_null
        beta[r] = _log_cumsum_exp((cand - ramp)[::-1])[::-1] + ramp
        for code, b, pr, prev, here, cells in lat.incoming(r):
            gain = g_null if b == 0 else g[code][cells]
            acc[pr][prev] = np.logaddexp(acc[pr][prev], beta[r][here] + gain)
    return beta


def path_confidences(
    lat: Lattice, path: list[tuple[int, int, int, int]], temperature: float = TEMPERATURE
) -> list[float]:
    """Posterior probability of each bead (src start, count, tgt start, count) of `path`."""
    g = {code: np.asarray(v, dtype=np.float64) / temperature for code, v in lat.gains.items()}
    g_null = -lat.skip / temperature
    alpha, beta = _forward(lat, g, g_null), _backward(lat, g, g_null)
    los, offset = lat.los, lat.offset
    total = float(alpha[lat.n][lat.m - los[lat.n]])
    code_of = {(a, b): code for code, a, b in lat.usable}
    out = []
    for i, a, j, b in path:
        r, c = i + a, j + b
        gain = g_null if a == 0 or b == 0 else float(g[code_of[a, b]][offset[r] + c])
        log_p = float(alpha[i][j - los[i]]) + gain + float(beta[r][c - los[r]]) - total
        out.append(float(np.exp(min(0.0, log_p))))
    return out


def unaligned_doubt(src: Side, tgt: Side, bead: tuple[int, int, int, int]) -> float:
    """For a 1:0 or 0:1 bead: its segment's best similarity (common scale, 0..1) to the other
    side within a few segments of where it sits. A real omission has no such partner."""
    i, a, j, b = bead
    this, other, k, at = (src, tgt, i, j) if b == 0 else (tgt, src, j, i)
    lo, hi = max(0, at - _NEIGHBOURS), min(other.n, at + _NEIGHBOURS)
    if a + b != 1 or lo >= hi:
        return 0.0
    vec, hub = this.vecs[0][k], float(this.hub[0][k])
    sims = other.vecs[0][lo:hi] @ vec - 0.5 * (hub + other.hub[0][lo:hi])
    return float(np.clip(sims.max(), 0.0, 1.0))
