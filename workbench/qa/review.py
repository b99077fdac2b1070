"""Helpers for the places that show flags: the review page and `workbench translate`."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.qa.checks import DATE_ALTERED, NUMBER_MISSING, QUOTES_MISSING, QAFlag

# Drafts stored before there was one draft checker hold flags of a second one, under other
# names ("number missing: 13 400", "date missing: janvier", "quotes missing"): each is read
# back as the code that says the same thing, so that a row shows it once.
_EARLIER_CODES = {"number missing": NUMBER_MISSING, "date missing": DATE_ALTERED, "quotes missing": QUOTES_MISSING}


def flagged_first(flags: Sequence[Sequence[QAFlag]]) -> list[int]:
    """Row indices with flagged rows first, each group in document order (the review filter)."""
    return [i for i, f in enumerate(flags) if f] + [i for i, f in enumerate(flags) if not f]


def as_strings(flags: Sequence[QAFlag]) -> list[str]:
    """`Draft.flags` form: "code: reason"."""
    return [f"{f.code}: {f.reason}" for f in flags]


def from_string(stored: str) -> QAFlag:
    """A `Draft.flags` string read back (`as_strings` wrote it), earlier stores' forms included."""
    code, _, reason = stored.partition(":")
    code, reason = code.strip(), reason.strip()
    if code in _EARLIER_CODES:
        return QAFlag(_EARLIER_CODES[code], stored.strip())
    return QAFlag(code, reason or code)


def read_back(stored: Sequence[str]) -> list[QAFlag]:
    """A draft's stored flags, each finding once: a flag of an earlier store is left out where the
    current checks found the same thing ("number missing: 13 400" beside "number_missing: …")."""
    earlier = [_earlier(raw) for raw in stored]
    flags = [from_string(raw) for raw in stored]
    current = {f.code for f, old in zip(flags, earlier, strict=True) if not old}
    return [f for f, old in zip(flags, earlier, strict=True) if not (old and f.code in current)]


def _earlier(stored: str) -> bool:
    return stored.partition(":")[0].strip() in _EARLIER_CODES


def label(code: str) -> str:
    """A code as people read it: "number_missing" → "number missing" (the review page writes it so too)."""
    return code.replace("_", " ")
