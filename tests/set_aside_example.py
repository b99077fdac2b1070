"""A short UN report as text extracted from a PDF, in French and English, with what a reader sets aside.

Three pages separated by form feeds: a document symbol at every page's top, a job number at
every page's foot, a running header ("Coopération régionale") on pages 2 and 3, and a footnote
at the foot of page 1 whose mark "1" is glued to the word it follows ("résolution1").
"""

from __future__ import annotations

from pathlib import Path

from workbench.model import Document, Link, Project, Role
from workbench.readers import document_from_text
from workbench.segment import segment_document
from workbench.store import Store

FRENCH = (
    "A/79/287\n\n"
    "Rapport du Secrétaire général\n\n"
    "1. Le présent rapport est soumis en application de la résolution1 78/214 de\n"
    "l’Assemblée générale. Il rend compte des activités menées en 2024.\n\n"
    "2. Les États Membres sont invités à examiner les recommandations.\n\n"
    "1 Résolution adoptée le 22 décembre 2023.\n"
    "24-13377 (F)\n"
    "\fA/79/287\n\n"
    "Coopération régionale\n\n"
    "3. Le Secrétaire général remercie les États Membres de leur coopération.\n\n"
    "4. Il recommande de poursuivre les travaux en 2025.\n"
    "24-13377 (F)\n"
    "\fA/79/287\n\n"
    "Coopération régionale\n\n"
    "5. Le rapport sera examiné à la soixante-dix-neuvième session.\n"
    "24-13377 (F)\n"
)

ENGLISH = (
    "A/79/287\n\n"
    "Report of the Secretary-General\n\n"
    "1. The present report is submitted pursuant to resolution1 78/214 of the\n"
    "General Assembly. It describes the activities carried out in 2024.\n\n"
    "2. Member States are invited to consider the recommendations.\n\n"
    "1 Resolution adopted on 22 December 2023.\n"
    "24-13377 (E)\n"
    "\fA/79/287\n\n"
    "Regional cooperation\n\n"
    "3. The Secretary-General thanks Member States for their cooperation.\n\n"
    "4. He recommends that the work continue in 2025.\n"
    "24-13377 (E)\n"
    "\fA/79/287\n\n"
    "Regional cooperation\n\n"
    "5. The report will be considered at the seventy-ninth session.\n"
    "24-13377 (E)\n"
)


def write_report(folder: Path, name: str = "rapport.txt", text: str = FRENCH) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def read(text: str, lang: str, role: Role) -> Document:
    return segment_document(document_from_text(text, lang, role))


def set_aside_project(store: Store, name: str = "rapport") -> Project:
    """The report as a stored project: body sentences linked 1:1, page furniture and the footnote in no link."""
    project = store.create_project(name, "fr", "en")
    fr = store.add_document(project.id, read(FRENCH, "fr", Role.SOURCE))
    en = store.add_document(project.id, read(ENGLISH, "en", Role.TARGET))
    src = [s.id or 0 for s in fr.segments]
    tgt = [s.id or 0 for s in en.segments]
    assert len(src) == len(tgt), "the two versions have the same body sentences"
    store.replace_links(project.id, [Link([a], [b], 0.9) for a, b in zip(src, tgt, strict=True)], actor="sample")
    return store.project(project.id)
