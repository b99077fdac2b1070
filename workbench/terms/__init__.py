"""Terminology: glossaries, matching in French segments, enforcement in drafts, consistency in review."""

from workbench.terms.consistency import ConsistencyIssue, check_consistency, check_project
from workbench.terms.enforce import STRATEGIES, enforce
from workbench.terms.importers import read_glossary
from workbench.terms.matching import TermMatch, TermMatcher, find_terms
from workbench.terms.model import Glossary, Term

__all__ = [
    "STRATEGIES",
    "ConsistencyIssue",
    "Glossary",
    "Term",
    "TermMatch",
    "TermMatcher",
    "check_consistency",
    "check_project",
    "enforce",
    "find_terms",
    "read_glossary",
]
