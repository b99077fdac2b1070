"""A translator brings a glossary: it is read, stored, and its terms are found in French sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.errors import InputError, NotFoundError
from workbench.model import Document, Link, LinkStatus, Paragraph, Role, Segment
from workbench.store import Store
from workbench.terms import Glossary, Term, check_consistency, check_project, find_terms, read_glossary
from workbench.terms.storage import glossary_for_project, import_glossary, list_glossaries, remove_glossary


def found(text: str, *terms: Term) -> list[tuple[str, str]]:
    return [(m.term.source, m.text) for m in find_terms(text, Glossary("g", list(terms)))]


# -- matching rules ------------------------------------------------------------------------


def test_case_is_ignored_unless_the_term_is_case_sensitive_or_an_acronym() -> None:
    council = Term("Conseil d’État", "Council of State")
    assert found("Le conseil d’état a statué.", council) == [("Conseil d’État", "conseil d’état")]
    exact = Term("Verdier", "Verdier", dnt=True, case_sensitive=True)
    assert found("Le verdier chante ; M. Verdier écoute.", exact) == [("Verdier", "Verdier")]
    acronym = Term("CE", "EC")
    assert found("Ce texte de la CE est clair.", acronym) == [("CE", "CE")]


@pytest.mark.parametrize("article", ["l’", "l'", "d’", "d'", "qu’", "jusqu’"])
def test_elided_articles_do_not_hide_a_term(article: str) -> None:
    union = Term("Union européenne", "European Union")
    text = f"Il parle {article}Union européenne."
    assert found(text, union) == [("Union européenne", "Union européenne")]


def test_a_term_written_with_its_article_matches_without_it() -> None:
    assert found("Les pays de l'Organisation mondiale.", Term("l’Organisation mondiale", "the World Organization")) == [
        ("l’Organisation mondiale", "Organisation mondiale")
    ]


def test_plurals_match_both_ways() -> None:
    right = Term("droit de l’homme", "human right")
    assert found("Les droits de l’homme sont universels.", right) == [("droit de l’homme", "droits de l’homme")]
    assert found("Un journal et deux journaux.", Term("journal", "newspaper")) == [
        ("journal", "journal"),
        ("journal", "journaux"),
    ]
    assert found("Le bureau parle.", Term("bureaux", "offices")) == [("bureaux", "bureau")]


def test_accents_typed_or_dropped_on_capitals_match_but_different_accents_do_not() -> None:
    etat = Term("État", "State")
    assert found("ETAT, Etat et État.", etat) == [("État", "ETAT"), ("État", "Etat"), ("État", "État")]
    unaccented = Term("Geneve", "Geneva")
    assert found("Réunion à Genève.", unaccented) == [("Geneve", "Genève")]
    fishing = Term("pêche", "fishing")
    assert found("Le péché de la pêche.", fishing) == [("pêche", "pêche")]


def test_whole_words_only_and_the_longest_term_wins() -> None:
    union = Term("Union", "Union")
    assert found("La Réunion est une île.", union) == []
    council = Term("Conseil", "Council")
    europe = Term("Conseil de l’Europe", "Council of Europe")
    assert found("Le Conseil de l'Europe et le Conseil.", council, europe) == [
        ("Conseil de l’Europe", "Conseil de l'Europe"),
        ("Conseil", "Conseil"),
    ]


def test_words_of_a_term_may_be_joined_by_hyphens_but_not_by_punctuation() -> None:
    spokesman = Term("porte-parole", "spokesperson")
    assert found("Le porte-parole a parlé.", spokesman) == [("porte-parole", "porte-parole")]
    assert found("Il porte, parole donnée, le sac.", spokesman) == []


# -- importing files -----------------------------------------------------------------------


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_csv_with_header_options_and_notes(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "terms.csv",
        "source;target;options;note\nConseil d’État;Council of State;;court\nBruxelles;;dnt\nCE;EC;case\n",
    )
    glossary = read_glossary(path)
    assert glossary.name == "terms"
    assert [(t.source, t.rendering, t.dnt, t.case_sensitive) for t in glossary.terms] == [
        ("Conseil d’État", "Council of State", False, False),
        ("Bruxelles", "Bruxelles", True, False),
        ("CE", "EC", False, True),
    ]
    assert glossary.terms[0].note == "court"


def test_tsv_without_header(tmp_path: Path) -> None:
    glossary = read_glossary(
        write(tmp_path, "g.tsv", "Cour de justice\tCourt of Justice\n# a comment\n\nEuratom\t\tdnt\n")
    )
    assert [(t.source, t.rendering, t.dnt) for t in glossary.terms] == [
        ("Cour de justice", "Court of Justice", False),
        ("Euratom", "Euratom", True),
    ]


TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="fr">
 <text><body>
  <termEntry id="c1">
   <descrip type="definition">Haute juridiction administrative</descrip>
   <langSet xml:lang="fr"><tig><term>Conseil d’État</term></tig></langSet>
   <langSet xml:lang="en"><tig><term>Council of State</term></tig></langSet>
  </termEntry>
  <termEntry id="c2">
   <langSet xml:lang="fr-FR"><tig><term>Euratom</term></tig></langSet>
  </termEntry>
 </body></text>
</martif>
"""


