"""Sentence data of the held-out French/English official-document set (original text written for this project, MIT).

A second, independent set with the gold conventions of benchmarks/data/documents/: every country, person,
body, document symbol and figure here is invented, and none of the topics, names or sentences of set 1
is reused.  The block model, its helpers and the inline markup are set 1's (imported from its content.py):
a block is one paragraph (a table block is one paragraph per cell) holding sentence pairs (fr, en); a side
is one sentence, or a tuple of sentences for a 2:1 or 1:2 pair; {{text}} is a footnote, *text* italic,
~ a no-break space (only inside French numbers: "4~800~000", "21~%").

Block kinds added here (built by this folder's build.py): subsub ("i)" / "(i)" items under "(a)"),
dash (a list item whose marker is a typed "–" and a TAB; the marker is not in the gold) and line (a
one-line paragraph without space after: addressee and attendance lines).
"""

from __future__ import annotations

import sys
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
    columns,
    date,
    heading,
    num,
    para,
    pream,
    quote,
    sig,
    sub,
    subtitle,
    table,
    title,
)


def subsub(label: str | tuple[str, str], *pairs: Pair, **kw) -> Block:
    """A third-level item: "i)" in French, "(i)" in English, under an "(a)" sub-item."""
    return Block("subsub", tuple(pairs), label=label, **kw)


def dash(*pairs: Pair, **kw) -> Block:
    """A list item typed as "–" + TAB + text: the dash is a bullet glyph, not gold text."""
    return Block("dash", tuple(pairs), **kw)


def line(fr: str, en: str, **kw) -> Block:
    """A one-line paragraph with no space after (addressee lines, lists of names)."""
    return Block("line", ((fr, en),), **kw)


def roman(i: int) -> tuple[str, str]:
    """French "i)" and English "(i)" third-level labels."""
    r = ("i", "ii", "iii", "iv", "v")[i]
    return (f"{r})", f"({r})")


DOCUMENTS: list[Doc] = []


# --------------------------------------------------------------------------- 1. letter (US Letter, letterhead)

DOCUMENTS.append(
    Doc(
        name="letter-archives-centre",
        description="ministerial letter on US Letter paper: letterhead in the first-page header, a different "
        "first-page footer, page number header from page 2, date and reference lines, addressee lines without "
        "spacing, subject line, salutation, signature block aligned right, enclosures line",
        layout={
            "paper": "letter",
            "pages": 2,
            "font": "Liberation Serif",
            "size": 12,
            "space_after": 9,
            "line_spacing": 1.15,
            "margins": (2.5, 2.0, 2.0, 3.0),
            "header_distance": 1.0,
            "date_align": "right",
            "sig_indent": 0,
            "furniture_size": 10,
            "furniture": {
                "first_header": [
                    (("**PRINCIPAUTÉ DE CASTELMONT", "**PRINCIPALITY OF CASTELMONT"), "center"),
                    (
                        ("Ministère de la culture et du patrimoine", "Ministry of Culture and Heritage"),
                        "center",
                    ),
                    (("Le Ministre", "The Minister"), "center"),
                ],
                "first_footer": [
                    (
                        (
                            "12, place des Archives – 98310 Castelmont – Téléphone : +99 3 41 27 80 00",
                            "12 place des Archives – 98310 Castelmont – Telephone: +99 3 41 27 80 00",
                        ),
                        "center",
                    ),
                ],
                "header": [(("– {PAGE} –", "– {PAGE} –"), "center")],
            },
        },
        blocks=(
            date("Castelmont, le 17 février 2025", "Castelmont, 17 February 2025"),
            para(("N/Réf. : MCP/CAB/2025/052", "Our ref.: MCP/CAB/2025/052"), space_before=0),
            line("Madame Ilse Marovec", "Ms. Ilse Marovec", space_before=6),
            line("Directrice générale", "Director-General"),
            line(
                "Agence internationale pour la préservation des archives numériques",
                "International Agency for Digital Archive Preservation",
            ),
            line("Hestrand", "Hestrand"),
            para(
                (
                    "Objet : Candidature de la Principauté de Castelmont à l’accueil du centre régional de "
                    "conservation numérique",
                    "Subject: Application by the Principality of Castelmont to host the regional digital "
                    "preservation centre",
                ),
                bold=True,
                space_before=18,
            ),
            para(("Madame la Directrice générale,", "Dear Director-General,"), space_before=6),
            para(
                (
                    "J’ai l’honneur de vous faire part de l’intérêt que porte le Gouvernement de la Principauté de "
                    "Castelmont à l’accueil du futur centre régional de conservation numérique de l’Agence.",
                    "I have the honour to inform you of the interest of the Government of the Principality of "
                    "Castelmont in hosting the Agency’s future regional digital preservation centre.",
                ),
                (
                    "Cette candidature fait suite à l’appel à manifestation d’intérêt publié par votre secrétariat "
                    "le 9 décembre 2024.",
                    "This application follows the call for expressions of interest issued by your secretariat on "
                    "9 December 2024.",
                ),
            ),
            para(
                (
                    "Depuis plus de dix ans, la Principauté a fait de la sauvegarde de son patrimoine documentaire "
                    "une priorité nationale.",
                    "For more than ten years, the Principality has made the safeguarding of its documentary "
                    "heritage a national priority.",
                ),
                (
                    "Les Archives nationales ont numérisé près de 4~800~000 pages de registres paroissiaux, "
                    "d’actes notariés et de plans cadastraux.",
                    "The National Archives have digitized nearly 4,800,000 pages of parish registers, notarial "
                    "deeds and land survey maps.",
                ),
                (
                    "Ces fonds sont conservés sur deux sites distants de 60 kilomètres, conformément aux normes de "
                    "l’Agence.",
                    "These holdings are kept at two sites 60 kilometres apart, in accordance with the Agency’s "
                    "standards.",
                ),
                (
                    "Une équipe de neuf archivistes et informaticiens en assure la maintenance quotidienne.",
                    "A team of nine archivists and computer specialists handles their day-to-day maintenance.",
                ),
            ),
            para(
                (
                    "Le Gouvernement est disposé à mettre gratuitement à la disposition du centre un bâtiment de "
                    "2~300 mètres carrés, situé dans le nouveau quartier universitaire de Castelmont.",
                    "The Government is prepared to make available to the centre, free of charge, a building of "
                    "2,300 square metres in the new university district of Castelmont.",
                ),
                (
                    "Il prendrait également à sa charge les frais d’équipement initiaux, estimés à 3,2 millions "
                    "d’euros.",
                    "It would also bear the initial equipment costs, estimated at 3.2 million euros.",
                ),
                (
                    "Le personnel du centre bénéficierait des privilèges et immunités prévus par un accord de siège, "
                    "que nous sommes prêts à négocier sans délai.",
                    "The staff of the centre would enjoy the privileges and immunities provided for in a "
                    "headquarters agreement, which we stand ready to negotiate without delay.",
                ),
            ),
            para(
                (
                    "La situation géographique de la Principauté constitue à nos yeux un atout supplémentaire.",
                    "In our view, the geographical location of the Principality is a further advantage.",
                ),
                (
                    "Castelmont est reliée par le train à grande vitesse aux capitales de six États membres de "
                    "l’Agence, qui pourraient y envoyer leurs documents sans recourir au transport aérien.",
                    "Castelmont is linked by high-speed rail to the capitals of six member States of the Agency, "
                    "which could send their documents there without using air transport.",
                ),
                (
                    "Notre réseau électrique, alimenté à 80~% par l’hydroélectricité, garantit en outre un "
                    "approvisionnement stable et peu émetteur de carbone pour les salles de serveurs.",
                    "Moreover, our electricity grid, 80 per cent of which is supplied by hydropower, guarantees a "
                    "stable, low-carbon supply for the server rooms.",
                ),
            ),
            para(
                (
                    "Vous trouverez ci-joint le dossier technique demandé, ainsi qu’une lettre d’appui du Recteur de "
                    "l’Université de Castelmont.",
                    "Please find enclosed the requested technical file, together with a letter of support from the "
                    "Rector of the University of Castelmont.",
                ),
                (
                    (
                        "Mes services se tiennent à la disposition de votre secrétariat pour toute visite sur place.",
                        "Ils pourront organiser celle-ci dans un délai de deux semaines.",
                    ),
                    "My staff are at the disposal of your secretariat for a site visit, which they can arrange "
                    "within two weeks.",
                ),
            ),
            para(
                (
                    "Je vous saurais gré de bien vouloir faire distribuer la présente lettre aux membres du Conseil "
                    "d’administration de l’Agence avant sa session de printemps.",
                    "I should be grateful if you would have the present letter circulated to the members of the "
                    "Agency’s Governing Board before its spring session.",
                ),
            ),
            para(
                (
                    "Je vous prie d’agréer, Madame la Directrice générale, l’assurance de ma très haute considération.",
                    "Please accept, Madam Director-General, the assurances of my highest consideration.",
                ),
            ),
            sig(
                "Le Ministre de la culture et du patrimoine",
                "Minister of Culture and Heritage",
                align="right",
                space_before=24,
            ),
            sig("(Signé) Aurélien Dastrac", "(Signed) Aurélien Dastrac", align="right"),
            para(
                (
                    "Pièces jointes : dossier technique ; lettre d’appui de l’Université de Castelmont",
                    "Enclosures: technical file; letter of support from the University of Castelmont",
                ),
                size=10,
                space_before=36,
            ),
            line(
                "Copie : Représentation permanente de la Principauté de Castelmont auprès de l’Agence",
                "Copy: Permanent Representation of the Principality of Castelmont to the Agency",
                size=10,
            ),
        ),
    )
)


# --------------------------------------------------------------------------- 2. note verbale (borderless table)

