"""A draft is checked as soon as it is made: the checks point at what a translator must fix, and
stay quiet about formatting. These are `workbench.qa`'s checks, the one draft checker."""

from __future__ import annotations

import pytest

from workbench.qa import QAFlag, check_draft


def codes(flags: list[QAFlag]) -> list[str]:
    return [f.code for f in flags]


@pytest.mark.parametrize(
    ("source", "draft"),
    [
        ("Le budget s’élève à 13 400 dollars.", "The budget amounts to $13,400."),
        ("Le budget s’élève à 13\u202f400 dollars.", "The budget amounts to 13 400 dollars."),
        ("Il a reçu 1,5 million d’euros.", "He received 1.5 million euros."),
        ("Lettre datée du 5 janvier 2021.", "Letter dated January 5, 2021."),
        ("Il y a trois ans, 2 délégations sont venues.", "Three years ago, two delegations came."),
        ("Une seule délégation, soit 1 sur 12, a répondu.", "Only one delegation, one in 12, replied."),
        ("Le compteur indique 0 incident.", "The counter shows zero incidents."),
        ("« Nous devons agir », a-t-il dit.", '"We must act," he said.'),
        ("Oui.", "Oui."),
        ("", ""),
    ],
)
def test_faithful_drafts_have_no_flags(source: str, draft: str) -> None:
    assert check_draft(source, draft) == []


def test_a_missing_number_is_named() -> None:
    flags = check_draft("Le budget s’élève à 13 400 dollars pour 2021.", "The budget amounts to dollars for 2021.")
    assert codes(flags) == ["number_missing"] and "“13 400”" in flags[0].reason


def test_a_changed_decimal_is_an_altered_number() -> None:
    flags = check_draft("Il a reçu 1,5 million.", "He received 15 million.")
    assert codes(flags) == ["number_altered"] and "“15”" in flags[0].reason and "“1,5”" in flags[0].reason


def test_a_missing_month_is_flagged() -> None:
    flags = check_draft("Lettre datée du 5 janvier 2021.", "Letter dated 5 2021.")
    assert codes(flags) == ["date_altered"] and "janvier" in flags[0].reason


def test_lost_quotes_are_flagged() -> None:
    assert codes(check_draft("Il a dit « non ».", "He said no.")) == ["quotes_missing"]


def test_empty_and_untranslated_drafts_are_flagged() -> None:
    assert check_draft("Je vous adresse mes meilleurs vœux.", "") == [QAFlag("empty", "the draft is empty")]
    assert codes(check_draft("Je vous adresse mes meilleurs vœux.", "  ")) == ["empty"]
    assert codes(check_draft("Je vous adresse mes meilleurs vœux.", "Je vous adresse mes meilleurs vœux.")) == [
        "untranslated"
    ]
