"""Translation speed: argostranslate's `translate()` called per sentence against our batched CTranslate2 path.

Same sentences (the seeds' segments, repeated to a few hundred), same model, same beam,
same threads, in the same run. The models:

- ``base``: built here, the size of a real Argos model (6+6 layers, d=512, 8 heads,
  FFN 2048, 32k vocabulary, int8); its weights copy the input, so it decodes as many
  steps as a real model would and both paths must give identical output;
- ``copy``: the tiny deterministic test model (overheads dominate);
- ``base-random``: plain random weights at base size (never stops: every sentence runs
  to 256 steps; slow, not run unless asked);
- ``installed``: the real fr→en package, when one is installed (argospm or
  `workbench models install`).

argostranslate's sentencizer is replaced by one returning the sentence whole (its own
would download a model, and would re-split the sentence); nothing else of its path changes.
Runs on the GPU when CTranslate2 sees one (`--device auto`).

    python benchmarks/translation.py                      # base, copy, installed
    python benchmarks/translation.py --sentences 100 --models base

Last line: `speedup=X ...` (ours vs per-sentence argostranslate, base-sized model, beam 4).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))  # the kits shared with the tests (tests/support)
# ../shared beside the repository (a worktree may sit one level deeper).
SEEDS = next(
    (p / "shared" / "seeds" for p in (REPO.parent, REPO.parent.parent) if (p / "shared" / "seeds").is_dir()),
    REPO.parent / "shared" / "seeds",
)


def seed_sentences() -> tuple[list[str], str]:
    """The seeds' segments (with our segmenter when this checkout has it), and how they were split."""
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        sys.exit(f"no seed texts in {SEEDS}")
    try:
        from workbench.errors import StageMissingError
        from workbench.model import Role
        from workbench.pipeline import read_and_segment

        sentences = [s.text for f in files for s in read_and_segment(f, "fr", Role.SOURCE).segments]
        return [s for s in sentences if s.strip()], "workbench segmenter"
    except (ImportError, StageMissingError):
        pass
    text = " ".join(f.read_text(encoding="utf-8") for f in files)
    text = re.sub(r"\s+", " ", text)
    parts = re.split(r"(?<=[.!?…»])\s+(?=[«A-ZÀ-Ý])", text)
    return [p.strip() for p in parts if len(p.strip()) > 1], "simple regex split (segmenter not available)"


def load() -> str:
    """The machine's load average: the timings mean little when other jobs fill the cores."""
    one, five, _ = os.getloadavg()
    return f"load {one:.1f}/{five:.1f} on {os.cpu_count()} cores"


def repeat_to(sentences: list[str], n: int) -> list[str]:
    return [sentences[i % len(sentences)] for i in range(n)]


def load_ours(package, beam: int, threads: int, device: str, batch_size: int):  # type: ignore[no-untyped-def]
    """Our batched path, loaded and warmed up outside the timing, as for the peer."""
    from workbench.translate import Translator

    # argostranslate leaves CTranslate2's fixed 256-token cap: the same cap here, like for like.
    translator = Translator(
        package, beam=beam, batch_size=batch_size, threads=threads, device=device, max_decoding_length=256
    )
    translator.translate(["Bonjour."])
    return translator.translate, translator.device


def load_argos(package, beam: int, threads: int, device: str):  # type: ignore[no-untyped-def]
    """argostranslate's public `translate()`, called once per sentence (inter_threads 1, intra_threads `threads`)."""
    from support.argos_peer import import_argostranslate, patch_installed_sentencizers

    translate = import_argostranslate(threads=threads, device=device, beam=beam)
    import argostranslate.settings as settings

    settings.package_data_dir = package.path.parent
    settings.package_dirs[:] = [package.path.parent]
    translate.get_installed_languages.cache_clear()
    translate.installed_translates.clear()
    translate.get_installed_languages()
    if patch_installed_sentencizers(translate) == 0:
        raise SystemExit(f"argostranslate did not load {package.path}")
    translate.translate("Bonjour.", package.from_code, package.to_code)  # warm up

    def per_sentence(sentences: list[str]) -> list[str]:
        return [translate.translate(s, package.from_code, package.to_code) for s in sentences]

    return per_sentence


