"""How many of our segments OmegaT can exact-match: its default rules vs ours exported to it.

A TMX unit is a 100% match in a CAT tool only when its source text is one of
the tool's own segments. For the bundled example and the seeds, this
segments the French with workbench, writes the rebuilt paragraphs one per
block (what a translator gives OmegaT), and counts how many of our segments
OmegaT 3.6 makes too: with its default French SRX (the peer), then with our
rules as the project's segmentation (`workbench export --format
omegat-segmentation`).

    python benchmarks/omegat_segmentation.py [FILE.txt ...]

Needs the segmentation stage (workbench.segment.srx_rules) and OmegaT.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))  # the kits shared with the tests (tests/support)


def main(argv: list[str]) -> int:
    from support.omegat import omegat_available, omegat_segments

    from workbench.errors import StageMissingError
    from workbench.export.srx import load_rules, write_omegat_segmentation
    from workbench.model import Role
    from workbench.pipeline import read_and_segment

    files = [Path(a) for a in argv] or [REPO / "examples" / "lettre-fr.txt"]
    if not argv:
        shared = Path(os.environ.get("WORKBENCH_SHARED", REPO.parent / "shared"))
        files += sorted((shared / "seeds").glob("0*.txt"))
    if not omegat_available():
        print("OmegaT is not installed (apt-get install omegat)")
        return 2
    try:
        conf = io.BytesIO()
        write_omegat_segmentation(load_rules(["fr", "en"]), conf)
    except StageMissingError as exc:
        print(f"cannot run: {exc}")
        return 2
    rows = []
    totals = [0, 0, 0]
    t0 = time.perf_counter()
    for path in files:
        try:
            doc = read_and_segment(path, "fr", Role.SOURCE)
        except StageMissingError as exc:
            print(f"cannot run: {exc}")
            return 2
        ours = [s.text for s in doc.segments]
        blocks = [" ".join(s.text for s in p.segments) for p in doc.paragraphs if p.segments]
        text = "\n\n".join(blocks) + "\n"
        with tempfile.TemporaryDirectory() as work:
            default = set(omegat_segments(text, Path(work) / "default"))
            custom = set(omegat_segments(text, Path(work) / "ours", conf.getvalue()))
        row = (len(ours), sum(s in default for s in ours), sum(s in custom for s in ours))
        rows.append((path.name, *row))
        totals = [a + b for a, b in zip(totals, row, strict=True)]
    print(f"{'document':40} {'our segs':>9} {'OmegaT default':>15} {'OmegaT + our rules':>19}")
    for name, n, d, c in rows:
        print(f"{name:40} {n:>9} {d:>15} {c:>19}")
    n, d, c = totals
    print(f"{'total':40} {n:>9} {d:>15} {c:>19}")
    print(f"segments={n} omegat_default_exact={d} omegat_our_rules_exact={c} seconds={time.perf_counter() - t0:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