DOCUMENTS.append(
    Doc(
        name="note-verbale-vessel",
        description="note verbale in Liberation Sans 10.5, justified, 2 cm / 3 cm margins: centred sender lines, "
        "number line, compliments and closing formulas, a two-column table WITHOUT borders (label, value), "
        "place and date line, addressee lines at the end, footer with page n/N",
        layout={
            "pages": 1,
            "font": "Liberation Sans",
            "size": 10.5,
            "space_after": 6,
            "line_spacing": 1.2,
            "justify": True,
            "margins": (2.0, 2.0, 2.0, 3.0),
            "title_size": 11,
            "date_align": "left",
            "table_borders": False,
            "table_size": 10.5,
            "furniture_size": 8,
            "furniture": {
                "footer": [
                    (
                        (
                            "Ambassade du Royaume d’Hallendie – Brenval\t{PAGE}/{NUMPAGES}",
                            "Embassy of the Kingdom of Hallendia – Brenval\t{PAGE}/{NUMPAGES}",
                        ),
                        "left",
                    )
                ],
            },
        },
        blocks=(
            title("AMBASSADE DU ROYAUME D’HALLENDIE", "EMBASSY OF THE KINGDOM OF HALLENDIA", space_before=0),
            center(("Brenval", "Brenval"), space_before=0),
            para(("N° 214/2025", "No. 214/2025"), align="right", space_before=12),
            para(
                (
                    "L’Ambassade du Royaume d’Hallendie présente ses compliments au Ministère des affaires "
                    "étrangères de la République d’Elvarie et a l’honneur de solliciter, conformément à la Convention "
                    "régionale sur la recherche scientifique en mer de Kaldor, l’autorisation de mener des recherches "
                    "scientifiques marines dans la zone économique exclusive de l’Elvarie.",
                    "The Embassy of the Kingdom of Hallendia presents its compliments to the Ministry of Foreign "
                    "Affairs of the Republic of Elvaria and has the honour to request, in accordance with the Regional "
                    "Convention on Scientific Research in the Kaldor Sea, authorization to conduct marine scientific "
                    "research in the exclusive economic zone of Elvaria.",
                ),
                space_before=12,
            ),
            para(
                (
                    "Les recherches seraient menées par l’Institut hallendais d’océanographie à bord du navire de "
                    "recherche *Skarv*, du 2 au 27 septembre 2025.",
                    "The research would be carried out by the Hallendian Institute of Oceanography aboard the "
                    "research vessel *Skarv* from 2 to 27 September 2025.",
                ),
                (
                    "Elles visent à mesurer l’évolution de la température et de la salinité des eaux profondes du "
                    "golfe de Kaldor.",
                    "Its aim is to measure changes in the temperature and salinity of the deep waters of the Gulf "
                    "of Kaldor.",
                ),
                ("Aucun prélèvement d’organismes vivants n’est prévu.", "No living organisms will be sampled."),
            ),
            para(
                (
                    "Les caractéristiques du navire et de la campagne sont les suivantes :",
                    "The particulars of the vessel and of the cruise are as follows:",
                ),
            ),
            table(
                [
                    [("Nom du navire", "Name of vessel"), ("*Skarv*", "*Skarv*")],
                    [("Pavillon", "Flag"), ("Royaume d’Hallendie", "Kingdom of Hallendia")],
                    [("Indicatif d’appel", "Call sign"), ("HNKV7", "HNKV7")],
                    [("Longueur hors tout", "Length overall"), ("64,8 mètres", "64.8 metres")],
                    [
                        ("Équipage et scientifiques", "Crew and scientists"),
                        ("18 membres d’équipage et 14 scientifiques", "18 crew members and 14 scientists"),
                    ],
                    [
                        ("Chef de mission", "Chief scientist"),
                        (
                            "Mme Sigrun Aalvik, Institut hallendais d’océanographie",
                            "Ms. Sigrun Aalvik, Hallendian Institute of Oceanography",
                        ),
                    ],
                    [
                        ("Zone de recherche", "Research area"),
                        (
                            "Entre 12° et 14° de longitude est, au nord du 58e parallèle",
                            "Between 12° and 14° east longitude, north of the 58th parallel",
                        ),
                    ],
                    [
                        ("Escales prévues", "Planned port calls"),
                        (
                            "Port-Ambrin (8 septembre) et Brenval (19 septembre)",
                            "Port-Ambrin (8 September) and Brenval (19 September)",
                        ),
                    ],
                ],
                widths=(5.0, 11.0),
                header_row=False,
            ),
            para(
                (
                    "L’Ambassade serait heureuse d’accueillir à bord deux scientifiques désignés par les autorités "
                    "elvariennes pendant toute la durée de la campagne.",
                    "The Embassy would be pleased to welcome on board two scientists designated by the Elvarian "
                    "authorities for the whole duration of the cruise.",
                ),
                (
                    "Les données brutes recueillies seront communiquées au Ministère dans un délai de six mois après "
                    "la fin de la campagne.",
                    "The raw data collected will be transmitted to the Ministry within six months of the end of the "
                    "cruise.",
                ),
                (
                    "Un rapport final, accompagné d’une analyse des résultats, sera transmis au plus tard le "
                    "30 juin 2026.",
                    (
                        "A final report will be transmitted no later than 30 June 2026.",
                        "It will include an analysis of the results.",
                    ),
                ),
                space_before=12,
            ),
            para(
                (
                    "L’Ambassade saurait gré au Ministère de bien vouloir lui faire connaître sa décision avant le "
                    "15 juillet 2025, afin de permettre l’organisation des escales.",
                    "The Embassy would be grateful if the Ministry would inform it of its decision before 15 July "
                    "2025, so that the port calls can be arranged.",
                ),
                (
                    "Le formulaire de demande dûment rempli et le plan de campagne détaillé sont joints à la présente "
                    "note.",
                    "The duly completed application form and the detailed cruise plan are attached to the present "
                    "note.",
                ),
            ),
            para(
                (
                    "L’Ambassade du Royaume d’Hallendie saisit cette occasion pour renouveler au Ministère des "
                    "affaires étrangères de la République d’Elvarie les assurances de sa très haute considération.",
                    "The Embassy of the Kingdom of Hallendia avails itself of this opportunity to renew to the "
                    "Ministry of Foreign Affairs of the Republic of Elvaria the assurances of its highest "
                    "consideration.",
                ),
            ),
            date("Brenval, le 3 mai 2025", "Brenval, 3 May 2025", space_before=6),
            line(
                "Ministère des affaires étrangères de la République d’Elvarie",
                "Ministry of Foreign Affairs of the Republic of Elvaria",
                space_before=24,
            ),
            line("Direction des affaires juridiques et des traités", "Legal and Treaty Affairs Department"),
            line("Brenval", "Brenval"),
        ),
    )
)


# --------------------------------------------------------------------------- 3. report with footnotes

DOCUMENTS.append(
    Doc(
        name="report-rural-roads",
        description="report: three centred title lines, Roman headings I.-IV. and A./B. sub-headings, numbered "
        "paragraphs with a 1.5 cm hanging indent, (a) sub-items and i) / (i) items under them, five footnotes in "
        "8 pt after a full stop, after a number and after a word, justified",
        layout={
            "pages": 2,
            "font": "Times New Roman",
            "size": 11,
            "note_size": 8,
            "note_hang": 0.4,
            "space_after": 6,
            "justify": True,
            "margins": (2.0, 2.5, 2.0, 2.5),
            "title_size": 13,
            "subtitle_size": 11,
            "num_left": 1.5,
            "num_hang": 1.5,
            "heading_hang": 1.5,
            "sub_hang": 1.0,
            "subsub_hang": 0.9,
            "furniture_size": 9,
            "furniture": {
                "header": [(("CRSR/CM/2025/4", "CRSR/CM/2025/4"), "left")],
                "footer": [(("– {PAGE} –", "– {PAGE} –"), "center")],
            },
        },
        blocks=(
            subtitle(
                "Commission régionale pour la sécurité routière",
                "Regional Commission for Road Safety",
                space_before=0,
                size=11,
            ),
            title(
                "Sécurité routière dans les zones rurales : bilan de la décennie 2015-2024",
                "Road safety in rural areas: review of the decade 2015–2024",
            ),
            subtitle("Rapport du Secrétariat", "Report of the Secretariat", italic=True),
            heading("I.", "Introduction", "Introduction"),
            num(
                "1.",
                (
                    "Le présent rapport fait le point sur l’évolution de la sécurité routière dans les zones rurales "
                    "des onze États membres de la Commission entre 2015 et 2024.",
                    "The present report reviews trends in road safety in the rural areas of the eleven member States "
                    "of the Commission between 2015 and 2024.",
                ),
                (
                    "Il a été établi à la demande du Conseil des ministres, qui l’a inscrit à son programme de "
                    "travail lors de sa session de 2023.{{Voir la décision CM/23/6, par. 4.}}",
                    "It was prepared at the request of the Council of Ministers, which included it in its programme "
                    "of work at its 2023 session.{{See decision CM/23/6, para. 4.}}",
                ),
            ),
            num(
                "2.",
                (
                    "Les données proviennent des registres nationaux des accidents, complétées par une enquête menée "
                    "auprès de 420 communes rurales.",
                    "The data are drawn from national crash registers, supplemented by a survey of 420 rural "
                    "municipalities.",
                ),
                (
                    "Trois États n’ayant pas transmis de chiffres pour 2024, les totaux régionaux de cette année sont "
                    "provisoires.",
                    "As three States did not submit figures for 2024, the regional totals for that year are "
                    "provisional.",
                ),
            ),
            heading("II.", "Principales tendances", "Main trends"),
            heading("A.", "Mortalité", "Deaths", italic=True),
            num(
                "3.",
                (
                    "Le nombre de personnes tuées sur les routes rurales a diminué de 21~% au cours de la décennie, "
                    "passant de 6~940 en 2015 à 5~480 en 2024{{Chiffres arrondis à la dizaine la plus proche.}}.",
                    "The number of people killed on rural roads fell by 21 per cent over the decade, from 6,940 in "
                    "2015 to 5,480 in 2024{{Figures rounded to the nearest ten.}}.",
                ),
                (
                    "Cette baisse est toutefois nettement inférieure à celle observée en milieu urbain, où la "
                    "mortalité a reculé de 38~%.",
                    "This decline is, however, markedly smaller than that observed in urban areas, where deaths fell "
                    "by 38 per cent.",
                ),
            ),
            num(
                "4.",
                (
                    "Les routes rurales, qui ne supportent qu’un quart du trafic, concentrent désormais près de 60~% "
                    "des décès.",
                    "Rural roads, which carry only a quarter of traffic, now account for nearly 60 per cent of deaths.",
                ),
                (
                    "Les sorties de route sans tiers impliqué représentent à elles seules un tiers des accidents "
                    "mortels.",
                    "Single-vehicle run-off-road crashes alone account for one third of fatal crashes.",
                ),
                (
                    "Les usagers les plus exposés sont les conducteurs de deux-roues motorisés, les piétons âgés et "
                    "les jeunes conducteurs.",
                    "The road users most at risk are riders of powered two-wheelers, older pedestrians and young "
                    "drivers.",
                ),
            ),
            heading("B.", "Facteurs de risque", "Risk factors", italic=True),
            num(
                "5.",
                (
                    "L’analyse des rapports d’enquête fait apparaître quatre facteurs principaux :",
                    "Analysis of the investigation reports points to four main factors:",
                ),
            ),
            sub(
                "(a)",
                (
                    "La vitesse excessive ou inadaptée, relevée dans 41~% des accidents mortels ;",
                    "Excessive or inappropriate speed, noted in 41 per cent of fatal crashes;",
                ),
            ),
            sub(
                "(b)",
                ("L’état des infrastructures, en particulier :", "The condition of the infrastructure, in particular:"),
            ),
            subsub(("i)", "(i)"), ("L’absence d’accotements stabilisés ;", "The lack of paved shoulders;")),
            subsub(
                ("ii)", "(ii)"),
                ("Le mauvais entretien de la signalisation horizontale ;", "Poorly maintained road markings;"),
            ),
            subsub(
                ("iii)", "(iii)"),
                (
                    "La présence d’obstacles fixes, tels que les arbres et les poteaux, à moins de quatre mètres de "
                    "la chaussée ;",
                    "Fixed obstacles, such as trees and poles, less than four metres from the carriageway;",
                ),
            ),
            sub(
                "(c)",
                (
                    "La consommation d’alcool, en cause dans un accident mortel sur cinq ;",
                    "Alcohol consumption, involved in one fatal crash in five;",
                ),
            ),
            sub(
                "(d)",
                (
                    "L’éloignement des services de secours, qui retarde la prise en charge des blessés graves.",
                    "The distance from emergency services, which delays the treatment of seriously injured people.",
                ),
            ),
            num(
                "6.",
                (
                    "Le délai moyen d’arrivée des secours sur les lieux d’un accident est de 24 minutes en zone "
                    "rurale, contre 9 minutes en ville.{{Enquête de la Commission auprès des services d’urgence, "
                    "2024 ; neuf États ont répondu.}}",
                    "The average time taken by emergency services to reach the scene of a crash is 24 minutes in "
                    "rural areas, compared with 9 minutes in towns.{{Commission survey of emergency services, 2024; "
                    "nine States responded.}}",
                ),
                (
                    "Or chaque minute de retard réduit sensiblement les chances de survie des blessés graves.",
                    "Yet every minute of delay significantly reduces the chances of survival of the seriously injured.",
                ),
            ),
            heading("III.", "Mesures prises par les États membres", "Measures taken by member States"),
            num(
                "7.",
                (
                    "La plupart des États ont abaissé la vitesse maximale autorisée sur les routes secondaires "
                    "dépourvues de séparateur central.",
                    "Most States have lowered the speed limit on secondary roads without a central divider.",
                ),
                (
                    "En Elvarie, le passage de 90 à 80 kilomètres à l’heure en 2018 a été suivi d’une baisse de 12~% "
                    "de la mortalité sur le réseau concerné, selon une évaluation indépendante publiée en "
                    "2021{{Institut elvarien des transports, *Évaluation de l’abaissement de la vitesse maximale "
                    "autorisée*, Brenval, 2021.}}.",
                    "In Elvaria, the reduction from 90 to 80 kilometres per hour in 2018 was followed by a 12 per "
                    "cent drop in deaths on the roads concerned, according to an independent evaluation published in "
                    "2021{{Elvarian Transport Institute, *Evaluation of the Lower Speed Limit*, Brenval, 2021.}}.",
                ),
            ),
            num(
                "8.",
                (
                    "Plusieurs États ont également investi dans l’aménagement des routes rurales.",
                    "Several States have also invested in upgrading rural roads.",
                ),
                (
                    "La Zamirie a installé 1~200 kilomètres de bandes rugueuses et la Quessanie a supprimé ou protégé "
                    "plus de 9~000 obstacles latéraux.",
                    "Zamiria has installed 1,200 kilometres of rumble strips, and Quessania has removed or shielded "
                    "more than 9,000 roadside obstacles.",
                ),
                (
                    "Ces travaux, peu coûteux, figurent parmi les plus rentables de la décennie.",
                    "These low-cost works are among the most cost-effective of the decade.",
                ),
            ),
            num(
                "9.",
                (
                    "En revanche, les contrôles d’alcoolémie restent rares en dehors des agglomérations.",
                    "By contrast, breath tests remain rare outside built-up areas.",
                ),
                (
                    "Dans quatre États, moins de 5~% des conducteurs contrôlés l’ont été sur une route "
                    "rurale{{Données de 2023, les plus récentes disponibles.}}.",
                    "In four States, fewer than 5 per cent of the drivers tested were stopped on a rural "
                    "road{{Data for 2023, the most recent available.}}.",
                ),
            ),
            heading("IV.", "Conclusions et recommandations", "Conclusions and recommendations"),
            num(
                "10.",
                (
                    "La décennie écoulée montre que des progrès sont possibles, mais qu’ils restent inégaux.",
                    "The past decade shows that progress is possible, but that it remains uneven.",
                ),
                (
                    "La Commission est invitée à examiner les recommandations suivantes :",
                    "The Commission is invited to consider the following recommendations:",
                ),
            ),
            sub(
                "(a)",
                (
                    "Fixer un objectif régional de réduction de moitié de la mortalité sur les routes rurales d’ici "
                    "à 2035 ;",
                    "Set a regional target of halving deaths on rural roads by 2035;",
                ),
            ),
            sub(
                "(b)",
                (
                    "Créer un mécanisme d’échange de données sur les accidents, fondé sur des définitions communes ;",
                    "Establish a mechanism for sharing crash data, based on common definitions;",
                ),
            ),
            sub(
                "(c)",
                (
                    "Encourager les États à consacrer une part fixe du produit des amendes à l’aménagement des "
                    "routes rurales.",
                    "Encourage States to allocate a fixed share of the revenue from fines to upgrading rural roads.",
                ),
            ),
            num(
                "11.",
                (
                    "Le Secrétariat présentera un plan d’action détaillé à la prochaine session du Conseil des "
                    "ministres, en 2026.",
                    "The Secretariat will submit a detailed plan of action to the next session of the Council of "
                    "Ministers, in 2026.",
                ),
                (
                    "Ce plan précisera, pour chaque recommandation, le calendrier, les responsables et les ressources "
                    "nécessaires.",
                    "For each recommendation, the plan will set out the timetable, the responsible parties and the "
                    "resources required.",
                ),
            ),
        ),
    )
)


