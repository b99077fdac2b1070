"""A translator imports a workspace glossary once; `translate FILE` then applies it as `run` does,
and `--glossary FILE` adds terms for one translation without storing them.

The copy model hands every sentence back as it is: a term comes out in English only when the
glossary put it there."""

from __future__ import annotations

from pathlib import Path

import pytest
from translate_fixtures import *  # noqa: F403 - the model_files and packages fixtures

from workbench.cli import main

SOURCE = (
    "La Conférence du désarmement se réunit à Genève. Le Secrétaire général ouvre la séance.\n\n"
    "Le Comité spécial examine le rapport de la Conférence du désarmement.\n"
)


@pytest.fixture()
def setup(
    model_files: dict[str, Path], packages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> list[str]:
    ws = ["-w", str(tmp_path / "ws")]
    assert main(["models", "install", str(model_files["copy"])]) == 0
    terms = tmp_path / "desarmement.csv"
    terms.write_text("source,target\nConférence du désarmement,Conference on Disarmament\n", encoding="utf-8")
    assert main([*ws, "glossary", "import", str(terms)]) == 0
    (tmp_path / "rapport.txt").write_text(SOURCE, encoding="utf-8")
    capsys.readouterr()
    return ws


def test_translate_file_out_applies_the_workspace_glossary(
    setup: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rapport.en.txt"
    assert main([*setup, "translate", str(tmp_path / "rapport.txt"), "--out", str(out)]) == 0
    english = out.read_text(encoding="utf-8")
    assert english.count("Conference on Disarmament") == 2 and "Conférence du désarmement" not in english
    assert "glossary: workspace terms (1 term) enforced" in capsys.readouterr().err
    # Printed drafts and JSON drafts too.
    assert main([*setup, "translate", str(tmp_path / "rapport.txt")]) == 0
    assert capsys.readouterr().out.count("Conference on Disarmament") == 2


def test_a_glossary_file_adds_terms_for_one_translation_only(
    setup: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = tmp_path / "comite.tsv"
    extra.write_text("Comité spécial\tSpecial Committee\n", encoding="utf-8")
    assert main([*setup, "translate", str(tmp_path / "rapport.txt"), "--glossary", str(extra)]) == 0
    drafts = capsys.readouterr().out
    assert "Special Committee" in drafts and drafts.count("Conference on Disarmament") == 2
    # Not stored: the next translation without --glossary keeps "Comité spécial".
    assert main([*setup, "translate", str(tmp_path / "rapport.txt")]) == 0
    assert "Comité spécial" in capsys.readouterr().out
    assert main([*setup, "glossary", "list", "--json"]) == 0
    assert "comite" not in capsys.readouterr().out
    # A glossary that cannot be read is one line, before anything is translated.
    assert main([*setup, "translate", str(tmp_path / "rapport.txt"), "--glossary", str(tmp_path / "none.csv")]) == 1
    assert capsys.readouterr().err.strip() == f"workbench: glossary file not found: {tmp_path / 'none.csv'}"
