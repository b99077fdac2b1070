"""The bundled example letter, split into sentences by hand (segmentation is another stage's job).

Paragraphs are lists of sentences. The English has the same sentences in the same order, so
`project_from_sentences` pairs them 1:1; tests then break and repair the alignment on purpose.
"""

from __future__ import annotations

from pathlib import Path

from support.sample import project_from_sentences

from workbench.model import Project
from workbench.store import Store

FRENCH: list[list[str]] = [
    ["Genève, le 14 mars 2024"],
    [
        "Lettre datée du 14 mars 2024, adressée au Directeur général de l’Office des Nations Unies à Genève"
        " par le Représentant permanent de la République de Valdorie"
    ],
    [
        "J’ai l’honneur de vous faire part de la décision de mon Gouvernement d’accueillir, du 2 au 6 septembre"
        " 2024, la troisième conférence régionale sur la gestion durable des bassins fluviaux transfrontières.",
        "M. Anatole Brissac, Ministre de l’environnement, présidera les travaux.",
    ],
    [
        "La conférence réunira environ 1 200 participants venus de 42 pays.",
        "Elle examinera notamment les conclusions du rapport « L’eau, bien commun : bilan et perspectives »,"
        " publié en 2023 par le Programme des Nations Unies pour l’environnement (PNUE).",
        "Les délégations pourront-elles confirmer leur participation avant le 30 juin ?",
        "Un formulaire d’inscription est joint à la présente lettre.",
    ],
    [
        "Le budget de la conférence s’élève à 13 400 000 francs suisses, dont 2,5 millions financés par des"
        " contributions volontaires.",
        "Les dépenses seront réparties selon le barème suivant : 60 % pour l’organisation des séances, 25 % pour"
        " l’interprétation et 15 % pour la documentation.",
    ],
    [
        "Mon Gouvernement attache une grande importance à la participation des organisations de la société"
        " civile, des universités et des autorités locales.",
        "À cet égard, Mme Hélène Varga, coordonnatrice du comité préparatoire, se tient à la disposition de vos"
        " services (courriel : h.varga@valdorie.example).",
    ],
    [
        "Je vous serais reconnaissant de bien vouloir faire distribuer le texte de la présente lettre et de son"
        " annexe comme document officiel de la conférence."
    ],
    ["Veuillez agréer, Monsieur le Directeur général, les assurances de ma très haute considération."],
    ["L’Ambassadeur, Représentant permanent (Signé) P. K. Ostrander"],
]

ENGLISH: list[list[str]] = [
    ["Geneva, 14 March 2024"],
    [
        "Letter dated 14 March 2024 from the Permanent Representative of the Republic of Valdoria addressed to"
        " the Director-General of the United Nations Office at Geneva"
    ],
    [
        "I have the honour to inform you of the decision of my Government to host, from 2 to 6 September 2024,"
        " the third regional conference on the sustainable management of transboundary river basins.",
        "Mr. Anatole Brissac, Minister of the Environment, will chair the proceedings.",
    ],
    [
        "The conference will bring together some 1,200 participants from 42 countries.",
        'It will consider, in particular, the conclusions of the report "Water, a common good: review and'
        ' outlook", published in 2023 by the United Nations Environment Programme (UNEP).',
        "Could delegations confirm their participation before 30 June?",
        "A registration form is attached to the present letter.",
    ],
    [
        "The budget of the conference amounts to 13,400,000 Swiss francs, of which 2.5 million is financed"
        " through voluntary contributions.",
        "Expenditure will be allocated as follows: 60 per cent for the organization of meetings, 25 per cent"
        " for interpretation and 15 per cent for documentation.",
    ],
    [
        "My Government attaches great importance to the participation of civil society organizations,"
        " universities and local authorities.",
        "In this regard, Ms. Hélène Varga, coordinator of the preparatory committee, is at the disposal of your"
        " services (e-mail: h.varga@valdorie.example).",
    ],
    [
        "I should be grateful if you would have the text of the present letter and its annex circulated as an"
        " official document of the conference."
    ],
    ["Accept, Sir, the assurances of my highest consideration."],
    ["(Signed) P. K. Ostrander Ambassador Permanent Representative"],
]

SCORES = [0.97, 0.91, 0.93, 0.88, 0.45, 0.86, 0.62, 0.9, 0.35, 0.84, 0.8, 0.79, 0.85, 0.52, 0.4]
DRAFTS = ["Geneva, 14 March 2024", None, "I have the honour to tell you of my Government's decision to host..."]


def example_project(store: Store, name: str = "lettre") -> Project:
    """The example letter as a project of 15 rows, all 1:1, some with low confidence."""
    return project_from_sentences(store, name, FRENCH, ENGLISH, SCORES, DRAFTS)


def example_store(folder: Path) -> Store:
    return Store.open_workspace(folder)
