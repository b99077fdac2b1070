"""Row flags a reviewer sees on hover: computed in Python, the same for the page and for scripts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from workbench import Store, run
from workbench.review.rows import build_rows, draft_qa_flags, flags
from workbench.translate import draft_project


def codes(src: str, tgt: str) -> list[str]:
    return [f["code"] for f in flags(src, tgt, bool(src), bool(tgt))]


def test_numbers_written_the_french_and_the_english_way_agree() -> None:
    assert (
        codes(
            "Le budget s’élève à 13 400 000 francs, dont 2,5 millions.",
            "The budget is 13,400,000 francs, of which 2.5 million.",
        )
        == []
    )


def test_a_missing_or_changed_number_is_flagged_with_the_numbers_named() -> None:
    found = flags("La conférence du 2 au 6 septembre 2024.", "The conference from 2 to 7 September 2024.", True, True)
    assert [f["code"] for f in found] == ["numbers"]
    assert "only in French: 6" in found[0]["reason"] and "only in English: 7" in found[0]["reason"]


def test_a_translation_far_shorter_or_longer_than_its_source_is_flagged() -> None:
    assert codes("Les délégations pourront-elles confirmer leur participation avant la fin du mois ?", "Yes.") == [
        "length"
    ]
    assert codes("Oui.", "Yes.") == []  # short lines are left alone


def test_an_empty_side_is_flagged_and_says_which() -> None:
    found = flags("Court.", "", True, False)
    assert [f["code"] for f in found] == ["empty"] and "English" in found[0]["reason"]


class DropsTheNumber:
    """A translator whose draft of the budget sentence leaves the amount out."""

    model_id = "drops-the-number"
    batch_size = 8

    def batches(self, texts: list[str]) -> Iterator[tuple[list[int], list[str]]]:
        yield list(range(len(texts))), ["The budget amounts to dollars for 2021." for _ in texts]


def test_a_draft_that_drops_a_number_shows_the_problem_once(tmp_path: Path) -> None:
    fr, en = tmp_path / "budget-fr.txt", tmp_path / "budget-en.txt"
    fr.write_text("Le budget s’élève à 13 400 dollars pour 2021.\n", encoding="utf-8")
    en.write_text("The budget amounts to 13,400 dollars for 2021.\n", encoding="utf-8")
    result = run(fr, english=en, project="budget", out=None, workspace=tmp_path / "ws", translate=False)
    with Store.open_workspace(tmp_path / "ws") as store:
        [draft] = draft_project(store, result.project.id, translator=DropsTheNumber())  # type: ignore[arg-type]
        [row] = build_rows(store, result.project.id)
    # The reviewer reads "draft: number missing" once, with the amount named on hover.
    number = [f for f in row["flags"] if f["code"].startswith("draft-number")]
    assert [f["code"] for f in number] == ["draft-number_missing"]
    assert "13 400" in number[0]["reason"]
    # The stored draft carries it once too (what `workbench translate` counts).
    assert sum(1 for f in draft.flags if f.startswith("number")) == 1


def test_flags_stored_by_the_earlier_second_checker_show_once_under_todays_code() -> None:
    stored = ["number missing: 13 400", "number_missing: “13 400” of the source is not in the draft", "quotes missing"]
    assert draft_qa_flags(stored) == [
        {"code": "draft-number_missing", "reason": "draft: “13 400” of the source is not in the draft"},
        {"code": "draft-quotes_missing", "reason": "draft: quotes missing"},
    ]
    assert draft_qa_flags(["date missing: janvier"]) == [
        {"code": "draft-date_altered", "reason": "draft: date missing: janvier"}
    ]
