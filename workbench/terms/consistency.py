"""Term consistency in review: approved segments that render a glossary term another way."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workbench.terms.matching import TermMatcher
from workbench.terms.model import Glossary


@dataclass(frozen=True)
class ConsistencyIssue:
    index: int
    """Position of the pair in the list given."""
    term_id: str
    code: str
    reason: str


def check_consistency(pairs: Sequence[tuple[str, str]], glossary: Glossary) -> list[ConsistencyIssue]:
    """Flag approved (French, English) pairs where a glossary term is not rendered as the glossary says.

    The reason names the glossary rendering and the earlier approved segments that used it,
    so a reviewer sees at once whether the odd one out is this segment.
    """
    source = TermMatcher(glossary.terms, "fr")
    target = TermMatcher(glossary.terms, "en")
    consistent: dict[str, list[int]] = {}
    issues: list[ConsistencyIssue] = []
    for i, (fr, en) in enumerate(pairs):
        present = {m.term.id for m in target.find(en)}
        for m in source.find(fr):
            term = m.term
            if term.id in present:
                consistent.setdefault(term.id, []).append(i)
                continue
            earlier = consistent.get(term.id, [])
            how = "kept in French (do not translate)" if term.dnt else f"rendered “{term.rendering}”"
            reason = f"“{m.text}” should be {how} by the glossary"
            if earlier:
                shown = ", ".join(str(j + 1) for j in earlier[:5])
                reason += f", as in approved segment{'s' if len(earlier) > 1 else ''} {shown}"
            issues.append(ConsistencyIssue(i, term.id, "term_inconsistent", reason + "; this translation differs"))
    return issues
