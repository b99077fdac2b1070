"""A translator segments letters and reports: sentences where a reader expects them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, shared_path

from workbench.cli import main
from workbench.model import Role
from workbench.readers import document_from_text, read_document, read_presegmented
from workbench.segment import segment_document, split_sentences, srx_rules


def sentences(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Dupont est arrivé. Mme Varga aussi.", ["M. Dupont est arrivé.", "Mme Varga aussi."]),
        ("Voir l’art. 5 du Traité. Il est clair.", ["Voir l’art. 5 du Traité.", "Il est clair."]),
        (
            "Il y a 13 400 têtes et 1.400 missiles, soit 3.5 %. Fin.",
            ["Il y a 13 400 têtes et 1.400 missiles, soit 3.5 %.", "Fin."],
        ),
        ("Il a dit : « Viendrez-vous ? » puis il est parti.", ["Il a dit : « Viendrez-vous ? » puis il est parti."]),
        ("Le 30 juin ? Un formulaire est joint.", ["Le 30 juin ?", "Un formulaire est joint."]),
        (
            "Écrivez à h.varga@valdorie.example ou www.onu.org. Merci.",
            ["Écrivez à h.varga@valdorie.example ou www.onu.org.", "Merci."],
        ),
        ("Il hésita... puis signa. Puis il partit.", ["Il hésita... puis signa.", "Puis il partit."]),
        (
            "« Une guerre ne peut être gagnée ». Nous soulignons ceci.",
            ["« Une guerre ne peut être gagnée ».", "Nous soulignons ceci."],
        ),
        ("1. Le texte est adopté.", ["1. Le texte est adopté."]),
        ("Premier point ; second point : fin.", ["Premier point ; second point : fin."]),
    ],
)
def test_french_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Brissac will chair. Dr. Lee will speak.", ["Mr. Brissac will chair.", "Dr. Lee will speak."]),
        ("See No. 5 on p. 12. It is short.", ["See No. 5 on p. 12.", "It is short."]),
        ("The U.S. Army left. It was 3.5 p.m. The end.", ["The U.S. Army left.", "It was 3.5 p.m.", "The end."]),
        ('He asked "Why?" and left. Then rain.', ['He asked "Why?" and left.', "Then rain."]),
        ("(Signed) P. K. Ostrander", ["(Signed) P. K. Ostrander"]),
        ("ok. see you there. i will bring food.", ["ok.", "see you there.", "i will bring food."]),
    ],
)
def test_english_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text, "en") == expected


def test_bundled_french_letter_reads_like_the_letter(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["segment", str(EXAMPLES / "lettre-fr.txt"), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    paragraphs = out.strip().split("\n\n")
    assert paragraphs[0] == "Genève, le 14 mars 2024"
    assert paragraphs[1].startswith("Lettre datée du 14 mars 2024") and paragraphs[1].endswith("de Valdorie")
    assert "\n" not in paragraphs[1]  # a title over three lines is one segment
    lines = out.splitlines()
    assert any(line.startswith("Les dépenses seront réparties") for line in lines)  # "dé-" + "penses"
    assert "coordonnatrice" in out and "participation des organisations" in out
    assert "« L’eau, bien commun : bilan et perspectives »" in out
    assert "M. Anatole Brissac, Ministre de l’environnement, présidera les travaux." in lines
    for signature_line in ("L’Ambassadeur,", "Représentant permanent", "(Signé) P. K. Ostrander"):
        assert signature_line in lines


def test_bundled_english_letter_signature_lines_stay_whole() -> None:
    doc = segment_document(read_document(EXAMPLES / "letter-en.txt", "en", Role.TARGET))
    texts = [s.text for s in doc.segments]
    assert texts[-3:] == ["(Signed) P. K. Ostrander", "Ambassador", "Permanent Representative"]
    assert all(s.kind == "signature" for s in doc.segments[-3:])
    assert "Could delegations confirm their participation before 30 June?" in texts


def test_spans_point_into_the_original_text_with_its_wraps() -> None:
    doc = segment_document(read_document(EXAMPLES / "lettre-fr.txt", "fr"))
    for seg in doc.segments:
        raw = doc.text[seg.start : seg.end]
        assert "".join(raw.split()).replace("-", "") == "".join(seg.text.split()).replace("-", "")
    wrapped = next(s for s in doc.segments if s.text.startswith("Les dépenses"))
    assert "dé-\npenses" in doc.text[wrapped.start : wrapped.end]


@pytest.mark.parametrize("name", ["000_41ae84ca3f15aa7e", "001_d3c509bc505ec507"])
def test_seed_letters_match_the_hand_gold(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = shared_path("seeds", f"{name}.txt")
    gold = shared_path("eval", "segmentation", f"{name}.gold.txt")
    scorer = shared_path("eval", "score_segmentation.py")
    assert main(["segment", str(seed), "--lang", "fr"]) == 0
    pred = tmp_path / f"{name}.pred.txt"
    pred.write_text(capsys.readouterr().out, encoding="utf-8")
    done = subprocess.run([sys.executable, str(scorer), str(gold), str(pred)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    f1 = float(done.stdout.strip().splitlines()[-1].split()[0].split("=")[1])
    assert f1 >= 0.99


def test_jsonl_gives_paragraph_index_and_span(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "note.txt"
    f.write_text("Première phrase. Seconde phrase.\n\nAutre paragraphe.\n", encoding="utf-8")
    assert main(["segment", str(f), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["paragraph"], r["text"], r["lang"]) for r in rows] == [
        (0, "Première phrase.", "fr"),
        (0, "Seconde phrase.", "fr"),
        (1, "Autre paragraphe.", "fr"),
    ]
    text = f.read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)


def test_presegmented_input_is_left_as_it_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "segments.txt"
    f.write_text("One line. Still one segment.\nSecond segment\n\nNew paragraph.\n", encoding="utf-8")
    doc = read_presegmented(f, "en")
    assert segment_document(doc) is doc
    assert [(s.paragraph, s.text) for s in doc.segments] == [
        (0, "One line. Still one segment."),
        (0, "Second segment"),
        (1, "New paragraph."),
    ]
    assert main(["segment", str(f), "--presegmented", "--lang", "en"]) == 0
    assert capsys.readouterr().out == "One line. Still one segment.\nSecond segment\n\nNew paragraph.\n"


def test_language_is_detected_when_not_given() -> None:
    assert document_from_text("The committee met on Monday and the report was adopted.").lang == "en"
    assert document_from_text("Le comité s’est réuni lundi et le rapport a été adopté.").lang == "fr"


def test_page_numbers_and_running_headers_are_not_segments() -> None:
    page = "RAPPORT ANNUEL\n\nLe texte continue ici sans fin de phrase et\nse poursuit.\n\n- {n} -\n"
    text = "\f".join(page.format(n=n) for n in range(1, 4))
    doc = segment_document(document_from_text(text, "fr"))
    texts = [s.text for s in doc.segments]
    assert not any(t.startswith("- ") for t in texts)
    assert "RAPPORT ANNUEL" not in texts
    assert any(p.kind == "furniture" for p in doc.paragraphs)
    assert texts.count("Le texte continue ici sans fin de phrase et se poursuit.") == 3


def test_srx_rules_are_break_and_no_break_pairs() -> None:
    for lang in ("fr", "en"):
        rules = srx_rules(lang)
        assert rules[-1][0] is True and any(not brk for brk, _, _ in rules)
        assert all(isinstance(before, str) and isinstance(after, str) for _, before, after in rules)


def test_srx_rules_compile_as_unicode_regexes() -> None:
    regex = pytest.importorskip("regex", reason="the 'regex' module (\\p{L} support) is not installed")
    for lang in ("fr", "en"):
        for _, before, after in srx_rules(lang):
            regex.compile(before)
            regex.compile(after)


def test_double_spaced_extraction_is_unwrapped_and_paragraphs_kept() -> None:
    lines = [
        " Le Comité a examiné le rapport du Secrétaire général sur la question et a décidé de ",
        "reporter sa décision. Il a prié le Secrétariat de lui présenter des informations sur les ",
        "dé-",
        "penses prévues. ",
        " Le Comité a ensuite entendu M. K. Durand, qui a présenté le projet de texte ci-",
        "joint. ",
    ]
    doc = segment_document(document_from_text("\n\n".join(lines) + "\n", "fr"))
    assert [[s.text for s in p.segments] for p in doc.paragraphs] == [
        [
            "Le Comité a examiné le rapport du Secrétaire général sur la question et a décidé de reporter sa décision.",
            "Il a prié le Secrétariat de lui présenter des informations sur les dépenses prévues.",
        ],
        ["Le Comité a ensuite entendu M. K. Durand, qui a présenté le projet de texte ci-joint."],
    ]
