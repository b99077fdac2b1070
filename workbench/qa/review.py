"""Helpers for the places that show flags: the review page and `workbench translate`."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.qa.checks import QAFlag


def flagged_first(flags: Sequence[Sequence[QAFlag]]) -> list[int]:
    """Row indices with flagged rows first, each group in document order (the review filter)."""
    return [i for i, f in enumerate(flags) if f] + [i for i, f in enumerate(flags) if not f]


def as_strings(flags: Sequence[QAFlag]) -> list[str]:
    """`Draft.flags` form: "code: reason"."""
    return [f"{f.code}: {f.reason}" for f in flags]
