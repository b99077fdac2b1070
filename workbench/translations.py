"""More than one target per project: add another translation against the reviewed source.

`add_translation(store, "report", "report-de.pdf", lang="de")` reads and segments
the new version, aligns it against the project's source segments as they are
(the French is never re-segmented, its reviewed edits and splits included) and
stores its links as one undoable event, each naming the new target document.
The project's first target keeps links with no target document named, so every
existing reader (review page, per-pair export) sees exactly what it saw before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.errors import InputError
from workbench.model import Document, Link, Role, Segment
from workbench.store import Store, text_hash
from workbench.targets import ADDED_TRANSLATION, TargetInfo, targets
from workbench.triage import project_threshold, triage_counts

SEGMENTER_LANGS = ("fr", "en")

__all__ = ["AddTranslationResult", "TargetInfo", "add_translation", "targets"]

if TYPE_CHECKING:
    from workbench.embed import Embedder


@dataclass
class AddTranslationResult:
    project: str
    target: TargetInfo
    links_by_kind: dict[str, int] = field(default_factory=dict)
    doubtful: int = 0
    """Links below the project's threshold, or unaligned (workbench.triage)."""
    threshold: float = 0.5
    embedder: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "project": self.project,
            "document": self.target.document_id,
            "lang": self.target.lang,
            "links": sum(self.links_by_kind.values()),
            "links_by_kind": self.links_by_kind,
            "doubtful": self.doubtful,
            "threshold": self.threshold,
            "embedder": self.embedder,
        }

    def __str__(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.links_by_kind.items()))
        return (
            f"project {self.project}: added the {self.target.lang} translation (document {self.target.document_id}), "
            f"{sum(self.links_by_kind.values())} links ({kinds}); {self.doubtful} doubtful "
            f"(below {self.threshold:g} or unaligned)"
        )


def _ids(segments: list[Segment], positions: tuple[int, ...]) -> list[int]:
    return [i for i in (segments[k].id for k in positions) if i is not None]


def add_translation(
    store: Store,
    project: str | int,
    file: str | Path,
    *,
    lang: str,
    embedder: str | Embedder | None = None,
    presegmented: bool = False,
    force: bool = False,
) -> AddTranslationResult:
    """Read `file` (a translation of the project's source into `lang`), align it against the
    project's existing source segments and store its links; return what was added.

    A file clearly not in `lang` (or, for a language we cannot tell, clearly French like the
    source) is refused unless `force`."""
    from workbench.align import align_stored_segments
    from workbench.embed import get_embedder
    from workbench.pipeline import read_and_segment

    lang = lang.strip().lower()
    if not lang or not lang.replace("-", "").isalpha():
        raise InputError(f"--lang must be a language code such as en or de, not {lang!r}")
    proj = store.project(project)
    sources = store.documents(proj.id, Role.SOURCE)
    src = [s for d in sources for s in d.segments]
    if not src:
        raise InputError(f"project {proj.name!r} has no source segments to align a translation with")
    # The segmenter has French and English rules; other languages are split with the English ones
    # (sentence ends, abbreviations like "Dr." and numbers behave alike) and keep their own code.
    rules = lang if lang.split("-")[0] in SEGMENTER_LANGS else "en"
    document = read_and_segment(file, rules, Role.TARGET, presegmented=presegmented)
    from workbench.langcheck import check_translation

    check_translation(document, lang, file, force)
    document.lang = lang
    for segment in document.segments:
        segment.lang = lang
    fingerprint = text_hash("\n".join(s.text for s in document.segments))
    for existing in store.documents(proj.id, Role.TARGET):
        if existing.meta.get("fingerprint") == fingerprint:
            raise InputError(f"project {proj.name!r} already holds this translation (document {existing.id})")
    first = not targets(store, proj.id)
    document.meta["fingerprint"] = fingerprint
    if not first:
        document.meta[ADDED_TRANSLATION] = True
    model = get_embedder(embedder, store=store) if embedder is None or isinstance(embedder, str) else embedder
    tgt = document.segments
    drafts = store.drafts(proj.id)
    # The drafts are English: they help only a target in English.
    use_drafts = bool(drafts) and lang.split("-")[0] == "en"
    by_id = {k: d.text for k, d in drafts.items()} if use_drafts else None
    beads = align_stored_segments(src, tgt, model, drafts=by_id)
    stored: Document = store.add_document(proj.id, document)
    assert stored.id is not None
    link_target = None if first else stored.id
    links = [Link(_ids(src, b.src), _ids(tgt, b.tgt), float(b.score)) for b in beads]
    store.replace_links(proj.id, links, kind="add_translation", actor="aligner", target_document=link_target)
    result = AddTranslationResult(proj.name, TargetInfo(stored.id, lang, stored.path, link_target, len(links)))
    result.embedder = str(model.name)
    result.threshold = project_threshold(proj)
    result.doubtful = triage_counts(links, result.threshold)["doubtful"]
    for link in links:
        result.links_by_kind[link.kind] = result.links_by_kind.get(link.kind, 0) + 1
    return result
