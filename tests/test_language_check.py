"""A translator gives the English file where the French one belongs: every command that takes a
document in a given language refuses it in one line (exit 1, nothing stored), unless --force.
Short, bilingual and quoting documents are never refused, and none of the bundled documents is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.langcheck import body_text
from workbench.model import Role
from workbench.pipeline import read_and_segment
from workbench.readers.langid import clearly_not
from workbench.store import Store

ROOT = Path(__file__).resolve().parent.parent
FR = ROOT / "examples" / "lettre-fr.txt"
EN = ROOT / "examples" / "letter-en.txt"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    return err


def test_run_refuses_an_english_file_given_as_the_french_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = ["-w", str(tmp_path / "ws")]
    assert main([*ws, "run", str(EN), "--no-translate"]) == 1
    err = one_line(capsys)
    assert err.startswith(f"workbench: {EN} looks English, not French (")
    assert err.endswith("give the French document here, or add --force if it really is French")
    assert not (tmp_path / "aligned").exists()
    with Store.open_workspace(tmp_path / "ws") as store:
        assert store.projects() == []  # nothing stored
    # The two files swapped: said as such, with the command that works.
    assert main([*ws, "run", str(EN), "--english", str(FR), "--no-translate"]) == 1
    assert f"the two files look swapped: {EN} is English and {FR} is French" in one_line(capsys)
    # A French file given as the English version.
    assert main([*ws, "run", str(FR), "--english", str(FR), "--no-translate"]) == 1
    assert "looks French, not English" in one_line(capsys)


def test_force_accepts_the_file_anyway(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "aligned"
    ws = ["-w", str(tmp_path / "ws")]
    assert main([*ws, "run", str(EN), "--no-translate", "--force", "-o", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["source_segments"] > 10


def test_translate_align_add_translation_and_batch_check_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = ["-w", str(tmp_path / "ws")]
    assert main([*ws, "translate", str(EN), "--out", str(tmp_path / "x.en.txt")]) == 1
    assert "looks English, not French" in one_line(capsys) and not (tmp_path / "x.en.txt").exists()
    assert main([*ws, "align", str(EN), str(EN)]) == 1
    assert "looks English, not French" in one_line(capsys)
    assert main([*ws, "align", str(FR), str(FR)]) == 1
    assert "looks French, not English" in one_line(capsys)

    from review_example import example_project

    with Store.open_workspace(tmp_path / "ws") as store:
        example_project(store)
    assert main([*ws, "add-translation", "lettre", str(FR), "--lang", "en"]) == 1
    assert "looks French, not English" in one_line(capsys)
    assert main([*ws, "add-translation", "lettre", str(FR), "--lang", "de"]) == 1
    assert "looks French, the language of the project's source, not 'de'" in one_line(capsys)

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "lettre.fr.txt").write_text(EN.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "lettre.en.txt").write_text(FR.read_text(encoding="utf-8"), encoding="utf-8")
    assert main([*ws, "batch", str(corpus), "--no-translate", "-o", str(tmp_path / "out")]) == 1
    assert "the two files look swapped" in capsys.readouterr().err


def test_short_bilingual_and_quoting_documents_pass(tmp_path: Path) -> None:
    def document(text: str) -> str:
        path = tmp_path / "doc.txt"
        path.write_text(text, encoding="utf-8")
        return body_text(read_and_segment(path, "fr", Role.SOURCE))

    assert clearly_not(document("Thank you for your letter of 3 May.\n"), "fr") is None  # too short to tell
    bilingual = FR.read_text(encoding="utf-8") + "\n\n" + EN.read_text(encoding="utf-8")
    assert clearly_not(document(bilingual), "fr") is None
    quoting = (
        FR.read_text(encoding="utf-8")
        + "\n\nLe rapport s’intitule « Water, a common good: the review and the outlook of the basin ».\n"
    )
    assert clearly_not(document(quoting), "fr") is None


def bundled() -> list[tuple[Path, str]]:
    """Every bundled document in every form, with its language: the example, the seeds, the three
    document sets (.txt, .docx, .pdf)."""
    files = [(FR, "fr"), (EN, "en")]
    files += [(p, "fr") for p in sorted(SHARED_SEEDS.glob("*.txt"))]
    for folder in sorted((ROOT / "benchmarks" / "data").glob("documents*")):
        for path in sorted(folder.glob("*/*")):
            if path.suffix in (".txt", ".docx", ".pdf") and ".gold." not in path.name and ".notes." not in path.name:
                lang = "fr" if ".fr." in path.name else "en" if ".en." in path.name else ""
                if lang:
                    files.append((path, lang))
    return files


def test_no_bundled_document_is_refused_and_each_is_refused_in_the_other_role() -> None:
    files = bundled()
    assert len(files) > 150, "the benchmark documents are missing"
    wrongly_refused, wrongly_accepted = [], []
    for path, lang in files:
        text = body_text(read_and_segment(path, lang, Role.SOURCE if lang == "fr" else Role.TARGET))
        if clearly_not(text, lang) is not None:
            wrongly_refused.append(path.name)
        if clearly_not(text, "en" if lang == "fr" else "fr") is None:
            wrongly_accepted.append(path.name)
    assert wrongly_refused == [] and wrongly_accepted == []


def test_a_document_in_a_third_language_is_left_to_the_user() -> None:
    """German given as French is not French, but the function words cannot say it is English
    either: a stray "in" or "was" is no evidence, so nothing is refused (align --src-lang de)."""
    german = (
        "Die Versammlung hat beschlossen, dass der Bericht im nächsten Jahr vorgelegt wird. "
        "Der Ausschuss war der Meinung, dass die Mitgliedstaaten in diesem Bereich mehr tun sollten. "
    ) * 20
    assert clearly_not(german, "fr") is None
    assert clearly_not(german, "en") is None
    assert clearly_not(EN.read_text(encoding="utf-8"), "fr") is not None
