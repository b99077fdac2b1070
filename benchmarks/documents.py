"""Official documents in three forms: pairs and sentences as a user gets them, and the PDF reader's speed.

usage: python benchmarks/documents.py [--data benchmarks/data/documents] [--forms docx,pdf,txt]
                                      [--docs NAME,...] [--big-pages 220] [--no-speed]

The set (`benchmarks/data/documents/`, rebuilt by its `build.py`) holds French
official documents with their English versions, each as the .docx, the .pdf
LibreOffice makes of it, and `pdftotext`'s text of that PDF, with gold sentence
pairs and gold sentences made by construction.

1. **Pairs.** For every document and form, in a fresh workspace:
   `workbench run NAME.fr.FORM --english NAME.en.FORM` then
   `workbench export NAME --format tsv --status all`. Exact-pair F1 of the TSV's
   (French, English) rows against the gold pairs, micro over the set, after
   normalising whitespace, hyphens, and footnote marks glued to a word.
2. **Sentences.** Boundary F1 on the pdftotext form, French and English: ours
   (`workbench segment`, set-aside lines hidden) and the peers pysbd and spaCy's
   rule-based sentencizer on the same text (peers get the text as given and cut
   into blank-line blocks; the better is kept). The gold covers the body text only:
   a system's boundaries are mapped onto the gold by aligning the two word streams,
   and a boundary with no counterpart in the gold (inside a page header, a footnote)
   counts as wrong. Where our stream equals the gold's, the shared scorer
   (`../shared/eval/score_segmentation.py`) gives the same figure; it is printed too.
3. **Speed.** Pages per second of our PDF reader (layout analysis and paragraph
   rebuild included) and of pypdf's `extract_text()` on the set's PDFs and on one
   generated report of `--big-pages` pages (built once with LibreOffice, cached in
   benchmarks/.cache/).

Ends with one `key=value` line of the headline figures.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import importlib.util
import io
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DATA = REPO / "benchmarks" / "data" / "documents"
CACHE = REPO / "benchmarks" / ".cache"
SHARED = next((p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()), None)
FORMS = ("docx", "pdf", "txt")

Splitter = Callable[[str], list[str]]

# -- pairs ---------------------------------------------------------------------------------

_HYPHENS = re.compile("[-\u00ad\u2010\u2011\u2012\u2013\u2014]")
_SUPERSCRIPTS = re.compile("[\u00b9\u00b2\u00b3\u2070-\u2079]+")
_GLUED_MARK = re.compile(r"(?<=[^\W\d_])\d{1,2}(?=[\s.,;:!?)»”]|$)|(?<=[.,;:!?»”)])\d{1,2}(?=\s|$)")


def normalise(text: str) -> str:
    """Whitespace, hyphens and footnote marks glued to a word do not count."""
    text = unicodedata.normalize("NFC", text)
    text = _SUPERSCRIPTS.sub("", text)
    text = _GLUED_MARK.sub("", text)
    text = _HYPHENS.sub("", text)
    return "".join(text.split())


def read_gold_pairs(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            fr, _, en = line.partition("\t")
            pairs.append((fr, en))
    return pairs


def read_tsv_pairs(path: Path) -> list[tuple[str, str]]:
    from workbench.export.tsv import unescape_cell

    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            cells = line.split("\t")
            pairs.append((unescape_cell(cells[0]), unescape_cell(cells[1]) if len(cells) > 1 else ""))
    return pairs


def pair_counts(gold: list[tuple[str, str]], pred: list[tuple[str, str]]) -> tuple[int, int, int]:
    """(correct, predicted, gold) pairs, as multisets of normalised (French, English)."""
    g = Counter((normalise(a), normalise(b)) for a, b in gold)
    p = Counter((normalise(a), normalise(b)) for a, b in pred)
    return sum((g & p).values()), sum(p.values()), sum(g.values())


def f1(correct: int, predicted: int, gold: int) -> float:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def cli(args: list[str]) -> tuple[int, str]:
    """Run the installed CLI's entry point in this process (models stay loaded between documents)."""
    from workbench.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue() + err.getvalue()


def run_pairs(doc: Path, form: str, work: Path) -> list[tuple[str, str]]:
    name = doc.name
    workspace = work / f"ws-{name}-{form}"
    out = work / f"out-{name}-{form}"
    fr, en = doc / f"{name}.fr.{form}", doc / f"{name}.en.{form}"
    code, said = cli(
        [
            "--workspace",
            str(workspace),
            "--quiet",
            "run",
            str(fr),
            "--english",
            str(en),
            "--project",
            name,
            "--out",
            str(out),
            "--no-translate",
        ]
    )
    if code:
        raise SystemExit(f"workbench run failed on {fr.name}: {said.strip()}")
    tsv = out / f"{name}.tsv"
    code, said = cli(
        [
            "--workspace",
            str(workspace),
            "--quiet",
            "export",
            name,
            "--format",
            "tsv",
            "--status",
            "all",
            "--out",
            str(tsv),
        ]
    )
    if code:
        raise SystemExit(f"workbench export failed on {name}: {said.strip()}")
    return read_tsv_pairs(tsv)


