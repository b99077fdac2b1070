"""Surface evidence shared across languages: numbers, names, cognate stems, ? and !.

Each run of segments becomes a hashed bag of such tokens (an L2-normalised
dense vector), so its dot product with the other side's is a token-overlap
cosine. Appended to the sentence embedding with a small weight it sharpens
the choice between a merge and a 1:1 + skip, without changing the DP.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

DIM = 1024
_WORD = re.compile(r"\w+|[?!]", re.UNICODE)


def tokens(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(text):
        if w in "?!":
            out.append(w)
        elif any(c.isdigit() for c in w):
            out.append(w)
        elif len(w) >= 4:
            # A 5-letter prefix catches cognates (expédition/expedition) and names.
            out.append(w.lower()[:5])
    return out


def bag(text: str) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    for t in tokens(text):
        v[zlib.crc32(t.encode("utf-8")) % DIM] += 1.0
    return v


def run_bags(texts: list[str], valid: list[np.ndarray]) -> list[np.ndarray]:
    """bags[k][i]: normalised token bag of segments i..i+k (zeros where the run is not allowed)."""
    singles = np.stack([bag(t) for t in texts]) if texts else np.zeros((0, DIM), dtype=np.float32)
    n = len(texts)
    out = []
    csum = np.concatenate([np.zeros((1, DIM), dtype=np.float32), np.cumsum(singles, axis=0)])
    for k, ok in enumerate(valid):
        end = np.minimum(np.arange(n) + k + 1, n)
        runs = csum[end] - csum[:n]
        norms = np.linalg.norm(runs, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        out.append(np.where(ok[:, None], runs / norms, 0.0).astype(np.float32))
    return out