# --------------------------------------------------------------------------- 4. press release (typed dashes)

DOCUMENTS.append(
    Doc(
        name="press-release-satellite",
        description="press release on US Letter paper in Arial 10: letterhead lines in the first-page header, "
        "release line, large headline, italic standfirst, dateline opening the first sentence, a quotation, "
        "a list whose items start with a typed en dash and a TAB (not Word bullets), note to editors, contacts",
        layout={
            "paper": "letter",
            "pages": 1,
            "font": "Arial",
            "size": 10,
            "space_after": 7,
            "line_spacing": 1.1,
            "margins": (2.2, 2.0, 2.0, 2.0),
            "title_align": "left",
            "title_size": 15,
            "subtitle_size": 11,
            "dash_left": 1.0,
            "dash_hang": 0.5,
            "furniture_size": 9,
            "furniture": {
                "first_header": [
                    (("**AGENCE SPATIALE FÉDÉRALE DE ZAMIRIE", "**FEDERAL SPACE AGENCY OF ZAMIRIA"), "left"),
                    (
                        (
                            "Service de presse\tCommuniqué n° 17/2025",
                            "Press Office\tPress release No. 17/2025",
                        ),
                        "left",
                    ),
                ],
                "first_footer": [
                    (("www.asfz.example – presse@asfz.example", "www.asfz.example – press@asfz.example"), "center")
                ],
            },
        },
        blocks=(
            para(("POUR DIFFUSION IMMÉDIATE", "FOR IMMEDIATE RELEASE"), bold=True, size=9, space_before=6),
            title(
                "Le satellite AGRISAT-2 livre ses premières images des cultures céréalières",
                "AGRISAT-2 satellite delivers its first images of cereal crops",
            ),
            subtitle(
                "Les données seront mises gratuitement à la disposition des agriculteurs et des services "
                "météorologiques de la région",
                "The data will be made available free of charge to farmers and weather services across the region",
                italic=True,
            ),
            para(
                (
                    "KESTRAL, le 4 juin 2025 – L’Agence spatiale fédérale de Zamirie a rendu publiques aujourd’hui "
                    "les premières images transmises par le satellite AGRISAT-2, lancé le 22 avril dernier.",
                    "KESTRAL, 4 June 2025 – The Federal Space Agency of Zamiria today released the first images "
                    "transmitted by the AGRISAT-2 satellite, which was launched on 22 April.",
                ),
                (
                    "Ces images, d’une résolution de cinq mètres, couvrent une bande de 290 kilomètres de large.",
                    "The images, with a resolution of five metres, cover a swath 290 kilometres wide.",
                ),
            ),
            para(
                (
                    "Le satellite survolera chaque parcelle agricole de la région tous les trois jours.",
                    "The satellite will pass over every farm plot in the region every three days.",
                ),
                (
                    "Il permettra de suivre la croissance des cultures, d’estimer les rendements et de détecter "
                    "précocement les effets de la sécheresse.",
                    "It will make it possible to monitor crop growth, estimate yields and detect the effects of "
                    "drought at an early stage.",
                ),
            ),
            para(
                (
                    "« Pour la première fois, un agriculteur pourra savoir, depuis son téléphone, quelles parties de "
                    "son champ manquent d’eau », a déclaré la Directrice de l’Agence, Mme Talia Orvesco.",
                    "“For the first time, farmers will be able to see on their phones which parts of their fields "
                    "are short of water,” said the Director of the Agency, Talia Orvesco.",
                ),
                (
                    "« C’est une petite révolution pour les exploitations familiales. »",
                    "“This is a small revolution for family farms.”",
                ),
            ),
            para(
                (
                    "Les premiers services proposés à partir du 1er juillet sont les suivants :",
                    "The first services to be offered from 1 July are:",
                ),
            ),
            dash(
                (
                    "une carte hebdomadaire de l’état de la végétation, à l’échelle de la parcelle ;",
                    "a weekly map of vegetation condition at plot level;",
                )
            ),
            dash(
                (
                    "une estimation mensuelle des rendements du blé, de l’orge et du maïs ;",
                    "a monthly yield estimate for wheat, barley and maize;",
                )
            ),
            dash(
                (
                    "des alertes en cas de stress hydrique, envoyées par message texte ;",
                    "water stress alerts sent by text message;",
                )
            ),
            dash(
                (
                    "un service d’archives donnant accès à toutes les images depuis le lancement.",
                    "an archive service giving access to all images since the launch.",
                )
            ),
            para(
                (
                    "Le projet, d’un coût total de 148 millions d’euros, a été financé à parts égales par la Zamirie "
                    "et par la Banque régionale d’investissement.",
                    "The project, which cost a total of 148 million euros, was financed in equal shares by Zamiria "
                    "and the Regional Investment Bank.",
                ),
                (
                    "Un troisième satellite, AGRISAT-3, doit être lancé en 2027 afin de ramener à un jour "
                    "l’intervalle entre deux passages.",
                    "A third satellite, AGRISAT-3, is due to be launched in 2027 to reduce the interval between "
                    "passes to one day.",
                ),
                space_before=4,
            ),
            para(
                (
                    "Les images peuvent être consultées librement sur le portail de l’Agence, qui propose également "
                    "un guide d’utilisation destiné aux coopératives agricoles.",
                    (
                        "The images can be viewed freely on the Agency’s portal.",
                        "The portal also offers a user guide for farming cooperatives.",
                    ),
                ),
            ),
            para(("Note aux rédactions", "Note to editors"), bold=True, space_before=10),
            para(
                (
                    "L’Agence spatiale fédérale de Zamirie a été créée en 2009.",
                    "The Federal Space Agency of Zamiria was established in 2009.",
                ),
                (
                    "Elle exploite quatre satellites d’observation de la Terre et emploie 640 personnes à Kestral et "
                    "à Dorvane.",
                    "It operates four Earth observation satellites and employs 640 people in Kestral and Dorvane.",
                ),
                size=9,
            ),
            para(("Contact presse :", "Media contact:"), bold=True, size=9, space_before=6),
            line(
                "Bureau de la communication – Tél. : +99 7 210 44 18",
                "Communications Office – Tel.: +99 7 210 44 18",
                size=9,
            ),
        ),
    )
)


# --------------------------------------------------------------------------- 5. resolution

