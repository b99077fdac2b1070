"""The main job, one document pair at a time: read, segment, draft, align, store, export.

The CLI, the batch runner and Python users all call `run()`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workbench.errors import InputError
from workbench.model import Document, Project, Role
from workbench.store import Store


@dataclass
class RunResult:
    project: Project
    source_segments: int
    target_segments: int
    links_by_kind: dict[str, int] = field(default_factory=dict)
    needs_review: int = 0
    drafted: int = 0
    exports: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        lines = [
            f"project {self.project.name}: {self.source_segments} source segments, "
            f"{self.target_segments} target segments"
        ]
        if self.links_by_kind:
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.links_by_kind.items()))
            lines.append(f"links: {kinds}; {self.needs_review} need review")
        lines += [f"wrote {p}" for p in self.exports]
        lines += self.notes
        return "\n".join(lines)


def check_input_file(path: str | Path, what: str = "input") -> Path:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{what} file not found: {p}")
    if p.is_dir():
        raise InputError(f"{what} {p} is a folder, not a file")
    return p


def read_and_segment(path: str | Path, lang: str, role: Role) -> Document:
    from workbench.readers import read_document
    from workbench.segment import segment_document

    return segment_document(read_document(check_input_file(path, "the " + role.value), lang=lang, role=role))


def run(
    fr_file: str | Path,
    english: str | Path | None = None,
    *,
    project: str | None = None,
    out: str | Path = "aligned",
    embedder: str | None = None,
    model: str | None = None,
    workspace: str | Path | None = None,
    store: Store | None = None,
) -> RunResult:
    """Segment, draft, align and export one document (and its English version when given)."""
    check_input_file(fr_file, "French")
    if english is not None:
        check_input_file(english, "English")
    source = read_and_segment(fr_file, "fr", Role.SOURCE)
    target = read_and_segment(english, "en", Role.TARGET) if english is not None else None
    own_store = store is None
    db = store or Store.open_workspace(workspace)
    try:
        name = project or Path(fr_file).stem
        proj = db.create_project(name, "fr", "en")
        db.add_document(proj.id, source)
        if target is not None:
            db.add_document(proj.id, target)
        return RunResult(proj, len(source.segments), len(target.segments) if target else 0)
    finally:
        if own_store:
            db.close()
