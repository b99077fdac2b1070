"""A translator brings an existing memory back in for review, and nothing in it is lost or trusted blindly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_export_helpers import check_tmx, make_project, shared

from workbench import InputError, LinkStatus, Role, Store
from workbench.cli import main
from workbench.export import export_project, import_file

NBSP = "\u00a0"
PAIRS = [
    (f"Le budget s’élève à 13{NBSP}400 francs{NBSP}!", "The budget is 13,400 francs!"),
    ("Dont 2,5 millions.", ""),
    (f"«{NBSP}L’eau, bien commun{NBSP}»", "“Water, a common good”"),
    ("Merci & à bientôt <3", "Thanks & see you <3"),
]


@pytest.fixture
def store() -> Store:
    return Store.open_workspace()


def _undated(path: Path) -> str:
    return re.sub(r'(creation|change)date="\d{8}T\d{6}Z"', "", path.read_text(encoding="utf-8"))


def test_export_import_export_gives_the_same_tmx_apart_from_dates(store: Store, tmp_path: Path) -> None:
    statuses = [LinkStatus.APPROVED, LinkStatus.PROPOSED, LinkStatus.NEEDS_REVIEW]
    pid = make_project(
        store,
        "lettre",
        PAIRS,
        statuses=statuses,
        scores=[0.93, 0.5, None],
        links=[([0, 1], [0]), ([2], [2]), ([3], [3])],
    )
    store.apply(pid, "note", {"links": {store.links(pid)[0].id or 0: {"note": "merged 2:1 by reviewer"}}})
    first = export_project(store, pid, out=tmp_path / "first.tmx", status="all")
    project = import_file(store, first, "re-review")
    assert (project.src_lang, project.tgt_lang) == ("fr", "en")
    links = store.links(project.id)
    assert [lk.status for lk in links] == statuses
    assert [lk.score for lk in links] == [0.93, 0.5, None]
    assert links[0].note == "merged 2:1 by reviewer"
    assert len(store.documents(project.id, Role.SOURCE)) == 1 and len(store.documents(project.id, Role.TARGET)) == 1
    second = export_project(store, project.id, out=tmp_path / "second.tmx", status="all")
    assert _undated(second) == _undated(first)
    check_tmx(second, shared("eval", "check_tmx.py"), "--expect-pairs", "3")


def test_a_memory_from_another_tool_comes_in_to_be_reviewed(store: Store, tmp_path: Path) -> None:
    fixture = shared("eval", "tmx_fixtures", "valid_000.tmx")
    project = import_file(store, fixture, "kazakhstan")
    links = store.links(project.id)
    assert len(links) == 7
    assert {lk.status for lk in links} == {LinkStatus.PROPOSED}, "no status of ours in the file: to be reviewed"
    src = store.documents(project.id, Role.SOURCE)[0].segments
    assert src[6].text == "« Une guerre nucléaire ne peut être gagnée et ne doit jamais être engagée »."
    out = export_project(store, project.id, out=tmp_path / "back.tmx", status="all", src_lang="fr", tgt_lang="en")
    check_tmx(out, shared("eval", "check_tmx.py"), "--expect-pairs", "7", src="fr", tgt="en")


def test_swapped_tuv_order_is_read_by_language_not_position(store: Store) -> None:
    project = import_file(store, shared("eval", "tmx_fixtures", "warn_swapped_tuv_order.tmx"), "swapped")
    seg = store.documents(project.id, Role.SOURCE)[0].segments[0]
    assert seg.text.startswith("En ce début d’année 2021")


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE tmx [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>&lol3;</seg></tuv>
<tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>
"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>&secret;</seg></tuv>
<tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>
"""


@pytest.mark.parametrize(
    "text", [BILLION_LAUGHS, XXE, XXE.encode("utf-16").decode("latin-1")], ids=["laughs", "xxe", "xxe-utf16"]
)
def test_hostile_tmx_files_are_refused_with_a_clear_message(store: Store, tmp_path: Path, text: str) -> None:
    path = tmp_path / "evil.tmx"
    path.write_bytes(text.encode("latin-1") if text.startswith("\xff") else text.encode("utf-8"))
    with pytest.raises(InputError, match="entities"):
        import_file(store, path, "evil")
    assert [p.name for p in store.projects()] == []


def test_broken_files_give_one_clear_line(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.tmx"
    bad.write_text("<tmx><body><tu>", encoding="utf-8")
    with pytest.raises(InputError, match="not well-formed"):
        import_file(store, bad)
    assert main(["import", str(tmp_path / "none.tmx")]) == 1
    assert main(["import", str(shared("eval", "tmx_fixtures", "broken_unescaped_amp.tmx"))]) == 1
    err = capsys.readouterr().err
    assert "not found" in err and "not well-formed" in err and "Traceback" not in err
    odd = tmp_path / "memory.docx"
    odd.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=r"\.tmx or \.tsv"):
        import_file(store, odd)