DOCUMENTS.append(
    Doc(
        name="resolution-bird-corridors",
        description="resolution of a regional council in Times New Roman 12, justified: meeting lines, two centred "
        "title lines, adoption line, preambular paragraphs with italic opening words ending in commas, "
        "operative paragraphs with a narrow 0.75 cm hanging indent ending in semicolons, (a) sub-items and "
        "i) / (i) items, a footnote after a word before a comma",
        layout={
            "pages": (2, 1),
            "font": "Times New Roman",
            "size": 12,
            "note_size": 9,
            "space_after": 6,
            "justify": True,
            "margins": (2.5, 2.0, 2.5, 3.0),
            "title_size": 13,
            "num_left": 0.75,
            "num_hang": 0.75,
            "sub_hang": 0.9,
            "subsub_hang": 0.8,
            "furniture_size": 10,
            "furniture": {
                "first_header": [(("UEGK/CM/7/RES/2", "UEGK/CM/7/RES/2"), "right")],
                "header": [(("UEGK/CM/7/RES/2", "UEGK/CM/7/RES/2"), "right")],
                "footer": [(("{PAGE}", "{PAGE}"), "center")],
            },
        },
        blocks=(
            line("Union des États du golfe de Kaldor", "Union of Kaldor Gulf States", bold=True),
            line("Conseil des ministres", "Council of Ministers", bold=True),
            line("Septième session", "Seventh session"),
            line("Port-Ambrin, 12-14 mars 2025", "Port-Ambrin, 12–14 March 2025"),
            title("Résolution 7/2", "Resolution 7/2", space_before=18),
            title(
                "Conservation des couloirs de migration des oiseaux dans le golfe de Kaldor",
                "Conservation of bird migration corridors in the Gulf of Kaldor",
                space_before=0,
            ),
            center(
                (
                    "Adoptée à la quatrième séance plénière, le 14 mars 2025",
                    "Adopted at the fourth plenary meeting, on 14 March 2025",
                ),
                italic=True,
            ),
            para(("*Le Conseil des ministres*,", "*The Council of Ministers*,"), space_before=6),
            pream(
                (
                    "*Rappelant* la Déclaration de Port-Ambrin sur la diversité biologique marine et côtière, adoptée "
                    "à sa cinquième session,",
                    "*Recalling* the Port-Ambrin Declaration on Marine and Coastal Biological Diversity, adopted at "
                    "its fifth session,",
                )
            ),
            pream(
                (
                    "*Conscient* que le golfe de Kaldor se trouve sur l’une des principales voies de migration entre "
                    "les régions arctiques et les zones humides du Sud, empruntée chaque année par plus de 30 millions "
                    "d’oiseaux,",
                    "*Aware* that the Gulf of Kaldor lies on one of the main flyways between the Arctic regions and "
                    "the southern wetlands, used each year by more than 30 million birds,",
                )
            ),
            pream(
                (
                    "*Préoccupé* par la disparition de près d’un tiers des vasières littorales du golfe depuis 1990, "
                    "principalement du fait de l’urbanisation et de l’aquaculture intensive,",
                    "*Concerned* at the loss of nearly one third of the coastal mudflats of the Gulf since 1990, "
                    "mainly as a result of urbanization and intensive aquaculture,",
                )
            ),
            pream(
                (
                    "*Prenant note avec satisfaction* du rapport du Secrétariat sur l’état des populations d’oiseaux "
                    "migrateurs{{UEGK/CM/7/5.}},",
                    "*Taking note with appreciation* of the report of the Secretariat on the status of migratory "
                    "bird populations{{UEGK/CM/7/5.}},",
                )
            ),
            pream(
                (
                    "*Reconnaissant* le rôle des communautés côtières dans la surveillance des sites de halte "
                    "migratoire,",
                    "*Recognizing* the role of coastal communities in monitoring migratory stopover sites,",
                )
            ),
            num(
                "1.",
                (
                    "*Décide* d’établir un réseau de sites protégés le long du couloir de migration du golfe de "
                    "Kaldor, ci-après dénommé « le Réseau » ;",
                    "*Decides* to establish a network of protected sites along the Kaldor Gulf flyway, hereinafter "
                    "referred to as “the Network”;",
                ),
            ),
            num(
                "2.",
                (
                    "*Invite* les États membres à proposer au Secrétariat, avant le 31 décembre 2025, les sites "
                    "susceptibles d’être intégrés au Réseau, en tenant compte des critères suivants :",
                    "*Invites* member States to propose to the Secretariat, before 31 December 2025, sites that could "
                    "be included in the Network, taking into account the following criteria:",
                ),
            ),
            sub(
                "(a)",
                (
                    "L’importance du site pour une ou plusieurs espèces migratrices, notamment :",
                    "The importance of the site for one or more migratory species, in particular:",
                ),
            ),
            subsub(
                ("i)", "(i)"),
                (
                    "L’accueil régulier d’au moins 1~% de la population d’une espèce ;",
                    "Regularly supporting at least 1 per cent of the population of a species;",
                ),
            ),
            subsub(
                ("ii)", "(ii)"),
                (
                    "L’accueil régulier de plus de 20~000 oiseaux d’eau ;",
                    "Regularly supporting more than 20,000 waterbirds;",
                ),
            ),
            sub("(b)", ("Le degré de menace pesant sur le site ;", "The degree of threat to the site;")),
            sub(
                "(c)",
                (
                    "L’engagement des autorités locales et des communautés concernées ;",
                    "The commitment of the local authorities and communities concerned;",
                ),
            ),
            num(
                "3.",
                (
                    "*Prie* le Secrétariat d’élaborer, en consultation avec les États membres, des lignes directrices "
                    "pour la gestion des sites du Réseau ;",
                    "*Requests* the Secretariat to prepare, in consultation with member States, guidelines for the "
                    "management of the sites of the Network;",
                ),
            ),
            num(
                "4.",
                (
                    "*Encourage* les États membres à limiter l’éclairage nocturne des installations côtières pendant "
                    "les périodes de migration, du 15 mars au 31 mai et du 15 août au 31 octobre ;",
                    "*Encourages* member States to limit the night-time lighting of coastal installations during "
                    "the migration periods, from 15 March to 31 May and from 15 August to 31 October;",
                ),
            ),
            num(
                "5.",
                (
                    "*Appelle* les États membres à associer les pêcheurs, les chasseurs et les associations "
                    "naturalistes au suivi des sites du Réseau ;",
                    "*Calls upon* member States to involve fishers, hunters and nature associations in the monitoring "
                    "of the sites of the Network;",
                ),
            ),
            num(
                "6.",
                (
                    "*Décide* d’allouer 450~000 euros à la mise en place du Réseau pour l’exercice biennal 2026-2027, "
                    "sous réserve de la disponibilité des fonds ;",
                    "*Decides* to allocate 450,000 euros to the establishment of the Network for the biennium "
                    "2026–2027, subject to the availability of funds;",
                ),
            ),
            num(
                "7.",
                (
                    "*Prie* le Secrétariat de lui rendre compte de l’application de la présente résolution à sa "
                    "neuvième session.",
                    "*Requests* the Secretariat to report to it on the implementation of the present resolution at "
                    "its ninth session.",
                ),
            ),
            center(("*Quatrième séance plénière*", "*Fourth plenary meeting*"), italic=True, space_before=12),
        ),
    )
)


# --------------------------------------------------------------------------- 6. newsletter (columns in the middle)

DOCUMENTS.append(
    Doc(
        name="newsletter-libraries",
        description="newsletter page in DejaVu Sans 9.5: title, subtitle and an editorial across the page, then a "
        "continuous two-column section (headings, paragraphs, Word bullets), then a one-column agenda and an "
        "italic closing line across the page",
        layout={
            "pages": 1,
            "font": "DejaVu Sans",
            "size": 9.5,
            "space_after": 5,
            "line_spacing": 1.0,
            "margins": (1.8, 1.8, 1.8, 1.8),
            "title_align": "left",
            "title_size": 18,
            "subtitle_size": 10,
            "column_gap": 0.6,
            "furniture_size": 8,
            "furniture": {
                "header": [
                    (
                        (
                            "Réseau des bibliothèques publiques de Lorvane\tLettre n° 9 – printemps 2025",
                            "Lorvane Public Library Network\tNewsletter No. 9 – spring 2025",
                        ),
                        "left",
                    )
                ],
                "footer": [
                    (
                        (
                            "Rédaction : service de la lecture publique, Maison des bibliothèques, Valmeyre",
                            "Editor: Public Reading Service, Library House, Valmeyre",
                        ),
                        "center",
                    )
                ],
            },
        },
        blocks=(
            title("La Lettre du Réseau", "The Network Letter", space_before=0),
            subtitle(
                "Vingt-deux bibliothèques, un seul réseau",
                "Twenty-two libraries, one network",
                italic=True,
            ),
            para(
                (
                    "L’année 2024 a été marquée par un record de fréquentation dans nos vingt-deux bibliothèques.",
                    "2024 was a record year for visits to our twenty-two libraries.",
                ),
                (
                    "Plus de 412~000 visiteurs ont franchi nos portes, soit 9~% de plus qu’en 2023.",
                    "More than 412,000 visitors came through our doors, 9 per cent more than in 2023.",
                ),
                (
                    "Ce succès doit beaucoup aux bénévoles, qui ont assuré cette année près de 6~000 heures d’accueil.",
                    "Much of this success is due to our volunteers, who this year staffed the front desks for nearly "
                    "6,000 hours.",
                ),
                (
                    "Qu’ils en soient ici chaleureusement remerciés.",
                    "We thank them most warmly.",
                ),
                italic=True,
            ),
            columns(2),
            heading(None, "Un bibliobus pour les hameaux", "A mobile library for the hamlets", space_before=4),
            para(
                (
                    "Depuis le mois de janvier, un bibliobus dessert chaque semaine les quatorze hameaux du plateau "
                    "de Sarnelle qui ne disposent d’aucun point de lecture.",
                    "Since January, a mobile library has been visiting the fourteen hamlets of the Sarnelle plateau "
                    "that have no reading point every week.",
                ),
                (
                    "Il transporte environ 3~000 documents, renouvelés tous les mois.",
                    "It carries some 3,000 items, which are renewed every month.",
                ),
                (
                    "Les habitants peuvent aussi y retirer les livres réservés en ligne.",
                    "Residents can also collect books reserved online.",
                ),
            ),
            heading(None, "Ateliers numériques : le bilan", "Digital workshops: the results"),
            para(
                (
                    "En 2024, les ateliers numériques ont accueilli 3~150 participants, dont plus de la moitié "
                    "avaient plus de 65 ans.",
                    "In 2024, the digital workshops welcomed 3,150 participants, more than half of whom were over 65.",
                ),
                (
                    "Les thèmes les plus demandés ont été les suivants :",
                    "The most popular topics were:",
                ),
            ),
            bullet(("les démarches administratives en ligne ;", "completing official formalities online;")),
            bullet(("la sécurité des paiements sur Internet ;", "making secure payments on the Internet;")),
            bullet(
                (
                    "la retouche et le partage de photographies.",
                    "editing and sharing photographs.",
                )
            ),
            para(
                (
                    "Un nouveau cycle, consacré à la lutte contre les escroqueries en ligne, débutera en septembre.",
                    "A new series, on protecting oneself against online scams, will start in September.",
                ),
            ),
            heading(None, "Le prix des jeunes lecteurs", "The Young Readers’ Prize"),
            para(
                (
                    "Pour sa sixième édition, le prix des jeunes lecteurs a réuni 1~870 élèves de 9 à 12 ans.",
                    "For its sixth edition, the Young Readers’ Prize brought together 1,870 pupils aged 9 to 12.",
                ),
                (
                    "Ils ont élu *Le Phare des oubliés*, un roman d’aventures de Maëlle Cordonnier.",
                    "They chose *The Lighthouse of the Forgotten*, an adventure novel by Maëlle Cordonnier.",
                ),
                (
                    "L’autrice viendra rencontrer les classes participantes au mois de mai.",
                    "The author will visit the participating classes in May.",
                ),
            ),
            heading(None, "Nouveaux horaires", "New opening hours"),
            para(
                (
                    "À compter du 1er avril, les bibliothèques de Valmeyre et de Port-Lirande ouvriront le dimanche "
                    "matin.",
                    "From 1 April, the libraries in Valmeyre and Port-Lirande will open on Sunday mornings.",
                ),
                (
                    (
                        "Cette ouverture est une expérience.",
                        "Elle sera évaluée à la fin de l’année.",
                    ),
                    "This is a trial, to be evaluated at the end of the year.",
                ),
            ),
            columns(1),
            heading(None, "À noter", "Dates for your diary", space_before=6),
            para(
                (
                    "La fête du livre de Valmeyre se tiendra les 14 et 15 juin sur la place du Marché.",
                    "The Valmeyre Book Fair will be held on 14 and 15 June in the Market Square.",
                ),
                (
                    "Une cinquantaine d’auteurs et d’éditeurs de la région y sont attendus.",
                    "Some fifty authors and publishers from the region are expected to attend.",
                ),
                (
                    "Les bibliothèques du Réseau seront fermées du 4 au 18 août pour l’inventaire annuel.",
                    "The libraries of the Network will be closed from 4 to 18 August for the annual inventory.",
                ),
            ),
            para(
                (
                    "Pour recevoir la Lettre par courrier électronique, il suffit de s’inscrire auprès de sa "
                    "bibliothèque.",
                    "To receive the Letter by email, simply sign up at your library.",
                ),
                italic=True,
                align="center",
                space_before=6,
            ),
        ),
    )
)


# --------------------------------------------------------------------------- 7. financial note (bordered tables)

_T1 = [
    [("Donateur", "Donor"), ("Annoncé", "Pledged"), ("Reçu", "Received"), ("Solde dû", "Balance due")],
    [("République d’Elvarie", "Republic of Elvaria"), ("4~200", "4,200"), ("4~200", "4,200"), ("0", "0")],
    [("Royaume d’Hallendie", "Kingdom of Hallendia"), ("3~500", "3,500"), ("3~150", "3,150"), ("350", "350")],
    [
        ("Principauté de Castelmont", "Principality of Castelmont"),
        ("1~800", "1,800"),
        ("1~800", "1,800"),
        ("0", "0"),
    ],
    [("Îles Ambrines", "Ambrine Islands"), ("480", "480"), ("215", "215"), ("265", "265")],
    [
        ("Banque régionale d’investissement", "Regional Investment Bank"),
        (
            "2~500{{Dont une contribution en nature (analyses de laboratoire) évaluée à 600 milliers d’euros.}}",
            "2,500{{Including an in-kind contribution (laboratory analyses) valued at 600 thousand euros.}}",
        ),
        ("1~550", "1,550"),
        ("950", "950"),
    ],
    [("Total", "Total"), ("12~480", "12,480"), ("10~915", "10,915"), ("1~565", "1,565")],
]

_T2 = [
    [
        ("Composante", "Component"),
        ("Budget", "Budget"),
        ("Dépenses", "Expenditure"),
        ("Observations", "Remarks"),
    ],
    [
        ("Levés de terrain", "Field surveys"),
        ("3~900", "3,900"),
        ("3~612", "3,612"),
        (
            "Les levés prévus dans le nord de la Quessanie ont été reportés à 2025 en raison des inondations.",
            "The surveys planned in northern Quessania were postponed to 2025 because of flooding.",
        ),
    ],
    [
        ("Analyses de laboratoire", "Laboratory analyses"),
        ("2~100", "2,100"),
        ("2~245", "2,245"),
        (
            "Le dépassement, dû à la hausse du prix des réactifs, a été approuvé par le Comité en juin 2024.",
            "The overrun, due to higher reagent prices, was approved by the Committee in June 2024.",
        ),
    ],
    [("Cartographie numérique", "Digital mapping"), ("1~650", "1,650"), ("1~530", "1,530"), None],
    [
        ("Formation", "Training"),
        ("820", "820"),
        ("797", "797"),
        (
            "Au total, 146 techniciens de onze pays ont été formés.",
            "In total, 146 technicians from eleven countries were trained.",
        ),
    ],
    [("Gestion et audit", "Management and audit"), ("600", "600"), ("558", "558"), None],
    [("Total", "Total"), ("9~070", "9,070"), ("8~742", "8,742"), None],
]

