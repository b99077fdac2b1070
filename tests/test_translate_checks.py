"""Draft checks point at what a translator must fix, and stay quiet about formatting."""

from __future__ import annotations

import pytest

from workbench.translate.checks import check_draft


@pytest.mark.parametrize(
    ("source", "draft"),
    [
        ("Le budget s’élève à 13 400 dollars.", "The budget amounts to $13,400."),
        ("Le budget s’élève à 13\u202f400 dollars.", "The budget amounts to 13 400 dollars."),
        ("Il a reçu 1,5 million d’euros.", "He received 1.5 million euros."),
        ("Lettre datée du 5 janvier 2021.", "Letter dated January 5, 2021."),
        ("Il y a trois ans, 2 délégations sont venues.", "Three years ago, two delegations came."),
        ("« Nous devons agir », a-t-il dit.", '"We must act," he said.'),
        ("Oui.", "Oui."),
        ("", ""),
    ],
)
def test_faithful_drafts_have_no_flags(source: str, draft: str) -> None:
    assert check_draft(source, draft) == []


def test_a_missing_number_is_named() -> None:
    assert check_draft("Le budget s’élève à 13 400 dollars pour 2021.", "The budget amounts to dollars for 2021.") == [
        "number missing: 13 400"
    ]


def test_a_changed_decimal_is_a_missing_number() -> None:
    assert check_draft("Il a reçu 1,5 million.", "He received 15 million.") == ["number missing: 1,5"]


def test_a_missing_month_is_flagged() -> None:
    assert check_draft("Lettre datée du 5 janvier 2021.", "Letter dated 5 2021.") == ["date missing: janvier"]


def test_lost_quotes_are_flagged() -> None:
    assert check_draft("Il a dit « non ».", "He said no.") == ["quotes missing"]


def test_empty_and_untranslated_drafts_are_flagged() -> None:
    assert check_draft("Je vous adresse mes meilleurs vœux.", "") == ["empty"]
    assert check_draft("Je vous adresse mes meilleurs vœux.", "  ") == ["empty"]
    assert check_draft("Je vous adresse mes meilleurs vœux.", "Je vous adresse mes meilleurs vœux.") == ["untranslated"]
