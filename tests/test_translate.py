"""A translator drafts a French project offline: exact, in order, batched, cached, resumable.

Every test runs the real path (Argos package → CTranslate2 → SentencePiece) on the
deterministic copy model, which translates each sentence into itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from translate_fixtures import *  # noqa: F403 - the model_files and packages fixtures

from workbench.cli import main
from workbench.errors import InputError, WorkbenchError
from workbench.model import Document, Paragraph, Role, Segment
from workbench.qa import read_back
from workbench.store import Store
from workbench.translate import (
    ModelMissingError,
    Translator,
    draft_project,
    find_model,
    install_package,
    translate_texts,
)

SENTENCES = [
    "Lettre datée du 5 janvier 2021, adressée au Secrétaire général.",
    "En ce début d’année, je vous adresse mes meilleurs vœux.",
    "Le budget s’élève à 13 400 dollars.",
    "Oui.",
    "« Nous devons agir ensemble », a-t-il déclaré.",
    "Voir art. 3 du règlement n° 5.",
    "Le budget s’élève à 13 400 dollars.",  # the same sentence again: translated once
    "La communauté mondiale continue d’œuvrer en faveur de la paix, de la sécurité et du développement durable.",
    "Je vous serais reconnaissant de bien vouloir faire distribuer la présente lettre.",
    "Fait à Genève.",
]


class Counting:
    """Wraps a Translator to record what reaches the model."""

    def __init__(self, inner: Translator) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self.sent: list[str] = []
        self.batch_sizes: list[int] = []

    def batches(self, texts: list[str]):  # type: ignore[no-untyped-def]
        for indices, out in self.inner.batches(texts):
            self.sent += [texts[i] for i in indices]
            self.batch_sizes.append(len(indices))
            yield indices, out


def make_project(store: Store, name: str = "lettre", sentences: list[str] = SENTENCES) -> int:
    project = store.create_project(name, "fr", "en")
    text = ""
    paragraphs = []
    for start in range(0, len(sentences), 3):
        para_start = len(text)
        segs = []
        for s in sentences[start : start + 3]:
            segs.append(Segment(text=s, lang="fr", start=len(text), end=len(text) + len(s)))
            text += s + " "
        paragraphs.append(Paragraph(text=text[para_start:].strip(), start=para_start, end=len(text), segments=segs))
        text += "\n\n"
    store.add_document(project.id, Document(text=text, lang="fr", paragraphs=paragraphs, role=Role.SOURCE))
    return project.id


@pytest.fixture()
def copy_model(model_files: dict[str, Path], packages: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """The copy model, installed the way a user does it."""
    assert main(["models", "install", str(model_files["copy"])]) == 0
    capsys.readouterr()
    package = find_model("fr", "en")
    assert package is not None
    return package


@pytest.fixture()
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Store.open_workspace(tmp_path / "workspace") as db:
        yield db


def test_batches_come_back_exact_and_in_order(copy_model) -> None:  # type: ignore[no-untyped-def]
    translator = Translator(copy_model, beam=4, batch_size=3, threads=1)
    seen: list[tuple[int, int]] = []
    assert translator.translate(SENTENCES, progress=lambda d, n: seen.append((d, n))) == SENTENCES
    assert seen == [(3, 10), (6, 10), (9, 10), (10, 10)]
    # Longest first, so that each batch pads little.
    lengths = [max(len(SENTENCES[i]) for i in idx) for idx, _ in translator.batches(SENTENCES)]
    assert lengths == sorted(lengths, reverse=True)
    assert translator.translate(["", "  ", "Oui."]) == ["", "", "Oui."]
    # A token budget makes batches of long sentences smaller; the output does not change.
    budgeted = Translator(copy_model, batch_size=32, max_tokens=60, threads=1)
    sizes = [len(idx) for idx, _ in budgeted.batches(SENTENCES)]
    assert len(sizes) > 1 and sum(sizes) == 10
    assert budgeted.translate(SENTENCES) == SENTENCES


def test_a_very_long_sentence_is_translated_to_its_end(copy_model) -> None:  # type: ignore[no-untyped-def]
    # A UN letter's one-sentence paragraph can run past CTranslate2's default cap of 256 output
    # tokens; the draft must not lose its end.
    long = " ".join(SENTENCES).replace(".", ",")[:-1] + "."
    translator = Translator(copy_model, beam=2, threads=1)
    assert len(translator._sp.encode(long)) > 300
    assert translator.translate([long, "Oui."]) == [long, "Oui."]
    capped = Translator(copy_model, beam=2, threads=1, max_decoding_length=256)
    assert capped.translate([long])[0] != long, "a fixed cap still applies when asked for"


def test_two_model_replicas_on_two_threads_give_the_same_batches_in_order(copy_model) -> None:  # type: ignore[no-untyped-def]
    # On 2 CPU threads two one-thread replicas decode two batches at once; callers still
    # get every batch in order, and the same drafts as one replica.
    two = Translator(copy_model, batch_size=2, threads=2, device="cpu")
    assert two.workers == 2
    got = list(two.batches(SENTENCES))
    one = Translator(copy_model, batch_size=2, threads=1, device="cpu")
    assert one.workers == 1
    assert got == list(one.batches(SENTENCES))
    assert two.translate(SENTENCES * 3) == SENTENCES * 3


def test_drafting_a_project_stores_every_segment_once(store: Store, copy_model) -> None:  # type: ignore[no-untyped-def]
    project_id = make_project(store)
    counting = Counting(Translator(copy_model, batch_size=4))
    calls: list[tuple[int, int]] = []
    drafts = draft_project(store, project_id, translator=counting, progress=lambda d, n: calls.append((d, n)))  # type: ignore[arg-type]

    assert [d.text for d in drafts] == SENTENCES
    assert sorted(counting.sent) == sorted(set(SENTENCES))  # the repeated sentence went to the model once
    assert counting.batch_sizes == [4, 4, 1]
    assert calls[0] == (0, 10) and calls[-1] == (10, 10)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)

    stored = store.drafts(project_id, model=counting.model_id)
    assert len(stored) == 10 and all(d.model == counting.model_id for d in stored.values())
    flags = {d.text: [f.code for f in read_back(d.flags)] for d in drafts}
    # The copy model "translates" into French: the checks notice; numbers and quotes are all there.
    assert flags["Le budget s’élève à 13 400 dollars."] == ["untranslated"]
    assert flags["« Nous devons agir ensemble », a-t-il déclaré."] == ["untranslated"]
    assert flags["Oui."] == []  # too short to tell


def test_a_second_run_translates_nothing(store: Store, copy_model) -> None:  # type: ignore[no-untyped-def]
    project_id = make_project(store)
    draft_project(store, project_id, package=copy_model)
    again = Counting(Translator(copy_model))
    assert [d.text for d in draft_project(store, project_id, translator=again)] == SENTENCES  # type: ignore[arg-type]
    assert again.sent == []
    # Another project with the same sentences reuses the workspace's translation cache.
    other = make_project(store, "copie")
    third = Counting(Translator(copy_model))
    assert [d.text for d in draft_project(store, other, translator=third)] == SENTENCES  # type: ignore[arg-type]
    assert third.sent == []


def test_an_interrupted_run_resumes_where_it_stopped(store: Store, copy_model) -> None:  # type: ignore[no-untyped-def]
    project_id = make_project(store)
    first = Counting(Translator(copy_model, batch_size=3))

    def stop_after_first_batch(done: int, total: int) -> None:
        if done > 0:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        draft_project(store, project_id, translator=first, progress=stop_after_first_batch)  # type: ignore[arg-type]
    kept = store.drafts(project_id, model=first.model_id)
    assert 3 <= len(kept) < 10

    second = Counting(Translator(copy_model, batch_size=3))
    drafts = draft_project(store, project_id, translator=second)  # type: ignore[arg-type]
    assert [d.text for d in drafts] == SENTENCES
    assert not set(second.sent) & set(first.sent)
    assert len(second.sent) == len(set(SENTENCES)) - len(first.sent)


def test_translate_texts_caches_in_the_store(store: Store, copy_model) -> None:  # type: ignore[no-untyped-def]
    counting = Counting(Translator(copy_model))
    assert translate_texts(SENTENCES, store=store, translator=counting) == SENTENCES  # type: ignore[arg-type]
    assert len(counting.sent) == len(set(SENTENCES))
    again = Counting(Translator(copy_model))
    assert translate_texts(SENTENCES[::-1], store=store, translator=again) == SENTENCES[::-1]  # type: ignore[arg-type]
    assert again.sent == []
    assert translate_texts(["Merci."], package=copy_model) == ["Merci."]


def test_a_batch_too_big_for_memory_is_split(copy_model, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    translator = Translator(copy_model, batch_size=8)
    real = translator._translator

    class SmallDevice:
        def translate_batch(self, batch, **kwargs):  # type: ignore[no-untyped-def]
            if len(batch) > 2:
                raise RuntimeError("CUDA failed with error out of memory")
            return real.translate_batch(batch, **kwargs)

    monkeypatch.setattr(translator, "_translator", SmallDevice())
    assert translator.translate(SENTENCES) == SENTENCES


def test_out_of_memory_on_one_sentence_is_a_clear_error_and_keeps_drafts(
    store: Store,
    copy_model,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project_id = make_project(store)
    draft_project(store, project_id, package=copy_model)
    other = make_project(store, "longue", ["Une phrase nouvelle et longue."])
    translator = Translator(copy_model)

    class NoMemory:
        def translate_batch(self, batch, **kwargs):  # type: ignore[no-untyped-def]
            raise RuntimeError("out of memory")

    monkeypatch.setattr(translator, "_translator", NoMemory())
    with pytest.raises(WorkbenchError, match="out of memory .* --batch-size"):
        draft_project(store, other, translator=translator)
    assert len(store.drafts(project_id)) == 10


def test_no_model_installed_says_how_to_install_one(
    store: Store,
    packages: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    project_id = make_project(store)
    with pytest.raises(ModelMissingError, match="workbench models install"):
        draft_project(store, project_id)
    store.close()
    assert main(["--workspace", str(store.path.parent), "translate", "lettre"]) == 1
    err = capsys.readouterr().err
    assert "no translation model" in err and "workbench models install" in err and "Traceback" not in err


def test_a_wrong_language_model_is_refused_and_nothing_is_lost(
    store: Store,
    copy_model,  # type: ignore[no-untyped-def]
    model_files: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    project_id = make_project(store)
    draft_project(store, project_id, package=copy_model)
    german = install_package(model_files["de-en"])
    with pytest.raises(InputError, match="translates de→en"):
        draft_project(store, project_id, package=german)
    with pytest.raises(InputError, match="de→en"):
        install_package(model_files["de-en"], expect=("fr", "en"))
    store.close()
    assert main(["--workspace", str(store.path.parent), "translate", "lettre", "--model", "de-en"]) == 1
    assert "translates de→en" in capsys.readouterr().err
    with Store.open_workspace(store.path.parent) as again:
        assert [d.text for d in again.drafts(project_id).values()] == SENTENCES


def test_translate_a_project_from_the_command_line(
    store: Store,
    copy_model,  # type: ignore[no-untyped-def]
    capsys: pytest.CaptureFixture[str],
) -> None:
    project_id = make_project(store)
    store.close()
    argv = ["--workspace", str(store.path.parent), "translate", "lettre", "--beam", "2", "--batch-size", "4"]
    assert main([*argv, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["project"] == "lettre" and summary["drafts"] == 10 and summary["model"].endswith(":b2")
    assert main(argv) == 0
    assert "10 segments drafted" in capsys.readouterr().err
    with Store.open_workspace(store.path.parent) as again:
        assert sorted(d.text for d in again.drafts(project_id).values()) == sorted(SENTENCES)


def test_translate_a_file_from_the_command_line(
    copy_model,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from workbench.pipeline import read_and_segment

    source = tmp_path / "lettre.txt"
    source.write_text("Bonjour Madame.\n\nLe budget s’élève à 13 400 dollars. Merci.\n", encoding="utf-8")
    document = read_and_segment(source, "fr", Role.SOURCE)
    expected = "\n\n".join("\n".join(s.text for s in p.segments) for p in document.paragraphs if p.segments)
    assert main(["translate", str(source)]) == 0
    assert capsys.readouterr().out == expected + "\n"  # the copy model gives each sentence back
    out = tmp_path / "lettre.en.txt"
    assert main(["translate", str(source), "--out", str(out)]) == 0
    # --out writes the English document: one paragraph per block, its sentences on one line.
    document_text = "\n\n".join(" ".join(s.text for s in p.segments) for p in document.paragraphs if p.segments)
    assert out.read_text(encoding="utf-8") == document_text + "\n"
    assert main(["translate", str(source), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["segments"]
    assert [r["draft"] for r in rows] == [s.text for s in document.segments]


def test_the_argostranslate_fallback_gives_the_same_drafts_offline(copy_model) -> None:  # type: ignore[no-untyped-def]
    from support.argos_peer import ArgosTranslator, import_argostranslate, patch_installed_sentencizers

    fallback = ArgosTranslator(copy_model, threads=1)
    seen: list[int] = []
    # Its own splitter would cut "Voir art. 3 du règlement n° 5." in pieces; ours keeps it whole.
    assert fallback.translate(SENTENCES, progress=lambda d, n: seen.append(d)) == SENTENCES
    assert seen == list(range(1, 11))

    translate = import_argostranslate(threads=1)
    translate.get_installed_languages.cache_clear()
    translate.installed_translates.clear()
    translate.get_installed_languages()
    assert patch_installed_sentencizers(translate) == 1
    assert translate.translate("Voir art. 3 du règlement n° 5.", "fr", "en") == "Voir art. 3 du règlement n° 5."


def test_the_random_model_runs_to_the_decoding_limit(model_files: dict[str, Path], packages: Path) -> None:
    package = install_package(model_files["random"])
    translator = Translator(package, beam=2, threads=1, max_decoding_length=5)
    out = translator.translate(["Bonjour.", "Au revoir."])
    assert len(out) == 2 and all(isinstance(t, str) for t in out)
    assert Translator(package, beam=2).model_id != Translator(package, beam=4).model_id


def test_the_pipeline_gets_drafts_or_a_note_on_how_to_install_a_model(
    store: Store, model_files: dict[str, Path], packages: Path
) -> None:
    from support.drafting import draft_if_possible

    project_id = make_project(store)
    drafts, note = draft_if_possible(store, project_id)
    assert drafts == [] and note is not None and "workbench models install" in note
    install_package(model_files["copy"])
    drafts, note = draft_if_possible(store, project_id)
    assert note is None and [d.text for d in drafts] == SENTENCES


def test_a_missing_file_is_named(copy_model, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    assert main(["translate", "no-such-lettre.txt"]) == 1
    assert "file not found: no-such-lettre.txt" in capsys.readouterr().err
