"""Commands of stages not built yet: each says plainly what is missing, no fake output."""

from __future__ import annotations

from workbench.errors import StageMissingError


def missing(stage: str, issue: int) -> StageMissingError:
    return StageMissingError(
        f"the {stage} stage is not available in this version of workbench yet (tracked as issue {issue})"
    )
