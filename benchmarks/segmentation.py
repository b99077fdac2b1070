"""Sentence segmentation: workbench against the installed peers, same files, same run.

usage: python benchmarks/segmentation.py [--shared ../shared] [--sets seeds,gsd,gsd-pdf,ewt] [--quick]

Every system reads each raw file of a set and writes one segment per line;
`../shared/eval/score_segmentation.py` scores it (boundary F1, micro over the
set). Peers get the text as given (hard newlines included) and, separately,
cut into blank-line blocks; the better of the two is reported, so a peer is
never penalised for not knowing about blank lines. Speed is characters of
raw input per second of segmentation (reading the file excluded), for
workbench including the PDF-text paragraph rebuild.

Peers (the `bench` extra): pysbd, sentencex, syntok, sentence-splitter,
blingfire, spaCy's rule-based sentencizer, and spaCy fr_core_news_sm (French
sets) when installed. Missing peers are listed and skipped.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

Splitter = Callable[[str], list[str]]


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_segmentation", shared / "eval" / "score_segmentation.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"scorer not found under {shared}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sets(shared: Path) -> dict[str, tuple[str, list[tuple[Path, Path]]]]:
    """name -> (lang, [(raw file, gold file)])."""
    seg = shared / "eval" / "segmentation"
    out: dict[str, tuple[str, list[tuple[Path, Path]]]] = {
        "seeds": ("fr", [(p, seg / f"{p.stem}.gold.txt") for p in sorted((shared / "seeds").glob("*.txt"))])
    }
    for name, folder, lang in (
        ("gsd", "ud-fr-gsd-dev", "fr"),
        ("gsd-pdf", "ud-fr-gsd-dev-pdflike", "fr"),
        ("ewt", "ud-en-ewt-dev", "en"),
    ):
        d = seg / folder
        pairs = [(d / g.name.replace(".gold.txt", ".txt"), g) for g in sorted(d.glob("*.gold.txt"))]
        out[name] = (lang, pairs)
    return out


def ours(lang: str) -> Splitter:
    from workbench.readers import document_from_text
    from workbench.segment import segment_document

    def run(text: str) -> list[str]:
        return [s.text for s in segment_document(document_from_text(text, lang)).segments]

    return run


def peers(lang: str) -> dict[str, Splitter]:
    """The installed peers for `lang`, each a text -> sentences function."""
    found: dict[str, Splitter] = {}
    try:
        import pysbd

        seg = pysbd.Segmenter(language=lang, clean=False)
        found["pysbd"] = lambda t: list(seg.segment(t))
    except ImportError:
        pass
    try:
        import sentencex

        found["sentencex"] = lambda t: list(sentencex.segment(lang, t))
    except ImportError:
        pass
    try:
        from syntok import segmenter as syntok_segmenter

        def syntok_split(t: str) -> list[str]:
            return [
                "".join(tok.spacing + tok.value for tok in sentence)
                for paragraph in syntok_segmenter.process(t)
                for sentence in paragraph
            ]

        found["syntok"] = syntok_split
    except ImportError:
        pass
    try:
        from sentence_splitter import SentenceSplitter

        splitter = SentenceSplitter(language=lang)
        found["sentence-splitter"] = splitter.split
    except ImportError:
        pass
    try:
        import blingfire

        found["blingfire"] = lambda t: blingfire.text_to_sentences(t).split("\n")
    except ImportError:
        pass
    try:
        import spacy

        blank = spacy.blank(lang)
        blank.add_pipe("sentencizer")
        blank.max_length = 10**8
        found["spacy-sentencizer"] = lambda t: [s.text for s in blank(t).sents]
        if lang == "fr":
            try:
                model = spacy.load("fr_core_news_sm", exclude=["ner", "lemmatizer"])
                model.max_length = 10**8
                found["fr_core_news_sm"] = lambda t: [s.text for s in model(t).sents]
            except OSError:
                pass
    except ImportError:
        pass
    return found


def _blocks(splitter: Splitter) -> Splitter:
    def run(text: str) -> list[str]:
        out: list[str] = []
        for block in re.split(r"\n[ \t]*\n", text):
            if block.strip():
                out += splitter(block)
        return out

    return run


def evaluate(
    splitter: Splitter, files: list[tuple[Path, Path]], scorer: ModuleType, tmp: Path
) -> tuple[float | None, float]:
    """(micro boundary F1 or None when the system changed the text, chars per second)."""
    total: dict[str, int] = {}
    chars = 0
    seconds = 0.0
    for raw, gold in files:
        text = raw.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        segments = splitter(text)
        seconds += time.perf_counter() - t0
        chars += len(text)
        pred = tmp / f"{raw.stem}.pred.txt"
        lines = [" ".join(s.split()) for s in segments]
        pred.write_text("\n".join(line for line in lines if line) + "\n", encoding="utf-8")
        try:
            counts = scorer.score_pair(str(gold), str(pred))
        except scorer.ScoreError:
            return None, chars / max(seconds, 1e-9)
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
    _, _, f1, _ = scorer.prf(total)
    return f1, chars / max(seconds, 1e-9)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--sets", default="seeds,gsd,gsd-pdf,ewt")
    ap.add_argument("--quick", action="store_true", help="only the first 10 files of each set")
    args = ap.parse_args(argv)
    if not (args.shared / "eval").exists():
        print(f"no evaluation data at {args.shared} (give --shared)", file=sys.stderr)
        return 1
    scorer = load_scorer(args.shared)
    wanted = args.sets.split(",")
    results: dict[str, dict[str, tuple[float | None, float]]] = {}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        for name, (lang, files) in sets(args.shared).items():
            if name not in wanted:
                continue
            files = files[:10] if args.quick else files
            row: dict[str, tuple[float | None, float]] = {"workbench": evaluate(ours(lang), files, scorer, tmp)}
            for peer, fn in peers(lang).items():
                whole = evaluate(fn, files, scorer, tmp)
                blocks = evaluate(_blocks(fn), files, scorer, tmp)
                row[peer] = max(whole, blocks, key=lambda r: -1.0 if r[0] is None else r[0])
            results[name] = row
            print(f"{name} ({lang}, {len(files)} files)", file=sys.stderr)
    systems = sorted({s for row in results.values() for s in row}, key=lambda s: (s != "workbench", s))
    names = list(results)
    print("boundary F1 / chars per second")
    print(f"{'system':<20}" + "".join(f"{n:>22}" for n in names))
    for system in systems:
        cells = []
        for n in names:
            if system not in results[n]:
                cells.append("-  ")
                continue
            f1, speed = results[n][system]
            # n/a: the system changed the text itself (dropped or altered characters), so it cannot be scored
            cells.append(f"{'n/a' if f1 is None else f'{f1:.4f}':>9} {speed:>10,.0f}/s  ")
        print(f"{system:<20}" + "".join(f"{c:>22}" for c in cells))
    headline = []
    for n in names:
        f1, speed = results[n]["workbench"]
        best_peer = max(
            ((s, r[0]) for s, r in results[n].items() if s != "workbench" and r[0] is not None),
            key=lambda x: x[1],
            default=("none", 0.0),
        )
        headline.append(f"{n}_f1={f1 or 0:.4f} {n}_best_peer={best_peer[0]}:{best_peer[1]:.4f}")
        if "pysbd" in results[n]:
            headline.append(f"{n}_speed_vs_pysbd={speed / max(results[n]['pysbd'][1], 1e-9):.1f}x")
    print(" ".join(headline))
    return 0


if __name__ == "__main__":
    sys.exit(main())