def interleaved(ours, argos, sentences: list[str], round_size: int) -> tuple[float, list[str], float, list[str]]:  # type: ignore[no-untyped-def]
    """Time both paths round by round, alternating which goes first.

    Other jobs share the machine: alternating rounds gives both paths the same mix of busy
    and quiet moments instead of one path the first minutes and the other the last ones.
    Ours only batches within a round, which can only make it slower.
    """
    ours_s = argos_s = 0.0
    ours_out: list[str] = []
    argos_out: list[str] = []
    for start in range(0, len(sentences), round_size):
        chunk = sentences[start : start + round_size]
        steps = [("ours", ours), ("argos", argos)]
        for name, run in steps if (start // round_size) % 2 == 0 else steps[::-1]:
            began = time.perf_counter()
            out = run(chunk)
            took = time.perf_counter() - began
            if name == "ours":
                ours_s += took
                ours_out += out
            else:
                argos_s += took
                argos_out += out
        print(
            f"  {start + len(chunk)}/{len(sentences)}: ours {ours_s:.1f} s, argostranslate {argos_s:.1f} s", flush=True
        )
    return ours_s, ours_out, argos_s, argos_out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=200, help="sentences per model (seeds repeated)")
    parser.add_argument("--models", default="base,copy,installed", help="base, copy, base-random, installed")
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--threads", type=int, default=2, help="CPU threads for both paths")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--device", default="auto", help="auto, cpu or cuda (both paths)")
    parser.add_argument(
        "--round", type=int, default=100, help="sentences per round; rounds alternate the two paths (0: one round)"
    )
    args = parser.parse_args()

    from support.testmodel import build_argosmodel

    from workbench.translate import find_model, install_package
    from workbench.translate.ctranslate import pick_device

    device = pick_device(args.device)
    real = find_model("fr", "en")  # before we point ARGOS_PACKAGES_DIR at our scratch folders
    if real is not None and real.package_name.startswith("workbench test model"):
        real = None
    base_sentences, how = seed_sentences()
    sentences = repeat_to(base_sentences, args.sentences)
    print(
        f"{len(base_sentences)} seed segments ({how}) repeated to {len(sentences)}; beam {args.beam}, "
        f"{args.threads} CPU threads, batch size {args.batch_size}, device {device}, {load()}",
        flush=True,
    )

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind in [k.strip() for k in args.models.split(",") if k.strip()]:
            if kind == "installed":
                if real is None:
                    print("installed: no real fr→en package installed; skipped", flush=True)
                    continue
                package = real
                label = f"installed {real.folder} {real.version}"
            else:
                folder = Path(tmp) / kind
                os.environ["ARGOS_PACKAGES_DIR"] = str(folder)
                started = time.perf_counter()
                package = install_package(build_argosmodel(Path(tmp) / f"{kind}.argosmodel", kind))
                print(f"{kind}: built and installed in {time.perf_counter() - started:.1f} s", flush=True)
                label = kind
            ours, used = load_ours(package, args.beam, args.threads, device, args.batch_size)
            argos = load_argos(package, args.beam, args.threads, device)
            ours_s, ours_out, argos_s, argos_out = interleaved(ours, argos, sentences, args.round or len(sentences))
            print(f"{label}: ours {ours_s:.2f} s, argostranslate {argos_s:.2f} s ({load()})", flush=True)
            same = sum(a == b for a, b in zip(ours_out, argos_out, strict=True)) / len(sentences)
            rows.append((kind, label, used, argos_s, ours_s, same))

    print()
    header = f"{'model':<34} {'device':<6} {'n':>5} {'argos s':>9} {'ours s':>8} {'argos/s':>8} {'ours/s':>8} "
    print(header + f"{'speedup':>8} {'same out':>9}")
    n = len(sentences)
    for _kind, label, used, argos_s, ours_s, same in rows:
        print(
            f"{label:<34} {used:<6} {n:>5} {argos_s:>9.2f} {ours_s:>8.2f} {n / argos_s:>8.1f} {n / ours_s:>8.1f} "
            f"{argos_s / ours_s:>7.1f}x {same:>9.0%}"
        )
    figures = {kind: argos_s / ours_s for kind, _l, _u, argos_s, ours_s, _s in rows}
    headline = figures.get("base", next(iter(figures.values()), 0.0))
    extra = " ".join(f"{k.replace('-', '_')}_speedup={v:.2f}" for k, v in figures.items())
    print(
        f"speedup={headline:.2f} {extra} sentences={n} beam={args.beam} threads={args.threads} device={device} "
        f"load1={os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
