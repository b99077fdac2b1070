"""How much of a French document OmegaT fills from our memory: our project export vs a bare TMX.

For each document of a set (NAME/NAME.fr.docx + .en.docx, .fr.txt + .en.txt = pdftotext
output, .fr.pdf + .en.pdf), in each of its three input forms, this runs workbench on the
French and English files, then OmegaT 3.6 in console mode (`--mode=console-translate`) on

- ours: `workbench export NAME --format omegat-project --status all`;
- the baseline (the peer): what a translator does with a bare TMX, as the README used to
  suggest: `workbench export --status all` into `tm/auto/` of a project with OmegaT's default
  rules and filters, holding the original .docx, or for the text and PDF forms the pdftotext
  text as it is (OmegaT has no PDF filter);

and counts the share of 1:1 pairs whose English appears in OmegaT's translated document.

    python benchmarks/omegat.py                                  # benchmarks/data/documents
    python benchmarks/omegat.py --data benchmarks/data/documents-heldout --forms docx txt
    python benchmarks/omegat.py --only report-statistics -v      # misses explained, by kind

Needs OmegaT (apt-get install omegat). ~15 s a document and form.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.store import Store

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))  # the kits shared with the tests (tests/support)
DOCUMENTS = REPO / "benchmarks" / "data" / "documents"
FORMS = ("docx", "txt", "pdf")


@dataclass
class Tally:
    pairs: int = 0
    ours: int = 0
    baseline: int = 0
    misses: Counter[str] = field(default_factory=Counter)
    merges: int = 0  # 2:1, 1:2... links
    merges_carried: int = 0  # their English in the document, first segment carrying it (ours)
    merges_left: int = 0  # the same with no unit for a merge OmegaT cuts in two (`merged="leave"`)
    french_left_carried: int = 0  # merges whose French is still in the translated document
    french_left_left: int = 0

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)


def baseline_project(folder: Path, tmx: Path, source: Path) -> None:
    """A bare OmegaT project: the TMX in tm/auto/, the source file as it is, OmegaT's defaults."""
    from workbench.export.omegat.files import project_file

    for sub in ("source", "target", "tm/auto", "omegat", "glossary", "dictionary"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    (folder / "omegat.project").write_text(project_file("fr-FR", "en-US"), encoding="utf-8")
    shutil.copy(source, folder / "source" / source.name)
    shutil.copy(tmx, folder / "tm" / "auto" / tmx.name)


def measure(folder: Path, form: str, work: Path, store: Store, verbose: bool) -> Tally:
    """Run workbench and OmegaT on one document in one form."""
    from support.omegat_check import check_fill

    from workbench.export import export_project
    from workbench.export.omegat.project import export_omegat_project
    from workbench.pipeline import run

    name = folder.name
    fr, en = folder / f"{name}.fr.{form}", folder / f"{name}.en.{form}"
    project = f"{name}-{form}"
    run(fr, english=en, project=project, out=None, translate=False, store=store)
    pid = store.project(project).id
    ours = work / f"{project}-omegat"
    export_project(store, pid, "omegat-project", ours, status="all")
    checked = check_fill(store, pid, ours)
    tmx = export_project(store, pid, "tmx", work / f"{project}.tmx", status="all")
    bare = work / f"{project}-bare"
    baseline_project(bare, tmx, fr if form == "docx" else folder / f"{name}.fr.txt")
    base = check_fill(store, pid, bare, explain=False)
    if verbose and checked.misses:
        print(f"  {project}: {checked.explain()}")
    tally = Tally(checked.pairs, checked.filled, base.filled, checked.misses, checked.merges)
    tally.merges_carried, tally.french_left_carried = checked.merges_filled, checked.merges_french_left
    if checked.merges:
        # The same project with no unit for the merges OmegaT cuts in two: what carrying them brings.
        leave = work / f"{project}-leave"
        export_omegat_project(store, pid, leave, status="all", merged="leave")
        left = check_fill(store, pid, leave, explain=False)
        tally.merges_left, tally.french_left_left = left.merges_filled, left.merges_french_left
    return tally


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", action="append", type=Path, help="a document set folder (repeatable)")
    parser.add_argument("--forms", nargs="+", choices=FORMS, default=list(FORMS))
    parser.add_argument("--only", action="append", help="only this document (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true", help="explain every miss")
    args = parser.parse_args(argv)
    from support.omegat import omegat_available

    from workbench import Store

    if not omegat_available():
        print("OmegaT is not installed (apt-get install omegat)")
        return 2
    sets = args.data or [DOCUMENTS]
    folders = [d for s in sets for d in sorted(s.iterdir()) if d.is_dir() and (d / f"{d.name}.pairs.tsv").exists()]
    if args.only:
        folders = [d for d in folders if d.name in args.only]
    if not folders:
        print(f"no documents in {', '.join(map(str, sets))}")
        return 2
    tallies = {form: Tally() for form in args.forms}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="omegat-bench-") as tmp:
        work = Path(tmp)
        os.environ["WORKBENCH_HOME"] = str(work / "workspace")
        store = Store.open_workspace()
        print(f"{'document':34} {'form':5} {'1:1 pairs':>9} {'ours':>6} {'bare TMX':>9}")
        for folder in folders:
            for form in args.forms:
                if not (folder / f"{folder.name}.fr.{form}").exists():
                    continue
                one = measure(folder, form, work, store, args.verbose)
                tallies[form].add(one)
                print(f"{folder.name:34} {form:5} {one.pairs:>9} {one.ours:>6} {one.baseline:>9}")
    print()
    print(f"{'form':6} {'1:1 pairs':>9} {'ours':>12} {'bare TMX':>12}")
    figures: list[str] = []
    for form, t in tallies.items():
        rate, base_rate = (t.ours / t.pairs, t.baseline / t.pairs) if t.pairs else (0.0, 0.0)
        print(f"{form:6} {t.pairs:>9} {t.ours:>5} ({rate:.3f}) {t.baseline:>5} ({base_rate:.3f})")
        for kind, n in t.misses.most_common():
            print(f"       missed {n}: {kind}")
        if t.merges:
            print(
                f"       merged links {t.merges}: English in the document {t.merges_carried} carried by the first "
                f"segment ({t.french_left_carried} with French left) vs {t.merges_left} with no unit for them "
                f"({t.french_left_left} with French left)"
            )
        figures += [f"{form}_pairs={t.pairs}", f"{form}_ours={rate:.3f}", f"{form}_baseline={base_rate:.3f}"]
        figures += [f"{form}_merges={t.merges}", f"{form}_merges_carried={t.merges_carried}"]
        figures += [f"{form}_merges_uncarried={t.merges_left}"]
    print(" ".join([f"documents={len(folders)}", *figures, f"seconds={time.perf_counter() - started:.0f}"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
