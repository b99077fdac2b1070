"""Row flags a reviewer sees on hover: computed in Python, the same for the page and for scripts."""

from __future__ import annotations

from workbench.review.rows import flags


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
