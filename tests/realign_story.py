"""A report whose English version lost a chapter and gained a running header: the test story's texts."""

from __future__ import annotations

# (French, English) sentence pairs per chapter; chapter 2 is missing from the English version.
CHAPTERS: list[list[tuple[str, str]]] = [
    [
        ("Chapitre 1 – La situation du réseau ferroviaire", "Chapter 1 – The state of the railway network"),
        (
            "Le réseau compte aujourd'hui près de trente mille kilomètres de voies.",
            "The network today has nearly thirty thousand kilometres of track.",
        ),
        (
            "Un tiers des lignes a plus de quarante ans et doit être rénové.",
            "A third of the lines are more than forty years old and must be renewed.",
        ),
        (
            "Les retards ont augmenté de douze pour cent au cours de l'année dernière.",
            "Delays rose by twelve per cent over the past year.",
        ),
        (
            "Les régions du nord sont les plus touchées par ces difficultés.",
            "The northern regions are the hardest hit by these difficulties.",
        ),
    ],
    [
        ("Chapitre 2 – Le financement des travaux", "Chapter 2 – Funding the works"),
        (
            "L'État prévoit d'investir quatre milliards d'euros sur cinq ans.",
            "The State plans to invest four billion euros over five years.",
        ),
        (
            "Les collectivités locales apporteront un complément de six cents millions.",
            "Local authorities will add six hundred million.",
        ),
        (
            "Une partie des fonds proviendra de la vente de terrains inutilisés.",
            "Part of the money will come from selling unused land.",
        ),
    ],
    [
        ("Chapitre 3 – Les recommandations de la commission", "Chapter 3 – The committee’s recommendations"),
        (
            "La commission recommande de donner la priorité aux lignes du quotidien.",
            "The committee recommends giving priority to everyday commuter lines.",
        ),
        (
            "Elle propose également de moderniser la signalisation avant la fin de la décennie.",
            "It also proposes modernising the signalling before the end of the decade.",
        ),
        (
            "Les passagers devraient être informés en temps réel de chaque perturbation.",
            "Passengers should be told in real time about every disruption.",
        ),
        (
            "Enfin, un rapport d'étape sera publié chaque année devant le Parlement.",
            "Finally, a progress report will be published every year before Parliament.",
        ),
    ],
]

# A running header the PDF converter left in the middle of chapter 3 (after its second sentence).
HEADER = ["MINISTRY OF TRANSPORT", "Annual report on rail infrastructure", "Internal document, not for circulation"]


def french() -> str:
    return "\n\n".join(f"{chapter[0][0]}\n\n" + " ".join(fr for fr, _ in chapter[1:]) for chapter in CHAPTERS) + "\n"


def english() -> str:
    parts: list[str] = []
    for k, chapter in enumerate(CHAPTERS):
        if k == 1:
            continue
        parts.append(chapter[0][1])
        body = [pair[1] for pair in chapter[1:]]
        if k == 2:
            parts += [" ".join(body[:2]), *HEADER, " ".join(body[2:])]
        else:
            parts.append(" ".join(body))
    return "\n\n".join(parts) + "\n"


def gold() -> list[tuple[list[str], list[str]]]:
    """Every row as it should be: (French sentences, English sentences), in page order."""
    rows: list[tuple[list[str], list[str]]] = []
    for k, chapter in enumerate(CHAPTERS):
        if k == 1:  # the missing chapter: its heading, then its sentences as one untranslated passage
            rows += [([chapter[0][0]], []), ([fr for fr, _ in chapter[1:]], [])]
            continue
        for i, (fr, en) in enumerate(chapter):
            rows.append(([fr], [en]))
            if k == 2 and i == 2:
                rows += [([], [h]) for h in HEADER]
    return rows


# The German version: complete (chapter 2 included), no stray header.
GERMAN: list[list[str]] = [
    [
        "Kapitel 1 – Der Zustand des Schienennetzes",
        "Das Netz umfasst heute fast dreißigtausend Kilometer Gleise.",
        "Ein Drittel der Strecken ist über vierzig Jahre alt und muss erneuert werden.",
        "Die Verspätungen sind im vergangenen Jahr um zwölf Prozent gestiegen.",
        "Die nördlichen Regionen sind von diesen Schwierigkeiten am stärksten betroffen.",
    ],
    [
        "Kapitel 2 – Die Finanzierung der Arbeiten",
        "Der Staat will in fünf Jahren vier Milliarden Euro investieren.",
        "Die Gebietskörperschaften steuern weitere sechshundert Millionen bei.",
        "Ein Teil der Mittel stammt aus dem Verkauf ungenutzter Grundstücke.",
    ],
    [
        "Kapitel 3 – Die Empfehlungen der Kommission",
        "Die Kommission empfiehlt, den Pendlerstrecken Vorrang zu geben.",
        "Sie schlägt außerdem vor, die Signaltechnik bis zum Ende des Jahrzehnts zu modernisieren.",
        "Die Fahrgäste sollen über jede Störung in Echtzeit informiert werden.",
        "Schließlich wird dem Parlament jedes Jahr ein Zwischenbericht vorgelegt.",
    ],
]


def german() -> str:
    return "\n\n".join(f"{chapter[0]}\n\n" + " ".join(chapter[1:]) for chapter in GERMAN) + "\n"
