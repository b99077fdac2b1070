"""A long report to review: 320 rows of very different heights, unaligned and merged rows, page
furniture between some of them, and confidences on both sides of the project's threshold.

Built straight from sentences (no model), in well under a second.
"""

from __future__ import annotations

import random

from workbench import actions
from workbench.model import Document, Link, Paragraph, Project, Role, Segment
from workbench.store import Store

ROWS = 320
THRESHOLD = 0.6
UNALIGNED_SCORE = 0.88

_FR_TEXT = (
    "le rapport de la conférence sur la gestion durable des bassins fluviaux examine les mesures prises "
    "par les États Membres pour renforcer la coopération régionale dans le domaine de l’eau"
)
_EN_TEXT = (
    "the report of the conference on the sustainable management of river basins considers the measures "
    "taken by Member States to strengthen regional cooperation in the field of water and sanitation"
)
_FR, _EN = _FR_TEXT.split(" "), _EN_TEXT.split(" ")


def _sentence(rng: random.Random, words: list[str], n: int, number: int) -> str:
    text = " ".join(rng.choice(words) for _ in range(n))
    return f"{text[:1].upper()}{text[1:]} {number}."


def _document(paragraphs: list[tuple[str, list[str]]], lang: str, role: Role) -> Document:
    parts: list[str] = []
    paras: list[Paragraph] = []
    pos = 0
    for kind, sentences in paragraphs:
        start = pos
        segs = []
        for s in sentences:
            segs.append(Segment(s, lang, pos, pos + len(s), len(paras), kind))
            parts.append(s + " ")
            pos += len(s) + 1
        parts.append("\n")
        pos += 1
        paras.append(Paragraph(" ".join(sentences), start, pos - 1, kind=kind, segments=segs))
    return Document(text="".join(parts), lang=lang, paragraphs=paras, role=role, format="txt")


def long_project(store: Store, name: str = "long-report") -> Project:
    """320 rows: most 1:1 with 4 to 60 words, a 150-word sentence every 40 rows, page furniture
    every 25 rows, scores spread over 0..1, a 1:0 and a 0:1 row scoring 0.88, and a 2:2 merge."""
    rng = random.Random(19)
    french: list[tuple[str, list[str]]] = []
    english: list[tuple[str, list[str]]] = []
    for i in range(ROWS):
        furniture = i % 25 == 12
        if furniture:
            french.append(("furniture", [f"A/79/{300 + i}"]))
            english.append(("furniture", [f"A/79/{300 + i}"]))
        if i % 6 == 0 or furniture:
            french.append(("text", []))
            english.append(("text", []))
        n = 150 if i % 40 == 17 else rng.choice([4, 8, 12, 20, 30, 45, 60])
        french[-1][1].append(_sentence(rng, _FR, n, i))
        english[-1][1].append(_sentence(rng, _EN, n, i))
    project = store.create_project(name, "fr", "en", settings={"threshold": THRESHOLD})
    fr = store.add_document(project.id, _document(french, "fr", Role.SOURCE))
    en = store.add_document(project.id, _document(english, "en", Role.TARGET))
    src = [s.id or 0 for s in fr.segments]
    tgt = [s.id or 0 for s in en.segments]
    links = [Link([a], [b], round(rng.random(), 3)) for a, b in zip(src, tgt, strict=True)]
    # The aligner found no counterpart for sentence 151, and says so with confidence.
    links[150:151] = [Link([src[150]], [], UNALIGNED_SCORE), Link([], [tgt[150]], UNALIGNED_SCORE)]
    store.replace_links(project.id, links, kind="align", actor="aligner")
    ids = [lk.id or 0 for lk in store.links(project.id)]
    actions.merge_next(store, project.id, ids[201])  # a person merged two rows: 2:2, no score
    return store.project(project.id)
