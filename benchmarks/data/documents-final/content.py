"""Sentence data of the final held-out French/English official-document set (original text written for this
project, MIT).

A third, independent set with the gold conventions of benchmarks/data/documents/: every country, person,
body, document symbol and figure here is invented, and none of the topics, names or sentences of the two
earlier sets is reused.  The block model, its helpers and the inline markup are set 1's (imported from its
content.py): a block is one paragraph (a table block is one paragraph per cell) holding sentence pairs
(fr, en); a side is one sentence, or a tuple of sentences for a 2:1 or 1:2 pair; {{text}} is a footnote,
*text* italic, ~ a no-break space (only inside French numbers: "31~000", "84~%").

Added here (built by this folder's build.py):

  * autonum: a paragraph numbered by Word (the "List Number" style); the number is not text in the docx,
    so the block has no label and the gold has no number;
  * bullet2: a second-level Word bullet ("List Bullet 2");
  * line: a one-line paragraph with no space after (addressee and contact lines);
  * Grid: a table block that may merge cells, shade rows, make rows bold and have no borders; a merged
    cell's pair stands at its top-left position, the positions it covers hold None;
  * NewSection: a section break to a new page, the new section having its own header and footer.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

_SET1 = str(Path(__file__).resolve().parent.parent / "documents")
if _SET1 not in sys.path:
    sys.path.insert(0, _SET1)

from content import (  # noqa: E402  (set 1's content.py: the block model and its helpers)
    Block,
    Doc,
    Pair,
    bullet,
    center,
    date,
    heading,
    num,
    para,
    pream,
    sig,
    sub,
    subtitle,
    title,
)


@dataclass(frozen=True)
class Grid(Block):
    """A table: merges are (row, column, rows spanned, columns spanned); shade is ((row, hex colour), ...)."""

    merges: tuple[tuple[int, int, int, int], ...] = ()
    borders: str = "grid"  # grid: every cell ruled; box: a frame round the table only; none: no borders
    shade: tuple[tuple[int, str], ...] = ()
    bold_rows: tuple[int, ...] = (0,)
    header_rows: tuple[int, ...] = (0,)  # repeated on a new page, numbers centred
    center_cols: tuple[int, ...] = ()


@dataclass(frozen=True)
class NewSection(Block):
    """A next-page section break; furniture is ((slot, ((text, align), ...)), ...), slot ending in _header or
    _footer (e.g. annex_header), text a str or (fr, en) as in layout["furniture"]."""

    furniture: tuple = ()


def autonum(*pairs: Pair, **kw) -> Block:
    """A paragraph numbered by Word (List Number style): no typed label, no number in the gold."""
    return Block("autonum", tuple(pairs), **kw)


def bullet2(*pairs: Pair, **kw) -> Block:
    """A second-level Word bullet (List Bullet 2 style)."""
    return Block("bullet2", tuple(pairs), **kw)


def line(fr: str, en: str, **kw) -> Block:
    """A one-line paragraph with no space after."""
    return Block("line", ((fr, en),), **kw)


def grid(rows, **kw) -> Grid:
    return Grid("table", rows=tuple(tuple(r) for r in rows), **kw)


def same(text: str) -> Pair:
    """A cell or line that reads the same in both languages (a number, a name, a code)."""
    return (text, text)


def fr_num(text: str) -> Pair:
    """A number cell: French decimal comma, English decimal point."""
    return (text, text.replace(",", "."))


DOCUMENTS: list[Doc] = []


# ----------------------------------------------------------------- 1. session report, Word-numbered paragraphs

DOCUMENTS.append(
    Doc(
        name="report-pellune-fisheries",
        description="session report of a fisheries commission: paragraphs numbered by Word (List Number style, "
        "the number is not text), headings in small capitals, the title in italics as running header on every "
        "page, a centred page number - n - as footer, Word bullets between numbered paragraphs",
        layout={
            "pages": 2,
            "font": "DejaVu Serif Condensed",
            "size": 10.5,
            "space_after": 6,
            "line_spacing": 1.1,
            "margins": (2.6, 2.4, 2.4, 2.4),
            "header_distance": 1.2,
            "footer_distance": 1.1,
            "furniture_size": 9,
            "title_size": 14,
            "subtitle_size": 11,
            "heading_size": 11.5,
            "heading_small_caps": True,
            "autonum": (1.0, 1.0),
            "bullet_indent": (1.6, 0.6),
            "bullet_space_after": 3,
            "furniture": {
                "header": [
                    (
                        (
                            "//Commission des pêches de la mer de Pellune – Rapport de la quatorzième session",
                            "//Pellune Sea Fisheries Commission – Report of the fourteenth session",
                        ),
                        "center",
                    )
                ],
                "footer": [("- {PAGE} -", "center")],
            },
        },
        blocks=(
            title(
                "Rapport de la Commission des pêches de la mer de Pellune sur sa quatorzième session",
                "Report of the Pellune Sea Fisheries Commission on its fourteenth session",
                space_before=0,
            ),
            subtitle(
                "Brisanne (Îles Calvennes), du 3 au 7 février 2025",
                "Brisanne, Calvenne Islands, 3–7 February 2025",
            ),
            heading(None, "Ouverture de la session", "Opening of the session"),
            autonum(
                (
                    "La quatorzième session de la Commission des pêches de la mer de Pellune s’est tenue à Brisanne "
                    "du 3 au 7 février 2025, à l’invitation du Gouvernement des Îles Calvennes.",
                    "The fourteenth session of the Pellune Sea Fisheries Commission was held in Brisanne from 3 to "
                    "7 February 2025 at the invitation of the Government of the Calvenne Islands.",
                ),
                (
                    "Y ont participé les délégations des six États membres, deux organisations régionales de pêcheurs "
                    "et quatre observateurs.",
                    "It was attended by delegations from the six member States, two regional fishers’ organizations "
                    "and four observers.",
                ),
            ),
            autonum(
                (
                    "Le Ministre de la mer des Îles Calvennes, M. Rafael Quintanar-Holm, a ouvert la session.",
                    "The Minister for Maritime Affairs of the Calvenne Islands, Rafael Quintanar-Holm, opened the "
                    "session.",
                ),
                (
                    "Il a rappelé que la pêche fait vivre près d’un ménage sur cinq dans l’archipel et que la baisse "
                    "des captures de merlu depuis 2019 inquiète vivement les communautés côtières.",
                    "He recalled that fishing supports nearly one household in five in the archipelago and that the "
                    "fall in hake catches since 2019 is a matter of serious concern to coastal communities.",
                ),
            ),
            autonum(
                (
                    "La Commission a élu Mme Agnès Tolvanen (Royaume de Brescande) présidente et M. Yusuf "
                    "Karadeniz-Lind (République de Tervanie) vice-président.",
                    "The Commission elected Agnès Tolvanen (Kingdom of Brescandia) as Chair and Yusuf Karadeniz-Lind "
                    "(Republic of Tervania) as Vice-Chair.",
                ),
                ("Elle a adopté l’ordre du jour sans modification.", "It adopted the agenda without amendment."),
            ),
            heading(None, "État des stocks", "State of the stocks"),
            autonum(
                (
                    "Le Comité scientifique a présenté son évaluation annuelle, qui porte sur onze stocks représentant "
                    "84~% des débarquements de la région.",
                    "The Scientific Committee presented its annual assessment, which covers eleven stocks accounting "
                    "for 84 per cent of landings in the region.",
                ),
                (
                    "Quatre stocks sont jugés en bon état, cinq sont pleinement exploités et deux sont surexploités.",
                    "Four stocks are considered to be in good condition, five are fully exploited and two are "
                    "overexploited.",
                ),
            ),
            autonum(
                (
                    "Le stock de merlu du plateau nord reste la principale source de préoccupation.",
                    "The northern shelf hake stock remains the main cause for concern.",
                ),
                (
                    "Sa biomasse reproductrice est estimée à 31~000 tonnes, soit moins de la moitié du niveau de "
                    "référence fixé par la Commission en 2016.",
                    "Its spawning biomass is estimated at 31,000 tonnes, less than half of the reference level set "
                    "by the Commission in 2016.",
                ),
                (
                    "Le Comité recommande de réduire les captures d’au moins 25~% pendant trois ans.",
                    "The Committee recommends that catches be reduced by at least 25 per cent for three years.",
                ),
            ),
            autonum(
                (
                    "Le Comité a par ailleurs signalé que la température moyenne de surface de la mer de Pellune a "
                    "augmenté de 0,6 degré depuis 2000.",
                    "The Committee also reported that the average surface temperature of the Pellune Sea has risen "
                    "by 0.6 degrees since 2000.",
                ),
                (
                    "Ce réchauffement pourrait expliquer le déplacement vers le nord de plusieurs espèces, dont le "
                    "maquereau et le rouget.",
                    "This warming might explain the northward shift of several species, including mackerel and red "
                    "mullet.",
                ),
            ),
            autonum(
                (
                    "Plusieurs délégations ont souligné que les données provenant de la pêche artisanale restent "
                    "lacunaires.",
                    "Several delegations stressed that data from small-scale fisheries remain incomplete.",
                ),
                (
                    "Selon elles, les débarquements non déclarés pourraient représenter jusqu’à un cinquième des "
                    "captures réelles de certaines espèces côtières.",
                    "In their view, unreported landings could amount to as much as one fifth of the actual catch of "
                    "some coastal species.",
                ),
            ),
            heading(None, "Mesures de gestion pour 2025-2026", "Management measures for 2025–2026"),
            autonum(
                (
                    "Après un long débat, la Commission a adopté une réduction de 20~% du total admissible des "
                    "captures de merlu pour 2025, suivie d’une nouvelle réduction de 10~% en 2026 si la biomasse ne "
                    "se redresse pas.",
                    "After lengthy discussion, the Commission adopted a 20 per cent reduction in the total allowable "
                    "catch of hake for 2025, to be followed by a further 10 per cent reduction in 2026 if the biomass "
                    "does not recover.",
                ),
                (
                    "La délégation de la République d’Osmarie a exprimé une réserve sur ce calendrier.",
                    "The delegation of the Federal Republic of Osmaria expressed a reservation concerning this "
                    "timetable.",
                ),
            ),
            autonum(("La Commission a également décidé :", "The Commission also decided:")),
            bullet(
                (
                    "de fermer la zone de frai du banc de Sorrel du 1er mars au 30 avril ;",
                    "to close the Sorrel Bank spawning area from 1 March to 30 April;",
                )
            ),
            bullet(
                (
                    "de porter le maillage minimal des chaluts de fond de 70 à 80 millimètres ;",
                    "to increase the minimum mesh size of bottom trawls from 70 to 80 millimetres;",
                )
            ),
            bullet(
                (
                    "de réexaminer ces mesures à sa quinzième session, à la lumière d’une nouvelle évaluation.",
                    "to review these measures at its fifteenth session in the light of a new assessment.",
                )
            ),
            autonum(
                (
                    "Les délégations sont convenues que la répartition du total admissible des captures entre les "
                    "États membres resterait inchangée en 2025.",
                    "Delegations agreed that the allocation of the total allowable catch among member States would "
                    "remain unchanged in 2025.",
                ),
                (
                    "Un groupe de travail présentera en 2026 des propositions tenant compte de l’évolution de la "
                    "répartition géographique des stocks.",
                    "A working group will submit proposals in 2026 that take account of changes in the geographical "
                    "distribution of the stocks.",
                ),
            ),
            heading(None, "Contrôle et surveillance", "Monitoring, control and surveillance"),
            autonum(
                (
                    "Le Secrétariat a indiqué que 1~214 inspections en mer et 3~870 inspections au port avaient été "
                    "réalisées en 2024.",
                    "The Secretariat reported that 1,214 inspections at sea and 3,870 port inspections had been "
                    "carried out in 2024.",
                ),
                (
                    "Elles ont donné lieu à 96 procès-verbaux d’infraction, dont un tiers pour des erreurs de "
                    "déclaration des captures.",
                    "They gave rise to 96 reports of infringements, one third of them for errors in catch reporting.",
                ),
            ),
            autonum(
                (
                    "La Commission a approuvé le déploiement progressif du journal de pêche électronique sur tous les "
                    "navires de plus de 12 mètres d’ici à la fin de 2026.",
                    "The Commission approved the gradual introduction of the electronic logbook on all vessels over "
                    "12 metres in length by the end of 2026.",
                ),
                (
                    "Les États membres qui le souhaitent pourront bénéficier d’un appui technique du Secrétariat.",
                    "Member States that so wish may receive technical support from the Secretariat.",
                ),
            ),
            heading(None, "Pêche artisanale", "Small-scale fisheries"),
            autonum(
                (
                    "La représentante de la Fédération des pêcheurs côtiers de la mer de Pellune, Mme Clémentine "
                    "Abara, a présenté les résultats d’une enquête menée auprès de 640 patrons de pêche.",
                    "The representative of the Pellune Sea Coastal Fishers’ Federation, Clémentine Abara, presented "
                    "the results of a survey of 640 fishing skippers.",
                ),
                (
                    "Près de la moitié d’entre eux déclarent que leurs revenus ont diminué depuis 2020, principalement "
                    "en raison de la hausse du prix du carburant.",
                    "Nearly half of them reported that their income had fallen since 2020, mainly because of rising "
                    "fuel prices.",
                ),
            ),
            autonum(
                (
                    "La Commission a pris note avec intérêt de la proposition de créer des zones côtières réservées "
                    "aux navires de moins de 10 mètres et a prié le Comité scientifique d’en évaluer les effets "
                    "probables.",
                    (
                        "The Commission noted with interest the proposal to establish coastal zones reserved for "
                        "vessels under 10 metres.",
                        "It requested the Scientific Committee to assess the likely effects of such zones.",
                    ),
                ),
            ),
            heading(None, "Questions diverses et clôture de la session", "Other matters and closure of the session"),
            autonum(
                (
                    "La Commission a accepté avec gratitude l’offre de la République de Tervanie d’accueillir sa "
                    "quinzième session à Ardevin en février 2026.",
                    "The Commission gratefully accepted the offer of the Republic of Tervania to host its fifteenth "
                    "session in Ardevin in February 2026.",
                ),
            ),
            autonum(
                (
                    "Le présent rapport a été adopté le 7 février 2025.",
                    "The present report was adopted on 7 February 2025.",
                ),
                (
                    "La présidente a remercié les délégations et le Gouvernement hôte, puis a prononcé la clôture de "
                    "la session à 17 h 40.",
                    "The Chair thanked the delegations and the host Government and then declared the session closed "
                    "at 5.40 p.m.",
                ),
            ),
        ),
    )
)


# ----------------------------------------------------------------- 2. UN report, masthead table, footnotes

_AV_SYMBOL = "E/CN.21/2025/4"

DOCUMENTS.append(
    Doc(
        name="report-velmar-aviation",
        description="report of the Secretary-General with a UN masthead laid out as a table in the first-page "
        "header (Distr.: General), symbol header and centred page number from page 2, typed numbered paragraphs, "
        "seven footnotes (several on one page, texts over two lines, one on the last page), page breaks at other "
        "places in the English version",
        layout={
            "pages": 2,
            "font": "Times New Roman",
            "size": 10,
            "note_size": 8.5,
            "space_after": 6,
            "margins": (2.2, 2.6, 2.4, 2.6),
            "header_distance": 1.0,
            "footer_distance": 1.2,
            "furniture_size": 8.5,
            "title_size": 14,
            "subtitle_size": 11,
            "subtitle_bold": True,
            "title_align": "left",
            "num_left": 1.0,
            "num_hang": 1.0,
            "sub_left": 2.0,
            "sub_hang": 1.0,
            "heading_hang": 1.0,
            "justify": True,
            "header_table": {
                "slot": "first_header",
                "widths": (9.3, 6.5),
                "rows": [
                    [
                        [(("Nations Unies", "United Nations"), "left", 11, True)],
                        [(_AV_SYMBOL, "right", 14, True)],
                    ],
                    [
                        [(("Conseil économique et social", "Economic and Social Council"), "left", 16, True)],
                        [
                            (("Distr. générale", "Distr.: General"), "left", 9.5, False),
                            (("3 mars 2025", "3 March 2025"), "left", 9.5, False),
                            (("Français", ""), "left", 9.5, False),
                            (("Original : anglais", "Original: English"), "left", 9.5, False),
                        ],
                    ],
                ],
            },
            "furniture": {
                "first_footer": [(("25-03318 (F)", "25-03318 (E)"), "left")],
                "header": [("**" + _AV_SYMBOL, "right")],
                "footer": [("{PAGE}", "center")],
            },
        },
        blocks=(
            para(
                ("Commission de la sécurité des transports", "Commission on Transport Safety"),
                bold=True,
                space_before=6,
            ),
            para(("Onzième session", "Eleventh session")),
            para(("Ardevin, 12-14 mai 2025", "Ardevin, 12–14 May 2025")),
            para(
                (
                    "Point 4 de l’ordre du jour provisoire{{E/CN.21/2025/1.}}",
                    "Item 4 of the provisional agenda{{E/CN.21/2025/1.}}",
                )
            ),
            para(("Sécurité aérienne", "Aviation safety"), bold=True),
            title(
                "Sécurité de l’aviation civile dans les États du plateau de Velmar",
                "Civil aviation safety in the States of the Velmar Plateau",
                space_before=12,
            ),
            subtitle("Rapport du Secrétaire général", "Report of the Secretary-General"),
            heading(None, "Résumé", "Summary", align="center"),
            para(
                (
                    "Le présent rapport passe en revue la sécurité de l’aviation civile dans les neuf États du "
                    "plateau de Velmar entre 2020 et 2024.",
                    "The present report reviews civil aviation safety in the nine States of the Velmar Plateau "
                    "between 2020 and 2024.",
                ),
                (
                    "Le taux d’accidents y a baissé d’un tiers, mais il reste plus de deux fois supérieur à la "
                    "moyenne mondiale.",
                    "The accident rate there has fallen by one third but remains more than twice the global average.",
                ),
                (
                    "Le rapport recommande de renforcer les autorités nationales de l’aviation civile, d’améliorer la "
                    "sécurité des pistes et de mutualiser la formation des inspecteurs.",
                    "The report recommends strengthening national civil aviation authorities, improving runway "
                    "safety and pooling the training of inspectors.",
                ),
            ),
            heading("I.", "Introduction", "Introduction"),
            num(
                "1.",
                (
                    "Le présent rapport est soumis en application de la résolution 2023/17 du Conseil économique et "
                    "social, dans laquelle le Conseil a prié le Secrétaire général de lui rendre compte de l’état de "
                    "la sécurité aérienne dans la région.",
                    "The present report is submitted pursuant to Economic and Social Council resolution 2023/17, in "
                    "which the Council requested the Secretary-General to report to it on the state of aviation "
                    "safety in the region.",
                ),
                (
                    "Il s’appuie sur les données communiquées par les autorités nationales et sur les rapports "
                    "d’enquête publiés entre 2020 et 2024{{Les rapports d’enquête peuvent être consultés sur le site "
                    "Web de la Commission ; quatre d’entre eux n’ont été publiés que dans la langue nationale de "
                    "l’État qui a mené l’enquête.}}.",
                    "It draws on data provided by national authorities and on investigation reports published "
                    "between 2020 and 2024{{The investigation reports can be consulted on the Commission’s website; "
                    "four of them were published only in the national language of the State that conducted the "
                    "investigation.}}.",
                ),
            ),
            num(
                "2.",
                (
                    "Le plateau de Velmar compte 41 aéroports ouverts au trafic commercial, dont 17 situés à plus de "
                    "2~000 mètres d’altitude.",
                    "The Velmar Plateau has 41 airports open to commercial traffic, 17 of which are located more than "
                    "2,000 metres above sea level.",
                ),
                (
                    "Le trafic y a atteint 9,6 millions de passagers en 2024, contre 6,1 millions en 2019.",
                    "Traffic reached 9.6 million passengers in 2024, compared with 6.1 million in 2019.",
                ),
            ),
            heading("II.", "Accidents et incidents graves", "Accidents and serious incidents"),
            num(
                "3.",
                (
                    "Entre 2020 et 2024, 23 accidents et 58 incidents graves ont été signalés dans la région, causant "
                    "la mort de 64 personnes{{Sont pris en compte les accidents d’aéronefs de plus de 5~700 "
                    "kilogrammes de masse maximale au décollage exploités en transport commercial ; les accidents de "
                    "l’aviation générale font l’objet d’un suivi distinct.}}.",
                    "Between 2020 and 2024, 23 accidents and 58 serious incidents were reported in the region, "
                    "resulting in 64 fatalities{{The figures cover accidents involving aircraft with a maximum "
                    "take-off mass of more than 5,700 kilograms operated in commercial air transport; general "
                    "aviation accidents are monitored separately.}}.",
                ),
                (
                    "Rapporté au nombre de départs, le taux d’accidents est passé de 5,2 à 3,4 par million de départs.",
                    "Measured against the number of departures, the accident rate fell from 5.2 to 3.4 per million "
                    "departures.",
                ),
            ),
            num(
                "4.",
                (
                    "Les sorties de piste représentent à elles seules 39~% des accidents.",
                    "Runway excursions alone account for 39 per cent of accidents.",
                ),
                (
                    "Viennent ensuite les pertes de contrôle en vol, souvent liées à des conditions météorologiques "
                    "difficiles en montagne, et les collisions avec des obstacles lors de l’approche{{Voir Commission "
                    "de la sécurité des transports, *Étude sur les approches en terrain montagneux* (Ardevin, 2023), "
                    "chap. II.}}.",
                    "They are followed by loss of control in flight, often associated with difficult weather "
                    "conditions in mountainous terrain, and collisions with obstacles during approach{{See Commission "
                    "on Transport Safety, *Study on Approaches in Mountainous Terrain* (Ardevin, 2023), chap. II.}}.",
                ),
            ),
            num(
                "5.",
                (
                    "Dans près de la moitié des cas, les enquêtes ont mis en évidence des défaillances dans la "
                    "formation des équipages ou dans l’entretien des aéronefs.",
                    "In nearly half of the cases, the investigations identified shortcomings in crew training or "
                    "aircraft maintenance.",
                ),
                (
                    "Les petits exploitants, qui assurent la desserte des vallées isolées, sont surreprésentés parmi "
                    "les accidents mortels.",
                    "Small operators, which serve the remote valleys, are overrepresented among fatal accidents.",
                ),
            ),
            num(
                "6.",
                (
                    "Le nombre d’incidents impliquant des aéronefs sans équipage à proximité des aéroports a fortement "
                    "augmenté, passant de 4 en 2020 à 37 en 2024{{À 11 reprises en 2024, un aéronef sans équipage a "
                    "été observé à moins de 500 mètres d’un avion de ligne en approche, contre une seule fois en "
                    "2021.}}.",
                    "The number of incidents involving unmanned aircraft near airports has risen sharply, from 4 in "
                    "2020 to 37 in 2024{{On 11 occasions in 2024, an unmanned aircraft was sighted less than 500 "
                    "metres from an airliner on approach, compared with only once in 2021.}}.",
                ),
                (
                    "Seuls trois États disposent d’une réglementation complète en la matière.",
                    "Only three States have comprehensive regulations on the matter.",
                ),
            ),
            heading("III.", "Sécurité des pistes", "Runway safety"),
            num(
                "7.",
                (
                    "Les audits réalisés en 2024 montrent que 14 aéroports ne disposent pas d’une aire de sécurité "
                    "d’extrémité de piste conforme aux normes internationales.",
                    "Audits carried out in 2024 show that 14 airports lack a runway end safety area that meets "
                    "international standards.",
                ),
                (
                    "Dans la plupart des cas, le relief ne permet pas d’allonger l’aire existante.",
                    "In most cases, the terrain does not allow the existing area to be extended.",
                ),
            ),
            num(
                "8.",
                (
                    "Des dispositifs d’arrêt en matériau absorbant ont été installés à Ardevin et à Tolvaro, pour un "
                    "coût total de 11 millions de dollars.",
                    "Arresting systems made of energy-absorbing material have been installed at Ardevin and Tolvaro, "
                    "at a total cost of $11 million.",
                ),
                (
                    "Le Secrétaire général encourage les partenaires de développement à soutenir l’équipement des "
                    "autres aéroports exposés.",
                    "The Secretary-General encourages development partners to support the equipping of the other "
                    "exposed airports.",
                ),
            ),
            num(
                "9.",
                (
                    (
                        "Les équipes locales de sécurité des pistes, créées dans 26 aéroports, ont fait la preuve de "
                        "leur utilité.",
                        "Elles réunissent régulièrement contrôleurs, pilotes et exploitants d’aéroport pour analyser "
                        "les incidents et proposer des mesures correctives.",
                    ),
                    "Local runway safety teams, set up at 26 airports, which regularly bring together controllers, "
                    "pilots and airport operators to analyse incidents and propose corrective measures, have proved "
                    "their worth.",
                ),
            ),
            heading("IV.", "Formation des inspecteurs", "Training of inspectors"),
            num(
                "10.",
                (
                    "Les autorités nationales de l’aviation civile de la région emploient au total 212 inspecteurs, "
                    "alors que les besoins sont estimés à 340.",
                    "The national civil aviation authorities of the region employ a total of 212 inspectors, whereas "
                    "the needs are estimated at 340.",
                ),
                (
                    "Les départs vers le secteur privé, mieux rémunéré, expliquent une grande partie des postes "
                    "vacants.",
                    "Departures to the better-paid private sector account for a large proportion of the vacancies.",
                ),
            ),
            num(
                "11.",
                (
                    "Le centre régional de formation ouvert à Tolvaro en 2022 a formé 96 inspecteurs, dont 31 femmes.",
                    "The regional training centre opened in Tolvaro in 2022 has trained 96 inspectors, 31 of whom "
                    "are women.",
                ),
                (
                    "Son financement n’est toutefois assuré que jusqu’à la fin de 2025{{Le centre est financé à parts "
                    "égales par les États du plateau et par un fonds d’affectation spéciale alimenté par des "
                    "contributions volontaires ; les engagements actuels couvrent 62~% du budget de 2026.}}.",
                    "However, its funding is secured only until the end of 2025{{The centre is funded in equal "
                    "shares by the Plateau States and by a trust fund supplied by voluntary contributions; current "
                    "pledges cover 62 per cent of the 2026 budget.}}.",
                ),
            ),
            heading("V.", "Recommandations", "Recommendations"),
            num(
                "12.",
                (
                    "Le Secrétaire général recommande aux États du plateau de Velmar :",
                    "The Secretary-General recommends that the States of the Velmar Plateau:",
                ),
            ),
            sub(
                ("a)", "(a)"),
                (
                    "De doter leurs autorités de l’aviation civile de ressources suffisantes et de grilles de "
                    "rémunération qui leur permettent de retenir les inspecteurs qualifiés ;",
                    "Provide their civil aviation authorities with sufficient resources and with pay scales that "
                    "enable them to retain qualified inspectors;",
                ),
            ),
            sub(
                ("b)", "(b)"),
                (
                    "D’adopter d’ici à 2026 une réglementation commune sur l’utilisation des aéronefs sans équipage "
                    "à proximité des aéroports ;",
                    "Adopt by 2026 common regulations on the use of unmanned aircraft near airports;",
                ),
            ),
            sub(
                ("c)", "(c)"),
                (
                    "De pérenniser le financement du centre régional de formation de Tolvaro ;",
                    "Place the funding of the Tolvaro regional training centre on a sustainable footing;",
                ),
            ),
            sub(
                ("d)", "(d)"),
                (
                    "De publier l’ensemble des rapports d’enquête dans un délai de douze mois et dans au moins une "
                    "langue de travail de la Commission{{Cette recommandation reprend celle que la Commission a "
                    "formulée à sa neuvième session ; en 2024, le délai moyen de publication d’un rapport d’enquête "
                    "était de dix-neuf mois.}}.",
                    "Publish all investigation reports within twelve months and in at least one working language of "
                    "the Commission{{This recommendation reiterates the one made by the Commission at its ninth "
                    "session; in 2024, the average time taken to publish an investigation report was nineteen "
                    "months.}}.",
                ),
            ),
            num(
                "13.",
                (
                    "La Commission voudra peut-être inviter les partenaires de développement à appuyer la mise en "
                    "œuvre de ces recommandations.",
                    "The Commission may wish to invite development partners to support the implementation of these "
                    "recommendations.",
                ),
            ),
        ),
    )
)


# ----------------------------------------------------------------- 3. circular, justified at 1.5 line spacing

DOCUMENTS.append(
    Doc(
        name="circular-galderia-water-tariff",
        description="ministerial circular to water utilities: Arial 11, justified body at 1.5 line spacing, "
        "letterhead in the first-page header, page number footer, title and headings typed in capitals with "
        "typed labels 1.-5., a reference line in 9.5 pt, signature block",
        layout={
            "pages": 2,
            "font": "Arial",
            "size": 11,
            "space_after": 6,
            "line_spacing": 1.5,
            "justify": True,
            "margins": (2.5, 2.5, 2.2, 2.5),
            "header_distance": 1.0,
            "footer_distance": 1.0,
            "furniture_size": 9,
            "title_size": 12,
            "heading_size": 11,
            "heading_hang": 0.8,
            "sig_indent": 8.0,
            "furniture": {
                "first_header": [
                    (("**RÉPUBLIQUE DE GALDÉRIE", "**REPUBLIC OF GALDERIA"), "center"),
                    (
                        ("Ministère de l’hydraulique et de l’assainissement", "Ministry of Water and Sanitation"),
                        "center",
                    ),
                    (
                        ("Direction de la régulation des services d’eau", "Water Services Regulation Directorate"),
                        "center",
                    ),
                ],
                "first_footer": [("{PAGE}", "right")],
                "footer": [("{PAGE}", "right")],
            },
        },
        blocks=(
            date("Vallombre, le 9 avril 2025", "Vallombre, 9 April 2025", space_before=12),
            title("CIRCULAIRE N° 2025-07", "CIRCULAR No. 2025-07", space_before=6),
            subtitle(
                "relative à la mise en œuvre du tarif social de l’eau potable",
                "on the implementation of the social tariff for drinking water",
            ),
            center(
                (
                    "Le Ministre de l’hydraulique et de l’assainissement à Mesdames et Messieurs les directeurs des "
                    "régies et sociétés de distribution d’eau potable",
                    "From the Minister of Water and Sanitation to the directors of drinking water utilities and "
                    "distribution companies",
                ),
                italic=True,
            ),
            para(
                (
                    "Références : loi n° 2024-31 du 18 décembre 2024 relative au droit à l’eau ; décret n° 2025-112 "
                    "du 3 mars 2025.",
                    "References: Act No. 2024-31 of 18 December 2024 on the right to water; Decree No. 2025-112 of "
                    "3 March 2025.",
                ),
                size=9.5,
                space_before=6,
            ),
            heading("1.", "OBJET", "PURPOSE"),
            para(
                (
                    "La loi du 18 décembre 2024 relative au droit à l’eau a institué un tarif social applicable, à "
                    "compter du 1er juillet 2025, aux ménages dont les ressources sont inférieures à un plafond fixé "
                    "par décret.",
                    "The Act of 18 December 2024 on the right to water established a social tariff that applies, "
                    "from 1 July 2025, to households whose income is below a ceiling set by decree.",
                ),
                (
                    "La présente circulaire précise les modalités de sa mise en œuvre par les services de "
                    "distribution.",
                    "The present circular sets out the arrangements for its implementation by distribution services.",
                ),
            ),
            para(
                (
                    "Elle s’applique à l’ensemble des régies municipales et des sociétés concessionnaires, quel que "
                    "soit le nombre d’abonnés qu’elles desservent.",
                    "It applies to all municipal utilities and concession companies, regardless of the number of "
                    "customers they serve.",
                ),
            ),
            heading("2.", "BÉNÉFICIAIRES", "ELIGIBLE HOUSEHOLDS"),
            para(
                (
                    "Bénéficient de plein droit du tarif social les ménages titulaires de la carte de solidarité "
                    "nationale.",
                    "Households holding the national solidarity card are automatically entitled to the social tariff.",
                ),
                (
                    "Les listes correspondantes sont transmises chaque trimestre aux services de distribution par les "
                    "caisses régionales de solidarité.",
                    "The corresponding lists are sent to distribution services every quarter by the regional "
                    "solidarity funds.",
                ),
            ),
            para(
                (
                    "Les autres ménages peuvent en faire la demande auprès de leur service de distribution en "
                    "produisant un avis d’imposition ou une attestation de ressources.",
                    "Other households may apply to their distribution service by producing a tax notice or a "
                    "certificate of income.",
                ),
                (
                    "Le service dispose d’un mois pour statuer ; son silence vaut acceptation.",
                    (
                        "The service has one month in which to take a decision.",
                        "If it does not reply within that time, the application is deemed to be accepted.",
                    ),
                ),
            ),
            para(
                (
                    "Dans les immeubles collectifs dotés d’un seul compteur, l’aide est versée au gestionnaire de "
                    "l’immeuble, qui est tenu de la répercuter intégralement sur les charges des occupants concernés.",
                    "In apartment buildings with a single meter, the assistance is paid to the building manager, who "
                    "must pass it on in full in the service charges of the occupants concerned.",
                ),
            ),
            heading("3.", "CALCUL DE LA FACTURE", "CALCULATION OF THE BILL"),
            para(
                (
                    "Le tarif social comporte une première tranche de consommation gratuite de 15 mètres cubes par "
                    "personne et par an.",
                    "The social tariff includes a first band of free consumption of 15 cubic metres per person per "
                    "year.",
                ),
                (
                    "Au-delà, le prix du mètre cube est réduit de 50~% jusqu’à 40 mètres cubes par personne, puis le "
                    "tarif ordinaire s’applique.",
                    "Beyond that, the price per cubic metre is reduced by 50 per cent up to 40 cubic metres per "
                    "person, after which the ordinary tariff applies.",
                ),
            ),
            para(
                (
                    "La part fixe de l’abonnement n’est pas facturée aux bénéficiaires.",
                    "The fixed part of the subscription charge is not billed to beneficiaries.",
                ),
                (
                    "Le manque à gagner est compensé par le Fonds national de solidarité pour l’eau, sur la base des "
                    "relevés transmis par chaque service avant le 31 janvier de l’année suivante.",
                    "The loss of revenue is offset by the National Water Solidarity Fund on the basis of the "
                    "statements sent by each service before 31 January of the following year.",
                ),
            ),
            para(
                (
                    "La facture doit faire apparaître de manière distincte le montant de l’aide accordée.",
                    "The bill must show the amount of assistance granted as a separate item.",
                ),
            ),
            heading("4.", "COUPURES ET RÉDUCTIONS DE DÉBIT", "DISCONNECTIONS AND FLOW RESTRICTIONS"),
            para(
                (
                    "Aucune coupure d’eau ne peut être pratiquée dans la résidence principale d’un bénéficiaire du "
                    "tarif social, y compris en cas d’impayés.",
                    "The water supply to the main residence of a beneficiary of the social tariff may not be "
                    "disconnected, including in the event of unpaid bills.",
                ),
                ("La réduction du débit est également interdite.", "Restricting the flow is also prohibited."),
            ),
            para(
                (
                    "Les services de distribution proposent aux ménages en difficulté un échéancier de paiement d’une "
                    "durée d’au moins douze mois.",
                    "Distribution services shall offer households in difficulty a payment schedule covering at least "
                    "twelve months.",
                ),
                (
                    "Ils informent le centre communal d’action sociale de toute dette supérieure à trois mois de "
                    "consommation.",
                    "They shall inform the municipal social welfare centre of any debt exceeding three months’ "
                    "consumption.",
                ),
            ),
            heading("5.", "SUIVI", "MONITORING"),
            para(
                (
                    "Chaque service de distribution adresse à la Direction de la régulation, avant le 31 mars de "
                    "chaque année, un rapport indiquant le nombre de bénéficiaires, les volumes facturés au tarif "
                    "social et le montant des aides versées.",
                    "Before 31 March each year, each distribution service shall send the Regulation Directorate a "
                    "report indicating the number of beneficiaries, the volumes billed at the social tariff and the "
                    "amount of assistance paid.",
                ),
            ),
            para(
                (
                    "Un premier bilan de la réforme sera présenté au Conseil national de l’eau en juin 2026.",
                    "An initial review of the reform will be presented to the National Water Council in June 2026.",
                ),
                (
                    "Il pourra conduire à une révision des tranches de consommation.",
                    "It may lead to a revision of the consumption bands.",
                ),
            ),
            para(
                (
                    "Les questions relatives à l’application de la présente circulaire peuvent être adressées au "
                    "bureau des tarifs de la Direction de la régulation (poste 4417).",
                    "Questions on the application of the present circular may be addressed to the tariffs office of "
                    "the Regulation Directorate (extension 4417).",
                ),
            ),
            sig(
                "Le Ministre de l’hydraulique et de l’assainissement,",
                "The Minister of Water and Sanitation,",
                space_before=12,
            ),
            sig("Ousmane Kerbriand", "Ousmane Kerbriand", space_before=24),
        ),
    )
)


# ----------------------------------------------------------------- 4. letter, (Signé), annex in its own section

_HR_REF = "MCP/DPM/2025/0412"

DOCUMENTS.append(
    Doc(
        name="letter-ormande-restitution",
        description="ministerial letter to a museum director: letterhead in the first-page header, date, "
        "reference and addressee lines, bold subject line, salutation, signature block of three lines "
        "((Signé), name, title), then an annex in a new section starting on a new page, with its own running "
        "header and footer, title, subtitle and a shaded-header table",
        layout={
            "pages": 3,
            "font": "Times New Roman",
            "size": 12,
            "space_after": 8,
            "margins": (2.0, 2.2, 2.2, 2.8),
            "header_distance": 0.9,
            "furniture_size": 10,
            "title_size": 13,
            "sig_indent": 9.0,
            "table_size": 10.5,
            "furniture": {
                "first_header": [
                    (("**RÉPUBLIQUE FÉDÉRALE D’OSMARIE", "**FEDERAL REPUBLIC OF OSMARIA"), "center"),
                    (("Ministère de la culture et du patrimoine", "Ministry of Culture and Heritage"), "center"),
                    (("Le Ministre", "The Minister"), "center"),
                ],
                "header": [
                    (("//Lettre " + _HR_REF + " – page {PAGE}", "//Letter " + _HR_REF + " – page {PAGE}"), "right")
                ],
            },
        },
        blocks=(
            date("Castelgrane, le 14 avril 2025", "Castelgrane, 14 April 2025", space_before=18),
            line("Réf. : " + _HR_REF, "Ref.: " + _HR_REF, space_before=0),
            line("Madame Dagny Eskeland", "Ms. Dagny Eskeland", space_before=18),
            line("Directrice du Musée royal des cultures du monde", "Director, Royal Museum of World Cultures"),
            line("Lisbarre", "Lisbarre"),
            line("Royaume de Brescande", "Kingdom of Brescandia"),
            para(
                (
                    "Objet : restitution d’objets cérémoniels originaires de la vallée de l’Ormande",
                    "Subject: Return of ceremonial objects from the Ormande Valley",
                ),
                bold=True,
                space_before=18,
            ),
            para(("Madame la Directrice,", "Dear Ms. Eskeland,"), space_before=6),
            para(
                (
                    "J’ai l’honneur de vous adresser, au nom du Gouvernement de la République fédérale d’Osmarie, une "
                    "demande officielle de restitution de onze objets cérémoniels conservés dans les collections de "
                    "votre musée.",
                    "On behalf of the Government of the Federal Republic of Osmaria, I have the honour to submit to "
                    "you a formal request for the return of eleven ceremonial objects held in the collections of "
                    "your museum.",
                ),
                (
                    "La liste de ces objets figure en annexe à la présente lettre.",
                    "A list of the objects is annexed to the present letter.",
                ),
            ),
            para(
                (
                    "Ces objets, parmi lesquels des masques, des tambours et un bâton de commandement, ont été "
                    "emportés de la vallée de l’Ormande lors de l’expédition militaire de 1897.",
                    "The objects, which include masks, drums and a staff of office, were removed from the Ormande "
                    "Valley during the military expedition of 1897.",
                ),
                (
                    "Ils sont entrés dans les collections du musée en 1903, à la suite d’un don d’un ancien officier "
                    "de l’expédition.",
                    "They entered the museum’s collections in 1903 as a gift from a former officer of the expedition.",
                ),
                (
                    "Les recherches menées conjointement par nos deux pays depuis 2021 ont confirmé leur provenance.",
                    "The research carried out jointly by our two countries since 2021 has confirmed their provenance.",
                ),
            ),
            para(
                (
                    "L’équipe de recherche, dirigée par Mme Solenne Marakoff, historienne à l’Université de "
                    "Castelgrane, a retrouvé dans les archives militaires le registre des objets saisis en 1897.",
                    "The research team, led by Solenne Marakoff, a historian at the University of Castelgrane, found "
                    "the register of the objects seized in 1897 in the military archives.",
                ),
                ("Les onze objets y sont décrits avec précision.", "All eleven objects are described in it in detail."),
            ),
            para(
                (
                    "Pour les communautés de l’Ormande, ces objets ne sont pas des œuvres d’art mais des éléments "
                    "vivants de leur vie religieuse et sociale.",
                    "For the communities of the Ormande, these objects are not works of art but living elements of "
                    "their religious and social life.",
                ),
                (
                    "Depuis leur disparition, plusieurs cérémonies ne peuvent plus être célébrées selon les règles.",
                    "Since the objects were taken, several ceremonies can no longer be performed in the proper manner.",
                ),
            ),
            para(
                (
                    "Je sais que la loi brescandienne du 2 juin 2023 sur les collections publiques permet désormais "
                    "de déclasser des biens acquis dans des circonstances contraires au droit.",
                    "I am aware that the Brescandian Act of 2 June 2023 on public collections now permits the "
                    "deaccessioning of items acquired in unlawful circumstances.",
                ),
                (
                    "Je forme le vœu que la présente demande puisse être examinée dans ce cadre par la commission "
                    "scientifique compétente.",
                    "I trust that the present request can be considered in that context by the competent scientific "
                    "committee.",
                ),
            ),
            para(
                (
                    "Mon gouvernement est prêt à prendre en charge l’ensemble des frais de transport et d’assurance.",
                    "My Government is prepared to bear all transport and insurance costs.",
                ),
                (
                    "Le Musée national d’Osmarie, à Castelgrane, a aménagé une salle répondant aux normes de "
                    "conservation les plus exigeantes, où les objets pourront être présentés entre deux cérémonies.",
                    "The National Museum of Osmaria in Castelgrane has fitted out a room that meets the most "
                    "stringent conservation standards, where the objects can be displayed between ceremonies.",
                ),
            ),
            para(
                (
                    "Une délégation des communautés de l’Ormande souhaiterait se rendre à Lisbarre avant la fin de "
                    "l’année pour voir les objets et préparer leur retour.",
                    "A delegation from the Ormande communities would like to travel to Lisbarre before the end of the "
                    "year to see the objects and prepare for their return.",
                ),
                (
                    "Ses aînés ont demandé que certains rites puissent être accomplis avant l’emballage des masques.",
                    "Its elders have asked that certain rites be performed before the masks are packed.",
                ),
            ),
            para(
                (
                    "Je mesure pleinement l’attachement du public brescandien à des collections qu’il fréquente depuis "
                    "plus d’un siècle.",
                    "I fully appreciate the attachment of the Brescandian public to collections that it has been "
                    "visiting for more than a century.",
                ),
                (
                    "C’est pourquoi nous proposons qu’une exposition itinérante, conçue avec votre musée, retrace "
                    "l’histoire de ces objets et de leur retour dans nos deux pays.",
                    "We therefore propose that a travelling exhibition, designed together with your museum, should "
                    "trace the history of these objects and of their return in both our countries.",
                ),
            ),
            para(
                (
                    "Nous souhaitons également poursuivre avec votre établissement une coopération durable : échanges "
                    "de conservateurs, expositions communes et numérisation des archives relatives à la collection.",
                    "We also wish to pursue lasting cooperation with your institution through exchanges of curators, "
                    "joint exhibitions and the digitization of the archives relating to the collection.",
                ),
            ),
            para(
                (
                    "Mes services se tiennent à votre disposition pour organiser une première réunion de travail, à "
                    "Lisbarre ou à Castelgrane, à la date qui vous conviendra.",
                    "My staff are at your disposal to arrange a first working meeting, in Lisbarre or Castelgrane, "
                    "on a date convenient to you.",
                ),
            ),
            para(
                (
                    "Je vous serais reconnaissant de bien vouloir me faire connaître, si possible avant la fin du mois "
                    "de juin, le calendrier d’examen de cette demande par votre conseil d’administration.",
                    "I should be grateful if you would inform me, if possible before the end of June, of the timetable "
                    "for the consideration of this request by your Board of Trustees.",
                ),
            ),
            para(
                (
                    "Je vous prie d’agréer, Madame la Directrice, l’expression de ma haute considération.",
                    "Please accept, Madam, the assurances of my highest consideration.",
                ),
                keep_with_next=True,
            ),
            sig("(Signé)", "(Signed)", space_before=12),
            sig("Teodor Vasky", "Teodor Vasky", space_before=6, bold=True),
            sig("Ministre de la culture et du patrimoine", "Minister of Culture and Heritage"),
            NewSection(
                "section",
                furniture=(
                    ("annex_header", (((f"//Annexe à la lettre {_HR_REF}", f"//Annex to letter {_HR_REF}"), "right"),)),
                    ("annex_footer", (("{PAGE}", "center"),)),
                ),
            ),
            title("Annexe", "Annex", space_before=0),
            subtitle(
                "Objets cérémoniels dont la restitution est demandée",
                "Ceremonial objects whose return is requested",
            ),
            para(
                (
                    "Les numéros d’inventaire sont ceux du Musée royal des cultures du monde.",
                    "The inventory numbers are those of the Royal Museum of World Cultures.",
                ),
            ),
            grid(
                (
                    (("N° d’inventaire", "Inventory No."), ("Objet", "Object"), ("Observations", "Remarks")),
                    (
                        same("ET.1903.41-44"),
                        ("Quatre masques de danse en bois peint", "Four painted wooden dance masks"),
                        ("Portés lors des rites d’initiation.", "Worn during initiation rites."),
                    ),
                    (
                        same("ET.1903.45"),
                        ("Bâton de commandement", "Staff of office"),
                        (
                            "Insigne du chef de la communauté de Tassaret.",
                            "Insignia of the head of the Tassaret community.",
                        ),
                    ),
                    (
                        same("ET.1903.46-48"),
                        ("Trois tambours à fente", "Three slit drums"),
                        ("Le plus grand mesure 1,8 mètre.", "The largest is 1.8 metres long."),
                    ),
                    (
                        same("ET.1903.49"),
                        ("Coiffe en plumes", "Feather headdress"),
                        (
                            "État de conservation fragile ; transport à prévoir en caisse climatisée.",
                            "Fragile condition; to be transported in a climate-controlled crate.",
                        ),
                    ),
                    (same("ET.1903.50-51"), ("Deux sièges cérémoniels", "Two ceremonial stools"), None),
                ),
                widths=(3.5, 5.5, 7.0),
                shade=((0, "D9D9D9"),),
            ),
            para(
                (
                    "Les dimensions et les photographies de chaque objet figurent dans le dossier technique remis au "
                    "musée le 3 mars 2025.",
                    "The dimensions and photographs of each object are given in the technical file delivered to the "
                    "museum on 3 March 2025.",
                ),
                space_before=10,
            ),
        ),
    )
)


# ----------------------------------------------------------------- 5. note verbale, customs cooperation

DOCUMENTS.append(
    Doc(
        name="note-verbale-customs-assistance",
        description="note verbale from an embassy: centred sender lines, number line, compliments, a sentence "
        "ending in a colon and three Word bullets, closing formula running over two lines, place and date line, "
        "enclosure line, addressee lines at the end",
        layout={
            "pages": 1,
            "font": "Liberation Sans",
            "size": 10.5,
            "space_after": 8,
            "line_spacing": 1.15,
            "margins": (2.8, 2.2, 2.5, 2.2),
            "bullet_indent": (1.25, 0.5),
            "bullet_space_after": 4,
            "date_align": "left",
        },
        blocks=(
            center(
                ("AMBASSADE DE LA RÉPUBLIQUE DE TERVANIE", "EMBASSY OF THE REPUBLIC OF TERVANIA"),
                bold=True,
                space_before=0,
            ),
            center(("Lisbarre", "Lisbarre"), space_before=0),
            para(("N° 117/2025/DOU", "No. 117/2025/DOU"), space_before=18),
            para(
                (
                    "L’Ambassade de la République de Tervanie présente ses compliments au Ministère des affaires "
                    "étrangères du Royaume de Brescande et a l’honneur de lui transmettre ci-joint une demande "
                    "d’assistance administrative mutuelle émanant de la Direction générale des douanes de la "
                    "République de Tervanie.",
                    "The Embassy of the Republic of Tervania presents its compliments to the Ministry of Foreign "
                    "Affairs of the Kingdom of Brescandia and has the honour to transmit herewith a request for "
                    "mutual administrative assistance from the Directorate General of Customs of the Republic of "
                    "Tervania.",
                ),
                space_before=12,
            ),
            para(
                (
                    "Cette demande est présentée en application de l’accord de coopération douanière conclu entre les "
                    "deux pays le 12 octobre 2019.",
                    "The request is made under the customs cooperation agreement concluded between the two countries "
                    "on 12 October 2019.",
                ),
                (
                    "Elle concerne une enquête ouverte sur des importations de pièces détachées automobiles déclarées "
                    "à des valeurs nettement inférieures à celles du marché.",
                    "It concerns an investigation into imports of automotive spare parts declared at values well below "
                    "market prices.",
                ),
            ),
            para(
                (
                    "Les douanes tervaniennes souhaiteraient obtenir, pour la période allant du 1er janvier 2023 au "
                    "31 mars 2025 :",
                    "For the period from 1 January 2023 to 31 March 2025, the Tervanian customs authorities would like "
                    "to obtain:",
                ),
            ),
            bullet(
                (
                    "les déclarations d’exportation déposées en Brescande par la société Holmgaard Trading SA ;",
                    "the export declarations lodged in Brescandia by Holmgaard Trading SA;",
                )
            ),
            bullet(("les factures commerciales correspondantes ;", "the corresponding commercial invoices;")),
            bullet(
                (
                    "toute information sur les liens entre cette société et les importateurs établis en Tervanie.",
                    "any information on links between that company and importers established in Tervania.",
                )
            ),
            para(
                (
                    "Les renseignements communiqués ne seront utilisés qu’aux fins de la procédure administrative et, "
                    "le cas échéant, judiciaire engagée en Tervanie.",
                    "The information provided will be used solely for the purposes of the administrative and, where "
                    "applicable, judicial proceedings initiated in Tervania.",
                ),
                (
                    "Ils bénéficieront de la protection que la législation tervanienne accorde aux informations "
                    "confidentielles.",
                    "It will enjoy the protection afforded to confidential information under Tervanian law.",
                ),
                space_before=4,
            ),
            para(
                (
                    "Compte tenu des délais de prescription, l’Ambassade serait reconnaissante au Ministère de bien "
                    "vouloir transmettre la demande aux autorités compétentes dans les meilleurs délais.",
                    "In view of the limitation periods, the Embassy would be grateful if the Ministry would forward "
                    "the request to the competent authorities as soon as possible.",
                ),
                (
                    "Le point de contact désigné par les douanes tervaniennes est M. Matthias Grünwald-Obi, chef de la "
                    "division des enquêtes.",
                    "The contact person designated by the Tervanian customs authorities is Matthias Grünwald-Obi, "
                    "Head of the Investigations Division.",
                ),
            ),
            para(
                (
                    "L’Ambassade de la République de Tervanie saisit cette occasion pour renouveler au Ministère des "
                    "affaires étrangères du Royaume de Brescande les assurances de sa très haute considération.",
                    "The Embassy of the Republic of Tervania avails itself of this opportunity to renew to the "
                    "Ministry of Foreign Affairs of the Kingdom of Brescandia the assurances of its highest "
                    "consideration.",
                ),
                space_before=6,
            ),
            date("Lisbarre, le 22 mai 2025", "Lisbarre, 22 May 2025", space_before=18),
            para(
                ("Pièce jointe : demande d’assistance (7 pages)", "Enclosure: request for assistance (7 pages)"),
                size=9.5,
                space_before=12,
            ),
            line("Ministère des affaires étrangères", "Ministry of Foreign Affairs", space_before=24),
            line("Direction des affaires juridiques", "Legal Affairs Department"),
            line("Lisbarre", "Lisbarre"),
        ),
    )
)


# ----------------------------------------------------------------- 6. press release, numbered 1) items

DOCUMENTS.append(
    Doc(
        name="press-release-lusmaria-elections",
        description="press release of an election observation mission: letterhead in the first-page header, "
        "release line, headline, dateline opening the first sentence, findings as items typed 1)-5) with a "
        "hanging indent, a quotation in two sentences, a heading, contact lines",
        layout={
            "pages": 1,
            "font": "DejaVu Sans",
            "size": 9.5,
            "space_after": 7,
            "line_spacing": 1.05,
            "margins": (2.0, 2.2, 1.8, 2.2),
            "header_distance": 0.8,
            "furniture_size": 9,
            "title_size": 14,
            "title_align": "left",
            "num_left": 0.8,
            "num_hang": 0.8,
            "heading_size": 10,
            "furniture": {
                "first_header": [
                    (
                        (
                            "**Communauté des États de la Varenne\tMission d’observation électorale",
                            "**Varenne States Community\tElection Observation Mission",
                        ),
                        "left",
                    ),
                    (
                        (
                            "Élections législatives en République de Lusmarie – 15 juin 2025",
                            "Legislative elections in the Republic of Lusmaria – 15 June 2025",
                        ),
                        "left",
                    ),
                ],
            },
        },
        blocks=(
            para(("COMMUNIQUÉ DE PRESSE", "PRESS RELEASE"), bold=True, space_before=12, size=10.5),
            para(("Pour diffusion immédiate", "For immediate release"), italic=True),
            title(
                "Élections législatives en Lusmarie : un scrutin calme et bien organisé, mais une campagne "
                "déséquilibrée",
                "Legislative elections in Lusmaria: a calm and well-organized vote, but an uneven campaign",
            ),
            para(
                (
                    "MÉRIVAUX, le 17 juin 2025 – La Mission d’observation électorale de la Communauté des États de la "
                    "Varenne a présenté aujourd’hui sa déclaration préliminaire sur les élections législatives du "
                    "15 juin.",
                    "MÉRIVAUX, 17 June 2025 – The Varenne States Community Election Observation Mission today "
                    "presented its preliminary statement on the legislative elections of 15 June.",
                ),
                (
                    "Déployée depuis le 2 mai, la Mission compte 86 observateurs venus de 14 pays.",
                    "Deployed since 2 May, the Mission comprises 86 observers from 14 countries.",
                ),
            ),
            para(
                (
                    "Le jour du scrutin, les observateurs se sont rendus dans 612 bureaux de vote répartis dans les "
                    "neuf provinces du pays.",
                    "On election day, the observers visited 612 polling stations in all nine provinces of the country.",
                ),
                (
                    "Leurs principales constatations sont les suivantes :",
                    "Their main findings are as follows:",
                ),
            ),
            num(
                "1)",
                (
                    "Le vote s’est déroulé dans le calme et les procédures ont été respectées dans 94~% des bureaux "
                    "observés.",
                    "Voting took place peacefully and procedures were followed in 94% of the polling stations "
                    "observed.",
                ),
            ),
            num(
                "2)",
                (
                    "Le taux de participation, estimé à 61~%, est en hausse de huit points par rapport à 2020.",
                    "Turnout, estimated at 61%, was up eight points on 2020.",
                ),
            ),
            num(
                "3)",
                (
                    "Les bureaux de vote n’étaient accessibles aux personnes en fauteuil roulant que dans un cas sur "
                    "trois.",
                    "Polling stations were accessible to wheelchair users in only one case in three.",
                ),
            ),
            num(
                "4)",
                (
                    "Le dépouillement a été transparent, mais la transmission des résultats a connu d’importants "
                    "retards dans les provinces du sud.",
                    "The count was transparent, but the transmission of results was seriously delayed in the "
                    "southern provinces.",
                ),
                (
                    "Dans certains centres, les procès-verbaux n’étaient toujours pas parvenus à la commission "
                    "électorale 36 heures après la fermeture des bureaux.",
                    "In some centres, the tally sheets had still not reached the electoral commission 36 hours after "
                    "the polls closed.",
                ),
            ),
            num(
                "5)",
                (
                    "La campagne a été marquée par un net déséquilibre de l’accès aux médias publics au profit de la "
                    "coalition sortante.",
                    "The campaign was marked by a clear imbalance in access to the public media in favour of the "
                    "outgoing coalition.",
                ),
            ),
            para(
                (
                    "« Les électeurs lusmariens ont voté en grand nombre et dans la sérénité, ce qui est un signal "
                    "très encourageant », a déclaré la cheffe de la Mission, Mme Niamh Okonjo-Lerat.",
                    "“Lusmarian voters turned out in large numbers and cast their ballots calmly, which is a very "
                    "encouraging sign,” said the Head of the Mission, Niamh Okonjo-Lerat.",
                ),
                (
                    "« Il appartient maintenant aux institutions de publier rapidement des résultats détaillés, bureau "
                    "par bureau. »",
                    "“It is now up to the institutions to publish detailed results promptly, polling station by "
                    "polling station.”",
                ),
                space_before=4,
            ),
            heading(None, "Prochaines étapes", "Next steps"),
            para(
                (
                    "La Mission restera en Lusmarie jusqu’à la proclamation des résultats définitifs et au règlement "
                    "des éventuels recours.",
                    "The Mission will remain in Lusmaria until the final results are announced and any appeals have "
                    "been settled.",
                ),
                (
                    "Elle publiera dans un délai de deux mois un rapport final assorti de recommandations.",
                    "It will publish a final report with recommendations within two months.",
                ),
            ),
            para(
                (
                    "La déclaration préliminaire complète est disponible en français, en anglais et en varennais sur "
                    "le site Web de la Mission.",
                    "The full preliminary statement is available in French, English and Varennese on the Mission’s "
                    "website.",
                ),
            ),
            heading(None, "Note aux rédactions", "Note to editors"),
            para(
                (
                    "La Communauté des États de la Varenne observe depuis 2009 les élections organisées dans ses "
                    "États membres, à leur invitation.",
                    "Since 2009, the Varenne States Community has observed elections held in its member States at "
                    "their invitation.",
                ),
                (
                    "La présente mission est la quatrième déployée en Lusmarie.",
                    "This is the fourth mission to be deployed in Lusmaria.",
                ),
            ),
            para(("Contact presse :", "Press contact:"), bold=True, space_before=8, size=9),
            line("Bastien Ruelle, attaché de presse", "Bastien Ruelle, Press Officer", size=9),
            line("Tél. : 0812 44 27 90", "Tel.: 0812 44 27 90", size=9),
        ),
    )
)


# ----------------------------------------------------------------- 7. statistical note, table with merged cells

_MIGRATION = (
    (("Région d’origine", "Region of origin"), ("Entrées", "Arrivals"), None, ("Sorties", "Departures"), None),
    (None, same("2023"), same("2024"), same("2023"), same("2024")),
    (
        ("Pays voisins", "Neighbouring countries"),
        fr_num("22,9"),
        fr_num("22,1"),
        fr_num("8,6"),
        fr_num("8,9"),
    ),
    (
        ("Autres pays du continent", "Other countries of the continent"),
        fr_num("13,8"),
        fr_num("13,5"),
        fr_num("5,9"),
        fr_num("5,7"),
    ),
    (("Asie", "Asia"), fr_num("9,3"), fr_num("10,6"), fr_num("2,8"), fr_num("3,1")),
    (("Amériques", "Americas"), fr_num("6,1"), fr_num("5,4"), fr_num("2,4"), fr_num("2,6")),
    (("Autres régions", "Other regions"), fr_num("6,2"), fr_num("6,8"), fr_num("1,5"), fr_num("1,6")),
    (("Total", "Total"), fr_num("58,3"), fr_num("58,4"), fr_num("21,2"), fr_num("21,9")),
)

DOCUMENTS.append(
    Doc(
        name="statistical-note-migration",
        description="statistical note: issue line, headline title, paragraphs under unnumbered headings, a "
        "table whose header has merged cells (a cell spanning two rows, two cells spanning two columns) and a "
        "bold total row, a source line, three footnotes, a methodology paragraph in a smaller size, footer with "
        "the publisher and the page number",
        layout={
            "pages": 1,
            "font": "Arial",
            "size": 10,
            "note_size": 8,
            "space_after": 6,
            "line_spacing": 1.1,
            "margins": (2.0, 2.3, 2.2, 2.3),
            "furniture_size": 8,
            "title_size": 15,
            "title_align": "left",
            "heading_size": 11,
            "table_size": 9.5,
            "furniture": {
                "footer": [
                    (
                        (
                            "Office tervanien de la statistique – Note statistique n° 12\t{PAGE}",
                            "Tervanian Statistical Office – Statistical note No. 12\t{PAGE}",
                        ),
                        "left",
                    )
                ],
            },
        },
        blocks=(
            para(("Note statistique n° 12 – juin 2025", "Statistical note No. 12 – June 2025"), bold=True, size=9),
            title(
                "Migrations internationales : les entrées de résidents étrangers se stabilisent en 2024",
                "International migration: arrivals of foreign residents level off in 2024",
                space_before=0,
            ),
            para(
                (
                    "En 2024, 58~400 ressortissants étrangers se sont installés en Tervanie pour une durée d’au moins "
                    "un an, un nombre presque identique à celui de 2023.",
                    "In 2024, 58,400 foreign nationals settled in Tervania for a period of at least one year, almost "
                    "the same number as in 2023.",
                ),
                (
                    "Dans le même temps, 21~900 résidents étrangers ont quitté le pays.",
                    "Over the same period, 21,900 foreign residents left the country.",
                ),
                (
                    "Le solde migratoire des étrangers s’établit ainsi à 36~500 personnes{{Le solde migratoire est la "
                    "différence entre les entrées et les sorties ; il ne tient pas compte des acquisitions de la "
                    "nationalité tervanienne.}}.",
                    "Net migration of foreign nationals thus stood at 36,500{{Net migration is the difference between "
                    "arrivals and departures; it does not take account of acquisitions of Tervanian nationality.}}.",
                ),
                bold=True,
            ),
            heading(
                None, "Les pays voisins restent la première origine", "Neighbouring countries remain the main origin"
            ),
            para(
                (
                    "Près de quatre entrants sur dix viennent des pays voisins, en particulier de la République de "
                    "Lusmarie.",
                    "Nearly four in ten arrivals come from neighbouring countries, especially the Republic of "
                    "Lusmaria.",
                ),
                (
                    "Les entrées en provenance d’Asie continuent de progresser, de 14~% en un an, sous l’effet du "
                    "recrutement de personnel soignant.",
                    "Arrivals from Asia continue to rise, by 14% in one year, driven by the recruitment of health-care "
                    "staff.",
                ),
                (
                    "À l’inverse, les arrivées en provenance des Amériques reculent pour la deuxième année "
                    "consécutive.",
                    "Conversely, arrivals from the Americas fell for the second year in a row.",
                ),
            ),
            para(
                (
                    "Tableau 1 – Entrées et sorties de résidents étrangers selon la région d’origine (en milliers)",
                    "Table 1 – Arrivals and departures of foreign residents by region of origin (thousands)",
                ),
                bold=True,
                size=9.5,
                space_before=6,
                keep_with_next=True,
            ),
            grid(
                _MIGRATION,
                merges=((0, 0, 2, 1), (0, 1, 1, 2), (0, 3, 1, 2)),
                widths=(5.6, 2.4, 2.4, 2.4, 2.4),
                numeric_cols=(1, 2, 3, 4),
                bold_rows=(0, 1, 7),
                header_rows=(0, 1),
                shade=((0, "DCE6F0"), (1, "DCE6F0"), (7, "F2F2F2")),
            ),
            para(
                (
                    "Source : Office tervanien de la statistique, registre national de la population.",
                    "Source: Tervanian Statistical Office, national population register.",
                ),
                size=8.5,
                space_before=4,
            ),
            heading(None, "Le travail, premier motif d’entrée", "Work, the main reason for arrival"),
            para(
                (
                    "Le travail reste le premier motif d’installation : 44~% des entrants de 2024 sont titulaires d’un "
                    "titre de séjour pour motif professionnel.",
                    "Work remains the main reason for settling: 44% of those who arrived in 2024 hold a residence "
                    "permit for employment.",
                ),
                (
                    "Viennent ensuite le regroupement familial (27~%) et les études (18~%).",
                    "Family reunification (27%) and study (18%) come next.",
                ),
                (
                    "Les demandes d’asile ne représentent que 6~% des entrées, leur nombre ayant diminué de moitié "
                    "depuis 2021{{Les personnes dont la demande d’asile est en cours d’examen depuis moins d’un an ne "
                    "sont pas comptées parmi les entrants.}}.",
                    "Asylum applications account for only 6% of arrivals, their number having halved since "
                    "2021{{People whose asylum application has been under consideration for less than a year are not "
                    "counted as arrivals.}}.",
                ),
            ),
            para(
                (
                    "Les nouveaux arrivants sont plus jeunes que l’ensemble de la population : leur âge médian est de "
                    "29 ans, contre 41 ans pour les résidents.",
                    "New arrivals are younger than the population as a whole: their median age is 29, compared with "
                    "41 for residents.",
                ),
                (
                    "Les femmes sont majoritaires parmi les entrants venus d’Asie (61~%), ce qui reflète la forte "
                    "présence des infirmières dans ces flux.",
                    "Women are in the majority among arrivals from Asia (61%), reflecting the large share of nurses "
                    "in these flows.",
                ),
            ),
            heading(None, "Des départs plus fréquents après cinq ans", "Departures more frequent after five years"),
            para(
                (
                    "Un tiers des étrangers qui ont quitté la Tervanie en 2024 y résidaient depuis plus de cinq ans.",
                    "One third of the foreign nationals who left Tervania in 2024 had been living there for more "
                    "than five years.",
                ),
                (
                    "Les départs concernent surtout des personnes arrivées pour travailler, qui retournent dans leur "
                    "pays d’origine ou s’établissent dans un pays tiers.",
                    "Departures mainly involve people who came to work and who return to their country of origin or "
                    "settle in a third country.",
                ),
            ),
            heading(None, "Méthodologie", "Methodology", size=9.5),
            para(
                (
                    "Les entrées et les sorties sont estimées à partir du registre national de la population, qui "
                    "recense toute personne résidant en Tervanie depuis au moins trois mois{{Un résident étranger "
                    "qui ne renouvelle pas son titre de séjour est réputé avoir quitté le pays à la date "
                    "d’expiration de ce titre.}}.",
                    "Arrivals and departures are estimated from the national population register, which records "
                    "every person who has been resident in Tervania for at least three months{{A foreign resident "
                    "who does not renew his or her residence permit is deemed to have left the country on the date "
                    "on which the permit expires.}}.",
                ),
                (
                    "Les chiffres de 2024 sont provisoires et pourront être révisés d’au plus 2~% lors de la "
                    "publication définitive prévue en mars 2026.",
                    "The 2024 figures are provisional and may be revised by up to 2% when the final figures are "
                    "published in March 2026.",
                ),
                size=9,
            ),
        ),
    )
)


# ----------------------------------------------------------------- 8. memorandum of understanding, articles

DOCUMENTS.append(
    Doc(
        name="memorandum-sea-rescue",
        description="memorandum of understanding: title and long subtitle, preambular paragraphs with italic "
        "opening words, centred article headings over centred bold italic article titles, clauses typed 2.1, 3.2 "
        "with a hanging indent, closing clause, two signature columns in a borderless table, page n of N footer",
        layout={
            "pages": 2,
            "font": "Liberation Serif",
            "size": 11,
            "space_after": 6,
            "justify": True,
            "margins": (2.5, 2.5, 2.5, 2.5),
            "furniture_size": 9,
            "title_size": 14,
            "heading_align": "center",
            "heading_size": 11,
            "num_left": 1.0,
            "num_hang": 1.0,
            "table_size": 11,
            "cell_space": 3,
            "furniture": {"footer": [(("Page {PAGE} sur {NUMPAGES}", "Page {PAGE} of {NUMPAGES}"), "center")]},
        },
        blocks=(
            title("Mémorandum d’entente", "Memorandum of Understanding", space_before=0),
            subtitle(
                "entre le Gouvernement du Royaume de Brescande et le Gouvernement des Îles Calvennes relatif à la "
                "coopération en matière de recherche et de sauvetage maritimes",
                "between the Government of the Kingdom of Brescandia and the Government of the Calvenne Islands "
                "concerning cooperation in maritime search and rescue",
                bold=True,
            ),
            pream(
                (
                    "Le Gouvernement du Royaume de Brescande et le Gouvernement des Îles Calvennes, ci-après dénommés "
                    "« les Parties »,",
                    "The Government of the Kingdom of Brescandia and the Government of the Calvenne Islands, "
                    "hereinafter referred to as “the Parties”,",
                ),
                space_before=6,
            ),
            pream(
                (
                    "*Conscients* de l’intensité croissante du trafic maritime et de la navigation de plaisance dans "
                    "le détroit de Morsang,",
                    "*Aware* of the growing volume of shipping and pleasure-boat traffic in the Morsang Strait,",
                )
            ),
            pream(
                (
                    "*Désireux* de garantir une assistance rapide et efficace à toute personne en détresse en mer, "
                    "sans distinction de nationalité ni de statut,",
                    "*Desiring* to ensure prompt and effective assistance to any person in distress at sea, "
                    "regardless of nationality or status,",
                )
            ),
            pream(
                (
                    "*Ayant à l’esprit* les obligations qui leur incombent en vertu du droit international de la mer,",
                    "*Bearing in mind* their obligations under the international law of the sea,",
                )
            ),
            para(("Sont convenus de ce qui suit :", "Have agreed as follows:")),
            heading(None, "Article premier", "Article 1", space_before=10),
            heading(None, "Objet", "Purpose", italic=True, bold=False, space_before=0),
            para(
                (
                    "Le présent mémorandum a pour objet de renforcer la coordination des opérations de recherche et de "
                    "sauvetage dans les zones de responsabilité des Parties et à leurs limites.",
                    "The purpose of the present Memorandum is to strengthen the coordination of search and rescue "
                    "operations in the Parties’ areas of responsibility and at their boundaries.",
                )
            ),
            heading(None, "Article 2", "Article 2", space_before=10),
            heading(None, "Centres de coordination", "Coordination centres", italic=True, bold=False, space_before=0),
            num(
                "2.1",
                (
                    "Chaque Partie désigne son centre de coordination de sauvetage maritime comme point de contact "
                    "pour l’application du présent mémorandum.",
                    "Each Party shall designate its maritime rescue coordination centre as the point of contact for "
                    "the implementation of the present Memorandum.",
                ),
            ),
            num(
                "2.2",
                (
                    "Les centres de coordination communiquent directement entre eux, en français ou en anglais, par "
                    "tout moyen approprié.",
                    "The coordination centres shall communicate directly with each other, in French or English, by "
                    "any appropriate means.",
                ),
                (
                    "Ils vérifient leurs liaisons au moins une fois par mois.",
                    "They shall test their communication links at least once a month.",
                ),
            ),
            heading(None, "Article 3", "Article 3", space_before=10),
            heading(None, "Conduite des opérations", "Conduct of operations", italic=True, bold=False, space_before=0),
            num(
                "3.1",
                (
                    "Le centre qui reçoit le premier une alerte en assure la coordination jusqu’à ce que le centre "
                    "responsable de la zone concernée en ait accusé réception et ait pris la direction des opérations.",
                    "The centre that first receives an alert shall coordinate the response until the centre "
                    "responsible for the area concerned has acknowledged receipt and taken charge of operations.",
                ),
            ),
            num(
                "3.2",
                (
                    "À la demande du centre responsable, chaque Partie met à disposition les moyens navals et aériens "
                    "dont elle dispose.",
                    "At the request of the responsible centre, each Party shall make available such naval and air "
                    "assets as it has at its disposal.",
                ),
                (
                    "Les unités engagées restent placées sous le commandement de leur État d’origine.",
                    "The units deployed shall remain under the command of their State of origin.",
                ),
            ),
            num(
                "3.3",
                (
                    "Les unités d’une Partie peuvent pénétrer dans la mer territoriale de l’autre Partie aux seules "
                    "fins d’une opération de sauvetage, après en avoir informé le centre responsable.",
                    "The units of one Party may enter the territorial sea of the other Party solely for the purpose "
                    "of a rescue operation, after informing the responsible centre.",
                ),
                (
                    "Cette information peut être donnée après coup lorsque l’urgence l’exige.",
                    "Such information may be given after the event where the urgency of the situation so requires.",
                ),
            ),
            heading(None, "Article 4", "Article 4", space_before=10),
            heading(
                None,
                "Débarquement des personnes secourues",
                "Disembarkation of rescued persons",
                italic=True,
                bold=False,
                space_before=0,
            ),
            num(
                "4.1",
                (
                    "Le centre responsable de la zone où a eu lieu le sauvetage désigne dans les meilleurs délais un "
                    "lieu sûr pour le débarquement.",
                    "The centre responsible for the area in which the rescue took place shall designate a place of "
                    "safety for disembarkation as soon as possible.",
                ),
            ),
            num(
                "4.2",
                (
                    "Les personnes secourues reçoivent sans délai les soins médicaux et l’assistance dont elles ont "
                    "besoin.",
                    "Rescued persons shall receive without delay the medical care and assistance they require.",
                ),
            ),
            heading(None, "Article 5", "Article 5", space_before=10),
            heading(None, "Exercices et formation", "Exercises and training", italic=True, bold=False, space_before=0),
            num(
                "5.1",
                (
                    "Les Parties organisent chaque année au moins un exercice conjoint de recherche et de sauvetage, "
                    "alternativement dans la zone de chacune d’elles.",
                    "The Parties shall hold at least one joint search and rescue exercise each year, alternately in "
                    "the area of each Party.",
                ),
            ),
            num(
                "5.2",
                (
                    "Elles favorisent les échanges de personnel entre leurs centres de coordination et l’accès de "
                    "leurs agents aux formations organisées par l’autre Partie.",
                    "They shall encourage exchanges of staff between their coordination centres and access by their "
                    "personnel to training organized by the other Party.",
                ),
            ),
            heading(None, "Article 6", "Article 6", space_before=10),
            heading(None, "Frais", "Costs", italic=True, bold=False, space_before=0),
            para(
                (
                    "Sauf accord contraire, chaque Partie prend en charge les frais des moyens qu’elle engage dans une "
                    "opération.",
                    "Unless otherwise agreed, each Party shall bear the costs of the assets that it deploys in an "
                    "operation.",
                ),
                (
                    "Aucuns frais ne sont réclamés aux personnes secourues.",
                    "No costs shall be charged to the persons rescued.",
                ),
            ),
            heading(None, "Article 7", "Article 7", space_before=10),
            heading(
                None,
                "Prise d’effet et dénonciation",
                "Entry into effect and termination",
                italic=True,
                bold=False,
                space_before=0,
            ),
            num(
                "7.1",
                (
                    "Le présent mémorandum prend effet à la date de sa signature, pour une durée de cinq ans "
                    "renouvelable par tacite reconduction.",
                    "The present Memorandum shall take effect on the date of its signature for a period of five "
                    "years, renewable by tacit agreement.",
                ),
            ),
            num(
                "7.2",
                (
                    "Chaque Partie peut y mettre fin à tout moment par notification écrite adressée à l’autre Partie, "
                    "moyennant un préavis de six mois.",
                    "Either Party may terminate it at any time by written notification to the other Party, subject to "
                    "six months’ notice.",
                ),
            ),
            para(
                (
                    "Fait à Brisanne, le 30 septembre 2025, en deux exemplaires originaux, en langues française et "
                    "anglaise, les deux textes faisant également foi.",
                    "Done at Brisanne on 30 September 2025, in two originals, in the French and English languages, "
                    "both texts being equally authentic.",
                ),
                space_before=12,
                keep_with_next=True,
            ),
            grid(
                (
                    (
                        (
                            "Pour le Gouvernement du Royaume de Brescande",
                            "For the Government of the Kingdom of Brescandia",
                        ),
                        ("Pour le Gouvernement des Îles Calvennes", "For the Government of the Calvenne Islands"),
                    ),
                    (same("Helmer Saarinen-Voss"), same("Rafael Quintanar-Holm")),
                    (
                        (
                            "Ministre de l’intérieur et de la protection civile",
                            "Minister of the Interior and Civil Protection",
                        ),
                        ("Ministre de la mer", "Minister for Maritime Affairs"),
                    ),
                ),
                widths=(8.0, 8.0),
                borders="none",
                bold_rows=(1,),
                header_rows=(),
                center_cols=(0, 1),
            ),
        ),
    )
)


# ----------------------------------------------------------------- 9. guidance note with a box

DOCUMENTS.append(
    Doc(
        name="guidance-accessible-services",
        description="guidance note of a disability rights commissioner: issue line, title, italic standfirst, "
        "question headings ending in ?, a shaded box made of a framed one-column table (a title row, then one "
        "sentence a row, no rules between the rows), Word bullets ending in ; and ., a closing line in a "
        "smaller size, running header and footer",
        layout={
            "pages": 1,
            "font": "DejaVu Sans Condensed",
            "size": 10,
            "space_after": 6,
            "line_spacing": 1.15,
            "margins": (2.4, 2.6, 2.2, 2.6),
            "furniture_size": 8.5,
            "title_size": 16,
            "title_align": "left",
            "heading_size": 11.5,
            "table_size": 10,
            "cell_space": 5,
            "bullet_indent": (0.9, 0.45),
            "bullet_space_after": 3,
            "furniture": {
                "header": [
                    (
                        (
                            "Défenseur des droits des personnes handicapées – Principauté de Sorbelle",
                            "Commissioner for the Rights of Persons with Disabilities – Principality of Sorbella",
                        ),
                        "left",
                    )
                ],
                "footer": [(("Note d’orientation n° 3\t{PAGE}", "Guidance note No. 3\t{PAGE}"), "left")],
            },
        },
        blocks=(
            para(("Note d’orientation n° 3", "Guidance note No. 3"), bold=True, size=9, space_before=0),
            title(
                "Rendre les services publics en ligne accessibles à tous",
                "Making online public services accessible to all",
                space_before=0,
            ),
            para(
                (
                    "Destinée aux administrations et aux communes, la présente note rappelle les obligations fixées "
                    "par la loi et propose des mesures simples pour les respecter.",
                    "Intended for government departments and municipalities, the present note recalls the obligations "
                    "laid down by law and suggests simple measures for meeting them.",
                ),
                italic=True,
                size=11,
                space_before=4,
            ),
            heading(None, "Qui est concerné ?", "Who is concerned?"),
            para(
                (
                    "Près d’une personne sur six en Sorbelle vit avec un handicap durable, qu’il soit visuel, auditif, "
                    "moteur, cognitif ou psychique.",
                    "Nearly one person in six in Sorbella lives with a long-term disability, whether visual, hearing, "
                    "physical, cognitive or psychosocial.",
                ),
                (
                    "Beaucoup d’autres rencontrent des difficultés passagères ou liées à l’âge.",
                    "Many others experience temporary or age-related difficulties.",
                ),
                (
                    "Un service en ligne mal conçu les prive de l’accès à des droits essentiels, comme l’inscription "
                    "scolaire ou la demande d’une aide au logement.",
                    "A poorly designed online service deprives them of access to essential rights, such as enrolling "
                    "a child in school or applying for housing assistance.",
                ),
            ),
            grid(
                (
                    (("Encadré 1 – Ce que dit la loi", "Box 1 – What the law says"),),
                    (
                        (
                            "La loi du 11 mars 2022 sur l’égalité des droits oblige tout organisme public à rendre ses "
                            "sites Web et ses applications accessibles.",
                            "The Equal Rights Act of 11 March 2022 requires every public body to make its websites and "
                            "applications accessible.",
                        ),
                    ),
                    (
                        (
                            "Les services créés après le 1er janvier 2024 doivent l’être dès leur mise en ligne.",
                            "Services created after 1 January 2024 must be accessible as soon as they go online.",
                        ),
                    ),
                    (
                        (
                            "Les autres doivent être mis en conformité avant le 31 décembre 2026.",
                            "Others must be brought into compliance by 31 December 2026.",
                        ),
                    ),
                ),
                widths=(14.5,),
                borders="box",
                shade=((0, "C9DCEB"), (1, "EDF3F8"), (2, "EDF3F8"), (3, "EDF3F8")),
                header_rows=(),
            ),
            heading(
                None,
                "Quelles sont les erreurs les plus fréquentes ?",
                "What are the most common mistakes?",
                space_before=14,
            ),
            para(
                (
                    "L’audit de 120 services en ligne réalisé en 2024 par nos services a mis en évidence cinq défauts "
                    "récurrents :",
                    "The audit of 120 online services that our office carried out in 2024 revealed five recurring "
                    "shortcomings:",
                ),
            ),
            bullet(
                (
                    "des images sans texte de remplacement, que les lecteurs d’écran ne peuvent pas décrire ;",
                    "images without alternative text, which screen readers cannot describe;",
                )
            ),
            bullet(
                (
                    "des formulaires impossibles à remplir sans souris ;",
                    "forms that cannot be filled in without a mouse;",
                )
            ),
            bullet(("des contrastes de couleurs insuffisants ;", "insufficient colour contrast;")),
            bullet(
                (
                    "des délais de connexion trop courts, qui obligent à recommencer la démarche ;",
                    "session time limits that are too short, forcing users to start the procedure again;",
                )
            ),
            bullet(
                (
                    "des documents à télécharger dans des formats que les technologies d’assistance ne savent pas "
                    "lire.",
                    "downloadable documents in formats that assistive technologies cannot read.",
                )
            ),
            heading(None, "Que faire ?", "What should be done?"),
            para(
                (
                    "Associez des personnes handicapées dès la conception du service et à chaque étape des tests.",
                    "Involve persons with disabilities from the design stage of the service and at every stage of "
                    "testing.",
                ),
                (
                    "Leurs remarques permettent souvent de corriger en quelques heures des obstacles qui auraient "
                    "coûté beaucoup plus cher à supprimer après la mise en ligne.",
                    "Their comments often make it possible to correct within a few hours obstacles that would have "
                    "cost much more to remove after going online.",
                ),
            ),
            para(
                (
                    "Proposez toujours une autre voie d’accès, par téléphone ou au guichet, sans frais supplémentaires "
                    "ni délai plus long.",
                    "Always offer another means of access, by telephone or at a counter, at no extra cost and without "
                    "longer delays.",
                ),
            ),
            para(
                (
                    (
                        "Rédigez les textes en langage clair.",
                        "Des phrases courtes, un vocabulaire courant et une seule idée par paragraphe profitent à tous "
                        "les usagers, et pas seulement aux personnes ayant une déficience intellectuelle.",
                    ),
                    "Write in plain language: short sentences, everyday words and one idea per paragraph benefit all "
                    "users, not only persons with intellectual disabilities.",
                ),
            ),
            para(
                (
                    "Enfin, publiez une déclaration d’accessibilité qui indique le niveau de conformité du service et "
                    "les moyens de signaler un obstacle.",
                    "Finally, publish an accessibility statement indicating the service’s level of compliance and how "
                    "to report a barrier.",
                ),
            ),
            heading(None, "Comment nous joindre ?", "How can you reach us?"),
            para(
                (
                    "Nos conseillers répondent aux questions des administrations du lundi au vendredi, de 9 heures à "
                    "17 heures.",
                    "Our advisers answer questions from government departments from Monday to Friday, 9 a.m. to 5 p.m.",
                ),
                (
                    "Les usagers qui se heurtent à un service inaccessible peuvent saisir gratuitement le Défenseur en "
                    "ligne, par courrier ou par l’intermédiaire d’une association.",
                    "Users who come up against an inaccessible service may refer the matter to the Commissioner free "
                    "of charge, online, by post or through an association.",
                ),
            ),
            para(
                (
                    "Note d’orientation adoptée le 5 mai 2025.",
                    "Guidance note adopted on 5 May 2025.",
                ),
                (
                    "Elle remplace la note n° 1 du 14 février 2023.",
                    "It replaces note No. 1 of 14 February 2023.",
                ),
                size=8.5,
                space_before=12,
            ),
        ),
    )
)


# ----------------------------------------------------------------- 10. chair's summary, two levels of bullets

DOCUMENTS.append(
    Doc(
        name="summary-caldreuil-wildfires",
        description="chair's summary of a regional consultation: title, place and date subtitle, headings, "
        "Word bullets on two levels (List Bullet and List Bullet 2), bullets opening with a keyword and a colon, "
        "a paragraph broken across pages in French only, a 2:1 pair, the chair’s name and title indented, page "
        "number footer",
        layout={
            "pages": 2,
            "font": "DejaVu Serif",
            "size": 10,
            "space_after": 6,
            "line_spacing": 1.1,
            "margins": (2.5, 2.4, 2.5, 2.4),
            "furniture_size": 8.5,
            "title_size": 14,
            "heading_size": 11,
            "bullet_indent": (0.8, 0.5),
            "bullet2_indent": (1.6, 0.5),
            "bullet_space_after": 3,
            "bullet2_space_after": 2,
            "sig_indent": 9.5,
            "furniture": {"footer": [("– {PAGE} –", "right")]},
        },
        blocks=(
            title(
                "Consultation régionale sur la prévention des feux de forêt dans le massif de Caldreuil",
                "Regional consultation on wildfire prevention in the Caldreuil massif",
                space_before=0,
            ),
            subtitle("Vallombre, 8 et 9 octobre 2025", "Vallombre, 8 and 9 October 2025"),
            heading(None, "Résumé de la présidence", "Chair’s summary", align="center", space_before=6),
            para(
                (
                    "La consultation a réuni 74 participants venus de la République fédérale d’Osmarie, de la "
                    "Principauté de Sorbelle et de la République de Galdérie, parmi lesquels des responsables de la "
                    "protection civile, des forestiers, des maires et des chercheurs.",
                    "The consultation brought together 74 participants from the Federal Republic of Osmaria, the "
                    "Principality of Sorbella and the Republic of Galderia, including civil protection officials, "
                    "foresters, mayors and researchers.",
                ),
                (
                    "Le présent résumé, établi sous la seule responsabilité de la présidence, n’a pas fait l’objet "
                    "d’une négociation.",
                    "The present summary, prepared under the sole responsibility of the Chair, has not been "
                    "negotiated.",
                ),
            ),
            heading(None, "Constats partagés", "Shared findings"),
            para(("Les participants ont constaté que :", "Participants noted that:")),
            bullet(
                (
                    "la surface brûlée dans le massif de Caldreuil a triplé au cours de la dernière décennie ;",
                    "the area burned in the Caldreuil massif has tripled over the past decade;",
                )
            ),
            bullet(
                (
                    "la saison des feux commence désormais en moyenne trois semaines plus tôt qu’en 2000 ;",
                    "the fire season now starts on average three weeks earlier than in 2000;",
                )
            ),
            bullet(
                (
                    "les départs de feu restent en majorité d’origine humaine, notamment :",
                    "most fires are still caused by human activity, in particular:",
                )
            ),
            bullet2(("les brûlages agricoles mal maîtrisés ;", "poorly controlled agricultural burning;")),
            bullet2(
                (
                    "les travaux effectués à proximité de la végétation sèche ;",
                    "work carried out close to dry vegetation;",
                )
            ),
            bullet2(
                (
                    "les actes de malveillance, qui représentent près d’un départ sur cinq ;",
                    "arson, which accounts for nearly one fire in five;",
                )
            ),
            bullet(
                (
                    "l’abandon des terres agricoles et pastorales en montagne accroît la continuité de la végétation "
                    "et donc la propagation des incendies.",
                    "the abandonment of farmland and pasture in the mountains increases the continuity of the "
                    "vegetation and hence the spread of fires.",
                )
            ),
            heading(None, "Priorités d’action", "Priorities for action"),
            para(
                (
                    "Les échanges ont fait apparaître un large accord sur trois priorités.",
                    "The discussions revealed broad agreement on three priorities.",
                )
            ),
            bullet(
                (
                    "Prévention : débroussaillement obligatoire autour des habitations, retour du pâturage dans les "
                    "zones à risque et sensibilisation du public.",
                    "Prevention: compulsory brush clearance around dwellings, a return of grazing to high-risk areas "
                    "and public awareness-raising.",
                )
            ),
            bullet(
                (
                    "Détection précoce : le réseau de caméras thermiques installé en Sorbelle pourrait être étendu à "
                    "l’ensemble du massif.",
                    "Early detection: the network of thermal cameras installed in Sorbella could be extended to the "
                    "whole massif.",
                )
            ),
            bullet2(
                (
                    "Une quarantaine de caméras supplémentaires seraient nécessaires.",
                    "Some forty additional cameras would be needed.",
                )
            ),
            bullet2(
                (
                    "Les images devraient être partagées en temps réel entre les trois centres d’alerte.",
                    "The images should be shared in real time among the three alert centres.",
                )
            ),
            bullet(
                (
                    "Entraide : les participants ont souhaité que les renforts puissent franchir les frontières sans "
                    "formalités lorsqu’un feu menace plusieurs pays.",
                    "Mutual assistance: participants called for reinforcements to be able to cross borders without "
                    "formalities when a fire threatens several countries.",
                )
            ),
            heading(None, "Besoins de financement", "Funding needs"),
            para(
                (
                    "Les participants ont estimé que les budgets consacrés à la prévention restent très inférieurs "
                    "aux dépenses de lutte contre les incendies.",
                    "Participants considered that prevention budgets remain far lower than spending on firefighting.",
                ),
                (
                    "Selon une étude présentée par l’Université de Vallombre, chaque somme investie dans le "
                    "débroussaillement permettrait d’économiser jusqu’à sept fois plus en dépenses d’intervention.",
                    "According to a study presented by the University of Vallombre, every amount invested in brush "
                    "clearance could save up to seven times as much in firefighting costs.",
                ),
            ),
            para(
                (
                    "Plusieurs maires ont plaidé pour la création d’un fonds régional qui permettrait aux petites "
                    "communes de financer les travaux obligatoires.",
                    "Several mayors called for the creation of a regional fund that would enable small municipalities "
                    "to finance the compulsory work.",
                ),
                (
                    "Les représentants des ministères des finances n’ont pas pris position sur cette proposition.",
                    "The representatives of the ministries of finance did not take a position on this proposal.",
                ),
            ),
            heading(None, "Points de divergence", "Points of divergence"),
            para(
                (
                    "Les avis sont restés partagés sur l’opportunité de créer un corps commun de sapeurs-pompiers "
                    "forestiers.",
                    "Views remained divided on whether to establish a joint corps of forest firefighters.",
                ),
                (
                    "Certains participants y voient un moyen de mutualiser des équipements coûteux, tels que les "
                    "avions bombardiers d’eau.",
                    "Some participants see it as a way of pooling costly equipment such as water-bombing aircraft.",
                ),
                (
                    "D’autres craignent qu’il ne détourne des ressources des services nationaux.",
                    "Others fear that it would divert resources from national services.",
                ),
            ),
            para(
                (
                    (
                        "Le brûlage dirigé a également suscité des débats.",
                        "Il est largement pratiqué en Galdérie mais interdit en Osmarie.",
                    ),
                    "Prescribed burning, which is widely practised in Galderia but prohibited in Osmaria, also gave "
                    "rise to debate.",
                ),
                (
                    "Ses partisans soulignent qu’il réduit à faible coût la quantité de combustible au sol.",
                    "Its supporters point out that it reduces the amount of fuel on the ground at low cost.",
                ),
            ),
            heading(None, "Suite à donner", "Follow-up"),
            para(
                (
                    "La présidence transmettra le présent résumé aux ministres chargés de la protection civile des "
                    "trois pays.",
                    "The Chair will transmit the present summary to the ministers responsible for civil protection in "
                    "the three countries.",
                ),
                (
                    "Une deuxième consultation, consacrée au financement, se tiendra au printemps 2026 dans la "
                    "Principauté de Sorbelle.",
                    "A second consultation, devoted to financing, will be held in the Principality of Sorbella in "
                    "spring 2026.",
                ),
            ),
            para(
                (
                    "La présidence remercie le Gouvernement de la République de Galdérie de son accueil et l’ensemble "
                    "des participants de la qualité des échanges.",
                    "The Chair thanks the Government of the Republic of Galderia for its hospitality and all the "
                    "participants for the quality of the discussions.",
                ),
                keep_with_next=True,
            ),
            sig("Inès Lemarchal", "Inès Lemarchal", space_before=18, bold=True),
            sig("Présidente de la consultation", "Chair of the consultation"),
        ),
    )
)
