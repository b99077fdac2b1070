"""Corpus throughput: documents per minute for `workbench batch` against a naive per-document loop.

The peer is what people script around single-document aligners (LF Aligner,
a bare `workbench run`): one process per document pair, so every document pays
the interpreter start and the model load. Ours runs the same per-pair task in
long-lived workers (a local process pool, or Ray actors) that load models once.

    python benchmarks/batch.py                 # 100/300/1000 pairs (long)
    python benchmarks/batch.py --sizes 50,100  # quicker

Last line: `key=value` headline figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the kits shared with the tests

from support.synthetic import write_corpus  # noqa: E402

from workbench.batch import BatchOptions, discover_pairs, run_batch  # noqa: E402


def naive_loop(corpus: Path, n: int, workdir: Path) -> float:
    """Seconds for `n` pairs, one `workbench run` process each."""
    pairs, _ = discover_pairs(corpus)
    started = time.perf_counter()
    for task in pairs[:n]:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "workbench",
                "-q",
                "-w",
                str(workdir / "naive-ws"),
                "run",
                task.source,
                "--english",
                str(task.target),
                "--project",
                f"naive-{task.name}",
                "--out",
                str(workdir / "naive-out"),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return time.perf_counter() - started


def ours(corpus: Path, n: int, workdir: Path, engine: str, workers: int, tag: str) -> float:
    pairs, _ = discover_pairs(corpus)
    options = BatchOptions(workspace=str(workdir / f"ws-{tag}"), out=str(workdir / f"out-{tag}"), batch=tag)
    started = time.perf_counter()
    report = run_batch(pairs[:n], options, engine=engine, workers=workers)
    seconds = time.perf_counter() - started
    failed = report.count("failed")
    if failed:
        print(f"warning: {failed} pairs failed in {tag}", file=sys.stderr)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,300,1000", help="corpus sizes for the growth curve")
    parser.add_argument("--compare", type=int, default=40, help="pairs used to compare engines")
    parser.add_argument("--naive", type=int, default=10, help="pairs for the naive per-process loop")
    parser.add_argument("--sentences", type=int, default=14, help="sentences per French document")
    parser.add_argument("--no-ray", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    workdir = Path(tempfile.mkdtemp(prefix="wb-batch-bench-"))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        corpus = workdir / "corpus"
        write_corpus(corpus, max(sizes + [args.compare, args.naive]), seed=11, sentences=args.sentences)
        rows: list[tuple[str, int, float]] = []

        secs = naive_loop(corpus, args.naive, workdir)
        rows.append(("naive: one `workbench run` process per pair", args.naive, secs))
        for workers in (1, 2):
            secs = ours(corpus, args.compare, workdir, "local", workers, f"local{workers}")
            rows.append((f"workbench batch --engine local --workers {workers}", args.compare, secs))
        ray_ok = not args.no_ray
        if ray_ok:
            try:
                import ray  # noqa: F401
            except ImportError:
                ray_ok = False
        if ray_ok:
            secs = ours(corpus, args.compare, workdir, "ray", 2, "ray2")
            rows.append(("workbench batch --engine ray --workers 2 (local cluster)", args.compare, secs))
        growth: list[tuple[int, float]] = []
        for n in sizes:
            secs = ours(corpus, n, workdir, "local", 2, f"grow{n}")
            growth.append((n, secs))

        print(f"\n{'system':<60} {'pairs':>6} {'seconds':>9} {'docs/min':>9}")
        for name, n, secs in rows:
            print(f"{name:<60} {n:>6} {secs:>9.1f} {60 * n / secs:>9.1f}")
        print(f"\n{'corpus size (local, 2 workers)':<40} {'seconds':>9} {'docs/min':>9} {'s/pair':>8}")
        for n, secs in growth:
            print(f"{n:<40} {secs:>9.1f} {60 * n / secs:>9.1f} {secs / n:>8.2f}")
        rate = {name: 60 * n / secs for name, n, secs in rows}
        naive_rate = rows[0][2] and 60 * rows[0][1] / rows[0][2]
        local2 = rate["workbench batch --engine local --workers 2"]
        figures = [
            f"naive_docs_per_min={naive_rate:.1f}",
            f"local1_docs_per_min={rate['workbench batch --engine local --workers 1']:.1f}",
            f"local2_docs_per_min={local2:.1f}",
        ]
        if ray_ok:
            figures.append(f"ray2_docs_per_min={rate['workbench batch --engine ray --workers 2 (local cluster)']:.1f}")
        figures += [f"s_per_pair_at_{n}={secs / n:.2f}" for n, secs in growth]
        figures.append(f"speedup_vs_naive={local2 / naive_rate:.1f}")
        print(" ".join(figures))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
