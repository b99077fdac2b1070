"""The main job, one document pair at a time: read, segment, draft, align, store, export.

The CLI, the batch runner (local processes or Ray) and Python users all call
`run()`. Running it again on the same files reuses the project and every
cached draft and embedding; review work already done is never overwritten.
`translate_document()` drafts a single French file and writes its English in
the file's own format, as `workbench translate FILE -o OUT` does.

- `inputs`: the input files checked, read and segmented;
- `project`: an earlier run's project found again, documents stored, drafts as the target;
- `job`: `run()` itself, as named steps;
- `result`: `RunResult`, the summary the CLI prints;
- `translate_file`: one French file to its English drafts or document.
"""

from __future__ import annotations

from workbench.errors import StageMissingError
from workbench.pipeline.inputs import Progress, check_input_file, default_project_name, read_and_segment
from workbench.pipeline.job import run
from workbench.pipeline.result import RunResult, describe_drafts, describe_set_aside, describe_triage
from workbench.pipeline.translate_file import translate_document
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
    "translate_document",
]
