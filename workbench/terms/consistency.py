"""Term consistency in review: approved segments that render a glossary term another way."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workbench.store import Store
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


def check_project(store: Store, project: str) -> dict[int, list[ConsistencyIssue]]:
    """Consistency issues of a stored project's approved and edited links, by link id.

    Uses the workspace's and the project's glossaries; `ConsistencyIssue.index`
    is the position of the link among the approved ones.
    """
    from workbench.terms.storage import glossary_for_project

    proj = store.project(project)
    glossary = glossary_for_project(store, proj.name)
    if not glossary.terms:
        return {}
    links = [lk for lk in store.links(proj.id) if lk.status.is_locked and lk.src and lk.tgt and lk.id is not None]
    segments = store.segments_by_id({i for lk in links for i in lk.src + lk.tgt})
    pairs = [(" ".join(segments[i].text for i in lk.src), " ".join(segments[i].text for i in lk.tgt)) for lk in links]
    issues: dict[int, list[ConsistencyIssue]] = {}
    for issue in check_consistency(pairs, glossary):
        link_id = links[issue.index].id
        assert link_id is not None
        issues.setdefault(link_id, []).append(issue)
    return issues
