"""Refuse a document given in the wrong language before anything is stored or exported.

An English file passed as the French document would be aligned, drafted and exported with
English in `fr-FR` units. `workbench.readers.langid` counts function words; a document is
refused only when they leave no reasonable doubt (short, bilingual and quoting documents pass),
and `--force` accepts it anyway.
"""

from __future__ import annotations

from pathlib import Path

from workbench.errors import InputError
from workbench.model import Document
from workbench.readers.langid import LanguageEvidence, clearly_not

NAMES = {"fr": "French", "en": "English"}
FORCE_HINT = "add --force if it really is"


class WrongLanguageError(InputError):
    """A document is clearly not in the language its place in the command says."""


def body_text(document: Document) -> str:
    """The sentences that would be aligned (page headers and footnotes left out)."""
    return "\n".join(s.text for s in document.segments)


def _looks(path: str | Path, evidence: LanguageEvidence, expected: str) -> str:
    found = evidence.likeliest()
    share = round(100 * evidence.share(found))
    return (
        f"{path} looks {NAMES.get(found, found)}, not {NAMES.get(expected, expected)} "
        f"({share} % of its {evidence.total} common words are {NAMES.get(found, found)})"
    )


def mismatch(document: Document, expected: str) -> LanguageEvidence | None:
    """The evidence when `document` is clearly not in `expected` (fr or en; other codes: None)."""
    return clearly_not(body_text(document), expected.split("-")[0].lower())


def check_document(document: Document, expected: str, path: str | Path, what: str, force: bool = False) -> None:
    """Raise WrongLanguageError when `document` is clearly not in `expected`, unless `force`.

    `what` names the document's place in the command ("the French document").
    """
    check_text(body_text(document), expected, path, what, force)


def check_text(text: str, expected: str, path: str | Path, what: str, force: bool = False) -> None:
    """`check_document` for text already split into sentences (one per line)."""
    if force:
        return
    evidence = clearly_not(text, expected.split("-")[0].lower())
    if evidence is None:
        return
    lang = NAMES.get(expected.split("-")[0].lower(), expected)
    raise WrongLanguageError(f"{_looks(path, evidence, expected)}: give {what} here, or {FORCE_HINT} {lang}")


def check_pair(
    source: Document,
    target: Document | None,
    source_path: str | Path,
    target_path: str | Path | None,
    force: bool = False,
    *,
    command: str = "workbench run",
) -> None:
    """The French document must be French and the English one English; swapped files are named as such."""
    if force:
        return
    wrong_source = mismatch(source, "fr")
    wrong_target = mismatch(target, "en") if target is not None else None
    if wrong_source is not None and wrong_target is not None and target_path is not None:
        raise WrongLanguageError(
            f"the two files look swapped: {source_path} is English and {target_path} is French; "
            f"give the French one first ({command} {target_path} --english {source_path}), or {FORCE_HINT} so"
        )
    check_document(source, "fr", source_path, "the French document", force)
    if target is not None and target_path is not None:
        check_document(target, "en", target_path, "its English version", force)


def check_translation(document: Document, lang: str, path: str | Path, force: bool = False) -> None:
    """A translation added to a French project: in `lang` when we can tell (fr, en), and never French
    (the project's own source language) when `lang` is another one."""
    code = lang.split("-")[0].lower()
    if code in NAMES:
        check_document(document, code, path, f"the {NAMES[code]} translation", force)
        return
    if force:
        return
    evidence = clearly_not(body_text(document), "en")
    if evidence is not None and evidence.likeliest() == "fr":
        raise WrongLanguageError(
            f"{path} looks French, the language of the project's source, not {lang!r} "
            f"({round(100 * evidence.share('fr'))} % of its {evidence.total} common words are French); "
            f"give the {lang} translation here, or {FORCE_HINT} {lang}"
        )
