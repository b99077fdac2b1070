"""What OmegaT really made of an exported project: the share of 1:1 pairs whose English is in
OmegaT's translated document, and why each of the others is not.

Used by the acceptance test and `benchmarks/omegat.py`; needs OmegaT (`support.omegat`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from support.omegat import project_segments, translate_project
from workbench.export.tmx import TmxReader
from workbench.model import Role
from workbench.store import Store
from workbench.textjoin import join_segments
from workbench.triage import wanted

_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_TAGS = re.compile(r"<t\d+/>")


def flat(text: str) -> str:
    """Text compared the way a reader sees it: runs of spaces, tabs and line breaks as one space."""
    return _SPACES.sub(" ", text).strip()


def target_text(path: Path) -> str:
    """The text of a translated file OmegaT wrote: a .docx read as workbench reads it, else the text."""
    if path.suffix.lower() == ".docx":
        from workbench.readers.docx import read_docx_blocks

        return "\n".join(read_docx_blocks(path))
    return path.read_text(encoding="utf-8")


@dataclass
class FillCheck:
    pairs: int = 0
    filled: int = 0
    misses: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    merges: int = 0  # 2:1, 1:2... links exported
    merges_filled: int = 0  # their whole English is in the document
    merges_french_left: int = 0  # some of their French is still in the translated document

    @property
    def rate(self) -> float:
        return self.filled / self.pairs if self.pairs else 0.0

    def explain(self) -> str:
        lines = [f"{self.filled} of {self.pairs} one-to-one pairs filled ({self.rate:.3f})"]
        for kind, n in self.misses.most_common():
            lines.append(f"  {n} {kind}")
            lines.extend(f"      e.g. {text[:110]!r}" for text in self.examples.get(kind, [])[:3])
        return "\n".join(lines)


def check_fill(
    store: Store, project_id: int, folder: Path, *, status: str = "all", translate: bool = True, explain: bool = True
) -> FillCheck:
    """Run OmegaT on an exported project folder and count the 1:1 pairs it filled; `explain`
    runs OmegaT once more when some are missed, to say whether it cut the French elsewhere."""
    if translate:
        translate_project(folder)
    targets = [p for p in (folder / "target").iterdir() if p.is_file()]
    text = flat("\n".join(target_text(p) for p in targets))
    dumped: list[set[str]] = []

    def omegat_plain() -> set[str]:
        # OmegaT's own segments, asked for only when a miss needs explaining (another OmegaT run).
        if not dumped:
            dumped.append({_TAGS.sub("", s) for s in project_segments(folder)})
        return dumped[0]

    memory = {p for p in (folder / "tm" / "auto").glob("*.tmx")}
    units = [u for path in memory for u in TmxReader().read(path).units]
    by_link: dict[str, list[str]] = {}
    for unit in units:
        for tuid in unit.tuid.split("+"):
            by_link.setdefault(tuid.rsplit("-", 1)[-1], []).append(_TAGS.sub("", unit.source))
    seg_text = {s.id: s.text for d in store.documents(project_id) for s in d.all_segments if s.id is not None}
    src_ids = {s.id for d in store.documents(project_id, Role.SOURCE) for s in d.all_segments}
    out = FillCheck()
    for link in store.links(project_id):
        if not link.src or not link.tgt or not wanted(link, status, None) or link.src[0] not in src_ids:
            continue
        if len(link.src) > 1 or len(link.tgt) > 1:
            out.merges += 1
            out.merges_filled += flat(join_segments([seg_text.get(t, "") for t in link.tgt])) in text
            out.merges_french_left += any(flat(seg_text.get(s, "")) in text for s in link.src)
            continue
        out.pairs += 1
        english = flat(join_segments([seg_text.get(link.tgt[0], "")]))
        if english in text:
            out.filled += 1
            continue
        sources = by_link.get(str(link.id), [])
        if not explain:
            kind = "not filled"
        elif not sources:
            kind = "no unit written (its OmegaT segment also holds a link not exported, or text OmegaT does not read)"
        elif not all(s in omegat_plain() for s in sources):
            kind = "unit source is not one of OmegaT's segments"
        else:
            kind = "OmegaT filled the segment, the English reads differently in the document (tags, a tab, a merge)"
        out.misses[kind] += 1
        out.examples.setdefault(kind, []).append(seg_text.get(link.src[0], ""))
    return out
