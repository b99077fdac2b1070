"""Sentence data of the French/English official-document dev set (original text written for this project, MIT).

Every country, person, body, document symbol and figure here is invented.  A document is a list of
blocks; a block is one paragraph (a table block is one paragraph per cell) and holds sentence pairs
(fr, en).  A side is one sentence, or a tuple of two sentences for a 2:1 or 1:2 pair.

Inline markup, resolved by build.py: {{text}} is a footnote whose reference mark stands where the markup
is; *text* is italic (roman inside an italic block); ~ is a no-break space (U+00A0), used only inside
French numbers ("1~350", "12~%").  Labels typed as text ("1.", "a)", "I.") are block labels, written
in the docx as label + TAB and in the gold as label + one space.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Side = str | tuple[str, ...]
Pair = tuple[Side, Side]


@dataclass(frozen=True)
class Block:
    kind: str  # title subtitle heading date para pream num sub bullet quote sig center table section cell
    pairs: tuple[Pair, ...] = ()
    label: str | tuple[str, str] | None = None  # typed label, the same in both languages or (fr, en)
    align: str | None = None
    space_before: float | None = None
    page_break_before: bool = False
    keep_with_next: bool = False
    italic: bool = False
    bold: bool = False
    size: float | None = None
    # table blocks: rows of cells, each cell a pair (or None for an empty cell)
    rows: tuple[tuple[Pair | None, ...], ...] = ()
    widths: tuple[float, ...] | None = None
    numeric_cols: tuple[int, ...] = ()
    header_row: bool = True
    # section blocks: a continuous section break, the next section having `cols` columns
    cols: int = 1


@dataclass(frozen=True)
class Doc:
    name: str
    description: str
    layout: dict = field(default_factory=dict)
    blocks: tuple[Block, ...] = ()


def title(fr: str, en: str, **kw) -> Block:
    return Block("title", ((fr, en),), **kw)


def subtitle(fr: str, en: str, **kw) -> Block:
    return Block("subtitle", ((fr, en),), **kw)


def heading(label: str | tuple[str, str] | None, fr: str, en: str, **kw) -> Block:
    return Block("heading", ((fr, en),), label=label, **kw)


def date(fr: str, en: str, **kw) -> Block:
    return Block("date", ((fr, en),), **kw)


def para(*pairs: Pair, **kw) -> Block:
    return Block("para", tuple(pairs), **kw)


def pream(*pairs: Pair, **kw) -> Block:
    return Block("pream", tuple(pairs), **kw)


def num(label: str, *pairs: Pair, **kw) -> Block:
    return Block("num", tuple(pairs), label=label, **kw)


def sub(label: str | tuple[str, str], *pairs: Pair, **kw) -> Block:
    return Block("sub", tuple(pairs), label=label, **kw)


def bullet(*pairs: Pair, **kw) -> Block:
    return Block("bullet", tuple(pairs), **kw)


def quote(*pairs: Pair, **kw) -> Block:
    return Block("quote", tuple(pairs), **kw)


def sig(fr: str, en: str, **kw) -> Block:
    return Block("sig", ((fr, en),), **kw)


def center(*pairs: Pair, **kw) -> Block:
    return Block("center", tuple(pairs), **kw)


def table(rows, **kw) -> Block:
    return Block("table", rows=tuple(tuple(r) for r in rows), **kw)


def columns(n: int) -> Block:
    return Block("section", cols=n)


def letters(i: int) -> tuple[str, str]:
    """French "a)" and English "(a)" sub-item labels."""
    c = "abcdefghij"[i]
    return (f"{c})", f"({c})")


DOCUMENTS: list[Doc] = []


# --------------------------------------------------------------------------- 1. letter to the Secretary-General

DOCUMENTS.append(
    Doc(
        name="letter-water-summit",
        description="letter to the Secretary-General: date line, multi-line title, salutation, signature block, annex",
        layout={
            "font": "Times New Roman",
            "size": 12,
            "space_after": 10,
            "margins": (3.0, 2.5, 2.5, 2.5),
            "title_align": "left",
            "title_indent": (0, 2.0),
            "sig_indent": 8.5,
            "furniture": {
                "first_header": [
                    (
                        (
                            "**MISSION PERMANENTE DE LA RÉPUBLIQUE DE VALDORIE",
                            "**PERMANENT MISSION OF THE REPUBLIC OF VALDORIA",
                        ),
                        "center",
                    ),
                    (
                        ("**AUPRÈS DE L’ORGANISATION DES NATIONS UNIES", "**TO THE UNITED NATIONS"),
                        "center",
                    ),
                    (("Téléphone : +1 212 555 0147", "Telephone: +1 212 555 0147"), "center"),
                ],
                "footer": [("{PAGE}", "center")],
            },
        },
        blocks=(
            date("New York, le 3 mars 2025", "New York, 3 March 2025"),
            title(
                "Lettre datée du 3 mars 2025, adressée au Secrétaire général par le Représentant permanent de la "
                "République de Valdorie auprès de l’Organisation des Nations Unies",
                "Letter dated 3 March 2025 from the Permanent Representative of the Republic of Valdoria to the "
                "United Nations addressed to the Secretary-General",
            ),
            para(("Monsieur le Secrétaire général,", "Dear Mr. Secretary-General,"), space_before=6),
            para(
                (
                    "J’ai l’honneur de vous informer que la République de Valdorie accueillera, du 14 au 16 mai 2025 "
                    "à Port-Alvaro, le deuxième Sommet régional sur la gestion durable des ressources en eau.",
                    "I have the honour to inform you that the Republic of Valdoria will host the second Regional "
                    "Summit on the Sustainable Management of Water Resources in Port-Alvaro from 14 to 16 May 2025.",
                ),
                (
                    "Ce sommet réunira les chefs d’État et de gouvernement de onze pays riverains des bassins du "
                    "Sélia et de l’Orvane, ainsi que des représentants des organismes des Nations Unies, des banques "
                    "régionales de développement et de la société civile.",
                    "The Summit will bring together the Heads of State and Government of eleven countries of the "
                    "Selia and Orvane basins, as well as representatives of United Nations entities, regional "
                    "development banks and civil society.",
                ),
            ),
            para(
                (
                    "Au cours des dix dernières années, le débit moyen des principaux cours d’eau de la région a "
                    "diminué de près de 18~%.",
                    "Over the past ten years, the average flow of the region’s main rivers has fallen by almost "
                    "18 per cent.",
                ),
                (
                    "Plus de 4,2 millions de personnes dépendent directement de ces ressources pour leur "
                    "approvisionnement en eau potable, l’irrigation et l’élevage.",
                    "More than 4.2 million people depend directly on those resources for drinking water, irrigation "
                    "and livestock.",
                ),
                (
                    (
                        "Les sécheresses se sont allongées.",
                        "Les crues sont devenues plus violentes et plus difficiles à prévoir.",
                    ),
                    "Droughts have become longer, while floods have grown more violent and harder to predict.",
                ),
                (
                    "Aucun pays ne peut relever seul de tels défis, qui appellent une réponse concertée à l’échelle "
                    "des bassins.",
                    "No country can meet such challenges alone; they call for a concerted response at the level of "
                    "the basins.",
                ),
            ),
            para(
                (
                    "Le Sommet aura pour objectif d’adopter une déclaration commune sur le partage des données "
                    "hydrologiques, la prévention des conflits liés à l’eau et le financement des infrastructures "
                    "de stockage.",
                    "The Summit aims to adopt a joint declaration on the sharing of hydrological data, the "
                    "prevention of water-related conflicts and the financing of storage infrastructure.",
                ),
                (
                    "Il devrait également permettre de lancer un fonds régional d’adaptation, doté d’une "
                    "capitalisation initiale de 120 millions de dollars.",
                    "It is also expected to launch a regional adaptation fund with an initial capitalization of "
                    "$120 million.",
                ),
                (
                    "Mon gouvernement s’est engagé à y contribuer à hauteur de 25 millions de dollars sur cinq ans.",
                    "My Government has pledged $25 million to the fund over five years.",
                ),
            ),
            para(
                (
                    "Compte tenu du rôle essentiel que joue l’Organisation dans ce domaine, je serais très honoré "
                    "que vous puissiez participer à la séance d’ouverture du Sommet, le 14 mai 2025.",
                    "In view of the essential role played by the Organization in this area, I would be greatly "
                    "honoured if you could attend the opening session of the Summit on 14 May 2025.",
                ),
                (
                    "À défaut, la participation d’un haut représentant de votre choix serait vivement appréciée.",
                    "Failing that, the participation of a senior representative of your choosing would be greatly "
                    "appreciated.",
                ),
                (
                    "M. Diego Sarmento, Ministre de l’environnement et des ressources hydriques, se tient à la "
                    "disposition de votre cabinet pour toute question d’ordre pratique.",
                    "Mr. Diego Sarmento, Minister for the Environment and Water Resources, is at the disposal of "
                    "your Office for any practical questions.",
                ),
            ),
            para(
                (
                    "Je vous serais reconnaissant de bien vouloir faire distribuer le texte de la présente lettre "
                    "et de son annexe comme document de l’Assemblée générale, au titre du point 19 de l’ordre du "
                    "jour.",
                    "I should be grateful if you would have the present letter and its annex circulated as a "
                    "document of the General Assembly, under agenda item 19.",
                ),
            ),
            para(
                (
                    "Je vous prie d’agréer, Monsieur le Secrétaire général, les assurances de ma très haute "
                    "considération.",
                    "Please accept, Mr. Secretary-General, the assurances of my highest consideration.",
                ),
            ),
            sig("L’Ambassadeur,", "Ambassador,", space_before=18),
            sig(
                "Représentant permanent de la République de Valdorie auprès de l’Organisation des Nations Unies",
                "Permanent Representative of the Republic of Valdoria to the United Nations",
            ),
            sig("(Signé) Tomás Arvelo", "(Signed) Tomás Arvelo", space_before=12),
            title(
                "Annexe à la lettre datée du 3 mars 2025 adressée au Secrétaire général par le Représentant "
                "permanent de la République de Valdorie auprès de l’Organisation des Nations Unies",
                "Annex to the letter dated 3 March 2025 from the Permanent Representative of the Republic of "
                "Valdoria to the United Nations addressed to the Secretary-General",
                page_break_before=True,
            ),
            subtitle(
                "Programme provisoire du deuxième Sommet régional sur la gestion durable des ressources en eau",
                "Provisional programme of the second Regional Summit on the Sustainable Management of Water Resources",
                align="left",
                bold=True,
            ),
            para(
                (
                    "Mercredi 14 mai 2025 : séance d’ouverture, allocutions des chefs d’État et de gouvernement et "
                    "débat de haut niveau sur la coopération transfrontière.",
                    "Wednesday, 14 May 2025: opening session, statements by Heads of State and Government and "
                    "high-level debate on transboundary cooperation.",
                ),
            ),
            para(
                (
                    "Jeudi 15 mai 2025 : tables rondes sur le partage des données, la prévention des conflits et le "
                    "financement des infrastructures.",
                    "Thursday, 15 May 2025: round tables on data sharing, conflict prevention and infrastructure "
                    "financing.",
                ),
            ),
            para(
                (
                    "Vendredi 16 mai 2025 : adoption de la Déclaration de Port-Alvaro et lancement du fonds régional "
                    "d’adaptation.",
                    "Friday, 16 May 2025: adoption of the Port-Alvaro Declaration and launch of the regional "
                    "adaptation fund.",
                ),
            ),
            para(
                (
                    "Les travaux se tiendront au Centre de conférences de Port-Alvaro.",
                    "The meetings will be held at the Port-Alvaro Conference Centre.",
                ),
                (
                    "Les délégations sont priées de communiquer la composition de leur délégation au secrétariat du "
                    "Sommet au plus tard le 15 avril 2025.",
                    "Delegations are requested to communicate the composition of their delegations to the Summit "
                    "secretariat by 15 April 2025 at the latest.",
                ),
            ),
        ),
    )
)


# --------------------------------------------------------------------------- 2. report with footnotes

DOCUMENTS.append(
    Doc(
        name="report-statistics",
        description="report: title and subtitle, Roman-numeral headings, numbered paragraphs with hanging labels, "
        "lettered sub-items, real footnotes after words, numbers and full stops",
        layout={
            "font": "Times New Roman",
            "size": 10,
            "note_size": 8.5,
            "space_after": 6,
            "margins": (2.5, 2.8, 2.5, 2.8),
            "title_size": 14,
            "subtitle_size": 12,
            "subtitle_bold": True,
            "furniture": {
                "header": [("A/80/75", "left")],
                "footer": [("{PAGE}", "center")],
            },
        },
        blocks=(
            title("Renforcement des capacités statistiques nationales", "Strengthening national statistical capacity"),
            subtitle("Rapport du Secrétaire général", "Report of the Secretary-General"),
            heading("I.", "Introduction", "Introduction"),
            num(
                "1.",
                (
                    "Le présent rapport est soumis en application de la résolution 78/214{{Résolution 78/214 de "
                    "l’Assemblée générale, en date du 22 décembre 2023.}} de l’Assemblée générale, dans laquelle "
                    "l’Assemblée a prié le Secrétaire général de lui rendre compte des progrès accomplis dans le "
                    "renforcement des capacités statistiques des pays en développement.",
                    "The present report is submitted pursuant to General Assembly resolution 78/214{{General "
                    "Assembly resolution 78/214 of 22 December 2023.}}, in which the Assembly requested the "
                    "Secretary-General to report on progress made in strengthening the statistical capacity of "
                    "developing countries.",
                ),
                (
                    "Il couvre la période allant du 1er janvier 2023 au 31 décembre 2024.",
                    "It covers the period from 1 January 2023 to 31 December 2024.",
                ),
                (
                    "Il s’appuie sur les contributions de 64 États Membres et de 12 entités du système des Nations "
                    "Unies.",
                    "It draws on contributions from 64 Member States and 12 entities of the United Nations system.",
                ),
            ),
            num(
                "2.",
                (
                    "Les statistiques officielles constituent un bien public indispensable à l’élaboration des "
                    "politiques et au suivi des objectifs de développement durable.",
                    "Official statistics are a public good that is indispensable for policymaking and for "
                    "monitoring the Sustainable Development Goals.",
                ),
                (
                    "Or, selon les données les plus récentes, moins de la moitié des pays à faible revenu disposent "
                    "d’un recensement de la population datant de moins de dix ans{{Voir Division de statistique, "
                    "*Rapport sur l’état des systèmes statistiques nationaux* (New York, 2024), p. 37.}}.",
                    "Yet, according to the most recent data, fewer than half of low-income countries have a "
                    "population census that is less than ten years old.{{See Statistics Division, *Report on the "
                    "State of National Statistical Systems* (New York, 2024), p. 37.}}",
                ),
                (
                    "Sans données fiables et ventilées, il est impossible de savoir qui est laissé de côté.",
                    "Without reliable and disaggregated data, it is impossible to know who is being left behind.",
                ),
            ),
            heading("II.", "Principales tendances", "Main trends"),
            num(
                "3.",
                (
                    "Au cours de la période considérée, les demandes d’assistance technique adressées au système "
                    "des Nations Unies ont augmenté de 27~%.",
                    "During the reporting period, requests for technical assistance addressed to the United Nations "
                    "system increased by 27 per cent.",
                ),
                (
                    "Elles portaient principalement sur les domaines suivants :",
                    "They related mainly to the following areas:",
                ),
            ),
            sub(
                letters(0),
                (
                    "La modernisation des recensements, notamment par l’utilisation de tablettes et de données "
                    "géospatiales ;",
                    "The modernization of censuses, in particular through the use of tablets and geospatial data;",
                ),
            ),
            sub(
                letters(1),
                (
                    "L’intégration des registres administratifs dans la production statistique ;",
                    "The integration of administrative registers into statistical production;",
                ),
            ),
            sub(
                letters(2),
                (
                    "La diffusion des données, en particulier au moyen de plateformes ouvertes accessibles au public.",
                    "The dissemination of data, in particular through open platforms accessible to the public.",
                ),
            ),
            num(
                "4.",
                ("Le financement demeure toutefois insuffisant.", "Funding, however, remains insufficient."),
                (
                    "L’aide publique au développement consacrée aux statistiques s’est élevée à 693 millions de "
                    "dollars en 2023, soit 0,3~% du total de l’aide{{Consortium international pour le financement "
                    "des statistiques, *Rapport annuel 2024*, tableau 2.}}.",
                    "Official development assistance for statistics amounted to $693 million in 2023, or "
                    "0.3 per cent of total aid.{{International Consortium for Statistics Financing, *Annual Report "
                    "2024*, table 2.}}",
                ),
                (
                    "Ce montant est inférieur de près de 40~% aux besoins estimés.",
                    "That amount is nearly 40 per cent below estimated needs.",
                ),
            ),
            num(
                "5.",
                (
                    "Plusieurs initiatives régionales ont néanmoins produit des résultats encourageants.",
                    "Several regional initiatives have nonetheless produced encouraging results.",
                ),
                (
                    "En Afrique de l’Ouest, un programme conjoint a permis de former 1~350 agents à l’utilisation "
                    "des données satellitaires pour les statistiques agricoles.",
                    "In West Africa, a joint programme has trained 1,350 staff in the use of satellite data for "
                    "agricultural statistics.",
                ),
                (
                    "Dans les Caraïbes, huit pays ont harmonisé leurs enquêtes sur la population active, dont les "
                    "résultats sont désormais directement comparables.",
                    "In the Caribbean, eight countries have harmonized their labour force surveys, the results of "
                    "which are now directly comparable.",
                ),
            ),
            heading("III.", "Difficultés persistantes", "Persistent challenges"),
            num(
                "6.",
                (
                    "Les systèmes statistiques nationaux restent confrontés à une forte rotation du personnel "
                    "qualifié.",
                    "National statistical systems continue to face high turnover of qualified staff.",
                ),
                (
                    (
                        "Dans certains pays, plus d’un tiers des statisticiens formés quittent l’institut national "
                        "dans les trois ans.",
                        "Ils rejoignent le secteur privé ou des organisations internationales.",
                    ),
                    "In some countries, more than a third of trained statisticians leave the national institute "
                    "within three years to join the private sector or international organizations.",
                ),
                (
                    "Les programmes de formation doivent donc s’accompagner de mesures visant à fidéliser le "
                    "personnel, notamment en matière de rémunération et de perspectives de carrière.",
                    "Training programmes must therefore be accompanied by measures to retain staff, particularly "
                    "with regard to remuneration and career prospects.",
                ),
            ),
            num(
                "7.",
                (
                    "La protection des données personnelles soulève par ailleurs des questions nouvelles.",
                    "The protection of personal data also raises new questions.",
                ),
                (
                    "L’utilisation de données issues de la téléphonie mobile ou des réseaux sociaux exige un cadre "
                    "juridique clair, conforme aux Principes fondamentaux de la statistique officielle{{Voir la "
                    "résolution 68/261 de l’Assemblée générale.}}.",
                    "The use of data from mobile telephony or social media requires a clear legal framework "
                    "consistent with the Fundamental Principles of Official Statistics.{{See General Assembly "
                    "resolution 68/261.}}",
                ),
                (
                    "En 2024, 23 pays seulement avaient adopté une loi statistique tenant compte de ces nouvelles "
                    "sources.",
                    "In 2024, only 23 countries had adopted a statistical law that took account of those new sources.",
                ),
            ),
            num(
                "8.",
                (
                    "Enfin, la coordination entre les donateurs reste insuffisante.",
                    "Lastly, coordination among donors remains inadequate.",
                ),
                (
                    "Dans un pays examiné aux fins du présent rapport, pas moins de 14 partenaires finançaient des "
                    "enquêtes distinctes sur les ménages, dont les questionnaires, les calendriers et les méthodes "
                    "d’échantillonnage n’étaient pas harmonisés{{Voir E/CN.3/2025/9, par. 41 à 46.}}.",
                    "In one country reviewed for the purposes of the present report, no fewer than 14 partners were "
                    "funding separate household surveys whose questionnaires, timetables and sampling methods had "
                    "not been harmonized.{{See E/CN.3/2025/9, paras. 41–46.}}",
                ),
                (
                    "Il en résulte une charge excessive pour les ménages interrogés comme pour le personnel des "
                    "instituts nationaux, ainsi que des chiffres parfois contradictoires.",
                    "The result is an excessive burden on both the households surveyed and the staff of national "
                    "institutes, as well as figures that are sometimes contradictory.",
                ),
                (
                    "Le Secrétaire général salue à cet égard l’initiative prise par plusieurs pays d’établir un "
                    "calendrier national unique des enquêtes, auquel tous les partenaires sont tenus de se "
                    "conformer.",
                    "In that regard, the Secretary-General welcomes the initiative taken by several countries to "
                    "establish a single national survey calendar with which all partners are required to comply.",
                ),
            ),
            heading("IV.", "Conclusions et recommandations", "Conclusions and recommendations"),
            num(
                "9.",
                (
                    "Le Secrétaire général recommande que l’Assemblée générale :",
                    "The Secretary-General recommends that the General Assembly:",
                ),
            ),
            sub(
                letters(0),
                (
                    "Engage les États Membres à consacrer au moins 0,5~% de leur budget national à leur système "
                    "statistique ;",
                    "Encourage Member States to devote at least 0.5 per cent of their national budgets to their "
                    "statistical systems;",
                ),
            ),
            sub(
                letters(1),
                (
                    "Invite les partenaires de développement à coordonner leur appui dans le cadre des stratégies "
                    "nationales de développement de la statistique ;",
                    "Invite development partners to coordinate their support within the framework of national "
                    "strategies for the development of statistics;",
                ),
            ),
            sub(
                letters(2),
                (
                    "Prie le Secrétaire général de lui faire rapport, à sa quatre-vingt-deuxième session, sur la "
                    "suite donnée aux présentes recommandations.",
                    "Request the Secretary-General to report to it at its eighty-second session on the follow-up "
                    "to the present recommendations.",
                ),
            ),
        ),
    )
)


# --------------------------------------------------------------------------- 3. note verbale

DOCUMENTS.append(
    Doc(
        name="note-verbale-candidature",
        description="note verbale: reference line, compliments formula, closing formula, place and date line, "
        "annexed curriculum vitae with label: value lines",
        layout={
            "font": "Arial",
            "size": 11,
            "space_after": 8,
            "line_spacing": 1.1,
            "margins": (2.5, 2.5, 2.5, 2.5),
            "title_align": "left",
            "title_indent": (0, 1.5),
            "date_align": "right",
            "furniture": {
                "footer": [(("25-06231 (F)", "25-06231 (E)"), "left")],
            },
        },
        blocks=(
            title(
                "Note verbale datée du 10 avril 2025, adressée au Secrétariat par la Mission permanente de la "
                "République fédérale de Corvanie auprès de l’Organisation des Nations Unies",
                "Note verbale dated 10 April 2025 from the Permanent Mission of the Federal Republic of Corvania "
                "to the United Nations addressed to the Secretariat",
            ),
            para(("Réf. : MPC/NY/2025/118", "Ref.: MPC/NY/2025/118"), align="right"),
            para(
                (
                    "La Mission permanente de la République fédérale de Corvanie auprès de l’Organisation des "
                    "Nations Unies présente ses compliments au Secrétariat de l’Organisation et a l’honneur de lui "
                    "faire savoir que le Gouvernement corvanien a décidé de présenter la candidature de Mme Helena "
                    "Vasquel au Comité consultatif pour les questions administratives et budgétaires, pour un "
                    "mandat de trois ans commençant le 1er janvier 2026.",
                    "The Permanent Mission of the Federal Republic of Corvania to the United Nations presents its "
                    "compliments to the Secretariat of the United Nations and has the honour to inform it that the "
                    "Government of Corvania has decided to nominate Ms. Helena Vasquel for election to the Advisory "
                    "Committee on Administrative and Budgetary Questions for a three-year term beginning on "
                    "1 January 2026.",
                ),
            ),
            para(
                (
                    "Mme Vasquel possède plus de vingt ans d’expérience dans le domaine des finances publiques.",
                    "Ms. Vasquel has more than twenty years of experience in the field of public finance.",
                ),
                (
                    "Elle a notamment occupé les fonctions de directrice du budget au Ministère des finances de "
                    "2014 à 2021, puis celles de vice-présidente de la Cour des comptes.",
                    "She served, inter alia, as Director of the Budget at the Ministry of Finance from 2014 to 2021 "
                    "and subsequently as Vice-President of the Court of Audit.",
                ),
                (
                    "Elle a par ailleurs représenté la Corvanie à la Cinquième Commission lors de six sessions de "
                    "l’Assemblée générale.",
                    "She has also represented Corvania in the Fifth Committee at six sessions of the General Assembly.",
                ),
            ),
            para(
                (
                    "Le Gouvernement corvanien est convaincu que les compétences et l’expérience de Mme Vasquel lui "
                    "permettraient d’apporter une contribution précieuse aux travaux du Comité.",
                    "The Government of Corvania is convinced that Ms. Vasquel’s skills and experience would enable "
                    "her to make a valuable contribution to the work of the Committee.",
                ),
                (
                    "Son curriculum vitae est joint à la présente note (voir annexe).",
                    "Her curriculum vitae is attached to the present note (see annex).",
                ),
            ),
            para(
                (
                    "La Mission permanente saurait gré au Secrétariat de bien vouloir faire distribuer la présente "
                    "note et son annexe comme document de l’Assemblée générale, au titre du point 118 c) de l’ordre "
                    "du jour.",
                    "The Permanent Mission would be grateful if the Secretariat could circulate the present note "
                    "and its annex as a document of the General Assembly, under agenda item 118 (c).",
                ),
            ),
            para(
                (
                    "La Mission permanente de la République fédérale de Corvanie auprès de l’Organisation des "
                    "Nations Unies saisit cette occasion pour renouveler au Secrétariat de l’Organisation les "
                    "assurances de sa très haute considération.",
                    "The Permanent Mission of the Federal Republic of Corvania to the United Nations avails itself "
                    "of this opportunity to renew to the Secretariat of the United Nations the assurances of its "
                    "highest consideration.",
                ),
            ),
            date("New York, le 10 avril 2025", "New York, 10 April 2025", space_before=12),
            title(
                "Annexe à la note verbale datée du 10 avril 2025 adressée au Secrétariat par la Mission permanente "
                "de la République fédérale de Corvanie auprès de l’Organisation des Nations Unies",
                "Annex to the note verbale dated 10 April 2025 from the Permanent Mission of the Federal Republic "
                "of Corvania to the United Nations addressed to the Secretariat",
                page_break_before=True,
            ),
            subtitle("Curriculum vitae de Mme Helena Vasquel", "Curriculum vitae of Ms. Helena Vasquel", bold=True),
            para(("Nationalité : corvanienne", "Nationality: Corvanian"), space_before=0),
            para(("Date de naissance : 12 juin 1971", "Date of birth: 12 June 1971")),
            para(("Langues : français, anglais, espagnol", "Languages: French, English, Spanish")),
            heading(None, "Expérience professionnelle", "Professional experience"),
            para(
                (
                    "Depuis 2021 : vice-présidente de la Cour des comptes de Corvanie, chargée de l’audit des "
                    "entreprises publiques.",
                    "Since 2021: Vice-President of the Court of Audit of Corvania, responsible for the audit of "
                    "public enterprises.",
                ),
            ),
            para(
                (
                    "2014-2021 : directrice du budget au Ministère des finances.",
                    "2014–2021: Director of the Budget, Ministry of Finance.",
                ),
                (
                    "Elle a dirigé la réforme de la loi organique relative aux lois de finances, entrée en vigueur "
                    "en 2018.",
                    "She led the reform of the organic law on finance acts, which entered into force in 2018.",
                ),
            ),
            para(
                (
                    "2008-2014 : conseillère à la Mission permanente de la Corvanie auprès de l’Organisation des "
                    "Nations Unies, chargée des questions administratives et budgétaires.",
                    "2008–2014: Counsellor, Permanent Mission of Corvania to the United Nations, responsible for "
                    "administrative and budgetary questions.",
                ),
            ),
            heading(None, "Formation", "Education"),
            para(
                (
                    "Master en économie publique, Université de Lérande (1995).",
                    "Master’s degree in public economics, University of Lerande (1995).",
                ),
            ),
            para(
                (
                    "Diplôme de l’Institut national d’administration publique de Corvanie (1998).",
                    "Diploma of the National Institute of Public Administration of Corvania (1998).",
                ),
            ),
        ),
    )
)


# --------------------------------------------------------------------------- 4. press release

DOCUMENTS.append(
    Doc(
        name="press-release-measles",
        description="press release: headline, standfirst, dateline at the start of the first sentence, quotations "
        "inside sentences, a bullet list (Word numbering), contact lines",
        layout={
            "font": "Arial",
            "size": 10.5,
            "space_after": 8,
            "line_spacing": 1.15,
            "margins": (2.2, 2.5, 2.5, 2.5),
            "title_align": "left",
            "title_size": 16,
            "subtitle_size": 12,
            "furniture": {
                "first_header": [
                    (("**COMMUNIQUÉ DE PRESSE", "**PRESS RELEASE"), "left"),
                    (
                        ("Bureau régional de la santé – BRS/CP/2025/41", "Regional Health Office – RHO/PR/2025/41"),
                        "left",
                    ),
                ],
                "header": [(("Communiqué de presse BRS/CP/2025/41", "Press release RHO/PR/2025/41"), "right")],
                "first_footer": [
                    (
                        (
                            "Document destiné à l’information – document non officiel",
                            "For information media – not an official record",
                        ),
                        "center",
                    )
                ],
                "footer": [(("Page {PAGE} sur {NUMPAGES}", "Page {PAGE} of {NUMPAGES}"), "center")],
            },
        },
        blocks=(
            title(
                "Campagne de vaccination contre la rougeole : plus d’un million d’enfants protégés en trois mois",
                "Measles vaccination campaign: more than one million children protected in three months",
            ),
            subtitle(
                "Les autorités sanitaires de quatre pays et leurs partenaires appellent à maintenir l’effort "
                "au-delà de 2025",
                "Health authorities in four countries and their partners call for the effort to be sustained "
                "beyond 2025",
                italic=True,
            ),
            para(
                (
                    "GENÈVE, le 12 mai 2025 – Plus de 1,1 million d’enfants âgés de 9 mois à 14 ans ont été "
                    "vaccinés contre la rougeole entre février et avril 2025 dans le cadre d’une campagne conjointe "
                    "menée en Corvanie, en Marenzie, en Tazirie et en Valdorie.",
                    "GENEVA, 12 May 2025 – More than 1.1 million children aged 9 months to 14 years were vaccinated "
                    "against measles between February and April 2025 as part of a joint campaign in Corvania, "
                    "Marenzia, Taziria and Valdoria.",
                ),
                (
                    "La campagne, coordonnée par le Bureau régional de la santé, a atteint une couverture de 94~% "
                    "dans les districts ciblés.",
                    "The campaign, coordinated by the Regional Health Office, achieved 94 per cent coverage in the "
                    "targeted districts.",
                ),
            ),
            para(
                (
                    "« Ces résultats montrent ce qu’il est possible d’accomplir lorsque les pays mettent en commun "
                    "leurs moyens », a déclaré la Dre Amina Roussel, directrice régionale.",
                    "“These results show what can be achieved when countries pool their resources,” said "
                    "Dr. Amina Roussel, the Regional Director.",
                ),
                (
                    "« Mais la rougeole n’attend pas : chaque enfant non vacciné reste exposé », a-t-elle ajouté.",
                    "“But measles does not wait: every unvaccinated child remains at risk,” she added.",
                ),
            ),
            para(
                (
                    "Les principaux résultats de la campagne sont les suivants :",
                    "The main results of the campaign are as follows:",
                ),
            ),
            bullet(
                (
                    "1~134~000 enfants vaccinés, dont 212~000 n’avaient jamais reçu de dose de vaccin ;",
                    "1,134,000 children vaccinated, of whom 212,000 had never received a dose of vaccine;",
                ),
            ),
            bullet(
                (
                    "4~800 agents de santé formés à la vaccination et à la surveillance des maladies ;",
                    "4,800 health workers trained in vaccination and disease surveillance;",
                ),
            ),
            bullet(
                (
                    "320 équipes mobiles déployées dans les zones rurales et frontalières ;",
                    "320 mobile teams deployed in rural and border areas;",
                ),
            ),
            bullet(
                (
                    "un système de suivi numérique permettant de repérer les enfants non vaccinés, village par "
                    "village.",
                    "a digital monitoring system to identify unvaccinated children, village by village.",
                ),
            ),
            para(
                (
                    "La campagne a été financée à hauteur de 14,6 millions de dollars par les gouvernements "
                    "concernés et par des partenaires internationaux.",
                    "The campaign was financed with $14.6 million from the Governments concerned and international "
                    "partners.",
                ),
                (
                    "Les vaccins ont été fournis par le mécanisme régional d’achats groupés, qui a permis d’en "
                    "réduire le coût unitaire de 22~%.",
                    "The vaccines were supplied through the regional pooled procurement mechanism, which reduced "
                    "their unit cost by 22 per cent.",
                ),
            ),
            para(
                (
                    "Malgré ces progrès, 38 foyers épidémiques ont été signalés dans la région depuis le début de "
                    "l’année.",
                    "Despite that progress, 38 outbreaks have been reported in the region since the beginning of "
                    "the year.",
                ),
                (
                    "Les autorités sanitaires recommandent donc aux parents de vérifier le carnet de vaccination de "
                    "leurs enfants et de se rendre, si nécessaire, au centre de santé le plus proche.",
                    (
                        "Health authorities therefore recommend that parents check their children’s vaccination "
                        "records.",
                        "Where necessary, they should go to the nearest health centre.",
                    ),
                ),
            ),
            para(
                (
                    "Une deuxième phase, prévue pour l’automne 2025, visera les enfants qui n’ont pu être atteints "
                    "lors de la première, notamment dans les camps de personnes déplacées.",
                    "A second phase, planned for autumn 2025, will target children who could not be reached during "
                    "the first, particularly in camps for displaced persons.",
                ),
                (
                    "Son coût est estimé à 9 millions de dollars, dont 3,5 millions restent à mobiliser.",
                    "Its cost is estimated at $9 million, of which $3.5 million has yet to be mobilized.",
                ),
            ),
            para(
                ("Pour de plus amples informations, veuillez contacter :", "For more information, please contact:"),
                space_before=6,
            ),
            para(
                (
                    "Marc Delorme, attaché de presse, Bureau régional de la santé",
                    "Marc Delorme, Press Officer, Regional Health Office",
                ),
                space_before=0,
            ),
            para(
                (
                    "Tél. : +41 22 555 01 87 – Courriel : presse@brs.example.org",
                    "Tel.: +41 22 555 01 87 – Email: press@rho.example.org",
                ),
            ),
        ),
    )
)


# --------------------------------------------------------------------------- 5. statement with block quotations

DOCUMENTS.append(
    Doc(
        name="statement-ostral-sea",
        description="statement: title and subtitle, date line, two indented italic block quotations of several "
        "sentences in « » / “ ”, each introduced by a sentence ending in a colon",
        layout={
            "font": "Times New Roman",
            "size": 11.5,
            "space_after": 8,
            "line_spacing": 1.1,
            "margins": (2.5, 2.7, 2.5, 2.7),
            "date_align": "right",
            "title_size": 14,
            "quote_italic": True,
            "furniture": {
                "footer": [
                    (
                        (
                            "Secrétariat de la Convention de Port-Lune – Déclaration CPL/2025/3\t{PAGE}",
                            "Secretariat of the Port-Lune Convention – Statement PLC/2025/3\t{PAGE}",
                        ),
                        "left",
                    )
                ],
            },
        },
        blocks=(
            title(
                "Trentième anniversaire de la Convention de Port-Lune sur la protection de la mer d’Ostral",
                "Thirtieth anniversary of the Port-Lune Convention for the Protection of the Ostral Sea",
            ),
            subtitle(
                "Déclaration de la Présidente de la Conférence des Parties, Mme Ingrid Solvang",
                "Statement by the President of the Conference of the Parties, Ms. Ingrid Solvang",
            ),
            date("Port-Lune, le 21 juin 2025", "Port-Lune, 21 June 2025"),
            para(
                (
                    "Il y a trente ans, jour pour jour, les représentants de sept États riverains se réunissaient à "
                    "Port-Lune pour signer la Convention sur la protection de la mer d’Ostral.",
                    "Thirty years ago to the day, representatives of seven coastal States met in Port-Lune to sign "
                    "the Convention for the Protection of the Ostral Sea.",
                ),
                (
                    "La mer était alors considérée comme l’une des plus polluées du continent.",
                    "At the time, the sea was considered one of the most polluted on the continent.",
                ),
                (
                    "Les rejets industriels y dépassaient 40~000 tonnes par an, et plusieurs espèces de poissons "
                    "avaient pratiquement disparu des zones côtières.",
                    "Industrial discharges exceeded 40,000 tonnes a year, and several fish species had virtually "
                    "disappeared from coastal areas.",
                ),
            ),
            para(
                (
                    "Le préambule de la Convention exprimait en ces termes la détermination des signataires :",
                    "The preamble to the Convention expressed the determination of the signatories in the "
                    "following terms:",
                ),
            ),
            quote(
                (
                    "« Conscients que la mer d’Ostral constitue un patrimoine commun dont dépendent la vie et la "
                    "prospérité de leurs peuples, les États parties s’engagent à en préserver l’intégrité pour les "
                    "générations présentes et futures.",
                    "“Conscious that the Ostral Sea is a common heritage on which the life and prosperity of their "
                    "peoples depend, the States parties undertake to preserve its integrity for present and future "
                    "generations.",
                ),
                ("Aucun d’entre eux ne saurait y parvenir seul.", "None of them can achieve this alone."),
                (
                    "C’est pourquoi ils conviennent de mettre en commun leurs connaissances, leurs moyens et leur "
                    "volonté, dans un esprit de confiance mutuelle et de solidarité. »",
                    "They therefore agree to pool their knowledge, their resources and their will, in a spirit of "
                    "mutual trust and solidarity.”",
                ),
            ),
            para(
                ("Ces mots n’ont rien perdu de leur force.", "Those words have lost none of their force."),
                (
                    "Grâce aux efforts conjoints des Parties, les rejets industriels ont diminué de 85~% depuis 1995, "
                    "et la qualité des eaux de baignade est désormais jugée bonne ou excellente sur 92~% des plages "
                    "surveillées.",
                    "Thanks to the joint efforts of the Parties, industrial discharges have fallen by 85 per cent "
                    "since 1995, and bathing water quality is now rated good or excellent at 92 per cent of "
                    "monitored beaches.",
                ),
                (
                    "Le phoque moine de l’Ostral, que l’on croyait éteint, a de nouveau été observé en 2019.",
                    "The Ostral monk seal, once thought extinct, was sighted again in 2019.",
                ),
            ),
            para(
                ("De nouvelles menaces sont cependant apparues.", "New threats have, however, emerged."),
                (
                    "Le réchauffement des eaux, la prolifération des plastiques et l’intensification du trafic "
                    "maritime exercent sur l’écosystème des pressions que les rédacteurs de la Convention ne "
                    "pouvaient pas prévoir.",
                    "Warming waters, the proliferation of plastics and increasing maritime traffic are placing "
                    "pressures on the ecosystem that the drafters of the Convention could not have foreseen.",
                ),
                (
                    (
                        "La température moyenne de surface a augmenté de 1,4 °C en trente ans.",
                        "Les épisodes de canicule marine sont trois fois plus fréquents qu’en 1995.",
                    ),
                    "The average surface temperature has risen by 1.4°C in thirty years, and marine heatwaves are "
                    "three times as frequent as in 1995.",
                ),
            ),
            para(
                (
                    "À sa dernière réunion, le Comité scientifique a formulé la recommandation suivante :",
                    "At its last meeting, the Scientific Committee made the following recommendation:",
                ),
            ),
            quote(
                (
                    "« Les Parties devraient porter à 30~% d’ici à 2030 la proportion de la mer d’Ostral placée sous "
                    "un régime de protection.",
                    "“The Parties should increase to 30 per cent by 2030 the proportion of the Ostral Sea under "
                    "protection.",
                ),
                (
                    "Elles devraient en outre adopter un plan commun de lutte contre les déchets plastiques, assorti "
                    "d’objectifs chiffrés et d’un calendrier contraignant.",
                    "They should also adopt a joint plan to combat plastic waste, with quantified targets and a "
                    "binding timetable.",
                ),
                (
                    "Le Comité est prêt à apporter son concours à l’élaboration de ce plan. »",
                    "The Committee stands ready to assist in the preparation of that plan.”",
                ),
            ),
            para(
                (
                    "J’invite toutes les Parties à faire leur cette recommandation à la prochaine session de la "
                    "Conférence, qui se tiendra en novembre à Valmare.",
                    "I call on all Parties to endorse this recommendation at the next session of the Conference, "
                    "to be held in Valmare in November.",
                ),
                (
                    "Le secrétariat leur soumettra à cette fin un projet de décision d’ici au 15 septembre.",
                    "To that end, the secretariat will submit a draft decision to them by 15 September.",
                ),
                (
                    "Soyons dignes de l’ambition de ceux qui, il y a trente ans, ont choisi la coopération plutôt que "
                    "l’indifférence.",
                    "Let us be worthy of the ambition of those who, thirty years ago, chose cooperation over "
                    "indifference.",
                ),
            ),
        ),
    )
)


# --------------------------------------------------------------------------- 6. newsletter in two columns

DOCUMENTS.append(
    Doc(
        name="newsletter-two-columns",
        description="newsletter page: title and subtitle across the page, then a two-column section (text flows "
        "from the left column into the right one), then a closing line across the page",
        layout={
            "font": "Arial",
            "size": 10,
            "space_after": 6,
            "line_spacing": 1.05,
            "margins": (2.0, 2.0, 2.0, 2.0),
            "title_size": 16,
            "subtitle_size": 11,
            "column_gap": 0.9,
            "furniture": {
                "header": [
                    (
                        (
                            "Programme régional pour les forêts de montagne\tBulletin n° 14",
                            "Regional Programme for Mountain Forests\tNewsletter No. 14",
                        ),
                        "left",
                    )
                ],
            },
        },
        blocks=(
            title(
                "Bulletin d’information du Programme régional pour les forêts de montagne",
                "Newsletter of the Regional Programme for Mountain Forests",
            ),
            subtitle("Numéro 14 – printemps 2025", "Issue No. 14 – spring 2025"),
            columns(2),
            heading(None, "Le mot de la coordinatrice", "A word from the coordinator"),
            para(
                (
                    "Chères lectrices, chers lecteurs,",
                    "Dear readers,",
                ),
            ),
            para(
                (
                    "Le Programme entre cette année dans sa sixième année de mise en œuvre.",
                    "This year, the Programme enters its sixth year of implementation.",
                ),
                (
                    "Depuis 2019, plus de 7~400 hectares de forêts dégradées ont été restaurés dans les cinq pays "
                    "participants, soit l’équivalent de 10~000 terrains de football.",
                    "Since 2019, more than 7,400 hectares of degraded forest have been restored in the five "
                    "participating countries, the equivalent of 10,000 football pitches.",
                ),
                (
                    "Ces chiffres ne disent pas tout.",
                    "Those figures do not tell the whole story.",
                ),
                (
                    "Derrière chaque hectare, il y a des familles qui ont appris à gérer autrement leurs parcelles, "
                    "des techniciens qui ont sillonné les pistes et des élus qui ont accepté de prendre des risques.",
                    "Behind every hectare are families who have learned to manage their plots differently, "
                    "technicians who have travelled the tracks and local officials who have agreed to take risks.",
                ),
            ),
            para(
                (
                    "Ce numéro leur est consacré.",
                    "This issue is dedicated to them.",
                ),
                (
                    "Je vous en souhaite une excellente lecture.",
                    "I hope you enjoy reading it.",
                ),
            ),
            para(("Lucía Ferrand, coordinatrice régionale", "Lucía Ferrand, Regional Coordinator"), italic=True),
            heading(
                None,
                "Des pépinières communautaires dans la vallée de l’Arsène",
                "Community nurseries in the Arsène valley",
            ),
            para(
                (
                    "Dans la vallée de l’Arsène, douze villages gèrent désormais leurs propres pépinières.",
                    "In the Arsène valley, twelve villages now run their own nurseries.",
                ),
                (
                    "Chacune d’elles produit entre 8~000 et 15~000 plants par an, principalement des essences "
                    "locales comme le cèdre de montagne, l’aulne et le noyer.",
                    "Each of them produces between 8,000 and 15,000 seedlings a year, mainly of local species such "
                    "as mountain cedar, alder and walnut.",
                ),
                (
                    "Les plants sont vendus à prix coûtant aux agriculteurs de la vallée et aux services forestiers.",
                    "The seedlings are sold at cost to farmers in the valley and to the forestry services.",
                ),
            ),
            para(
                (
                    "« Au début, personne ne croyait que nous pourrions faire pousser des cèdres ici », raconte "
                    "Mme Nadia Belkaïd, présidente de la coopérative de Sainte-Aure.",
                    "“At first, nobody believed that we could grow cedars here,” says Ms. Nadia Belkaïd, chair of "
                    "the Sainte-Aure cooperative.",
                ),
                (
                    "La coopérative emploie aujourd’hui quatorze personnes, dont neuf femmes.",
                    "The cooperative now employs fourteen people, nine of them women.",
                ),
                (
                    (
                        "Ses recettes ont triplé en deux ans.",
                        "Elles financent désormais l’entretien du réseau d’irrigation du village.",
                    ),
                    "Its revenues have tripled in two years and now pay for the upkeep of the village irrigation "
                    "network.",
                ),
            ),
            heading(
                None,
                "Soixante gardes forestiers certifiés",
                "Sixty forest rangers certified",
            ),
            para(
                (
                    "En février, soixante gardes forestiers ont reçu leur certificat à l’issue d’une formation de "
                    "dix semaines organisée à l’École forestière de Haut-Mérel.",
                    "In February, sixty forest rangers received their certificates after a ten-week training "
                    "course at the Haut-Mérel Forestry School.",
                ),
                (
                    "Le programme portait sur la prévention des incendies, la cartographie participative et le "
                    "règlement des différends fonciers.",
                    "The programme covered fire prevention, participatory mapping and the settlement of land disputes.",
                ),
                (
                    "Pour la première fois, un tiers des participants étaient des femmes.",
                    "For the first time, one third of the participants were women.",
                ),
            ),
            para(
                (
                    "Les nouveaux gardes seront affectés dans les zones les plus exposées aux incendies, où la "
                    "surface brûlée a doublé depuis 2015.",
                    "The new rangers will be assigned to the areas most exposed to fire, where the area burned has "
                    "doubled since 2015.",
                ),
                (
                    "Une deuxième promotion est prévue pour l’automne.",
                    "A second class is planned for the autumn.",
                ),
            ),
            heading(None, "Le chiffre du trimestre", "Figure of the quarter"),
            para(
                (
                    "38~% : c’est la part des ménages de la zone du Programme qui utilisent désormais des foyers "
                    "améliorés, contre 11~% en 2019.",
                    "38 per cent: that is the share of households in the Programme area that now use improved "
                    "cookstoves, compared with 11 per cent in 2019.",
                ),
                (
                    "Ces foyers réduisent de moitié la consommation de bois de chauffe.",
                    "Those stoves halve the consumption of firewood.",
                ),
            ),
            heading(None, "Agenda", "Calendar"),
            para(
                (
                    "Le comité de pilotage du Programme se réunira à Valmare les 17 et 18 juin 2025.",
                    "The Programme Steering Committee will meet in Valmare on 17 and 18 June 2025.",
                ),
                (
                    "Il examinera notamment le bilan à mi-parcours et le plan de travail pour 2026.",
                    "It will consider, among other things, the midterm review and the workplan for 2026.",
                ),
                (
                    "Les organisations partenaires qui souhaitent y assister en qualité d’observateur sont invitées "
                    "à s’inscrire avant le 30 mai.",
                    "Partner organizations wishing to attend as observers are invited to register before 30 May.",
                ),
            ),
            columns(1),
            para(
                (
                    "Le présent bulletin est publié deux fois par an par le secrétariat du Programme, avec l’appui "
                    "financier de la Norvalie.",
                    "This newsletter is published twice a year by the Programme secretariat, with financial support "
                    "from Norvalia.",
                ),
                italic=True,
                align="center",
                space_before=8,
            ),
        ),
    )
)


# --------------------------------------------------------------------------- 7. financial report with a table

DOCUMENTS.append(
    Doc(
        name="financial-report-table",
        description="financial report: headings, paragraphs, a table caption, a 4-column table with a header row "
        "(numbers, short labels and cells holding full sentences), a note under the table",
        layout={
            "font": "Times New Roman",
            "size": 11,
            "space_after": 6,
            "margins": (2.5, 2.5, 2.5, 2.5),
            "heading_align": "left",
            "title_size": 13,
            "table_size": 10,
            "furniture": {
                "header": [(("FSA/ALPHA/2025/2", "FSA/ALPHA/2025/2"), "right")],
                "footer": [(("{PAGE}", "{PAGE}"), "right")],
            },
        },
        blocks=(
            title(
                "Rapport financier du Fonds d’affectation spéciale pour l’alphabétisation des adultes",
                "Financial report of the Trust Fund for Adult Literacy",
            ),
            subtitle("Exercice clos le 31 décembre 2024", "Financial period ended 31 December 2024"),
            heading("I.", "Vue d’ensemble", "Overview"),
            num(
                "1.",
                (
                    "Le Fonds d’affectation spéciale pour l’alphabétisation des adultes a été créé en 2019 afin de "
                    "financer des programmes d’alphabétisation dans les zones rurales de Marenzie et de Tazirie.",
                    "The Trust Fund for Adult Literacy was established in 2019 to finance literacy programmes in "
                    "rural areas of Marenzia and Taziria.",
                ),
                (
                    "Il est alimenté par des contributions volontaires et géré par le secrétariat de l’Institut "
                    "régional de l’éducation.",
                    "It is funded from voluntary contributions and managed by the secretariat of the Regional "
                    "Institute for Education.",
                ),
            ),
            num(
                "2.",
                (
                    "Les dépenses de l’exercice se sont élevées à 4,29 millions de dollars, soit un taux d’exécution "
                    "global de 95,4~%.",
                    "Expenditure for the period amounted to $4.29 million, representing an overall implementation "
                    "rate of 95.4 per cent.",
                ),
                (
                    "Leur répartition par composante du programme est présentée dans le tableau 1.",
                    "Its breakdown by programme component is shown in table 1.",
                ),
            ),
            para(("Tableau 1", "Table 1"), bold=True, keep_with_next=True, space_before=6, size=10),
            para(
                (
                    "Dépenses par composante du programme (en milliers de dollars des États-Unis)",
                    "Expenditure by programme component (thousands of United States dollars)",
                ),
                keep_with_next=True,
                size=10,
            ),
            table(
                [
                    [
                        ("Composante", "Component"),
                        ("Crédits ouverts", "Appropriation"),
                        ("Dépenses", "Expenditure"),
                        ("Observations", "Remarks"),
                    ],
                    [
                        ("Formation des formateurs", "Training of trainers"),
                        ("1~250,0", "1,250.0"),
                        ("1~187,4", "1,187.4"),
                        ("Taux d’exécution de 95~%.", "Implementation rate of 95 per cent."),
                    ],
                    [
                        ("Matériel pédagogique", "Teaching materials"),
                        ("840,0", "840.0"),
                        ("612,3", "612.3"),
                        (
                            (
                                "L’impression des manuels en langue locale a été reportée à 2025.",
                                "Les fonds non utilisés seront reportés sur l’exercice suivant.",
                            ),
                            "Printing of local-language textbooks was postponed to 2025, and unspent funds will be "
                            "carried over to the next period.",
                        ),
                    ],
                    [
                        ("Centres communautaires", "Community centres"),
                        ("2~100,0", "2,100.0"),
                        ("2~204,8", "2,204.8"),
                        (
                            "Dépassement couvert par une contribution volontaire de la Norvalie.",
                            "Overrun covered by a voluntary contribution from Norvalia.",
                        ),
                    ],
                    [
                        ("Suivi et évaluation", "Monitoring and evaluation"),
                        ("310,0", "310.0"),
                        ("288,1", "288.1"),
                        (
                            "Évaluation à mi-parcours achevée en octobre 2024.",
                            "Midterm evaluation completed in October 2024.",
                        ),
                    ],
                    [
                        ("Total", "Total"),
                        ("4~500,0", "4,500.0"),
                        ("4~292,6", "4,292.6"),
                        None,
                    ],
                ],
                widths=(4.2, 2.6, 2.6, 6.6),
                numeric_cols=(1, 2),
            ),
            para(
                (
                    "Source : états financiers non vérifiés du Fonds au 31 décembre 2024.",
                    "Source: unaudited financial statements of the Fund as at 31 December 2024.",
                ),
                size=9,
                space_before=4,
            ),
            heading("II.", "Contributions", "Contributions"),
            num(
                "3.",
                (
                    "Les contributions reçues au cours de l’exercice se sont élevées à 3,85 millions de dollars, "
                    "contre 4,1 millions en 2023.",
                    "Contributions received during the period amounted to $3.85 million, compared with $4.1 million "
                    "in 2023.",
                ),
                (
                    "Cette diminution s’explique principalement par le report d’un versement de 400~000 dollars "
                    "annoncé par un donateur.",
                    "The decrease is mainly due to the deferral of a payment of $400,000 pledged by one donor.",
                ),
                (
                    "Ce versement a été reçu le 15 janvier 2025.",
                    "That payment was received on 15 January 2025.",
                ),
            ),
            num(
                "4.",
                (
                    "Au 31 décembre 2024, le solde du Fonds s’établissait à 1,12 million de dollars.",
                    "As at 31 December 2024, the balance of the Fund stood at $1.12 million.",
                ),
                (
                    "La réserve de fonctionnement, fixée à 15~% des dépenses annuelles prévues, a été maintenue "
                    "intégralement.",
                    "The operating reserve, set at 15 per cent of planned annual expenditure, was maintained in full.",
                ),
            ),
            heading("III.", "Perspectives", "Outlook"),
            num(
                "5.",
                (
                    "Le budget proposé pour 2025 s’élève à 4,8 millions de dollars.",
                    "The proposed budget for 2025 amounts to $4.8 million.",
                ),
                (
                    "Il prévoit l’ouverture de 18 nouveaux centres communautaires et l’impression des manuels dont "
                    "la production a été différée.",
                    "It provides for the opening of 18 new community centres and the printing of the textbooks "
                    "whose production was deferred.",
                ),
                (
                    "Le Conseil d’administration est invité à prendre note du présent rapport et à approuver le "
                    "budget proposé.",
                    "The Board of Governors is invited to take note of the present report and to approve the "
                    "proposed budget.",
                ),
            ),
        ),
    )
)


# --------------------------------------------------------------------------- 8. multi-page report (A/80/123)

_SYMBOL = "A/80/123"
_JOB = "25-04567"

DOCUMENTS.append(
    Doc(
        name="report-island-resilience",
        description="multi-page report of the Secretary-General: first-page masthead header and job-number footer, "
        "then alternating left/right running headers (symbol) and footers (job number, page n/N), footnotes on "
        "several pages, numbered paragraphs that break across pages, headings I.-V. and A.-C., lettered sub-items",
        layout={
            "font": "Times New Roman",
            "size": 11,
            "note_size": 9,
            "space_after": 6,
            "line_spacing": 1.05,
            "margins": (3.0, 2.8, 2.6, 2.8),
            "header_distance": 1.3,
            "footer_distance": 1.2,
            "title_size": 15,
            "subtitle_size": 12,
            "subtitle_bold": True,
            "furniture_size": 9,
            "furniture": {
                "first_header": [
                    (("**Nations Unies\t" + _SYMBOL, "**United Nations\t" + _SYMBOL), "left"),
                    (("**Assemblée générale\tDistr. générale", "**General Assembly\tDistr.: General"), "left"),
                    (("\t14 mars 2025", "\t14 March 2025"), "left"),
                    (("\tFrançais", "\t"), "left"),
                    (("\tOriginal : anglais", "\tOriginal: English"), "left"),
                ],
                "first_footer": [((_JOB + " (F)", _JOB + " (E)"), "left")],
                "header": [(_SYMBOL, "right")],
                "footer": [(_JOB + "\t{PAGE}/{NUMPAGES}", "left")],
                "even_header": [(_SYMBOL, "left")],
                "even_footer": [("{PAGE}/{NUMPAGES}\t" + _JOB, "left")],
            },
        },
        blocks=(
            para(("Quatre-vingtième session", "Eightieth session"), bold=True, space_before=0),
            para(("Point 21 d) de la liste préliminaire", "Item 21 (d) of the preliminary list")),
            para(
                (
                    "Développement durable : réduction des risques de catastrophe",
                    "Sustainable development: disaster risk reduction",
                ),
                bold=True,
            ),
            title(
                "Renforcement de la résilience des petits États insulaires en développement face aux catastrophes",
                "Strengthening the resilience of small island developing States to disasters",
                space_before=18,
            ),
            subtitle("Rapport du Secrétaire général", "Report of the Secretary-General"),
            heading(None, "Résumé", "Summary", align="center"),
            para(
                (
                    "Le présent rapport, établi en application de la résolution 79/198 de l’Assemblée générale, "
                    "fait le point sur l’exposition des petits États insulaires en développement aux catastrophes "
                    "et sur les mesures prises pour renforcer leur résilience.",
                    "The present report, submitted pursuant to General Assembly resolution 79/198, reviews the "
                    "exposure of small island developing States to disasters and the measures taken to strengthen "
                    "their resilience.",
                ),
                (
                    "Il montre que les pertes économiques liées aux catastrophes représentent en moyenne 2,8~% du "
                    "produit intérieur brut de ces États chaque année, soit près de cinq fois la moyenne mondiale.",
                    "It shows that economic losses from disasters average 2.8 per cent of the gross domestic "
                    "product of those States each year, nearly five times the global average.",
                ),
                (
                    "Il formule des recommandations relatives aux systèmes d’alerte rapide, à l’accès au "
                    "financement et à la coopération régionale.",
                    "It makes recommendations on early warning systems, access to finance and regional cooperation.",
                ),
            ),
            heading("I.", "Introduction", "Introduction", page_break_before=True),
            num(
                "1.",
                (
                    "Dans sa résolution 79/198, l’Assemblée générale a prié le Secrétaire général de lui présenter, "
                    "à sa quatre-vingtième session, un rapport sur les progrès accomplis dans le renforcement de la "
                    "résilience des petits États insulaires en développement face aux catastrophes.",
                    "In its resolution 79/198, the General Assembly requested the Secretary-General to submit to "
                    "it, at its eightieth session, a report on progress made in strengthening the resilience of "
                    "small island developing States to disasters.",
                ),
                (
                    "Le présent rapport fait suite à cette demande.",
                    "The present report is submitted in response to that request.",
                ),
                (
                    "Il a été établi sur la base des informations communiquées par 29 États Membres, par les "
                    "commissions régionales et par les organismes compétents du système des Nations Unies, ainsi "
                    "que des données recueillies dans le cadre du suivi du Cadre de Sendai pour la réduction des "
                    "risques de catastrophe (2015-2030){{Résolution 69/283 de l’Assemblée générale, annexe II.}}.",
                    "It is based on information provided by 29 Member States, the regional commissions and the "
                    "relevant entities of the United Nations system, as well as on data collected in the context "
                    "of the monitoring of the Sendai Framework for Disaster Risk Reduction 2015–2030.{{General "
                    "Assembly resolution 69/283, annex II.}}",
                ),
            ),
            num(
                "2.",
                (
                    "Le rapport couvre la période allant du 1er juillet 2023 au 31 décembre 2024, au cours de "
                    "laquelle les petits États insulaires ont été frappés par une succession de phénomènes "
                    "extrêmes d’une intensité sans précédent.",
                    "The report covers the period from 1 July 2023 to 31 December 2024, during which small island "
                    "States were struck by a succession of extreme events of unprecedented intensity.",
                ),
                (
                    "Il s’appuie également sur les conclusions de la réunion interrégionale tenue à Port-Mavéa du "
                    "4 au 6 novembre 2024, qui a réuni des représentants de 34 États et territoires insulaires.",
                    "It also draws on the conclusions of the interregional meeting held in Port-Mavea from 4 to "
                    "6 November 2024, which brought together representatives of 34 island States and territories.",
                ),
            ),
            heading(
                "II.",
                "Exposition des petits États insulaires aux risques de catastrophe",
                "Exposure of small island States to disaster risk",
            ),
            num(
                "3.",
                (
                    "Les petits États insulaires en développement comptent parmi les pays les plus exposés aux "
                    "aléas naturels.",
                    "Small island developing States are among the countries most exposed to natural hazards.",
                ),
                (
                    "Leur population et leurs infrastructures sont concentrées sur des bandes côtières étroites, "
                    "souvent à moins de cinq mètres au-dessus du niveau de la mer, et leur économie repose sur un "
                    "petit nombre de secteurs, tels que le tourisme, la pêche et l’agriculture, qui sont eux-mêmes "
                    "très sensibles aux conditions climatiques.",
                    "Their populations and infrastructure are concentrated on narrow coastal strips, often less "
                    "than five metres above sea level, and their economies depend on a small number of sectors, "
                    "such as tourism, fisheries and agriculture, which are themselves highly sensitive to climatic "
                    "conditions.",
                ),
                (
                    "Un seul cyclone peut ainsi détruire en quelques heures l’équivalent de plusieurs années de "
                    "croissance.",
                    "A single cyclone can thus wipe out the equivalent of several years of growth in a matter of "
                    "hours.",
                ),
                (
                    "En février 2024, le cyclone Ilona a causé aux Îles Sérennes des dommages estimés à 61~% du "
                    "produit intérieur brut{{Gouvernement des Îles Sérennes, *Évaluation des besoins après la "
                    "catastrophe : cyclone Ilona* (Port-Sérenne, avril 2024).}}, détruisant ou endommageant 70~% des "
                    "logements et la quasi-totalité des réseaux d’eau et d’électricité de l’île principale.",
                    "In February 2024, Cyclone Ilona caused damage in the Serene Islands estimated at 61 per cent "
                    "of gross domestic product,{{Government of the Serene Islands, *Post-Disaster Needs "
                    "Assessment: Cyclone Ilona* (Port-Serene, April 2024).}} destroying or damaging 70 per cent of "
                    "housing and almost all of the water and electricity networks on the main island.",
                ),
            ),
            num(
                "4.",
                (
                    "Les changements climatiques aggravent ces risques.",
                    "Climate change is compounding those risks.",
                ),
                (
                    "Selon les projections les plus récentes, le niveau moyen de la mer pourrait s’élever de 0,4 à "
                    "0,8 mètre d’ici à la fin du siècle dans les régions où se trouvent la plupart des petits États "
                    "insulaires, ce qui exposerait à des submersions régulières des zones où vivent actuellement "
                    "près de 30~% de leur population.",
                    "According to the most recent projections, mean sea level could rise by 0.4 to 0.8 metres by "
                    "the end of the century in the regions where most small island States are located, which would "
                    "expose to regular flooding areas that are currently home to nearly 30 per cent of their "
                    "population.",
                ),
                (
                    "L’intensification des cyclones tropicaux, l’acidification des océans et la salinisation des "
                    "nappes phréatiques menacent en outre la sécurité alimentaire et l’approvisionnement en eau "
                    "potable.",
                    "The intensification of tropical cyclones, ocean acidification and the salinization of "
                    "groundwater are also threatening food security and drinking water supplies.",
                ),
                (
                    "Dans plusieurs atolls, les lentilles d’eau douce sont déjà devenues impropres à la "
                    "consommation après le passage de houles exceptionnelles.",
                    "On several atolls, freshwater lenses have already become unfit for consumption after "
                    "exceptional swells.",
                ),
            ),
            num(
                "5.",
                (
                    "Les données communiquées par les États Membres montrent que les pertes économiques directes "
                    "causées par les catastrophes dans les petits États insulaires ont atteint 13,7 milliards de "
                    "dollars entre 2015 et 2024.",
                    "Data provided by Member States show that direct economic losses caused by disasters in small "
                    "island States reached $13.7 billion between 2015 and 2024.",
                ),
                (
                    "Rapportées à la taille de leur économie, ces pertes représentent en moyenne 2,8~% du produit "
                    "intérieur brut par an, contre 0,6~% pour l’ensemble des pays.",
                    "Relative to the size of their economies, those losses average 2.8 per cent of gross domestic "
                    "product per year, compared with 0.6 per cent for all countries.",
                ),
                (
                    (
                        "Ces chiffres sous-estiment toutefois l’ampleur réelle des dommages.",
                        "Ils ne tiennent pas compte des pertes non assurées dans le secteur informel, ni des "
                        "effets à long terme sur la santé, l’éducation et les moyens de subsistance.",
                    ),
                    "Those figures nevertheless underestimate the real scale of the damage, since they do not "
                    "take into account uninsured losses in the informal sector or the long-term effects on "
                    "health, education and livelihoods.",
                ),
            ),
            num(
                "6.",
                (
                    "La charge de la dette limite fortement la capacité de ces États à investir dans la prévention.",
                    "The debt burden severely limits the capacity of those States to invest in prevention.",
                ),
                (
                    "En 2024, le service de la dette absorbait plus de 15~% des recettes publiques dans neuf des "
                    "petits États insulaires pour lesquels des données sont disponibles{{Voir "
                    "A/79/276, par. 18 à 22.}}.",
                    "In 2024, debt service absorbed more than 15 per cent of government revenue in nine of the "
                    "small island States for which data are available.{{See A/79/276, paras. 18–22.}}",
                ),
                (
                    "Après chaque catastrophe, les gouvernements doivent emprunter pour financer la reconstruction, "
                    "ce qui alourdit encore leur endettement et réduit les ressources disponibles pour se préparer "
                    "à la catastrophe suivante.",
                    "After each disaster, Governments have to borrow to finance reconstruction, which further "
                    "increases their indebtedness and reduces the resources available to prepare for the next "
                    "disaster.",
                ),
            ),
            heading(
                "III.",
                "Mesures prises par les États et par le système des Nations Unies",
                "Measures taken by States and the United Nations system",
            ),
            heading("A.", "Systèmes d’alerte rapide", "Early warning systems"),
            num(
                "7.",
                (
                    "Des progrès notables ont été accomplis dans le domaine de l’alerte rapide.",
                    "Significant progress has been made in the area of early warning.",
                ),
                (
                    "À la fin de 2024, 31 des 39 petits États insulaires en développement disposaient d’un système "
                    "d’alerte rapide multirisque, contre 19 en 2019.",
                    "By the end of 2024, 31 of the 39 small island developing States had a multi-hazard early "
                    "warning system, compared with 19 in 2019.",
                ),
                (
                    "Dans le cadre de l’initiative « Alertes précoces pour tous », le système des Nations Unies a "
                    "aidé 14 de ces États à moderniser leurs réseaux d’observation météorologique et à mettre en "
                    "place des protocoles de diffusion des alertes par téléphonie mobile, par radio et par les "
                    "réseaux communautaires.",
                    "Under the Early Warnings for All initiative, the United Nations system helped 14 of those "
                    "States to modernize their meteorological observation networks and to establish protocols for "
                    "disseminating warnings by mobile telephone, radio and community networks.",
                ),
                (
                    "Lors du passage du cyclone Ilona, les alertes diffusées 48 heures à l’avance ont permis "
                    "d’évacuer plus de 22~000 personnes, et le bilan humain a été limité à sept décès.",
                    "When Cyclone Ilona struck, warnings issued 48 hours in advance made it possible to evacuate "
                    "more than 22,000 people, and the death toll was limited to seven.",
                ),
            ),
            num(
                "8.",
                (
                    "Des lacunes importantes subsistent néanmoins.",
                    "Significant gaps nevertheless remain.",
                ),
                (
                    "Dans de nombreux États archipélagiques, les îles périphériques ne sont pas couvertes par les "
                    "réseaux de télécommunication, et les alertes y parviennent avec retard, voire pas du tout.",
                    "In many archipelagic States, outer islands are not covered by telecommunication networks, and "
                    "warnings reach them late or not at all.",
                ),
                (
                    "Les services météorologiques nationaux manquent par ailleurs de personnel qualifié : dans huit "
                    "États, ils comptent moins de cinq prévisionnistes.",
                    "National meteorological services also lack qualified staff: in eight States, they have fewer "
                    "than five forecasters.",
                ),
            ),
            heading("B.", "Préparation et relèvement", "Preparedness and recovery"),
            num(
                "9.",
                (
                    "Plusieurs États ont adopté des lois-cadres sur la gestion des risques de catastrophe qui "
                    "définissent clairement les responsabilités des différents acteurs et prévoient la constitution "
                    "de réserves financières d’urgence.",
                    "Several States have adopted framework laws on disaster risk management that clearly define "
                    "the responsibilities of the various actors and provide for the establishment of emergency "
                    "financial reserves.",
                ),
                (
                    "L’archipel de Mavéa, par exemple, consacre désormais chaque année 1~% de son budget à un fonds "
                    "national de préparation, qui a permis de prépositionner des stocks de première nécessité dans "
                    "chacune de ses douze îles habitées.",
                    "The Mavea archipelago, for example, now allocates 1 per cent of its budget each year to a "
                    "national preparedness fund, which has made it possible to preposition essential supplies on "
                    "each of its twelve inhabited islands.",
                ),
                (
                    "Le principe consistant à « reconstruire en mieux » est de plus en plus intégré dans les plans "
                    "de relèvement, notamment au moyen de normes de construction para-cycloniques.",
                    "The principle of “building back better” is increasingly being incorporated into recovery "
                    "plans, in particular through cyclone-resistant building standards.",
                ),
            ),
            num(
                "10.",
                (
                    "Le Bureau des Nations Unies pour la prévention des catastrophes a apporté un appui technique à "
                    "17 États pour l’élaboration ou la révision de leur stratégie nationale de réduction des "
                    "risques.",
                    "The United Nations Office for Disaster Risk Reduction provided technical support to 17 States "
                    "for the preparation or revision of their national disaster risk reduction strategies.",
                ),
                (
                    "Il a également organisé, avec les commissions régionales, une série d’ateliers sur "
                    "l’évaluation des pertes et des dommages, auxquels ont participé plus de 400 fonctionnaires "
                    "nationaux{{Les rapports des ateliers peuvent être consultés sur le site Web du Bureau.}}.",
                    "It also organized, together with the regional commissions, a series of workshops on the "
                    "assessment of loss and damage, in which more than 400 national officials took part.{{The "
                    "workshop reports are available on the Office’s website.}}",
                ),
            ),
            heading("C.", "Coopération régionale", "Regional cooperation"),
            num(
                "11.",
                (
                    "La coopération régionale permet aux petits États de mettre en commun des moyens qu’aucun "
                    "d’entre eux ne pourrait réunir seul.",
                    "Regional cooperation enables small States to pool resources that none of them could muster alone.",
                ),
                (
                    "Le mécanisme régional d’assurance contre les risques de catastrophe, auquel participent "
                    "désormais 16 États, a versé 94 millions de dollars d’indemnités au cours de la période "
                    "considérée, le plus souvent dans les quinze jours suivant l’événement.",
                    "The regional disaster risk insurance facility, in which 16 States now participate, paid out "
                    "$94 million in claims during the reporting period, in most cases within fifteen days of the "
                    "event.",
                ),
                (
                    "Ces versements rapides ont permis aux gouvernements de financer les premières opérations de "
                    "secours sans attendre l’aide internationale.",
                    "Those rapid payouts enabled Governments to finance initial relief operations without waiting "
                    "for international assistance.",
                ),
            ),
            heading("IV.", "Financement", "Financing"),
            num(
                "12.",
                (
                    "L’accès au financement reste le principal obstacle au renforcement de la résilience.",
                    "Access to finance remains the main obstacle to strengthening resilience.",
                ),
                (
                    "Les petits États insulaires ne reçoivent qu’environ 2~% des financements internationaux "
                    "consacrés à l’adaptation, alors qu’ils abritent une part bien plus importante des populations "
                    "les plus exposées.",
                    "Small island States receive only about 2 per cent of international adaptation finance, even "
                    "though they are home to a much larger share of the most exposed populations.",
                ),
                (
                    "Les procédures d’accès aux fonds multilatéraux sont en outre longues et complexes pour des "
                    "administrations qui disposent de très peu de personnel : il faut en moyenne trois ans et demi "
                    "pour qu’un projet soumis par un petit État insulaire soit approuvé{{Voir FCCC/CP/2024/5, "
                    "annexe III.}}.",
                    "In addition, the procedures for accessing multilateral funds are long and complex for "
                    "administrations with very few staff: on average, it takes three and a half years for a "
                    "project submitted by a small island State to be approved.{{See FCCC/CP/2024/5, annex III.}}",
                ),
                (
                    "Le critère du revenu par habitant, utilisé pour déterminer l’accès aux financements "
                    "concessionnels, ne rend pas compte de la vulnérabilité réelle de ces États, dont beaucoup "
                    "sont classés parmi les pays à revenu intermédiaire.",
                    "The criterion of per capita income, used to determine access to concessional finance, does "
                    "not reflect the real vulnerability of those States, many of which are classified as "
                    "middle-income countries.",
                ),
            ),
            num(
                "13.",
                (
                    "L’indice de vulnérabilité multidimensionnelle, dont l’Assemblée générale a pris note en 2024, "
                    "offre à cet égard une base objective pour mieux cibler les ressources.",
                    "The multidimensional vulnerability index, of which the General Assembly took note in 2024, "
                    "offers an objective basis in that regard for better targeting resources.",
                ),
                (
                    "Plusieurs banques multilatérales de développement ont commencé à introduire dans leurs "
                    "contrats de prêt des clauses de suspension du service de la dette en cas de catastrophe.",
                    "Several multilateral development banks have begun to include in their loan agreements clauses "
                    "suspending debt service in the event of a disaster.",
                ),
                (
                    "Le Secrétaire général encourage tous les créanciers, publics et privés, à suivre cet exemple.",
                    "The Secretary-General encourages all creditors, public and private, to follow that example.",
                ),
            ),
            heading("V.", "Conclusions et recommandations", "Conclusions and recommendations"),
            num(
                "14.",
                (
                    "Les petits États insulaires en développement ont démontré leur capacité d’innovation et leur "
                    "détermination à réduire les risques de catastrophe, mais ils ne peuvent y parvenir seuls.",
                    "Small island developing States have demonstrated their capacity for innovation and their "
                    "determination to reduce disaster risk, but they cannot succeed alone.",
                ),
                (
                    "Le Secrétaire général recommande que l’Assemblée générale :",
                    "The Secretary-General recommends that the General Assembly:",
                ),
            ),
            sub(
                letters(0),
                (
                    "Engage les États Membres et les partenaires de développement à faire en sorte que tous les "
                    "petits États insulaires disposent d’ici à 2027 d’un système d’alerte rapide multirisque "
                    "couvrant l’ensemble de leur territoire ;",
                    "Urge Member States and development partners to ensure that all small island States have, by "
                    "2027, a multi-hazard early warning system covering their entire territory;",
                ),
            ),
            sub(
                letters(1),
                (
                    "Invite les fonds multilatéraux à simplifier leurs procédures d’accès pour les petits États "
                    "insulaires et à réduire le délai moyen d’approbation des projets ;",
                    "Invite multilateral funds to simplify their access procedures for small island States and to "
                    "reduce the average time taken to approve projects;",
                ),
            ),
            sub(
                letters(2),
                (
                    "Encourage les créanciers à généraliser les clauses de suspension du service de la dette en "
                    "cas de catastrophe ;",
                    "Encourage creditors to make general use of clauses suspending debt service in the event of a "
                    "disaster;",
                ),
            ),
            sub(
                letters(3),
                (
                    "Prie le Secrétaire général de lui rendre compte, à sa quatre-vingt-deuxième session, de "
                    "l’application de la présente résolution.",
                    "Request the Secretary-General to report to it at its eighty-second session on the "
                    "implementation of the present resolution.",
                ),
            ),
        ),
    )
)


# --------------------------------------------------------------------------- 9. ministry circular, hyphenated

DOCUMENTS.append(
    Doc(
        name="circular-energy-renovation",
        description="ministry circular with different typography: Times New Roman 12, justified first-line-indented "
        "paragraphs without spacing, bold centred headings, automatic hyphenation on (w:autoHyphenation), many "
        "long words, addressee and references lines, signature block",
        layout={
            "font": "Times New Roman",
            "size": 12,
            "space_after": 0,
            "line_spacing": 1.15,
            "first_line_indent": 1.25,
            "justify": True,
            "hyphenate": True,
            "margins": (2.5, 3.0, 2.5, 3.0),
            "heading_align": "center",
            "title_size": 12,
            "sig_indent": 8.0,
            "furniture": {
                "first_header": [
                    (("**RÉPUBLIQUE DE MARENZIE", "**REPUBLIC OF MARENZIA"), "left"),
                    (
                        (
                            "Ministère de la transition écologique et de la cohésion des territoires",
                            "Ministry of Ecological Transition and Territorial Cohesion",
                        ),
                        "left",
                    ),
                ],
                "footer": [("– {PAGE} –", "center")],
            },
        },
        blocks=(
            para(
                (
                    "Le ministre de la transition écologique et de la cohésion des territoires à Mesdames et "
                    "Messieurs les préfets de région",
                    "The Minister of Ecological Transition and Territorial Cohesion to the regional prefects",
                ),
                align="left",
                space_before=12,
            ),
            title(
                "Circulaire n° 2025-07 du 14 février 2025 relative à la mise en œuvre du programme national de "
                "rénovation énergétique des bâtiments publics",
                "Circular No. 2025-07 of 14 February 2025 on the implementation of the national programme for the "
                "energy renovation of public buildings",
                space_before=18,
            ),
            para(
                (
                    "Références : loi n° 2023-412 du 9 juin 2023 relative à la transition énergétique ; décret "
                    "n° 2024-88 du 2 février 2024 relatif aux obligations d’économies d’énergie dans les bâtiments "
                    "publics.",
                    "References: Act No. 2023-412 of 9 June 2023 on the energy transition; Decree No. 2024-88 of "
                    "2 February 2024 on energy-saving obligations in public buildings.",
                ),
                align="left",
                size=10.5,
                space_before=12,
            ),
            heading(None, "I. – Contexte et objectifs", "I. – Background and objectives", space_before=18),
            para(
                (
                    "Les bâtiments publics représentent près de 37~% de la consommation énergétique des "
                    "administrations de l’État et des collectivités territoriales.",
                    "Public buildings account for nearly 37 per cent of the energy consumption of State "
                    "administrations and local authorities.",
                ),
                (
                    "Une proportion importante d’entre eux, construits avant les premières réglementations "
                    "thermiques, présentent des performances énergétiques particulièrement médiocres.",
                    "A large proportion of them, built before the first thermal regulations, have particularly poor "
                    "energy performance.",
                ),
                (
                    "Le programme national de rénovation énergétique, doté de 2,4 milliards d’euros sur la période "
                    "2025-2030, vise à réduire de 40~% la consommation d’énergie finale de ce parc d’ici à 2030, "
                    "par rapport à l’année de référence 2020.",
                    "The national energy renovation programme, endowed with €2.4 billion for the period 2025–2030, "
                    "aims to reduce the final energy consumption of this building stock by 40 per cent by 2030, "
                    "compared with the reference year 2020.",
                ),
            ),
            para(
                (
                    "La présente circulaire précise les modalités de programmation, de contractualisation et "
                    "d’accompagnement méthodologique des opérations.",
                    "The present circular sets out the arrangements for the programming, contracting and "
                    "methodological support of operations.",
                ),
                (
                    "Elle s’adresse prioritairement aux services déconcentrés de l’État, mais ses orientations "
                    "valent également pour les établissements publics et, sur une base volontaire, pour les "
                    "intercommunalités.",
                    "It is addressed primarily to the State’s devolved services, but its guidelines also apply to "
                    "public institutions and, on a voluntary basis, to intermunicipal bodies.",
                ),
            ),
            heading(None, "II. – Programmation des opérations", "II. – Programming of operations"),
            para(
                (
                    "Chaque préfet de région établira, avant le 30 juin 2025, une programmation pluriannuelle des "
                    "opérations éligibles, en concertation avec les directions régionales et les représentants des "
                    "collectivités territoriales.",
                    "Each regional prefect shall draw up, by 30 June 2025, a multi-year programme of eligible "
                    "operations, in consultation with the regional directorates and representatives of local "
                    "authorities.",
                ),
                (
                    "Cette programmation s’appuiera sur les diagnostics thermographiques réalisés en 2024 et "
                    "distinguera les interventions de court terme, telles que le remplacement des systèmes de "
                    "chauffage et l’installation de dispositifs de régulation, des rénovations lourdes portant sur "
                    "l’enveloppe des bâtiments.",
                    "That programme shall be based on the thermographic surveys carried out in 2024 and shall "
                    "distinguish short-term interventions, such as the replacement of heating systems and the "
                    "installation of control devices, from major renovations of building envelopes.",
                ),
            ),
            para(
                (
                    "Seront considérées comme prioritaires les opérations dont le rapport entre les économies "
                    "d’énergie attendues et le coût d’investissement est le plus favorable.",
                    "Priority shall be given to operations with the most favourable ratio between expected energy "
                    "savings and investment cost.",
                ),
                (
                    "Une attention particulière sera portée aux établissements scolaires, aux établissements de "
                    "santé et aux bâtiments accueillant du public dans les territoires ruraux.",
                    "Particular attention shall be paid to schools, health facilities and buildings open to the "
                    "public in rural areas.",
                ),
                (
                    "Les opérations de simple maintenance, qui relèvent des crédits ordinaires, ne sont pas éligibles.",
                    "Routine maintenance operations, which are covered by ordinary appropriations, are not eligible.",
                ),
            ),
            heading(
                None,
                "III. – Contractualisation et financement",
                "III. – Contracting and financing",
            ),
            para(
                (
                    "Les crédits du programme seront délégués aux préfets de région sur la base de la "
                    "programmation validée par le comité interministériel de pilotage.",
                    "Programme appropriations shall be delegated to regional prefects on the basis of the "
                    "programme approved by the interministerial steering committee.",
                ),
                (
                    "Les opérations conduites par les collectivités territoriales feront l’objet de conventions "
                    "pluriannuelles précisant les engagements réciproques, les indicateurs de résultat et les "
                    "modalités de versement des subventions.",
                    "Operations conducted by local authorities shall be the subject of multi-year agreements "
                    "specifying the reciprocal commitments, the performance indicators and the arrangements for "
                    "the payment of grants.",
                ),
                (
                    "Le taux de subvention ne pourra excéder 60~%, sauf dans les communes dont le potentiel "
                    "financier par habitant est inférieur à la moyenne nationale, où il pourra atteindre 80~%.",
                    "The grant rate may not exceed 60 per cent, except in municipalities whose financial potential "
                    "per inhabitant is below the national average, where it may reach 80 per cent.",
                ),
            ),
            para(
                (
                    "Le recours aux contrats de performance énergétique est vivement encouragé.",
                    "The use of energy performance contracts is strongly encouraged.",
                ),
                (
                    "Ces contrats, par lesquels le titulaire s’engage sur un niveau garanti d’économies d’énergie, "
                    "permettent de responsabiliser les entreprises et de sécuriser les résultats.",
                    (
                        "Under such contracts, the contractor undertakes to deliver a guaranteed level of energy "
                        "savings.",
                        "They make companies accountable and secure the results.",
                    ),
                ),
            ),
            heading(
                None,
                "IV. – Accompagnement et suivi",
                "IV. – Support and monitoring",
            ),
            para(
                (
                    "Un réseau d’ingénieurs spécialisés, placés auprès des directions régionales, apportera aux "
                    "maîtres d’ouvrage un appui méthodologique pour la définition des projets, la rédaction des "
                    "cahiers des charges et l’analyse des offres.",
                    "A network of specialist engineers, attached to the regional directorates, will provide project "
                    "owners with methodological support in defining projects, drafting specifications and "
                    "analysing bids.",
                ),
                (
                    "Les collectivités les moins dotées en ingénierie technique pourront solliciter cet appui "
                    "gratuitement.",
                    "Local authorities with the least technical engineering capacity may request that support "
                    "free of charge.",
                ),
            ),
            para(
                (
                    "Les consommations énergétiques des bâtiments rénovés feront l’objet d’un suivi annuel au moyen "
                    "de la plateforme numérique nationale, sur laquelle les gestionnaires devront déclarer leurs "
                    "consommations avant le 31 mars de chaque année.",
                    "The energy consumption of renovated buildings shall be monitored annually by means of the "
                    "national digital platform, on which building managers must declare their consumption before "
                    "31 March each year.",
                ),
                (
                    "Un bilan consolidé sera présenté au comité interministériel à la fin de chaque exercice.",
                    "A consolidated review shall be submitted to the interministerial committee at the end of each "
                    "financial year.",
                ),
            ),
            para(
                (
                    "Je vous remercie de veiller à la diffusion de la présente circulaire auprès des services et "
                    "des collectivités concernés, et de me faire part, sous le présent timbre, des difficultés que "
                    "vous pourriez rencontrer dans sa mise en œuvre.",
                    "Please ensure that the present circular is circulated to the services and local authorities "
                    "concerned, and inform me, under the present reference, of any difficulties you may encounter "
                    "in its implementation.",
                ),
            ),
            sig("Pour le ministre et par délégation,", "For the Minister, by delegation,", space_before=24),
            sig("Le secrétaire général,", "The Secretary-General,"),
            sig("Philippe Aubrac-Lemaire", "Philippe Aubrac-Lemaire", space_before=24),
        ),
    )
)


# --------------------------------------------------------------------------- 10. decisions (preambular / operative)

DOCUMENTS.append(
    Doc(
        name="decisions-traditional-knowledge",
        description="decisions of a conference of States parties: preambular paragraphs ending in commas with "
        "italic opening words, operative numbered paragraphs ending in semicolons, lettered sub-items, a footnote, "
        "meeting and date lines",
        layout={
            "font": "Times New Roman",
            "size": 11,
            "note_size": 9,
            "space_after": 6,
            "margins": (2.5, 2.6, 2.5, 2.6),
            "title_align": "left",
            "title_size": 12,
            "num_indent": 1.25,
            "furniture": {
                "first_header": [(("CEP/12/DEC/3-4", "CEP/12/DEC/3-4"), "right")],
                "first_footer": [(("25-01982 (F)", "25-01982 (E)"), "left")],
                "header": [(("CEP/12/DEC/3-4", "CEP/12/DEC/3-4"), "right")],
                "footer": [(("Page {PAGE}", "Page {PAGE}"), "right")],
            },
        },
        blocks=(
            para(
                (
                    "Décisions adoptées par la Conférence des États parties à sa douzième réunion",
                    "Decisions adopted by the Conference of States Parties at its twelfth meeting",
                ),
                bold=True,
                size=12,
            ),
            title(
                "12/3. Protection des savoirs traditionnels associés aux plantes médicinales",
                "12/3. Protection of traditional knowledge associated with medicinal plants",
                space_before=12,
            ),
            para(("*La Conférence des États parties*,", "*The Conference of States Parties*,")),
            pream(
                (
                    "*Rappelant* l’article 8 de la Convention, ainsi que ses décisions 9/4 et 10/2,",
                    "*Recalling* article 8 of the Convention, as well as its decisions 9/4 and 10/2,",
                )
            ),
            pream(
                (
                    "*Consciente* que les savoirs traditionnels des communautés autochtones et locales contribuent "
                    "de manière essentielle à la santé de millions de personnes,",
                    "*Aware* that the traditional knowledge of indigenous and local communities makes an essential "
                    "contribution to the health of millions of people,",
                )
            ),
            pream(
                (
                    "*Préoccupée* par le nombre croissant de brevets délivrés sur la base de savoirs traditionnels "
                    "sans le consentement préalable, libre et éclairé des communautés concernées,",
                    "*Concerned* at the growing number of patents granted on the basis of traditional knowledge "
                    "without the prior, free and informed consent of the communities concerned,",
                )
            ),
            pream(
                (
                    "*Prenant note avec satisfaction* du rapport du Groupe de travail spécial sur les savoirs "
                    "traditionnels{{CEP/12/7.}} et des recommandations qui y figurent,",
                    "*Taking note with appreciation* of the report of the Ad Hoc Working Group on Traditional "
                    "Knowledge{{CEP/12/7.}} and the recommendations contained therein,",
                )
            ),
            pream(
                (
                    "*Soulignant* l’importance d’un partage juste et équitable des avantages découlant de "
                    "l’utilisation de ces savoirs,",
                    "*Stressing* the importance of the fair and equitable sharing of the benefits arising from the "
                    "use of such knowledge,",
                )
            ),
            num(
                "1.",
                (
                    "*Prie instamment* les États parties qui ne l’ont pas encore fait d’établir des registres "
                    "nationaux des savoirs traditionnels, en étroite consultation avec les communautés concernées ;",
                    "*Urges* States parties that have not yet done so to establish national registers of "
                    "traditional knowledge, in close consultation with the communities concerned;",
                ),
            ),
            num(
                "2.",
                (
                    "*Encourage* les offices de brevets à consulter ces registres lors de l’examen des demandes "
                    "portant sur des plantes médicinales ;",
                    "*Encourages* patent offices to consult those registers when examining applications relating "
                    "to medicinal plants;",
                ),
            ),
            num(
                "3.",
                (
                    "*Décide* de créer un groupe d’experts composé de quinze membres, dont au moins cinq "
                    "représentants de communautés autochtones et locales, chargé d’élaborer des lignes directrices "
                    "sur le consentement préalable, libre et éclairé ;",
                    "*Decides* to establish a group of experts composed of fifteen members, including at least five "
                    "representatives of indigenous and local communities, to develop guidelines on prior, free and "
                    "informed consent;",
                ),
            ),
            num("4.", ("*Prie* le secrétariat :", "*Requests* the secretariat:")),
            sub(
                letters(0),
                (
                    "D’apporter au groupe d’experts l’appui nécessaire à l’accomplissement de son mandat ;",
                    "To provide the group of experts with the support necessary for the fulfilment of its mandate;",
                ),
            ),
            sub(
                letters(1),
                (
                    "De mobiliser des ressources extrabudgétaires afin de faciliter la participation des "
                    "représentants des communautés aux réunions du groupe ;",
                    "To mobilize extrabudgetary resources to facilitate the participation of community "
                    "representatives in the meetings of the group;",
                ),
            ),
            num(
                "5.",
                (
                    "*Invite* les États parties et les autres donateurs à verser des contributions volontaires au "
                    "fonds d’affectation spéciale créé par la décision 10/2, dont le solde s’élevait à "
                    "312~000 dollars au 30 septembre 2024 ;",
                    "*Invites* States parties and other donors to make voluntary contributions to the trust fund "
                    "established by decision 10/2, the balance of which stood at $312,000 as at 30 September 2024;",
                ),
            ),
            num(
                "6.",
                (
                    "*Décide* d’examiner la question à sa treizième réunion.",
                    "*Decides* to consider the matter at its thirteenth meeting.",
                ),
            ),
            para(("*Huitième séance plénière*", "*Eighth plenary meeting*"), align="right", space_before=12),
            para(("*8 novembre 2024*", "*8 November 2024*"), align="right"),
            title(
                "12/4. Date et lieu de la treizième réunion de la Conférence des États parties",
                "12/4. Date and venue of the thirteenth meeting of the Conference of States Parties",
                space_before=18,
            ),
            para(("*La Conférence des États parties*,", "*The Conference of States Parties*,")),
            pream(
                (
                    "*Accueillant avec satisfaction* l’offre du Gouvernement de la République de Tazirie "
                    "d’accueillir sa treizième réunion,",
                    "*Welcoming* the offer of the Government of the Republic of Taziria to host its thirteenth "
                    "meeting,",
                )
            ),
            num(
                "1.",
                (
                    "*Décide* de tenir sa treizième réunion à Kessar (Tazirie), du 3 au 14 novembre 2025 ;",
                    "*Decides* to hold its thirteenth meeting in Kessar, Taziria, from 3 to 14 November 2025;",
                ),
            ),
            num(
                "2.",
                (
                    "*Prie* le secrétariat de conclure avec le Gouvernement hôte un accord relatif à l’organisation "
                    "de la réunion, conformément aux règles applicables ;",
                    "*Requests* the secretariat to conclude with the host Government an agreement on the "
                    "organization of the meeting, in accordance with the applicable rules;",
                ),
            ),
            num(
                "3.",
                (
                    "*Décide* que, si le Gouvernement hôte n’était pas en mesure d’accueillir la réunion, celle-ci "
                    "se tiendrait au siège du secrétariat.",
                    "*Decides* that, should the host Government be unable to host the meeting, it shall be held at "
                    "the seat of the secretariat.",
                ),
            ),
            para(("*Huitième séance plénière*", "*Eighth plenary meeting*"), align="right", space_before=12),
            para(("*8 novembre 2024*", "*8 November 2024*"), align="right"),
        ),
    )
)


# --------------------------------------------------------------------------- 11. summary record

_SR = "CRE/C/SR.2871"

DOCUMENTS.append(
    Doc(
        name="summary-record",
        description="summary record of a treaty-body meeting: masthead lines, chair line, contents, many "
        "abbreviated titles (M., Mme, h), speakers in reported speech in numbered paragraphs, opening and "
        "closing lines",
        layout={
            "font": "Times New Roman",
            "size": 10,
            "note_size": 8.5,
            "space_after": 6,
            "margins": (2.5, 2.6, 2.5, 2.6),
            "title_align": "left",
            "title_size": 14,
            "subtitle_size": 10,
            "furniture": {
                "first_header": [
                    (("**Nations Unies\t" + _SR, "**United Nations\t" + _SR), "left"),
                    (
                        (
                            "Comité des droits de l’enfant\tDistr. générale",
                            "Committee on the Rights of the Child\tDistr.: General",
                        ),
                        "left",
                    ),
                    (("\t11 avril 2025", "\t11 April 2025"), "left"),
                ],
                "first_footer": [(("GE.25-05512 (F)", "GE.25-05512 (E)"), "left")],
                "header": [(_SR, "left")],
                "footer": [(("GE.25-05512\t{PAGE}", "GE.25-05512\t{PAGE}"), "left")],
            },
        },
        blocks=(
            para(("Quatre-vingt-dixième session", "Ninetieth session"), bold=True),
            title("Compte rendu analytique de la 2871e séance", "Summary record of the 2871st meeting"),
            para(
                (
                    "Tenue au Palais des Nations, à Genève, le mardi 8 avril 2025, à 10 heures",
                    "Held at the Palais des Nations, Geneva, on Tuesday, 8 April 2025, at 10 a.m.",
                )
            ),
            para(("Présidente : Mme Okafor-Lindqvist", "Chair: Ms. Okafor-Lindqvist"), space_before=6),
            heading(None, "Sommaire", "Contents", space_before=12),
            para(
                (
                    "Examen des rapports soumis par les États parties (suite)",
                    "Consideration of reports submitted by States parties (continued)",
                )
            ),
            para(
                (
                    "Rapport valant troisième à cinquième rapports périodiques de la Marenzie",
                    "Combined third to fifth periodic reports of Marenzia",
                ),
            ),
            para(
                (
                    "Le présent compte rendu est sujet à rectifications.",
                    "This record is subject to correction.",
                ),
                (
                    "Les rectifications doivent être rédigées dans l’une des langues de travail et soumises dans "
                    "un délai d’une semaine à compter de la date du présent document.",
                    "Corrections should be submitted in one of the working languages within one week of the date "
                    "of the present document.",
                ),
                size=8.5,
                space_before=36,
            ),
            para(
                ("*La séance est ouverte à 10 h 5.*", "*The meeting was called to order at 10.05 a.m.*"),
                page_break_before=True,
            ),
            heading(
                None,
                "Examen des rapports soumis par les États parties (suite)",
                "Consideration of reports submitted by States parties (continued)",
            ),
            para(
                (
                    "*Rapport valant troisième à cinquième rapports périodiques de la Marenzie* (CRE/C/MRZ/3-5 ; "
                    "CRE/C/MRZ/Q/3-5 et CRE/C/MRZ/RQ/3-5)",
                    "*Combined third to fifth periodic reports of Marenzia* (CRE/C/MRZ/3-5; CRE/C/MRZ/Q/3-5 and "
                    "CRE/C/MRZ/RQ/3-5)",
                ),
            ),
            num(
                "1.",
                (
                    "*À l’invitation de la Présidente, la délégation marenzienne prend place à la table du Comité.*",
                    "*At the invitation of the Chair, the delegation of Marenzia took places at the Committee table.*",
                ),
            ),
            num(
                "2.",
                (
                    "M. Dallaire (Marenzie), présentant le rapport de son pays, dit que le Gouvernement a adopté en "
                    "2023 un code de la protection de l’enfance qui relève l’âge minimum du mariage à 18 ans pour "
                    "les filles comme pour les garçons.",
                    "Mr. Dallaire (Marenzia), introducing his country’s report, said that in 2023 the Government had "
                    "adopted a child protection code that raised the minimum age of marriage to 18 years for both "
                    "girls and boys.",
                ),
                (
                    "Le code interdit également les châtiments corporels dans tous les contextes, y compris au sein "
                    "de la famille.",
                    "The code also prohibited corporal punishment in all settings, including within the family.",
                ),
                (
                    "Un médiateur pour les enfants, nommé en mars 2024, peut désormais être saisi directement par "
                    "les enfants eux-mêmes.",
                    "A children’s ombudsman, appointed in March 2024, could now receive complaints directly from "
                    "children themselves.",
                ),
            ),
            num(
                "3.",
                (
                    "Le taux de scolarisation dans l’enseignement primaire atteint désormais 96~%, contre 88~% en "
                    "2017.",
                    "The primary school enrolment rate now stood at 96 per cent, compared with 88 per cent in 2017.",
                ),
                (
                    "Des écarts importants subsistent toutefois entre les zones urbaines et les zones rurales, où "
                    "près d’un enfant sur cinq quitte l’école avant la fin du cycle primaire.",
                    "However, significant disparities remained between urban and rural areas, where nearly one in "
                    "five children left school before completing primary education.",
                ),
                (
                    "Le Gouvernement a donc lancé un programme de cantines scolaires qui bénéficie à 240~000 élèves.",
                    "The Government had therefore launched a school meals programme that benefited 240,000 pupils.",
                ),
            ),
            num(
                "4.",
                (
                    "Mme Ostrova (Rapporteuse de pays) salue les progrès accomplis sur le plan législatif.",
                    "Ms. Ostrova (Country Rapporteur) welcomed the progress made at the legislative level.",
                ),
                (
                    "Elle souhaiterait néanmoins savoir quelles mesures ont été prises pour faire appliquer "
                    "l’interdiction du mariage d’enfants, en particulier dans les régions où les unions coutumières "
                    "restent fréquentes.",
                    "She nevertheless wished to know what measures had been taken to enforce the prohibition of "
                    "child marriage, particularly in regions where customary unions remained common.",
                ),
                (
                    "Combien de poursuites ont été engagées depuis l’entrée en vigueur du code ?",
                    "How many prosecutions had been brought since the code had entered into force?",
                ),
                (
                    (
                        "Elle demande également si le médiateur dispose d’un budget propre.",
                        "Peut-il se rendre sans préavis dans les établissements de placement ?",
                    ),
                    "She also asked whether the ombudsman had his own budget and whether he could visit "
                    "residential care institutions without prior notice.",
                ),
            ),
            num(
                "5.",
                (
                    "M. Haddad-Morel demande des précisions sur la situation des enfants handicapés, dont beaucoup "
                    "seraient encore placés en institution.",
                    "Mr. Haddad-Morel requested further information on the situation of children with "
                    "disabilities, many of whom were reportedly still placed in institutions.",
                ),
                (
                    "Il voudrait savoir si l’État partie envisage d’adopter une stratégie de désinstitutionnalisation "
                    "assortie d’un calendrier précis.",
                    "He wished to know whether the State party planned to adopt a deinstitutionalization strategy "
                    "with a specific timetable.",
                ),
            ),
            num(
                "6.",
                (
                    "Mme Sato-Bruni relève que, selon certaines organisations non gouvernementales, environ "
                    "35~000 enfants travaillent dans les exploitations agricoles du pays, notamment pendant la "
                    "récolte du cacao.",
                    "Ms. Sato-Bruni noted that, according to some non-governmental organizations, some 35,000 "
                    "children worked on the country’s farms, particularly during the cocoa harvest.",
                ),
                (
                    "Elle demande combien d’inspecteurs du travail sont affectés aux zones rurales et quelles "
                    "sanctions ont été prononcées contre les employeurs en infraction.",
                    "She asked how many labour inspectors were assigned to rural areas and what penalties had been "
                    "imposed on employers found to be in breach.",
                ),
            ),
            para(
                (
                    "*La séance est suspendue à 11 h 20 ; elle est reprise à 11 h 40.*",
                    "*The meeting was suspended at 11.20 a.m. and resumed at 11.40 a.m.*",
                ),
            ),
            num(
                "7.",
                (
                    "M. Dallaire (Marenzie) dit que 112 procédures pénales ont été engagées pour mariage d’enfants "
                    "depuis 2023 et que 37 ont abouti à une condamnation.",
                    "Mr. Dallaire (Marenzia) said that 112 criminal proceedings had been instituted for child "
                    "marriage since 2023, 37 of which had resulted in a conviction.",
                ),
                (
                    "Des chefs traditionnels ont été associés aux campagnes de sensibilisation, ce qui a permis "
                    "d’annuler plusieurs unions prévues.",
                    "Traditional leaders had been involved in awareness-raising campaigns, which had led to the "
                    "cancellation of several planned unions.",
                ),
                (
                    "Le médiateur dispose d’un budget de 1,8 million de dollars et peut effectuer des visites "
                    "inopinées.",
                    (
                        "The ombudsman had a budget of $1.8 million.",
                        "He could also carry out unannounced visits.",
                    ),
                ),
            ),
            num(
                "8.",
                (
                    "S’agissant des enfants handicapés, une stratégie nationale sera présentée au Parlement avant la "
                    "fin de 2025.",
                    "With regard to children with disabilities, a national strategy would be submitted to "
                    "Parliament before the end of 2025.",
                ),
                (
                    "Elle prévoit la fermeture progressive des grandes institutions d’ici à 2030 et le développement "
                    "de services de proximité.",
                    "It provided for the gradual closure of large institutions by 2030 and the development of "
                    "community-based services.",
                ),
            ),
            para(("*La séance est levée à 13 heures.*", "*The meeting rose at 1 p.m.*")),
        ),
    )
)