DOCUMENTS.append(
    Doc(
        name="financial-note-soil-fund",
        description="financial information note in Liberation Serif 10: numbered headings 1.-4. with unnumbered "
        "paragraphs, two captions and two bordered tables (a 4-column table of numbers with a footnote mark "
        "after a number in a cell and a total row; a 4-column table mixing numbers, sentences and "
        "empty cells)",
        layout={
            "pages": 1,
            "font": "Liberation Serif",
            "size": 10,
            "note_size": 8.5,
            "space_after": 6,
            "line_spacing": 1.1,
            "margins": (2.0, 2.2, 2.0, 2.2),
            "title_align": "left",
            "title_size": 14,
            "subtitle_size": 11,
            "table_size": 9.5,
            "furniture_size": 8.5,
            "furniture": {
                "header": [(("FFCS/CD/2025/INF.2", "FFCS/CD/2025/INF.2"), "right")],
                "footer": [
                    (
                        (
                            "Fonds fiduciaire pour la cartographie des sols\t{PAGE}",
                            "Trust Fund for Soil Mapping\t{PAGE}",
                        ),
                        "left",
                    )
                ],
            },
        },
        blocks=(
            title("Fonds fiduciaire pour la cartographie des sols", "Trust Fund for Soil Mapping"),
            subtitle(
                "Note d’information sur l’exécution financière au 31 décembre 2024",
                "Information note on financial implementation as at 31 December 2024",
                align="left",
            ),
            heading("1.", "Objet de la note", "Purpose of the note"),
            para(
                (
                    "La présente note rend compte de la situation financière du Fonds fiduciaire pour la cartographie "
                    "des sols à la clôture de l’exercice 2024.",
                    "The present note reports on the financial position of the Trust Fund for Soil Mapping at the "
                    "close of the 2024 financial year.",
                ),
                (
                    "Elle est soumise au Comité des donateurs pour information.",
                    "It is submitted to the Donors’ Committee for information.",
                ),
                (
                    "Sauf indication contraire, les montants sont exprimés en milliers d’euros.",
                    "Unless otherwise indicated, amounts are expressed in thousands of euros.",
                ),
            ),
            heading("2.", "Contributions", "Contributions"),
            para(
                (
                    "Au 31 décembre 2024, les annonces de contributions s’élevaient à 12~480 milliers d’euros, dont "
                    "10~915 milliers avaient été reçus, soit un taux de recouvrement de 87,5~%.",
                    "As at 31 December 2024, pledges totalled 12,480 thousand euros, of which 10,915 thousand had "
                    "been received, a collection rate of 87.5 per cent.",
                ),
                (
                    "Le tableau 1 présente la situation par donateur.",
                    "Table 1 shows the position by donor.",
                ),
            ),
            para(
                (
                    "Tableau 1 – Contributions annoncées et reçues (en milliers d’euros)",
                    "Table 1 – Contributions pledged and received (thousands of euros)",
                ),
                bold=True,
                keep_with_next=True,
                space_before=4,
            ),
            table(_T1, widths=(6.4, 3.2, 3.2, 3.2), numeric_cols=(1, 2, 3)),
            para(
                (
                    "Les deux contributions en souffrance devraient être versées au premier semestre de 2025.",
                    "The two outstanding contributions are expected to be paid in the first half of 2025.",
                ),
                (
                    "Le Royaume d’Hallendie a indiqué que le solde de sa contribution serait versé en mars.",
                    "The Kingdom of Hallendia has indicated that the balance of its contribution will be paid in "
                    "March.",
                ),
                space_before=8,
            ),
            heading("3.", "Dépenses", "Expenditure"),
            para(
                (
                    "Les dépenses de l’exercice se sont élevées à 8~742 milliers d’euros, contre 7~905 milliers en "
                    "2023.",
                    "Expenditure for the year amounted to 8,742 thousand euros, compared with 7,905 thousand in 2023.",
                ),
                (
                    "Leur répartition par composante figure au tableau 2.",
                    "The breakdown by component is shown in table 2.",
                ),
            ),
            para(
                (
                    "Tableau 2 – Dépenses par composante (en milliers d’euros)",
                    "Table 2 – Expenditure by component (thousands of euros)",
                ),
                bold=True,
                keep_with_next=True,
                space_before=4,
            ),
            table(_T2, widths=(4.2, 2.2, 2.2, 7.4), numeric_cols=(1, 2)),
            para(
                (
                    "Le taux d’exécution global s’établit ainsi à 96,4~%.",
                    "The overall implementation rate thus stands at 96.4 per cent.",
                ),
                (
                    "Les dépenses d’appui, plafonnées à 7~% du total, n’ont représenté que 6,4~%.",
                    "Support costs, capped at 7 per cent of the total, amounted to only 6.4 per cent.",
                ),
                space_before=8,
            ),
            heading("4.", "Trésorerie et perspectives", "Cash position and outlook"),
            para(
                (
                    "Le solde de trésorerie au 31 décembre 2024 s’élevait à 4~318 milliers d’euros.",
                    "The cash balance as at 31 December 2024 stood at 4,318 thousand euros.",
                ),
                (
                    "Compte tenu des contributions attendues, il permettra de couvrir les dépenses prévues jusqu’en "
                    "septembre 2025.",
                    "Taking into account expected contributions, it will cover planned expenditure until September "
                    "2025.",
                ),
                (
                    "Au-delà, la poursuite des activités dépendra du renouvellement des engagements des donateurs, "
                    "dont la plupart arrivent à échéance à la fin de 2025.",
                    "Beyond that date, the continuation of activities will depend on the renewal of donor "
                    "commitments, most of which expire at the end of 2025.",
                ),
            ),
            para(
                (
                    "Le Comité est invité à prendre note des informations qui précèdent.",
                    "The Committee is invited to take note of the above information.",
                ),
            ),
        ),
    )
)


# --------------------------------------------------------------------------- 8. multi-page report

_RT = (
    "L’accès des personnes âgées aux services publics numériques",
    "Access of older persons to digital public services",
)
_PAGE = ("Page {PAGE} sur {NUMPAGES}", "Page {PAGE} of {NUMPAGES}")

