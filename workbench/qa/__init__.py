"""Draft quality checks: flags, each with a reason a person can read, computed from what the pipeline has."""

from workbench.qa.checks import CODES, QAFlag, Thresholds, check_draft, check_drafts
from workbench.qa.review import as_strings, flagged_first, from_string, label, read_back

__all__ = [
    "CODES",
    "QAFlag",
    "Thresholds",
    "as_strings",
    "check_draft",
    "check_drafts",
    "flagged_first",
    "from_string",
    "label",
    "read_back",
]