def test_a_tsv_memory_imports_with_scores_and_statuses(store: Store, tmp_path: Path) -> None:
    tsv = tmp_path / "lf.tsv"
    tsv.write_text("fr\ten\tscore\tstatus\nBonjour.\tHello.\nLigne\\nDeux\tLine\\tTwo\t0.25\tapproved\n\t\n", "utf-8")
    project = import_file(store, tsv, src_lang="fr-FR", tgt_lang="en-GB")
    assert project.name == "lf"
    links = store.links(project.id)
    assert [(lk.score, lk.status) for lk in links] == [(None, LinkStatus.PROPOSED), (0.25, LinkStatus.APPROVED)]
    assert store.documents(project.id, Role.SOURCE)[0].segments[1].text == "Ligne\nDeux"


def test_cli_import_then_export(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    pid = make_project(store, "src", PAIRS[2:])
    path = export_project(store, pid)
    assert main(["import", str(path), "--project", "again"]) == 0
    assert "imported src.tmx as project again: 2 pairs (approved 2)" in capsys.readouterr().out
    assert main(["import", str(path), "--project", "again"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["export", "again"]) == 0
    assert _undated(Path("aligned/again.tmx")) == _undated(path)


# Text a PDF, a web page or a careless user can put into a segment. XML 1.0 cannot carry
# most control characters, so those are left to the test below.
_HOSTILE = st.sampled_from(
    [
        "&",
        "<",
        ">",
        "]]>",
        "&amp;",
        "\u200f",
        "\u200e",
        "🎉",
        NBSP,
        "\u202f",
        "«",
        "»",
        "’",
        '"',
        "'",
        "\t",
        "\n",
        "\\",
        "=",
        "שלום",
    ]
)
_TEXT = (
    st.lists(
        st.one_of(_HOSTILE, st.text(st.characters(blacklist_categories=("Cc", "Cs", "Co")), max_size=12)),
        min_size=1,
        max_size=12,
    )
    .map("".join)
    .map(lambda s: s.strip(" \t\n\r\f\v"))
    .filter(lambda s: bool(s.strip()))
)


@settings(max_examples=60, database=None, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pairs=st.lists(st.tuples(_TEXT, _TEXT), min_size=1, max_size=5), fmt=st.sampled_from(["tmx", "tsv"]))
def test_hostile_text_survives_export_then_import(
    store: Store, tmp_path: Path, pairs: list[tuple[str, str]], fmt: str
) -> None:
    existing = len(store.projects())
    pid = make_project(store, f"p{existing}", pairs)
    path = export_project(store, pid, fmt, out=tmp_path / f"p{existing}.{fmt}")
    back = import_file(store, path, f"back{existing}")
    src = store.documents(back.id, Role.SOURCE)[0].segments
    tgt = store.documents(back.id, Role.TARGET)[0].segments
    assert [(s.text, t.text) for s, t in zip(src, tgt, strict=True)] == pairs


def test_very_long_segments_survive(store: Store, tmp_path: Path) -> None:
    long_fr = ("Une phrase très longue, avec des « guillemets » & des <chevrons>. " * 3000).strip()
    pid = make_project(store, "long", [(long_fr, "A long one.")])
    path = export_project(store, pid, out=tmp_path / "long.tmx")
    back = import_file(store, path, "long-back")
    assert store.documents(back.id, Role.SOURCE)[0].segments[0].text == long_fr


def test_a_multilingual_memory_is_read_with_the_languages_asked_for(store: Store, tmp_path: Path) -> None:
    tmx = tmp_path / "multi.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="*all*" segtype="sentence"'
        ' creationtool="x" creationtoolversion="1" o-tmf="x" adminlang="en" datatype="plaintext"/><body>'
        '<tu><tuv xml:lang="de-DE"><seg>Danke.</seg></tuv><tuv xml:lang="en-US"><seg>Thanks.</seg></tuv>'
        '<tuv xml:lang="fr-FR"><seg>Merci<bpt i="1">&lt;b&gt;</bpt> beaucoup.</seg></tuv></tu></body></tmx>',
        encoding="utf-16",
    )
    project = import_file(store, tmx, src_lang="fr", tgt_lang="en")
    assert project.settings["src_lang_tag"] == "fr-FR" and project.settings["tgt_lang_tag"] == "en-US"
    assert store.documents(project.id, Role.SOURCE)[0].segments[0].text == "Merci beaucoup."
    assert store.documents(project.id, Role.TARGET)[0].segments[0].text == "Thanks."
