"""The main job, one document pair at a time: read, segment, draft, align, store, export.

The CLI, the batch runner (local processes or Ray) and Python users all call
`run()`. Running it again on the same files reuses the project and every
cached draft and embedding; review work already done is never overwritten.

- `inputs`: the input files checked, read and segmented;
- `project`: an earlier run's project found again, documents stored, drafts as the target;
- `job`: `run()` itself, as named steps;
- `result`: `RunResult`, the summary the CLI prints.
"""

from __future__ import annotations

from workbench.errors import StageMissingError
from workbench.pipeline.inputs import Progress, check_input_file, default_project_name, read_and_segment
from workbench.pipeline.job import run
from workbench.pipeline.result import RunResult, describe_drafts, describe_set_aside, describe_triage
from workbench.triage import DEFAULT_THRESHOLD

__all__ = [
    "DEFAULT_THRESHOLD",
    "Progress",
    "RunResult",
    "StageMissingError",
    "check_input_file",
    "default_project_name",
    "describe_drafts",
    "describe_set_aside",
    "describe_triage",
    "read_and_segment",
    "run",
]
