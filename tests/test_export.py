"""A translator exports reviewed links: TMX 1.4b that CAT tools accept, TSV, XLSX, XLIFF, SRX."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from test_export_helpers import check_tmx, make_project, shared

from workbench import InputError, LinkStatus, Store
from workbench.cli import main
from workbench.export import NothingToExportError, export_project, import_file
from workbench.segment import srx_rules

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NBSP = "\u00a0"

LETTER = [
    ("J’ai l’honneur de vous faire part de la décision de mon Gouvernement.", "I have the honour to inform you."),
    (f"Les délégations pourront-elles confirmer leur participation avant le 30 juin{NBSP}?", "Can they confirm?"),
    (f"Elle examinera le rapport «{NBSP}L’eau, bien commun{NBSP}».", "It will consider the report “Water”."),
    ("M. Anatole Brissac présidera les travaux.", "Mr Anatole Brissac will chair."),
]


@pytest.fixture
def store() -> Store:
    """The workspace the CLI opens too (conftest points WORKBENCH_HOME at a temporary folder)."""
    return Store.open_workspace()


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _tus(path: Path) -> list[etree._Element]:
    return etree.parse(str(path)).getroot().findall("body/tu")


def _pairs(path: Path) -> list[tuple[str, str]]:
    return [
        (tu.findall("tuv")[0].findtext("seg") or "", tu.findall("tuv")[1].findtext("seg") or "") for tu in _tus(path)
    ]


def test_approved_links_go_to_aligned_as_tmx_that_the_checker_accepts(store: Store, in_tmp: Path) -> None:
    pid = make_project(store, "lettre", LETTER)
    path = export_project(store, pid)
    assert path == Path("aligned/lettre.tmx")
    assert (in_tmp / "aligned" / "lettre.tmx").is_file()
    assert not list((in_tmp / "aligned").glob(".*part")), "no temporary file left behind"
    root = etree.parse(str(path)).getroot()
    header = root.find("header")
    assert root.get("version") == "1.4"
    assert header is not None and header.get("srclang") == "fr-FR" and header.get("segtype") == "sentence"
    assert header.get("creationdate", "").endswith("Z") and "-" not in header.get("creationdate", "")
    assert _pairs(path) == LETTER, "typography (NBSP before ? and inside « ») is kept exactly"
    langs = {tuv.get(XML_LANG) for tuv in root.iter("tuv")}
    assert langs == {"fr-FR", "en-US"}
    tu = _tus(path)[0]
    props = {p.get("type"): p.text for p in tu.findall("prop")}
    assert props == {"x-doc": "lettre-fr.txt", "x-link-type": "1:1", "x-status": "approved", "x-confidence": "0.9000"}
    assert len({t.get("tuid") for t in _tus(path)}) == len(LETTER)
    check_tmx(path, shared("eval", "check_tmx.py"), "--expect-pairs", str(len(LETTER)))


def test_only_reviewed_links_by_default_and_never_rejected_or_unaligned(store: Store, in_tmp: Path) -> None:
    pairs = [(f"Phrase {i}.", f"Sentence {i}.") for i in range(6)]
    statuses = [
        LinkStatus.APPROVED,
        LinkStatus.EDITED,
        LinkStatus.PROPOSED,
        LinkStatus.NEEDS_REVIEW,
        LinkStatus.REJECTED,
        LinkStatus.APPROVED,
    ]
    links = [([0], [0]), ([1], [1]), ([2], [2]), ([3], [3]), ([4], [4]), ([5], [])]
    pid = make_project(store, "mixed", pairs, statuses=statuses, scores=[0.9, 0.8, 0.95, 0.3, 0.99, None], links=links)
    default = export_project(store, pid, out=in_tmp / "a.tmx")
    assert [p[0] for p in _pairs(default)] == ["Phrase 0.", "Phrase 1."]
    every = export_project(store, pid, out=in_tmp / "all.tmx", status="all")
    assert [p[0] for p in _pairs(every)] == ["Phrase 0.", "Phrase 1.", "Phrase 2.", "Phrase 3."]
    status_props = [tu.find("prop[@type='x-status']").text for tu in _tus(every)]
    assert status_props == ["approved", "edited", "proposed", "needs_review"]
    confident = export_project(store, pid, out=in_tmp / "c.tmx", min_confidence=0.9)
    assert [p[0] for p in _pairs(confident)] == ["Phrase 0.", "Phrase 1.", "Phrase 2."]
    checker = shared("eval", "check_tmx.py")
    for path in (default, every, confident):
        check_tmx(path, checker)
    with pytest.raises(InputError, match="never exported"):
        export_project(store, pid, status="rejected")


def test_n_to_m_links_join_their_segments_with_one_space(store: Store, in_tmp: Path) -> None:
    pairs = [
        (f"Le budget s’élève à 13{NBSP}400 francs.", "The budget is 13,400 francs, 2.5 million of it voluntary."),
        ("Dont 2,5 millions de contributions volontaires.", ""),
        ("Merci.", "Thank you."),
    ]
    pid = make_project(store, "merge", pairs, links=[([0, 1], [0]), ([2], [2])])
    path = export_project(store, pid, out=in_tmp / "m.tmx")
    assert _pairs(path)[0] == (
        f"Le budget s’élève à 13{NBSP}400 francs. Dont 2,5 millions de contributions volontaires.",
        "The budget is 13,400 francs, 2.5 million of it voluntary.",
    )
    kinds = [tu.find("prop[@type='x-link-type']").text for tu in _tus(path)]
    assert kinds == ["2:1", "1:1"]
    check_tmx(path, shared("eval", "check_tmx.py"), "--expect-pairs", "2")


def test_language_codes_are_region_codes_plain_codes_or_refused(store: Store, in_tmp: Path) -> None:
    pid = make_project(store, "langs", LETTER[:2])
    plain = export_project(store, pid, out=in_tmp / "plain.tmx", src_lang="fr", tgt_lang="en")
    root = etree.parse(str(plain)).getroot()
    assert root.find("header").get("srclang") == "fr"
    assert {tuv.get(XML_LANG) for tuv in root.iter("tuv")} == {"fr", "en"}
    check_tmx(plain, shared("eval", "check_tmx.py"), src="fr", tgt="en")
    us = export_project(store, pid, out=in_tmp / "us.tmx", tgt_lang="en-US")
    check_tmx(us, shared("eval", "check_tmx.py"), src="fr", tgt="en")
    with pytest.raises(InputError, match="'fr-FR'"):
        export_project(store, pid, src_lang="fr_FR")
    with pytest.raises(InputError, match="not a language tag"):
        export_project(store, pid, tgt_lang="english please")


def test_a_failed_export_leaves_the_previous_file_untouched(
    store: Store, in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = make_project(store, "safe", LETTER)
    path = export_project(store, pid)
    before = path.read_bytes()

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("workbench.export.tmx.TmxWriter.write", boom)
    with pytest.raises(InputError, match="cannot write .*disk full.*nothing was written"):
        export_project(store, pid)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["safe.tmx"]


def test_out_may_be_a_folder_and_a_project_without_approved_links_says_so(store: Store, in_tmp: Path) -> None:
    pid = make_project(store, "draft", LETTER[:1], statuses=[LinkStatus.PROPOSED])
    with pytest.raises(NothingToExportError, match="no approved links.*--status all"):
        export_project(store, pid)
    path = export_project(store, pid, out=in_tmp / "exports", status="all")
    assert path == in_tmp / "exports" / "draft.tmx"


def test_tsv_escapes_tabs_and_newlines_and_reads_back(store: Store, in_tmp: Path) -> None:
    pairs = [("Un\tdeux", "One\ttwo"), ("Ligne\nsuivante \\ fin", "Next\nline \\ end"), LETTER[1]]
    pid = make_project(store, "tsv", pairs, scores=[0.5, None, 1.0])
    path = export_project(store, pid, "tsv")
    assert path == Path("aligned/tsv.tsv")
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[0] == "Un\\tdeux\tOne\\ttwo\t0.5000\tapproved\t"
    assert len(lines) == 4 and lines[-1] == ""
    back = import_file(store, path, "tsv-back")
    again = export_project(store, back.id, "tsv", in_tmp / "again.tsv")
    assert again.read_bytes() == path.read_bytes()


def test_xlsx_opens_with_one_row_per_pair_and_formulas_stay_text(store: Store, in_tmp: Path) -> None:
    from openpyxl import load_workbook

    pairs = [*LETTER[:2], ("=SUM(A1:A2)", "=1+1")]
    pid = make_project(store, "sheet", pairs)
    path = export_project(store, pid, "xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("fr-FR", "en-US", "type", "confidence", "status")
    assert [(r[0], r[1]) for r in rows[1:]] == pairs
    assert sheet["A4"].data_type == "s"


def test_xliff_is_read_by_translate_toolkit_with_states_from_review(store: Store, in_tmp: Path) -> None:
    from translate.storage import xliff

    pid = make_project(
        store, "xlf", LETTER[:3], statuses=[LinkStatus.APPROVED, LinkStatus.PROPOSED, LinkStatus.NEEDS_REVIEW]
    )
    path = export_project(store, pid, "xliff", status="all")
    assert path.suffix == ".xlf"
    parsed: Any = xliff.xlifffile(path.read_bytes())
    assert [(u.source, u.target) for u in parsed.units] == LETTER[:3]
    assert [u.isapproved() for u in parsed.units] == [True, False, False]
    ns = "{urn:oasis:names:tc:xliff:document:1.2}"
    states = [t.get("state") for t in etree.parse(str(path)).getroot().iter(ns + "target")]
    assert states == ["final", "translated", "needs-review-translation"]


def test_translate_toolkit_reads_our_tmx_pairs_in_order(store: Store, in_tmp: Path) -> None:
    from translate.storage import tmx

    hostile = [("A & B < C > D ]]> fin", "A & B < C > D ]]> end"), ("Emoji 🎉 et \u200fRTL", "Emoji 🎉 and \u200fRTL")]
    pid = make_project(store, "ttk", [*LETTER, *hostile])
    path = export_project(store, pid)
    raw = path.read_text(encoding="utf-8")
    assert "&amp; B &lt; C &gt; D ]]&gt;" in raw and "&amp;amp;" not in raw
    parsed = tmx.tmxfile(path.read_bytes(), sourcelanguage="fr-FR", targetlanguage="en-US")
    assert [(u.source, u.target) for u in parsed.units] == [*LETTER, *hostile]
    check_tmx(path, shared("eval", "check_tmx.py"))


def test_control_characters_are_removed_and_reported(
    store: Store, in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pid = make_project(store, "ctl", [("Bon\x00jour\x07 \ue000!", "Hel\x1blo\x85")])
    path = export_project(store, pid)
    assert _pairs(path) == [("Bonjour !", "Hello")]
    check_tmx(path, shared("eval", "check_tmx.py"))
    assert main(["export", "ctl", "--out", str(in_tmp / "ctl2.tmx")]) == 0
    assert "removed 5 control" in capsys.readouterr().err


def test_srx_export_writes_our_segmentation_rules(store: Store, in_tmp: Path) -> None:
    pid = make_project(store, "rules", LETTER[:1])
    path = export_project(store, pid, "srx")
    assert path == Path("aligned/rules.srx")
    root = etree.parse(str(path)).getroot()
    ns = "{http://www.lisa.org/srx20}"
    assert root.tag == ns + "srx" and root.get("version") == "2.0"
    names = [m.get("languagerulename") for m in root.iter(ns + "languagemap")]
    assert names == ["workbench French", "workbench English"]
    fr_rules = srx_rules("fr")
    written = root.find(f"{ns}body/{ns}languagerules/{ns}languagerule")
    assert written is not None and len(written) == len(fr_rules)


def test_cli_export_prints_where_it_wrote_and_errors_are_one_line(
    store: Store, in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_project(store, "cli", LETTER)
    assert main(["export", "cli"]) == 0
    assert "wrote aligned/cli.tmx (4 pairs: 4 approved or edited)" in capsys.readouterr().out
    assert main(["export", "cli", "--format", "tsv", "--json"]) == 0
    assert '"units": 4' in capsys.readouterr().out
    assert main(["export", "cli", "--src-lang", "fr_FR"]) == 1
    err = capsys.readouterr().err
    assert "'fr-FR'" in err and len(err.strip().splitlines()) == 1
    assert main(["export", "nobody"]) == 1
    assert main(["export", "cli", "--format", "docx"]) == 1
    assert "unknown export format" in capsys.readouterr().err


def test_srx_writer_turns_rule_triples_into_srx_2_0(tmp_path: Path) -> None:
    from workbench.export.srx import write_srx

    rules = {
        "fr": [(False, r"\bM\.", r"\s"), (False, r"(?P<n>\d)\s", r"\d"), (True, r"[.?!]", r"\s")],
        "en": [(False, r"\bMr\.", r"\s"), (True, r"[.?!]", r"\s")],
    }
    path = tmp_path / "rules.srx"
    with path.open("wb") as fh:
        write_srx(rules, fh)
    ns = "{http://www.lisa.org/srx20}"
    root = etree.parse(str(path)).getroot()
    fr = root.find(f"{ns}body/{ns}languagerules/{ns}languagerule")
    assert fr is not None and fr.get("languagerulename") == "workbench French"
    written = [(r.get("break"), r.findtext(ns + "beforebreak"), r.findtext(ns + "afterbreak")) for r in fr]
    # Named groups in Java/ICU spelling; order kept (SRX applies the first rule that matches).
    assert written == [("no", r"\bM\.", r"\s"), ("no", r"(?<n>\d)\s", r"\d"), ("yes", r"[.?!]", r"\s")]
    maps = [(m.get("languagepattern"), m.get("languagerulename")) for m in root.iter(ns + "languagemap")]
    assert maps == [("[Ff][Rr].*", "workbench French"), ("[Ee][Nn].*", "workbench English")]


def test_names_that_would_leave_the_export_folder_are_refused() -> None:
    from workbench.export import output_path

    for name in ("../../etc/passwd", "a/b", ".hidden", ".."):
        with pytest.raises(InputError):
            output_path(name, "tmx", None)
    assert output_path("lettre 2024", "xliff", "exports/") == Path("exports/lettre 2024.xlf")
    assert output_path("lettre", "tmx", "exports/memory.tmx") == Path("exports/memory.tmx")
