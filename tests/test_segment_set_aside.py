"""`workbench segment` on a report with page furniture and a footnote (tests/set_aside_example.py).

The gold format (`--format lines`) holds what a translator aligns, so the furniture and the
footnote stay out of it unless asked for; `--format jsonl` lists every segment with its kind and
page, so a script sees everything the reader kept.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from set_aside_example import write_report

from workbench.cli import main


def segment(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["segment", *argv]) == 0
    return capsys.readouterr().out


def test_the_gold_format_leaves_page_furniture_and_footnotes_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = segment(capsys, str(write_report(tmp_path)), "--lang", "fr")
    blocks = out.split("\n\n")
    assert blocks[0] == "Rapport du Secrétaire général"
    assert blocks[1] == (
        "1. Le présent rapport est soumis en application de la résolution 78/214 de l’Assemblée générale.\n"
        "Il rend compte des activités menées en 2024."
    ), "the footnote mark glued to « résolution » is cut out"
    for furniture in ("A/79/287", "24-13377", "Coopération régionale", "Résolution adoptée"):
        assert furniture not in out
    assert len(blocks) == 6


def test_show_set_aside_prints_them_in_place_tagged_with_their_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = segment(capsys, str(write_report(tmp_path)), "--show-set-aside")
    blocks = out.rstrip("\n").split("\n\n")
    assert blocks[:2] == ["[furniture] A/79/287", "Rapport du Secrétaire général"]
    page_break = blocks.index("[footnote] 1 Résolution adoptée le 22 décembre 2023.")
    assert blocks[page_break - 1].startswith("2. Les États Membres")
    assert blocks[page_break + 1 : page_break + 5] == [
        "[furniture] 24-13377 (F)",
        "[furniture] A/79/287",
        "[furniture] Coopération régionale",
        "3. Le Secrétaire général remercie les États Membres de leur coopération.",
    ]
    assert blocks[-1] == "[furniture] 24-13377 (F)"
    # Without the tags and the set-aside blocks, it is exactly the gold format.
    body = [b for b in blocks if not b.startswith("[")]
    assert "\n\n".join(body) + "\n" == segment(capsys, str(write_report(tmp_path)))


def test_jsonl_lists_every_segment_with_its_kind_and_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [json.loads(line) for line in segment(capsys, str(write_report(tmp_path)), "-f", "jsonl").splitlines()]
    assert [r["id"] for r in rows] == list(range(len(rows)))
    kinds = [(r["page"], r["kind"], r["text"]) for r in rows]
    assert kinds[0] == (1, "furniture", "A/79/287")
    assert (1, "footnote", "1 Résolution adoptée le 22 décembre 2023.") in kinds
    assert [(page, kind) for page, kind, text in kinds if text == "Coopération régionale"] == [
        (2, "furniture"),
        (3, "furniture"),
    ]
    assert [page for page, kind, _ in kinds if kind == "furniture"] == [1, 1, 2, 2, 2, 3, 3, 3]
    last = rows[-2]
    assert (last["page"], last["kind"]) == (3, "list") and last["text"].startswith("5. Le rapport")
    # `start`/`end` still point into the file's text.
    text = write_report(tmp_path).read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows if r["kind"] in ("furniture", "footnote"))