# -- sentences -----------------------------------------------------------------------------


def _tokens(segments: list[str]) -> tuple[list[str], set[int]]:
    """Word tokens of the segments in order, and the indexes of tokens that end a segment."""
    tokens: list[str] = []
    ends: set[int] = set()
    for seg in segments:
        words = seg.split()
        if words:
            tokens += words
            ends.add(len(tokens) - 1)
    return tokens, ends


def boundary_counts(gold: list[str], pred: list[str]) -> tuple[int, int, int]:
    """(correct, predicted, gold) inner boundaries, the prediction mapped onto the gold's words."""
    g_tokens, g_ends = _tokens(gold)
    p_tokens, p_ends = _tokens(pred)
    g_ends.discard(len(g_tokens) - 1)
    p_ends.discard(len(p_tokens) - 1)
    to_gold: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(
        None, [normalise(t) for t in p_tokens], [normalise(t) for t in g_tokens], autojunk=False
    )
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            to_gold[block.a + k] = block.b + k
    mapped = {to_gold[i] for i in p_ends if i in to_gold}
    unmapped = sum(1 for i in p_ends if i not in to_gold)
    return len(mapped & g_ends), len(mapped) + unmapped, len(g_ends)


def gold_segments(path: Path) -> list[str]:
    return [" ".join(line.split()) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def ours(lang: str) -> Callable[[Path], list[str]]:
    def run(path: Path) -> list[str]:
        code, said = cli(["segment", str(path), "--lang", lang])
        if code:
            raise SystemExit(f"workbench segment failed on {path.name}: {said.strip()}")
        return [line for line in said.splitlines() if line.strip()]

    return run


def peers(lang: str) -> dict[str, Splitter]:
    found: dict[str, Splitter] = {}
    try:
        import pysbd

        seg = pysbd.Segmenter(language=lang, clean=False)
        found["pysbd"] = lambda t: [s for s in seg.segment(t) if s.strip()]
    except ImportError:
        print("peer pysbd is not installed (pip install -e '.[bench]'): skipped", file=sys.stderr)
    try:
        import spacy

        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        nlp.max_length = 10_000_000
        found["spacy-sentencizer"] = lambda t: [s.text for s in nlp(t).sents if s.text.strip()]
    except ImportError:
        print("peer spaCy is not installed (pip install -e '.[bench]'): skipped", file=sys.stderr)
    return found


def _by_blocks(split: Splitter, text: str) -> list[str]:
    return [s for block in re.split(r"\n\s*\n|\f", text) if block.strip() for s in split(block)]


def shared_scorer() -> ModuleType | None:
    if SHARED is None:
        return None
    spec = importlib.util.spec_from_file_location("score_segmentation", SHARED / "eval" / "score_segmentation.py")
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- speed ---------------------------------------------------------------------------------


def big_pdf(pages: int) -> Path | None:
    """A report of about `pages` pages (the set's report repeated), made once with LibreOffice."""
    target = CACHE / f"big-report-{pages}.pdf"
    if target.is_file():
        return target
    if not shutil.which("soffice"):
        print("soffice (libreoffice-writer) is not installed: no generated long PDF", file=sys.stderr)
        return None
    import docx

    sources = sorted(DATA.glob("*/*.fr.docx"))
    if not sources:
        return None
    CACHE.mkdir(parents=True, exist_ok=True)
    paragraphs = [p.text for src in sources for p in docx.Document(str(src)).paragraphs if p.text.strip()]
    out = docx.Document()
    out.sections[0].header.paragraphs[0].text = "A/80/999"
    out.sections[0].footer.paragraphs[0].text = "25-99999 (F)"
    # about 12 of the set's paragraphs a page
    for i in range(pages * 12):
        out.add_paragraph(f"{i + 1}.\t{paragraphs[i % len(paragraphs)]}")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / target.with_suffix(".docx").name
        out.save(str(src))
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        shutil.move(str(src.with_suffix(".pdf")), target)
    return target


def time_readers(pdfs: list[Path]) -> tuple[int, float, float]:
    """(pages, our seconds, pypdf seconds): each reader reads every PDF once, best of two."""
    import pypdf

    from workbench.readers import read_document

    pages = sum(len(pypdf.PdfReader(str(p)).pages) for p in pdfs)
    times = {"ours": [], "pypdf": []}
    for _ in range(2):
        t0 = time.perf_counter()
        for p in pdfs:
            read_document(p, "fr")
        times["ours"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for p in pdfs:
            for page in pypdf.PdfReader(str(p)).pages:
                page.extract_text()
        times["pypdf"].append(time.perf_counter() - t0)
    return pages, min(times["ours"]), min(times["pypdf"])


# -- main ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--forms", default=",".join(FORMS))
    ap.add_argument("--docs", default="", help="only these documents (comma-separated names)")
    ap.add_argument("--big-pages", type=int, default=220)
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--no-pairs", action="store_true")
    args = ap.parse_args(argv)
    forms = [f for f in args.forms.split(",") if f]
    docs = sorted(d for d in args.data.iterdir() if (d / f"{d.name}.pairs.tsv").is_file())
    if args.docs:
        docs = [d for d in docs if d.name in args.docs.split(",")]
    if not docs:
        raise SystemExit(f"no documents under {args.data}: run python {args.data / 'build.py'} first")
    headline: dict[str, str] = {}

    if not args.no_pairs:
        print(f"exact-pair F1 (workbench run + export --status all), {len(docs)} documents")
        print(f"{'document':<28}" + "".join(f"{f:>10}" for f in forms))
        totals = {f: [0, 0, 0] for f in forms}
        with tempfile.TemporaryDirectory() as tmp:
            for doc in docs:
                gold = read_gold_pairs(doc / f"{doc.name}.pairs.tsv")
                cells = []
                for form in forms:
                    c = pair_counts(gold, run_pairs(doc, form, Path(tmp)))
                    totals[form] = [a + b for a, b in zip(totals[form], c, strict=True)]
                    cells.append(f"{f1(*c):>10.3f}")
                print(f"{doc.name:<28}" + "".join(cells))
        print(f"{'all (micro)':<28}" + "".join(f"{f1(*totals[f]):>10.3f}" for f in forms))
        for f in forms:
            headline[f"pair_f1_{f}"] = f"{f1(*totals[f]):.3f}"
        print()

    print("sentence boundary F1 on the pdftotext form (body text gold)")
    scorer = shared_scorer()
    for lang in ("fr", "en"):
        raws = [doc / f"{doc.name}.{lang}.txt" for doc in docs]
        golds = [gold_segments(_gold_path(raw)) for raw in raws]
        ours_pred = [ours(lang)(raw) for raw in raws]
        scored = {"workbench": _micro(golds, ours_pred)}
        for name, split in peers(lang).items():
            texts = [raw.read_text(encoding="utf-8") for raw in raws]
            as_given = _micro(golds, [split(t) for t in texts])
            in_blocks = _micro(golds, [_by_blocks(split, t) for t in texts])
            scored[name] = max(as_given, in_blocks)
        equal = [
            k
            for k, (g, p) in enumerate(zip(golds, ours_pred, strict=True))
            if "".join("".join(g).split()) == "".join("".join(p).split())
        ]
        official = ""
        if scorer is not None and equal:
            # On the documents where our text equals the gold's, the shared scorer applies as is:
            # it checks that the word-aligned figure above counts boundaries the same way.
            with tempfile.TemporaryDirectory() as tmp:
                totals = []
                for k in equal:
                    pred = Path(tmp) / raws[k].name
                    pred.write_text("\n".join(ours_pred[k]) + "\n", encoding="utf-8")
                    totals.append(scorer.score_pair(_gold_path(raws[k]), pred))
                keys = ("tp", "n_gold_b", "n_pred_b", "sent_ok", "n_gold_s", "n_pred_s", "chars")
                summed = {key: sum(t[key] for t in totals) for key in keys}
                subset = _micro([golds[k] for k in equal], [ours_pred[k] for k in equal])
                official = f": shared scorer {scorer.prf(summed)[2]:.3f}, word-aligned {subset:.3f}"
        cells = "; ".join(f"{name} {score:.3f}" for name, score in scored.items())
        print(f"  {lang}: {cells}")
        print(f"      our text equals the gold's on {len(equal)}/{len(docs)} documents{official}")
        for name, score in scored.items():
            key = "seg_f1" if name == "workbench" else f"{name.split('-')[0]}_seg_f1"
            headline[f"{key}_txt_{lang}"] = f"{score:.3f}"
    print()

    if not args.no_speed:
        pdfs = sorted(p for d in docs for p in d.glob("*.pdf"))
        rows = [("the set's PDFs", pdfs)]
        big = big_pdf(args.big_pages)
        if big is not None:
            rows.append((f"generated report ({big.name})", [big]))
        print(f"{'PDF reading':<40}{'pages':>8}{'ours p/s':>12}{'pypdf p/s':>12}{'time ratio':>12}")
        for label, files in rows:
            pages, mine, theirs = time_readers(files)
            print(f"{label:<40}{pages:>8}{pages / mine:>12.1f}{pages / theirs:>12.1f}{mine / theirs:>12.2f}")
            if label.startswith("generated"):
                headline["pdf_pages"] = str(pages)
                headline["pdf_pages_per_s"] = f"{pages / mine:.1f}"
                headline["pypdf_pages_per_s"] = f"{pages / theirs:.1f}"
                headline["pdf_time_vs_pypdf"] = f"{mine / theirs:.2f}"
        print()
    print(" ".join(f"{k}={v}" for k, v in headline.items()))
    return 0


def _micro(golds: list[list[str]], preds: list[list[str]]) -> float:
    counts = [0, 0, 0]
    for gold, pred in zip(golds, preds, strict=True):
        counts = [a + b for a, b in zip(counts, boundary_counts(gold, pred), strict=True)]
    return f1(*counts)


def _gold_path(raw: Path) -> Path:
    """NAME.fr.txt -> NAME.fr.gold.txt"""
    return raw.with_name(raw.name[: -len(".txt")] + ".gold.txt")


if __name__ == "__main__":
    raise SystemExit(main())
