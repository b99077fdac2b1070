"""What each link is before a person decides it, and the words for it: one definition for `run`'s
summary, the default export, the bilingual tables, `projects show` and the review page.

"Need review" used to name two things: links below the threshold in `run`'s summary, and links a
person marked on the page. They are now *doubtful* and *needs review*.

- **confident**: proposed, with text on both sides, scoring at or above the project's threshold
  (`run --threshold`, 0.5 unless set). With the approved and edited links, these are what `run`
  writes to the TMX before anyone reviewed, and what `export` writes by default.
- **doubtful**: proposed, and below the threshold, without a score, or unaligned (1:0, 0:1: an
  unaligned sentence is never "safe", whatever the aligner's score says).
- **needs review**: marked so by a person (key `r` on the page), or every draft of a project made
  without an English version. (The draft checks' *flags* are warnings on a row, another thing.)

A person's decisions are **approved**, **edited** and **excluded** (stored as `rejected`; never
exported). Confidence is written the same way everywhere people read it: 0 to 1, two decimals.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from workbench.errors import InputError
from workbench.model import Link, LinkStatus, Project

DEFAULT_THRESHOLD = 0.5

STATUS_LABELS: dict[str, str] = {
    LinkStatus.PROPOSED.value: "proposed",
    LinkStatus.APPROVED.value: "approved",
    LinkStatus.EDITED.value: "edited",
    LinkStatus.NEEDS_REVIEW.value: "needs review",
    LinkStatus.REJECTED.value: "excluded",
}
"""Stored status -> the word people read (the API and JSON keep the stored values)."""

STATUS_ALIASES = {"needs-review": LinkStatus.NEEDS_REVIEW.value, "excluded": LinkStatus.REJECTED.value}
"""The words people read, accepted where a status is typed (`export --status needs-review`)."""


def status_label(status: LinkStatus | str) -> str:
    value = status.value if isinstance(status, LinkStatus) else status
    return STATUS_LABELS.get(value, value)


def project_threshold(project: Project | None) -> float:
    """The threshold `run` was given for this project (0.5 for imported or older projects)."""
    if project is None:
        return DEFAULT_THRESHOLD
    value = project.settings.get("threshold") if isinstance(project.settings, dict) else None
    if isinstance(value, int | float) and 0.0 <= float(value) <= 1.0:
        return float(value)
    return DEFAULT_THRESHOLD


def check_confidence_threshold(value: float) -> float:
    if not 0.0 <= value <= 1.0:
        raise InputError(f"the confidence threshold must be between 0 and 1 (got {value})")
    return value


def is_confident(link: Link, threshold: float) -> bool:
    """A proposed link good enough to export before review (see the module's words)."""
    return (
        link.status is LinkStatus.PROPOSED
        and link.score is not None
        and link.score >= threshold
        and bool(link.src)
        and bool(link.tgt)
    )


def is_doubtful(link: Link, threshold: float) -> bool:
    return link.status is LinkStatus.PROPOSED and not is_confident(link, threshold)


def triage_counts(links: Iterable[Link], threshold: float) -> dict[str, int]:
    """How many links are decided (approved or edited), confident, doubtful, marked needs review, excluded."""
    counts = {"decided": 0, "confident": 0, "doubtful": 0, "needs_review": 0, "excluded": 0}
    for link in links:
        if link.status.is_locked:
            counts["decided"] += 1
        elif link.status is LinkStatus.REJECTED:
            counts["excluded"] += 1
        elif link.status is LinkStatus.NEEDS_REVIEW:
            counts["needs_review"] += 1
        elif is_confident(link, threshold):
            counts["confident"] += 1
        else:
            counts["doubtful"] += 1
    return counts


# -- which links an export takes -----------------------------------------------------

STATUS_CHOICES = ("confident", "approved", "all", "proposed", "edited", "needs_review")
STATUS_HELP = (
    "confident (the default: approved and edited links, and proposed ones scoring at least the "
    "threshold, as `run` writes them), approved (approved and edited only), all (every link but the "
    "excluded ones), proposed, edited, or needs_review (marked needs review)."
)


def wanted(link: Link, status: str, min_confidence: float | None) -> bool:
    """Does the export asked for include this link? (`confident` needs `min_confidence`: the threshold.)"""
    if link.status is LinkStatus.REJECTED:
        return False
    if status == "all":
        return True
    if status == "confident":
        threshold = DEFAULT_THRESHOLD if min_confidence is None else min_confidence
        return link.status.is_locked or is_confident(link, threshold)
    if status == "approved":
        if link.status.is_locked:
            return True
        return (
            min_confidence is not None
            and link.status is LinkStatus.PROPOSED
            and link.score is not None
            and link.score >= min_confidence
        )
    return link.status.value == status


def check_status(status: str) -> str:
    """The stored status an export asks for (`needs-review` is `needs_review`); excluded ones are refused."""
    status = STATUS_ALIASES.get(status, status)
    if status == "rejected":
        raise InputError("excluded links are never exported (the reviewer left them out with x)")
    if status not in STATUS_CHOICES:
        raise InputError(f"unknown --status {status!r}: use one of {', '.join(STATUS_CHOICES)} (or needs-review)")
    return status


class Projects(Protocol):
    """Anything that finds a project by id (the store)."""

    def project(self, name_or_id: int, /) -> Project: ...


def resolve_threshold(store: Projects, project_id: int, status: str, min_confidence: float | None) -> float | None:
    """The threshold a `confident` export uses: the one given, else the project's own."""
    if status != "confident" or min_confidence is not None:
        return min_confidence
    return project_threshold(store.project(project_id))


def format_confidence(score: float | None) -> str:
    """`0.88`: the aligner's confidence as the page, the tables and `--threshold` write it."""
    return "" if score is None else f"{score:.2f}"


def vocabulary() -> dict[str, Any]:
    """What the review page needs to speak as the CLI does (served with its state)."""
    return {"status_labels": dict(STATUS_LABELS)}
