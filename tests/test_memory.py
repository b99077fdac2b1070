"""A translator's earlier work comes back before the machine drafts: the workspace translation memory.

With the tiny copy model installed, a model's draft is the French sentence itself, so a draft in
English can only have come from the memory: that is how these stories tell the two apart.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, shared_path
from memory_example import letter_pairs, tmx_text, write_tmx
from review_example import ENGLISH, FRENCH
from translate_fixtures import model_files, packages  # noqa: F401 - fixtures

from workbench import Store, actions, run
from workbench.cli import main
from workbench.memory import Matcher, import_tmx
from workbench.model import Role

LETTER = EXAMPLES / "lettre-fr.txt"


@pytest.fixture()
def copy_model(model_files: dict[str, Path], packages: Path) -> None:  # noqa: F811
    """The copy model installed as fr→en, the way a user installs one."""
    assert main(["models", "install", str(model_files["copy"])]) == 0


def drafts_by_source(store: Store, project: str) -> dict[str, tuple[str, str, str]]:
    """French sentence -> (draft, origin, origin name), for the project's source segments."""
    pid = store.project(project).id
    segs = {s.id: s.text for doc in store.documents(pid, Role.SOURCE) for s in doc.segments}
    return {segs[sid]: (d.text, d.origin, d.origin_name) for sid, d in store.drafts(pid).items() if sid in segs}


def write(path: Path, paragraphs: list[str]) -> Path:
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


YESTERDAY = [
    "Genève, le 14 mars 2024",
    "J’ai l’honneur de vous informer que la réunion du comité directeur aura lieu au Palais des Nations.",
    "Les documents de travail seront distribués en temps utile aux délégations.",
    "Veuillez agréer, Monsieur le Directeur général, les assurances de ma très haute considération.",
]
APPROVED = {
    YESTERDAY[1]: "I have the honour to inform you that the meeting of the steering committee will be held at the "
    "Palais des Nations.",
    YESTERDAY[3]: "Accept, Sir, the assurances of my highest consideration.",
}