def test_tbx_basic(tmp_path: Path) -> None:
    glossary = read_glossary(write(tmp_path, "g.tbx", TBX))
    assert [(t.source, t.rendering, t.dnt) for t in glossary.terms] == [
        ("Conseil d’État", "Council of State", False),
        ("Euratom", "Euratom", True),
    ]
    assert glossary.terms[0].note == "Haute juridiction administrative"


def test_tbx_entities_are_not_expanded_and_nothing_is_fetched(tmp_path: Path) -> None:
    secret = write(tmp_path, "secret.txt", "TOP SECRET")
    evil = TBX.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x SYSTEM "file://{secret}">]>',
    ).replace("Council of State", "&x;")
    path = write(tmp_path, "evil.tbx", evil)
    try:
        glossary = read_glossary(path)
    except InputError as exc:
        assert "evil.tbx" in str(exc)
    else:
        assert all("SECRET" not in t.target for t in glossary.terms)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("bad.csv", "a,b\nC\xe9line,Celine\n".encode("latin-1"), "line 2: not valid UTF-8"),
        ("short.tsv", "Cour\tCourt\nConseil\n", "line 2: no target term"),
        ("dup.csv", "Cour,Court\nConseil,Council\ncour,Yard\n", "line 3: 'cour' is already on line 1"),
        ("opt.csv", "Cour,Court,sometimes\n", "line 1: unknown option 'sometimes'"),
        ("empty.csv", "\n\n", "is empty"),
        ("broken.tbx", "<martif><text><body><termEntry>\n<langSet>", "line 2: not well-formed"),
        (
            "nofr.tbx",
            TBX.replace('xml:lang="fr"><tig><term>Conseil', 'xml:lang="de"><tig><term>Conseil'),
            "line 4: this entry has no French term",
        ),
    ],
)
def test_malformed_glossaries_name_the_line(tmp_path: Path, name: str, content: str | bytes, expected: str) -> None:
    with pytest.raises(InputError) as err:
        read_glossary(write(tmp_path, name, content))
    assert expected in str(err.value)
    assert name in str(err.value)


def test_exact_duplicates_are_merged(tmp_path: Path) -> None:
    glossary = read_glossary(write(tmp_path, "g.csv", "Cour,Court\nCour,Court\n"))
    assert len(glossary.terms) == 1


# -- storage and the command line ----------------------------------------------------------