DOCUMENTS.append(
    Doc(
        name="report-digital-services",
        description="three-page annual report in Liberation Sans 10 with footnotes at the body size (10 pt): "
        "paragraphs without space after, separated by a first-line indent only; different first page; "
        "alternating running headers (title on odd pages, body on even pages) and footers Page n sur N; "
        "headings I.-IV. and A.-C.; numbered recommendations with a 0.6 cm hanging indent; annex after a "
        "page break",
        layout={
            "pages": 3,
            "font": "Liberation Sans",
            "size": 10,
            "note_size": 10,
            "note_hang": 0.6,
            "space_after": 0,
            "line_spacing": 1.15,
            "first_line_indent": 0.75,
            "margins": (2.5, 2.0, 2.5, 2.0),
            "title_size": 14,
            "subtitle_size": 11,
            "subtitle_bold": True,
            "num_left": 0.6,
            "num_hang": 0.6,
            "furniture_size": 8,
            "furniture": {
                "first_header": [
                    (("ORAN/RA/2024\tDistribution générale", "ORAN/RA/2024\tGeneral distribution"), "left")
                ],
                "first_footer": [(_PAGE, "center")],
                "header": [(_RT, "right")],
                "even_header": [
                    (
                        (
                            "Observatoire régional de l’administration numérique – Rapport annuel 2024",
                            "Regional Observatory for Digital Government – Annual report 2024",
                        ),
                        "left",
                    )
                ],
                "footer": [(_PAGE, "center")],
                "even_footer": [(_PAGE, "center")],
            },
        },
        blocks=(
            subtitle(
                "Observatoire régional de l’administration numérique",
                "Regional Observatory for Digital Government",
                size=10,
                space_before=0,
            ),
            title(*_RT),
            subtitle("Rapport annuel 2024", "Annual report 2024"),
            heading(None, "Résumé", "Summary"),
            para(
                (
                    "Dans les sept pays suivis par l’Observatoire, la quasi-totalité des démarches administratives "
                    "peut désormais être accomplie en ligne.",
                    "In the seven countries monitored by the Observatory, almost all administrative procedures can "
                    "now be completed online.",
                ),
                (
                    "Cette évolution a simplifié la vie de millions d’usagers, mais elle a aussi creusé l’écart entre "
                    "ceux qui maîtrisent les outils numériques et ceux qui en sont éloignés.",
                    "This has made life simpler for millions of users, but it has also widened the gap between those "
                    "who are at ease with digital tools and those who are not.",
                ),
                (
                    "Les personnes de plus de 75 ans sont les premières concernées : près de la moitié d’entre elles "
                    "n’ont accompli aucune démarche en ligne en 2024.",
                    "People over 75 are the most affected: nearly half of them did not complete a single procedure "
                    "online in 2024.",
                ),
                (
                    "Le présent rapport analyse les causes de cette situation, présente les initiatives nationales les "
                    "plus prometteuses et formule six recommandations.",
                    "The present report analyses the causes of this situation, describes the most promising national "
                    "initiatives and makes six recommendations.",
                ),
                italic=True,
            ),
            heading("I.", "Introduction", "Introduction"),
            para(
                (
                    "L’Observatoire régional de l’administration numérique a été créé en 2019 par les ministères "
                    "chargés de la fonction publique de sept pays de la région.",
                    "The Regional Observatory for Digital Government was established in 2019 by the ministries "
                    "responsible for the civil service in seven countries of the region.",
                ),
                (
                    "Il publie chaque année un rapport thématique, dont le sujet est choisi par son conseil "
                    "d’orientation.{{Décision du conseil d’orientation du 14 novembre 2023.}}",
                    "Each year it publishes a thematic report on a subject chosen by its Steering "
                    "Council.{{Decision of the Steering Council of 14 November 2023.}}",
                ),
            ),
            para(
                (
                    "Le rapport 2024 porte sur les personnes âgées, qui représentent aujourd’hui 22~% de la "
                    "population de la région et en représenteront près de 30~% en 2040.",
                    "The 2024 report focuses on older persons, who today make up 22 per cent of the population of "
                    "the region and will account for nearly 30 per cent by 2040.",
                ),
                (
                    "Il s’appuie sur une enquête menée auprès de 8~400 personnes âgées de 65 ans et plus, sur des "
                    "entretiens avec des agents d’accueil et sur les statistiques d’utilisation des portails "
                    "nationaux.",
                    "It draws on a survey of 8,400 people aged 65 and over, on interviews with front-desk staff and on "
                    "usage statistics from the national portals.",
                ),
                ("La méthodologie est décrite en annexe.", "The methodology is described in the annex."),
            ),
            heading("II.", "État des lieux", "Current situation"),
            heading("A.", "Équipement et usages", "Equipment and use", italic=True),
            para(
                (
                    "L’équipement des personnes âgées a fortement progressé au cours des cinq dernières années.",
                    "The proportion of older persons with digital equipment has risen sharply over the past five "
                    "years.",
                ),
                (
                    "En 2024, 81~% des 65-74 ans et 58~% des plus de 75 ans disposaient d’un téléphone intelligent, "
                    "contre respectivement 49~% et 21~% en 2019{{Enquête de l’Observatoire, 2019 et 2024.}}.",
                    "In 2024, 81 per cent of those aged 65–74 and 58 per cent of those over 75 had a smartphone, "
                    "compared with 49 per cent and 21 per cent, respectively, in 2019{{Observatory survey, 2019 "
                    "and 2024.}}.",
                ),
                (
                    "L’accès à Internet à domicile suit une tendance comparable.",
                    "Home Internet access shows a similar trend.",
                ),
            ),
            para(
                (
                    "L’équipement ne garantit pas pour autant l’usage.",
                    "Having the equipment does not, however, guarantee its use.",
                ),
                (
                    "Parmi les personnes âgées équipées, un tiers déclarent n’utiliser leur téléphone que pour "
                    "appeler et recevoir des messages.",
                    "Among older persons who have the equipment, one third say that they use their phone only to "
                    "make calls and receive messages.",
                ),
                (
                    "Seules 37~% ont déjà consulté un site administratif sans aide, et 19~% ont déjà rempli seules "
                    "une déclaration en ligne.",
                    "Only 37 per cent have ever visited a government website without help, and 19 per cent have ever "
                    "filled in a return online on their own.",
                ),
            ),
            heading("B.", "Obstacles", "Barriers", italic=True),
            para(
                (
                    "Les personnes interrogées citent trois obstacles principaux.",
                    "Respondents cite three main barriers.",
                ),
                (
                    "Le premier tient à la complexité des procédures d’identification, qui exigent souvent un code "
                    "reçu par message, une application dédiée et un mot de passe à renouveler régulièrement.",
                    "The first is the complexity of identification procedures, which often require a code received "
                    "by text message, a dedicated application and a password that must be changed regularly.",
                ),
                (
                    "Le deuxième est la crainte de commettre une erreur aux conséquences irréversibles, par exemple "
                    "sur le montant d’une pension.",
                    "The second is the fear of making a mistake with irreversible consequences, for example on the "
                    "amount of a pension.",
                ),
                (
                    "Le troisième est la disparition progressive des guichets, qui prive les usagers d’un "
                    "interlocuteur.",
                    "The third is the gradual closure of service counters, which leaves users with no one to talk to.",
                ),
            ),
            para(
                (
                    "Ces obstacles se cumulent chez les personnes isolées, qui ne peuvent compter sur l’aide d’un "
                    "proche.",
                    "These barriers add up for people living alone, who cannot count on help from a relative.",
                ),
                (
                    (
                        "Les agents d’accueil rencontrés le confirment.",
                        "Selon eux, une démarche en ligne accompagnée prend souvent plus de temps qu’une démarche au "
                        "guichet.",
                    ),
                    "The front-desk staff interviewed confirm this, saying that an assisted online procedure often "
                    "takes longer than one completed at the counter.",
                ),
                (
                    "L’économie attendue de la dématérialisation est donc en partie illusoire pour ce "
                    "public.{{Voir aussi le rapport 2022 de l’Observatoire, chap. III.}}",
                    "The savings expected from digitization are therefore partly illusory for this group.{{See also "
                    "the Observatory’s 2022 report, chap. III.}}",
                ),
            ),
            heading("III.", "Expériences nationales", "National experiences"),
            para(
                (
                    "Plusieurs pays ont pris des mesures pour que la transformation numérique ne laisse personne de "
                    "côté.",
                    "Several countries have taken steps to ensure that the digital transformation leaves no one "
                    "behind.",
                ),
                (
                    "Trois d’entre elles, qui ont fait l’objet d’une évaluation, sont présentées ci-après.",
                    "Three of these measures, which have been evaluated, are described below.",
                ),
            ),
            heading(
                "A.",
                "Les maisons de services publics en Elvarie",
                "Public service centres in Elvaria",
                italic=True,
            ),
            para(
                (
                    "L’Elvarie a ouvert depuis 2020 quelque 340 maisons de services publics, dont les deux tiers en "
                    "zone rurale.",
                    "Since 2020, Elvaria has opened some 340 public service centres, two thirds of them in rural "
                    "areas.",
                ),
                (
                    "Chacune réunit sous un même toit les principaux organismes de sécurité sociale, l’administration "
                    "fiscale et les services de l’emploi.",
                    "Each brings together under one roof the main social security bodies, the tax administration and "
                    "the employment services.",
                ),
                (
                    "Les usagers y sont reçus sans rendez-vous par des conseillers formés à l’accompagnement "
                    "numérique.",
                    "Users are seen there without an appointment by advisers trained in digital support.",
                ),
                (
                    "En 2024, 61~% des visiteurs avaient plus de 60 ans.",
                    "In 2024, 61 per cent of visitors were over 60.",
                ),
            ),
            heading("B.", "Le droit au papier en Quessanie", "The right to paper in Quessania", italic=True),
            para(
                (
                    "La Quessanie a adopté en 2022 une loi garantissant à tout usager le droit d’accomplir ses "
                    "démarches sur papier ou par téléphone.{{Loi n° 2022-117 du 3 juin 2022 relative à "
                    "l’accessibilité des services publics.}}",
                    "In 2022, Quessania adopted a law guaranteeing every user the right to complete procedures on "
                    "paper or by telephone.{{Act No. 2022-117 of 3 June 2022 on the accessibility of public "
                    "services.}}",
                ),
                (
                    "Cette garantie n’a pas freiné la dématérialisation : la part des démarches en ligne a continué "
                    "de progresser, passant de 64~% à 71~%.",
                    "This guarantee has not slowed digitization: the share of procedures completed online has "
                    "continued to rise, from 64 to 71 per cent.",
                ),
                (
                    "Elle a en revanche fortement réduit le nombre de réclamations.",
                    "It has, on the other hand, sharply reduced the number of complaints.",
                ),
            ),
            heading("C.", "Les médiateurs numériques en Zamirie", "Digital mediators in Zamiria", italic=True),
            para(
                (
                    "La Zamirie a recruté 1~150 médiateurs numériques, affectés aux mairies et aux bibliothèques.",
                    "Zamiria has recruited 1,150 digital mediators, assigned to town halls and libraries.",
                ),
                (
                    "Ils se rendent aussi au domicile des personnes qui ne peuvent se déplacer jusqu’à un point "
                    "d’accueil.",
                    "They also visit the homes of people who are unable to travel to a service point.",
                ),
                (
                    "Le coût annuel du dispositif, soit 41 millions d’euros, est couvert pour moitié par les "
                    "économies réalisées sur le traitement des dossiers incomplets.",
                    "The annual cost of the scheme, 41 million euros, is half covered by the savings made on the "
                    "processing of incomplete files.",
                ),
            ),
            heading("IV.", "Recommandations", "Recommendations"),
            para(
                (
                    "L’Observatoire formule les recommandations suivantes à l’intention des gouvernements de la "
                    "région :",
                    "The Observatory makes the following recommendations to the Governments of the region:",
                ),
            ),
            num(
                "1.",
                (
                    "Garantir dans la loi une voie d’accès non numérique à chaque service public essentiel.",
                    "Guarantee in law a non-digital means of access to every essential public service.",
                ),
            ),
            num(
                "2.",
                (
                    "Simplifier les procédures d’identification, en proposant une solution unique et utilisable sans "
                    "téléphone intelligent.",
                    "Simplify identification procedures by offering a single solution that can be used without a "
                    "smartphone.",
                ),
            ),
            num(
                "3.",
                (
                    "Maintenir au moins un point d’accueil physique à moins de 20 minutes de chaque domicile.",
                    "Maintain at least one physical service point within 20 minutes of every home.",
                ),
            ),
            num(
                "4.",
                (
                    "Former les agents d’accueil à l’accompagnement des personnes âgées et reconnaître cette "
                    "compétence dans leur évaluation.",
                    "Train front-desk staff to support older persons, and recognize this skill in their performance "
                    "appraisals.",
                ),
            ),
            num(
                "5.",
                (
                    "Associer des personnes âgées à la conception et aux essais des nouveaux services en ligne.",
                    "Involve older persons in the design and testing of new online services.",
                ),
            ),
            num(
                "6.",
                (
                    "Mesurer chaque année, par tranche d’âge, le taux de non-recours aux prestations sociales.",
                    "Measure each year, by age group, the rate of non-take-up of social benefits.",
                ),
            ),
            para(
                (
                    "L’Observatoire rendra compte de la suite donnée à ces recommandations dans son rapport 2026.",
                    "The Observatory will report on the follow-up to these recommendations in its 2026 report.",
                ),
                space_before=6,
            ),
            heading(None, "Annexe", "Annex", page_break_before=True, align="center", space_before=0),
            subtitle("Méthodologie de l’enquête", "Survey methodology"),
            para(
                (
                    "L’enquête a été réalisée par téléphone et en face à face entre le 4 mars et le 28 juin 2024.",
                    "The survey was conducted by telephone and face to face between 4 March and 28 June 2024.",
                ),
                (
                    "L’échantillon, de 8~400 personnes, a été constitué selon la méthode des quotas (sexe, âge, "
                    "région et taille de la commune de résidence).",
                    "The sample of 8,400 people was drawn up using the quota method (sex, age, region and size of "
                    "the municipality of residence).",
                ),
                (
                    "Les personnes vivant en établissement n’ont pas été interrogées.",
                    "People living in institutions were not interviewed.",
                ),
            ),
            para(
                (
                    "Les résultats ont été pondérés afin de tenir compte des écarts entre l’échantillon et la "
                    "population de référence.",
                    "The results were weighted to correct for differences between the sample and the reference "
                    "population.",
                ),
                (
                    "La marge d’erreur est de plus ou moins 1,1 point pour l’ensemble de l’échantillon et de plus ou "
                    "moins 3 points pour les résultats par pays.",
                    "The margin of error is plus or minus 1.1 points for the sample as a whole and plus or minus "
                    "3 points for the results by country.",
                ),
            ),
            para(
                (
                    "Des entretiens semi-directifs ont en outre été menés avec 64 agents d’accueil de douze "
                    "administrations.",
                    "In addition, semi-structured interviews were held with 64 front-desk staff from twelve "
                    "administrations.",
                ),
                ("Leurs propos ont été anonymisés.", "Their comments were anonymized."),
            ),
        ),
    )
)


# --------------------------------------------------------------------------- 9. minutes