def test_approved_sentences_of_yesterdays_letter_draft_todays_letter(
    tmp_path: Path, copy_model: None, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = tmp_path / "ws"
    run(write(tmp_path / "hier.txt", YESTERDAY), project="hier", out=None, workspace=ws)
    # The reviewer post-edits two drafts and approves them; a third row stays unreviewed.
    with Store.open_workspace(ws) as store:
        pid = store.project("hier").id
        segs = store.project_segments(pid)
        for link in store.links(pid):
            french = segs[link.src[0]][0].text
            if french in APPROVED:
                actions.edit_text(store, pid, [(link.tgt[0], APPROVED[french])])
        assert store.memory_stats().project_units == 2

    today = write(
        tmp_path / "aujourdhui.txt",
        [
            "Genève, le 2 avril 2024",
            YESTERDAY[1] + " " + "Un ordre du jour provisoire est joint à la présente lettre.",
            # Typed with straight apostrophes and a plain space before the colon: the same sentence.
            YESTERDAY[3].replace("’", "'"),
        ],
    )
    assert main(["-w", str(ws), "run", str(today), "--project", "aujourdhui", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["drafts"]["memory"] == 2 and summary["drafts"]["model"] == 2
    assert summary["drafts"]["memory_origins"] == {"hier": 2}

    with Store.open_workspace(ws) as store:
        drafts = drafts_by_source(store, "aujourdhui")
    assert drafts[YESTERDAY[1]] == (APPROVED[YESTERDAY[1]], "memory", "hier")
    assert drafts[YESTERDAY[3].replace("’", "'")] == (APPROVED[YESTERDAY[3]], "memory", "hier")
    # What the memory did not have went to the model, which hands the French back.
    new = "Un ordre du jour provisoire est joint à la présente lettre."
    assert drafts[new] == (new, "model", "")
    # The unreviewed row of yesterday ("Les documents…") taught the memory nothing.
    assert YESTERDAY[2] not in drafts

    # The summary a person reads says where the drafts came from.
    assert main(["-w", str(ws), "run", str(today), "--project", "aujourdhui"]) == 0
    out = capsys.readouterr().out
    assert "2 from memory" in out and "2 from the model" in out and "hier (2)" in out


def test_undo_takes_an_approval_out_of_the_memory_and_redo_puts_it_back(tmp_path: Path) -> None:
    from review_example import example_project

    with Store.open_workspace(tmp_path / "ws") as store:
        pid = example_project(store).id
        first = store.links(pid)[0]
        matcher = Matcher(store, fuzzy_threshold=101)

        def memory_draft() -> str | None:
            found = Matcher(store, fuzzy_threshold=101).lookup([FRENCH[0][0]])[0]
            return None if found is None else found.target

        assert memory_draft() is None
        actions.approve(store, pid, first.id or 0)
        assert memory_draft() == ENGLISH[0][0]
        actions.undo(store, pid)
        assert memory_draft() is None and store.memory_stats().units == 0
        actions.redo(store, pid)
        assert memory_draft() == ENGLISH[0][0]
        # An edit of an approved row's English changes what the memory holds, and undo restores it.
        actions.edit_text(store, pid, [(first.tgt[0], "Geneva, 14 March 2024 (revised)")])
        assert memory_draft() == "Geneva, 14 March 2024 (revised)"
        actions.undo(store, pid)
        assert memory_draft() == ENGLISH[0][0]
        # Excluding the row takes it out; a project deleted takes all its rows out.
        actions.exclude(store, pid, first.id or 0)
        assert memory_draft() is None
        actions.undo(store, pid)
        assert memory_draft() == ENGLISH[0][0]
        store.delete_project(pid)
        assert memory_draft() is None and store.memory_stats().units == 0
        assert matcher.fuzzy(FRENCH[0][0]) is None  # the full-text index forgot it too


def test_a_tmx_with_region_codes_and_inline_codes_is_imported_and_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    units = (
        '<tu><tuv xml:lang="FR-fr"><seg>Le <bpt i="1" x="1">&lt;b&gt;</bpt>Comité<ept i="1">&lt;/b&gt;</ept>'
        " s'est réuni à Genève.</seg></tuv>"
        '<tuv xml:lang="en-GB"><seg>The <bpt i="1">&lt;b&gt;</bpt>Committee<ept i="1">&lt;/b&gt;</ept>'
        " met in Geneva.</seg></tuv></tu>\n"
        '<tu><tuv xml:lang="fr_FR"><seg>Voir la note<ph x="2">&lt;fn id="3"/&gt;</ph> ci-dessous.</seg></tuv>'
        '<tuv xml:lang="EN-us"><seg>See the note<ph x="2">&lt;fn/&gt;</ph> below.</seg></tuv></tu>\n'
        '<tu><tuv xml:lang="fra"><seg>Le rapport <hi type="italic">annuel</hi> est adopté.</seg></tuv>'
        '<tuv xml:lang="eng"><seg>The <hi>annual</hi> report is adopted<sub>(footnote)</sub>.</seg></tuv></tu>\n'
        '<tu><tuv xml:lang="fr-CA"><seg>Merci.</seg></tuv><tuv xml:lang="de-DE"><seg>Danke.</seg></tuv></tu>\n'
        '<tu><tuv xml:lang="de-DE"><seg>Guten Tag.</seg></tuv><tuv xml:lang="en-US"><seg>Good day.</seg></tuv></tu>\n'
    )
    path = tmp_path / "ancien.tmx"
    path.write_text(tmx_text([]).replace("</body>", units + "</body>"), encoding="utf-8")
    ws = str(tmp_path / "ws")
    assert main(["-w", ws, "memory", "import", str(path), "--name", "archives 2019", "--json"]) == 0
    imported = json.loads(capsys.readouterr().out)
    # Three units in French and English under six spellings of the two languages; two units pair other languages.
    assert imported["units"] == 3 and imported["skipped"] == 2

    with Store.open_workspace(ws) as store:
        units = {u.source: u.target for u in store.memory_units()}
    assert units == {
        "Le Comité s'est réuni à Genève.": "The Committee met in Geneva.",
        "Voir la note ci-dessous.": "See the note below.",
        "Le rapport annuel est adopté.": "The annual report is adopted.",
    }
    letter = write(tmp_path / "note.txt", ["Le Comité s’est réuni à Genève.", "Le rapport annuel est adopté."])
    assert main(["-w", ws, "translate", str(letter), "--json"]) == 0  # no model installed: the memory is enough
    rows = json.loads(capsys.readouterr().out)["segments"]
    assert [(r["draft"], r["origin"], r["origin_name"]) for r in rows] == [
        ("The Committee met in Geneva.", "memory 100%", "archives 2019"),
        ("The annual report is adopted.", "memory 100%", "archives 2019"),
    ]

    assert main(["-w", ws, "memory", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(o["name"], o["kind"], o["units"]) for o in listed] == [("archives 2019", "tmx", 3)]
    assert main(["-w", ws, "memory", "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["by_pair"] == {"fr→en": 3}

    # Out again as TMX 1.4b, and back in under another name: the same units.
    out = tmp_path / "export" / "memoire.tmx"
    assert main(["-w", ws, "memory", "export", str(out)]) == 0
    exported = out.read_text(encoding="utf-8")
    assert exported.startswith('<?xml version="1.0" encoding="UTF-8"?>') and 'xml:lang="fr-FR"' in exported
    assert main(["-w", ws, "memory", "import", str(out), "--name", "copie"]) == 0
    with Store.open_workspace(ws) as store:
        copied = {u.source: u.target for u in store.memory_units("copie")}
    assert copied == units
    assert main(["-w", ws, "memory", "remove", "copie"]) == 0
    # A language pair the memory does not hold writes nothing, and leaves an earlier file as it was.
    assert main(["-w", ws, "memory", "export", str(out), "--src-lang", "de-DE"]) == 1
    assert "no de→en units" in capsys.readouterr().err and out.read_text(encoding="utf-8") == exported
    assert main(["-w", ws, "memory", "import", str(path), "--name", "archives 2019"]) == 1
    assert "--replace" in capsys.readouterr().err
    assert main(["-w", ws, "memory", "import", str(path), "--name", "archives 2019", "--replace"]) == 0
    with Store.open_workspace(ws) as store:
        assert store.memory_stats().units == 3


def test_the_exported_memory_passes_the_acceptance_checker(tmp_path: Path) -> None:
    checker = shared_path("eval", "check_tmx.py")
    with Store.open_workspace(tmp_path / "ws") as store:
        import_tmx(store, write_tmx(tmp_path / "lettre.tmx", letter_pairs()))
    out = tmp_path / "memoire.tmx"
    assert main(["-w", str(tmp_path / "ws"), "memory", "export", str(out)]) == 0
    done = subprocess.run(
        [sys.executable, str(checker), str(out), "--src", "fr", "--tgt", "en"], capture_output=True, text=True
    )
    assert done.returncode == 0 and "tmx_ok=1" in done.stdout, done.stdout + done.stderr


def test_a_number_only_difference_is_substituted_in_the_memorys_translation(tmp_path: Path, copy_model: None) -> None:
    with Store.open_workspace(tmp_path / "ws") as store:
        import_tmx(store, write_tmx(tmp_path / "lettres.tmx", letter_pairs()), "lettres 2024")
    letter = write(
        tmp_path / "lettre-2025.txt",
        [
            "Genève, le 3 avril 2025",
            "La conférence réunira environ 950 participants venus de 38 pays.",
            # The English of this one does not hold "30 juin" as the French does: nothing is guessed.
            "Les délégations pourront-elles confirmer leur participation avant le 15 juillet ?",
        ],
    )
    result = run(letter, project="lettre-2025", out=None, workspace=tmp_path / "ws")
    assert (result.from_memory, result.numbers_changed, result.from_model) == (3, 3, 0)
    with Store.open_workspace(tmp_path / "ws") as store:
        drafts = drafts_by_source(store, "lettre-2025")
    assert drafts["Genève, le 3 avril 2025"] == ("Geneva, 3 April 2025", "memory-numbers", "lettres 2024")
    assert drafts["La conférence réunira environ 950 participants venus de 38 pays."][0] == (
        "The conference will bring together some 950 participants from 38 countries."
    )
    assert drafts["Les délégations pourront-elles confirmer leur participation avant le 15 juillet ?"][0] == (
        "Could delegations confirm their participation before 15 July?"
    )
    # The page and --json say which drafts had their numbers changed.
    from workbench.review.rows import build_rows

    with Store.open_workspace(tmp_path / "ws") as store:
        rows = build_rows(store, store.project("lettre-2025").id)
    assert {r["origin"]["label"] for r in rows} == {"memory 100% (numbers changed)"}
    assert result.to_dict()["drafts"]["memory_numbers_changed"] == 3


def test_a_number_the_translation_does_not_carry_is_never_guessed(tmp_path: Path) -> None:
    with Store.open_workspace(tmp_path / "ws") as store:
        import_tmx(
            store,
            write_tmx(
                tmp_path / "m.tmx",
                [
                    ("Le Comité a tenu 12 séances.", "The Committee held twelve meetings."),
                    ("La séance 5 et la séance 5 bis.", "Meeting 5 and meeting 5 bis."),
                ],
            ),
        )
        found = Matcher(store).lookup(["Le Comité a tenu 14 séances.", "La séance 6 et la séance 5 bis."])
    # Neither is a number-only match with certainty: both are offered as fuzzy matches for a person to check.
    assert [m.kind if m else None for m in found] == ["fuzzy", "fuzzy"]


def test_a_memory_draft_that_breaks_the_glossary_is_flagged_not_silently_used(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    glossary = tmp_path / "termes.csv"
    glossary.write_text("source,target,options\nReprésentant permanent,Permanent Representative,\n", encoding="utf-8")
    assert main(["-w", str(ws), "glossary", "import", str(glossary)]) == 0
    with Store.open_workspace(ws) as store:
        import_tmx(
            store,
            write_tmx(
                tmp_path / "m.tmx",
                [("Le Représentant permanent a pris la parole.", "The Standing Envoy took the floor.")],
            ),
        )
    letter = write(tmp_path / "l.txt", ["Le Représentant permanent a pris la parole."])
    result = run(letter, project="termes", out=None, workspace=ws)
    assert result.from_memory == 1 and result.memory_flagged == 1
    assert any("glossary" in note for note in result.notes)
    with Store.open_workspace(ws) as store:
        (draft,) = store.drafts(store.project("termes").id).values()
    assert draft.text == "The Standing Envoy took the floor." and draft.origin == "memory"
    assert any(f.startswith("term_missing") for f in draft.flags)


def test_earlier_work_on_a_letter_comes_back_as_its_drafts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The acceptance check: a TMX of earlier work on the letter, imported, then `run` with no English version.

    No model is installed. The TMX pairs two of the letter's sentences with one English sentence, and keeps
    the three-line signature block as one unit, as CAT tools do.
    """
    pairs = letter_pairs()
    tmx = write_tmx(tmp_path / "lettre-2024.tmx", pairs, src="fr", tgt="en-GB")
    ws = str(tmp_path / "ws")
    assert main(["-w", ws, "memory", "import", str(tmx)]) == 0
    assert main(["-w", ws, "run", str(LETTER), "--out", str(tmp_path / "aligned")]) == 0
    capsys.readouterr()
    with Store.open_workspace(ws) as store:
        pid = store.project("lettre-fr").id
        segs = store.project_segments(pid)
        rows = [
            (" ".join(segs[i][0].text for i in link.src), " ".join(segs[i][0].text for i in link.tgt))
            for link in store.links(pid)
        ]
    back = [pair for pair in pairs if pair in rows]
    assert len(back) / len(pairs) >= 0.95, sorted(set(pairs) - set(back))
    assert (" ".join(FRENCH[4]), pairs[-1][1]) in rows  # the 2:1 unit is one 2:1 row
    assert len(back) == len(pairs)


def test_when_the_memory_has_every_sentence_no_model_is_loaded(
    tmp_path: Path, copy_model: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbench.translate import ctranslate

    def no_loading(*args: object, **kwargs: object) -> None:
        raise AssertionError("a model was loaded although the memory had every sentence")

    ws = str(tmp_path / "ws")
    assert main(["-w", ws, "memory", "import", str(write_tmx(tmp_path / "m.tmx", letter_pairs()))]) == 0
    monkeypatch.setattr(ctranslate, "_load", no_loading)
    assert main(["-w", ws, "run", str(LETTER), "--json", "--out", str(tmp_path / "aligned")]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["model_loaded"] is False and summary["drafts"]["model"] == 0
    assert summary["drafts"]["memory"] == summary["drafted"] == summary["source_segments"]
    assert main(["-w", ws, "translate", "lettre-fr", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["model_loaded"] is False
    # Without the memory, the model is needed, and loading it is what fails here.
    assert main(["-w", ws, "run", str(LETTER), "--project", "sans", "--no-memory", "--out", str(tmp_path)]) == 1


def test_a_fuzzy_match_waits_beside_the_draft_and_one_action_takes_it(tmp_path: Path) -> None:
    from support.sample import project_from_sentences
    from test_review_api import serve

    from workbench.translate import draft_project_report

    store = Store.open_workspace(tmp_path / "ws")
    import_tmx(
        store,
        write_tmx(
            tmp_path / "m.tmx",
            [("La conférence réunira environ 1 200 participants venus de 42 pays.", ENGLISH[3][0])],
        ),
    )
    french = [["La conférence réunira environ 1 200 délégués venus de 42 pays."], ["Merci."]]
    project = project_from_sentences(store, "floue", french, [["(draft 1)"], ["Thank you."]])
    report = draft_project_report(store, project.id, need_model=False)
    assert report.fuzzy == 1 and report.from_memory == 0
    for page, _, _ in serve(store, project):
        row = page.state()["rows"][0]
        assert row["suggestion"]["score"] >= 75 and row["suggestion"]["target"] == ENGLISH[3][0]
        assert row["suggestion"]["origin"] == "m"
        assert page.state()["rows"][1]["suggestion"] is None
        assert page.post("take_memory", link=page.state()["rows"][1]["id"]).status_code == 400
        done = page.do("take_memory", link=row["id"])
        assert done["message"].startswith("memory match taken")
        taken = done["rows"][0]
        assert taken["tgt"][0]["text"] == ENGLISH[3][0] and taken["status"] == "needs_review"
        # Taken, not approved: the memory does not learn a fuzzy match until a person approves it.
        assert store.memory_stats().project_units == 0
        page.do("undo")
        assert page.state()["rows"][0]["tgt"][0]["text"] == "(draft 1)"


def test_a_workspace_from_before_the_memory_brings_its_approved_rows_into_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from support.sample import project_from_sentences

    from workbench.store import schema

    # A workspace written by the workbench before the memory: five migrations, one approved row.
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 5)
    monkeypatch.setattr(Store, "_sync_link_memory", lambda *args, **kwargs: None)
    with Store.open_workspace(tmp_path) as old:
        pid = project_from_sentences(old, "lettre", FRENCH, ENGLISH).id
        first = old.links(pid)[0].id
    db = sqlite3.connect(tmp_path / "workbench.db")
    db.execute("UPDATE links SET status = 'approved' WHERE id = ?", (first,))
    db.commit()
    db.close()
    monkeypatch.undo()

    with Store.open_workspace(tmp_path) as store:
        assert store.schema_version == len(schema.MIGRATIONS)
        assert [(u.source, u.target, u.origin) for u in store.memory_units()] == [
            (FRENCH[0][0], ENGLISH[0][0], "lettre")
        ]


def test_a_batch_drafts_every_document_from_the_memory_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(tmp_path / "ws")
    assert main(["-w", ws, "memory", "import", str(write_tmx(tmp_path / "m.tmx", letter_pairs()))]) == 0
    other = write(tmp_path / "autre.txt", ["Genève, le 9 mai 2025", "Une phrase que personne n’a jamais traduite."])
    manifest = tmp_path / "pairs.csv"
    manifest.write_text(f"source,target,name\n{LETTER},,lettre\n{other},,autre\n", encoding="utf-8")
    out = tmp_path / "aligned"
    code = main(["-w", ws, "batch", str(tmp_path), "--pairs", str(manifest), "--json", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    report = json.loads(capsys.readouterr().out)
    outcomes = {o["name"]: o for o in report["outcomes"]}
    assert outcomes["lettre"]["from_memory"] == 17 and outcomes["autre"]["numbers_changed"] == 1
    assert report["drafts"] == {"memory": 17, "memory_numbers_changed": 1, "model": 0, "fuzzy_suggestions": 0}
