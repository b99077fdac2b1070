"""Draft quality checks: flags, each with a reason a person can read, computed from what the pipeline has."""

from workbench.qa.checks import QAFlag, check_drafts

__all__ = ["QAFlag", "check_drafts"]
