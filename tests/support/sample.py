"""Build a reviewable project straight from sentences: for tests and the benchmarks.

The real pipeline segments and aligns documents; this helper stores sentences
that are already split (paragraph by paragraph) and pairs them in order, so the
review page can be exercised without any model.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from workbench.model import Document, Draft, Link, Paragraph, Project, Role, Segment
from workbench.store import Store


def _document(paragraphs: Sequence[Sequence[str]], lang: str, role: Role) -> Document:
    text_parts: list[str] = []
    paras: list[Paragraph] = []
    pos = 0
    for sentences in paragraphs:
        start = pos
        segs = []
        for s in sentences:
            segs.append(Segment(s, lang, pos, pos + len(s)))
            text_parts.append(s + " ")
            pos += len(s) + 1
        text_parts.append("\n")
        pos += 1
        paras.append(Paragraph(" ".join(sentences), start, pos - 1, segments=segs))
    return Document(text="".join(text_parts), lang=lang, paragraphs=paras, role=role, format="txt")


def project_from_sentences(
    store: Store,
    name: str,
    french: Sequence[Sequence[str]],
    english: Sequence[Sequence[str]],
    scores: Sequence[float | None] | None = None,
    drafts: Sequence[str | None] | None = None,
) -> Project:
    """A project whose i-th French sentence is linked to the i-th English one (extra ones stand alone)."""
    project = store.create_project(name, "fr", "en")
    fr = store.add_document(project.id, _document(french, "fr", Role.SOURCE))
    en = store.add_document(project.id, _document(english, "en", Role.TARGET))
    src = [s.id for s in fr.segments if s.id is not None]
    tgt = [s.id for s in en.segments if s.id is not None]
    links = []
    for i in range(max(len(src), len(tgt))):
        score = scores[i] if scores is not None and i < len(scores) else 0.9
        links.append(Link(src[i : i + 1], tgt[i : i + 1], score))
    store.replace_links(project.id, links, kind="align", actor="sample")
    if drafts:
        store.save_drafts(
            Draft(seg_id, "sample", text) for seg_id, text in zip(src, drafts, strict=False) if text is not None
        )
    return store.project(project.id)


_WORDS_FR = [
    "le",
    "la",
    "les",
    "de",
    "des",
    "un",
    "une",
    "conférence",
    "pays",
    "rapport",
    "budget",
    "délégation",
    "séance",
    "document",
    "eau",
    "bassin",
]
_WORDS_EN = [
    "the",
    "of",
    "a",
    "an",
    "conference",
    "country",
    "report",
    "budget",
    "delegation",
    "meeting",
    "document",
    "water",
    "basin",
]


def synthetic_project(store: Store, name: str, rows: int, seed: int = 7) -> Project:
    """`rows` 1:1 links of made-up sentences with varied lengths, numbers and scores (for the benchmark)."""
    rng = random.Random(seed)
    french: list[list[str]] = []
    english: list[list[str]] = []
    scores: list[float | None] = []
    for i in range(rows):
        n = rng.randint(5, 40)
        number = str(rng.randint(1, 5000))
        fr = " ".join(rng.choice(_WORDS_FR) for _ in range(n)).capitalize() + f" {number}."
        en = " ".join(rng.choice(_WORDS_EN) for _ in range(n)).capitalize() + f" {number}."
        if i % 8 == 0:
            french.append([])
            english.append([])
        french[-1].append(fr)
        english[-1].append(en)
        scores.append(round(rng.random(), 3))
    return project_from_sentences(store, name, french, english, scores)
