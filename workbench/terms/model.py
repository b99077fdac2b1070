"""Glossary entries as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Term:
    """One glossary entry: a French term and how it must appear in English.

    `dnt` (do not translate) keeps the French form in the draft (names,
    treaty titles); otherwise `target` is the fixed English rendering.
    `line` is where the entry came from in the imported file, for messages.
    """

    source: str
    target: str
    dnt: bool = False
    case_sensitive: bool = False
    note: str = ""
    id: str = ""
    line: int = 0

    @property
    def rendering(self) -> str:
        """What the draft must contain for this term."""
        return self.source if self.dnt else self.target


@dataclass
class Glossary:
    """A named list of terms, stored per project (`project` set) or for the whole workspace."""

    name: str
    terms: list[Term] = field(default_factory=list)
    project: str | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        for i, term in enumerate(self.terms):
            if not term.id:
                term.id = f"t{i + 1}"

    def by_id(self, term_id: str) -> Term:
        for term in self.terms:
            if term.id == term_id:
                return term
        raise KeyError(term_id)