def test_glossaries_per_workspace_and_per_project(tmp_path: Path) -> None:
    path = write(tmp_path, "base.csv", "Cour,Court\nConseil,Council\n")
    special = write(tmp_path, "special.csv", "Conseil,Board\n")
    with Store.open_workspace(tmp_path / "ws") as store:
        store.create_project("lettre")
        store.create_project("other")
        import_glossary(store, str(path))
        import_glossary(store, str(special), project="lettre")
        merged = {t.source: t.rendering for t in glossary_for_project(store, "lettre").terms}
        assert merged == {"Cour": "Court", "Conseil": "Board"}
        assert {t.source: t.rendering for t in glossary_for_project(store, "other").terms}["Conseil"] == "Council"
        assert [(g.name, g.project, g.terms) for g in list_glossaries(store)] == [
            ("base", None, 2),
            ("special", "lettre", 1),
        ]
        import_glossary(store, str(path))  # importing again replaces, never duplicates
        assert [g.terms for g in list_glossaries(store, "other")] == [2]
        assert remove_glossary(store, "special", "lettre") == 1
        with pytest.raises(NotFoundError):
            remove_glossary(store, "special", "lettre")


def test_glossary_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "terms.csv", "source,target,options\nConseil d’État,Council of State,\nEuratom,,dnt\n")
    assert main(["glossary", "import", str(path), "--name", "juridique"]) == 0
    assert "2 terms (1 do-not-translate)" in capsys.readouterr().err
    assert main(["glossary", "list", "--json"]) == 0
    assert '"name": "juridique"' in capsys.readouterr().out
    assert main(["glossary", "show", "juridique"]) == 0
    assert "Council of State" in capsys.readouterr().out
    assert main(["glossary", "remove", "juridique"]) == 0
    assert main(["glossary", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_a_bad_glossary_file_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "dup.tsv", "Cour\tCourt\nCour\tYard\n")
    assert main(["glossary", "import", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("workbench: ") and "line 2" in err and "Traceback" not in err
    assert len(err.splitlines()) == 1


# -- consistency in review -----------------------------------------------------------------


def test_an_approved_segment_that_renders_a_term_differently_is_flagged() -> None:
    glossary = Glossary("g", [Term("Conseil d’État", "Council of State"), Term("Euratom", "Euratom", dnt=True)])
    pairs = [
        ("Le Conseil d’État a statué.", "The Council of State ruled."),
        ("Euratom a signé.", "Euratom signed."),
        ("Le Conseil d’État siège à Paris.", "The Council of State sits in Paris."),
        ("Le conseil d'État a jugé.", "The State Council judged."),
        ("Rien à signaler.", "Nothing to report."),
    ]
    issues = check_consistency(pairs, glossary)
    assert [(i.index, i.code) for i in issues] == [(3, "term_inconsistent")]
    assert "Council of State" in issues[0].reason and "segments 1, 3" in issues[0].reason


def _doc(texts: list[str], lang: str, role: Role) -> Document:
    text = " ".join(texts)
    segs, pos = [], 0
    for t in texts:
        segs.append(Segment(t, lang, pos, pos + len(t)))
        pos += len(t) + 1
    return Document(text=text, lang=lang, paragraphs=[Paragraph(text, 0, len(text), segments=segs)], role=role)


def test_review_flags_approved_links_of_a_stored_project(tmp_path: Path) -> None:
    with Store.open_workspace(tmp_path / "ws") as store:
        proj = store.create_project("arrets")
        fr = store.add_document(
            proj.id, _doc(["Le Conseil d’État a statué.", "Le Conseil d’État a jugé.", "Fin."], "fr", Role.SOURCE)
        )
        en = store.add_document(
            proj.id, _doc(["The Council of State ruled.", "The State Council judged.", "End."], "en", Role.TARGET)
        )
        links = [Link([s.id or 0], [t.id or 0], 0.9) for s, t in zip(fr.segments, en.segments, strict=True)]
        store.replace_links(proj.id, links)
        import_glossary(store, str(write(tmp_path, "g.csv", "Conseil d’État,Council of State\n")), project="arrets")
        assert check_project(store, "arrets") == {}  # nothing approved yet
        for link in links:
            store.apply(proj.id, "approve", {"links": {link.id or 0: {"status": LinkStatus.APPROVED.value}}})
        issues = check_project(store, "arrets")
        assert list(issues) == [links[1].id]
        assert "as in approved segment 1" in issues[links[1].id or 0][0].reason
