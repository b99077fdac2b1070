"""The aligner's output unit and the `[0, 1]:[0]` link format of the evaluation sets."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import InputError


@dataclass(frozen=True)
class Bead:
    """Source positions paired with target positions (0-based), with a confidence in [0, 1].

    `Bead((3,), ())` is an unaligned source segment (1:0), `Bead((), (7,))` an unaligned target (0:1).
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float = 1.0

    @property
    def kind(self) -> str:
        return f"{len(self.src)}:{len(self.tgt)}"


def format_link(bead: Bead) -> str:
    return f"{list(bead.src)}:{list(bead.tgt)}"


def write_links(beads: Iterable[Bead], fmt: str = "links") -> str:
    """`links`: one `[0, 1]:[0]` per line; `scored`: the same plus a tab and the confidence."""
    if fmt == "links":
        return "".join(format_link(b) + "\n" for b in beads)
    if fmt == "scored":
        return "".join(f"{format_link(b)}\t{b.score:.4f}\n" for b in beads)
    raise InputError(f"unknown link format {fmt!r} (use links or scored)")


def _side(text: str, where: str) -> tuple[int, ...]:
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError) as exc:
        raise InputError(f"{where}: cannot read {text.strip()!r} as a list of segment numbers") from exc
    if isinstance(value, int):
        value = [value]
    if not isinstance(value, list | tuple) or not all(isinstance(v, int) and v >= 0 for v in value):
        raise InputError(f"{where}: expected a list of segment numbers, got {text.strip()!r}")
    return tuple(sorted(value))


def parse_links(text: str, where: str = "links") -> list[Bead]:
    """Beads from `[src]:[tgt]` lines (an optional tab and score after; blank and # lines skipped)."""
    beads: list[Bead] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        link, _, score = line.partition("\t")
        left, sep, right = link.partition(":")
        if not sep:
            raise InputError(f"{where}:{number}: expected '[src]:[tgt]', got {line!r}")
        try:
            value = float(score) if score.strip() else 1.0
        except ValueError as exc:
            raise InputError(f"{where}:{number}: bad score {score!r}") from exc
        beads.append(Bead(_side(left, f"{where}:{number}"), _side(right, f"{where}:{number}"), value))
    return beads


def read_links(path: str | Path) -> list[Bead]:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"links file not found: {p}")
    return parse_links(p.read_text(encoding="utf-8"), str(p))


def check_partition(beads: list[Bead], n_src: int, n_tgt: int) -> None:
    """Raise InputError unless the beads cover every segment exactly once, in order."""
    next_s = next_t = 0
    for b in beads:
        for i in b.src:
            if i != next_s:
                raise InputError(f"link {format_link(b)}: source segment {next_s} expected next")
            next_s += 1
        for j in b.tgt:
            if j != next_t:
                raise InputError(f"link {format_link(b)}: target segment {next_t} expected next")
            next_t += 1
    if next_s != n_src or next_t != n_tgt:
        raise InputError(f"links cover {next_s}/{n_src} source and {next_t}/{n_tgt} target segments")
