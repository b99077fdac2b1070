"""The OmegaT project export, built on OmegaT 3.6's own reading of a file, reproduced and checked against it.

- `project`: the folder OmegaT opens as it is (`export --format omegat-project`);
- `srx`: OmegaT's sentence cutting (its SRX rules with Java's regex meaning);
- `docx`: OmegaT's Word filter (tabs and breaks end an entry, touching tags merged);
- `view`: the file's OmegaT segments laid over ours;
- `units`: the translation-memory units that fill those segments from our links;
- `files`: `omegat.project` and `omegat/filters.xml`;
- `console`: a real OmegaT, run in console mode, for tests and benchmarks;
- `check`: how much of a project OmegaT filled, and why the rest was not.
"""

from workbench.export.omegat.console import (
    OMEGAT_JAR,
    omegat_available,
    omegat_segments,
    project_segments,
    translate_project,
)

__all__ = ["OMEGAT_JAR", "omegat_available", "omegat_segments", "project_segments", "translate_project"]