DOCUMENTS.append(
    Doc(
        name="minutes-bridge-committee",
        description="minutes on US Letter paper in Times New Roman 10, line spacing 1.3, paragraphs with no space "
        "after and no indent (separated only by where a sentence ends a line), attendance lines, numbered "
        "agenda-item headings 1.-5., reported speech with M. and Mme, times written 9 h 30",
        layout={
            "paper": "letter",
            "pages": 2,
            "font": "Times New Roman",
            "size": 10,
            "space_after": 0,
            "line_spacing": 1.3,
            "margins": (2.54, 2.54, 2.54, 2.54),
            "title_align": "left",
            "title_size": 13,
            "subtitle_size": 11,
            "heading_hang": 0.6,
            "furniture_size": 8,
            "furniture": {
                "header": [
                    (
                        (
                            "Comité mixte de gestion du pont de la Vesmarre\tPV/31",
                            "Joint Management Committee for the Vesmarre Bridge\tMIN/31",
                        ),
                        "left",
                    )
                ],
                "footer": [(("{PAGE}", "{PAGE}"), "right")],
            },
        },
        blocks=(
            title(
                "Comité mixte de gestion du pont de la Vesmarre",
                "Joint Management Committee for the Vesmarre Bridge",
                space_before=0,
            ),
            subtitle("Procès-verbal de la trente et unième réunion", "Minutes of the thirty-first meeting"),
            para(
                (
                    "Kelmar, le 20 mars 2025, de 9 h 30 à 12 h 45",
                    "Kelmar, 20 March 2025, from 9.30 a.m. to 12.45 p.m.",
                ),
                italic=True,
            ),
            heading(None, "Présents", "Present", space_before=8),
            line(
                "Pour la République d’Elvarie : M. Joris Vandekamp (coprésident), Mme Léa Forestier, M. Paul Ibarren",
                "For the Republic of Elvaria: Mr. Joris Vandekamp (Co-Chair), Ms. Léa Forestier, Mr. Paul Ibarren",
            ),
            line(
                "Pour le Royaume d’Hallendie : Mme Ingrid Solvang (coprésidente), M. Erik Brandholm",
                "For the Kingdom of Hallendia: Ms. Ingrid Solvang (Co-Chair), Mr. Erik Brandholm",
            ),
            line("Secrétariat : Mme Nadia Kerbouche", "Secretariat: Ms. Nadia Kerbouche"),
            line("Excusé : M. Tomas Lindqvist", "Apologies: Mr. Tomas Lindqvist"),
            heading(
                "1.",
                "Ouverture de la réunion et adoption de l’ordre du jour",
                "Opening of the meeting and adoption of the agenda",
            ),
            para(
                (
                    "Mme Solvang ouvre la réunion à 9 h 30 et souhaite la bienvenue à M. Ibarren, qui représente "
                    "pour la première fois le ministère elvarien des transports.",
                    "Ms. Solvang opened the meeting at 9.30 a.m. and welcomed Mr. Ibarren, who was representing the "
                    "Elvarian Ministry of Transport for the first time.",
                ),
                (
                    "L’ordre du jour provisoire est adopté sans modification.",
                    "The provisional agenda was adopted without amendment.",
                ),
            ),
            para(
                (
                    "Le procès-verbal de la trentième réunion est approuvé, sous réserve d’une correction au point 4 "
                    "demandée par M. Brandholm.",
                    "The minutes of the thirtieth meeting were approved, subject to a correction under item 4 "
                    "requested by Mr. Brandholm.",
                ),
            ),
            heading("2.", "Trafic et recettes de péage en 2024", "Traffic and toll revenue in 2024"),
            para(
                (
                    "Mme Kerbouche présente les chiffres de l’année écoulée.",
                    "Ms. Kerbouche presented the figures for the past year.",
                ),
                (
                    "Le pont a été emprunté par 7,9 millions de véhicules, soit une hausse de 4~% par rapport à 2023.",
                    "The bridge was used by 7.9 million vehicles, an increase of 4 per cent compared with 2023.",
                ),
                (
                    "Les poids lourds représentent 11~% du trafic, mais 38~% des recettes.",
                    "Heavy goods vehicles accounted for 11 per cent of traffic but 38 per cent of revenue.",
                ),
                (
                    "Les recettes de péage se sont élevées à 46,2 millions d’euros.",
                    "Toll revenue amounted to 46.2 million euros.",
                ),
            ),
            para(
                (
                    "M. Vandekamp s’inquiète de l’allongement des files d’attente aux heures de pointe.",
                    "Mr. Vandekamp expressed concern about the lengthening queues at peak times.",
                ),
                (
                    "Il demande si le passage au péage sans barrière, prévu pour 2026, pourrait être avancé.",
                    "He asked whether the switch to barrier-free tolling, planned for 2026, could be brought forward.",
                ),
                (
                    "Mme Kerbouche répond que l’appel d’offres ne pourra être lancé qu’après l’adoption du règlement "
                    "commun sur les données des usagers.",
                    "Ms. Kerbouche replied that the call for tenders could be launched only after the adoption of "
                    "the joint regulation on user data.",
                ),
            ),
            heading("3.", "Travaux de maintenance", "Maintenance work"),
            para(
                (
                    "M. Brandholm fait le point sur le remplacement des câbles de suspension, commencé en octobre "
                    "2024.",
                    "Mr. Brandholm gave an update on the replacement of the suspension cables, which began in "
                    "October 2024.",
                ),
                (
                    "Vingt-quatre câbles sur quatre-vingt-seize ont été remplacés, sans fermeture complète du pont.",
                    "Twenty-four of the ninety-six cables had been replaced without closing the bridge completely.",
                ),
                (
                    "Les travaux ont toutefois pris six semaines de retard en raison des vents violents de décembre.",
                    "The work was, however, six weeks behind schedule because of the high winds in December.",
                ),
            ),
            para(
                (
                    "Le Comité prend note du nouveau calendrier, qui prévoit l’achèvement des travaux en juin 2026.",
                    "The Committee took note of the new timetable, which provides for completion of the work in "
                    "June 2026.",
                ),
                (
                    "Il demande que les usagers soient informés des fermetures de voies au moins quinze jours à "
                    "l’avance.",
                    "It requested that users be informed of lane closures at least fifteen days in advance.",
                ),
            ),
            heading("4.", "Projet de piste cyclable", "Cycle path project"),
            para(
                (
                    "Mme Forestier présente l’étude de faisabilité d’une piste cyclable sur le tablier aval.",
                    "Ms. Forestier presented the feasibility study for a cycle path on the downstream deck.",
                ),
                (
                    "Le coût en est estimé à 12 millions d’euros, à partager à parts égales entre les deux États.",
                    "The cost was estimated at 12 million euros, to be shared equally between the two States.",
                ),
                (
                    "Plusieurs membres soulignent l’intérêt du projet pour les 3~000 travailleurs frontaliers qui "
                    "résident à moins de dix kilomètres du pont.",
                    "Several members highlighted the benefits of the project for the 3,000 cross-border workers who "
                    "live within ten kilometres of the bridge.",
                ),
            ),
            para(
                (
                    "M. Brandholm fait observer que le tablier aval, conçu en 1976, n’a pas été dimensionné pour "
                    "recevoir une charge supplémentaire.",
                    (
                        "Mr. Brandholm pointed out that the downstream deck had been designed in 1976.",
                        "It had not been built to carry any additional load.",
                    ),
                ),
                (
                    "Le Comité décide de demander une étude complémentaire sur la résistance du tablier et "
                    "d’inscrire la question à l’ordre du jour de sa prochaine réunion.",
                    "The Committee decided to request a further study on the strength of the deck and to place the "
                    "matter on the agenda of its next meeting.",
                ),
            ),
            heading("5.", "Questions diverses", "Other matters"),
            para(
                (
                    "Mme Solvang informe le Comité que le pont fêtera ses cinquante ans le 9 septembre 2026.",
                    "Ms. Solvang informed the Committee that the bridge would celebrate its fiftieth anniversary on "
                    "9 September 2026.",
                ),
                (
                    "Un groupe de travail sera chargé de préparer les manifestations prévues à cette occasion.",
                    "A working group would be tasked with preparing the events planned for the occasion.",
                ),
            ),
            para(
                (
                    "La prochaine réunion se tiendra à Hestrand le 18 septembre 2025.",
                    "The next meeting will be held in Hestrand on 18 September 2025.",
                ),
                ("La séance est levée à 12 h 45.", "The meeting rose at 12.45 p.m."),
            ),
            line("Les coprésidents", "The Co-Chairs", align="right", space_before=18),
            line("Joris Vandekamp", "Joris Vandekamp", align="right"),
            line("Ingrid Solvang", "Ingrid Solvang", align="right"),
        ),
    )
)


# --------------------------------------------------------------------------- 10. joint communiqué

DOCUMENTS.append(
    Doc(
        name="communique-official-visit",
        description="joint communiqué in Times New Roman 11.5, line spacing 1.25, justified: two centred title "
        "lines and a place line, paragraphs numbered 1.-8. with a 0.8 cm hanging indent, Word bullets, a block "
        "quotation of three sentences indented on the left only (roman, in « » / “ ”) after a sentence ending "
        "in a colon, closing place and date line",
        layout={
            "pages": (2, 1),
            "font": "Times New Roman",
            "size": 11.5,
            "space_after": 8,
            "line_spacing": 1.25,
            "justify": True,
            "margins": (2.0, 3.0, 2.0, 3.0),
            "title_size": 14,
            "num_left": 0.8,
            "num_hang": 0.8,
            "quote_left": 1.6,
            "quote_right": 0,
            "quote_italic": False,
            "date_align": "right",
            "furniture_size": 8,
            "furniture": {
                "header": [
                    (
                        (
                            "Ministère fédéral des affaires étrangères – Service de presse",
                            "Federal Ministry of Foreign Affairs – Press Service",
                        ),
                        "center",
                    )
                ],
            },
        },
        blocks=(
            title("Communiqué conjoint", "Joint communiqué", space_before=0),
            title(
                "à l’issue de la visite officielle en République fédérale de Zamirie du Premier Ministre de la "
                "République de Quessanie",
                "on the official visit of the Prime Minister of the Republic of Quessania to the Federal Republic "
                "of Zamiria",
                space_before=0,
                size=12,
            ),
            subtitle("Kestral, 25-27 mai 2025", "Kestral, 25–27 May 2025"),
            num(
                "1.",
                (
                    "À l’invitation du Chancelier fédéral de la République fédérale de Zamirie, M. Oren Valtasz, le "
                    "Premier Ministre de la République de Quessanie, Mme Leilani Morvan, a effectué une visite "
                    "officielle en Zamirie du 25 au 27 mai 2025.",
                    "At the invitation of the Federal Chancellor of the Federal Republic of Zamiria, Oren Valtasz, "
                    "the Prime Minister of the Republic of Quessania, Leilani Morvan, paid an official visit to "
                    "Zamiria from 25 to 27 May 2025.",
                ),
                (
                    "Il s’agissait de la première visite d’un chef de gouvernement quessanien en Zamirie depuis "
                    "l’établissement des relations diplomatiques entre les deux pays, en 1978.",
                    "It was the first visit by a Quessanian Head of Government to Zamiria since the two countries "
                    "established diplomatic relations in 1978.",
                ),
            ),
            num(
                "2.",
                (
                    "Les deux chefs de gouvernement ont eu des entretiens approfondis, dans une atmosphère cordiale, "
                    "sur les relations bilatérales et sur les questions régionales et internationales d’intérêt "
                    "commun.",
                    "The two Heads of Government held in-depth talks, in a cordial atmosphere, on bilateral "
                    "relations and on regional and international issues of common interest.",
                ),
            ),
            num(
                "3.",
                (
                    "Ils se sont félicités de la croissance des échanges commerciaux, qui ont doublé en cinq ans pour "
                    "atteindre 640 millions d’euros en 2024.",
                    "They welcomed the growth in trade, which had doubled in five years to reach 640 million euros "
                    "in 2024.",
                ),
                (
                    "Ils sont convenus de créer un conseil d’affaires bilatéral, qui se réunira pour la première fois "
                    "avant la fin de l’année.",
                    "They agreed to establish a bilateral business council, which will meet for the first time "
                    "before the end of the year.",
                ),
            ),
            num(
                "4.",
                (
                    "En présence des deux chefs de gouvernement, les ministres compétents ont signé les accords "
                    "suivants :",
                    "In the presence of the two Heads of Government, the ministers concerned signed the following "
                    "agreements:",
                ),
            ),
            bullet(
                (
                    "un accord sur la reconnaissance mutuelle des diplômes d’enseignement supérieur ;",
                    "an agreement on the mutual recognition of higher education qualifications;",
                )
            ),
            bullet(
                (
                    "un mémorandum d’accord sur la coopération en matière de sécurité sanitaire des aliments ;",
                    "a memorandum of understanding on cooperation in food safety;",
                )
            ),
            bullet(
                (
                    "un programme d’échanges culturels pour la période 2025-2028.",
                    "a cultural exchange programme for the period 2025–2028.",
                )
            ),
            num(
                "5.",
                (
                    "Le Chancelier fédéral et le Premier Ministre ont réaffirmé leur soutien au projet de corridor "
                    "ferroviaire reliant Kestral au port quessanien de Salvène.",
                    "The Federal Chancellor and the Prime Minister reaffirmed their support for the project for a "
                    "rail corridor linking Kestral to the Quessanian port of Salvène.",
                ),
                (
                    "Ils ont rappelé la déclaration qu’ils avaient adoptée à ce sujet en 2023 :",
                    "They recalled the declaration that they had adopted on the matter in 2023:",
                ),
            ),
            quote(
                (
                    "« Le corridor ferroviaire Kestral-Salvène est un projet prioritaire pour nos deux pays.",
                    "“The Kestral–Salvène rail corridor is a priority project for our two countries.",
                ),
                (
                    "Il réduira de moitié le temps de transport des marchandises entre l’intérieur du continent et "
                    "la mer.",
                    "It will halve the time taken to carry goods between the interior of the continent and the sea.",
                ),
                (
                    "Nous nous engageons à en achever les études techniques avant la fin de 2025. »",
                    "We undertake to complete the technical studies for it before the end of 2025.”",
                ),
            ),
            num(
                "6.",
                (
                    "Ils ont constaté avec satisfaction que cet engagement serait tenu et ont chargé leurs ministres "
                    "des transports de leur présenter un plan de financement d’ici au mois de mars 2026.",
                    "They noted with satisfaction that this commitment would be met and instructed their transport "
                    "ministers to submit a financing plan to them by March 2026.",
                ),
            ),
            num(
                "7.",
                (
                    "Sur le plan régional, les deux chefs de gouvernement ont appelé à un renforcement de la "
                    "coopération en matière de sécurité alimentaire, dans un contexte de hausse du prix des engrais.",
                    "At the regional level, the two Heads of Government called for stronger cooperation on food "
                    "security, at a time of rising fertilizer prices.",
                ),
                (
                    "Ils soutiendront ensemble la création d’une réserve régionale de semences.",
                    "They will jointly support the establishment of a regional seed reserve.",
                ),
            ),
            num(
                "8.",
                (
                    "Le Premier Ministre a remercié le Chancelier fédéral et le peuple zamirien pour l’accueil "
                    "chaleureux qui lui a été réservé.",
                    "The Prime Minister thanked the Federal Chancellor and the people of Zamiria for the warm "
                    "welcome extended to her.",
                ),
                (
                    "Elle l’a invité à se rendre en visite officielle en Quessanie, invitation que le Chancelier a "
                    "acceptée avec plaisir.",
                    (
                        "She invited him to pay an official visit to Quessania.",
                        "The Chancellor accepted the invitation with pleasure.",
                    ),
                ),
            ),
            date("Kestral, le 27 mai 2025", "Kestral, 27 May 2025", space_before=6),
        ),
    )
)


