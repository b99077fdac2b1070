"""Reading aligner inputs and writing its output in the formats the CLI offers."""

from __future__ import annotations

import json
from pathlib import Path

from workbench.align.beads import Bead, write_links
from workbench.errors import InputError

FORMATS = ("links", "tsv", "jsonl")


def read_presegmented(path: str | Path) -> list[str]:
    """One segment per line; blank lines are ignored."""
    from workbench.readers.base import read_bytes
    from workbench.readers.plaintext import decode

    p = Path(path)
    if not p.is_file():
        raise InputError(f"file not found: {p}")
    if p.stat().st_size == 0:
        raise InputError(f"{p} holds no segments")
    # The readers' checks: size limit, binary files refused, encoding detected.
    text, _ = decode(read_bytes(p), p)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise InputError(f"{p} holds no segments")
    return lines


def render(beads: list[Bead], src: list[str], tgt: list[str], fmt: str) -> str:
    """links: `[0, 1]:[0]` lines (the gold format); tsv and jsonl add the confidence and the texts."""
    if fmt == "links":
        return write_links(beads)
    if fmt == "tsv":
        rows = ["src\ttgt\tconfidence\tsource\ttarget"]
        for b in beads:
            s = " ".join(src[i] for i in b.src).replace("\t", " ")
            t = " ".join(tgt[j] for j in b.tgt).replace("\t", " ")
            rows.append(f"{list(b.src)}\t{list(b.tgt)}\t{b.score:.3f}\t{s}\t{t}")
        return "\n".join(rows) + "\n"
    if fmt == "jsonl":
        return "".join(
            json.dumps(
                {
                    "src": list(b.src),
                    "tgt": list(b.tgt),
                    "kind": b.kind,
                    "confidence": b.score,
                    "source": [src[i] for i in b.src],
                    "target": [tgt[j] for j in b.tgt],
                },
                ensure_ascii=False,
            )
            + "\n"
            for b in beads
        )
    raise InputError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
