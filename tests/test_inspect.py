"""`workbench inspect`: a translator sees in ten seconds what the reader made of a document.

The document is a short UN report as text extracted from a PDF (tests/set_aside_example.py): three
pages split by form feeds, a document symbol and a job number on every page, a running header on
pages 2 and 3, and a footnote on page 1 whose mark is glued to the word it follows.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from set_aside_example import FRENCH, read, write_report

from workbench.cli import main
from workbench.cli.inspect import render
from workbench.model import Role


def inspect(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    assert main(["inspect", *argv]) == 0
    return capsys.readouterr().out.splitlines()


def line_of(lines: list[str], text: str) -> str:
    found = [ln for ln in lines if text in ln]
    assert len(found) == 1, (text, found)
    return found[0]


def test_a_report_with_a_running_header_and_a_footnote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Inspect shows the header as furniture with its reason, and the footnote apart, page by page."""
    lines = inspect(capsys, str(write_report(tmp_path)), "--lang", "fr")
    # One summary line first: the file, its pages, the paragraphs by kind and what was set aside.
    summary = lines[0]
    assert "rapport.txt" in summary and "fr" in summary and "3 pages" in summary
    assert "6 paragraphs (5 list, 1 heading)" in summary
    assert "set aside: 8 furniture lines, 1 footnote" in summary
    # Then every paragraph in order, under a rule for its page.
    rules = [i for i, ln in enumerate(lines) if ln.startswith("── page ")]
    assert [lines[i].split()[2] for i in rules] == ["1", "2", "3"]
    assert lines[rules[0] + 1].split()[:3] == ["0", "furniture", "A/79/287"]
    # The running header is furniture, with the reason the reader set it aside.
    header = [ln for ln in lines if "Coopération régionale" in ln]
    assert len(header) == 2
    assert all("furniture" in ln and "← running header: repeated on 2 pages" in ln for ln in header)
    assert "← document symbol" in lines[rules[1] + 1] and "← job number" in lines[rules[1] - 1]
    # The footnote is a paragraph of its own, kind footnote, between the body and the page's foot.
    note = line_of(lines, "1 Résolution adoptée le 22 décembre 2023.")
    assert note.split()[1] == "footnote" and note.endswith("← footnote 1")
    assert lines.index(note) == rules[1] - 2
    # The paragraph that called it reads "résolution 78/214" again, and says where the mark stood.
    body = line_of(lines, "1. Le présent rapport")
    assert body.split()[1] == "list" and body.endswith("[¹ after «résolution»]")
    # The title is a heading, in the body.
    assert line_of(lines, "Rapport du Secrétaire général").split()[1] == "heading"


def test_each_line_fits_the_terminal_and_is_cut_with_an_ellipsis(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    lines = inspect(capsys, str(write_report(tmp_path)))
    assert all(len(ln) <= 60 for ln in lines[1:]), [ln for ln in lines if len(ln) > 60]
    cut = line_of(lines, "1. Le présent")
    assert "…" in cut and cut.endswith("[¹ after «résolution»]"), "the mark stays visible when the text is cut"
    assert "set aside: 8 furniture lines, 1 footnote" in lines[0], "the summary is never cut"


def test_set_aside_paragraphs_are_dimmed_and_body_text_is_not() -> None:
    lines = render(read(FRENCH, "fr", Role.SOURCE), "rapport.txt", 100)

    def dimmed(text: str) -> float:
        """The share of the line about `text` that is drawn dim."""
        line = next(ln for ln in lines if text in ln.plain)
        return sum(span.end - span.start for span in line.spans if span.style == "dim") / len(line.plain)

    assert dimmed("A/79/287") == dimmed("1 Résolution adoptée") == dimmed("Coopération régionale") == 1
    assert dimmed("2. Les États") < 0.1 and dimmed("Rapport du Secrétaire") < 0.1


def test_json_gives_every_paragraph_with_its_page_kind_reason_marks_and_sentences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["inspect", str(write_report(tmp_path)), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["file"].endswith("rapport.txt") and report["lang"] == "fr" and report["pages"] == 3
    paragraphs = report["paragraphs"]
    assert [p["index"] for p in paragraphs] == list(range(len(paragraphs)))
    assert paragraphs[0] == {
        "index": 0,
        "page": 1,
        "kind": "furniture",
        "note": "document symbol, 3 times",
        "refs": [],
        "text": "A/79/287",
        "segments": ["A/79/287"],
    }
    first = next(p for p in paragraphs if p["text"].startswith("1. Le présent"))
    assert first["refs"] == [{"offset": first["text"].index(" 78/214"), "label": "1"}]
    assert first["segments"][1] == "Il rend compte des activités menées en 2024."
    footnote = next(p for p in paragraphs if p["kind"] == "footnote")
    assert (footnote["page"], footnote["note"]) == (1, "footnote 1")
    assert [p["page"] for p in paragraphs if p["text"] == "Coopération régionale"] == [2, 3]


def test_a_document_without_pages_has_no_page_rules(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "note.html"
    page.write_text(
        "<html><body><h1>Note verbale</h1><p>La Mission permanente présente ses compliments.</p></body></html>",
        encoding="utf-8",
    )
    lines = inspect(capsys, str(page), "--lang", "fr")
    assert "pages unknown" in lines[0] and "set aside: 0 furniture lines, 0 footnotes" in lines[0]
    assert not any(ln.startswith("── page") for ln in lines)
    assert line_of(lines, "Note verbale").split()[1] == "heading"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [("absent.txt", None, "not found"), ("empty.txt", b"", "empty"), ("old.doc", b"\xd0\xcf\x11\xe0 Word 97", ".doc")],
)
def test_unusable_input_is_one_clear_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert main(["inspect", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.strip()
    assert err.startswith("workbench: ") and message in err and len(err.splitlines()) == 1, err


def test_a_wrong_language_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(write_report(tmp_path)), "--lang", "de"]) == 2
    assert "--lang" in capsys.readouterr().err