# --------------------------------------------------------------------------- 11. circular (hyphenation, annex)

_EXAMS = [
    [
        ("Date", "Date"),
        ("Matin (9 h – 12 h)", "Morning (9 a.m. – 12 noon)"),
        ("Après-midi (14 h – 17 h)", "Afternoon (2 p.m. – 5 p.m.)"),
    ],
    [("Mardi 10 juin", "Tuesday 10 June"), ("Français", "French"), ("Histoire et géographie", "History and geography")],
    [("Mercredi 11 juin", "Wednesday 11 June"), ("Mathématiques", "Mathematics"), None],
    [
        ("Jeudi 12 juin", "Thursday 12 June"),
        ("Langue vivante étrangère", "Modern foreign language"),
        ("Prévention, santé et environnement", "Prevention, health and environment"),
    ],
    [
        ("Lundi 16 juin", "Monday 16 June"),
        ("Économie et gestion", "Economics and management"),
        ("Arts appliqués", "Applied arts"),
    ],
    [("Vendredi 20 juin", "Friday 20 June"), ("Épreuve écrite de spécialité", "Written speciality examination"), None],
]

DOCUMENTS.append(
    Doc(
        name="circular-vocational-exams",
        description="ministry circular in DejaVu Serif 10.5, justified with automatic hyphenation (w:autoHyphenation) "
        "and 3 cm side margins: letterhead in the first-page header, two-paragraph centred title, addressee "
        "lines, references, Roman headings, items labelled 1° 2° 3° / (1) (2) (3), signature block indented "
        "right, then a page break and an annex with a bordered timetable table",
        layout={
            "pages": 3,
            "font": "DejaVu Serif",
            "size": 10.5,
            "space_after": 6,
            "line_spacing": 1.1,
            "justify": True,
            "hyphenate": True,
            "lang_tags": {"en": "en-US"},
            "margins": (2.0, 3.0, 2.0, 3.0),
            "title_size": 11.5,
            "num_left": 0,
            "sub_hang": 0.8,
            "heading_hang": 1.0,
            "sig_indent": 8.0,
            "table_size": 9.5,
            "furniture_size": 8,
            "furniture": {
                "first_header": [
                    (("**RÉPUBLIQUE DE QUESSANIE", "**REPUBLIC OF QUESSANIA"), "left"),
                    (
                        (
                            "Ministère de l’éducation nationale et de la formation professionnelle",
                            "Ministry of National Education and Vocational Training",
                        ),
                        "left",
                    ),
                    (
                        (
                            "Direction générale de l’enseignement professionnel",
                            "Directorate-General for Vocational Education",
                        ),
                        "left",
                    ),
                ],
                "header": [(("Circulaire n° 2025-031", "Circular No. 2025-031"), "right")],
                "footer": [(("{PAGE}/{NUMPAGES}", "{PAGE}/{NUMPAGES}"), "right")],
                "first_footer": [(("{PAGE}/{NUMPAGES}", "{PAGE}/{NUMPAGES}"), "right")],
            },
        },
        blocks=(
            title(
                "Circulaire n° 2025-031 du 12 février 2025",
                "Circular No. 2025-031 of 12 February 2025",
                space_before=12,
            ),
            title(
                "relative à l’organisation des épreuves du diplôme national professionnel – session 2025",
                "on the organization of the examinations for the national vocational diploma – 2025 session",
                space_before=0,
            ),
            line(
                "Le ministre de l’éducation nationale et de la formation professionnelle",
                "The Minister of National Education and Vocational Training",
                align="center",
                space_before=12,
            ),
            line("à", "to", align="center"),
            line(
                "Mesdames et Messieurs les directeurs régionaux de l’éducation",
                "Regional Directors of Education",
                align="center",
            ),
            line("Mesdames et Messieurs les chefs d’établissement", "Heads of schools", align="center"),
            para(
                (
                    "Références : loi n° 2019-044 du 8 juillet 2019 sur la formation professionnelle ; décret "
                    "n° 2021-212 du 30 mars 2021 relatif au diplôme national professionnel",
                    "References: Vocational Training Act No. 2019-044 of 8 July 2019; Decree No. 2021-212 of "
                    "30 March 2021 on the national vocational diploma",
                ),
                size=9.5,
                space_before=12,
            ),
            para(
                (
                    "Pièce jointe : calendrier des épreuves écrites de la session 2025",
                    "Attachment: timetable of the written examinations for the 2025 session",
                ),
                size=9.5,
            ),
            para(
                (
                    "La présente circulaire précise les modalités d’organisation de la session 2025 du diplôme "
                    "national professionnel.",
                    "The present circular sets out the arrangements for the 2025 session of the national vocational "
                    "diploma.",
                ),
                (
                    "Elle remplace la circulaire n° 2024-017 du 6 février 2024, qui est abrogée.",
                    "It replaces circular No. 2024-017 of 6 February 2024, which is repealed.",
                ),
                (
                    "Ses principales nouveautés concernent la dématérialisation des sujets et les aménagements "
                    "d’épreuves accordés aux candidats en situation de handicap.",
                    "Its main new features concern the electronic distribution of examination papers and the "
                    "adjustments granted to candidates with disabilities.",
                ),
                space_before=12,
            ),
            heading("I.", "Inscription des candidats", "Registration of candidates"),
            para(
                (
                    "Les inscriptions sont ouvertes du 3 au 28 mars 2025 sur la plateforme nationale des examens.",
                    "Registration is open from 3 to 28 March 2025 on the national examinations platform.",
                ),
                (
                    "Avant la clôture des inscriptions, les chefs d’établissement vérifient que chaque candidat "
                    "scolarisé a été inscrit dans la spécialité qu’il prépare.",
                    "Before registration closes, heads of schools shall check that every enrolled candidate has been "
                    "registered in the speciality for which he or she is preparing.",
                ),
                (
                    "Les candidats individuels s’inscrivent eux-mêmes et joignent à leur demande une attestation de "
                    "formation ou d’expérience professionnelle.",
                    "External candidates register themselves and attach to their application a certificate of "
                    "training or professional experience.",
                ),
            ),
            heading("II.", "Déroulement des épreuves", "Conduct of the examinations"),
            para(
                (
                    "Les épreuves écrites se dérouleront du 10 au 20 juin 2025, selon le calendrier joint en annexe.",
                    "The written examinations will take place from 10 to 20 June 2025, in accordance with the "
                    "annexed timetable.",
                ),
                (
                    "Les sujets seront transmis aux centres d’examen sous forme dématérialisée, le jour même de "
                    "l’épreuve, une heure avant son début.",
                    "The papers will be sent to the examination centres electronically, on the day of the "
                    "examination, one hour before it begins.",
                ),
                (
                    "À cet effet, chaque centre désigne deux responsables de l’impression, qui en garantissent la "
                    "confidentialité :",
                    "To that end, each centre shall designate two persons responsible for printing, who shall ensure "
                    "its confidentiality:",
                ),
            ),
            sub(
                ("1°", "(1)"),
                (
                    "ils reçoivent leurs identifiants personnels au plus tard le 2 juin ;",
                    "they shall receive their personal login details no later than 2 June;",
                ),
            ),
            sub(
                ("2°", "(2)"),
                (
                    "ils impriment les sujets dans un local fermé à clé, en présence du chef de centre ;",
                    "they shall print the papers in a locked room, in the presence of the head of the centre;",
                ),
            ),
            sub(
                ("3°", "(3)"),
                (
                    "ils consignent dans un procès-verbal le nombre d’exemplaires imprimés et l’heure de leur "
                    "impression.",
                    "they shall record in an official report the number of copies printed and the time at which "
                    "they were printed.",
                ),
            ),
            para(
                (
                    "Les épreuves pratiques se déroulent dans les établissements de formation, sous le contrôle d’un "
                    "jury comprenant au moins un professionnel extérieur à l’établissement.",
                    "The practical examinations take place in the training institutions, under the supervision of "
                    "a board that includes at least one professional from outside the institution.",
                ),
                (
                    "Leur organisation relève des directeurs régionaux de l’éducation, qui en fixent les dates entre "
                    "le 12 mai et le 6 juin 2025.",
                    "They are organized by the Regional Directors of Education, who set their dates between 12 May "
                    "and 6 June 2025.",
                ),
            ),
            heading(
                "III.",
                "Aménagements pour les candidats en situation de handicap",
                "Adjustments for candidates with disabilities",
            ),
            para(
                (
                    "Les demandes d’aménagement sont déposées au moment de l’inscription, accompagnées de l’avis d’un "
                    "médecin désigné par la direction régionale.",
                    "Requests for adjustments shall be submitted at the time of registration, together with the "
                    "opinion of a doctor designated by the regional directorate.",
                ),
                (
                    "À titre exceptionnel, une demande tardive peut être acceptée lorsque le handicap est survenu "
                    "après la clôture des inscriptions.",
                    "Exceptionally, a late request may be accepted where the disability arose after registration "
                    "closed.",
                ),
            ),
            para(
                (
                    "Les aménagements possibles comprennent notamment la majoration d’un tiers du temps de "
                    "composition, l’utilisation d’un ordinateur et l’assistance d’un secrétaire.",
                    "Possible adjustments include, in particular, one third more examination time, the use of a "
                    "computer and the assistance of a scribe.",
                ),
                (
                    "Ils ne peuvent en aucun cas porter sur le contenu des épreuves.",
                    "They may in no case concern the content of the examinations.",
                ),
            ),
            heading("IV.", "Résultats", "Results"),
            para(
                (
                    "Les résultats seront publiés le 4 juillet 2025 à 10 heures.",
                    "The results will be published on 4 July 2025 at 10 a.m.",
                ),
                (
                    "Les candidats ajournés dont la moyenne est comprise entre 8 et 10 sur 20 peuvent se présenter "
                    "aux épreuves de rattrapage, organisées du 7 au 11 juillet.",
                    "Unsuccessful candidates whose average mark is between 8 and 10 out of 20 may sit the resit "
                    "examinations, to be held from 7 to 11 July.",
                ),
            ),
            para(
                (
                    "Je vous remercie de bien vouloir assurer la diffusion de la présente circulaire auprès de "
                    "l’ensemble des personnels concernés et de me faire part de toute difficulté rencontrée dans sa "
                    "mise en œuvre.",
                    "I should be grateful if you would ensure that the present circular is circulated to all the "
                    "staff concerned and inform me of any difficulty encountered in its implementation.",
                ),
                space_before=6,
            ),
            sig("Pour le ministre et par délégation,", "For the Minister, by delegation,", space_before=12),
            sig(
                "la directrice générale de l’enseignement professionnel",
                "Director-General for Vocational Education",
            ),
            sig("Hélène Marchetti-Ruiz", "Hélène Marchetti-Ruiz", space_before=18),
            title("Annexe", "Annex", page_break_before=True, space_before=0),
            subtitle(
                "Calendrier des épreuves écrites – session 2025",
                "Timetable of the written examinations – 2025 session",
            ),
            table(_EXAMS, widths=(4.0, 5.5, 5.5)),
            para(
                (
                    "Les horaires indiqués sont ceux de la capitale.",
                    "The times shown are capital time.",
                ),
                (
                    "Dans les provinces orientales, les épreuves commencent une heure plus tard.",
                    "In the eastern provinces, the examinations start one hour later.",
                ),
                size=9.5,
                space_before=8,
            ),
        ),
    )
)
